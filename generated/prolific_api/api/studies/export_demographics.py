from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.demographic_export_request import DemographicExportRequest
from ...models.error_response import ErrorResponse
from ...models.message_error import MessageError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    study_id: str,
    *,
    body: DemographicExportRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/studies/{study_id}/demographic-export/".format(
            study_id=quote(str(study_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageError | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[ErrorResponse | MessageError | str]:
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
    body: DemographicExportRequest | Unset = UNSET,
) -> Response[ErrorResponse | MessageError | str]:
    """Demographic data of a study's participants, as CSV

     One row per submission: IDs, status, times, age, sex, country and similar, plus a column
    per filter given. At most 15 filters per export and 2 different filter combinations per
    study (a repeat of a combination already used is free). Check
    `get_demographic_export_history` first.

    The shape of the answer rests on single sources that disagree: Prolific's Go CLI prints
    the body as CSV text, while the 2026 description declares only `application/json` with
    an object of no listed properties. Following the project's rule for a single source,
    the client accepts each plausible shape and reads them all into the same rows: CSV text
    (any content type); a JSON string holding the CSV; JSON rows (an array of objects, or
    an object holding one under `rows`, `results` or `data`); or a JSON object with a
    download link (`url`, `download_url`, `export_url` or `file_url`), fetched like other
    presigned links, without the API token. The sandbox answers CSV text unless its
    `demographic_export_shape` setting picks another shape.

    Args:
        study_id (str):
        body (DemographicExportRequest | Unset): Filters whose answers to add as columns (at most
            15); none for the base columns only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageError | str]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    study_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DemographicExportRequest | Unset = UNSET,
) -> ErrorResponse | MessageError | str | None:
    """Demographic data of a study's participants, as CSV

     One row per submission: IDs, status, times, age, sex, country and similar, plus a column
    per filter given. At most 15 filters per export and 2 different filter combinations per
    study (a repeat of a combination already used is free). Check
    `get_demographic_export_history` first.

    The shape of the answer rests on single sources that disagree: Prolific's Go CLI prints
    the body as CSV text, while the 2026 description declares only `application/json` with
    an object of no listed properties. Following the project's rule for a single source,
    the client accepts each plausible shape and reads them all into the same rows: CSV text
    (any content type); a JSON string holding the CSV; JSON rows (an array of objects, or
    an object holding one under `rows`, `results` or `data`); or a JSON object with a
    download link (`url`, `download_url`, `export_url` or `file_url`), fetched like other
    presigned links, without the API token. The sandbox answers CSV text unless its
    `demographic_export_shape` setting picks another shape.

    Args:
        study_id (str):
        body (DemographicExportRequest | Unset): Filters whose answers to add as columns (at most
            15); none for the base columns only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageError | str
    """

    return sync_detailed(
        study_id=study_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    study_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DemographicExportRequest | Unset = UNSET,
) -> Response[ErrorResponse | MessageError | str]:
    """Demographic data of a study's participants, as CSV

     One row per submission: IDs, status, times, age, sex, country and similar, plus a column
    per filter given. At most 15 filters per export and 2 different filter combinations per
    study (a repeat of a combination already used is free). Check
    `get_demographic_export_history` first.

    The shape of the answer rests on single sources that disagree: Prolific's Go CLI prints
    the body as CSV text, while the 2026 description declares only `application/json` with
    an object of no listed properties. Following the project's rule for a single source,
    the client accepts each plausible shape and reads them all into the same rows: CSV text
    (any content type); a JSON string holding the CSV; JSON rows (an array of objects, or
    an object holding one under `rows`, `results` or `data`); or a JSON object with a
    download link (`url`, `download_url`, `export_url` or `file_url`), fetched like other
    presigned links, without the API token. The sandbox answers CSV text unless its
    `demographic_export_shape` setting picks another shape.

    Args:
        study_id (str):
        body (DemographicExportRequest | Unset): Filters whose answers to add as columns (at most
            15); none for the base columns only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageError | str]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    study_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DemographicExportRequest | Unset = UNSET,
) -> ErrorResponse | MessageError | str | None:
    """Demographic data of a study's participants, as CSV

     One row per submission: IDs, status, times, age, sex, country and similar, plus a column
    per filter given. At most 15 filters per export and 2 different filter combinations per
    study (a repeat of a combination already used is free). Check
    `get_demographic_export_history` first.

    The shape of the answer rests on single sources that disagree: Prolific's Go CLI prints
    the body as CSV text, while the 2026 description declares only `application/json` with
    an object of no listed properties. Following the project's rule for a single source,
    the client accepts each plausible shape and reads them all into the same rows: CSV text
    (any content type); a JSON string holding the CSV; JSON rows (an array of objects, or
    an object holding one under `rows`, `results` or `data`); or a JSON object with a
    download link (`url`, `download_url`, `export_url` or `file_url`), fetched like other
    presigned links, without the API token. The sandbox answers CSV text unless its
    `demographic_export_shape` setting picks another shape.

    Args:
        study_id (str):
        body (DemographicExportRequest | Unset): Filters whose answers to add as columns (at most
            15); none for the base columns only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageError | str
    """

    return (
        await asyncio_detailed(
            study_id=study_id,
            client=client,
            body=body,
        )
    ).parsed
