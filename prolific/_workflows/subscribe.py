"""``hooks.subscribe``: secret, subscription and confirmation in one call."""

from __future__ import annotations

from prolific_api.models.secret import Secret
from prolific_api.models.subscription import Subscription

from .._flow import Collect, Flow
from ..resources.hooks import (
    confirm_request,
    create_secret_request,
    create_subscription_request,
    secrets_query,
    subscriptions_query,
)
from ..types import CreatedSubscription, Subscribed

__all__ = ["subscribe_flow"]


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
