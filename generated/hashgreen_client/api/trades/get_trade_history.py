from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.trade_list_response import TradeListResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    market_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["market_id"] = market_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/trades/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TradeListResponse | None:
    try:
        if response.status_code == 200:
            response_200 = TradeListResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if response.status_code == 404:
            response_404 = ErrorResponse.from_dict(response.json())

            return response_404

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
            "GET /trades/history response", None, exc
        )
        shape_error.attach_response(response)
        raise shape_error from exc

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(data: Any) -> TradeListResponse:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = TradeListResponse.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "GET /trades/history response", None, exc
        ) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TradeListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_id: str,
) -> Response[ErrorResponse | TradeListResponse]:
    """Get trade history

     The market's recent trades, newest first.

    Args:
        market_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TradeListResponse]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    market_id: str,
) -> ErrorResponse | TradeListResponse | None:
    """Get trade history

     The market's recent trades, newest first.

    Args:
        market_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TradeListResponse
    """

    return sync_detailed(
        client=client,
        market_id=market_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    market_id: str,
) -> Response[ErrorResponse | TradeListResponse]:
    """Get trade history

     The market's recent trades, newest first.

    Args:
        market_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TradeListResponse]
    """

    kwargs = _get_kwargs(
        market_id=market_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    market_id: str,
) -> ErrorResponse | TradeListResponse | None:
    """Get trade history

     The market's recent trades, newest first.

    Args:
        market_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TradeListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            market_id=market_id,
        )
    ).parsed
