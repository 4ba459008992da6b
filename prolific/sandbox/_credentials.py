"""Credential pools: logins Prolific hands out, one per participant, when they start a study
whose ``credential_pool_id`` names the pool.

Credentials arrive as CSV text, one ``username,password`` per line. Appending never replaces,
and a username already in the pool is refused with 409 (so a repeated append cannot add twice).
When a study takes the pool's last credential while it still has places to fill, the sandbox
pauses it, as Prolific does; add credentials and ``START`` it again. The usage report lists
every credential of the pool (never the passwords) and who received it in this study.
"""

from __future__ import annotations

import csv
import io

from . import _lookup
from ._errors import SandboxError, bad_request, field_error
from ._http import Request, SandboxResponse, json_response
from ._lifecycle import set_study_status
from ._research import feature_missing
from ._research_state import Credential, CredentialPool
from ._state import SandboxState, Submission


def parse_credentials(text: str) -> list[Credential]:
    """``username,password`` lines -> credentials; blank lines are skipped."""
    found: list[Credential] = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or not "".join(row).strip():
            continue
        if len(row) != 2 or not row[0].strip() or not row[1]:
            raise field_error(
                "credentials", f"Line {number}: write one username,password pair per line."
            )
        found.append(Credential(row[0].strip(), row[1]))
    if not found:
        raise field_error("credentials", "Give at least one username,password line.")
    names = [c.username for c in found]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise field_error("credentials", f"Usernames appear twice: {', '.join(repeated)}.")
    return found


def pool_view(pool: CredentialPool) -> dict[str, object]:
    return {
        "credential_pool_id": pool.id,
        "total_credentials": len(pool.credentials),
        "available_credentials": pool.available,
        "workspace_id": pool.workspace_id,
    }


def _pool(state: SandboxState, pool_id: str) -> CredentialPool:
    return _lookup.in_path(state.research.credential_pools, pool_id, "Credential pool")


def _require_feature(state: SandboxState, workspace_id: str) -> None:
    if not state.research.enabled(workspace_id, "credentials"):
        raise feature_missing("Credential pools")


def get_credential_pools(state: SandboxState, req: Request) -> SandboxResponse:
    workspace_id = req.arg("workspace_id")
    if workspace_id is None:
        raise field_error("workspace_id", "This field is required.")
    _lookup.in_body(state.workspaces, workspace_id, "workspace_id", "Workspace")
    pools = [
        pool_view(p)
        for p in state.research.credential_pools.values()
        if p.workspace_id == workspace_id
    ]
    return json_response(200, {"credential_pools": pools})


def create_credential_pool(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    workspace_id = fields.req_text("workspace_id")
    _lookup.in_body(state.workspaces, workspace_id, "workspace_id", "Workspace")
    _require_feature(state, workspace_id)
    credentials = parse_credentials(fields.req_text("credentials"))
    pool = CredentialPool(state.new_id(), workspace_id, credentials)
    state.research.credential_pools[pool.id] = pool
    return json_response(201, {"credential_pool_id": pool.id})


def append_credentials(state: SandboxState, req: Request) -> SandboxResponse:
    pool = _pool(state, req.params["credential_pool_id"])
    added = parse_credentials(req.fields().req_text("credentials"))
    existing = {c.username for c in pool.credentials}
    clash = sorted(c.username for c in added if c.username in existing)
    if clash:
        raise SandboxError(409, f"Usernames already in the pool: {', '.join(clash)}.")
    pool.credentials.extend(added)
    return json_response(200, {"credential_pool_id": pool.id})


def get_credential_report(state: SandboxState, req: Request) -> SandboxResponse:
    study = _lookup.study(state, req.params["study_id"])
    pool_id = study.extra.get("credential_pool_id")
    if pool_id is None or pool_id not in state.research.credential_pools:
        raise bad_request("This study has no credential pool, so there is no usage report.")
    pool = state.research.credential_pools[pool_id]
    mine = {s.id for s in state.study_index(study.id).sorted_view()}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["participant_id", "submission_id", "username", "status"])
    for credential in pool.credentials:
        if credential.submission_id in mine:
            row = [credential.participant_id, credential.submission_id, credential.username]
            writer.writerow([*row, "USED"])
        elif credential.submission_id is None:
            writer.writerow(["", "", credential.username, "UNUSED"])
    return SandboxResponse(200, {"Content-Type": "text/csv"}, out.getvalue().encode())


def hand_out(state: SandboxState, sub: Submission) -> None:
    """A participant started: give them the pool's next credential; pause the study when the
    pool has run dry and places remain."""
    study = state.studies[sub.study_id]
    pool_id = study.extra.get("credential_pool_id")
    pool = state.research.credential_pools.get(pool_id) if pool_id else None
    if pool is None:
        return
    credential = next((c for c in pool.credentials if c.submission_id is None), None)
    if credential is None:
        state.warn(f"Credential pool {pool.id} had nothing left for submission {sub.id}.")
    else:
        credential.submission_id = sub.id
        credential.participant_id = sub.participant_id
    places_left = state.places_taken(study) < study.total_available_places
    if pool.available == 0 and places_left and study.status == "ACTIVE":
        set_study_status(state, study, "PAUSED")
