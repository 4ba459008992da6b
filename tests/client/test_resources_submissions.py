"""submissions, bonuses, messages and participant groups: each call's request and result."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
import respx

from prolific_api.models.bonus_batch import BonusBatch
from prolific_api.models.message import Message
from prolific_api.models.participant_group import ParticipantGroup
from prolific_api.models.participant_group_create import ParticipantGroupCreate
from prolific_api.models.participant_group_member import ParticipantGroupMember
from prolific_api.models.participant_group_member_list import ParticipantGroupMemberList
from prolific_api.models.participant_group_update import ParticipantGroupUpdate
from prolific_api.models.rejection_category import RejectionCategory
from prolific_api.models.return_requested import ReturnRequested
from prolific_api.models.submission import Submission
from prolific_api.models.submission_list_item import SubmissionListItem

from .helpers import Client, submission_item_json, submission_json
from .resource_cases import (
    BATCH_ID,
    GROUP_ID,
    MESSAGE,
    NO_BODY,
    PARTICIPANT_1,
    PARTICIPANT_2,
    PROJECT_ID,
    STUDY_ID,
    SUBMISSION_ID,
    WORKSPACE_ID,
    Call,
    check,
    params,
    with_extra,
)

SUBMISSION = f"/api/v1/submissions/{SUBMISSION_ID}/"
TRANSITION = f"{SUBMISSION}transition/"
GROUP = f"/api/v1/participant-groups/{GROUP_ID}/"
MEMBERS = f"{GROUP}participants/"
OTHER_SUBMISSION = "60aa11bb22cc33dd44ee5600"

REVIEWED = submission_json(status="REJECTED", participant=PARTICIPANT_1)
GROUP_REPLY = {"id": GROUP_ID, "name": "Reliable", "workspace_id": WORKSPACE_ID, "future": 1}
MEMBER_PAGE = {"results": [{"participant_id": PARTICIPANT_1}, {"participant_id": PARTICIPANT_2}]}

CALLS = params(
    # --- submissions ---
    Call(
        "submissions.list",
        lambda c: c.submissions.list(study=STUDY_ID),
        "GET",
        "/api/v1/submissions/",
        params={"study": STUDY_ID},
        reply=[
            submission_item_json(status="AWAITING REVIEW", participant_id=PARTICIPANT_1),
            submission_item_json(
                id=OTHER_SUBMISSION, status="APPROVED", participant_id=PARTICIPANT_2
            ),
        ],
        returns=SubmissionListItem,
        listing=True,
    ),
    Call(
        "submissions.list with yes/no filters (None ones are not sent)",
        lambda c: c.submissions.list(
            STUDY_ID, status="APPROVED", approved=True, returned=False, screened_out=None
        ),
        "GET",
        "/api/v1/submissions/",
        params={"study": STUDY_ID, "status": "APPROVED", "approved": "true", "returned": "false"},
        reply=[
            submission_item_json(
                id=OTHER_SUBMISSION, status="APPROVED", participant_id=PARTICIPANT_2
            ),
        ],
        returns=SubmissionListItem,
        listing=True,
    ),
    Call(
        "submissions.get",
        lambda c: c.submissions.get(SUBMISSION_ID),
        "GET",
        SUBMISSION,
        reply={**REVIEWED, "status": "AWAITING REVIEW", "future": "kept"},
        returns=Submission,
    ),
    Call(
        "submissions.reject",
        lambda c: c.submissions.reject(SUBMISSION_ID, MESSAGE, "FAILED_CHECK"),
        "POST",
        TRANSITION,
        body={"action": "REJECT", "message": MESSAGE, "rejection_category": "FAILED_CHECK"},
        reply=REVIEWED,
        returns=Submission,
    ),
    Call(
        "submissions.reject enum category",
        lambda c: c.submissions.reject(SUBMISSION_ID, MESSAGE, RejectionCategory.NO_CODE),
        "POST",
        TRANSITION,
        body={"action": "REJECT", "message": MESSAGE, "rejection_category": "NO_CODE"},
        reply=REVIEWED,
        returns=Submission,
    ),
    Call(
        "submissions.complete",
        lambda c: c.submissions.complete(SUBMISSION_ID, completion_code="C1A2B3"),
        "POST",
        TRANSITION,
        body={"action": "COMPLETE", "completion_code": "C1A2B3"},
        reply={**REVIEWED, "status": "APPROVED"},
        returns=Submission,
    ),
    Call(
        "submissions.request_return",
        lambda c: c.submissions.request_return(SUBMISSION_ID, ["No code", "Timed out"]),
        "POST",
        f"{SUBMISSION}request-return/",
        body={"request_return_reasons": ["No code", "Timed out"]},
        reply=submission_json(participant=PARTICIPANT_1),
        returns=ReturnRequested,
    ),
    Call(
        "submissions.request_return one reason",
        lambda c: c.submissions.request_return(SUBMISSION_ID, "No code"),
        "POST",
        f"{SUBMISSION}request-return/",
        body={"request_return_reasons": ["No code"]},
        reply={"id": SUBMISSION_ID},
        returns=ReturnRequested,
    ),
    Call(
        "submissions.bulk_approve by submission",
        lambda c: c.submissions.bulk_approve([SUBMISSION_ID, OTHER_SUBMISSION]),
        "POST",
        "/api/v1/submissions/bulk-approve/",
        body={"submission_ids": [SUBMISSION_ID, OTHER_SUBMISSION]},
        status=202,
    ),
    Call(
        "submissions.bulk_approve by study and participants",
        lambda c: c.submissions.bulk_approve(
            study_id=STUDY_ID, participant_ids=(PARTICIPANT_1, PARTICIPANT_2)
        ),
        "POST",
        "/api/v1/submissions/bulk-approve/",
        body={"study_id": STUDY_ID, "participant_ids": [PARTICIPANT_1, PARTICIPANT_2]},
        status=202,
    ),
    # --- bonuses ---
    Call(
        "bonuses.create_batch",
        lambda c: c.bonuses.create_batch(
            STUDY_ID,
            {PARTICIPANT_2: Decimal("4.5"), SUBMISSION_ID: "0.10", PARTICIPANT_1: 3},
        ),
        "POST",
        "/api/v1/submissions/bonus-payments/",
        # Sorted by recipient; major units, always two decimals.
        body={
            "study_id": STUDY_ID,
            "csv_bonuses": f"{PARTICIPANT_1},3.00\n{PARTICIPANT_2},4.50\n{SUBMISSION_ID},0.10",
        },
        reply={"id": BATCH_ID, "study": STUDY_ID, "amount": 760, "total_amount": 1017.84},
        status=201,
        returns=BonusBatch,
    ),
    Call(
        "bonuses.create_batch trailing zero",
        lambda c: c.bonuses.create_batch(STUDY_ID, {PARTICIPANT_1: Decimal("4.250")}),
        "POST",
        "/api/v1/submissions/bonus-payments/",
        body={"study_id": STUDY_ID, "csv_bonuses": f"{PARTICIPANT_1},4.25"},
        reply={"id": BATCH_ID},
        status=201,
        returns=BonusBatch,
    ),
    Call(
        "bonuses.pay_batch",
        lambda c: c.bonuses.pay_batch(BATCH_ID),
        "POST",
        f"/api/v1/bulk-bonus-payments/{BATCH_ID}/pay/",
        body=NO_BODY,
        status=202,
    ),
    # --- messages ---
    Call(
        "messages.send",
        lambda c: c.messages.send(PARTICIPANT_1, "Thanks for taking part!", STUDY_ID),
        "POST",
        "/api/v1/messages/",
        body={
            "recipient_id": PARTICIPANT_1,
            "body": "Thanks for taking part!",
            "study_id": STUDY_ID,
        },
        status=204,
    ),
    Call(
        "messages.list by user",
        lambda c: c.messages.list(user_id=PARTICIPANT_1),
        "GET",
        "/api/v1/messages/",
        params={"user_id": PARTICIPANT_1},
        reply=[{"id": "m1", "sender_id": PARTICIPANT_1, "body": "Hello"}],
        returns=Message,
        listing=True,
    ),
    Call(
        "messages.list since",
        lambda c: c.messages.list(created_after=datetime(2024, 5, 1, 9, 30, tzinfo=UTC)),
        "GET",
        "/api/v1/messages/",
        params={"created_after": "2024-05-01T09:30:00+00:00"},
        reply=[{"id": "m1", "body": "Hello"}, {"id": "m2", "body": "Done"}],
        returns=Message,
        listing=True,
    ),
    Call(
        "messages.unread",
        lambda c: c.messages.unread(),
        "GET",
        "/api/v1/messages/unread/",
        reply=[{"id": "m3", "sender_id": PARTICIPANT_2, "body": "Question"}],
        returns=Message,
        listing=True,
    ),
    Call(
        "messages.send_bulk",
        lambda c: c.messages.send_bulk(
            [PARTICIPANT_1, PARTICIPANT_2], "Bonus on its way", STUDY_ID
        ),
        "POST",
        "/api/v1/messages/bulk/",
        body={
            "ids": [PARTICIPANT_1, PARTICIPANT_2],
            "body": "Bonus on its way",
            "study_id": STUDY_ID,
        },
        status=204,
    ),
    Call(
        "messages.send_to_group",
        lambda c: c.messages.send_to_group(GROUP_ID, "New study soon"),
        "POST",
        "/api/v1/messages/participant-group/",
        body={"participant_group_id": GROUP_ID, "body": "New study soon"},
        status=204,
    ),
    Call(
        "messages.send_to_group about a study",
        lambda c: c.messages.send_to_group(GROUP_ID, "New study soon", study_id=STUDY_ID),
        "POST",
        "/api/v1/messages/participant-group/",
        body={"participant_group_id": GROUP_ID, "body": "New study soon", "study_id": STUDY_ID},
        status=204,
    ),
    # --- participant groups ---
    Call(
        "participant_groups.list",
        lambda c: c.participant_groups.list(WORKSPACE_ID),
        "GET",
        "/api/v1/participant-groups/",
        params={"workspace_id": WORKSPACE_ID},
        reply=[GROUP_REPLY],
        returns=ParticipantGroup,
        listing=True,
    ),
    Call(
        "participant_groups.list by project, deleted ones only",
        lambda c: c.participant_groups.list(project_id=PROJECT_ID, active=False),
        "GET",
        "/api/v1/participant-groups/",
        params={"project_id": PROJECT_ID, "active": "false"},
        reply=[GROUP_REPLY],
        returns=ParticipantGroup,
        listing=True,
    ),
    Call(
        "participant_groups.create dict",
        lambda c: c.participant_groups.create(
            {"name": "Reliable", "workspace_id": WORKSPACE_ID},
            description="d",
            extra_body={"future": 1},
        ),
        "POST",
        "/api/v1/participant-groups/",
        body={"name": "Reliable", "workspace_id": WORKSPACE_ID, "description": "d", "future": 1},
        reply=GROUP_REPLY,
        status=201,
        returns=ParticipantGroup,
    ),
    Call(
        "participant_groups.create model",
        lambda c: c.participant_groups.create(
            with_extra(
                ParticipantGroupCreate(
                    name="Reliable", workspace_id=WORKSPACE_ID, participant_ids=[PARTICIPANT_1]
                ),
                future=True,
            )
        ),
        "POST",
        "/api/v1/participant-groups/",
        body={
            "name": "Reliable",
            "workspace_id": WORKSPACE_ID,
            "participant_ids": [PARTICIPANT_1],
            "future": True,
        },
        reply=GROUP_REPLY,
        status=201,
        returns=ParticipantGroup,
    ),
    Call(
        "participant_groups.create in an organisation",
        lambda c: c.participant_groups.create(name="Reliable", organisation_id="org_1"),
        "POST",
        "/api/v1/participant-groups/",
        body={"name": "Reliable", "organisation_id": "org_1"},
        reply=GROUP_REPLY,
        status=201,
        returns=ParticipantGroup,
    ),
    Call(
        "participant_groups.get",
        lambda c: c.participant_groups.get(GROUP_ID),
        "GET",
        GROUP,
        reply=GROUP_REPLY,
        returns=ParticipantGroup,
    ),
    Call(
        "participant_groups.update",
        lambda c: c.participant_groups.update(
            GROUP_ID, ParticipantGroupUpdate(name="Very reliable"), extra_body={"future": 2}
        ),
        "PATCH",
        GROUP,
        body={"name": "Very reliable", "future": 2},
        reply=GROUP_REPLY,
        returns=ParticipantGroup,
    ),
    Call(
        "participant_groups.delete",
        lambda c: c.participant_groups.delete(GROUP_ID),
        "DELETE",
        GROUP,
        status=204,
    ),
    Call(
        "participant_groups.participants.list",
        lambda c: c.participant_groups.participants.list(GROUP_ID),
        "GET",
        MEMBERS,
        reply=MEMBER_PAGE["results"],
        returns=ParticipantGroupMember,
        listing=True,
    ),
    Call(
        "participant_groups.participants.add",
        lambda c: c.participant_groups.participants.add(GROUP_ID, [PARTICIPANT_1, PARTICIPANT_2]),
        "POST",
        MEMBERS,
        body={"participant_ids": [PARTICIPANT_1, PARTICIPANT_2]},
        reply=MEMBER_PAGE,
        returns=ParticipantGroupMemberList,
    ),
    Call(
        "participant_groups.participants.remove",
        lambda c: c.participant_groups.participants.remove(GROUP_ID, [PARTICIPANT_2]),
        "DELETE",
        MEMBERS,
        body={"participant_ids": [PARTICIPANT_2]},
        reply={"results": [{"participant_id": PARTICIPANT_1}]},
        returns=ParticipantGroupMemberList,
    ),
)


@pytest.mark.parametrize("case", CALLS)
async def test_call(case: Call, client: Client, api: respx.MockRouter) -> None:
    await check(case, client, api)
