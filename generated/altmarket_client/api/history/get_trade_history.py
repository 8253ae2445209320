import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order_side import OrderSide
from ...models.trade_page import TradePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    market: str | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    asc_order: list[str] | Unset = UNSET,
    desc_order: list[str] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    ts: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["Market"] = market

    json_side: str | Unset = UNSET
    if not isinstance(side, Unset):
        json_side = side.value

    params["Side"] = json_side

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["StartDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["EndDate"] = json_end_date

    json_asc_order: list[str] | Unset = UNSET
    if not isinstance(asc_order, Unset):
        json_asc_order = asc_order

    params["AscOrder"] = json_asc_order

    json_desc_order: list[str] | Unset = UNSET
    if not isinstance(desc_order, Unset):
        json_desc_order = desc_order

    params["DescOrder"] = json_desc_order

    params["Page"] = page

    params["PerPage"] = per_page

    params["ts"] = ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/trade_history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TradePage | None:
    try:
        if response.status_code == 200:
            response_200 = TradePage.from_dict(response.json())

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
            "GET /api/trade_history response", None, exc
        )
        shape_error.attach_response(response)
        raise shape_error from exc

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(data: Any) -> TradePage:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = TradePage.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "GET /api/trade_history response", None, exc
        ) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TradePage]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    market: str | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    asc_order: list[str] | Unset = UNSET,
    desc_order: list[str] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    ts: str | Unset = UNSET,
) -> Response[ErrorResponse | TradePage]:
    """Trade history

     One page of the account's trades (fills). Paging behaves as in the order history.

    Args:
        market (str | Unset):
        side (OrderSide | Unset): The side of an order or trade. The live platform also sends `0`
            (Buy) and `1` (Sell), and other case.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        asc_order (list[str] | Unset):
        desc_order (list[str] | Unset):
        page (int | Unset):
        per_page (int | Unset):
        ts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TradePage]
    """

    kwargs = _get_kwargs(
        market=market,
        side=side,
        start_date=start_date,
        end_date=end_date,
        asc_order=asc_order,
        desc_order=desc_order,
        page=page,
        per_page=per_page,
        ts=ts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    market: str | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    asc_order: list[str] | Unset = UNSET,
    desc_order: list[str] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    ts: str | Unset = UNSET,
) -> ErrorResponse | TradePage | None:
    """Trade history

     One page of the account's trades (fills). Paging behaves as in the order history.

    Args:
        market (str | Unset):
        side (OrderSide | Unset): The side of an order or trade. The live platform also sends `0`
            (Buy) and `1` (Sell), and other case.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        asc_order (list[str] | Unset):
        desc_order (list[str] | Unset):
        page (int | Unset):
        per_page (int | Unset):
        ts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TradePage
    """

    return sync_detailed(
        client=client,
        market=market,
        side=side,
        start_date=start_date,
        end_date=end_date,
        asc_order=asc_order,
        desc_order=desc_order,
        page=page,
        per_page=per_page,
        ts=ts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    market: str | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    asc_order: list[str] | Unset = UNSET,
    desc_order: list[str] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    ts: str | Unset = UNSET,
) -> Response[ErrorResponse | TradePage]:
    """Trade history

     One page of the account's trades (fills). Paging behaves as in the order history.

    Args:
        market (str | Unset):
        side (OrderSide | Unset): The side of an order or trade. The live platform also sends `0`
            (Buy) and `1` (Sell), and other case.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        asc_order (list[str] | Unset):
        desc_order (list[str] | Unset):
        page (int | Unset):
        per_page (int | Unset):
        ts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TradePage]
    """

    kwargs = _get_kwargs(
        market=market,
        side=side,
        start_date=start_date,
        end_date=end_date,
        asc_order=asc_order,
        desc_order=desc_order,
        page=page,
        per_page=per_page,
        ts=ts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    market: str | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    asc_order: list[str] | Unset = UNSET,
    desc_order: list[str] | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    ts: str | Unset = UNSET,
) -> ErrorResponse | TradePage | None:
    """Trade history

     One page of the account's trades (fills). Paging behaves as in the order history.

    Args:
        market (str | Unset):
        side (OrderSide | Unset): The side of an order or trade. The live platform also sends `0`
            (Buy) and `1` (Sell), and other case.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        asc_order (list[str] | Unset):
        desc_order (list[str] | Unset):
        page (int | Unset):
        per_page (int | Unset):
        ts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TradePage
    """

    return (
        await asyncio_detailed(
            client=client,
            market=market,
            side=side,
            start_date=start_date,
            end_date=end_date,
            asc_order=asc_order,
            desc_order=desc_order,
            page=page,
            per_page=per_page,
            ts=ts,
        )
    ).parsed
