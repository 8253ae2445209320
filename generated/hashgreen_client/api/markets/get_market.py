# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``GET /markets/{code}``: the request of ``get_market`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.market_response import MarketResponse
from ...operations import OPERATIONS
from ...types import Request, quote_path_segment


def _request(
    code: str,
) -> Request:
    """The request for these arguments; a path parameter that would leave its segment raises
    ``types.InvalidArgument``."""

    path = "/markets/{code}".format(
        code=quote_path_segment("code", code),
    )
    return Request(
        OPERATIONS["get_market"],
        path,
        None,
        None,
    )


def _parse_success(data: Any) -> MarketResponse:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = MarketResponse.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "GET /markets/{code} response", None, exc
        ) from exc
    return response_200
