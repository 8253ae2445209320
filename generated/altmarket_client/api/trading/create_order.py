# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``POST /api/order``: the request of ``create_order`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.create_order_request import CreateOrderRequest
from ...models.order_response import OrderResponse
from ...operations import OPERATIONS
from ...types import Request


def _request(
    *,
    body: CreateOrderRequest,
) -> Request:
    """The request for these arguments; a path parameter that would leave its segment raises
    ``types.InvalidArgument``."""

    path = "/api/order"
    body_ = body.to_dict()
    return Request(
        OPERATIONS["create_order"],
        path,
        None,
        None,
        json=body_,
    )


def _parse_success(data: Any) -> OrderResponse:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = OrderResponse.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "POST /api/order response", None, exc
        ) from exc
    return response_200
