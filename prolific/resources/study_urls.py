"""``client.study_urls``: verify the ``prolific_token`` of secured study URLs (see
:mod:`prolific.study_urls`)."""

from __future__ import annotations

from typing import Any

from .._base_client import AsyncAPIClient, AsyncResource, SyncAPIClient, SyncResource
from .._flow import run_async, run_sync
from ..study_urls import StudyToken, StudyUrlKeys, keys_request, verify_flow

__all__ = ["AsyncStudyUrls", "StudyUrls"]


class StudyUrls(SyncResource):
    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        # Per client, so two clients never share what they trust.
        self._keys = StudyUrlKeys()

    def verify(self, token: str, *, workspace_id: str, audience: str) -> StudyToken:
        """Check a secured study URL's ``prolific_token``: Prolific's signature, not expired,
        made for your study URL (`audience`: scheme, host and path) and your workspace.
        Raises ``StudyTokenError`` on any failure."""
        return run_sync(self._client, verify_flow(self._keys, token, workspace_id, audience))

    def keys(self) -> Any:
        """Prolific's current signing keys (the JWKS document), fetched now."""
        return self._client.request(keys_request())


class AsyncStudyUrls(AsyncResource):
    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self._keys = StudyUrlKeys()

    async def verify(self, token: str, *, workspace_id: str, audience: str) -> StudyToken:
        """See ``StudyUrls.verify``."""
        flow = verify_flow(self._keys, token, workspace_id, audience)
        return await run_async(self._client, flow)

    async def keys(self) -> Any:
        return await self._client.request(keys_request())
