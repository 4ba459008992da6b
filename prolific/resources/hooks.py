"""``client.hooks``: webhook subscriptions, their signing secrets and delivered events.

Subscribing takes three calls (secret, subscription, confirmation); ``subscribe`` does all three.
Verify deliveries with ``prolific.webhooks.verify``.
"""

from __future__ import annotations

from typing import Any

import httpx

from prolific_api.models.event_type import EventType
from prolific_api.models.secret import Secret
from prolific_api.models.subscription import Subscription
from prolific_api.models.subscription_event import SubscriptionEvent

from .._base_client import AsyncResource, PageQuery, Request, SyncResource, decode_json, no_content
from .._flow import Flow, run_async, run_sync
from .._pagination import AsyncPager, SyncPager
from .._validation import check_id
from ..errors import InvalidRequestError, UnexpectedResponseError
from ..types import CreatedSubscription, Subscribed

__all__ = ["AsyncHooks", "Hooks"]

_HOOKS = "/api/v1/hooks/"
_SUBS = f"{_HOOKS}subscriptions/"


def _target(url: str) -> str:
    parsed = httpx.URL(url) if isinstance(url, str) else None
    if parsed is None or parsed.scheme not in ("https", "http") or not parsed.host:
        raise InvalidRequestError(
            f"target_url must be an http(s) URL, got {url!r}", field="target_url"
        )
    return url


def _sub_path(subscription_id: str, suffix: str = "") -> str:
    check_id("subscription_id", subscription_id)
    return f"{_SUBS}{subscription_id}/{suffix}"


def _event_types() -> PageQuery[EventType]:
    return PageQuery(f"{_HOOKS}event-types/", item=EventType.from_dict)


def secrets_query(workspace_id: str | None) -> PageQuery[Secret]:
    if workspace_id is not None:
        check_id("workspace_id", workspace_id)
    return PageQuery(
        f"{_HOOKS}secrets/", item=Secret.from_dict, params={"workspace_id": workspace_id}
    )


def create_secret_request(workspace_id: str) -> Request[Secret]:
    body = {"workspace_id": check_id("workspace_id", workspace_id)}
    return Request("POST", f"{_HOOKS}secrets/", json=body, parse=Secret.from_dict)


def subscriptions_query(
    workspace_id: str | None, is_enabled: bool | None
) -> PageQuery[Subscription]:
    if workspace_id is not None:
        check_id("workspace_id", workspace_id)
    enabled = None if is_enabled is None else str(is_enabled).lower()
    params = {"workspace_id": workspace_id, "is_enabled": enabled}
    return PageQuery(_SUBS, item=Subscription.from_dict, params=params)


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
        "target_url": _target(target_url),
    }
    return Request("POST", _SUBS, json=body, parse_response=_created)


def _get_subscription(subscription_id: str) -> Request[Subscription]:
    return Request("GET", _sub_path(subscription_id), parse=Subscription.from_dict)


def _update_subscription(subscription_id: str, fields: dict[str, Any]) -> Request[Subscription]:
    if "target_url" in fields:
        _target(fields["target_url"])
    path = _sub_path(subscription_id)
    return Request("PATCH", path, json=fields, parse=Subscription.from_dict)


def _delete_subscription(subscription_id: str) -> Request[None]:
    return Request("DELETE", _sub_path(subscription_id), parse=no_content)


def confirm_request(subscription_id: str, hook_secret: str) -> Request[Subscription]:
    if not hook_secret:
        raise InvalidRequestError("hook_secret is the X-Hook-Secret value", field="hook_secret")
    path = _sub_path(subscription_id)
    return Request("POST", path, json={"secret": hook_secret}, parse=Subscription.from_dict)


def _events(subscription_id: str, status: str | None) -> PageQuery[SubscriptionEvent]:
    params = {"status": status}
    path = _sub_path(subscription_id, "events/")
    return PageQuery(path, item=SubscriptionEvent.from_dict, params=params)


def _subscribe(workspace_id: str, event_type: str, target_url: str) -> Flow[Subscribed]:
    from .._workflows.subscribe import subscribe_flow

    return subscribe_flow(workspace_id, event_type, target_url)


class Hooks(SyncResource):
    def subscribe(self, workspace_id: str, event_type: str, target_url: str) -> Subscribed:
        """Subscribe `target_url` to `event_type` and confirm it, in one call. Returns the
        subscription and the workspace secret to verify deliveries with (reusing the existing
        secret, since creating one would replace it)."""
        return run_sync(self._client, _subscribe(workspace_id, event_type, target_url))

    def event_types(self) -> SyncPager[EventType]:
        """The events one can subscribe to, such as ``submission.status.change``."""
        return self._client.paginate(_event_types())

    def list_secrets(self, workspace_id: str | None = None) -> SyncPager[Secret]:
        return self._client.paginate(secrets_query(workspace_id))

    def create_secret(self, workspace_id: str) -> Secret:
        """A new signing secret for a workspace (replacing the previous one)."""
        return self._client.request(create_secret_request(workspace_id))

    def list_subscriptions(
        self, workspace_id: str | None = None, *, is_enabled: bool | None = None
    ) -> SyncPager[Subscription]:
        return self._client.paginate(subscriptions_query(workspace_id, is_enabled))

    def create_subscription(
        self, workspace_id: str, event_type: str, target_url: str
    ) -> CreatedSubscription:
        """Create a subscription; it stays inactive until confirmed with its ``hook_secret``."""
        request = create_subscription_request(workspace_id, event_type, target_url)
        return self._client.request(request)

    def get_subscription(self, subscription_id: str) -> Subscription:
        return self._client.request(_get_subscription(subscription_id))

    def update_subscription(self, subscription_id: str, **fields: Any) -> Subscription:
        return self._client.request(_update_subscription(subscription_id, fields))

    def delete_subscription(self, subscription_id: str) -> None:
        return self._client.request(_delete_subscription(subscription_id))

    def confirm_subscription(self, subscription_id: str, hook_secret: str) -> Subscription:
        return self._client.request(confirm_request(subscription_id, hook_secret))

    def events(
        self, subscription_id: str, *, status: str | None = None
    ) -> SyncPager[SubscriptionEvent]:
        """Deliveries made for a subscription (``status`` e.g. ``"FAILED"``)."""
        return self._client.paginate(_events(subscription_id, status))


class AsyncHooks(AsyncResource):
    async def subscribe(self, workspace_id: str, event_type: str, target_url: str) -> Subscribed:
        """See ``Hooks.subscribe``."""
        return await run_async(self._client, _subscribe(workspace_id, event_type, target_url))

    def event_types(self) -> AsyncPager[EventType]:
        return self._client.paginate(_event_types())

    def list_secrets(self, workspace_id: str | None = None) -> AsyncPager[Secret]:
        return self._client.paginate(secrets_query(workspace_id))

    async def create_secret(self, workspace_id: str) -> Secret:
        return await self._client.request(create_secret_request(workspace_id))

    def list_subscriptions(
        self, workspace_id: str | None = None, *, is_enabled: bool | None = None
    ) -> AsyncPager[Subscription]:
        return self._client.paginate(subscriptions_query(workspace_id, is_enabled))

    async def create_subscription(
        self, workspace_id: str, event_type: str, target_url: str
    ) -> CreatedSubscription:
        request = create_subscription_request(workspace_id, event_type, target_url)
        return await self._client.request(request)

    async def get_subscription(self, subscription_id: str) -> Subscription:
        return await self._client.request(_get_subscription(subscription_id))

    async def update_subscription(self, subscription_id: str, **fields: Any) -> Subscription:
        return await self._client.request(_update_subscription(subscription_id, fields))

    async def delete_subscription(self, subscription_id: str) -> None:
        return await self._client.request(_delete_subscription(subscription_id))

    async def confirm_subscription(self, subscription_id: str, hook_secret: str) -> Subscription:
        return await self._client.request(confirm_request(subscription_id, hook_secret))

    def events(
        self, subscription_id: str, *, status: str | None = None
    ) -> AsyncPager[SubscriptionEvent]:
        return self._client.paginate(_events(subscription_id, status))
