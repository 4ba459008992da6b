"""Recorded scenario of the 2026 list filters and research inputs (see ``scenarios.py``).

``research_inputs`` records the request shapes the other scenarios do not: the yes/no filters
of the submission list (with ``status``), participant groups listed by project and by
activity, a credential pool created from a CSV file, and a demographic export that Prolific
answers with a link (the sandbox is set up to), downloaded from the storage host without the
token.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

# The shared helpers, read when the scenario runs (``scenarios`` imports this module).
from . import scenarios as base
from .harness import Ctx, collect


def link_exports(sandbox: Any) -> None:
    sandbox.configure(demographic_export_shape="download_url")


async def research_inputs(ctx: Ctx) -> None:
    c = ctx.client
    [home] = await collect(c.workspaces.list())
    [project] = await collect(c.projects.list(home.id))
    # the submission list's yes/no filters, alone and with status
    study = await base.published(ctx, total_available_places=4)
    done = await base.join(ctx, study.id, 3, complete_after=60)
    [gave_up] = await base.join(ctx, study.id, 1, complete_after=60, outcome="return")
    await base.advance(ctx, 90)
    await c.submissions.approve(done[0])
    approved = await collect(c.submissions.list(study.id, approved=True))
    assert [s.id for s in approved] == [done[0]]
    waiting = await collect(
        c.submissions.list(study.id, status="AWAITING_REVIEW", completed=True, returned=False)
    )
    assert sorted(s.id for s in waiting) == sorted(done[1:])
    returned = await collect(c.submissions.list(study.id, returned=True, active=False))
    assert [s.id for s in returned] == [gave_up]
    # participant groups by project, and the deleted ones
    kept = await c.participant_groups.create(workspace_id=home.id, name="Kept")
    gone = await c.participant_groups.create(workspace_id=home.id, name="Gone")
    await c.participant_groups.delete(gone.id)
    by_project = await collect(c.participant_groups.list(project_id=project.id, active=True))
    assert [g.id for g in by_project] == [kept.id]
    deleted = await collect(c.participant_groups.list(home.id, active=False))
    assert [g.id for g in deleted] == [gone.id]
    # a credential pool from a CSV file as a spreadsheet saves it (header, CRLF)
    with tempfile.TemporaryDirectory() as folder:
        logins = Path(folder) / "logins.csv"
        logins.write_text("username,password\r\nada,pw-1\r\nbob,pw-2\r\n", newline="")
        pool = await c.credential_pools.create(home.id, path=logins)
    [listed] = await c.credential_pools.list(home.id)
    assert listed.credential_pool_id == pool and listed.total_credentials == 2
    # a demographic export answered with a link, downloaded without the token
    export = await c.studies.export_demographics(study.id, base.AGE_FILTER)
    assert len(export.rows) == 4 and "age" in export.rows[0]
    assert export.csv.startswith("Submission id,Participant id")
