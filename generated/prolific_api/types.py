"""Contains some shared types for properties"""

import threading
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The value of a field left out; shown as ``UNSET`` in signatures and reprs."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Unpickled, it is the one UNSET again, so `is UNSET` and equality still hold.
        return "UNSET"


UNSET: Unset = Unset()


class UnreadableFieldError(ValueError):
    """A field that ``from_dict`` deferred could not be read when first accessed."""


#: What such a failure raises. The prolific SDK puts a subclass here that is also its
#: ``UnexpectedResponseError``, so ``except ProlificError`` catches it.
unreadable_field_error: type[UnreadableFieldError] = UnreadableFieldError


class DeferredFields:
    """Base of a model whose nested models are built on first access.

    ``from_dict`` keeps the raw JSON of such a field in ``_deferred`` and leaves the field's slot
    empty; Python calls ``__getattr__`` only for an attribute with no value, which then builds
    the field (``_parse_field``), stores it and forgets the raw JSON. A model built by calling
    the class has every slot filled and never gets here. Equality, ``repr``, ``to_dict`` and
    pickling read every field, so they see parsed values.
    """

    __slots__ = ("_deferred",)

    if not TYPE_CHECKING:  # type checkers must keep reporting misspelled attributes

        def __getattr__(self, name: str) -> Any:
            # One lock for every model: two threads reading a field for the first time must
            # get the same object, and neither may find the slot empty and the raw JSON gone.
            with _DEFERRED_LOCK:
                try:
                    return object.__getattribute__(self, name)  # built meanwhile
                except AttributeError:
                    pass
                try:
                    data = object.__getattribute__(self, "_deferred")[name]
                except (AttributeError, KeyError):
                    raise AttributeError(
                        f"{type(self).__name__!r} object has no attribute {name!r}"
                    ) from None
                try:
                    value = self._parse_field(name, data)
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    what = (
                        f"missing field {exc}" if isinstance(exc, KeyError) else type(exc).__name__
                    )
                    raise unreadable_field_error(
                        f"Could not read {type(self).__name__}.{name} from the API's answer "
                        f"({what}); the API may have changed."
                    ) from exc
                setattr(self, name, value)
                del self._deferred[name]
                return value


_DEFERRED_LOCK = threading.RLock()


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "DeferredFields",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "UnreadableFieldError",
]
