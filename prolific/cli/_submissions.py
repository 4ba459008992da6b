"""``prolific submissions``: review what participants sent."""

from __future__ import annotations

from typing import Any

import click

from ._progress import progress
from ._settings import InputError
from ._state import CliState, id_command, output_options, pass_state

__all__ = ["submissions"]

SUBMISSION_FIELDS = ("id", "participant_id", "status", "completed_at", "study_code")
#: Submissions approved per bulk call: small enough for the bar to move, large enough to be quick.
CHUNK = 100


class PartlyFailed(click.ClickException):
    """Some of the work was done and reported; the rest failed (exit code 1)."""

    exit_code = 1


@click.group()
def submissions() -> None:
    """Submissions: list, approve (one or all), reject, return, screen out, undo."""


#: The list's yes/no filters and what each one is about (``--X`` keeps, ``--no-X`` leaves out).
LIST_FLAGS = {
    "completed": "finished, whatever the outcome",
    "active": "still in progress",
    "completeoractive": "finished or in progress",
    "awaiting_review": "awaiting review",
    "approved": "approved",
    "rejected": "rejected",
    "returned": "returned",
    "timeout": "timed out",
    "screened_out": "screened out",
}


def _list_flags(command: Any) -> Any:
    for name, meaning in reversed(LIST_FLAGS.items()):
        dashed = name.replace("_", "-")
        help_ = f"Only those {meaning} (--no-{dashed}: all but those)."
        command = click.option(f"--{dashed}/--no-{dashed}", name, default=None, help=help_)(command)
    return command


@submissions.command("list")
@click.option("--study", "study_id", required=True, metavar="STUDY_ID", help="The study.")
@click.option("--status", "statuses", multiple=True, help="Only these statuses (repeatable).")
@_list_flags
@output_options
@pass_state
def list_(state: CliState, /, study_id: str, statuses: tuple[str, ...], **flags: Any) -> None:
    """Every submission of a study (all pages). Filters given together must all hold."""
    wanted = {s.upper() for s in statuses}
    items = state.client().submissions.list(study=study_id, **flags)
    state.emit_list((s for s in items if not wanted or str(s.status) in wanted), SUBMISSION_FIELDS)


@submissions.command("get")
@click.argument("submission_id")
@output_options
@pass_state
def get(state: CliState, submission_id: str) -> None:
    """One submission."""
    state.emit(state.client().submissions.get(submission_id))


@submissions.command("approve")
@click.argument("submission_ids", nargs=-1, metavar="[SUBMISSION_ID]...")
@click.option("--study", "study_id", metavar="STUDY_ID", help="With --all: the study.")
@click.option("--all", "all_", is_flag=True, help="Approve every submission awaiting review.")
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=120,
    show_default=True,
    metavar="SECONDS",
    help="One ID: how long to wait for a just-finished submission to be approvable.",
)
@output_options
@pass_state
def approve(
    state: CliState, submission_ids: tuple[str, ...], study_id: str | None, all_: bool, wait: float
) -> None:
    """Approve (and pay) submissions: the IDs given, or --study ID --all.

    One ID waits out the race with the participant's submit; several are approved in bulk,
    and a report of approved, skipped and failed IDs is printed.
    """
    if all_ == bool(submission_ids) or all_ != bool(study_id):
        raise InputError("give submission IDs, or --study STUDY_ID --all")
    client = state.client()
    if len(submission_ids) == 1:
        state.emit(client.submissions.approve(submission_ids[0], wait=wait))
        return
    ids = list(submission_ids)
    if all_:
        assert study_id is not None
        listed = client.submissions.list(study=study_id)
        ids = [s.id for s in listed if str(s.status) == "AWAITING REVIEW"]
    approved: list[str] = []
    skipped: list[str] = []
    failed: dict[str, str] = {}
    with progress("Approving", len(ids)) as advance:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            report = client.submissions.approve_many(chunk)
            approved += report.approved
            skipped += report.skipped
            failed |= report.failed
            advance(len(chunk))
    state.emit({"approved": approved, "skipped": skipped, "failed": failed})
    if failed:
        raise PartlyFailed(f"{len(failed)} of {len(ids)} submissions were not approved (see above)")


@submissions.command("reject")
@click.argument("submission_id")
@click.option("--message", required=True, help="Why, for the participant (100+ characters).")
@click.option(
    "--category",
    required=True,
    help="One of Prolific's rejection categories, e.g. FAILED_INSTRUCTIONS, LOW_EFFORT.",
)
@output_options
@pass_state
def reject(state: CliState, submission_id: str, message: str, category: str) -> None:
    """Reject a submission (the participant is not paid)."""
    # The SDK refuses an unknown category with the twelve valid ones listed.
    checked: Any = category
    state.emit(state.client().submissions.reject(submission_id, message, checked))


@submissions.command("return")
@click.argument("submission_id")
@click.option(
    "--reason",
    "reasons",
    multiple=True,
    help="Ask the participant to return it, for this reason (repeatable).",
)
@click.option(
    "--now",
    is_flag=True,
    help="Mark it RETURNED at once instead (its place frees up; the participant is not paid).",
)
@output_options
@pass_state
def return_(state: CliState, submission_id: str, reasons: tuple[str, ...], now: bool) -> None:
    """Ask the participant to return a submission (--reason), or mark it RETURNED (--now)."""
    # Two different acts share the verb, and one of them cannot be taken back by the
    # participant: the user must say which, rather than get the stronger one by omission.
    if bool(reasons) == now:
        raise click.UsageError(
            "give --reason TEXT (ask the participant to return it) or --now (mark it RETURNED "
            "at once), not both and not neither"
        )
    client = state.client()
    if reasons:
        state.emit(client.submissions.request_return(submission_id, list(reasons)))
    else:
        state.emit(client.submissions.return_(submission_id))


for _name, _doc in (
    ("unreturn", "Take a return back: the submission awaits review again."),
    ("unreject", "Take a rejection back: the submission awaits review again."),
):
    id_command(submissions, _name, "submission_id", "submissions", _doc)


@submissions.command("screen-out")
@click.argument("submission_id")
@click.option(
    "--code",
    required=True,
    help="The completion code of the study's FIXED_SCREEN_OUT_PAYMENT code.",
)
@output_options
@pass_state
def screen_out(state: CliState, submission_id: str, code: str) -> None:
    """Screen the participant out: they are paid the code's fixed reward and their place goes
    to someone new."""
    state.emit(state.client().submissions.screen_out(submission_id, code))
