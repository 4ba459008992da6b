"""The public surface is pinned: changing it must be a deliberate edit here."""

from __future__ import annotations

import subprocess
import sys

import prolific
import prolific.errors


def test_top_level_names() -> None:
    assert sorted(prolific.__all__) == sorted(
        [
            "APIConnectionError",
            "APIError",
            "APITimeoutError",
            "AsyncProlific",
            "AuthenticationError",
            "BadRequestError",
            "BonusLedger",
            "BonusPaymentError",
            "ConflictError",
            "FeatureNotEnabledError",
            "DatasetImportError",
            "InsecureCredentialsError",
            "InsufficientBalanceError",
            "InvalidRequestError",
            "LedgerBusyError",
            "LedgerConflictError",
            "LedgerError",
            "MissingTokenError",
            "NotFoundError",
            "PaymentInDoubtError",
            "PermissionDeniedError",
            "Prolific",
            "ProlificError",
            "RateLimitError",
            "ResolutionError",
            "ServerError",
            "StudyPublishError",
            "StudyTokenError",
            "SubmissionNotApprovableError",
            "TaskBatchSetupError",
            "TransferError",
            "UnexpectedResponseError",
            "UnprocessableEntityError",
            "WaitTimeoutError",
            "WebhookVerificationError",
            "__version__",
        ]
    )
    for name in prolific.__all__:
        assert hasattr(prolific, name), name


def test_every_error_is_also_in_prolific_errors() -> None:
    for name in prolific.errors.__all__:
        assert getattr(prolific, name) is getattr(prolific.errors, name)
    assert prolific.__version__ == "0.1.0"


def test_import_does_not_load_the_generated_package() -> None:
    code = "import sys, prolific; print('prolific_api' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_study_urls_module_names() -> None:
    import prolific.study_urls

    assert sorted(prolific.study_urls.__all__) == [
        "ISSUER",
        "StudyToken",
        "StudyTokenError",
        "StudyUrlKeys",
        "verify_flow",
    ]
    assert prolific.study_urls.StudyTokenError is prolific.StudyTokenError
