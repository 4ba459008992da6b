"""Regenerate `generated/prolific_api` from `openapi/prolific.yaml`.

Usage:
    python scripts/generate.py           # rewrite generated/prolific_api
    python scripts/generate.py --check   # regenerate into a temporary folder and fail on any drift

The generator (openapi-python-client) and its formatter (ruff) are pinned in pyproject.toml; the
spec, the generator settings (`openapi/config.yaml`) and our template overrides
(`openapi/templates/`) are the only inputs. Nothing here needs the network.

After the generator, one step of our own writes two more modules from the same parsed spec:
`operations.py` (one request descriptor per operation: method, path template, parameter names,
body schema, response parser) and `params.py` (a `TypedDict` per request body and a `Literal` per
enum), so the handwritten layer never spells a path or a field list itself.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import keyword
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

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
    write_descriptors(out, spec, env)
    return out


# -- request descriptors and typed params ---------------------------------------------------------


class OperationInfo:
    """What `operations.py.jinja` needs to know about one operation."""

    # A plain class, not a dataclass: scripts/bench.py loads this file without registering it
    # as a module, which dataclasses need.
    def __init__(
        self,
        name: str,
        tag: str,
        method: str,
        path: str,
        path_params: list[str],
        query_params: list[str],
        summary: str,
    ) -> None:
        self.name, self.tag, self.method, self.path = name, tag, method, path
        self.path_params, self.query_params, self.summary = path_params, query_params, summary
        self.body: str | None = None
        self.body_fields: list[str] = []
        self.body_required: list[str] = []
        #: "model" (parse with `result`), "list" (pages of `result` items), "none" or "json".
        self.kind = "none"
        self.result: str | None = None


class ParamsInfo:
    """One `TypedDict` of `params.py.jinja`: a request body schema and its fields' types."""

    def __init__(
        self, name: str, model: str, description: str, fields: list[tuple[str, str, bool]]
    ) -> None:
        self.name, self.model, self.description, self.fields = name, model, description, fields

    @property
    def functional(self) -> bool:
        """Whether a field name cannot be a class attribute, so the functional form is needed."""
        return any(not n.isidentifier() or keyword.iskeyword(n) for n, _, _ in self.fields)


def _text(value: Any) -> str:
    """The plain text of a value the parser wraps (only ever written out through repr())."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if callable(getter) else value)


def _parse_spec(spec: Path) -> Any:
    # Imported here: only generation needs the generator's parser, and it is a dev dependency.
    from openapi_python_client import _get_document
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, spec, "utf-8", True, output_path=None
    )
    document = _get_document(source=config.document_source, timeout=config.http_timeout)
    if not isinstance(document, dict):
        sys.exit(f"cannot read {spec}: {document}")
    parsed = GeneratorData.from_dict(document, config=config)
    if not isinstance(parsed, GeneratorData):
        sys.exit(f"cannot parse {spec}: {parsed}")
    return parsed


def _models_by_name(parsed: Any) -> dict[str, Any]:
    return {model.class_info.name: model for model in parsed.models}


def _properties(model: Any) -> list[Any]:
    return list(model.required_properties or []) + list(model.optional_properties or [])


def _list_item(model: Any) -> str | None:
    """The item model of a list envelope (an object whose `results` is an array of models)."""
    for prop in _properties(model):
        if prop.name == "results" and type(prop).__name__ == "ListProperty":
            inner = prop.inner_property
            if type(inner).__name__ == "ModelProperty":
                return str(inner.class_info.name)
    return None


def _operations(parsed: Any) -> list[OperationInfo]:
    models = _models_by_name(parsed)
    found: list[OperationInfo] = []
    for tag, collection in parsed.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            info = OperationInfo(
                name=str(endpoint.name),
                tag=str(tag),
                method=endpoint.method.upper(),
                path=_text(endpoint.path),
                path_params=[_text(p.name) for p in endpoint.path_parameters],
                query_params=[_text(p.name) for p in endpoint.query_parameters],
                summary=_text(endpoint.summary or "").strip(),
            )
            for body in endpoint.bodies:
                if type(body.prop).__name__ == "ModelProperty":
                    model = models[body.prop.class_info.name]
                    info.body = str(model.class_info.name)
                    info.body_fields = [_text(p.name) for p in _properties(model)]
                    info.body_required = [_text(p.name) for p in model.required_properties or []]
                else:
                    info.body = "object"
            successes = [
                r
                for r in endpoint.responses.patterns
                if r.status_code.range is not None and 200 <= r.status_code.range[0] < 300
            ]
            for response in successes:
                if type(response.prop).__name__ == "ModelProperty":
                    model = models[response.prop.class_info.name]
                    # Only a GET is walked page by page; a POST answering with a list
                    # envelope (adding group members, say) answers once.
                    item = _list_item(model) if info.method == "GET" else None
                    info.kind, info.result = (
                        ("list", item) if item else ("model", model.class_info.name)
                    )
                    break
                if getattr(response.data, "content", None):
                    info.kind = "json"
            found.append(info)
    return found


class _Referenced:
    """What the `TypedDict`s being written refer to: the models needing a `...Params` of their
    own, and the generated classes (models and enums) to import for type checkers."""

    def __init__(self, models: dict[str, Any]) -> None:
        self.models = models
        self.wanted: set[str] = set()
        self.imports: dict[str, str] = {}

    def use(self, class_info: Any) -> str:
        self.imports[str(class_info.name)] = str(class_info.module_name)
        return str(class_info.name)


def _type_of(prop: Any, refs: _Referenced) -> str:
    """The type a user may give for `prop` in a request body (what `jsonable` can send)."""
    kind = type(prop).__name__
    simple = {
        "StringProperty": "str",
        "IntProperty": "int",
        "FloatProperty": "float",
        "BooleanProperty": "bool",
        "DateTimeProperty": "datetime.datetime | str",
        "DateProperty": "datetime.date | str",
        "NoneProperty": "None",
    }
    if kind in simple:
        return simple[kind]
    if kind == "EnumProperty":
        name = refs.use(prop.class_info)
        return f"{name} | {name}Literal"
    if kind == "ConstProperty":
        return f"Literal[{_text(prop.value.raw_value)!r}]"
    if kind == "ListProperty":
        return f"Sequence[{_type_of(prop.inner_property, refs)}]"
    if kind == "UnionProperty":
        parts: list[str] = []
        for inner in prop.inner_properties:
            for part in _type_of(inner, refs).split(" | "):
                if part not in parts:
                    parts.append(part)
        if "None" in parts:  # written last, as people write it
            parts = [p for p in parts if p != "None"] + ["None"]
        return " | ".join(parts)
    if kind == "ModelProperty":
        model = refs.models.get(prop.class_info.name)
        if model is None or not _properties(model):
            return "Mapping[str, Any]"
        name = refs.use(model.class_info)
        refs.wanted.add(name)
        return f"{name} | {name}Params"
    return "Any"


def _params(parsed: Any, operations: list[OperationInfo]) -> tuple[list[ParamsInfo], _Referenced]:
    refs = _Referenced(_models_by_name(parsed))
    refs.wanted = {op.body for op in operations if op.body and op.body in refs.models}
    done: dict[str, ParamsInfo] = {}
    while refs.wanted - done.keys():
        name = sorted(refs.wanted - done.keys())[0]
        model = refs.models[name]
        required = {_text(p.name) for p in model.required_properties or []}
        fields = [
            (_text(p.name), _type_of(p, refs), _text(p.name) in required)
            for p in _properties(model)
        ]
        description = " ".join(_text(model.description or "").split())
        done[name] = ParamsInfo(f"{name}Params", name, description, fields)
    return [done[name] for name in sorted(done)], refs


def _enums(parsed: Any) -> list[tuple[str, str, list[str]]]:
    found = []
    for enum in parsed.enums:
        if type(enum).__name__ != "EnumProperty" or enum.value_type is not str:
            continue
        values = [str(value) for value in enum.values.values()]
        found.append((f"{enum.class_info.name}Literal", str(enum.class_info.module_name), values))
    return sorted(found)


def write_descriptors(out: Path, spec: Path, env: dict[str, str]) -> None:
    """Write `operations.py` and `params.py` into the package at `out`, formatted like the rest."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    parsed = _parse_spec(spec)
    operations = _operations(parsed)
    names = [op.name for op in operations]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        sys.exit(f"operationId used twice in {spec.name}: {', '.join(clashes)}")
    models = _models_by_name(parsed)
    jinja = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    # Text from the spec reaches the generated code only as Python literals.
    jinja.filters["py"] = repr
    results = sorted({op.result for op in operations if op.result})
    modules = {name: str(models[name].class_info.module_name) for name in results}
    (out / "operations.py").write_text(
        jinja.get_template("operations.py.jinja").render(
            operations=operations, results=results, modules=modules
        )
    )
    params, refs = _params(parsed, operations)
    enums = _enums(parsed)
    imports = dict(sorted(refs.imports.items()))
    (out / "params.py").write_text(
        jinja.get_template("params.py.jinja").render(params=params, enums=enums, imports=imports)
    )
    for hook in _post_hooks():
        subprocess.run(
            [*shlex.split(hook), "operations.py", "params.py"], cwd=out, env=env, check=True
        )


def _post_hooks() -> list[str]:
    import yaml  # a dev dependency, like the generator

    hooks = yaml.safe_load(CONFIG.read_text()).get("post_hooks", [])
    # The hooks end in "." (the whole package); here they run on our two files only.
    return [hook.rsplit(" ", 1)[0] if hook.endswith(" .") else hook for hook in hooks]


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
