"""``python -m prolific.sandbox``: loopback by default; never the seed's token off loopback."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from prolific.sandbox import SandboxSettings
from prolific.sandbox import __main__ as cli
from prolific.sandbox._core import derive_token


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Run main() without binding a socket or blocking: records what it would serve."""
    calls: list[dict[str, Any]] = []

    @contextmanager
    def fake_serve(sandbox: Any, **options: Any) -> Iterator[str]:
        calls.append({"token": sandbox.token, "settings": sandbox.state.settings, **options})
        yield f"http://{options['host']}:8765"

    monkeypatch.setattr(cli, "serve", fake_serve)
    monkeypatch.setattr(cli, "wait_forever", lambda: None)
    return calls


def test_loopback_serves_the_seed_token_without_a_warning(
    served: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--seed", "3"]) == 0
    out, err = capsys.readouterr()
    assert served[0]["host"] == "127.0.0.1"
    assert served[0]["token"] == derive_token(3)
    assert f"PROLIFIC_TOKEN={derive_token(3)}" in out
    assert "warning" not in err


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", ""])
def test_off_loopback_a_random_token_replaces_the_seed_token_with_a_warning(
    served: list[dict[str, Any]], capsys: pytest.CaptureFixture[str], host: str
) -> None:
    # The seed's token is the same on every run: anyone on the network could have used it.
    cli.main(["--host", host, "--seed", "3"])
    cli.main(["--host", host, "--seed", "3"])
    out, err = capsys.readouterr()
    first, second = served[0]["token"], served[1]["token"]
    assert derive_token(3) not in (first, second)
    assert first != second
    assert f"PROLIFIC_TOKEN={first}" in out
    assert "warning: serving on" in err
    assert "other machines can reach this sandbox" in err


def test_off_loopback_an_explicit_token_is_used_and_still_warned_about(
    served: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["--host", "0.0.0.0", "--token", "chosen-token-123"])
    _, err = capsys.readouterr()
    assert served[0]["token"] == "chosen-token-123"
    assert "the --token you gave" in err


def test_rule_flags_become_the_served_sandboxs_settings(served: list[dict[str, Any]]) -> None:
    cli.main([])
    assert served[0]["settings"] == SandboxSettings()  # no flag leaves every default alone
    cli.main(
        ["--review-window", "never", "--reserved-hold", "2m", "--return-request-delay", "90",
         "--bonus-payment-delay", "1.5h", "--bulk-approve-delay", "1d", "--publish-delay", "0",
         "--webhook-retry-delays", "1m,5m", "--no-webhook-retry-jitter",
         "--minimum-hourly-reward", "usd=900", "--account-type", "corporate",
         "--stop-with-unreviewed", "awaiting-review", "--delete-study-status", "204",
         "--no-submissions-require-study", "--demographic-export-shape", "download_url",
         "--autopilot"]
    )  # fmt: skip
    assert served[1]["settings"] == SandboxSettings(
        review_window=None,
        reserved_hold=120.0,
        return_request_delay=90.0,
        bonus_payment_delay=5400.0,
        bulk_approve_delay=86400.0,
        publish_delay=0.0,
        webhook_retry_delays=(60.0, 300.0),
        webhook_retry_jitter=False,
        minimum_hourly_reward={"GBP": 600, "USD": 900},  # the other currency keeps its floor
        account_type="corporate",
        stop_with_unreviewed="AWAITING REVIEW",
        delete_study_status=204,
        submissions_require_study=False,
        demographic_export_shape="download_url",
        autopilot=True,
    )
