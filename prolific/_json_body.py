"""Whether a value can travel as a JSON request body, checked before anything is sent.

Kept apart from ``_validation`` so that the request layer can use it without loading the
generated package.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from .errors import InvalidRequestError

__all__ = ["JSON_MAX_DEPTH", "JSON_MAX_INT", "check_json_body"]

#: The largest whole number every JSON parser reads exactly (I-JSON, RFC 7493): beyond it,
#: parsers built on doubles round it, and a server may fail outright.
JSON_MAX_INT = 2**53 - 1
#: Nesting deeper than any Prolific body needs; deeper values are refused rather than risking
#: a RecursionError while encoding.
JSON_MAX_DEPTH = 64
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_json_body(value: object) -> None:
    """Refuse a request body JSON cannot carry, naming the field path (``codes[0].code``).

    Allowed: dicts with string keys, lists and tuples, strings that are valid Unicode, whole
    numbers within +/- ``JSON_MAX_INT``, finite floats, booleans and ``None``.
    """
    _check_json(value, "", 0)


def _check_json(value: object, path: str, depth: int) -> None:
    if depth > JSON_MAX_DEPTH:
        _refuse_json(path, f"is nested more than {JSON_MAX_DEPTH} levels deep (or contains itself)")
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, str):
        if _SURROGATE.search(value):
            _refuse_json(path, "holds a lone surrogate character, which is not valid Unicode")
        return
    if isinstance(value, int):
        if not -JSON_MAX_INT <= value <= JSON_MAX_INT:
            _refuse_json(
                path, f"is {_magnitude(value)}, beyond the +/-{JSON_MAX_INT} JSON carries exactly"
            )
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            _refuse_json(path, f"is {value!r}, which JSON cannot carry")
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                _refuse_json(path, f"has a key {_describe(key)}; JSON object keys are strings")
            if _SURROGATE.search(key):
                _refuse_json(path, "has a key that is not valid Unicode (a lone surrogate)")
            _check_json(item, f"{path}.{key}" if path else key, depth + 1)
        return
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_json(item, f"{path}[{index}]", depth + 1)
        return
    hint = " (use a dict)" if isinstance(value, Mapping) else ""
    _refuse_json(path, f"is a {type(value).__name__}, which JSON cannot carry{hint}")


def _refuse_json(path: str, problem: str) -> None:
    where = f"field {path}" if path else "the body"
    raise InvalidRequestError(
        f"Request body {where} {problem}; nothing was sent.", field=path or "body"
    )


def _magnitude(value: int) -> str:
    digits = len(str(abs(value))) if abs(value) < 10**50 else None
    return f"a {digits}-digit number" if digits else "a number of more than 50 digits"


def _describe(value: object) -> str:
    text = repr(value)
    text = text if len(text) <= 40 else text[:37] + "..."
    return f"{text} ({type(value).__name__})"
