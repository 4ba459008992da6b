"""The live suite: the SDK against a real Prolific account (``make live``).

Skipped unless ``PROLIFIC_TOKEN`` is set. By default it only reads: who am I, the workspaces and
their projects, the studies, and the submissions of one study, paged through. With
``PROLIFIC_LIVE_WRITES=1`` it also creates a draft study, changes it and deletes it. It never
publishes, approves, messages or pays; the request guard in ``conftest.py`` refuses any of that
before it is sent. At the end it prints how the answers compare with ``openapi/prolific.yaml``.

    PROLIFIC_TOKEN=... make live
    PROLIFIC_TOKEN=... PROLIFIC_LIVE_WRITES=1 make live ARGS=-rs
"""

from __future__ import annotations

import os
import re
from itertools import islice
from typing import Any

import pytest

from prolific import AsyncProlific, NotFoundError, Prolific
from prolific._base_client import PageQuery
from prolific_api.models.submission_list_item import SubmissionListItem

from .conftest import WRITES, LiveWriteRefused

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        not os.environ.get("PROLIFIC_TOKEN", "").strip(),
        reason="PROLIFIC_TOKEN is not set; the live suite needs a real Prolific account",
    ),
]

ID = re.compile(r"[0-9a-f]{24}")
#: How far the read-only checks look; enough to exercise paging without scanning an account.
MAX_STUDIES = 100
MAX_SUBMISSIONS = 1000


def test_who_am_i(live_client: Prolific) -> None:
    me = live_client.users.me()
    assert ID.fullmatch(me.id)


def test_workspaces_their_balance_and_projects(live_client: Prolific) -> None:
    workspaces = list(islice(live_client.workspaces.list(), 50))
    assert workspaces, "the account has no workspace"
    workspace = live_client.workspaces.get(workspaces[0].id)
    assert workspace.id == workspaces[0].id
    balance = live_client.workspaces.balance(workspace.id)
    assert isinstance(balance.available_balance, int)
    for project in islice(live_client.projects.list(workspace.id), 20):
        assert ID.fullmatch(project.id)


def test_list_studies(live_client: Prolific) -> None:
    for study in islice(live_client.studies.list(), MAX_STUDIES):
        assert ID.fullmatch(study.id) and str(study.status)


def _study_with_submissions(client: Prolific) -> Any:
    for study in islice(client.studies.list(), MAX_STUDIES):
        if isinstance(study.number_of_submissions, int) and study.number_of_submissions > 0:
            return study
    pytest.skip(f"none of the first {MAX_STUDIES} studies has submissions")


def test_page_through_the_submissions_of_a_study(live_client: Prolific) -> None:
    study = _study_with_submissions(live_client)
    every = list(islice(live_client.submissions.list(study=study.id), MAX_SUBMISSIONS))
    assert every and all(ID.fullmatch(s.id) for s in every)
    # Small pages follow the `next` links and give the same submissions in the same order.
    small = PageQuery(
        "/api/v1/submissions/",
        item=SubmissionListItem.from_dict,
        params={"study": study.id, "page_size": 5},
    )
    paged = list(islice(live_client.paginate(small), 15))
    assert [s.id for s in paged] == [s.id for s in every[: len(paged)]]
    counts = live_client.studies.submission_counts(study.id)
    assert all(isinstance(v, int) for v in counts.additional_properties.values())
    detail = live_client.submissions.get(every[0].id)
    assert detail.id == every[0].id


def test_filters_and_webhook_event_types(live_client: Prolific) -> None:
    filters = list(islice(live_client.filters.list(), 500))
    assert filters and all(f.filter_id for f in filters)
    types = [e.event_type for e in live_client.hooks.event_types()]
    assert "submission.status.change" in types


async def test_the_async_client_reads_the_same_account(
    live_async_client: AsyncProlific, live_client: Prolific
) -> None:
    me = await live_async_client.users.me()
    assert me.id == live_client.users.me().id
    first = [w.id async for w in live_async_client.workspaces.list()]
    assert first == [w.id for w in live_client.workspaces.list()]


def test_the_guard_refuses_what_the_suite_must_never_send(live_client: Prolific) -> None:
    with pytest.raises(LiveWriteRefused):
        live_client.studies.publish("0" * 24)
    with pytest.raises(LiveWriteRefused):
        live_client.bonuses.pay_batch("0" * 24)


@pytest.mark.skipif(not WRITES, reason="PROLIFIC_LIVE_WRITES is not 1; no draft is created")
def test_create_update_and_delete_a_draft_study(live_client: Prolific) -> None:
    draft = live_client.studies.create(
        name="prolific-python live suite (draft, safe to delete)",
        internal_name="prolific-python live suite",
        description="Created and deleted again by prolific-python's live test suite.",
        external_study_url="https://example.com/study?pid={{%PROLIFIC_PID%}}",
        prolific_id_option="url_parameters",
        completion_codes=[
            {"code": "LIVE1", "code_type": "COMPLETED", "actions": [{"action": "MANUALLY_REVIEW"}]}
        ],
        estimated_completion_time=5,
        reward=100,
        total_available_places=1,
    )
    deleted = False
    try:
        assert str(draft.status) == "UNPUBLISHED"
        assert live_client.studies.get(draft.id).id == draft.id
        updated = live_client.studies.update(
            draft.id, internal_name="prolific-python live suite (updated)"
        )
        assert updated.internal_name == "prolific-python live suite (updated)"
        assert str(updated.status) == "UNPUBLISHED"
        live_client.studies.delete(draft.id)
        deleted = True
        try:
            gone = live_client.studies.get(draft.id)
        except NotFoundError:
            pass
        else:
            assert str(gone.status) == "UNPUBLISHED"  # never published, whatever delete means
    finally:
        if not deleted:
            live_client.studies.delete(draft.id)
