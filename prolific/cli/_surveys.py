"""``prolific surveys``: surveys hosted by Prolific, and their responses."""

from __future__ import annotations

from typing import Any

import click

from ._bodyfile import body_file_options, known_fields, read_body
from ._state import CliState, output_options, pass_state

__all__ = ["surveys"]

SURVEY_FIELDS = ("_id", "title", "date_created")
RESPONSE_FIELDS = ("_id", "participant_id", "submission_id", "date_created")


@click.group()
def surveys() -> None:
    """Surveys: questions Prolific hosts, their responses and summaries."""


@surveys.command("list")
@click.option("--researcher", metavar="USER_ID", help="Whose surveys (default: yours).")
@output_options
@pass_state
def list_(state: CliState, researcher: str | None) -> None:
    """Every survey of a researcher."""
    client = state.client()
    state.emit_list(client.surveys.list(researcher or client.users.me().id), SURVEY_FIELDS)


@surveys.command("get")
@click.argument("survey_id")
@output_options
@pass_state
def get(state: CliState, survey_id: str) -> None:
    """One survey."""
    state.emit(state.client().surveys.get(survey_id))


@surveys.command("create")
@body_file_options(
    "The survey (title, sections or questions) as JSON, YAML or TOML; - reads stdin."
)
@output_options
@pass_state
def create(state: CliState, path: str, allow_unknown: bool) -> None:
    """Create a survey from a file (yours, unless the file names a researcher_id)."""
    from prolific_api.params import SurveyCreateParams

    body = read_body(
        path, known=known_fields(SurveyCreateParams), allow_unknown=allow_unknown, what="survey"
    )
    client = state.client()
    body.fields.setdefault("researcher_id", client.users.me().id)
    create_survey: Any = client.surveys.create
    state.emit(create_survey(body.fields, extra_body=body.extra_body))


@surveys.command("delete")
@click.argument("survey_id")
@output_options
@pass_state
def delete(state: CliState, survey_id: str) -> None:
    """Delete a survey."""
    state.client().surveys.delete(survey_id)
    state.emit({"id": survey_id, "deleted": True})


@surveys.command("responses")
@click.argument("survey_id")
@output_options
@pass_state
def responses(state: CliState, survey_id: str) -> None:
    """Every response to a survey."""
    state.emit_list(state.client().surveys.responses(survey_id), RESPONSE_FIELDS)


@surveys.command("summary")
@click.argument("survey_id")
@output_options
@pass_state
def summary(state: CliState, survey_id: str) -> None:
    """How many responses chose each answer of each question."""
    state.emit(state.client().surveys.summary(survey_id))
