"""Bad input to any namespace fails before a request is sent, naming the field at fault."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
import respx

from prolific import InvalidRequestError
from prolific_api.models.study_create import StudyCreate

from .helpers import Client
from .resource_cases import (
    GROUP_ID,
    MESSAGE,
    PARTICIPANT_1,
    PROJECT_ID,
    STUDY_FIELDS,
    STUDY_ID,
    SUBMISSION_ID,
    SUBSCRIPTION_ID,
    WORKSPACE_ID,
    outcome,
    study_model,
)

UPPER = STUDY_ID.upper()
SHORT = STUDY_ID[:-1]
AGE = {"filter_id": "age", "selected_range": {"lower": 18, "upper": 30}}
HOOK_URL = "https://example.org/hook"
EVENT = "submission.status.change"


def study(**changes: Any) -> dict[str, Any]:
    """Valid create-study fields with some changed; a value of ``...`` removes the field."""
    fields = {**STUDY_FIELDS, **changes}
    return {name: value for name, value in fields.items() if value is not ...}


def float_reward_model() -> StudyCreate:
    model = study_model()
    model.reward = 1.5  # type: ignore[assignment]
    return model


def bad(id: str, call: Callable[[Any], Any], field: str, words: str | None = None) -> Any:
    return pytest.param(call, field, words or field, id=id)


MALFORMED_IDS = [
    bad("studies.get upper case", lambda c: c.studies.get(UPPER), "study_id"),
    bad("studies.get short", lambda c: c.studies.get(SHORT), "study_id"),
    bad("studies.get path-like", lambda c: c.studies.get("../users/me"), "study_id"),
    bad("studies.update", lambda c: c.studies.update(SHORT, name="x"), "study_id"),
    bad("studies.delete", lambda c: c.studies.delete(UPPER), "study_id"),
    bad("studies.publish", lambda c: c.studies.publish(SHORT), "study_id"),
    bad("studies.clone", lambda c: c.studies.clone(SHORT), "study_id"),
    bad("studies.cost", lambda c: c.studies.cost(SHORT), "study_id"),
    bad("studies.submission_counts", lambda c: c.studies.submission_counts(None), "study_id"),
    bad("studies.create project", lambda c: c.studies.create(**study(project="pilot")), "project"),
    bad("workspaces.get", lambda c: c.workspaces.get(SHORT), "workspace_id"),
    bad("workspaces.update", lambda c: c.workspaces.update(UPPER, title="x"), "workspace_id"),
    bad("workspaces.balance", lambda c: c.workspaces.balance(SHORT), "workspace_id"),
    bad("projects.list", lambda c: c.projects.list(SHORT), "workspace_id"),
    bad("projects.create", lambda c: c.projects.create(SHORT, title="x"), "workspace_id"),
    bad("projects.get", lambda c: c.projects.get(SHORT), "project_id"),
    bad("projects.update", lambda c: c.projects.update(UPPER, title="x"), "project_id"),
    bad("projects.studies", lambda c: c.projects.studies(SHORT), "project_id"),
    bad("submissions.list", lambda c: c.submissions.list(study=SHORT), "study"),
    bad("submissions.get", lambda c: c.submissions.get(SHORT), "submission_id"),
    bad(
        "submissions.reject",
        lambda c: c.submissions.reject(SHORT, MESSAGE, "NO_CODE"),
        "submission_id",
    ),
    bad("submissions.complete", lambda c: c.submissions.complete(SHORT), "submission_id"),
    bad(
        "submissions.request_return",
        lambda c: c.submissions.request_return(UPPER, ["x"]),
        "submission_id",
    ),
    bad(
        "submissions.bulk_approve ids",
        lambda c: c.submissions.bulk_approve([SUBMISSION_ID, SHORT]),
        "submission_ids",
    ),
    bad(
        "submissions.bulk_approve participants",
        lambda c: c.submissions.bulk_approve(study_id=STUDY_ID, participant_ids=[SHORT]),
        "participant_ids",
    ),
    bad(
        "submissions.bulk_approve study",
        lambda c: c.submissions.bulk_approve(study_id=SHORT, participant_ids=[PARTICIPANT_1]),
        "study_id",
    ),
    bad(
        "bonuses.create_batch study",
        lambda c: c.bonuses.create_batch(SHORT, {PARTICIPANT_1: Decimal("1.00")}),
        "study_id",
    ),
    bad(
        "bonuses.create_batch recipient",
        lambda c: c.bonuses.create_batch(STUDY_ID, {"participant-1": Decimal("1.00")}),
        "amounts",
    ),
    bad("bonuses.pay_batch", lambda c: c.bonuses.pay_batch(SHORT), "batch_id"),
    bad(
        "participant_groups.list",
        lambda c: c.participant_groups.list(SHORT),
        "workspace_id",
    ),
    bad(
        "participant_groups.create",
        lambda c: c.participant_groups.create(name="g", workspace_id=SHORT),
        "workspace_id",
    ),
    bad("participant_groups.get", lambda c: c.participant_groups.get(SHORT), "group_id"),
    bad(
        "participant_groups.update",
        lambda c: c.participant_groups.update(SHORT, name="x"),
        "group_id",
    ),
    bad("participant_groups.delete", lambda c: c.participant_groups.delete(SHORT), "group_id"),
    bad(
        "participants.list",
        lambda c: c.participant_groups.participants.list(SHORT),
        "group_id",
    ),
    bad(
        "participants.add",
        lambda c: c.participant_groups.participants.add(GROUP_ID, [PARTICIPANT_1, SHORT]),
        "participant_ids",
    ),
    bad(
        "participants.remove",
        lambda c: c.participant_groups.participants.remove(SHORT, [PARTICIPANT_1]),
        "group_id",
    ),
    bad(
        "messages.send recipient",
        lambda c: c.messages.send(SHORT, "hi", STUDY_ID),
        "recipient_id",
    ),
    bad("messages.send study", lambda c: c.messages.send(PARTICIPANT_1, "hi", SHORT), "study_id"),
    bad("messages.list", lambda c: c.messages.list(user_id=SHORT), "user_id"),
    bad(
        "messages.send_bulk",
        lambda c: c.messages.send_bulk([SHORT], "hi", STUDY_ID),
        "participant_ids",
    ),
    bad("messages.send_to_group", lambda c: c.messages.send_to_group(SHORT, "hi"), "group_id"),
    bad("filters.list", lambda c: c.filters.list(workspace_id=SHORT), "workspace_id"),
    bad("filter_sets.list", lambda c: c.filter_sets.list(SHORT), "workspace_id"),
    bad("filter_sets.list neither owner", lambda c: c.filter_sets.list(), "workspace_id"),
    bad(
        "filter_sets.list both owners",
        lambda c: c.filter_sets.list(WORKSPACE_ID, organisation_id=WORKSPACE_ID),
        "workspace_id",
    ),
    bad(
        "filter_sets.create",
        lambda c: c.filter_sets.create(workspace_id=SHORT, name="x"),
        "workspace_id",
    ),
    bad("filter_sets.get", lambda c: c.filter_sets.get(SHORT), "filter_set_id"),
    bad("filter_sets.update", lambda c: c.filter_sets.update(SHORT, name="x"), "filter_set_id"),
    bad("filter_sets.delete", lambda c: c.filter_sets.delete(SHORT), "filter_set_id"),
    bad("filter_sets.clone", lambda c: c.filter_sets.clone(UPPER), "filter_set_id"),
    bad("filter_sets.lock", lambda c: c.filter_sets.lock(SHORT), "filter_set_id"),
    bad("filter_sets.unlock", lambda c: c.filter_sets.unlock(SHORT), "filter_set_id"),
    bad(
        "eligibility.count",
        lambda c: c.eligibility.count([AGE], workspace_id=SHORT),
        "workspace_id",
    ),
    bad("hooks.list_secrets", lambda c: c.hooks.list_secrets(SHORT), "workspace_id"),
    bad("hooks.create_secret", lambda c: c.hooks.create_secret(SHORT), "workspace_id"),
    bad(
        "hooks.list_subscriptions",
        lambda c: c.hooks.list_subscriptions(SHORT),
        "workspace_id",
    ),
    bad(
        "hooks.create_subscription",
        lambda c: c.hooks.create_subscription(SHORT, EVENT, HOOK_URL),
        "workspace_id",
    ),
    bad("hooks.get_subscription", lambda c: c.hooks.get_subscription(SHORT), "subscription_id"),
    bad(
        "hooks.update_subscription",
        lambda c: c.hooks.update_subscription(SHORT, is_enabled=False),
        "subscription_id",
    ),
    bad(
        "hooks.delete_subscription",
        lambda c: c.hooks.delete_subscription(SHORT),
        "subscription_id",
    ),
    bad(
        "hooks.confirm_subscription",
        lambda c: c.hooks.confirm_subscription(SHORT, "secret"),
        "subscription_id",
    ),
    bad("hooks.events", lambda c: c.hooks.events(SHORT), "subscription_id"),
    bad(
        "invitations.create",
        lambda c: c.invitations.create(SHORT, ["ada@example.org"]),
        "association",
    ),
]

MONEY_AND_COUNTS = [
    bad("float reward", lambda c: c.studies.create(**study(reward=1.5)), "reward", "150 means"),
    bad("zero reward", lambda c: c.studies.create(**study(reward=0)), "reward"),
    bad("negative reward", lambda c: c.studies.create(**study(reward=-150)), "reward"),
    bad("Decimal reward", lambda c: c.studies.create(**study(reward=Decimal(150))), "reward"),
    bad("bool reward", lambda c: c.studies.create(**study(reward=True)), "reward"),
    bad("float reward in a model", lambda c: c.studies.create(float_reward_model()), "reward"),
    bad(
        "float places",
        lambda c: c.studies.create(**study(total_available_places=10.0)),
        "total_available_places",
    ),
    bad(
        "zero places",
        lambda c: c.studies.create(**study(total_available_places=0)),
        "total_available_places",
    ),
    bad(
        "zero minutes",
        lambda c: c.studies.create(**study(estimated_completion_time=0)),
        "estimated_completion_time",
    ),
    bad(
        "update float places",
        lambda c: c.studies.update(STUDY_ID, total_available_places=2.5),
        "total_available_places",
    ),
    bad("update float reward", lambda c: c.studies.update(STUDY_ID, {"reward": 1.5}), "reward"),
    bad("cost float reward", lambda c: c.studies.calculate_cost(1.5, 10), "reward"),  # type: ignore[arg-type]
    bad("cost zero reward", lambda c: c.studies.calculate_cost(0, 10), "reward"),
    bad(
        "cost zero places",
        lambda c: c.studies.calculate_cost(150, 0),
        "total_available_places",
    ),
    bad(
        "cost float places",
        lambda c: c.studies.calculate_cost(150, 2.0),  # type: ignore[arg-type]
        "total_available_places",
    ),
    bad(
        "float bonus",
        lambda c: c.bonuses.create_batch(STUDY_ID, {PARTICIPANT_1: 4.25}),
        f"amounts[{PARTICIPANT_1!r}]",
        "not a float",
    ),
    bad(
        "bonus with 3 decimals",
        lambda c: c.bonuses.create_batch(STUDY_ID, {PARTICIPANT_1: Decimal("4.255")}),
        f"amounts[{PARTICIPANT_1!r}]",
        "more than two decimal places",
    ),
    bad(
        "bonus text with 3 decimals",
        lambda c: c.bonuses.create_batch(STUDY_ID, {PARTICIPANT_1: "0.001"}),
        f"amounts[{PARTICIPANT_1!r}]",
        "more than two decimal places",
    ),
    bad(
        "zero bonus",
        lambda c: c.bonuses.create_batch(STUDY_ID, {PARTICIPANT_1: 0}),
        f"amounts[{PARTICIPANT_1!r}]",
    ),
    bad("no bonuses", lambda c: c.bonuses.create_batch(STUDY_ID, {}), "amounts"),
]

REVIEW = [
    bad(
        "short rejection message",
        lambda c: c.submissions.reject(SUBMISSION_ID, "Too quick.", "TOO_QUICKLY"),
        "message",
        "at least 100 characters",
    ),
    bad(
        "99-character rejection message",
        lambda c: c.submissions.reject(SUBMISSION_ID, "x" * 99, "TOO_QUICKLY"),
        "message",
    ),
    bad(
        "unknown rejection category",
        lambda c: c.submissions.reject(SUBMISSION_ID, MESSAGE, "LAZY"),
        "rejection_category",
    ),
    bad(
        "lower-case rejection category",
        lambda c: c.submissions.reject(SUBMISSION_ID, MESSAGE, "no_code"),
        "rejection_category",
    ),
    bad("submissions.list without study", lambda c: c.submissions.list(None), "study"),
    bad(
        "no return reasons",
        lambda c: c.submissions.request_return(SUBMISSION_ID, []),
        "reasons",
        "reason",
    ),
    bad("bulk_approve nothing", lambda c: c.submissions.bulk_approve(), "submission_ids"),
    bad(
        "bulk_approve both forms",
        lambda c: c.submissions.bulk_approve(
            [SUBMISSION_ID], study_id=STUDY_ID, participant_ids=[PARTICIPANT_1]
        ),
        "submission_ids",
    ),
    bad(
        "bulk_approve one string",
        lambda c: c.submissions.bulk_approve(SUBMISSION_ID),
        "submission_ids",
    ),
    bad(
        "bulk_approve study without participants",
        lambda c: c.submissions.bulk_approve(study_id=STUDY_ID),
        "submission_ids",
    ),
]

BODIES = [
    bad(
        "eligibility_requirements keyword",
        lambda c: c.studies.create(**study(eligibility_requirements=[])),
        "eligibility_requirements",
        "filters",
    ),
    bad(
        "eligibility_requirements in the body",
        lambda c: c.studies.create({**study(), "eligibility_requirements": [{"id": "x"}]}),
        "eligibility_requirements",
    ),
    bad(
        "project_id in the body",
        lambda c: c.studies.create(**study(project_id=PROJECT_ID)),
        "project_id",
        "project=",
    ),
    bad(
        "study without description",
        lambda c: c.studies.create(**study(description=...)),
        "description",
    ),
    bad("study without reward", lambda c: c.studies.create(**study(reward=...)), "reward"),
    bad("study with empty name", lambda c: c.studies.create(**study(name="")), "name"),
    bad(
        "study without places",
        lambda c: c.studies.create(**study(total_available_places=None)),
        "total_available_places",
    ),
    bad(
        "study without completion codes",
        lambda c: c.studies.create(**study(completion_codes=[])),
        "completion_codes",
    ),
    bad("empty study", lambda c: c.studies.create(), "name"),
    bad("body of the wrong type", lambda c: c.workspaces.create(42), "body"),
    bad("workspace without title", lambda c: c.workspaces.create(description="d"), "title"),
    bad("project without title", lambda c: c.projects.create(WORKSPACE_ID), "title"),
    bad(
        "group without workspace",
        lambda c: c.participant_groups.create(name="Reliable"),
        "workspace_id",
    ),
    bad(
        "no participants to add",
        lambda c: c.participant_groups.participants.add(GROUP_ID, []),
        "participant_ids",
        "must not be empty",
    ),
    bad(
        "one participant string",
        lambda c: c.participant_groups.participants.add(GROUP_ID, PARTICIPANT_1),
        "participant_ids",
        "not one string",
    ),
    bad("blank message", lambda c: c.messages.send(PARTICIPANT_1, "  ", STUDY_ID), "body"),
    bad("messages.list unscoped", lambda c: c.messages.list(), "user_id"),
    bad("filters without filter_id", lambda c: c.eligibility.count([{"id": "age"}]), "filters"),
    bad(
        "event type",
        lambda c: c.hooks.create_subscription(WORKSPACE_ID, "status_change", HOOK_URL),
        "event_type",
    ),
    bad(
        "target url",
        lambda c: c.hooks.create_subscription(WORKSPACE_ID, EVENT, "ftp://example.org/x"),
        "target_url",
    ),
    bad(
        "updated target url",
        lambda c: c.hooks.update_subscription(SUBSCRIPTION_ID, target_url="example.org"),
        "target_url",
    ),
    bad(
        "empty hook secret",
        lambda c: c.hooks.confirm_subscription(SUBSCRIPTION_ID, ""),
        "hook_secret",
    ),
    bad(
        "invitation email",
        lambda c: c.invitations.create(WORKSPACE_ID, ["ada.example.org"]),
        "emails",
    ),
    bad(
        "invitation role",
        lambda c: c.invitations.create(WORKSPACE_ID, ["ada@example.org"], "OWNER"),
        "role",
    ),
    bad(
        "project-level invitation role (gone in 2026)",
        lambda c: c.invitations.create(WORKSPACE_ID, ["ada@example.org"], "PROJECT_EDITOR"),
        "role",
    ),
]


@pytest.mark.parametrize(
    ("call", "field", "words"), MALFORMED_IDS + MONEY_AND_COUNTS + REVIEW + BODIES
)
async def test_refused_before_sending(
    call: Callable[[Any], Any], field: str, words: str, client: Client, api: respx.MockRouter
) -> None:
    anything = api.route().respond(200, json={"id": STUDY_ID, "status": "ACTIVE"})
    with pytest.raises(InvalidRequestError) as info:
        await outcome(call(client))
    assert info.value.field == field
    assert words in str(info.value)
    assert isinstance(info.value, ValueError)
    assert anything.call_count == 0
