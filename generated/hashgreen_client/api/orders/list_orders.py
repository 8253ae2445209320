from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order_list_response import OrderListResponse
from ...models.order_status import OrderStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    market_id: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["market_id"] = market_id

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrderListResponse | None:
    try:
        if response.status_code == 200:
            response_200 = OrderListResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = ErrorResponse.from_dict(response.json())

            return response_401

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
            "GET /orders response", None, exc
        )
        shape_error.attach_response(response)
        raise shape_error from exc

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(data: Any) -> OrderListResponse:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = OrderListResponse.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "GET /orders response", None, exc
        ) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | OrderListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    market_id: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
) -> Response[ErrorResponse | OrderListResponse]:
    """List orders

     The trader's orders, newest first, optionally of one market and one status.

    Args:
        market_id (str | Unset):
        status (OrderStatus | Unset): An order's state: 0 Unspecified; 1 Invalid (the order's
            coins are partly spent);
            2 Active (open for matching); 3 Matched (ready to go to the blockchain); 4 Clearing (sent
            to the blockchain, awaiting observation); 5 Cleared (observed on the blockchain);
            6 Cancelled (soft cancelled).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderListResponse]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    market_id: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
) -> ErrorResponse | OrderListResponse | None:
    """List orders

     The trader's orders, newest first, optionally of one market and one status.

    Args:
        market_id (str | Unset):
        status (OrderStatus | Unset): An order's state: 0 Unspecified; 1 Invalid (the order's
            coins are partly spent);
            2 Active (open for matching); 3 Matched (ready to go to the blockchain); 4 Clearing (sent
            to the blockchain, awaiting observation); 5 Cleared (observed on the blockchain);
            6 Cancelled (soft cancelled).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderListResponse
    """

    return sync_detailed(
        client=client,
        market_id=market_id,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    market_id: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
) -> Response[ErrorResponse | OrderListResponse]:
    """List orders

     The trader's orders, newest first, optionally of one market and one status.

    Args:
        market_id (str | Unset):
        status (OrderStatus | Unset): An order's state: 0 Unspecified; 1 Invalid (the order's
            coins are partly spent);
            2 Active (open for matching); 3 Matched (ready to go to the blockchain); 4 Clearing (sent
            to the blockchain, awaiting observation); 5 Cleared (observed on the blockchain);
            6 Cancelled (soft cancelled).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderListResponse]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    market_id: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
) -> ErrorResponse | OrderListResponse | None:
    """List orders

     The trader's orders, newest first, optionally of one market and one status.

    Args:
        market_id (str | Unset):
        status (OrderStatus | Unset): An order's state: 0 Unspecified; 1 Invalid (the order's
            coins are partly spent);
            2 Active (open for matching); 3 Matched (ready to go to the blockchain); 4 Clearing (sent
            to the blockchain, awaiting observation); 5 Cleared (observed on the blockchain);
            6 Cancelled (soft cancelled).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            market_id=market_id,
            status=status,
        )
    ).parsed
