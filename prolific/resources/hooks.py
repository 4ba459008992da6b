"""``client.hooks``: webhook subscriptions, their signing secrets and delivered events.

Subscribing takes three calls (secret, subscription, confirmation); ``subscribe`` does all three.
Verify deliveries with ``prolific.webhooks.verify``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack, get_args

from prolific_api import operations as ops
from prolific_api.models.event_type import EventType
from prolific_api.models.secret import Secret
from prolific_api.models.subscription import Subscription
from prolific_api.models.subscription_event import SubscriptionEvent
from prolific_api.params import SubscriptionEventStatusLiteral, SubscriptionUpdateParams

from .._base_client import AsyncResource, SyncResource
from .._flow import run_async, run_sync
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body
from .._request import PageQuery, Request, build
from .._validation import check_choice, check_id
from .._workflows.subscribe import (
    check_target,
    confirm_request,
    create_secret_request,
    create_subscription_request,
    secrets_query,
    subscribe_flow,
    subscriptions_query,
)
from ..types import CreatedSubscription, Subscribed

__all__ = ["AsyncHooks", "Hooks"]


def _event_types() -> PageQuery[EventType]:
    return build(ops.list_event_types)


def _get_subscription(subscription_id: str) -> Request[Subscription]:
    subscription_id = check_id("subscription_id", subscription_id)
    return build(ops.get_subscription, subscription_id=subscription_id)


def _update_subscription(
    subscription_id: str, fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None
) -> Request[Subscription]:
    subscription_id = check_id("subscription_id", subscription_id)
    body = build_body(None, fields, op=ops.update_subscription, extra_body=extra_body)
    if "target_url" in body:
        check_target(body["target_url"])
    return build(ops.update_subscription, subscription_id=subscription_id, json=body)


def _delete_subscription(subscription_id: str) -> Request[None]:
    subscription_id = check_id("subscription_id", subscription_id)
    return build(ops.delete_subscription, subscription_id=subscription_id)


def _events(
    subscription_id: str, status: SubscriptionEventStatusLiteral | None
) -> PageQuery[SubscriptionEvent]:
    subscription_id = check_id("subscription_id", subscription_id)
    valid = get_args(SubscriptionEventStatusLiteral)
    query = {"status": None if status is None else check_choice("status", status, valid)}
    return build(ops.list_subscription_events, subscription_id=subscription_id, query=query)


class Hooks(SyncResource):
    def subscribe(self, workspace_id: str, event_type: str, target_url: str) -> Subscribed:
        """Subscribe `target_url` to `event_type` and confirm it, in one call. Returns the
        subscription and the workspace secret to verify deliveries with (reusing the existing
        secret, since creating one would replace it)."""
        return run_sync(self._client, subscribe_flow(workspace_id, event_type, target_url))

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

    def update_subscription(
        self,
        subscription_id: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[SubscriptionUpdateParams],
    ) -> Subscription:
        request = _update_subscription(subscription_id, fields, extra_body)
        return self._client.request(request)

    def delete_subscription(self, subscription_id: str) -> None:
        return self._client.request(_delete_subscription(subscription_id))

    def confirm_subscription(self, subscription_id: str, hook_secret: str) -> Subscription:
        return self._client.request(confirm_request(subscription_id, hook_secret))

    def events(
        self, subscription_id: str, *, status: SubscriptionEventStatusLiteral | None = None
    ) -> SyncPager[SubscriptionEvent]:
        """Deliveries made for a subscription (``status`` e.g. ``"FAILED"``)."""
        return self._client.paginate(_events(subscription_id, status))


class AsyncHooks(AsyncResource):
    async def subscribe(self, workspace_id: str, event_type: str, target_url: str) -> Subscribed:
        """See ``Hooks.subscribe``."""
        return await run_async(self._client, subscribe_flow(workspace_id, event_type, target_url))

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

    async def update_subscription(
        self,
        subscription_id: str,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[SubscriptionUpdateParams],
    ) -> Subscription:
        request = _update_subscription(subscription_id, fields, extra_body)
        return await self._client.request(request)

    async def delete_subscription(self, subscription_id: str) -> None:
        return await self._client.request(_delete_subscription(subscription_id))

    async def confirm_subscription(self, subscription_id: str, hook_secret: str) -> Subscription:
        return await self._client.request(confirm_request(subscription_id, hook_secret))

    def events(
        self, subscription_id: str, *, status: SubscriptionEventStatusLiteral | None = None
    ) -> AsyncPager[SubscriptionEvent]:
        return self._client.paginate(_events(subscription_id, status))
