"""One module per namespace of ``Prolific`` / ``AsyncProlific``, sync and async side by side."""

from prolific_api import types as _generated

from ..errors import UnexpectedResponseError


class _UnreadableField(UnexpectedResponseError, _generated.UnreadableFieldError):
    """A nested field of an answer (built on first read) that cannot be read: the SDK's
    ``UnexpectedResponseError``, and still the generated layer's ``ValueError``."""


# The namespaces are where the SDK first loads the generated models, so from here on a model's
# deferred field that fails is an error `except ProlificError` catches.
_generated.unreadable_field_error = _UnreadableField
