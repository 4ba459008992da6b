"""``client.invitations``: invite collaborators to a workspace by email."""

from __future__ import annotations

from collections.abc import Iterable
from typing import get_args

from prolific_api import operations as ops
from prolific_api.models.invitation_result import InvitationResult
from prolific_api.models.invitation_role import InvitationRole
from prolific_api.params import InvitationRoleLiteral

from .._base_client import AsyncResource, SyncResource
from .._request import Request, build
from .._validation import check_choice, check_id
from ..errors import InvalidRequestError

__all__ = ["AsyncInvitations", "Invitations"]

_Role = InvitationRoleLiteral | InvitationRole


def _create(association: str, emails: Iterable[str], role: _Role) -> Request[InvitationResult]:
    listed = [emails] if isinstance(emails, str) else list(emails)
    if not listed or not all(isinstance(e, str) and "@" in e for e in listed):
        raise InvalidRequestError("emails must be one or more email addresses", field="emails")
    body = {
        "association": check_id("association", association),
        "emails": listed,
        "role": check_choice("role", role, get_args(InvitationRoleLiteral)),
    }
    return build(ops.create_invitation, json=body)


class Invitations(SyncResource):
    def create(
        self, association: str, emails: Iterable[str], role: _Role = "WORKSPACE_COLLABORATOR"
    ) -> InvitationResult:
        """Invite people by email to the workspace whose ID is `association`, as
        ``WORKSPACE_COLLABORATOR`` (default) or ``WORKSPACE_ADMIN``."""
        return self._client.request(_create(association, emails, role))


class AsyncInvitations(AsyncResource):
    async def create(
        self, association: str, emails: Iterable[str], role: _Role = "WORKSPACE_COLLABORATOR"
    ) -> InvitationResult:
        return await self._client.request(_create(association, emails, role))
