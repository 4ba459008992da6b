"""submissions.approve (the race with the participant's submit) and approve_many."""

from __future__ import annotations

import time

import pytest

from prolific.errors import SubmissionNotApprovableError, WaitTimeoutError
from prolific.sandbox import Sandbox

from .helpers import Client, call, published, statuses, study_body

REJECTION = "The answers were entered far faster than anyone could read the questions. " * 2
MISSING = "0123456789abcdef01234567"


async def test_approval_waits_for_the_participant_on_the_sandbox_clock(
    sandbox: Sandbox, client: Client
) -> None:
    study_id = await published(client)
    [sub] = sandbox.participants.join(study_id, 1, complete_after=90)
    assert sandbox.submissions[sub].status == "ACTIVE"
    started, wall, mark = sandbox.clock.now(), time.monotonic(), sandbox.requests.total

    approved = await call(client.submissions.approve, sub, wait=600)

    assert str(approved.status) == "APPROVED"
    assert sandbox.submissions[sub].status == "APPROVED"
    waited = sandbox.clock.now() - started
    assert 90 <= waited < 200  # backoff stops soon after the submit, far below wait=600
    assert time.monotonic() - wall < 5  # sandbox time, not real sleeping
    sent = sent_since(sandbox, mark)
    # Refused while the participant works, read until submitted, then approved once.
    assert sent[0] == ("transition_submission", 400)
    assert sent[-1] == ("transition_submission", 200)
    assert set(sent[1:-1]) == {("get_submission", 200)}


def sent_since(sandbox: Sandbox, mark: int) -> list[tuple[str | None, int | None]]:
    """(operation, status) of every request the sandbox answered after ``mark``."""
    return [(r.operation, r.status) for r in sandbox.requests.since(mark)]


async def test_awaiting_review_is_approved_with_one_request(
    sandbox: Sandbox, client: Client
) -> None:
    study_id = await published(client)
    [sub] = sandbox.participants.join(study_id, 1, complete_after=10)
    sandbox.advance(10)
    started, mark = sandbox.clock.now(), sandbox.requests.total

    approved = await call(client.submissions.approve, sub)

    assert str(approved.status) == "APPROVED"
    assert sandbox.submissions[sub].status == "APPROVED"
    assert sandbox.clock.now() == started
    assert sent_since(sandbox, mark) == [("transition_submission", 200)]


async def test_approving_one_by_one_costs_one_request_each(
    sandbox: Sandbox, client: Client
) -> None:
    study_id = await published(client, total_available_places=10)
    subs = sandbox.participants.join(study_id, 10, complete_after=10)
    sandbox.advance(10)
    mark = sandbox.requests.total

    for sub in subs:
        await call(client.submissions.approve, sub)

    assert sent_since(sandbox, mark) == [("transition_submission", 200)] * 10
    assert set(statuses(sandbox, study_id)) == {"APPROVED"}


async def test_already_approved_is_a_success(sandbox: Sandbox, client: Client) -> None:
    study_id = await published(client)
    [sub] = sandbox.participants.join(study_id, 1, complete_after=10)
    sandbox.advance(10)
    await call(client.submissions.approve, sub)
    history = list(sandbox.submissions[sub].history)
    mark = sandbox.requests.total

    again = await call(client.submissions.approve, sub)

    assert str(again.status) == "APPROVED"
    # Transitions are idempotent: the repeated approval is accepted and changes nothing.
    assert sent_since(sandbox, mark) == [("transition_submission", 200)]
    assert sandbox.submissions[sub].history == history


async def test_a_refusal_while_awaiting_review_is_retried_after_a_pause(
    sandbox: Sandbox, client: Client
) -> None:
    study_id = await published(client)
    [sub] = sandbox.participants.join(study_id, 1, complete_after=10)
    sandbox.advance(10)
    sandbox.faults.once("transition_submission", "5xx", status=409)  # a conflict, not acted on
    started, mark = sandbox.clock.now(), sandbox.requests.total

    approved = await call(client.submissions.approve, sub, wait=60)

    assert str(approved.status) == "APPROVED"
    assert sent_since(sandbox, mark) == [
        ("transition_submission", 409),
        ("get_submission", 200),
        ("transition_submission", 200),
    ]
    assert sandbox.clock.now() - started >= 1  # a pause before trying again, never a tight loop


async def test_refused_until_the_wait_ends_names_the_refusal(
    sandbox: Sandbox, client: Client
) -> None:
    study_id = await published(client)
    [sub] = sandbox.participants.join(study_id, 1, complete_after=10)
    sandbox.advance(10)
    sandbox.faults.add("transition_submission", "5xx", status=409)

    with pytest.raises(WaitTimeoutError) as caught:
        await call(client.submissions.approve, sub, wait=5)

    assert caught.value.last_status == "AWAITING REVIEW"
    assert "the last approval attempt was refused" in str(caught.value)
    assert sandbox.submissions[sub].status == "AWAITING REVIEW"


@pytest.mark.parametrize("final", ["RETURNED", "TIMED-OUT", "REJECTED", "SCREENED OUT"])
async def test_final_statuses_fail_at_once_without_waiting(
    sandbox: Sandbox, client: Client, final: str
) -> None:
    custom = final == "SCREENED OUT"
    study_id = await published(client, is_custom_screening=custom)
    [sub] = sandbox.participants.join(study_id, 1, outcome="manual")
    if final == "RETURNED":
        sandbox.participants.return_submission(sub)
    elif final == "TIMED-OUT":
        sandbox.participants.time_out(sub)
    elif final == "REJECTED":
        sandbox.participants.submit(sub)
        await call(client.submissions.reject, sub, REJECTION, "LOW_EFFORT")
    else:
        with sandbox.http_client() as api:
            response = api.post(
                f"/api/v1/studies/{study_id}/screen-out-submissions/",
                json={"submission_ids": [sub], "bonus_per_submission": "1.00"},
            )
            assert response.status_code < 300, response.text
    assert sandbox.submissions[sub].status == final
    started, mark = sandbox.clock.now(), sandbox.requests.total

    with pytest.raises(SubmissionNotApprovableError) as caught:
        await call(client.submissions.approve, sub, wait=600)

    assert caught.value.status == final
    assert caught.value.submission_id == sub
    assert final in str(caught.value)
    assert sandbox.clock.now() == started
    # The refused approval, then one read of the status that explains it; no waiting.
    assert sent_since(sandbox, mark) == [("transition_submission", 400), ("get_submission", 200)]
    assert sandbox.submissions[sub].status == final


async def test_wait_too_short_names_the_last_status(sandbox: Sandbox, client: Client) -> None:
    study_id = await published(client)
    [sub] = sandbox.participants.join(study_id, 1, complete_after=900)
    started, mark = sandbox.clock.now(), sandbox.requests.total

    with pytest.raises(WaitTimeoutError) as caught:
        await call(client.submissions.approve, sub, wait=30)

    assert caught.value.last_status == "ACTIVE"
    assert sub in caught.value.subject
    assert "ACTIVE" in str(caught.value)
    assert 30 <= sandbox.clock.now() - started < 60
    assert sandbox.submissions[sub].status == "ACTIVE"
    assert "call approve again later" in str(caught.value)
    # One refused approval, then only reads while the participant works.
    sent = sent_since(sandbox, mark)
    assert sent[0] == ("transition_submission", 400)
    assert set(sent[1:]) == {("get_submission", 200)} and len(sent) >= 4


async def test_a_participant_returning_while_we_wait_stops_the_wait(
    sandbox: Sandbox, client: Client
) -> None:
    study_id = await published(client)
    [sub] = sandbox.participants.join(study_id, 1, complete_after=40, outcome="return")
    with pytest.raises(SubmissionNotApprovableError) as caught:
        await call(client.submissions.approve, sub, wait=600)
    assert caught.value.status == "RETURNED"
    assert sandbox.clock.now() - sandbox.submissions[sub].started_at.timestamp() < 120


async def test_approval_survives_transient_faults(sandbox: Sandbox, client: Client) -> None:
    study_id = await published(client)
    [sub] = sandbox.participants.join(study_id, 1, complete_after=20)
    sandbox.faults.once("transition_submission", "lost_response")
    sandbox.faults.once("get_submission", "5xx", status=503)
    approved = await call(client.submissions.approve, sub, wait=300)
    assert str(approved.status) == "APPROVED"
    assert sandbox.submissions[sub].status == "APPROVED"


# -- approve_many ------------------------------------------------------------------------------


async def awaiting(sandbox: Sandbox, client: Client, n: int) -> tuple[str, list[str]]:
    study_id = await published(client, total_available_places=n, reward=50)
    subs = sandbox.participants.join(study_id, n, complete_after=5)
    sandbox.advance(5)
    assert set(statuses(sandbox, study_id)) == {"AWAITING REVIEW"}
    return study_id, subs


async def test_five_hundred_in_chunks_one_after_another(sandbox: Sandbox, client: Client) -> None:
    study_id, subs = await awaiting(sandbox, client, 500)
    repeated = [subs[0], subs[7], subs[499]]

    report = await call(client.submissions.approve_many, subs + repeated)

    assert sandbox.count_requests("bulk_approve_submissions") == 2  # 250 per chunk
    assert set(statuses(sandbox, study_id)) == {"APPROVED"}
    assert sorted(report.approved) == sorted(subs)
    assert report.skipped == repeated
    assert report.failed == {}
    assert report.ok
    assert str(report) == "500 approved, 3 skipped, 0 failed"


async def test_a_failing_chunk_is_reported_and_the_others_go_through(
    sandbox: Sandbox, client: Client
) -> None:
    study_id, subs = await awaiting(sandbox, client, 9)
    ids = [*subs[:3], MISSING, *subs[3:]]  # the second chunk names a submission that is not there

    report = await call(client.submissions.approve_many, ids, chunk_size=3)

    assert sandbox.count_requests("bulk_approve_submissions") == 4
    failed_chunk = [subs[3], MISSING, subs[4]]
    assert sorted(report.failed) == sorted(failed_chunk)
    assert MISSING in next(iter(report.failed.values()))
    assert sorted(report.approved) == sorted(set(subs) - set(failed_chunk))
    assert not report.ok
    for sub in subs:
        expected = "AWAITING REVIEW" if sub in failed_chunk else "APPROVED"
        assert sandbox.submissions[sub].status == expected
    # Calling again with the failed ones (minus the bad ID) finishes the job.
    retry = await call(client.submissions.approve_many, [subs[3], subs[4]])
    assert retry.ok
    assert set(statuses(sandbox, study_id)) == {"APPROVED"}


async def test_a_server_error_on_one_chunk_is_reported(sandbox: Sandbox, client: Client) -> None:
    _, subs = await awaiting(sandbox, client, 6)
    sandbox.faults.once("bulk_approve_submissions", "5xx", status=500)
    report = await call(client.submissions.approve_many, subs, chunk_size=2)
    assert sorted(report.failed) == sorted(subs[:2])
    assert sorted(report.approved) == sorted(subs[2:])
    assert [sandbox.submissions[s].status for s in subs] == ["AWAITING REVIEW"] * 2 + [
        "APPROVED"
    ] * 4


async def test_by_study_and_participant_ids(sandbox: Sandbox, client: Client) -> None:
    study_id, subs = await awaiting(sandbox, client, 4)
    participants = [sandbox.submissions[s].participant_id for s in subs]

    report = await call(
        client.submissions.approve_many,
        study_id=study_id,
        participant_ids=[*participants[:3], participants[0]],
    )

    assert sorted(report.approved) == sorted(participants[:3])
    assert report.skipped == [participants[0]]
    assert [sandbox.submissions[s].status for s in subs] == ["APPROVED"] * 3 + ["AWAITING REVIEW"]
    assert sandbox.count_requests("bulk_approve_submissions") == 1


def test_waiting_is_logged_without_the_token(caplog: pytest.LogCaptureFixture) -> None:
    sandbox = Sandbox(seed=99)
    client = sandbox.client()
    study = client.studies.create_and_publish(study_body(), wait=60)
    [sub] = sandbox.participants.join(study.id, 1, complete_after=10)
    with caplog.at_level("INFO", logger="prolific"):
        client.submissions.approve(sub)
    waits = [r.getMessage() for r in caplog.records if "checking again" in r.getMessage()]
    assert waits and f"Submission {sub} is ACTIVE" in waits[0]
    assert all(sandbox.token not in r.getMessage() for r in caplog.records)
