"""``client.studies``: studies, from draft to completion, and what they cost.

A study is always created as a draft (``UNPUBLISHED``); ``publish`` starts recruiting. Money
fields (``reward``) are whole minor units: ``reward=150`` pays 1.50 per participant.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from prolific_api.models.screen_out_payment import ScreenOutPayment
from prolific_api.models.study import Study
from prolific_api.models.study_cost import StudyCost
from prolific_api.models.study_cost_estimate import StudyCostEstimate
from prolific_api.models.study_create import StudyCreate
from prolific_api.models.study_list_item import StudyListItem
from prolific_api.models.study_status import StudyStatus
from prolific_api.models.study_update import StudyUpdate
from prolific_api.models.submission_counts import SubmissionCounts

from .._base_client import AsyncResource, PageQuery, Request, SyncResource, _BaseClient, no_content
from .._flow import Flow, run_async, run_sync
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body, require_fields
from .._validation import check_id, check_money_minor, check_positive_int
from ..errors import APIError, InvalidRequestError
from ..types import ScreenOutReport, StudySummary

if TYPE_CHECKING:
    from .._ledger import BonusLedger

__all__ = ["AsyncStudies", "Studies"]

_ROOT = "/api/v1/studies/"
_REQUIRED = [
    "name",
    "description",
    "prolific_id_option",
    "total_available_places",
    "estimated_completion_time",
    "reward",
]


def _path(study_id: str, suffix: str = "") -> str:
    check_id("study_id", study_id)
    return f"{_ROOT}{study_id}/{suffix}"


def _state_filter(status: str | Iterable[str] | None) -> str | None:
    # Prolific filters on the `state` parameter; several statuses are written "(A|B)".
    if status is None:
        return None
    given = [status] if isinstance(status, str) else list(status)
    statuses = [str(getattr(s, "value", s)) for s in given]
    # Prolific answers an unknown status with an empty list, which reads as "no studies".
    known = {member.value for member in StudyStatus}
    unknown = [s for s in statuses if s not in known]
    if unknown or not statuses:
        raise InvalidRequestError(
            f"status must be one or more of {', '.join(sorted(known))}; got "
            f"{', '.join(map(repr, unknown)) or 'none'}",
            field="status",
        )
    return statuses[0] if len(statuses) == 1 else f"({'|'.join(statuses)})"


def list_query(status: str | Iterable[str] | None) -> PageQuery[StudyListItem]:
    return PageQuery(_ROOT, item=StudyListItem.from_dict, params={"state": _state_filter(status)})


def create_payload(body: StudyCreate | Mapping[str, Any] | None, fields: Any) -> dict[str, Any]:
    """The checked body of a create-study call (shared with the draft-then-publish workflow)."""
    payload = build_body(body, fields)
    if "eligibility_requirements" in payload:
        raise InvalidRequestError(
            "Prolific no longer accepts eligibility_requirements when creating a study; set the "
            "audience with filters=[...] (see client.filters.list()) or filter_set_id",
            field="eligibility_requirements",
        )
    if "project_id" in payload:
        raise InvalidRequestError(
            "the study's project is set with project=, not project_id (Prolific ignores "
            "project_id and files the study in the default workspace)",
            field="project_id",
        )
    require_fields(payload, _REQUIRED, "A study")
    if not payload.get("completion_codes") and not payload.get("completion_code"):
        raise InvalidRequestError(
            "A study needs completion_codes (a list of {code, code_type, actions})",
            field="completion_codes",
        )
    return payload


def _create(body: StudyCreate | Mapping[str, Any] | None, fields: Any) -> Request[Study]:
    return Request("POST", _ROOT, json=create_payload(body, fields), parse=Study.from_dict)


def get_request(study_id: str) -> Request[Study]:
    return Request("GET", _path(study_id), parse=Study.from_dict)


def update_request(
    study_id: str, body: StudyUpdate | Mapping[str, Any] | None, fields: Any
) -> Request[Study]:
    path = _path(study_id)
    return Request("PATCH", path, json=build_body(body, fields), parse=Study.from_dict)


def _delete(study_id: str) -> Request[None]:
    return Request("DELETE", _path(study_id), parse=no_content)


#: Where each study transition leads: a retried transition refused because the first attempt
#: already got there has succeeded.
_REACHED = {
    "PUBLISH": frozenset({"PUBLISHING", "SCHEDULED", "ACTIVE"}),
    "PAUSE": frozenset({"PAUSED"}),
    "START": frozenset({"ACTIVE"}),
    "STOP": frozenset({"AWAITING REVIEW", "COMPLETED"}),
}


def transition_flow(study_id: str, action: str) -> Flow[Study]:
    """A study transition. Unlike submissions, Prolific refuses a repeated study transition, so
    when a retry (after an answer was lost) is refused, the study is read: already in the
    transition's target state means the first attempt worked."""
    request = transition_request(study_id, action)
    try:
        study: Study = yield request
        return study
    except APIError as exc:
        if exc.retries == 0 or exc.status is None or not 400 <= exc.status < 500:
            raise
        current: Study = yield get_request(study_id)
        if str(current.status) not in _REACHED[action]:
            raise
        return current


def transition_request(study_id: str, action: str) -> Request[Study]:
    path = _path(study_id, "transition/")
    return Request("POST", path, json={"action": action}, parse=Study.from_dict)


def _clone(study_id: str, fields: Any) -> Request[Study]:
    path = _path(study_id, "clone/")
    return Request("POST", path, json=build_body(None, fields), parse=Study.from_dict)


def cost_request(study_id: str, is_projected: bool | None = None) -> Request[StudyCost]:
    params = None if is_projected is None else {"is_projected": str(is_projected).lower()}
    return Request("GET", _path(study_id, "cost/"), params=params, parse=StudyCost.from_dict)


def calculate_cost_request(reward: int, total_available_places: int) -> Request[StudyCostEstimate]:
    body = {
        "reward": check_money_minor("reward", reward),
        "total_available_places": check_positive_int(
            "total_available_places", total_available_places
        ),
    }
    path = "/api/v1/study-cost-calculator/"
    return Request("POST", path, json=body, parse=StudyCostEstimate.from_dict)


def counts_request(study_id: str) -> Request[SubmissionCounts]:
    path = _path(study_id, "submissions/counts/")
    return Request("GET", path, parse=SubmissionCounts.from_dict)


def _create_and_publish(
    client: _BaseClient,
    body: StudyCreate | Mapping[str, Any] | None,
    fields: Any,
    *,
    mode: str,
    wait: float,
    key: str | None,
    workspace: str | None,
    project: str | None,
    stamp: str | None,
) -> Flow[Study]:
    from .._workflows.publishing import create_and_publish_flow

    payload = create_payload(body, fields)
    return create_and_publish_flow(
        client._bonus_ledger(),
        payload,
        mode=mode,
        wait=wait,
        key=key,
        workspace=workspace,
        project=project,
        stamp=stamp,
    )


def _add_places(study_id: str, places: int) -> Flow[Study]:
    from .._workflows.publishing import add_places_flow

    check_id("study_id", study_id)
    return add_places_flow(study_id, places)


def _summary(study_id: str) -> Flow[StudySummary]:
    from .._workflows.publishing import summary_flow

    check_id("study_id", study_id)
    return summary_flow(study_id)


#: How long ``screen_out`` looks for a screen-out whose answer was lost, in seconds.
SCREEN_OUT_SETTLE = 120.0


def _screen_out(
    client: _BaseClient,
    study_id: str,
    submission_ids: Iterable[str],
    bonus_per_submission: Decimal,
    increase_places: bool,
    key: str | None,
    ledger: BonusLedger | str | os.PathLike[str] | None,
    settle_timeout: float,
) -> Flow[ScreenOutReport]:
    from .._workflows.screening import screen_out_flow

    return screen_out_flow(
        client._bonus_ledger(ledger),
        study_id,
        submission_ids,
        bonus_per_submission,
        increase_places,
        key,
        settle_timeout,
    )


def _screen_out_cost(study_id: str, submission_ids: Iterable[str]) -> Request[ScreenOutPayment]:
    from .._workflows.screening import screen_out_cost_request

    return screen_out_cost_request(study_id, submission_ids)


class Studies(SyncResource):
    def list(self, status: str | Iterable[str] | None = None) -> SyncPager[StudyListItem]:
        """Every study (optionally only those in `status`, one or several), page by page."""
        return self._client.paginate(list_query(status))

    def get(self, study_id: str) -> Study:
        return self._client.request(get_request(study_id))

    def create(
        self, body: StudyCreate | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> Study:
        """Create a draft study. ``reward`` is in minor units; the audience is ``filters``.

        Not retried automatically, since a retried create can leave two drafts; use
        ``create_and_publish`` for a create that is safe to repeat.
        """
        return self._client.request(_create(body, fields))

    def update(
        self, study_id: str, body: StudyUpdate | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> Study:
        """Change a study. Once published, only ``internal_name``, ``total_available_places``
        (increase only) and ``access_details`` may change."""
        return self._client.request(update_request(study_id, body, fields))

    def delete(self, study_id: str) -> None:
        """Delete a draft (published studies cannot be deleted)."""
        return self._client.request(_delete(study_id))

    def publish(self, study_id: str) -> Study:
        """Start recruiting; fails when the workspace balance cannot cover the study."""
        return run_sync(self._client, transition_flow(study_id, "PUBLISH"))

    def pause(self, study_id: str) -> Study:
        return run_sync(self._client, transition_flow(study_id, "PAUSE"))

    def start(self, study_id: str) -> Study:
        """Resume a paused study."""
        return run_sync(self._client, transition_flow(study_id, "START"))

    def stop(self, study_id: str) -> Study:
        return run_sync(self._client, transition_flow(study_id, "STOP"))

    def clone(self, study_id: str, **fields: Any) -> Study:
        """Duplicate a study as a new draft (e.g. ``block_previous_participants=True``)."""
        return self._client.request(_clone(study_id, fields))

    def cost(self, study_id: str, *, is_projected: bool | None = None) -> StudyCost:
        """What the study costs, rewards and bonuses, in minor units."""
        return self._client.request(cost_request(study_id, is_projected))

    def calculate_cost(self, reward: int, total_available_places: int) -> StudyCostEstimate:
        """Price a study before creating it (``reward`` in minor units)."""
        return self._client.request(calculate_cost_request(reward, total_available_places))

    def submission_counts(self, study_id: str) -> SubmissionCounts:
        """How many submissions are in each status (``counts["APPROVED"]``)."""
        return self._client.request(counts_request(study_id))

    def create_and_publish(
        self,
        body: StudyCreate | Mapping[str, Any] | None = None,
        /,
        *,
        mode: str = "live",
        wait: float = 0.0,
        key: str | None = None,
        workspace: str | None = None,
        project: str | None = None,
        stamp: Literal["metadata", "internal_name"] | None = "metadata",
        **fields: Any,
    ) -> Study:
        """Create a draft, check its cost against the workspace balance, then publish it.

        Safe to call again after any failure: the draft is stamped with `key` (by default a
        digest of the body), each attempt is noted in the local ledger, and a draft whose
        answer was lost is found again instead of created twice. The same body therefore
        resumes the same study; pass a new ``key=`` to create a second identical one.

        ``stamp`` says where the key is kept on Prolific: ``"metadata"`` (the default; the
        study's ``metadata`` field, which participants never see; refused when the body sets
        ``metadata`` itself), ``"internal_name"`` (appended to the internal name as
        ``[prolific-python:<key>]``; researchers see it in Prolific's app), or ``None``
        (nowhere: only the local ledger knows the key, so a create whose answer was lost
        raises instead of risking a second draft). Names are never changed otherwise.

        ``mode="draft"`` stops after creating. ``wait`` is how many seconds to wait for the
        study to leave ``UNPUBLISHED``/``PUBLISHING``; a study already in any other status
        (``ACTIVE``, ``PAUSED``, ``COMPLETED`` ...) is returned at once.
        ``workspace`` and ``project`` take a name or an ID; a project named but missing is
        created. Raises ``InsufficientBalanceError`` (draft kept) when the balance is too low
        and ``StudyPublishError`` (naming the draft) when publishing fails.
        """
        flow = _create_and_publish(
            self._client,
            body,
            fields,
            mode=mode,
            wait=wait,
            key=key,
            workspace=workspace,
            project=project,
            stamp=stamp,
        )
        return run_sync(self._client, flow)

    def add_places(self, study_id: str, places: int) -> Study:
        """Raise ``total_available_places`` by `places` (reopens a full or stopped study)."""
        return run_sync(self._client, _add_places(study_id, places))

    def summary(self, study_id: str) -> StudySummary:
        """Submissions by status, places left, cost so far, bonuses paid and the effective
        hourly reward at the median completion time; ``print()`` it."""
        return run_sync(self._client, _summary(study_id))

    def screen_out(
        self,
        study_id: str,
        submission_ids: Iterable[str],
        bonus_per_submission: Decimal,
        increase_places: bool = False,
        *,
        key: str | None = None,
        ledger: BonusLedger | str | os.PathLike[str] | None = None,
        settle_timeout: float = SCREEN_OUT_SETTLE,
    ) -> ScreenOutReport:
        """Screen submissions out of a custom-screening study, paying each
        ``bonus_per_submission`` (``Decimal`` major units) and messaging them; with
        ``increase_places`` their places are added back.

        Exactly once, like ``bonuses.pay``: recorded in the ledger under `key` (by default a
        digest of the arguments) before it is sent; submissions already ``SCREENED OUT`` are
        skipped and reported; an answer lost in transit is confirmed from the submissions'
        statuses, never by sending again (``PaymentInDoubtError`` if it cannot be).
        """
        flow = _screen_out(
            self._client, study_id, submission_ids, bonus_per_submission, increase_places,
            key, ledger, settle_timeout,
        )  # fmt: skip
        return run_sync(self._client, flow)

    def screen_out_cost(self, study_id: str, submission_ids: Iterable[str]) -> ScreenOutPayment:
        """The recommended and minimum screen-out payment for these submissions."""
        return self._client.request(_screen_out_cost(study_id, submission_ids))


class AsyncStudies(AsyncResource):
    def list(self, status: str | Iterable[str] | None = None) -> AsyncPager[StudyListItem]:
        """Every study (optionally only those in `status`, one or several), page by page."""
        return self._client.paginate(list_query(status))

    async def get(self, study_id: str) -> Study:
        return await self._client.request(get_request(study_id))

    async def create(
        self, body: StudyCreate | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> Study:
        """Create a draft study; see ``Studies.create``."""
        return await self._client.request(_create(body, fields))

    async def update(
        self, study_id: str, body: StudyUpdate | Mapping[str, Any] | None = None, /, **fields: Any
    ) -> Study:
        return await self._client.request(update_request(study_id, body, fields))

    async def delete(self, study_id: str) -> None:
        return await self._client.request(_delete(study_id))

    async def publish(self, study_id: str) -> Study:
        return await run_async(self._client, transition_flow(study_id, "PUBLISH"))

    async def pause(self, study_id: str) -> Study:
        return await run_async(self._client, transition_flow(study_id, "PAUSE"))

    async def start(self, study_id: str) -> Study:
        return await run_async(self._client, transition_flow(study_id, "START"))

    async def stop(self, study_id: str) -> Study:
        return await run_async(self._client, transition_flow(study_id, "STOP"))

    async def clone(self, study_id: str, **fields: Any) -> Study:
        return await self._client.request(_clone(study_id, fields))

    async def cost(self, study_id: str, *, is_projected: bool | None = None) -> StudyCost:
        return await self._client.request(cost_request(study_id, is_projected))

    async def calculate_cost(self, reward: int, total_available_places: int) -> StudyCostEstimate:
        return await self._client.request(calculate_cost_request(reward, total_available_places))

    async def submission_counts(self, study_id: str) -> SubmissionCounts:
        return await self._client.request(counts_request(study_id))

    async def create_and_publish(
        self,
        body: StudyCreate | Mapping[str, Any] | None = None,
        /,
        *,
        mode: str = "live",
        wait: float = 0.0,
        key: str | None = None,
        workspace: str | None = None,
        project: str | None = None,
        stamp: Literal["metadata", "internal_name"] | None = "metadata",
        **fields: Any,
    ) -> Study:
        """See ``Studies.create_and_publish``."""
        flow = _create_and_publish(
            self._client,
            body,
            fields,
            mode=mode,
            wait=wait,
            key=key,
            workspace=workspace,
            project=project,
            stamp=stamp,
        )
        return await run_async(self._client, flow)

    async def add_places(self, study_id: str, places: int) -> Study:
        return await run_async(self._client, _add_places(study_id, places))

    async def summary(self, study_id: str) -> StudySummary:
        return await run_async(self._client, _summary(study_id))

    async def screen_out(
        self,
        study_id: str,
        submission_ids: Iterable[str],
        bonus_per_submission: Decimal,
        increase_places: bool = False,
        *,
        key: str | None = None,
        ledger: BonusLedger | str | os.PathLike[str] | None = None,
        settle_timeout: float = SCREEN_OUT_SETTLE,
    ) -> ScreenOutReport:
        """See ``Studies.screen_out``."""
        flow = _screen_out(
            self._client, study_id, submission_ids, bonus_per_submission, increase_places,
            key, ledger, settle_timeout,
        )  # fmt: skip
        return await run_async(self._client, flow)

    async def screen_out_cost(
        self, study_id: str, submission_ids: Iterable[str]
    ) -> ScreenOutPayment:
        return await self._client.request(_screen_out_cost(study_id, submission_ids))
