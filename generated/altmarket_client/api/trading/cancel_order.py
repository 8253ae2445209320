# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``DELETE /api/orders/{order_id}``: the request of ``cancel_order`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.order_response import OrderResponse
from ...operations import OPERATIONS
from ...types import UNSET, Request, Unset, quote_path_segment


def _request(
    order_id: str,
    *,
    ts: str | Unset = UNSET,
) -> Request:
    """The request for these arguments; a path parameter that would leave its segment raises
    ``types.InvalidArgument``."""
    params: dict[str, Any] = {}

    params["ts"] = ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/api/orders/{order_id}".format(
        order_id=quote_path_segment("order_id", order_id),
    )
    return Request(
        OPERATIONS["cancel_order"],
        path,
        params or None,
        None,
    )


def _parse_success(data: Any) -> OrderResponse:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = OrderResponse.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "DELETE /api/orders/{order_id} response", None, exc
        ) from exc
    return response_200
