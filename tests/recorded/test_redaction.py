"""No committed cassette holds a credential, and the scan that says so can tell.

``scan_cassette`` flags token-shaped values (the sandbox token pattern, ``Token``/``Bearer``
credentials, JWTs, runs of 32+ hex characters or of 32+ mixed-case base64 characters; 24-hex IDs
are fine), credential headers that are not their placeholder, and secret fields in JSON bodies
(``secret``, ``token``, a webhook secret's ``value``, an invitation link ...).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from vcr.request import Request as VcrRequest
from vcr.serializers import yamlserializer

from . import harness

SANDBOX_TOKEN = "sandbox-" + "0123456789abcdef" * 2 + "01234567"
HEX_SECRET = "9f" * 24
B64_SECRET = "q8ZxY3RfLm9K2vWbT5sN1aHcE7uJ0pDgR4iVw6yQkXo="


def test_committed_cassettes_hold_no_token_or_secret() -> None:
    cassettes = harness.all_cassettes()
    assert len(cassettes) >= 19
    findings = [str(f) for path in cassettes for f in harness.scan_cassette(path)]
    assert not findings, "\n".join(findings)


# -- the scan catches what is planted --------------------------------------------------------------


def _load(name: str) -> dict[str, Any]:
    text = harness.cassette_path(name).read_text(encoding="utf-8")
    data: dict[str, Any] = yamlserializer.deserialize(text)
    return data


def _interaction(data: dict[str, Any], method: str, path_end: str) -> dict[str, Any]:
    for interaction in data["interactions"]:
        request = interaction["request"]
        if request["method"] == method and request["uri"].split("?")[0].endswith(path_end):
            return interaction  # type: ignore[no-any-return]
    raise LookupError(f"{method} {path_end}")


def _set_json(holder: dict[str, Any], key: str, change: Callable[[Any], None]) -> None:
    data = json.loads(holder[key])
    change(data)
    holder[key] = json.dumps(data)


def plant_authorization(data: dict[str, Any]) -> None:
    data["interactions"][0]["request"]["headers"]["authorization"] = [f"Token {SANDBOX_TOKEN}"]


def plant_hook_secret_header(data: dict[str, Any]) -> None:
    created = _interaction(data, "POST", "/hooks/subscriptions/")
    created["response"]["headers"]["x-hook-secret"] = ["short-but-secret"]


def plant_confirm_secret(data: dict[str, Any]) -> None:
    [confirm] = [i for i in data["interactions"] if '"secret"' in (i["request"]["body"] or "")]
    confirm["request"]["body"] = json.dumps({"secret": "hunter2"})


def plant_secret_value(data: dict[str, Any]) -> None:
    response = _interaction(data, "POST", "/hooks/secrets/")["response"]["body"]
    _set_json(response, "string", lambda d: d.update(value="not-long-but-real"))


def plant_cookie(data: dict[str, Any]) -> None:
    data["interactions"][1]["response"]["headers"]["set-cookie"] = ["sessionid=abc; HttpOnly"]


def plant_hex_in_body(data: dict[str, Any]) -> None:
    response = data["interactions"][0]["response"]["body"]
    _set_json(response, "string", lambda d: d.update(note=f"key {HEX_SECRET}"))


def plant_base64_in_uri(data: dict[str, Any]) -> None:
    request = data["interactions"][0]["request"]
    request["uri"] = request["uri"] + f"?signature={B64_SECRET}"


def plant_sandbox_token_in_text(data: dict[str, Any]) -> None:
    response = data["interactions"][-1]["response"]["body"]
    response["string"] = (response["string"] or "") + f" {SANDBOX_TOKEN}"


def plant_bearer(data: dict[str, Any]) -> None:
    data["interactions"][2]["request"]["headers"]["x-forwarded-auth"] = ["Bearer abc.def"]


PLANTS = {
    "authorization header": (plant_authorization, "credential"),
    "X-Hook-Secret header": (plant_hook_secret_header, "credential"),
    "confirm body secret": (plant_confirm_secret, "secret field"),
    "webhook secret value": (plant_secret_value, "webhook secret value"),
    "cookie": (plant_cookie, "credential"),
    "hex run in a body": (plant_hex_in_body, "hex run of 32+"),
    "base64 run in a URI": (plant_base64_in_uri, "base64 run of 32+"),
    "sandbox token in text": (plant_sandbox_token_in_text, "sandbox token"),
    "bearer credential": (plant_bearer, "Bearer credential"),
}


@pytest.mark.parametrize("plant", PLANTS, ids=list(PLANTS))
def test_scan_flags_a_planted_secret(plant: str, tmp_path: Path) -> None:
    data = _load("hooks")
    clean = tmp_path / "clean.yaml"
    clean.write_text(yamlserializer.serialize(data), encoding="utf-8")
    assert harness.scan_cassette(clean) == []

    change, rule = PLANTS[plant]
    change(data)
    planted = tmp_path / "planted.yaml"
    planted.write_text(yamlserializer.serialize(data), encoding="utf-8")
    findings = harness.scan_cassette(planted)
    assert rule in {f.rule for f in findings}, findings
    # What is reported is masked: the scan never prints the secret it found.
    for secret in (SANDBOX_TOKEN, HEX_SECRET, B64_SECRET, "hunter2", "not-long-but-real"):
        assert all(secret not in str(f) for f in findings)


def test_ids_dates_and_placeholders_are_not_token_shaped(tmp_path: Path) -> None:
    text = (
        "GET /api/v1/studies/0814f23141f417014d9294ca/submissions/?page_size=200 "
        "2026-01-05T09:00:00Z Token REDACTED REDACTED-HOOK-SECRET prolific-python/0.1.0 "
        "[prolific-python:0123456789abcdef] https://example.test/task?pid={{%PROLIFIC_PID%}}"
    )
    assert harness.redact_text(text) == text
    for pattern in harness.TOKEN_PATTERNS.values():
        assert not pattern.search(text)


# -- the record-time hooks ----------------------------------------------------------------------


def _request(body: dict[str, Any], **headers: str) -> VcrRequest:
    return VcrRequest(
        "POST",
        "http://127.0.0.1:43210/api/v1/hooks/subscriptions/0814f23141f417014d9294ca/",
        json.dumps(body).encode(),
        {"Content-Type": "application/json", "Host": "127.0.0.1:43210", **headers},
    )


def test_request_hook_redacts_credentials_and_fixes_the_base_url() -> None:
    normaliser = harness.Normaliser(actual_base="http://127.0.0.1:43210")
    request = _request(
        {"secret": HEX_SECRET, "note": f"use {SANDBOX_TOKEN}"},
        Authorization=f"Token {SANDBOX_TOKEN}",
        Cookie="sessionid=abc",
        **{"User-Agent": "prolific-python/9.9 python-httpx/9.9", "Accept-Encoding": "br"},
    )
    out = normaliser.request(request)
    assert out.uri.startswith(harness.REPLAY_BASE_URL + "/api/v1/hooks/")
    assert out.headers["Authorization"] == harness.AUTH_PLACEHOLDER
    assert out.headers["Cookie"] == harness.COOKIE_PLACEHOLDER
    assert out.headers["Host"] == "127.0.0.1:8765"
    assert out.headers["User-Agent"] == harness.USER_AGENT_PLACEHOLDER
    assert "Accept-Encoding" not in out.headers
    assert json.loads(out.body) == {
        "secret": harness.HOOK_SECRET_PLACEHOLDER,
        "note": f"use {harness.TOKEN_PLACEHOLDER}",
    }
    # The real request is left alone, and running the hook again changes nothing (vcrpy runs it
    # on load and on every match).
    assert request.headers["Authorization"] == f"Token {SANDBOX_TOKEN}"
    again = normaliser.request(out)
    assert (again.uri, again.body, dict(again.headers)) == (out.uri, out.body, dict(out.headers))


def test_response_hook_redacts_secrets_and_volatile_headers() -> None:
    normaliser = harness.Normaliser(actual_base="http://127.0.0.1:43210")
    body = {
        "results": [{"id": "957ac208dcceaa568e73e922", "value": HEX_SECRET, "workspace_id": "w"}],
        "_links": {"next": {"href": "http://127.0.0.1:43210/api/v1/hooks/secrets/?page=2"}},
    }
    encoded = json.dumps(body).encode()
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "Content-Type": ["application/json"],
            "Content-Length": [str(len(encoded))],
            "Date": ["Tue, 06 Jan 2026 10:11:12 GMT"],
            "Server": ["ProlificSandbox/1 Python/3.11.7"],
            "X-Hook-Secret": [HEX_SECRET],
            "Set-Cookie": ["a=1", "b=2"],
        },
        "body": {"string": encoded},
    }
    out = normaliser.response(response)
    data = json.loads(out["body"]["string"])
    assert data["results"][0]["value"] == harness.SECRET_PLACEHOLDER
    assert data["results"][0]["id"] == "957ac208dcceaa568e73e922"
    assert data["_links"]["next"]["href"].startswith(harness.REPLAY_BASE_URL)
    headers = out["headers"]
    assert headers["Content-Length"] == [str(len(out["body"]["string"]))]
    assert headers["Date"] == [harness.DATE_PLACEHOLDER]
    assert headers["Server"] == [harness.SERVER_PLACEHOLDER]
    assert headers["X-Hook-Secret"] == [harness.HOOK_SECRET_PLACEHOLDER]
    assert headers["Set-Cookie"] == [harness.COOKIE_PLACEHOLDER] * 2
    assert normaliser.response(out) == out


def test_live_recordings_are_pseudonymised() -> None:
    normaliser = harness.Normaliser(
        actual_base="https://api.prolific.com",
        fixed_base="https://api.prolific.com",
        pseudonymise=True,
    )
    real_a, real_b = "65f0c0ffee0000000000abcd", "65f0c0ffee0000000000dcba"
    out = normaliser.body(
        json.dumps(
            {
                "id": real_a,
                "owner": real_b,
                "email": "ada@lab.example.org",
                "date_created": "2025-03-04T05:06:07.123Z",
                "again": real_a,
            }
        ).encode(),
        "application/json",
    )
    assert out is not None
    data = json.loads(out)
    assert data == {
        "id": "000000000000000000000001",
        "owner": "000000000000000000000002",
        "email": harness.EMAIL_PLACEHOLDER,
        "date_created": "2026-01-05T09:00:00.123Z",
        "again": "000000000000000000000001",
    }
    assert (
        normaliser.text(f"/api/v1/studies/{real_b}/") == "/api/v1/studies/000000000000000000000002/"
    )
