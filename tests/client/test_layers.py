"""Layers point one way: generated descriptors and models <- transport and base client <-
workflows <- namespaces <- Prolific/AsyncProlific. No module of ``prolific`` imports another
that imports it back, counting imports inside functions and under ``TYPE_CHECKING`` too (an
import hidden there is still a cycle a reader has to untangle).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "prolific"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Every module of the package and the package's modules it imports, wherever it does."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                # `from . import x` and `from .pkg import mod` name modules, not attributes.
                for alias in node.names:
                    module = f"{target}.{alias.name}"
                    found.add(module if module in paths else target)
        graph[name] = {dep for dep in found if dep in paths and dep != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path that returns to its start, or ``None``."""
    state: dict[str, int] = {}  # 1: on the current path, 2: fully explored
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                return [*path[path.index(dep) :], dep]
            if dep not in state and (cycle := visit(dep)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)) is not None:
            return cycle
    return None


def test_the_checker_sees_a_cycle_and_a_clean_graph() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_the_graph_includes_imports_inside_functions_and_type_checking() -> None:
    graph = import_graph()
    # _base_client imports the ledger only inside a method and under TYPE_CHECKING.
    assert "prolific._ledger" in graph["prolific._base_client"]


def test_no_module_of_prolific_imports_itself_back() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


@pytest.mark.parametrize(
    ("lower", "upper"),
    [
        ("prolific._workflows", "prolific.resources"),
        ("prolific._request", "prolific._base_client"),
        ("prolific._pagination", "prolific._base_client"),
        ("prolific._flow", "prolific._workflows"),
        ("prolific._base_client", "prolific._workflows"),
        ("prolific._base_client", "prolific.resources"),
    ],
)
def test_a_lower_layer_never_imports_a_higher_one(lower: str, upper: str) -> None:
    offenders = sorted(
        f"{module} imports {dep}"
        for module, deps in import_graph().items()
        if module == lower or module.startswith(lower + ".")
        for dep in deps
        if dep == upper or dep.startswith(upper + ".")
    )
    assert offenders == []


def test_no_workflow_or_namespace_spells_an_api_path() -> None:
    folders = [PACKAGE / "resources", PACKAGE / "_workflows"]
    offenders = [
        str(p) for folder in folders for p in folder.glob("*.py") if "/api/v1" in p.read_text()
    ]
    assert offenders == []
