"""``client.studies``: studies, from draft to completion, and what they cost.

A study is always created as a draft (``UNPUBLISHED``); ``publish`` starts recruiting. Money
fields (``reward``) are whole minor units: ``reward=150`` pays 1.50 per participant. Keyword
fields are typed from the spec (``StudyCreateParams``, ``StudyUpdateParams``); fields it does not
know yet go in ``extra_body``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, Unpack, cast, get_args, overload

from prolific_api import operations as ops
from prolific_api.models.access_details_progress import AccessDetailsProgress
from prolific_api.models.collection import Collection
from prolific_api.models.demographic_export_history import DemographicExportHistory
from prolific_api.models.reward_recommendation import RewardRecommendation
from prolific_api.models.screen_out_payment import ScreenOutPayment
from prolific_api.models.study import Study
from prolific_api.models.study_cost import StudyCost
from prolific_api.models.study_cost_estimate import StudyCostEstimate
from prolific_api.models.study_create import StudyCreate
from prolific_api.models.study_list_item import StudyListItem
from prolific_api.models.study_status import StudyStatus
from prolific_api.models.study_update import StudyUpdate
from prolific_api.models.submission_counts import SubmissionCounts
from prolific_api.models.task_batch import TaskBatch
from prolific_api.models.test_study import TestStudy
from prolific_api.params import (
    StudyCloneParams,
    StudyCreateParams,
    StudyStatusLiteral,
    StudyUpdateParams,
)

from .._base_client import AsyncResource, SyncResource, _BaseClient
from .._flow import Flow, blocking, run_async, run_sync
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body, require_fields
from .._request import PageQuery, Request, build
from .._task_builder import BATCH_METHOD, data_collection_fields
from .._validation import check_choice, check_id, check_money_minor, check_positive_int
from .._workflows.publishing import (
    add_places_flow,
    create_and_publish_flow,
    summary_flow,
    transition_flow,
)
from .._workflows.research import export_demographics_flow, test_study_flow
from .._workflows.screening import (
    screen_out_by_code_flow,
    screen_out_cost_request,
    screen_out_flow,
)
from ..errors import InvalidRequestError
from ..types import DemographicExport, ScreenOutReport, StudySummary

if TYPE_CHECKING:
    from .._ledger import BonusLedger

__all__ = ["AsyncStudies", "Studies"]

#: A status to filter on: the name or the generated enum.
_Status = StudyStatusLiteral | StudyStatus
_CreateBody = StudyCreate | StudyCreateParams | Mapping[str, Any]
_UpdateBody = StudyUpdate | StudyUpdateParams | Mapping[str, Any]


def _state_filter(status: _Status | Iterable[_Status] | None) -> str | None:
    # Prolific filters on the `state` parameter; several statuses are written "(A|B)". A status
    # it does not know matches nothing, so it is refused here instead of listing nothing.
    if status is None:
        return None
    given = [status] if isinstance(status, str) else list(status)
    if not given:
        raise InvalidRequestError("status must name at least one study status", field="status")
    valid = get_args(StudyStatusLiteral)
    statuses = [check_choice("status", s, valid) for s in given]
    return statuses[0] if len(statuses) == 1 else f"({'|'.join(statuses)})"


def list_query(status: _Status | Iterable[_Status] | None) -> PageQuery[StudyListItem]:
    return build(ops.list_studies, query={"state": _state_filter(status)})


def _refuse_retired(fields: Mapping[str, Any]) -> None:
    if "eligibility_requirements" in fields:
        raise InvalidRequestError(
            "Prolific no longer accepts eligibility_requirements when creating a study; set the "
            "audience with filters=[...] (see client.filters.list()) or filter_set_id",
            field="eligibility_requirements",
        )
    if "project_id" in fields:
        raise InvalidRequestError(
            "the study's project is set with project=, not project_id (Prolific ignores "
            "project_id and files the study in the default workspace)",
            field="project_id",
        )


def create_payload(
    body: _CreateBody | None,
    fields: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The checked body of a create-study call (shared with the draft-then-publish workflow)."""
    # Checked before the body is built, so a retired field is one clear error, not a warning
    # about an unknown field followed by the error.
    _refuse_retired(fields)
    payload = build_body(body, fields, op=ops.create_study, extra_body=extra_body)
    _refuse_retired(payload)
    # The spec's required fields, apart from the study URL (null when access_details or a data
    # collection says where participants go). A Task Builder study gets a default code, and one
    # on a batch its places.
    method = payload.get("data_collection_method")
    if method is not None and (payload.get("external_study_url") or payload.get("access_details")):
        raise InvalidRequestError(
            "a study on an AI Task Builder batch or collection has no external_study_url or "
            "access_details: Prolific runs the tasks itself",
            field="external_study_url",
        )
    optional = ("completion_codes", "external_study_url")
    required = [
        name
        for name in ops.create_study.body_required
        if name not in optional
        and not (name == "total_available_places" and method == BATCH_METHOD)
    ]
    if method is None and payload.get("access_details"):
        # Required by the spec but null when access_details says where participants go: the
        # null is sent rather than the study refused.
        payload.setdefault("external_study_url", None)
    elif method is None:
        required.append("external_study_url")
    require_fields(payload, required, "A study")
    # A draft may wait for its codes (publishing needs one); an empty list is a mistake.
    if payload.get("completion_codes") == []:
        raise InvalidRequestError(
            "completion_codes is empty; give at least one {code, code_type, actions}, or leave "
            "it out to add the codes before publishing",
            field="completion_codes",
        )
    return payload


def _study_id(study_id: str) -> str:
    return check_id("study_id", study_id)


def _create(
    body: _CreateBody | None, fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None
) -> Request[Study]:
    return build(ops.create_study, json=create_payload(body, fields, extra_body))


def get_request(study_id: str) -> Request[Study]:
    return build(ops.get_study, study_id=_study_id(study_id))


def update_request(
    study_id: str,
    body: _UpdateBody | None,
    fields: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None = None,
) -> Request[Study]:
    study_id = _study_id(study_id)
    payload = build_body(body, fields, op=ops.update_study, extra_body=extra_body)
    return build(ops.update_study, study_id=study_id, json=payload)


def _delete(study_id: str) -> Request[None]:
    return build(ops.delete_study, study_id=_study_id(study_id))


def _transition(
    study_id: str,
    action: Literal["PUBLISH", "PAUSE", "START", "STOP", "CANCEL_PUBLISH"],
) -> Flow[Study]:
    return transition_flow(_study_id(study_id), action)


def _schedule(study_id: str, publish_at: datetime) -> Flow[Study]:
    if not isinstance(publish_at, datetime) or publish_at.tzinfo is None:
        raise InvalidRequestError(
            "publish_at must be a timezone-aware datetime (for example "
            "datetime(2026, 12, 1, 9, tzinfo=UTC)), so the moment is not ambiguous",
            field="publish_at",
        )
    when = publish_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return transition_flow(_study_id(study_id), "SCHEDULE_PUBLISH", {"publish_at": when})


def _history(study_id: str) -> Request[DemographicExportHistory]:
    return build(ops.get_demographic_export_history, study_id=_study_id(study_id))


def _progress(study_id: str) -> Request[AccessDetailsProgress]:
    return build(ops.get_access_details_progress, study_id=_study_id(study_id))


#: Written once here: inside the namespaces, ``list`` is a method.
_Recommendations = list[RewardRecommendation]


def _read_recommendations(body: Any) -> _Recommendations:
    return [RewardRecommendation.from_dict(item) for item in body or []]


def recommendations_request(
    workspace_id: str, currency: Literal["GBP", "USD"], screener_ids: Iterable[str] | None
) -> Request[list[RewardRecommendation]]:
    query = {
        "workspace_id": check_id("workspace_id", workspace_id),
        "currency": check_choice("currency", currency, ("GBP", "USD")),
        "screener_ids": ",".join(screener_ids) if screener_ids else None,
    }
    request = build(ops.get_reward_recommendations, query=query)
    return cast("Request[list[RewardRecommendation]]", request).replace(parse=_read_recommendations)


def _clone(
    study_id: str, fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None
) -> Request[Study]:
    study_id = _study_id(study_id)
    payload = build_body(None, fields, op=ops.clone_study, extra_body=extra_body)
    return build(ops.clone_study, study_id=study_id, json=payload)


def cost_request(study_id: str, is_projected: bool | None = None) -> Request[StudyCost]:
    projected = None if is_projected is None else str(is_projected).lower()
    query = {"is_projected": projected}
    return build(ops.get_study_cost, study_id=_study_id(study_id), query=query)


def calculate_cost_request(reward: int, total_available_places: int) -> Request[StudyCostEstimate]:
    body = {
        "reward": check_money_minor("reward", reward),
        "total_available_places": check_positive_int(
            "total_available_places", total_available_places
        ),
    }
    return build(ops.calculate_study_cost, json=body)


def counts_request(study_id: str) -> Request[SubmissionCounts]:
    return build(ops.count_study_submissions, study_id=_study_id(study_id))


def _create_and_publish(
    client: _BaseClient,
    body: _CreateBody | None,
    fields: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
    *,
    mode: str,
    wait: float,
    key: str | None,
    workspace: str | None,
    stamp: str | None = "metadata",
    data_collection: TaskBatch | Collection | None = None,
    annotators_per_task: int | None = None,
) -> Flow[Study]:
    # `project` names the study's project by title or ID, so it is resolved, not sent as is.
    fields = dict(fields)
    project = fields.pop("project", None)
    if data_collection is not None:
        fields = {**fields, **data_collection_fields(data_collection, annotators_per_task)}
    elif annotators_per_task is not None:
        raise InvalidRequestError(
            "annotators_per_task goes with data_collection=", field="annotators_per_task"
        )
    payload = create_payload(body, fields, extra_body)
    return blocking(
        create_and_publish_flow(
            client._bonus_ledger(),
            client._account,
            payload,
            mode=mode,
            wait=wait,
            key=key,
            workspace=workspace,
            project=project,
            stamp=stamp,
        )
    )


def _add_places(study_id: str, places: int) -> Flow[Study]:
    return add_places_flow(_study_id(study_id), places)


def _summary(study_id: str) -> Flow[StudySummary]:
    return summary_flow(_study_id(study_id))


#: How long ``screen_out`` looks for a screen-out whose answer was lost, in seconds.
SCREEN_OUT_SETTLE = 120.0


def _screen_out(
    client: _BaseClient,
    study_id: str,
    submission_ids: Iterable[str],
    bonus_per_submission: Decimal | None,
    increase_places: bool,
    key: str | None,
    ledger: BonusLedger | str | os.PathLike[str] | None,
    settle_timeout: float,
    completion_code: str | None,
) -> Flow[ScreenOutReport]:
    if completion_code is not None:
        if bonus_per_submission is not None or increase_places:
            raise InvalidRequestError(
                "give either completion_code (SCREEN_OUT transitions: the code sets the "
                "payment) or bonus_per_submission and increase_places (the bulk endpoint)",
                field="completion_code",
            )
        return screen_out_by_code_flow(study_id, submission_ids, completion_code)
    if bonus_per_submission is None:
        raise InvalidRequestError(
            "give completion_code (a screen-out code of the study, the 2026 way) or "
            "bonus_per_submission (Decimal major units, the bulk endpoint)",
            field="bonus_per_submission",
        )
    return blocking(
        screen_out_flow(
            client._bonus_ledger(ledger),
            client._account,
            study_id,
            submission_ids,
            bonus_per_submission,
            increase_places,
            key,
            settle_timeout,
        )
    )


class Studies(SyncResource):
    def list(self, status: _Status | Iterable[_Status] | None = None) -> SyncPager[StudyListItem]:
        """Every study (optionally only those in `status`, one or several), page by page. A
        status Prolific does not know raises ``InvalidRequestError`` listing the valid ones."""
        return self._client.paginate(list_query(status))

    def get(self, study_id: str) -> Study:
        return self._client.request(get_request(study_id))

    @overload
    def create(
        self, /, *, extra_body: Mapping[str, Any] | None = None, **fields: Unpack[StudyCreateParams]
    ) -> Study: ...
    @overload
    def create(
        self,
        body: _CreateBody,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[StudyUpdateParams],
    ) -> Study: ...
    def create(
        self,
        body: _CreateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Study:
        """Create a draft study from keyword fields (``StudyCreateParams``) or a body (a
        ``StudyCreate``, or a mapping) that keyword fields override. ``reward`` is in minor
        units; the audience is ``filters``. ``extra_body`` carries fields the spec lacks.

        Not retried automatically, since a retried create can leave two drafts; use
        ``create_and_publish`` for a create that is safe to repeat.
        """
        return self._client.request(_create(body, fields, extra_body))

    def update(
        self,
        study_id: str,
        body: _UpdateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[StudyUpdateParams],
    ) -> Study:
        """Change a study. Once published, only ``internal_name``, ``total_available_places``
        (increase only) and ``access_details`` may change."""
        return self._client.request(update_request(study_id, body, fields, extra_body))

    def delete(self, study_id: str) -> None:
        """Delete a draft (published studies cannot be deleted)."""
        return self._client.request(_delete(study_id))

    def publish(self, study_id: str) -> Study:
        """Start recruiting; fails when the workspace balance cannot cover the study."""
        return run_sync(self._client, _transition(study_id, "PUBLISH"))

    def pause(self, study_id: str) -> Study:
        return run_sync(self._client, _transition(study_id, "PAUSE"))

    def start(self, study_id: str) -> Study:
        """Resume a paused study."""
        return run_sync(self._client, _transition(study_id, "START"))

    def stop(self, study_id: str) -> Study:
        return run_sync(self._client, _transition(study_id, "STOP"))

    def clone(
        self,
        study_id: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[StudyCloneParams],
    ) -> Study:
        """Duplicate a study as a new draft (e.g. ``block_previous_participants=True``)."""
        return self._client.request(_clone(study_id, fields, extra_body))

    def cost(self, study_id: str, *, is_projected: bool | None = None) -> StudyCost:
        """What the study costs, rewards and bonuses, in minor units."""
        return self._client.request(cost_request(study_id, is_projected))

    def calculate_cost(self, reward: int, total_available_places: int) -> StudyCostEstimate:
        """Price a study before creating it (``reward`` in minor units)."""
        return self._client.request(calculate_cost_request(reward, total_available_places))

    def submission_counts(self, study_id: str) -> SubmissionCounts:
        """How many submissions are in each status (``counts["APPROVED"]``)."""
        return self._client.request(counts_request(study_id))

    def schedule_publish(self, study_id: str, publish_at: datetime) -> Study:
        """Publish the draft at `publish_at` (a timezone-aware datetime); until then it is
        ``SCHEDULED``. The balance must cover the study when it publishes."""
        return run_sync(self._client, _schedule(study_id, publish_at))

    def cancel_scheduled_publish(self, study_id: str) -> Study:
        """Turn a ``SCHEDULED`` study back into a draft."""
        return run_sync(self._client, _transition(study_id, "CANCEL_PUBLISH"))

    def test(self, study_id: str, *, email: str | None = None) -> TestStudy:
        """Publish a test copy of the draft to the workspace's test participants and return
        it, with ``study_url`` to open as one. With `email`, first creates the test
        participant account for that address (an existing one is reused).

        Workspaces without the feature raise ``FeatureNotEnabledError`` (ask Prolific support).
        """
        return run_sync(self._client, test_study_flow(study_id, email))

    def export_demographics(
        self, study_id: str, filters: Iterable[Any] | None = None, *, check_quota: bool = True
    ) -> DemographicExport:
        """The demographic data of the study's participants: ``rows`` (dicts keyed by the CSV
        header) and the raw ``csv``. `filters` (at most 15) add a column each.

        Prolific's answer may be CSV text, JSON rows or a link to download the CSV (its
        sources disagree); each is read into the same result, and a link is fetched without
        the API token. An answer with none of them raises ``UnexpectedResponseError``.

        Prolific allows 2 different filter combinations per study; with ``check_quota`` the
        export history is read first, and a combination that would be a third is refused with
        ``InvalidRequestError`` before it spends anything.
        """
        return run_sync(self._client, export_demographics_flow(study_id, filters, check_quota))

    def demographic_export_history(self, study_id: str) -> DemographicExportHistory:
        """Filter combinations used so far (``count``) and the latest export's ``filters``."""
        return self._client.request(_history(study_id))

    def access_details_progress(self, study_id: str) -> AccessDetailsProgress:
        """How a Taskflow study's places spread over its task URLs (404 for other studies)."""
        return self._client.request(_progress(study_id))

    def reward_recommendations(
        self,
        workspace_id: str,
        currency: Literal["GBP", "USD"],
        *,
        screener_ids: Iterable[str] | None = None,
    ) -> _Recommendations:
        """Prolific's minimum and recommended hourly rewards, in minor units of `currency`."""
        return self._client.request(recommendations_request(workspace_id, currency, screener_ids))

    @overload
    def create_and_publish(
        self,
        /,
        *,
        mode: Literal["live", "draft"] = "live",
        wait: float = 0.0,
        key: str | None = None,
        workspace: str | None = None,
        stamp: Literal["metadata", "internal_name"] | None = "metadata",
        data_collection: TaskBatch | Collection | None = None,
        annotators_per_task: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[StudyCreateParams],
    ) -> Study: ...
    @overload
    def create_and_publish(
        self,
        body: _CreateBody,
        /,
        *,
        mode: Literal["live", "draft"] = "live",
        wait: float = 0.0,
        key: str | None = None,
        workspace: str | None = None,
        stamp: Literal["metadata", "internal_name"] | None = "metadata",
        data_collection: TaskBatch | Collection | None = None,
        annotators_per_task: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[StudyUpdateParams],
    ) -> Study: ...
    def create_and_publish(
        self,
        body: _CreateBody | None = None,
        /,
        *,
        mode: Literal["live", "draft"] = "live",
        wait: float = 0.0,
        key: str | None = None,
        workspace: str | None = None,
        stamp: Literal["metadata", "internal_name"] | None = "metadata",
        data_collection: TaskBatch | Collection | None = None,
        annotators_per_task: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
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

        ``data_collection`` runs the study on an AI Task Builder batch (``READY``, from
        ``ai_task_builder.batches.create_ready``) or collection instead of an external URL;
        the study's places then come from the batch's task groups times
        ``annotators_per_task``, and a default completion code is added. A batch serves one
        study: Prolific refuses a second (``BadRequestError``).
        """
        flow = _create_and_publish(
            self._client, body, fields, extra_body, mode=mode, wait=wait, key=key,
            workspace=workspace, stamp=stamp, data_collection=data_collection,
            annotators_per_task=annotators_per_task,
        )  # fmt: skip
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
        bonus_per_submission: Decimal | None = None,
        increase_places: bool = False,
        *,
        key: str | None = None,
        ledger: BonusLedger | str | os.PathLike[str] | None = None,
        settle_timeout: float = SCREEN_OUT_SETTLE,
        completion_code: str | None = None,
    ) -> ScreenOutReport:
        """Screen submissions out of a study, by one of two routes.

        * ``completion_code="..."`` (preferred): each submission gets Prolific's
          ``SCREEN_OUT`` transition with that code, whose ``FIXED_SCREEN_OUT_PAYMENT`` action
          sets the payment. This is how Prolific's 2026 API screens out, and Prolific ignores
          a repeated transition, so a retry after a lost answer cannot pay twice. The code is
          checked against the study before anything is sent.
        * ``bonus_per_submission=Decimal(...)`` (major units), with ``increase_places`` to add
          the places back: the older bulk endpoint of custom-screening studies, absent from
          the 2026 description but still served (Dallinger uses it). It pays, so it is made
          exactly once like ``bonuses.pay``: recorded and claimed in the ledger under `key`
          (by default a digest of the arguments) before it is sent; an answer lost in transit
          is confirmed from the submissions' statuses against a baseline taken before
          sending, never by sending again (``PaymentInDoubtError`` if it cannot be).

        Either way, submissions already ``SCREENED OUT`` are skipped and reported.
        """
        flow = _screen_out(
            self._client, study_id, submission_ids, bonus_per_submission, increase_places,
            key, ledger, settle_timeout, completion_code,
        )  # fmt: skip
        return run_sync(self._client, flow)

    def screen_out_cost(self, study_id: str, submission_ids: Iterable[str]) -> ScreenOutPayment:
        """The recommended and minimum screen-out payment for these submissions."""
        return self._client.request(screen_out_cost_request(study_id, submission_ids))


class AsyncStudies(AsyncResource):
    def list(self, status: _Status | Iterable[_Status] | None = None) -> AsyncPager[StudyListItem]:
        """Every study (optionally only those in `status`, one or several), page by page."""
        return self._client.paginate(list_query(status))

    async def get(self, study_id: str) -> Study:
        return await self._client.request(get_request(study_id))

    @overload
    async def create(
        self, /, *, extra_body: Mapping[str, Any] | None = None, **fields: Unpack[StudyCreateParams]
    ) -> Study: ...
    @overload
    async def create(
        self,
        body: _CreateBody,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[StudyUpdateParams],
    ) -> Study: ...
    async def create(
        self,
        body: _CreateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Study:
        """Create a draft study; see ``Studies.create``."""
        return await self._client.request(_create(body, fields, extra_body))

    async def update(
        self,
        study_id: str,
        body: _UpdateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[StudyUpdateParams],
    ) -> Study:
        return await self._client.request(update_request(study_id, body, fields, extra_body))

    async def delete(self, study_id: str) -> None:
        return await self._client.request(_delete(study_id))

    async def publish(self, study_id: str) -> Study:
        return await run_async(self._client, _transition(study_id, "PUBLISH"))

    async def pause(self, study_id: str) -> Study:
        return await run_async(self._client, _transition(study_id, "PAUSE"))

    async def start(self, study_id: str) -> Study:
        return await run_async(self._client, _transition(study_id, "START"))

    async def stop(self, study_id: str) -> Study:
        return await run_async(self._client, _transition(study_id, "STOP"))

    async def clone(
        self,
        study_id: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[StudyCloneParams],
    ) -> Study:
        return await self._client.request(_clone(study_id, fields, extra_body))

    async def cost(self, study_id: str, *, is_projected: bool | None = None) -> StudyCost:
        return await self._client.request(cost_request(study_id, is_projected))

    async def calculate_cost(self, reward: int, total_available_places: int) -> StudyCostEstimate:
        return await self._client.request(calculate_cost_request(reward, total_available_places))

    async def submission_counts(self, study_id: str) -> SubmissionCounts:
        return await self._client.request(counts_request(study_id))

    async def schedule_publish(self, study_id: str, publish_at: datetime) -> Study:
        """See ``Studies.schedule_publish``."""
        return await run_async(self._client, _schedule(study_id, publish_at))

    async def cancel_scheduled_publish(self, study_id: str) -> Study:
        return await run_async(self._client, _transition(study_id, "CANCEL_PUBLISH"))

    async def test(self, study_id: str, *, email: str | None = None) -> TestStudy:
        """See ``Studies.test``."""
        return await run_async(self._client, test_study_flow(study_id, email))

    async def export_demographics(
        self, study_id: str, filters: Iterable[Any] | None = None, *, check_quota: bool = True
    ) -> DemographicExport:
        """See ``Studies.export_demographics``."""
        flow = export_demographics_flow(study_id, filters, check_quota)
        return await run_async(self._client, flow)

    async def demographic_export_history(self, study_id: str) -> DemographicExportHistory:
        return await self._client.request(_history(study_id))

    async def access_details_progress(self, study_id: str) -> AccessDetailsProgress:
        return await self._client.request(_progress(study_id))

    async def reward_recommendations(
        self,
        workspace_id: str,
        currency: Literal["GBP", "USD"],
        *,
        screener_ids: Iterable[str] | None = None,
    ) -> _Recommendations:
        request = recommendations_request(workspace_id, currency, screener_ids)
        return await self._client.request(request)

    @overload
    async def create_and_publish(
        self,
        /,
        *,
        mode: Literal["live", "draft"] = "live",
        wait: float = 0.0,
        key: str | None = None,
        workspace: str | None = None,
        stamp: Literal["metadata", "internal_name"] | None = "metadata",
        data_collection: TaskBatch | Collection | None = None,
        annotators_per_task: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[StudyCreateParams],
    ) -> Study: ...
    @overload
    async def create_and_publish(
        self,
        body: _CreateBody,
        /,
        *,
        mode: Literal["live", "draft"] = "live",
        wait: float = 0.0,
        key: str | None = None,
        workspace: str | None = None,
        stamp: Literal["metadata", "internal_name"] | None = "metadata",
        data_collection: TaskBatch | Collection | None = None,
        annotators_per_task: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[StudyUpdateParams],
    ) -> Study: ...
    async def create_and_publish(
        self,
        body: _CreateBody | None = None,
        /,
        *,
        mode: Literal["live", "draft"] = "live",
        wait: float = 0.0,
        key: str | None = None,
        workspace: str | None = None,
        stamp: Literal["metadata", "internal_name"] | None = "metadata",
        data_collection: TaskBatch | Collection | None = None,
        annotators_per_task: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> Study:
        """See ``Studies.create_and_publish``."""
        flow = _create_and_publish(
            self._client, body, fields, extra_body, mode=mode, wait=wait, key=key,
            workspace=workspace, stamp=stamp, data_collection=data_collection,
            annotators_per_task=annotators_per_task,
        )  # fmt: skip
        return await run_async(self._client, flow)

    async def add_places(self, study_id: str, places: int) -> Study:
        return await run_async(self._client, _add_places(study_id, places))

    async def summary(self, study_id: str) -> StudySummary:
        return await run_async(self._client, _summary(study_id))

    async def screen_out(
        self,
        study_id: str,
        submission_ids: Iterable[str],
        bonus_per_submission: Decimal | None = None,
        increase_places: bool = False,
        *,
        key: str | None = None,
        ledger: BonusLedger | str | os.PathLike[str] | None = None,
        settle_timeout: float = SCREEN_OUT_SETTLE,
        completion_code: str | None = None,
    ) -> ScreenOutReport:
        """See ``Studies.screen_out``."""
        flow = _screen_out(
            self._client, study_id, submission_ids, bonus_per_submission, increase_places,
            key, ledger, settle_timeout, completion_code,
        )  # fmt: skip
        return await run_async(self._client, flow)

    async def screen_out_cost(
        self, study_id: str, submission_ids: Iterable[str]
    ) -> ScreenOutPayment:
        return await self._client.request(screen_out_cost_request(study_id, submission_ids))
