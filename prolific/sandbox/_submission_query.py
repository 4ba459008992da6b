"""The filters and ordering of ``GET /submissions/`` (2026): ``status`` (spelled with
underscores, case-insensitive), the boolean shortcuts, ``submitted_from``/``submitted_before``
(``DD/MM/YYYY`` days of completion) and ``ordering``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from ._errors import bad_request
from ._http import Request
from ._state import FINAL, IN_PROGRESS, SUBMISSION_STATUSES, SandboxState, Submission

#: Boolean parameter -> the statuses it means.
FLAGS: dict[str, tuple[str, ...]] = {
    "completed": (*FINAL, "AWAITING REVIEW"),
    "returned": ("RETURNED",),
    "awaiting_review": ("AWAITING REVIEW",),
    "approved": ("APPROVED",),
    "active": IN_PROGRESS,
    "timeout": ("TIMED-OUT",),
    "rejected": ("REJECTED",),
    "screened_out": ("SCREENED OUT",),
    "completeoractive": (*FINAL, "AWAITING REVIEW", *IN_PROGRESS),
}
TRUE = ("1", "true", "yes", "t")
FALSE = ("0", "false", "no", "f")
ORDERINGS = ("started_at", "submission_reward", "study_name")


def wire_status(text: str) -> str:
    """``awaiting_review`` -> ``AWAITING REVIEW``; the wire spelling passes through."""
    upper = text.strip().upper()
    return upper if upper == "TIMED-OUT" else upper.replace("_", " ")


def _day(req: Request, name: str) -> datetime | None:
    raw = req.arg(name)
    if raw is None:
        return None
    try:
        return datetime.strptime(raw, "%d/%m/%Y")
    except ValueError as exc:
        raise bad_request(f"{name} must be a day written DD/MM/YYYY, got {raw!r}.") from exc


def statuses(req: Request) -> set[str] | None:
    """The wire statuses the list may hold, or None for all: ``status`` (comma-separated,
    either spelling) narrowed by each yes/no filter given, since every filter must hold. An
    unknown status or a flag that is not a yes/no is a 400, not an empty list that looks like
    none. Answered as a set of statuses so the study's index serves the list."""
    wanted: set[str] | None = None
    raw = req.arg("status")
    if raw:
        wanted = {wire_status(part) for part in raw.split(",") if part.strip()}
        unknown = sorted(wanted - set(SUBMISSION_STATUSES))
        if unknown:
            valid = ", ".join(s.replace(" ", "_") for s in SUBMISSION_STATUSES)
            raise bad_request(f"Unknown submission status {unknown[0]!r}; use one of {valid}.")
    for name, meant in FLAGS.items():
        flag = req.arg(name)
        if flag is None:
            continue
        if flag.lower() not in (*TRUE, *FALSE):
            raise bad_request(f"{name} must be true or false, got {flag!r}.")
        kept = set(meant) if flag.lower() in TRUE else set(SUBMISSION_STATUSES) - set(meant)
        wanted = kept if wanted is None else wanted & kept
    return wanted


def select(state: SandboxState, req: Request, subs: Sequence[Submission]) -> Sequence[Submission]:
    """The submissions (already narrowed by ``statuses``) completed in the days asked for, in
    the order asked for; ``subs`` itself when neither was asked, so paging stays cheap."""
    start, end = _day(req, "submitted_from"), _day(req, "submitted_before")
    chosen = subs
    if start is not None or end is not None:

        def in_window(s: Submission) -> bool:
            if s.completed_at is None:
                return False
            done = s.completed_at.replace(tzinfo=None)
            return (start is None or done >= start) and (end is None or done < end)

        chosen = [s for s in subs if in_window(s)]
    return _order(state, req, chosen)


def _order(state: SandboxState, req: Request, subs: Sequence[Submission]) -> Sequence[Submission]:
    ordering = req.arg("ordering")
    if not ordering:
        return subs
    field = ordering.lstrip("-")
    if field not in ORDERINGS:
        raise bad_request(f"ordering must be one of {list(ORDERINGS)}, optionally with '-'.")
    keys: dict[str, Callable[[Submission], Any]] = {
        "started_at": lambda s: s.started_at,
        "submission_reward": lambda s: state.studies[s.study_id].reward,
        "study_name": lambda s: state.studies[s.study_id].name,
    }
    return sorted(subs, key=keys[field], reverse=ordering.startswith("-"))
