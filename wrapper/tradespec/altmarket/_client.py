"""The AltMarket clients: :class:`AltMarket` and :class:`AsyncAltMarket`.

Both are thin: ``api`` is every generated operation, bound to the client's engine; the helpers
are plans (``_helpers``), written once, that the sync client runs with a
:class:`~tradespec._operations.SyncRunner` and the async one with an
:class:`~tradespec._operations.AsyncRunner`. Only the I/O differs.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from altmarket_client import models
from altmarket_client.api import Api, AsyncApi

from tradespec._base_client import (
    DEFAULT_TIMEOUT,
    AsyncClient,
    ClientOptions,
    SyncClient,
    check_base_url,
    check_http_client,
    check_max_response_bytes,
    check_rate_limit,
    check_retries,
    check_timeout,
    credential,
)
from tradespec._engine import Engine
from tradespec._enums import DriftMode, SideName
from tradespec._observe import RequestHook, ResponseHook
from tradespec._ratelimit import RateLimiter
from tradespec._raw import AsyncWithRawResponse, WithRawResponse, helper_options
from tradespec._retry import DEFAULT_MAX_RETRIES
from tradespec._settle import check_settle_unknown, ledger_for
from tradespec._transports.base import DEFAULT_MAX_RESPONSE_BYTES
from tradespec.altmarket._helpers import (
    DEFAULT_BASE_URL,
    DEFAULT_PER_PAGE,
    AltMarketHelpers,
    OrderTypeName,
    decode_json,
    describe_error,
)
from tradespec.altmarket._settling import AltMarketSettling
from tradespec.altmarket._signing import AltMarketSigner, Clock, encode_altmarket
from tradespec.altmarket._types import SentOrder, SentWithdrawal
from tradespec.errors import InvalidInputError

if TYPE_CHECKING:
    import httpx
    import httpx2
else:
    from tradespec._lazy import LazyModule

    # Imported only when a hint is resolved: httpx only for an http_client=, httpx2 optional.
    httpx = LazyModule("httpx")
    httpx2 = LazyModule("httpx2")

# The answers' models are named through their package (``models.Order``), which imports each on
# first use: typing.get_type_hints resolves them, and importing the client imports none.

__all__ = ["AltMarket", "AsyncAltMarket"]

Money = Decimal | int | str


class _AltMarketBase(ClientOptions[Any]):
    """Configuration shared by the two clients."""

    _drift_package: ClassVar[str] = "altmarket_client"
    _sent_types: ClassVar[tuple[type, ...]] = (SentOrder, SentWithdrawal)

    def _setup(
        self,
        *,
        api_key: str | None,
        api_secret: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        http_client: object,
        allow_insecure: bool,
        rate_limit: float | None,
        max_response_bytes: int,
        settle_unknown: float | None,
        journal: str | os.PathLike[str] | None,
        drift: object,
        on_request: object,
        on_response: object,
    ) -> None:
        """Make the client: every argument checked, both credentials required."""
        check_http_client(http_client, asynchronous=self._asynchronous)
        key = credential(api_key, "ALTMARKET_API_KEY", "api_key")
        secret = credential(api_secret, "ALTMARKET_API_SECRET", "api_secret")
        if key is None:
            raise InvalidInputError("api_key", "missing: pass api_key= or set ALTMARKET_API_KEY")
        if secret is None:
            raise InvalidInputError(
                "api_secret", "missing: pass api_secret= or set ALTMARKET_API_SECRET"
            )
        url = check_base_url(DEFAULT_BASE_URL if base_url is None else base_url, allow_insecure)
        clock = Clock()
        helpers = AltMarketHelpers(clock)
        engine = Engine(
            base_url=url,
            auth=AltMarketSigner(key, secret, clock),
            clock=clock,
            timeout=check_timeout(timeout),
            max_retries=check_retries(max_retries),
            describe_error=describe_error,
            secrets=(key, secret),
            encode=encode_altmarket,
            limiter=RateLimiter(check_rate_limit(rate_limit)),
            home=DEFAULT_BASE_URL,
            max_response_bytes=check_max_response_bytes(max_response_bytes),
        )
        window = check_settle_unknown(settle_unknown)
        adapter = AltMarketSettling(helpers)
        self._open(
            engine=engine,
            http_client=http_client,
            helpers=helpers,
            decode=decode_json,
            missing_credentials=None,  # both are required, checked above
            ledger=ledger_for(adapter, url, key, journal),
            adapter=adapter,
            settle_unknown=window,
            drift=drift,
            on_request=on_request,
            on_response=on_response,
        )

    @property
    def _helpers(self) -> AltMarketHelpers:
        return cast("AltMarketHelpers", self._state.helpers)

    @property
    def clock_offset(self) -> float:
        """Seconds the platform's clock is ahead of this machine's, as learned so far."""
        return self._helpers.clock.offset


class AltMarket(_AltMarketBase, SyncClient):
    """A client for the AltMarket Exchange API.

    >>> with AltMarket(api_key="...", api_secret="...") as exchange:  # doctest: +SKIP
    ...     order = exchange.limit_order("btc_usdt", "buy", "0.5", "30000.25")

    Credentials come from the arguments or from ``ALTMARKET_API_KEY`` and
    ``ALTMARKET_API_SECRET``. ``base_url`` is another deployment of the same platform (plain http
    only to a loopback address unless ``allow_insecure=True``); ``timeout`` applies to each
    attempt, from connecting to the answer's last byte (seconds or an ``httpx.Timeout``: its
    longest phase), and a call waits at most ``(max_retries + 1) * timeout`` plus the backoff
    it is allowed; ``max_retries`` bounds the retries of idempotent requests (see
    :meth:`with_options` for one call). ``max_response_bytes`` (64 MiB by default) caps what is
    read of an answer, counted after decompression: a larger one is a ``ResponseError``.
    ``rate_limit`` (requests per second, None for none) spaces this client's requests, and its
    ``with_options`` copies', across threads; either way a 429 pauses them all for its
    ``Retry-After``. ``http_client`` (an ``httpx.Client`` or an ``httpx2.Client``) is used
    instead of a client of tradespec's own, and is never closed by it. ``on_request`` and
    ``on_response`` are called with each attempt (a :class:`~tradespec.RequestEvent`,
    credentials redacted) and what it came to (a :class:`~tradespec.ResponseEvent`), retries
    included; ``with_options`` copies keep them. ``TRADESPEC_LOG=debug|info|warning``, read
    when a client is made, logs each attempt to stderr. ``drift`` says what to do with what
    answers carry that the spec does not know (a field, an enum value, a status...):
    ``"collect"`` (log each kind once on ``tradespec.drift`` and keep them for
    :meth:`drift_report`), ``"log"`` (only log) or ``"off"`` (check nothing).

    ``settle_unknown`` (seconds, off by default) settles an order or a withdrawal whose answer
    was lost: the client looks it up for that long after the loss, on top of the call's own
    timeout, and returns it, raises :class:`~tradespec.errors.OrderNotPlacedError` when the
    exchange showed none for the whole window, or raises
    :class:`~tradespec.errors.OrderStateUnknownError`; it never sends it again. ``journal``
    (a SQLite file path) writes each intent down before it is sent and its outcome when known,
    so that :meth:`unsettled` and :meth:`settle` resolve them after a crash.

    Every operation of the spec is on :attr:`api`; the methods below are helpers written on top
    of it, and return the same generated models.
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | httpx2.Client | None = None,
        allow_insecure: bool = False,
        rate_limit: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        settle_unknown: float | None = None,
        journal: str | os.PathLike[str] | None = None,
        drift: DriftMode = "collect",
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
    ) -> None:
        self._setup(
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            allow_insecure=allow_insecure,
            rate_limit=rate_limit,
            max_response_bytes=max_response_bytes,
            settle_unknown=settle_unknown,
            journal=journal,
            drift=drift,
            on_request=on_request,
            on_response=on_response,
        )

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        settle_unknown: float | None = None,
    ) -> Self:
        """A client like this one with other limits (None keeps this one's), e.g. for one call:
        ``exchange.with_options(max_retries=0).balances()``; ``settle_unknown`` (0: off) for how
        long an order of unknown fate is looked up. It shares this client's connections,
        credentials, caches, clock, rate limit and intents, and closing it closes nothing."""
        return self._with_limits(max_retries, timeout, settle_unknown)

    def _find(self, sent: SentOrder | SentWithdrawal) -> models.Order | models.Transfer | None:
        if isinstance(sent, SentOrder):
            return self.find_order(sent)
        return self.find_transfer(sent)

    @property
    def api(self) -> Api:
        """Every operation of the AltMarket spec, by tag: ``exchange.api.trading.create_order(
        body=...)``. Each is signed, retried as the spec's policy allows, answers with its
        generated model, and fails with a :mod:`tradespec.errors` error."""
        from altmarket_client.api import Api

        return Api(self._runner)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Send a signed request to an endpoint no spec knows yet; returns the decoded JSON.

        ``path`` is relative to ``base_url`` (``/api/assets-info``); ``params`` go in the query
        and ``json`` is the body of a POST, PUT or PATCH. Only GET and DELETE are retried.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`; :attr:`with_raw_response` answers the status and headers too.
        """
        return self._request(method, path, params, json, extra_headers, extra_query, timeout, False)

    @property
    def with_raw_response(self) -> WithRawResponse:
        """``exchange.with_raw_response.request(...)``: :meth:`request` answering a
        :class:`~tradespec.RawResponse` (status, headers, body bytes, and ``parse()``); the
        operations answer theirs at ``exchange.api.with_raw_response``."""
        return WithRawResponse(self._request)

    def assets(self, *, refresh: bool = False) -> list[models.Asset]:
        """Every asset listed, fetched once and cached (``refresh=True`` fetches again)."""
        return list(self._run(self._helpers.assets(refresh)))

    def markets(self, *, refresh: bool = False) -> Mapping[str, models.Market]:
        """Every market by instrument name, fetched once and cached (``refresh=True`` refetches).

        Each fetch also learns the platform's clock offset from ``serverTime``.
        """
        return self._run(self._helpers.markets(refresh))

    def balances(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Mapping[str, models.Balance]:
        """The account's balances, by asset.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return self._run(
            self._helpers.balances(),
            helper_options("balances", extra_headers, extra_query, timeout),
        )

    def create_order(
        self,
        instrument: str,
        side: SideName,
        amount: Money,
        *,
        order_type: OrderTypeName | models.OrderType,
        price: Money | None = None,
        stop_price: Money | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Place an order of exactly ``order_type``: ``"limit"`` (needs ``price``), ``"market"``
        (neither price), ``"stop_limit"`` (both) or ``"stop_market"`` (``stop_price``); a price
        missing or given where the type takes none is refused. Amount and prices are refused
        before sending if they have more decimals than the market's scales. Never retried once
        it may have left: if its fate is unknown,
        :class:`~tradespec.errors.OrderStateUnknownError` says so, and :meth:`find_order`
        looks it up.

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return self._run(
            self._helpers.create_order(instrument, side, amount, order_type, price, stop_price),
            helper_options("create_order", extra_headers, None, timeout),
        )

    def limit_order(
        self,
        instrument: str,
        side: SideName,
        amount: Money,
        price: Money,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Place a limit order (see :meth:`create_order`).

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return self.create_order(
            instrument,
            side,
            amount,
            order_type="limit",
            price=price,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def market_order(
        self,
        instrument: str,
        side: SideName,
        amount: Money,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Place a market order (see :meth:`create_order`).

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return self.create_order(
            instrument,
            side,
            amount,
            order_type="market",
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def stop_limit_order(
        self,
        instrument: str,
        side: SideName,
        amount: Money,
        price: Money,
        stop_price: Money,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Place a stop-limit order: a limit order at ``price`` once ``stop_price`` trades.

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return self.create_order(
            instrument,
            side,
            amount,
            order_type="stop_limit",
            price=price,
            stop_price=stop_price,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def stop_market_order(
        self,
        instrument: str,
        side: SideName,
        amount: Money,
        stop_price: Money,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Place a stop-market order: a market order once ``stop_price`` trades.

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return self.create_order(
            instrument,
            side,
            amount,
            order_type="stop_market",
            stop_price=stop_price,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    def cancel_order(
        self,
        order_id: str | int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Cancel one open order (retried when safe: cancelling twice changes nothing).

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return self._run(
            self._helpers.cancel_order(order_id),
            helper_options("cancel_order", extra_headers, extra_query, timeout),
        )

    def cancel_all_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> int:
        """Cancel every open order; returns how many were cancelled.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return self._run(
            self._helpers.cancel_all_orders(),
            helper_options("cancel_all_orders", extra_headers, extra_query, timeout),
        )

    def open_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[models.Order]:
        """Every order still working.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return self._run(
            self._helpers.open_orders(),
            helper_options("open_orders", extra_headers, extra_query, timeout),
        )

    def order_history(
        self,
        *,
        market: str | None = None,
        side: SideName | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        ascending: str | Sequence[str] | None = None,
        descending: str | Sequence[str] | None = None,
        hide_cancelled: bool = False,
        per_page: int = DEFAULT_PER_PAGE,
    ) -> Iterator[models.Order]:
        """Every order in the history, page after page as the iteration goes.

        Filters: ``market``, ``side``, ``start`` (at or after) and ``end`` (before; naive
        datetimes are UTC), sort fields ``ascending`` / ``descending``, ``hide_cancelled``.
        Arguments are checked now; pages are fetched lazily. Stops at the first short or empty
        page (``paging.total`` is not trusted) and never loops on a repeating server.
        """
        pager = self._helpers.order_pager(
            market, side, start, end, ascending, descending, hide_cancelled, per_page
        )
        return self._runner.iterate(pager)

    def trade_history(
        self,
        *,
        market: str | None = None,
        side: SideName | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        ascending: str | Sequence[str] | None = None,
        descending: str | Sequence[str] | None = None,
        per_page: int = DEFAULT_PER_PAGE,
    ) -> Iterator[models.Trade]:
        """Every fill of the account's orders, page after page (see :meth:`order_history`)."""
        pager = self._helpers.trade_pager(market, side, start, end, ascending, descending, per_page)
        return self._runner.iterate(pager)

    def deposit_address(
        self,
        asset: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.DepositAddress:
        """The address to deposit ``asset`` to (the same one each time).

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return self._run(
            self._helpers.deposit_address(asset),
            helper_options("deposit_address", extra_headers, None, timeout),
        )

    def withdraw(
        self,
        asset: str,
        amount: Money,
        address: str,
        transfer_id: str | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Transfer:
        """Withdraw ``amount`` of ``asset`` to ``address``.

        ``transfer_id`` is the idempotency key (a random one when None), so the request is
        retried safely; reuse it to make sure a withdrawal happens once. The amount is checked
        against the asset's scale before sending.

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return self._run(
            self._helpers.withdraw(asset, amount, address, transfer_id),
            helper_options("withdraw", extra_headers, None, timeout),
        )

    def transfers(
        self,
        count: int | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[models.Transfer]:
        """The most recent deposits and withdrawals, newest first (at most ``count``).

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return self._run(
            self._helpers.transfers(count),
            helper_options("transfers", extra_headers, extra_query, timeout),
        )

    def find_order(self, sent: SentOrder) -> models.Order | None:
        """The order ``sent`` became, if the exchange has it (for an
        :class:`~tradespec.errors.OrderStateUnknownError`'s ``sent``): matched among the open
        orders, then the recent history, on instrument, side, type, amount, prices and a
        creation time after the send. None when none matches."""
        return self._run(self._helpers.find_order(sent))

    def find_transfer(self, sent: SentWithdrawal) -> models.Transfer | None:
        """The transfer a withdrawal of unknown fate became, by its ``transfer_id``."""
        return self._run(self._helpers.find_transfer(sent))


class AsyncAltMarket(_AltMarketBase, AsyncClient):
    """The async twin of :class:`AltMarket`: the same methods, awaited.

    ``order_history`` and ``trade_history`` return async iterators (``async for``).
    ``http_client`` is an ``httpx.AsyncClient`` (or an ``httpx2.AsyncClient``); close with
    ``await aclose()`` or ``async with``. ``rate_limit`` spaces the requests of every task using
    the client; an ``on_request`` or ``on_response`` hook may be a coroutine function.
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | httpx2.AsyncClient | None = None,
        allow_insecure: bool = False,
        rate_limit: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        settle_unknown: float | None = None,
        journal: str | os.PathLike[str] | None = None,
        drift: DriftMode = "collect",
        on_request: RequestHook | None = None,
        on_response: ResponseHook | None = None,
    ) -> None:
        self._setup(
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            allow_insecure=allow_insecure,
            rate_limit=rate_limit,
            max_response_bytes=max_response_bytes,
            settle_unknown=settle_unknown,
            journal=journal,
            drift=drift,
            on_request=on_request,
            on_response=on_response,
        )

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        settle_unknown: float | None = None,
    ) -> Self:
        """A client like this one with other limits; see :meth:`AltMarket.with_options`."""
        return self._with_limits(max_retries, timeout, settle_unknown)

    async def _find(
        self, sent: SentOrder | SentWithdrawal
    ) -> models.Order | models.Transfer | None:
        if isinstance(sent, SentOrder):
            return await self.find_order(sent)
        return await self.find_transfer(sent)

    @property
    def api(self) -> AsyncApi:
        """Every operation of the AltMarket spec, by tag: ``exchange.api.trading.create_order(
        body=...)``. Each is signed, retried as the spec's policy allows, answers with its
        generated model, and fails with a :mod:`tradespec.errors` error."""
        from altmarket_client.api import AsyncApi

        return AsyncApi(self._runner)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Send a signed request to an endpoint no spec knows yet; returns the decoded JSON.

        ``path`` is relative to ``base_url`` (``/api/assets-info``); ``params`` go in the query
        and ``json`` is the body of a POST, PUT or PATCH. Only GET and DELETE are retried.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`; :attr:`with_raw_response` answers the status and headers too.
        """
        return await self._request(
            method, path, params, json, extra_headers, extra_query, timeout, False
        )

    @property
    def with_raw_response(self) -> AsyncWithRawResponse:
        """``exchange.with_raw_response.request(...)``: :meth:`request` answering a
        :class:`~tradespec.RawResponse` (status, headers, body bytes, and ``parse()``); the
        operations answer theirs at ``exchange.api.with_raw_response``."""
        return AsyncWithRawResponse(self._request)

    async def assets(self, *, refresh: bool = False) -> list[models.Asset]:
        """Every asset listed, fetched once and cached (``refresh=True`` fetches again)."""
        return list(await self._run(self._helpers.assets(refresh)))

    async def markets(self, *, refresh: bool = False) -> Mapping[str, models.Market]:
        """Every market by instrument name, fetched once and cached (``refresh=True`` refetches).

        Each fetch also learns the platform's clock offset from ``serverTime``.
        """
        return await self._run(self._helpers.markets(refresh))

    async def balances(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Mapping[str, models.Balance]:
        """The account's balances, by asset.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return await self._run(
            self._helpers.balances(),
            helper_options("balances", extra_headers, extra_query, timeout),
        )

    async def create_order(
        self,
        instrument: str,
        side: SideName,
        amount: Money,
        *,
        order_type: OrderTypeName | models.OrderType,
        price: Money | None = None,
        stop_price: Money | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Place an order of exactly ``order_type``: ``"limit"`` (needs ``price``), ``"market"``
        (neither price), ``"stop_limit"`` (both) or ``"stop_market"`` (``stop_price``); a price
        missing or given where the type takes none is refused. Amount and prices are refused
        before sending if they have more decimals than the market's scales. Never retried once
        it may have left: if its fate is unknown,
        :class:`~tradespec.errors.OrderStateUnknownError` says so, and :meth:`find_order`
        looks it up.

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return await self._run(
            self._helpers.create_order(instrument, side, amount, order_type, price, stop_price),
            helper_options("create_order", extra_headers, None, timeout),
        )

    async def limit_order(
        self,
        instrument: str,
        side: SideName,
        amount: Money,
        price: Money,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Place a limit order (see :meth:`create_order`).

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return await self.create_order(
            instrument,
            side,
            amount,
            order_type="limit",
            price=price,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def market_order(
        self,
        instrument: str,
        side: SideName,
        amount: Money,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Place a market order (see :meth:`create_order`).

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return await self.create_order(
            instrument,
            side,
            amount,
            order_type="market",
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def stop_limit_order(
        self,
        instrument: str,
        side: SideName,
        amount: Money,
        price: Money,
        stop_price: Money,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Place a stop-limit order: a limit order at ``price`` once ``stop_price`` trades.

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return await self.create_order(
            instrument,
            side,
            amount,
            order_type="stop_limit",
            price=price,
            stop_price=stop_price,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def stop_market_order(
        self,
        instrument: str,
        side: SideName,
        amount: Money,
        stop_price: Money,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Place a stop-market order: a market order once ``stop_price`` trades.

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return await self.create_order(
            instrument,
            side,
            amount,
            order_type="stop_market",
            stop_price=stop_price,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    async def cancel_order(
        self,
        order_id: str | int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Cancel one open order (retried when safe: cancelling twice changes nothing).

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return await self._run(
            self._helpers.cancel_order(order_id),
            helper_options("cancel_order", extra_headers, extra_query, timeout),
        )

    async def cancel_all_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> int:
        """Cancel every open order; returns how many were cancelled.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return await self._run(
            self._helpers.cancel_all_orders(),
            helper_options("cancel_all_orders", extra_headers, extra_query, timeout),
        )

    async def open_orders(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[models.Order]:
        """Every order still working.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return await self._run(
            self._helpers.open_orders(),
            helper_options("open_orders", extra_headers, extra_query, timeout),
        )

    def order_history(
        self,
        *,
        market: str | None = None,
        side: SideName | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        ascending: str | Sequence[str] | None = None,
        descending: str | Sequence[str] | None = None,
        hide_cancelled: bool = False,
        per_page: int = DEFAULT_PER_PAGE,
    ) -> AsyncIterator[models.Order]:
        """Every order in the history, page after page as the iteration goes.

        Filters: ``market``, ``side``, ``start`` (at or after) and ``end`` (before; naive
        datetimes are UTC), sort fields ``ascending`` / ``descending``, ``hide_cancelled``.
        Arguments are checked now; pages are fetched lazily. Stops at the first short or empty
        page (``paging.total`` is not trusted) and never loops on a repeating server.
        """
        pager = self._helpers.order_pager(
            market, side, start, end, ascending, descending, hide_cancelled, per_page
        )
        return self._runner.iterate(pager)

    def trade_history(
        self,
        *,
        market: str | None = None,
        side: SideName | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        ascending: str | Sequence[str] | None = None,
        descending: str | Sequence[str] | None = None,
        per_page: int = DEFAULT_PER_PAGE,
    ) -> AsyncIterator[models.Trade]:
        """Every fill of the account's orders, page after page (see :meth:`order_history`)."""
        pager = self._helpers.trade_pager(market, side, start, end, ascending, descending, per_page)
        return self._runner.iterate(pager)

    async def deposit_address(
        self,
        asset: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.DepositAddress:
        """The address to deposit ``asset`` to (the same one each time).

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return await self._run(
            self._helpers.deposit_address(asset),
            helper_options("deposit_address", extra_headers, None, timeout),
        )

    async def withdraw(
        self,
        asset: str,
        amount: Money,
        address: str,
        transfer_id: str | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Transfer:
        """Withdraw ``amount`` of ``asset`` to ``address``.

        ``transfer_id`` is the idempotency key (a random one when None), so the request is
        retried safely; reuse it to make sure a withdrawal happens once. The amount is checked
        against the asset's scale before sending.

        ``extra_headers`` and ``timeout`` are this call's own, as on every operation of
        :attr:`api` (its request is a POST, whose signature covers the body only: no
        ``extra_query``).
        """
        return await self._run(
            self._helpers.withdraw(asset, amount, address, transfer_id),
            helper_options("withdraw", extra_headers, None, timeout),
        )

    async def transfers(
        self,
        count: int | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[models.Transfer]:
        """The most recent deposits and withdrawals, newest first (at most ``count``).

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return await self._run(
            self._helpers.transfers(count),
            helper_options("transfers", extra_headers, extra_query, timeout),
        )

    async def find_order(self, sent: SentOrder) -> models.Order | None:
        """The order ``sent`` became, if the exchange has it (for an
        :class:`~tradespec.errors.OrderStateUnknownError`'s ``sent``): matched among the open
        orders, then the recent history, on instrument, side, type, amount, prices and a
        creation time after the send. None when none matches."""
        return await self._run(self._helpers.find_order(sent))

    async def find_transfer(self, sent: SentWithdrawal) -> models.Transfer | None:
        """The transfer a withdrawal of unknown fate became, by its ``transfer_id``."""
        return await self._run(self._helpers.find_transfer(sent))


# Shown as what users import (`<class 'tradespec.AltMarket'>`), as httpx does for its classes.
AltMarket.__module__ = AsyncAltMarket.__module__ = "tradespec"
