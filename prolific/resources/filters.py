"""``client.filters``, ``client.filter_sets`` and ``client.eligibility``: who may take a study.

Filters replaced the retired eligibility requirements (what Mephisto called "eligibility
requirements" are filters now). A study's audience is its ``filters`` list or a filter set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from prolific_api.models.applied_filter import AppliedFilter
from prolific_api.models.eligibility_count import EligibilityCount
from prolific_api.models.filter_ import Filter
from prolific_api.models.filter_set import FilterSet
from prolific_api.models.filter_set_create import FilterSetCreate
from prolific_api.models.filter_set_update import FilterSetUpdate

from .._base_client import AsyncResource, PageQuery, Request, SyncResource, no_content
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body, jsonable
from .._validation import check_id
from ..errors import InvalidRequestError

__all__ = [
    "AsyncEligibility",
    "AsyncFilterSets",
    "AsyncFilters",
    "Eligibility",
    "FilterSets",
    "Filters",
]

_SETS = "/api/v1/filter-sets/"
_Body = FilterSetCreate | FilterSetUpdate | Mapping[str, Any] | None
_Applied = AppliedFilter | Mapping[str, Any]


def _filters(workspace_id: str | None, detailed: bool | None) -> PageQuery[Filter]:
    if workspace_id is not None:
        check_id("workspace_id", workspace_id)
    params = {
        "workspace_id": workspace_id,
        "detailed": None if detailed is None else str(detailed).lower(),
    }
    return PageQuery("/api/v1/filters/", item=Filter.from_dict, params=params)


def _set_path(filter_set_id: str, suffix: str = "") -> str:
    check_id("filter_set_id", filter_set_id)
    return f"{_SETS}{filter_set_id}/{suffix}"


def _sets(workspace_id: str | None, organisation_id: str | None) -> PageQuery[FilterSet]:
    if (workspace_id is None) == (organisation_id is None):
        raise InvalidRequestError(
            "filter_sets.list needs exactly one of workspace_id and organisation_id",
            field="workspace_id",
        )
    owner = {"workspace_id": workspace_id, "organisation_id": organisation_id}
    for name, value in owner.items():
        if value is not None:
            check_id(name, value)
    return PageQuery(_SETS, item=FilterSet.from_dict, params=owner)


def _create_set(body: _Body, fields: Any) -> Request[FilterSet]:
    payload = build_body(body, fields)
    return Request("POST", _SETS, json=payload, parse=FilterSet.from_dict)


def _get_set(filter_set_id: str) -> Request[FilterSet]:
    return Request("GET", _set_path(filter_set_id), parse=FilterSet.from_dict)


def _update_set(filter_set_id: str, body: _Body, fields: Any) -> Request[FilterSet]:
    path = _set_path(filter_set_id)
    return Request("PATCH", path, json=build_body(body, fields), parse=FilterSet.from_dict)


def _delete_set(filter_set_id: str) -> Request[None]:
    return Request("DELETE", _set_path(filter_set_id), parse=no_content)


def _set_action(filter_set_id: str, action: str, body: Any = None) -> Request[FilterSet]:
    path = _set_path(filter_set_id, f"{action}/")
    return Request("POST", path, json=body, parse=FilterSet.from_dict)


def _count(filters: Iterable[_Applied], workspace_id: str | None) -> Request[EligibilityCount]:
    listed = [jsonable(f) for f in filters]
    if not all(isinstance(f, Mapping) and f.get("filter_id") for f in listed):
        raise InvalidRequestError(
            "filters must be a list of AppliedFilter models or mappings, each with a filter_id "
            "(see client.filters.list())",
            field="filters",
        )
    body: dict[str, Any] = {"filters": listed}
    if workspace_id is not None:
        body["workspace_id"] = check_id("workspace_id", workspace_id)
    return Request(
        "POST", "/api/v1/eligibility-count/", json=body, parse=EligibilityCount.from_dict
    )


class Filters(SyncResource):
    def list(
        self, *, workspace_id: str | None = None, detailed: bool | None = None
    ) -> SyncPager[Filter]:
        """Every filter a study's audience can use (age, country, approval rate, ...)."""
        return self._client.paginate(_filters(workspace_id, detailed))


class AsyncFilters(AsyncResource):
    def list(
        self, *, workspace_id: str | None = None, detailed: bool | None = None
    ) -> AsyncPager[Filter]:
        return self._client.paginate(_filters(workspace_id, detailed))


class FilterSets(SyncResource):
    def list(
        self, workspace_id: str | None = None, *, organisation_id: str | None = None
    ) -> SyncPager[FilterSet]:
        """The filter sets of a workspace (or of an organisation)."""
        return self._client.paginate(_sets(workspace_id, organisation_id))

    def create(self, body: _Body = None, /, **fields: Any) -> FilterSet:
        return self._client.request(_create_set(body, fields))

    def get(self, filter_set_id: str) -> FilterSet:
        return self._client.request(_get_set(filter_set_id))

    def update(self, filter_set_id: str, body: _Body = None, /, **fields: Any) -> FilterSet:
        return self._client.request(_update_set(filter_set_id, body, fields))

    def delete(self, filter_set_id: str) -> None:
        return self._client.request(_delete_set(filter_set_id))

    def clone(self, filter_set_id: str, new_name: str | None = None) -> FilterSet:
        body = None if new_name is None else {"new_name": new_name}
        return self._client.request(_set_action(filter_set_id, "clone", body))

    def lock(self, filter_set_id: str) -> FilterSet:
        """Freeze a filter set so studies using it keep the same audience."""
        return self._client.request(_set_action(filter_set_id, "lock"))

    def unlock(self, filter_set_id: str) -> FilterSet:
        return self._client.request(_set_action(filter_set_id, "unlock"))


class AsyncFilterSets(AsyncResource):
    def list(
        self, workspace_id: str | None = None, *, organisation_id: str | None = None
    ) -> AsyncPager[FilterSet]:
        return self._client.paginate(_sets(workspace_id, organisation_id))

    async def create(self, body: _Body = None, /, **fields: Any) -> FilterSet:
        return await self._client.request(_create_set(body, fields))

    async def get(self, filter_set_id: str) -> FilterSet:
        return await self._client.request(_get_set(filter_set_id))

    async def update(self, filter_set_id: str, body: _Body = None, /, **fields: Any) -> FilterSet:
        return await self._client.request(_update_set(filter_set_id, body, fields))

    async def delete(self, filter_set_id: str) -> None:
        return await self._client.request(_delete_set(filter_set_id))

    async def clone(self, filter_set_id: str, new_name: str | None = None) -> FilterSet:
        body = None if new_name is None else {"new_name": new_name}
        return await self._client.request(_set_action(filter_set_id, "clone", body))

    async def lock(self, filter_set_id: str) -> FilterSet:
        return await self._client.request(_set_action(filter_set_id, "lock"))

    async def unlock(self, filter_set_id: str) -> FilterSet:
        return await self._client.request(_set_action(filter_set_id, "unlock"))


class Eligibility(SyncResource):
    def count(
        self, filters: Iterable[_Applied], *, workspace_id: str | None = None
    ) -> EligibilityCount:
        """How many active participants match `filters` (``.count``)."""
        return self._client.request(_count(filters, workspace_id))


class AsyncEligibility(AsyncResource):
    async def count(
        self, filters: Iterable[_Applied], *, workspace_id: str | None = None
    ) -> EligibilityCount:
        return await self._client.request(_count(filters, workspace_id))
