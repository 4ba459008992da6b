"""Regenerate `generated/prolific_api` from `openapi/prolific.yaml`.

Usage:
    python scripts/generate.py           # rewrite generated/prolific_api
    python scripts/generate.py --check   # regenerate into a temporary folder and fail on any drift

The generator (openapi-python-client) and its formatter (ruff) are pinned in pyproject.toml; the
spec, the generator settings (`openapi/config.yaml`) and our template overrides
(`openapi/templates/`) are the only inputs. Nothing here needs the network.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "prolific.yaml"
CONFIG = ROOT / "openapi" / "config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
PACKAGE = "prolific_api"
TARGET = ROOT / "generated" / PACKAGE


def generate_into(folder: Path, spec: Path = SPEC) -> Path:
    """Run the generator so that `folder/prolific_api` holds a fresh package; return its path."""
    out = folder / PACKAGE
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ)
    # The post-hooks call `ruff` by name: make it the pinned one from this environment.
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--overwrite",
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    # The generator reports skipped endpoints and unsupported schemas as warnings but still exits
    # 0; a silently dropped operation is a bug in our spec, so any warning fails the run.
    if result.returncode != 0 or "Warning" in output or "Error" in output:
        sys.exit(f"openapi-python-client failed:\n{output}")
    # With `--meta none` the generator writes no marker file; the package is typed, so say so.
    (out / "py.typed").write_text("")
    return out


def tree(folder: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(folder)): p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def drift(expected: Path, actual: Path) -> list[str]:
    """Describe every difference between two package trees, as lines a person can act on."""
    new, old = tree(expected), tree(actual)
    problems = [f"missing from generated/: {name}" for name in sorted(new.keys() - old.keys())]
    problems += [
        f"not produced by the generator: {name}" for name in sorted(old.keys() - new.keys())
    ]
    for name in sorted(new.keys() & old.keys()):
        if not filecmp.cmp(new[name], old[name], shallow=False):
            diff = difflib.unified_diff(
                old[name].read_text().splitlines(),
                new[name].read_text().splitlines(),
                f"generated/{PACKAGE}/{name}",
                "regenerated",
                lineterm="",
                n=1,
            )
            problems.append("\n".join(list(diff)[:40]))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is out of date")
    parser.add_argument("--spec", type=Path, default=SPEC, help=argparse.SUPPRESS)
    parser.add_argument("--target", type=Path, default=TARGET, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    target: Path = args.target
    with tempfile.TemporaryDirectory(prefix="prolific-generate-") as tmp:
        fresh = generate_into(Path(tmp), args.spec)
        if args.check:
            problems = drift(fresh, target)
            if problems:
                print("\n".join(problems))
                print(
                    f"generated/{PACKAGE} differs from what openapi/ produces "
                    f"({len(problems)} difference(s)). Never edit generated code by hand: "
                    "change openapi/ and run `make generate`."
                )
                return 1
            print(f"generated/{PACKAGE} is up to date with openapi/prolific.yaml")
            return 0
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target)
        print(f"regenerated {target} ({len(tree(target))} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
