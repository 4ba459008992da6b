"""The SDK's types serve the user's own type checker.

``mypy --strict`` runs on two small user programs: one with the mistakes users made (a
misspelled field, a float where the spec says integer, a wrong type, a study status and a
rejection category Prolific does not know, and a misspelled attribute of an answer, which the
models' deferred parsing must not hide from the checker), which must fail on exactly those
lines; and
a correct one that reads what Prolific always sends with no ``Unset`` guard, which must pass.
One mypy run checks both, so the test costs one cold start.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).resolve().parents[2]

SETUP = """
from prolific import Prolific
from prolific_api.params import CompletionCodeParams

client = Prolific(token="t")
STUDY = "5f1e2d3c4b5a69788796a5b4"
SUBMISSION = "60aa11bb22cc33dd44ee55ff"
CODES: list[CompletionCodeParams] = [
    {"code": "C1", "code_type": "COMPLETED", "actions": [{"action": "MANUALLY_REVIEW"}]}
]
WHY = "The answers did not follow the instructions. " * 3
"""

#: Everything a new study needs apart from its name and reward.
_REST = (
    'description="d", external_study_url="https://example.org", completion_codes=CODES, '
    'prolific_id_option="url_parameters", total_available_places=10, estimated_completion_time=5'
)

#: One mistake per line, as users made them.
MISTAKES = [
    f'client.studies.create(nmae="x", {_REST}, reward=150)',
    f'client.studies.create(name="x", {_REST}, reward=1.5)',
    'client.studies.update(STUDY, total_available_places="20")',
    'client.studies.list(status="RUNNING")',
    'client.submissions.reject(SUBMISSION, WHY, rejection_category="FAILED CHECK")',
    "print(client.studies.get(STUDY).completion_cods)",
]

CORRECT = """
study = client.studies.create(
    name="Recall",
    description="Remember words.",
    external_study_url="https://example.org/task",
    prolific_id_option="url_parameters",
    completion_codes=CODES,
    total_available_places=10,
    estimated_completion_time=5,
    reward=150,
    extra_body={"a_field_the_spec_lacks": True},
)
places: int = study.total_available_places + 5
pay_per_hour: float = study.reward * 60 / study.estimated_completion_time
title: str = study.name.upper()
code_types = [code.code_type for code in study.completion_codes or []]
client.studies.update(study.id, total_available_places=places)
for item in client.studies.list(status=["ACTIVE", "PAUSED"]):
    print(item.name.lower())
for submission in client.submissions.list(study=study.id):
    who: str = submission.participant_id
    print(who.upper(), submission.started_at, submission.time_taken)
detail = client.submissions.get(SUBMISSION)
print(detail.study_id.upper())
client.submissions.reject(SUBMISSION, WHY, rejection_category="FAILED_CHECK")
print(client.users.me().email.lower(), client.workspaces.get(STUDY).title.lower())
"""


def test_each_mistake_is_one_error_and_a_correct_program_needs_no_guards(
    tmp_path: Path,
) -> None:
    mistakes = tmp_path / "mistakes.py"
    correct = tmp_path / "correct.py"
    setup = textwrap.dedent(SETUP)
    mistakes.write_text(setup + "\n".join(MISTAKES) + "\n")
    correct.write_text(setup + textwrap.dedent(CORRECT))

    out, err, _ = mypy_api.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--python-version",
            "3.11",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(mistakes),
            str(correct),
        ]
    )
    errors = [line for line in out.splitlines() if ": error:" in line]

    assert not [e for e in errors if e.startswith(str(correct))], out + err

    wrong_lines = {
        int(match.group(1))
        for e in errors
        if (match := re.match(rf"{re.escape(str(mistakes))}:(\d+):", e))
    }
    first = len(setup.splitlines()) + 1
    # Each mistake is an error on its own line, and nothing else is.
    assert wrong_lines == set(range(first, first + len(MISTAKES))), out
