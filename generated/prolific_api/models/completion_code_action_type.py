from enum import StrEnum


class CompletionCodeActionType(StrEnum):
    ADD_TO_PARTICIPANT_GROUP = "ADD_TO_PARTICIPANT_GROUP"
    AUTOMATICALLY_APPROVE = "AUTOMATICALLY_APPROVE"
    DYNAMIC_PAYMENT = "DYNAMIC_PAYMENT"
    FIXED_SCREEN_OUT_PAYMENT = "FIXED_SCREEN_OUT_PAYMENT"
    MANUALLY_REVIEW = "MANUALLY_REVIEW"
    REMOVE_FROM_PARTICIPANT_GROUP = "REMOVE_FROM_PARTICIPANT_GROUP"
    REQUEST_RETURN = "REQUEST_RETURN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CompletionCodeActionType | None":
        # Prolific adds values without notice (PROCESSING appeared undocumented). An unknown
        # value becomes a member outside the declared set instead of crashing the parse:
        # it compares equal to its raw string and `.value` returns that string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
