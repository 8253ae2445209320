# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``GET /api/wallet/transfers``: the request of ``list_transfers`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.transfer import Transfer
from ...operations import OPERATIONS
from ...types import UNSET, Request, Unset


def _request(
    *,
    count: int | Unset = UNSET,
    ts: str | Unset = UNSET,
) -> Request:
    """The request for these arguments; a path parameter that would leave its segment raises
    ``types.InvalidArgument``."""
    params: dict[str, Any] = {}

    params["count"] = count

    params["ts"] = ts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    path = "/api/wallet/transfers"
    return Request(
        OPERATIONS["list_transfers"],
        path,
        params or None,
        None,
    )


def _parse_success(data: Any) -> list[Transfer]:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            response_200_item = Transfer.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "GET /api/wallet/transfers response", None, exc
        ) from exc
    return response_200
