# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``GET /api/assets-info``: the request of ``list_assets`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.asset_list import AssetList
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

    path = "/api/assets-info"
    return Request(
        OPERATIONS["list_assets"],
        path,
        params or None,
        None,
    )


def _parse_success(data: Any) -> AssetList:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = AssetList.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "GET /api/assets-info response", None, exc
        ) from exc
    return response_200
