"""Re-record the vcrpy cassettes under tests/recorded/cassettes/ (``make record``).

By default every scenario is recorded against a fresh sandbox this script serves on loopback,
seeded so IDs never change: once with the sync client, written to ``<scenario>.yaml``, and once
with the async client, which must send exactly the same requests and get the same answers (the
recorded tests then replay the one cassette with both clients). Re-recording reproduces the
committed cassettes byte for byte unless the client or the sandbox changed what goes over the
wire.

    make record                                 # every scenario, sandbox
    make record ARGS="wf_approve studies"       # just these
    make record ARGS="--check"                  # record into a temp dir, report differences

Against a real account (maintainers only):

    PROLIFIC_TOKEN=... PROLIFIC_URL=https://api.prolific.com make record ARGS=--live

records only the read-only scenarios, and the draft-study one (create a draft, update it, delete
it) when PROLIFIC_LIVE_WRITES=1, into tests/recorded/cassettes/live/. It never publishes a study
or pays anyone. IDs, emails and timestamps are pseudonymised and credentials redacted before
anything is written; read the files before committing them all the same.

Every cassette is scanned for token-shaped values after recording; a finding fails the run.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from recorded import harness  # noqa: E402
from recorded.scenarios import SCENARIOS  # noqa: E402


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="scripts/record.py", description=__doc__.split("\n")[0])
    parser.add_argument("scenarios", nargs="*", help="scenario names (default: all)")
    parser.add_argument(
        "--live",
        action="store_true",
        help="record live-safe scenarios against PROLIFIC_URL with PROLIFIC_TOKEN",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="record into a temporary directory and compare with the committed cassettes",
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="write cassettes here instead of tests/recorded"
    )
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    return parser.parse_args(argv)


def _selected(names: Sequence[str]) -> list[harness.Scenario]:
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        raise SystemExit(f"unknown scenario(s): {', '.join(unknown)}; see --list")
    return [SCENARIOS[n] for n in names] if names else list(SCENARIOS.values())


def _scan(paths: Sequence[Path]) -> int:
    findings = [f for path in paths for f in harness.scan_cassette(path)]
    for finding in findings:
        print(f"  token-shaped value: {finding}", file=sys.stderr)
    return len(findings)


def _record_sandbox(scenarios: Sequence[harness.Scenario], root: Path) -> list[Path]:
    written = []
    for scenario in scenarios:
        path = harness.cassette_path(scenario.name, root)
        harness.record_scenario(scenario, "sync", path)
        twin = harness.record_scenario(scenario, "async", root / "async-check" / path.name)
        if not filecmp.cmp(path, twin, shallow=False):
            diff = difflib.unified_diff(
                path.read_text().splitlines(),
                twin.read_text().splitlines(),
                "sync",
                "async",
                lineterm="",
                n=1,
            )
            raise SystemExit(
                f"{scenario.name}: the async client's exchange differs from the sync one's:\n"
                + "\n".join(list(diff)[:40])
            )
        written.append(path)
        print(f"recorded {path.relative_to(root)} (sync and async agree)")
    shutil.rmtree(root / "async-check", ignore_errors=True)
    return written


def _record_live(scenarios: Sequence[harness.Scenario], root: Path) -> list[Path]:
    token = os.environ.get("PROLIFIC_TOKEN", "").strip()
    url = os.environ.get("PROLIFIC_URL", "").strip()
    if not token or not url:
        raise SystemExit("--live needs PROLIFIC_TOKEN and PROLIFIC_URL in the environment")
    writes = os.environ.get("PROLIFIC_LIVE_WRITES") == "1"
    written = []
    for scenario in scenarios:
        if not scenario.live_safe:
            print(f"skipped {scenario.name}: not safe against a real account")
            continue
        if scenario.writes and not writes:
            print(f"skipped {scenario.name}: creates a draft; set PROLIFIC_LIVE_WRITES=1")
            continue
        path = harness.cassette_path(scenario.name, root, harness.LIVE_DIR)
        harness.record_live(scenario, path, base_url=url, token=token)
        written.append(path)
        print(f"recorded {path.relative_to(root)} against {url}")
    return written


def _compare(fresh: Path, committed: Path, paths: Sequence[Path]) -> int:
    changed = 0
    for path in paths:
        relative = path.relative_to(fresh)
        old = committed / relative
        if not old.exists():
            print(f"new:     {relative}")
            changed += 1
        elif not filecmp.cmp(path, old, shallow=False):
            print(f"changed: {relative}")
            changed += 1
    return changed


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    if args.list:
        for scenario in SCENARIOS.values():
            flags = " (live-safe)" if scenario.live_safe else ""
            print(f"{scenario.name}{flags}")
        return 0
    scenarios = _selected(args.scenarios)
    record = _record_live if args.live else _record_sandbox

    if args.check:
        with tempfile.TemporaryDirectory(prefix="prolific-cassettes-") as tmp:
            fresh = Path(tmp)
            paths = record(scenarios, fresh)
            if _scan(paths):
                return 1
            changed = _compare(fresh, harness.CASSETTES, paths)
        print(f"{len(paths)} cassette(s) re-recorded, {changed} differ from the committed ones")
        return 1 if changed else 0

    target = args.out or harness.CASSETTES
    # Record into a scratch directory first, so a failure leaves the committed files alone.
    with tempfile.TemporaryDirectory(prefix="prolific-cassettes-") as tmp:
        fresh = Path(tmp)
        paths = record(scenarios, fresh)
        if _scan(paths):
            print("refusing to write cassettes with token-shaped values", file=sys.stderr)
            return 1
        for path in paths:
            destination = target / path.relative_to(fresh)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)
    print(f"{len(paths)} cassette(s) written to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
