"""``Prolific`` and ``AsyncProlific``: one configured connection and its namespaces.

Each namespace is a :class:`namespace` (a cached, read-only property) that imports its module
on first use, so ``import prolific`` stays fast. Adding one is three lines::

    @namespace
    def studies(self) -> Studies:
        from .resources.studies import Studies
        return Studies(self)
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._clock import Clock
from ._config import ClientConfig, resolve_config
from ._constants import DEFAULT_MAX_CONCURRENCY, DEFAULT_MAX_RETRIES
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from prolific_api import AuthenticatedClient

    from .resources.ai_task_builder import AITaskBuilder, AsyncAITaskBuilder
    from .resources.bonuses import AsyncBonuses, Bonuses
    from .resources.credential_pools import AsyncCredentialPools, CredentialPools
    from .resources.filters import (
        AsyncEligibility,
        AsyncFilters,
        AsyncFilterSets,
        Eligibility,
        Filters,
        FilterSets,
    )
    from .resources.hooks import AsyncHooks, Hooks
    from .resources.invitations import AsyncInvitations, Invitations
    from .resources.messages import AsyncMessages, Messages
    from .resources.participant_groups import AsyncParticipantGroups, ParticipantGroups
    from .resources.projects import AsyncProjects, Projects
    from .resources.studies import AsyncStudies, Studies
    from .resources.study_urls import AsyncStudyUrls, StudyUrls
    from .resources.submissions import AsyncSubmissions, Submissions
    from .resources.surveys import AsyncSurveys, Surveys
    from .resources.test_participants import AsyncTestParticipants, TestParticipants
    from .resources.users import AsyncUsers, Users
    from .resources.workspaces import AsyncWorkspaces, Workspaces

__all__ = ["AsyncProlific", "Prolific"]

N = TypeVar("N")


class namespace(Generic[N]):
    """A read-only attribute built on first access and kept on the instance.

    Unlike ``functools.cached_property`` it is a data descriptor, so ``help(Prolific)`` lists
    each namespace with its docstring instead of a ``cached_property object``.
    """

    def __init__(self, build: Callable[[Any], N]) -> None:
        self._build = build
        self.__doc__ = build.__doc__
        self._name = build.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, objtype: type | None = None) -> namespace[N]: ...

    @overload
    def __get__(self, obj: object, objtype: type | None = None) -> N: ...

    def __get__(self, obj: object | None, objtype: type | None = None) -> N | namespace[N]:
        if obj is None:
            return self
        cache = obj.__dict__
        if self._name not in cache:
            cache[self._name] = self._build(obj)
        value: N = cache[self._name]
        return value

    def __set__(self, obj: object, value: object) -> None:
        raise AttributeError(f"{self._name} is read-only")


def _public_signature(init: Callable[..., None]) -> None:
    # Test hooks (the injectable clock) stay out of help() and the API reference.
    sig = inspect.signature(init)
    params = [p for p in sig.parameters.values() if not p.name.startswith("_")]
    init.__signature__ = sig.replace(parameters=params)  # type: ignore[attr-defined]


def _home() -> Path | None:
    try:
        return Path.home()
    except RuntimeError:
        return None


def _config(
    token: str | None,
    base_url: str | None,
    timeout: Timeout | NotGiven,
    max_retries: int,
    referer: str | None,
) -> ClientConfig:
    """Settings from the arguments, then the environment and the credentials files."""
    return resolve_config(
        token,
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        referer=referer,
        environ=os.environ,
        home=_home(),
    )


class Prolific(SyncAPIClient):
    """A client for the Prolific API.

    Args:
        token: the API token. When left out, ``PROLIFIC_TOKEN``, then ``PROLIFIC_API_KEY``, then
            ``~/.config/prolific/credentials`` and ``~/.prolific/credentials`` (readable by their
            owner only) are tried; none found raises ``MissingTokenError``.
        base_url: the API origin; ``PROLIFIC_URL`` or ``https://api.prolific.com`` when left out.
            Plain ``http://`` is refused except for localhost.
        timeout: seconds (connecting is capped at 5 s), an ``httpx.Timeout``, or ``None`` for no
            limit. Defaults to 5 s to connect and 60 s to read. Each call can override it.
        max_retries: retries of requests that are safe to repeat; ``0`` turns retrying off.
        referer: sent as the ``Referer`` header, which Prolific asks integrations to set (your
            project's URL and version, say).
        http_client: an ``httpx.Client`` to use instead of the SDK's own. The SDK sets its base
            URL, timeout and headers and wraps its transport with the retry policy; you keep
            ownership (``close()`` leaves it open).

    Use it as a context manager, or call ``close()`` when done.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        referer: str | None = None,
        http_client: httpx.Client | None = None,
        _clock: Clock | None = None,
    ) -> None:
        config = _config(token, base_url, timeout, max_retries, referer)
        super().__init__(config, http_client=http_client, clock=_clock)

    @namespace
    def api(self) -> AuthenticatedClient:
        """The generated low-level client, sharing this client's connection, headers, retries
        and errors: ``prolific_api.api.studies.get_study.sync(client=client.api, ...)``."""
        from prolific_api import AuthenticatedClient

        generated = AuthenticatedClient(base_url=self._config.base_url, token=self._config.token)
        return generated.set_httpx_client(self._http)

    @namespace
    def users(self) -> Users:
        """The account the token belongs to."""
        from .resources.users import Users

        return Users(self)

    @namespace
    def workspaces(self) -> Workspaces:
        """Workspaces, their wallets and balances."""
        from .resources.workspaces import Workspaces

        return Workspaces(self)

    @namespace
    def projects(self) -> Projects:
        """Projects of a workspace and their studies."""
        from .resources.projects import Projects

        return Projects(self)

    @namespace
    def studies(self) -> Studies:
        """Studies from draft to completion, their cost and workflows."""
        from .resources.studies import Studies

        return Studies(self)

    @namespace
    def submissions(self) -> Submissions:
        """Submissions and their review (approve, reject, bulk)."""
        from .resources.submissions import Submissions

        return Submissions(self)

    @namespace
    def bonuses(self) -> Bonuses:
        """Bonus payments (``pay`` is exactly-once)."""
        from .resources.bonuses import Bonuses

        return Bonuses(self)

    @namespace
    def participant_groups(self) -> ParticipantGroups:
        """Participant groups and members."""
        from .resources.participant_groups import ParticipantGroups

        return ParticipantGroups(self)

    @namespace
    def messages(self) -> Messages:
        """Messages to and from participants."""
        from .resources.messages import Messages

        return Messages(self)

    @namespace
    def filters(self) -> Filters:
        """The filters a study's audience is chosen with."""
        from .resources.filters import Filters

        return Filters(self)

    @namespace
    def filter_sets(self) -> FilterSets:
        """Saved, reusable sets of filters."""
        from .resources.filters import FilterSets

        return FilterSets(self)

    @namespace
    def eligibility(self) -> Eligibility:
        """How many participants match some filters."""
        from .resources.filters import Eligibility

        return Eligibility(self)

    @namespace
    def hooks(self) -> Hooks:
        """Webhook subscriptions, secrets and events."""
        from .resources.hooks import Hooks

        return Hooks(self)

    @namespace
    def invitations(self) -> Invitations:
        """Invitations to a workspace."""
        from .resources.invitations import Invitations

        return Invitations(self)

    @namespace
    def credential_pools(self) -> CredentialPools:
        """Logins handed out to participants, and who received which."""
        from .resources.credential_pools import CredentialPools

        return CredentialPools(self)

    @namespace
    def test_participants(self) -> TestParticipants:
        """Participant accounts for trying your own studies (feature-flagged)."""
        from .resources.test_participants import TestParticipants

        return TestParticipants(self)

    @namespace
    def study_urls(self) -> StudyUrls:
        """Verify the ``prolific_token`` of secured study URLs."""
        from .resources.study_urls import StudyUrls

        return StudyUrls(self)

    @namespace
    def ai_task_builder(self) -> AITaskBuilder:
        """AI Task Builder: ``.datasets``, ``.batches`` and ``.collections``."""
        from .resources.ai_task_builder import AITaskBuilder

        return AITaskBuilder(self)

    @namespace
    def surveys(self) -> Surveys:
        """Surveys hosted by Prolific, their responses and summaries."""
        from .resources.surveys import Surveys

        return Surveys(self)

    def with_options(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> Prolific:
        """A client sharing this one's connection whose calls use another timeout or retry
        count: ``client.with_options(timeout=120).studies.summary(study_id)``."""
        copy: Prolific = self._copy_with(timeout, max_retries)
        return copy

    def __enter__(self) -> Prolific:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncProlific(AsyncAPIClient):
    """The asynchronous twin of :class:`Prolific`: the same arguments (``http_client`` is an
    ``httpx.AsyncClient``) and the same namespaces, whose methods are coroutines and whose lists
    are async iterators. Use ``async with``, or ``await client.aclose()`` when done.

    One more argument: ``max_concurrency`` (default 64) is how many requests are in flight at
    once. Start as many coroutines as you like (``asyncio.gather`` over 1,000 approvals, say):
    the calls beyond the limit wait their turn instead of failing for want of a connection.
    Lower it to be gentle with Prolific's rate limits; keep it at or below your own
    ``http_client``'s connection limit when you pass one.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        referer: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        _clock: Clock | None = None,
    ) -> None:
        config = _config(token, base_url, timeout, max_retries, referer)
        super().__init__(
            config, http_client=http_client, clock=_clock, max_concurrency=max_concurrency
        )

    @namespace
    def api(self) -> AuthenticatedClient:
        """The generated low-level client, sharing this client's connection, headers, retries
        and errors: ``await prolific_api.api.studies.get_study.asyncio(client=client.api, ...)``.
        Use the ``asyncio`` functions: the sync ones would open a connection of their own,
        without the SDK's retries and errors.
        """
        from prolific_api import AuthenticatedClient

        generated = AuthenticatedClient(base_url=self._config.base_url, token=self._config.token)
        return generated.set_async_httpx_client(self._http)

    @namespace
    def users(self) -> AsyncUsers:
        """The account the token belongs to."""
        from .resources.users import AsyncUsers

        return AsyncUsers(self)

    @namespace
    def workspaces(self) -> AsyncWorkspaces:
        """Workspaces, their wallets and balances."""
        from .resources.workspaces import AsyncWorkspaces

        return AsyncWorkspaces(self)

    @namespace
    def projects(self) -> AsyncProjects:
        """Projects of a workspace and their studies."""
        from .resources.projects import AsyncProjects

        return AsyncProjects(self)

    @namespace
    def studies(self) -> AsyncStudies:
        """Studies from draft to completion, their cost and workflows."""
        from .resources.studies import AsyncStudies

        return AsyncStudies(self)

    @namespace
    def submissions(self) -> AsyncSubmissions:
        """Submissions and their review (approve, reject, bulk)."""
        from .resources.submissions import AsyncSubmissions

        return AsyncSubmissions(self)

    @namespace
    def bonuses(self) -> AsyncBonuses:
        """Bonus payments (``pay`` is exactly-once)."""
        from .resources.bonuses import AsyncBonuses

        return AsyncBonuses(self)

    @namespace
    def participant_groups(self) -> AsyncParticipantGroups:
        """Participant groups and members."""
        from .resources.participant_groups import AsyncParticipantGroups

        return AsyncParticipantGroups(self)

    @namespace
    def messages(self) -> AsyncMessages:
        """Messages to and from participants."""
        from .resources.messages import AsyncMessages

        return AsyncMessages(self)

    @namespace
    def filters(self) -> AsyncFilters:
        """The filters a study's audience is chosen with."""
        from .resources.filters import AsyncFilters

        return AsyncFilters(self)

    @namespace
    def filter_sets(self) -> AsyncFilterSets:
        """Saved, reusable sets of filters."""
        from .resources.filters import AsyncFilterSets

        return AsyncFilterSets(self)

    @namespace
    def eligibility(self) -> AsyncEligibility:
        """How many participants match some filters."""
        from .resources.filters import AsyncEligibility

        return AsyncEligibility(self)

    @namespace
    def hooks(self) -> AsyncHooks:
        """Webhook subscriptions, secrets and events."""
        from .resources.hooks import AsyncHooks

        return AsyncHooks(self)

    @namespace
    def invitations(self) -> AsyncInvitations:
        """Invitations to a workspace."""
        from .resources.invitations import AsyncInvitations

        return AsyncInvitations(self)

    @namespace
    def credential_pools(self) -> AsyncCredentialPools:
        """Logins handed out to participants, and who received which."""
        from .resources.credential_pools import AsyncCredentialPools

        return AsyncCredentialPools(self)

    @namespace
    def test_participants(self) -> AsyncTestParticipants:
        """Participant accounts for trying your own studies (feature-flagged)."""
        from .resources.test_participants import AsyncTestParticipants

        return AsyncTestParticipants(self)

    @namespace
    def study_urls(self) -> AsyncStudyUrls:
        """Verify the ``prolific_token`` of secured study URLs."""
        from .resources.study_urls import AsyncStudyUrls

        return AsyncStudyUrls(self)

    @namespace
    def ai_task_builder(self) -> AsyncAITaskBuilder:
        """AI Task Builder: ``.datasets``, ``.batches`` and ``.collections``."""
        from .resources.ai_task_builder import AsyncAITaskBuilder

        return AsyncAITaskBuilder(self)

    @namespace
    def surveys(self) -> AsyncSurveys:
        """Surveys hosted by Prolific, their responses and summaries."""
        from .resources.surveys import AsyncSurveys

        return AsyncSurveys(self)

    def with_options(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | None = None
    ) -> AsyncProlific:
        """See ``Prolific.with_options``."""
        copy: AsyncProlific = self._copy_with(timeout, max_retries)
        return copy

    async def __aenter__(self) -> AsyncProlific:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


_public_signature(Prolific.__init__)
_public_signature(AsyncProlific.__init__)
