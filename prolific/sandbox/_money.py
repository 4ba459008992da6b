"""Bonuses (create a batch, then pay it) and custom screen-out with its price calculator.

Paying a bonus batch is deliberately NOT idempotent, as on Prolific: every accepted pay call
moves the money again, and the ledger shows each payment. Screening out is safe to repeat:
submissions already ``SCREENED OUT`` are skipped and reported, never paid twice. A screened-out
participant gets the screen-out payment *instead of* the reward: the place's reward (with its
fees) goes back to the workspace, and the payment (with its fees) is charged.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from . import _lookup
from ._errors import SandboxError, bad_request, field_error
from ._http import Request, SandboxResponse, json_response
from ._lifecycle import (
    charge_in,
    ensure_funds,
    fund_places,
    pay_screen_out,
    places_to_fund,
    refresh_study,
    rule_of,
    set_study_status,
)
from ._pricing import (
    ZERO,
    screen_out_minimum,
    screen_out_recommended,
    study_cost,
    to_minor_units,
)
from ._state import (
    BonusBatch,
    BonusLine,
    LedgerEntry,
    SandboxState,
    Study,
    Submission,
)

SCREENABLE = ("ACTIVE", "AWAITING REVIEW")


def batch_view(batch: BonusBatch) -> dict[str, Any]:
    return {
        "id": batch.id,
        "study": batch.study_id,
        "amount": batch.amount,
        "fees": batch.fees,
        "vat": batch.vat,
        "total_amount": batch.total_amount,
    }


def _recipient(state: SandboxState, study: Study, ident: str) -> Submission | None:
    sub = state.submissions.get(ident)
    if sub is not None:
        return sub if sub.study_id == study.id else None
    matches = state.study_index(study.id).of_participant(ident)
    return max(matches, key=lambda s: (s.started_at, s.id)) if matches else None


def parse_csv_bonuses(state: SandboxState, study: Study, text: str) -> list[BonusLine]:
    """``<participant_or_submission_id>,<decimal major units>`` per line; 400 listing bad lines."""
    lines: list[BonusLine] = []
    errors: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        parts = [part.strip() for part in line.split(",")]
        if len(parts) != 2 or not parts[0] or not parts[1]:
            errors.append(f"Line {number}: expected `<id>,<amount>`, got {line!r}.")
            continue
        ident, amount_text = parts
        try:
            amount = Decimal(amount_text)
            if not amount.is_finite():
                raise ValueError
            minor = to_minor_units(amount)
        except (ArithmeticError, ValueError):
            errors.append(
                f"Line {number}: {amount_text!r} is not an amount in major units with at most "
                "two decimal places (for example 4.25)."
            )
            continue
        if minor <= 0:
            errors.append(f"Line {number}: the amount must be greater than zero.")
            continue
        sub = _recipient(state, study, ident)
        if sub is None:
            errors.append(
                f"Line {number}: {ident!r} is not a participant or submission of this study."
            )
            continue
        charge = charge_in(state, study.workspace_id, minor)
        lines.append(
            BonusLine(ident, sub.id, sub.participant_id, charge.amount, charge.fees, charge.vat)
        )
    if errors:
        raise SandboxError(400, {"csv_bonuses": errors})
    if not lines:
        raise field_error("csv_bonuses", "No bonus lines were given.")
    return lines


def create_bonus_payments(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    study_id = fields.req_text("study_id")
    csv_text = fields.req_text("csv_bonuses")
    study = _lookup.in_body(state.studies, study_id, "study_id", "Study")
    lines = parse_csv_bonuses(state, study, csv_text)
    batch = BonusBatch(
        id=state.new_id(),
        study_id=study.id,
        workspace_id=study.workspace_id,
        lines=lines,
        created_at=state.now(),
    )
    state.bonus_batches[batch.id] = batch
    return json_response(201, batch_view(batch))


def _settle(state: SandboxState, batch_id: str, payment_number: int) -> None:
    batch = state.bonus_batches[batch_id]
    for line in batch.lines:
        state.ledger.add(
            LedgerEntry(
                "bonus",
                batch.workspace_id,
                line.amount,
                state.now(),
                fees=line.fees,
                vat=line.vat,
                study_id=batch.study_id,
                submission_id=line.submission_id,
                participant_id=line.participant_id,
                batch_id=batch.id,
                note=f"payment {payment_number} of batch",
            )
        )
        sub = state.submissions.get(line.submission_id)
        if sub is not None:
            sub.bonus_payments.append(line.amount)


def pay_bonus_payments(state: SandboxState, req: Request) -> SandboxResponse:
    batch = _lookup.in_path(state.bonus_batches, req.params["batch_id"], "Bonus payment")
    ensure_funds(state, batch.workspace_id, batch.total_amount, "pay these bonuses")
    batch.pay_requests += 1
    number = batch.pay_requests
    delay = state.settings.bonus_payment_delay
    if delay > 0:
        state.schedule(delay, lambda: _settle(state, batch.id, number))
    else:
        _settle(state, batch.id, number)
    return json_response(202, "The request to pay bonuses has been made successfully.")


# -- custom screen-out --------------------------------------------------------------------------


def _custom_screening_study(state: SandboxState, req: Request) -> Study:
    study = _lookup.study(state, req.params["study_id"])
    if not study.is_custom_screening:
        raise bad_request(
            "Screening out is only available for custom screening studies "
            "(create the study with is_custom_screening: true)."
        )
    return study


def _study_submissions(state: SandboxState, study: Study, ids: list[str]) -> list[Submission]:
    unknown = [i for i in ids if i not in state.submissions]
    foreign = [
        i for i in ids if i in state.submissions and state.submissions[i].study_id != study.id
    ]
    if unknown or foreign:
        raise SandboxError(
            400,
            {
                "submission_ids": [f"Submission {i!r} does not exist." for i in unknown]
                + [f"Submission {i!r} does not belong to this study." for i in foreign]
            },
        )
    seen: set[str] = set()
    unique = []
    for ident in ids:
        if ident not in seen:
            seen.add(ident)
            unique.append(state.submissions[ident])
    return unique


def _minutes_spent(state: SandboxState, subs: list[Submission]) -> float:
    if not subs:
        return 0.0
    now = state.now()
    total = sum(((s.completed_at or now) - s.started_at).total_seconds() for s in subs)
    return round(total / len(subs) / 60, 2)


def calculate_screen_out_payment(state: SandboxState, req: Request) -> SandboxResponse:
    study = _custom_screening_study(state, req)
    ids = req.fields().req_text_list("submission_ids")
    subs = [s for s in _study_submissions(state, study, ids) if s.status != "SCREENED OUT"]
    currency = state.currency_of(study.workspace_id)
    minutes = _minutes_spent(state, subs)
    return json_response(
        200,
        {
            "recommended_reward": {
                "amount": screen_out_recommended(minutes, currency),
                "currency": currency,
            },
            "minimum_reward": {
                "amount": screen_out_minimum(minutes, currency),
                "currency": currency,
            },
            "average_submission_time_minutes": minutes,
        },
    )


def _major(minor: int) -> str:
    return f"{Decimal(minor) / 100:.2f}"


def screen_out_submissions(state: SandboxState, req: Request) -> SandboxResponse:
    study = _custom_screening_study(state, req)
    fields = req.fields()
    ids = fields.req_text_list("submission_ids")
    bonus = fields.decimal("bonus_per_submission")
    per_hour = fields.decimal("reward_per_hour")
    increase_places = bool(fields.boolean("increase_places"))
    if bonus is None and per_hour is None:
        raise field_error("bonus_per_submission", "Give bonus_per_submission or reward_per_hour.")
    subs = _study_submissions(state, study, ids)
    skipped = [s for s in subs if s.status == "SCREENED OUT"]
    refused = [s for s in subs if s.status not in (*SCREENABLE, "SCREENED OUT")]
    if refused:
        raise SandboxError(
            400,
            {
                "submission_ids": [
                    f"Submission {s.id!r} is {s.status} and cannot be screened out."
                    for s in refused
                ]
            },
        )
    eligible = [s for s in subs if s.status in SCREENABLE]
    currency = state.currency_of(study.workspace_id)
    minutes = _minutes_spent(state, eligible)
    try:
        if bonus is not None:
            amount = to_minor_units(bonus)
            field_name = "bonus_per_submission"
        else:
            assert per_hour is not None
            amount = math.ceil(to_minor_units(per_hour) * minutes / 60)
            field_name = "reward_per_hour"
    except ValueError as exc:
        raise field_error(
            "bonus_per_submission", "Use major units with at most two decimal places."
        ) from exc
    minimum = screen_out_minimum(minutes, currency)
    if eligible and amount < minimum:
        raise field_error(
            field_name,
            f"The payment per submission must be at least {_major(minimum)} {currency} for "
            f"the {minutes} minutes these participants spent on average.",
        )
    charge = charge_in(state, study.workspace_id, amount)
    cost = charge.times(len(eligible))
    extra_places = len(eligible) if increase_places and study.status != "UNPUBLISHED" else 0
    places_cost = (
        study_cost(study.reward, extra_places, rule_of(state, study.workspace_id))
        if extra_places
        else ZERO
    )
    ensure_funds(state, study.workspace_id, cost.total + places_cost.total, "screen out")

    for sub in eligible:
        pay_screen_out(
            state,
            study,
            sub,
            charge,
            "Thank you for your time. You did not meet this study's screening criteria, so "
            f"your submission was screened out; you have been paid {_major(amount)} {currency}.",
        )
    if extra_places:
        # The balance was checked above for these places.
        study.total_available_places += extra_places
        fund_places(state, study, places_to_fund(state, study), "add places")
        if study.status == "COMPLETED" and not study.stopped:
            set_study_status(state, study, "ACTIVE")
        refresh_study(state, study)
    return json_response(
        202,
        {
            "message": "The request to bulk screen out has been made successfully.",
            "payment_per_participant": {"amount": amount, "currency": currency},
            "screened_out_submission_ids": [s.id for s in eligible],
            "skipped_submission_ids": [s.id for s in skipped],
        },
    )
