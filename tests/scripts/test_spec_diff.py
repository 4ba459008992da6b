"""`make spec-diff` reports what a maintainer must change when Prolific's description moves."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
SCRIPT = ROOT / "scripts" / "spec_diff.py"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def report() -> str:
    result = run(FIXTURES / "ours.yaml", FIXTURES / "upstream.yaml")
    assert result.returncode == 0, result.stderr
    return result.stdout


def section(report: str, title: str) -> str:
    start = report.index(title)
    end = report.find("\nOperations", start + 1)
    rest = report[start:] if end == -1 else report[start:end]
    following = rest.find("\nDifferences", 1)
    return rest if following == -1 else rest[:following]


def test_lists_operations_upstream_has_and_we_lack(report: str) -> None:
    missing = section(report, "Operations upstream has and we lack")
    assert "GET /api/v1/studies/{id}/export/  (ExportStudy)" in missing
    # Same operation despite a different parameter name and no trailing slash upstream.
    assert "GetStudy" not in missing


def test_lists_operations_only_we_have(report: str) -> None:
    assert "GET /api/v1/users/me/  (get_me)" in section(report, "Operations we have")


def test_reports_field_and_enum_differences_through_refs_and_allof(report: str) -> None:
    details = section(report, "Differences in shared operations")
    assert "GET /api/v1/studies/{study_id}/ response: fields only upstream: study_labels" in details
    assert "fields only ours: internal_name" in details
    assert "enum status: upstream adds PAUSED; ours adds PUBLISHING" in details
    # The create body has the same fields on both sides: nothing to report for it.
    assert "POST /api/v1/studies/ request" not in details


def test_accepts_an_operations_list(tmp_path: Path) -> None:
    result = run(FIXTURES / "ours.yaml", FIXTURES / "operations.tsv")
    assert result.returncode == 0
    assert "GET /api/v1/surveys/  (get-surveys)" in result.stdout
    assert "POST /api/v1/studies/  (create_study)" in section(result.stdout, "Operations we have")


def test_fail_on_difference_and_bad_input(tmp_path: Path) -> None:
    same = run(FIXTURES / "ours.yaml", FIXTURES / "ours.yaml", "--fail-on-difference")
    assert same.returncode == 0, same.stdout
    differs = run(FIXTURES / "ours.yaml", FIXTURES / "upstream.yaml", "--fail-on-difference")
    assert differs.returncode == 1
    junk = tmp_path / "junk.yaml"
    junk.write_text("just: text\n")
    bad = run(FIXTURES / "ours.yaml", junk)
    assert bad.returncode == 2
    assert "not an OpenAPI description" in bad.stderr


def test_exclusions_explain_missing_operations_and_refused_enum_values_fail(
    tmp_path: Path,
) -> None:
    exclusions = tmp_path / "exclusions.yaml"
    exclusions.write_text(
        "operations:\n"
        "  - operation: GET /api/v1/studies/{study_id}/export\n"
        "    reason: Deprecated upstream.\n"
    )
    result = run(
        FIXTURES / "ours.yaml",
        FIXTURES / "upstream.yaml",
        "--exclusions",
        exclusions,
        "--fail-on-difference",
    )
    assert result.returncode == 1
    excluded = section(result.stdout, "Upstream operations excluded on purpose")
    assert (
        "GET /api/v1/studies/{id}/export/  (GET /api/v1/studies/{}/export: Deprecated" in excluded
    )
    assert "none" in section(result.stdout, "Operations upstream has and we lack")
    refused = result.stdout[result.stdout.index("Upstream enum values our spec refuses") :]
    assert "GET /api/v1/studies/{study_id}/ response status: refuses PAUSED" in refused

    exclusions.write_text("operations:\n  - operation: GET /api/v1/nothing/\n")
    bad = run(FIXTURES / "ours.yaml", FIXTURES / "upstream.yaml", "--exclusions", exclusions)
    assert bad.returncode == 2 and "gives no reason" in bad.stderr
