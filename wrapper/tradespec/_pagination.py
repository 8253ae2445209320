"""Walking AltMarket's paged histories, whatever ``paging.total`` says.

The platform's ``paging.total`` can disagree with the rows it returns, so it is never trusted:
iteration stops at the first short or empty page. Rows seen on an earlier page are skipped (new
orders arriving while iterating newest-first shift rows onto the next page), and a full page with
nothing new ends the iteration too: that is a server clamping the page number to its last page,
or repeating a page forever. A hard page limit bounds the loop whatever the server does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from tradespec.errors import ResponseError

if TYPE_CHECKING:
    from tradespec._operations import Step

__all__ = ["MAX_PAGES", "Page", "Pager"]

logger = logging.getLogger("tradespec")

T = TypeVar("T")
MAX_PAGES = 10_000


class Page(NamedTuple, Generic[T]):
    """One page as read: its rows, a key per row, and what the server said about paging."""

    rows: Sequence[T]
    keys: Sequence[Hashable]
    per_page: int | None
    total: int | None


class Pager(Generic[T]):
    """The state of one iteration: which page to ask for next, and whether to stop.

    ``step_for_page`` makes the step that fetches a page (numbered from 1); ``read`` takes what
    it answered (the generated page model) apart into a :class:`Page`.
    """

    def __init__(
        self,
        step_for_page: Callable[[int], Step[Any]],
        read: Callable[[Any], Page[T]],
        per_page: int,
        max_pages: int | None = None,
    ) -> None:
        self._step_for_page = step_for_page
        self._read = read
        self._per_page = per_page
        self._max_pages = MAX_PAGES if max_pages is None else max_pages
        self._page = 0
        self._done = False
        self._seen: set[Hashable] = set()

    def next_step(self) -> Step[Any] | None:
        """The step that fetches the next page, or None when the iteration is over."""
        if self._done:
            return None
        if self._page >= self._max_pages:
            self._done = True
            raise ResponseError(
                f"pagination did not end after {self._max_pages} pages: the server keeps "
                "answering full pages of new rows"
            )
        self._page += 1
        return self._step_for_page(self._page)

    def accept(self, answer: object) -> list[T]:
        """The rows of the page ``answer`` not seen before; decides whether another is needed."""
        page = self._read(answer)
        rows, keys, seen = page.rows, page.keys, self._seen
        new = set(keys)
        fresh: list[T]
        if len(new) == len(keys) == len(rows) and seen.isdisjoint(new):
            seen.update(new)
            fresh = list(rows)  # every key new and none twice: the common page, at C speed
        else:
            fresh = []
            for row, key in zip(rows, keys, strict=True):
                if key not in seen:
                    seen.add(key)
                    fresh.append(row)
        # The server may cap per_page below what was asked; it then says so in paging.per_page.
        expected = self._per_page
        if page.per_page is not None and 0 < page.per_page < expected:
            expected = page.per_page
        if len(page.rows) < expected:
            self._done = True
        elif not fresh:
            logger.debug("page %d repeated rows already seen; stopping", self._page)
            self._done = True
        return fresh
