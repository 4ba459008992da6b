"""Contains all the data models used in inputs/outputs.

Models load on first access, so `import prolific_api.models.study` does not import every model.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_detail import AccessDetail
    from .access_detail_progress import AccessDetailProgress
    from .access_details_progress import AccessDetailsProgress
    from .applied_filter import AppliedFilter
    from .applied_filter_weightings import AppliedFilterWeightings
    from .auto_rejection_category import AutoRejectionCategory
    from .balance_breakdown import BalanceBreakdown
    from .bonus_batch import BonusBatch
    from .bonus_payments_create import BonusPaymentsCreate
    from .bulk_approve_request import BulkApproveRequest
    from .bulk_message_send import BulkMessageSend
    from .choice_option import ChoiceOption
    from .collection import Collection
    from .collection_list import CollectionList
    from .collection_page import CollectionPage
    from .collection_page_item import CollectionPageItem
    from .collection_page_item_content_format import CollectionPageItemContentFormat
    from .collection_page_item_unit_position import CollectionPageItemUnitPosition
    from .collection_response import CollectionResponse
    from .collection_response_list import CollectionResponseList
    from .collection_write import CollectionWrite
    from .completion_code import CompletionCode
    from .completion_code_action import CompletionCodeAction
    from .completion_code_action_type import CompletionCodeActionType
    from .completion_code_actor import CompletionCodeActor
    from .completion_code_data import CompletionCodeData
    from .completion_code_type import CompletionCodeType
    from .completion_option import CompletionOption
    from .content_warning import ContentWarning
    from .credential_pool import CredentialPool
    from .credential_pool_append import CredentialPoolAppend
    from .credential_pool_create import CredentialPoolCreate
    from .credential_pool_list import CredentialPoolList
    from .credential_pool_ref import CredentialPoolRef
    from .data_collection_method_type_1 import DataCollectionMethodType1
    from .data_collection_method_type_2_type_1 import DataCollectionMethodType2Type1
    from .data_collection_method_type_3_type_1 import DataCollectionMethodType3Type1
    from .datapoints_appended import DatapointsAppended
    from .dataset import Dataset
    from .dataset_create import DatasetCreate
    from .dataset_field import DatasetField
    from .dataset_field_type import DatasetFieldType
    from .dataset_import import DatasetImport
    from .dataset_schema import DatasetSchema
    from .dataset_schema_fields import DatasetSchemaFields
    from .dataset_schema_update import DatasetSchemaUpdate
    from .dataset_status import DatasetStatus
    from .dataset_status_answer import DatasetStatusAnswer
    from .dataset_upload_url import DatasetUploadUrl
    from .demographic_export_history import DemographicExportHistory
    from .demographic_export_request import DemographicExportRequest
    from .device_compatibility import DeviceCompatibility
    from .eligibility_count import EligibilityCount
    from .eligibility_count_request import EligibilityCountRequest
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .event_type import EventType
    from .event_type_list import EventTypeList
    from .export import Export
    from .export_status import ExportStatus
    from .feeder_completion_code import FeederCompletionCode
    from .feeder_study import FeederStudy
    from .filter_ import Filter
    from .filter_choices import FilterChoices
    from .filter_distribution import FilterDistribution
    from .filter_distribution_distribution import FilterDistributionDistribution
    from .filter_distribution_distribution_additional_property import (
        FilterDistributionDistributionAdditionalProperty,
    )
    from .filter_list import FilterList
    from .filter_range import FilterRange
    from .filter_set import FilterSet
    from .filter_set_clone import FilterSetClone
    from .filter_set_create import FilterSetCreate
    from .filter_set_list import FilterSetList
    from .filter_set_update import FilterSetUpdate
    from .filter_type import FilterType
    from .group_message_send import GroupMessageSend
    from .import_status import ImportStatus
    from .input_validation import InputValidation
    from .input_validation_type import InputValidationType
    from .instruction import Instruction
    from .instruction_list import InstructionList
    from .instruction_type import InstructionType
    from .instruction_unit_position import InstructionUnitPosition
    from .instructions_write import InstructionsWrite
    from .invitation import Invitation
    from .invitation_create import InvitationCreate
    from .invitation_result import InvitationResult
    from .invitation_role import InvitationRole
    from .invitation_status import InvitationStatus
    from .invitee import Invitee
    from .json_web_key import JsonWebKey
    from .json_web_key_alg import JsonWebKeyAlg
    from .json_web_key_key_ops_item import JsonWebKeyKeyOpsItem
    from .json_web_key_kty import JsonWebKeyKty
    from .json_web_key_set import JsonWebKeySet
    from .json_web_key_use import JsonWebKeyUse
    from .layout_column import LayoutColumn
    from .layout_item import LayoutItem
    from .layout_item_content_format import LayoutItemContentFormat
    from .layout_item_type import LayoutItemType
    from .layout_item_unit_position import LayoutItemUnitPosition
    from .layout_page import LayoutPage
    from .layout_problem import LayoutProblem
    from .layout_row import LayoutRow
    from .list_meta import ListMeta
    from .longitudinal import Longitudinal
    from .longitudinal_config import LongitudinalConfig
    from .longitudinal_retention import LongitudinalRetention
    from .message import Message
    from .message_data import MessageData
    from .message_error import MessageError
    from .message_list import MessageList
    from .message_send import MessageSend
    from .migration_problem import MigrationProblem
    from .money_amount import MoneyAmount
    from .page_link import PageLink
    from .page_links import PageLinks
    from .participant_group import ParticipantGroup
    from .participant_group_create import ParticipantGroupCreate
    from .participant_group_list import ParticipantGroupList
    from .participant_group_member import ParticipantGroupMember
    from .participant_group_member_list import ParticipantGroupMemberList
    from .participant_group_update import ParticipantGroupUpdate
    from .participant_ids import ParticipantIds
    from .peripheral_requirement import PeripheralRequirement
    from .presigned_download import PresignedDownload
    from .project import Project
    from .project_create import ProjectCreate
    from .project_create_longitudinal import ProjectCreateLongitudinal
    from .project_list import ProjectList
    from .project_list_item import ProjectListItem
    from .project_type import ProjectType
    from .project_update import ProjectUpdate
    from .prolific_id_option import ProlificIdOption
    from .public_details_type_0 import PublicDetailsType0
    from .public_project_status import PublicProjectStatus
    from .range_weighting import RangeWeighting
    from .record_problem import RecordProblem
    from .rejection_category import RejectionCategory
    from .return_request import ReturnRequest
    from .return_requested import ReturnRequested
    from .reward_currency import RewardCurrency
    from .reward_recommendation import RewardRecommendation
    from .schema_migration import SchemaMigration
    from .schema_migration_status import SchemaMigrationStatus
    from .screen_out_payment import ScreenOutPayment
    from .screen_out_payment_request import ScreenOutPaymentRequest
    from .screen_out_request import ScreenOutRequest
    from .screen_out_result import ScreenOutResult
    from .secret import Secret
    from .secret_create import SecretCreate
    from .secret_list import SecretList
    from .setup_task_batch_response_202 import SetupTaskBatchResponse202
    from .study import Study
    from .study_clone import StudyClone
    from .study_cost import StudyCost
    from .study_cost_breakdown import StudyCostBreakdown
    from .study_cost_estimate import StudyCostEstimate
    from .study_cost_request import StudyCostRequest
    from .study_create import StudyCreate
    from .study_label import StudyLabel
    from .study_list import StudyList
    from .study_list_item import StudyListItem
    from .study_status import StudyStatus
    from .study_transition import StudyTransition
    from .study_transition_action import StudyTransitionAction
    from .study_update import StudyUpdate
    from .study_update_data_collection_metadata_type_0 import StudyUpdateDataCollectionMetadataType0
    from .submission import Submission
    from .submission_counts import SubmissionCounts
    from .submission_list import SubmissionList
    from .submission_list_item import SubmissionListItem
    from .submission_list_status import SubmissionListStatus
    from .submission_ordering import SubmissionOrdering
    from .submission_status import SubmissionStatus
    from .submission_transition import SubmissionTransition
    from .submission_transition_action import SubmissionTransitionAction
    from .submissions_config import SubmissionsConfig
    from .subscription import Subscription
    from .subscription_confirm import SubscriptionConfirm
    from .subscription_create import SubscriptionCreate
    from .subscription_event import SubscriptionEvent
    from .subscription_event_list import SubscriptionEventList
    from .subscription_event_status import SubscriptionEventStatus
    from .subscription_list import SubscriptionList
    from .subscription_update import SubscriptionUpdate
    from .survey import Survey
    from .survey_answer_option import SurveyAnswerOption
    from .survey_chosen_answer import SurveyChosenAnswer
    from .survey_create import SurveyCreate
    from .survey_list import SurveyList
    from .survey_question import SurveyQuestion
    from .survey_question_response import SurveyQuestionResponse
    from .survey_question_type import SurveyQuestionType
    from .survey_response import SurveyResponse
    from .survey_response_create import SurveyResponseCreate
    from .survey_response_list import SurveyResponseList
    from .survey_response_section import SurveyResponseSection
    from .survey_section import SurveySection
    from .survey_summary import SurveySummary
    from .survey_summary_answer import SurveySummaryAnswer
    from .survey_summary_question import SurveySummaryQuestion
    from .sync_job import SyncJob
    from .sync_job_status import SyncJobStatus
    from .task_answer import TaskAnswer
    from .task_answer_answer_item import TaskAnswerAnswerItem
    from .task_batch import TaskBatch
    from .task_batch_create import TaskBatchCreate
    from .task_batch_dataset import TaskBatchDataset
    from .task_batch_duplicate import TaskBatchDuplicate
    from .task_batch_list import TaskBatchList
    from .task_batch_setup import TaskBatchSetup
    from .task_batch_status import TaskBatchStatus
    from .task_batch_status_answer import TaskBatchStatusAnswer
    from .task_batch_update import TaskBatchUpdate
    from .task_details import TaskDetails
    from .task_response import TaskResponse
    from .task_response_list import TaskResponseList
    from .task_response_metadata import TaskResponseMetadata
    from .test_participant import TestParticipant
    from .test_participant_create import TestParticipantCreate
    from .test_study import TestStudy
    from .unit_option import UnitOption
    from .upload_url import UploadUrl
    from .upload_url_http_method import UploadUrlHttpMethod
    from .user import User
    from .workspace import Workspace
    from .workspace_balance import WorkspaceBalance
    from .workspace_create import WorkspaceCreate
    from .workspace_list import WorkspaceList
    from .workspace_list_item import WorkspaceListItem
    from .workspace_update import WorkspaceUpdate
    from .workspace_user import WorkspaceUser

_MODULE_OF: dict[str, str] = {
    "AccessDetail": ".access_detail",
    "AccessDetailProgress": ".access_detail_progress",
    "AccessDetailsProgress": ".access_details_progress",
    "AppliedFilter": ".applied_filter",
    "AppliedFilterWeightings": ".applied_filter_weightings",
    "AutoRejectionCategory": ".auto_rejection_category",
    "BalanceBreakdown": ".balance_breakdown",
    "BonusBatch": ".bonus_batch",
    "BonusPaymentsCreate": ".bonus_payments_create",
    "BulkApproveRequest": ".bulk_approve_request",
    "BulkMessageSend": ".bulk_message_send",
    "ChoiceOption": ".choice_option",
    "Collection": ".collection",
    "CollectionList": ".collection_list",
    "CollectionPage": ".collection_page",
    "CollectionPageItem": ".collection_page_item",
    "CollectionPageItemContentFormat": ".collection_page_item_content_format",
    "CollectionPageItemUnitPosition": ".collection_page_item_unit_position",
    "CollectionResponse": ".collection_response",
    "CollectionResponseList": ".collection_response_list",
    "CollectionWrite": ".collection_write",
    "CompletionCode": ".completion_code",
    "CompletionCodeAction": ".completion_code_action",
    "CompletionCodeActionType": ".completion_code_action_type",
    "CompletionCodeActor": ".completion_code_actor",
    "CompletionCodeData": ".completion_code_data",
    "CompletionCodeType": ".completion_code_type",
    "CompletionOption": ".completion_option",
    "ContentWarning": ".content_warning",
    "CredentialPool": ".credential_pool",
    "CredentialPoolAppend": ".credential_pool_append",
    "CredentialPoolCreate": ".credential_pool_create",
    "CredentialPoolList": ".credential_pool_list",
    "CredentialPoolRef": ".credential_pool_ref",
    "DataCollectionMethodType1": ".data_collection_method_type_1",
    "DataCollectionMethodType2Type1": ".data_collection_method_type_2_type_1",
    "DataCollectionMethodType3Type1": ".data_collection_method_type_3_type_1",
    "DatapointsAppended": ".datapoints_appended",
    "Dataset": ".dataset",
    "DatasetCreate": ".dataset_create",
    "DatasetField": ".dataset_field",
    "DatasetFieldType": ".dataset_field_type",
    "DatasetImport": ".dataset_import",
    "DatasetSchema": ".dataset_schema",
    "DatasetSchemaFields": ".dataset_schema_fields",
    "DatasetSchemaUpdate": ".dataset_schema_update",
    "DatasetStatus": ".dataset_status",
    "DatasetStatusAnswer": ".dataset_status_answer",
    "DatasetUploadUrl": ".dataset_upload_url",
    "DemographicExportHistory": ".demographic_export_history",
    "DemographicExportRequest": ".demographic_export_request",
    "DeviceCompatibility": ".device_compatibility",
    "EligibilityCount": ".eligibility_count",
    "EligibilityCountRequest": ".eligibility_count_request",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "EventType": ".event_type",
    "EventTypeList": ".event_type_list",
    "Export": ".export",
    "ExportStatus": ".export_status",
    "FeederCompletionCode": ".feeder_completion_code",
    "FeederStudy": ".feeder_study",
    "Filter": ".filter_",
    "FilterChoices": ".filter_choices",
    "FilterDistribution": ".filter_distribution",
    "FilterDistributionDistribution": ".filter_distribution_distribution",
    "FilterDistributionDistributionAdditionalProperty": ".filter_distribution_distribution_additional_property",
    "FilterList": ".filter_list",
    "FilterRange": ".filter_range",
    "FilterSet": ".filter_set",
    "FilterSetClone": ".filter_set_clone",
    "FilterSetCreate": ".filter_set_create",
    "FilterSetList": ".filter_set_list",
    "FilterSetUpdate": ".filter_set_update",
    "FilterType": ".filter_type",
    "GroupMessageSend": ".group_message_send",
    "ImportStatus": ".import_status",
    "InputValidation": ".input_validation",
    "InputValidationType": ".input_validation_type",
    "Instruction": ".instruction",
    "InstructionList": ".instruction_list",
    "InstructionType": ".instruction_type",
    "InstructionUnitPosition": ".instruction_unit_position",
    "InstructionsWrite": ".instructions_write",
    "Invitation": ".invitation",
    "InvitationCreate": ".invitation_create",
    "InvitationResult": ".invitation_result",
    "InvitationRole": ".invitation_role",
    "InvitationStatus": ".invitation_status",
    "Invitee": ".invitee",
    "JsonWebKey": ".json_web_key",
    "JsonWebKeyAlg": ".json_web_key_alg",
    "JsonWebKeyKeyOpsItem": ".json_web_key_key_ops_item",
    "JsonWebKeyKty": ".json_web_key_kty",
    "JsonWebKeySet": ".json_web_key_set",
    "JsonWebKeyUse": ".json_web_key_use",
    "LayoutColumn": ".layout_column",
    "LayoutItem": ".layout_item",
    "LayoutItemContentFormat": ".layout_item_content_format",
    "LayoutItemType": ".layout_item_type",
    "LayoutItemUnitPosition": ".layout_item_unit_position",
    "LayoutPage": ".layout_page",
    "LayoutProblem": ".layout_problem",
    "LayoutRow": ".layout_row",
    "ListMeta": ".list_meta",
    "Longitudinal": ".longitudinal",
    "LongitudinalConfig": ".longitudinal_config",
    "LongitudinalRetention": ".longitudinal_retention",
    "Message": ".message",
    "MessageData": ".message_data",
    "MessageError": ".message_error",
    "MessageList": ".message_list",
    "MessageSend": ".message_send",
    "MigrationProblem": ".migration_problem",
    "MoneyAmount": ".money_amount",
    "PageLink": ".page_link",
    "PageLinks": ".page_links",
    "ParticipantGroup": ".participant_group",
    "ParticipantGroupCreate": ".participant_group_create",
    "ParticipantGroupList": ".participant_group_list",
    "ParticipantGroupMember": ".participant_group_member",
    "ParticipantGroupMemberList": ".participant_group_member_list",
    "ParticipantGroupUpdate": ".participant_group_update",
    "ParticipantIds": ".participant_ids",
    "PeripheralRequirement": ".peripheral_requirement",
    "PresignedDownload": ".presigned_download",
    "Project": ".project",
    "ProjectCreate": ".project_create",
    "ProjectCreateLongitudinal": ".project_create_longitudinal",
    "ProjectList": ".project_list",
    "ProjectListItem": ".project_list_item",
    "ProjectType": ".project_type",
    "ProjectUpdate": ".project_update",
    "ProlificIdOption": ".prolific_id_option",
    "PublicDetailsType0": ".public_details_type_0",
    "PublicProjectStatus": ".public_project_status",
    "RangeWeighting": ".range_weighting",
    "RecordProblem": ".record_problem",
    "RejectionCategory": ".rejection_category",
    "ReturnRequest": ".return_request",
    "ReturnRequested": ".return_requested",
    "RewardCurrency": ".reward_currency",
    "RewardRecommendation": ".reward_recommendation",
    "SchemaMigration": ".schema_migration",
    "SchemaMigrationStatus": ".schema_migration_status",
    "ScreenOutPayment": ".screen_out_payment",
    "ScreenOutPaymentRequest": ".screen_out_payment_request",
    "ScreenOutRequest": ".screen_out_request",
    "ScreenOutResult": ".screen_out_result",
    "Secret": ".secret",
    "SecretCreate": ".secret_create",
    "SecretList": ".secret_list",
    "SetupTaskBatchResponse202": ".setup_task_batch_response_202",
    "Study": ".study",
    "StudyClone": ".study_clone",
    "StudyCost": ".study_cost",
    "StudyCostBreakdown": ".study_cost_breakdown",
    "StudyCostEstimate": ".study_cost_estimate",
    "StudyCostRequest": ".study_cost_request",
    "StudyCreate": ".study_create",
    "StudyLabel": ".study_label",
    "StudyList": ".study_list",
    "StudyListItem": ".study_list_item",
    "StudyStatus": ".study_status",
    "StudyTransition": ".study_transition",
    "StudyTransitionAction": ".study_transition_action",
    "StudyUpdate": ".study_update",
    "StudyUpdateDataCollectionMetadataType0": ".study_update_data_collection_metadata_type_0",
    "Submission": ".submission",
    "SubmissionCounts": ".submission_counts",
    "SubmissionList": ".submission_list",
    "SubmissionListItem": ".submission_list_item",
    "SubmissionListStatus": ".submission_list_status",
    "SubmissionOrdering": ".submission_ordering",
    "SubmissionStatus": ".submission_status",
    "SubmissionTransition": ".submission_transition",
    "SubmissionTransitionAction": ".submission_transition_action",
    "SubmissionsConfig": ".submissions_config",
    "Subscription": ".subscription",
    "SubscriptionConfirm": ".subscription_confirm",
    "SubscriptionCreate": ".subscription_create",
    "SubscriptionEvent": ".subscription_event",
    "SubscriptionEventList": ".subscription_event_list",
    "SubscriptionEventStatus": ".subscription_event_status",
    "SubscriptionList": ".subscription_list",
    "SubscriptionUpdate": ".subscription_update",
    "Survey": ".survey",
    "SurveyAnswerOption": ".survey_answer_option",
    "SurveyChosenAnswer": ".survey_chosen_answer",
    "SurveyCreate": ".survey_create",
    "SurveyList": ".survey_list",
    "SurveyQuestion": ".survey_question",
    "SurveyQuestionResponse": ".survey_question_response",
    "SurveyQuestionType": ".survey_question_type",
    "SurveyResponse": ".survey_response",
    "SurveyResponseCreate": ".survey_response_create",
    "SurveyResponseList": ".survey_response_list",
    "SurveyResponseSection": ".survey_response_section",
    "SurveySection": ".survey_section",
    "SurveySummary": ".survey_summary",
    "SurveySummaryAnswer": ".survey_summary_answer",
    "SurveySummaryQuestion": ".survey_summary_question",
    "SyncJob": ".sync_job",
    "SyncJobStatus": ".sync_job_status",
    "TaskAnswer": ".task_answer",
    "TaskAnswerAnswerItem": ".task_answer_answer_item",
    "TaskBatch": ".task_batch",
    "TaskBatchCreate": ".task_batch_create",
    "TaskBatchDataset": ".task_batch_dataset",
    "TaskBatchDuplicate": ".task_batch_duplicate",
    "TaskBatchList": ".task_batch_list",
    "TaskBatchSetup": ".task_batch_setup",
    "TaskBatchStatus": ".task_batch_status",
    "TaskBatchStatusAnswer": ".task_batch_status_answer",
    "TaskBatchUpdate": ".task_batch_update",
    "TaskDetails": ".task_details",
    "TaskResponse": ".task_response",
    "TaskResponseList": ".task_response_list",
    "TaskResponseMetadata": ".task_response_metadata",
    "TestParticipant": ".test_participant",
    "TestParticipantCreate": ".test_participant_create",
    "TestStudy": ".test_study",
    "UnitOption": ".unit_option",
    "UploadUrl": ".upload_url",
    "UploadUrlHttpMethod": ".upload_url_http_method",
    "User": ".user",
    "Workspace": ".workspace",
    "WorkspaceBalance": ".workspace_balance",
    "WorkspaceCreate": ".workspace_create",
    "WorkspaceList": ".workspace_list",
    "WorkspaceListItem": ".workspace_list_item",
    "WorkspaceUpdate": ".workspace_update",
    "WorkspaceUser": ".workspace_user",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccessDetail",
    "AccessDetailProgress",
    "AccessDetailsProgress",
    "AppliedFilter",
    "AppliedFilterWeightings",
    "AutoRejectionCategory",
    "BalanceBreakdown",
    "BonusBatch",
    "BonusPaymentsCreate",
    "BulkApproveRequest",
    "BulkMessageSend",
    "ChoiceOption",
    "Collection",
    "CollectionList",
    "CollectionPage",
    "CollectionPageItem",
    "CollectionPageItemContentFormat",
    "CollectionPageItemUnitPosition",
    "CollectionResponse",
    "CollectionResponseList",
    "CollectionWrite",
    "CompletionCode",
    "CompletionCodeAction",
    "CompletionCodeActionType",
    "CompletionCodeActor",
    "CompletionCodeData",
    "CompletionCodeType",
    "CompletionOption",
    "ContentWarning",
    "CredentialPool",
    "CredentialPoolAppend",
    "CredentialPoolCreate",
    "CredentialPoolList",
    "CredentialPoolRef",
    "DataCollectionMethodType1",
    "DataCollectionMethodType2Type1",
    "DataCollectionMethodType3Type1",
    "DatapointsAppended",
    "Dataset",
    "DatasetCreate",
    "DatasetField",
    "DatasetFieldType",
    "DatasetImport",
    "DatasetSchema",
    "DatasetSchemaFields",
    "DatasetSchemaUpdate",
    "DatasetStatus",
    "DatasetStatusAnswer",
    "DatasetUploadUrl",
    "DemographicExportHistory",
    "DemographicExportRequest",
    "DeviceCompatibility",
    "EligibilityCount",
    "EligibilityCountRequest",
    "ErrorDetail",
    "ErrorResponse",
    "EventType",
    "EventTypeList",
    "Export",
    "ExportStatus",
    "FeederCompletionCode",
    "FeederStudy",
    "Filter",
    "FilterChoices",
    "FilterDistribution",
    "FilterDistributionDistribution",
    "FilterDistributionDistributionAdditionalProperty",
    "FilterList",
    "FilterRange",
    "FilterSet",
    "FilterSetClone",
    "FilterSetCreate",
    "FilterSetList",
    "FilterSetUpdate",
    "FilterType",
    "GroupMessageSend",
    "ImportStatus",
    "InputValidation",
    "InputValidationType",
    "Instruction",
    "InstructionList",
    "InstructionsWrite",
    "InstructionType",
    "InstructionUnitPosition",
    "Invitation",
    "InvitationCreate",
    "InvitationResult",
    "InvitationRole",
    "InvitationStatus",
    "Invitee",
    "JsonWebKey",
    "JsonWebKeyAlg",
    "JsonWebKeyKeyOpsItem",
    "JsonWebKeyKty",
    "JsonWebKeySet",
    "JsonWebKeyUse",
    "LayoutColumn",
    "LayoutItem",
    "LayoutItemContentFormat",
    "LayoutItemType",
    "LayoutItemUnitPosition",
    "LayoutPage",
    "LayoutProblem",
    "LayoutRow",
    "ListMeta",
    "Longitudinal",
    "LongitudinalConfig",
    "LongitudinalRetention",
    "Message",
    "MessageData",
    "MessageError",
    "MessageList",
    "MessageSend",
    "MigrationProblem",
    "MoneyAmount",
    "PageLink",
    "PageLinks",
    "ParticipantGroup",
    "ParticipantGroupCreate",
    "ParticipantGroupList",
    "ParticipantGroupMember",
    "ParticipantGroupMemberList",
    "ParticipantGroupUpdate",
    "ParticipantIds",
    "PeripheralRequirement",
    "PresignedDownload",
    "Project",
    "ProjectCreate",
    "ProjectCreateLongitudinal",
    "ProjectList",
    "ProjectListItem",
    "ProjectType",
    "ProjectUpdate",
    "ProlificIdOption",
    "PublicDetailsType0",
    "PublicProjectStatus",
    "RangeWeighting",
    "RecordProblem",
    "RejectionCategory",
    "ReturnRequest",
    "ReturnRequested",
    "RewardCurrency",
    "RewardRecommendation",
    "SchemaMigration",
    "SchemaMigrationStatus",
    "ScreenOutPayment",
    "ScreenOutPaymentRequest",
    "ScreenOutRequest",
    "ScreenOutResult",
    "Secret",
    "SecretCreate",
    "SecretList",
    "SetupTaskBatchResponse202",
    "Study",
    "StudyClone",
    "StudyCost",
    "StudyCostBreakdown",
    "StudyCostEstimate",
    "StudyCostRequest",
    "StudyCreate",
    "StudyLabel",
    "StudyList",
    "StudyListItem",
    "StudyStatus",
    "StudyTransition",
    "StudyTransitionAction",
    "StudyUpdate",
    "StudyUpdateDataCollectionMetadataType0",
    "Submission",
    "SubmissionCounts",
    "SubmissionList",
    "SubmissionListItem",
    "SubmissionListStatus",
    "SubmissionOrdering",
    "SubmissionsConfig",
    "SubmissionStatus",
    "SubmissionTransition",
    "SubmissionTransitionAction",
    "Subscription",
    "SubscriptionConfirm",
    "SubscriptionCreate",
    "SubscriptionEvent",
    "SubscriptionEventList",
    "SubscriptionEventStatus",
    "SubscriptionList",
    "SubscriptionUpdate",
    "Survey",
    "SurveyAnswerOption",
    "SurveyChosenAnswer",
    "SurveyCreate",
    "SurveyList",
    "SurveyQuestion",
    "SurveyQuestionResponse",
    "SurveyQuestionType",
    "SurveyResponse",
    "SurveyResponseCreate",
    "SurveyResponseList",
    "SurveyResponseSection",
    "SurveySection",
    "SurveySummary",
    "SurveySummaryAnswer",
    "SurveySummaryQuestion",
    "SyncJob",
    "SyncJobStatus",
    "TaskAnswer",
    "TaskAnswerAnswerItem",
    "TaskBatch",
    "TaskBatchCreate",
    "TaskBatchDataset",
    "TaskBatchDuplicate",
    "TaskBatchList",
    "TaskBatchSetup",
    "TaskBatchStatus",
    "TaskBatchStatusAnswer",
    "TaskBatchUpdate",
    "TaskDetails",
    "TaskResponse",
    "TaskResponseList",
    "TaskResponseMetadata",
    "TestParticipant",
    "TestParticipantCreate",
    "TestStudy",
    "UnitOption",
    "UploadUrl",
    "UploadUrlHttpMethod",
    "User",
    "Workspace",
    "WorkspaceBalance",
    "WorkspaceCreate",
    "WorkspaceList",
    "WorkspaceListItem",
    "WorkspaceUpdate",
    "WorkspaceUser",
)
