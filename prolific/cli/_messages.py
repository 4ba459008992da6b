"""``prolific messages``: messages to and from participants."""

from __future__ import annotations

import click

from ._settings import InputError
from ._state import CliState, output_options, pass_state

__all__ = ["messages"]

MESSAGE_FIELDS = ("id", "sender_id", "sent_at", "body")


@click.group()
def messages() -> None:
    """Messages: read them, and write to participants."""


@messages.command("list")
@click.option("--user", "user_id", metavar="USER_ID", help="Messages with this participant.")
@click.option(
    "--since", metavar="ISO_TIME", help="Messages sent after this time (2026-11-01T00:00:00Z)."
)
@click.option("--unread", is_flag=True, help="Only unread messages.")
@output_options
@pass_state
def list_(state: CliState, user_id: str | None, since: str | None, unread: bool) -> None:
    """Messages of the last 30 days (Prolific keeps no more): with one user, since a time, or
    unread."""
    client = state.client()
    if unread:
        if user_id or since:
            raise InputError("--unread cannot be combined with --user or --since")
        state.emit_list(client.messages.unread(), MESSAGE_FIELDS)
    else:
        state.emit_list(client.messages.list(user_id=user_id, created_after=since), MESSAGE_FIELDS)


@messages.command("send")
@click.option("--to", "recipients", multiple=True, required=True, metavar="PARTICIPANT_ID")
@click.option("--study", "study_id", required=True, metavar="STUDY_ID", help="What it is about.")
@click.option("--body", required=True, help="The message.")
@output_options
@pass_state
def send(state: CliState, recipients: tuple[str, ...], study_id: str, body: str) -> None:
    """Message one participant, or several (repeat --to). Never retried: a retry could send the
    message twice."""
    client = state.client()
    if len(recipients) == 1:
        client.messages.send(recipients[0], body, study_id)
    else:
        client.messages.send_bulk(list(recipients), body, study_id)
    state.emit({"sent": len(recipients), "study_id": study_id})
