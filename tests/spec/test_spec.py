"""Checks on openapi/prolific.yaml: validity, the operation table, envelopes, enums, money units."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "prolific.yaml"

# (tag, operationId, method, path under /api/v1) -- the public names of the generated package.
OPERATIONS = [
    ("users", "get_me", "get", "/users/me/"),
    ("workspaces", "list_workspaces", "get", "/workspaces/"),
    ("workspaces", "create_workspace", "post", "/workspaces/"),
    ("workspaces", "get_workspace", "get", "/workspaces/{workspace_id}/"),
    ("workspaces", "update_workspace", "patch", "/workspaces/{workspace_id}/"),
    ("workspaces", "get_workspace_balance", "get", "/workspaces/{workspace_id}/balance/"),
    ("projects", "list_projects", "get", "/workspaces/{workspace_id}/projects/"),
    ("projects", "create_project", "post", "/workspaces/{workspace_id}/projects/"),
    ("projects", "get_project", "get", "/projects/{project_id}/"),
    ("projects", "update_project", "patch", "/projects/{project_id}/"),
    ("projects", "list_project_studies", "get", "/projects/{project_id}/studies/"),
    ("studies", "list_studies", "get", "/studies/"),
    ("studies", "create_study", "post", "/studies/"),
    ("studies", "get_study", "get", "/studies/{study_id}/"),
    ("studies", "update_study", "patch", "/studies/{study_id}/"),
    ("studies", "delete_study", "delete", "/studies/{study_id}/"),
    ("studies", "transition_study", "post", "/studies/{study_id}/transition/"),
    ("studies", "clone_study", "post", "/studies/{study_id}/clone/"),
    ("studies", "get_study_cost", "get", "/studies/{study_id}/cost/"),
    ("studies", "list_study_submissions", "get", "/studies/{study_id}/submissions/"),
    ("studies", "count_study_submissions", "get", "/studies/{study_id}/submissions/counts/"),
    ("studies", "calculate_study_cost", "post", "/study-cost-calculator/"),
    ("studies", "screen_out_submissions", "post", "/studies/{study_id}/screen-out-submissions/"),
    (
        "studies",
        "calculate_screen_out_payment",
        "post",
        "/studies/{study_id}/calculate-screen-out-payment/",
    ),
    ("submissions", "list_submissions", "get", "/submissions/"),
    ("submissions", "get_submission", "get", "/submissions/{submission_id}/"),
    ("submissions", "transition_submission", "post", "/submissions/{submission_id}/transition/"),
    (
        "submissions",
        "request_submission_return",
        "post",
        "/submissions/{submission_id}/request-return/",
    ),
    ("submissions", "bulk_approve_submissions", "post", "/submissions/bulk-approve/"),
    ("bonuses", "create_bonus_payments", "post", "/submissions/bonus-payments/"),
    ("bonuses", "pay_bonus_payments", "post", "/bulk-bonus-payments/{batch_id}/pay/"),
    ("participant_groups", "list_participant_groups", "get", "/participant-groups/"),
    ("participant_groups", "create_participant_group", "post", "/participant-groups/"),
    ("participant_groups", "get_participant_group", "get", "/participant-groups/{group_id}/"),
    ("participant_groups", "update_participant_group", "patch", "/participant-groups/{group_id}/"),
    (
        "participant_groups",
        "delete_participant_group",
        "delete",
        "/participant-groups/{group_id}/",
    ),
    (
        "participant_groups",
        "list_participant_group_participants",
        "get",
        "/participant-groups/{group_id}/participants/",
    ),
    (
        "participant_groups",
        "add_participant_group_participants",
        "post",
        "/participant-groups/{group_id}/participants/",
    ),
    (
        "participant_groups",
        "remove_participant_group_participants",
        "delete",
        "/participant-groups/{group_id}/participants/",
    ),
    ("messages", "list_messages", "get", "/messages/"),
    ("messages", "send_message", "post", "/messages/"),
    ("messages", "list_unread_messages", "get", "/messages/unread/"),
    ("messages", "send_bulk_message", "post", "/messages/bulk/"),
    ("messages", "send_participant_group_message", "post", "/messages/participant-group/"),
    ("filters", "list_filters", "get", "/filters/"),
    ("filter_sets", "list_filter_sets", "get", "/filter-sets/"),
    ("filter_sets", "create_filter_set", "post", "/filter-sets/"),
    ("filter_sets", "get_filter_set", "get", "/filter-sets/{filter_set_id}/"),
    ("filter_sets", "update_filter_set", "patch", "/filter-sets/{filter_set_id}/"),
    ("filter_sets", "delete_filter_set", "delete", "/filter-sets/{filter_set_id}/"),
    ("filter_sets", "clone_filter_set", "post", "/filter-sets/{filter_set_id}/clone/"),
    ("filter_sets", "lock_filter_set", "post", "/filter-sets/{filter_set_id}/lock/"),
    ("filter_sets", "unlock_filter_set", "post", "/filter-sets/{filter_set_id}/unlock/"),
    ("eligibility", "count_eligible_participants", "post", "/eligibility-count/"),
    ("hooks", "list_event_types", "get", "/hooks/event-types/"),
    ("hooks", "list_secrets", "get", "/hooks/secrets/"),
    ("hooks", "create_secret", "post", "/hooks/secrets/"),
    ("hooks", "list_subscriptions", "get", "/hooks/subscriptions/"),
    ("hooks", "create_subscription", "post", "/hooks/subscriptions/"),
    ("hooks", "get_subscription", "get", "/hooks/subscriptions/{subscription_id}/"),
    ("hooks", "update_subscription", "patch", "/hooks/subscriptions/{subscription_id}/"),
    ("hooks", "delete_subscription", "delete", "/hooks/subscriptions/{subscription_id}/"),
    ("hooks", "confirm_subscription", "post", "/hooks/subscriptions/{subscription_id}/"),
    (
        "hooks",
        "list_subscription_events",
        "get",
        "/hooks/subscriptions/{subscription_id}/events/",
    ),
    ("invitations", "create_invitation", "post", "/invitations/"),
    # research operations of the 2026 description
    ("studies", "create_test_study", "post", "/studies/{study_id}/test-study"),
    ("test_participants", "create_test_participant", "post", "/researchers/participants/"),
    ("studies", "export_demographics", "post", "/studies/{study_id}/demographic-export/"),
    (
        "studies",
        "get_demographic_export_history",
        "get",
        "/studies/{study_id}/demographic-export-history/",
    ),
    (
        "studies",
        "get_access_details_progress",
        "get",
        "/studies/{study_id}/access-details-progress/",
    ),
    ("studies", "get_reward_recommendations", "get", "/reward-recommendations/"),
    ("filters", "get_filter_distribution", "get", "/filters/{filter_id}/distribution/"),
    ("credentials", "get_credential_pools", "get", "/credentials/"),
    ("credentials", "create_credential_pool", "post", "/credentials/"),
    ("credentials", "append_credentials", "patch", "/credentials/{credential_pool_id}/"),
    ("credentials", "get_credential_report", "get", "/studies/{study_id}/credentials/report/"),
    ("projects", "remove_project_study", "delete", "/projects/{project_id}/studies/{study_id}/"),
    (
        "submissions",
        "get_feedback_upload_url",
        "get",
        "/submissions/signals/upload-url/{filename}",
    ),
    ("study_urls", "get_study_jwks", "get", "/../.well-known/study/jwks.json"),
    # AI Task Builder and surveys, spelled as Prolific documents them (issue 19)
    ("ai_task_builder", "create_dataset", "post", "/data-collection/datasets"),
    ("ai_task_builder", "get_dataset", "get", "/data-collection/datasets/{dataset_id}"),
    ("ai_task_builder", "update_dataset_schema", "patch", "/data-collection/datasets/{dataset_id}"),
    (
        "ai_task_builder",
        "get_dataset_status",
        "get",
        "/data-collection/datasets/{dataset_id}/status",
    ),
    (
        "ai_task_builder",
        "get_dataset_upload_url",
        "get",
        "/data-collection/datasets/{dataset_id}/upload-url/{filename}",
    ),
    (
        "ai_task_builder",
        "get_dataset_import",
        "get",
        "/data-collection/datasets/{dataset_id}/imports/{import_id}",
    ),
    (
        "ai_task_builder",
        "append_dataset_datapoints",
        "post",
        "/data-collection/datasets/{dataset_id}/datapoints",
    ),
    (
        "ai_task_builder",
        "get_schema_migration",
        "get",
        "/data-collection/datasets/{dataset_id}/schema-migrations/{job_id}",
    ),
    ("ai_task_builder", "list_task_batches", "get", "/data-collection/batches"),
    ("ai_task_builder", "create_task_batch", "post", "/data-collection/batches"),
    ("ai_task_builder", "get_task_batch", "get", "/data-collection/batches/{batch_id}"),
    ("ai_task_builder", "update_task_batch", "patch", "/data-collection/batches/{batch_id}"),
    (
        "ai_task_builder",
        "get_task_batch_status",
        "get",
        "/data-collection/batches/{batch_id}/status",
    ),
    ("ai_task_builder", "setup_task_batch", "post", "/data-collection/batches/{batch_id}/setup"),
    (
        "ai_task_builder",
        "list_task_batch_responses",
        "get",
        "/data-collection/batches/{batch_id}/responses",
    ),
    (
        "ai_task_builder",
        "get_task_batch_report",
        "get",
        "/data-collection/batches/{batch_id}/report/",
    ),
    (
        "ai_task_builder",
        "duplicate_task_batch",
        "post",
        "/data-collection/batches/{batch_id}/duplicate",
    ),
    ("ai_task_builder", "sync_task_batch", "post", "/data-collection/batches/{batch_id}/sync"),
    (
        "ai_task_builder",
        "get_task_batch_sync",
        "get",
        "/data-collection/batches/{batch_id}/syncs/{sync_id}",
    ),
    (
        "ai_task_builder",
        "request_task_batch_export",
        "post",
        "/data-collection/batches/{batch_id}/export",
    ),
    (
        "ai_task_builder",
        "get_task_batch_export",
        "get",
        "/data-collection/batches/{batch_id}/export/{export_id}",
    ),
    (
        "ai_task_builder",
        "list_task_batch_instructions",
        "get",
        "/data-collection/batches/{batch_id}/instructions",
    ),
    (
        "ai_task_builder",
        "create_task_batch_instructions",
        "post",
        "/data-collection/batches/{batch_id}/instructions",
    ),
    (
        "ai_task_builder",
        "replace_task_batch_instructions",
        "put",
        "/data-collection/batches/{batch_id}/instructions",
    ),
    ("ai_task_builder", "list_collections", "get", "/data-collection/collections"),
    ("ai_task_builder", "create_collection", "post", "/data-collection/collections"),
    ("ai_task_builder", "get_collection", "get", "/data-collection/collections/{collection_id}"),
    (
        "ai_task_builder",
        "replace_collection",
        "put",
        "/data-collection/collections/{collection_id}",
    ),
    (
        "ai_task_builder",
        "list_collection_responses",
        "get",
        "/data-collection/collections/{collection_id}/responses",
    ),
    (
        "ai_task_builder",
        "request_collection_export",
        "post",
        "/data-collection/collections/{collection_id}/export",
    ),
    (
        "ai_task_builder",
        "get_collection_export",
        "get",
        "/data-collection/collections/{collection_id}/export/{export_id}",
    ),
    ("surveys", "list_surveys", "get", "/surveys/"),
    ("surveys", "create_survey", "post", "/surveys/"),
    ("surveys", "get_survey", "get", "/surveys/{survey_id}"),
    ("surveys", "delete_survey", "delete", "/surveys/{survey_id}"),
    ("surveys", "list_survey_responses", "get", "/surveys/{survey_id}/responses/"),
    ("surveys", "create_survey_response", "post", "/surveys/{survey_id}/responses/"),
    ("surveys", "delete_survey_responses", "delete", "/surveys/{survey_id}/responses/"),
    ("surveys", "get_survey_summary", "get", "/surveys/{survey_id}/responses/summary/"),
    ("surveys", "get_survey_response", "get", "/surveys/{survey_id}/responses/{response_id}"),
    ("surveys", "delete_survey_response", "delete", "/surveys/{survey_id}/responses/{response_id}"),
]

ENUMS = {
    "StudyStatus": {
        "UNPUBLISHED",
        "PUBLISHING",
        "SCHEDULED",
        "ACTIVE",
        "PAUSED",
        "AWAITING REVIEW",
        "COMPLETED",
        "PROCESSING",
        "UNKNOWN",
    },
    "SubmissionStatus": {
        "RESERVED",
        "ACTIVE",
        "AWAITING REVIEW",
        "APPROVED",
        "REJECTED",
        "RETURNED",
        "TIMED-OUT",
        "SCREENED OUT",
        "PROCESSING",
        "UNKNOWN",
    },
    "StudyTransitionAction": {"PUBLISH", "PAUSE", "START", "STOP"},
    "SubmissionTransitionAction": {"APPROVE", "REJECT", "COMPLETE"},
    "RejectionCategory": {
        "TOO_QUICKLY",
        "TOO_SLOWLY",
        "FAILED_INSTRUCTIONS",
        "INCOMP_LONGITUDINAL",
        "FAILED_CHECK",
        "LOW_EFFORT",
        "MALINGERING",
        "NO_CODE",
        "BAD_CODE",
        "NO_DATA",
        "UNSUPP_DEVICE",
        "OTHER",
    },
    "CompletionCodeType": {
        "COMPLETED",
        "FAILED_ATTENTION_CHECK",
        "FOLLOW_UP_STUDY",
        "GIVE_BONUS",
        "INCOMPATIBLE_DEVICE",
        "NO_CONSENT",
        "OTHER",
        "FIXED_SCREENOUT",
        "DEFAULT",
    },
    "CompletionCodeActionType": {
        "AUTOMATICALLY_APPROVE",
        "MANUALLY_REVIEW",
        "ADD_TO_PARTICIPANT_GROUP",
        "REMOVE_FROM_PARTICIPANT_GROUP",
        "REQUEST_RETURN",
        "DYNAMIC_PAYMENT",
    },
    "CompletionOption": {"url", "code"},
    "ProlificIdOption": {"question", "url_parameters", "not_required"},
    "DeviceCompatibility": {"desktop", "tablet", "mobile"},
}

# Money fields in minor units (integers or numbers), and the ones in decimal major units.
MINOR_UNIT_FIELDS = {
    "reward",
    "amount",
    "fees",
    "vat",
    "rewards",
    "total_amount",
    "total_cost",
    "total_balance",
    "available_balance",
    "bonus_payments",
}
MAJOR_UNIT_FIELDS = {"csv_bonuses", "bonus_per_submission", "reward_per_hour"}


@cache
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.safe_load(fh)
    return loaded


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (schemas, responses) to its target."""
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def properties(schema: dict[str, Any]) -> dict[str, Any]:
    """Properties of a schema, merging `allOf` parts."""
    schema = resolve(schema)
    merged: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        merged.update(properties(part))
    merged.update(schema.get("properties", {}))
    return merged


def all_schema_properties() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (schema_name, prop_name, prop)
        for schema_name, schema in spec()["components"]["schemas"].items()
        for part in [schema, *schema.get("allOf", [])]
        for prop_name, prop in part.get("properties", {}).items()
    ]


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if method in {"get", "post", "patch", "put", "delete"}:
                found[op["operationId"]] = (method, path, op)
    return found


def test_spec_is_valid_openapi_3_0() -> None:
    assert spec()["openapi"].startswith("3.0")
    validate(spec())


#: Paths Prolific spells without the trailing slash (a POST there must not be redirected), and
#: the one outside /api/v1.
NO_TRAILING_SLASH = {
    "/api/v1/studies/{study_id}/test-study",
    "/api/v1/submissions/signals/upload-url/{filename}",
}
OUTSIDE_V1 = {"/.well-known/study/jwks.json"}
# Families whose paths Prolific spells without the trailing slash, and whose lists are not
# paged by `page`/`page_size` links; we send them exactly as documented.
AS_DOCUMENTED_TAGS = {"ai_task_builder", "surveys"}


def test_server_and_path_shape() -> None:
    assert spec()["servers"] == [{"url": "https://api.prolific.com"}]
    for operation_id, (_, path, op) in operations().items():
        if path in OUTSIDE_V1:
            continue
        assert path.startswith("/api/v1/"), path
        if op["tags"][0] not in AS_DOCUMENTED_TAGS and path not in NO_TRAILING_SLASH:
            assert path.endswith("/"), (operation_id, path)


@pytest.mark.parametrize(("tag", "operation_id", "method", "path"), OPERATIONS)
def test_operation_present(tag: str, operation_id: str, method: str, path: str) -> None:
    ops = operations()
    assert operation_id in ops, f"missing operation {operation_id}"
    found_method, found_path, op = ops[operation_id]
    # "/.." climbs out of /api/v1 (the study-URL keys live at the site root).
    expected = path.removeprefix("/..") if path.startswith("/..") else "/api/v1" + path
    assert (found_method, found_path) == (method, expected)
    assert op["tags"] == [tag]
    assert op.get("summary")


def test_no_operations_beyond_the_table() -> None:
    assert set(operations()) == {row[1] for row in OPERATIONS}


def test_security_is_one_global_token_scheme() -> None:
    scheme = spec()["components"]["securitySchemes"]["Token"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    assert "Token <token>" in scheme["description"]
    assert spec()["security"] == [{"Token": []}]
    for operation_id, (_, _, op) in operations().items():
        # The signing keys of secured study URLs are public: that call sends no token.
        expected = [] if operation_id == "get_study_jwks" else None
        assert op.get("security") == expected, operation_id
        params = [resolve(p) for p in op.get("parameters", [])]
        assert all(p["name"] != "Authorization" for p in params), operation_id


def test_list_operations_answer_an_envelope() -> None:
    list_ops = [
        row[1]
        for row in OPERATIONS
        if row[1].startswith("list_") and row[0] not in AS_DOCUMENTED_TAGS
    ]
    assert len(list_ops) == 16
    for operation_id in list_ops:
        _, _, op = operations()[operation_id]
        body = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert body["$ref"].endswith("List"), operation_id
        envelope = resolve(body)
        assert envelope["required"] == ["results"], operation_id
        props = envelope["properties"]
        assert props["results"]["type"] == "array"
        assert props["_links"] == {"$ref": "#/components/schemas/PageLinks"}
        assert props["meta"] == {"$ref": "#/components/schemas/ListMeta"}
        names = {resolve(p)["name"] for p in op.get("parameters", [])}
        assert {"page", "page_size"} <= names, operation_id
    links = properties({"$ref": "#/components/schemas/PageLinks"})
    assert set(links) == {"self", "next", "previous", "last"}
    assert properties({"$ref": "#/components/schemas/PageLink"})["href"]["nullable"] is True
    workspaces = {resolve(p)["name"] for p in operations()["list_workspaces"][2]["parameters"]}
    assert {"limit", "offset"} <= workspaces


def test_errors_use_both_body_shapes() -> None:
    for operation_id, (_, _, op) in operations().items():
        codes = set(op["responses"])
        assert {"400", "401", "403", "404", "429", "5XX"} <= codes, operation_id
        for code in codes - {"200", "201", "202", "204"}:
            schema = resolve(op["responses"][code])["content"]["application/json"]["schema"]
            refs = {option["$ref"].rsplit("/", 1)[1] for option in schema["anyOf"]}
            assert refs == {"ErrorResponse", "MessageError"}, (operation_id, code)
    detail = properties({"$ref": "#/components/schemas/ErrorDetail"})
    assert set(detail) >= {"status", "error_code", "title", "detail", "traceback", "interactive"}


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_enum_is_complete(name: str) -> None:
    assert ENUMS[name] <= set(spec()["components"]["schemas"][name]["enum"])


def test_money_fields_state_their_unit() -> None:
    checked = set()
    for schema_name, prop_name, prop in all_schema_properties():
        if "$ref" in prop:
            continue
        where = f"{schema_name}.{prop_name}"
        if prop_name in MINOR_UNIT_FIELDS:
            assert "minor units" in prop.get("description", ""), where
            checked.add(prop_name)
        if prop_name in MAJOR_UNIT_FIELDS:
            assert "major units" in prop.get("description", ""), where
            checked.add(prop_name)
    assert checked == MINOR_UNIT_FIELDS | MAJOR_UNIT_FIELDS


def test_legacy_study_fields() -> None:
    create = properties({"$ref": "#/components/schemas/StudyCreate"})
    for legacy in ("completion_code", "completion_option"):
        assert create[legacy].get("deprecated") is True
        assert "completion_codes" in create[legacy]["description"]
    assert "eligibility_requirements" not in create
    assert "project_id" not in create
    assert "project_id" in create["project"]["description"]
    assert "eligibility_requirements" in create["filters"]["description"]


def test_list_and_detail_shapes_differ() -> None:
    item = properties({"$ref": "#/components/schemas/SubmissionListItem"})
    detail = properties({"$ref": "#/components/schemas/Submission"})
    assert "participant_id" in item and "participant" not in item
    assert {"participant", "bonus_payments", "return_requested"} <= set(detail)
    assert "participant_id" not in detail


#: What each response model requires: exactly the fields Prolific always sends (the 2026-08
#: reference spec requires them, and every sandbox answer and recorded cassette carries them),
#: so users read plain types; everything else stays optional and unknown fields still parse.
ALWAYS_SENT = {
    "Study": {
        "id", "status", "name", "description", "total_available_places",
        "estimated_completion_time", "reward",
    },
    "StudyListItem": {"id", "name", "status"},
    "Submission": {"id", "study_id", "status", "started_at"},
    "SubmissionListItem": {"id", "participant_id", "status", "started_at", "has_siblings"},
    "User": {"id", "email"},
    "Workspace": {"id", "title"},
    "WorkspaceListItem": {"id", "title"},
    "Project": {"id", "title"},
    "ProjectListItem": {"id", "title"},
    "BonusBatch": {"id"},
}  # fmt: skip


def test_responses_require_what_prolific_always_sends_and_no_more() -> None:
    schemas = spec()["components"]["schemas"]
    for name, expected in ALWAYS_SENT.items():
        required = {
            r
            for part in [schemas[name], *schemas[name].get("allOf", [])]
            for r in part.get("required", [])
        }
        assert required == expected, name


def test_create_subscription_declares_hook_secret_header() -> None:
    created = operations()["create_subscription"][2]["responses"]["201"]
    assert "X-Hook-Secret" in created["headers"]
