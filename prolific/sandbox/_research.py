"""The research operations of the 2026 description: test studies and test participants,
demographic exports and their history, Taskflow progress, reward recommendations, filter
distributions, feedback upload URLs, and removing a draft from a project.

Rules:

* Test studies and test participants are features Prolific enables per workspace; the sandbox
  starts with them on (``Sandbox.set_feature(..., enabled=False)`` turns them off) and, like
  Prolific, answers 404 when they are off. A test study needs a test participant first.
* A demographic export takes at most 15 filters, and a study allows 2 different filter
  combinations (repeating one is free; an export without filters does not count). Answers are CSV
  with made-up but stable demographics per participant, as CSV text, JSON rows or a link to
  download the CSV (``settings.demographic_export_shape``).
* Reward recommendations are the sandbox's own figures: a recommended minimum of 7.50 GBP or
  10.00 USD an hour (above the floor the sandbox enforces, ``settings.minimum_hourly_reward``),
  9.00 GBP or 12.00 USD recommended, 1.00 more per screener asked about.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import timedelta
from typing import Any

from . import _lookup
from ._errors import SandboxError, bad_request, field_error
from ._filters import CATALOGUE, validate_filters
from ._http import Request, SandboxResponse, empty_response, json_response
from ._research_state import DemographicExport, TestParticipant
from ._state import SandboxState, Study, iso
from ._task_builder import new_file, storage_url

MAX_EXPORT_FILTERS = 15
MAX_EXPORT_COMBINATIONS = 2
#: (minimum, recommended) hourly reward in minor units, per currency.
REWARD_PER_HOUR = {"GBP": (750, 900), "USD": (1000, 1200)}
SCREENER_PREMIUM = 100
UPLOAD_TYPES = (".csv", ".xls", ".xlsx", ".json", ".txt", ".pdf")
UPLOAD_LIFETIME = timedelta(minutes=15)

BASE_COLUMNS = (
    "Submission id",
    "Participant id",
    "Status",
    "Started at",
    "Completed at",
    "Time taken",
    "Age",
    "Sex",
    "Country of residence",
    "First language",
    "Total approvals",
)


def feature_missing(feature: str) -> SandboxError:
    return SandboxError(
        404,
        f"Not found. ({feature} is not enabled for this workspace; Prolific enables it on "
        "request.)",
    )


def _require(state: SandboxState, workspace_id: str, feature: str, label: str) -> None:
    if not state.research.enabled(workspace_id, feature):
        raise feature_missing(label)


# -- test participants and test studies ---------------------------------------------------------


def create_test_participant(state: SandboxState, req: Request) -> SandboxResponse:
    _require(state, state.default_workspace_id, "test_studies", "Test participants")
    email = req.fields().req_text("email").strip()
    if "@" not in email or email.startswith("@") or email.endswith("@"):
        raise field_error("email", "Enter a valid email address.")
    if any(p.email == email for p in state.research.test_participants.values()):
        raise field_error("email", "A participant with this email already exists.")
    participant = TestParticipant(state.new_id(), email, state.user.id)
    state.research.test_participants[participant.id] = participant
    state.participants.add(participant.id)
    return json_response(201, {"participant_id": participant.id})


def create_test_study(state: SandboxState, req: Request) -> SandboxResponse:
    study = _lookup.study(state, req.params["study_id"])
    _require(state, study.workspace_id, "test_studies", "Test studies")
    if study.status != "UNPUBLISHED":
        raise bad_request(f"Only draft studies can be tested; this one is {study.status}.")
    if not any(p.user_id == state.user.id for p in state.research.test_participants.values()):
        raise bad_request(
            "Create a test participant first (POST /api/v1/researchers/participants/)."
        )
    test_id = state.new_id()
    state.research.test_studies[test_id] = study.id
    return json_response(
        200, {"study_id": test_id, "study_url": f"https://app.prolific.com/studies/{test_id}"}
    )


# -- demographic exports ------------------------------------------------------------------------


def _combination(filters: list[dict[str, Any]]) -> str:
    return json.dumps(filters, sort_keys=True)


def _demographics(participant_id: str) -> tuple[int, str, str, str, int]:
    digest = hashlib.sha256(participant_id.encode()).digest()
    country = CATALOGUE["current-country-of-residence"].choices
    language = CATALOGUE["first-language"].choices
    return (
        18 + digest[0] % 60,
        ("Male", "Female")[digest[1] % 2],
        list(country.values())[digest[2] % len(country)],
        list(language.values())[digest[3] % len(language)],
        10 + digest[4] * 3,
    )


def _filter_answer(participant_id: str, item: dict[str, Any]) -> str:
    spec = CATALOGUE.get(item["filter_id"])
    if spec is None:  # and/or groups have no single answer
        return ""
    digest = hashlib.sha256(f"{participant_id}:{spec.filter_id}".encode()).digest()
    if spec.type == "select":
        return list(spec.choices.values())[digest[0] % len(spec.choices)]
    return str(spec.minimum + digest[0] % (spec.maximum - spec.minimum + 1))


def export_demographics(state: SandboxState, req: Request) -> SandboxResponse:
    study = _lookup.study(state, req.params["study_id"])
    raw = req.fields().items("filters") or []
    if len(raw) > MAX_EXPORT_FILTERS:
        raise field_error("filters", f"An export takes at most {MAX_EXPORT_FILTERS} filters.")
    filters = validate_filters(raw)
    history = state.research.demographic_exports.setdefault(study.id, [])
    key = _combination(filters)
    used = {e.filters_key for e in history if e.filters}
    if filters and key not in used and len(used) >= MAX_EXPORT_COMBINATIONS:
        raise bad_request(
            f"This study already used its {MAX_EXPORT_COMBINATIONS} filter combinations for "
            "demographic exports; repeat one of them or export without filters."
        )
    history.append(DemographicExport(key, filters, iso(state.now())))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*BASE_COLUMNS, *(f["filter_id"] for f in filters)])
    for sub in state.study_index(study.id).sorted_view():
        age, sex, country, language, approvals = _demographics(sub.participant_id)
        taken = (sub.completed_at - sub.started_at).total_seconds() if sub.completed_at else ""
        writer.writerow(
            [
                sub.id,
                sub.participant_id,
                sub.status,
                iso(sub.started_at),
                iso(sub.completed_at) if sub.completed_at else "",
                int(taken) if taken != "" else "",
                age,
                sex,
                country,
                language,
                approvals,
                *(_filter_answer(sub.participant_id, f) for f in filters),
            ]
        )
    return _export_answer(state, req, study.id, out.getvalue())


def _export_answer(state: SandboxState, req: Request, study_id: str, text: str) -> SandboxResponse:
    shape = state.settings.demographic_export_shape
    if shape == "json_rows":
        return json_response(200, [dict(row) for row in csv.DictReader(io.StringIO(text))])
    if shape == "download_url":
        stored = new_file(state, study_id, f"demographics-{study_id}.csv", "text/csv")
        stored.download = text.encode()
        return json_response(200, {"url": storage_url(state, req, stored)})
    return SandboxResponse(200, {"Content-Type": "text/csv"}, text.encode())


def get_demographic_export_history(state: SandboxState, req: Request) -> SandboxResponse:
    study = _lookup.study(state, req.params["study_id"])
    history = state.research.demographic_exports.get(study.id, [])
    combinations = {e.filters_key for e in history if e.filters}
    latest = history[-1].filters if history else []
    return json_response(200, {"count": len(combinations), "filters": latest})


# -- Taskflow progress --------------------------------------------------------------------------


def get_access_details_progress(state: SandboxState, req: Request) -> SandboxResponse:
    study = _lookup.study(state, req.params["study_id"])
    access = study.extra.get("access_details")
    if not access:
        raise SandboxError(404, "This study has no access details (it is not a Taskflow study).")
    rows = [
        {
            "external_url": a["external_url"],
            "total_allocation": a["total_allocation"],
            "allocated": 0,
            "capacity_increments": 0,
        }
        for a in access
    ]
    # Participants go to the first URL with room left; a screen-out makes room for one more.
    for sub in state.study_index(study.id).sorted_view():
        for row in rows:
            if row["allocated"] < row["total_allocation"] + row["capacity_increments"]:
                row["allocated"] += 1
                if sub.status == "SCREENED OUT":
                    row["capacity_increments"] += 1
                break
    return json_response(200, {"id": _collection_id(study), "progress": rows})


def _collection_id(study: Study) -> str:
    return hashlib.sha256(f"access-details:{study.id}".encode()).hexdigest()[:24]


# -- rewards, distributions, uploads, projects --------------------------------------------------


def get_reward_recommendations(state: SandboxState, req: Request) -> SandboxResponse:
    workspace_id = req.arg("workspace_id")
    currency = req.arg("currency")
    if workspace_id is None:
        raise field_error("workspace_id", "This field is required.")
    _lookup.in_body(state.workspaces, workspace_id, "workspace_id", "Workspace")
    if currency not in REWARD_PER_HOUR:
        raise field_error("currency", f"Choose one of {sorted(REWARD_PER_HOUR)}.")
    screeners = [s for s in (req.arg("screener_ids") or "").split(",") if s.strip()]
    minimum, recommended = REWARD_PER_HOUR[currency]
    extra = SCREENER_PREMIUM * len(screeners)
    return json_response(
        200,
        [
            {
                "currency": currency,
                "min_reward_per_hour": minimum + extra,
                "recommended_reward_per_hour": recommended + extra,
            }
        ],
    )


def get_filter_distribution(state: SandboxState, req: Request) -> SandboxResponse:
    """The sandbox's custom groups are participant groups: their members spread over the
    catalogue's select filters, by a stable hash of each member's ID."""
    group = state.groups.get(req.params["filter_id"])
    if group is None or group.is_deleted:
        raise SandboxError(
            404, "Only custom-group filters (participant group IDs) have a distribution."
        )
    if req.arg("workspace_id") is None:
        raise field_error("workspace_id", "This field is required.")
    wanted = [f for f in (req.arg("distribution_filters") or "").split(",") if f.strip()]
    if not wanted:
        raise field_error("distribution_filters", "Give at least one filter ID.")
    distribution: dict[str, dict[str, int]] = {}
    for filter_id in wanted:
        spec = CATALOGUE.get(filter_id)
        if spec is None or spec.type != "select":
            raise field_error(
                "distribution_filters", f"{filter_id!r} does not allow a distribution."
            )
        counts = dict.fromkeys(spec.choices, 0)
        for member in group.members:
            digest = hashlib.sha256(f"{member}:{filter_id}".encode()).digest()
            counts[list(spec.choices)[digest[0] % len(spec.choices)]] += 1
        distribution[filter_id] = counts
    return json_response(200, {"distribution": distribution})


def get_feedback_upload_url(state: SandboxState, req: Request) -> SandboxResponse:
    filename = req.params["filename"]
    workspace_id = req.arg("workspace_id")
    if workspace_id is None:
        raise field_error("workspace_id", "This field is required.")
    _lookup.in_body(state.workspaces, workspace_id, "workspace_id", "Workspace")
    if not filename.lower().endswith(UPLOAD_TYPES):
        raise bad_request(f"Upload one of these file types: {', '.join(UPLOAD_TYPES)}.")
    signature = state.new_token(16)
    return json_response(
        201,
        {
            "upload_url": f"https://uploads.sandbox.prolific.test/{workspace_id}/{filename}"
            f"?signature={signature}",
            "http_method": "PUT",
            "expires_at": iso(state.now() + UPLOAD_LIFETIME),
        },
    )


def remove_project_study(state: SandboxState, req: Request) -> SandboxResponse:
    project = _lookup.in_path(state.projects, req.params["project_id"], "Project")
    study = _lookup.study(state, req.params["study_id"])
    if study.project_id != project.id:
        raise SandboxError(404, f"Study {study.id!r} is not in project {project.id!r}.")
    if study.status != "UNPUBLISHED":
        raise bad_request(f"Only draft studies can be removed; this study is {study.status}.")
    del state.studies[study.id]
    return empty_response(204)
