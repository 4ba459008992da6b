"""The 2026 research workflows end to end against the sandbox, sync and async: test studies,
demographic exports within Prolific's quota, secured study URLs, credential pools, scheduled
publishing, the new submission transitions and the low-reward warning."""

from __future__ import annotations

import logging
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from prolific import FeatureNotEnabledError, InvalidRequestError, StudyTokenError
from prolific.sandbox import Sandbox

from .helpers import Client, call, published, study_body

AGE = [{"filter_id": "age", "selected_range": {"lower": 18, "upper": 40}}]
SEX = [{"filter_id": "sex", "selected_values": ["1"]}]
HAND = [{"filter_id": "handedness", "selected_values": ["0"]}]
LAB = "https://lab.example.test/run"


async def test_studies_test_makes_the_participant_then_the_test_study(
    sandbox: Sandbox, client: Client
) -> None:
    draft = await call(client.studies.create, **study_body())
    with pytest.raises(InvalidRequestError, match="email="):
        await call(client.studies.test, draft.id)  # no test participant yet
    test = await call(client.studies.test, draft.id, email="me+test@example.test")
    assert test.study_url.endswith(test.study_id)
    again = await call(client.studies.test, draft.id, email="me+test@example.test")
    assert again.study_id != test.study_id  # the existing participant was reused
    sandbox.set_feature("test_studies", enabled=False)
    with pytest.raises(FeatureNotEnabledError, match="Ask Prolific support"):
        await call(client.studies.test, draft.id)


async def test_export_demographics_refuses_a_third_combination_before_sending(
    sandbox: Sandbox, client: Client
) -> None:
    study_id = await published(client)
    sandbox.participants.join(study_id, 2, complete_after=30)
    sandbox.advance(30)
    first = await call(client.studies.export_demographics, study_id, AGE)
    assert len(first.rows) == 2 and first.rows[0]["age"] and first.csv.startswith("Submission id")
    await call(client.studies.export_demographics, study_id, SEX)
    await call(client.studies.export_demographics, study_id, SEX)  # the latest again: free
    before = sandbox.count_requests("export_demographics")
    with pytest.raises(InvalidRequestError, match="2 demographic-export filter combinations"):
        await call(client.studies.export_demographics, study_id, HAND)
    assert sandbox.count_requests("export_demographics") == before
    plain = await call(client.studies.export_demographics, study_id)
    assert "age" not in plain.rows[0]


async def secured_entry(sandbox: Sandbox, client: Client) -> tuple[str, str]:
    study_id = await published(
        client,
        is_external_study_url_secure=True,
        external_study_url=f"{LAB}?pid={{{{%PROLIFIC_PID%}}}}&session={{{{%SESSION_ID%}}}}",
    )
    [sub] = sandbox.participants.join(study_id, 1)
    url = sandbox.participants.entry_url(sub)
    return sub, parse_qs(urlsplit(url).query)["prolific_token"][0]


async def test_a_secured_study_url_verifies_end_to_end(sandbox: Sandbox, client: Client) -> None:
    sub, token = await secured_entry(sandbox, client)
    visit = await call(
        client.study_urls.verify, token, workspace_id=sandbox.workspace_id, audience=LAB
    )
    assert visit.session_id == sub
    assert visit.participant_id == sandbox.submissions[sub].participant_id
    assert visit.parameters["SESSION_ID"] == sub
    keys_fetched = sandbox.count_requests("get_study_jwks")
    await call(client.study_urls.verify, token, workspace_id=sandbox.workspace_id, audience=LAB)
    assert sandbox.count_requests("get_study_jwks") == keys_fetched == 1  # cached


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ("expire", "expired"),
        ("audience", "audience"),
        ("workspace", "workspace"),
        ("tamper", "signature"),
        ("garbage", "malformed"),
    ],
)
async def test_a_bad_token_raises_study_token_error(
    sandbox: Sandbox, client: Client, change: str, reason: str
) -> None:
    _, token = await secured_entry(sandbox, client)
    workspace, audience = sandbox.workspace_id, LAB
    if change == "expire":
        sandbox.advance(600)
    elif change == "audience":
        audience = "https://elsewhere.example.test/run"
    elif change == "workspace":
        workspace = "0" * 24
    elif change == "tamper":
        head, body, signature = token.split(".")
        token = f"{head}.{body[:-2]}AA.{signature}"
    else:
        token = "not-a-token"
    with pytest.raises(StudyTokenError) as caught:
        await call(client.study_urls.verify, token, workspace_id=workspace, audience=audience)
    assert caught.value.reason == reason
    assert token[-12:] not in str(caught.value)


async def test_a_rotated_key_is_fetched_once_when_a_token_names_it(
    sandbox: Sandbox, client: Client
) -> None:
    _, old = await secured_entry(sandbox, client)
    await call(client.study_urls.verify, old, workspace_id=sandbox.workspace_id, audience=LAB)
    sandbox.rotate_study_url_key()
    sandbox.advance(120)  # past the refetch guard, within the old token's leeway is irrelevant
    _, new = await secured_entry(sandbox, client)
    await call(client.study_urls.verify, new, workspace_id=sandbox.workspace_id, audience=LAB)
    assert sandbox.count_requests("get_study_jwks") == 2


async def test_credential_pools_from_pairs_attach_and_report(
    sandbox: Sandbox, client: Client
) -> None:
    pool = await call(
        client.credential_pools.create, sandbox.workspace_id, [("ada", "s3cret"), ("bob", "pw")]
    )
    draft = await call(client.studies.create, **study_body(total_available_places=3))
    attached = await call(client.credential_pools.attach, draft.id, pool)
    assert attached.credential_pool_id == pool and attached.has_credentials
    study_id = (await call(client.studies.publish, draft.id)).id
    sandbox.advance(10)  # publishing takes a few seconds
    sandbox.participants.join(study_id, 2, complete_after=999)
    assert sandbox.studies[study_id].status == "PAUSED"  # the pool ran dry
    [listed] = await call(client.credential_pools.list, sandbox.workspace_id)
    assert listed.available_credentials == 0
    await call(client.credential_pools.append, pool, "cy,pw3")
    assert (await call(client.studies.start, study_id)).status == "ACTIVE"
    uses = await call(client.credential_pools.report, study_id)
    assert [(u.username, u.used) for u in uses] == [("ada", True), ("bob", True), ("cy", False)]
    assert all("s3cret" not in repr(u) for u in uses)


async def test_scheduled_publishing_and_its_cancellation(sandbox: Sandbox, client: Client) -> None:
    draft = await call(client.studies.create, **study_body())
    when = sandbox.clock.utcnow() + timedelta(hours=1)
    scheduled = await call(client.studies.schedule_publish, draft.id, when)
    assert scheduled.status == "SCHEDULED"
    cancelled = await call(client.studies.cancel_scheduled_publish, draft.id)
    assert cancelled.status == "UNPUBLISHED"
    await call(client.studies.schedule_publish, draft.id, when)
    sandbox.advance(3600 + 60)  # the time comes, then the PUBLISHING phase passes
    assert (await call(client.studies.get, draft.id)).status == "ACTIVE"


async def test_submission_moves_and_the_fixed_screen_out(sandbox: Sandbox, client: Client) -> None:
    codes = [
        {"code": "DONE1", "code_type": "COMPLETED", "actions": [{"action": "MANUALLY_REVIEW"}]},
        {
            "code": "OUT1",
            "code_type": "SCREENED_OUT",
            "actions": [
                {"action": "FIXED_SCREEN_OUT_PAYMENT", "fixed_screen_out_reward": 25, "slots": 9}
            ],
        },
    ]
    study_id = await published(client, completion_codes=codes)
    a, b = sandbox.participants.join(study_id, 2, complete_after=[10, 999])
    sandbox.advance(10)
    out = await call(client.submissions.screen_out, b, "OUT1")
    assert out.status == "SCREENED OUT" and out.bonus_payments == [25]
    assert (await call(client.submissions.return_, a)).status == "RETURNED"
    assert (await call(client.submissions.unreturn, a)).status == "AWAITING REVIEW"


async def test_create_and_publish_warns_below_the_recommended_hourly_reward(
    sandbox: Sandbox, client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="prolific")
    # 100 minor units for 5 minutes is 12.00 an hour: fine.
    await call(client.studies.create_and_publish, study_body(), workspace=sandbox.workspace_id)
    assert not [r for r in caplog.records if "recommended minimum" in r.getMessage()]
    # 55 for 5 minutes is 6.60 an hour: above the floor, below the recommended 7.50.
    cheap = study_body(reward=55, estimated_completion_time=5, name="Cheap")
    study = await call(client.studies.create_and_publish, cheap, workspace=sandbox.workspace_id)
    [warning] = [r for r in caplog.records if "recommended minimum" in r.getMessage()]
    assert study.id in warning.getMessage() and "750" in warning.getMessage()
    assert str(study.status) in ("PUBLISHING", "ACTIVE")  # advice only: it still publishes
