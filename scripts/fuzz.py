"""Fuzz the sandbox over real HTTP with schemathesis, from `openapi/prolific.yaml`: `make fuzz`.

The sandbox is started on loopback with a few objects of every kind (workspaces, projects,
studies in several states, submissions, a bonus batch, a participant group, a filter set, a hook
subscription), and schemathesis sends every operation of the spec generated requests, with path
IDs drawn mostly from those objects so that requests reach the handlers instead of a 404. A run
passes when the sandbox answered no 5xx, every answer conforms to the spec (status, content type,
headers, body schema), and the sandbox recorded no unexpected failure (`sandbox.errors`).

    python scripts/fuzz.py                    # the long profile, with a summary (make fuzz)
    python scripts/fuzz.py --profile quick    # the bounded profile `make test` runs

Schemathesis prints its own report (each failure with a curl line to reproduce it); the summary
after it counts the sandbox's answers by status and lists any sandbox tracebacks.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prolific.sandbox import Sandbox, example_study

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "prolific.yaml"
HOOKS = ROOT / "scripts" / "fuzz_hooks.py"

#: What a conforming answer means here; "no 5xx" is `not_a_server_error`.
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
)


@dataclass(frozen=True)
class Profile:
    max_examples: int
    phases: str
    max_time: int | None = None


PROFILES = {
    # Bounded for `make test`: the coverage phase (boundary values of every parameter) plus a
    # few generated cases per operation, well under a minute and a half on two busy cores.
    "quick": Profile(max_examples=3, phases="examples,coverage,fuzzing"),
    # `make fuzz`: many cases per operation, and stateful sequences (create, then use).
    "long": Profile(max_examples=300, phases="examples,coverage,fuzzing,stateful", max_time=600),
}


@dataclass
class Outcome:
    returncode: int
    report: str
    statuses: Counter[int] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.errors and not self.server_errors

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500)


def populate(sandbox: Sandbox) -> dict[str, list[str]]:
    """Create objects of every kind; returns their IDs by path parameter name."""
    ws, project = sandbox.workspace_id, sandbox.project_id
    with sandbox.http_client() as c:

        def post(path: str, body: Any = None) -> Any:
            response = c.post(path, json=body)
            response.raise_for_status()
            return response.json() if response.content else None

        second_ws = post("/api/v1/workspaces/", {"title": "Second"})["id"]
        second_project = post(f"/api/v1/workspaces/{ws}/projects/", {"title": "Fuzz"})["id"]
        age = [{"filter_id": "age", "selected_range": {"lower": 18, "upper": 40}}]
        filter_set = post(
            "/api/v1/filter-sets/", {"workspace_id": ws, "name": "Young", "filters": age}
        )["id"]
        group = post(
            "/api/v1/participant-groups/",
            {"name": "Pilots", "workspace_id": ws, "participant_ids": ["a" * 24]},
        )["id"]
        post("/api/v1/hooks/secrets/", {"workspace_id": ws})
        sandbox.hooks.route("https://hooks.example.test/in", lambda headers, body: None)
        subscription = post(
            "/api/v1/hooks/subscriptions/",
            {
                "workspace_id": ws,
                "event_type": "submission.status.change",
                "target_url": "https://hooks.example.test/in",
            },
        )["id"]
        draft = post("/api/v1/studies/", example_study(project=project))["id"]
        study = post(
            "/api/v1/studies/",
            example_study(
                project=second_project, total_available_places=6, is_custom_screening=True
            ),
        )["id"]
        post(f"/api/v1/studies/{study}/transition/", {"action": "PUBLISH"})
        sandbox.advance(60)  # PUBLISHING becomes ACTIVE after a short review
        submissions = sandbox.participants.join(study, 5, complete_after=[60, 60, 60, 60, 9000])
        sandbox.advance(61)
        participant = sandbox.submissions[submissions[0]].participant_id
        batch = post(
            "/api/v1/submissions/bonus-payments/",
            {"study_id": study, "csv_bonuses": f"{participant},1.25"},
        )["id"]
    return {
        "workspace_id": [ws, second_ws],
        "project_id": [project, second_project],
        "study_id": [study, draft],
        "submission_id": list(submissions),
        "batch_id": [batch],
        "group_id": [group],
        "filter_set_id": [filter_set],
        "subscription_id": [subscription],
    }


def config_text(ids: dict[str, list[str]]) -> str:
    """A schemathesis.toml drawing each path ID from the known objects 9 times in 10."""
    lines: list[str] = []
    for name, values in ids.items():
        quoted = ", ".join(f'"{v}"' for v in values)
        lines += [f"[dictionaries.{name}]", f"values = [{quoted}]", ""]
    lines.append("[parameters]")
    lines += [f'"path.{name}" = {{ dictionary = "{name}", probability = 0.9 }}' for name in ids]
    return "\n".join(lines) + "\n"


def run(
    profile: Profile, *, seed: int = 1, echo: bool = True, operations: tuple[str, ...] = ()
) -> Outcome:
    """Serve a populated sandbox and fuzz it (only `operations`, by operation ID, if given);
    returns what happened."""
    # Every request kept, so the summary counts them all.
    sandbox = Sandbox(seed=seed, balance=10_000_000, request_log_limit=None)
    ids = populate(sandbox)
    mark = sandbox.requests.total
    with tempfile.TemporaryDirectory() as tmp, sandbox.serve() as url:
        config = Path(tmp) / "schemathesis.toml"
        config.write_text(config_text(ids))
        command = [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "--config-file",
            str(config),
            "--no-color",
            "run",
            str(SPEC),
            "--url",
            url,
            "--header",
            f"Authorization: Token {sandbox.token}",
            "--workers",
            "1",
            "--seed",
            str(seed),
            "--max-examples",
            str(profile.max_examples),
            "--phases",
            profile.phases,
            "--checks",
            ",".join(CHECKS),
            "--generation-database",
            "none",
            "--output-truncate",
            "true",
            "--warnings",
            "off",
        ]
        if profile.max_time:
            command += ["--max-time", str(profile.max_time)]
        for operation in operations:
            command += ["--include-operation-id", operation]
        env = {**os.environ, "SCHEMATHESIS_HOOKS": str(HOOKS)}
        result = subprocess.run(
            command, capture_output=True, text=True, check=False, cwd=tmp, env=env
        )
    report = result.stdout + result.stderr
    if echo:
        print(report)
    statuses = Counter(r.status for r in sandbox.requests.since(mark) if r.status is not None)
    return Outcome(result.returncode, report, statuses, list(sandbox.errors))


def summary(outcome: Outcome) -> str:
    answered = sum(outcome.statuses.values())
    by_class = Counter(f"{status // 100}xx" for status in outcome.statuses.elements())
    lines = [
        "Sandbox fuzzing summary",
        f"  requests answered: {answered} ("
        + ", ".join(f"{k}: {v}" for k, v in sorted(by_class.items()))
        + ")",
        "  by status: " + ", ".join(f"{s}: {n}" for s, n in sorted(outcome.statuses.items())),
        f"  5xx answers: {outcome.server_errors}",
        f"  sandbox.errors: {len(outcome.errors)}",
        f"  schemathesis: {'passed' if outcome.returncode == 0 else 'FAILED'}"
        f" (exit {outcome.returncode})",
    ]
    lines += [f"--- sandbox traceback {n} ---\n{text}" for n, text in enumerate(outcome.errors, 1)]
    lines.append("RESULT: " + ("PASS" if outcome.ok else "FAIL"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", choices=sorted(PROFILES), default="long")
    parser.add_argument("--seed", type=int, default=1, help="schemathesis and sandbox seed")
    parser.add_argument("--max-examples", type=int, help="override the profile's count")
    parser.add_argument(
        "--operation", action="append", default=[], help="fuzz only this operation ID (repeat)"
    )
    args = parser.parse_args(argv)
    profile = PROFILES[args.profile]
    if args.max_examples:
        profile = Profile(args.max_examples, profile.phases, profile.max_time)
    outcome = run(profile, seed=args.seed, operations=tuple(args.operation))
    print(summary(outcome))
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
