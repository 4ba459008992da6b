"""Workflows over the 2026 research operations: trying a draft as a test participant, exporting
demographics without wasting the export quota, and warning about an hourly reward below what
Prolific recommends.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

from prolific_api import operations as ops
from prolific_api.models.demographic_export_history import DemographicExportHistory
from prolific_api.models.study import Study
from prolific_api.models.test_study import TestStudy

from .._constants import LOGGER_NAME
from .._flow import Flow
from .._request import Request, build
from .._validation import check_id
from ..errors import (
    BadRequestError,
    FeatureNotEnabledError,
    InvalidRequestError,
    NotFoundError,
    ProlificError,
)
from ..types import DemographicExport

logger = logging.getLogger(LOGGER_NAME)

#: Prolific's limits on demographic exports.
MAX_EXPORT_FILTERS = 15
MAX_EXPORT_COMBINATIONS = 2


# -- test studies -------------------------------------------------------------------------------


def test_participant_request(email: str) -> Request[Any]:
    if not isinstance(email, str) or "@" not in email.strip(" @"):
        raise InvalidRequestError("email must be an email address", field="email")
    return build(ops.create_test_participant, json={"email": email.strip()})


def test_study_flow(study_id: str, email: str | None) -> Flow[TestStudy]:
    """Create the test participant (when `email` is given) and the test study.

    A 404 from these calls, for a draft that exists, means the workspace lacks the feature.
    """
    study_id = check_id("study_id", study_id)
    participant = test_participant_request(email) if email is not None else None
    yield build(ops.get_study, study_id=study_id)  # a 404 here is a wrong ID, not the feature
    if participant is not None:
        try:
            yield participant
        except NotFoundError as exc:
            raise FeatureNotEnabledError("Test participants") from exc
        except BadRequestError as exc:
            # The account exists already (a repeated call): that is what we wanted.
            logger.info("Test participant %s not created (%s); using the existing one", email, exc)
    try:
        test: TestStudy = yield build(ops.create_test_study, study_id=study_id)
    except NotFoundError as exc:
        raise FeatureNotEnabledError("Test studies") from exc
    except BadRequestError as exc:
        if email is None:
            raise InvalidRequestError(
                f"Prolific refused the test study ({exc.detail or exc}); if the workspace has no "
                "test participant yet, call studies.test(study_id, email=...) to create one",
                field="email",
            ) from exc
        raise
    return test


# -- demographic exports ------------------------------------------------------------------------


def _plain(item: Any) -> dict[str, Any]:
    data = item.to_dict() if hasattr(item, "to_dict") else item
    if not isinstance(data, Mapping):
        raise InvalidRequestError("each filter must be a mapping or an AppliedFilter")
    return dict(data)


def _combination(filters: Iterable[Mapping[str, Any]]) -> str:
    return json.dumps(sorted(json.dumps(f, sort_keys=True) for f in filters))


def _parse_csv(response: httpx.Response) -> str:
    return response.text


def export_request(study_id: str, filters: list[dict[str, Any]]) -> Request[str]:
    request = build(ops.export_demographics, study_id=study_id, json={"filters": filters})
    # The export is CSV text, not JSON.
    return request.replace(parse=None, parse_response=_parse_csv)


def export_demographics_flow(
    study_id: str, filters: Iterable[Any] | None, check_quota: bool
) -> Flow[DemographicExport]:
    study_id = check_id("study_id", study_id)
    chosen = [_plain(f) for f in (filters or [])]
    if len(chosen) > MAX_EXPORT_FILTERS:
        raise InvalidRequestError(
            f"Prolific exports at most {MAX_EXPORT_FILTERS} filters at once; "
            f"{len(chosen)} were given",
            field="filters",
        )
    if chosen and check_quota:
        history: DemographicExportHistory = yield build(
            ops.get_demographic_export_history, study_id=study_id
        )
        latest = [_plain(f) for f in history.filters]
        new = _combination(chosen) != _combination(latest)
        if new and history.count >= MAX_EXPORT_COMBINATIONS:
            raise InvalidRequestError(
                f"study {study_id} has used its {MAX_EXPORT_COMBINATIONS} demographic-export "
                "filter combinations and this one differs from the latest; export without "
                "filters, repeat the latest filters, or pass check_quota=False if these repeat "
                "the first combination",
                field="filters",
            )
    text: str = yield export_request(study_id, chosen)
    rows = [dict(row) for row in csv.DictReader(io.StringIO(text))]
    return DemographicExport(study_id=study_id, csv=text, rows=rows, filters=chosen)


# -- the reward check of create_and_publish -----------------------------------------------------


def reward_warning_flow(
    study: Study, body: Mapping[str, Any], workspace_id: str, currency: str | None
) -> Flow[None]:
    """Log a warning when the study's hourly reward is below Prolific's recommended minimum
    for the workspace's currency. Advice only: a failed look-up is logged and ignored."""
    reward = body.get("reward")
    minutes = body.get("estimated_completion_time")
    if not isinstance(reward, int) or not isinstance(minutes, int) or minutes <= 0:
        return
    if currency not in ("GBP", "USD"):
        return
    try:
        query = {"workspace_id": workspace_id, "currency": currency}
        recommendations: Any = yield build(ops.get_reward_recommendations, query=query)
    except ProlificError as exc:
        logger.debug("Could not check the reward against Prolific's recommendations: %s", exc)
        return
    minimum = next(
        (
            r.get("min_reward_per_hour")
            for r in recommendations
            if isinstance(r, Mapping) and r.get("currency") == currency
        ),
        None,
    )
    hourly = reward * 60 / minutes
    if isinstance(minimum, int) and hourly < minimum:
        logger.warning(
            "Study %s pays %.0f %s minor units an hour (reward %d for %d minutes), below "
            "Prolific's recommended minimum of %d; participants may avoid it and Prolific may "
            "ask you to raise it",
            study.id,
            hourly,
            currency,
            reward,
            minutes,
            minimum,
        )
