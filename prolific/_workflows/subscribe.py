"""``hooks.subscribe``: secret, subscription and confirmation in one call, and the checked
requests for those three steps (the ``hooks`` namespace sends them one by one too)."""

from __future__ import annotations

import httpx

from prolific_api import operations as ops
from prolific_api.models.secret import Secret
from prolific_api.models.subscription import Subscription

from .._flow import Collect, Flow
from .._request import PageQuery, Request, build, decode_json
from .._validation import check_id
from ..errors import InvalidRequestError, UnexpectedResponseError
from ..types import CreatedSubscription, Subscribed

__all__ = [
    "check_target",
    "confirm_request",
    "create_secret_request",
    "create_subscription_request",
    "secrets_query",
    "subscribe_flow",
    "subscriptions_query",
]


def check_target(url: str) -> str:
    """A webhook target: an absolute http(s) URL."""
    parsed = httpx.URL(url) if isinstance(url, str) else None
    if parsed is None or parsed.scheme not in ("https", "http") or not parsed.host:
        raise InvalidRequestError(
            f"target_url must be an http(s) URL, got {url!r}", field="target_url"
        )
    return url


def secrets_query(workspace_id: str | None) -> PageQuery[Secret]:
    if workspace_id is not None:
        check_id("workspace_id", workspace_id)
    return build(ops.list_secrets, query={"workspace_id": workspace_id})


def create_secret_request(workspace_id: str) -> Request[Secret]:
    body = {"workspace_id": check_id("workspace_id", workspace_id)}
    return build(ops.create_secret, json=body)


def subscriptions_query(
    workspace_id: str | None, is_enabled: bool | None
) -> PageQuery[Subscription]:
    if workspace_id is not None:
        check_id("workspace_id", workspace_id)
    enabled = None if is_enabled is None else str(is_enabled).lower()
    return build(
        ops.list_subscriptions, query={"workspace_id": workspace_id, "is_enabled": enabled}
    )


def _created(response: httpx.Response) -> CreatedSubscription:
    secret = response.headers.get("X-Hook-Secret")
    if not secret:
        raise UnexpectedResponseError(
            "Prolific created the subscription but sent no X-Hook-Secret header to confirm it "
            "with; confirm it from the Prolific app, or delete it and subscribe again"
        )
    return CreatedSubscription(Subscription.from_dict(decode_json(response)), secret)


def create_subscription_request(
    workspace_id: str, event_type: str, target_url: str
) -> Request[CreatedSubscription]:
    if not isinstance(event_type, str) or "." not in event_type:
        raise InvalidRequestError(
            f"event_type looks like 'submission.status.change', got {event_type!r}",
            field="event_type",
        )
    body = {
        "workspace_id": check_id("workspace_id", workspace_id),
        "event_type": event_type,
        "target_url": check_target(target_url),
    }
    # The hook secret to confirm with comes in a header, so this call reads the whole response.
    sent = build(ops.create_subscription, json=body)
    return Request(sent.method, sent.path, json=sent.json, parse_response=_created)


def confirm_request(subscription_id: str, hook_secret: str) -> Request[Subscription]:
    if not hook_secret:
        raise InvalidRequestError("hook_secret is the X-Hook-Secret value", field="hook_secret")
    subscription_id = check_id("subscription_id", subscription_id)
    return build(
        ops.confirm_subscription, subscription_id=subscription_id, json={"secret": hook_secret}
    )


def subscribe_flow(workspace_id: str, event_type: str, target_url: str) -> Flow[Subscribed]:
    """Reuse the workspace's signing secret (creating one replaces the old, which would break
    existing receivers), or create the first; then subscribe and confirm.

    A live subscription for the same event type and target is reused rather than doubled, so
    calling again after a failure (a lost confirmation, say) never has each event delivered
    twice under two different event IDs.
    """
    # Validate everything before the first request.
    create = create_subscription_request(workspace_id, event_type, target_url)
    secrets: list[Secret] = yield Collect(secrets_query(workspace_id))
    usable = [s for s in secrets if isinstance(s.value, str) and s.value]
    secret: Secret = usable[0] if usable else (yield create_secret_request(workspace_id))
    live: list[Subscription] = yield Collect(subscriptions_query(workspace_id, True))
    for existing in live:
        if (
            existing.is_enabled is True
            and existing.event_type == event_type
            and existing.target_url == target_url
        ):
            return Subscribed(subscription=existing, secret=str(secret.value))
    created: CreatedSubscription = yield create
    confirmed: Subscription = yield confirm_request(created.subscription.id, created.hook_secret)
    return Subscribed(subscription=confirmed, secret=str(secret.value))
