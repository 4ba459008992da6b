from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.filter_distribution import FilterDistribution
from ...models.message_error import MessageError
from ...types import UNSET, Response


def _get_kwargs(
    filter_id: str,
    *,
    workspace_id: str,
    distribution_filters: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    params["distribution_filters"] = distribution_filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/filters/{filter_id}/distribution/".format(
            filter_id=quote(str(filter_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageError | FilterDistribution | None:
    if response.status_code == 200:
        response_200 = FilterDistribution.from_dict(response.json())

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
) -> Response[ErrorResponse | MessageError | FilterDistribution]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    filter_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    distribution_filters: str,
) -> Response[ErrorResponse | MessageError | FilterDistribution]:
    """How a custom group's members spread over other filters

    Args:
        filter_id (str):
        workspace_id (str):
        distribution_filters (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageError | FilterDistribution]
    """

    kwargs = _get_kwargs(
        filter_id=filter_id,
        workspace_id=workspace_id,
        distribution_filters=distribution_filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    filter_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    distribution_filters: str,
) -> ErrorResponse | MessageError | FilterDistribution | None:
    """How a custom group's members spread over other filters

    Args:
        filter_id (str):
        workspace_id (str):
        distribution_filters (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageError | FilterDistribution
    """

    return sync_detailed(
        filter_id=filter_id,
        client=client,
        workspace_id=workspace_id,
        distribution_filters=distribution_filters,
    ).parsed


async def asyncio_detailed(
    filter_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    distribution_filters: str,
) -> Response[ErrorResponse | MessageError | FilterDistribution]:
    """How a custom group's members spread over other filters

    Args:
        filter_id (str):
        workspace_id (str):
        distribution_filters (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageError | FilterDistribution]
    """

    kwargs = _get_kwargs(
        filter_id=filter_id,
        workspace_id=workspace_id,
        distribution_filters=distribution_filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    filter_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    distribution_filters: str,
) -> ErrorResponse | MessageError | FilterDistribution | None:
    """How a custom group's members spread over other filters

    Args:
        filter_id (str):
        workspace_id (str):
        distribution_filters (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageError | FilterDistribution
    """

    return (
        await asyncio_detailed(
            filter_id=filter_id,
            client=client,
            workspace_id=workspace_id,
            distribution_filters=distribution_filters,
        )
    ).parsed
