"""Webhook endpoints: event types, secrets (one per workspace), subscriptions and their events.

A subscription starts disabled: the create call answers 201 with an ``X-Hook-Secret`` header,
and POSTing ``{"secret": <that value>}`` to the subscription confirms and enables it. Only
confirmed, enabled subscriptions receive deliveries (see ``_delivery``).
"""

from __future__ import annotations

import json
from typing import Any

from . import _lookup
from ._delivery import is_loopback
from ._errors import bad_request, field_error
from ._http import Request, SandboxResponse, empty_response, json_response
from ._lifecycle import EVENT_TYPES
from ._pagination import paginate
from ._state import HookEvent, HookSecret, SandboxState, Subscription, iso

EVENT_STATUSES = ("PENDING", "SUCCEEDED", "FAILED")
#: The 2026 description's default page size for a subscription's events.
EVENTS_PAGE_SIZE = 100


def subscription_view(sub: Subscription) -> dict[str, Any]:
    return {
        "id": sub.id,
        "event_type": sub.event_type,
        "target_url": sub.target_url,
        "is_enabled": sub.is_enabled,
        "workspace_id": sub.workspace_id,
    }


def event_view(event: HookEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "datetime_created": iso(event.created),
        "datetime_updated": iso(event.updated),
        "event_type": event.event_type,
        "resource_id": event.resource_id,
        "status": event.status,
        "target_url": event.target_url,
        "payload": dict(event.payload),
    }


def secret_view(secret: HookSecret) -> dict[str, Any]:
    return {"id": secret.id, "value": secret.value, "workspace_id": secret.workspace_id}


def _bool_arg(req: Request, name: str, default: bool | None) -> bool | None:
    raw = req.arg(name)
    if raw is None:
        return default
    if raw.lower() in ("true", "1"):
        return True
    if raw.lower() in ("false", "0"):
        return False
    raise bad_request(f"{name} must be true or false.")


def _check_url(state: SandboxState, url: str) -> dict[str, str]:
    """Refuse what is not a URL; warn (a header and ``sandbox.warnings``) about a target
    Prolific would refuse, since it must be https and public there. The sandbox accepts
    loopback and plain http so that it can deliver to a receiver on this machine."""
    if not url.startswith(("http://", "https://")):
        raise field_error("target_url", "Enter a valid http(s) URL.")
    problems = []
    if not url.startswith("https://"):
        problems.append("is not https")
    if is_loopback(url):
        problems.append("is not public (loopback)")
    if not problems:
        return {}
    warning = (
        f"target_url {url} {' and '.join(problems)}: Prolific would refuse it; the sandbox "
        "accepts it so that it can deliver on this machine."
    )
    state.warn(warning)
    return {"X-Sandbox-Warning": warning}


def _subscription(state: SandboxState, req: Request) -> Subscription:
    return _lookup.in_path(state.subscriptions, req.params["subscription_id"], "Subscription")


def list_event_types(state: SandboxState, req: Request) -> SandboxResponse:
    items = [{"event_type": k, "description": v} for k, v in EVENT_TYPES.items()]
    return json_response(200, paginate(req, items))


def list_secrets(state: SandboxState, req: Request) -> SandboxResponse:
    workspace_id = req.arg("workspace_id")
    if workspace_id is None:
        raise bad_request("workspace_id is required to list secrets.")
    items = [secret_view(s) for s in state.secrets.values() if s.workspace_id == workspace_id]
    return json_response(200, paginate(req, items))


def create_secret(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    workspace_id = fields.text("workspace_id") or state.default_workspace_id
    _lookup.in_body(state.workspaces, workspace_id, "workspace_id", "Workspace")
    secret = HookSecret(state.new_id(), state.new_token(32), workspace_id)
    state.secrets[workspace_id] = secret  # one per workspace: a new one replaces the old
    return json_response(201, secret_view(secret))


def list_subscriptions(state: SandboxState, req: Request) -> SandboxResponse:
    workspace_id = req.arg("workspace_id")
    enabled = _bool_arg(req, "is_enabled", True)
    items = [
        subscription_view(s)
        for s in state.subscriptions.values()
        if (workspace_id is None or s.workspace_id == workspace_id)
        and (enabled is None or s.is_enabled == enabled)
    ]
    return json_response(200, paginate(req, items))


def create_subscription(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    workspace_id = fields.req_text("workspace_id")
    event_type = fields.req_text("event_type")
    target_url = fields.req_text("target_url")
    warning = _check_url(state, target_url)
    _lookup.in_body(state.workspaces, workspace_id, "workspace_id", "Workspace")
    if event_type not in EVENT_TYPES:
        raise field_error("event_type", f"Unknown event type; choose from {sorted(EVENT_TYPES)}.")
    if workspace_id not in state.secrets:
        raise bad_request(
            "Create a secret for this workspace (POST /api/v1/hooks/secrets/) before subscribing."
        )
    sub = Subscription(
        id=state.new_id(),
        workspace_id=workspace_id,
        event_type=event_type,
        target_url=target_url,
        confirmation_secret=state.new_token(24),
    )
    state.subscriptions[sub.id] = sub
    return json_response(
        201, subscription_view(sub), {"X-Hook-Secret": sub.confirmation_secret, **warning}
    )


def get_subscription(state: SandboxState, req: Request) -> SandboxResponse:
    return json_response(200, subscription_view(_subscription(state, req)))


def confirm_subscription(state: SandboxState, req: Request) -> SandboxResponse:
    sub = _subscription(state, req)
    secret = req.fields().req_text("secret")
    if secret != sub.confirmation_secret:
        raise field_error("secret", "This is not the X-Hook-Secret given for this subscription.")
    sub.confirmed = True
    sub.is_enabled = True
    return json_response(200, subscription_view(sub))


def update_subscription(state: SandboxState, req: Request) -> SandboxResponse:
    sub = _subscription(state, req)
    fields = req.fields()
    event_type = fields.text("event_type")
    target_url = fields.text("target_url")
    enabled = fields.boolean("is_enabled")
    if event_type is not None and event_type not in EVENT_TYPES:
        raise field_error("event_type", f"Unknown event type; choose from {sorted(EVENT_TYPES)}.")
    warning = _check_url(state, target_url) if target_url is not None else {}
    if enabled and not sub.confirmed:
        raise field_error("is_enabled", "Confirm the subscription before enabling it.")
    if event_type is not None:
        sub.event_type = event_type
    if target_url is not None:
        sub.target_url = target_url
    if enabled is not None:
        sub.is_enabled = enabled
    return json_response(200, subscription_view(sub), warning)


def delete_subscription(state: SandboxState, req: Request) -> SandboxResponse:
    sub = _subscription(state, req)
    del state.subscriptions[sub.id]
    return empty_response(204)


def _status_arg(req: Request) -> set[str] | None:
    raw = req.arg("status")
    if raw is None:
        return None
    try:
        parsed = json.loads(raw) if raw.strip().startswith("[") else [raw]
    except ValueError as exc:
        raise bad_request("status must be a status or a JSON array of statuses.") from exc
    if not isinstance(parsed, list) or any(v not in EVENT_STATUSES for v in parsed):
        raise bad_request(f"status must be among {list(EVENT_STATUSES)}.")
    return set(parsed)


def list_subscription_events(state: SandboxState, req: Request) -> SandboxResponse:
    sub = _subscription(state, req)
    statuses = _status_arg(req)
    resource_id = req.arg("resource_id")
    items = [
        event_view(e)
        for e in state.hook_events.values()
        if e.subscription_id == sub.id
        and (statuses is None or e.status in statuses)
        and (resource_id is None or e.resource_id == resource_id)
    ]
    return json_response(200, paginate(req, items, default_size=EVENTS_PAGE_SIZE))
