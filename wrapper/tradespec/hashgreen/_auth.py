"""Hashgreen's bearer token.

The engine adds it to every attempt of a private operation with ``sign_wire``.
"""

from __future__ import annotations

__all__ = ["BearerAuth"]


class BearerAuth:
    """Hashgreen's ``Authorization: Bearer <token>``, put only on the private operations."""

    __slots__ = ("_value",)

    def __init__(self, token: str) -> None:
        self._value = f"Bearer {token}"

    def sign_wire(
        self, method: str, query: str, content: bytes | None, headers: dict[str, str]
    ) -> tuple[str, bytes | None]:
        """Add ``Authorization`` to one attempt; the query and body are sent as they are."""
        headers["Authorization"] = self._value
        return query, content

    def __repr__(self) -> str:
        return "BearerAuth(token=<hidden>)"
