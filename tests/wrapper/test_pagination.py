"""``Pager.accept`` against the plain reading of its rule, over pages of any keys.

The rule: a page's rows are those whose key was not seen on an earlier page nor earlier on the
same page, in order. The pager takes a faster way for a page of keys all new and distinct; every
other page, and the order of what it yields, must come out as the rule says.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from tradespec._pagination import Page, Pager

_PAGES = st.lists(st.lists(st.integers(0, 30), max_size=12), min_size=1, max_size=8)


@given(pages=_PAGES, per_page=st.integers(1, 12))
def test_each_page_yields_the_rows_not_seen_before_in_order(
    pages: list[list[int]], per_page: int
) -> None:
    def step(page: int) -> Any:
        raise AssertionError("not sent in this test")

    def read(answer: list[int]) -> Page[tuple[int, int]]:
        rows = [(key, index) for index, key in enumerate(answer)]  # a row is not its key
        return Page(rows, answer, None, None)

    pager: Pager[tuple[int, int]] = Pager(step, read, per_page)
    seen: set[int] = set()
    for keys in pages:
        expected = []
        for index, key in enumerate(keys):
            if key not in seen:
                seen.add(key)
                expected.append((key, index))
        assert pager.accept(keys) == expected
