"""``client.users``: the account the token belongs to."""

from __future__ import annotations

from prolific_api import operations as ops
from prolific_api.models.user import User

from .._base_client import AsyncResource, SyncResource
from .._request import Request, build

__all__ = ["AsyncUsers", "Users"]


def _me() -> Request[User]:
    return build(ops.get_me)


class Users(SyncResource):
    def me(self) -> User:
        """The account (researcher) the token belongs to: ``id``, ``email`` and any other field
        Prolific sends (readable as ``user["name"]``)."""
        return self._client.request(_me())


class AsyncUsers(AsyncResource):
    async def me(self) -> User:
        """The account (researcher) the token belongs to."""
        return await self._client.request(_me())
