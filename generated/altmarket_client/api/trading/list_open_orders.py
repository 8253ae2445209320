# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``GET /api/orders/open``: the request of ``list_open_orders`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.order import Order
from ...operations import OPERATIONS
from ...types import UNSET, Request, Unset


def _request(
    *,
    ts: str | Unset = UNSET,
) -> Request:
    """The request for these arguments; a path parameter that would leave its segment raises
    ``types.InvalidArgument``."""
    params: dict[str, Any] = {}

    params["ts"] = ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/api/orders/open"
    return Request(
        OPERATIONS["list_open_orders"],
        path,
        params or None,
        None,
    )


def _parse_success(data: Any) -> list[Order]:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            response_200_item = Order.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "GET /api/orders/open response", None, exc
        ) from exc
    return response_200
