"""The shared wait between reads: doubling pauses, trimmed to the budget, then giving up."""

from __future__ import annotations

from typing import Any

import pytest

from prolific._flow import Flow, Now, Sleep
from prolific._workflows.polling import Backoff
from prolific.errors import WaitTimeoutError


def drive(flow: Flow[Any], clock: list[float], slept: list[float]) -> Any:
    """Run a flow that only reads the clock and sleeps, on a clock that moves when it sleeps."""
    answer: Any = None
    while True:
        try:
            step = flow.send(answer)
        except StopIteration as stop:
            return stop.value
        if isinstance(step, Now):
            answer = clock[0]
        else:
            assert isinstance(step, Sleep)
            slept.append(step.seconds)
            clock[0] += step.seconds
            answer = None


def test_pauses_double_up_to_the_ceiling_and_the_last_is_trimmed_to_the_budget() -> None:
    clock, slept = [100.0], list[float]()
    backoff = Backoff(20, first=1, most=4)
    drive(backoff.start(), clock, slept)
    results = [drive(backoff.pause("reading"), clock, slept) for _ in range(8)]
    assert slept == [1, 2, 4, 4, 4, 4, 1]
    assert results == [True] * 7 + [False]  # the budget is spent: no sleep, False
    assert backoff.waited == 20


def test_giving_up_names_the_subject_its_last_status_and_the_hint() -> None:
    clock, slept = [0.0], list[float]()
    backoff = Backoff(3, first=2, most=2)
    drive(backoff.pause_or_give_up("study abc", "ACTIVE"), clock, slept)
    drive(backoff.pause_or_give_up("study abc", "ACTIVE"), clock, slept)
    with pytest.raises(WaitTimeoutError) as caught:
        drive(backoff.pause_or_give_up("study abc", "ACTIVE", hint="it is published"), clock, slept)
    assert slept == [2, 1]
    assert (caught.value.subject, caught.value.last_status, caught.value.waited) == (
        "study abc",
        "ACTIVE",
        3,
    )
    assert "it is published" in str(caught.value)


def test_progress_is_logged_with_the_subject_capitalised(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level("INFO", logger="prolific"):
        drive(Backoff(10, first=1, most=1).pause_or_give_up("submission x", "ACTIVE"), [0.0], [])
    assert caplog.messages == ["Submission x is ACTIVE; checking again in 1s"]
