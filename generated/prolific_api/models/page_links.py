from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="PageLinks")


@_attrs_define
class PageLinks(DeferredFields):
    """Navigation links of a list answer. `next.href` is null on the last page; clients should
    still guard against a `next` that repeats the current page.

        Attributes:
            self_ (PageLink | Unset): One navigation link of a list answer.
            next_ (PageLink | Unset): One navigation link of a list answer.
            previous (PageLink | Unset): One navigation link of a list answer.
            last (PageLink | Unset): One navigation link of a list answer.
    """

    self_: PageLink | Unset = UNSET
    next_: PageLink | Unset = UNSET
    previous: PageLink | Unset = UNSET
    last: PageLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        next_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = self.next_.to_dict()

        previous: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous, Unset):
            previous = self.previous.to_dict()

        last: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last, Unset):
            last = self.last.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        self_ = d.pop("self", UNSET)

        next_ = d.pop("next", UNSET)

        previous = d.pop("previous", UNSET)

        last = d.pop("last", UNSET)

        if cls is not PageLinks:
            page_links = cls(
                UNSET if self_ is UNSET else cls._parse_field("self_", self_),
                UNSET if next_ is UNSET else cls._parse_field("next_", next_),
                UNSET if previous is UNSET else cls._parse_field("previous", previous),
                UNSET if last is UNSET else cls._parse_field("last", last),
            )
        else:
            page_links = cls.__new__(cls)
            deferred: dict[str, Any] = {}
            if self_ is UNSET:
                page_links.self_ = UNSET
            else:
                deferred["self_"] = self_
            if next_ is UNSET:
                page_links.next_ = UNSET
            else:
                deferred["next_"] = next_
            if previous is UNSET:
                page_links.previous = UNSET
            else:
                deferred["previous"] = previous
            if last is UNSET:
                page_links.last = UNSET
            else:
                deferred["last"] = last
            if deferred:
                page_links._deferred = deferred

        page_links.additional_properties = d
        return page_links

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "self_":
            _self_ = data
            self_: PageLink | Unset
            if isinstance(_self_, Unset):
                self_ = UNSET
            else:
                self_ = PageLink.from_dict(_self_)

            return self_
        if name == "next_":
            _next_ = data
            next_: PageLink | Unset
            if isinstance(_next_, Unset):
                next_ = UNSET
            else:
                next_ = PageLink.from_dict(_next_)

            return next_
        if name == "previous":
            _previous = data
            previous: PageLink | Unset
            if isinstance(_previous, Unset):
                previous = UNSET
            else:
                previous = PageLink.from_dict(_previous)

            return previous
        if name == "last":
            _last = data
            last: PageLink | Unset
            if isinstance(_last, Unset):
                last = UNSET
            else:
                last = PageLink.from_dict(_last)

            return last
        raise KeyError(name)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other are imported once the class above exists, so import cycles
# resolve; inside from_dict/to_dict the import statement ran again on every call (~2 us each).
from ..models.page_link import PageLink  # noqa: E402
