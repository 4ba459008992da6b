"""webhooks.EventDeduplicator with a shared store: several worker processes receiving the same
at-least-once deliveries handle each event exactly once."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from prolific.errors import LedgerError
from prolific.webhooks import EventDeduplicator

EVENTS = [f"evt-{i}" for i in range(60)]

WORKER = """
import json, sys
from prolific.webhooks import EventDeduplicator
seen = EventDeduplicator(store=sys.argv[1])
print(json.dumps([e for e in json.loads(sys.argv[2]) if not seen.is_duplicate(e)]))
"""


def test_workers_sharing_a_store_handle_each_event_once(target: str) -> None:
    EventDeduplicator(store=target)  # create the schema once, as a deployment's first start
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, target, json.dumps(EVENTS)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    handled: list[str] = []
    for worker in workers:
        out, _ = worker.communicate(timeout=60)
        assert worker.returncode == 0
        handled += json.loads(out)
    assert sorted(handled) == sorted(EVENTS)  # each once, by exactly one worker


def test_headers_work_with_a_store_too(target: str) -> None:
    seen = EventDeduplicator(store=target)
    assert not seen.is_duplicate({"X-Event-ID": "evt-a"})
    assert seen.is_duplicate({"x-event-id": "evt-a"})
    assert seen.is_duplicate("evt-a")


def test_an_unusable_store_is_a_ledger_error(tmp_path: object) -> None:
    with pytest.raises(LedgerError, match="is a folder"):
        EventDeduplicator(store=str(tmp_path))
