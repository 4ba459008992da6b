"""Filters (a small fixed catalogue), eligibility counts and filter sets.

The catalogue is the sandbox's own, small on purpose: an age range, an approval-rate range, and
select filters for country of residence, sex, handedness and first language. Eligibility counts
are deterministic: a fixed population of 200,000 scaled by each filter's share, so a test can
predict them and a narrower audience always counts fewer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from . import _lookup
from ._errors import SandboxError, bad_request, field_error
from ._http import Request, SandboxResponse, empty_response, json_response
from ._pagination import paginate
from ._state import FilterSet, SandboxState

POPULATION = 200_000


@dataclass(frozen=True)
class FilterSpec:
    filter_id: str
    title: str
    question: str
    type: str  # "select" | "range"
    choices: dict[str, str] = field(default_factory=dict)
    shares: dict[str, float] = field(default_factory=dict)
    minimum: int = 0
    maximum: int = 0

    def describe(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "filter_id": self.filter_id,
            "title": self.title,
            "description": f"Participants by {self.title.lower()}.",
            "question": self.question,
            "type": self.type,
        }
        if self.type == "select":
            data["choices"] = dict(self.choices)
            data["data_type"] = "ChoiceID"
        else:
            data["min"] = self.minimum
            data["max"] = self.maximum
            data["data_type"] = "integer"
        return data

    def range_share(self, lower: int, upper: int) -> float:
        if self.filter_id == "approval_rate":
            # Most participants have a high approval rate: P(rate <= x) = (x / 100) ** 12.
            def cdf(x: float) -> float:
                return min(1.0, max(0.0, x / 100)) ** 12

            return cdf(upper) - cdf(lower - 1)
        width = self.maximum - self.minimum + 1
        return (upper - lower + 1) / width


CATALOGUE: dict[str, FilterSpec] = {
    spec.filter_id: spec
    for spec in (
        FilterSpec("age", "Age", "What is your age?", "range", minimum=18, maximum=100),
        FilterSpec(
            "approval_rate",
            "Approval rate",
            "Percentage of the participant's submissions that were approved.",
            "range",
            minimum=0,
            maximum=100,
        ),
        FilterSpec(
            "current-country-of-residence",
            "Current country of residence",
            "In which country do you currently reside?",
            "select",
            choices={
                "0": "United Kingdom",
                "1": "United States",
                "2": "Canada",
                "3": "Australia",
                "4": "Germany",
                "5": "Other",
            },
            shares={"0": 0.34, "1": 0.36, "2": 0.07, "3": 0.05, "4": 0.06, "5": 0.12},
        ),
        FilterSpec(
            "sex",
            "Sex",
            "What is your sex, as recorded on legal/official documents?",
            "select",
            choices={"0": "Male", "1": "Female"},
            shares={"0": 0.49, "1": 0.51},
        ),
        FilterSpec(
            "handedness",
            "Handedness",
            "Are you left or right handed?",
            "select",
            choices={"0": "Left-handed", "1": "Right-handed", "2": "Ambidextrous"},
            shares={"0": 0.1, "1": 0.87, "2": 0.03},
        ),
        FilterSpec(
            "first-language",
            "First language",
            "What is your first language?",
            "select",
            choices={"0": "English", "1": "Spanish", "2": "German", "3": "French", "4": "Other"},
            shares={"0": 0.62, "1": 0.1, "2": 0.08, "3": 0.06, "4": 0.14},
        ),
    )
}


#: Filters over the account's own earlier studies: ``selected_values`` are study IDs. Cloning a
#: study adds a block list of the original's participants (the 2026 description).
STUDY_LIST_FILTERS = ("previous_studies_blocklist", "previous_studies_allowlist")


def _int_bound(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise field_error("filters", f"{where} must be an integer.")
    return value


#: How deep ``and``/``or`` groups may nest; real audiences need two or three levels.
MAX_GROUP_DEPTH = 5
GROUP_OPERATORS = ("and", "or")


def validate_filters(raw: Any, field_name: str = "filters") -> list[dict[str, Any]]:
    """Check a list of filters against the catalogue; returns them normalised.

    Items are select filters, range filters, or ``and``/``or`` groups of further items.
    """
    if not isinstance(raw, list):
        raise field_error(field_name, "Expected a list of filters.")
    return [_validate_one(item, field_name, f"filter {index}", 0) for index, item in enumerate(raw)]


def _validate_one(item: Any, field_name: str, where: str, depth: int) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise field_error(field_name, f"{where} must be an object.")
    filter_id = item.get("filter_id", item.get("id"))
    if not isinstance(filter_id, str):
        raise field_error(field_name, f"{where} needs a filter_id.")
    if filter_id in GROUP_OPERATORS:
        children = item.get("selected_filters")
        if not isinstance(children, list) or not children:
            raise field_error(
                field_name, f"{where}: an {filter_id!r} group needs a list of selected_filters."
            )
        if depth >= MAX_GROUP_DEPTH:
            raise field_error(field_name, f"{where}: groups nest at most {MAX_GROUP_DEPTH} deep.")
        return {
            "filter_id": filter_id,
            "selected_filters": [
                _validate_one(child, field_name, f"{where}.{index}", depth + 1)
                for index, child in enumerate(children)
            ],
        }
    if filter_id in STUDY_LIST_FILTERS:
        studies = item.get("selected_values")
        if not isinstance(studies, list) or not all(isinstance(v, str) for v in studies):
            raise field_error(field_name, f"{filter_id}: selected_values must be study IDs.")
        return {"filter_id": filter_id, "selected_values": list(studies)}
    spec = CATALOGUE.get(filter_id)
    if spec is None:
        raise field_error(field_name, f"Unknown filter_id {filter_id!r} (see GET /filters/).")
    if spec.type == "select":
        values = item.get("selected_values")
        if not isinstance(values, list) or not values:
            raise field_error(field_name, f"{filter_id}: selected_values must be a list.")
        bad = [v for v in values if not isinstance(v, str) or v not in spec.choices]
        if bad:
            raise field_error(field_name, f"{filter_id}: invalid selected_values {bad!r}.")
        entry: dict[str, Any] = {"filter_id": filter_id, "selected_values": list(values)}
        if item.get("weightings") is not None:
            entry["weightings"] = _select_weightings(item["weightings"], values, field_name, spec)
        return entry
    selected = item.get("selected_range")
    if not isinstance(selected, dict):
        raise field_error(field_name, f"{filter_id}: selected_range must be an object.")
    lower, upper = _range(selected, spec, field_name)
    entry = {"filter_id": filter_id, "selected_range": {"lower": lower, "upper": upper}}
    if item.get("weightings") is not None:
        entry["weightings"] = _range_weightings(item["weightings"], field_name, spec)
    return entry


def _range(selected: dict[str, Any], spec: FilterSpec, field_name: str) -> tuple[Any, Any]:
    filter_id = spec.filter_id
    lower = _int_bound(selected.get("lower"), f"{filter_id} lower")
    upper = _int_bound(selected.get("upper"), f"{filter_id} upper")
    if lower is None and upper is None:
        raise field_error(field_name, f"{filter_id}: give a lower or an upper bound.")
    lo = spec.minimum if lower is None else lower
    hi = spec.maximum if upper is None else upper
    if lo > hi or lo < spec.minimum or hi > spec.maximum:
        raise field_error(
            field_name,
            f"{filter_id}: the range must lie within {spec.minimum}..{spec.maximum} "
            "with lower <= upper.",
        )
    return lower, upper


def _weight(value: Any, field_name: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise field_error(field_name, f"{where}: a weighting is a number of at least 0.")
    return value


def _select_weightings(
    raw: Any, values: list[str], field_name: str, spec: FilterSpec
) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise field_error(field_name, f"{spec.filter_id}: weightings must be an object.")
    unknown = sorted(set(raw) - set(values))
    if unknown:
        raise field_error(
            field_name, f"{spec.filter_id}: weightings for values not selected: {unknown!r}."
        )
    return {key: _weight(value, field_name, spec.filter_id) for key, value in raw.items()}


def _range_weightings(raw: Any, field_name: str, spec: FilterSpec) -> dict[str, Any]:
    """Range filters weight bands: ``{label: {selected_range: {lower, upper}, weighting}}``."""
    if not isinstance(raw, dict) or not raw:
        raise field_error(field_name, f"{spec.filter_id}: weightings must be an object.")
    clean: dict[str, Any] = {}
    for label, band in raw.items():
        where = f"{spec.filter_id} weighting {label!r}"
        if not isinstance(band, dict) or not isinstance(band.get("selected_range"), dict):
            raise field_error(
                field_name,
                f"{where}: a range filter is weighted with "
                "{selected_range: {lower, upper}, weighting} per band, not a bare number.",
            )
        lower, upper = _range(band["selected_range"], spec, field_name)
        clean[label] = {
            "selected_range": {"lower": lower, "upper": upper},
            "weighting": _weight(band.get("weighting"), field_name, where),
        }
    return clean


def eligible_count(filters: list[dict[str, Any]]) -> int:
    """How many sandbox participants pass every filter (deterministic; filters are treated
    as independent, so an ``or`` group counts whoever passes any of its children)."""
    share = 1.0
    for item in filters:
        share *= _share(item)
    return math.floor(POPULATION * share)


def _share(item: dict[str, Any]) -> float:
    if item["filter_id"] in GROUP_OPERATORS:
        shares = [_share(child) for child in item["selected_filters"]]
        if item["filter_id"] == "and":
            return math.prod(shares)
        return 1.0 - math.prod(1.0 - s for s in shares)
    spec = CATALOGUE.get(item["filter_id"])
    if spec is None:
        return 1.0  # a list of earlier studies: the sandbox's population never took them
    if spec.type == "select":
        return sum(spec.shares.get(v, 0.0) for v in set(item["selected_values"]))
    rng = item["selected_range"]
    lo = spec.minimum if rng.get("lower") is None else rng["lower"]
    hi = spec.maximum if rng.get("upper") is None else rng["upper"]
    return spec.range_share(lo, hi)


# -- handlers -----------------------------------------------------------------------------------


def list_filters(state: SandboxState, req: Request) -> SandboxResponse:
    return json_response(200, paginate(req, [spec.describe() for spec in CATALOGUE.values()]))


def count_eligible_participants(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    raw = fields.items("filters", required=True)
    filters = validate_filters(raw)
    workspace_id = fields.text("workspace_id")
    if workspace_id is not None:
        _lookup.in_body(state.workspaces, workspace_id, "workspace_id", "Workspace")
    return json_response(200, {"count": eligible_count(filters)})


def filter_set_view(fs: FilterSet) -> dict[str, Any]:
    return {
        "id": fs.id,
        "name": fs.name,
        "workspace_id": fs.workspace_id,
        "organisation_id": fs.organisation_id,
        "filters": [dict(f) for f in fs.filters],
        "version": fs.version,
        "is_locked": fs.is_locked,
        "is_deleted": fs.is_deleted,
        "eligible_participant_count": eligible_count(fs.filters),
    }


def _filter_set(state: SandboxState, req: Request) -> FilterSet:
    fs = _lookup.in_path(state.filter_sets, req.params["filter_set_id"], "Filter set")
    if fs.is_deleted:
        raise SandboxError(404, f"Filter set {fs.id!r} was not found.")
    return fs


def list_filter_sets(state: SandboxState, req: Request) -> SandboxResponse:
    workspace_id = req.arg("workspace_id")
    organisation_id = req.arg("organisation_id")
    items = [
        filter_set_view(fs)
        for fs in state.filter_sets.values()
        if not fs.is_deleted
        and (workspace_id is None or fs.workspace_id == workspace_id)
        and (organisation_id is None or fs.organisation_id == organisation_id)
    ]
    return json_response(200, paginate(req, items))


def create_filter_set(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    workspace_id = fields.text("workspace_id")
    organisation_id = fields.text("organisation_id")
    if workspace_id is None and organisation_id is None:
        raise field_error("workspace_id", "Either workspace_id or organisation_id is required.")
    if workspace_id is not None:
        _lookup.in_body(state.workspaces, workspace_id, "workspace_id", "Workspace")
    name = fields.req_text("name")
    filters = validate_filters(fields.items("filters") or [])
    fs = FilterSet(
        id=state.new_id(),
        name=name,
        workspace_id=workspace_id,
        organisation_id=organisation_id,
        filters=filters,
    )
    state.filter_sets[fs.id] = fs
    return json_response(201, filter_set_view(fs))


def get_filter_set(state: SandboxState, req: Request) -> SandboxResponse:
    return json_response(200, filter_set_view(_filter_set(state, req)))


def update_filter_set(state: SandboxState, req: Request) -> SandboxResponse:
    fs = _filter_set(state, req)
    fields = req.fields()
    name = fields.text("name")
    raw = fields.items("filters")
    filters = validate_filters(raw) if raw is not None else None
    if fs.is_locked:
        raise bad_request("This filter set is locked; unlock it before changing it.")
    if name is not None:
        fs.name = name
    if filters is not None:
        fs.filters = filters
    fs.version += 1
    return json_response(200, filter_set_view(fs))


def delete_filter_set(state: SandboxState, req: Request) -> SandboxResponse:
    fs = _filter_set(state, req)
    fs.is_deleted = True
    return empty_response(204)


def clone_filter_set(state: SandboxState, req: Request) -> SandboxResponse:
    fs = _filter_set(state, req)
    fields = req.fields()
    name = fields.text("new_name") or fields.text("name") or f"{fs.name} (copy)"
    clone = FilterSet(
        id=state.new_id(),
        name=name,
        workspace_id=fs.workspace_id,
        organisation_id=fs.organisation_id,
        filters=[dict(f) for f in fs.filters],
    )
    state.filter_sets[clone.id] = clone
    return json_response(201, filter_set_view(clone))


def lock_filter_set(state: SandboxState, req: Request) -> SandboxResponse:
    fs = _filter_set(state, req)
    fs.is_locked = True
    return json_response(200, filter_set_view(fs))


def unlock_filter_set(state: SandboxState, req: Request) -> SandboxResponse:
    fs = _filter_set(state, req)
    fs.is_locked = False
    return json_response(200, filter_set_view(fs))
