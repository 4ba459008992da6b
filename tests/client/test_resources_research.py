"""The 2026 namespace calls: new transitions, list filters and research operations, each
pinned by what it puts on the wire and what it gives back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import httpx
import pytest
import respx

from prolific import InvalidRequestError
from prolific.types import CredentialUse
from prolific_api.models.access_details_progress import AccessDetailsProgress
from prolific_api.models.demographic_export_history import DemographicExportHistory
from prolific_api.models.filter_distribution import FilterDistribution
from prolific_api.models.reward_recommendation import RewardRecommendation
from prolific_api.models.study import Study
from prolific_api.models.submission import Submission
from prolific_api.models.submission_list_item import SubmissionListItem
from prolific_api.models.test_participant import TestParticipant
from prolific_api.models.upload_url import UploadUrl

from .helpers import STUDY_ID, SUBMISSION_ID, Client, run
from .resource_cases import GROUP_ID, PROJECT_ID, WORKSPACE_ID, Call, check, params

TRANSITION = f"/api/v1/submissions/{SUBMISSION_ID}/transition/"
STUDY_TRANSITION = f"/api/v1/studies/{STUDY_ID}/transition/"
STARTED = "2026-11-30T09:00:00+00:00"
SUBMITTED = {
    "id": SUBMISSION_ID,
    "study_id": STUDY_ID,
    "status": "AWAITING REVIEW",
    "started_at": STARTED,
    "future": 1,
}
STUDY = {
    "id": STUDY_ID,
    "status": "SCHEDULED",
    "publish_at": "2026-12-01T09:00:00+00:00",
    # What Prolific always sends on a study (required in the spec).
    "name": "Recall",
    "description": "Remember words, then type them.",
    "total_available_places": 20,
    "estimated_completion_time": 10,
    "reward": 150,
}
POOL_ID = "pool-7f3a"


def submission_move(action: str) -> Call:
    method = "return_" if action == "RETURN" else action.lower()
    return Call(
        f"submissions.{method}",
        lambda c: getattr(c.submissions, method)(SUBMISSION_ID),
        "POST",
        TRANSITION,
        body={"action": action},
        reply=SUBMITTED,
        returns=Submission,
    )


CALLS = params(
    *(submission_move(a) for a in ("RETURN", "START", "UNREJECT", "UNRETURN")),
    Call(
        "submissions.screen_out",
        lambda c: c.submissions.screen_out(SUBMISSION_ID, "SCREENED"),
        "POST",
        TRANSITION,
        body={"action": "SCREEN_OUT", "completion_code": "SCREENED"},
        reply={**SUBMITTED, "status": "SCREENED OUT"},
        returns=Submission,
    ),
    Call(
        "submissions.list filtered and ordered",
        lambda c: c.submissions.list(
            STUDY_ID,
            status="AWAITING_REVIEW",
            ordering="-started_at",
            submitted_from=date(2026, 11, 2),
            submitted_before=date(2026, 11, 30),
        ),
        "GET",
        "/api/v1/submissions/",
        params={
            "study": STUDY_ID,
            "status": "AWAITING_REVIEW",
            "ordering": "-started_at",
            "submitted_from": "02/11/2026",
            "submitted_before": "30/11/2026",
        },
        reply=[
            {
                "id": SUBMISSION_ID,
                "participant_id": "5a1b2c3d4e5f60718293a4b5",
                "status": "AWAITING REVIEW",
                "started_at": STARTED,
                "has_siblings": False,
            }
        ],
        returns=SubmissionListItem,
        listing=True,
    ),
    Call(
        "submissions.feedback_upload_url",
        lambda c: c.submissions.feedback_upload_url("notes.csv", workspace_id=WORKSPACE_ID),
        "GET",
        "/api/v1/submissions/signals/upload-url/notes.csv",
        params={"workspace_id": WORKSPACE_ID},
        reply={"upload_url": "https://up.example/x?sig=1", "http_method": "PUT"},
        status=201,
        returns=UploadUrl,
    ),
    Call(
        "studies.schedule_publish",
        lambda c: c.studies.schedule_publish(
            STUDY_ID, datetime(2026, 12, 1, 10, tzinfo=timezone(timedelta(hours=1)))
        ),
        "POST",
        STUDY_TRANSITION,
        body={"action": "SCHEDULE_PUBLISH", "publish_at": "2026-12-01T09:00:00Z"},
        reply=STUDY,
        returns=Study,
    ),
    Call(
        "studies.cancel_scheduled_publish",
        lambda c: c.studies.cancel_scheduled_publish(STUDY_ID),
        "POST",
        STUDY_TRANSITION,
        body={"action": "CANCEL_PUBLISH"},
        reply={**STUDY, "status": "UNPUBLISHED", "publish_at": None},
        returns=Study,
    ),
    Call(
        "studies.demographic_export_history",
        lambda c: c.studies.demographic_export_history(STUDY_ID),
        "GET",
        f"/api/v1/studies/{STUDY_ID}/demographic-export-history/",
        reply={"count": 1, "filters": [{"filter_id": "sex", "selected_values": ["1"]}]},
        returns=DemographicExportHistory,
    ),
    Call(
        "studies.access_details_progress",
        lambda c: c.studies.access_details_progress(STUDY_ID),
        "GET",
        f"/api/v1/studies/{STUDY_ID}/access-details-progress/",
        reply={
            "id": "c1",
            "progress": [{"external_url": "https://a", "total_allocation": 2, "allocated": 1}],
        },
        returns=AccessDetailsProgress,
    ),
    Call(
        "projects.remove_study",
        lambda c: c.projects.remove_study(PROJECT_ID, STUDY_ID),
        "DELETE",
        f"/api/v1/projects/{PROJECT_ID}/studies/{STUDY_ID}/",
        status=204,
    ),
    Call(
        "filters.distribution",
        lambda c: c.filters.distribution(
            GROUP_ID, ["sex", "handedness"], workspace_id=WORKSPACE_ID
        ),
        "GET",
        f"/api/v1/filters/{GROUP_ID}/distribution/",
        params={"workspace_id": WORKSPACE_ID, "distribution_filters": "sex,handedness"},
        reply={"distribution": {"sex": {"0": 3, "1": 4}}},
        returns=FilterDistribution,
    ),
    Call(
        "test_participants.create",
        lambda c: c.test_participants.create("me+test@example.org"),
        "POST",
        "/api/v1/researchers/participants/",
        body={"email": "me+test@example.org"},
        reply={"participant_id": "5a1b2c3d4e5f60718293a4b5"},
        status=201,
        returns=TestParticipant,
    ),
)


@pytest.mark.parametrize("case", CALLS)
async def test_call(case: Call, client: Client, api: respx.MockRouter) -> None:
    await check(case, client, api)


async def test_reward_recommendations_are_a_list_of_models(
    client: Client, api: respx.MockRouter
) -> None:
    reply = [{"currency": "GBP", "min_reward_per_hour": 600, "recommended_reward_per_hour": 900}]
    route = api.get("/api/v1/reward-recommendations/").mock(
        return_value=httpx.Response(200, json=reply)
    )
    got = await run(
        client.studies.reward_recommendations(WORKSPACE_ID, "GBP", screener_ids=["a", "b"])
    )
    assert dict(route.calls.last.request.url.params) == {
        "workspace_id": WORKSPACE_ID,
        "currency": "GBP",
        "screener_ids": "a,b",
    }
    assert [type(r) for r in got] == [RewardRecommendation]
    assert got[0].min_reward_per_hour == 600


async def test_credential_pools_send_csv_and_read_the_report(
    client: Client, api: respx.MockRouter
) -> None:
    created = api.post("/api/v1/credentials/").mock(
        return_value=httpx.Response(201, json={"credential_pool_id": POOL_ID})
    )
    pool = await run(client.credential_pools.create(WORKSPACE_ID, [("ada", "pw,1"), ("bob", "2")]))
    assert pool == POOL_ID
    sent = json.loads(created.calls.last.request.content)
    assert sent == {"workspace_id": WORKSPACE_ID, "credentials": 'ada,"pw,1"\nbob,2'}
    appended = api.patch(f"/api/v1/credentials/{POOL_ID}/").mock(
        return_value=httpx.Response(200, json={"credential_pool_id": POOL_ID})
    )
    assert await run(client.credential_pools.append(POOL_ID, "cy,3\n")) == POOL_ID
    assert json.loads(appended.calls.last.request.content) == {"credentials": "cy,3"}
    report = "participant_id,submission_id,username,status\np1,s1,ada,USED\n,,bob,UNUSED\n"
    api.get(f"/api/v1/studies/{STUDY_ID}/credentials/report/").mock(
        return_value=httpx.Response(200, text=report, headers={"Content-Type": "text/csv"})
    )
    assert await run(client.credential_pools.report(STUDY_ID)) == [
        CredentialUse("ada", True, "p1", "s1"),
        CredentialUse("bob", False),
    ]


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.submissions.screen_out(SUBMISSION_ID, " "), "completion_code"),
        (lambda c: c.submissions.list(STUDY_ID, status="AWAITING REVIEW"), "status"),
        (lambda c: c.submissions.list(STUDY_ID, submitted_from="01/11/2026"), "submitted_from"),
        (lambda c: c.studies.schedule_publish(STUDY_ID, datetime(2026, 12, 1)), "publish_at"),
        (lambda c: c.studies.reward_recommendations(WORKSPACE_ID, "EUR"), "currency"),
        (lambda c: c.credential_pools.create(WORKSPACE_ID, [("ada", "")]), "credentials"),
        (lambda c: c.credential_pools.create(WORKSPACE_ID, "a,1\na,2"), "credentials"),
        (lambda c: c.filters.distribution(GROUP_ID, [], workspace_id=WORKSPACE_ID), "by"),
        (lambda c: c.test_participants.create("not-an-email"), "email"),
        (lambda c: c.studies.export_demographics(STUDY_ID, [{"filter_id": "x"}] * 16), "filters"),
    ],
)
async def test_bad_input_is_refused_before_sending(
    client: Client, api: respx.MockRouter, call: object, field: str
) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        await run(call(client))  # type: ignore[operator]
    assert caught.value.field == field
    assert not api.calls


async def test_a_refused_password_is_never_echoed(client: Client) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        pairs: list[tuple[str, ...]] = [("ada", "hunter2", "x")]
        await run(client.credential_pools.create(WORKSPACE_ID, pairs))  # type: ignore[arg-type]
    assert "hunter2" not in str(caught.value)


def test_schedule_needs_an_aware_time_in_any_zone() -> None:
    from prolific.resources.studies import _schedule

    flow = _schedule(STUDY_ID, datetime(2026, 12, 1, 9, tzinfo=UTC))
    request = next(flow)
    assert request.json == {"action": "SCHEDULE_PUBLISH", "publish_at": "2026-12-01T09:00:00Z"}
