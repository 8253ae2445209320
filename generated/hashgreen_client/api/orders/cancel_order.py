# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``DELETE /orders/{order_id}``: the request of ``cancel_order`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.order_response import OrderResponse
from ...operations import OPERATIONS
from ...types import Request, quote_path_segment


def _request(
    order_id: str,
) -> Request:
    """The request for these arguments; a path parameter that would leave its segment raises
    ``types.InvalidArgument``."""

    path = "/orders/{order_id}".format(
        order_id=quote_path_segment("order_id", order_id),
    )
    return Request(
        OPERATIONS["cancel_order"],
        path,
        None,
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
            "DELETE /orders/{order_id} response", None, exc
        ) from exc
    return response_200
