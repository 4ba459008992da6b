"""The HTTP sandbox's control endpoints and ``RemoteSandbox``, which drives them from Python."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from prolific import ServerError
from prolific.sandbox import RemoteSandbox, Sandbox, SandboxUsageError, example_study


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Sandbox, str]]:
    sandbox = Sandbox(seed=5)
    with sandbox.serve() as url:
        yield sandbox, url


@pytest.fixture
def remote(served: tuple[Sandbox, str]) -> Iterator[RemoteSandbox]:
    sandbox, url = served
    with RemoteSandbox(url, sandbox.token) as remote:
        yield remote
        remote.faults.clear()


def test_a_whole_study_run_is_driven_over_http(
    served: tuple[Sandbox, str], remote: RemoteSandbox
) -> None:
    sandbox, _ = served
    with remote.client(max_retries=0) as client:
        study = client.studies.create_and_publish(example_study(total_available_places=2))
        remote.advance(10)  # past the seeded PUBLISHING phase
        subs = remote.participants.join(study.id, 2, complete_after=[30, 60])
        assert len(subs) == 2
        remote.advance(90)
        report = client.submissions.approve_many(subs)
        assert sorted(report.approved) == sorted(subs)
    assert remote.workspace_id == sandbox.workspace_id
    assert remote.now().timestamp() == sandbox.clock.now()


def test_manual_participants_submit_when_told(remote: RemoteSandbox) -> None:
    with remote.client() as client:
        study = client.studies.create_and_publish(example_study(name="Manual"))
        remote.advance(10)
        [sub] = remote.participants.join(study.id, outcome="manual")
        assert str(client.submissions.get(sub).status) == "ACTIVE"
        remote.participants.submit(sub)
        assert str(client.submissions.get(sub).status) == "AWAITING REVIEW"


def test_top_up_and_ledger(remote: RemoteSandbox, served: tuple[Sandbox, str]) -> None:
    sandbox, _ = served
    before = sandbox.balance()
    assert remote.top_up(5_000) == before + 5_000
    assert remote.ledger()[-1]["kind"] == "top_up"


def test_faults_injected_remotely_hit_the_api_but_never_the_controls(
    remote: RemoteSandbox,
) -> None:
    fault = remote.faults.add("get_me", "5xx", status=500)
    with remote.client(max_retries=0) as client, pytest.raises(ServerError):
        client.users.me()
    remote.advance(1)  # a control call still works with a fault armed for every call
    [active] = remote.faults.active
    assert active.id == fault.id and active.fired == 1
    remote.faults.remove(fault)
    assert remote.faults.active == []
    remote.faults.once("*", "429")
    remote.advance(1)
    assert remote.faults.active[0].fired == 0


@pytest.mark.parametrize(
    ("path", "body", "unknown"),
    [
        ("participants/join/", {"study_id": "a" * 24, "count": 2}, "count"),
        ("clock/advance/", {"seconds": 1, "minutes": 2}, "minutes"),
        ("faults/", {"pattern": "*", "kind": "5xx", "probability": 0.5}, "probability"),
    ],
)
def test_an_unknown_body_field_is_a_400_naming_it(
    served: tuple[Sandbox, str], path: str, body: dict[str, object], unknown: str
) -> None:
    sandbox, url = served
    headers = {"Authorization": f"Token {sandbox.token}"}
    answer = httpx.post(f"{url}/_sandbox/{path}", json=body, headers=headers)
    assert answer.status_code == 400
    assert repr(unknown) in answer.json()["error"]["detail"]


def test_a_refused_control_call_raises_with_the_sandboxs_reason(remote: RemoteSandbox) -> None:
    with pytest.raises(SandboxUsageError, match="Study"):
        remote.participants.join("b" * 24, 1)


def test_the_token_stays_out_of_the_repr(remote: RemoteSandbox) -> None:
    assert remote.token not in repr(remote)


def test_url_and_token_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, served: tuple[Sandbox, str]
) -> None:
    sandbox, url = served
    monkeypatch.setenv("PROLIFIC_URL", url)
    monkeypatch.setenv("PROLIFIC_TOKEN", sandbox.token)
    with RemoteSandbox() as remote:
        assert remote.user_id == sandbox.user_id
    monkeypatch.delenv("PROLIFIC_URL")
    with pytest.raises(SandboxUsageError, match=r"python -m prolific\.sandbox"):
        RemoteSandbox()
