"""The sandbox's AI Task Builder and surveys, driven over raw HTTP as Prolific would be."""

from __future__ import annotations

from typing import Any

import httpx

from prolific.sandbox import Sandbox, example_study

from .task_builder_sweep import DC, DETAILS, JSONL, LAYOUT, SCHEMA, upload


def dataset(api: httpx.Client, sb: Sandbox, schema: Any = SCHEMA) -> str:
    body: dict[str, Any] = {"name": "Replies", "workspace_id": sb.workspace_id}
    if schema is not None:
        body["schema"] = schema
    answer = api.post(f"{DC}/datasets", json=body)
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


def test_storage_refuses_a_request_that_carries_the_api_token(
    sb: Sandbox, api: httpx.Client
) -> None:
    ident = dataset(api, sb)
    target = api.get(f"{DC}/datasets/{ident}/upload-url/items.jsonl").json()
    refused = api.put(  # the API client sends its Authorization header: storage must refuse
        target["upload_url"], content=JSONL, headers={"Content-Type": target["content_type"]}
    )
    assert refused.status_code == 400
    assert b"Only one auth mechanism" in refused.content
    job = api.get(f"{DC}/datasets/{ident}/imports/{target['import_id']}").json()
    assert job["status"] == "uninitialised"  # nothing was taken in
    # The refusal is logged, saying a credential arrived without keeping it.
    [logged] = sb.task_builder.storage_requests
    assert (logged.method, logged.status) == ("PUT", 400)
    assert logged.headers["authorization"] == "[present]"


def test_storage_refuses_another_content_type(sb: Sandbox, api: httpx.Client) -> None:
    ident = dataset(api, sb)
    target = api.get(f"{DC}/datasets/{ident}/upload-url/items.jsonl").json()
    with httpx.Client(transport=sb.transport()) as storage:
        answer = storage.put(
            target["upload_url"], content=JSONL, headers={"Content-Type": "text/plain"}
        )
    assert answer.status_code == 403
    assert b"SignatureDoesNotMatch" in answer.content
    assert [r.status for r in sb.task_builder.storage_requests] == [403]


def test_an_import_progresses_on_the_sandbox_clock(sb: Sandbox, api: httpx.Client) -> None:
    ident = dataset(api, sb)
    target = api.get(f"{DC}/datasets/{ident}/upload-url/items.jsonl").json()
    job_url = f"{DC}/datasets/{ident}/imports/{target['import_id']}"
    upload(sb, target, JSONL)
    assert api.get(job_url).json()["status"] == "processing"
    sb.advance(sb.task_builder.delays.dataset_import)
    job = api.get(job_url).json()
    assert (job["status"], job["accepted_count"]) == ("complete", 2)
    assert api.get(f"{DC}/datasets/{ident}").json()["total_datapoint_count"] == 2


def test_a_ragged_csv_puts_a_legacy_dataset_in_error(sb: Sandbox, api: httpx.Client) -> None:
    ident = dataset(api, sb, schema=None)
    target = api.get(f"{DC}/datasets/{ident}/upload-url/items.csv").json()
    upload(sb, target, b"a,b\n1,2\n3\n")
    sb.advance(sb.task_builder.delays.dataset_import)
    assert api.get(f"{DC}/datasets/{ident}/status").json() == {"status": "ERROR"}
    assert any("Line 3" in w for w in sb.warnings)


def test_setup_waits_for_a_finished_import_then_builds_tasks(
    sb: Sandbox, api: httpx.Client
) -> None:
    ident = dataset(api, sb)
    body = {"name": "B", "workspace_id": sb.workspace_id, "task_details": DETAILS}
    batch = api.post(f"{DC}/batches", json={**body, "dataset_id": ident, "batch_items": LAYOUT})
    batch_id = batch.json()["id"]
    early = api.post(f"{DC}/batches/{batch_id}/setup")
    assert early.status_code == 400 and "no finished import" in early.text

    target = api.get(f"{DC}/datasets/{ident}/upload-url/items.jsonl").json()
    upload(sb, target, JSONL)
    sb.advance(sb.task_builder.delays.dataset_import)
    assert api.post(f"{DC}/batches/{batch_id}/setup").status_code == 202
    assert api.get(f"{DC}/batches/{batch_id}/status").json() == {"status": "PROCESSING"}
    sb.advance(sb.task_builder.delays.batch_setup)
    ready = api.get(f"{DC}/batches/{batch_id}").json()
    assert (ready["status"], ready["total_task_count"]) == ("READY", 2)


def test_a_layout_naming_an_unknown_field_answers_422_with_its_position(
    sb: Sandbox, api: httpx.Client
) -> None:
    ident = dataset(api, sb)
    bad = [{"rows": [{"columns": [{"items": [{"type": "dataset_field", "field": "nope"}]}]}]}]
    answer = api.post(
        f"{DC}/batches",
        json={"name": "B", "workspace_id": sb.workspace_id, "task_details": DETAILS,
              "dataset_id": ident, "batch_items": bad},
    )  # fmt: skip
    assert answer.status_code == 422
    body = answer.json()
    assert body["type"] == "INVALID_BATCH_ITEMS"
    [issue] = body["issues"]
    assert (issue["page"], issue["item"], issue["field"]) == (0, 0, "nope")


def test_instruction_calls_are_marked_deprecated_and_refused_on_layout_batches(
    sb: Sandbox, api: httpx.Client
) -> None:
    body = {"name": "B", "workspace_id": sb.workspace_id, "task_details": DETAILS}
    legacy = api.post(f"{DC}/batches", json=body).json()["id"]
    modern = api.post(f"{DC}/batches", json={**body, "batch_items": LAYOUT}).json()["id"]
    question = {"instructions": [{"type": "free_text", "description": "Why?"}]}
    made = api.post(f"{DC}/batches/{legacy}/instructions", json=question)
    assert made.status_code == 201
    assert made.headers["Deprecation"] == "true" and "2026" in made.headers["Sunset"]
    refused = api.post(f"{DC}/batches/{modern}/instructions", json=question)
    assert refused.status_code == 422


def test_export_is_idempotent_while_generating_and_serves_a_zip(
    sb: Sandbox, api: httpx.Client
) -> None:
    body = {"name": "B", "workspace_id": sb.workspace_id, "task_details": DETAILS}
    batch = api.post(f"{DC}/batches", json=body).json()["id"]
    first = api.post(f"{DC}/batches/{batch}/export")
    again = api.post(f"{DC}/batches/{batch}/export")
    assert first.status_code == again.status_code == 202
    assert first.json()["export_id"] == again.json()["export_id"]
    sb.advance(sb.task_builder.delays.export)
    done = api.get(f"{DC}/batches/{batch}/export/{first.json()['export_id']}").json()
    assert done["status"] == "complete"
    with httpx.Client(transport=sb.transport()) as storage:
        archive = storage.get(done["url"])
    assert archive.status_code == 200 and archive.content[:2] == b"PK"


def test_survey_summary_counts_each_answer(sb: Sandbox, api: httpx.Client) -> None:
    survey = api.post(
        "/api/v1/surveys/",
        json={"researcher_id": sb.user_id, "title": "Lunch",
              "questions": [{"title": "Soup?", "type": "single",
                             "answers": [{"value": "Yes"}, {"value": "No"}]}]},
    ).json()  # fmt: skip
    question = survey["questions"][0]
    yes, no = (a["id"] for a in question["answers"])
    for n, choice in enumerate([yes, yes, no]):
        answer = {"question_id": question["id"], "question_title": "Soup?",
                  "answers": [{"answer_id": choice, "value": "?"}]}  # fmt: skip
        made = api.post(
            f"/api/v1/surveys/{survey['_id']}/responses/",
            json={"participant_id": f"{n:024x}", "submission_id": f"{n:024x}",
                  "questions": [answer]},
        )  # fmt: skip
        assert made.status_code == 201, made.text
    summary = api.get(f"/api/v1/surveys/{survey['_id']}/responses/summary/").json()
    counts = {a["answer"]: a["count"] for a in summary["questions"][0]["answers"]}
    assert counts == {"Yes": 2, "No": 1}
    assert summary["questions"][0]["total_answers"] == 3


def test_a_survey_response_naming_an_unknown_answer_is_refused(
    sb: Sandbox, api: httpx.Client
) -> None:
    survey = api.post(
        "/api/v1/surveys/",
        json={"researcher_id": sb.user_id, "title": "T",
              "questions": [{"title": "Q", "type": "single", "answers": [{"value": "A"}]}]},
    ).json()  # fmt: skip
    question = survey["questions"][0]["id"]
    answer = {"question_id": question, "question_title": "Q",
              "answers": [{"answer_id": "nope", "value": "A"}]}  # fmt: skip
    refused = api.post(
        f"/api/v1/surveys/{survey['_id']}/responses/",
        json={"participant_id": "p", "submission_id": "s", "questions": [answer]},
    )
    assert refused.status_code == 400
    assert "unknown answer_id" in refused.text


def test_reset_forgets_task_builder_records(sb: Sandbox, api: httpx.Client) -> None:
    dataset(api, sb)
    sb.reset()
    assert sb.task_builder.datasets == {}


def test_a_study_may_repeat_its_own_batch_in_an_update(sb: Sandbox, api: httpx.Client) -> None:
    from prolific.sandbox._task_builder_state import TaskBatch

    sb.task_builder.batches["b1"] = TaskBatch(
        id="b1",
        name="Ready",
        workspace_id=sb.workspace_id,
        created_by=sb.user_id,
        created_at=sb.clock.utcnow(),
        task_details={},
        layout=[],
        status="READY",
        groups=2,
    )
    body = {k: v for k, v in example_study().items() if k != "external_study_url"}
    link = {"data_collection_method": "AI_TASK_BUILDER_BATCH", "data_collection_id": "b1"}
    study = api.post("/api/v1/studies/", json={**body, **link})
    assert study.status_code == 201, study.text
    assert study.json()["total_available_places"] == 2  # the batch's task groups
    again = api.patch(f"/api/v1/studies/{study.json()['id']}/", json=link)
    assert again.status_code == 200, again.text
    second = api.post("/api/v1/studies/", json={**body, **link})
    assert second.status_code == 400 and "already used by study" in second.text
