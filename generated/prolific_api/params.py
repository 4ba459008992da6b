"""Typed request bodies and closed value sets, generated from the spec.

Written by `scripts/generate.py` from `openapi/prolific.yaml`; do not edit. Each request body
schema ``X`` yields ``XParams``, a ``TypedDict`` whose required keys are the schema's required
fields, for keyword arguments typed with ``**fields: Unpack[XParams]``: a misspelled field or a
value of the wrong type is an error in the caller's type checker. Each string enum ``E`` yields
``ELiteral``, the ``Literal`` of its values (``typing.get_args`` lists them at run time).
Annotations are postponed, so ``__required_keys__`` cannot see ``Required``: the type checker is
what reads these, and the SDK checks required fields from ``operations`` at run time.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypeAlias, TypedDict

if TYPE_CHECKING:
    from .models.access_detail import AccessDetail
    from .models.applied_filter import AppliedFilter
    from .models.auto_rejection_category import AutoRejectionCategory
    from .models.choice_option import ChoiceOption
    from .models.collection_page import CollectionPage
    from .models.collection_page_item import CollectionPageItem
    from .models.collection_page_item_content_format import CollectionPageItemContentFormat
    from .models.collection_page_item_unit_position import CollectionPageItemUnitPosition
    from .models.completion_code import CompletionCode
    from .models.completion_code_action import CompletionCodeAction
    from .models.completion_code_action_type import CompletionCodeActionType
    from .models.completion_code_actor import CompletionCodeActor
    from .models.completion_code_data import CompletionCodeData
    from .models.completion_code_type import CompletionCodeType
    from .models.completion_option import CompletionOption
    from .models.content_warning import ContentWarning
    from .models.data_collection_method_type_1 import DataCollectionMethodType1
    from .models.data_collection_method_type_2_type_1 import DataCollectionMethodType2Type1
    from .models.data_collection_method_type_3_type_1 import DataCollectionMethodType3Type1
    from .models.dataset_schema import DatasetSchema
    from .models.device_compatibility import DeviceCompatibility
    from .models.filter_range import FilterRange
    from .models.input_validation import InputValidation
    from .models.input_validation_type import InputValidationType
    from .models.instruction import Instruction
    from .models.instruction_type import InstructionType
    from .models.instruction_unit_position import InstructionUnitPosition
    from .models.invitation_role import InvitationRole
    from .models.layout_column import LayoutColumn
    from .models.layout_item import LayoutItem
    from .models.layout_item_content_format import LayoutItemContentFormat
    from .models.layout_item_type import LayoutItemType
    from .models.layout_item_unit_position import LayoutItemUnitPosition
    from .models.layout_page import LayoutPage
    from .models.layout_row import LayoutRow
    from .models.longitudinal_config import LongitudinalConfig
    from .models.peripheral_requirement import PeripheralRequirement
    from .models.project_create_longitudinal import ProjectCreateLongitudinal
    from .models.project_type import ProjectType
    from .models.prolific_id_option import ProlificIdOption
    from .models.public_details_type_0 import PublicDetailsType0
    from .models.public_project_status import PublicProjectStatus
    from .models.rejection_category import RejectionCategory
    from .models.study_label import StudyLabel
    from .models.study_transition_action import StudyTransitionAction
    from .models.study_update_data_collection_metadata_type_0 import (
        StudyUpdateDataCollectionMetadataType0,
    )
    from .models.submission_transition_action import SubmissionTransitionAction
    from .models.submissions_config import SubmissionsConfig
    from .models.survey_answer_option import SurveyAnswerOption
    from .models.survey_chosen_answer import SurveyChosenAnswer
    from .models.survey_question import SurveyQuestion
    from .models.survey_question_response import SurveyQuestionResponse
    from .models.survey_question_type import SurveyQuestionType
    from .models.survey_response_section import SurveyResponseSection
    from .models.survey_section import SurveySection
    from .models.task_details import TaskDetails
    from .models.unit_option import UnitOption

__all__ = [
    "AutoRejectionCategoryLiteral",
    "CollectionPageItemContentFormatLiteral",
    "CollectionPageItemUnitPositionLiteral",
    "CompletionCodeActionTypeLiteral",
    "CompletionCodeActorLiteral",
    "CompletionCodeTypeLiteral",
    "CompletionOptionLiteral",
    "ContentWarningLiteral",
    "DataCollectionMethodType1Literal",
    "DataCollectionMethodType2Type1Literal",
    "DataCollectionMethodType3Type1Literal",
    "DatasetFieldTypeLiteral",
    "DatasetStatusLiteral",
    "DeviceCompatibilityLiteral",
    "ExportStatusLiteral",
    "FilterTypeLiteral",
    "ImportStatusLiteral",
    "InputValidationTypeLiteral",
    "InstructionTypeLiteral",
    "InstructionUnitPositionLiteral",
    "InvitationRoleLiteral",
    "InvitationStatusLiteral",
    "JsonWebKeyAlgLiteral",
    "JsonWebKeyKeyOpsItemLiteral",
    "JsonWebKeyKtyLiteral",
    "JsonWebKeyUseLiteral",
    "LayoutItemContentFormatLiteral",
    "LayoutItemTypeLiteral",
    "LayoutItemUnitPositionLiteral",
    "PeripheralRequirementLiteral",
    "ProjectTypeLiteral",
    "ProlificIdOptionLiteral",
    "PublicProjectStatusLiteral",
    "RejectionCategoryLiteral",
    "RewardCurrencyLiteral",
    "SchemaMigrationStatusLiteral",
    "StudyLabelLiteral",
    "StudyStatusLiteral",
    "StudyTransitionActionLiteral",
    "SubmissionListStatusLiteral",
    "SubmissionOrderingLiteral",
    "SubmissionStatusLiteral",
    "SubmissionTransitionActionLiteral",
    "SubscriptionEventStatusLiteral",
    "SurveyQuestionTypeLiteral",
    "SyncJobStatusLiteral",
    "TaskBatchStatusLiteral",
    "UploadUrlHttpMethodLiteral",
    "AccessDetailParams",
    "AppliedFilterParams",
    "BonusPaymentsCreateParams",
    "BulkApproveRequestParams",
    "BulkMessageSendParams",
    "ChoiceOptionParams",
    "CollectionPageParams",
    "CollectionPageItemParams",
    "CollectionWriteParams",
    "CompletionCodeParams",
    "CompletionCodeActionParams",
    "CompletionCodeDataParams",
    "CredentialPoolAppendParams",
    "CredentialPoolCreateParams",
    "DatasetCreateParams",
    "DatasetSchemaParams",
    "DatasetSchemaUpdateParams",
    "DemographicExportRequestParams",
    "EligibilityCountRequestParams",
    "FilterRangeParams",
    "FilterSetCloneParams",
    "FilterSetCreateParams",
    "FilterSetUpdateParams",
    "GroupMessageSendParams",
    "InputValidationParams",
    "InstructionParams",
    "InstructionsWriteParams",
    "InvitationCreateParams",
    "LayoutColumnParams",
    "LayoutItemParams",
    "LayoutPageParams",
    "LayoutRowParams",
    "LongitudinalConfigParams",
    "MessageSendParams",
    "ParticipantGroupCreateParams",
    "ParticipantGroupUpdateParams",
    "ParticipantIdsParams",
    "ProjectCreateParams",
    "ProjectCreateLongitudinalParams",
    "ProjectUpdateParams",
    "PublicDetailsType0Params",
    "ReturnRequestParams",
    "ScreenOutPaymentRequestParams",
    "ScreenOutRequestParams",
    "SecretCreateParams",
    "StudyCloneParams",
    "StudyCostRequestParams",
    "StudyCreateParams",
    "StudyTransitionParams",
    "StudyUpdateParams",
    "StudyUpdateDataCollectionMetadataType0Params",
    "SubmissionTransitionParams",
    "SubmissionsConfigParams",
    "SubscriptionConfirmParams",
    "SubscriptionCreateParams",
    "SubscriptionUpdateParams",
    "SurveyAnswerOptionParams",
    "SurveyChosenAnswerParams",
    "SurveyCreateParams",
    "SurveyQuestionParams",
    "SurveyQuestionResponseParams",
    "SurveyResponseCreateParams",
    "SurveyResponseSectionParams",
    "SurveySectionParams",
    "TaskBatchCreateParams",
    "TaskBatchDuplicateParams",
    "TaskBatchSetupParams",
    "TaskBatchUpdateParams",
    "TaskDetailsParams",
    "TestParticipantCreateParams",
    "UnitOptionParams",
    "WorkspaceCreateParams",
    "WorkspaceUpdateParams",
]

AutoRejectionCategoryLiteral: TypeAlias = Literal["EXCEPTIONALLY_FAST",]
CollectionPageItemContentFormatLiteral: TypeAlias = Literal[
    "html",
    "markdown",
]
CollectionPageItemUnitPositionLiteral: TypeAlias = Literal[
    "prefix",
    "suffix",
]
CompletionCodeActionTypeLiteral: TypeAlias = Literal[
    "AUTOMATICALLY_APPROVE",
    "MANUALLY_REVIEW",
    "ADD_TO_PARTICIPANT_GROUP",
    "REMOVE_FROM_PARTICIPANT_GROUP",
    "REQUEST_RETURN",
    "DYNAMIC_PAYMENT",
    "FIXED_SCREEN_OUT_PAYMENT",
]
CompletionCodeActorLiteral: TypeAlias = Literal[
    "participant",
    "researcher",
]
CompletionCodeTypeLiteral: TypeAlias = Literal[
    "COMPLETED",
    "FAILED_ATTENTION_CHECK",
    "FOLLOW_UP_STUDY",
    "GIVE_BONUS",
    "INCOMPATIBLE_DEVICE",
    "NO_CONSENT",
    "OTHER",
    "FIXED_SCREENOUT",
    "SCREENED_IN",
    "SCREENED_OUT",
    "DEFAULT",
]
CompletionOptionLiteral: TypeAlias = Literal[
    "url",
    "code",
]
ContentWarningLiteral: TypeAlias = Literal[
    "sensitive",
    "explicit",
]
DataCollectionMethodType1Literal: TypeAlias = Literal[
    "AI_TASK_BUILDER_BATCH",
    "AI_TASK_BUILDER_COLLECTION",
]
DataCollectionMethodType2Type1Literal: TypeAlias = Literal[
    "AI_TASK_BUILDER_BATCH",
    "AI_TASK_BUILDER_COLLECTION",
]
DataCollectionMethodType3Type1Literal: TypeAlias = Literal[
    "AI_TASK_BUILDER_BATCH",
    "AI_TASK_BUILDER_COLLECTION",
]
DatasetFieldTypeLiteral: TypeAlias = Literal[
    "text",
    "image_url",
    "metadata",
    "task_group_id",
]
DatasetStatusLiteral: TypeAlias = Literal[
    "UNINITIALISED",
    "PROCESSING",
    "READY",
    "ERROR",
]
DeviceCompatibilityLiteral: TypeAlias = Literal[
    "desktop",
    "tablet",
    "mobile",
]
ExportStatusLiteral: TypeAlias = Literal[
    "generating",
    "complete",
    "failed",
]
FilterTypeLiteral: TypeAlias = Literal[
    "select",
    "range",
]
ImportStatusLiteral: TypeAlias = Literal[
    "uninitialised",
    "queued",
    "processing",
    "complete",
    "partial",
    "failed",
    "pending_schema",
]
InputValidationTypeLiteral: TypeAlias = Literal[
    "number",
    "string",
]
InstructionTypeLiteral: TypeAlias = Literal[
    "multiple_choice",
    "free_text",
    "free_text_with_unit",
    "multiple_choice_with_free_text",
    "file_upload",
]
InstructionUnitPositionLiteral: TypeAlias = Literal[
    "prefix",
    "suffix",
]
InvitationRoleLiteral: TypeAlias = Literal[
    "WORKSPACE_ADMIN",
    "WORKSPACE_COLLABORATOR",
]
InvitationStatusLiteral: TypeAlias = Literal[
    "INVITED",
    "ACCEPTED",
]
JsonWebKeyAlgLiteral: TypeAlias = Literal["RS256",]
JsonWebKeyKeyOpsItemLiteral: TypeAlias = Literal["verify",]
JsonWebKeyKtyLiteral: TypeAlias = Literal["RSA",]
JsonWebKeyUseLiteral: TypeAlias = Literal["sig",]
LayoutItemContentFormatLiteral: TypeAlias = Literal[
    "html",
    "markdown",
]
LayoutItemTypeLiteral: TypeAlias = Literal[
    "dataset_field",
    "image",
    "rich_text",
    "free_text",
    "free_text_with_unit",
    "multiple_choice",
    "multiple_choice_with_free_text",
    "file_upload",
]
LayoutItemUnitPositionLiteral: TypeAlias = Literal[
    "prefix",
    "suffix",
]
PeripheralRequirementLiteral: TypeAlias = Literal[
    "audio",
    "camera",
    "download",
    "microphone",
]
ProjectTypeLiteral: TypeAlias = Literal[
    "PRIVATE",
    "PUBLIC",
]
ProlificIdOptionLiteral: TypeAlias = Literal[
    "question",
    "url_parameters",
    "not_required",
]
PublicProjectStatusLiteral: TypeAlias = Literal[
    "ENABLED",
    "DISABLED",
]
RejectionCategoryLiteral: TypeAlias = Literal[
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
]
RewardCurrencyLiteral: TypeAlias = Literal[
    "GBP",
    "USD",
]
SchemaMigrationStatusLiteral: TypeAlias = Literal[
    "processing",
    "complete",
    "partial",
    "failed",
]
StudyLabelLiteral: TypeAlias = Literal[
    "survey",
    "writing_task",
    "annotation",
    "decision_making_task",
    "interview",
    "other",
    "ai_annotation",
    "ai_evaluation",
    "ai_reasoning",
    "ai_fact_checking",
    "ai_safety",
    "ai_data_creation_text",
    "ai_data_creation_audio",
    "ai_data_creation_video",
    "ai_data_creation_images",
    "ai_other",
]
StudyStatusLiteral: TypeAlias = Literal[
    "UNPUBLISHED",
    "PUBLISHING",
    "SCHEDULED",
    "ACTIVE",
    "PAUSED",
    "AWAITING REVIEW",
    "COMPLETED",
    "PROCESSING",
    "UNKNOWN",
]
StudyTransitionActionLiteral: TypeAlias = Literal[
    "PUBLISH",
    "SCHEDULE_PUBLISH",
    "CANCEL_PUBLISH",
    "PAUSE",
    "START",
    "STOP",
]
SubmissionListStatusLiteral: TypeAlias = Literal[
    "ACTIVE",
    "AWAITING_REVIEW",
    "APPROVED",
    "PARTIALLY_APPROVED",
    "REJECTED",
    "RETURNED",
    "SCREENED_OUT",
    "TIMED-OUT",
    "UNKNOWN",
]
SubmissionOrderingLiteral: TypeAlias = Literal[
    "started_at",
    "-started_at",
    "submission_reward",
    "-submission_reward",
    "study_name",
    "-study_name",
]
SubmissionStatusLiteral: TypeAlias = Literal[
    "RESERVED",
    "ACTIVE",
    "AWAITING REVIEW",
    "APPROVED",
    "PARTIALLY APPROVED",
    "REJECTED",
    "RETURNED",
    "TIMED-OUT",
    "SCREENED OUT",
    "PROCESSING",
    "UNKNOWN",
]
SubmissionTransitionActionLiteral: TypeAlias = Literal[
    "APPROVE",
    "REJECT",
    "COMPLETE",
    "RETURN",
    "START",
    "SCREEN_OUT",
    "UNREJECT",
    "UNRETURN",
]
SubscriptionEventStatusLiteral: TypeAlias = Literal[
    "PENDING",
    "SUCCEEDED",
    "FAILED",
]
SurveyQuestionTypeLiteral: TypeAlias = Literal[
    "single",
    "multiple",
]
SyncJobStatusLiteral: TypeAlias = Literal[
    "queued",
    "processing",
    "complete",
    "failed",
]
TaskBatchStatusLiteral: TypeAlias = Literal[
    "UNINITIALISED",
    "PROCESSING",
    "READY",
    "ERROR",
]
UploadUrlHttpMethodLiteral: TypeAlias = Literal["PUT",]


class AccessDetailParams(TypedDict, total=False):
    """Keyword fields of a request taking ``AccessDetail``. One task URL of a Taskflow study and
    how many places go to it.
    """

    external_url: Required[str]
    total_allocation: Required[int]


class AppliedFilterParams(TypedDict, total=False):
    """Keyword fields of a request taking ``AppliedFilter``. One filter applied to an audience, in
    one of three shapes (find filter IDs, kinds and values with `client.filters.list()`): a
    `select` filter with `selected_values`, a `range` filter with `selected_range`, or a group
    `{filter_id: "and" | "or", selected_filters: [...]}` whose children are filters of any of
    these shapes, nested groups included. Select and range filters may carry `weightings` to set
    quotas; quota and representative studies also need the study's `study_type`.
    """

    filter_id: Required[str]
    selected_values: Sequence[str]
    selected_range: FilterRange | FilterRangeParams
    selected_filters: Sequence[AppliedFilter | AppliedFilterParams]
    weightings: Mapping[str, Any]


class BonusPaymentsCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``BonusPaymentsCreate``. Bonuses to prepare for one
    study.
    """

    study_id: Required[str]
    csv_bonuses: Required[str]


class BulkApproveRequestParams(TypedDict, total=False):
    """Keyword fields of a request taking ``BulkApproveRequest``. Submissions to approve, in one of
    two forms: `submission_ids` (preferred; may span studies), or `study_id` with
    `participant_ids`.
    """

    submission_ids: Sequence[str]
    study_id: str
    participant_ids: Sequence[str]


class BulkMessageSendParams(TypedDict, total=False):
    """Keyword fields of a request taking ``BulkMessageSend``. One message to several participants
    of a study.
    """

    ids: Required[Sequence[str]]
    body: Required[str]
    study_id: Required[str]


class ChoiceOptionParams(TypedDict, total=False):
    """Keyword fields of a request taking ``ChoiceOption``. One option of a multiple-choice
    question.
    """

    label: Required[str]
    value: Required[Any]
    exclusive: bool


class CollectionPageParams(TypedDict, total=False):
    """Keyword fields of a request taking ``CollectionPage``. One page of a collection."""

    page_items: Required[Sequence[CollectionPageItem | CollectionPageItemParams]]
    id: str
    schema_version: Any
    created_at: datetime.datetime | str
    created_by: str


class CollectionPageItemParams(TypedDict, total=False):
    """Keyword fields of a request taking ``CollectionPageItem``. A question or a content block of
    a collection page: the fields of `LayoutItem` (less `field`) plus `order`.
    """

    type: Required[LayoutItemType | LayoutItemTypeLiteral]
    id: str
    parent_type: str
    schema_version: Any
    order: int
    description: str
    helper_text: str
    placeholder_text_input: str
    validation: InputValidation | InputValidationParams
    answer_limit: int
    disable_dropdown: bool
    options: Sequence[ChoiceOption | ChoiceOptionParams]
    unit_options: Sequence[UnitOption | UnitOptionParams]
    default_unit: str
    unit_position: CollectionPageItemUnitPosition | CollectionPageItemUnitPositionLiteral
    accepted_file_types: Sequence[str]
    max_file_size_mb: float
    min_file_count: int
    max_file_count: int
    url: str
    alt_text: str
    caption: str
    content: str
    content_format: CollectionPageItemContentFormat | CollectionPageItemContentFormatLiteral


class CollectionWriteParams(TypedDict, total=False):
    """Keyword fields of a request taking ``CollectionWrite``. A whole collection, to create or to
    replace one.
    """

    name: Required[str]
    workspace_id: Required[str]
    task_details: Required[TaskDetails | TaskDetailsParams]
    collection_items: Required[Sequence[CollectionPage | CollectionPageParams]]


class CompletionCodeParams(TypedDict, total=False):
    """Keyword fields of a request taking ``CompletionCode``. A code participants (or the
    researcher) use to finish a study, with what happens next. Participants finish at
    `https://app.prolific.com/submissions/complete?cc=<code>`.
    """

    code: Required[str | None]
    code_type: Required[CompletionCodeType | CompletionCodeTypeLiteral]
    actions: Required[Sequence[CompletionCodeAction | CompletionCodeActionParams]]
    actor: CompletionCodeActor | CompletionCodeActorLiteral


class CompletionCodeActionParams(TypedDict, total=False):
    """Keyword fields of a request taking ``CompletionCodeAction``. One automatic action of a
    completion code. `ADD_TO_PARTICIPANT_GROUP` and `REMOVE_FROM_PARTICIPANT_GROUP` need
    `participant_group`; `REQUEST_RETURN` needs `return_reason`; `DYNAMIC_PAYMENT` needs the
    code's actor to be `researcher`; `FIXED_SCREEN_OUT_PAYMENT` needs `fixed_screen_out_reward`
    and `slots` (a feature Prolific enables per workspace).
    """

    action: Required[CompletionCodeActionType | CompletionCodeActionTypeLiteral]
    participant_group: str
    return_reason: str
    fixed_screen_out_reward: int
    slots: int


class CompletionCodeDataParams(TypedDict, total=False):
    """Keyword fields of a request taking ``CompletionCodeData``. Extra data for completing with a
    `DYNAMIC_PAYMENT` code.
    """

    percentage_of_reward: float
    message_to_participant: str


class CredentialPoolAppendParams(TypedDict, total=False):
    """Keyword fields of a request taking ``CredentialPoolAppend``. Logins to add to a pool."""

    credentials: Required[str]


class CredentialPoolCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``CredentialPoolCreate``. A new pool of logins."""

    workspace_id: Required[str]
    credentials: Required[str]


class DatasetCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``DatasetCreate``. A dataset to create."""

    name: Required[str]
    workspace_id: Required[str]
    schema: DatasetSchema | DatasetSchemaParams


class DatasetSchemaParams(TypedDict, total=False):
    """Keyword fields of a request taking ``DatasetSchema``. The fields of a structured (V4)
    dataset.
    """

    strict: Required[bool]
    fields: Required[Mapping[str, Any]]


class DatasetSchemaUpdateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``DatasetSchemaUpdate``. A new schema for a structured
    dataset.
    """

    schema: Required[DatasetSchema | DatasetSchemaParams]


class DemographicExportRequestParams(TypedDict, total=False):
    """Keyword fields of a request taking ``DemographicExportRequest``. Filters whose answers to
    add as columns (at most 15); none for the base columns only.
    """

    filters: Sequence[AppliedFilter | AppliedFilterParams]


class EligibilityCountRequestParams(TypedDict, total=False):
    """Keyword fields of a request taking ``EligibilityCountRequest``. An audience to count."""

    filters: Required[Sequence[AppliedFilter | AppliedFilterParams]]
    workspace_id: str
    organisation_id: str


class FilterRangeParams(TypedDict, total=False):
    """Keyword fields of a request taking ``FilterRange``. Bounds of a range filter; a missing or
    null bound is open.
    """

    lower: int | float | str | None
    upper: int | float | str | None


class FilterSetCloneParams(TypedDict, total=False):
    """Keyword fields of a request taking ``FilterSetClone``. Options for copying a filter set."""

    new_name: str


class FilterSetCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``FilterSetCreate``. A new filter set, in a workspace (or
    an organisation).
    """

    workspace_id: str
    organisation_id: str
    name: str
    filters: Sequence[AppliedFilter | AppliedFilterParams]


class FilterSetUpdateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``FilterSetUpdate``. Filter set fields to change."""

    name: str
    filters: Sequence[AppliedFilter | AppliedFilterParams]


class GroupMessageSendParams(TypedDict, total=False):
    """Keyword fields of a request taking ``GroupMessageSend``. One message to every member of a
    participant group.
    """

    participant_group_id: Required[str]
    body: Required[str]
    study_id: str


class InputValidationParams(TypedDict, total=False):
    """Keyword fields of a request taking ``InputValidation``. Limits on a typed answer."""

    type: Required[InputValidationType | InputValidationTypeLiteral]
    min: float | None
    max: float | None


class InstructionParams(TypedDict, total=False):
    """Keyword fields of a request taking ``Instruction``. A question of a legacy batch, or of a
    collection page (same fields as a question `LayoutItem`).
    """

    type: Required[InstructionType | InstructionTypeLiteral]
    id: str
    created_at: datetime.datetime | str
    created_by: str
    parent_id: str
    parent_type: str
    order: int
    description: str
    helper_text: str
    placeholder_text_input: str
    validation: InputValidation | InputValidationParams
    answer_limit: int
    disable_dropdown: bool
    options: Sequence[ChoiceOption | ChoiceOptionParams]
    unit_options: Sequence[UnitOption | UnitOptionParams]
    default_unit: str
    unit_position: InstructionUnitPosition | InstructionUnitPositionLiteral
    accepted_file_types: Sequence[str]
    max_file_size_mb: float
    min_file_count: int
    max_file_count: int


class InstructionsWriteParams(TypedDict, total=False):
    """Keyword fields of a request taking ``InstructionsWrite``. The questions of a legacy batch."""

    instructions: Required[Sequence[Instruction | InstructionParams]]


class InvitationCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``InvitationCreate``. People to invite and the role they
    get.
    """

    association: str
    emails: Sequence[str]
    role: InvitationRole | InvitationRoleLiteral


class LayoutColumnParams(TypedDict, total=False):
    """Keyword fields of a request taking ``LayoutColumn``. A column of a row; its items stack top
    to bottom.
    """

    items: Required[Sequence[LayoutItem | LayoutItemParams]]
    id: str


class LayoutItemParams(TypedDict, total=False):
    """Keyword fields of a request taking ``LayoutItem``. One item of a page: a dataset field shown
    for the current datapoint (`field`), an image (`url`, `alt_text`, `caption`), rich text
    (`content`, `content_format`) or a question (`description` plus the fields of its kind).
    Keep `id` to preserve an item on update.
    """

    type: Required[LayoutItemType | LayoutItemTypeLiteral]
    id: str
    field: str
    url: str
    alt_text: str
    caption: str
    content: str
    content_format: LayoutItemContentFormat | LayoutItemContentFormatLiteral
    description: str
    helper_text: str
    placeholder_text_input: str
    validation: InputValidation | InputValidationParams
    answer_limit: int
    disable_dropdown: bool
    options: Sequence[ChoiceOption | ChoiceOptionParams]
    unit_options: Sequence[UnitOption | UnitOptionParams]
    default_unit: str
    unit_position: LayoutItemUnitPosition | LayoutItemUnitPositionLiteral
    accepted_file_types: Sequence[str]
    max_file_size_mb: float
    min_file_count: int
    max_file_count: int


class LayoutPageParams(TypedDict, total=False):
    """Keyword fields of a request taking ``LayoutPage``. One screen of a batch's `batch_items`
    layout.
    """

    rows: Required[Sequence[LayoutRow | LayoutRowParams]]
    id: str


class LayoutRowParams(TypedDict, total=False):
    """Keyword fields of a request taking ``LayoutRow``. A row of a page: one or two columns side
    by side.
    """

    columns: Required[Sequence[LayoutColumn | LayoutColumnParams]]
    id: str


class LongitudinalConfigParams(TypedDict, total=False):
    """Keyword fields of a request taking ``LongitudinalConfig``. Targets of a longitudinal
    project.
    """

    target_completions: Required[int]
    retention_rate: Required[float]
    filters: Sequence[AppliedFilter | AppliedFilterParams]


class MessageSendParams(TypedDict, total=False):
    """Keyword fields of a request taking ``MessageSend``. A message to one person, about a study."""

    recipient_id: Required[str]
    body: Required[str]
    study_id: Required[str]


class ParticipantGroupCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``ParticipantGroupCreate``. A new group, in a workspace
    (or an organisation).
    """

    name: Required[str]
    workspace_id: str
    organisation_id: str
    description: str
    participant_ids: Sequence[str]


class ParticipantGroupUpdateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``ParticipantGroupUpdate``. Group fields to change."""

    name: str
    description: str
    participant_ids: Sequence[str]


class ParticipantIdsParams(TypedDict, total=False):
    """Keyword fields of a request taking ``ParticipantIds``. Participants to add or remove."""

    participant_ids: Required[Sequence[str]]


class ProjectCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``ProjectCreate``. A new project; `title` alone is
    enough.
    """

    title: Required[str]
    description: str
    naivety_distribution_rate: float | None
    type: ProjectType | ProjectTypeLiteral
    public_details: PublicDetailsType0 | PublicDetailsType0Params | None
    is_longitudinal: bool
    longitudinal: ProjectCreateLongitudinal | ProjectCreateLongitudinalParams


class ProjectCreateLongitudinalParams(TypedDict, total=False):
    """Keyword fields of a request taking ``ProjectCreateLongitudinal``. The longitudinal design."""

    config: LongitudinalConfig | LongitudinalConfigParams


class ProjectUpdateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``ProjectUpdate``. Project fields to change."""

    title: str
    description: str
    owner: str
    position: int
    hidden: bool
    type: ProjectType | ProjectTypeLiteral
    public_details: PublicDetailsType0 | PublicDetailsType0Params | None
    is_sequential: bool
    naivety_distribution_rate: float | None


class PublicDetailsType0Params(TypedDict, total=False):
    """Keyword fields of a request taking ``PublicDetailsType0``. The public page of a `PUBLIC`
    project (null for a private one).
    """

    status: PublicProjectStatus | PublicProjectStatusLiteral
    title: str
    short_description: str
    description: str


class ReturnRequestParams(TypedDict, total=False):
    """Keyword fields of a request taking ``ReturnRequest``. Why the participant is asked to return
    the submission.
    """

    request_return_reasons: Required[Sequence[str]]


class ScreenOutPaymentRequestParams(TypedDict, total=False):
    """Keyword fields of a request taking ``ScreenOutPaymentRequest``. Submissions to price a
    screen-out for.
    """

    submission_ids: Required[Sequence[str]]


class ScreenOutRequestParams(TypedDict, total=False):
    """Keyword fields of a request taking ``ScreenOutRequest``. Submissions to screen out and what
    to pay each.
    """

    submission_ids: Required[Sequence[str]]
    bonus_per_submission: float
    reward_per_hour: float
    increase_places: bool


class SecretCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SecretCreate``. Workspace to create (or replace) the
    secret for.
    """

    workspace_id: Required[str]


class StudyCloneParams(TypedDict, total=False):
    """Keyword fields of a request taking ``StudyClone``. Options for copying a study."""

    block_previous_participants: bool


class StudyCostRequestParams(TypedDict, total=False):
    """Keyword fields of a request taking ``StudyCostRequest``. What to price."""

    reward: Required[int]
    total_available_places: Required[int]


class StudyCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``StudyCreate``. A new draft study. The audience is
    `filters` (or `filter_set_id`); `eligibility_requirements` is gone and Prolific refuses it.
    `external_study_url` is required but may be null when `access_details` (or
    `data_collection_method`) says where participants go. `completion_codes` may wait until the
    study is published. Extra fields are accepted.
    """

    name: Required[str]
    description: Required[str]
    external_study_url: Required[str | None]
    prolific_id_option: Required[ProlificIdOption | ProlificIdOptionLiteral]
    total_available_places: Required[int]
    estimated_completion_time: Required[int]
    reward: Required[int]
    internal_name: str | None
    is_external_study_url_secure: bool
    access_details: Sequence[AccessDetail | AccessDetailParams] | None
    completion_codes: Sequence[CompletionCode | CompletionCodeParams]
    maximum_allowed_time: int
    device_compatibility: Sequence[DeviceCompatibility | DeviceCompatibilityLiteral]
    peripheral_requirements: Sequence[PeripheralRequirement | PeripheralRequirementLiteral]
    filters: Sequence[AppliedFilter | AppliedFilterParams] | None
    filter_set_id: str | None
    filter_set_version: int | None
    project: str
    naivety_distribution_rate: float | None
    is_custom_screening: bool
    submissions_config: SubmissionsConfig | SubmissionsConfigParams
    study_labels: Sequence[StudyLabel | StudyLabelLiteral]
    content_warnings: Sequence[ContentWarning | ContentWarningLiteral]
    content_warning_details: str
    metadata: str | None
    credential_pool_id: str | None
    has_credentials: bool
    data_collection_method: (
        DataCollectionMethodType1
        | DataCollectionMethodType1Literal
        | DataCollectionMethodType2Type1
        | DataCollectionMethodType2Type1Literal
        | DataCollectionMethodType3Type1
        | DataCollectionMethodType3Type1Literal
        | None
    )
    data_collection_id: str | None
    data_collection_metadata: (
        StudyUpdateDataCollectionMetadataType0 | StudyUpdateDataCollectionMetadataType0Params | None
    )
    study_type: str
    completion_code: str
    completion_option: CompletionOption | CompletionOptionLiteral


class StudyTransitionParams(TypedDict, total=False):
    """Keyword fields of a request taking ``StudyTransition``. A change of a study's status."""

    action: Required[StudyTransitionAction | StudyTransitionActionLiteral]
    publish_at: datetime.datetime | str


class StudyUpdateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``StudyUpdate``. Study fields, all optional. A draft
    accepts any of them; a published study only `internal_name`, `total_available_places`
    (increase only) and `access_details`.
    """

    name: str
    internal_name: str | None
    description: str
    external_study_url: str | None
    is_external_study_url_secure: bool
    access_details: Sequence[AccessDetail | AccessDetailParams] | None
    prolific_id_option: ProlificIdOption | ProlificIdOptionLiteral
    completion_codes: Sequence[CompletionCode | CompletionCodeParams]
    total_available_places: int
    estimated_completion_time: int
    maximum_allowed_time: int
    reward: int
    device_compatibility: Sequence[DeviceCompatibility | DeviceCompatibilityLiteral]
    peripheral_requirements: Sequence[PeripheralRequirement | PeripheralRequirementLiteral]
    filters: Sequence[AppliedFilter | AppliedFilterParams] | None
    filter_set_id: str | None
    filter_set_version: int | None
    project: str
    naivety_distribution_rate: float | None
    is_custom_screening: bool
    submissions_config: SubmissionsConfig | SubmissionsConfigParams
    study_labels: Sequence[StudyLabel | StudyLabelLiteral]
    content_warnings: Sequence[ContentWarning | ContentWarningLiteral]
    content_warning_details: str
    metadata: str | None
    credential_pool_id: str | None
    has_credentials: bool
    data_collection_method: (
        DataCollectionMethodType1
        | DataCollectionMethodType1Literal
        | DataCollectionMethodType2Type1
        | DataCollectionMethodType2Type1Literal
        | DataCollectionMethodType3Type1
        | DataCollectionMethodType3Type1Literal
        | None
    )
    data_collection_id: str | None
    data_collection_metadata: (
        StudyUpdateDataCollectionMetadataType0 | StudyUpdateDataCollectionMetadataType0Params | None
    )


class StudyUpdateDataCollectionMetadataType0Params(TypedDict, total=False):
    """Keyword fields of a request taking ``StudyUpdateDataCollectionMetadataType0``. AI Task
    Builder batch settings.
    """

    annotators_per_task: int


class SubmissionTransitionParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SubmissionTransition``. A review decision. `REJECT`
    needs `message` and `rejection_category`; `COMPLETE` needs `completion_code` (and
    `completion_code_data` for dynamic payments).
    """

    action: Required[SubmissionTransitionAction | SubmissionTransitionActionLiteral]
    message: str
    rejection_category: RejectionCategory | RejectionCategoryLiteral
    completion_code: str
    completion_code_data: CompletionCodeData | CompletionCodeDataParams


class SubmissionsConfigParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SubmissionsConfig``. Advanced limits on submissions."""

    max_submissions_per_participant: int | None
    max_concurrent_submissions: int | None
    auto_rejection_categories: Sequence[AutoRejectionCategory | AutoRejectionCategoryLiteral]


class SubscriptionConfirmParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SubscriptionConfirm``. Proof of intent for a new
    subscription.
    """

    secret: Required[str]


class SubscriptionCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SubscriptionCreate``. A new subscription."""

    workspace_id: Required[str]
    event_type: Required[str]
    target_url: Required[str]


class SubscriptionUpdateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SubscriptionUpdate``. New settings of a subscription;
    send only what changes (`is_enabled` alone toggles it).
    """

    event_type: str
    target_url: str
    is_enabled: bool


class SurveyAnswerOptionParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SurveyAnswerOption``. An answer participants can pick."""

    value: Required[str]
    id: str


class SurveyChosenAnswerParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SurveyChosenAnswer``. An answer chosen."""

    answer_id: Required[str]
    value: Required[str]


class SurveyCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SurveyCreate``. A survey to create: `sections` of
    questions, or `questions` alone.
    """

    researcher_id: Required[str]
    title: Required[str]
    sections: Sequence[SurveySection | SurveySectionParams]
    questions: Sequence[SurveyQuestion | SurveyQuestionParams]


class SurveyQuestionParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SurveyQuestion``. A question of a survey."""

    title: Required[str]
    type: Required[SurveyQuestionType | SurveyQuestionTypeLiteral]
    answers: Required[Sequence[SurveyAnswerOption | SurveyAnswerOptionParams]]
    id: str


class SurveyQuestionResponseParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SurveyQuestionResponse``. The answers chosen to one
    question.
    """

    question_id: Required[str]
    question_title: Required[str]
    answers: Required[Sequence[SurveyChosenAnswer | SurveyChosenAnswerParams]]


class SurveyResponseCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SurveyResponseCreate``. A participant's response: by
    `sections`, or by `questions` for surveys without sections.
    """

    participant_id: Required[str]
    submission_id: Required[str]
    sections: Sequence[SurveyResponseSection | SurveyResponseSectionParams]
    questions: Sequence[SurveyQuestionResponse | SurveyQuestionResponseParams]


class SurveyResponseSectionParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SurveyResponseSection``. The answers given in one
    section.
    """

    section_id: Required[str]
    questions: Required[Sequence[SurveyQuestionResponse | SurveyQuestionResponseParams]]


class SurveySectionParams(TypedDict, total=False):
    """Keyword fields of a request taking ``SurveySection``. A section of a survey."""

    title: Required[str]
    questions: Required[Sequence[SurveyQuestion | SurveyQuestionParams]]
    id: str


class TaskBatchCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``TaskBatchCreate``. A batch to create."""

    name: Required[str]
    workspace_id: Required[str]
    task_details: Required[TaskDetails | TaskDetailsParams]
    dataset_id: str
    batch_items: Sequence[LayoutPage | LayoutPageParams]
    auto_sync_enabled: bool


class TaskBatchDuplicateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``TaskBatchDuplicate``. How to copy a batch."""

    name: str
    upload_new_dataset: bool


class TaskBatchSetupParams(TypedDict, total=False):
    """Keyword fields of a request taking ``TaskBatchSetup``. How to build a batch's tasks."""

    dataset_id: str
    tasks_per_group: int


class TaskBatchUpdateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``TaskBatchUpdate``. Changes to a batch; fields left out
    stay as they are.
    """

    name: str
    dataset_id: str
    task_details: TaskDetails | TaskDetailsParams
    batch_items: Sequence[LayoutPage | LayoutPageParams] | None
    auto_sync_enabled: bool


class TaskDetailsParams(TypedDict, total=False):
    """Keyword fields of a request taking ``TaskDetails``. What participants read before the tasks."""

    task_name: Required[str]
    task_introduction: Required[str]
    task_steps: Required[str]


class TestParticipantCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``TestParticipantCreate``. The email of the new test
    participant account.
    """

    email: Required[str]


class UnitOptionParams(TypedDict, total=False):
    """Keyword fields of a request taking ``UnitOption``. One unit a participant can pick next to a
    typed value.
    """

    label: Required[str]
    value: Required[str]
    validation: InputValidation | InputValidationParams


class WorkspaceCreateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``WorkspaceCreate``. A new workspace."""

    title: Required[str]
    description: str
    currency_code: str
    naivety_distribution_rate: float | None


class WorkspaceUpdateParams(TypedDict, total=False):
    """Keyword fields of a request taking ``WorkspaceUpdate``. Workspace fields to change."""

    title: str
    description: str
    naivety_distribution_rate: float | None
