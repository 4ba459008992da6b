from enum import StrEnum


class SubmissionListStatus(StrEnum):
    ACTIVE = "ACTIVE"
    APPROVED = "APPROVED"
    AWAITING_REVIEW = "AWAITING_REVIEW"
    PARTIALLY_APPROVED = "PARTIALLY_APPROVED"
    REJECTED = "REJECTED"
    RETURNED = "RETURNED"
    SCREENED_OUT = "SCREENED_OUT"
    TIMED_OUT = "TIMED-OUT"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SubmissionListStatus | None":
        # Prolific adds values without notice (PROCESSING appeared undocumented). An unknown
        # value becomes a member outside the declared set instead of crashing the parse:
        # it compares equal to its raw string and `.value` returns that string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
