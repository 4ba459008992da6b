"""The 2026 project fields: `type`, `public_details`, longitudinal designs, and the update-only
settings (`owner`, `position`, `hidden`, `is_sequential`).

Stored per project in ``state.research.project_details`` and merged into every project answer.
"""

from __future__ import annotations

from typing import Any

from ._errors import field_error
from ._filters import validate_filters
from ._http import Fields
from ._state import SandboxState

PROJECT_TYPES = ("PRIVATE", "PUBLIC")
PUBLIC_STATUSES = ("ENABLED", "DISABLED")
_PUBLIC_TEXT = ("title", "short_description", "description")


def _public_details(fields: Fields) -> dict[str, Any] | None:
    raw = fields.mapping("public_details")
    if raw is None:
        return None
    status = raw.get("status")
    if status is not None and status not in PUBLIC_STATUSES:
        raise field_error("public_details", f"status must be one of {list(PUBLIC_STATUSES)}.")
    for name in _PUBLIC_TEXT:
        if raw.get(name) is not None and not isinstance(raw[name], str):
            raise field_error("public_details", f"{name} must be a string.")
    return {k: raw[k] for k in ("status", *_PUBLIC_TEXT) if k in raw}


def _longitudinal(fields: Fields) -> dict[str, Any] | None:
    raw = fields.mapping("longitudinal")
    if raw is None:
        return None
    config = raw.get("config")
    if not isinstance(config, dict):
        raise field_error("longitudinal", "config is required.")
    target = config.get("target_completions")
    rate = config.get("retention_rate")
    if isinstance(target, bool) or not isinstance(target, int) or target < 1:
        raise field_error("longitudinal", "config.target_completions must be at least 1.")
    if isinstance(rate, bool) or not isinstance(rate, int | float) or not 0 < rate <= 1:
        raise field_error("longitudinal", "config.retention_rate must be above 0 and at most 1.")
    clean: dict[str, Any] = {"target_completions": target, "retention_rate": rate}
    if config.get("filters") is not None:
        clean["filters"] = validate_filters(config["filters"], "longitudinal")
    return {"config": clean, "retention": {}}


def parse(state: SandboxState, fields: Fields, *, creating: bool) -> dict[str, Any]:
    """Validate the 2026 project fields in a create or update body (before anything changes)."""
    values: dict[str, Any] = {}
    project_type = fields.choice("type", PROJECT_TYPES)
    if project_type is not None:
        values["type"] = project_type
    details = _public_details(fields)
    if details is not None:
        values["public_details"] = details
    if creating:
        longitudinal = _longitudinal(fields)
        is_longitudinal = fields.boolean("is_longitudinal")
        if is_longitudinal and longitudinal is None:
            raise field_error("longitudinal", "A longitudinal project needs longitudinal.config.")
        if longitudinal is not None:
            values["is_longitudinal"] = True
            values["longitudinal"] = longitudinal
        return values
    owner = fields.text("owner")
    if owner is not None and owner not in state.users:
        raise field_error("owner", f"User {owner!r} is not a member of this workspace.")
    for name, value in (
        ("owner", owner),
        ("position", fields.integer("position", minimum=0)),
        ("hidden", fields.boolean("hidden")),
        ("is_sequential", fields.boolean("is_sequential")),
    ):
        if value is not None:
            values[name] = value
    return values


def store(state: SandboxState, project_id: str, values: dict[str, Any]) -> None:
    state.research.project_details.setdefault(project_id, {}).update(values)


def view(state: SandboxState, project_id: str) -> dict[str, Any]:
    """What a project answer carries besides the basic fields."""
    stored = state.research.project_details.get(project_id, {})
    data: dict[str, Any] = {
        "type": stored.get("type", "PRIVATE"),
        "public_details": stored.get("public_details"),
        "is_longitudinal": stored.get("is_longitudinal", False),
    }
    if "longitudinal" in stored:
        data["longitudinal"] = stored["longitudinal"]
    return data
