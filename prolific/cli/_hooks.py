"""``prolific hooks``: webhook subscriptions."""

from __future__ import annotations

import click

from ._output import plain
from ._state import CliState, output_options, pass_state, workspace_option

__all__ = ["hooks"]

SUBSCRIPTION_FIELDS = ("id", "event_type", "target_url", "is_enabled")


@click.group()
def hooks() -> None:
    """Webhooks: Prolific calls your URL when a study or submission changes."""


@hooks.command("list")
@click.option("--enabled/--disabled", "is_enabled", default=None, help="Only these.")
@output_options
@workspace_option
@pass_state
def list_(state: CliState, is_enabled: bool | None) -> None:
    """The subscriptions of the workspace."""
    client = state.client()
    items = client.hooks.list_subscriptions(state.workspace_id(), is_enabled=is_enabled)
    state.emit_list(items, SUBSCRIPTION_FIELDS)


@hooks.command("get")
@click.argument("subscription_id")
@output_options
@pass_state
def get(state: CliState, subscription_id: str) -> None:
    """One subscription."""
    state.emit(state.client().hooks.get_subscription(subscription_id))


@hooks.command("create")
@click.option("--event", "event_type", required=True, help="e.g. submission.status.change")
@click.option("--url", "target_url", required=True, help="The https URL Prolific will call.")
@output_options
@workspace_option
@pass_state
def create(state: CliState, event_type: str, target_url: str) -> None:
    """Subscribe a URL to an event, confirmed in one step. Prints the subscription and the
    secret deliveries are signed with (keep it; give it to prolific.webhooks.verify)."""
    client = state.client()
    subscribed = client.hooks.subscribe(state.workspace_id(), event_type, target_url)
    record = plain(subscribed.subscription)
    record["secret"] = subscribed.secret
    state.emit(record)


@hooks.command("event-types")
@output_options
@pass_state
def event_types(state: CliState) -> None:
    """The events one can subscribe to."""
    state.emit_list(state.client().hooks.event_types(), ("event_type", "description"))
