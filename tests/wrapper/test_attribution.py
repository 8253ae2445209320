"""The attribution rules of settling, on the ledger itself (the integration tests meet them
against the sandbox, where which interleaving happens is up to the scheduler): an id returned
or attributed is never a match; an intent still in flight may yet claim a candidate; two
intents and one candidate stay unknown; identical intents, all lost, share as many orders."""

from __future__ import annotations

from typing import Any, NamedTuple

from hypothesis import given
from hypothesis import strategies as st
from tradespec._settle import Ledger


class Found(NamedTuple):
    order_id: str
    fingerprint: str
    created_at: str = "2026-01-01T00:00:00"


class Adapter:
    """Orders match intents of the same fingerprint (the intent's ``sent`` is its fingerprint)."""

    exchange = "test"

    def matches(self, found: Found, sent: Any) -> bool:
        return bool(found.fingerprint == sent)

    def key(self, found: Found) -> str:
        return found.order_id


ADAPTER: Any = Adapter()


def test_one_intent_one_candidate_is_attributed() -> None:
    ledger = Ledger()
    entry = ledger.begin("A", ADAPTER)
    ledger.lost(entry)
    verdict = ledger.attribute(entry, [Found("1", "A")], ADAPTER)
    assert verdict.found == Found("1", "A")
    assert ledger.unknown() == []


def test_an_id_already_returned_is_never_a_match() -> None:
    ledger = Ledger()
    first = ledger.begin("A", ADAPTER)
    ledger.placed(first, "1")
    second = ledger.begin("A", ADAPTER)
    ledger.lost(second)
    verdict = ledger.attribute(second, [Found("1", "A")], ADAPTER)
    assert verdict.found is None and not verdict.ambiguous  # absent, not ambiguous


def test_a_candidate_another_intent_in_flight_may_claim_waits() -> None:
    ledger = Ledger()
    lost = ledger.begin("A", ADAPTER)
    ledger.lost(lost)
    ledger.begin("A", ADAPTER)  # in flight: its answer may name order 1
    verdict = ledger.attribute(lost, [Found("1", "A")], ADAPTER)
    assert verdict.found is None and verdict.ambiguous


def test_two_lost_intents_and_one_candidate_stay_unknown() -> None:
    ledger = Ledger()
    a, b = ledger.begin("A", ADAPTER), ledger.begin("A", ADAPTER)
    ledger.lost(a)
    ledger.lost(b)
    for entry in (a, b):
        verdict = ledger.attribute(entry, [Found("1", "A")], ADAPTER)
        assert verdict.found is None and verdict.ambiguous
    assert len(ledger.unknown()) == 2


def test_other_fingerprints_do_not_compete() -> None:
    ledger = Ledger()
    a, b = ledger.begin("A", ADAPTER), ledger.begin("B", ADAPTER)  # b in flight
    ledger.lost(a)
    assert ledger.attribute(a, [Found("1", "A")], ADAPTER).found == Found("1", "A")
    del b


def _sent(entry: Any) -> str:
    sent: str = entry.intent.sent
    return sent


@given(
    intents=st.lists(st.sampled_from("AB"), min_size=1, max_size=6),
    orders=st.lists(st.sampled_from("AB"), max_size=6),
    rounds=st.integers(1, 3),
)
def test_no_order_is_ever_attributed_twice(
    intents: list[str], orders: list[str], rounds: int
) -> None:
    ledger = Ledger()
    entries = [ledger.begin(fingerprint, ADAPTER) for fingerprint in intents]
    for entry in entries:
        ledger.lost(entry)
    candidates = [Found(str(number), fingerprint) for number, fingerprint in enumerate(orders)]
    taken: dict[int, str] = {}
    for _ in range(rounds):
        for entry in entries:
            if entry.intent.id in taken:
                continue
            fingerprint: Any = entry.intent.sent
            mine = [c for c in candidates if c.fingerprint == fingerprint]
            verdict = ledger.attribute(entry, mine, ADAPTER)
            if verdict.found is not None:
                assert verdict.found.fingerprint == fingerprint
                taken[entry.intent.id] = verdict.found.order_id
    assert len(set(taken.values())) == len(taken)
    for fingerprint in "AB":
        wanted = intents.count(fingerprint)
        held = orders.count(fingerprint)
        got = sum(1 for e in entries if e.intent.id in taken and _sent(e) == fingerprint)
        # As many orders as intents: each gets one; otherwise one each only when unambiguous.
        if wanted == held:
            assert got == wanted
        elif wanted > 1 or held > 1:
            assert got == 0
