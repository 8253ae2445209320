"""Every fault against a read, an order, a cancel and a withdrawal, sync and async, both exchanges,
on a real loopback server (see ``matrix.py`` for how each fault is made), checked against
:data:`TABLE`: the error class (or success, when a retry heals the fault), how many attempts
reached the server, and that no order ever reached it twice.

The rules the table spells out (``max_retries=2``, so at most 3 attempts):

* reads and cancels are idempotent: retried on connection errors, timeouts, 429 and 5xx;
* a withdrawal carries its ``transferId``: retried like a read, every attempt with the same key;
  when every attempt failed after one may have arrived, its fate is unknown;
* an order is sent again only after a connection error that proves it never left; once it may
  have arrived (a reset, a timeout, a 5xx, a 200 that cannot be read) its fate is unknown
  (``OrderStateUnknownError``) after exactly one attempt. A 429 refuses it before it is acted
  on: ``RateLimitError``, not retried;
* an answer that cannot be read is a ``ResponseError``; values the client does not know (enum
  members, fields) are kept, and a right body with the wrong content type is read.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from tradespec import (
    AuthenticationError,
    OrderStateUnknownError,
    RateLimitError,
    RequestTimeoutError,
    ResponseError,
    SentOffer,
    SentOrder,
    SentWithdrawal,
    ServerError,
    TradespecError,
    TransportError,
)

from tests.reliability import figures, matrix
from tests.reliability.matrix import CASES, FAULTS, KINDS, RETRY_AFTER, Case


@dataclass(frozen=True)
class Expect:
    """An expected outcome: the error class (None: success), the attempts that reached the
    server, the cause of an OrderStateUnknownError, and the client's tries when they differ
    from the attempts that arrived (a refused connection never arrives)."""

    error: type[TradespecError] | None
    attempts: int
    cause: type[TradespecError] | None = None
    tries: int | None = None

    def cell(self) -> str:
        """For the README: the outcome, then (attempts that reached the server)."""
        if self.error is None:
            what = "ok"
        elif self.cause is not None:
            what = f"unknown fate: {self.cause.__name__}"
        else:
            what = self.error.__name__
        tries = f" of {self.tries} tries" if self.tries is not None else ""
        return f"{what} ({self.attempts}{tries})"


def ok(attempts: int, tries: int | None = None) -> Expect:
    return Expect(None, attempts, tries=tries)


def unknown(cause: type[TradespecError], attempts: int) -> Expect:
    return Expect(OrderStateUnknownError, attempts, cause)


X = Expect
Row = tuple[Expect, Expect, Expect, Expect]
REFUSED = X(TransportError, 0, tries=3)
SERVER: Row = (
    X(ServerError, 3),
    unknown(ServerError, 1),
    X(ServerError, 3),
    unknown(ServerError, 3),
)
SERVER_ONCE: Row = (ok(2), unknown(ServerError, 1), ok(2), ok(2))
UNREADABLE: Row = (
    X(ResponseError, 1),
    unknown(ResponseError, 1),
    X(ResponseError, 1),
    unknown(ResponseError, 1),
)
READ: Row = (ok(1), ok(1), ok(1), ok(1))
LIMITED: Row = (
    X(RateLimitError, 3),
    X(RateLimitError, 1),
    X(RateLimitError, 3),
    X(RateLimitError, 3),
)
LIMITED_ONCE: Row = (ok(2), X(RateLimitError, 1), ok(2), ok(2))
TIMEOUT: Row = (
    X(RequestTimeoutError, 3),
    unknown(RequestTimeoutError, 1),
    X(RequestTimeoutError, 3),
    unknown(RequestTimeoutError, 3),
)
TIMEOUT_ONCE: Row = (ok(2), unknown(RequestTimeoutError, 1), ok(2), ok(2))

TABLE: dict[str, Row] = {
    # fault:            (read, order, cancel, withdrawal); Hashgreen has no withdrawal
    "refused": (REFUSED, REFUSED, REFUSED, REFUSED),
    "refused_once": (ok(1, tries=2), ok(1, tries=2), ok(1, tries=2), ok(1, tries=2)),
    "reset": (
        X(TransportError, 3),
        unknown(TransportError, 1),
        X(TransportError, 3),
        unknown(TransportError, 3),
    ),
    "reset_once": (ok(2), unknown(TransportError, 1), ok(2), ok(2)),
    "no_headers": TIMEOUT,
    "no_headers_once": TIMEOUT_ONCE,
    "stalled_body": TIMEOUT,
    "stalled_body_once": TIMEOUT_ONCE,
    "429_seconds": LIMITED,
    "429_seconds_once": LIMITED_ONCE,
    "429_date": LIMITED,
    "429_date_once": LIMITED_ONCE,
    "500": SERVER,
    "500_once": SERVER_ONCE,
    "502": SERVER,
    "502_once": SERVER_ONCE,
    "503": SERVER,
    "503_once": SERVER_ONCE,
    "520": SERVER,
    "520_once": SERVER_ONCE,
    "524": SERVER,
    "524_once": SERVER_ONCE,
    "html_page": UNREADABLE,
    "invalid_json": UNREADABLE,
    "truncated_json": UNREADABLE,
    "empty_body": UNREADABLE,
    "wrong_content_type": READ,
    "wrong_types": UNREADABLE,
    "missing_fields": UNREADABLE,
    "unknown_values": READ,
    "large_body": READ,
    "echo_credentials": (
        X(AuthenticationError, 1),
        X(AuthenticationError, 1),
        X(AuthenticationError, 1),
        X(AuthenticationError, 1),
    ),
}

SENT = {"order": (SentOrder, SentOffer), "withdrawal": (SentWithdrawal,)}


def outcome_table() -> list[str]:
    """:data:`TABLE` as markdown, for the README."""
    lines = [
        "| fault | read | order | cancel | withdrawal |",
        "|---|---|---|---|---|",
    ]
    for fault in FAULTS:
        cells = " | ".join(expect.cell() for expect in TABLE[fault.name])
        lines.append(f"| {fault.description} | {cells} |")
    return lines


def test_the_table_covers_every_fault() -> None:
    assert set(TABLE) == {fault.name for fault in FAULTS}
    # 4 AltMarket and 3 Hashgreen operations, sync and async, each on two transports
    assert len(CASES) == len(FAULTS) * 7 * 2 * 2


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_fault(case: Case) -> None:
    figures.count("faults.cases")
    expect = TABLE[case.fault.name][KINDS.index(case.kind)]
    got = matrix.outcome(case)
    figures.count("faults.orders_twice", int(got.orders_received > 1))

    if expect.error is None:
        assert got.error is None, f"expected success, got {got.error!r}"
        case.operation.check(got.result, case.fault.name == "unknown_values")
    else:
        assert type(got.error) is expect.error, f"expected {expect.error}, got {got.error!r}"
    if isinstance(got.error, OrderStateUnknownError):
        assert type(got.error.cause) is expect.cause, repr(got.error.cause)
        assert isinstance(got.error.sent, SENT[case.kind]), repr(got.error.sent)
    assert got.attempts == expect.attempts
    assert got.tries == (expect.attempts if expect.tries is None else expect.tries)
    assert got.orders_received <= 1, "an order reached the server twice"
    if case.kind == "withdrawal":
        # Every attempt of a withdrawal is the same withdrawal.
        assert got.transfer_ids <= {"payout-1"}
    if case.fault.name.startswith("429"):
        assert got.sleeps == [float(RETRY_AFTER)] * (got.tries - 1)  # Retry-After honoured
        if isinstance(got.error, RateLimitError):
            assert got.error.retry_after == RETRY_AFTER
    if got.error is not None:
        _check_what_is_safe(case, got.error, got.attempts)
    figures.count("faults.expected")


def _check_what_is_safe(case: Case, error: TradespecError, attempts: int) -> None:
    """``outcome`` and ``retry_safe`` tell the truth: "not_sent" only when no attempt reached
    the server; an order is "safe to send again" only when it was not sent or was refused."""
    assert error.outcome in ("not_sent", "rejected", "not_found", "unknown"), error.outcome
    if error.outcome == "not_sent":
        assert attempts == 0, f"{error!r} says not_sent, but {attempts} attempts arrived"
    if isinstance(error, OrderStateUnknownError):
        assert error.outcome == "unknown"
    if case.kind == "order" and error.retry_safe:
        assert error.outcome in ("not_sent", "rejected"), repr(error)
    if case.kind in ("read", "cancel", "withdrawal"):
        assert error.retry_safe, f"{case.kind} is idempotent, yet {error!r} is not retry_safe"
