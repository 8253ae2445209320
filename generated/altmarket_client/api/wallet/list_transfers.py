from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.transfer import Transfer
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    count: int | Unset = UNSET,
    ts: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params["ts"] = ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/wallet/transfers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Transfer] | None:
    try:
        if response.status_code == 200:
            response_200 = []
            _response_200 = response.json()
            for response_200_item_data in _response_200:
                response_200_item = Transfer.from_dict(response_200_item_data)

                response_200.append(response_200_item)

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = ErrorResponse.from_dict(response.json())

            return response_401

        if response.status_code == 403:
            response_403 = ErrorResponse.from_dict(response.json())

            return response_403

        if response.status_code == 429:
            response_429 = ErrorResponse.from_dict(response.json())

            return response_429

        if 500 <= response.status_code <= 599:
            response_5xx = ErrorResponse.from_dict(response.json())

            return response_5xx
    except errors.UnexpectedResponseShape as exc:
        exc.attach_response(response)
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        shape_error = errors.UnexpectedResponseShape.from_exception(
            "GET /api/wallet/transfers response", None, exc
        )
        shape_error.attach_response(response)
        raise shape_error from exc

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(data: Any) -> list[Transfer]:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            response_200_item = Transfer.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "GET /api/wallet/transfers response", None, exc
        ) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[Transfer]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    count: int | Unset = UNSET,
    ts: str | Unset = UNSET,
) -> Response[ErrorResponse | list[Transfer]]:
    """Transfer history

     The account's most recent deposits and withdrawals, newest first.

    Args:
        count (int | Unset):
        ts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Transfer]]
    """

    kwargs = _get_kwargs(
        count=count,
        ts=ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    count: int | Unset = UNSET,
    ts: str | Unset = UNSET,
) -> ErrorResponse | list[Transfer] | None:
    """Transfer history

     The account's most recent deposits and withdrawals, newest first.

    Args:
        count (int | Unset):
        ts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Transfer]
    """

    return sync_detailed(
        client=client,
        count=count,
        ts=ts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    count: int | Unset = UNSET,
    ts: str | Unset = UNSET,
) -> Response[ErrorResponse | list[Transfer]]:
    """Transfer history

     The account's most recent deposits and withdrawals, newest first.

    Args:
        count (int | Unset):
        ts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Transfer]]
    """

    kwargs = _get_kwargs(
        count=count,
        ts=ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    count: int | Unset = UNSET,
    ts: str | Unset = UNSET,
) -> ErrorResponse | list[Transfer] | None:
    """Transfer history

     The account's most recent deposits and withdrawals, newest first.

    Args:
        count (int | Unset):
        ts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Transfer]
    """

    return (
        await asyncio_detailed(
            client=client,
            count=count,
            ts=ts,
        )
    ).parsed
