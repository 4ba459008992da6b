"""Scheduled publishing: ``SCHEDULE_PUBLISH`` and ``CANCEL_PUBLISH``.

A draft scheduled with a future ``publish_at`` is ``SCHEDULED`` until the sandbox clock reaches
that moment, then publishes exactly as ``PUBLISH`` would (paying for its places; a workspace that
cannot pay by then leaves the study a draft, with a sandbox warning). ``CANCEL_PUBLISH`` turns a
scheduled study back into a draft. The balance is checked when scheduling, so a schedule that
could not be paid today is refused at once rather than failing silently later.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from ._errors import SandboxError, bad_request, field_error
from ._http import Fields
from ._lifecycle import ensure_funds, rule_of, set_study_status
from ._pricing import study_cost
from ._state import SandboxState, Study, iso

Publish = Callable[[SandboxState, Study], None]


def _parse_moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise field_error("publish_at", "Enter an ISO 8601 date-time.") from exc
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def schedule_publish(state: SandboxState, study: Study, fields: Fields, publish: Publish) -> None:
    if study.status != "UNPUBLISHED":
        raise bad_request(f"Only unpublished studies can be scheduled; this one is {study.status}.")
    # The 2026 description: publish_at comes in this request or was set on the study before.
    text = fields.text("publish_at") or study.extra.get("publish_at")
    if not isinstance(text, str):
        raise field_error(
            "publish_at", "Give publish_at (ISO 8601) in this request or on the study first."
        )
    moment = _parse_moment(text)
    now = state.now().replace(tzinfo=None)
    if moment <= now:
        raise field_error("publish_at", "The publication time must be in the future.")
    cost = study_cost(
        study.reward, study.total_available_places, rule_of(state, study.workspace_id)
    ).total
    ensure_funds(state, study.workspace_id, cost, "schedule this study")
    stamp = iso(moment)
    study.extra["publish_at"] = stamp
    set_study_status(state, study, "SCHEDULED")
    study_id = study.id

    def due() -> None:
        current = state.studies.get(study_id)
        # Cancelled, or rescheduled for another time: this job is stale.
        if current is None or current.status != "SCHEDULED":
            return
        if current.extra.get("publish_at") != stamp:
            return
        current.extra["publish_at"] = None
        try:
            publish(state, current)
        except SandboxError as exc:
            state.warn(f"Scheduled publication of study {study_id} failed: {exc}")
            set_study_status(state, current, "UNPUBLISHED")

    state.schedule((moment - now).total_seconds(), due)


def cancel_publish(state: SandboxState, study: Study) -> None:
    if study.status != "SCHEDULED":
        raise bad_request(
            f"Only scheduled studies can have their publication cancelled; this one is "
            f"{study.status}."
        )
    study.extra["publish_at"] = None
    set_study_status(state, study, "UNPUBLISHED")
