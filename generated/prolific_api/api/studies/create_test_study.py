from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_error import MessageError
from ...models.test_study import TestStudy
from ...types import Response


def _get_kwargs(
    study_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/studies/{study_id}/test-study".format(
            study_id=quote(str(study_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageError | TestStudy | None:
    if response.status_code == 200:
        response_200 = TestStudy.from_dict(response.json())

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
) -> Response[ErrorResponse | MessageError | TestStudy]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    study_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | MessageError | TestStudy]:
    """Publish a copy of a draft to the workspace's test participants

     Prolific publishes a test copy of the draft, open only to the test participants of the
    workspace (create one with `create_test_participant` first), and answers the URL to
    open it. A feature Prolific enables per workspace: without it the call answers 404.
    The path has no trailing slash.

    Args:
        study_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageError | TestStudy]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    study_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | MessageError | TestStudy | None:
    """Publish a copy of a draft to the workspace's test participants

     Prolific publishes a test copy of the draft, open only to the test participants of the
    workspace (create one with `create_test_participant` first), and answers the URL to
    open it. A feature Prolific enables per workspace: without it the call answers 404.
    The path has no trailing slash.

    Args:
        study_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageError | TestStudy
    """

    return sync_detailed(
        study_id=study_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    study_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | MessageError | TestStudy]:
    """Publish a copy of a draft to the workspace's test participants

     Prolific publishes a test copy of the draft, open only to the test participants of the
    workspace (create one with `create_test_participant` first), and answers the URL to
    open it. A feature Prolific enables per workspace: without it the call answers 404.
    The path has no trailing slash.

    Args:
        study_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageError | TestStudy]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    study_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | MessageError | TestStudy | None:
    """Publish a copy of a draft to the workspace's test participants

     Prolific publishes a test copy of the draft, open only to the test participants of the
    workspace (create one with `create_test_participant` first), and answers the URL to
    open it. A feature Prolific enables per workspace: without it the call answers 404.
    The path has no trailing slash.

    Args:
        study_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageError | TestStudy
    """

    return (
        await asyncio_detailed(
            study_id=study_id,
            client=client,
        )
    ).parsed
