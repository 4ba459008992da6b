"""``prolific studies``: from a file to a finished study."""

from __future__ import annotations

import json
from typing import Any

import click

from ._bodyfile import Body, known_fields, read_body
from ._progress import spinner
from ._settings import InputError
from ._state import CliState, output_options, pass_state, workspace_option

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


def _transition(name: str, action: str, doc: str) -> None:
    @studies.command(name, help=doc)
    @click.argument("study_id")
    @output_options
    @pass_state
    def command(state: CliState, study_id: str) -> None:
        state.emit(getattr(state.client().studies, action)(study_id))


_transition("publish", "publish", "Publish a draft (recruiting starts; the balance must cover it).")
_transition("pause", "pause", "Pause recruiting.")
_transition("start", "start", "Resume a paused study.")
_transition("stop", "stop", "Stop recruiting for good.")


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
