"""The generated models read and write the 2026 shapes without losing anything."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from prolific_api.models import (
    AppliedFilter,
    CompletionCode,
    CompletionCodeActionType,
    Message,
    ProlificIdOption,
    RangeWeighting,
    Study,
    StudyCreate,
    StudyTransition,
    StudyTransitionAction,
    SubmissionTransition,
    SubmissionTransitionAction,
)

AGE_BANDS: dict[str, Any] = {
    "filter_id": "age",
    "selected_range": {"lower": 18, "upper": 60},
    "weightings": {
        "young": {"selected_range": {"lower": 18, "upper": 35}, "weighting": 60.0},
        "older": {"selected_range": {"lower": 36, "upper": 60}, "weighting": 40.0},
    },
}
GROUP: dict[str, Any] = {
    "filter_id": "or",
    "selected_filters": [
        {"filter_id": "sex", "selected_values": ["0"], "weightings": {"0": 100.0}},
        {"filter_id": "and", "selected_filters": [AGE_BANDS]},
    ],
}
FIXED_CODE: dict[str, Any] = {
    "code": "SCREENED",
    "code_type": "SCREENED_OUT",
    "actor": "participant",
    "actions": [{"action": "FIXED_SCREEN_OUT_PAYMENT", "fixed_screen_out_reward": 40, "slots": 50}],
}


def test_nested_groups_and_range_weightings_round_trip() -> None:
    parsed = AppliedFilter.from_dict(GROUP)
    assert parsed.to_dict() == GROUP
    inner = parsed.selected_filters[1].selected_filters[0]
    band = inner.weightings["young"]
    assert isinstance(band, RangeWeighting) and band.weighting == 60.0
    assert parsed.selected_filters[0].weightings["0"] == 100.0


def test_fixed_screen_out_codes_parse_with_their_amounts() -> None:
    code = CompletionCode.from_dict(FIXED_CODE)
    [action] = code.actions
    assert action.action is CompletionCodeActionType.FIXED_SCREEN_OUT_PAYMENT
    assert (action.fixed_screen_out_reward, action.slots) == (40, 50)
    assert code.to_dict() == FIXED_CODE
    # DEFAULT is still read on answers (Dallinger's code type in production).
    assert CompletionCode.from_dict({**FIXED_CODE, "code_type": "DEFAULT"}).code_type == "DEFAULT"


def test_create_needs_an_external_url_field_but_it_may_be_null() -> None:
    body = StudyCreate(
        name="Waves",
        description="Taskflow study",
        external_study_url=None,
        prolific_id_option=ProlificIdOption.URL_PARAMETERS,
        total_available_places=10,
        estimated_completion_time=5,
        reward=100,
    ).to_dict()
    assert body["external_study_url"] is None
    assert "completion_codes" not in body


def test_study_answers_carry_the_2026_fields() -> None:
    study = Study.from_dict(
        {
            "id": "6564b5b3c2a1f9e0d4c3b2a1",
            "status": "SCHEDULED",
            # What Prolific always sends on a study (required in the spec).
            "name": "Recall",
            "description": "Remember words, then type them.",
            "total_available_places": 20,
            "estimated_completion_time": 10,
            "reward": 150,
            "publish_at": "2026-12-01T09:00:00Z",
            "credential_pool_id": "pool_1",
            "has_credentials": True,
            "data_collection_method": None,
            "is_ready_to_publish": False,
            "is_external_study_url_secure": True,
            "study_labels": ["ai_safety"],
            "submissions_config": {"auto_rejection_categories": ["EXCEPTIONALLY_FAST"]},
            "filters": [GROUP],
        }
    )
    assert study.has_credentials and study.is_external_study_url_secure
    assert study.data_collection_method is None
    assert study.submissions_config.auto_rejection_categories == ["EXCEPTIONALLY_FAST"]
    assert study.filters[0].selected_filters[0].filter_id == "sex"


def test_transitions_know_the_new_actions() -> None:
    when = datetime(2026, 12, 1, 9, tzinfo=UTC)
    scheduled = StudyTransition(action=StudyTransitionAction.SCHEDULE_PUBLISH, publish_at=when)
    assert scheduled.to_dict() == {
        "action": "SCHEDULE_PUBLISH",
        "publish_at": "2026-12-01T09:00:00+00:00",
    }
    assert {a.value for a in SubmissionTransitionAction} >= {
        "RETURN",
        "START",
        "SCREEN_OUT",
        "UNREJECT",
        "UNRETURN",
    }
    screen_out = SubmissionTransition(
        action=SubmissionTransitionAction.SCREEN_OUT, completion_code="SCREENED"
    )
    assert screen_out.to_dict() == {"action": "SCREEN_OUT", "completion_code": "SCREENED"}


def test_messages_parse_either_spelling() -> None:
    old = Message.from_dict({"sender_id": "p1", "sent_at": "2026-11-30T09:00:00Z", "body": "Hi"})
    new = Message.from_dict({"sender": "p1", "datetime_created": "2026-11-30T09:00:00Z"})
    assert old.sender_id == new.sender == "p1"
    assert old.sent_at == new.datetime_created
