# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``POST /api/wallet/deposit``: the request of ``get_deposit_address`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.deposit_address import DepositAddress
from ...models.deposit_address_request import DepositAddressRequest
from ...operations import OPERATIONS
from ...types import Request


def _request(
    *,
    body: DepositAddressRequest,
) -> Request:
    """The request for these arguments; a path parameter that would leave its segment raises
    ``types.InvalidArgument``."""

    path = "/api/wallet/deposit"
    body_ = body.to_dict()
    return Request(
        OPERATIONS["get_deposit_address"],
        path,
        None,
        None,
        json=body_,
    )


def _parse_success(data: Any) -> DepositAddress:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = DepositAddress.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "POST /api/wallet/deposit response", None, exc
        ) from exc
    return response_200
