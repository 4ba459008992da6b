"""Messages between the researcher and participants.

Sending answers 204 and keeps a copy (``sandbox.messages``). Listing needs ``user_id`` or
``created_after`` (and, as on Prolific, only reaches back 30 days); ``/messages/unread/`` lists
what participants sent that nobody has listed as read yet (listing does not mark them read).
Answers carry the sender and the time under both spellings seen from Prolific (`sender_id` and
`sender`, `sent_at` and `datetime_created`), so clients are tested against either.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from . import _lookup
from ._errors import bad_request, field_error
from ._http import Request, SandboxResponse, empty_response, json_response
from ._lifecycle import record_message
from ._pagination import paginate
from ._state import Message, SandboxState, iso

HISTORY = timedelta(days=30)


def message_view(msg: Message) -> dict[str, Any]:
    return {
        "id": msg.id,
        "sender_id": msg.sender_id,
        "sender": msg.sender_id,
        "recipient_id": msg.recipient_id,
        "body": msg.body,
        "sent_at": iso(msg.sent_at),
        "datetime_created": iso(msg.sent_at),
        "type": "message",
        "channel_id": msg.channel_id,
        "data": {"study_id": msg.study_id} if msg.study_id else {},
    }


def _parse_time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError as exc:
        raise bad_request(f"created_after must be an ISO 8601 date-time, got {text!r}.") from exc
    if moment.tzinfo is None:
        raise bad_request("created_after must include a time zone (for example Z).")
    return moment


def list_messages(state: SandboxState, req: Request) -> SandboxResponse:
    user_id = req.arg("user_id")
    created_after = req.arg("created_after")
    if user_id is None and created_after is None:
        raise bad_request("Provide user_id or created_after.")
    since = state.now() - HISTORY
    if created_after is not None:
        since = max(since, _parse_time(created_after))
    excluded = {p for p in (req.arg("excluded_sender_ids") or "").split(",") if p}
    if len(excluded) > 10:
        raise bad_request("excluded_sender_ids takes at most 10 IDs.")
    me = state.user.id
    items = [
        message_view(m)
        for m in state.messages
        if m.sent_at > since
        and me in (m.sender_id, m.recipient_id)
        and (user_id is None or user_id in (m.sender_id, m.recipient_id))
        and m.sender_id not in excluded
    ]
    return json_response(200, paginate(req, items))


def list_unread_messages(state: SandboxState, req: Request) -> SandboxResponse:
    me = state.user.id
    items = [message_view(m) for m in state.messages if m.recipient_id == me and not m.read]
    return json_response(200, paginate(req, items))


def _study_ref(state: SandboxState, study_id: str | None) -> None:
    if study_id is not None:
        _lookup.in_body(state.studies, study_id, "study_id", "Study")


def send_message(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    recipient = fields.req_text("recipient_id")
    body = fields.req_text("body")
    study_id = fields.req_text("study_id")
    _study_ref(state, study_id)
    record_message(state, recipient, body, study_id=study_id, reason="api")
    return empty_response(204)


def send_bulk_message(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    ids = _lookup.participant_ids(fields.req_text_list("ids"), "ids")
    body = fields.req_text("body")
    study_id = fields.req_text("study_id")
    _study_ref(state, study_id)
    for pid in ids:
        record_message(state, pid, body, study_id=study_id, reason="api")
    return empty_response(204)


def send_participant_group_message(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    group_id = fields.req_text("participant_group_id")
    body = fields.req_text("body")
    study_id = fields.text("study_id")
    group = _lookup.in_body(state.groups, group_id, "participant_group_id", "Participant group")
    if group.is_deleted:
        raise field_error("participant_group_id", "This participant group was deleted.")
    _study_ref(state, study_id)
    for pid in group.members:
        record_message(state, pid, body, study_id=study_id, reason="api")
    return empty_response(204)
