"""Conformance sweep: every operation of ``openapi/prolific.yaml`` is called on the sandbox and
every answer (successes and errors) is validated against the spec with openapi-core.

The sandbox and the spec must never disagree: a failure here means one of them is wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from prolific.sandbox import SANDBOX_BASE_URL, Sandbox

from .conftest import study_body
from .task_builder_sweep import sweep_task_builder

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "prolific.yaml"

pytestmark = pytest.mark.skipif(not SPEC.exists(), reason="openapi/prolific.yaml not written yet")

REJECTION = "This submission failed two attention checks and the free-text answers were empty. " * 2


def spec_operations() -> set[str]:
    spec = yaml.safe_load(SPEC.read_text())
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def run_sweep(sb: Sandbox) -> list[httpx.Response]:
    """Call every operation at least once (and some errors); returns every response."""
    seen: list[httpx.Response] = []

    def keep(response: httpx.Response) -> None:
        response.read()
        seen.append(response)

    client = httpx.Client(
        base_url=SANDBOX_BASE_URL,
        transport=sb.transport(),
        headers={"Authorization": f"Token {sb.token}"},
        event_hooks={"response": [keep]},
    )
    ws = sb.workspace_id
    with client as c:
        # users, workspaces, projects
        c.get("/api/v1/users/me/")
        c.get("/api/v1/workspaces/", params={"limit": 1000})
        new_ws = c.post("/api/v1/workspaces/", json={"title": "Second"}).json()["id"]
        c.get(f"/api/v1/workspaces/{new_ws}/")
        c.patch(f"/api/v1/workspaces/{new_ws}/", json={"description": "More"})
        c.get(f"/api/v1/workspaces/{ws}/balance/")
        project = c.post(f"/api/v1/workspaces/{ws}/projects/", json={"title": "Sweep"}).json()["id"]
        c.get(f"/api/v1/workspaces/{ws}/projects/")
        c.get(f"/api/v1/projects/{project}/")
        c.patch(f"/api/v1/projects/{project}/", json={"title": "Sweep 2"})
        # filters, filter sets, eligibility
        c.get("/api/v1/filters/")
        age = [{"filter_id": "age", "selected_range": {"lower": 18, "upper": 40}}]
        c.post("/api/v1/eligibility-count/", json={"filters": age, "workspace_id": ws})
        fs = c.post(
            "/api/v1/filter-sets/", json={"workspace_id": ws, "name": "Young", "filters": age}
        ).json()["id"]
        c.get("/api/v1/filter-sets/", params={"workspace_id": ws})
        c.get(f"/api/v1/filter-sets/{fs}/")
        c.patch(f"/api/v1/filter-sets/{fs}/", json={"name": "Younger"})
        c.post(f"/api/v1/filter-sets/{fs}/lock/")
        c.post(f"/api/v1/filter-sets/{fs}/unlock/")
        fs_copy = c.post(f"/api/v1/filter-sets/{fs}/clone/", json={"new_name": "Copy"}).json()
        c.delete(f"/api/v1/filter-sets/{fs_copy['id']}/")
        # participant groups
        group = c.post(
            "/api/v1/participant-groups/",
            json={"name": "Pilots", "workspace_id": ws, "participant_ids": ["a" * 24]},
        ).json()["id"]
        c.get("/api/v1/participant-groups/", params={"workspace_id": ws})
        c.get(f"/api/v1/participant-groups/{group}/")
        c.patch(f"/api/v1/participant-groups/{group}/", json={"description": "First wave"})
        c.post(
            f"/api/v1/participant-groups/{group}/participants/",
            json={"participant_ids": ["b" * 24]},
        )
        c.get(f"/api/v1/participant-groups/{group}/participants/")
        c.request(
            "DELETE",
            f"/api/v1/participant-groups/{group}/participants/",
            json={"participant_ids": ["b" * 24]},
        )
        # hooks
        c.get("/api/v1/hooks/event-types/")
        c.post("/api/v1/hooks/secrets/", json={"workspace_id": ws})
        c.get("/api/v1/hooks/secrets/", params={"workspace_id": ws})
        sb.hooks.route("https://hooks.example.test/in", lambda headers, body: None)
        created = c.post(
            "/api/v1/hooks/subscriptions/",
            json={
                "workspace_id": ws,
                "event_type": "submission.status.change",
                "target_url": "https://hooks.example.test/in",
            },
        )
        sub = created.json()["id"]
        c.post(
            f"/api/v1/hooks/subscriptions/{sub}/", json={"secret": created.headers["X-Hook-Secret"]}
        )
        c.get(f"/api/v1/hooks/subscriptions/{sub}/")
        c.get("/api/v1/hooks/subscriptions/", params={"workspace_id": ws})
        c.patch(
            f"/api/v1/hooks/subscriptions/{sub}/",
            json={
                "event_type": "submission.status.change",
                "target_url": "https://hooks.example.test/in",
                "is_enabled": True,
            },
        )
        # studies
        c.post("/api/v1/study-cost-calculator/", json={"reward": 120, "total_available_places": 4})
        body = study_body(
            project=project,
            internal_name="sweep",
            filters=age,
            is_custom_screening=True,
            total_available_places=4,
            metadata="run-1",
            study_labels=["survey"],
            submissions_config={"max_submissions_per_participant": 1},
        )
        study = c.post("/api/v1/studies/", json=body).json()["id"]
        c.get("/api/v1/studies/")
        c.get(f"/api/v1/projects/{project}/studies/")
        c.get(f"/api/v1/studies/{study}/")
        c.patch(f"/api/v1/studies/{study}/", json={"description": "Updated"})
        c.get(f"/api/v1/studies/{study}/cost/")
        clone = c.post(f"/api/v1/studies/{study}/clone/").json()["id"]
        c.delete(f"/api/v1/studies/{clone}/")
        c.post(f"/api/v1/studies/{study}/transition/", json={"action": "PUBLISH"})
        sb.advance(10)  # the PUBLISHING phase
        a, b, d, e = sb.participants.join(study, 4, complete_after=[60, 60, 60, 3000])
        sb.advance(60)
        c.get(f"/api/v1/studies/{study}/submissions/")
        c.get(f"/api/v1/studies/{study}/submissions/counts/")
        c.get("/api/v1/submissions/", params={"study": study})
        c.get(f"/api/v1/submissions/{a}/")
        c.post(f"/api/v1/submissions/{a}/transition/", json={"action": "APPROVE"})
        c.post(
            f"/api/v1/submissions/{b}/transition/",
            json={"action": "REJECT", "message": REJECTION, "rejection_category": "FAILED_CHECK"},
        )
        c.post("/api/v1/submissions/bulk-approve/", json={"submission_ids": [d]})
        c.post(
            f"/api/v1/submissions/{e}/request-return/",
            json={"request_return_reasons": ["Did not finish."]},
        )
        c.post(
            f"/api/v1/studies/{study}/calculate-screen-out-payment/", json={"submission_ids": [e]}
        )
        c.post(
            f"/api/v1/studies/{study}/screen-out-submissions/",
            json={"submission_ids": [e], "bonus_per_submission": "1.00"},
        )
        batch = c.post(
            "/api/v1/submissions/bonus-payments/",
            json={"study_id": study, "csv_bonuses": f"{a},1.25"},
        ).json()["id"]
        c.post(f"/api/v1/bulk-bonus-payments/{batch}/pay/")
        c.get(f"/api/v1/submissions/{a}/")
        c.get(f"/api/v1/hooks/subscriptions/{sub}/events/")
        c.patch(f"/api/v1/studies/{study}/", json={"total_available_places": 5})
        c.post(f"/api/v1/studies/{study}/transition/", json={"action": "PAUSE"})
        c.post(f"/api/v1/studies/{study}/transition/", json={"action": "START"})
        c.post(f"/api/v1/studies/{study}/transition/", json={"action": "STOP"})
        # messages and invitations
        participant = sb.submissions[a].participant_id
        c.post(
            "/api/v1/messages/",
            json={"recipient_id": participant, "body": "Thanks", "study_id": study},
        )
        c.post(
            "/api/v1/messages/bulk/", json={"ids": [participant], "body": "Hi", "study_id": study}
        )
        c.post(
            "/api/v1/messages/participant-group/",
            json={"participant_group_id": group, "body": "Hello"},
        )
        sb.participants.send_message(participant, "Question", study_id=study)
        c.get("/api/v1/messages/", params={"user_id": participant})
        c.get("/api/v1/messages/unread/")
        c.post("/api/v1/invitations/", json={"association": ws, "emails": ["x@example.test"]})
        # research operations of the 2026 description
        c.post("/api/v1/researchers/participants/", json={"email": "tester@example.test"})
        draft = c.post("/api/v1/studies/", json=study_body(project=project)).json()["id"]
        c.post(f"/api/v1/studies/{draft}/test-study")
        c.post(f"/api/v1/studies/{study}/demographic-export/", json={"filters": age})
        c.get(f"/api/v1/studies/{study}/demographic-export-history/")
        c.get("/api/v1/reward-recommendations/", params={"workspace_id": ws, "currency": "GBP"})
        c.get(
            f"/api/v1/filters/{group}/distribution/",
            params={"workspace_id": ws, "distribution_filters": "sex"},
        )
        c.get("/api/v1/submissions/signals/upload-url/notes.csv", params={"workspace_id": ws})
        pool = c.post(
            "/api/v1/credentials/", json={"workspace_id": ws, "credentials": "u1,p1\nu2,p2"}
        ).json()["credential_pool_id"]
        c.patch(f"/api/v1/credentials/{pool}/", json={"credentials": "u3,p3"})
        c.get("/api/v1/credentials/", params={"workspace_id": ws})
        taskflow = c.post(
            "/api/v1/studies/",
            json=study_body(
                external_study_url=None,
                credential_pool_id=pool,
                total_available_places=2,
                access_details=[
                    {"external_url": "https://example.test/a", "total_allocation": 1},
                    {"external_url": "https://example.test/b", "total_allocation": 1},
                ],
            ),
        ).json()["id"]
        c.post(f"/api/v1/studies/{taskflow}/transition/", json={"action": "PUBLISH"})
        sb.advance(60)
        sb.participants.join(taskflow, 1)
        c.get(f"/api/v1/studies/{taskflow}/access-details-progress/")
        c.get(f"/api/v1/studies/{taskflow}/credentials/report/")
        c.get("/.well-known/study/jwks.json")
        c.delete(f"/api/v1/projects/{project}/studies/{draft}/")
        sweep_task_builder(sb, c, study_body(total_available_places=1))
        # deletions last
        c.delete(f"/api/v1/hooks/subscriptions/{sub}/")
        c.delete(f"/api/v1/participant-groups/{group}/")
        c.delete(f"/api/v1/filter-sets/{fs}/")
        # errors in Prolific's shape
        c.get("/api/v1/studies/", params={"page": 99})
        c.get(f"/api/v1/studies/{'0' * 24}/")
        c.post("/api/v1/studies/", json={"name": 5})
        c.post(f"/api/v1/studies/{study}/transition/", json={"action": "PUBLISH"})
        c.get("/api/v1/users/me/", headers={"Authorization": "Token nope"})
    return seen


def test_sweep_covers_every_operation_and_conforms() -> None:
    from openapi_core import OpenAPI
    from openapi_core.testing import MockRequest, MockResponse

    sb = Sandbox(seed=11)
    responses = run_sweep(sb)
    assert not sb.errors

    called = {r.operation for r in sb.requests if r.status is not None and r.status < 300}
    missing = spec_operations() - called
    assert not missing, f"operations never answered successfully: {sorted(missing)}"

    openapi = OpenAPI.from_file_path(str(SPEC))
    problems: list[str] = []
    for response in responses:
        request = response.request
        args: dict[str, Any] = dict(request.url.params)
        mock_request = MockRequest(
            "https://api.prolific.com", request.method, request.url.path, args=args
        )
        content_type = response.headers.get("Content-Type")
        # openapi-core reads text bodies (the CSV exports) as str, JSON ones as bytes.
        is_text = (content_type or "").startswith("text/")
        mock_response = MockResponse(
            response.text if is_text else response.content,
            status_code=response.status_code,
            headers=dict(response.headers),
            content_type=content_type or "application/json",
        )
        try:
            openapi.validate_response(mock_request, mock_response)
        except Exception as exc:
            body = response.text[:300]
            problems.append(
                f"{request.method} {request.url.path} -> {response.status_code}: {exc}\n{body}"
            )
    assert not problems, "\n\n".join(problems)
