"""Which :class:`~tradespec.errors.APIError` a refusal is, the one rule for both exchanges: the
engine classifies an HTTP status with it, and an exchange's decoder an error code its success
answers carry (Hashgreen's envelope)."""

from __future__ import annotations

from tradespec.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    InsufficientFundsError,
    InvalidOrderError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)

__all__ = ["classify"]


def classify(
    status: int, code: str | int | None, message: str | None, order: bool = False
) -> type[APIError]:
    """The class of a refusal: by its HTTP status (or, for an error code in a success answer,
    the status that code names), then by ``code`` and ``message`` (``insufficient`` funds); a
    refusal of an order (``order``) below 500 is an ``InvalidOrderError``."""
    if status == 401:
        return AuthenticationError
    if status == 403:
        return PermissionDeniedError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitError
    if status >= 500:
        return ServerError
    if "insufficient" in f"{code} {message}".lower():
        return InsufficientFundsError
    if 400 <= status < 500:
        return InvalidOrderError if order else BadRequestError
    return APIError
