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
from dataclasses import dataclass
from typing import Any

import httpx

from prolific_api import operations as ops
from prolific_api.models.demographic_export_history import DemographicExportHistory
from prolific_api.models.study import Study
from prolific_api.models.test_study import TestStudy

from .._constants import LOGGER_NAME
from .._flow import Flow, Now
from .._request import Request, build
from .._transfer import Transfer
from .._validation import check_id
from ..errors import (
    BadRequestError,
    FeatureNotEnabledError,
    InvalidRequestError,
    NotFoundError,
    ProlificError,
    UnexpectedResponseError,
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


@dataclass(frozen=True)
class Exported:
    """What the export call answered, in one of its shapes: the CSV, its rows, or a link."""

    csv: str | None = None
    rows: list[dict[str, str]] | None = None
    url: str | None = None


#: Keys under which a JSON answer may carry a download link, or the rows themselves.
_URL_KEYS = ("url", "download_url", "export_url", "file_url")
_ROW_KEYS = ("rows", "results", "data")


def _cell(value: Any) -> str:
    """A JSON value as the CSV would show it (the rows stay strings, whatever the shape)."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value)


def _json_rows(items: list[Any]) -> list[dict[str, str]]:
    if not all(isinstance(item, Mapping) for item in items):
        raise UnexpectedResponseError(
            "Prolific's demographic export held a list that is not rows of named columns; "
            "export it from the study's page in the app instead"
        )
    return [{str(k): _cell(v) for k, v in item.items()} for item in items]


def read_export(data: Any) -> Exported:
    """The shape of a decoded JSON answer (see the operation in ``openapi/prolific.yaml``)."""
    if isinstance(data, str):
        return Exported(csv=data)
    if isinstance(data, list):
        return Exported(rows=_json_rows(data))
    if isinstance(data, Mapping):
        for key in _URL_KEYS:
            if isinstance(data.get(key), str) and data[key]:
                return Exported(url=data[key])
        for key in _ROW_KEYS:
            if isinstance(data.get(key), list):
                return Exported(rows=_json_rows(data[key]))
        if isinstance(data.get("csv"), str):
            return Exported(csv=data["csv"])
    keys = ", ".join(sorted(map(str, data))) if isinstance(data, Mapping) else type(data).__name__
    raise UnexpectedResponseError(
        f"Prolific answered the demographic export without CSV, rows or a download link "
        f"(got {keys or 'an empty object'}); export it from the study's page in the app, "
        "and tell the SDK's maintainers about this shape"
    )


def _sniff(text: str, declared_json: bool) -> Exported:
    """CSV text, unless the body is (or says it is) JSON."""
    if not declared_json and text.lstrip()[:1] not in ("{", "[", '"'):
        return Exported(csv=text)
    try:
        data = json.loads(text)
    except ValueError:
        if declared_json:
            raise UnexpectedResponseError(
                "Prolific's demographic export said it was JSON but could not be read as JSON"
            ) from None
        return Exported(csv=text)
    return read_export(data)


def _parse_export(response: httpx.Response) -> Exported:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    text = response.text.removeprefix("\ufeff")  # a byte-order mark is not part of the header
    if kind.startswith("text/"):
        return Exported(csv=text)
    return _sniff(text, kind.endswith("json"))


def export_request(study_id: str, filters: list[dict[str, Any]]) -> Request[Exported]:
    request = build(ops.export_demographics, study_id=study_id, json={"filters": filters})
    return request.replace(parse=None, parse_response=_parse_export)


def _downloaded(content: bytes) -> Exported:
    try:
        # utf-8-sig: a file written for spreadsheets may start with a byte-order mark.
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnexpectedResponseError(
            "the demographic export Prolific linked to is not UTF-8 text"
        ) from None
    found = _sniff(text, declared_json=False)
    if found.url is not None:  # a link to a link: follow no further
        raise UnexpectedResponseError(
            "the demographic export Prolific linked to is another link, not the data"
        )
    return found


def _as_csv(rows: list[dict[str, str]]) -> str:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


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
    answer: Exported = yield export_request(study_id, chosen)
    if answer.url is not None:
        # A presigned link: fetched by the storage client, so the token never goes with it.
        content: bytes = yield Transfer("GET", answer.url)
        answer = _downloaded(content)
    if answer.rows is not None:
        return DemographicExport(
            study_id=study_id, csv=_as_csv(answer.rows), rows=answer.rows, filters=chosen
        )
    text = answer.csv or ""
    rows = [dict(row) for row in csv.DictReader(io.StringIO(text))]
    return DemographicExport(study_id=study_id, csv=text, rows=rows, filters=chosen)


# -- the reward check of create_and_publish -----------------------------------------------------


#: How long create_and_publish trusts the reward recommendations it read, in seconds.
REWARD_MINIMUM_TTL = 3600.0


def reward_warning_flow(
    study: Study,
    body: Mapping[str, Any],
    workspace_id: str,
    currency: str | None,
    known: dict[tuple[str, str], tuple[float, int | None]] | None = None,
) -> Flow[None]:
    """Log a warning when the study's hourly reward is below Prolific's recommended minimum
    for the workspace's currency. Advice only: a failed look-up is logged and ignored. `known`
    keeps what was read per workspace and currency for an hour (a client's ``Account``)."""
    reward = body.get("reward")
    minutes = body.get("estimated_completion_time")
    if not isinstance(reward, int) or not isinstance(minutes, int) or minutes <= 0:
        return
    if currency not in ("GBP", "USD"):
        return
    now: float = yield Now()
    cached = (known or {}).get((workspace_id, currency))
    if cached is not None and now - cached[0] < REWARD_MINIMUM_TTL:
        minimum = cached[1]
    else:
        try:
            query = {"workspace_id": workspace_id, "currency": currency}
            recommendations: Any = yield build(ops.get_reward_recommendations, query=query)
        except ProlificError as exc:
            logger.debug("Could not check the reward against Prolific's recommendations: %s", exc)
            return
        found = next(
            (
                r.get("min_reward_per_hour")
                for r in recommendations
                if isinstance(r, Mapping) and r.get("currency") == currency
            ),
            None,
        )
        minimum = found if isinstance(found, int) else None
        if known is not None:
            known[(workspace_id, currency)] = (now, minimum)
    hourly = reward * 60 / minutes
    if minimum is not None and hourly < minimum:
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
