"""Orders of unknown fate, settled by the client: the intents, their attribution, the settle loop.

When the answer to an order (or a withdrawal) is lost, the client does what every bot author
otherwise writes by hand: it looks the order up (the exchange's ``find_order`` /
``find_transfer``, through an :class:`Adapter`) with backoff until ``settle_unknown`` seconds
have passed, and returns it, raises :class:`~tradespec.errors.OrderNotPlacedError` when the
exchange showed no such order for the whole window, or raises the
:class:`~tradespec.errors.OrderStateUnknownError` it had. It never sends anything again.

A found order is attributed to one intent only. The :class:`Ledger` (one per account in a
process, shared by its clients and their ``with_options`` copies, and kept across restarts by a
:class:`~tradespec._journal.Journal`) holds every order id the client returned or attributed,
which is never a match again, and every intent still open, in flight or unknown. An intent takes
a candidate only when nothing else may claim it:

* no other open intent that the candidate matches is still in flight (its answer may yet name
  that order: the settle loop waits for it);
* either the candidate is the only free one and this the only intent it matches, or the free
  candidates and the intents they match are the same for all (identical orders, all lost, as
  many placed as sent): then each intent takes one, the oldest intent the oldest order. Two
  intents and one candidate stay unknown, rather than guessed.

The loop is written once (:func:`settling`, a generator of :class:`Find` and :class:`Sleep`
commands) and driven by :meth:`Settler.run_sync` and :meth:`Settler.run_async`.
"""

from __future__ import annotations

import hashlib
import importlib  # noqa: F401  # pyright: ignore[reportUnusedImport]  # get_type_hints
import itertools
import threading
import time
import weakref
from collections.abc import Generator
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol, cast

from tradespec._retry import Retry
from tradespec.errors import OrderNotPlacedError, OrderStateUnknownError, TradespecError

if TYPE_CHECKING:
    from datetime import date
    from typing import TypeAlias

    from altmarket_client.models.order import Order
    from altmarket_client.models.transfer import Transfer
    from hashgreen_client.models.order import Order as HashgreenOrder

    from tradespec._engine import Call
    from tradespec._journal import JournalScope as Journal
    from tradespec._operations import AsyncRunner, Plan, Step, SyncRunner
    from tradespec.altmarket._types import SentOrder, SentWithdrawal
    from tradespec.hashgreen._types import SentOffer

    IntentSent: TypeAlias = SentOrder | SentWithdrawal | SentOffer
    """What an :class:`Intent` sent."""
    SettledResult: TypeAlias = (
        Order | HashgreenOrder | Transfer | OrderNotPlacedError | OrderStateUnknownError
    )
    """What :meth:`settle` made of an :class:`Intent`."""
else:
    # The same, for typing.get_type_hints: each module is imported when the names are resolved,
    # so that importing tradespec imports none of them (as errors.Sent and errors.Found do).
    def _names(*names: tuple[str, str]) -> str:
        return " | ".join(f"importlib.import_module({module!r}).{name}" for module, name in names)

    IntentSent = _names(
        ("tradespec.altmarket._types", "SentOrder"),
        ("tradespec.altmarket._types", "SentWithdrawal"),
        ("tradespec.hashgreen._types", "SentOffer"),
    )
    SettledResult = (
        _names(
            ("altmarket_client.models.order", "Order"),
            ("hashgreen_client.models.order", "Order"),
            ("altmarket_client.models.transfer", "Transfer"),
        )
        + " | OrderNotPlacedError | OrderStateUnknownError"
    )

__all__ = [
    "Adapter",
    "Intent",
    "Ledger",
    "Settled",
    "Settler",
    "check_settle_unknown",
    "key_fingerprint",
    "ledger_for",
]

FIRST_DELAY = 0.25
MAX_DELAY = 2.0
MAX_SETTLE_UNKNOWN = 3600.0


class Intent(NamedTuple):
    """An order or a withdrawal the client sent whose outcome is not known yet."""

    id: int
    """The intent's number: its row in the journal, or its number in this process."""
    sent: IntentSent
    """What was sent."""
    sent_at: float
    """When it was written down, before its request left, in Unix seconds (this machine)."""


class Settled(NamedTuple):
    """What ``exchange.settle()`` made of one intent."""

    intent: Intent
    """The intent settled."""
    result: SettledResult
    """The order (or transfer) it became; :class:`~tradespec.errors.OrderNotPlacedError` when
    the exchange shows none; :class:`~tradespec.errors.OrderStateUnknownError` when that cannot
    be told yet."""

    @property
    def found(self) -> bool:
        """Whether the intent was found: ``result`` is the order or the transfer."""
        return not isinstance(self.result, TradespecError)


Sent = Any  # SentOrder | SentWithdrawal | SentOffer (typed by each exchange's adapter)
Found = Any  # the exchange's Order or Transfer


class Adapter(Protocol):
    """What settling needs of an exchange: how to name, look up and match what was sent."""

    exchange: str

    def sent_for(self, step: Step[Any], call: Call[Any]) -> Sent | None:
        """The intent a step sends (None: nothing that can be settled, like ``request``)."""
        ...

    def candidates(self, sent: Sent) -> Plan[list[Found]]:
        """Every order (or transfer) of the exchange that may be ``sent``."""
        ...

    def matches(self, found: Found, sent: Sent) -> bool:
        """Whether ``found`` may be what ``sent`` became."""
        ...

    def key(self, found: Found) -> str:
        """The id of an order or a transfer."""
        ...

    def answer(self, found: Found, sent: Sent) -> Any:
        """What the step that sent ``sent`` answers, made of ``found``."""
        ...

    def key_of_answer(self, answer: Any, sent: Sent) -> str | None:
        """The id in a step's answer."""
        ...

    def unsettleable(self, sent: Sent) -> str | None:
        """Why ``sent`` cannot be looked up on this exchange, or None."""
        ...

    def dump(self, sent: Sent) -> tuple[str, str]:
        """``sent`` as (kind, JSON text), for the journal."""
        ...

    def load(self, kind: str, text: str) -> Sent:
        """The inverse of :meth:`dump`."""
        ...


class CannotTell(TradespecError):
    """A lookup that answered, but whose answer cannot show an order is absent (a full page, an
    order list without coin ids): the round counts as one that could not tell."""


def check_settle_unknown(value: object) -> float | None:
    """Seconds (at most an hour; 0 or None: off)."""
    from tradespec.errors import InvalidInputError

    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not 0 <= value <= MAX_SETTLE_UNKNOWN
    ):
        raise InvalidInputError(
            "settle_unknown",
            f"expected seconds, at most {MAX_SETTLE_UNKNOWN:.0f} (0 or None: off), got {value!r}",
        )
    return float(value) or None


# --------------------------------------------------------------------------- the ledger

State = Literal["pending", "unknown"]


class _Open:
    """An open intent: in flight (``pending``) or lost (``unknown``)."""

    __slots__ = ("found", "intent", "state")

    def __init__(self, intent: Intent, state: State) -> None:
        self.intent = intent
        self.state: State = state
        self.found: Found | None = None
        """A candidate attributed to it while another intent settled."""


class _Verdict(NamedTuple):
    found: Found | None
    """The candidate attributed, if any."""
    ambiguous: bool
    """Free candidates were there, but could not be attributed to this intent alone."""


class Ledger:
    """The intents of one account and the ids already returned or attributed (thread-safe)."""

    def __init__(self, journal: Journal | None = None) -> None:
        self.lock = threading.Lock()
        self.attributed: set[str] = set()
        self.open: dict[int, _Open] = {}
        self.journal = journal
        self._numbers = itertools.count(1)

    def attach(self, journal: Journal, adapter: Adapter) -> None:
        """Keep this ledger in ``journal``: the ids and the intents left open by earlier runs."""
        with self.lock:
            if self.journal == journal:
                return
            if self.journal is not None:
                from tradespec.errors import InvalidInputError

                raise InvalidInputError(
                    "journal", "this account's intents are already kept in another journal"
                )
            self.journal = journal
            self.attributed |= journal.attributed()
            for number, kind, text, sent_at in journal.unsettled():
                try:
                    sent = adapter.load(kind, text)
                except (TypeError, ValueError, KeyError):
                    continue  # a row this version cannot read stays in the journal
                self.open[number] = _Open(Intent(number, sent, sent_at), "unknown")

    def begin(self, sent: Sent, adapter: Adapter) -> _Open:
        """Write the intent down (in the journal first), before its request leaves."""
        now = time.time()
        with self.lock:
            if self.journal is not None:
                kind, text = adapter.dump(sent)
                number = self.journal.intent(kind, text, now)
            else:
                number = next(self._numbers)
            entry = _Open(Intent(number, sent, now), "pending")
            self.open[number] = entry
            return entry

    def placed(self, entry: _Open, key: str | None) -> None:
        """Its answer came: the order (or transfer) ``key``."""
        with self.lock:
            self.open.pop(entry.intent.id, None)
            if key is not None:
                self.attributed.add(key)
            if self.journal is not None:
                self.journal.settle(entry.intent.id, "placed", key)

    def refused(self, entry: _Open, outcome: str) -> None:
        """It was not sent, or the server refused it (an error that leaves its fate unknown
        keeps it open)."""
        if outcome == "unknown":
            self.lost(entry)
            return
        with self.lock:
            self.open.pop(entry.intent.id, None)
            if self.journal is not None:
                self.journal.settle(entry.intent.id, outcome, None)

    def lost(self, entry: _Open) -> None:
        """Its answer was lost: unknown until settled."""
        with self.lock:
            entry.state = "unknown"
            if self.journal is not None:
                self.journal.settle(entry.intent.id, "unknown", None)

    def not_placed(self, entry: _Open) -> None:
        with self.lock:
            self.open.pop(entry.intent.id, None)
            if self.journal is not None:
                self.journal.settle(entry.intent.id, "not_placed", None)

    def unknown(self) -> list[Intent]:
        with self.lock:
            return [e.intent for e in self.open.values() if e.state == "unknown"]

    def entry(self, intent: Intent) -> _Open | None:
        with self.lock:
            return self.open.get(intent.id)

    def attribute(self, entry: _Open, candidates: list[Found], adapter: Adapter) -> _Verdict:
        """The candidate ``entry`` may take alone, if any (see the module's docstring)."""
        with self.lock:
            if entry.found is not None:
                return self._take(entry, entry.found, adapter)
            free = {adapter.key(c): c for c in candidates if adapter.key(c) not in self.attributed}
            if not free:
                return _Verdict(None, ambiguous=False)
            others = [e for e in self.open.values() if e is not entry and e.found is None]
            claimants = [entry] + [
                e for e in others if any(adapter.matches(c, e.intent.sent) for c in free.values())
            ]
            if any(e.state == "pending" for e in claimants[1:]):
                return _Verdict(None, ambiguous=True)
            if len(claimants) == 1 and len(free) == 1:
                return self._take(entry, next(iter(free.values())), adapter)
            # Identical intents, all lost, as many free candidates: each takes one.
            everyone_matches_all = all(
                adapter.matches(c, e.intent.sent) for e in claimants for c in free.values()
            )
            if len(claimants) == len(free) and everyone_matches_all:
                ordered = sorted(claimants, key=lambda e: e.intent.id)
                found = sorted(free.values(), key=adapter.key)
                found.sort(key=_created)
                for other, candidate in zip(ordered, found, strict=True):
                    other.found = candidate
                    self.attributed.add(adapter.key(candidate))
                return self._take(entry, entry.found, adapter)
            return _Verdict(None, ambiguous=True)

    def _take(self, entry: _Open, found: Found, adapter: Adapter) -> _Verdict:
        key = adapter.key(found)
        self.attributed.add(key)
        self.open.pop(entry.intent.id, None)
        if self.journal is not None:
            self.journal.settle(entry.intent.id, "placed", key)
        return _Verdict(found, ambiguous=False)


def _created(found: Found) -> str:
    moment: object = getattr(found, "created_at", "")
    return cast("date", moment).isoformat() if hasattr(moment, "isoformat") else str(moment)


_LEDGERS: weakref.WeakValueDictionary[tuple[str, str, str], Ledger] = weakref.WeakValueDictionary()
_LEDGERS_LOCK = threading.Lock()


def key_fingerprint(credential: str | None) -> str:
    """What names an account in the ledger and the journal: a hash of its API key or token,
    never the credential itself."""
    if credential is None:
        return "no-credential"
    return hashlib.sha256(b"tradespec journal\0" + credential.encode()).hexdigest()[:24]


def ledger_for(adapter: Adapter, base_url: str, credential: str | None, journal: object) -> Ledger:
    """A client's ledger: its account's in this process (one for every client of that account),
    kept in ``journal`` (a path, or None)."""
    account = (adapter.exchange, base_url, key_fingerprint(credential))
    with _LEDGERS_LOCK:
        ledger = _LEDGERS.get(account)
        if ledger is None:
            ledger = _LEDGERS[account] = Ledger()
    if journal is not None:
        from tradespec._journal import open_journal

        ledger.attach(open_journal(journal).scope(*account), adapter)
    return ledger


# --------------------------------------------------------------------------- the loop


class Find(NamedTuple):
    """Look the intent up: answered with the candidates, or the TradespecError raised."""

    sent: Sent


class Sleep(NamedTuple):
    seconds: float


Command = Find | Sleep


def settling(
    ledger: Ledger,
    adapter: Adapter,
    entry: _Open,
    window: float,
    cause: OrderStateUnknownError,
) -> Generator[Command, Any, Found]:
    """Look ``entry`` up until ``window`` seconds have passed (at least once): the order it
    became, or raise OrderNotPlacedError or ``cause`` (an OrderStateUnknownError)."""
    sent = entry.intent.sent
    why = adapter.unsettleable(sent)
    if why is not None:
        raise _still_unknown(cause, why)
    start = time.monotonic()
    waited = 0.0
    delay = FIRST_DELAY
    ambiguous = False
    answered = False
    why_not = ""
    rounds = 0
    while True:
        rounds += 1
        result = yield Find(sent)
        answered = not isinstance(result, TradespecError)
        if isinstance(result, TradespecError):
            why_not = str(result)
        else:
            verdict = ledger.attribute(entry, result, adapter)
            if verdict.found is not None:
                return verdict.found
            ambiguous = ambiguous or verdict.ambiguous
        remaining = window - max(waited, time.monotonic() - start)
        if remaining <= 0:
            break
        pause = min(delay, remaining)
        delay = min(delay * 2, MAX_DELAY)
        yield Sleep(pause)
        waited += pause
    if answered and not ambiguous:
        ledger.not_placed(entry)
        raise OrderNotPlacedError(
            f"the exchange showed no such order for {window:g} s after its answer was lost "
            f"({rounds} lookups); it was not sent again. Absence is evidence, not proof: the "
            "docs say how final it is on each exchange.",
            sent=cause.sent,
            cause=cause.cause,
            window=window,
        )
    if ambiguous:
        why = "another open intent may be that order: it was not attributed twice"
    else:
        why = f"the last lookup could not tell: {why_not}"
    raise _still_unknown(cause, f"settling for {window:g} s did not tell ({why})")


def _still_unknown(cause: OrderStateUnknownError, why: str) -> OrderStateUnknownError:
    error = OrderStateUnknownError(
        f"{cause.message} Settling: {why}.", sent=cause.sent, cause=cause
    )
    error.outcome = cause.outcome
    error.retry_safe = cause.retry_safe
    # The lookup goes with the error's internal seam (OrderStateUnknownError._bind).
    error._bind(cause._lookup, cause._alookup)  # pyright: ignore[reportPrivateUsage]
    return error


class Settler:
    """The hook of a runner's steps: writes intents down, and settles lost answers."""

    __slots__ = ("adapter", "ledger", "window")

    def __init__(self, ledger: Ledger, adapter: Adapter, window: float | None) -> None:
        self.ledger = ledger
        self.adapter = adapter
        self.window = window

    def guards(self, call: Call[Any]) -> bool:
        return call.sent is not None and call.retry is not Retry.SAFE

    def without_window(self) -> Settler:
        """The same, but never settling a lost answer by looking it up (``with_raw_response``:
        a settled order has no answer of its own to show); the intents are written down as
        ever."""
        return self if self.window is None else Settler(self.ledger, self.adapter, None)

    def run_sync(self, runner: SyncRunner, step: Step[Any], call: Call[Any]) -> Any:
        sent = self.adapter.sent_for(step, call)
        if sent is None:
            return runner.execute(call)
        entry = self.ledger.begin(sent, self.adapter)
        try:
            answer = runner.execute(call)
        except OrderStateUnknownError as exc:
            self.ledger.lost(entry)
            if self.window is None:
                raise
            found = self._drive_sync(runner, entry, self.window, exc)
            return self.adapter.answer(found, sent)
        except TradespecError as exc:
            self.ledger.refused(entry, exc.outcome)
            raise
        except BaseException:
            self.ledger.lost(entry)
            raise
        self._answered(entry, answer, sent)
        return answer

    async def run_async(self, runner: AsyncRunner, step: Step[Any], call: Call[Any]) -> Any:
        sent = self.adapter.sent_for(step, call)
        if sent is None:
            return await runner.execute(call)
        entry = self.ledger.begin(sent, self.adapter)
        try:
            answer = await runner.execute(call)
        except OrderStateUnknownError as exc:
            self.ledger.lost(entry)
            if self.window is None:
                raise
            found = await self._drive_async(runner, entry, self.window, exc)
            return self.adapter.answer(found, sent)
        except TradespecError as exc:
            self.ledger.refused(entry, exc.outcome)
            raise
        except BaseException:  # cancelled in flight: its fate is unknown
            self.ledger.lost(entry)
            raise
        self._answered(entry, answer, sent)
        return answer

    def _answered(self, entry: _Open, answer: Any, sent: Sent) -> None:
        key = self.adapter.key_of_answer(answer, sent)
        if key is None:
            # An answer that does not say which order or transfer it is (a withdrawal's
            # without its transferId): unknown, for settle() to look up.
            self.ledger.lost(entry)
        else:
            self.ledger.placed(entry, key)

    def _drive_sync(
        self, runner: SyncRunner, entry: _Open, window: float, cause: OrderStateUnknownError
    ) -> Found:
        loop = settling(self.ledger, self.adapter, entry, window, cause)
        command = next(loop)
        while True:
            try:
                if isinstance(command, Find):
                    try:
                        reply: Any = runner.plan(self.adapter.candidates(command.sent))
                    except TradespecError as exc:
                        reply = exc
                else:
                    runner.sleep(command.seconds)
                    reply = None
                command = loop.send(reply)
            except StopIteration as stop:
                return stop.value

    async def _drive_async(
        self, runner: AsyncRunner, entry: _Open, window: float, cause: OrderStateUnknownError
    ) -> Found:
        loop = settling(self.ledger, self.adapter, entry, window, cause)
        command = next(loop)
        while True:
            try:
                if isinstance(command, Find):
                    try:
                        reply: Any = await runner.plan(self.adapter.candidates(command.sent))
                    except TradespecError as exc:
                        reply = exc
                else:
                    await runner.sleep(command.seconds)
                    reply = None
                command = loop.send(reply)
            except StopIteration as stop:
                return stop.value

    # ------------------------------------------------------------ after a restart

    def _window_left(self, intent: Intent) -> float:
        if self.window is None:
            return 0.0
        return max(0.0, self.window - (time.time() - intent.sent_at))

    def _cause(self, intent: Intent) -> OrderStateUnknownError:
        return OrderStateUnknownError(
            "the answer to this intent was lost (or its client stopped before it came); it was "
            "not sent again.",
            sent=intent.sent,
        )

    def settle_sync(self, runner: SyncRunner) -> list[Settled]:
        settled: list[Settled] = []
        for intent in self.ledger.unknown():
            entry = self.ledger.entry(intent)
            if entry is None:
                continue
            cause = self._cause(intent)
            try:
                found = self._drive_sync(runner, entry, self._window_left(intent), cause)
            except (OrderNotPlacedError, OrderStateUnknownError) as exc:
                settled.append(Settled(intent, exc))
            except TradespecError as exc:
                settled.append(Settled(intent, _still_unknown(cause, str(exc))))
            else:
                settled.append(Settled(intent, found))
        return settled

    async def settle_async(self, runner: AsyncRunner) -> list[Settled]:
        settled: list[Settled] = []
        for intent in self.ledger.unknown():
            entry = self.ledger.entry(intent)
            if entry is None:
                continue
            cause = self._cause(intent)
            try:
                found = await self._drive_async(runner, entry, self._window_left(intent), cause)
            except (OrderNotPlacedError, OrderStateUnknownError) as exc:
                settled.append(Settled(intent, exc))
            except TradespecError as exc:
                settled.append(Settled(intent, _still_unknown(cause, str(exc))))
            else:
                settled.append(Settled(intent, found))
        return settled
