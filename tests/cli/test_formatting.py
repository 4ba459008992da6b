"""How results are laid out, and the pure pieces of the command line (no subprocess)."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from prolific import AuthenticationError, MissingTokenError, PaymentInDoubtError
from prolific.cli._bodyfile import known_fields, read_body
from prolific.cli._bonuses import _read_csv, read_amounts
from prolific.cli._exit import exit_code_for, message_for, redact
from prolific.cli._output import cell, parse_fields, pick, plain, write_list, write_object
from prolific.cli._settings import InputError, read_config
from prolific.errors import InvalidRequestError, LedgerConflictError, NotFoundError
from prolific.types import BonusReport
from prolific_api.models.study_create import StudyCreate

ROWS = [
    {"id": "a", "name": "First,\tstudy", "reward": 100, "meta": {"lab": "x"}},
    {"id": "b", "name": "Second", "reward": 250, "extra": True},
]


def listed(fmt: str, fields: list[str] | None = None, terminal: bool = False, **kw: object) -> str:
    out = io.StringIO()
    write_list(iter(ROWS), out, fmt=fmt, fields=fields, terminal=terminal, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def test_json_of_a_list_is_one_array_of_every_item() -> None:
    assert json.loads(listed("json")) == ROWS
    assert json.loads(listed("json", ["id", "meta.lab"])) == [
        {"id": "a", "meta.lab": "x"},
        {"id": "b", "meta.lab": None},
    ]
    empty = io.StringIO()
    write_list(iter([]), empty, fmt="json", fields=None)
    assert json.loads(empty.getvalue()) == []


def test_jsonl_is_one_object_per_line() -> None:
    lines = listed("jsonl", ["id"]).splitlines()
    assert [json.loads(line) for line in lines] == [{"id": "a"}, {"id": "b"}]


def test_csv_has_a_header_and_the_default_or_chosen_columns() -> None:
    assert listed("csv", default_fields=["id", "reward"]) == "id,reward\na,100\nb,250\n"
    assert listed("csv", ["name"]) == 'name\n"First,\tstudy"\nSecond\n'


def test_plain_text_off_a_terminal_is_tab_separated_with_one_row_per_line() -> None:
    text = listed("table", default_fields=["id", "name", "meta"])
    assert text == 'id\tname\tmeta\na\tFirst, study\t{"lab":"x"}\nb\tSecond\t\n'


def test_a_table_on_a_terminal_is_drawn_by_rich_without_reading_markup() -> None:
    at = "2026-01-05T09:07:02.123456+00:00"
    rows = [{"id": "a", "internal_name": "Pilot [prolific-python:k1]", "completed_at": at}]
    out = io.StringIO()
    write_list(iter(rows), out, fmt="table", fields=None, terminal=True)
    drawn = out.getvalue()
    assert "internal_name" in drawn
    assert "[prolific-python:k1]" in drawn
    assert "2026-01-05 09:07" in drawn  # a person reads the minute; scripts get it all
    assert "\t" not in drawn
    plain_text = listed("table", ["id"])
    assert plain_text == "id\na\nb\n"


def test_one_object_in_each_format() -> None:
    obj = {"id": "a", "reward": 100, "tags": ["x", "y"]}

    def written(fmt: str, fields: list[str] | None = None) -> str:
        out = io.StringIO()
        write_object(obj, out, fmt=fmt, fields=fields)  # type: ignore[arg-type]
        return out.getvalue()

    assert json.loads(written("json")) == obj
    assert written("jsonl", ["id"]) == '{"id": "a"}\n'
    assert written("csv") == 'id,reward,tags\na,100,"[""x"",""y""]"\n'
    assert written("table") == 'id\ta\nreward\t100\ntags\t["x","y"]\n'


def test_money_stays_exact_and_models_become_plain_data() -> None:
    report = BonusReport(
        key="k",
        study_id="s",
        batch_id="b",
        amounts={"p": Decimal("1.10")},
        amount_minor=Decimal("110"),
        fees_minor=Decimal("36.3"),
        vat_minor=Decimal("7.26"),
        total_minor=Decimal("153.56"),
    )
    data = plain(report)
    assert data["amounts"] == {"p": "1.10"}
    assert data["fees_minor"] == "36.3"
    body = StudyCreate.from_dict({**_study(), "reward": 150})
    assert plain(body)["reward"] == 150
    assert plain(dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)) == "2026-01-02T03:04:00+00:00"


def test_cells_and_field_lists() -> None:
    assert [cell(None), cell(True), cell(1.5), cell({"a": 1})] == ["", "true", "1.5", '{"a":1}']
    assert parse_fields(" id, name ,,") == ["id", "name"]
    assert parse_fields("") is None
    assert pick({"a": {"b": 2}}, ["a.b", "c"]) == {"a.b": 2, "c": None}


def test_bonus_csv_lines() -> None:
    text = "participant_id,amount\n# paid for the pilot\n\nabc,1.50\ndef , 2\n"
    assert read_amounts(text) == {"abc": Decimal("1.50"), "def": Decimal("2")}
    with pytest.raises(InputError, match="line 2: abc is listed twice"):
        read_amounts("abc,1\nabc,2\n")
    with pytest.raises(InputError, match="line 2: 'one' is not an amount"):
        read_amounts("abc,1\ndef,one\n")
    with pytest.raises(InputError, match="line 1: expected 'id,amount'"):
        read_amounts("abc,1,2\n")
    with pytest.raises(InputError, match="names no recipients"):
        read_amounts("id,amount\n")


def _study() -> dict[str, object]:
    from prolific.sandbox import example_study

    return example_study()


def test_a_body_file_with_unknown_fields_is_refused_with_the_known_ones(tmp_path: Path) -> None:
    path = tmp_path / "study.json"
    path.write_text(json.dumps({**_study(), "rewrad": 5}))
    known = known_fields(StudyCreate)
    assert {"name", "reward", "filters", "project"} <= known
    with pytest.raises(InputError) as refused:
        read_body(str(path), known=known, allow_unknown=False, what="study")
    assert "rewrad (did you mean reward?)" in refused.value.message
    assert "total_available_places" in refused.value.message
    allowed = read_body(str(path), known=known, allow_unknown=True, what="study")
    assert allowed.extra == {"rewrad": 5}  # sent as extra_body, apart from the known fields
    assert allowed.fields["reward"] == 100


def test_body_files_in_yaml_and_toml(tmp_path: Path) -> None:
    yaml_file = tmp_path / "s.yaml"
    yaml_file.write_text("name: Pilot\nreward: 100\n")
    toml_file = tmp_path / "s.toml"
    toml_file.write_text('name = "Pilot"\nreward = 100\n')
    for path in (yaml_file, toml_file):
        body = read_body(str(path), known={"name", "reward"}, allow_unknown=False, what="study")
        assert body.fields == {"name": "Pilot", "reward": 100}
    broken = tmp_path / "s.json"
    broken.write_text("{")
    with pytest.raises(InputError, match="not valid JSON"):
        read_body(str(broken), known=set(), allow_unknown=False, what="study")


def test_config_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    env = {"PROLIFIC_CONFIG": str(path)}
    assert read_config(env) == {}
    path.write_text('workspace = "Lab"\n')
    assert read_config(env) == {"workspace": "Lab"}
    path.write_text('workspace = "Lab"\nwrokspace = "x"\n')
    with pytest.raises(InputError, match="unknown keys wrokspace"):
        read_config(env)
    path.write_text("workspace = \n")
    with pytest.raises(InputError, match="cannot read the config file"):
        read_config(env)


def test_exit_codes_by_error() -> None:
    doubt = PaymentInDoubtError("round-1", "batch9", ["p1", "p2"], "/l.sqlite3")
    assert exit_code_for(doubt) == 3
    assert exit_code_for(MissingTokenError()) == 4
    assert exit_code_for(AuthenticationError(status=401, method="GET", path="/")) == 4
    assert exit_code_for(InvalidRequestError("bad")) == 2
    assert exit_code_for(LedgerConflictError("k")) == 2
    assert exit_code_for(NotFoundError(status=404, method="GET", path="/")) == 1
    assert exit_code_for(RuntimeError("bug")) == 1


def test_the_in_doubt_message_names_everyone_and_the_release_command() -> None:
    recipients = [f"p{i}" for i in range(8)]
    doubt = PaymentInDoubtError("round 1", "batch9", recipients, "/l.sqlite3")
    line = message_for(doubt, ledger="/my ledger")
    assert "\n" not in line
    assert all(r in line for r in recipients)  # every one, not the first five
    assert "prolific bonuses release --key 'round 1' --ledger '/my ledger'" in line


def test_workflow_errors_say_what_to_type_in_the_shell() -> None:
    from prolific import BonusPaymentError, StudyPublishError

    publish = message_for(StudyPublishError("0123456789abcdef01234567", RuntimeError("x")))
    assert publish.endswith("prolific studies publish 0123456789abcdef01234567")
    stopped = message_for(BonusPaymentError("round-1", "Creating the batch failed."))
    assert "same prolific bonuses pay command again with the same --key" in stopped


def test_the_missing_token_message_says_how_to_set_it() -> None:
    assert "export PROLIFIC_TOKEN=" in message_for(MissingTokenError())


def test_redact_masks_secrets_only_when_long_enough() -> None:
    assert redact("token abcdefgh123 leaked", ["abcdefgh123", None, "ab"]) == (
        "token [redacted] leaked"
    )


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_on_a_terminal_and_nothing_on_a_pipe() -> None:
    from prolific.cli._progress import progress, spinner

    pipe, terminal = io.StringIO(), _Terminal()
    for stream in (pipe, terminal):
        with progress("Approving", 4, stream=stream) as advance:
            advance(4)
        with spinner("Paying", stream=stream):
            pass
    assert pipe.getvalue() == ""
    assert "Approving" in terminal.getvalue()


def test_a_noun_alone_prints_its_help_and_usage_errors_are_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from prolific.cli import main

    assert main(["studies"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Usage: prolific studies") and "add-places" in err
    assert main(["studies", "list", "--output", "yaml"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: Invalid value for '-o' / '--output'") and err.count("\n") == 1


def test_the_go_cli_singular_nouns_work_too(capsys: pytest.CaptureFixture[str]) -> None:
    from prolific.cli import main

    assert main(["study", "--help"]) == 0
    assert "add-places" in capsys.readouterr().out
    assert main(["bonus", "pay", "--help"]) == 0
    assert "--dry-run" in capsys.readouterr().out


@pytest.mark.parametrize(("fmt", "header"), [("csv", "id,reward\n"), ("table", "id\treward\n")])
def test_an_empty_list_still_prints_the_header_so_a_script_finds_its_columns(
    fmt: str, header: str
) -> None:
    out = io.StringIO()
    write_list(iter([]), out, fmt=fmt, fields=["id", "reward"])  # type: ignore[arg-type]
    assert out.getvalue() == header


def test_an_unreadable_body_file_or_bonus_csv_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(InputError, match=f"cannot read {re.escape(str(missing))}"):
        read_body(str(missing), known=(), allow_unknown=False, what="study")
    with pytest.raises(InputError, match=f"cannot read {re.escape(str(missing))}"):
        _read_csv(str(missing))


def test_a_bonus_csv_saved_by_a_spreadsheet_keeps_its_first_recipient(tmp_path: Path) -> None:
    path = tmp_path / "bonuses.csv"
    path.write_bytes("\ufeffabc,1.50\n".encode())  # the byte-order mark Excel writes
    assert _read_csv(str(path)) == {"abc": Decimal("1.50")}
