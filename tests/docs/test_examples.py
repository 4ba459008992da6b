"""Every Python example of the README and of docs/ runs here, against the sandbox.

A page's examples run in order in one namespace, as a reader would paste them: a later block may
use what an earlier one made. ``Prolific()`` and ``AsyncProlific()`` written in an example are
answered by an in-process sandbox (its clock, so waits cost nothing; its in-memory bonus ledger,
so nothing is written to the home directory). Two kinds of HTML comment steer this, invisible on
the rendered page:

* ``<!-- test-setup`` ... ``-->``: Python run at that point, to make what a block refers to
  (a study with submissions, say). ``docs_sandbox`` is the sandbox behind ``Prolific()``;
  ``docs_stack`` is an ``ExitStack`` closed when the page ends.
* ``<!-- test-skip: reason -->`` right before a block: that block is not run (it needs a real
  token, or network). Used sparingly; the reason says why.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

import prolific
from prolific.sandbox import SANDBOX_BASE_URL, Sandbox

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

_PIECE = re.compile(
    r"<!--\s*test-skip:(?P<skip>[^>]*?)-->\s*(?=```)"
    r"|<!--\s*test-setup\n(?P<setup>.*?)-->"
    r"|^(?P<indent>[ \t]*)```(?P<lang>[\w-]*)[^\n]*\n(?P<code>.*?)^(?P=indent)```",
    re.DOTALL | re.MULTILINE,
)


@dataclass(frozen=True)
class Block:
    line: int
    code: str
    skip: str | None = None
    hidden: bool = False


def blocks(page: Path) -> list[Block]:
    """The Python blocks and hidden set-up code of a page, in order."""
    text = page.read_text(encoding="utf-8")
    found: list[Block] = []
    skip: str | None = None
    for match in _PIECE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        if match["skip"] is not None:
            skip = match["skip"].strip() or "no reason given"
        elif match["setup"] is not None:
            found.append(Block(line, match["setup"], hidden=True))
        else:
            if match["lang"] in ("python", "py"):
                code = _dedent(match["code"], match["indent"])
                found.append(Block(line, code, skip=skip))
            skip = None
    return found


def _dedent(code: str, indent: str) -> str:
    if not indent:
        return code
    return "".join(
        line[len(indent) :] if line.startswith(indent) else line
        for line in code.splitlines(keepends=True)
    )


def _sandboxed(sandbox: Sandbox) -> tuple[type[prolific.Prolific], type[prolific.AsyncProlific]]:
    """``Prolific`` and ``AsyncProlific`` as an example sees them: answered by `sandbox`."""

    class DocsProlific(prolific.Prolific):
        def __init__(self, token: str | None = None, **options: Any) -> None:
            if "http_client" in options or "base_url" in options:  # the example chose a server
                super().__init__(token, **options)
                return
            options["http_client"] = httpx.Client(transport=sandbox.transport())
            options["base_url"] = SANDBOX_BASE_URL
            super().__init__(sandbox.token, _clock=sandbox.clock, **options)
            self._ledger = sandbox.bonus_ledger

    class DocsAsyncProlific(prolific.AsyncProlific):
        def __init__(self, token: str | None = None, **options: Any) -> None:
            if "http_client" in options or "base_url" in options:  # the example chose a server
                super().__init__(token, **options)
                return
            options["http_client"] = httpx.AsyncClient(transport=sandbox.transport())
            options["base_url"] = SANDBOX_BASE_URL
            super().__init__(sandbox.token, _clock=sandbox.clock, **options)
            self._ledger = sandbox.bonus_ledger

    DocsProlific.__name__ = "Prolific"
    DocsAsyncProlific.__name__ = "AsyncProlific"
    return DocsProlific, DocsAsyncProlific


@pytest.fixture
def page_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[str, Any]]:
    for name in ("PROLIFIC_TOKEN", "PROLIFIC_API_KEY", "PROLIFIC_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PROLIFIC_LEDGER", str(tmp_path / "ledger.sqlite3"))
    monkeypatch.chdir(tmp_path)
    sandbox = Sandbox(seed=17)
    sync_cls, async_cls = _sandboxed(sandbox)
    monkeypatch.setattr(prolific, "Prolific", sync_cls)
    monkeypatch.setattr(prolific, "AsyncProlific", async_cls)
    with contextlib.ExitStack() as stack:
        yield {"__name__": "__docs__", "docs_sandbox": sandbox, "docs_stack": stack}
    assert sandbox.errors == [], "the sandbox failed unexpectedly:\n" + "\n".join(sandbox.errors)


def _page_id(page: Path) -> str:
    return str(page.relative_to(ROOT))


@pytest.mark.parametrize("page", PAGES, ids=_page_id)
def test_every_example_runs(page: Path, page_env: dict[str, Any]) -> None:
    for block in blocks(page):
        if block.skip is not None:
            continue
        where = f"{_page_id(page)}:{block.line}"
        try:
            exec(compile(block.code, where, "exec"), page_env)
        except Exception as exc:
            kind = "set-up" if block.hidden else "example"
            raise AssertionError(
                f"the {kind} at {where} failed: {type(exc).__name__}: {exc}"
            ) from exc


def test_skips_are_few_and_explained() -> None:
    skipped = [(page, b) for page in PAGES for b in blocks(page) if b.skip is not None]
    total = sum(1 for page in PAGES for b in blocks(page) if not b.hidden)
    assert total > 0
    assert len(skipped) * 10 <= total, f"{len(skipped)} of {total} examples are skipped"
    for page, block in skipped:
        assert len(block.skip or "") > 10, f"{_page_id(page)}:{block.line} skips without a reason"


def test_the_extractor_finds_blocks_setup_and_skips(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "Text\n\n```python\na = 1\n```\n\n<!-- test-setup\nb = 2\n-->\n\n"
        "<!-- test-skip: needs a real Prolific token -->\n```python\nc = 3\n```\n\n"
        "```sh\nmake test\n```\n\n- item\n\n    ```python\n    d = 4\n    ```\n",
        encoding="utf-8",
    )
    found = blocks(page)
    assert [(b.code, b.hidden, b.skip) for b in found] == [
        ("a = 1\n", False, None),
        ("b = 2\n", True, None),
        ("c = 3\n", False, "needs a real Prolific token"),
        ("d = 4\n", False, None),
    ]


def test_troubleshooting_covers_every_error_class() -> None:
    import prolific.errors

    text = (ROOT / "docs" / "troubleshooting.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^## (\w+)$", text, re.MULTILINE))
    missing = [name for name in prolific.errors.__all__ if name not in headings]
    assert not missing, f"docs/troubleshooting.md has no section for {missing}"


def test_every_page_is_in_the_site_navigation() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = [p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")]
    assert [p for p in pages if p not in nav] == []


def test_the_api_reference_lists_every_namespace() -> None:
    import prolific.resources

    reference = (ROOT / "docs" / "reference" / "namespaces.md").read_text(encoding="utf-8")
    package = Path(prolific.resources.__file__).parent
    missing = []
    for module in sorted(package.glob("[!_]*.py")):
        text = module.read_text(encoding="utf-8")
        for name in re.findall(r"^class (\w+)\(SyncResource\)", text, re.MULTILINE):
            target = f"prolific.resources.{module.stem}.{name}"
            if f"::: {target}" not in reference:
                missing.append(target)
    assert not missing, f"docs/reference/namespaces.md lacks {missing}"
