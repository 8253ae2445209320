"""The Hashgreen clients: :class:`Hashgreen` and :class:`AsyncHashgreen`.

Requests are described, answers read and markets resolved by one shared
:class:`~tradespec._hashgreen_core.HashgreenCore`; these classes only run them, sync or async.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, overload

import httpx

from tradespec._auth import BearerAuth
from tradespec._enums import HashgreenOrderStatus
from tradespec._hashgreen_core import (
    DEFAULT_BASE_URL,
    HashgreenCore,
    decode_envelope,
    describe_error,
)
from tradespec._hashgreen_results import (
    HashgreenMarket,
    HashgreenOrder,
    HashgreenTrade,
    MarketStatistics,
    OrderBook,
)
from tradespec._operations import AsyncRunner, SyncRunner, request_call
from tradespec._retry import DEFAULT_MAX_RETRIES
from tradespec._transport import (
    DEFAULT_TIMEOUT,
    AsyncTransport,
    ClientOptions,
    Engine,
    Plan,
    SyncTransport,
    _AsyncHttp,
    _SyncHttp,
    check_base_url,
    check_retries,
    check_timeout,
    credential,
    run_async,
    run_sync,
)
from tradespec.errors import InvalidInputError

if TYPE_CHECKING:
    from hashgreen_client.api import Api, AsyncApi

__all__ = ["AsyncHashgreen", "Hashgreen"]

R = TypeVar("R")


class _HashgreenBase:
    """Configuration shared by the two clients."""

    _core: HashgreenCore
    _engine: Engine

    def _configure(
        self,
        token: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        allow_insecure: bool,
    ) -> float | httpx.Timeout | None:
        secret = credential(token, "HASHGREEN_TOKEN", "token")
        url = check_base_url(DEFAULT_BASE_URL if base_url is None else base_url, allow_insecure)
        checked_timeout = check_timeout(timeout)
        self._core = HashgreenCore(has_token=secret is not None)
        self._engine = Engine(
            base_url=url,
            auth=None if secret is None else BearerAuth(secret),
            clock=None,
            timeout=checked_timeout,
            max_retries=check_retries(max_retries),
            describe_error=describe_error,
            secrets=() if secret is None else (secret,),
        )
        return checked_timeout

    @property
    def base_url(self) -> str:
        """The deployment this client talks to."""
        return self._engine.base_url

    @property
    def max_retries(self) -> int:
        """How many times a failed idempotent request is tried again."""
        return self._engine.max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._engine.base_url!r})"


class Hashgreen(_HashgreenBase, ClientOptions[SyncTransport]):
    """A client for the Hashgreen DEX Trading API.

    >>> with Hashgreen() as dex:  # doctest: +SKIP
    ...     book = dex.order_book("XCH-USDS")
    ...     print(book.best_bid, book.best_ask, book.spread)

    Public operations need no credentials; orders need the trader's bearer token, from ``token``
    or ``HASHGREEN_TOKEN``, sent only on those. A market is named by its code (``"XCH-USDS"``) or
    its id, resolved through the market list, fetched once and cached. ``base_url``,
    ``timeout``, ``max_retries``, ``http_client`` and ``allow_insecure`` are as for
    :class:`~tradespec.AltMarket`.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        allow_insecure: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise InvalidInputError("http_client", "expected an httpx.Client")
        checked_timeout = self._configure(token, base_url, timeout, max_retries, allow_insecure)
        self._transport = SyncTransport(self._engine, _SyncHttp(http_client, checked_timeout))
        self._closes = True

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> Self:
        """A client like this one with other limits (None keeps this one's), e.g. for one call:
        ``dex.with_options(max_retries=0).order_book("XCH-USDS")``. It shares this client's
        connections, token and caches, and closing it closes nothing."""
        return self._with_limits(max_retries, timeout)

    def close(self) -> None:
        """Close the connections this client opened (never an ``http_client`` it was given)."""
        if self._closes:
            self._transport.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def api(self) -> Api:
        """Every operation of the Hashgreen spec, by tag: ``dex.api.trades.get_order_book(
        market_id=...)``. Each answers with its generated model (the whole envelope), is retried
        as the spec's policy allows, and fails with a :mod:`tradespec.errors` error; the token
        goes only with the operations the spec secures."""
        from hashgreen_client.api import Api

        return Api(SyncRunner(self._transport, decode_envelope, self._core.has_token))

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
    ) -> Any:
        """Send a request to an endpoint no spec knows yet; returns the decoded JSON envelope.

        ``path`` is relative to ``base_url`` (``/markets``); the bearer token goes with it when
        the client has one. Only GET and DELETE are retried; an envelope whose ``code`` is an
        error raises, as for every operation.
        """
        return self._transport.execute(
            request_call(method, path, params, json, decode_envelope, private=True)
        )

    def _run(self, plan: Plan[R]) -> R:
        return run_sync(self._transport, plan)

    def markets(self, *, refresh: bool = False) -> list[HashgreenMarket]:
        """Every market, fetched once and cached (``refresh=True`` fetches again)."""
        return list(self._run(self._core.markets(refresh)))

    def market(self, code: str, *, refresh: bool = False) -> HashgreenMarket:
        """One market, by code (``"XCH-USDS"``) or id; from the cache unless ``refresh``."""
        return self._run(self._core.market(code, refresh))

    @overload
    def statistics(self, market: None = None) -> list[MarketStatistics]: ...
    @overload
    def statistics(self, market: str) -> MarketStatistics: ...
    def statistics(self, market: str | None = None) -> MarketStatistics | list[MarketStatistics]:
        """The last 24 hours of one market (by code or id), or of every market when None."""
        statistics: MarketStatistics | list[MarketStatistics]
        statistics = self._run(self._core.statistics(market))
        return statistics

    def order_book(self, market: str) -> OrderBook:
        """The order book of a market (by code or id), best prices first."""
        return self._run(self._core.order_book(market))

    def trades(self, market: str) -> list[HashgreenTrade]:
        """The recent trades of a market (by code or id), newest first."""
        return self._run(self._core.trades(market))

    def orders(
        self, market: str | None = None, status: HashgreenOrderStatus | str | int | None = None
    ) -> list[HashgreenOrder]:
        """The trader's orders, newest first; optionally of one market and in one status
        (a :class:`HashgreenOrderStatus`, its name, or its code 0 to 6)."""
        return self._run(self._core.orders(market, status))

    def create_order(self, offer: str | os.PathLike[str]) -> HashgreenOrder:
        """Post a Chia offer (its text, or the path of an offer file) as an order.

        The offer is checked first (bech32m checksum, ``offer`` prefix, compression version).
        Never sent twice: if its fate is unknown,
        :class:`~tradespec.errors.OrderStateUnknownError` says so and can look it up.
        """
        return self._run(self._core.create_order(offer))

    def cancel_order(self, order_id: str) -> HashgreenOrder:
        """Cancel one of the trader's orders (retried when safe: a repeat changes nothing)."""
        return self._run(self._core.cancel_order(order_id))


class AsyncHashgreen(_HashgreenBase, ClientOptions[AsyncTransport]):
    """The async twin of :class:`Hashgreen`: the same methods, awaited.

    ``http_client`` is an ``httpx.AsyncClient``; close with ``await aclose()`` or ``async with``.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure: bool = False,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise InvalidInputError("http_client", "expected an httpx.AsyncClient")
        checked_timeout = self._configure(token, base_url, timeout, max_retries, allow_insecure)
        self._transport = AsyncTransport(self._engine, _AsyncHttp(http_client, checked_timeout))
        self._closes = True

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> Self:
        """A client like this one with other limits; see :meth:`Hashgreen.with_options`."""
        return self._with_limits(max_retries, timeout)

    async def aclose(self) -> None:
        """Close the connections this client opened (never an ``http_client`` it was given)."""
        if self._closes:
            await self._transport.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @property
    def api(self) -> AsyncApi:
        """Every operation of the Hashgreen spec, by tag, awaitable; see :attr:`Hashgreen.api`."""
        from hashgreen_client.api import AsyncApi

        return AsyncApi(AsyncRunner(self._transport, decode_envelope, self._core.has_token))

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
    ) -> Any:
        """Send a request to any endpoint; see :meth:`Hashgreen.request`."""
        return await self._transport.execute(
            request_call(method, path, params, json, decode_envelope, private=True)
        )

    async def _run(self, plan: Plan[R]) -> R:
        return await run_async(self._transport, plan)

    async def markets(self, *, refresh: bool = False) -> list[HashgreenMarket]:
        """Every market, cached; see :meth:`Hashgreen.markets`."""
        return list(await self._run(self._core.markets(refresh)))

    async def market(self, code: str, *, refresh: bool = False) -> HashgreenMarket:
        """One market, by code or id; see :meth:`Hashgreen.market`."""
        return await self._run(self._core.market(code, refresh))

    @overload
    async def statistics(self, market: None = None) -> list[MarketStatistics]: ...
    @overload
    async def statistics(self, market: str) -> MarketStatistics: ...
    async def statistics(
        self, market: str | None = None
    ) -> MarketStatistics | list[MarketStatistics]:
        """The last 24 hours of one market, or of every market; see :meth:`Hashgreen.statistics`."""
        statistics: MarketStatistics | list[MarketStatistics]
        statistics = await self._run(self._core.statistics(market))
        return statistics

    async def order_book(self, market: str) -> OrderBook:
        """The order book of a market, best prices first."""
        return await self._run(self._core.order_book(market))

    async def trades(self, market: str) -> list[HashgreenTrade]:
        """The recent trades of a market, newest first."""
        return await self._run(self._core.trades(market))

    async def orders(
        self, market: str | None = None, status: HashgreenOrderStatus | str | int | None = None
    ) -> list[HashgreenOrder]:
        """The trader's orders, newest first; see :meth:`Hashgreen.orders`."""
        return await self._run(self._core.orders(market, status))

    async def create_order(self, offer: str | os.PathLike[str]) -> HashgreenOrder:
        """Post a Chia offer as an order; see :meth:`Hashgreen.create_order`."""
        return await self._run(self._core.create_order(offer))

    async def cancel_order(self, order_id: str) -> HashgreenOrder:
        """Cancel one of the trader's orders."""
        return await self._run(self._core.cancel_order(order_id))
