"""The generated package parses what Prolific really sends, including values from the future."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

import prolific_api
from prolific_api.api.studies import get_study
from prolific_api.models import (
    BonusBatch,
    Study,
    StudyStatus,
    Submission,
    SubmissionListItem,
    SubmissionStatus,
    Workspace,
)

STUDY_ID = "6564b5b3c2a1f9e0d4c3b2a1"

STUDY: dict[str, Any] = {
    "id": STUDY_ID,
    "name": "Reaction times",
    "internal_name": "rt-pilot-3",
    "description": "A five minute task.",
    "external_study_url": "https://example.org/rt?PROLIFIC_PID={{%PROLIFIC_PID%}}",
    "prolific_id_option": "url_parameters",
    "completion_codes": [
        {
            "code": "C1A2B3",
            "code_type": "COMPLETED",
            "actor": "participant",
            "actions": [{"action": "AUTOMATICALLY_APPROVE"}],
        }
    ],
    "total_available_places": 30,
    "estimated_completion_time": 5,
    "maximum_allowed_time": 30,
    "reward": 150,
    "device_compatibility": ["desktop"],
    "status": "ACTIVE",
    "places_taken": 12,
    "date_created": "2026-01-05T09:00:00Z",
    "published_at": None,
}

SUBMISSION: dict[str, Any] = {
    "id": "6564b5b3c2a1f9e0d4c3b2a2",
    "study_id": STUDY_ID,
    "participant": "6564b5b3c2a1f9e0d4c3b2a3",
    "status": "AWAITING REVIEW",
    "started_at": "2026-01-05T09:00:00Z",
    "completed_at": "2026-01-05T09:06:30Z",
    "entered_code": "C1A2B3",
    "bonus_payments": [150, 25],
}

WORKSPACE: dict[str, Any] = {
    "id": "6564b5b3c2a1f9e0d4c3b2a4",
    "title": "Lab",
    "description": "Main lab workspace",
    "owner": "6564b5b3c2a1f9e0d4c3b2a5",
    "naivety_distribution_rate": 0.5,
}

BONUS: dict[str, Any] = {
    "id": "6564b5b3c2a1f9e0d4c3b2a6",
    "study": STUDY_ID,
    "amount": 425,
    "fees": 141.66,
    "vat": 28.33,
    "total_amount": 594.99,
}


def normalised(payload: dict[str, Any]) -> Any:
    """JSON text equality, ignoring the spelling of UTC (`Z` vs `+00:00`)."""
    return json.loads(json.dumps(payload).replace("+00:00", "Z"))


@pytest.mark.parametrize(
    ("model", "payload"),
    [(Study, STUDY), (Submission, SUBMISSION), (Workspace, WORKSPACE), (BonusBatch, BONUS)],
)
def test_realistic_payloads_round_trip(model: Any, payload: dict[str, Any]) -> None:
    assert normalised(model.from_dict(payload).to_dict()) == normalised(payload)


def test_submission_from_the_future_parses_and_keeps_raw_values() -> None:
    payload = {**SUBMISSION, "status": "ON HOLD", "fraud_score": 0.1}
    submission = Submission.from_dict(payload)
    assert submission.status == "ON HOLD"
    assert submission.status.value == "ON HOLD"
    assert submission.status not in list(SubmissionStatus)  # callers can tell it is new
    assert submission.additional_properties == {"fraud_score": 0.1}
    assert submission.to_dict()["status"] == "ON HOLD"


def test_known_statuses_are_members_including_the_ones_the_2025_spec_got_wrong() -> None:
    assert SubmissionStatus("TIMED-OUT") is SubmissionStatus.TIMED_OUT
    assert SubmissionStatus("SCREENED OUT") is SubmissionStatus.SCREENED_OUT
    assert StudyStatus("PUBLISHING") is StudyStatus.PUBLISHING
    assert StudyStatus("AWAITING REVIEW") is StudyStatus.AWAITING_REVIEW


def test_list_items_and_details_differ_as_on_the_wire() -> None:
    item = SubmissionListItem.from_dict(
        {
            "id": SUBMISSION["id"],
            "participant_id": SUBMISSION["participant"],
            "status": "ACTIVE",
            "started_at": SUBMISSION["started_at"],
            "has_siblings": False,
        }
    )
    assert item.participant_id == SUBMISSION["participant"]
    assert Submission.from_dict(SUBMISSION).participant == SUBMISSION["participant"]


def test_study_with_unknown_nested_enum_values_parses() -> None:
    payload = {**STUDY, "device_compatibility": ["desktop", "vr-headset"], "status": "ARCHIVED"}
    payload["completion_codes"] = [
        {"code": "X", "code_type": "SOMETHING_NEW", "actions": [{"action": "NEW_ACTION"}]}
    ]
    study = Study.from_dict(payload)
    assert study.status == "ARCHIVED"
    assert normalised(study.to_dict()) == normalised(payload)


def test_authenticated_client_sends_token_scheme_and_hides_the_token() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=STUDY)

    client = prolific_api.AuthenticatedClient(base_url="https://api.prolific.com", token="s3cr3t")
    client.set_httpx_client(
        httpx.Client(
            base_url="https://api.prolific.com",
            headers={"Authorization": "Token s3cr3t"},
            transport=httpx.MockTransport(handler),
        )
    )
    study = get_study.sync(study_id=STUDY_ID, client=client)
    assert isinstance(study, Study)
    assert seen[0].url.path == f"/api/v1/studies/{STUDY_ID}/"
    # The default header the generated client builds for itself uses Prolific's scheme.
    fresh = prolific_api.AuthenticatedClient(base_url="https://x", token="s3cr3t")
    assert fresh.get_httpx_client().headers["Authorization"] == "Token s3cr3t"
    assert "s3cr3t" not in repr(fresh)


def test_package_is_typed() -> None:
    assert (Path(prolific_api.__file__).parent / "py.typed").exists()


def test_models_load_lazily() -> None:
    code = (
        "import sys, prolific_api.models.study as s; "
        "print(sum(m.startswith('prolific_api.models.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) < 25  # the study model and what it nests, not all ~100 models


def test_webhook_secrets_stay_out_of_model_reprs() -> None:
    from prolific_api.models import Secret, SubscriptionConfirm

    secret = Secret.from_dict({"id": "a" * 24, "value": "whsec-do-not-log"})
    confirm = SubscriptionConfirm(secret="hook-secret-do-not-log")
    assert secret.value == "whsec-do-not-log"
    assert "do-not-log" not in repr(secret) + repr(confirm)
    assert confirm.to_dict() == {"secret": "hook-secret-do-not-log"}


def test_from_dict_passes_every_field_to_its_own_parameter() -> None:
    # from_dict builds each model with positional arguments (cheaper than keywords), and a
    # model with deferred fields fills its slots one by one (or, for a subclass, calls
    # __init__ with them); a value out of place would silently land in another field, and a
    # field left out would be missing.
    import ast
    import inspect
    import re
    import textwrap

    import attrs

    import prolific_api.models as models

    def named(arg: ast.expr) -> str:
        if isinstance(arg, ast.IfExp):  # UNSET if x is UNSET else cls._parse_field("x", x)
            return named(arg.orelse)
        if isinstance(arg, ast.Call):  # cls._parse_field("x", x)
            label, value = arg.args
            assert isinstance(label, ast.Constant) and isinstance(value, ast.Name)
            assert label.value == value.id
            return value.id
        assert isinstance(arg, ast.Name), ast.dump(arg)
        return arg.id

    checked = 0
    for name in models.__all__:
        cls = getattr(models, name)
        if not attrs.has(cls):
            continue
        source = inspect.getsource(cls.from_dict)
        fields = [f.name for f in attrs.fields(cls) if f.init]
        calls = [
            node
            for node in ast.walk(ast.parse(textwrap.dedent(source)))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "cls"
        ]  # fmt: skip
        assert len(calls) == 1, name
        assert [named(arg) for arg in calls[0].args] == fields, name
        if "cls.__new__(cls)" in source:
            slots = [
                (field, value)
                for field, value in re.findall(r"^ +\w+\.(\w+) = (\w+)$", source, re.M)
                if field not in ("additional_properties", "_deferred")
            ]
            deferred = re.findall(r'^ +deferred\["(\w+)"\] = (\w+)$', source, re.M)
            assert all(value in (field, "UNSET") for field, value in slots + deferred), name
            assert {field for field, _ in slots + deferred} == set(fields), name
        checked += 1
    assert checked > 50
