"""Prolific-hosted surveys, their responses and the summary of answers chosen.

Responses must name questions and answers the survey has; the summary counts, per question, how
many responses chose each answer.
"""

from __future__ import annotations

from typing import Any

from ._errors import SandboxError, field_error
from ._http import Request, SandboxResponse, empty_response, json_response
from ._lookup import in_path
from ._state import SandboxState, iso
from ._task_builder import new_uuid, store
from ._task_builder_state import Survey

QUESTION_KINDS = ("single", "multiple")


def _question(state: SandboxState, raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict) or not isinstance(raw.get("title"), str):
        raise field_error("questions", f"{where} needs a title.")
    if raw.get("type") not in QUESTION_KINDS:
        raise field_error("questions", f"{where}: type must be single or multiple.")
    answers = raw.get("answers")
    if not isinstance(answers, list) or not answers:
        raise field_error("questions", f"{where} needs answers to choose from.")
    if not all(isinstance(a, dict) and isinstance(a.get("value"), str) for a in answers):
        raise field_error("questions", f"{where}: each answer needs a value.")
    return {
        "id": raw.get("id") or new_uuid(state),
        "title": raw["title"],
        "type": raw["type"],
        "answers": [{"id": a.get("id") or new_uuid(state), "value": a["value"]} for a in answers],
    }


def survey_view(survey: Survey) -> dict[str, Any]:
    view: dict[str, Any] = {
        "_id": survey.id,
        "researcher_id": survey.researcher_id,
        "title": survey.title,
        "date_created": iso(survey.created_at),
        "date_modified": iso(survey.created_at),
    }
    if survey.sections is not None:
        view["sections"] = survey.sections
    if survey.questions is not None:
        view["questions"] = survey.questions
    return view


def _all_questions(survey: Survey) -> dict[str, dict[str, Any]]:
    listed = list(survey.questions or [])
    for section in survey.sections or []:
        listed.extend(section["questions"])
    return {q["id"]: q for q in listed}


def _survey(state: SandboxState, req: Request) -> Survey:
    return in_path(store(state).surveys, req.params["survey_id"], "Survey")


def _window(req: Request, items: list[Any]) -> list[Any]:
    try:
        offset = max(0, int(req.arg("offset") or 0))
        limit = max(1, int(req.arg("limit") or 100))
    except ValueError as exc:
        raise SandboxError(400, "limit and offset must be whole numbers.") from exc
    return items[offset : offset + limit]


def list_surveys(state: SandboxState, req: Request) -> SandboxResponse:
    researcher_id = req.arg("researcher_id")
    if not researcher_id:
        raise SandboxError(400, {"researcher_id": ["This query parameter is required."]})
    mine = [s for s in store(state).surveys.values() if s.researcher_id == researcher_id]
    return json_response(200, {"results": [survey_view(s) for s in _window(req, mine)]})


def create_survey(state: SandboxState, req: Request) -> SandboxResponse:
    fields = req.fields()
    researcher_id = fields.req_text("researcher_id")
    title = fields.req_text("title")
    raw_sections = fields.items("sections")
    raw_questions = fields.items("questions")
    if (raw_sections is None) == (raw_questions is None):
        raise field_error("sections", "Give either sections or questions.")
    sections = None
    if raw_sections is not None:
        sections = []
        for s, section in enumerate(raw_sections):
            if not isinstance(section, dict) or not isinstance(section.get("title"), str):
                raise field_error("sections", f"Section {s} needs a title.")
            questions = section.get("questions")
            if not isinstance(questions, list) or not questions:
                raise field_error("sections", f"Section {s} needs questions.")
            sections.append(
                {
                    "id": section.get("id") or new_uuid(state),
                    "title": section["title"],
                    "questions": [
                        _question(state, q, f"Section {s}, question {n}")
                        for n, q in enumerate(questions)
                    ],
                }
            )
    questions_out = None
    if raw_questions is not None:
        questions_out = [_question(state, q, f"Question {n}") for n, q in enumerate(raw_questions)]
    survey = Survey(
        id=state.new_id(),
        researcher_id=researcher_id,
        title=title,
        created_at=state.now(),
        sections=sections,
        questions=questions_out,
    )
    store(state).surveys[survey.id] = survey
    return json_response(201, survey_view(survey))


def get_survey(state: SandboxState, req: Request) -> SandboxResponse:
    return json_response(200, survey_view(_survey(state, req)))


def delete_survey(state: SandboxState, req: Request) -> SandboxResponse:
    survey = _survey(state, req)
    del store(state).surveys[survey.id]
    return empty_response(200)


def _answers(survey: Survey, raw: Any, where: str) -> list[dict[str, Any]]:
    questions = _all_questions(survey)
    if not isinstance(raw, list):
        raise field_error("questions", f"{where}: expected a list of answered questions.")
    out = []
    for item in raw:
        question = questions.get(str(item.get("question_id"))) if isinstance(item, dict) else None
        if question is None:
            raise field_error("questions", f"{where}: unknown question_id.")
        by_id = {a["id"]: a for a in question["answers"]}
        chosen = item.get("answers")
        if not isinstance(chosen, list) or not chosen:
            raise field_error("questions", f"{where}: question {question['id']} has no answer.")
        if question["type"] == "single" and len(chosen) > 1:
            raise field_error("questions", f"Question {question['id']} takes one answer.")
        picked = []
        for answer in chosen:
            known = by_id.get(answer.get("answer_id")) if isinstance(answer, dict) else None
            if known is None:
                raise field_error("questions", f"Question {question['id']}: unknown answer_id.")
            picked.append({"answer_id": known["id"], "value": known["value"]})
        out.append(
            {"question_id": question["id"], "question_title": question["title"], "answers": picked}
        )
    return out


def create_survey_response(state: SandboxState, req: Request) -> SandboxResponse:
    survey = _survey(state, req)
    fields = req.fields()
    response: dict[str, Any] = {
        "_id": state.new_id(),
        "participant_id": fields.req_text("participant_id"),
        "submission_id": fields.req_text("submission_id"),
        "date_created": iso(state.now()),
        "date_modified": iso(state.now()),
    }
    sections = fields.items("sections")
    questions = fields.items("questions")
    if sections is None and questions is None:
        raise field_error("sections", "Give the answers by sections or by questions.")
    if sections is not None:
        known = {s["id"] for s in survey.sections or []}
        response["sections"] = []
        for section in sections:
            if not isinstance(section, dict) or section.get("section_id") not in known:
                raise field_error("sections", "Unknown section_id.")
            response["sections"].append(
                {
                    "section_id": section["section_id"],
                    "questions": _answers(survey, section.get("questions"), "Section"),
                }
            )
    if questions is not None:
        response["questions"] = _answers(survey, questions, "Response")
    survey.responses[response["_id"]] = response
    return json_response(201, response)


def list_survey_responses(state: SandboxState, req: Request) -> SandboxResponse:
    survey = _survey(state, req)
    items = list(survey.responses.values())
    return json_response(200, {"results": _window(req, items), "meta": {"count": len(items)}})


def get_survey_response(state: SandboxState, req: Request) -> SandboxResponse:
    survey = _survey(state, req)
    return json_response(200, in_path(survey.responses, req.params["response_id"], "Response"))


def delete_survey_response(state: SandboxState, req: Request) -> SandboxResponse:
    survey = _survey(state, req)
    in_path(survey.responses, req.params["response_id"], "Response")
    del survey.responses[req.params["response_id"]]
    return empty_response(200)


def delete_survey_responses(state: SandboxState, req: Request) -> SandboxResponse:
    _survey(state, req).responses.clear()
    return empty_response(200)


def get_survey_summary(state: SandboxState, req: Request) -> SandboxResponse:
    survey = _survey(state, req)
    counts: dict[str, dict[str, int]] = {}
    answered: dict[str, int] = {}
    for response in survey.responses.values():
        given = list(response.get("questions") or [])
        for section in response.get("sections") or []:
            given.extend(section["questions"])
        for question in given:
            answered[question["question_id"]] = answered.get(question["question_id"], 0) + 1
            tally = counts.setdefault(question["question_id"], {})
            for answer in question["answers"]:
                tally[answer["answer_id"]] = tally.get(answer["answer_id"], 0) + 1
    summary = [
        {
            "question_id": q["id"],
            "question": q["title"],
            "total_answers": answered.get(q["id"], 0),
            "answers": [
                {
                    "answer_id": a["id"],
                    "answer": a["value"],
                    "count": counts.get(q["id"], {}).get(a["id"], 0),
                }
                for a in q["answers"]
            ],
        }
        for q in _all_questions(survey).values()
    ]
    return json_response(200, {"survey_id": survey.id, "questions": summary})
