from enum import StrEnum


class CompletionCodeType(StrEnum):
    COMPLETED = "COMPLETED"
    DEFAULT = "DEFAULT"
    FAILED_ATTENTION_CHECK = "FAILED_ATTENTION_CHECK"
    FIXED_SCREENOUT = "FIXED_SCREENOUT"
    FOLLOW_UP_STUDY = "FOLLOW_UP_STUDY"
    GIVE_BONUS = "GIVE_BONUS"
    INCOMPATIBLE_DEVICE = "INCOMPATIBLE_DEVICE"
    NO_CONSENT = "NO_CONSENT"
    OTHER = "OTHER"
    SCREENED_IN = "SCREENED_IN"
    SCREENED_OUT = "SCREENED_OUT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CompletionCodeType | None":
        # Prolific adds values without notice (PROCESSING appeared undocumented). An unknown
        # value becomes a member outside the declared set instead of crashing the parse:
        # it compares equal to its raw string and `.value` returns that string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
