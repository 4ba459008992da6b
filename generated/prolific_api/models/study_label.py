from enum import StrEnum


class StudyLabel(StrEnum):
    AI_ANNOTATION = "ai_annotation"
    AI_DATA_CREATION_AUDIO = "ai_data_creation_audio"
    AI_DATA_CREATION_IMAGES = "ai_data_creation_images"
    AI_DATA_CREATION_TEXT = "ai_data_creation_text"
    AI_DATA_CREATION_VIDEO = "ai_data_creation_video"
    AI_EVALUATION = "ai_evaluation"
    AI_FACT_CHECKING = "ai_fact_checking"
    AI_OTHER = "ai_other"
    AI_REASONING = "ai_reasoning"
    AI_SAFETY = "ai_safety"
    ANNOTATION = "annotation"
    DECISION_MAKING_TASK = "decision_making_task"
    INTERVIEW = "interview"
    OTHER = "other"
    SURVEY = "survey"
    WRITING_TASK = "writing_task"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "StudyLabel | None":
        # Prolific adds values without notice (PROCESSING appeared undocumented). An unknown
        # value becomes a member outside the declared set instead of crashing the parse:
        # it compares equal to its raw string and `.value` returns that string.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
