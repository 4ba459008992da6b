"""Records of the 2026 research features: credential pools, test participants, demographic
exports, fixed screen-out slots and the key that signs secured study URLs.

Kept apart from ``_state`` so these features stay in their own modules; ``SandboxState`` holds
one :class:`ResearchState` as ``state.research`` and recreates it on ``reset()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Workspace features Prolific enables per workspace; the sandbox starts with all of them on.
FEATURES = ("test_studies", "fixed_screen_out", "secure_study_urls", "credentials")


@dataclass
class Credential:
    username: str
    password: str
    #: Submission that received it, once handed out.
    submission_id: str | None = None
    participant_id: str | None = None


@dataclass
class CredentialPool:
    id: str
    workspace_id: str
    credentials: list[Credential] = field(default_factory=list)

    @property
    def available(self) -> int:
        return sum(1 for c in self.credentials if c.submission_id is None)


@dataclass
class TestParticipant:
    id: str
    email: str
    user_id: str


@dataclass
class DemographicExport:
    """One export request: its filters (canonical JSON) and when it was made."""

    filters_key: str
    filters: list[dict[str, Any]]
    created: str


@dataclass
class ResearchState:
    credential_pools: dict[str, CredentialPool] = field(default_factory=dict)
    test_participants: dict[str, TestParticipant] = field(default_factory=dict)
    #: Test study ID -> the draft it tests.
    test_studies: dict[str, str] = field(default_factory=dict)
    #: Study ID -> exports made, oldest first.
    demographic_exports: dict[str, list[DemographicExport]] = field(default_factory=dict)
    #: (study ID, completion code) -> participants screened out with that code so far.
    screen_out_slots_used: dict[tuple[str, str], int] = field(default_factory=dict)
    #: Project ID -> the 2026 project fields (see ``_project_details``).
    project_details: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Workspace ID -> features switched off (see ``FEATURES``); absent means all on.
    disabled_features: dict[str, set[str]] = field(default_factory=dict)
    #: The RSA key (a ``cryptography`` private key) signing ``prolific_token``, made on first use.
    signing_key: Any = None
    signing_key_id: str = ""
    #: Bumped by each rotation; part of the seed the key is derived from.
    key_generation: int = 0
    #: Keys rotated out, still served in the JWKS.
    retired_keys: list[Any] = field(default_factory=list)

    def enabled(self, workspace_id: str, feature: str) -> bool:
        return feature not in self.disabled_features.get(workspace_id, set())
