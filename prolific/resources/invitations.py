"""``client.invitations``: invite collaborators to a workspace by email."""

from __future__ import annotations

from collections.abc import Iterable

from prolific_api.models.invitation_result import InvitationResult

from .._base_client import AsyncResource, Request, SyncResource
from .._validation import check_id
from ..errors import InvalidRequestError

__all__ = ["AsyncInvitations", "Invitations"]

# Invitations are to a workspace; Prolific's 2026 description knows no project-level role.
_ROLES = frozenset({"WORKSPACE_ADMIN", "WORKSPACE_COLLABORATOR"})


def _create(association: str, emails: Iterable[str], role: str) -> Request[InvitationResult]:
    listed = [emails] if isinstance(emails, str) else list(emails)
    if not listed or not all(isinstance(e, str) and "@" in e for e in listed):
        raise InvalidRequestError("emails must be one or more email addresses", field="emails")
    if role not in _ROLES:
        raise InvalidRequestError(
            f"role must be one of {', '.join(sorted(_ROLES))}, got {role!r}", field="role"
        )
    body = {"association": check_id("association", association), "emails": listed, "role": role}
    return Request("POST", "/api/v1/invitations/", json=body, parse=InvitationResult.from_dict)


class Invitations(SyncResource):
    def create(
        self, association: str, emails: Iterable[str], role: str = "WORKSPACE_COLLABORATOR"
    ) -> InvitationResult:
        """Invite people by email to the workspace whose ID is `association`, as
        ``WORKSPACE_COLLABORATOR`` (default) or ``WORKSPACE_ADMIN``."""
        return self._client.request(_create(association, emails, role))


class AsyncInvitations(AsyncResource):
    async def create(
        self, association: str, emails: Iterable[str], role: str = "WORKSPACE_COLLABORATOR"
    ) -> InvitationResult:
        return await self._client.request(_create(association, emails, role))
