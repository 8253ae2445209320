# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``GET /trades/statistics``: the request of ``get_statistics`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.statistics_response import StatisticsResponse
from ...operations import OPERATIONS
from ...types import UNSET, Request, Unset


def _request(
    *,
    market_id: str | Unset = UNSET,
) -> Request:
    """The request for these arguments; a path parameter that would leave its segment raises
    ``types.InvalidArgument``."""
    params: dict[str, Any] = {}

    params["market_id"] = market_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/trades/statistics"
    return Request(
        OPERATIONS["get_statistics"],
        path,
        params or None,
        None,
    )


def _parse_success(data: Any) -> StatisticsResponse:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = StatisticsResponse.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "GET /trades/statistics response", None, exc
        ) from exc
    return response_200
