"""Simulated participants, moving on the sandbox clock.

``join`` reserves places for new participants, who start at once (or after ``start_after``
seconds) and, ``complete_after`` seconds later, submit, return or time out. Nothing happens until
the clock reaches that moment, so a submission is ``ACTIVE`` (and cannot be approved) until its
participant's time is up, exactly as on Prolific. Any participant still working when the study's
``maximum_allowed_time`` runs out is timed out, and a place reserved by a participant who has not
started within ``settings.reserved_hold`` (10 minutes) is released (the submission TIMED-OUT).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Literal

from ._credentials import hand_out
from ._lifecycle import channel_id, set_submission_status
from ._state import IN_PROGRESS, Message, SandboxState, Study, Submission
from ._study_urls import entry_url
from ._submission_actions import finish_with_code

Outcome = Literal["submit", "return", "timeout", "manual"]
OUTCOMES: tuple[str, ...] = ("submit", "return", "timeout", "manual")


class SandboxUsageError(ValueError):
    """A test asked the simulation for something impossible (for example a full study)."""


def pick_code(study: Study, code: str | None) -> dict[str, Any]:
    """The completion code a participant enters: ``code`` if given, else the first
    participant ``COMPLETED`` code, else the first participant code."""
    codes = study.completion_codes
    if code is not None:
        for entry in codes:
            if entry.get("code") == code:
                return entry
        raise SandboxUsageError(f"study {study.id} has no completion code {code!r}")
    participant_codes = [c for c in codes if c.get("actor", "participant") == "participant"]
    for entry in participant_codes:
        if entry.get("code_type") == "COMPLETED":
            return entry
    if participant_codes:
        return participant_codes[0]
    return codes[0] if codes else {"code": None, "code_type": "COMPLETED", "actions": []}


def _finish(state: SandboxState, sub_id: str, outcome: str, code: str | None) -> None:
    sub = state.submissions.get(sub_id)
    if sub is None or sub.status not in IN_PROGRESS:
        return  # returned, screened out or timed out meanwhile
    if sub.status == "RESERVED":
        set_submission_status(state, sub, "ACTIVE")
    if outcome == "submit":
        finish_with_code(state, sub, pick_code(state.studies[sub.study_id], code))
    elif outcome == "return":
        set_submission_status(state, sub, "RETURNED")
    elif outcome == "timeout":
        set_submission_status(state, sub, "TIMED-OUT")


def _start(state: SandboxState, sub_id: str) -> None:
    sub = state.submissions.get(sub_id)
    if sub is not None and sub.status == "RESERVED":
        set_submission_status(state, sub, "ACTIVE")


def _release_reservation(state: SandboxState, sub_id: str) -> None:
    sub = state.submissions.get(sub_id)
    if sub is not None and sub.status == "RESERVED":
        set_submission_status(state, sub, "TIMED-OUT")


def _per_participant(value: Any, n: int, name: str) -> list[Any]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        return [value] * n
    if len(value) != n:
        raise SandboxUsageError(f"{name} has {len(value)} entries for {n} participants")
    return list(value)


def join(
    state: SandboxState,
    study_id: str,
    n: int = 1,
    *,
    complete_after: float | Sequence[float] | None = None,
    start_after: float = 0.0,
    outcome: str | Sequence[str] = "submit",
    code: str | None = None,
    participant_ids: Sequence[str] | None = None,
) -> list[str]:
    study = state.studies.get(study_id)
    if study is None:
        raise SandboxUsageError(f"no study {study_id!r} in the sandbox")
    if study.status != "ACTIVE":
        hint = (
            " (it becomes ACTIVE a few seconds after publishing: advance the sandbox clock)"
            if study.status == "PUBLISHING"
            else ""
        )
        raise SandboxUsageError(
            f"study {study_id} is {study.status}; participants only join ACTIVE studies{hint}"
        )
    free = study.total_available_places - state.places_taken(study)
    if n < 1 or n > free:
        raise SandboxUsageError(f"study {study_id} has {free} free place(s); {n} cannot join")
    outcomes = _per_participant(outcome, n, "outcome")
    for item in outcomes:
        if item not in OUTCOMES:
            raise SandboxUsageError(f"outcome must be one of {OUTCOMES}, not {item!r}")
    if code is not None:
        pick_code(study, code)  # an unknown code is refused now, not when the time comes
    default_duration = study.estimated_completion_time * 60.0
    durations = _per_participant(complete_after, n, "complete_after")
    ids = (
        list(participant_ids) if participant_ids is not None else [state.new_id() for _ in range(n)]
    )
    if len(ids) != n:
        raise SandboxUsageError(f"participant_ids has {len(ids)} entries for {n} participants")
    taken = state.study_index(study.id).by_participant
    repeated = [pid for pid in ids if pid in taken]
    if repeated or len(set(ids)) != len(ids):
        raise SandboxUsageError(f"participants already in study {study_id}: {repeated or ids}")
    created: list[str] = []
    limit = study.maximum_allowed_time * 60.0
    # What each participant does later, grouped into one job per moment (see _Plan).
    plan = _Plan()
    for pid, result, duration in zip(ids, outcomes, durations, strict=True):
        now = state.now()
        sub = Submission(state.new_id(), study.id, pid, started_at=now)
        sub.history.append((now, "RESERVED"))
        state.add_submission(sub)
        state.participants.add(pid)
        hand_out(state, sub)
        created.append(sub.id)
        sub_id = sub.id
        hold = state.settings.reserved_hold
        if start_after > 0 and hold is not None and hold < start_after:
            plan.add(hold, "release", sub_id)
        elif start_after > 0:
            plan.add(start_after, "start", sub_id)
        else:
            set_submission_status(state, sub, "ACTIVE")
        if result != "manual":
            wait = (
                limit
                if result == "timeout"
                else (default_duration if duration is None else duration)
            )
            plan.add(start_after + max(0.0, float(wait)), result, sub_id)
        plan.add(start_after + limit, "timeout", sub_id)
    plan.schedule(state, code)
    return created


class _Plan:
    """The participants' later steps, one scheduled job per moment instead of two or three
    per participant: joining 100,000 participants queues a handful of jobs, and advancing the
    clock past them runs in time linear in the participants.

    Within a moment the steps run in the order they were planned, which is the order one job
    per step would have run them in (jobs due together run in the order they were queued).
    """

    def __init__(self) -> None:
        # delay -> runs of (step, submission ids), consecutive equal steps sharing one run.
        self._steps: dict[float, list[tuple[str, list[str]]]] = {}

    def add(self, delay: float, step: str, sub_id: str) -> None:
        runs = self._steps.setdefault(delay, [])
        if runs and runs[-1][0] == step:
            runs[-1][1].append(sub_id)
        else:
            runs.append((step, [sub_id]))

    def schedule(self, state: SandboxState, code: str | None) -> None:
        for delay, runs in self._steps.items():
            state.schedule(delay, partial(_run_steps, state, runs, code))


def _run_steps(state: SandboxState, runs: list[tuple[str, list[str]]], code: str | None) -> None:
    for step, sub_ids in runs:
        for sub_id in sub_ids:
            try:
                if step == "start":
                    _start(state, sub_id)
                elif step == "release":
                    _release_reservation(state, sub_id)
                else:
                    _finish(state, sub_id, step, code if step != "timeout" else None)
            except Exception:  # one participant's failure must not stop the others
                state.errors.append(traceback.format_exc())


def autopilot_fill(state: SandboxState, study: Study) -> None:
    """Fill every free place of a study that just became ACTIVE (``settings.autopilot``)."""
    free = study.total_available_places - state.places_taken(study)
    if free > 0:
        study_id = study.id
        # Joining is deferred to the job queue so the status change that triggered it finishes
        # first (and its webhook is queued before the submissions' ones).
        state.schedule(0.0, lambda: _autopilot_join(state, study_id))


def _autopilot_join(state: SandboxState, study_id: str) -> None:
    study = state.studies.get(study_id)
    if study is None or study.status != "ACTIVE":
        return
    free = study.total_available_places - state.places_taken(study)
    if free > 0:
        join(state, study_id, free)


class Participants:
    """The participant side of the sandbox: ``sandbox.participants``.

    Every method takes the sandbox lock, processes what became due, and delivers the webhooks
    its changes caused.
    """

    def __init__(self, state: SandboxState, run: Callable[[Callable[[], Any]], Any]) -> None:
        self._state = state
        self._run = run
        state.on_study_active = partial(autopilot_fill, state)

    def join(
        self,
        study_id: str,
        n: int = 1,
        *,
        complete_after: float | Sequence[float] | None = None,
        start_after: float = 0.0,
        outcome: str | Sequence[str] = "submit",
        code: str | None = None,
        participant_ids: Sequence[str] | None = None,
    ) -> list[str]:
        """``n`` new participants take places in an ACTIVE study; returns their submission IDs.

        Each starts after ``start_after`` seconds (``RESERVED`` until then) and, after
        ``complete_after`` more seconds (default: the study's estimated completion time),
        ends according to ``outcome``: ``"submit"`` (enters ``code`` or the study's completion
        code, so ``AWAITING REVIEW`` or whatever the code's actions say), ``"return"``,
        ``"timeout"`` (at the study's maximum allowed time) or ``"manual"`` (stays ``ACTIVE``
        until you call :meth:`submit` and friends, or the time limit). ``outcome`` and
        ``complete_after`` may be sequences with one entry per participant.

        Raises :class:`SandboxUsageError` when the study is not ACTIVE or lacks free places.
        """
        result: list[str] = self._run(
            lambda: join(
                self._state,
                study_id,
                n,
                complete_after=complete_after,
                start_after=start_after,
                outcome=outcome,
                code=code,
                participant_ids=participant_ids,
            )
        )
        return result

    def _in_progress(self, submission_id: str) -> Submission:
        sub = self._state.submissions.get(submission_id)
        if sub is None:
            raise SandboxUsageError(f"no submission {submission_id!r}")
        if sub.status not in IN_PROGRESS:
            raise SandboxUsageError(f"submission {submission_id} is already {sub.status}")
        return sub

    def entry_url(self, submission_id: str) -> str:
        """The study URL this submission's participant opens: placeholders filled in, and a
        signed ``prolific_token`` added when the study has ``is_external_study_url_secure``."""
        url: str = self._run(lambda: entry_url(self._state, self._state.submissions[submission_id]))
        return url

    def submit(self, submission_id: str, *, code: str | None = None) -> None:
        """The participant finishes now, entering ``code`` (default: the study's code)."""

        def act() -> None:
            sub = self._in_progress(submission_id)
            _finish(self._state, sub.id, "submit", code)

        self._run(act)

    def return_submission(self, submission_id: str) -> None:
        """The participant returns the submission now: while working, or after submitting and
        before it is reviewed (which pauses a full study AWAITING REVIEW, as on Prolific)."""

        def act() -> None:
            sub = self._state.submissions.get(submission_id)
            if sub is not None and sub.status == "AWAITING REVIEW":
                set_submission_status(self._state, sub, "RETURNED")
            else:
                _finish(self._state, self._in_progress(submission_id).id, "return", None)

        self._run(act)

    def time_out(self, submission_id: str) -> None:
        """The participant's time runs out now."""
        self._run(
            lambda: _finish(self._state, self._in_progress(submission_id).id, "timeout", None)
        )

    def send_message(self, participant_id: str, body: str, *, study_id: str | None = None) -> str:
        """The participant writes to the researcher (shows in ``/messages/unread/``)."""

        def act() -> str:
            state = self._state
            me = state.user.id
            message = Message(
                id=state.new_id(),
                sender_id=participant_id,
                recipient_id=me,
                body=body,
                sent_at=state.now(),
                channel_id=channel_id(participant_id, me),
                study_id=study_id,
                reason="participant",
            )
            state.messages.append(message)
            return message.id

        message_id: str = self._run(act)
        return message_id
