"""The live suite's spec-drift helper, tested offline (not marked live: `make test` runs it)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from .drift import Drift, DriftReport, Spec, compare

STUDY_ID = "0814f23141f417014d9294ca"


@pytest.fixture(scope="module")
def spec() -> Spec:
    return Spec.load()


def study(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": STUDY_ID,
        "status": "ACTIVE",
        "name": "Reaction times",
        "internal_name": None,
        "description": "A short task.",
        "reward": 100,
        "total_available_places": 3,
        "places_taken": 0,
        "estimated_completion_time": 5,
    }
    body.update(changes)
    return body


def test_a_response_that_matches_has_no_drift(spec: Spec) -> None:
    report = DriftReport(spec)
    url = f"https://api.prolific.com/api/v1/studies/{STUDY_ID}/"
    assert report.check("GET", url, 200, study()) == []
    assert report.clean and report.operations == {"GET /api/v1/studies/{study_id}/ (get_study)"}
    assert "no drift" in report.render()


def test_unknown_field_and_unknown_enum_value_are_reported(spec: Spec) -> None:
    report = DriftReport(spec)
    answer = study(status="ARCHIVED", brand_new_field={"a": 1})
    found = report.check("GET", f"/api/v1/studies/{STUDY_ID}/", 200, answer)
    label = "GET /api/v1/studies/{study_id}/ (get_study)"
    assert {(d.operation, d.kind, d.location) for d in found} == {
        (label, "unknown enum value", "$.status"),
        (label, "unknown field", "$.brand_new_field"),
    }
    [enum] = [d for d in found if d.kind == "unknown enum value"]
    assert "'ARCHIVED'" in enum.detail and "ACTIVE" in enum.detail
    text = report.render()
    assert "DRIFT FOUND" in text and label in text
    assert "unknown enum value: $.status ('ARCHIVED' not in [UNPUBLISHED" in text
    assert "unknown field: $.brand_new_field (object)" in text


def test_drift_inside_list_items_is_counted_once_per_response(spec: Spec) -> None:
    report = DriftReport(spec)
    items = [
        {"id": STUDY_ID, "status": "ACTIVE", "participant_id": STUDY_ID, "colour": "red"}
        for _ in range(3)
    ]
    page = {"results": items, "_links": {}, "meta": {"count": 3}}
    report.check("GET", f"/api/v1/submissions/?study={STUDY_ID}", 200, page)
    report.check("GET", f"/api/v1/submissions/?study={STUDY_ID}&page=2", 200, page)
    [(drift, count)] = report.drift.items()
    assert (drift.kind, drift.location, count) == ("unknown field", "$.results[].colour", 2)
    assert "[in 2 responses]" in report.render()


def test_type_changes_and_unknown_operations_are_reported(spec: Spec) -> None:
    report = DriftReport(spec)
    found = report.check("GET", f"/api/v1/studies/{STUDY_ID}/", 200, study(reward="1.00"))
    assert [(d.kind, d.location) for d in found] == [("type changed", "$.reward")]
    report.check("GET", "/api/v1/brand-new-endpoint/", 200, {"x": 1})
    assert "not in the spec at all: GET /api/v1/brand-new-endpoint/" in report.render()


def test_maps_and_nullable_fields_are_not_drift(spec: Spec) -> None:
    report = DriftReport(spec)
    counts = {"APPROVED": 2, "AWAITING REVIEW": 1, "A STATUS FROM THE FUTURE": 0}
    path = f"/api/v1/studies/{STUDY_ID}/submissions/counts/"
    assert report.check("GET", path, 200, counts) == []
    assert report.check("GET", path, 200, {"APPROVED": "two"}) == [
        Drift(
            "GET /api/v1/studies/{study_id}/submissions/counts/ (count_study_submissions)",
            "type changed",
            "$.APPROVED",
            "spec says integer, got string",
        )
    ]
    nulls = study(internal_name=None, description=None)
    assert not list(compare(spec, {"$ref": "#/components/schemas/Study"}, nulls))


def test_the_sandbox_recordings_agree_with_the_spec_on_types_and_enums(spec: Spec) -> None:
    """Every answer in the committed cassettes (the sandbox's) has the types and enum values the
    spec describes. Fields the spec does not list are allowed (objects may carry more); they are
    printed, for whoever next updates the spec (``pytest -s``)."""
    import json

    from recorded import harness
    from vcr.serializers import yamlserializer

    report = DriftReport(spec)
    for path in harness.all_cassettes():
        data = yamlserializer.deserialize(path.read_text(encoding="utf-8"))
        for interaction in data["interactions"]:
            request, response = interaction["request"], interaction["response"]
            body = (response.get("body") or {}).get("string")
            code = response["status"]["code"]
            if "/_sandbox/" in request["uri"] or not body or code >= 400:
                continue
            headers = {k.lower(): v for k, v in response.get("headers", {}).items()}
            kinds = headers.get("content-type") or ["application/json"]
            if not str(kinds[0]).startswith("application/json"):
                continue  # the CSV exports: the spec types them as text
            report.check(request["method"], request["uri"], code, json.loads(body))
    assert report.checked > 200
    print(report.render())
    wrong = [str(d) for d in report.drift if d.kind != "unknown field"]
    assert not wrong, report.render()
    assert not report.unknown_operations, report.render()


def test_the_report_does_not_change_what_it_is_given(spec: Spec) -> None:
    answer = study(extra=1)
    before = copy.deepcopy(answer)
    DriftReport(spec).check("GET", f"/api/v1/studies/{STUDY_ID}/", 200, answer)
    assert answer == before
