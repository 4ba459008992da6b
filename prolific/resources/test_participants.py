"""``client.test_participants``: participant accounts for trying your own studies.

A feature Prolific enables per workspace; without it Prolific answers 404, which this namespace
raises as ``FeatureNotEnabledError``. ``studies.test`` creates one when given an email.
"""

from __future__ import annotations

from prolific_api.models.test_participant import TestParticipant

from .._base_client import AsyncResource, SyncResource
from .._workflows.research import test_participant_request
from ..errors import FeatureNotEnabledError, NotFoundError

__all__ = ["AsyncTestParticipants", "TestParticipants"]

_FEATURE = "Test participants"


class TestParticipants(SyncResource):
    def create(self, email: str) -> TestParticipant:
        """Create a participant account with your details and `email` (one per address). It
        can take only your workspaces' studies and cannot cash out."""
        try:
            participant: TestParticipant = self._client.request(test_participant_request(email))
        except NotFoundError as exc:
            raise FeatureNotEnabledError(_FEATURE) from exc
        return participant


class AsyncTestParticipants(AsyncResource):
    async def create(self, email: str) -> TestParticipant:
        try:
            request = test_participant_request(email)
            participant: TestParticipant = await self._client.request(request)
        except NotFoundError as exc:
            raise FeatureNotEnabledError(_FEATURE) from exc
        return participant
