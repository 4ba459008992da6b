"""Every operation of the API as a request descriptor, generated from the spec.

Written by `scripts/generate.py` from `openapi/prolific.yaml`; do not edit. A descriptor holds
what the spec says about one operation (method, path template, path and query parameter names,
the request body schema and its fields, how to read the answer) and nothing else, so the
handwritten client builds every request from here and never spells a path itself.

Parsers import their model on first use: importing this module does not import every model.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import quote

if TYPE_CHECKING:
    from .models.access_details_progress import AccessDetailsProgress
    from .models.bonus_batch import BonusBatch
    from .models.collection import Collection
    from .models.collection_response import CollectionResponse
    from .models.credential_pool_list import CredentialPoolList
    from .models.credential_pool_ref import CredentialPoolRef
    from .models.datapoints_appended import DatapointsAppended
    from .models.dataset import Dataset
    from .models.dataset_import import DatasetImport
    from .models.dataset_status_answer import DatasetStatusAnswer
    from .models.dataset_upload_url import DatasetUploadUrl
    from .models.demographic_export_history import DemographicExportHistory
    from .models.eligibility_count import EligibilityCount
    from .models.event_type import EventType
    from .models.export import Export
    from .models.filter_ import Filter
    from .models.filter_distribution import FilterDistribution
    from .models.filter_set import FilterSet
    from .models.instruction import Instruction
    from .models.invitation_result import InvitationResult
    from .models.json_web_key_set import JsonWebKeySet
    from .models.message import Message
    from .models.participant_group import ParticipantGroup
    from .models.participant_group_member import ParticipantGroupMember
    from .models.participant_group_member_list import ParticipantGroupMemberList
    from .models.presigned_download import PresignedDownload
    from .models.project import Project
    from .models.project_list_item import ProjectListItem
    from .models.return_requested import ReturnRequested
    from .models.schema_migration import SchemaMigration
    from .models.screen_out_payment import ScreenOutPayment
    from .models.screen_out_result import ScreenOutResult
    from .models.secret import Secret
    from .models.setup_task_batch_response_202 import SetupTaskBatchResponse202
    from .models.study import Study
    from .models.study_cost import StudyCost
    from .models.study_cost_estimate import StudyCostEstimate
    from .models.study_list_item import StudyListItem
    from .models.submission import Submission
    from .models.submission_counts import SubmissionCounts
    from .models.submission_list_item import SubmissionListItem
    from .models.subscription import Subscription
    from .models.subscription_event import SubscriptionEvent
    from .models.survey import Survey
    from .models.survey_response import SurveyResponse
    from .models.survey_summary import SurveySummary
    from .models.sync_job import SyncJob
    from .models.task_batch import TaskBatch
    from .models.task_batch_status_answer import TaskBatchStatusAnswer
    from .models.task_response import TaskResponse
    from .models.test_participant import TestParticipant
    from .models.test_study import TestStudy
    from .models.upload_url import UploadUrl
    from .models.user import User
    from .models.workspace import Workspace
    from .models.workspace_balance import WorkspaceBalance
    from .models.workspace_list_item import WorkspaceListItem

__all__ = [
    "OPERATIONS",
    "Endpoint",
    "ListOperation",
    "Operation",
    "as_json",
    "no_content",
    "add_participant_group_participants",
    "append_credentials",
    "append_dataset_datapoints",
    "bulk_approve_submissions",
    "calculate_screen_out_payment",
    "calculate_study_cost",
    "clone_filter_set",
    "clone_study",
    "confirm_subscription",
    "count_eligible_participants",
    "count_study_submissions",
    "create_bonus_payments",
    "create_collection",
    "create_credential_pool",
    "create_dataset",
    "create_filter_set",
    "create_invitation",
    "create_participant_group",
    "create_project",
    "create_secret",
    "create_study",
    "create_subscription",
    "create_survey",
    "create_survey_response",
    "create_task_batch",
    "create_task_batch_instructions",
    "create_test_participant",
    "create_test_study",
    "create_workspace",
    "delete_filter_set",
    "delete_participant_group",
    "delete_study",
    "delete_subscription",
    "delete_survey",
    "delete_survey_response",
    "delete_survey_responses",
    "duplicate_task_batch",
    "export_demographics",
    "get_access_details_progress",
    "get_collection",
    "get_collection_export",
    "get_credential_pools",
    "get_credential_report",
    "get_dataset",
    "get_dataset_import",
    "get_dataset_status",
    "get_dataset_upload_url",
    "get_demographic_export_history",
    "get_feedback_upload_url",
    "get_filter_distribution",
    "get_filter_set",
    "get_me",
    "get_participant_group",
    "get_project",
    "get_reward_recommendations",
    "get_schema_migration",
    "get_study",
    "get_study_cost",
    "get_study_jwks",
    "get_submission",
    "get_subscription",
    "get_survey",
    "get_survey_response",
    "get_survey_summary",
    "get_task_batch",
    "get_task_batch_export",
    "get_task_batch_report",
    "get_task_batch_status",
    "get_task_batch_sync",
    "get_workspace",
    "get_workspace_balance",
    "list_collection_responses",
    "list_collections",
    "list_event_types",
    "list_filter_sets",
    "list_filters",
    "list_messages",
    "list_participant_group_participants",
    "list_participant_groups",
    "list_project_studies",
    "list_projects",
    "list_secrets",
    "list_studies",
    "list_study_submissions",
    "list_submissions",
    "list_subscription_events",
    "list_subscriptions",
    "list_survey_responses",
    "list_surveys",
    "list_task_batch_instructions",
    "list_task_batch_responses",
    "list_task_batches",
    "list_unread_messages",
    "list_workspaces",
    "lock_filter_set",
    "pay_bonus_payments",
    "remove_participant_group_participants",
    "remove_project_study",
    "replace_collection",
    "replace_task_batch_instructions",
    "request_collection_export",
    "request_submission_return",
    "request_task_batch_export",
    "screen_out_submissions",
    "send_bulk_message",
    "send_message",
    "send_participant_group_message",
    "setup_task_batch",
    "sync_task_batch",
    "transition_study",
    "transition_submission",
    "unlock_filter_set",
    "update_dataset_schema",
    "update_filter_set",
    "update_participant_group",
    "update_project",
    "update_study",
    "update_subscription",
    "update_task_batch",
    "update_workspace",
]

T = TypeVar("T")


def no_content(data: Any) -> None:
    """Parser of an answer without a body (or whose body means nothing)."""
    return None


def as_json(data: Any) -> Any:
    """Parser that keeps the decoded JSON as it is."""
    return data


def _segment(value: object) -> str:
    """One path parameter, escaped so that it cannot leave its segment."""
    text = str(value)
    # An ID is ASCII letters and digits, which quote() would return unchanged, at a cost
    # comparable to the rest of building the request.
    return text if text.isalnum() and text.isascii() else quote(text, safe="")


class _FromDict:
    """A model's ``from_dict``, imported the first time it is needed."""

    __slots__ = ("_module", "_name", "_parse")

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._parse: Callable[[Any], Any] | None = None

    def __call__(self, data: Any) -> Any:
        if self._parse is None:
            model = getattr(import_module(f"{__package__}.models.{self._module}"), self._name)
            self._parse = model.from_dict
        return self._parse(data)

    def __repr__(self) -> str:
        return f"{self._name}.from_dict"


@dataclass(frozen=True, kw_only=True)
class Endpoint:
    """What the spec says about one operation, apart from its answer.

    Attributes:
        operation_id: the spec's ``operationId``.
        method: HTTP method, upper case.
        path: the path template, such as ``/api/v1/studies/{study_id}/``.
        path_params: names of the template's parameters, in order.
        query_params: names of the query parameters the operation takes.
        body: name of the request body schema, or ``None`` when it takes no body.
        body_fields: the fields that schema names (a body may carry others).
        body_required: the fields that schema requires.
    """

    operation_id: str
    method: str
    path: str
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    body: str | None = None
    body_fields: tuple[str, ...] = ()
    body_required: tuple[str, ...] = ()

    def url(self, values: Mapping[str, str]) -> str:
        """The path with each parameter filled in (escaped, so a value cannot leave its
        segment). Raises ``TypeError`` when a parameter is missing or unknown."""
        if set(values) != set(self.path_params):
            given, expected = sorted(values), sorted(self.path_params)
            raise TypeError(f"{self.operation_id} takes path parameters {expected}, got {given}")
        return self.path.format_map({name: _segment(v) for name, v in values.items()})


@dataclass(frozen=True, kw_only=True)
class Operation(Endpoint, Generic[T]):
    """An operation answered by one value: ``parse`` reads it from the decoded JSON body."""

    parse: Callable[[Any], T]


@dataclass(frozen=True, kw_only=True)
class ListOperation(Endpoint, Generic[T]):
    """A paginated list: ``item`` reads one element of the page's ``results``."""

    item: Callable[[Any], T]


#: The account behind the token
get_me: Operation[User] = Operation(
    operation_id="get_me",
    method="GET",
    path="/api/v1/users/me/",
    parse=_FromDict("user", "User"),
)

#: List the caller's workspaces
list_workspaces: ListOperation[WorkspaceListItem] = ListOperation(
    operation_id="list_workspaces",
    method="GET",
    path="/api/v1/workspaces/",
    query_params=(
        "page",
        "page_size",
        "limit",
        "offset",
    ),
    item=_FromDict("workspace_list_item", "WorkspaceListItem"),
)

#: Create a workspace
create_workspace: Operation[Workspace] = Operation(
    operation_id="create_workspace",
    method="POST",
    path="/api/v1/workspaces/",
    body="WorkspaceCreate",
    body_fields=(
        "title",
        "description",
        "currency_code",
        "naivety_distribution_rate",
    ),
    body_required=("title",),
    parse=_FromDict("workspace", "Workspace"),
)

#: Fetch one workspace
get_workspace: Operation[Workspace] = Operation(
    operation_id="get_workspace",
    method="GET",
    path="/api/v1/workspaces/{workspace_id}/",
    path_params=("workspace_id",),
    parse=_FromDict("workspace", "Workspace"),
)

#: Change a workspace's details
update_workspace: Operation[Workspace] = Operation(
    operation_id="update_workspace",
    method="PATCH",
    path="/api/v1/workspaces/{workspace_id}/",
    path_params=("workspace_id",),
    body="WorkspaceUpdate",
    body_fields=(
        "title",
        "description",
        "naivety_distribution_rate",
    ),
    parse=_FromDict("workspace", "Workspace"),
)

#: Funds in a workspace's wallet
get_workspace_balance: Operation[WorkspaceBalance] = Operation(
    operation_id="get_workspace_balance",
    method="GET",
    path="/api/v1/workspaces/{workspace_id}/balance/",
    path_params=("workspace_id",),
    parse=_FromDict("workspace_balance", "WorkspaceBalance"),
)

#: List the projects of a workspace
list_projects: ListOperation[ProjectListItem] = ListOperation(
    operation_id="list_projects",
    method="GET",
    path="/api/v1/workspaces/{workspace_id}/projects/",
    path_params=("workspace_id",),
    query_params=(
        "page",
        "page_size",
    ),
    item=_FromDict("project_list_item", "ProjectListItem"),
)

#: Create a project in a workspace
create_project: Operation[Project] = Operation(
    operation_id="create_project",
    method="POST",
    path="/api/v1/workspaces/{workspace_id}/projects/",
    path_params=("workspace_id",),
    body="ProjectCreate",
    body_fields=(
        "title",
        "description",
        "naivety_distribution_rate",
        "type",
        "public_details",
        "is_longitudinal",
        "longitudinal",
    ),
    body_required=("title",),
    parse=_FromDict("project", "Project"),
)

#: Fetch one project
get_project: Operation[Project] = Operation(
    operation_id="get_project",
    method="GET",
    path="/api/v1/projects/{project_id}/",
    path_params=("project_id",),
    parse=_FromDict("project", "Project"),
)

#: Change a project's details
update_project: Operation[Project] = Operation(
    operation_id="update_project",
    method="PATCH",
    path="/api/v1/projects/{project_id}/",
    path_params=("project_id",),
    body="ProjectUpdate",
    body_fields=(
        "title",
        "description",
        "owner",
        "position",
        "hidden",
        "type",
        "public_details",
        "is_sequential",
        "naivety_distribution_rate",
    ),
    parse=_FromDict("project", "Project"),
)

#: List the studies of a project
list_project_studies: ListOperation[StudyListItem] = ListOperation(
    operation_id="list_project_studies",
    method="GET",
    path="/api/v1/projects/{project_id}/studies/",
    path_params=("project_id",),
    query_params=(
        "page",
        "page_size",
    ),
    item=_FromDict("study_list_item", "StudyListItem"),
)

#: Delete a draft study of a project
remove_project_study: Operation[None] = Operation(
    operation_id="remove_project_study",
    method="DELETE",
    path="/api/v1/projects/{project_id}/studies/{study_id}/",
    path_params=(
        "project_id",
        "study_id",
    ),
    parse=no_content,
)

#: List studies, optionally by status
list_studies: ListOperation[StudyListItem] = ListOperation(
    operation_id="list_studies",
    method="GET",
    path="/api/v1/studies/",
    query_params=(
        "state",
        "page",
        "page_size",
    ),
    item=_FromDict("study_list_item", "StudyListItem"),
)

#: Create a draft study
create_study: Operation[Study] = Operation(
    operation_id="create_study",
    method="POST",
    path="/api/v1/studies/",
    body="StudyCreate",
    body_fields=(
        "name",
        "description",
        "external_study_url",
        "prolific_id_option",
        "total_available_places",
        "estimated_completion_time",
        "reward",
        "internal_name",
        "is_external_study_url_secure",
        "access_details",
        "completion_codes",
        "maximum_allowed_time",
        "device_compatibility",
        "peripheral_requirements",
        "filters",
        "filter_set_id",
        "filter_set_version",
        "project",
        "naivety_distribution_rate",
        "is_custom_screening",
        "submissions_config",
        "study_labels",
        "content_warnings",
        "content_warning_details",
        "metadata",
        "credential_pool_id",
        "has_credentials",
        "data_collection_method",
        "data_collection_id",
        "data_collection_metadata",
        "study_type",
        "completion_code",
        "completion_option",
    ),
    body_required=(
        "name",
        "description",
        "external_study_url",
        "prolific_id_option",
        "total_available_places",
        "estimated_completion_time",
        "reward",
    ),
    parse=_FromDict("study", "Study"),
)

#: Fetch one study in full
get_study: Operation[Study] = Operation(
    operation_id="get_study",
    method="GET",
    path="/api/v1/studies/{study_id}/",
    path_params=("study_id",),
    parse=_FromDict("study", "Study"),
)

#: Delete a draft study
delete_study: Operation[None] = Operation(
    operation_id="delete_study",
    method="DELETE",
    path="/api/v1/studies/{study_id}/",
    path_params=("study_id",),
    parse=no_content,
)

#: Change a study
update_study: Operation[Study] = Operation(
    operation_id="update_study",
    method="PATCH",
    path="/api/v1/studies/{study_id}/",
    path_params=("study_id",),
    body="StudyUpdate",
    body_fields=(
        "name",
        "internal_name",
        "description",
        "external_study_url",
        "is_external_study_url_secure",
        "access_details",
        "prolific_id_option",
        "completion_codes",
        "total_available_places",
        "estimated_completion_time",
        "maximum_allowed_time",
        "reward",
        "device_compatibility",
        "peripheral_requirements",
        "filters",
        "filter_set_id",
        "filter_set_version",
        "project",
        "naivety_distribution_rate",
        "is_custom_screening",
        "submissions_config",
        "study_labels",
        "content_warnings",
        "content_warning_details",
        "metadata",
        "credential_pool_id",
        "has_credentials",
        "data_collection_method",
        "data_collection_id",
        "data_collection_metadata",
    ),
    parse=_FromDict("study", "Study"),
)

#: Publish (now or later), pause, resume or stop a study
transition_study: Operation[Study] = Operation(
    operation_id="transition_study",
    method="POST",
    path="/api/v1/studies/{study_id}/transition/",
    path_params=("study_id",),
    body="StudyTransition",
    body_fields=(
        "action",
        "publish_at",
    ),
    body_required=("action",),
    parse=_FromDict("study", "Study"),
)

#: Duplicate a study as a new draft
clone_study: Operation[Study] = Operation(
    operation_id="clone_study",
    method="POST",
    path="/api/v1/studies/{study_id}/clone/",
    path_params=("study_id",),
    body="StudyClone",
    body_fields=("block_previous_participants",),
    parse=_FromDict("study", "Study"),
)

#: What a study costs
get_study_cost: Operation[StudyCost] = Operation(
    operation_id="get_study_cost",
    method="GET",
    path="/api/v1/studies/{study_id}/cost/",
    path_params=("study_id",),
    query_params=("is_projected",),
    parse=_FromDict("study_cost", "StudyCost"),
)

#: List a study's submissions
list_study_submissions: ListOperation[SubmissionListItem] = ListOperation(
    operation_id="list_study_submissions",
    method="GET",
    path="/api/v1/studies/{study_id}/submissions/",
    path_params=("study_id",),
    query_params=(
        "page",
        "page_size",
    ),
    item=_FromDict("submission_list_item", "SubmissionListItem"),
)

#: Number of a study's submissions in each status
count_study_submissions: Operation[SubmissionCounts] = Operation(
    operation_id="count_study_submissions",
    method="GET",
    path="/api/v1/studies/{study_id}/submissions/counts/",
    path_params=("study_id",),
    parse=_FromDict("submission_counts", "SubmissionCounts"),
)

#: Price a study before creating it
calculate_study_cost: Operation[StudyCostEstimate] = Operation(
    operation_id="calculate_study_cost",
    method="POST",
    path="/api/v1/study-cost-calculator/",
    body="StudyCostRequest",
    body_fields=(
        "reward",
        "total_available_places",
    ),
    body_required=(
        "reward",
        "total_available_places",
    ),
    parse=_FromDict("study_cost_estimate", "StudyCostEstimate"),
)

#: Screen participants out of a custom-screening study and pay them
screen_out_submissions: Operation[ScreenOutResult] = Operation(
    operation_id="screen_out_submissions",
    method="POST",
    path="/api/v1/studies/{study_id}/screen-out-submissions/",
    path_params=("study_id",),
    body="ScreenOutRequest",
    body_fields=(
        "submission_ids",
        "bonus_per_submission",
        "reward_per_hour",
        "increase_places",
    ),
    body_required=("submission_ids",),
    parse=_FromDict("screen_out_result", "ScreenOutResult"),
)

#: Minimum and recommended screen-out payment
calculate_screen_out_payment: Operation[ScreenOutPayment] = Operation(
    operation_id="calculate_screen_out_payment",
    method="POST",
    path="/api/v1/studies/{study_id}/calculate-screen-out-payment/",
    path_params=("study_id",),
    body="ScreenOutPaymentRequest",
    body_fields=("submission_ids",),
    body_required=("submission_ids",),
    parse=_FromDict("screen_out_payment", "ScreenOutPayment"),
)

#: Publish a copy of a draft to the workspace's test participants
create_test_study: Operation[TestStudy] = Operation(
    operation_id="create_test_study",
    method="POST",
    path="/api/v1/studies/{study_id}/test-study",
    path_params=("study_id",),
    parse=_FromDict("test_study", "TestStudy"),
)

#: Demographic data of a study's participants, as CSV
export_demographics: Operation[Any] = Operation(
    operation_id="export_demographics",
    method="POST",
    path="/api/v1/studies/{study_id}/demographic-export/",
    path_params=("study_id",),
    body="DemographicExportRequest",
    body_fields=("filters",),
    parse=as_json,
)

#: The latest demographic export of a study and the combinations used
get_demographic_export_history: Operation[DemographicExportHistory] = Operation(
    operation_id="get_demographic_export_history",
    method="GET",
    path="/api/v1/studies/{study_id}/demographic-export-history/",
    path_params=("study_id",),
    parse=_FromDict("demographic_export_history", "DemographicExportHistory"),
)

#: How a Taskflow study's places are spread over its task URLs
get_access_details_progress: Operation[AccessDetailsProgress] = Operation(
    operation_id="get_access_details_progress",
    method="GET",
    path="/api/v1/studies/{study_id}/access-details-progress/",
    path_params=("study_id",),
    parse=_FromDict("access_details_progress", "AccessDetailsProgress"),
)

#: Minimum and recommended hourly rewards
get_reward_recommendations: Operation[Any] = Operation(
    operation_id="get_reward_recommendations",
    method="GET",
    path="/api/v1/reward-recommendations/",
    query_params=(
        "workspace_id",
        "currency",
        "screener_ids",
    ),
    parse=as_json,
)

#: List the submissions of one study
list_submissions: ListOperation[SubmissionListItem] = ListOperation(
    operation_id="list_submissions",
    method="GET",
    path="/api/v1/submissions/",
    query_params=(
        "study",
        "status",
        "completed",
        "returned",
        "awaiting_review",
        "approved",
        "active",
        "timeout",
        "rejected",
        "screened_out",
        "completeoractive",
        "submitted_from",
        "submitted_before",
        "ordering",
        "page",
        "page_size",
    ),
    item=_FromDict("submission_list_item", "SubmissionListItem"),
)

#: Fetch one submission in full
get_submission: Operation[Submission] = Operation(
    operation_id="get_submission",
    method="GET",
    path="/api/v1/submissions/{submission_id}/",
    path_params=("submission_id",),
    parse=_FromDict("submission", "Submission"),
)

#: Approve, reject, complete, return, screen out, or undo a decision
transition_submission: Operation[Submission] = Operation(
    operation_id="transition_submission",
    method="POST",
    path="/api/v1/submissions/{submission_id}/transition/",
    path_params=("submission_id",),
    body="SubmissionTransition",
    body_fields=(
        "action",
        "message",
        "rejection_category",
        "completion_code",
        "completion_code_data",
    ),
    body_required=("action",),
    parse=_FromDict("submission", "Submission"),
)

#: Ask a participant to return their submission
request_submission_return: Operation[ReturnRequested] = Operation(
    operation_id="request_submission_return",
    method="POST",
    path="/api/v1/submissions/{submission_id}/request-return/",
    path_params=("submission_id",),
    body="ReturnRequest",
    body_fields=("request_return_reasons",),
    body_required=("request_return_reasons",),
    parse=_FromDict("return_requested", "ReturnRequested"),
)

#: Approve many submissions at once
bulk_approve_submissions: Operation[None] = Operation(
    operation_id="bulk_approve_submissions",
    method="POST",
    path="/api/v1/submissions/bulk-approve/",
    body="BulkApproveRequest",
    body_fields=(
        "submission_ids",
        "study_id",
        "participant_ids",
    ),
    parse=no_content,
)

#: A temporary URL to upload a feedback file about your submissions
get_feedback_upload_url: Operation[UploadUrl] = Operation(
    operation_id="get_feedback_upload_url",
    method="GET",
    path="/api/v1/submissions/signals/upload-url/{filename}",
    path_params=("filename",),
    query_params=("workspace_id",),
    parse=_FromDict("upload_url", "UploadUrl"),
)

#: Create a bonus batch (step 1 of 2; pays nothing)
create_bonus_payments: Operation[BonusBatch] = Operation(
    operation_id="create_bonus_payments",
    method="POST",
    path="/api/v1/submissions/bonus-payments/",
    body="BonusPaymentsCreate",
    body_fields=(
        "study_id",
        "csv_bonuses",
    ),
    body_required=(
        "study_id",
        "csv_bonuses",
    ),
    parse=_FromDict("bonus_batch", "BonusBatch"),
)

#: Pay a bonus batch (step 2 of 2; NOT idempotent)
pay_bonus_payments: Operation[None] = Operation(
    operation_id="pay_bonus_payments",
    method="POST",
    path="/api/v1/bulk-bonus-payments/{batch_id}/pay/",
    path_params=("batch_id",),
    parse=no_content,
)

#: List the participant groups of a workspace or project
list_participant_groups: ListOperation[ParticipantGroup] = ListOperation(
    operation_id="list_participant_groups",
    method="GET",
    path="/api/v1/participant-groups/",
    query_params=(
        "workspace_id",
        "project_id",
        "active",
        "page",
        "page_size",
    ),
    item=_FromDict("participant_group", "ParticipantGroup"),
)

#: Create a participant group
create_participant_group: Operation[ParticipantGroup] = Operation(
    operation_id="create_participant_group",
    method="POST",
    path="/api/v1/participant-groups/",
    body="ParticipantGroupCreate",
    body_fields=(
        "name",
        "workspace_id",
        "organisation_id",
        "description",
        "participant_ids",
    ),
    body_required=("name",),
    parse=_FromDict("participant_group", "ParticipantGroup"),
)

#: Fetch one participant group
get_participant_group: Operation[ParticipantGroup] = Operation(
    operation_id="get_participant_group",
    method="GET",
    path="/api/v1/participant-groups/{group_id}/",
    path_params=("group_id",),
    parse=_FromDict("participant_group", "ParticipantGroup"),
)

#: Delete a participant group
delete_participant_group: Operation[None] = Operation(
    operation_id="delete_participant_group",
    method="DELETE",
    path="/api/v1/participant-groups/{group_id}/",
    path_params=("group_id",),
    parse=no_content,
)

#: Change a participant group
update_participant_group: Operation[ParticipantGroup] = Operation(
    operation_id="update_participant_group",
    method="PATCH",
    path="/api/v1/participant-groups/{group_id}/",
    path_params=("group_id",),
    body="ParticipantGroupUpdate",
    body_fields=(
        "name",
        "description",
        "participant_ids",
    ),
    parse=_FromDict("participant_group", "ParticipantGroup"),
)

#: List the members of a participant group
list_participant_group_participants: ListOperation[ParticipantGroupMember] = ListOperation(
    operation_id="list_participant_group_participants",
    method="GET",
    path="/api/v1/participant-groups/{group_id}/participants/",
    path_params=("group_id",),
    query_params=(
        "page",
        "page_size",
    ),
    item=_FromDict("participant_group_member", "ParticipantGroupMember"),
)

#: Add participants to a group
add_participant_group_participants: Operation[ParticipantGroupMemberList] = Operation(
    operation_id="add_participant_group_participants",
    method="POST",
    path="/api/v1/participant-groups/{group_id}/participants/",
    path_params=("group_id",),
    body="ParticipantIds",
    body_fields=("participant_ids",),
    body_required=("participant_ids",),
    parse=_FromDict("participant_group_member_list", "ParticipantGroupMemberList"),
)

#: Remove participants from a group
remove_participant_group_participants: Operation[ParticipantGroupMemberList] = Operation(
    operation_id="remove_participant_group_participants",
    method="DELETE",
    path="/api/v1/participant-groups/{group_id}/participants/",
    path_params=("group_id",),
    body="ParticipantIds",
    body_fields=("participant_ids",),
    body_required=("participant_ids",),
    parse=_FromDict("participant_group_member_list", "ParticipantGroupMemberList"),
)

#: List messages with one user, or all recent ones
list_messages: ListOperation[Message] = ListOperation(
    operation_id="list_messages",
    method="GET",
    path="/api/v1/messages/",
    query_params=(
        "user_id",
        "created_after",
        "excluded_sender_ids",
        "page",
        "page_size",
    ),
    item=_FromDict("message", "Message"),
)

#: Message one participant or researcher
send_message: Operation[None] = Operation(
    operation_id="send_message",
    method="POST",
    path="/api/v1/messages/",
    body="MessageSend",
    body_fields=(
        "recipient_id",
        "body",
        "study_id",
    ),
    body_required=(
        "recipient_id",
        "body",
        "study_id",
    ),
    parse=no_content,
)

#: List received messages not yet read
list_unread_messages: ListOperation[Message] = ListOperation(
    operation_id="list_unread_messages",
    method="GET",
    path="/api/v1/messages/unread/",
    query_params=(
        "page",
        "page_size",
    ),
    item=_FromDict("message", "Message"),
)

#: Send one message to many participants
send_bulk_message: Operation[None] = Operation(
    operation_id="send_bulk_message",
    method="POST",
    path="/api/v1/messages/bulk/",
    body="BulkMessageSend",
    body_fields=(
        "ids",
        "body",
        "study_id",
    ),
    body_required=(
        "ids",
        "body",
        "study_id",
    ),
    parse=no_content,
)

#: Send one message to every member of a group
send_participant_group_message: Operation[None] = Operation(
    operation_id="send_participant_group_message",
    method="POST",
    path="/api/v1/messages/participant-group/",
    body="GroupMessageSend",
    body_fields=(
        "participant_group_id",
        "body",
        "study_id",
    ),
    body_required=(
        "participant_group_id",
        "body",
    ),
    parse=no_content,
)

#: List the filters a study or filter set can use
list_filters: ListOperation[Filter] = ListOperation(
    operation_id="list_filters",
    method="GET",
    path="/api/v1/filters/",
    query_params=(
        "workspace_id",
        "detailed",
        "page",
        "page_size",
    ),
    item=_FromDict("filter_", "Filter"),
)

#: How a custom group's members spread over other filters
get_filter_distribution: Operation[FilterDistribution] = Operation(
    operation_id="get_filter_distribution",
    method="GET",
    path="/api/v1/filters/{filter_id}/distribution/",
    path_params=("filter_id",),
    query_params=(
        "workspace_id",
        "distribution_filters",
    ),
    parse=_FromDict("filter_distribution", "FilterDistribution"),
)

#: List the filter sets of a workspace
list_filter_sets: ListOperation[FilterSet] = ListOperation(
    operation_id="list_filter_sets",
    method="GET",
    path="/api/v1/filter-sets/",
    query_params=(
        "workspace_id",
        "organisation_id",
        "page",
        "page_size",
    ),
    item=_FromDict("filter_set", "FilterSet"),
)

#: Create a filter set
create_filter_set: Operation[FilterSet] = Operation(
    operation_id="create_filter_set",
    method="POST",
    path="/api/v1/filter-sets/",
    body="FilterSetCreate",
    body_fields=(
        "workspace_id",
        "organisation_id",
        "name",
        "filters",
    ),
    parse=_FromDict("filter_set", "FilterSet"),
)

#: Fetch one filter set
get_filter_set: Operation[FilterSet] = Operation(
    operation_id="get_filter_set",
    method="GET",
    path="/api/v1/filter-sets/{filter_set_id}/",
    path_params=("filter_set_id",),
    query_params=("version_number",),
    parse=_FromDict("filter_set", "FilterSet"),
)

#: Delete a filter set
delete_filter_set: Operation[None] = Operation(
    operation_id="delete_filter_set",
    method="DELETE",
    path="/api/v1/filter-sets/{filter_set_id}/",
    path_params=("filter_set_id",),
    parse=no_content,
)

#: Change a filter set (creates a new version)
update_filter_set: Operation[FilterSet] = Operation(
    operation_id="update_filter_set",
    method="PATCH",
    path="/api/v1/filter-sets/{filter_set_id}/",
    path_params=("filter_set_id",),
    body="FilterSetUpdate",
    body_fields=(
        "name",
        "filters",
    ),
    parse=_FromDict("filter_set", "FilterSet"),
)

#: Copy a filter set
clone_filter_set: Operation[FilterSet] = Operation(
    operation_id="clone_filter_set",
    method="POST",
    path="/api/v1/filter-sets/{filter_set_id}/clone/",
    path_params=("filter_set_id",),
    body="FilterSetClone",
    body_fields=("new_name",),
    parse=_FromDict("filter_set", "FilterSet"),
)

#: Lock a filter set against edits
lock_filter_set: Operation[FilterSet] = Operation(
    operation_id="lock_filter_set",
    method="POST",
    path="/api/v1/filter-sets/{filter_set_id}/lock/",
    path_params=("filter_set_id",),
    parse=_FromDict("filter_set", "FilterSet"),
)

#: Allow edits to a filter set again
unlock_filter_set: Operation[FilterSet] = Operation(
    operation_id="unlock_filter_set",
    method="POST",
    path="/api/v1/filter-sets/{filter_set_id}/unlock/",
    path_params=("filter_set_id",),
    parse=_FromDict("filter_set", "FilterSet"),
)

#: Count participants passing every given filter
count_eligible_participants: Operation[EligibilityCount] = Operation(
    operation_id="count_eligible_participants",
    method="POST",
    path="/api/v1/eligibility-count/",
    body="EligibilityCountRequest",
    body_fields=(
        "filters",
        "workspace_id",
        "organisation_id",
    ),
    body_required=("filters",),
    parse=_FromDict("eligibility_count", "EligibilityCount"),
)

#: List the event types one can subscribe to
list_event_types: ListOperation[EventType] = ListOperation(
    operation_id="list_event_types",
    method="GET",
    path="/api/v1/hooks/event-types/",
    query_params=(
        "page",
        "page_size",
    ),
    item=_FromDict("event_type", "EventType"),
)

#: List the signing secrets of a workspace
list_secrets: ListOperation[Secret] = ListOperation(
    operation_id="list_secrets",
    method="GET",
    path="/api/v1/hooks/secrets/",
    query_params=(
        "workspace_id",
        "page",
        "page_size",
    ),
    item=_FromDict("secret", "Secret"),
)

#: Create (or replace) a workspace's signing secret
create_secret: Operation[Secret] = Operation(
    operation_id="create_secret",
    method="POST",
    path="/api/v1/hooks/secrets/",
    body="SecretCreate",
    body_fields=("workspace_id",),
    body_required=("workspace_id",),
    parse=_FromDict("secret", "Secret"),
)

#: List webhook subscriptions
list_subscriptions: ListOperation[Subscription] = ListOperation(
    operation_id="list_subscriptions",
    method="GET",
    path="/api/v1/hooks/subscriptions/",
    query_params=(
        "workspace_id",
        "is_enabled",
        "page",
        "page_size",
    ),
    item=_FromDict("subscription", "Subscription"),
)

#: Subscribe a URL to an event type (unconfirmed)
create_subscription: Operation[Subscription] = Operation(
    operation_id="create_subscription",
    method="POST",
    path="/api/v1/hooks/subscriptions/",
    body="SubscriptionCreate",
    body_fields=(
        "workspace_id",
        "event_type",
        "target_url",
    ),
    body_required=(
        "workspace_id",
        "event_type",
        "target_url",
    ),
    parse=_FromDict("subscription", "Subscription"),
)

#: Fetch one subscription
get_subscription: Operation[Subscription] = Operation(
    operation_id="get_subscription",
    method="GET",
    path="/api/v1/hooks/subscriptions/{subscription_id}/",
    path_params=("subscription_id",),
    parse=_FromDict("subscription", "Subscription"),
)

#: Confirm a new subscription
confirm_subscription: Operation[Subscription] = Operation(
    operation_id="confirm_subscription",
    method="POST",
    path="/api/v1/hooks/subscriptions/{subscription_id}/",
    path_params=("subscription_id",),
    body="SubscriptionConfirm",
    body_fields=("secret",),
    body_required=("secret",),
    parse=_FromDict("subscription", "Subscription"),
)

#: Delete a subscription
delete_subscription: Operation[None] = Operation(
    operation_id="delete_subscription",
    method="DELETE",
    path="/api/v1/hooks/subscriptions/{subscription_id}/",
    path_params=("subscription_id",),
    parse=no_content,
)

#: Change or disable a subscription
update_subscription: Operation[Subscription] = Operation(
    operation_id="update_subscription",
    method="PATCH",
    path="/api/v1/hooks/subscriptions/{subscription_id}/",
    path_params=("subscription_id",),
    body="SubscriptionUpdate",
    body_fields=(
        "event_type",
        "target_url",
        "is_enabled",
    ),
    parse=_FromDict("subscription", "Subscription"),
)

#: List the events delivered for a subscription
list_subscription_events: ListOperation[SubscriptionEvent] = ListOperation(
    operation_id="list_subscription_events",
    method="GET",
    path="/api/v1/hooks/subscriptions/{subscription_id}/events/",
    path_params=("subscription_id",),
    query_params=(
        "status",
        "resource_id",
        "page",
        "page_size",
        "limit",
        "offset",
    ),
    item=_FromDict("subscription_event", "SubscriptionEvent"),
)

#: Invite people to a workspace or project
create_invitation: Operation[InvitationResult] = Operation(
    operation_id="create_invitation",
    method="POST",
    path="/api/v1/invitations/",
    body="InvitationCreate",
    body_fields=(
        "association",
        "emails",
        "role",
    ),
    parse=_FromDict("invitation_result", "InvitationResult"),
)

#: Create a dataset
create_dataset: Operation[Dataset] = Operation(
    operation_id="create_dataset",
    method="POST",
    path="/api/v1/data-collection/datasets",
    body="DatasetCreate",
    body_fields=(
        "name",
        "workspace_id",
        "schema",
    ),
    body_required=(
        "name",
        "workspace_id",
    ),
    parse=_FromDict("dataset", "Dataset"),
)

#: Get a dataset
get_dataset: Operation[Dataset] = Operation(
    operation_id="get_dataset",
    method="GET",
    path="/api/v1/data-collection/datasets/{dataset_id}",
    path_params=("dataset_id",),
    parse=_FromDict("dataset", "Dataset"),
)

#: Change a structured dataset's schema
update_dataset_schema: Operation[Dataset] = Operation(
    operation_id="update_dataset_schema",
    method="PATCH",
    path="/api/v1/data-collection/datasets/{dataset_id}",
    path_params=("dataset_id",),
    body="DatasetSchemaUpdate",
    body_fields=("schema",),
    body_required=("schema",),
    parse=_FromDict("dataset", "Dataset"),
)

#: Processing status of a legacy dataset
get_dataset_status: Operation[DatasetStatusAnswer] = Operation(
    operation_id="get_dataset_status",
    method="GET",
    path="/api/v1/data-collection/datasets/{dataset_id}/status",
    path_params=("dataset_id",),
    parse=_FromDict("dataset_status_answer", "DatasetStatusAnswer"),
)

#: Get a presigned URL to upload a file to
get_dataset_upload_url: Operation[DatasetUploadUrl] = Operation(
    operation_id="get_dataset_upload_url",
    method="GET",
    path="/api/v1/data-collection/datasets/{dataset_id}/upload-url/{filename}",
    path_params=(
        "dataset_id",
        "filename",
    ),
    parse=_FromDict("dataset_upload_url", "DatasetUploadUrl"),
)

#: Progress of one uploaded file
get_dataset_import: Operation[DatasetImport] = Operation(
    operation_id="get_dataset_import",
    method="GET",
    path="/api/v1/data-collection/datasets/{dataset_id}/imports/{import_id}",
    path_params=(
        "dataset_id",
        "import_id",
    ),
    parse=_FromDict("dataset_import", "DatasetImport"),
)

#: Append records to a structured dataset
append_dataset_datapoints: Operation[DatapointsAppended] = Operation(
    operation_id="append_dataset_datapoints",
    method="POST",
    path="/api/v1/data-collection/datasets/{dataset_id}/datapoints",
    path_params=("dataset_id",),
    body="object",
    parse=_FromDict("datapoints_appended", "DatapointsAppended"),
)

#: Progress of a schema migration
get_schema_migration: Operation[SchemaMigration] = Operation(
    operation_id="get_schema_migration",
    method="GET",
    path="/api/v1/data-collection/datasets/{dataset_id}/schema-migrations/{job_id}",
    path_params=(
        "dataset_id",
        "job_id",
    ),
    parse=_FromDict("schema_migration", "SchemaMigration"),
)

#: List the task batches of a workspace
list_task_batches: ListOperation[TaskBatch] = ListOperation(
    operation_id="list_task_batches",
    method="GET",
    path="/api/v1/data-collection/batches",
    query_params=("workspace_id",),
    item=_FromDict("task_batch", "TaskBatch"),
)

#: Create a task batch
create_task_batch: Operation[TaskBatch] = Operation(
    operation_id="create_task_batch",
    method="POST",
    path="/api/v1/data-collection/batches",
    body="TaskBatchCreate",
    body_fields=(
        "name",
        "workspace_id",
        "task_details",
        "dataset_id",
        "batch_items",
        "auto_sync_enabled",
    ),
    body_required=(
        "name",
        "workspace_id",
        "task_details",
    ),
    parse=_FromDict("task_batch", "TaskBatch"),
)

#: Get a task batch
get_task_batch: Operation[TaskBatch] = Operation(
    operation_id="get_task_batch",
    method="GET",
    path="/api/v1/data-collection/batches/{batch_id}",
    path_params=("batch_id",),
    parse=_FromDict("task_batch", "TaskBatch"),
)

#: Change a task batch
update_task_batch: Operation[TaskBatch] = Operation(
    operation_id="update_task_batch",
    method="PATCH",
    path="/api/v1/data-collection/batches/{batch_id}",
    path_params=("batch_id",),
    body="TaskBatchUpdate",
    body_fields=(
        "name",
        "dataset_id",
        "task_details",
        "batch_items",
        "auto_sync_enabled",
    ),
    parse=_FromDict("task_batch", "TaskBatch"),
)

#: Status of a task batch
get_task_batch_status: Operation[TaskBatchStatusAnswer] = Operation(
    operation_id="get_task_batch_status",
    method="GET",
    path="/api/v1/data-collection/batches/{batch_id}/status",
    path_params=("batch_id",),
    parse=_FromDict("task_batch_status_answer", "TaskBatchStatusAnswer"),
)

#: Build a batch's tasks from its dataset
setup_task_batch: Operation[SetupTaskBatchResponse202] = Operation(
    operation_id="setup_task_batch",
    method="POST",
    path="/api/v1/data-collection/batches/{batch_id}/setup",
    path_params=("batch_id",),
    body="TaskBatchSetup",
    body_fields=(
        "dataset_id",
        "tasks_per_group",
    ),
    parse=_FromDict("setup_task_batch_response_202", "SetupTaskBatchResponse202"),
)

#: Participants' answers to a batch's tasks
list_task_batch_responses: ListOperation[TaskResponse] = ListOperation(
    operation_id="list_task_batch_responses",
    method="GET",
    path="/api/v1/data-collection/batches/{batch_id}/responses",
    path_params=("batch_id",),
    item=_FromDict("task_response", "TaskResponse"),
)

#: A presigned URL of the batch's CSV report
get_task_batch_report: Operation[PresignedDownload] = Operation(
    operation_id="get_task_batch_report",
    method="GET",
    path="/api/v1/data-collection/batches/{batch_id}/report/",
    path_params=("batch_id",),
    parse=_FromDict("presigned_download", "PresignedDownload"),
)

#: Copy a task batch
duplicate_task_batch: Operation[TaskBatch] = Operation(
    operation_id="duplicate_task_batch",
    method="POST",
    path="/api/v1/data-collection/batches/{batch_id}/duplicate",
    path_params=("batch_id",),
    body="TaskBatchDuplicate",
    body_fields=(
        "name",
        "upload_new_dataset",
    ),
    parse=_FromDict("task_batch", "TaskBatch"),
)

#: Build tasks for records appended since setup
sync_task_batch: Operation[SyncJob] = Operation(
    operation_id="sync_task_batch",
    method="POST",
    path="/api/v1/data-collection/batches/{batch_id}/sync",
    path_params=("batch_id",),
    parse=_FromDict("sync_job", "SyncJob"),
)

#: Progress of a batch sync
get_task_batch_sync: Operation[SyncJob] = Operation(
    operation_id="get_task_batch_sync",
    method="GET",
    path="/api/v1/data-collection/batches/{batch_id}/syncs/{sync_id}",
    path_params=(
        "batch_id",
        "sync_id",
    ),
    parse=_FromDict("sync_job", "SyncJob"),
)

#: Ask for a ZIP of a batch's answers and files
request_task_batch_export: Operation[Export] = Operation(
    operation_id="request_task_batch_export",
    method="POST",
    path="/api/v1/data-collection/batches/{batch_id}/export",
    path_params=("batch_id",),
    parse=_FromDict("export", "Export"),
)

#: Progress of a batch export
get_task_batch_export: Operation[Export] = Operation(
    operation_id="get_task_batch_export",
    method="GET",
    path="/api/v1/data-collection/batches/{batch_id}/export/{export_id}",
    path_params=(
        "batch_id",
        "export_id",
    ),
    parse=_FromDict("export", "Export"),
)

#: The questions of a legacy batch
list_task_batch_instructions: ListOperation[Instruction] = ListOperation(
    operation_id="list_task_batch_instructions",
    method="GET",
    path="/api/v1/data-collection/batches/{batch_id}/instructions",
    path_params=("batch_id",),
    item=_FromDict("instruction", "Instruction"),
)

#: Replace the questions of a legacy batch
replace_task_batch_instructions: Operation[Any] = Operation(
    operation_id="replace_task_batch_instructions",
    method="PUT",
    path="/api/v1/data-collection/batches/{batch_id}/instructions",
    path_params=("batch_id",),
    body="InstructionsWrite",
    body_fields=("instructions",),
    body_required=("instructions",),
    parse=as_json,
)

#: Add questions to a legacy batch
create_task_batch_instructions: Operation[Any] = Operation(
    operation_id="create_task_batch_instructions",
    method="POST",
    path="/api/v1/data-collection/batches/{batch_id}/instructions",
    path_params=("batch_id",),
    body="InstructionsWrite",
    body_fields=("instructions",),
    body_required=("instructions",),
    parse=as_json,
)

#: List the collections of a workspace
list_collections: ListOperation[Collection] = ListOperation(
    operation_id="list_collections",
    method="GET",
    path="/api/v1/data-collection/collections",
    query_params=(
        "workspace_id",
        "limit",
        "offset",
    ),
    item=_FromDict("collection", "Collection"),
)

#: Create a collection
create_collection: Operation[Collection] = Operation(
    operation_id="create_collection",
    method="POST",
    path="/api/v1/data-collection/collections",
    body="CollectionWrite",
    body_fields=(
        "name",
        "workspace_id",
        "task_details",
        "collection_items",
    ),
    body_required=(
        "name",
        "workspace_id",
        "task_details",
        "collection_items",
    ),
    parse=_FromDict("collection", "Collection"),
)

#: Get a collection
get_collection: Operation[Collection] = Operation(
    operation_id="get_collection",
    method="GET",
    path="/api/v1/data-collection/collections/{collection_id}",
    path_params=("collection_id",),
    parse=_FromDict("collection", "Collection"),
)

#: Replace a collection
replace_collection: Operation[Collection] = Operation(
    operation_id="replace_collection",
    method="PUT",
    path="/api/v1/data-collection/collections/{collection_id}",
    path_params=("collection_id",),
    body="CollectionWrite",
    body_fields=(
        "name",
        "workspace_id",
        "task_details",
        "collection_items",
    ),
    body_required=(
        "name",
        "workspace_id",
        "task_details",
        "collection_items",
    ),
    parse=_FromDict("collection", "Collection"),
)

#: Participants' answers to a collection
list_collection_responses: ListOperation[CollectionResponse] = ListOperation(
    operation_id="list_collection_responses",
    method="GET",
    path="/api/v1/data-collection/collections/{collection_id}/responses",
    path_params=("collection_id",),
    item=_FromDict("collection_response", "CollectionResponse"),
)

#: Ask for a ZIP of a collection's answers and files
request_collection_export: Operation[Export] = Operation(
    operation_id="request_collection_export",
    method="POST",
    path="/api/v1/data-collection/collections/{collection_id}/export",
    path_params=("collection_id",),
    parse=_FromDict("export", "Export"),
)

#: Progress of a collection export
get_collection_export: Operation[Export] = Operation(
    operation_id="get_collection_export",
    method="GET",
    path="/api/v1/data-collection/collections/{collection_id}/export/{export_id}",
    path_params=(
        "collection_id",
        "export_id",
    ),
    parse=_FromDict("export", "Export"),
)

#: List a researcher's surveys
list_surveys: ListOperation[Survey] = ListOperation(
    operation_id="list_surveys",
    method="GET",
    path="/api/v1/surveys/",
    query_params=(
        "researcher_id",
        "limit",
        "offset",
    ),
    item=_FromDict("survey", "Survey"),
)

#: Create a survey
create_survey: Operation[Survey] = Operation(
    operation_id="create_survey",
    method="POST",
    path="/api/v1/surveys/",
    body="SurveyCreate",
    body_fields=(
        "researcher_id",
        "title",
        "sections",
        "questions",
    ),
    body_required=(
        "researcher_id",
        "title",
    ),
    parse=_FromDict("survey", "Survey"),
)

#: Get a survey
get_survey: Operation[Survey] = Operation(
    operation_id="get_survey",
    method="GET",
    path="/api/v1/surveys/{survey_id}",
    path_params=("survey_id",),
    parse=_FromDict("survey", "Survey"),
)

#: Delete a survey
delete_survey: Operation[None] = Operation(
    operation_id="delete_survey",
    method="DELETE",
    path="/api/v1/surveys/{survey_id}",
    path_params=("survey_id",),
    parse=no_content,
)

#: List a survey's responses
list_survey_responses: ListOperation[SurveyResponse] = ListOperation(
    operation_id="list_survey_responses",
    method="GET",
    path="/api/v1/surveys/{survey_id}/responses/",
    path_params=("survey_id",),
    query_params=(
        "limit",
        "offset",
    ),
    item=_FromDict("survey_response", "SurveyResponse"),
)

#: Record a participant's response
create_survey_response: Operation[SurveyResponse] = Operation(
    operation_id="create_survey_response",
    method="POST",
    path="/api/v1/surveys/{survey_id}/responses/",
    path_params=("survey_id",),
    body="SurveyResponseCreate",
    body_fields=(
        "participant_id",
        "submission_id",
        "sections",
        "questions",
    ),
    body_required=(
        "participant_id",
        "submission_id",
    ),
    parse=_FromDict("survey_response", "SurveyResponse"),
)

#: Delete every response of a survey
delete_survey_responses: Operation[None] = Operation(
    operation_id="delete_survey_responses",
    method="DELETE",
    path="/api/v1/surveys/{survey_id}/responses/",
    path_params=("survey_id",),
    parse=no_content,
)

#: How often each answer was chosen
get_survey_summary: Operation[SurveySummary] = Operation(
    operation_id="get_survey_summary",
    method="GET",
    path="/api/v1/surveys/{survey_id}/responses/summary/",
    path_params=("survey_id",),
    parse=_FromDict("survey_summary", "SurveySummary"),
)

#: Get one response
get_survey_response: Operation[SurveyResponse] = Operation(
    operation_id="get_survey_response",
    method="GET",
    path="/api/v1/surveys/{survey_id}/responses/{response_id}",
    path_params=(
        "survey_id",
        "response_id",
    ),
    parse=_FromDict("survey_response", "SurveyResponse"),
)

#: Delete one response
delete_survey_response: Operation[None] = Operation(
    operation_id="delete_survey_response",
    method="DELETE",
    path="/api/v1/surveys/{survey_id}/responses/{response_id}",
    path_params=(
        "survey_id",
        "response_id",
    ),
    parse=no_content,
)

#: Create a participant account for testing your own studies
create_test_participant: Operation[TestParticipant] = Operation(
    operation_id="create_test_participant",
    method="POST",
    path="/api/v1/researchers/participants/",
    body="TestParticipantCreate",
    body_fields=("email",),
    body_required=("email",),
    parse=_FromDict("test_participant", "TestParticipant"),
)

#: Which credentials of a study's pool went to whom, as CSV
get_credential_report: Operation[Any] = Operation(
    operation_id="get_credential_report",
    method="GET",
    path="/api/v1/studies/{study_id}/credentials/report/",
    path_params=("study_id",),
    parse=as_json,
)

#: List a workspace's credential pools
get_credential_pools: Operation[CredentialPoolList] = Operation(
    operation_id="get_credential_pools",
    method="GET",
    path="/api/v1/credentials/",
    query_params=("workspace_id",),
    parse=_FromDict("credential_pool_list", "CredentialPoolList"),
)

#: Create a pool of logins handed out to participants
create_credential_pool: Operation[CredentialPoolRef] = Operation(
    operation_id="create_credential_pool",
    method="POST",
    path="/api/v1/credentials/",
    body="CredentialPoolCreate",
    body_fields=(
        "workspace_id",
        "credentials",
    ),
    body_required=(
        "workspace_id",
        "credentials",
    ),
    parse=_FromDict("credential_pool_ref", "CredentialPoolRef"),
)

#: Add credentials to a pool
append_credentials: Operation[CredentialPoolRef] = Operation(
    operation_id="append_credentials",
    method="PATCH",
    path="/api/v1/credentials/{credential_pool_id}/",
    path_params=("credential_pool_id",),
    body="CredentialPoolAppend",
    body_fields=("credentials",),
    body_required=("credentials",),
    parse=_FromDict("credential_pool_ref", "CredentialPoolRef"),
)

#: Public keys that verify `prolific_token` in secured study URLs
get_study_jwks: Operation[JsonWebKeySet] = Operation(
    operation_id="get_study_jwks",
    method="GET",
    path="/.well-known/study/jwks.json",
    parse=_FromDict("json_web_key_set", "JsonWebKeySet"),
)

#: Every descriptor by ``operationId``.
OPERATIONS: Mapping[str, Endpoint] = {
    "get_me": get_me,
    "list_workspaces": list_workspaces,
    "create_workspace": create_workspace,
    "get_workspace": get_workspace,
    "update_workspace": update_workspace,
    "get_workspace_balance": get_workspace_balance,
    "list_projects": list_projects,
    "create_project": create_project,
    "get_project": get_project,
    "update_project": update_project,
    "list_project_studies": list_project_studies,
    "remove_project_study": remove_project_study,
    "list_studies": list_studies,
    "create_study": create_study,
    "get_study": get_study,
    "delete_study": delete_study,
    "update_study": update_study,
    "transition_study": transition_study,
    "clone_study": clone_study,
    "get_study_cost": get_study_cost,
    "list_study_submissions": list_study_submissions,
    "count_study_submissions": count_study_submissions,
    "calculate_study_cost": calculate_study_cost,
    "screen_out_submissions": screen_out_submissions,
    "calculate_screen_out_payment": calculate_screen_out_payment,
    "create_test_study": create_test_study,
    "export_demographics": export_demographics,
    "get_demographic_export_history": get_demographic_export_history,
    "get_access_details_progress": get_access_details_progress,
    "get_reward_recommendations": get_reward_recommendations,
    "list_submissions": list_submissions,
    "get_submission": get_submission,
    "transition_submission": transition_submission,
    "request_submission_return": request_submission_return,
    "bulk_approve_submissions": bulk_approve_submissions,
    "get_feedback_upload_url": get_feedback_upload_url,
    "create_bonus_payments": create_bonus_payments,
    "pay_bonus_payments": pay_bonus_payments,
    "list_participant_groups": list_participant_groups,
    "create_participant_group": create_participant_group,
    "get_participant_group": get_participant_group,
    "delete_participant_group": delete_participant_group,
    "update_participant_group": update_participant_group,
    "list_participant_group_participants": list_participant_group_participants,
    "add_participant_group_participants": add_participant_group_participants,
    "remove_participant_group_participants": remove_participant_group_participants,
    "list_messages": list_messages,
    "send_message": send_message,
    "list_unread_messages": list_unread_messages,
    "send_bulk_message": send_bulk_message,
    "send_participant_group_message": send_participant_group_message,
    "list_filters": list_filters,
    "get_filter_distribution": get_filter_distribution,
    "list_filter_sets": list_filter_sets,
    "create_filter_set": create_filter_set,
    "get_filter_set": get_filter_set,
    "delete_filter_set": delete_filter_set,
    "update_filter_set": update_filter_set,
    "clone_filter_set": clone_filter_set,
    "lock_filter_set": lock_filter_set,
    "unlock_filter_set": unlock_filter_set,
    "count_eligible_participants": count_eligible_participants,
    "list_event_types": list_event_types,
    "list_secrets": list_secrets,
    "create_secret": create_secret,
    "list_subscriptions": list_subscriptions,
    "create_subscription": create_subscription,
    "get_subscription": get_subscription,
    "confirm_subscription": confirm_subscription,
    "delete_subscription": delete_subscription,
    "update_subscription": update_subscription,
    "list_subscription_events": list_subscription_events,
    "create_invitation": create_invitation,
    "create_dataset": create_dataset,
    "get_dataset": get_dataset,
    "update_dataset_schema": update_dataset_schema,
    "get_dataset_status": get_dataset_status,
    "get_dataset_upload_url": get_dataset_upload_url,
    "get_dataset_import": get_dataset_import,
    "append_dataset_datapoints": append_dataset_datapoints,
    "get_schema_migration": get_schema_migration,
    "list_task_batches": list_task_batches,
    "create_task_batch": create_task_batch,
    "get_task_batch": get_task_batch,
    "update_task_batch": update_task_batch,
    "get_task_batch_status": get_task_batch_status,
    "setup_task_batch": setup_task_batch,
    "list_task_batch_responses": list_task_batch_responses,
    "get_task_batch_report": get_task_batch_report,
    "duplicate_task_batch": duplicate_task_batch,
    "sync_task_batch": sync_task_batch,
    "get_task_batch_sync": get_task_batch_sync,
    "request_task_batch_export": request_task_batch_export,
    "get_task_batch_export": get_task_batch_export,
    "list_task_batch_instructions": list_task_batch_instructions,
    "replace_task_batch_instructions": replace_task_batch_instructions,
    "create_task_batch_instructions": create_task_batch_instructions,
    "list_collections": list_collections,
    "create_collection": create_collection,
    "get_collection": get_collection,
    "replace_collection": replace_collection,
    "list_collection_responses": list_collection_responses,
    "request_collection_export": request_collection_export,
    "get_collection_export": get_collection_export,
    "list_surveys": list_surveys,
    "create_survey": create_survey,
    "get_survey": get_survey,
    "delete_survey": delete_survey,
    "list_survey_responses": list_survey_responses,
    "create_survey_response": create_survey_response,
    "delete_survey_responses": delete_survey_responses,
    "get_survey_summary": get_survey_summary,
    "get_survey_response": get_survey_response,
    "delete_survey_response": delete_survey_response,
    "create_test_participant": create_test_participant,
    "get_credential_report": get_credential_report,
    "get_credential_pools": get_credential_pools,
    "create_credential_pool": create_credential_pool,
    "append_credentials": append_credentials,
    "get_study_jwks": get_study_jwks,
}
