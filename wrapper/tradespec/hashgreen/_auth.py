"""Hashgreen's bearer token.

The engine adds it to every attempt of a private operation with ``sign_wire``; it is also an
``httpx.Auth``, for plain httpx.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

__all__ = ["BearerAuth"]


class BearerAuth(httpx.Auth):
    """Hashgreen's ``Authorization: Bearer <token>``, put only on the private operations."""

    def __init__(self, token: str) -> None:
        self._value = f"Bearer {token}"

    def sign_wire(
        self, method: str, query: str, content: bytes | None, headers: dict[str, str]
    ) -> tuple[str, bytes | None]:
        """Add ``Authorization`` to one attempt; the query and body are sent as they are."""
        headers["Authorization"] = self._value
        return query, content

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._value
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(token=<hidden>)"
