"""prolific-python: a typed SDK for the Prolific API.

from prolific import Prolific

with Prolific() as client:          # token from PROLIFIC_TOKEN
    print(client.users.me())
"""

from typing import TYPE_CHECKING

from ._client import AsyncProlific, Prolific
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BonusPaymentError,
    ConflictError,
    DatasetImportError,
    FeatureNotEnabledError,
    InsecureCredentialsError,
    InsufficientBalanceError,
    InvalidRequestError,
    LedgerBusyError,
    LedgerConflictError,
    LedgerError,
    MissingTokenError,
    NotFoundError,
    PaymentInDoubtError,
    PermissionDeniedError,
    ProlificError,
    RateLimitError,
    ResolutionError,
    ServerError,
    StudyPublishError,
    StudyTokenError,
    SubmissionNotApprovableError,
    TaskBatchSetupError,
    TransferError,
    UnexpectedResponseError,
    UnprocessableEntityError,
    WaitTimeoutError,
    WebhookVerificationError,
)

if TYPE_CHECKING:
    from ._ledger import BonusLedger

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncProlific",
    "AuthenticationError",
    "BadRequestError",
    "BonusLedger",
    "BonusPaymentError",
    "ConflictError",
    "DatasetImportError",
    "FeatureNotEnabledError",
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


def __getattr__(name: str) -> object:
    # The ledger pulls in sqlite3; load it only for those who pay bonuses.
    if name == "BonusLedger":
        from ._ledger import BonusLedger

        return BonusLedger
    raise AttributeError(f"module 'prolific' has no attribute {name!r}")
