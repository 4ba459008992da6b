from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credential_pool_create import CredentialPoolCreate
from ...models.credential_pool_ref import CredentialPoolRef
from ...models.error_response import ErrorResponse
from ...models.message_error import MessageError
from ...types import Response


def _get_kwargs(
    *,
    body: CredentialPoolCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/credentials/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CredentialPoolRef | ErrorResponse | MessageError | None:
    if response.status_code == 201:
        response_201 = CredentialPoolRef.from_dict(response.json())

        return response_201

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
) -> Response[CredentialPoolRef | ErrorResponse | MessageError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CredentialPoolCreate,
) -> Response[CredentialPoolRef | ErrorResponse | MessageError]:
    """Create a pool of logins handed out to participants

     Each participant who starts a study using the pool receives one username/password pair.
    Not idempotent: repeating the call makes a second pool.

    Args:
        body (CredentialPoolCreate): A new pool of logins.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialPoolRef | ErrorResponse | MessageError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CredentialPoolCreate,
) -> CredentialPoolRef | ErrorResponse | MessageError | None:
    """Create a pool of logins handed out to participants

     Each participant who starts a study using the pool receives one username/password pair.
    Not idempotent: repeating the call makes a second pool.

    Args:
        body (CredentialPoolCreate): A new pool of logins.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialPoolRef | ErrorResponse | MessageError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CredentialPoolCreate,
) -> Response[CredentialPoolRef | ErrorResponse | MessageError]:
    """Create a pool of logins handed out to participants

     Each participant who starts a study using the pool receives one username/password pair.
    Not idempotent: repeating the call makes a second pool.

    Args:
        body (CredentialPoolCreate): A new pool of logins.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialPoolRef | ErrorResponse | MessageError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CredentialPoolCreate,
) -> CredentialPoolRef | ErrorResponse | MessageError | None:
    """Create a pool of logins handed out to participants

     Each participant who starts a study using the pool receives one username/password pair.
    Not idempotent: repeating the call makes a second pool.

    Args:
        body (CredentialPoolCreate): A new pool of logins.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialPoolRef | ErrorResponse | MessageError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
