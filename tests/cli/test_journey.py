"""A researcher's whole study from the shell, against ``python -m prolific.sandbox``.

Money is judged from the sandbox's own ledger (``/_sandbox/ledger/``), not from what the command
line says about itself.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from prolific.sandbox import example_study

from .conftest import Server, Shell

STUDY_YAML = """\
# A study file as a researcher writes it (the Go CLI's templates look the same).
name: Reaction times
description: A short task about reaction times.
external_study_url: https://example.test/task?pid={{%PROLIFIC_PID%}}
prolific_id_option: url_parameters
completion_codes:
  - code: DONE1
    code_type: COMPLETED
    actions:
      - action: MANUALLY_REVIEW
estimated_completion_time: 5
reward: 100
total_available_places: 3
"""


@pytest.fixture(scope="module")
def study_id(prolific: Shell, server: Server, home: Path) -> str:
    (home / "study.yaml").write_text(STUDY_YAML)
    created = prolific("studies", "create", "--file", "study.yaml", "--publish",
                       "--project", "Pilots", "-o", "json")  # fmt: skip
    assert created.code == 0, created.err
    study = created.json()
    assert study["status"] == "PUBLISHING"  # as live, for a few seconds
    assert study["name"] == "Reaction times"
    server.advance(10)
    shown = prolific("studies", "get", study["id"], "-o", "json")
    assert shown.json()["status"] == "ACTIVE"
    return str(study["id"])


def test_a_study_from_a_file_to_paid_bonuses(
    prolific: Shell, server: Server, home: Path, study_id: str
) -> None:
    server.join(study_id, 3, complete_after=60)
    server.advance(120)

    listed = prolific("submissions", "list", "--study", study_id, "-o", "csv",
                      "--fields", "participant_id,status")  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(listed.out)))
    assert [row["status"] for row in rows] == ["AWAITING REVIEW"] * 3

    approved = prolific("submissions", "approve", "--study", study_id, "--all", "-o", "json")
    assert approved.code == 0, approved.err
    assert len(approved.json()["approved"]) == 3
    assert approved.err == ""  # no progress bar on a pipe

    participants = sorted(row["participant_id"] for row in rows)
    lines = ["participant_id,amount"] + [f"{p},1.25" for p in participants]
    (home / "bonuses.csv").write_text("\n".join(lines) + "\n")
    pay = ["bonuses", "pay", "--study", study_id, "--csv", "bonuses.csv", "--key", "round-1"]

    dry = prolific(*pay, "--dry-run", "-o", "json")
    assert dry.code == 0, dry.err
    assert dry.json()["paid"] is False
    assert dry.json()["amount_minor"] == 375
    assert server.ledger("bonus") == []  # priced, nothing paid

    first = prolific(*pay, "-o", "json")
    assert first.code == 0, first.err
    assert first.json()["already_paid"] is False
    assert first.json()["amounts"] == {p: "1.25" for p in participants}  # exact, not floats
    again = prolific(*pay, "-o", "json")
    assert again.code == 0, again.err
    assert again.json()["already_paid"] is True

    paid = server.ledger("bonus")
    assert sorted(e["participant_id"] for e in paid) == participants  # each once
    assert {e["amount"] for e in paid} == {125}

    summary = prolific("studies", "summary", study_id)
    assert "bonuses paid: 5.25 GBP" in summary.out  # 3.75 plus fees and VAT
    assert "APPROVED 3" in summary.out


def test_every_output_format_of_a_list(prolific: Shell, study_id: str) -> None:
    done = ("studies", "list", "--status", "COMPLETED")  # the study above, whatever else exists
    as_json = prolific(*done, "-o", "json").json()
    assert [s["id"] for s in as_json] == [study_id]
    assert {"total_cost", "study_type", "reward"} <= set(as_json[0])  # whole objects

    lines = prolific("-o", "jsonl", *done, "--fields", "id,status").out.splitlines()
    assert [json.loads(line) for line in lines] == [{"id": study_id, "status": "COMPLETED"}]

    table = prolific(*done).out.splitlines()
    assert table[0].split("\t")[:3] == ["id", "name", "status"]
    assert table[1].split("\t")[:3] == [study_id, "Reaction times", "COMPLETED"]
    assert len(table) == 2

    assert prolific("studies", "list", "--status", "PAUSED", "-o", "json").json() == []

    as_csv = prolific(*done, "-o", "csv", "--fields", "id,reward").out
    assert list(csv.reader(io.StringIO(as_csv))) == [["id", "reward"], [study_id, "100"]]


def test_every_output_format_of_one_object(prolific: Shell, study_id: str) -> None:
    fields = ("--fields", "id,status,reward")
    assert prolific("studies", "get", study_id, "-o", "json", *fields).json() == {
        "id": study_id,
        "status": "COMPLETED",
        "reward": 100,
    }
    assert prolific("studies", "get", study_id, "-o", "jsonl", *fields).out.count("\n") == 1
    rows = list(csv.reader(io.StringIO(prolific("studies", "get", study_id, "-o", "csv",
                                                *fields).out)))  # fmt: skip
    assert rows == [["id", "status", "reward"], [study_id, "COMPLETED", "100"]]
    plain = prolific("studies", "get", study_id, *fields).out
    assert plain == f"id\t{study_id}\nstatus\tCOMPLETED\nreward\t100\n"


def test_workspace_from_the_config_file(prolific: Shell, home: Path) -> None:
    config = home / ".config" / "prolific" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('workspace = "My workspace"\n')
    try:
        listed = prolific("projects", "list", "-o", "json", "--fields", "title")
        wrong = prolific("projects", "list", "--workspace", "My wrokspace")
    finally:
        config.unlink()
    assert {"title": "Pilots"} in listed.json()
    assert wrong.code == 1
    assert "did you mean 'My workspace'" in wrong.err


def test_a_study_file_with_a_typo_is_refused_before_sending(
    prolific: Shell, server: Server
) -> None:
    body = example_study()
    body["total_places"] = body.pop("total_available_places")
    before = len(server.http.get("/api/v1/studies/").json()["results"])
    refused = prolific("studies", "create", "--file", "-", stdin=json.dumps(body))
    assert refused.code == 2
    assert "total_places (did you mean total_available_places?)" in refused.err
    assert "--allow-unknown" in refused.err
    assert refused.err.count("\n") == 1  # one line, no traceback
    assert len(server.http.get("/api/v1/studies/").json()["results"]) == before


def test_unknown_fields_pass_when_allowed_and_a_draft_can_be_deleted(
    prolific: Shell, server: Server
) -> None:
    body = {**example_study(name="Extra"), "lab_notes": "goes out as extra_body"}
    draft = prolific("studies", "create", "--file", "-", "--allow-unknown", "-o", "json",
                     stdin=json.dumps(body))  # fmt: skip
    assert draft.code == 0, draft.err
    created = draft.json()
    assert created["status"] == "UNPUBLISHED"
    requests = server.http.get("/api/v1/studies/").json()["results"]
    assert created["id"] in {s["id"] for s in requests}

    deleted = prolific("studies", "delete", created["id"], "-o", "json")
    assert deleted.json() == {"id": created["id"], "deleted": True}
    assert server.http.get(f"/api/v1/studies/{created['id']}/").status_code == 404


def test_json_of_a_long_list_holds_every_page(prolific: Shell, server: Server) -> None:
    body = example_study(name="Crowd", total_available_places=230)
    study = server.http.post("/api/v1/studies/", json=body).json()["id"]
    published = server.http.post(f"/api/v1/studies/{study}/transition/", json={"action": "PUBLISH"})
    assert published.status_code == 200, published.text
    server.advance(10)  # the PUBLISHING phase
    joined = set(server.join(study, 230, complete_after=60))

    listed = prolific("submissions", "list", "--study", study, "-o", "json", "--fields", "id")
    assert listed.code == 0, listed.err
    ids = [item["id"] for item in listed.json()]
    assert len(ids) == 230 > 200  # more than Prolific's largest page
    assert set(ids) == joined
