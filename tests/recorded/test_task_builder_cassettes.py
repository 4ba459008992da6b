"""The Task Builder cassettes: storage requests carry no credential, and an exported archive is
scanned inside rather than flagged for looking random."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from vcr.serializers import yamlserializer

from . import harness

TOKEN = "sandbox-" + "ab12" * 10


def _load(name: str) -> dict[str, Any]:
    text = harness.cassette_path(name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = yamlserializer.deserialize(text)
    return loaded


def test_storage_requests_carry_no_credential_while_api_calls_do() -> None:
    data = _load("wf_task_builder")
    storage = [i for i in data["interactions"] if "/_sandbox/storage/" in i["request"]["uri"]]
    api = [i for i in data["interactions"] if "/api/v1/" in i["request"]["uri"]]
    assert {i["request"]["method"] for i in storage} == {"PUT", "GET"}  # upload and download
    for interaction in storage:
        assert "authorization" not in {h.lower() for h in interaction["request"]["headers"]}
    assert all("authorization" in {h.lower() for h in i["request"]["headers"]} for i in api)


def _with_archive(tmp_path: Path, member_text: str) -> Path:
    data = _load("wf_task_builder")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("responses.json", member_text)
    [download] = [
        i
        for i in data["interactions"]
        if "/_sandbox/storage/" in i["request"]["uri"] and i["request"]["method"] == "GET"
    ]
    download["response"]["body"]["string"] = buffer.getvalue()
    path = tmp_path / "cassette.yaml"
    path.write_text(yamlserializer.serialize(data), encoding="utf-8")
    return path


def test_an_archive_is_not_flagged_but_a_token_inside_it_is(tmp_path: Path) -> None:
    clean = _with_archive(tmp_path, '{"answer": "yes"}' * 200)
    assert harness.scan_cassette(clean) == []
    planted = _with_archive(tmp_path, f'{{"note": "{TOKEN}"}}' + "x" * 2000)
    findings = harness.scan_cassette(planted)
    assert "sandbox token" in {f.rule for f in findings}
    assert all(TOKEN not in str(f) for f in findings)
