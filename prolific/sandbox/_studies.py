"""Studies: drafts, publishing and the other transitions, patching, cloning and costs.

Rules (from Prolific's behaviour):

* ``POST /studies/`` always makes an ``UNPUBLISHED`` draft. Extra fields are ignored, except
  ``eligibility_requirements``, which Prolific now refuses (use ``filters``). The project is set
  with ``project``; ``project_id`` is ignored and the study lands in the default project.
* ``PUBLISH`` checks the workspace balance against the cost of every place (reward, service fee
  and VAT, see ``_pricing``) and debits it. ``PAUSE``/``START``/``STOP`` move between ``ACTIVE``,
  ``PAUSED`` and the end states; STOP refunds the places nobody took.
* Only drafts can be deleted. After publishing only ``internal_name``, ``total_available_places``
  (increase only; the new places are paid for and a full or stopped study reopens) and
  ``access_details`` can change.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

from . import _lookup, _scheduling
from ._errors import SandboxError, bad_request, field_error
from ._filters import eligible_count, validate_filters
from ._http import Fields, Request, SandboxResponse, empty_response, json_response
from ._lifecycle import (
    close_study_after_stop,
    fund_places,
    open_places_to_fund,
    refresh_study,
    rule_of,
    set_study_status,
)
from ._pagination import paginate
from ._pricing import charge_for, hourly_rate, minimum_reward, study_cost
from ._settings import PUBLISH_DELAY_RANGE
from ._state import STUDY_STATUSES, SandboxState, Study, iso
from ._task_builder import parse_data_collection

PROLIFIC_ID_OPTIONS = ("question", "url_parameters", "not_required")
CODE_ACTIONS = (
    "AUTOMATICALLY_APPROVE",
    "MANUALLY_REVIEW",
    "ADD_TO_PARTICIPANT_GROUP",
    "REMOVE_FROM_PARTICIPANT_GROUP",
    "REQUEST_RETURN",
    "DYNAMIC_PAYMENT",
    "FIXED_SCREEN_OUT_PAYMENT",
)
ACTORS = ("participant", "researcher")
DEVICES = ("desktop", "tablet", "mobile")
PERIPHERALS = ("audio", "camera", "download", "microphone")
STUDY_LABELS = (
    "survey",
    "writing_task",
    "annotation",
    "decision_making_task",
    "interview",
    "other",
    "ai_annotation",
    "ai_evaluation",
    "ai_reasoning",
    "ai_fact_checking",
    "ai_safety",
    "ai_data_creation_text",
    "ai_data_creation_audio",
    "ai_data_creation_video",
    "ai_data_creation_images",
    "ai_other",
)
DATA_COLLECTION_METHODS = ("AI_TASK_BUILDER_BATCH", "AI_TASK_BUILDER_COLLECTION")
AUTO_REJECTION_CATEGORIES = ("EXCEPTIONALLY_FAST",)
CONTENT_WARNINGS = ("sensitive", "explicit")
STUDY_ACTIONS = ("PUBLISH", "SCHEDULE_PUBLISH", "CANCEL_PUBLISH", "PAUSE", "START", "STOP")
#: Fields stored as sent and echoed back.
EXTRA_FIELDS = (
    "naivety_distribution_rate",
    "submissions_config",
    "study_labels",
    "content_warnings",
    "content_warning_details",
    "metadata",
    "access_details",
    "publish_at",
    "study_type",
    "credential_pool_id",
    "is_external_study_url_secure",
    "data_collection_method",
    "data_collection_id",
    "data_collection_metadata",
)
NULLABLE_EXTRAS = (
    "naivety_distribution_rate",
    "metadata",
    "access_details",
    "publish_at",
    "credential_pool_id",
    "data_collection_method",
    "data_collection_id",
    "data_collection_metadata",
)
PATCHABLE_AFTER_PUBLISH = ("internal_name", "total_available_places", "access_details")
#: ``maximum_allowed_time`` must stay under a day (the submission object page).
MAX_ALLOWED_MINUTES = 24 * 60 - 1
DATA_COLLECTION_METHODS = ("AI_TASK_BUILDER_BATCH", "AI_TASK_BUILDER_COLLECTION")
#: Cannot be combined on one completion code.
EXCLUSIVE_ACTIONS = frozenset({"AUTOMATICALLY_APPROVE", "MANUALLY_REVIEW"})


def minimum_allowed_time(estimated_minutes: int) -> int:
    """Prolific's floor for ``maximum_allowed_time``: 2 + 2e + 2 * sqrt(e) minutes."""
    return math.ceil(2 + 2 * estimated_minutes + 2 * math.sqrt(estimated_minutes))


def default_allowed_time(estimated_minutes: int) -> int:
    """The sandbox's default time limit when none is given: ten times the estimate, at least
    the floor, and under a day."""
    return min(
        max(minimum_allowed_time(estimated_minutes), 10 * estimated_minutes), MAX_ALLOWED_MINUTES
    )


def check_reward_floor(state: SandboxState, workspace_id: str, reward: int, minutes: int) -> None:
    """Refuse (400) a reward under the workspace currency's minimum hourly pay."""
    currency = state.currency_of(workspace_id)
    per_hour = state.settings.minimum_hourly_reward.get(currency)
    if per_hour is None or hourly_rate(reward, minutes) >= per_hour:
        return
    least = minimum_reward(per_hour, minutes)
    raise field_error(
        "reward",
        f"A reward of {reward} ({currency} minor units) for {minutes} minutes pays "
        f"{hourly_rate(reward, minutes):.0f} per hour; Prolific's minimum is {per_hour} per hour, "
        f"so this study needs a reward of at least {least}.",
    )


def check_allowed_time(estimated: int, maximum: int) -> None:
    """``maximum_allowed_time`` lies between Prolific's floor for the estimate and a day."""
    floor = minimum_allowed_time(estimated)
    if floor > MAX_ALLOWED_MINUTES:
        raise field_error(
            "estimated_completion_time",
            f"{estimated} minutes is too long: a study's time limit must stay under 24 hours.",
        )
    if maximum < floor:
        raise field_error(
            "maximum_allowed_time",
            f"Must be at least {floor} minutes for this estimated time.",
        )
    if maximum > MAX_ALLOWED_MINUTES:
        raise field_error(
            "maximum_allowed_time",
            f"Must be under 24 hours (at most {MAX_ALLOWED_MINUTES} minutes).",
        )


def check_allocations(access: Any, places: int | None) -> None:
    """Taskflow: the ``access_details`` allocations add up to ``total_available_places``."""
    if not isinstance(access, list) or places is None:
        return
    total = sum(item["total_allocation"] for item in access)
    if total != places:
        raise field_error(
            "access_details",
            f"The allocations add up to {total}, but the study has {places} places; "
            "they must be equal.",
        )


# -- serialisation ------------------------------------------------------------------------------


def study_item(state: SandboxState, study: Study) -> dict[str, Any]:
    return {
        "id": study.id,
        "name": study.name,
        "internal_name": study.internal_name,
        "status": study.status,
        "study_type": study.extra.get("study_type", "SINGLE"),
        "total_available_places": study.total_available_places,
        "estimated_completion_time": study.estimated_completion_time,
        "places_taken": state.places_taken(study),
        "number_of_submissions": state.submission_count(study.id),
        "reward": study.reward,
        "total_cost": study_cost(
            study.reward, study.total_available_places, rule_of(state, study.workspace_id)
        ).total,
        "published_at": iso(study.published_at) if study.published_at else None,
        "publish_at": study.extra.get("publish_at"),
        "date_created": iso(study.date_created),
        "is_custom_screening": study.is_custom_screening,
        "project": study.project_id,
        "credential_pool_id": study.extra.get("credential_pool_id"),
        "is_ready_to_publish": is_ready_to_publish(study),
    }


def is_ready_to_publish(study: Study) -> bool:
    """A draft with somewhere to send participants and a way for them to finish."""
    destination = (
        study.external_study_url
        or study.extra.get("access_details")
        or study.extra.get("data_collection_method")
    )
    return study.status == "UNPUBLISHED" and bool(destination) and bool(study.completion_codes)


def study_detail(state: SandboxState, study: Study) -> dict[str, Any]:
    data = study_item(state, study)
    data.update(
        {
            "description": study.description,
            "external_study_url": study.external_study_url,
            "prolific_id_option": study.prolific_id_option,
            "completion_codes": [dict(c) for c in study.completion_codes],
            "estimated_completion_time": study.estimated_completion_time,
            "maximum_allowed_time": study.maximum_allowed_time,
            "device_compatibility": list(study.device_compatibility),
            "peripheral_requirements": list(study.peripheral_requirements),
            "filters": [dict(f) for f in study.filters],
            "filter_set_id": study.filter_set_id,
            "filter_set_version": study.filter_set_version,
            "workspace": study.workspace_id,
            "eligible_participant_count": eligible_count(study.filters),
            "average_reward_per_hour": round(study.reward * 60 / study.estimated_completion_time),
            "has_credentials": study.extra.get("credential_pool_id") is not None,
        }
    )
    # Optional fields appear when set; the nullable ones appear as null otherwise.
    for name in EXTRA_FIELDS:
        if name in study.extra:
            data.setdefault(name, study.extra[name])
        elif name in NULLABLE_EXTRAS:
            data.setdefault(name, None)
    return data


# -- parsing ------------------------------------------------------------------------------------


def _completion_codes(
    state: SandboxState, raw: Any, reward: int | None = None
) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        raise field_error("completion_codes", "Expected a list of completion codes.")
    codes: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        where = f"completion code {index}"
        if not isinstance(item, dict):
            raise field_error("completion_codes", f"{where} must be an object.")
        if "code" not in item or "actions" not in item:
            raise field_error(
                "completion_codes", f"{where}: code, code_type and actions are all required."
            )
        code = item.get("code")
        if code is not None and (not isinstance(code, str) or not code.strip()):
            raise field_error("completion_codes", f"{where}: code must be a non-blank string.")
        if code is not None:
            if code in seen:
                raise field_error("completion_codes", f"Code {code!r} is used twice.")
            seen.add(code)
        code_type = item.get("code_type")
        if not isinstance(code_type, str) or not code_type.strip():
            raise field_error("completion_codes", f"{where}: code_type is required.")
        actor = item.get("actor", "participant")
        if actor not in ACTORS:
            raise field_error("completion_codes", f"{where}: actor must be one of {ACTORS}.")
        if "actions" not in item:
            raise field_error(
                "completion_codes", f"{where}: actions is required (a list, possibly empty)."
            )
        actions = item["actions"]
        if not isinstance(actions, list):
            raise field_error("completion_codes", f"{where}: actions must be a list.")
        for action in actions:
            if not isinstance(action, dict) or action.get("action") not in CODE_ACTIONS:
                raise field_error("completion_codes", f"{where}: unknown action {action!r}.")
            if action["action"] in ("ADD_TO_PARTICIPANT_GROUP", "REMOVE_FROM_PARTICIPANT_GROUP"):
                group = action.get("participant_group")
                if not isinstance(group, str) or group not in state.groups:
                    raise field_error(
                        "completion_codes", f"{where}: participant_group {group!r} does not exist."
                    )
            if action["action"] == "REQUEST_RETURN" and not isinstance(
                action.get("return_reason"), str
            ):
                raise field_error("completion_codes", f"{where}: return_reason is required.")
            if action["action"] == "FIXED_SCREEN_OUT_PAYMENT":
                _check_fixed_screen_out(action, where, reward)
        names = {action["action"] for action in actions}
        if names >= EXCLUSIVE_ACTIONS:
            raise field_error(
                "completion_codes",
                f"{where}: AUTOMATICALLY_APPROVE and MANUALLY_REVIEW cannot be combined.",
            )
        if "DYNAMIC_PAYMENT" in names and actor != "researcher":
            raise field_error(
                "completion_codes",
                f"{where}: a DYNAMIC_PAYMENT code must have actor `researcher`.",
            )
        codes.append({"code": code, "code_type": code_type, "actor": actor, "actions": actions})
    return codes


def _check_fixed_screen_out(action: dict[str, Any], where: str, reward: int | None) -> None:
    amount, slots = action.get("fixed_screen_out_reward"), action.get("slots")
    for name, value, least in (("fixed_screen_out_reward", amount, 0), ("slots", slots, 1)):
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise field_error(
                "completion_codes", f"{where}: {name} must be an integer of at least {least}."
            )
    if reward is not None and isinstance(amount, int) and amount >= reward:
        raise field_error(
            "completion_codes",
            f"{where}: fixed_screen_out_reward must be less than the study reward ({reward}).",
        )


def _choices_list(fields: Fields, name: str, allowed: tuple[str, ...]) -> list[str] | None:
    values = fields.text_list(name)
    if values is not None:
        bad = [v for v in values if v not in allowed]
        if bad:
            raise field_error(name, f"Invalid values {bad!r}; allowed: {list(allowed)}.")
    return values


def parse_study(state: SandboxState, fields: Fields, *, partial: bool) -> dict[str, Any]:
    """Validate the study fields present in ``fields``; returns the normalised values.

    With ``partial=False`` the fields Prolific requires on creation must all be there.
    """
    if fields.data.get("eligibility_requirements") is not None:
        raise field_error(
            "eligibility_requirements",
            "eligibility_requirements is no longer supported; select participants with "
            "`filters` (see GET /api/v1/filters/) or a filter set.",
        )
    required = not partial
    out: dict[str, Any] = {}
    out["name"] = fields.text("name", required=required)
    out["internal_name"] = fields.text("internal_name", allow_blank=True)
    out["description"] = fields.text("description", required=required, allow_blank=True)
    has_access_details = fields.data.get("access_details") is not None
    method = fields.choice("data_collection_method", DATA_COLLECTION_METHODS)
    # A Task Builder study runs a batch or collection the sandbox knows: it sets the codes and
    # (for a batch) the places.
    data_collection = parse_data_collection(state, fields, creating=not partial)
    out["external_study_url"] = fields.text(
        "external_study_url", required=required and not has_access_details and method is None
    )
    url = out["external_study_url"]
    if url is not None and not url.startswith(("http://", "https://")):
        raise field_error("external_study_url", "Enter a valid URL.")
    out["prolific_id_option"] = fields.choice(
        "prolific_id_option", PROLIFIC_ID_OPTIONS, required=required
    )
    raw_codes = fields.data.get("completion_codes")
    legacy_code = fields.text("completion_code")
    if raw_codes is None and legacy_code is not None:
        # Older clients send one code as completion_code (+ completion_option): accept it.
        raw_codes = [
            {"code": legacy_code, "code_type": "COMPLETED", "actions": [], "actor": "participant"}
        ]
    reward = fields.integer("reward", minimum=1)
    if raw_codes is None and data_collection is not None and required:
        raw_codes = data_collection["default_codes"]
    if raw_codes is not None:
        out["completion_codes"] = _completion_codes(state, raw_codes, reward)
    elif required:
        # Prolific creates a draft without codes; it cannot be published until it has one.
        out["completion_codes"] = []
    out["estimated_completion_time"] = fields.integer(
        "estimated_completion_time", required=required, minimum=1
    )
    out["maximum_allowed_time"] = fields.integer("maximum_allowed_time", minimum=1)
    out["reward"] = fields.integer("reward", required=required, minimum=1)
    places_from_batch = None if data_collection is None else data_collection["places"]
    out["total_available_places"] = fields.integer(
        "total_available_places", required=required and places_from_batch is None, minimum=1
    )
    if places_from_batch is not None:
        out["total_available_places"] = places_from_batch
    out["device_compatibility"] = _choices_list(fields, "device_compatibility", DEVICES)
    out["peripheral_requirements"] = _choices_list(fields, "peripheral_requirements", PERIPHERALS)
    out["is_custom_screening"] = fields.boolean("is_custom_screening")
    raw_filters = fields.items("filters")
    out["filters"] = validate_filters(raw_filters) if raw_filters is not None else None
    out["filter_set_id"] = fields.text("filter_set_id")
    out["filter_set_version"] = fields.integer("filter_set_version", minimum=1)
    if out["filter_set_id"] is not None:
        fs = _lookup.in_body(state.filter_sets, out["filter_set_id"], "filter_set_id", "Filter set")
        if fs.is_deleted:
            raise field_error("filter_set_id", "This filter set was deleted.")
        if out["filters"]:
            raise field_error("filter_set_id", "Use either filters or a filter set, not both.")
    project_id = fields.text("project")
    if project_id is not None:
        _lookup.in_body(state.projects, project_id, "project", "Project")
    out["project"] = project_id
    rate = fields.number("naivety_distribution_rate")
    if rate is not None and not 0.0 <= rate <= 1.0:
        raise field_error("naivety_distribution_rate", "Must be between 0 and 1.")
    config = fields.mapping("submissions_config")
    for key, value in (config or {}).items():
        if key == "auto_rejection_categories":
            if not isinstance(value, list):
                raise field_error("submissions_config", f"{key} must be a list.")
            continue
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise field_error("submissions_config", f"{key} must be an integer or null.")
    for category in (config or {}).get("auto_rejection_categories") or []:
        if category not in AUTO_REJECTION_CATEGORIES:
            raise field_error(
                "submissions_config",
                f"Unknown auto_rejection_categories value {category!r}; "
                f"allowed: {list(AUTO_REJECTION_CATEGORIES)}.",
            )
    _check_new_fields(state, fields)
    _choices_list(fields, "study_labels", STUDY_LABELS)
    _choices_list(fields, "content_warnings", CONTENT_WARNINGS)
    fields.text("content_warning_details", allow_blank=True)
    fields.text("metadata", allow_blank=True)
    publish_at = fields.text("publish_at")
    if publish_at is not None:
        try:
            datetime.fromisoformat(publish_at.replace("Z", "+00:00"))
        except ValueError as exc:
            raise field_error("publish_at", "Enter an ISO 8601 date-time.") from exc
    access = fields.items("access_details")
    if access is not None:
        for item in access:
            if not (
                isinstance(item, dict)
                and isinstance(item.get("external_url"), str)
                and isinstance(item.get("total_allocation"), int)
                and not isinstance(item.get("total_allocation"), bool)
            ):
                raise field_error(
                    "access_details", "Each item needs external_url and total_allocation."
                )
        if not partial:
            check_allocations(access, out["total_available_places"])
    extra = {
        name: fields.data[name]
        for name in EXTRA_FIELDS
        if name in fields.data and (fields.data[name] is not None or name in NULLABLE_EXTRAS)
    }
    out["extra"] = extra
    est = out["estimated_completion_time"]
    max_time = out["maximum_allowed_time"]
    if est is not None:
        check_allowed_time(est, max_time if max_time is not None else default_allowed_time(est))
    return {k: v for k, v in out.items() if v is not None and (k != "extra" or v)}


def _check_new_fields(state: SandboxState, fields: Fields) -> None:
    """The 2026 study fields: types, and that a credential pool exists in the sandbox."""
    fields.text("study_type")
    fields.boolean("is_external_study_url_secure")
    fields.text("data_collection_id")
    metadata = fields.mapping("data_collection_metadata")
    per_task = (metadata or {}).get("annotators_per_task")
    if per_task is not None and (
        isinstance(per_task, bool) or not isinstance(per_task, int) or per_task < 1
    ):
        raise field_error("data_collection_metadata", "annotators_per_task must be at least 1.")
    pool_id = fields.text("credential_pool_id")
    if pool_id is not None and pool_id not in state.research.credential_pools:
        raise field_error("credential_pool_id", f"Credential pool {pool_id!r} does not exist.")


def _apply(study: Study, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if key == "extra":
            study.extra.update(value)
        elif key == "project":
            study.project_id = value
        else:
            setattr(study, key, value)


# -- handlers -----------------------------------------------------------------------------------


def _study(state: SandboxState, req: Request) -> Study:
    return _lookup.study(state, req.params["study_id"])


#: Words a study list's ``state`` takes beyond the statuses themselves.
PUBLISHED_STATES = frozenset(STUDY_STATUSES) - {"UNPUBLISHED", "SCHEDULED"}
#: The official command line's flags (``?active=1``, ``?published=0``...) -> statuses.
STUDY_FLAGS: dict[str, frozenset[str]] = {
    "active": frozenset({"ACTIVE"}),
    "published": PUBLISHED_STATES,
    "completed": frozenset({"COMPLETED"}),
}
STUDY_ORDERINGS = ("date_created", "name", "published_at", "reward")


def _state_word(word: str) -> frozenset[str]:
    key = word.strip().upper().replace("_", " ")
    if key == "PUBLISHED":
        return PUBLISHED_STATES
    if key in STUDY_STATUSES:
        return frozenset({key})
    raise bad_request(
        f"Unknown study state {word.strip()!r}; use (active|published|...) with study statuses."
    )


def _study_filter(req: Request) -> Callable[[Study], bool]:
    """``state=(active|published)`` (any of), ``status=ACTIVE``, and the flags
    ``active``/``published``/``completed`` (1/0, true/false, yes/no, t/f)."""
    raw = req.arg("state") or req.arg("status")
    wanted: frozenset[str] | None = None
    if raw:
        text = raw.strip().strip("()")
        words = [part for part in text.replace(",", "|").split("|") if part.strip()]
        wanted = frozenset().union(*(_state_word(word) for word in words))
    flags: list[tuple[frozenset[str], bool]] = []
    for name, statuses in STUDY_FLAGS.items():
        value = req.arg(name)
        if value is None or value == "":
            continue
        word = value.strip().lower()
        if word not in ("1", "0", "true", "false", "yes", "no", "t", "f"):
            raise bad_request(f"{name} must be one of 1/0, true/false, yes/no or t/f.")
        flags.append((statuses, word in ("1", "true", "yes", "t")))

    def keep(study: Study) -> bool:
        if wanted is not None and study.status not in wanted:
            return False
        return all((study.status in statuses) == value for statuses, value in flags)

    return keep


def _ordered_studies(req: Request, studies: list[Study]) -> list[Study]:
    ordering = req.arg("ordering")
    if not ordering:
        return studies
    field = ordering.removeprefix("-")
    if field not in STUDY_ORDERINGS:
        raise bad_request(
            f"ordering must be one of {', '.join(STUDY_ORDERINGS)}, optionally with a leading '-'."
        )

    def key(study: Study) -> tuple[Any, ...]:
        value = getattr(study, field)
        # Drafts have no published_at: they sort first (last when descending).
        return (value is not None, value if value is not None else 0, study.date_created)

    return sorted(studies, key=key, reverse=ordering.startswith("-"))


def list_studies(state: SandboxState, req: Request) -> SandboxResponse:
    keep = _study_filter(req)
    items = _ordered_studies(req, [s for s in state.studies.values() if keep(s)])
    return json_response(200, paginate(req, items, lambda s: study_item(state, s)))


def list_project_studies(state: SandboxState, req: Request) -> SandboxResponse:
    project = _lookup.in_path(state.projects, req.params["project_id"], "Project")
    keep = _study_filter(req)
    items = [s for s in state.studies.values() if s.project_id == project.id and keep(s)]
    return json_response(
        200, paginate(req, _ordered_studies(req, items), lambda s: study_item(state, s))
    )


def create_study(state: SandboxState, req: Request) -> SandboxResponse:
    values = parse_study(state, req.fields(), partial=False)
    project = state.projects[values.pop("project", state.default_project_id)]
    est = values["estimated_completion_time"]
    check_reward_floor(state, project.workspace_id, values["reward"], est)
    study = Study(
        id=state.new_id(),
        name=values.pop("name"),
        description=values.pop("description"),
        external_study_url=values.pop("external_study_url", None),
        prolific_id_option=values.pop("prolific_id_option"),
        completion_codes=values.pop("completion_codes"),
        estimated_completion_time=est,
        maximum_allowed_time=values.pop("maximum_allowed_time", default_allowed_time(est)),
        reward=values.pop("reward"),
        total_available_places=values.pop("total_available_places"),
        project_id=project.id,
        workspace_id=project.workspace_id,
        owner=state.user.id,
        date_created=state.now(),
    )
    values.pop("estimated_completion_time")
    _apply(study, values)
    state.studies[study.id] = study
    return json_response(201, study_detail(state, study))


def get_study(state: SandboxState, req: Request) -> SandboxResponse:
    return json_response(200, study_detail(state, _study(state, req)))


def update_study(state: SandboxState, req: Request) -> SandboxResponse:
    study = _study(state, req)
    values = parse_study(state, req.fields(), partial=True)
    places = values.get("total_available_places", study.total_available_places)
    access = values.get("extra", {}).get("access_details", study.extra.get("access_details"))
    check_allocations(access, places)
    if study.status == "UNPUBLISHED":
        est = values.get("estimated_completion_time", study.estimated_completion_time)
        max_time = values.get("maximum_allowed_time", study.maximum_allowed_time)
        check_allowed_time(est, max_time)
        workspace_id = (
            state.projects[values["project"]].workspace_id
            if "project" in values
            else study.workspace_id
        )
        check_reward_floor(state, workspace_id, values.get("reward", study.reward), est)
        study.workspace_id = workspace_id
        _apply(study, values)
        return json_response(200, study_detail(state, study))

    current = study_detail(state, study)
    refused = {
        key: ["This field cannot be changed once the study is published."]
        for key, value in values.items()
        if key not in PATCHABLE_AFTER_PUBLISH and key != "extra" and current.get(key) != value
    }
    for key, value in values.get("extra", {}).items():
        if key not in PATCHABLE_AFTER_PUBLISH and current.get(key) != value:
            refused[key] = ["This field cannot be changed once the study is published."]
    if refused:
        raise SandboxError(400, refused)
    places = values.get("total_available_places")
    if places is not None and places < study.total_available_places:
        raise field_error(
            "total_available_places",
            "Places can only be increased once the study is published.",
        )
    if places is not None and places > study.total_available_places:
        # Pays for the new places (refused with 400 when funds are short), then reopens; places
        # settled apart (screened out, partially approved) stay settled.
        fund_places(state, study, open_places_to_fund(state, study, places), "add these places")
        study.total_available_places = places
        study.stopped = False
        if study.status in ("AWAITING REVIEW", "COMPLETED"):
            set_study_status(state, study, "ACTIVE")
    if "internal_name" in values:
        study.internal_name = values["internal_name"]
    if "access_details" in values.get("extra", {}):
        study.extra["access_details"] = values["extra"]["access_details"]
    refresh_study(state, study)
    return json_response(200, study_detail(state, study))


def delete_study(state: SandboxState, req: Request) -> SandboxResponse:
    study = _study(state, req)
    if study.status != "UNPUBLISHED":
        raise bad_request(
            f"Only unpublished (draft) studies can be deleted; this study is {study.status}. "
            "Stop it instead."
        )
    del state.studies[study.id]
    # The 2026 description answers 200 with an empty object; older clients saw 204.
    status = state.settings.delete_study_status
    return empty_response(204) if status == 204 else json_response(status, {})


def _finish_publishing(state: SandboxState, study_id: str) -> None:
    study = state.studies.get(study_id)
    if study is not None and study.status == "PUBLISHING":
        set_study_status(state, study, "ACTIVE")


def check_publishable(study: Study) -> None:
    if not (
        study.external_study_url
        or study.extra.get("access_details")
        or study.extra.get("data_collection_method")
    ):
        raise bad_request("The study needs an external_study_url before it can be published.")
    if not study.completion_codes:
        raise bad_request(
            "The study needs at least one completion code before it can be published."
        )


def publish_now(state: SandboxState, study: Study) -> None:
    """PUBLISH (or a scheduled publication falling due): pay for the places, then PUBLISHING
    for a few seconds (``settings.publish_delay``; seeded when None), then ACTIVE."""
    check_publishable(study)
    check_reward_floor(state, study.workspace_id, study.reward, study.estimated_completion_time)
    fund_places(state, study, study.total_available_places, "publish this study")
    study.published_at = state.now()
    delay = state.settings.publish_delay
    if delay is None:
        delay = float(state.timing.randint(*PUBLISH_DELAY_RANGE))
    if delay > 0:
        set_study_status(state, study, "PUBLISHING")
        study_id = study.id
        state.schedule(delay, lambda: _finish_publishing(state, study_id))
    else:
        set_study_status(state, study, "ACTIVE")


def transition_study(state: SandboxState, req: Request) -> SandboxResponse:
    study = _study(state, req)
    fields = req.fields()
    action = fields.choice("action", STUDY_ACTIONS, required=True)
    status = study.status
    if action == "SCHEDULE_PUBLISH":
        check_publishable(study)
        check_reward_floor(state, study.workspace_id, study.reward, study.estimated_completion_time)
        _scheduling.schedule_publish(state, study, fields, publish_now)
    elif action == "CANCEL_PUBLISH":
        _scheduling.cancel_publish(state, study)
    elif action == "PUBLISH":
        if status != "UNPUBLISHED":
            raise bad_request(f"Only unpublished studies can be published; this one is {status}.")
        publish_now(state, study)
    elif action == "PAUSE":
        if status != "ACTIVE":
            raise bad_request(f"Only active studies can be paused; this one is {status}.")
        set_study_status(state, study, "PAUSED")
    elif action == "START":
        if status != "PAUSED":
            raise bad_request(f"Only paused studies can be started again; this one is {status}.")
        set_study_status(state, study, "ACTIVE")
        refresh_study(state, study)
    else:  # STOP
        if status in ("UNPUBLISHED", "SCHEDULED", "PUBLISHING", "COMPLETED") or study.stopped:
            raise bad_request(f"This study cannot be stopped; it is {status}.")
        close_study_after_stop(state, study)
    return json_response(200, study_detail(state, study))


def _with_block_list(filters: list[dict[str, Any]], study_id: str) -> list[dict[str, Any]]:
    """``filters`` plus a block list holding ``study_id`` (merged into one already there)."""
    out = [dict(f) for f in filters]
    for item in out:
        if item.get("filter_id") == "previous_studies_blocklist":
            values = list(item.get("selected_values", []))
            item["selected_values"] = values if study_id in values else [*values, study_id]
            return out
    return [*out, {"filter_id": "previous_studies_blocklist", "selected_values": [study_id]}]


def clone_study(state: SandboxState, req: Request) -> SandboxResponse:
    """A new draft from ``source``; its participants are blocked from the copy unless the body
    says ``block_previous_participants: false``. Answers 200 (the 2026 description)."""
    source = _study(state, req)
    block = req.fields().boolean("block_previous_participants") is not False
    filters = [dict(f) for f in source.filters]
    study = Study(
        id=state.new_id(),
        name=source.name,
        internal_name=source.internal_name,
        description=source.description,
        external_study_url=source.external_study_url,
        prolific_id_option=source.prolific_id_option,
        completion_codes=[dict(c) for c in source.completion_codes],
        estimated_completion_time=source.estimated_completion_time,
        maximum_allowed_time=source.maximum_allowed_time,
        reward=source.reward,
        total_available_places=source.total_available_places,
        project_id=source.project_id,
        workspace_id=source.workspace_id,
        owner=state.user.id,
        date_created=state.now(),
        is_custom_screening=source.is_custom_screening,
        device_compatibility=list(source.device_compatibility),
        peripheral_requirements=list(source.peripheral_requirements),
        filters=_with_block_list(filters, source.id) if block else filters,
        filter_set_id=source.filter_set_id,
        filter_set_version=source.filter_set_version,
        extra={k: v for k, v in source.extra.items() if k != "publish_at"},
    )
    state.studies[study.id] = study
    return json_response(200, study_detail(state, study))


def _money(amount: int, currency: str) -> dict[str, Any]:
    return {"amount": amount, "currency": currency}


def get_study_cost(state: SandboxState, req: Request) -> SandboxResponse:
    study = _study(state, req)
    currency = state.currency_of(study.workspace_id)
    rewards = study_cost(
        study.reward, study.total_available_places, rule_of(state, study.workspace_id)
    )
    bonus_entries = [
        e for e in state.ledger.for_study(study.id) if e.kind in ("bonus", "screen_out_bonus")
    ]
    bonus_amount = sum(e.amount for e in bonus_entries)
    bonus_fees = sum(e.fees for e in bonus_entries)
    bonus_vat = sum(e.vat for e in bonus_entries)
    return json_response(
        200,
        {
            "total_cost": rewards.total + bonus_amount + bonus_fees + bonus_vat,
            "rewards": {
                "rewards": _money(rewards.amount, currency),
                "fees": _money(rewards.fees, currency),
                "tax": _money(rewards.vat, currency),
                "rep_sample_fees": _money(0, currency),
                "rep_sample_tax": _money(0, currency),
            },
            "bonuses": {
                "rewards": _money(bonus_amount, currency),
                "fees": _money(bonus_fees, currency),
                "tax": _money(bonus_vat, currency),
            },
        },
    )


def calculate_study_cost(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    reward = fields.req_integer("reward", minimum=1)
    places = fields.req_integer("total_available_places", minimum=1)
    # No study, so no workspace: priced for the starting workspace.
    rule = rule_of(state, state.default_workspace_id)
    cost = study_cost(reward, places, rule)
    per_place = charge_for(reward, rule)
    return json_response(
        200,
        {
            "total_cost": cost.total,
            "rewards": cost.amount,
            "fees": cost.fees,
            "vat": cost.vat,
            "cost_per_place": per_place.total,
        },
    )
