# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``GET /markets``: the request of ``list_markets`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.market_list_response import MarketListResponse
from ...operations import OPERATIONS
from ...types import Request


def _request() -> Request:
    """The request for these arguments; a path parameter that would leave its segment raises
    ``types.InvalidArgument``."""

    path = "/markets"
    return Request(
        OPERATIONS["list_markets"],
        path,
        None,
        None,
    )


def _parse_success(data: Any) -> MarketListResponse:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = MarketListResponse.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "GET /markets response", None, exc
        ) from exc
    return response_200
