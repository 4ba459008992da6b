from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rejection_category import RejectionCategory
from ..models.submission_transition_action import SubmissionTransitionAction
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="SubmissionTransition")


@_attrs_define
class SubmissionTransition(DeferredFields):
    """A review decision. `REJECT` needs `message` and `rejection_category`; `COMPLETE` needs
    `completion_code` (and `completion_code_data` for dynamic payments).

        Attributes:
            action (SubmissionTransitionAction): `APPROVE` or `REJECT` a submission awaiting review; `COMPLETE` it with a
                researcher-actor
                code; `RETURN` it for the participant; `START` an active one again after a return
                request; `SCREEN_OUT` it with a `FIXED_SCREEN_OUT_PAYMENT` code (the participant is paid
                the code's fixed reward); `UNREJECT` a rejection (back to awaiting review) or `UNRETURN`
                a return.
            message (str | Unset): Explanation sent to the participant on rejection; at least 100 characters.
            rejection_category (RejectionCategory | Unset): Why a submission is rejected; required with `REJECT`.
            completion_code (str | Unset): For `COMPLETE`, a researcher-actor code defined on the study.
            completion_code_data (CompletionCodeData | Unset): Extra data for completing with a `DYNAMIC_PAYMENT` code.
    """

    action: SubmissionTransitionAction
    message: str | Unset = UNSET
    rejection_category: RejectionCategory | Unset = UNSET
    completion_code: str | Unset = UNSET
    completion_code_data: CompletionCodeData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        message = self.message

        rejection_category: str | Unset = UNSET
        if not isinstance(self.rejection_category, Unset):
            rejection_category = self.rejection_category.value

        completion_code = self.completion_code

        completion_code_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.completion_code_data, Unset):
            completion_code_data = self.completion_code_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if rejection_category is not UNSET:
            field_dict["rejection_category"] = rejection_category
        if completion_code is not UNSET:
            field_dict["completion_code"] = completion_code
        if completion_code_data is not UNSET:
            field_dict["completion_code_data"] = completion_code_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action")
        action = SubmissionTransitionAction._value2member_map_.get(
            _action
        ) or SubmissionTransitionAction(_action)

        message = d.pop("message", UNSET)

        _rejection_category = d.pop("rejection_category", UNSET)
        rejection_category: RejectionCategory | Unset
        if isinstance(_rejection_category, Unset):
            rejection_category = UNSET
        else:
            rejection_category = RejectionCategory._value2member_map_.get(
                _rejection_category
            ) or RejectionCategory(_rejection_category)

        completion_code = d.pop("completion_code", UNSET)

        completion_code_data = d.pop("completion_code_data", UNSET)

        if cls is not SubmissionTransition:
            submission_transition = cls(
                action,
                message,
                rejection_category,
                completion_code,
                UNSET
                if completion_code_data is UNSET
                else cls._parse_field("completion_code_data", completion_code_data),
            )
        else:
            submission_transition = cls.__new__(cls)
            submission_transition.action = action
            submission_transition.message = message
            submission_transition.rejection_category = rejection_category
            submission_transition.completion_code = completion_code
            deferred: dict[str, Any] = {}
            if completion_code_data is UNSET:
                submission_transition.completion_code_data = UNSET
            else:
                deferred["completion_code_data"] = completion_code_data
            if deferred:
                submission_transition._deferred = deferred

        submission_transition.additional_properties = d
        return submission_transition

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "completion_code_data":
            _completion_code_data = data
            completion_code_data: CompletionCodeData | Unset
            if isinstance(_completion_code_data, Unset):
                completion_code_data = UNSET
            else:
                completion_code_data = CompletionCodeData.from_dict(_completion_code_data)

            return completion_code_data
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
from ..models.completion_code_data import CompletionCodeData  # noqa: E402
