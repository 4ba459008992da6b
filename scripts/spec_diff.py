"""Compare our OpenAPI description with one Prolific publishes.

Usage:
    python scripts/spec_diff.py openapi/prolific.yaml UPSTREAM.yml
    make spec-diff UPSTREAM=UPSTREAM.yml

For the maintainer updating `openapi/prolific.yaml` after Prolific changes its API. It prints:
  * operations the upstream description has and ours lacks (and the reverse, for information);
  * for every operation both have: request and response fields present on one side only, and enum
    values that differ for a field of the same name.
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

    @property
    def empty(self) -> bool:
        return not (self.missing or self.extra or self.details)

    def render(self) -> str:
        lines: list[str] = []
        sections = (
            ("Operations upstream has and we lack", self.missing),
            ("Operations we have and upstream lacks", self.extra),
            ("Differences in shared operations", self.details),
        )
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
    args = parser.parse_args(argv)
    try:
        report = diff(load(args.ours), load(args.upstream))
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2
    print(report.render())
    return 1 if args.fail_on_difference and not report.empty else 0


if __name__ == "__main__":
    sys.exit(main())
