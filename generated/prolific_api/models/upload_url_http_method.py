from enum import StrEnum


class UploadUrlHttpMethod(StrEnum):
    PUT = "PUT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UploadUrlHttpMethod | None":
        # Prolific adds values without notice (PROCESSING appeared undocumented). An unknown
        # value becomes a member outside the declared set instead of crashing the parse:
        # it compares equal to its raw string and `.value` returns that string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
