"""Money: debits on publish, balance refusals, bonus batches (paid once and twice), screen-out."""

from __future__ import annotations

import copy

import httpx
import pytest

from prolific.sandbox import Sandbox
from prolific.sandbox._pricing import charge_for, screen_out_minimum, study_cost

from .conftest import create_study, error_of, published_study, transition


def test_fee_rule() -> None:
    assert charge_for(850) == type(charge_for(0))(850, 283, 57)
    assert charge_for(100).total == 140
    assert study_cost(100, 10).total == 1400
    assert screen_out_minimum(0, "GBP") == 10
    assert screen_out_minimum(2.5, "GBP") == 25
    assert screen_out_minimum(2.5, "USD") == 35


def test_publish_debits_the_cost(api: httpx.Client, sb: Sandbox) -> None:
    start = sb.balance()
    sid = published_study(api, reward=150, total_available_places=4)["id"]
    [debit] = sb.ledger.for_study(sid)
    assert debit.kind == "study_debit"
    assert (debit.amount, debit.fees, debit.vat) == (600, 200, 40)
    assert sb.balance() == start - 840
    balance = api.get(f"/api/v1/workspaces/{sb.workspace_id}/balance/").json()
    assert balance["available_balance"] == start - 840
    assert balance["currency_code"] == "GBP"


def test_publish_refused_when_balance_is_too_low(api: httpx.Client) -> None:
    poor = Sandbox(seed=3, balance=1000)
    with httpx.Client(
        base_url="https://sandbox.prolific.test",
        transport=poor.transport(),
        headers={"Authorization": f"Token {poor.token}"},
    ) as client:
        sid = create_study(client, reward=100, total_available_places=8)["id"]  # costs 1120
        before = copy.deepcopy(poor.studies[sid])
        response = transition(client, sid, "PUBLISH")
        assert response.status_code == 400
        error = error_of(response)
        assert "funds" in error["detail"]
        assert "1120" in error["additional_information"]
        assert poor.studies[sid] == before
        assert poor.balance() == 1000
        assert len(poor.ledger) == 1  # the starting top-up only


def test_stop_refunds_unused_places(api: httpx.Client, sb: Sandbox) -> None:
    sid = published_study(api, total_available_places=3)["id"]
    sb.participants.join(sid, 1)
    transition(api, sid, "STOP")
    [_debit, refund] = sb.ledger.for_study(sid)
    assert refund.kind == "study_refund"
    assert refund.total == 2 * 140
    assert sb.balance() == 100_000 - 140


def _finished(api: httpx.Client, sb: Sandbox, n: int = 2) -> tuple[str, list[str]]:
    sid = published_study(api, total_available_places=n)["id"]
    subs = sb.participants.join(sid, n, complete_after=60)
    sb.advance(60)
    return sid, subs


def test_bonus_batch_amounts_in_minor_units(api: httpx.Client, sb: Sandbox) -> None:
    sid, (a, b) = _finished(api, sb)
    participant_b = sb.submissions[b].participant_id
    response = api.post(
        "/api/v1/submissions/bonus-payments/",
        json={"study_id": sid, "csv_bonuses": f"{a},4.25\n\n{participant_b},0.1\n"},
    )
    assert response.status_code == 201
    batch = response.json()
    assert batch["study"] == sid
    assert batch["amount"] == 435
    assert batch["fees"] == charge_for(425).fees + charge_for(10).fees
    assert batch["vat"] == charge_for(425).vat + charge_for(10).vat
    assert batch["total_amount"] == batch["amount"] + batch["fees"] + batch["vat"]
    assert all(isinstance(batch[k], int) for k in ("amount", "fees", "vat", "total_amount"))
    assert not sb.ledger.of_kind("bonus")  # creating a batch pays nothing


def test_bonus_paid_once_then_twice(api: httpx.Client, sb: Sandbox) -> None:
    sid, (a, _) = _finished(api, sb)
    batch = api.post(
        "/api/v1/submissions/bonus-payments/", json={"study_id": sid, "csv_bonuses": f"{a},1.50"}
    ).json()
    paid = api.post(f"/api/v1/bulk-bonus-payments/{batch['id']}/pay/")
    assert paid.status_code == 202
    assert len(sb.ledger.bonuses_for(a)) == 1
    assert api.get(f"/api/v1/submissions/{a}/").json()["bonus_payments"] == [150]
    # Prolific's pay call is not idempotent: a second call pays again, and the sandbox shows it.
    assert api.post(f"/api/v1/bulk-bonus-payments/{batch['id']}/pay").status_code == 202
    assert [e.amount for e in sb.ledger.bonuses_for(a)] == [150, 150]
    participant = sb.submissions[a].participant_id
    assert sb.ledger.bonus_total(participant) == 300
    assert api.get(f"/api/v1/submissions/{a}/").json()["bonus_payments"] == [150, 150]
    assert sb.bonus_batches[batch["id"]].pay_requests == 2


def test_bonus_payment_can_land_later(api: httpx.Client, sb: Sandbox) -> None:
    sb.configure(bonus_payment_delay=120)
    sid, (a, _) = _finished(api, sb)
    batch = api.post(
        "/api/v1/submissions/bonus-payments/", json={"study_id": sid, "csv_bonuses": f"{a},2"}
    ).json()
    api.post(f"/api/v1/bulk-bonus-payments/{batch['id']}/pay/")
    assert api.get(f"/api/v1/submissions/{a}/").json()["bonus_payments"] == []
    sb.advance(120)
    assert api.get(f"/api/v1/submissions/{a}/").json()["bonus_payments"] == [200]


@pytest.mark.parametrize(
    "line",
    [
        "{a}",
        "{a},",
        "{a},1.005",
        "{a},-1",
        "{a},0",
        "{a},abc",
        "{a},NaN",
        "{a},1,2",
        "ffffffffffffffffffffffff,1.00",
    ],
)
def test_bad_csv_lines_are_refused(api: httpx.Client, sb: Sandbox, line: str) -> None:
    sid, (a, _) = _finished(api, sb)
    response = api.post(
        "/api/v1/submissions/bonus-payments/",
        json={"study_id": sid, "csv_bonuses": f"{a},1.00\n" + line.format(a=a)},
    )
    assert response.status_code == 400
    assert "csv_bonuses" in error_of(response)["detail"]
    assert not sb.bonus_batches


@pytest.mark.parametrize(
    "body",
    [
        {"csv_bonuses": "x,1"},
        {"study_id": "0" * 24, "csv_bonuses": "x,1"},
        {"study_id": None, "csv_bonuses": 5},
    ],
)
def test_bad_bonus_requests(api: httpx.Client, body: dict[str, object]) -> None:
    assert api.post("/api/v1/submissions/bonus-payments/", json=body).status_code == 400


def test_paying_an_unknown_batch_is_404(api: httpx.Client) -> None:
    response = api.post(f"/api/v1/bulk-bonus-payments/{'a' * 24}/pay/")
    assert response.status_code == 404
    error_of(response)


def test_paying_without_funds_is_refused(api: httpx.Client, sb: Sandbox) -> None:
    sid, (a, _) = _finished(api, sb)
    batch = api.post(
        "/api/v1/submissions/bonus-payments/",
        json={"study_id": sid, "csv_bonuses": f"{a},10000.00"},
    ).json()
    response = api.post(f"/api/v1/bulk-bonus-payments/{batch['id']}/pay/")
    assert response.status_code == 400
    assert not sb.ledger.of_kind("bonus")


# -- custom screen-out --------------------------------------------------------------------------


def _screening(api: httpx.Client, sb: Sandbox, n: int = 3) -> tuple[str, list[str]]:
    sid = published_study(api, is_custom_screening=True, total_available_places=n)["id"]
    subs = sb.participants.join(sid, n, outcome="manual")
    sb.advance(150)  # 2.5 minutes in the study
    return sid, subs


def test_screen_out_happy_path(api: httpx.Client, sb: Sandbox) -> None:
    sid, (a, b, c) = _screening(api, sb)
    price = api.post(
        f"/api/v1/studies/{sid}/calculate-screen-out-payment/", json={"submission_ids": [a, b]}
    ).json()
    assert price["minimum_reward"] == {"amount": 25, "currency": "GBP"}
    assert price["average_submission_time_minutes"] == 2.5
    places = sb.studies[sid].total_available_places
    response = api.post(
        f"/api/v1/studies/{sid}/screen-out-submissions/",
        json={"submission_ids": [a, b], "bonus_per_submission": "0.30", "increase_places": True},
    )
    assert response.status_code == 202
    body = response.json()
    assert body["payment_per_participant"] == {"amount": 30, "currency": "GBP"}
    assert body["screened_out_submission_ids"] == [a, b]
    assert sb.submissions[a].status == "SCREENED OUT"
    assert sb.submissions[c].status == "ACTIVE"
    assert [e.amount for e in sb.ledger.bonuses_for(a)] == [30]
    assert sb.ledger.bonuses_for(a)[0].kind == "screen_out_bonus"
    assert api.get(f"/api/v1/submissions/{a}/").json()["bonus_payments"] == [30]
    assert sb.studies[sid].total_available_places == places + 2
    assert sum(m.reason == "screen_out" for m in sb.messages) == 2


def test_screen_out_skips_the_already_screened(api: httpx.Client, sb: Sandbox) -> None:
    sid, (a, b, _) = _screening(api, sb)
    body = {"submission_ids": [a], "bonus_per_submission": 0.5}
    api.post(f"/api/v1/studies/{sid}/screen-out-submissions/", json=body)
    retry = api.post(
        f"/api/v1/studies/{sid}/screen-out-submissions/",
        json={"submission_ids": [a, b], "bonus_per_submission": 0.5},
    )
    assert retry.status_code == 202
    assert retry.json()["skipped_submission_ids"] == [a]
    assert retry.json()["screened_out_submission_ids"] == [b]
    assert len(sb.ledger.bonuses_for(a)) == 1  # never paid twice
    assert len(sb.ledger.bonuses_for(b)) == 1


def test_screen_out_refusals(api: httpx.Client, sb: Sandbox) -> None:
    plain = published_study(api)["id"]
    [sub] = sb.participants.join(plain, 1, outcome="manual")
    not_custom = api.post(
        f"/api/v1/studies/{plain}/screen-out-submissions/",
        json={"submission_ids": [sub], "bonus_per_submission": "1.00"},
    )
    assert not_custom.status_code == 400
    assert "custom screening" in error_of(not_custom)["detail"]

    sid, (a, _, _) = _screening(api, sb)
    ledger = len(sb.ledger)
    too_low = api.post(
        f"/api/v1/studies/{sid}/screen-out-submissions/",
        json={"submission_ids": [a], "bonus_per_submission": "0.24"},
    )
    assert too_low.status_code == 400
    assert "0.25" in str(error_of(too_low)["detail"])
    for bad in ({"submission_ids": [a]}, {"submission_ids": [sub], "bonus_per_submission": 1}):
        response = api.post(f"/api/v1/studies/{sid}/screen-out-submissions/", json=bad)
        assert response.status_code == 400
    assert sb.submissions[a].status == "ACTIVE"
    assert len(sb.ledger) == ledger


def test_screen_out_amount_is_decimal_major_units(api: httpx.Client, sb: Sandbox) -> None:
    sid, (a, _, _) = _screening(api, sb)
    response = api.post(
        f"/api/v1/studies/{sid}/screen-out-submissions/",
        json={"submission_ids": [a], "bonus_per_submission": "0.333"},
    )
    assert response.status_code == 400
    assert "bonus_per_submission" in error_of(response)["detail"]
