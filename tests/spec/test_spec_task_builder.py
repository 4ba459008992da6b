"""The AI Task Builder and survey families of openapi/prolific.yaml: what a user relies on."""

from __future__ import annotations

from test_spec import operations, properties, spec

LEGACY_INSTRUCTIONS = {
    "list_task_batch_instructions",
    "create_task_batch_instructions",
    "replace_task_batch_instructions",
}


def test_legacy_instruction_calls_are_marked_deprecated_and_point_to_batch_items() -> None:
    for operation_id, (_, _, op) in operations().items():
        if op["tags"][0] not in ("ai_task_builder", "surveys"):
            continue
        if operation_id in LEGACY_INSTRUCTIONS:
            assert op.get("deprecated") is True, operation_id
            assert "batch_items" in op["description"], operation_id
        else:
            assert not op.get("deprecated"), operation_id


def test_batches_use_the_renamed_auto_sync_field() -> None:
    for name in ("TaskBatch", "TaskBatchCreate", "TaskBatchUpdate"):
        fields = properties({"$ref": f"#/components/schemas/{name}"})
        assert "auto_sync_enabled" in fields and "auto_sync" not in fields, name


def test_early_access_calls_say_so() -> None:
    for operation_id in ("create_dataset", "update_dataset_schema", "append_dataset_datapoints"):
        assert "Early access" in operations()[operation_id][2]["description"], operation_id


def test_upload_and_export_urls_warn_against_sending_the_token() -> None:
    upload = properties({"$ref": "#/components/schemas/DatasetUploadUrl"})["upload_url"]
    export = properties({"$ref": "#/components/schemas/Export"})["url"]
    for field in (upload, export):
        assert "no API token" in field["description"]


def test_append_takes_jsonl_and_export_answers_200_or_202() -> None:
    append = operations()["append_dataset_datapoints"][2]
    assert list(append["requestBody"]["content"]) == ["application/x-ndjson"]
    assert "409" in append["responses"]
    export = operations()["request_task_batch_export"][2]["responses"]
    assert {"200", "202"} <= set(export)


def test_family_count() -> None:
    tags = [op["tags"][0] for _, _, op in operations().values()]
    assert tags.count("ai_task_builder") == 31
    assert tags.count("surveys") == 10
    assert "Token" in spec()["components"]["securitySchemes"]
