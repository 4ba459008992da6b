"""The AI Task Builder and survey part of the conformance sweep (every operation, some errors).

Uploads go to the storage host with a client of their own: it is not Prolific's API, so its
answers are not validated against the spec, and it must never see the API token.
"""

from __future__ import annotations

import httpx

from prolific.sandbox import Sandbox

DC = "/api/v1/data-collection"
DETAILS = {
    "task_name": "Rate replies",
    "task_introduction": "<p>Read each reply.</p>",
    "task_steps": "<p>Choose a rating.</p>",
}
SCHEMA = {"strict": True, "fields": {"prompt": {"type": "text"}, "reply": {"type": "text"}}}
LAYOUT = [
    {
        "rows": [
            {
                "columns": [
                    {"items": [{"type": "dataset_field", "field": "reply"}]},
                    {
                        "items": [
                            {
                                "type": "multiple_choice",
                                "description": "How helpful is the reply?",
                                "answer_limit": 1,
                                "options": [
                                    {"label": "Helpful", "value": "helpful"},
                                    {"label": "Unhelpful", "value": "unhelpful"},
                                ],
                            }
                        ]
                    },
                ]
            }
        ]
    }
]
JSONL = b'{"prompt": "Hi", "reply": "Hello!"}\n{"prompt": "Bye", "reply": "See you"}\n'


def upload(sb: Sandbox, target: dict[str, str], body: bytes) -> None:
    with httpx.Client(transport=sb.transport()) as storage:
        answer = storage.put(
            target["upload_url"], content=body, headers={"Content-Type": target["content_type"]}
        )
        answer.raise_for_status()


def sweep_task_builder(sb: Sandbox, c: httpx.Client, study_body: dict[str, object]) -> None:
    ws = sb.workspace_id
    # datasets: a structured one (JSONL import) and a legacy one (CSV, status)
    dataset = c.post(
        f"{DC}/datasets", json={"name": "Replies", "workspace_id": ws, "schema": SCHEMA}
    ).json()["id"]
    target = c.get(f"{DC}/datasets/{dataset}/upload-url/replies.jsonl").json()
    upload(sb, target, JSONL)
    sb.advance(sb.task_builder.delays.dataset_import)
    c.get(f"{DC}/datasets/{dataset}/imports/{target['import_id']}")
    c.get(f"{DC}/datasets/{dataset}")
    c.post(
        f"{DC}/datasets/{dataset}/datapoints",
        content=b'{"prompt": "Why", "reply": "Because"}\n{"prompt": 1}\n',
        headers={"Content-Type": "application/x-ndjson"},
    )
    changed = c.patch(
        f"{DC}/datasets/{dataset}",
        json={"schema": {**SCHEMA, "strict": False}},
    ).json()
    c.get(f"{DC}/datasets/{dataset}/schema-migrations/{changed['migration_job_id']}")
    legacy = c.post(f"{DC}/datasets", json={"name": "Old", "workspace_id": ws}).json()["id"]
    old_target = c.get(f"{DC}/datasets/{legacy}/upload-url/old.csv").json()
    upload(sb, old_target, b"text\nfirst\nsecond\n")
    c.get(f"{DC}/datasets/{legacy}/status")
    c.get(f"{DC}/datasets/{legacy}/upload-url/old.exe")  # 400: unsupported file type
    # batches
    body = {"name": "Ratings", "workspace_id": ws, "task_details": DETAILS}
    batch = c.post(
        f"{DC}/batches", json={**body, "dataset_id": dataset, "batch_items": LAYOUT}
    ).json()["id"]
    bad = [{"rows": [{"columns": [{"items": [{"type": "dataset_field", "field": "nope"}]}]}]}]
    c.post(f"{DC}/batches", json={**body, "dataset_id": dataset, "batch_items": bad})  # 422
    c.get(f"{DC}/batches", params={"workspace_id": ws})
    c.patch(f"{DC}/batches/{batch}", json={"name": "Ratings 2", "auto_sync_enabled": True})
    c.post(f"{DC}/batches/{batch}/setup", json={"tasks_per_group": 2})
    c.get(f"{DC}/batches/{batch}/status")
    sb.advance(sb.task_builder.delays.batch_setup)
    c.get(f"{DC}/batches/{batch}")
    sync = c.post(f"{DC}/batches/{batch}/sync").json()["sync_id"]
    c.get(f"{DC}/batches/{batch}/syncs/{sync}")
    c.post(f"{DC}/batches/{batch}/duplicate", json={"name": "Copy"})
    legacy_batch = c.post(f"{DC}/batches", json=body).json()["id"]
    question = {"type": "free_text", "description": "Anything to add?"}
    made = c.post(f"{DC}/batches/{legacy_batch}/instructions", json={"instructions": [question]})
    kept = {**question, "id": made.json()[0]["id"]}
    c.put(f"{DC}/batches/{legacy_batch}/instructions", json={"instructions": [kept]})
    c.get(f"{DC}/batches/{legacy_batch}/instructions")
    c.post(f"{DC}/batches/{batch}/instructions", json={"instructions": [question]})  # 422
    # a study runs on the batch; then answers, a report and an export
    study = c.post(
        "/api/v1/studies/",
        json={
            **{k: v for k, v in study_body.items() if k not in ("external_study_url",)},
            "data_collection_method": "AI_TASK_BUILDER_BATCH",
            "data_collection_id": batch,
        },
    ).json()["id"]
    c.post(f"/api/v1/studies/{study}/transition/", json={"action": "PUBLISH"})
    sb.advance(10)  # PUBLISHING lasts a few seconds
    sb.participants.join(study, 1, complete_after=60)
    sb.advance(60)
    c.get(f"{DC}/batches/{batch}/responses")
    c.get(f"{DC}/batches/{batch}/report/")
    export = c.post(f"{DC}/batches/{batch}/export").json()["export_id"]
    sb.advance(sb.task_builder.delays.export)
    c.get(f"{DC}/batches/{batch}/export/{export}")
    c.post(f"{DC}/batches/{batch}/export")  # 200: the export is ready
    # collections
    page = {"page_items": [{"type": "free_text", "description": "Describe your day."}]}
    collection = c.post(
        f"{DC}/collections",
        json={
            "name": "Diaries",
            "workspace_id": ws,
            "task_details": DETAILS,
            "collection_items": [page],
        },
    ).json()["id"]
    c.get(f"{DC}/collections", params={"workspace_id": ws})
    c.get(f"{DC}/collections/{collection}")
    c.put(
        f"{DC}/collections/{collection}",
        json={
            "name": "Diaries 2",
            "workspace_id": ws,
            "task_details": DETAILS,
            "collection_items": [page],
        },
    )
    c.get(f"{DC}/collections/{collection}/responses")
    collection_export = c.post(f"{DC}/collections/{collection}/export").json()["export_id"]
    sb.advance(sb.task_builder.delays.export)
    c.get(f"{DC}/collections/{collection}/export/{collection_export}")
    # surveys
    survey = c.post(
        "/api/v1/surveys/",
        json={
            "researcher_id": sb.user_id,
            "title": "Lunch",
            "sections": [
                {
                    "title": "Food",
                    "questions": [
                        {
                            "title": "Soup?",
                            "type": "single",
                            "answers": [{"value": "Yes"}, {"value": "No"}],
                        }
                    ],
                }
            ],
        },
    ).json()
    sid = survey["_id"]
    section = survey["sections"][0]
    q = section["questions"][0]
    c.get("/api/v1/surveys/", params={"researcher_id": sb.user_id})
    c.get(f"/api/v1/surveys/{sid}")
    answer = {
        "question_id": q["id"],
        "question_title": q["title"],
        "answers": [{"answer_id": q["answers"][0]["id"], "value": "Yes"}],
    }
    response = c.post(
        f"/api/v1/surveys/{sid}/responses/",
        json={
            "participant_id": "p" * 24,
            "submission_id": "s" * 24,
            "sections": [{"section_id": section["id"], "questions": [answer]}],
        },
    ).json()["_id"]
    c.get(f"/api/v1/surveys/{sid}/responses/")
    c.get(f"/api/v1/surveys/{sid}/responses/{response}")
    c.get(f"/api/v1/surveys/{sid}/responses/summary/")
    c.delete(f"/api/v1/surveys/{sid}/responses/{response}")
    c.delete(f"/api/v1/surveys/{sid}/responses/")
    c.delete(f"/api/v1/surveys/{sid}")
