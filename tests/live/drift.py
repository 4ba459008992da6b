"""Does what Prolific answers still match ``openapi/prolific.yaml``?

The live suite hands every JSON response it gets to a :class:`DriftReport`; at the end of the run
the report lists, per operation, the fields the spec does not describe, enum values it does not
list and types that changed, so a maintainer knows when (and where) to update the spec. Nothing
here talks to the network, and it is unit-tested offline (``test_drift_helper.py``).

    spec = Spec.load()
    report = DriftReport(spec)
    report.check("GET", "/api/v1/studies/abc.../", 200, {"id": "...", "new_field": 1})
    print(report.render())
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "prolific.yaml"
METHODS = ("get", "put", "post", "patch", "delete")

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


@dataclass(frozen=True)
class Drift:
    """One way a response differs from the spec. ``location`` is a JSON path with ``[]`` for any
    array index, so the same drift in every item of a list is reported once."""

    operation: str
    kind: str
    location: str
    detail: str = ""

    def __str__(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.kind}: {self.location}{detail}"


class Spec:
    """The OpenAPI description, indexed by method and path template."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._routes: list[tuple[str, re.Pattern[str], str, Mapping[str, Any]]] = []
        for template, item in (document.get("paths") or {}).items():
            pattern = _template_regex(template)
            for method in METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping):
                    self._routes.append((method.upper(), pattern, template, operation))
        # Literal segments beat placeholders (/submissions/bulk-approve/ before /{id}/).
        self._routes.sort(key=lambda route: route[2].count("{"))

    @classmethod
    def load(cls, path: Path = SPEC_PATH) -> Spec:
        return cls(yaml.safe_load(path.read_text(encoding="utf-8")))

    def operation(self, method: str, path: str) -> tuple[str, Mapping[str, Any]] | None:
        """``(label, operation)`` for a request, or ``None`` when the spec has no such path."""
        for route_method, pattern, template, operation in self._routes:
            if route_method == method.upper() and pattern.match(path):
                label = f"{route_method} {template} ({operation.get('operationId', '?')})"
                return label, operation
        return None

    def response_schema(self, operation: Mapping[str, Any], status: int) -> Any:
        """The JSON schema of the answer with ``status`` (``None``: none described)."""
        responses = operation.get("responses") or {}
        answer = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
        if answer is None:
            answer = responses.get("default")
        answer = self.resolve(answer)
        if not isinstance(answer, Mapping):
            return None
        content = answer.get("content") or {}
        for media, body in content.items():
            if "json" in media:
                return body.get("schema")
        return None

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref``s until a schema (or response) that is not a reference."""
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            ref = str(node["$ref"])
            if not ref.startswith("#/"):
                raise ValueError(f"only local references are supported, got {ref}")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 50:
                raise ValueError(f"reference cycle at {ref}")
        return node


def _template_regex(template: str) -> re.Pattern[str]:
    body = re.escape(template.rstrip("/"))
    body = re.sub(r"\\\{[^}]+\\\}", "[^/]+", body)
    return re.compile(f"^{body}/?$")


def compare(spec: Spec, schema: Any, value: Any, location: str = "$") -> Iterator[Drift]:
    """Every difference between ``value`` and ``schema`` (``operation`` left empty)."""
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping) or not schema:
        return
    if value is None:
        return  # nullable or not, a null tells us nothing about fields or enums
    if "allOf" in schema:
        yield from _compare_all_of(spec, schema, value, location)
        return
    for key in ("oneOf", "anyOf"):
        if key in schema:
            yield from _compare_any_of(spec, schema[key], value, location)
            return
    enum = schema.get("enum")
    if enum is not None and value not in enum:
        shown = ", ".join(map(str, enum[:8])) + (" ..." if len(enum) > 8 else "")
        yield Drift("", "unknown enum value", location, f"{value!r} not in [{shown}]")
        return
    expected = schema.get("type") or ("object" if "properties" in schema else None)
    if expected in _TYPES and not _is_type(value, expected):
        yield Drift("", "type changed", location, f"spec says {expected}, got {_kind(value)}")
        return
    if isinstance(value, dict):
        yield from _compare_object(spec, [schema], value, location)
    elif isinstance(value, list) and "items" in schema:
        for item in value:
            yield from compare(spec, schema["items"], item, f"{location}[]")


def _is_type(value: Any, expected: str) -> bool:
    if isinstance(value, bool) and expected in ("integer", "number"):
        return False
    if expected == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES[expected])


def _kind(value: Any) -> str:
    return {
        type(None): "null",
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
    }.get(type(value), type(value).__name__)


def _flatten(spec: Spec, schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The object schemas an ``allOf`` combines, nested ``allOf``s included."""
    parts: list[Mapping[str, Any]] = []
    for part in schema.get("allOf", []):
        resolved = spec.resolve(part)
        if isinstance(resolved, Mapping) and "allOf" in resolved:
            parts.extend(_flatten(spec, resolved))
        elif isinstance(resolved, Mapping):
            parts.append(resolved)
    rest = {k: v for k, v in schema.items() if k != "allOf"}
    if rest.get("properties") or rest.get("additionalProperties"):
        parts.append(rest)
    return parts


def _compare_all_of(
    spec: Spec, schema: Mapping[str, Any], value: Any, location: str
) -> Iterator[Drift]:
    parts = _flatten(spec, schema)
    if isinstance(value, dict):
        yield from _compare_object(spec, parts, value, location)
    else:
        for part in parts:
            yield from compare(spec, part, value, location)


def _compare_any_of(spec: Spec, options: list[Any], value: Any, location: str) -> Iterator[Drift]:
    # The alternative the value fits best is the one it was meant as.
    best: list[Drift] | None = None
    for option in options:
        found = list(compare(spec, option, value, location))
        if best is None or len(found) < len(best):
            best = found
        if not found:
            return
    yield from best or []


def _compare_object(
    spec: Spec, parts: list[Mapping[str, Any]], value: dict[str, Any], location: str
) -> Iterator[Drift]:
    properties: dict[str, Any] = {}
    extra_schema: Any = None
    for part in parts:
        properties.update(part.get("properties") or {})
        extra = part.get("additionalProperties")
        if isinstance(extra, Mapping):
            extra_schema = extra
    if not properties and extra_schema is None:
        return  # a free-form object (an event's payload, say): any field is fine
    for key, item in value.items():
        where = f"{location}.{key}"
        if key in properties:
            yield from compare(spec, properties[key], item, where)
        elif extra_schema is not None:
            yield from compare(spec, extra_schema, item, where)
        else:
            yield Drift("", "unknown field", where, f"{_kind(item)}")


@dataclass
class DriftReport:
    """Drift found in the responses of one test run, and how many responses were checked."""

    spec: Spec
    checked: int = 0
    operations: set[str] = field(default_factory=set)
    drift: Counter[Drift] = field(default_factory=Counter)
    unknown_operations: Counter[str] = field(default_factory=Counter)

    def check(self, method: str, url: str, status: int, body: Any) -> list[Drift]:
        """Compare one decoded JSON answer with the spec; returns what differs."""
        path = urlsplit(url).path or url
        found = self.spec.operation(method, path)
        self.checked += 1
        if found is None:
            self.unknown_operations[f"{method.upper()} {path}"] += 1
            return []
        label, operation = found
        self.operations.add(label)
        schema = self.spec.response_schema(operation, status)
        if schema is None:
            return []
        drifts = list(
            dict.fromkeys(
                Drift(label, d.kind, d.location, d.detail) for d in compare(self.spec, schema, body)
            )
        )
        self.drift.update(drifts)  # counted once per response, however many list items
        return drifts

    @property
    def clean(self) -> bool:
        return not self.drift and not self.unknown_operations

    def render(self) -> str:
        head = (
            f"Spec drift check: {self.checked} response(s) from {len(self.operations)} "
            f"operation(s) compared with {SPEC_PATH.relative_to(SPEC_PATH.parents[1])}"
        )
        if self.clean:
            return f"{head}: no drift, responses match the spec."
        lines = [f"{head}: DRIFT FOUND (update the spec, then `make generate`)."]
        by_operation: dict[str, list[tuple[Drift, int]]] = {}
        for drift, count in self.drift.items():
            by_operation.setdefault(drift.operation, []).append((drift, count))
        for operation in sorted(by_operation):
            lines.append(f"  {operation}")
            for drift, count in sorted(by_operation[operation], key=lambda d: str(d[0])):
                times = f"  [in {count} responses]" if count > 1 else ""
                lines.append(f"    - {drift}{times}")
        for path, count in sorted(self.unknown_operations.items()):
            lines.append(f"  not in the spec at all: {path}  [{count}x]")
        return "\n".join(lines)
