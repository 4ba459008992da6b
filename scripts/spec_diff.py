"""Compare our OpenAPI description with one Prolific publishes.

Usage:
    python scripts/spec_diff.py openapi/prolific.yaml UPSTREAM.yml [--exclusions FILE]
    make spec-diff                      # against the vendored openapi/upstream/prolific-2026-08.yml
    make spec-diff UPSTREAM=other.yml   # against another copy

For the maintainer updating `openapi/prolific.yaml` after Prolific changes its API. It prints:
  * operations the upstream description has and ours lacks (and the reverse, for information);
  * for every operation both have: request and response fields present on one side only, and enum
    values that differ for a field of the same name;
  * with --exclusions: which missing operations the exclusions file accounts for (and why), and
    every upstream enum value, at any depth of a shared operation, that our spec would refuse.
Operations are matched on method and path, ignoring the trailing slash and the names of path
parameters (`/studies/{id}/` and `/studies/{study_id}` are the same operation). UPSTREAM may also
be a tab-separated list of operations (`method<TAB>path<TAB>operation_id`), in which case only the
operation lists are compared.

Exits 0 after printing the report (1 with --fail-on-difference when anything differs, 2 on bad
input).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
Spec = dict[str, Any]
OpKey = tuple[str, str]


@dataclass
class Report:
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    excluded: list[str] | None = None
    refused: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.missing or self.extra or self.details or self.refused)

    def render(self) -> str:
        lines: list[str] = []
        sections = [
            ("Operations upstream has and we lack", self.missing),
            ("Operations we have and upstream lacks", self.extra),
            ("Differences in shared operations", self.details),
        ]
        if self.excluded is not None:
            sections[1:1] = [("Upstream operations excluded on purpose", self.excluded)]
            sections.append(("Upstream enum values our spec refuses", self.refused))
        for title, items in sections:
            lines.append(f"{title} ({len(items)}):")
            lines.extend(f"  {item}" for item in items) if items else lines.append("  none")
        return "\n".join(lines)


def normalise_path(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path.rstrip("/") or "/")


def load(path: Path) -> Spec:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".tsv":
        paths: dict[str, dict[str, Any]] = {}
        for line in text.splitlines()[1:]:
            if line.strip():
                method, op_path, *rest = line.split("\t")
                op = {"operationId": rest[0]} if rest else {}
                paths.setdefault(op_path, {})[method.lower()] = op
        return {"paths": paths, "x-operations-only": True}
    loaded = yaml.safe_load(text)
    if not isinstance(loaded, dict) or "paths" not in loaded:
        raise ValueError(f"{path} is not an OpenAPI description (no 'paths')")
    return loaded


def operations(spec: Spec) -> dict[OpKey, tuple[str, dict[str, Any]]]:
    ops: dict[OpKey, tuple[str, dict[str, Any]]] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item, dict) and method in item:
                ops[(method.upper(), normalise_path(path))] = (path, item[method] or {})
    return ops


def resolve(spec: Spec, node: Any, depth: int = 0) -> Any:
    """Follow local `$ref`s (bounded, since real specs contain cycles)."""
    while isinstance(node, dict) and "$ref" in node and depth < 20:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            return {}
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, depth = target, depth + 1
    return node


def properties(spec: Spec, schema: Any, depth: int = 0) -> dict[str, Any]:
    """The properties of a schema, merging allOf/oneOf/anyOf parts and unwrapping list envelopes."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 8:
        return {}
    props: dict[str, Any] = {}
    for key in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(key, []):
            props.update(properties(spec, part, depth + 1))
    if schema.get("type") == "array" and "items" in schema:
        props.update(properties(spec, schema["items"], depth + 1))
    for name, prop in (schema.get("properties") or {}).items():
        props[name] = resolve(spec, prop)
    results = props.get("results")
    # A list envelope: compare the items, which is where the fields that matter live.
    if isinstance(results, dict) and results.get("type") == "array":
        props.update(properties(spec, results.get("items"), depth + 1))
    return props


def body_schema(spec: Spec, op: dict[str, Any]) -> Any:
    content = (resolve(spec, op.get("requestBody")) or {}).get("content") or {}
    return (content.get("application/json") or {}).get("schema")


def success_schema(spec: Spec, op: dict[str, Any]) -> Any:
    for code, response in sorted((op.get("responses") or {}).items()):
        if str(code).startswith("2"):
            content = (resolve(spec, response) or {}).get("content") or {}
            schema = (content.get("application/json") or {}).get("schema")
            if schema is not None:
                return schema
    return None


def enum_values(spec: Spec, prop: Any) -> set[str] | None:
    prop = resolve(spec, prop)
    if not isinstance(prop, dict):
        return None
    if "enum" in prop:
        return {str(v) for v in prop["enum"] if v is not None}
    if prop.get("type") == "array":
        return enum_values(spec, prop.get("items"))
    for key in ("allOf", "oneOf", "anyOf"):
        for part in prop.get(key, []):
            values = enum_values(spec, part)
            if values is not None:
                return values
    return None


def compare_fields(ours: Spec, theirs: Spec, label: str, mine: Any, other: Any) -> Iterator[str]:
    if mine is None or other is None:
        return
    a, b = properties(ours, mine), properties(theirs, other)
    only_upstream = sorted(b.keys() - a.keys())
    only_ours = sorted(a.keys() - b.keys())
    if only_upstream:
        yield f"{label}: fields only upstream: {', '.join(only_upstream)}"
    if only_ours:
        yield f"{label}: fields only ours: {', '.join(only_ours)}"
    for name in sorted(a.keys() & b.keys()):
        ea, eb = enum_values(ours, a[name]), enum_values(theirs, b[name])
        if ea is not None and eb is not None and ea != eb:
            parts = []
            if eb - ea:
                parts.append(f"upstream adds {', '.join(sorted(eb - ea))}")
            if ea - eb:
                parts.append(f"ours adds {', '.join(sorted(ea - eb))}")
            yield f"{label}: enum {name}: {'; '.join(parts)}"


# -- exclusions and enum acceptance (the drift guard) ---------------------------------------------


@dataclass(frozen=True)
class Exclusion:
    """An upstream operation (or every operation under a path prefix) we leave out on purpose."""

    reason: str
    method: str = ""
    path: str = ""
    prefix: str = ""

    def covers(self, key: OpKey) -> bool:
        if self.prefix:
            stem = self.prefix.rstrip("/")
            return key[1] == stem or key[1].startswith(stem + "/")
        return key == (self.method, self.path)

    def __str__(self) -> str:
        what = f"{self.prefix}*" if self.prefix else f"{self.method} {self.path}"
        return f"{what}: {self.reason}"


def load_exclusions(path: Path) -> list[Exclusion]:
    """The `prefixes` and `operations` entries of an exclusions file."""
    loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found: list[Exclusion] = []
    for entry in loaded.get("prefixes") or []:
        found.append(Exclusion(reason=_reason(entry), prefix=str(entry["prefix"])))
    for entry in loaded.get("operations") or []:
        method, _, op_path = str(entry["operation"]).partition(" ")
        if not op_path:
            raise ValueError(f"{path}: write an operation as 'METHOD /path', not {entry!r}")
        found.append(Exclusion(_reason(entry), method.upper(), normalise_path(op_path.strip())))
    return found


def load_field_exclusions(path: Path) -> dict[str, str]:
    """The `fields` entries of an exclusions file: enum-bearing upstream fields we do not model,
    as "METHOD /path part dotted.location" -> reason."""
    loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found: dict[str, str] = {}
    for entry in loaded.get("fields") or []:
        method, op_path, part, where = _split_field(str(entry["field"]))
        found[f"{method} {normalise_path(op_path)} {part} {where}".rstrip()] = _reason(entry)
    return found


def _split_field(text: str) -> tuple[str, str, str, str]:
    words = text.split()
    if len(words) < 4:
        raise ValueError(
            f"write a field as 'METHOD /path request|response|query name LOCATION': {text!r}"
        )
    if words[2] == "query":
        return words[0].upper(), words[1], f"query {words[3]}", " ".join(words[4:])
    return words[0].upper(), words[1], words[2], " ".join(words[3:])


def _reason(entry: dict[str, Any]) -> str:
    reason = str(entry.get("reason") or "").strip()
    if not reason:
        raise ValueError(f"exclusion {entry!r} gives no reason")
    return reason


def uncovered(ours: Spec, theirs: Spec, exclusions: list[Exclusion]) -> list[str]:
    """Upstream operations that are neither in our spec nor excluded."""
    mine, other = operations(ours), operations(theirs)
    return [
        f"{key[0]} {other[key][0]}  ({other[key][1].get('operationId', '?')})"
        for key in sorted(other.keys() - mine.keys())
        if not any(e.covers(key) for e in exclusions)
    ]


def unused_exclusions(ours: Spec, theirs: Spec, exclusions: list[Exclusion]) -> list[str]:
    """Exclusions that match no upstream operation, or match one we now implement."""
    mine, other = operations(ours), operations(theirs)
    stale = []
    for exclusion in exclusions:
        matched = [key for key in other if exclusion.covers(key)]
        if not matched or any(key in mine for key in matched):
            stale.append(str(exclusion))
    return stale


Location = tuple[str, ...]


def _nodes(
    spec: Spec, schema: Any, stack: tuple[str, ...] = ()
) -> list[tuple[dict[str, Any], tuple[str, ...]]]:
    """A schema with its `$ref`s followed and its allOf/oneOf/anyOf parts flattened; `stack`
    holds the refs already followed, so recursive schemas (nested filters) end."""
    if not isinstance(schema, dict):
        return []
    if "$ref" in schema:
        ref = schema["$ref"]
        if ref in stack or not ref.startswith("#/"):
            return []
        return _nodes(spec, resolve(spec, {"$ref": ref}, 19), (*stack, ref))
    found = [(schema, stack)]
    for key in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(key, []):
            found.extend(_nodes(spec, part, stack))
    return found


def _children(node: dict[str, Any], step: str) -> list[Any]:
    if step == "[]":
        return [node["items"]] if isinstance(node.get("items"), dict) else []
    if step == "{}":
        extra = node.get("additionalProperties")
        return [extra] if isinstance(extra, dict) else []
    prop = (node.get("properties") or {}).get(step)
    return [prop] if prop is not None else []


def enum_fields(
    spec: Spec, schema: Any, where: Location = (), stack: tuple[str, ...] = ()
) -> Iterator[tuple[Location, set[str]]]:
    """Every enum reachable from `schema`, with its location (property names, `[]` for array
    items, `{}` for map values)."""
    for node, seen in _nodes(spec, schema, stack):
        if "enum" in node:
            yield where, {str(v) for v in node["enum"] if v is not None}
        for name in node.get("properties") or {}:
            for child in _children(node, name):
                yield from enum_fields(spec, child, (*where, name), seen)
        for step in ("[]", "{}"):
            for child in _children(node, step):
                yield from enum_fields(spec, child, (*where, step), seen)


def accepted_values(spec: Spec, schema: Any, where: Location) -> set[str] | None:
    """What our schema accepts at `where`: a set of enum values, or None for any string.

    Raises KeyError when our schema has no such field.
    """
    current = [schema]
    for step in where:
        current = [child for node, _ in _flat(spec, current) for child in _children(node, step)]
        if not current:
            raise KeyError(step)
    leaves = [node for node, _ in _flat(spec, current) if not _combinator(node)]
    enums = [node["enum"] for node in leaves if "enum" in node]
    if not enums or len(enums) < len(leaves):
        return None
    return {str(v) for values in enums for v in values if v is not None}


def _flat(spec: Spec, schemas: list[Any]) -> list[tuple[dict[str, Any], tuple[str, ...]]]:
    return [found for schema in schemas for found in _nodes(spec, schema)]


def _combinator(node: dict[str, Any]) -> bool:
    return any(key in node for key in ("allOf", "oneOf", "anyOf")) and "enum" not in node


def _query_parameters(spec: Spec, path: str, op: dict[str, Any]) -> dict[str, Any]:
    item = (spec.get("paths") or {}).get(path) or {}
    params = [
        resolve(spec, p) for p in [*(item.get("parameters") or []), *(op.get("parameters") or [])]
    ]
    return {
        p["name"]: p.get("schema") for p in params if isinstance(p, dict) and p.get("in") == "query"
    }


def refused_enum_values(
    ours: Spec, theirs: Spec, excluded_fields: dict[str, str] | None = None
) -> list[str]:
    """Upstream enum values (request bodies, success responses and query parameters of every
    operation both describe) that our spec would refuse, or whose field it lacks and the
    exclusions file does not excuse."""
    excluded_fields = excluded_fields or {}
    mine, other = operations(ours), operations(theirs)
    problems: list[str] = []
    for key in sorted(mine.keys() & other.keys()):
        (path, op), (up_path, up) = mine[key], other[key]
        pairs = [
            ("request", body_schema(ours, op), body_schema(theirs, up)),
            ("response", success_schema(ours, op), success_schema(theirs, up)),
        ]
        theirs_query = _query_parameters(theirs, up_path, up)
        ours_query = _query_parameters(ours, path, op)
        for name, schema in theirs_query.items():
            pairs.append((f"query {name}", ours_query.get(name), schema))
        for part, mine_schema, other_schema in pairs:
            if other_schema is None:
                continue
            reported: set[Location] = set()
            for where, values in enum_fields(theirs, other_schema):
                location = ".".join(where)
                label = f"{key[0]} {path} {part} {location}".rstrip()
                if where in reported:
                    continue
                try:
                    if mine_schema is None:
                        raise KeyError(part)
                    allowed = accepted_values(ours, mine_schema, where)
                except KeyError:
                    reported.add(where)
                    if f"{key[0]} {key[1]} {part} {location}".rstrip() in excluded_fields:
                        continue
                    problems.append(f"{label}: field missing (upstream values {sorted(values)})")
                    continue
                if allowed is not None and values - allowed:
                    reported.add(where)
                    problems.append(f"{label}: refuses {', '.join(sorted(values - allowed))}")
    return problems


def diff(ours: Spec, theirs: Spec) -> Report:
    mine, other = operations(ours), operations(theirs)
    report = Report()
    for key in sorted(other.keys() - mine.keys()):
        op_id = other[key][1].get("operationId", "?")
        report.missing.append(f"{key[0]} {other[key][0]}  ({op_id})")
    for key in sorted(mine.keys() - other.keys()):
        report.extra.append(f"{key[0]} {mine[key][0]}  ({mine[key][1].get('operationId', '?')})")
    if theirs.get("x-operations-only"):
        return report
    for key in sorted(mine.keys() & other.keys()):
        (path, op), (_, up) = mine[key], other[key]
        label = f"{key[0]} {path}"
        report.details.extend(
            compare_fields(
                ours, theirs, f"{label} request", body_schema(ours, op), body_schema(theirs, up)
            )
        )
        report.details.extend(
            compare_fields(
                ours,
                theirs,
                f"{label} response",
                success_schema(ours, op),
                success_schema(theirs, up),
            )
        )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compare our spec with an upstream Prolific one.")
    parser.add_argument("ours", type=Path)
    parser.add_argument("upstream", type=Path)
    parser.add_argument("--fail-on-difference", action="store_true")
    parser.add_argument(
        "--exclusions",
        type=Path,
        help="YAML file of upstream operations and fields left out on purpose (with reasons)",
    )
    args = parser.parse_args(argv)
    try:
        ours, theirs = load(args.ours), load(args.upstream)
        report = diff(ours, theirs)
        if args.exclusions is not None:
            excluded = load_exclusions(args.exclusions)
            report.missing = uncovered(ours, theirs, excluded)
            mine, other = operations(ours), operations(theirs)
            report.excluded = [
                f"{key[0]} {other[key][0]}  ({next(str(e) for e in excluded if e.covers(key))})"
                for key in sorted(other.keys() - mine.keys())
                if any(e.covers(key) for e in excluded)
            ]
            if not theirs.get("x-operations-only"):
                fields = load_field_exclusions(args.exclusions)
                report.refused = refused_enum_values(ours, theirs, fields)
    except (OSError, ValueError, KeyError, yaml.YAMLError) as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2
    print(report.render())
    return 1 if args.fail_on_difference and not report.empty else 0


if __name__ == "__main__":
    sys.exit(main())
