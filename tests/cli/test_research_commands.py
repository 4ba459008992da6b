"""The 2026 research features from the shell: test studies, demographic exports, scheduled
publishing and credential pools, run as the installed ``prolific`` script against
``python -m prolific.sandbox``."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path

from prolific.sandbox import Sandbox, example_study

from .conftest import Server, Shell


def _draft(prolific: Shell, home: Path, name: str, **fields: object) -> str:
    (home / f"{name}.json").write_text(json.dumps(example_study(name=name, **fields)))
    made = prolific("studies", "create", "--file", f"{name}.json", "-o", "json")
    assert made.code == 0, made.err
    return str(made.json()["id"])


def _live(prolific: Shell, server: Server, home: Path, name: str, **fields: object) -> str:
    study_id = _draft(prolific, home, name, **fields)
    assert prolific("studies", "publish", study_id).code == 0
    server.advance(10)  # the PUBLISHING phase
    return study_id


def _status(prolific: Shell, study_id: str) -> str:
    return str(prolific("studies", "get", study_id, "-o", "json").json()["status"])


def test_studies_test_prints_the_url_and_asks_for_an_email_once(
    prolific: Shell, home: Path
) -> None:
    draft = _draft(prolific, home, "Tried first")
    first = prolific("studies", "test", draft)
    assert first.code == 1  # no test participant yet: Prolific refused, and what to do
    assert "--email ADDRESS" in first.err and first.err.count("\n") == 1

    made = prolific("studies", "test", draft, "--email", "me+test@example.test", "-o", "json")
    assert made.code == 0, made.err
    shown = made.json()
    assert shown["study_id"] == draft
    assert shown["study_url"].endswith(shown["test_study_id"])
    assert shown["test_participant"] == "me+test@example.test"
    again = prolific("studies", "test", draft, "--fields", "study_url")  # the same participant
    assert again.code == 0 and again.out.startswith("study_url\thttps://")


def test_studies_test_on_a_workspace_without_the_feature(prolific: Shell, home: Path) -> None:
    sandbox = Sandbox(seed=5)
    sandbox.set_feature("test_studies", enabled=False)
    draft = sandbox.client().studies.create(**example_study(name="No feature"))
    with sandbox.serve() as url:
        env = {"PROLIFIC_URL": url, "PROLIFIC_TOKEN": sandbox.token}
        refused = prolific("studies", "test", draft.id, env=env)
    assert refused.code == 1
    assert "not enabled for this workspace" in refused.err
    assert "Ask Prolific support" in refused.err and refused.err.count("\n") == 1


def test_export_demographics_writes_prolifics_csv_and_guards_the_quota(
    prolific: Shell, server: Server, home: Path
) -> None:
    study_id = _live(prolific, server, home, "Exported")
    server.join(study_id, 2, complete_after=30)
    server.advance(60)

    plain = prolific("studies", "export-demographics", study_id)
    assert plain.code == 0, plain.err
    rows = list(csv.DictReader(io.StringIO(plain.out)))
    assert len(rows) == 2 and rows[0]["Submission id"] and rows[0]["Age"]

    by_age = prolific("studies", "export-demographics", study_id, "--filter", "age", "-o", "json")
    assert by_age.code == 0, by_age.err
    assert [set(r) >= {"Participant id", "age"} for r in by_age.json()] == [True, True]

    saved = home / "export.csv"
    to_file = prolific("studies", "export-demographics", study_id, "--filter", "sex",
                       "--out", str(saved))  # fmt: skip
    assert to_file.code == 0, to_file.err
    assert to_file.out == "" and "Wrote 2 row(s)" in to_file.err
    assert saved.read_text().splitlines()[0].endswith(",sex")

    hands = json.dumps({"filter_id": "handedness", "selected_values": ["0"]})
    third = prolific("studies", "export-demographics", study_id, "--filter", hands)
    assert third.code == 2  # refused from the export history, before the export is asked
    assert "2 demographic-export filter combinations" in third.err
    assert "--no-quota-check" in third.err
    unknown = prolific("studies", "export-demographics", study_id, "--filter", "shoe-size")
    assert unknown.code == 2 and "prolific filters list" in unknown.err


def test_schedule_publish_and_cancel_it(prolific: Shell, server: Server, home: Path) -> None:
    draft = _draft(prolific, home, "Scheduled")
    naive = prolific("studies", "schedule-publish", draft, "--at", "2030-01-01T09:00")
    assert naive.code == 2 and "no timezone" in naive.err
    garbled = prolific("studies", "schedule-publish", draft, "--at", "next tuesday")
    assert garbled.code == 2 and "ISO 8601" in garbled.err

    now = datetime.fromisoformat(server.http.get("/_sandbox/").json()["now"])
    when = (now + timedelta(hours=1)).isoformat().replace("+00:00", "Z")
    scheduled = prolific("studies", "schedule-publish", draft, "--at", when, "-o", "json")
    assert scheduled.code == 0, scheduled.err
    assert scheduled.json()["status"] == "SCHEDULED"
    cancelled = prolific("studies", "cancel-scheduled-publish", draft, "-o", "json")
    assert cancelled.json()["status"] == "UNPUBLISHED"

    assert prolific("studies", "schedule-publish", draft, "--at", when).code == 0
    server.advance(3600 + 60)  # the hour, then the PUBLISHING phase
    assert _status(prolific, draft) == "ACTIVE"


def test_credential_pools_from_a_csv_to_the_usage_report(
    prolific: Shell, server: Server, home: Path
) -> None:
    # A header line is dropped, not sent as a login, and not counted.
    (home / "logins.csv").write_text("username,password\nada,pw-ada-9d2f\nbob,pw-bob-71ce\n")
    missing = prolific("credential-pools", "create", "--csv", "nowhere.csv")
    assert missing.code == 2 and "nowhere.csv does not exist" in missing.err
    made = prolific("credential-pools", "create", "--csv", "logins.csv", "-o", "json")
    assert made.code == 0, made.err
    pool = made.json()["credential_pool_id"]
    assert made.json()["added"] == 2  # the header line is not a login

    draft = _draft(prolific, home, "With logins", total_available_places=3)
    attached = prolific("credential-pools", "attach", draft, pool, "-o", "json")
    assert attached.json() == {"study_id": draft, "credential_pool_id": pool,
                               "has_credentials": True}  # fmt: skip
    assert prolific("credential-pools", "attach", draft).code == 2  # neither a pool nor --detach
    assert prolific("studies", "publish", draft).code == 0
    server.advance(10)
    server.join(draft, 2, complete_after=999)
    assert _status(prolific, draft) == "PAUSED"  # the pool ran dry

    listed = prolific("credential-pools", "list", "-o", "json")
    pools = [(p["credential_pool_id"], p["available_credentials"]) for p in listed.json()]
    assert (pool, 0) in pools
    repeat = prolific("credential-pools", "append", pool, "--csv", "-", stdin="ada,pw-again\n")
    assert repeat.code == 1  # a username already in the pool: nothing added
    more = prolific("credential-pools", "append", pool, "--csv", "-", stdin="cy,pw-cy-0b44\n")
    assert more.code == 0, more.err
    assert prolific("studies", "start", draft).code == 0
    assert _status(prolific, draft) == "ACTIVE"

    report = prolific("credential-pools", "report", draft, "-o", "csv")
    uses = {r["username"]: r["used"] for r in csv.DictReader(io.StringIO(report.out))}
    assert uses == {"ada": "true", "bob": "true", "cy": "false"}

    bad = prolific("credential-pools", "append", pool, "--csv", "-", stdin="dee\n")
    assert bad.code == 2 and "line 1 has 1 field(s)" in bad.err
    printed = "".join(r.out + r.err for r in (made, attached, listed, repeat, more, report, bad))
    assert "pw-" not in printed  # no password is ever printed
