# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""``POST /api/wallet/withdrawal``: the request of ``create_withdrawal`` and the reader of its answer."""

from typing import Any

from ... import errors
from ...models.transfer import Transfer
from ...models.withdrawal_request import WithdrawalRequest
from ...operations import OPERATIONS
from ...types import Request


def _request(
    *,
    body: WithdrawalRequest,
) -> Request:
    """The request for these arguments; a path parameter that would leave its segment raises
    ``types.InvalidArgument``."""

    path = "/api/wallet/withdrawal"
    body_ = body.to_dict()
    return Request(
        OPERATIONS["create_withdrawal"],
        path,
        None,
        None,
        json=body_,
    )


def _parse_success(data: Any) -> Transfer:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = Transfer.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "POST /api/wallet/withdrawal response", None, exc
        ) from exc
    return response_200
