"""The researcher's whole journey, end to end: `make demo`.

With no arguments it runs on the embedded sandbox (no token, no network, no money): workspace
and project by name, a draft then published study, simulated participants, approval that waits
out the race with a participant's submit, bonuses paid exactly once (and shown safe to re-run,
even after a lost response), and the final balance.

    python scripts/demo.py                 # sandbox
    python scripts/demo.py --live          # a real account: needs PROLIFIC_TOKEN; spends money

The live run publishes a one-place study and pays real participants, so it refuses to start
without both --live and a token.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from decimal import Decimal
from typing import Any, TextIO

from prolific import Prolific, ProlificError
from prolific.sandbox import Sandbox

COMPLETION = [
    {"code": "DEMO42", "code_type": "COMPLETED", "actions": [{"action": "MANUALLY_REVIEW"}]}
]


class Show:
    """Plain progress output: a line per step, a redrawn bar on a terminal."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.tty = out.isatty()

    def step(self, text: str) -> None:
        print(f"\n== {text}", file=self.out, flush=True)

    def line(self, text: str) -> None:
        print(f"   {text}", file=self.out, flush=True)

    def bar(self, label: str, done: int, total: int, extra: str = "") -> None:
        width = 24
        filled = width * done // max(total, 1)
        text = f"   {label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {extra}"
        if self.tty:
            end = "\n" if done >= total else ""
            print(f"\r{text}", end=end, file=self.out, flush=True)
        elif done >= total:
            print(text, file=self.out, flush=True)


class _Narrate(logging.Handler):
    """Shows the SDK's own account of its waits (the ``prolific`` logger) as demo lines."""

    def __init__(self, show: Show) -> None:
        super().__init__(logging.INFO)
        self.show = show

    def emit(self, record: logging.LogRecord) -> None:
        self.show.line(f"  ... {record.getMessage()}")


def money(minor: Decimal | int, currency: str = "GBP") -> str:
    return f"{(Decimal(minor) / 100).quantize(Decimal('0.01'))} {currency}"


def study_body(places: int, reward: int) -> dict[str, Any]:
    return {
        "name": "prolific-python demo: reaction times",
        "description": "A two-minute demo task run by the prolific-python SDK.",
        "external_study_url": "https://example.org/task?PROLIFIC_PID={{%PROLIFIC_PID%}}",
        "prolific_id_option": "url_parameters",
        "completion_codes": COMPLETION,
        "total_available_places": places,
        "estimated_completion_time": 2,
        "reward": reward,
    }


def sandbox_journey(show: Show, pace: float) -> int:
    sandbox = Sandbox(seed=2026)
    client = sandbox.client()
    currency = "GBP"

    show.step("Workspace and project, by name (the project is created if missing)")
    workspace = client.workspaces.resolve("My workspace")
    project = client.projects.resolve(workspace.id, "Demo experiments", create=True)
    start = client.workspaces.balance(workspace.id)
    show.line(f"workspace {workspace.title!r} ({workspace.id}), project {project.title!r}")
    show.line(f"balance {money(start.available_balance or 0, currency)}")

    show.step("Draft, then publish (a lost response on create does not make a second draft)")
    sandbox.faults.once("create_study", "lost_response")
    body = study_body(places=10, reward=150)
    draft = client.studies.create_and_publish(
        body, mode="draft", workspace=workspace.id, project=project.id
    )
    show.line(f"draft {draft.id} is {draft.status}; drafts in the project: {len(sandbox.studies)}")
    study = client.studies.create_and_publish(
        body, mode="live", wait=60, workspace=workspace.id, project=project.id
    )
    show.line(f"published: {study.id} is {study.status} (same study: {study.id == draft.id})")

    show.step("Participants take part (simulated, on the sandbox clock)")
    outcomes = ["submit"] * 8 + ["return", "timeout"]
    finish = [60.0 + 20 * i for i in range(10)]
    subs = sandbox.participants.join(study.id, 10, complete_after=finish, outcome=outcomes)
    # The participant who never finishes is timed out at the study's maximum allowed time.
    for elapsed in range(0, 3601, 60):
        done = sum(sandbox.submissions[s].status not in ("RESERVED", "ACTIVE") for s in subs)
        show.bar("finished", done, len(subs), f"(t+{elapsed // 60} min)")
        if done == len(subs):
            break
        sandbox.advance(60)
        time.sleep(pace)
    statuses = [sandbox.submissions[s].status for s in subs]
    show.line(", ".join(f"{statuses.count(x)} {x}" for x in sorted(set(statuses))))

    show.step("Approve right as a participant submits: the race, handled")
    racer = sandbox.participants.join(study.id, 1, complete_after=45)[0]
    before = sandbox.clock.now()
    show.line(f"{racer} is {sandbox.submissions[racer].status}; approving now anyway")
    narrate = _Narrate(show)
    sdk_log = logging.getLogger("prolific")
    sdk_log.addHandler(narrate)
    sdk_log.setLevel(logging.INFO)
    try:
        approved = client.submissions.approve(racer, wait=300)
    finally:
        sdk_log.removeHandler(narrate)
    waited = sandbox.clock.now() - before
    show.line(
        f"approved after waiting {waited:.0f}s (sandbox time) for AWAITING REVIEW: "
        f"{approved.status}"
    )
    for sub_id in subs:
        status = sandbox.submissions[sub_id].status
        if status in ("RETURNED", "TIMED-OUT"):
            try:
                client.submissions.approve(sub_id)
            except ProlificError as exc:
                show.line(f"not approvable, refused at once: {exc}")
                break
    awaiting = [s for s in subs if sandbox.submissions[s].status == "AWAITING REVIEW"]
    report = client.submissions.approve_many(awaiting, chunk_size=3)
    for n in range(1, len(awaiting) + 1):
        show.bar("bulk approve", n, len(awaiting))
        time.sleep(pace / 4)
    show.line(f"bulk approval in chunks of 3: {report}")

    show.step("Bonuses, exactly once")
    winners = {s: Decimal("0.75") for s in awaiting[:4]}
    sandbox.faults.once("pay_bonus_payments", "lost_response")
    paid = client.bonuses.pay(study.id, winners, key="demo-bonus-round-1")
    show.line(f"{paid} (the pay call's answer was lost; the SDK confirmed it on Prolific)")
    again = client.bonuses.pay(study.id, winners, key="demo-bonus-round-1")
    show.line(f"re-run with the same key: already_paid={again.already_paid}, nothing sent")
    times_paid = [len(sandbox.ledger.bonuses_for(s)) for s in winners]
    show.line(f"payments per recipient in the sandbox's ledger: {times_paid}")

    show.step("Summary")
    print(client.studies.summary(study.id), file=show.out)
    end = client.workspaces.balance(workspace.id)
    spent = (start.available_balance or 0) - (end.available_balance or 0)
    show.line(
        f"final balance {money(end.available_balance or 0, currency)} "
        f"(spent {money(spent, currency)})"
    )
    client.close()
    ok = study.id == draft.id and all(n == 1 for n in times_paid) and again.already_paid
    show.line("demo finished: one study, every bonus paid exactly once" if ok else "demo FAILED")
    return 0 if ok else 1


def live_journey(show: Show, timeout: float) -> int:
    with Prolific(referer="https://github.com/prolific-python (demo)") as client:
        me = client.users.me()
        show.step(f"Live run as {me.id}: one place, 0.50 reward, published for real")
        study = client.studies.create_and_publish(study_body(places=1, reward=50), wait=120)
        show.line(f"published {study.id}; waiting up to {timeout:.0f}s for the participant")
        deadline = time.monotonic() + timeout
        done: list[str] = []
        while time.monotonic() < deadline and not done:
            items = list(client.submissions.list(study=study.id))
            done = [s.id for s in items if str(s.status) == "AWAITING REVIEW"]
            show.bar("submitted", len(done), 1, f"({int(deadline - time.monotonic())}s left)")
            time.sleep(0 if done else 15)
        if not done:
            show.line(f"nobody submitted in time; the study {study.id} keeps running")
            return 1
        show.line(f"{client.submissions.approve(done[0]).status}")
        show.line(
            str(client.bonuses.pay(study.id, {done[0]: Decimal("0.10")}, key=f"demo-{study.id}"))
        )
        print(client.studies.summary(study.id), file=show.out)
    return 0


def main(argv: list[str] | None = None, out: TextIO = sys.stdout) -> int:
    parser = argparse.ArgumentParser(description="Run the prolific-python demo journey.")
    parser.add_argument("--live", action="store_true", help="use a real account (spends money)")
    parser.add_argument("--pace", type=float, default=0.05, help="seconds between progress frames")
    parser.add_argument("--timeout", type=float, default=1800, help="live: seconds to wait")
    args = parser.parse_args(argv)
    show = Show(out)
    if not args.live:
        if os.environ.get("PROLIFIC_TOKEN"):
            show.line(
                "PROLIFIC_TOKEN is set but --live is not: running on the sandbox, spending nothing"
            )
        return sandbox_journey(show, args.pace)
    if not os.environ.get("PROLIFIC_TOKEN"):
        print(
            "demo: --live needs PROLIFIC_TOKEN (and spends real money); refusing", file=sys.stderr
        )
        return 2
    return live_journey(show, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
