from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_warning import ContentWarning
from ..models.data_collection_method_type_1 import DataCollectionMethodType1
from ..models.data_collection_method_type_2_type_1 import DataCollectionMethodType2Type1
from ..models.data_collection_method_type_3_type_1 import DataCollectionMethodType3Type1
from ..models.device_compatibility import DeviceCompatibility
from ..models.peripheral_requirement import PeripheralRequirement
from ..models.prolific_id_option import ProlificIdOption
from ..models.study_label import StudyLabel
from ..models.study_status import StudyStatus
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="Study")


@_attrs_define
class Study(DeferredFields):
    """A study in full, as returned by get, create, update and transition.

    Attributes:
        name (str): Title shown to participants.
        description (str): Text participants read before starting.
        total_available_places (int): Number of participants to recruit.
        estimated_completion_time (int): Expected duration, in minutes.
        reward (int): Pay per participant; integer, minor units (pence/cents) of the workspace currency.
        id (str): Study ID; the value Prolific substitutes for `{{%STUDY_ID%}}`.
        status (StudyStatus): Lifecycle of a study. `PUBLISHING` and `PROCESSING` are brief transient states;
            `AWAITING REVIEW` (with a space) means every place is taken and submissions wait for
            review; `COMPLETED` means all are reviewed. New values may appear.
        internal_name (None | str | Unset): Name seen only by the researcher.
        external_study_url (None | str | Unset): Where participants do the study. May contain `{{%PROLIFIC_PID%}}`,
            `{{%STUDY_ID%}}` and `{{%SESSION_ID%}}`, which Prolific fills in. Null when the
            study uses `access_details` or `data_collection_method` instead.
        is_external_study_url_secure (bool | Unset): Prolific signs the URL's query parameters into a `prolific_token`
            parameter (an
            RS256 JWT checked against `get_study_jwks`), so the study server can tell a visitor
            really came from Prolific. Enabled per workspace.
        access_details (list[AccessDetail] | None | Unset): Taskflow task URLs, used instead of `external_study_url`;
            allocations add up to the places.
        prolific_id_option (ProlificIdOption | Unset): How the study learns the participant's Prolific ID: it asks a
            `question`, reads
            `url_parameters` (recommended), or it is `not_required`.
        completion_codes (list[CompletionCode] | Unset): At least one completion code, each with its actions.
        maximum_allowed_time (int | Unset): Minutes before an unfinished submission times out; Prolific picks and
            enforces a minimum.
        device_compatibility (list[DeviceCompatibility] | Unset): Devices allowed; empty means any.
        peripheral_requirements (list[PeripheralRequirement] | Unset): Peripherals required; empty means none.
        filters (list[AppliedFilter] | None | Unset): The audience: filters a participant must pass (empty means
            everyone). This replaced
            `eligibility_requirements`. Cannot be combined with `filter_set_id`.
        filter_set_id (None | str | Unset): Take the audience from this filter set instead of `filters`.
        filter_set_version (int | None | Unset): Version of the filter set to use; the latest when omitted.
        project (str | Unset): ID of the project to create the study in. This is the field Prolific reads: a
            `project_id` field is silently ignored and the study lands in the default workspace.
        naivety_distribution_rate (float | None | Unset): Balance between speed (0) and participant naivety (up to 1).
        is_custom_screening (bool | Unset): The study screens participants itself and may screen them out with
            `screen_out_submissions`.
        submissions_config (SubmissionsConfig | Unset): Advanced limits on submissions.
        study_labels (list[StudyLabel] | Unset): Kind of work involved.
        content_warnings (list[ContentWarning] | Unset): Content participants are warned about.
        content_warning_details (str | Unset): More about the content warning.
        metadata (None | str | Unset): Free text for integrations, such as an ID from your system.
        credential_pool_id (None | str | Unset): Credential pool whose username/password pairs are handed out, one per
            participant,
            when they start. Setting it sets `has_credentials`.
        has_credentials (bool | Unset): Whether participants get credentials from `credential_pool_id` (read from it).
        data_collection_method (DataCollectionMethodType1 | DataCollectionMethodType2Type1 |
            DataCollectionMethodType3Type1 | None | Unset): Where participants do an AI Task Builder study, instead of
            `external_study_url` or
            `access_details`: a `BATCH` (annotation) or a `COLLECTION` (data collection). Null for
            other studies.
        data_collection_id (None | str | Unset): The AI Task Builder batch or collection the study collects for.
        data_collection_metadata (None | StudyUpdateDataCollectionMetadataType0 | Unset): AI Task Builder batch
            settings.
        study_type (str | Unset): Older classification of the study (`SINGLE`, representative samples); informational.
        places_taken (int | Unset): Places in use, not counting timed-out and returned submissions.
        number_of_submissions (int | Unset): Submissions so far.
        total_cost (float | Unset): Cost of the study with fees and VAT; minor units (pence/cents) of the workspace
            currency.
        date_created (datetime.datetime | Unset): When the study was created.
        published_at (datetime.datetime | None | Unset): When the study was published.
        publish_at (datetime.datetime | None | Unset): When a scheduled study is due to publish.
        is_ready_to_publish (bool | Unset): Whether the draft has everything publishing needs.
    """

    name: str
    description: str
    total_available_places: int
    estimated_completion_time: int
    reward: int
    id: str
    status: StudyStatus
    internal_name: None | str | Unset = UNSET
    external_study_url: None | str | Unset = UNSET
    is_external_study_url_secure: bool | Unset = UNSET
    access_details: list[AccessDetail] | None | Unset = UNSET
    prolific_id_option: ProlificIdOption | Unset = UNSET
    completion_codes: list[CompletionCode] | Unset = UNSET
    maximum_allowed_time: int | Unset = UNSET
    device_compatibility: list[DeviceCompatibility] | Unset = UNSET
    peripheral_requirements: list[PeripheralRequirement] | Unset = UNSET
    filters: list[AppliedFilter] | None | Unset = UNSET
    filter_set_id: None | str | Unset = UNSET
    filter_set_version: int | None | Unset = UNSET
    project: str | Unset = UNSET
    naivety_distribution_rate: float | None | Unset = UNSET
    is_custom_screening: bool | Unset = UNSET
    submissions_config: SubmissionsConfig | Unset = UNSET
    study_labels: list[StudyLabel] | Unset = UNSET
    content_warnings: list[ContentWarning] | Unset = UNSET
    content_warning_details: str | Unset = UNSET
    metadata: None | str | Unset = UNSET
    credential_pool_id: None | str | Unset = UNSET
    has_credentials: bool | Unset = UNSET
    data_collection_method: (
        DataCollectionMethodType1
        | DataCollectionMethodType2Type1
        | DataCollectionMethodType3Type1
        | None
        | Unset
    ) = UNSET
    data_collection_id: None | str | Unset = UNSET
    data_collection_metadata: None | StudyUpdateDataCollectionMetadataType0 | Unset = UNSET
    study_type: str | Unset = UNSET
    places_taken: int | Unset = UNSET
    number_of_submissions: int | Unset = UNSET
    total_cost: float | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    publish_at: datetime.datetime | None | Unset = UNSET
    is_ready_to_publish: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        total_available_places = self.total_available_places

        estimated_completion_time = self.estimated_completion_time

        reward = self.reward

        id = self.id

        status = self.status.value

        internal_name: None | str | Unset
        if isinstance(self.internal_name, Unset):
            internal_name = UNSET
        else:
            internal_name = self.internal_name

        external_study_url: None | str | Unset
        if isinstance(self.external_study_url, Unset):
            external_study_url = UNSET
        else:
            external_study_url = self.external_study_url

        is_external_study_url_secure = self.is_external_study_url_secure

        access_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.access_details, Unset):
            access_details = UNSET
        elif isinstance(self.access_details, list):
            access_details = []
            for access_details_type_0_item_data in self.access_details:
                access_details_type_0_item = access_details_type_0_item_data.to_dict()
                access_details.append(access_details_type_0_item)

        else:
            access_details = self.access_details

        prolific_id_option: str | Unset = UNSET
        if not isinstance(self.prolific_id_option, Unset):
            prolific_id_option = self.prolific_id_option.value

        completion_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.completion_codes, Unset):
            completion_codes = []
            for completion_codes_item_data in self.completion_codes:
                completion_codes_item = completion_codes_item_data.to_dict()
                completion_codes.append(completion_codes_item)

        maximum_allowed_time = self.maximum_allowed_time

        device_compatibility: list[str] | Unset = UNSET
        if not isinstance(self.device_compatibility, Unset):
            device_compatibility = []
            for device_compatibility_item_data in self.device_compatibility:
                device_compatibility_item = device_compatibility_item_data.value
                device_compatibility.append(device_compatibility_item)

        peripheral_requirements: list[str] | Unset = UNSET
        if not isinstance(self.peripheral_requirements, Unset):
            peripheral_requirements = []
            for peripheral_requirements_item_data in self.peripheral_requirements:
                peripheral_requirements_item = peripheral_requirements_item_data.value
                peripheral_requirements.append(peripheral_requirements_item)

        filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item = filters_type_0_item_data.to_dict()
                filters.append(filters_type_0_item)

        else:
            filters = self.filters

        filter_set_id: None | str | Unset
        if isinstance(self.filter_set_id, Unset):
            filter_set_id = UNSET
        else:
            filter_set_id = self.filter_set_id

        filter_set_version: int | None | Unset
        if isinstance(self.filter_set_version, Unset):
            filter_set_version = UNSET
        else:
            filter_set_version = self.filter_set_version

        project = self.project

        naivety_distribution_rate: float | None | Unset
        if isinstance(self.naivety_distribution_rate, Unset):
            naivety_distribution_rate = UNSET
        else:
            naivety_distribution_rate = self.naivety_distribution_rate

        is_custom_screening = self.is_custom_screening

        submissions_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submissions_config, Unset):
            submissions_config = self.submissions_config.to_dict()

        study_labels: list[str] | Unset = UNSET
        if not isinstance(self.study_labels, Unset):
            study_labels = []
            for study_labels_item_data in self.study_labels:
                study_labels_item = study_labels_item_data.value
                study_labels.append(study_labels_item)

        content_warnings: list[str] | Unset = UNSET
        if not isinstance(self.content_warnings, Unset):
            content_warnings = []
            for content_warnings_item_data in self.content_warnings:
                content_warnings_item = content_warnings_item_data.value
                content_warnings.append(content_warnings_item)

        content_warning_details = self.content_warning_details

        metadata: None | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        credential_pool_id: None | str | Unset
        if isinstance(self.credential_pool_id, Unset):
            credential_pool_id = UNSET
        else:
            credential_pool_id = self.credential_pool_id

        has_credentials = self.has_credentials

        data_collection_method: None | str | Unset
        if isinstance(self.data_collection_method, Unset):
            data_collection_method = UNSET
        elif isinstance(self.data_collection_method, DataCollectionMethodType1):
            data_collection_method = self.data_collection_method.value
        elif isinstance(self.data_collection_method, DataCollectionMethodType2Type1):
            data_collection_method = self.data_collection_method.value
        elif isinstance(self.data_collection_method, DataCollectionMethodType3Type1):
            data_collection_method = self.data_collection_method.value
        else:
            data_collection_method = self.data_collection_method

        data_collection_id: None | str | Unset
        if isinstance(self.data_collection_id, Unset):
            data_collection_id = UNSET
        else:
            data_collection_id = self.data_collection_id

        data_collection_metadata: dict[str, Any] | None | Unset
        if isinstance(self.data_collection_metadata, Unset):
            data_collection_metadata = UNSET
        elif isinstance(self.data_collection_metadata, StudyUpdateDataCollectionMetadataType0):
            data_collection_metadata = self.data_collection_metadata.to_dict()
        else:
            data_collection_metadata = self.data_collection_metadata

        study_type = self.study_type

        places_taken = self.places_taken

        number_of_submissions = self.number_of_submissions

        total_cost = self.total_cost

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        publish_at: None | str | Unset
        if isinstance(self.publish_at, Unset):
            publish_at = UNSET
        elif isinstance(self.publish_at, datetime.datetime):
            publish_at = self.publish_at.isoformat()
        else:
            publish_at = self.publish_at

        is_ready_to_publish = self.is_ready_to_publish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "total_available_places": total_available_places,
                "estimated_completion_time": estimated_completion_time,
                "reward": reward,
                "id": id,
                "status": status,
            }
        )
        if internal_name is not UNSET:
            field_dict["internal_name"] = internal_name
        if external_study_url is not UNSET:
            field_dict["external_study_url"] = external_study_url
        if is_external_study_url_secure is not UNSET:
            field_dict["is_external_study_url_secure"] = is_external_study_url_secure
        if access_details is not UNSET:
            field_dict["access_details"] = access_details
        if prolific_id_option is not UNSET:
            field_dict["prolific_id_option"] = prolific_id_option
        if completion_codes is not UNSET:
            field_dict["completion_codes"] = completion_codes
        if maximum_allowed_time is not UNSET:
            field_dict["maximum_allowed_time"] = maximum_allowed_time
        if device_compatibility is not UNSET:
            field_dict["device_compatibility"] = device_compatibility
        if peripheral_requirements is not UNSET:
            field_dict["peripheral_requirements"] = peripheral_requirements
        if filters is not UNSET:
            field_dict["filters"] = filters
        if filter_set_id is not UNSET:
            field_dict["filter_set_id"] = filter_set_id
        if filter_set_version is not UNSET:
            field_dict["filter_set_version"] = filter_set_version
        if project is not UNSET:
            field_dict["project"] = project
        if naivety_distribution_rate is not UNSET:
            field_dict["naivety_distribution_rate"] = naivety_distribution_rate
        if is_custom_screening is not UNSET:
            field_dict["is_custom_screening"] = is_custom_screening
        if submissions_config is not UNSET:
            field_dict["submissions_config"] = submissions_config
        if study_labels is not UNSET:
            field_dict["study_labels"] = study_labels
        if content_warnings is not UNSET:
            field_dict["content_warnings"] = content_warnings
        if content_warning_details is not UNSET:
            field_dict["content_warning_details"] = content_warning_details
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if credential_pool_id is not UNSET:
            field_dict["credential_pool_id"] = credential_pool_id
        if has_credentials is not UNSET:
            field_dict["has_credentials"] = has_credentials
        if data_collection_method is not UNSET:
            field_dict["data_collection_method"] = data_collection_method
        if data_collection_id is not UNSET:
            field_dict["data_collection_id"] = data_collection_id
        if data_collection_metadata is not UNSET:
            field_dict["data_collection_metadata"] = data_collection_metadata
        if study_type is not UNSET:
            field_dict["study_type"] = study_type
        if places_taken is not UNSET:
            field_dict["places_taken"] = places_taken
        if number_of_submissions is not UNSET:
            field_dict["number_of_submissions"] = number_of_submissions
        if total_cost is not UNSET:
            field_dict["total_cost"] = total_cost
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if publish_at is not UNSET:
            field_dict["publish_at"] = publish_at
        if is_ready_to_publish is not UNSET:
            field_dict["is_ready_to_publish"] = is_ready_to_publish

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        total_available_places = d.pop("total_available_places")

        estimated_completion_time = d.pop("estimated_completion_time")

        reward = d.pop("reward")

        id = d.pop("id")

        _status = d.pop("status")
        status = StudyStatus._value2member_map_.get(_status) or StudyStatus(_status)

        internal_name = d.pop("internal_name", UNSET)

        external_study_url = d.pop("external_study_url", UNSET)

        is_external_study_url_secure = d.pop("is_external_study_url_secure", UNSET)

        access_details = d.pop("access_details", UNSET)

        _prolific_id_option = d.pop("prolific_id_option", UNSET)
        prolific_id_option: ProlificIdOption | Unset
        if isinstance(_prolific_id_option, Unset):
            prolific_id_option = UNSET
        else:
            prolific_id_option = ProlificIdOption._value2member_map_.get(
                _prolific_id_option
            ) or ProlificIdOption(_prolific_id_option)

        completion_codes = d.pop("completion_codes", UNSET)

        maximum_allowed_time = d.pop("maximum_allowed_time", UNSET)

        _device_compatibility = d.pop("device_compatibility", UNSET)
        device_compatibility: list[DeviceCompatibility] | Unset = UNSET
        if _device_compatibility is not UNSET:
            device_compatibility = []
            for device_compatibility_item_data in _device_compatibility:
                device_compatibility_item = DeviceCompatibility(device_compatibility_item_data)

                device_compatibility.append(device_compatibility_item)

        _peripheral_requirements = d.pop("peripheral_requirements", UNSET)
        peripheral_requirements: list[PeripheralRequirement] | Unset = UNSET
        if _peripheral_requirements is not UNSET:
            peripheral_requirements = []
            for peripheral_requirements_item_data in _peripheral_requirements:
                peripheral_requirements_item = PeripheralRequirement(
                    peripheral_requirements_item_data
                )

                peripheral_requirements.append(peripheral_requirements_item)

        filters = d.pop("filters", UNSET)

        filter_set_id = d.pop("filter_set_id", UNSET)

        filter_set_version = d.pop("filter_set_version", UNSET)

        project = d.pop("project", UNSET)

        naivety_distribution_rate = d.pop("naivety_distribution_rate", UNSET)

        is_custom_screening = d.pop("is_custom_screening", UNSET)

        submissions_config = d.pop("submissions_config", UNSET)

        _study_labels = d.pop("study_labels", UNSET)
        study_labels: list[StudyLabel] | Unset = UNSET
        if _study_labels is not UNSET:
            study_labels = []
            for study_labels_item_data in _study_labels:
                study_labels_item = StudyLabel(study_labels_item_data)

                study_labels.append(study_labels_item)

        _content_warnings = d.pop("content_warnings", UNSET)
        content_warnings: list[ContentWarning] | Unset = UNSET
        if _content_warnings is not UNSET:
            content_warnings = []
            for content_warnings_item_data in _content_warnings:
                content_warnings_item = ContentWarning(content_warnings_item_data)

                content_warnings.append(content_warnings_item)

        content_warning_details = d.pop("content_warning_details", UNSET)

        metadata = d.pop("metadata", UNSET)

        credential_pool_id = d.pop("credential_pool_id", UNSET)

        has_credentials = d.pop("has_credentials", UNSET)

        def _parse_data_collection_method(
            data: object,
        ) -> (
            DataCollectionMethodType1
            | DataCollectionMethodType2Type1
            | DataCollectionMethodType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_data_collection_method_type_1 = DataCollectionMethodType1(data)

                return componentsschemas_data_collection_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_data_collection_method_type_2_type_1 = (
                    DataCollectionMethodType2Type1(data)
                )

                return componentsschemas_data_collection_method_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_data_collection_method_type_3_type_1 = (
                    DataCollectionMethodType3Type1(data)
                )

                return componentsschemas_data_collection_method_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DataCollectionMethodType1
                | DataCollectionMethodType2Type1
                | DataCollectionMethodType3Type1
                | None
                | Unset,
                data,
            )

        data_collection_method = _parse_data_collection_method(
            d.pop("data_collection_method", UNSET)
        )

        data_collection_id = d.pop("data_collection_id", UNSET)

        data_collection_metadata = d.pop("data_collection_metadata", UNSET)

        study_type = d.pop("study_type", UNSET)

        places_taken = d.pop("places_taken", UNSET)

        number_of_submissions = d.pop("number_of_submissions", UNSET)

        total_cost = d.pop("total_cost", UNSET)

        _date_created = d.pop("date_created", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = datetime.datetime.fromisoformat(_date_created)

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        def _parse_publish_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                publish_at_type_0 = datetime.datetime.fromisoformat(data)

                return publish_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        publish_at = _parse_publish_at(d.pop("publish_at", UNSET))

        is_ready_to_publish = d.pop("is_ready_to_publish", UNSET)

        if cls is not Study:
            study = cls(
                name,
                description,
                total_available_places,
                estimated_completion_time,
                reward,
                id,
                status,
                internal_name,
                external_study_url,
                is_external_study_url_secure,
                UNSET
                if access_details is UNSET
                else cls._parse_field("access_details", access_details),
                prolific_id_option,
                UNSET
                if completion_codes is UNSET
                else cls._parse_field("completion_codes", completion_codes),
                maximum_allowed_time,
                device_compatibility,
                peripheral_requirements,
                UNSET if filters is UNSET else cls._parse_field("filters", filters),
                filter_set_id,
                filter_set_version,
                project,
                naivety_distribution_rate,
                is_custom_screening,
                UNSET
                if submissions_config is UNSET
                else cls._parse_field("submissions_config", submissions_config),
                study_labels,
                content_warnings,
                content_warning_details,
                metadata,
                credential_pool_id,
                has_credentials,
                data_collection_method,
                data_collection_id,
                UNSET
                if data_collection_metadata is UNSET
                else cls._parse_field("data_collection_metadata", data_collection_metadata),
                study_type,
                places_taken,
                number_of_submissions,
                total_cost,
                date_created,
                published_at,
                publish_at,
                is_ready_to_publish,
            )
        else:
            study = cls.__new__(cls)
            study.name = name
            study.description = description
            study.total_available_places = total_available_places
            study.estimated_completion_time = estimated_completion_time
            study.reward = reward
            study.id = id
            study.status = status
            study.internal_name = internal_name
            study.external_study_url = external_study_url
            study.is_external_study_url_secure = is_external_study_url_secure
            study.prolific_id_option = prolific_id_option
            study.maximum_allowed_time = maximum_allowed_time
            study.device_compatibility = device_compatibility
            study.peripheral_requirements = peripheral_requirements
            study.filter_set_id = filter_set_id
            study.filter_set_version = filter_set_version
            study.project = project
            study.naivety_distribution_rate = naivety_distribution_rate
            study.is_custom_screening = is_custom_screening
            study.study_labels = study_labels
            study.content_warnings = content_warnings
            study.content_warning_details = content_warning_details
            study.metadata = metadata
            study.credential_pool_id = credential_pool_id
            study.has_credentials = has_credentials
            study.data_collection_method = data_collection_method
            study.data_collection_id = data_collection_id
            study.study_type = study_type
            study.places_taken = places_taken
            study.number_of_submissions = number_of_submissions
            study.total_cost = total_cost
            study.date_created = date_created
            study.published_at = published_at
            study.publish_at = publish_at
            study.is_ready_to_publish = is_ready_to_publish
            deferred: dict[str, Any] = {}
            if access_details is UNSET:
                study.access_details = UNSET
            else:
                deferred["access_details"] = access_details
            if completion_codes is UNSET:
                study.completion_codes = UNSET
            else:
                deferred["completion_codes"] = completion_codes
            if filters is UNSET:
                study.filters = UNSET
            else:
                deferred["filters"] = filters
            if submissions_config is UNSET:
                study.submissions_config = UNSET
            else:
                deferred["submissions_config"] = submissions_config
            if data_collection_metadata is UNSET:
                study.data_collection_metadata = UNSET
            else:
                deferred["data_collection_metadata"] = data_collection_metadata
            if deferred:
                study._deferred = deferred

        study.additional_properties = d
        return study

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "access_details":

            def _parse_access_details(data: object) -> list[AccessDetail] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    access_details_type_0 = []
                    _access_details_type_0 = data
                    for access_details_type_0_item_data in _access_details_type_0:
                        access_details_type_0_item = AccessDetail.from_dict(
                            access_details_type_0_item_data
                        )

                        access_details_type_0.append(access_details_type_0_item)

                    return access_details_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AccessDetail] | None | Unset, data)

            access_details = _parse_access_details(data)

            return access_details
        if name == "completion_codes":
            _completion_codes = data
            completion_codes: list[CompletionCode] | Unset = UNSET
            if _completion_codes is not UNSET:
                completion_codes = []
                for completion_codes_item_data in _completion_codes:
                    completion_codes_item = CompletionCode.from_dict(completion_codes_item_data)

                    completion_codes.append(completion_codes_item)

            return completion_codes
        if name == "filters":

            def _parse_filters(data: object) -> list[AppliedFilter] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    filters_type_0 = []
                    _filters_type_0 = data
                    for filters_type_0_item_data in _filters_type_0:
                        filters_type_0_item = AppliedFilter.from_dict(filters_type_0_item_data)

                        filters_type_0.append(filters_type_0_item)

                    return filters_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[AppliedFilter] | None | Unset, data)

            filters = _parse_filters(data)

            return filters
        if name == "submissions_config":
            _submissions_config = data
            submissions_config: SubmissionsConfig | Unset
            if isinstance(_submissions_config, Unset):
                submissions_config = UNSET
            else:
                submissions_config = SubmissionsConfig.from_dict(_submissions_config)

            return submissions_config
        if name == "data_collection_metadata":

            def _parse_data_collection_metadata(
                data: object,
            ) -> None | StudyUpdateDataCollectionMetadataType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_collection_metadata_type_0 = (
                        StudyUpdateDataCollectionMetadataType0.from_dict(data)
                    )

                    return data_collection_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | StudyUpdateDataCollectionMetadataType0 | Unset, data)

            data_collection_metadata = _parse_data_collection_metadata(data)

            return data_collection_metadata
        raise KeyError(name)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other are imported once the class above exists, so import cycles
# resolve; inside from_dict/to_dict the import statement ran again on every call (~2 us each).
from ..models.access_detail import AccessDetail  # noqa: E402
from ..models.applied_filter import AppliedFilter  # noqa: E402
from ..models.completion_code import CompletionCode  # noqa: E402
from ..models.study_update_data_collection_metadata_type_0 import (
    StudyUpdateDataCollectionMetadataType0,  # noqa: E402
)
from ..models.submissions_config import SubmissionsConfig  # noqa: E402
