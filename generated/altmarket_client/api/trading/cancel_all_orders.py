# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``DELETE /api/orders``: the request of ``cancel_all_orders`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.count_response import CountResponse
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

    path = "/api/orders"
    return Request(
        OPERATIONS["cancel_all_orders"],
        path,
        params or None,
        None,
    )


def _parse_success(data: Any) -> CountResponse:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = CountResponse.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "DELETE /api/orders response", None, exc
        ) from exc
    return response_200
