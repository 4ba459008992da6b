"""Every other command once, run in this process (``prolific.cli.main``) against the module's
sandbox server: the subprocess tests cover the script itself, these cover each verb cheaply."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from prolific.cli import main
from prolific.sandbox import example_study

from .conftest import Server, sandbox_server

Run = Callable[..., Any]


def _runner(
    server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Run:
    """``prolific -o json ...`` in this process against `server`: the parsed output (or stderr
    when there is none), after checking the exit code."""
    for name in ("PROLIFIC_API_KEY", "PROLIFIC_CONFIG", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PROLIFIC_URL", server.url)
    monkeypatch.setenv("PROLIFIC_TOKEN", server.token)
    monkeypatch.setenv("PROLIFIC_LEDGER", str(tmp_path / "ledger.sqlite3"))

    def run(*args: str, code: int = 0) -> Any:
        capsys.readouterr()
        got = main(["-o", "json", *args])
        out, err = capsys.readouterr()
        assert got == code, err
        return json.loads(out) if out else err

    return run


@pytest.fixture
def run(
    server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Run:
    return _runner(server, tmp_path, monkeypatch, capsys)


def test_workspaces_and_projects(run: Run) -> None:
    assert run("workspaces", "get", "My workspace")["title"] == "My workspace"
    assert "available_balance" in run("workspaces", "balance")
    lab = run("workspaces", "create", "--title", "Second lab", "--description", "for tests")
    assert run("workspaces", "balance", lab["id"])["available_balance"] == 0
    assert {w["title"] for w in run("workspaces", "list")} >= {"My workspace", "Second lab"}
    # With two workspaces, a command that needs one says so instead of guessing.
    assert "--workspace" in run("projects", "list", code=2)
    project = run("projects", "create", "--title", "Pilots 2", "--workspace", "Second lab")
    assert run("projects", "get", "Pilots 2", "--workspace", "Second lab")["id"] == project["id"]
    assert run("projects", "get", project["id"])["title"] == "Pilots 2"


def test_the_life_of_a_study(run: Run, server: Server, tmp_path: Path) -> None:
    (tmp_path / "study.json").write_text(json.dumps(example_study(name="Life")))
    ws = ("--workspace", "My workspace")
    draft = run("studies", "create", "--file", str(tmp_path / "study.json"), *ws)
    assert draft["status"] == "UNPUBLISHED"
    again = run("studies", "create", "--file", str(tmp_path / "study.json"), *ws)
    assert again["id"] == draft["id"]  # the same file resumes the same study
    sid = draft["id"]
    assert (
        run("studies", "update", sid, "--set", "total_available_places=4")["total_available_places"]
        == 4
    )
    assert "--set places" in run("studies", "update", sid, "--set", "places=4", code=2)
    assert run("studies", "publish", sid)["status"] == "PUBLISHING"  # for a few seconds
    server.advance(10)
    assert run("studies", "get", sid)["status"] == "ACTIVE"
    assert run("studies", "pause", sid)["status"] == "PAUSED"
    assert run("studies", "start", sid)["status"] == "ACTIVE"
    assert run("studies", "add-places", sid, "2")["total_available_places"] == 6
    assert "rewards" in run("studies", "cost", sid)
    assert run("studies", "summary", sid)["places_total"] == 6
    clone = run("studies", "clone", sid)
    assert clone["id"] != sid and clone["status"] == "UNPUBLISHED"
    assert "RUNNING" in run("studies", "list", "--status", "RUNNING", code=2)

    first, second, third = server.join(sid, 3, complete_after=30)
    server.advance(60)
    assert run("submissions", "get", first)["status"] == "AWAITING REVIEW"
    assert run("submissions", "list", "--study", sid, "--status", "awaiting review")
    assert run("submissions", "approve", first)["status"] == "APPROVED"
    reason = "The answers were random and the attention checks failed. " * 2
    rejected = run("submissions", "reject", second, "--message", reason,
                   "--category", "FAILED_CHECK")  # fmt: skip
    assert rejected["status"] == "REJECTED"
    assert "FAILED_CHECK" in run("submissions", "reject", third, "--message", reason,
                                 "--category", "NOPE", code=2)  # fmt: skip
    run("submissions", "return", third, "--reason", "You did not finish the task.")
    assert "--study" in run("submissions", "approve", "--all", code=2)
    unknown = "0123456789abcdef01234567"
    report = run("submissions", "approve", third, unknown, code=1)  # printed, then exit 1
    assert report["approved"] == [] and third in report["failed"]
    assert run("studies", "stop", sid)["status"] in ("AWAITING REVIEW", "COMPLETED")


def test_audience_messages_and_hooks(run: Run, server: Server, tmp_path: Path) -> None:
    ws = ("--workspace", "My workspace")
    group = run("participant-groups", "create", "--name", "Returners", *ws)
    assert run("participant-groups", "get", group["id"])["name"] == "Returners"
    assert group["id"] in {g["id"] for g in run("participant-groups", "list", *ws)}

    filters = run("filters", "list", "--fields", "filter_id")
    assert filters and set(filters[0]) == {"filter_id"}
    (tmp_path / "set.yaml").write_text("name: Adults\nfilters: []\n")
    saved = run("filter-sets", "create", "--file", str(tmp_path / "set.yaml"), *ws)
    assert run("filter-sets", "get", saved["id"])["name"] == "Adults"
    assert saved["id"] in {s["id"] for s in run("filter-sets", "list", *ws)}

    (tmp_path / "study.json").write_text(json.dumps(example_study(name="Messages")))
    study = run("studies", "create", "--file", str(tmp_path / "study.json"), "--publish", *ws)
    server.advance(10)  # the PUBLISHING phase
    server.join(study["id"], 1, complete_after=5)
    [listed] = run("submissions", "list", "--study", study["id"], "--fields", "participant_id")
    to = listed["participant_id"]
    sent = run("messages", "send", "--to", to, "--study", study["id"], "--body", "Thanks!")
    assert sent == {"sent": 1, "study_id": study["id"]}
    assert [m["body"] for m in run("messages", "list", "--user", to)] == ["Thanks!"]
    assert isinstance(run("messages", "list", "--unread"), list)

    types = run("hooks", "event-types")
    assert "submission.status.change" in {t["event_type"] for t in types}
    hook = run("hooks", "create", "--event", "submission.status.change",
               "--url", "https://lab.example/hook", *ws)  # fmt: skip
    assert hook["secret"] and hook["is_enabled"] is True
    assert run("hooks", "get", hook["id"])["target_url"] == "https://lab.example/hook"
    assert hook["id"] in {h["id"] for h in run("hooks", "list", *ws)}


BATCH_YAML = """\
name: Ratings
dataset_id: {dataset}
task_details:
  task_name: Rate labels
  task_introduction: <p>Read the text.</p>
  task_steps: <p>Say whether the label fits.</p>
batch_items:
  - rows:
      - columns:
          - items: [{{type: dataset_field, field: text}}]
          - items:
              - type: multiple_choice
                description: Does the label fit?
                answer_limit: 1
                options: [{{label: "Yes", value: "yes"}}, {{label: "No", value: "no"}}]
"""


def test_ai_task_builder_and_surveys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Imports and setup take sandbox time: this server's clock runs 600 times faster.
    with sandbox_server("--seed", "19", "--speed", "600") as fast:
        run = _runner(fast, tmp_path, monkeypatch, capsys)
        (tmp_path / "items.csv").write_text("text,label\nfirst,a\nsecond,b\n")
        dataset = run("ai-task-builder", "datasets", "upload", "--file",
                      str(tmp_path / "items.csv"), "--name", "Items")  # fmt: skip
        assert (dataset["status"], dataset["total_datapoint_count"]) == ("READY", 2)
        assert run("ai-task-builder", "datasets", "get", dataset["id"])["name"] == "Items"

        (tmp_path / "batch.yaml").write_text(BATCH_YAML.format(dataset=dataset["id"]))
        batch = run("aitaskbuilder", "batches", "create", "--file", str(tmp_path / "batch.yaml"))
        assert (batch["status"], batch["total_task_count"]) == ("READY", 2)
        assert [b["id"] for b in run("ai-task-builder", "batches", "list")] == [batch["id"]]
        assert run("ai-task-builder", "batches", "responses", batch["id"]) == []
        saved = run("ai-task-builder", "batches", "export", batch["id"], "--to", str(tmp_path))
        assert Path(saved["path"]).read_bytes().startswith(b"PK")  # a ZIP
        assert run("ai-task-builder", "collections", "list") == []

        survey_file = tmp_path / "survey.json"
        question = {"title": "Clear?", "type": "single", "answers": [{"value": "Yes"}]}
        survey_file.write_text(json.dumps({"title": "Feedback", "questions": [question]}))
        survey = run("surveys", "create", "--file", str(survey_file))
        assert [s["_id"] for s in run("surveys", "list")] == [survey["_id"]]
        assert run("surveys", "get", survey["_id"])["title"] == "Feedback"
        assert run("surveys", "responses", survey["_id"]) == []
        assert "questions" in json.dumps(run("surveys", "summary", survey["_id"]))
        assert run("survey", "delete", survey["_id"])["deleted"] is True
