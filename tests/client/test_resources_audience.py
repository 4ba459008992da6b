"""filters, filter_sets, eligibility, hooks and invitations: each call's request and result."""

from __future__ import annotations

import pytest
import respx

from prolific import UnexpectedResponseError
from prolific.types import CreatedSubscription
from prolific_api.models.applied_filter import AppliedFilter
from prolific_api.models.eligibility_count import EligibilityCount
from prolific_api.models.event_type import EventType
from prolific_api.models.filter_ import Filter
from prolific_api.models.filter_set import FilterSet
from prolific_api.models.filter_set_create import FilterSetCreate
from prolific_api.models.filter_set_update import FilterSetUpdate
from prolific_api.models.invitation_result import InvitationResult
from prolific_api.models.secret import Secret
from prolific_api.models.subscription import Subscription
from prolific_api.models.subscription_event import SubscriptionEvent

from .helpers import Client, run
from .resource_cases import (
    FILTER_SET_ID,
    NO_BODY,
    SUBSCRIPTION_ID,
    WORKSPACE_ID,
    Call,
    check,
    params,
    sent_json,
    with_extra,
)

SET = f"/api/v1/filter-sets/{FILTER_SET_ID}/"
SUBSCRIPTION = f"/api/v1/hooks/subscriptions/{SUBSCRIPTION_ID}/"
HOOK_URL = "https://example.org/prolific/hook"
EVENT = "submission.status.change"

AGE = {"filter_id": "age", "selected_range": {"lower": 18, "upper": 30}}
FILTER_SET = {"id": FILTER_SET_ID, "name": "Young adults", "filters": [AGE], "future": 1}
SUBSCRIBED = {
    "id": SUBSCRIPTION_ID,
    "event_type": EVENT,
    "target_url": HOOK_URL,
    "is_enabled": True,
    "workspace_id": WORKSPACE_ID,
}

CALLS = params(
    # --- filters ---
    Call(
        "filters.list",
        lambda c: c.filters.list(),
        "GET",
        "/api/v1/filters/",
        reply=[{"filter_id": "age", "title": "Age"}, {"filter_id": "sex", "title": "Sex"}],
        returns=Filter,
        listing=True,
    ),
    Call(
        "filters.list detailed in a workspace",
        lambda c: c.filters.list(workspace_id=WORKSPACE_ID, detailed=True),
        "GET",
        "/api/v1/filters/",
        params={"workspace_id": WORKSPACE_ID, "detailed": "true"},
        reply=[{"filter_id": "age", "title": "Age", "future": [1]}],
        returns=Filter,
        listing=True,
    ),
    # --- filter sets ---
    Call(
        "filter_sets.list",
        lambda c: c.filter_sets.list(WORKSPACE_ID),
        "GET",
        "/api/v1/filter-sets/",
        params={"workspace_id": WORKSPACE_ID},
        reply=[FILTER_SET],
        returns=FilterSet,
        listing=True,
    ),
    Call(
        "filter_sets.list by organisation",
        lambda c: c.filter_sets.list(organisation_id=WORKSPACE_ID),
        "GET",
        "/api/v1/filter-sets/",
        params={"organisation_id": WORKSPACE_ID},
        reply=[FILTER_SET],
        returns=FilterSet,
        listing=True,
    ),
    Call(
        "filter_sets.create dict",
        lambda c: c.filter_sets.create(
            {"workspace_id": WORKSPACE_ID, "name": "Young adults"},
            filters=[AGE],
            extra_body={"future": 1},
        ),
        "POST",
        "/api/v1/filter-sets/",
        body={"workspace_id": WORKSPACE_ID, "name": "Young adults", "filters": [AGE], "future": 1},
        reply=FILTER_SET,
        status=201,
        returns=FilterSet,
    ),
    Call(
        "filter_sets.create model",
        lambda c: c.filter_sets.create(
            with_extra(
                FilterSetCreate(
                    workspace_id=WORKSPACE_ID,
                    name="Young adults",
                    filters=[AppliedFilter.from_dict(AGE)],
                ),
                future=True,
            )
        ),
        "POST",
        "/api/v1/filter-sets/",
        body={
            "workspace_id": WORKSPACE_ID,
            "name": "Young adults",
            "filters": [AGE],
            "future": True,
        },
        reply=FILTER_SET,
        status=201,
        returns=FilterSet,
    ),
    Call(
        "filter_sets.create filter models in keywords",
        lambda c: c.filter_sets.create(
            workspace_id=WORKSPACE_ID, name="Young adults", filters=[AppliedFilter.from_dict(AGE)]
        ),
        "POST",
        "/api/v1/filter-sets/",
        body={"workspace_id": WORKSPACE_ID, "name": "Young adults", "filters": [AGE]},
        reply=FILTER_SET,
        status=201,
        returns=FilterSet,
    ),
    Call(
        "filter_sets.get",
        lambda c: c.filter_sets.get(FILTER_SET_ID),
        "GET",
        SET,
        reply=FILTER_SET,
        returns=FilterSet,
    ),
    Call(
        "filter_sets.update",
        lambda c: c.filter_sets.update(
            FILTER_SET_ID, FilterSetUpdate(name="Adults"), extra_body={"future": 2}
        ),
        "PATCH",
        SET,
        body={"name": "Adults", "future": 2},
        reply=FILTER_SET,
        returns=FilterSet,
    ),
    Call(
        "filter_sets.delete",
        lambda c: c.filter_sets.delete(FILTER_SET_ID),
        "DELETE",
        SET,
        status=204,
    ),
    Call(
        "filter_sets.clone",
        lambda c: c.filter_sets.clone(FILTER_SET_ID),
        "POST",
        f"{SET}clone/",
        body=NO_BODY,
        reply=FILTER_SET,
        status=201,
        returns=FilterSet,
    ),
    Call(
        "filter_sets.clone with a name",
        lambda c: c.filter_sets.clone(FILTER_SET_ID, "Copy"),
        "POST",
        f"{SET}clone/",
        body={"new_name": "Copy"},
        reply=FILTER_SET,
        status=201,
        returns=FilterSet,
    ),
    Call(
        "filter_sets.lock",
        lambda c: c.filter_sets.lock(FILTER_SET_ID),
        "POST",
        f"{SET}lock/",
        reply={**FILTER_SET, "is_locked": True},
        returns=FilterSet,
    ),
    Call(
        "filter_sets.unlock",
        lambda c: c.filter_sets.unlock(FILTER_SET_ID),
        "POST",
        f"{SET}unlock/",
        reply={**FILTER_SET, "is_locked": False},
        returns=FilterSet,
    ),
    # --- eligibility ---
    Call(
        "eligibility.count",
        lambda c: c.eligibility.count([AGE]),
        "POST",
        "/api/v1/eligibility-count/",
        body={"filters": [AGE]},
        reply={"count": 41235},
        returns=EligibilityCount,
    ),
    Call(
        "eligibility.count in a workspace",
        lambda c: c.eligibility.count((f for f in [AGE]), workspace_id=WORKSPACE_ID),
        "POST",
        "/api/v1/eligibility-count/",
        body={"filters": [AGE], "workspace_id": WORKSPACE_ID},
        reply={"count": 40000},
        returns=EligibilityCount,
    ),
    Call(
        "eligibility.count filter models",
        lambda c: c.eligibility.count([AppliedFilter.from_dict(AGE)]),
        "POST",
        "/api/v1/eligibility-count/",
        body={"filters": [AGE]},
        reply={"count": 41235},
        returns=EligibilityCount,
    ),
    # --- hooks ---
    Call(
        "hooks.event_types",
        lambda c: c.hooks.event_types(),
        "GET",
        "/api/v1/hooks/event-types/",
        reply=[{"event_type": EVENT, "description": "A submission changed status"}],
        returns=EventType,
        listing=True,
    ),
    Call(
        "hooks.list_secrets",
        lambda c: c.hooks.list_secrets(),
        "GET",
        "/api/v1/hooks/secrets/",
        reply=[{"id": "sec1", "value": "c2VjcmV0", "workspace_id": WORKSPACE_ID}],
        returns=Secret,
        listing=True,
    ),
    Call(
        "hooks.list_secrets of a workspace",
        lambda c: c.hooks.list_secrets(WORKSPACE_ID),
        "GET",
        "/api/v1/hooks/secrets/",
        params={"workspace_id": WORKSPACE_ID},
        reply=[{"id": "sec1", "value": "c2VjcmV0", "workspace_id": WORKSPACE_ID}],
        returns=Secret,
        listing=True,
    ),
    Call(
        "hooks.create_secret",
        lambda c: c.hooks.create_secret(WORKSPACE_ID),
        "POST",
        "/api/v1/hooks/secrets/",
        body={"workspace_id": WORKSPACE_ID},
        reply={"id": "sec2", "value": "bmV3", "workspace_id": WORKSPACE_ID},
        status=201,
        returns=Secret,
    ),
    Call(
        "hooks.list_subscriptions",
        lambda c: c.hooks.list_subscriptions(WORKSPACE_ID, is_enabled=False),
        "GET",
        "/api/v1/hooks/subscriptions/",
        params={"workspace_id": WORKSPACE_ID, "is_enabled": "false"},
        reply=[{**SUBSCRIBED, "is_enabled": False}],
        returns=Subscription,
        listing=True,
    ),
    Call(
        "hooks.get_subscription",
        lambda c: c.hooks.get_subscription(SUBSCRIPTION_ID),
        "GET",
        SUBSCRIPTION,
        reply=SUBSCRIBED,
        returns=Subscription,
    ),
    Call(
        "hooks.update_subscription",
        lambda c: c.hooks.update_subscription(
            SUBSCRIPTION_ID, event_type=EVENT, target_url=HOOK_URL, is_enabled=False
        ),
        "PATCH",
        SUBSCRIPTION,
        body={"event_type": EVENT, "target_url": HOOK_URL, "is_enabled": False},
        reply={**SUBSCRIBED, "is_enabled": False},
        returns=Subscription,
    ),
    Call(
        "hooks.delete_subscription",
        lambda c: c.hooks.delete_subscription(SUBSCRIPTION_ID),
        "DELETE",
        SUBSCRIPTION,
        status=204,
    ),
    Call(
        "hooks.confirm_subscription",
        lambda c: c.hooks.confirm_subscription(SUBSCRIPTION_ID, "hook-secret-from-header"),
        "POST",
        SUBSCRIPTION,
        body={"secret": "hook-secret-from-header"},
        reply=SUBSCRIBED,
        returns=Subscription,
    ),
    Call(
        "hooks.events",
        lambda c: c.hooks.events(SUBSCRIPTION_ID, status="FAILED"),
        "GET",
        f"{SUBSCRIPTION}events/",
        params={"status": "FAILED"},
        reply=[{"id": "ev1", "event_type": EVENT, "status": "FAILED", "target_url": HOOK_URL}],
        returns=SubscriptionEvent,
        listing=True,
    ),
    # --- invitations ---
    Call(
        "invitations.create",
        lambda c: c.invitations.create(
            WORKSPACE_ID, ["ada@example.org", "alan@example.org"], "WORKSPACE_ADMIN"
        ),
        "POST",
        "/api/v1/invitations/",
        body={
            "association": WORKSPACE_ID,
            "emails": ["ada@example.org", "alan@example.org"],
            "role": "WORKSPACE_ADMIN",
        },
        reply={"invitations": []},
        status=201,
        returns=InvitationResult,
    ),
    Call(
        "invitations.create one email, default role",
        lambda c: c.invitations.create(WORKSPACE_ID, "ada@example.org"),
        "POST",
        "/api/v1/invitations/",
        body={
            "association": WORKSPACE_ID,
            "emails": ["ada@example.org"],
            "role": "WORKSPACE_COLLABORATOR",
        },
        reply={"invitations": [], "future": "kept"},
        status=201,
        returns=InvitationResult,
    ),
)


@pytest.mark.parametrize("case", CALLS)
async def test_call(case: Call, client: Client, api: respx.MockRouter) -> None:
    await check(case, client, api)


async def test_create_subscription_returns_the_hook_secret_out_of_repr(
    client: Client, api: respx.MockRouter
) -> None:
    route = api.post("/api/v1/hooks/subscriptions/").respond(
        201, json={**SUBSCRIBED, "is_enabled": False}, headers={"X-Hook-Secret": "hs-0a1b2c"}
    )
    created = await run(client.hooks.create_subscription(WORKSPACE_ID, EVENT, HOOK_URL))
    assert sent_json(route.calls.last.request) == {
        "workspace_id": WORKSPACE_ID,
        "event_type": EVENT,
        "target_url": HOOK_URL,
    }
    assert isinstance(created, CreatedSubscription)
    assert isinstance(created.subscription, Subscription)
    assert created.subscription.id == SUBSCRIPTION_ID
    assert created.hook_secret == "hs-0a1b2c"
    assert "hs-0a1b2c" not in repr(created)
    assert SUBSCRIPTION_ID in repr(created)


async def test_create_subscription_without_the_secret_header_says_so(
    client: Client, api: respx.MockRouter
) -> None:
    api.post("/api/v1/hooks/subscriptions/").respond(201, json=SUBSCRIBED)
    with pytest.raises(UnexpectedResponseError, match="X-Hook-Secret"):
        await run(client.hooks.create_subscription(WORKSPACE_ID, EVENT, HOOK_URL))
