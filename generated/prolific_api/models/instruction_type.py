from enum import StrEnum


class InstructionType(StrEnum):
    FILE_UPLOAD = "file_upload"
    FREE_TEXT = "free_text"
    FREE_TEXT_WITH_UNIT = "free_text_with_unit"
    MULTIPLE_CHOICE = "multiple_choice"
    MULTIPLE_CHOICE_WITH_FREE_TEXT = "multiple_choice_with_free_text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InstructionType | None":
        # Prolific adds values without notice (PROCESSING appeared undocumented). An unknown
        # value becomes a member outside the declared set instead of crashing the parse:
        # it compares equal to its raw string and `.value` returns that string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
