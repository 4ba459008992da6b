"""Nested models are built when first read, and nothing a user can observe changes but when.

``from_dict`` reads a model's plain fields at once and keeps the raw JSON of fields that hold
other models (completion codes, filters, a submissions config) until they are read.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import pytest

from prolific import Prolific
from prolific.sandbox import Sandbox
from prolific_api.models import CompletionCode, Study
from prolific_api.types import UNSET

STUDY: dict[str, Any] = {
    "id": "6564b5b3c2a1f9e0d4c3b2a1",
    "name": "Reaction times",
    "description": "A five minute task.",
    "status": "ACTIVE",
    "total_available_places": 40,
    "estimated_completion_time": 5,
    "reward": 125,
    "external_study_url": "https://example.org/rt",
    "prolific_id_option": "url_parameters",
    "completion_codes": [
        {
            "code": "C1A2B3",
            "code_type": "COMPLETED",
            "actor": "participant",
            "actions": [{"action": "AUTOMATICALLY_APPROVE"}],
        },
        {"code": "NOCONS", "code_type": "NO_CONSENT", "actions": [{"action": "REQUEST_RETURN"}]},
    ],
    "filters": [{"filter_id": "approval_rate", "selected_range": {"lower": 95, "upper": 100}}],
    "date_created": "2026-01-05T09:00:00.000000Z",
    "a_field_from_the_future": {"x": 1},
}


def study(**changes: Any) -> dict[str, Any]:
    return {**STUDY, **changes}


def test_nested_fields_read_as_if_parsed_at_once() -> None:
    deferred = Study.from_dict(study())

    codes = deferred.completion_codes
    assert isinstance(codes, list) and isinstance(codes[0], CompletionCode)
    assert codes[0].code == STUDY["completion_codes"][0]["code"]
    assert deferred.completion_codes is codes  # built once, then kept
    assert deferred.to_dict() == Study.from_dict(study()).to_dict()
    # The JSON goes back out as it came in, nested fields included.
    assert deferred.to_dict()["completion_codes"] == STUDY["completion_codes"]


def test_a_deferred_model_equals_the_same_model_built_by_hand() -> None:
    parsed = Study.from_dict(study())
    built = Study(**{field: getattr(Study.from_dict(study()), field) for field in _fields()})
    built.additional_properties = dict(parsed.additional_properties)
    assert parsed == built
    assert repr(Study.from_dict(study())) == repr(built)


def test_pickle_and_copy_keep_every_field() -> None:
    original = Study.from_dict(study())
    for twin in (pickle.loads(pickle.dumps(Study.from_dict(study()))), copy.copy(original)):
        assert twin == original
        assert twin.completion_codes == original.completion_codes
        assert twin.is_external_study_url_secure is UNSET  # one UNSET, also after pickling


def test_a_malformed_nested_field_fails_when_read_naming_model_and_field() -> None:
    bad = Study.from_dict(study(completion_codes=[{"code_type": "COMPLETED", "actions": []}]))

    assert bad.name == STUDY["name"]  # the rest of the answer is usable
    with pytest.raises(ValueError, match=r"Study\.completion_codes .*missing field 'code'"):
        _ = bad.completion_codes
    with pytest.raises(ValueError):  # and again: a failure is not forgotten
        _ = bad.completion_codes


def test_a_missing_required_plain_field_still_fails_at_once() -> None:
    with pytest.raises(KeyError):
        Study.from_dict({key: value for key, value in STUDY.items() if key != "name"})


def test_a_misspelled_attribute_is_still_an_attribute_error() -> None:
    parsed = Study.from_dict(study())
    with pytest.raises(AttributeError, match="'Study' object has no attribute 'completion_cods'"):
        _ = parsed.completion_cods  # type: ignore[attr-defined]
    assert getattr(parsed, "completion_cods", None) is None


def test_an_absent_nested_field_is_unset_and_null_stays_null() -> None:
    parsed = Study.from_dict(
        {k: v for k, v in study(filters=None).items() if k != "completion_codes"}
    )
    assert parsed.completion_codes is UNSET
    assert parsed.filters is None


def test_namespaces_return_models_whose_nested_fields_work() -> None:
    sandbox = Sandbox(seed=7)
    with Prolific(http_client=sandbox.http_client(), token=sandbox.token) as client:
        created = client.studies.create(
            name="Deferred",
            description="d",
            external_study_url="https://example.org/task",
            prolific_id_option="url_parameters",
            completion_codes=[
                {"code": "OK1", "code_type": "COMPLETED", "actions": [{"action": "MANUALLY_REVIEW"}]}
            ],
            total_available_places=3,
            estimated_completion_time=5,
            reward=100,
        )
        fetched = client.studies.get(created.id)
    assert [code.code for code in fetched.completion_codes or []] == ["OK1"]
    assert fetched == created


def _fields() -> list[str]:
    import attrs

    return [field.name for field in attrs.fields(Study) if field.init]


def test_through_the_sdk_an_unreadable_nested_field_is_a_prolific_error() -> None:
    import httpx

    from prolific.errors import ProlificError, UnexpectedResponseError

    bad = study(completion_codes=[{"code_type": "COMPLETED", "actions": []}])
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=bad))
    with Prolific(token="t", http_client=httpx.Client(transport=transport)) as client:
        fetched = client.studies.get(STUDY["id"])
    assert fetched.name == STUDY["name"]
    with pytest.raises(UnexpectedResponseError, match=r"Study\.completion_codes") as caught:
        _ = fetched.completion_codes
    assert isinstance(caught.value, ProlificError) and isinstance(caught.value, ValueError)


def test_a_subclass_of_a_model_is_built_through_its_init() -> None:
    import attrs

    @attrs.define
    class Annotated(Study):
        note: str = "unread"

    parsed = Annotated.from_dict(study())
    assert parsed.note == "unread" and isinstance(parsed, Annotated)
    assert [code.code for code in parsed.completion_codes or []] == ["C1A2B3", "NOCONS"]
    assert "note='unread'" in repr(parsed)


def test_threads_reading_a_field_first_get_one_object_and_no_error() -> None:
    import sys
    import threading

    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, to provoke the race
    try:
        for _ in range(200):
            parsed = Study.from_dict(study())
            start = threading.Barrier(6)
            seen: list[object] = []

            def read(model: Study = parsed, barrier: threading.Barrier = start) -> None:
                barrier.wait()
                try:
                    seen.append(model.completion_codes)
                except AttributeError as exc:
                    seen.append(exc)

            threads = [threading.Thread(target=read) for _ in range(6)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert len({id(value) for value in seen}) == 1, seen
            assert isinstance(seen[0], list)
    finally:
        sys.setswitchinterval(switch)
