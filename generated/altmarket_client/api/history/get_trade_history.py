# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``GET /api/trade_history``: the request of ``get_trade_history`` and the reader of its answer."""

import datetime
from typing import Any

from ... import errors
from ...models.order_side import OrderSide
from ...models.trade_page import TradePage
from ...operations import OPERATIONS
from ...types import UNSET, Request, Unset


def _request(
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
) -> Request:
    """The request for these arguments; a path parameter that would leave its segment raises
    ``types.InvalidArgument``."""
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

    path = "/api/trade_history"
    return Request(
        OPERATIONS["get_trade_history"],
        path,
        params or None,
        None,
    )


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
