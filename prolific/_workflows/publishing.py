"""Draft-then-publish, safe to repeat; adding places; the study summary.

A create-study call that times out may still have created the draft, and a blind retry leaves
two. So ``create_and_publish`` stamps the draft with a key, notes each create attempt in the
local ledger before sending it, and looks for the key on Prolific whenever an earlier attempt's
outcome is unknown: after a create whose answer was lost, or when the ledger shows an attempt
with no study. Calling it again with the same arguments (or the same ``key=``) resumes the same
study instead of making another. A first attempt needs no search, so the happy path costs
create + balance + reward check + publish; the reward check only logs a warning (on the
``prolific`` logger) when the hourly reward is below Prolific's recommended minimum.

Where the key goes is the caller's choice (``stamp=``): the study's ``metadata`` (the default:
participants never see it and no name changes), the end of ``internal_name`` (which study lists
return, so a search is one walk of the project), or nowhere (the local ledger alone; then a
create whose answer was lost is reported, never sent again, because nothing could find it).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import logging
import statistics
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from prolific_api import operations as ops
from prolific_api.models.project import Project
from prolific_api.models.study import Study
from prolific_api.models.study_cost import StudyCost
from prolific_api.models.study_cost_estimate import StudyCostEstimate
from prolific_api.models.study_list_item import StudyListItem
from prolific_api.models.submission_counts import SubmissionCounts
from prolific_api.models.submission_list_item import SubmissionListItem
from prolific_api.models.workspace_balance import WorkspaceBalance
from prolific_api.types import Unset

from .._constants import LOGGER_NAME
from .._flow import Collect, Flow
from .._ledger import BonusLedger, new_owner
from .._request import PageQuery, build
from .._validation import check_id, check_positive_int
from ..errors import (
    APIConnectionError,
    APIError,
    InsufficientBalanceError,
    InvalidRequestError,
    NotFoundError,
    ProlificError,
    ServerError,
    StudyPublishError,
)
from ..types import StudySummary
from .calls import study_submissions
from .claims import DEFAULT_WAIT, Account, scope_flow, wait_for
from .polling import Backoff
from .research import reward_warning_flow
from .resolve import looks_like_id, resolve_project_flow, resolve_workspace_flow

__all__ = ["add_places_flow", "create_and_publish_flow", "summary_flow", "transition_flow"]

logger = logging.getLogger(LOGGER_NAME)

CREATE_ATTEMPTS = 3
FIRST_POLL = 1.0
MAX_POLL = 15.0
#: Past PUBLISHING: a study that filled (or was paused) while we polled went live all the same.
LIVE_STATUSES = frozenset({"ACTIVE", "SCHEDULED", "PAUSED", "AWAITING REVIEW", "COMPLETED"})
STAMPS = ("metadata", "internal_name")
#: Submissions whose participant finished the study: the median completion time counts these.
FINISHED_STATUSES = frozenset({"AWAITING REVIEW", "APPROVED", "REJECTED"})


def draft_key(payload: Mapping[str, Any]) -> str:
    """The default key: a digest of the create body, so the same call finds the same draft."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def marker(key: str) -> str:
    return f"[prolific-python:{key}]"


def _stamped(payload: Mapping[str, Any], stamp: str | None, tag: str) -> dict[str, Any]:
    """The create body carrying the key where the caller chose."""
    if stamp is None:
        return dict(payload)
    if stamp == "metadata":
        if payload.get("metadata") not in (None, ""):
            raise InvalidRequestError(
                "the study body already sets metadata, where create_and_publish keeps its key; "
                "pass stamp='internal_name' or stamp=None (see the Workflows guide)",
                field="metadata",
            )
        return {**payload, "metadata": tag}
    label = payload.get("internal_name") or payload.get("name")
    return {**payload, "internal_name": f"{label} {tag}"}


def _find(
    query: PageQuery[StudyListItem], stamp: str | None, tag: str, body: Mapping[str, Any]
) -> Flow[Study | None]:
    """The draft an earlier attempt created, found by its stamp (``None`` without one)."""
    if stamp is None:
        return None
    items: list[StudyListItem] = yield Collect(query)
    for item in items:
        if stamp == "internal_name":
            if isinstance(item.internal_name, str) and item.internal_name.endswith(tag):
                found: Study = yield build(ops.get_study, study_id=item.id)
                return found
        elif item.name == body.get("name"):
            # Lists do not carry metadata: read the few studies that could be ours.
            candidate: Study = yield build(ops.get_study, study_id=item.id)
            if candidate.metadata == tag:
                return candidate
    return None


def _wait_until_live(study: Study, wait: float) -> Flow[Study]:
    backoff = Backoff(wait, first=FIRST_POLL, most=MAX_POLL)
    yield from backoff.start()
    while str(study.status) not in LIVE_STATUSES:
        yield from backoff.pause_or_give_up(
            f"study {study.id}", str(study.status), hint="it is published"
        )
        study = yield build(ops.get_study, study_id=study.id)
    return study


#: Where each study transition leads: a retried transition refused because the first attempt
#: already got there has succeeded.
_REACHED = {
    "PUBLISH": frozenset({"PUBLISHING", "SCHEDULED", "ACTIVE"}),
    "PAUSE": frozenset({"PAUSED"}),
    "START": frozenset({"ACTIVE"}),
    "STOP": frozenset({"AWAITING REVIEW", "COMPLETED"}),
    "SCHEDULE_PUBLISH": frozenset({"SCHEDULED", "PUBLISHING", "ACTIVE"}),
    "CANCEL_PUBLISH": frozenset({"UNPUBLISHED"}),
}


def transition_flow(
    study_id: str, action: str, extra: Mapping[str, Any] | None = None
) -> Flow[Study]:
    """A study transition (with `extra` fields such as ``publish_at``). Unlike submissions,
    Prolific refuses a repeated study transition, so when a retry (after an answer was lost) is
    refused, the study is read: already in the transition's target state means the first
    attempt worked."""
    body = {"action": action, **(extra or {})}
    request = build(ops.transition_study, study_id=study_id, json=body)
    try:
        study: Study = yield request
        return study
    except APIError as exc:
        if exc.retries == 0 or exc.status is None or not 400 <= exc.status < 500:
            raise
        current: Study = yield build(ops.get_study, study_id=study_id)
        if str(current.status) not in _REACHED[action]:
            raise
        return current


def create_and_publish_flow(
    ledger: BonusLedger,
    account: Account,
    payload: dict[str, Any],
    *,
    mode: str,
    wait: float,
    key: str | None,
    workspace: str | None,
    project: str | None,
    stamp: str | None = "metadata",
) -> Flow[Study]:
    if mode not in ("live", "draft"):
        raise InvalidRequestError(f"mode must be 'live' or 'draft', got {mode!r}", field="mode")
    if stamp is not None and stamp not in STAMPS:
        raise InvalidRequestError(
            f"stamp must be 'metadata', 'internal_name' or None, got {stamp!r}", field="stamp"
        )
    if wait < 0:
        raise InvalidRequestError("wait must be zero or more seconds", field="wait")
    if project is not None and payload.get("project") not in (None, project):
        raise InvalidRequestError(
            "give the project either as project= or in the study body, not both",
            field="project",
        )
    workspace_id: str | None = None
    if workspace is not None and looks_like_id(workspace):
        workspace_id = workspace  # an ID needs no look-up: the balance call checks it exists
    elif workspace is not None:
        workspace_id = (yield from resolve_workspace_flow(workspace)).id
    project_id = payload.get("project")
    if project is not None:
        resolved = yield from resolve_project_flow(workspace_id or workspace, project, create=True)
        project_id = resolved.id
        if workspace_id is None and isinstance(resolved.workspace, str):
            workspace_id = resolved.workspace
    if project_id is not None:
        payload = {**payload, "project": check_id("project", project_id)}

    key = key or draft_key(payload)
    tag = marker(key)
    body = _stamped(payload, stamp, tag)
    lookup = (
        build(ops.list_project_studies, project_id=project_id)
        if project_id
        else build(ops.list_studies)
    )

    scope = yield from scope_flow(account)
    claimer = new_owner()
    # Claimed atomically: of several callers creating under one key at once, one creates and
    # the others wait for its study.
    claimed: tuple[bool, str | None] = yield from wait_for(
        lambda: ledger.claim_draft(scope, key, claimer),
        f"study draft {key!r}",
        ledger,
        DEFAULT_WAIT,
    )
    attempted, known_id = claimed
    try:
        study = yield from _create_once(
            ledger, scope, key, body, lookup, tag, attempted, known_id, stamp
        )
    finally:
        ledger.unclaim_draft(scope, key, claimer)
    if mode == "draft":
        return study

    if str(study.status) == "UNPUBLISHED":
        if workspace_id is None and project_id is not None:
            # The project in the body names the workspace that pays.
            owner: Project = yield build(ops.get_project, project_id=project_id)
            workspace_id = owner.workspace if isinstance(owner.workspace, str) else None
        elif workspace_id is None:
            workspaces = yield Collect(build(ops.list_workspaces))
            workspace_id = workspaces[0].id if len(workspaces) == 1 else None
        if workspace_id is not None:
            currency = yield from _check_balance(study, body, workspace_id)
            known = account.reward_minimums
            yield from reward_warning_flow(study, body, workspace_id, currency, known)
        try:
            study = yield from transition_flow(study.id, "PUBLISH")
        except ProlificError as exc:
            # A publish whose answer was lost is retried by the client, and the retry is refused
            # because the first attempt went through: look before reporting a failure.
            current = yield from _reread(study.id)
            if current is None or str(current.status) == "UNPUBLISHED":
                raise StudyPublishError(study.id, exc) from exc
            study = current
    if wait > 0:
        study = yield from _wait_until_live(study, wait)
    return study


def _create_once(
    ledger: BonusLedger,
    scope: str,
    key: str,
    body: dict[str, Any],
    lookup: PageQuery[Any],
    tag: str,
    attempted: bool,
    known_id: str | None,
    stamp: str | None,
) -> Flow[Study]:
    study: Study | None = None
    if known_id is not None:
        study = yield from _reread(known_id, missing_only=True)  # None if deleted since
    if study is None and attempted and stamp is None:
        logger.warning(
            "An earlier create under key %s got no answer and its draft carries no stamp to "
            "find it by: creating another (check the project for a stray draft)",
            key,
        )
    elif study is None and attempted:
        logger.info("An earlier create under key %s got no answer: looking for its draft", key)
        study = yield from _find(lookup, stamp, tag, body)
    if study is None:
        ledger.record_draft(scope, key, None)
    for attempt in range(CREATE_ATTEMPTS):
        if study is not None:
            break
        try:
            study = yield build(ops.create_study, json=body)
        except (APIConnectionError, ServerError):
            # The draft may exist although the answer was lost: look before creating again.
            study = yield from _find(lookup, stamp, tag, body)
            if study is None and (stamp is None or attempt == CREATE_ATTEMPTS - 1):
                # Unstamped, a draft made by the lost attempt could not be found again, so
                # sending once more might make a second one.
                raise
    assert study is not None
    ledger.record_draft(scope, key, study.id)
    return study


def _reread(study_id: str, *, missing_only: bool = False) -> Flow[Study | None]:
    """The study, or ``None`` when it cannot be read (with `missing_only`, only when it is gone:
    a passing failure must not pass for a deleted draft, or a second one would be made)."""
    try:
        study: Study = yield build(ops.get_study, study_id=study_id)
        return study
    except NotFoundError:
        return None
    except ProlificError:
        if missing_only:
            raise
        return None


def _check_balance(study: Study, body: Mapping[str, Any], workspace_id: str) -> Flow[str | None]:
    """Refuse to publish what the workspace cannot pay for; returns the workspace currency."""
    if isinstance(study.total_cost, int | float):
        cost: float = study.total_cost  # Prolific prices the draft itself: no extra call
    else:
        places = body.get("total_available_places", study.total_available_places)
        if not isinstance(places, int):
            return None  # a Task Builder study whose places Prolific has not counted yet
        priced = {"reward": body["reward"], "total_available_places": places}
        estimate: StudyCostEstimate = yield build(ops.calculate_study_cost, json=priced)
        cost = estimate.total_cost
    balance: WorkspaceBalance = yield build(ops.get_workspace_balance, workspace_id=workspace_id)
    required = Decimal(str(cost))
    available = balance.available_balance
    currency = balance.currency_code if isinstance(balance.currency_code, str) else None
    if isinstance(available, int) and Decimal(available) < required:
        raise InsufficientBalanceError(
            study_id=study.id,
            workspace_id=workspace_id,
            required_minor=required,
            available_minor=Decimal(available),
            currency=currency,
        )
    return currency


def add_places_flow(study_id: str, places: int) -> Flow[Study]:
    """Raise ``total_available_places`` by `places` (an absolute PATCH, so a retried request
    cannot add twice; calling this twice does add twice)."""
    check_positive_int("places", places)
    study: Study = yield build(ops.get_study, study_id=study_id)
    places_now = {"total_available_places": study.total_available_places + places}
    updated: Study = yield build(ops.update_study, study_id=study_id, json=places_now)
    return updated


def summary_flow(study_id: str) -> Flow[StudySummary]:
    study: Study = yield build(ops.get_study, study_id=study_id)
    counts: SubmissionCounts = yield build(ops.count_study_submissions, study_id=study_id)
    cost: StudyCost = yield build(ops.get_study_cost, study_id=study_id)
    submissions: list[SubmissionListItem] = yield Collect(study_submissions(study_id))

    durations = []
    for item in submissions:
        if str(item.status) not in FINISHED_STATUSES:
            continue  # a return or time-out is not a completion time
        start, end = _time(item.started_at), _time(item.completed_at)
        if start is not None and end is not None and end > start:
            durations.append((end - start).total_seconds())
    median = statistics.median(durations) if durations else None
    reward = study.reward
    hourly = None
    if median:
        hourly = (Decimal(reward) * Decimal(3600) / Decimal(str(median))).quantize(Decimal("1"))

    spent, currency = _breakdown_total(cost, "rewards")
    bonuses, bonus_currency = _breakdown_total(cost, "bonuses")
    places_taken = study.places_taken
    return StudySummary(
        study_id=study.id,
        name=study.name,
        status=str(study.status),
        reward_minor=reward,
        places_total=study.total_available_places,
        places_taken=places_taken if isinstance(places_taken, int) else 0,
        # Prolific adds the sum as "TOTAL", which is not a status.
        submissions_by_status={
            k: int(v) for k, v in counts.additional_properties.items() if v and k != "TOTAL"
        },
        cost_so_far_minor=spent,
        bonuses_paid_minor=bonuses,
        currency=currency or bonus_currency,
        median_completion_seconds=median,
        hourly_reward_minor=hourly,
    )


def _time(value: Any) -> datetime.datetime | None:
    # The generated models have already parsed the timestamps.
    return value if isinstance(value, datetime.datetime) else None


def _breakdown_total(cost: StudyCost, part: str) -> tuple[Decimal, str | None]:
    breakdown = getattr(cost, part, None)
    total = Decimal(0)
    currency: str | None = None
    if breakdown is None or isinstance(breakdown, Unset):
        return total, currency
    for name in ("rewards", "fees", "tax", "rep_sample_fees", "rep_sample_tax"):
        money = getattr(breakdown, name, None)
        amount = getattr(money, "amount", None)
        if isinstance(amount, int | float):
            total += Decimal(str(amount))
        if isinstance(getattr(money, "currency", None), str):
            currency = money.currency  # type: ignore[union-attr]
    return total, currency
