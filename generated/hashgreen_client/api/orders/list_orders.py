# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``GET /orders``: the request of ``list_orders`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.order_list_response import OrderListResponse
from ...models.order_status import OrderStatus
from ...operations import OPERATIONS
from ...types import UNSET, Request, Unset


def _request(
    *,
    market_id: str | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
) -> Request:
    """The request for these arguments; a path parameter that would leave its segment raises
    ``types.InvalidArgument``."""
    params: dict[str, Any] = {}

    params["market_id"] = market_id

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/orders"
    return Request(
        OPERATIONS["list_orders"],
        path,
        params or None,
        None,
    )


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
