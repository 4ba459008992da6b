from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_error import MessageError
from ...models.submission_list import SubmissionList
from ...models.submission_list_status import SubmissionListStatus
from ...models.submission_ordering import SubmissionOrdering
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    study: str,
    status: SubmissionListStatus | Unset = UNSET,
    completed: bool | Unset = UNSET,
    returned: bool | Unset = UNSET,
    awaiting_review: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    timeout: bool | Unset = UNSET,
    rejected: bool | Unset = UNSET,
    screened_out: bool | Unset = UNSET,
    completeoractive: bool | Unset = UNSET,
    submitted_from: str | Unset = UNSET,
    submitted_before: str | Unset = UNSET,
    ordering: SubmissionOrdering | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["study"] = study

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["completed"] = completed

    params["returned"] = returned

    params["awaiting_review"] = awaiting_review

    params["approved"] = approved

    params["active"] = active

    params["timeout"] = timeout

    params["rejected"] = rejected

    params["screened_out"] = screened_out

    params["completeoractive"] = completeoractive

    params["submitted_from"] = submitted_from

    params["submitted_before"] = submitted_before

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering.value

    params["ordering"] = json_ordering

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/submissions/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageError | SubmissionList | None:
    if response.status_code == 200:
        response_200 = SubmissionList.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorResponse | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ErrorResponse.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = MessageError.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorResponse | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_401_type_0 = ErrorResponse.from_dict(data)

                return response_401_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_401_type_1 = MessageError.from_dict(data)

            return response_401_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> ErrorResponse | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = ErrorResponse.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_1 = MessageError.from_dict(data)

            return response_403_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorResponse | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_404_type_0 = ErrorResponse.from_dict(data)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_404_type_1 = MessageError.from_dict(data)

            return response_404_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 429:

        def _parse_response_429(data: object) -> ErrorResponse | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = ErrorResponse.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = MessageError.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if 500 <= response.status_code <= 599:

        def _parse_response_5xx(data: object) -> ErrorResponse | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_5xx_type_0 = ErrorResponse.from_dict(data)

                return response_5xx_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_5xx_type_1 = MessageError.from_dict(data)

            return response_5xx_type_1

        response_5xx = _parse_response_5xx(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MessageError | SubmissionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    study: str,
    status: SubmissionListStatus | Unset = UNSET,
    completed: bool | Unset = UNSET,
    returned: bool | Unset = UNSET,
    awaiting_review: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    timeout: bool | Unset = UNSET,
    rejected: bool | Unset = UNSET,
    screened_out: bool | Unset = UNSET,
    completeoractive: bool | Unset = UNSET,
    submitted_from: str | Unset = UNSET,
    submitted_before: str | Unset = UNSET,
    ordering: SubmissionOrdering | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | MessageError | SubmissionList]:
    """List the submissions of one study

     Without `study` Prolific scans the whole account, which it has asked integrators not to
    do; this description therefore makes the filter mandatory.

    Args:
        study (str):
        status (SubmissionListStatus | Unset): Status filter of `list_submissions`, case-
            insensitive. Spelled with underscores
            (`AWAITING_REVIEW`), unlike `SubmissionStatus`; `TIMED-OUT` keeps its hyphen.
        completed (bool | Unset):
        returned (bool | Unset):
        awaiting_review (bool | Unset):
        approved (bool | Unset):
        active (bool | Unset):
        timeout (bool | Unset):
        rejected (bool | Unset):
        screened_out (bool | Unset):
        completeoractive (bool | Unset):
        submitted_from (str | Unset):
        submitted_before (str | Unset):
        ordering (SubmissionOrdering | Unset): Sort order of `list_submissions`; a leading `-`
            sorts descending.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageError | SubmissionList]
    """

    kwargs = _get_kwargs(
        study=study,
        status=status,
        completed=completed,
        returned=returned,
        awaiting_review=awaiting_review,
        approved=approved,
        active=active,
        timeout=timeout,
        rejected=rejected,
        screened_out=screened_out,
        completeoractive=completeoractive,
        submitted_from=submitted_from,
        submitted_before=submitted_before,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    study: str,
    status: SubmissionListStatus | Unset = UNSET,
    completed: bool | Unset = UNSET,
    returned: bool | Unset = UNSET,
    awaiting_review: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    timeout: bool | Unset = UNSET,
    rejected: bool | Unset = UNSET,
    screened_out: bool | Unset = UNSET,
    completeoractive: bool | Unset = UNSET,
    submitted_from: str | Unset = UNSET,
    submitted_before: str | Unset = UNSET,
    ordering: SubmissionOrdering | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | MessageError | SubmissionList | None:
    """List the submissions of one study

     Without `study` Prolific scans the whole account, which it has asked integrators not to
    do; this description therefore makes the filter mandatory.

    Args:
        study (str):
        status (SubmissionListStatus | Unset): Status filter of `list_submissions`, case-
            insensitive. Spelled with underscores
            (`AWAITING_REVIEW`), unlike `SubmissionStatus`; `TIMED-OUT` keeps its hyphen.
        completed (bool | Unset):
        returned (bool | Unset):
        awaiting_review (bool | Unset):
        approved (bool | Unset):
        active (bool | Unset):
        timeout (bool | Unset):
        rejected (bool | Unset):
        screened_out (bool | Unset):
        completeoractive (bool | Unset):
        submitted_from (str | Unset):
        submitted_before (str | Unset):
        ordering (SubmissionOrdering | Unset): Sort order of `list_submissions`; a leading `-`
            sorts descending.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageError | SubmissionList
    """

    return sync_detailed(
        client=client,
        study=study,
        status=status,
        completed=completed,
        returned=returned,
        awaiting_review=awaiting_review,
        approved=approved,
        active=active,
        timeout=timeout,
        rejected=rejected,
        screened_out=screened_out,
        completeoractive=completeoractive,
        submitted_from=submitted_from,
        submitted_before=submitted_before,
        ordering=ordering,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    study: str,
    status: SubmissionListStatus | Unset = UNSET,
    completed: bool | Unset = UNSET,
    returned: bool | Unset = UNSET,
    awaiting_review: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    timeout: bool | Unset = UNSET,
    rejected: bool | Unset = UNSET,
    screened_out: bool | Unset = UNSET,
    completeoractive: bool | Unset = UNSET,
    submitted_from: str | Unset = UNSET,
    submitted_before: str | Unset = UNSET,
    ordering: SubmissionOrdering | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | MessageError | SubmissionList]:
    """List the submissions of one study

     Without `study` Prolific scans the whole account, which it has asked integrators not to
    do; this description therefore makes the filter mandatory.

    Args:
        study (str):
        status (SubmissionListStatus | Unset): Status filter of `list_submissions`, case-
            insensitive. Spelled with underscores
            (`AWAITING_REVIEW`), unlike `SubmissionStatus`; `TIMED-OUT` keeps its hyphen.
        completed (bool | Unset):
        returned (bool | Unset):
        awaiting_review (bool | Unset):
        approved (bool | Unset):
        active (bool | Unset):
        timeout (bool | Unset):
        rejected (bool | Unset):
        screened_out (bool | Unset):
        completeoractive (bool | Unset):
        submitted_from (str | Unset):
        submitted_before (str | Unset):
        ordering (SubmissionOrdering | Unset): Sort order of `list_submissions`; a leading `-`
            sorts descending.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageError | SubmissionList]
    """

    kwargs = _get_kwargs(
        study=study,
        status=status,
        completed=completed,
        returned=returned,
        awaiting_review=awaiting_review,
        approved=approved,
        active=active,
        timeout=timeout,
        rejected=rejected,
        screened_out=screened_out,
        completeoractive=completeoractive,
        submitted_from=submitted_from,
        submitted_before=submitted_before,
        ordering=ordering,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    study: str,
    status: SubmissionListStatus | Unset = UNSET,
    completed: bool | Unset = UNSET,
    returned: bool | Unset = UNSET,
    awaiting_review: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    active: bool | Unset = UNSET,
    timeout: bool | Unset = UNSET,
    rejected: bool | Unset = UNSET,
    screened_out: bool | Unset = UNSET,
    completeoractive: bool | Unset = UNSET,
    submitted_from: str | Unset = UNSET,
    submitted_before: str | Unset = UNSET,
    ordering: SubmissionOrdering | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | MessageError | SubmissionList | None:
    """List the submissions of one study

     Without `study` Prolific scans the whole account, which it has asked integrators not to
    do; this description therefore makes the filter mandatory.

    Args:
        study (str):
        status (SubmissionListStatus | Unset): Status filter of `list_submissions`, case-
            insensitive. Spelled with underscores
            (`AWAITING_REVIEW`), unlike `SubmissionStatus`; `TIMED-OUT` keeps its hyphen.
        completed (bool | Unset):
        returned (bool | Unset):
        awaiting_review (bool | Unset):
        approved (bool | Unset):
        active (bool | Unset):
        timeout (bool | Unset):
        rejected (bool | Unset):
        screened_out (bool | Unset):
        completeoractive (bool | Unset):
        submitted_from (str | Unset):
        submitted_before (str | Unset):
        ordering (SubmissionOrdering | Unset): Sort order of `list_submissions`; a leading `-`
            sorts descending.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageError | SubmissionList
    """

    return (
        await asyncio_detailed(
            client=client,
            study=study,
            status=status,
            completed=completed,
            returned=returned,
            awaiting_review=awaiting_review,
            approved=approved,
            active=active,
            timeout=timeout,
            rejected=rejected,
            screened_out=screened_out,
            completeoractive=completeoractive,
            submitted_from=submitted_from,
            submitted_before=submitted_before,
            ordering=ordering,
            page=page,
            page_size=page_size,
        )
    ).parsed
