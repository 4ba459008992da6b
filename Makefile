# prolific-python: every target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test lint typecheck pytest docs build generate check-generated spec-diff demo bench record live fuzz clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

test: install lint typecheck check-generated docs pytest

lint: install
	$(BIN)/ruff check prolific scripts tests
	$(BIN)/ruff format --check prolific scripts tests

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest -q

# The documentation site, in strict mode: a broken link or API reference fails the build.
docs: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

# A wheel in dist/, to install into your own project's environment (pip install dist/*.whl).
build: install
	rm -rf dist
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .
	@ls dist

generate: install
	$(BIN)/python scripts/generate.py

check-generated: install
	$(BIN)/python scripts/generate.py --check

# Defaults to the vendored copy of Prolific's description; refresh it as openapi/upstream/README.md says.
UPSTREAM ?= openapi/upstream/prolific-2026-08.yml
EXCLUSIONS ?= openapi/upstream/exclusions.yaml

spec-diff: install
	$(BIN)/python scripts/spec_diff.py openapi/prolific.yaml "$(UPSTREAM)" --exclusions "$(EXCLUSIONS)"

demo: install
	$(BIN)/python scripts/demo.py $(ARGS)

bench: install
	$(BIN)/python scripts/bench.py $(ARGS)

record: install
	$(BIN)/python scripts/record.py $(ARGS)

# The long fuzzing profile (a bounded one runs in `make test`): schemathesis against the sandbox
# over HTTP, then every hypothesis property with many more examples; each prints a summary.
fuzz: install
	$(BIN)/python scripts/fuzz.py --profile long $(ARGS); status=$$?; \
	$(BIN)/pytest -q -m fuzz --hypothesis-profile=fuzz --hypothesis-show-statistics && exit $$status

live: install
	$(BIN)/pytest -m live -q $(ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache site dist
