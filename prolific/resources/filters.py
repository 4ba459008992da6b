"""``client.filters``, ``client.filter_sets`` and ``client.eligibility``: who may take a study.

Filters replaced the retired eligibility requirements (what Mephisto called "eligibility
requirements" are filters now). A study's audience is its ``filters`` list or a filter set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Unpack

from prolific_api import operations as ops
from prolific_api.models.applied_filter import AppliedFilter
from prolific_api.models.eligibility_count import EligibilityCount
from prolific_api.models.filter_ import Filter
from prolific_api.models.filter_distribution import FilterDistribution
from prolific_api.models.filter_set import FilterSet
from prolific_api.models.filter_set_create import FilterSetCreate
from prolific_api.models.filter_set_update import FilterSetUpdate
from prolific_api.params import AppliedFilterParams, FilterSetCreateParams, FilterSetUpdateParams

from .._base_client import AsyncResource, SyncResource
from .._pagination import AsyncPager, SyncPager
from .._payload import build_body, jsonable
from .._request import PageQuery, Request, build
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

_CreateBody = FilterSetCreate | FilterSetCreateParams | Mapping[str, Any]
_UpdateBody = FilterSetUpdate | FilterSetUpdateParams | Mapping[str, Any]
_Applied = AppliedFilter | AppliedFilterParams | Mapping[str, Any]


def _filters(workspace_id: str | None, detailed: bool | None) -> PageQuery[Filter]:
    if workspace_id is not None:
        check_id("workspace_id", workspace_id)
    query = {
        "workspace_id": workspace_id,
        "detailed": None if detailed is None else str(detailed).lower(),
    }
    return build(ops.list_filters, query=query)


def _distribution(
    filter_id: str, by: Iterable[str], workspace_id: str
) -> Request[FilterDistribution]:
    listed = [by] if isinstance(by, str) else list(by)
    if not filter_id or not isinstance(filter_id, str):
        raise InvalidRequestError("filter_id must name a custom-group filter", field="filter_id")
    if not listed or not all(isinstance(f, str) and f and "," not in f for f in listed):
        raise InvalidRequestError(
            "by must name one or more filters to break the group down by", field="by"
        )
    query = {
        "workspace_id": check_id("workspace_id", workspace_id),
        "distribution_filters": ",".join(listed),
    }
    return build(ops.get_filter_distribution, filter_id=filter_id, query=query)


def _set_id(filter_set_id: str) -> str:
    return check_id("filter_set_id", filter_set_id)


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
    return build(ops.list_filter_sets, query=owner)


def _create_set(
    body: _CreateBody | None, fields: Mapping[str, Any], extra_body: Mapping[str, Any] | None
) -> Request[FilterSet]:
    payload = build_body(body, fields, op=ops.create_filter_set, extra_body=extra_body)
    return build(ops.create_filter_set, json=payload)


def _get_set(filter_set_id: str) -> Request[FilterSet]:
    return build(ops.get_filter_set, filter_set_id=_set_id(filter_set_id))


def _update_set(
    filter_set_id: str,
    body: _UpdateBody | None,
    fields: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
) -> Request[FilterSet]:
    filter_set_id = _set_id(filter_set_id)
    payload = build_body(body, fields, op=ops.update_filter_set, extra_body=extra_body)
    return build(ops.update_filter_set, filter_set_id=filter_set_id, json=payload)


def _delete_set(filter_set_id: str) -> Request[None]:
    return build(ops.delete_filter_set, filter_set_id=_set_id(filter_set_id))


def _clone_set(filter_set_id: str, new_name: str | None) -> Request[FilterSet]:
    body = None if new_name is None else {"new_name": new_name}
    return build(ops.clone_filter_set, filter_set_id=_set_id(filter_set_id), json=body)


def _lock_set(filter_set_id: str) -> Request[FilterSet]:
    return build(ops.lock_filter_set, filter_set_id=_set_id(filter_set_id))


def _unlock_set(filter_set_id: str) -> Request[FilterSet]:
    return build(ops.unlock_filter_set, filter_set_id=_set_id(filter_set_id))


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
    return build(ops.count_eligible_participants, json=body)


class Filters(SyncResource):
    def list(
        self, *, workspace_id: str | None = None, detailed: bool | None = None
    ) -> SyncPager[Filter]:
        """Every filter a study's audience can use (age, country, approval rate, ...)."""
        return self._client.paginate(_filters(workspace_id, detailed))

    def distribution(
        self, filter_id: str, by: Iterable[str], *, workspace_id: str
    ) -> FilterDistribution:
        """How the members of a custom group (`filter_id`) spread over the filters in `by`:
        ``result.distribution["sex"]["1"]`` members per value."""
        return self._client.request(_distribution(filter_id, by, workspace_id))


class AsyncFilters(AsyncResource):
    def list(
        self, *, workspace_id: str | None = None, detailed: bool | None = None
    ) -> AsyncPager[Filter]:
        return self._client.paginate(_filters(workspace_id, detailed))

    async def distribution(
        self, filter_id: str, by: Iterable[str], *, workspace_id: str
    ) -> FilterDistribution:
        """See ``Filters.distribution``."""
        return await self._client.request(_distribution(filter_id, by, workspace_id))


class FilterSets(SyncResource):
    def list(
        self, workspace_id: str | None = None, *, organisation_id: str | None = None
    ) -> SyncPager[FilterSet]:
        """The filter sets of a workspace (or of an organisation)."""
        return self._client.paginate(_sets(workspace_id, organisation_id))

    def create(
        self,
        body: _CreateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[FilterSetCreateParams],
    ) -> FilterSet:
        return self._client.request(_create_set(body, fields, extra_body))

    def get(self, filter_set_id: str) -> FilterSet:
        return self._client.request(_get_set(filter_set_id))

    def update(
        self,
        filter_set_id: str,
        body: _UpdateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[FilterSetUpdateParams],
    ) -> FilterSet:
        return self._client.request(_update_set(filter_set_id, body, fields, extra_body))

    def delete(self, filter_set_id: str) -> None:
        return self._client.request(_delete_set(filter_set_id))

    def clone(self, filter_set_id: str, new_name: str | None = None) -> FilterSet:
        return self._client.request(_clone_set(filter_set_id, new_name))

    def lock(self, filter_set_id: str) -> FilterSet:
        """Freeze a filter set so studies using it keep the same audience."""
        return self._client.request(_lock_set(filter_set_id))

    def unlock(self, filter_set_id: str) -> FilterSet:
        return self._client.request(_unlock_set(filter_set_id))


class AsyncFilterSets(AsyncResource):
    def list(
        self, workspace_id: str | None = None, *, organisation_id: str | None = None
    ) -> AsyncPager[FilterSet]:
        return self._client.paginate(_sets(workspace_id, organisation_id))

    async def create(
        self,
        body: _CreateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[FilterSetCreateParams],
    ) -> FilterSet:
        return await self._client.request(_create_set(body, fields, extra_body))

    async def get(self, filter_set_id: str) -> FilterSet:
        return await self._client.request(_get_set(filter_set_id))

    async def update(
        self,
        filter_set_id: str,
        body: _UpdateBody | None = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[FilterSetUpdateParams],
    ) -> FilterSet:
        return await self._client.request(_update_set(filter_set_id, body, fields, extra_body))

    async def delete(self, filter_set_id: str) -> None:
        return await self._client.request(_delete_set(filter_set_id))

    async def clone(self, filter_set_id: str, new_name: str | None = None) -> FilterSet:
        return await self._client.request(_clone_set(filter_set_id, new_name))

    async def lock(self, filter_set_id: str) -> FilterSet:
        return await self._client.request(_lock_set(filter_set_id))

    async def unlock(self, filter_set_id: str) -> FilterSet:
        return await self._client.request(_unlock_set(filter_set_id))


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
