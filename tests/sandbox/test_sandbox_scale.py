"""The indexes that let the sandbox hold big studies agree with the submissions they index.

Speed is measured by ``make bench``; these tests check that what the indexes answer (list
pages, counts, places, siblings) is exactly what a scan of the submissions would answer, after
every kind of write, and that the request log stays within its limit.
"""

from __future__ import annotations

import copy
from datetime import timedelta
from typing import Any

import httpx
import pytest

from prolific.sandbox import Sandbox
from prolific.sandbox._index import StudySubmissions
from prolific.sandbox._state import Submission

from .conftest import approve, published_study

REASON = "The answers to the attention checks were missing, so the data cannot be used. " * 2


def _scan_order(sb: Sandbox, sid: str, statuses: set[str] | None = None) -> list[str]:
    subs = sorted(sb.submissions_of(sid), key=lambda s: (s.started_at, s.id))
    return [s.id for s in subs if statuses is None or s.status in statuses]


def _walk(api: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    page = 1
    while True:
        response = api.get(path, params={**params, "page": page, "page_size": 7})
        if response.status_code == 404 and page > 1:
            return items
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["results"]
        if body["_links"]["next"]["href"] is None:
            return items
        page += 1


def _consistent(sb: Sandbox, sid: str) -> None:
    sb.state.study_index(sid).check()


def test_indexes_follow_every_kind_of_change(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api, total_available_places=40)["id"]
    outcomes = ["submit"] * 12 + ["return"] * 3 + ["timeout"] * 2 + ["manual"] * 3
    first = sb.participants.join(sid, len(outcomes), complete_after=60, outcome=outcomes)
    _consistent(sb, sid)
    sb.advance(30)
    later = sb.participants.join(sid, 5, complete_after=10)  # a later moment: appended in order
    _consistent(sb, sid)
    sb.advance(31)
    _consistent(sb, sid)
    assert approve(api, first[0]).status_code == 200
    body = {"action": "REJECT", "message": REASON, "rejection_category": "FAILED_CHECK"}
    assert api.post(f"/api/v1/submissions/{first[1]}/transition/", json=body).status_code == 200
    bulk = {"submission_ids": first[2:6]}
    assert api.post("/api/v1/submissions/bulk-approve/", json=bulk).status_code == 200
    sb.participants.submit(first[-1])
    sb.participants.return_submission(first[-2])
    _consistent(sb, sid)
    sb.advance(7 * 24 * 3600)  # everything still open times out
    _consistent(sb, sid)
    statuses = {s.status for s in sb.submissions_of(sid)}
    assert {"APPROVED", "REJECTED", "RETURNED", "TIMED-OUT", "AWAITING REVIEW"} <= statuses
    assert set(later) <= {s.id for s in sb.submissions_of(sid)}


def test_pages_and_counts_match_a_scan(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api, total_available_places=30)["id"]
    outcomes = ["submit"] * 16 + ["return"] * 4 + ["manual"] * 3
    subs = sb.participants.join(sid, len(outcomes), complete_after=60, outcome=outcomes)
    sb.advance(60)

    listed = _walk(api, "/api/v1/submissions/", study=sid)
    assert [i["id"] for i in listed] == _scan_order(sb, sid)
    nested = _walk(api, f"/api/v1/studies/{sid}/submissions/")
    assert [i["id"] for i in nested] == _scan_order(sb, sid)
    waiting = _walk(api, "/api/v1/submissions/", study=sid, status="AWAITING REVIEW")
    assert [i["id"] for i in waiting] == _scan_order(sb, sid, {"AWAITING REVIEW"})

    # A write between two walks of the same filter shows in the second one.
    assert approve(api, waiting[0]["id"]).status_code == 200
    again = _walk(api, "/api/v1/submissions/", study=sid, status="AWAITING REVIEW")
    assert [i["id"] for i in again] == _scan_order(sb, sid, {"AWAITING REVIEW"})
    assert len(again) == len(waiting) - 1
    both = _walk(api, "/api/v1/submissions/", study=sid, status="APPROVED,RETURNED")
    assert [i["id"] for i in both] == _scan_order(sb, sid, {"APPROVED", "RETURNED"})

    counts = api.get(f"/api/v1/studies/{sid}/submissions/counts/").json()
    assert counts.pop("TOTAL") == len(subs)
    for status, count in counts.items():
        assert count == sum(1 for s in sb.submissions_of(sid) if s.status == status), status
    study = api.get(f"/api/v1/studies/{sid}/").json()
    assert study["number_of_submissions"] == len(subs)
    assert study["places_taken"] == len(subs) - 4  # the returned ones gave their places back


def test_yes_no_filters_page_from_the_index(
    api: httpx.Client, sb: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = published_study(api, total_available_places=30)["id"]
    outcomes = ["submit"] * 12 + ["return"] * 5 + ["manual"] * 4
    sb.participants.join(sid, len(outcomes), complete_after=60, outcome=outcomes)
    sb.advance(60)
    asked: list[frozenset[str] | None] = []
    scans: list[frozenset[str]] = []
    real_view, real_whole = StudySubmissions.sorted_view, StudySubmissions._whole

    def view(self: Any, statuses: Any = None) -> Any:
        asked.append(None if statuses is None else frozenset(statuses))
        return real_view(self, statuses)

    def whole(self: Any, wanted: frozenset[str]) -> Any:
        scans.append(wanted)
        return real_whole(self, wanted)

    monkeypatch.setattr(StudySubmissions, "sorted_view", view)
    monkeypatch.setattr(StudySubmissions, "_whole", whole)
    finished = _walk(api, "/api/v1/submissions/", study=sid, completed="true", returned="false")
    assert [i["id"] for i in finished] == _scan_order(sb, sid, {"AWAITING REVIEW"})
    # The flags became statuses the index serves (its per-status lists, merged page by page):
    # no page scanned the study.
    filtered = [a for a in asked if a is not None]
    [statuses] = set(filtered)
    assert len(filtered) == 2 and scans == []  # 12 awaiting review: two pages of 7
    assert "AWAITING REVIEW" in statuses and not {"RETURNED", "ACTIVE", "RESERVED"} & statuses
    mixed = _walk(api, "/api/v1/submissions/", study=sid, status="RETURNED,ACTIVE", active="0")
    assert [i["id"] for i in mixed] == _scan_order(sb, sid, {"RETURNED"})


def test_siblings_and_same_moment_ties(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api, total_available_places=10)["id"]
    a, b = sb.participants.join(sid, 2, complete_after=60)
    sb.participants.return_submission(a)
    # Prolific lets a participant who returned take the study again: a second submission.
    state = sb.state
    pid = state.submissions[a].participant_id
    again = Submission(state.new_id(), sid, pid, started_at=state.now() - timedelta(hours=1))
    state.add_submission(again)  # started earlier than the others: the list order is redone
    _consistent(sb, sid)
    items = {i["id"]: i for i in _walk(api, "/api/v1/submissions/", study=sid)}
    assert items[a]["has_siblings"] is True
    assert items[again.id]["has_siblings"] is True
    assert items[b]["has_siblings"] is False
    assert list(items) == _scan_order(sb, sid)
    assert next(iter(items)) == again.id
    detail = api.get(f"/api/v1/submissions/{a}/").json()
    assert detail["has_siblings"] is True

    # Moving a submission to another participant moves its sibling status with it.
    state.submissions[a].participant_id = state.new_id()
    _consistent(sb, sid)
    assert api.get(f"/api/v1/submissions/{again.id}/").json()["has_siblings"] is False
    # Moving a start time moves the submission in the list.
    state.submissions[b].started_at = again.started_at - timedelta(minutes=1)
    _consistent(sb, sid)
    assert _walk(api, "/api/v1/submissions/", study=sid)[0]["id"] == b
    with pytest.raises(ValueError, match="already exists"):
        state.add_submission(again)


def test_a_copy_of_a_submission_is_not_indexed(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api)["id"]
    [sub] = sb.participants.join(sid, 1, complete_after=60)
    snapshot = copy.deepcopy(sb.submissions[sub])
    snapshot.status = "RETURNED"
    _consistent(sb, sid)
    assert api.get(f"/api/v1/studies/{sid}/").json()["places_taken"] == 1
    assert snapshot == copy.copy(snapshot)


def test_joining_many_queues_a_job_per_moment_not_per_participant(
    api: httpx.Client, sb: Sandbox
) -> None:
    sid = published_study(api, total_available_places=300)["id"]
    before = sb.state.pending_jobs()
    subs = sb.participants.join(sid, 300, complete_after=60)
    assert sb.state.pending_jobs() - before == 2  # everyone finishes, then the time limit
    sb.advance(60)
    assert {sb.submissions[s].status for s in subs} == {"AWAITING REVIEW"}


def test_starts_and_finishes_due_together_all_happen(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api, total_available_places=10)["id"]
    subs = sb.participants.join(sid, 3, start_after=30, complete_after=[0, 10, 0])
    sb.advance(29)
    assert [sb.submissions[s].status for s in subs] == ["RESERVED"] * 3
    sb.advance(1)
    statuses = [sb.submissions[s].status for s in subs]
    assert statuses == ["AWAITING REVIEW", "ACTIVE", "AWAITING REVIEW"]
    history = [status for _, status in sb.submissions[subs[0]].history]
    assert history == ["RESERVED", "ACTIVE", "AWAITING REVIEW"]
    sb.advance(10)
    assert sb.submissions[subs[1]].status == "AWAITING REVIEW"
    _consistent(sb, sid)


def test_the_request_log_keeps_the_latest_calls(api: httpx.Client) -> None:
    small = Sandbox(seed=0, request_log_limit=3)
    with small.http_client() as plain:
        for number in range(5):
            plain.get(f"/api/v1/studies/{number:024x}/")
        mark = small.requests.total
        plain.get("/api/v1/users/me/")
    assert len(small.requests) == 3
    assert small.requests.total == 6 and small.requests.dropped == 3
    assert [r.path for r in small.requests][-1] == "/api/v1/users/me/"
    assert small.requests[0].path == f"/api/v1/studies/{3:024x}/"
    assert [r.path for r in small.requests.since(mark)] == ["/api/v1/users/me/"]
    assert small.count_requests(method="GET") == 3
    small.reset()
    assert small.requests == [] and small.requests.total == 0

    assert Sandbox().requests.limit == 10_000
    everything = Sandbox(request_log_limit=None)
    with everything.http_client() as plain:
        for _ in range(3):
            plain.get("/api/v1/users/me/")
    assert len(everything.requests) == 3 and everything.requests.dropped == 0
    with pytest.raises(ValueError, match="at least 1"):
        Sandbox(request_log_limit=0)


def test_route_answers_are_remembered_without_sharing_them() -> None:
    from prolific.sandbox._routes import Match, route_table

    table = route_table()
    path = f"/api/v1/studies/{'a' * 24}/"
    first = table.resolve("GET", path)
    assert isinstance(first, Match) and first.params == {"study_id": "a" * 24}
    first.params["study_id"] = "changed by a handler"
    again = table.resolve("GET", path)
    assert isinstance(again, Match) and again.params == {"study_id": "a" * 24}
    assert again.route is first.route
    refused = table.resolve("PUT", path)
    assert isinstance(refused, list) and "GET" in refused
    refused.clear()
    assert table.resolve("PUT", path) != []
    assert table.resolve("GET", "/api/v1/nowhere/") == []


def test_the_review_loop_lists_one_status_in_order_after_every_approval(
    api: httpx.Client, sb: Sandbox
) -> None:
    # List what awaits review, approve the first, list again: the one-status list is kept in
    # order by each write (not rebuilt by a scan), so it must match a scan every time.
    sid = published_study(api, total_available_places=12)["id"]
    sb.participants.join(sid, 12, complete_after=60)
    sb.advance(61)
    waiting = {"AWAITING REVIEW"}
    for _ in range(12):
        listed = [
            s["id"] for s in _walk(api, "/api/v1/submissions/", study=sid, status="AWAITING REVIEW")
        ]
        assert listed == _scan_order(sb, sid, waiting)
        assert listed, "every approval should leave one fewer"
        assert approve(api, listed[len(listed) // 2]).status_code == 200
        _consistent(sb, sid)
    assert _scan_order(sb, sid, waiting) == []
    approved = [s["id"] for s in _walk(api, "/api/v1/submissions/", study=sid, status="APPROVED")]
    assert approved == _scan_order(sb, sid, {"APPROVED"})


def test_a_several_status_view_matches_a_scan_before_and_after_writes(
    api: httpx.Client, sb: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prolific.sandbox import _index

    sid = published_study(api, total_available_places=30)["id"]
    outcomes = ["submit"] * 14 + ["return"] * 6 + ["manual"] * 5
    subs = sb.participants.join(sid, len(outcomes), complete_after=60, outcome=outcomes)
    sb.advance(60)
    index = sb.state.study_index(sid)
    wanted = {"AWAITING REVIEW", "RETURNED", "APPROVED"}
    monkeypatch.setattr(_index, "_MERGED_PREFIX", 9)  # pages past 9 items build the whole view

    def check_view() -> None:
        view = index.sorted_view(wanted)
        expected = _scan_order(sb, sid, wanted)
        assert len(view) == len(expected)
        assert [s.id for s in view] == expected
        for start, stop in [(0, 4), (4, 9), (6, 14), (14, 40), (0, 0)]:
            assert [s.id for s in view[start:stop]] == expected[start:stop], (start, stop)
        assert [view[i].id for i in range(len(view))] == expected

    check_view()
    for submission_id in subs[:5]:  # approvals move submissions between two wanted statuses
        assert approve(api, submission_id).status_code == 200
        check_view()
    sb.participants.return_submission(subs[-1])
    check_view()
