"""The Hashgreen clients: :class:`Hashgreen` and :class:`AsyncHashgreen`.

``api`` is every generated operation, bound to the client's engine; the helpers are plans
(``_helpers``), written once, that the sync client runs with a
:class:`~tradespec._operations.SyncRunner` and the async one with an
:class:`~tradespec._operations.AsyncRunner`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, overload

import httpx

from tradespec._auth import BearerAuth
from tradespec._config import (
    DEFAULT_TIMEOUT,
    AsyncClient,
    SyncClient,
    check_base_url,
    check_max_response_bytes,
    check_rate_limit,
    check_retries,
    check_timeout,
    credential,
)
from tradespec._engine import Engine
from tradespec._operations import Decode, request_call
from tradespec._ratelimit import RateLimiter
from tradespec._retry import DEFAULT_MAX_RETRIES
from tradespec._transport import AsyncHttp, AsyncTransport, SyncHttp, SyncTransport
from tradespec._transports.base import DEFAULT_MAX_RESPONSE_BYTES
from tradespec.errors import InvalidInputError
from tradespec.hashgreen._helpers import (
    DEFAULT_BASE_URL,
    HashgreenHelpers,
    decode_envelope,
    describe_error,
)
from tradespec.hashgreen._types import OrderBook, SentOffer

if TYPE_CHECKING:
    from hashgreen_client.api import Api, AsyncApi
    from hashgreen_client.models.market import Market
    from hashgreen_client.models.market_stat import MarketStat
    from hashgreen_client.models.order import Order
    from hashgreen_client.models.order_status import OrderStatus
    from hashgreen_client.models.trade import Trade

__all__ = ["AsyncHashgreen", "Hashgreen"]

Offer = str | os.PathLike[str]


class _HashgreenBase:
    """Configuration shared by the two clients."""

    _helpers: HashgreenHelpers
    _engine: Engine
    _decode: Decode
    _has_credentials: bool
    _closes: bool
    _sent_types: ClassVar[tuple[type, ...]] = (SentOffer,)

    def _configure(
        self,
        token: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        allow_insecure: bool,
        rate_limit: float | None,
        max_response_bytes: int,
    ) -> None:
        secret = credential(token, "HASHGREEN_TOKEN", "token")
        url = check_base_url(DEFAULT_BASE_URL if base_url is None else base_url, allow_insecure)
        self._helpers = HashgreenHelpers(has_token=secret is not None)
        self._engine = Engine(
            base_url=url,
            auth=None if secret is None else BearerAuth(secret),
            clock=None,
            timeout=check_timeout(timeout),
            max_retries=check_retries(max_retries),
            describe_error=describe_error,
            secrets=() if secret is None else (secret,),
            limiter=RateLimiter(check_rate_limit(rate_limit)),
            max_response_bytes=check_max_response_bytes(max_response_bytes),
        )
        self._decode = decode_envelope
        self._has_credentials = secret is not None
        self._closes = True


class Hashgreen(_HashgreenBase, SyncClient):
    """A client for the Hashgreen DEX Trading API.

    >>> with Hashgreen() as dex:  # doctest: +SKIP
    ...     book = dex.order_book("XCH-USDS")
    ...     print(book.best_bid, book.best_ask, book.spread)

    Public operations need no credentials; orders need the trader's bearer token, from ``token``
    or ``HASHGREEN_TOKEN``, sent only on those. A market is named by its code (``"XCH-USDS"``) or
    its id, resolved through the market list, fetched once and cached. ``base_url``,
    ``timeout``, ``max_retries``, ``rate_limit``, ``max_response_bytes``, ``http_client`` and
    ``allow_insecure`` are as
    for :class:`~tradespec.AltMarket`.

    Every operation of the spec is on :attr:`api`; the methods below are helpers written on top
    of it, and return the generated models in each answer's ``data``.
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
        rate_limit: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise InvalidInputError("http_client", "expected an httpx.Client")
        self._configure(
            token, base_url, timeout, max_retries, allow_insecure, rate_limit, max_response_bytes
        )
        self._transport = SyncTransport(self._engine, SyncHttp(http_client))

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> Self:
        """A client like this one with other limits (None keeps this one's), e.g. for one call:
        ``dex.with_options(max_retries=0).order_book("XCH-USDS")``. It shares this client's
        connections, token, caches and rate limit, and closing it closes nothing."""
        return self._with_limits(max_retries, timeout)

    def _find(self, sent: SentOffer) -> Order | None:
        return self.find_order(sent)

    @property
    def api(self) -> Api:
        """Every operation of the Hashgreen spec, by tag: ``dex.api.trades.get_order_book(
        market_id=...)``. Each answers with its generated model (the whole envelope), is retried
        as the spec's policy allows, and fails with a :mod:`tradespec.errors` error; the token
        goes only with the operations the spec secures."""
        from hashgreen_client.api import Api

        return Api(self._runner)

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
        call = request_call(method, path, params, json, decode_envelope, private=True)
        return self._transport.execute(call)

    def markets(self, *, refresh: bool = False) -> list[Market]:
        """Every market, fetched once and cached (``refresh=True`` fetches again)."""
        return list(self._run(self._helpers.markets(refresh)))

    def market(self, code: str, *, refresh: bool = False) -> Market:
        """One market, by code (``"XCH-USDS"``) or id; from the cache unless ``refresh``."""
        return self._run(self._helpers.market(code, refresh))

    @overload
    def statistics(self, market: None = None) -> list[MarketStat]: ...
    @overload
    def statistics(self, market: str) -> MarketStat: ...
    def statistics(self, market: str | None = None) -> MarketStat | list[MarketStat]:
        """The last 24 hours of one market (by code or id), or of every market when None."""
        return self._run(self._helpers.statistics(market))

    def order_book(self, market: str) -> OrderBook:
        """The order book of a market (by code or id), best prices first."""
        return self._run(self._helpers.order_book(market))

    def trades(self, market: str) -> list[Trade]:
        """The recent trades of a market (by code or id), newest first."""
        return self._run(self._helpers.trades(market))

    def orders(
        self, market: str | None = None, status: OrderStatus | str | int | None = None
    ) -> list[Order]:
        """The trader's orders, newest first; optionally of one market and in one status
        (an :class:`~tradespec.hashgreen.OrderStatus`, its name, or its code 0 to 6)."""
        return self._run(self._helpers.orders(market, status))

    def create_order(self, offer: Offer, *, market: str | None = None) -> Order:
        """Post a Chia offer (its text as a ``str``, or a ``pathlib.Path`` to an offer file:
        a regular file of at most ``MAX_OFFER_LENGTH`` bytes; a ``str`` is never a file name)
        as an order.

        The offer is checked first (bech32m checksum, ``offer`` prefix, compression version;
        with the ``chia`` extra, what it offers and requests). With ``market`` (a code or an
        id), an offer that does not trade that market's pair, or whose price does not fit its
        precision, is refused before sending. Never sent twice: if its fate is unknown,
        :class:`~tradespec.errors.OrderStateUnknownError` says so, and :meth:`find_order`
        looks it up.
        """
        return self._run(self._helpers.create_order(offer, market))

    def cancel_order(self, order_id: str) -> Order:
        """Cancel one of the trader's orders (retried when safe: a repeat changes nothing)."""
        return self._run(self._helpers.cancel_order(order_id))

    def find_order(self, sent: SentOffer) -> Order | None:
        """The order an offer of unknown fate became: the newest order created since shortly
        before it was sent (the API does not echo offers), or None."""
        return self._run(self._helpers.find_order(sent))


class AsyncHashgreen(_HashgreenBase, AsyncClient):
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
        rate_limit: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise InvalidInputError("http_client", "expected an httpx.AsyncClient")
        self._configure(
            token, base_url, timeout, max_retries, allow_insecure, rate_limit, max_response_bytes
        )
        self._transport = AsyncTransport(self._engine, AsyncHttp(http_client))

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> Self:
        """A client like this one with other limits; see :meth:`Hashgreen.with_options`."""
        return self._with_limits(max_retries, timeout)

    async def _find(self, sent: SentOffer) -> Order | None:
        return await self.find_order(sent)

    @property
    def api(self) -> AsyncApi:
        """Every operation of the Hashgreen spec, by tag, awaitable; see :attr:`Hashgreen.api`."""
        from hashgreen_client.api import AsyncApi

        return AsyncApi(self._runner)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
    ) -> Any:
        """Send a request to any endpoint; see :meth:`Hashgreen.request`."""
        call = request_call(method, path, params, json, decode_envelope, private=True)
        return await self._transport.execute(call)

    async def markets(self, *, refresh: bool = False) -> list[Market]:
        """Every market, cached; see :meth:`Hashgreen.markets`."""
        return list(await self._run(self._helpers.markets(refresh)))

    async def market(self, code: str, *, refresh: bool = False) -> Market:
        """One market, by code or id; see :meth:`Hashgreen.market`."""
        return await self._run(self._helpers.market(code, refresh))

    @overload
    async def statistics(self, market: None = None) -> list[MarketStat]: ...
    @overload
    async def statistics(self, market: str) -> MarketStat: ...
    async def statistics(self, market: str | None = None) -> MarketStat | list[MarketStat]:
        """The last 24 hours of one market, or of every market when None."""
        return await self._run(self._helpers.statistics(market))

    async def order_book(self, market: str) -> OrderBook:
        """The order book of a market (by code or id)."""
        return await self._run(self._helpers.order_book(market))

    async def trades(self, market: str) -> list[Trade]:
        """The recent trades of a market (by code or id)."""
        return await self._run(self._helpers.trades(market))

    async def orders(
        self, market: str | None = None, status: OrderStatus | str | int | None = None
    ) -> list[Order]:
        """The trader's orders; see :meth:`Hashgreen.orders`."""
        return await self._run(self._helpers.orders(market, status))

    async def create_order(self, offer: Offer, *, market: str | None = None) -> Order:
        """Post a Chia offer as an order; see :meth:`Hashgreen.create_order`."""
        return await self._run(self._helpers.create_order(offer, market))

    async def cancel_order(self, order_id: str) -> Order:
        """Cancel one of the trader's orders."""
        return await self._run(self._helpers.cancel_order(order_id))

    async def find_order(self, sent: SentOffer) -> Order | None:
        """The order an offer of unknown fate became; see :meth:`Hashgreen.find_order`."""
        return await self._run(self._helpers.find_order(sent))


# Shown as what users import (`<class 'tradespec.Hashgreen'>`), as httpx does for its classes.
Hashgreen.__module__ = AsyncHashgreen.__module__ = "tradespec"
