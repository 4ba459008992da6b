"""What the command is like to live with: fast help, shell completion, the sandbox command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import PROLIFIC, Shell, hermetic_env


def test_help_loads_no_command_module(prolific: Shell) -> None:
    # Startup time is measured by `make bench`; this pins what keeps it low. (Rich is not
    # checked: httpx imports it for its own command line whenever it is installed.)
    code = (
        "import sys; from prolific.cli import main; main(['--help']); "
        "print([m for m in sys.modules if m.startswith(('prolific.cli._studies', "
        "'prolific.cli._bonuses', 'prolific.resources', 'prolific_api.models', 'yaml'))])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=prolific.env, check=True)  # fmt: skip
    assert done.stdout.splitlines()[-1] == "[]"
    assert "bonuses" in done.stdout


def test_shell_completion(prolific: Shell) -> None:
    script = prolific("completion", "bash")
    assert script.code == 0
    assert "_PROLIFIC_COMPLETE=bash_complete" in script.out
    completed = prolific(env={"_PROLIFIC_COMPLETE": "bash_complete", "COMP_WORDS": "prolific stu",
                              "COMP_CWORD": "1"})  # fmt: skip
    assert completed.code == 0
    assert "plain,studies" in completed.out.splitlines()
    verbs = prolific(env={"_PROLIFIC_COMPLETE": "bash_complete",
                          "COMP_WORDS": "prolific bonuses ", "COMP_CWORD": "2"})  # fmt: skip
    assert {"plain,pay", "plain,release"} <= set(verbs.out.splitlines())


def test_sandbox_serve_prints_what_to_export(tmp_path: Path, pycache: Path) -> None:
    proc = subprocess.Popen([PROLIFIC, "sandbox", "serve", "--port", "0", "--seed", "5"],
                            stdout=subprocess.PIPE, text=True,
                            env=hermetic_env(tmp_path, pycache))  # fmt: skip
    try:
        assert proc.stdout is not None
        listening = proc.stdout.readline()
        exports = proc.stdout.readline()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert listening.startswith("Prolific sandbox listening on http://127.0.0.1:")
    assert "PROLIFIC_TOKEN=sandbox-" in exports
