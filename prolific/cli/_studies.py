"""``prolific studies``: from a file to a finished study."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import click

from ..errors import InvalidRequestError
from ._bodyfile import Body, known_fields, read_body
from ._output import write_list
from ._progress import spinner
from ._settings import InputError
from ._state import CliState, id_command, output_options, pass_state, workspace_option

__all__ = ["studies"]

STUDY_FIELDS = ("id", "name", "status", "places_taken", "total_available_places", "reward")


@click.group()
def studies() -> None:
    """Studies: create from a JSON or YAML file, publish, watch, stop."""


@studies.command("list")
@click.option(
    "--status",
    "statuses",
    multiple=True,
    metavar="STATUS",
    help="Only studies in this status (ACTIVE, UNPUBLISHED, ...); repeat for several.",
)
@output_options
@pass_state
def list_(state: CliState, statuses: tuple[str, ...]) -> None:
    """Every study of the account (all pages)."""
    # The SDK checks each status and refuses an unknown one with the valid ones listed.
    wanted: Any = list(statuses) or None
    state.emit_list(state.client().studies.list(status=wanted), STUDY_FIELDS)


@studies.command("get")
@click.argument("study_id")
@output_options
@pass_state
def get(state: CliState, study_id: str) -> None:
    """One study."""
    state.emit(state.client().studies.get(study_id))


@studies.command("create")
@click.option(
    "--file",
    "path",
    required=True,
    metavar="FILE",
    help="The study as JSON, YAML or TOML, with the fields of the API's create-study call "
    "(reward in minor units); - reads standard input.",
)
@click.option("--publish", is_flag=True, help="Publish once created (after a balance check).")
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=0,
    metavar="SECONDS",
    help="With --publish: wait up to this long for the study to be ACTIVE.",
)
@click.option(
    "--key",
    help="Names this study: running again with the same key resumes it instead of creating "
    "another. Default: a digest of the file, so the same file makes one study.",
)
@click.option("--project", metavar="NAME_OR_ID", help="Project (created if the name is new).")
@click.option("--allow-unknown", is_flag=True, help="Send fields this SDK does not know.")
@output_options
@workspace_option
@pass_state
def create(
    state: CliState,
    path: str,
    publish: bool,
    wait: float,
    key: str | None,
    project: str | None,
    allow_unknown: bool,
) -> None:
    """Create a study from a file, as a draft or published.

    Safe to run again after any failure: the draft is found again by its key, never created
    twice. The study is printed when done.
    """
    from prolific_api.params import StudyCreateParams

    body = read_body(
        path, known=known_fields(StudyCreateParams), allow_unknown=allow_unknown, what="study"
    )
    if wait and not publish:
        raise InputError("--wait needs --publish: a draft does not become ACTIVE")
    # The file's fields are checked by the SDK at run time; `project=` is a name or an ID.
    create_and_publish: Any = state.client().studies.create_and_publish
    named = {"project": project} if project else {}
    with spinner("Creating the study" + (" and waiting for it to be ACTIVE" if wait else "")):
        study = create_and_publish(
            body.fields,
            extra_body=body.extra_body,
            mode="live" if publish else "draft",
            wait=wait,
            key=key,
            workspace=state.workspace_name(),
            **named,
        )
    state.emit(study)


def _assignments(pairs: tuple[str, ...]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name.strip():
            raise InputError(f"--set takes FIELD=VALUE, got {pair!r}")
        try:
            fields[name.strip()] = json.loads(text)
        except json.JSONDecodeError:
            fields[name.strip()] = text  # a bare word is a string
    return fields


@studies.command("update")
@click.argument("study_id")
@click.option("--file", "path", metavar="FILE", help="Fields to change (JSON, YAML or TOML).")
@click.option(
    "--set",
    "pairs",
    multiple=True,
    metavar="FIELD=VALUE",
    help="One field to change; VALUE is JSON (a bare word is a string). Repeatable.",
)
@click.option("--allow-unknown", is_flag=True, help="Send fields this SDK does not know.")
@output_options
@pass_state
def update(
    state: CliState, study_id: str, path: str | None, pairs: tuple[str, ...], allow_unknown: bool
) -> None:
    """Change a study. Once published, only internal_name, total_available_places (up) and
    access_details may change."""
    from prolific_api.params import StudyUpdateParams

    known = known_fields(StudyUpdateParams)
    body = Body({}, {})
    if path:
        body = read_body(path, known=known, allow_unknown=allow_unknown, what="study")
    for name, value in _assignments(pairs).items():
        if name in known:
            body.fields[name] = value
        elif allow_unknown:
            body.extra[name] = value
        else:
            raise InputError(
                f"--set {name}: not a study field; known: {', '.join(sorted(known))}. "
                "Pass --allow-unknown to send it anyway."
            )
    if not body.fields and not body.extra:
        raise InputError("nothing to change: give --file FILE or --set FIELD=VALUE")
    update: Any = state.client().studies.update
    state.emit(update(study_id, body.fields, extra_body=body.extra_body))


for _name, _doc in (
    ("publish", "Publish a draft (recruiting starts; the balance must cover it)."),
    ("pause", "Pause recruiting."),
    ("start", "Resume a paused study."),
    ("stop", "Stop recruiting for good."),
):
    id_command(studies, _name, "study_id", "studies", _doc)


@studies.command("add-places")
@click.argument("study_id")
@click.argument("places", type=click.IntRange(min=1))
@output_options
@pass_state
def add_places(state: CliState, study_id: str, places: int) -> None:
    """Recruit PLACES more participants (reopens a full study)."""
    state.emit(state.client().studies.add_places(study_id, places))


@studies.command("cost")
@click.argument("study_id")
@output_options
@pass_state
def cost(state: CliState, study_id: str) -> None:
    """What the study costs so far: rewards and bonuses, in minor units."""
    state.emit(state.client().studies.cost(study_id))


REWARD_FIELDS = ("currency", "min_reward_per_hour", "recommended_reward_per_hour")


def _currency(value: str) -> str:
    if value.upper() not in ("GBP", "USD"):
        raise click.BadParameter(f"{value!r} is not a currency Prolific pays in; use GBP or USD")
    return value.upper()


@studies.command("reward-recommendations")
@click.option(
    "--currency",
    required=True,
    metavar="GBP|USD",
    callback=lambda _ctx, _param, value: _currency(value),
    help="The currency of the rewards.",
)
@click.option(
    "--filter",
    "filter_ids",
    multiple=True,
    metavar="FILTER_ID",
    help="A screener the study will use, which can raise the figures (repeatable).",
)
@output_options
@workspace_option
@pass_state
def reward_recommendations(state: CliState, currency: str, filter_ids: tuple[str, ...]) -> None:
    """Prolific's minimum and recommended reward per hour, in minor units (pence, cents)."""
    client = state.client()
    found = client.studies.reward_recommendations(
        state.workspace_id(), "GBP" if currency == "GBP" else "USD", screener_ids=filter_ids
    )
    state.emit_list(found, REWARD_FIELDS)


@studies.command("summary")
@click.argument("study_id")
@output_options
@pass_state
def summary(state: CliState, study_id: str) -> None:
    """Submissions by status, places left, cost so far and the effective hourly reward."""
    result = state.client().studies.summary(study_id)
    if state.fmt == "table" and state.fields is None:
        click.echo(str(result), file=state.out)
    else:
        state.emit(result)


@studies.command("clone")
@click.argument("study_id")
@output_options
@pass_state
def clone(state: CliState, study_id: str) -> None:
    """Copy a study as a new draft."""
    state.emit(state.client().studies.clone(study_id))


@studies.command("delete")
@click.argument("study_id")
@output_options
@pass_state
def delete(state: CliState, study_id: str) -> None:
    """Delete a draft (a published study cannot be deleted)."""
    state.client().studies.delete(study_id)
    state.emit({"id": study_id, "deleted": True})


@studies.command("test")
@click.argument("study_id")
@click.option(
    "--email",
    metavar="ADDRESS",
    help="Create the workspace's test participant for this address first (an existing one "
    "is reused); needed once per workspace.",
)
@output_options
@pass_state
def test(state: CliState, study_id: str, email: str | None) -> None:
    """Try a draft as a participant: publish a test copy and print the URL to open.

    Log in to Prolific as the test participant and open the URL. Workspaces without the
    feature get an error saying how to ask Prolific for it.
    """
    try:
        made = state.client().studies.test(study_id, email=email)
    except InvalidRequestError as exc:
        if exc.field != "email":
            raise
        # Prolific answered (exit 1, not 2): the advice is what differs from the SDK's.
        raise click.ClickException(
            f"{study_id}: Prolific refused the test study; if the workspace has no test "
            "participant yet, run again with --email ADDRESS to create one"
        ) from None
    state.emit(
        {
            "study_id": study_id,
            "test_study_id": made.study_id,
            "study_url": made.study_url,
            "test_participant": email or "the workspace's existing test participant",
        }
    )


def _export_filters(state: CliState, given: tuple[str, ...]) -> list[dict[str, Any]]:
    """``--filter`` values as applied filters: JSON objects as they are, bare IDs widened to
    every value of the filter, so each participant's answer appears whatever it is."""
    chosen: list[dict[str, Any] | str] = []
    for text in given:
        if text.lstrip().startswith("{"):
            try:
                item = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(f"--filter {text!r} is not valid JSON: {exc}") from None
            if not isinstance(item, dict) or "filter_id" not in item:
                raise InputError(f"--filter {text!r}: a JSON filter needs a filter_id")
            chosen.append(item)
        elif text.strip():
            chosen.append(text.strip())
        else:
            raise InputError("--filter needs a filter ID or a JSON filter")
    bare = {item for item in chosen if isinstance(item, str)}
    catalogue: dict[str, Any] = {}
    if bare:
        catalogue = {f.filter_id: f for f in state.client().filters.list() if f.filter_id in bare}
    filters = []
    for item in chosen:
        if isinstance(item, dict):
            filters.append(item)
            continue
        if item not in catalogue:
            raise InputError(
                f"--filter {item}: no such filter; `prolific filters list` shows the IDs"
            )
        filters.append(_widest(catalogue[item]))
    return filters


def _widest(spec: Any) -> dict[str, Any]:
    # The filter's every value: the export then has its column for every participant.
    choices = getattr(getattr(spec, "choices", None), "to_dict", None)
    if callable(choices):
        return {"filter_id": spec.filter_id, "selected_values": list(choices())}
    bounds = {"lower": getattr(spec, "min_", None), "upper": getattr(spec, "max_", None)}
    given = {k: v for k, v in bounds.items() if isinstance(v, int | str)}
    return {"filter_id": spec.filter_id, "selected_range": given}


@studies.command("export-demographics")
@click.argument("study_id")
@click.option(
    "--filter",
    "filter_args",
    multiple=True,
    metavar="ID_OR_JSON",
    help="Add this filter's answers as a column: a filter ID (every value) or a JSON applied "
    "filter. Repeatable, at most 15.",
)
@click.option(
    "--out",
    "out_path",
    metavar="FILE",
    help="Write the export to FILE instead of standard output.",
)
@click.option(
    "--no-quota-check",
    is_flag=True,
    help="Skip reading the export history first (Prolific still refuses a third combination).",
)
@output_options
@pass_state
def export_demographics(
    state: CliState, study_id: str, filter_args: tuple[str, ...], out_path: str | None,
    no_quota_check: bool,
) -> None:  # fmt: skip
    """The demographics of the study's participants, as Prolific's CSV.

    Prolific allows 2 different filter combinations per study; a third is refused before
    anything is sent. Repeating a combination, or exporting without filters, is free. With
    -o json, jsonl or table the rows are written in that format instead of the CSV.
    """
    filters = _export_filters(state, filter_args)
    try:
        export = state.client().studies.export_demographics(
            study_id, filters, check_quota=not no_quota_check
        )
    except InvalidRequestError as exc:
        advice = str(exc).replace("pass check_quota=False", "pass --no-quota-check")
        raise InputError(advice) from None
    target = state.out
    opened = None
    if out_path:
        try:
            opened = target = open(out_path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise InputError(f"cannot write {out_path}: {exc}") from None
    try:
        if state.output in (None, "csv") and state.fields is None:
            target.write(export.csv)  # as Prolific sent it
        else:
            terminal = opened is None and state.terminal
            fmt = state.output or "csv"
            write_list(export.rows, target, fmt=fmt, fields=state.fields, terminal=terminal)
    finally:
        if opened is not None:
            opened.close()
    if opened is not None:
        click.echo(f"Wrote {len(export.rows)} row(s) to {out_path}.", err=True)


@studies.command("schedule-publish")
@click.argument("study_id")
@click.option(
    "--at",
    "when",
    required=True,
    metavar="ISO8601",
    help="When to publish, with a timezone: 2026-12-01T09:00:00Z or 2026-12-01T10:00+01:00.",
)
@output_options
@pass_state
def schedule_publish(state: CliState, study_id: str, when: str) -> None:
    """Publish a draft later; until then it is SCHEDULED. The balance must cover it then."""
    try:
        moment = datetime.fromisoformat(when.strip())
    except ValueError:
        raise InputError(
            f"--at {when!r} is not an ISO 8601 time such as 2026-12-01T09:00:00Z"
        ) from None
    if moment.tzinfo is None:
        raise InputError(
            f"--at {when!r} has no timezone; add Z for UTC or an offset such as +01:00"
        )
    state.emit(state.client().studies.schedule_publish(study_id, moment))


id_command(
    studies,
    "cancel-scheduled-publish",
    "study_id",
    "studies",
    "Cancel a scheduled publication: the study is a draft again.",
)
