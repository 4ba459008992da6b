from enum import StrEnum


class SubmissionOrdering(StrEnum):
    STARTED_AT = "started_at"
    STUDY_NAME = "study_name"
    SUBMISSION_REWARD = "submission_reward"
    VALUE_1 = "-started_at"
    VALUE_3 = "-submission_reward"
    VALUE_5 = "-study_name"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SubmissionOrdering | None":
        # Prolific adds values without notice (PROCESSING appeared undocumented). An unknown
        # value becomes a member outside the declared set instead of crashing the parse:
        # it compares equal to its raw string and `.value` returns that string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
