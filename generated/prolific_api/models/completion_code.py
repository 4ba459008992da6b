from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_code_actor import CompletionCodeActor
from ..models.completion_code_type import CompletionCodeType
from ..types import UNSET, DeferredFields, Unset

T = TypeVar("T", bound="CompletionCode")


@_attrs_define
class CompletionCode(DeferredFields):
    """A code participants (or the researcher) use to finish a study, with what happens next.
    Participants finish at `https://app.prolific.com/submissions/complete?cc=<code>`.

        Attributes:
            code (None | str): The code itself, unique within the study. Null (still sent) only for the study's one
                participant code, and only when it has no actions: participants then finish without
                a code.
            code_type (CompletionCodeType): Label saying what a completion code means. `DEFAULT` is in production use beside
                the
                documented values; Prolific also accepts free text here.
            actions (list[CompletionCodeAction]): Actions run when the code is used (may be empty); `MANUALLY_REVIEW` alone
                leaves
                everything to you.
            actor (CompletionCodeActor | Unset): Who may use a completion code.
    """

    code: None | str
    code_type: CompletionCodeType
    actions: list[CompletionCodeAction]
    actor: CompletionCodeActor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str
        code = self.code

        code_type = self.code_type.value

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        actor: str | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "code_type": code_type,
                "actions": actions,
            }
        )
        if actor is not UNSET:
            field_dict["actor"] = actor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        _code_type = d.pop("code_type")
        code_type = CompletionCodeType._value2member_map_.get(_code_type) or CompletionCodeType(
            _code_type
        )

        actions = d.pop("actions")

        _actor = d.pop("actor", UNSET)
        actor: CompletionCodeActor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = CompletionCodeActor._value2member_map_.get(_actor) or CompletionCodeActor(
                _actor
            )

        if cls is not CompletionCode:
            completion_code = cls(
                code,
                code_type,
                cls._parse_field("actions", actions),
                actor,
            )
        else:
            completion_code = cls.__new__(cls)
            completion_code.code = code
            completion_code.code_type = code_type
            completion_code.actor = actor
            deferred: dict[str, Any] = {}
            deferred["actions"] = actions
            if deferred:
                completion_code._deferred = deferred

        completion_code.additional_properties = d
        return completion_code

    @staticmethod
    def _parse_field(name: str, data: Any) -> Any:
        if name == "actions":
            actions = []
            _actions = data
            for actions_item_data in _actions:
                actions_item = CompletionCodeAction.from_dict(actions_item_data)

                actions.append(actions_item)

            return actions
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
from ..models.completion_code_action import CompletionCodeAction  # noqa: E402
