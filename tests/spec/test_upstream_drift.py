"""Drift guard: our spec against Prolific's own (vendored) description.

Every upstream operation is ours or excluded with a reason; every exclusion is still needed; every
upstream enum value is one our spec accepts. See openapi/upstream/README.md.
"""

from __future__ import annotations

import copy
import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
OUR_SPEC = ROOT / "openapi" / "prolific.yaml"
UPSTREAM_SPEC = ROOT / "openapi" / "upstream" / "prolific-2026-08.yml"
EXCLUSIONS = ROOT / "openapi" / "upstream" / "exclusions.yaml"


@cache
def spec_diff() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spec_diff", ROOT / "scripts" / "spec_diff.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["spec_diff"] = module
    spec.loader.exec_module(module)
    return module


@cache
def ours() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(OUR_SPEC.read_text(encoding="utf-8"))
    return loaded


@cache
def upstream() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(UPSTREAM_SPEC.read_text(encoding="utf-8"))
    return loaded


def test_vendored_description_says_what_it_is_and_is_complete() -> None:
    header = UPSTREAM_SPEC.read_text(encoding="utf-8").splitlines()[:6]
    assert all(line.startswith("#") for line in header)
    text = "\n".join(header)
    assert "August 2026" in text and "Source:" in text and "Vendored: " in text
    assert len(spec_diff().operations(upstream())) == 121


def test_every_upstream_operation_is_ours_or_excluded_with_a_reason() -> None:
    exclusions = spec_diff().load_exclusions(EXCLUSIONS)
    assert all(e.reason.strip() for e in exclusions)
    missing = spec_diff().uncovered(ours(), upstream(), exclusions)
    assert not missing, "add these to openapi/prolific.yaml or exclusions.yaml:\n" + "\n".join(
        missing
    )


def test_every_exclusion_is_still_needed() -> None:
    exclusions = spec_diff().load_exclusions(EXCLUSIONS)
    stale = spec_diff().unused_exclusions(ours(), upstream(), exclusions)
    assert not stale, "remove from exclusions.yaml:\n" + "\n".join(stale)


def test_the_guard_notices_a_dropped_operation() -> None:
    exclusions = spec_diff().load_exclusions(EXCLUSIONS)
    trimmed = copy.deepcopy(ours())
    del trimmed["paths"]["/api/v1/studies/{study_id}/clone/"]
    missing = spec_diff().uncovered(trimmed, upstream(), exclusions)
    assert missing == ["POST /api/v1/studies/{id}/clone/  (duplicate-study)"]


def test_every_upstream_enum_value_is_accepted_by_our_spec() -> None:
    fields = spec_diff().load_field_exclusions(EXCLUSIONS)
    refused = spec_diff().refused_enum_values(ours(), upstream(), fields)
    assert not refused, "extend these enums (or model the field):\n" + "\n".join(refused)


def test_the_guard_notices_a_refused_enum_value_deep_in_a_body() -> None:
    trimmed = copy.deepcopy(ours())
    actions = trimmed["components"]["schemas"]["CompletionCodeActionType"]["enum"]
    actions.remove("FIXED_SCREEN_OUT_PAYMENT")
    refused = spec_diff().refused_enum_values(trimmed, upstream(), {})
    assert (
        "POST /api/v1/studies/ request completion_codes.[].actions.[].action: "
        "refuses FIXED_SCREEN_OUT_PAYMENT"
    ) in refused
