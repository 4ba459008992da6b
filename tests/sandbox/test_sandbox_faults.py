"""Fault injection: reproducible from the seed; a lost response really performs the action."""

from __future__ import annotations

import httpx
import pytest

from prolific.sandbox import SANDBOX_BASE_URL, Sandbox

from .conftest import create_study, published_study, study_body


def _client(sb: Sandbox) -> httpx.Client:
    return httpx.Client(
        base_url=SANDBOX_BASE_URL,
        transport=sb.transport(),
        headers={"Authorization": f"Token {sb.token}"},
    )


def _outcomes(seed: int) -> list[str]:
    sb = Sandbox(seed=seed)
    sb.faults.add("*", "5xx", rate=0.3)
    sb.faults.add("get_me", "429", rate=0.2, retry_after=7)
    sb.faults.add("GET /api/v1/users/*", "reset", rate=0.1)
    results = []
    with _client(sb) as client:
        for _ in range(60):
            try:
                results.append(str(client.get("/api/v1/users/me/").status_code))
            except httpx.TransportError as exc:
                results.append(type(exc).__name__)
    return results


def test_same_seed_same_outcomes() -> None:
    first = _outcomes(7)
    assert first == _outcomes(7)
    assert first != _outcomes(8)
    assert {"200", "429", "RemoteProtocolError"} <= set(first)
    assert {"500", "503"} & set(first)


def test_429_carries_retry_after(sb: Sandbox) -> None:
    sb.faults.once("get_me", "429", retry_after=7)
    with _client(sb) as client:
        response = client.get("/api/v1/users/me/")
        assert response.status_code == 429
        assert response.headers["Retry-After"] == "7"
        assert response.json()["error"]["status"] == 429
        assert client.get("/api/v1/users/me/").status_code == 200


def test_reset_happens_before_acting(sb: Sandbox) -> None:
    sb.faults.once("create_study", "reset")
    with _client(sb) as client, pytest.raises(httpx.RemoteProtocolError):
        client.post("/api/v1/studies/", json=study_body())
    assert not sb.studies
    assert sb.requests[-1].fault == "reset"


def test_5xx_does_not_act(sb: Sandbox) -> None:
    fault = sb.faults.once("POST /api/v1/studies/", "5xx", status=503)
    with _client(sb) as client:
        assert client.post("/api/v1/studies", json=study_body()).status_code == 503
    assert not sb.studies
    assert fault.fired == 1


def test_lost_response_performs_the_action(sb: Sandbox) -> None:
    sb.faults.once("pay_bonus_payments", "lost_response")
    with _client(sb) as client:
        sid = published_study(client)["id"]
        [sub] = sb.participants.join(sid, 1, complete_after=1)
        sb.advance(1)
        batch = client.post(
            "/api/v1/submissions/bonus-payments/",
            json={"study_id": sid, "csv_bonuses": f"{sub},1.00"},
        ).json()
        with pytest.raises(httpx.RemoteProtocolError):
            client.post(f"/api/v1/bulk-bonus-payments/{batch['id']}/pay/")
    assert [e.amount for e in sb.ledger.bonuses_for(sub)] == [100]
    assert sb.requests[-1].status == 202
    assert sb.requests[-1].fault == "lost_response"


def test_timeout_fault_raises_read_timeout_after_acting(sb: Sandbox) -> None:
    sb.faults.once("create_study", "timeout")
    with _client(sb) as client, pytest.raises(httpx.ReadTimeout):
        create_study(client)
    assert len(sb.studies) == 1


def test_latency_advances_the_sandbox_clock(sb: Sandbox) -> None:
    sb.faults.add("/api/v1/users/me/", "latency", latency=2.5)
    before = sb.clock.now()
    with _client(sb) as client:
        assert client.get("/api/v1/users/me").status_code == 200
    assert sb.clock.now() == before + 2.5


def test_times_limits_a_fault_and_remove_stops_it(sb: Sandbox) -> None:
    fault = sb.faults.add("get_me", "5xx", times=2)
    other = sb.faults.add("list_studies", "5xx")
    with _client(sb) as client:
        codes = [client.get("/api/v1/users/me/").status_code for _ in range(3)]
        assert codes[0] in (500, 503) and codes[1] in (500, 503) and codes[2] == 200
        other.remove()
        assert client.get("/api/v1/studies/").status_code == 200
    assert fault.fired == 2


async def test_async_transport_applies_faults(sb: Sandbox) -> None:
    sb.faults.once("get_me", "reset")
    async with httpx.AsyncClient(
        base_url=SANDBOX_BASE_URL,
        transport=sb.transport(),
        headers={"Authorization": f"Token {sb.token}"},
    ) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/api/v1/users/me/")
        assert (await client.get("/api/v1/users/me/")).status_code == 200


def test_bad_fault_arguments(sb: Sandbox) -> None:
    with pytest.raises(ValueError):
        sb.faults.add("*", "explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        sb.faults.add("*", "5xx", rate=2)
    with pytest.raises(ValueError):
        sb.faults.add("*", "latency")
