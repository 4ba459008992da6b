"""``client.messages``: messages between the researcher and participants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from prolific_api import operations as ops
from prolific_api.models.message import Message

from .._base_client import AsyncResource, SyncResource
from .._pagination import AsyncPager, SyncPager
from .._payload import id_list
from .._request import PageQuery, Request, build
from .._validation import check_datetime, check_id
from ..errors import InvalidRequestError

__all__ = ["AsyncMessages", "Messages"]


def _text(body: str) -> str:
    if not isinstance(body, str) or not body.strip():
        raise InvalidRequestError("a message needs a non-empty body", field="body")
    return body


def _send(recipient_id: str, body: str, study_id: str) -> Request[None]:
    payload = {
        "recipient_id": check_id("recipient_id", recipient_id),
        "body": _text(body),
        "study_id": check_id("study_id", study_id),
    }
    return build(ops.send_message, json=payload)


def _list(user_id: str | None, created_after: dt.datetime | str | None) -> PageQuery[Message]:
    if user_id is None and created_after is None:
        raise InvalidRequestError(
            "messages.list needs user_id= or created_after= (Prolific keeps 30 days)",
            field="user_id",
        )
    if user_id is not None:
        check_id("user_id", user_id)
    after = None if created_after is None else check_datetime("created_after", created_after)
    params = {"user_id": user_id, "created_after": after}
    return build(ops.list_messages, query=params)


def _unread() -> PageQuery[Message]:
    return build(ops.list_unread_messages)


def _send_bulk(participant_ids: Iterable[str], body: str, study_id: str) -> Request[None]:
    payload = {
        "ids": id_list("participant_ids", participant_ids),
        "body": _text(body),
        "study_id": check_id("study_id", study_id),
    }
    return build(ops.send_bulk_message, json=payload)


def _send_to_group(group_id: str, body: str, study_id: str | None) -> Request[None]:
    payload = {"participant_group_id": check_id("group_id", group_id), "body": _text(body)}
    if study_id is not None:
        payload["study_id"] = check_id("study_id", study_id)
    return build(ops.send_participant_group_message, json=payload)


class Messages(SyncResource):
    def send(self, recipient_id: str, body: str, study_id: str) -> None:
        """Message one participant about a study. Not retried: a retry could send it twice."""
        return self._client.request(_send(recipient_id, body, study_id))

    def list(
        self, *, user_id: str | None = None, created_after: dt.datetime | str | None = None
    ) -> SyncPager[Message]:
        """Messages with one user, or since a time (Prolific keeps the last 30 days)."""
        return self._client.paginate(_list(user_id, created_after))

    def unread(self) -> SyncPager[Message]:
        return self._client.paginate(_unread())

    def send_bulk(self, participant_ids: Iterable[str], body: str, study_id: str) -> None:
        """The same message to many participants of a study."""
        return self._client.request(_send_bulk(participant_ids, body, study_id))

    def send_to_group(self, group_id: str, body: str, study_id: str | None = None) -> None:
        """A message to every member of a participant group."""
        return self._client.request(_send_to_group(group_id, body, study_id))


class AsyncMessages(AsyncResource):
    async def send(self, recipient_id: str, body: str, study_id: str) -> None:
        return await self._client.request(_send(recipient_id, body, study_id))

    def list(
        self, *, user_id: str | None = None, created_after: dt.datetime | str | None = None
    ) -> AsyncPager[Message]:
        return self._client.paginate(_list(user_id, created_after))

    def unread(self) -> AsyncPager[Message]:
        return self._client.paginate(_unread())

    async def send_bulk(self, participant_ids: Iterable[str], body: str, study_id: str) -> None:
        return await self._client.request(_send_bulk(participant_ids, body, study_id))

    async def send_to_group(self, group_id: str, body: str, study_id: str | None = None) -> None:
        return await self._client.request(_send_to_group(group_id, body, study_id))
