"""``client.surveys``: questionnaires Prolific hosts, their responses and a summary of answers.

A survey has ``sections`` of questions (what Prolific's survey page shows) or bare
``questions``; each question offers ``answers``. Responses name the question and answer IDs the
survey was given back with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from prolific_api.models.survey import Survey
from prolific_api.models.survey_response import SurveyResponse
from prolific_api.models.survey_summary import SurveySummary
from prolific_api.params import SurveyCreateParams, SurveyResponseCreateParams

from .. import _task_builder as calls
from .._base_client import AsyncResource, SyncResource
from .._pagination import AsyncPager, SyncPager

__all__ = ["AsyncSurveys", "Surveys"]

_Body = Mapping[str, Any] | None


class Surveys(SyncResource):
    def list(self, researcher_id: str) -> SyncPager[Survey]:
        """The surveys of a researcher (``client.users.me().id``)."""
        return self._client.paginate(calls.list_surveys(researcher_id))

    def create(
        self,
        body: _Body = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[SurveyCreateParams],
    ) -> Survey:
        """Create a survey: ``researcher_id``, ``title`` and ``sections`` (or ``questions``)."""
        return self._client.request(
            calls.create_survey(calls.survey_body(body, fields, extra_body))
        )

    def get(self, survey_id: str) -> Survey:
        return self._client.request(calls.get_survey(survey_id))

    def delete(self, survey_id: str) -> None:
        self._client.request(calls.delete_survey(survey_id))

    def responses(self, survey_id: str) -> SyncPager[SurveyResponse]:
        """Every response to the survey, fetched as iteration reaches them."""
        return self._client.paginate(calls.survey_responses(survey_id))

    def create_response(
        self,
        survey_id: str,
        body: _Body = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[SurveyResponseCreateParams],
    ) -> SurveyResponse:
        """Record a response: ``participant_id``, ``submission_id`` and the answers chosen."""
        payload = calls.survey_response_body(body, fields, extra_body)
        return self._client.request(calls.create_survey_response(survey_id, payload))

    def get_response(self, survey_id: str, response_id: str) -> SurveyResponse:
        return self._client.request(calls.get_survey_response(survey_id, response_id))

    def delete_response(self, survey_id: str, response_id: str) -> None:
        self._client.request(calls.delete_survey_response(survey_id, response_id))

    def delete_responses(self, survey_id: str) -> None:
        """Delete every response of the survey."""
        self._client.request(calls.delete_survey_responses(survey_id))

    def summary(self, survey_id: str) -> SurveySummary:
        """How many responses chose each answer of each question."""
        return self._client.request(calls.survey_summary(survey_id))


class AsyncSurveys(AsyncResource):
    def list(self, researcher_id: str) -> AsyncPager[Survey]:
        return self._client.paginate(calls.list_surveys(researcher_id))

    async def create(
        self,
        body: _Body = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[SurveyCreateParams],
    ) -> Survey:
        return await self._client.request(
            calls.create_survey(calls.survey_body(body, fields, extra_body))
        )

    async def get(self, survey_id: str) -> Survey:
        return await self._client.request(calls.get_survey(survey_id))

    async def delete(self, survey_id: str) -> None:
        await self._client.request(calls.delete_survey(survey_id))

    def responses(self, survey_id: str) -> AsyncPager[SurveyResponse]:
        return self._client.paginate(calls.survey_responses(survey_id))

    async def create_response(
        self,
        survey_id: str,
        body: _Body = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        **fields: Unpack[SurveyResponseCreateParams],
    ) -> SurveyResponse:
        payload = calls.survey_response_body(body, fields, extra_body)
        return await self._client.request(calls.create_survey_response(survey_id, payload))

    async def get_response(self, survey_id: str, response_id: str) -> SurveyResponse:
        return await self._client.request(calls.get_survey_response(survey_id, response_id))

    async def delete_response(self, survey_id: str, response_id: str) -> None:
        await self._client.request(calls.delete_survey_response(survey_id, response_id))

    async def delete_responses(self, survey_id: str) -> None:
        await self._client.request(calls.delete_survey_responses(survey_id))

    async def summary(self, survey_id: str) -> SurveySummary:
        return await self._client.request(calls.survey_summary(survey_id))
