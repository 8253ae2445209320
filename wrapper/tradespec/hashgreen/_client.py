"""The Hashgreen clients: :class:`Hashgreen` and :class:`AsyncHashgreen`.

``api`` is every generated operation, bound to the client's engine; the helpers are plans
(``_helpers``), written once, that the sync client runs with a
:class:`~tradespec._operations.SyncRunner` and the async one with an
:class:`~tradespec._operations.AsyncRunner`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, cast, overload

from hashgreen_client import models
from hashgreen_client.api import Api, AsyncApi

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
from tradespec._enums import DriftMode
from tradespec._observe import RequestHook, ResponseHook
from tradespec._ratelimit import RateLimiter
from tradespec._raw import AsyncWithRawResponse, WithRawResponse, helper_options
from tradespec._retry import DEFAULT_MAX_RETRIES
from tradespec._settle import check_settle_unknown, ledger_for
from tradespec._transports.base import DEFAULT_MAX_RESPONSE_BYTES
from tradespec.errors import InvalidInputError
from tradespec.hashgreen._auth import BearerAuth
from tradespec.hashgreen._helpers import (
    DEFAULT_BASE_URL,
    HashgreenHelpers,
    decode_envelope,
    describe_error,
)
from tradespec.hashgreen._settling import HashgreenSettling
from tradespec.hashgreen._types import OrderBook, SentOffer

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

__all__ = ["AsyncHashgreen", "Hashgreen"]

Offer = str | os.PathLike[str]


def _missing_token(what: str) -> InvalidInputError:
    """The one message of a private operation or helper called without the trader's token."""
    return InvalidInputError(
        "token", f"{what} needs the trader's token: pass token= or set HASHGREEN_TOKEN"
    )


def encode_json(payload: object) -> bytes:
    """A request body as compact JSON, money as its exact decimal text (the generated
    ``write_json``, the one writer of request bodies)."""
    from hashgreen_client.types import write_json

    return write_json(payload)


class _HashgreenBase(ClientOptions[Any]):
    """Configuration shared by the two clients."""

    _drift_package: ClassVar[str] = "hashgreen_client"
    _sent_types: ClassVar[tuple[type, ...]] = (SentOffer,)

    def _setup(
        self,
        *,
        token: str | None,
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
        """Make the client: every argument checked, its one credentials check (``missing``)."""
        check_http_client(http_client, asynchronous=self._asynchronous)
        secret = credential(token, "HASHGREEN_TOKEN", "token")
        url = check_base_url(DEFAULT_BASE_URL if base_url is None else base_url, allow_insecure)
        missing = _missing_token if secret is None else None
        helpers = HashgreenHelpers(missing)
        engine = Engine(
            base_url=url,
            auth=None if secret is None else BearerAuth(secret),
            clock=None,
            timeout=check_timeout(timeout),
            max_retries=check_retries(max_retries),
            describe_error=describe_error,
            secrets=() if secret is None else (secret,),
            encode=encode_json,
            limiter=RateLimiter(check_rate_limit(rate_limit)),
            home=DEFAULT_BASE_URL,
            max_response_bytes=check_max_response_bytes(max_response_bytes),
        )
        window = check_settle_unknown(settle_unknown)
        adapter = HashgreenSettling(helpers)
        self._open(
            engine=engine,
            http_client=http_client,
            helpers=helpers,
            decode=decode_envelope,
            missing_credentials=missing,
            ledger=ledger_for(adapter, url, secret, journal),
            adapter=adapter,
            settle_unknown=window,
            drift=drift,
            on_request=on_request,
            on_response=on_response,
        )

    @property
    def _helpers(self) -> HashgreenHelpers:
        return cast("HashgreenHelpers", self._state.helpers)


class Hashgreen(_HashgreenBase, SyncClient):
    """A client for the Hashgreen DEX Trading API.

    >>> with Hashgreen() as dex:  # doctest: +SKIP
    ...     book = dex.order_book("XCH-USDS")
    ...     print(book.best_bid, book.best_ask, book.spread)

    Public operations need no credentials. The trader's bearer token (``token`` or
    ``HASHGREEN_TOKEN``, sent only on order operations) is what makes orders yours:
    :meth:`create_order` works without one (the order is booked and matched, but owned by no
    one), while :meth:`orders`, :meth:`cancel_order` and :meth:`find_order` need it. A market is
    named by its code (``"XCH-USDS"``) or its id, resolved through the market list, fetched once
    and cached. ``base_url``, ``timeout``, ``max_retries``, ``rate_limit``,
    ``max_response_bytes``, ``http_client``, ``allow_insecure``, ``settle_unknown``, ``journal``,
    ``drift``, ``on_request`` and ``on_response`` are as for :class:`~tradespec.AltMarket`. An
    offer of unknown fate is settled by its coins (the ``coin_ids`` the API reports for each
    order; the offer's are read with the ``chia`` extra); without a token nothing can be
    settled.

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
            token=token,
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
        ``dex.with_options(max_retries=0).order_book("XCH-USDS")``; ``settle_unknown`` (0: off)
        as for :meth:`AltMarket.with_options`. It shares this client's connections, token,
        caches, rate limit and intents, and closing it closes nothing."""
        return self._with_limits(max_retries, timeout, settle_unknown)

    def _find(self, sent: SentOffer) -> models.Order | None:
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> Any:
        """Send a request to an endpoint no spec knows yet; returns the decoded JSON envelope.

        ``path`` is relative to ``base_url`` (``/markets``); the bearer token goes with it when
        the client has one. Only GET and DELETE are retried; an envelope whose ``code`` is an
        error raises, as for every operation.

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

    def markets(self, *, refresh: bool = False) -> list[models.Market]:
        """Every market, fetched once and cached (``refresh=True`` fetches again)."""
        return list(self._run(self._helpers.markets(refresh)))

    def market(self, code: str, *, refresh: bool = False) -> models.Market:
        """One market, by code (``"XCH-USDS"``) or id; from the cache unless ``refresh``."""
        return self._run(self._helpers.market(code, refresh))

    @overload
    def statistics(
        self,
        market: None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[models.MarketStat]: ...
    @overload
    def statistics(
        self,
        market: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.MarketStat: ...
    def statistics(
        self,
        market: str | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.MarketStat | list[models.MarketStat]:
        """The last 24 hours of one market (by code or id), or of every market when None.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return self._run(
            self._helpers.statistics(market),
            helper_options("statistics", extra_headers, extra_query, timeout),
        )

    def order_book(
        self,
        market: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderBook:
        """The order book of a market (by code or id), best prices first.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return self._run(
            self._helpers.order_book(market),
            helper_options("order_book", extra_headers, extra_query, timeout),
        )

    def trades(
        self,
        market: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[models.Trade]:
        """The recent trades of a market (by code or id), newest first.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return self._run(
            self._helpers.trades(market),
            helper_options("trades", extra_headers, extra_query, timeout),
        )

    def orders(
        self,
        market: str | None = None,
        status: models.OrderStatus | str | int | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[models.Order]:
        """The trader's orders, newest first; optionally of one market and in one status
        (an :class:`~tradespec.hashgreen.OrderStatus`, its name, or its code 0 to 6).

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return self._run(
            self._helpers.orders(market, status),
            helper_options("orders", extra_headers, extra_query, timeout),
        )

    def create_order(
        self,
        offer: Offer,
        *,
        market: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Post a Chia offer (its text as a ``str``, or a ``pathlib.Path`` to an offer file:
        a regular file of at most ``MAX_OFFER_LENGTH`` bytes; a ``str`` is never a file name)
        as an order.

        The offer is checked first (bech32m checksum, ``offer`` prefix, compression version;
        with the ``chia`` extra, what it offers and requests). With ``market`` (a code or an
        id), an offer that does not trade that market's pair, or whose price does not fit its
        precision, is refused before sending. Never sent twice: if its fate is unknown,
        :class:`~tradespec.errors.OrderStateUnknownError` says so, and :meth:`find_order`
        looks it up.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return self._run(
            self._helpers.create_order(offer, market),
            helper_options("create_order", extra_headers, extra_query, timeout),
        )

    def cancel_order(
        self,
        order_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Cancel one of the trader's orders (retried when safe: a repeat changes nothing).

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return self._run(
            self._helpers.cancel_order(order_id),
            helper_options("cancel_order", extra_headers, extra_query, timeout),
        )

    def find_order(self, sent: SentOffer) -> models.Order | None:
        """The order an offer of unknown fate became, or None: the order holding the offer's
        coins (with the ``chia`` extra, which reads them from the offer), else the newest order
        created since shortly before it was sent (the API does not echo offers)."""
        return self._run(self._helpers.find_order(sent))


class AsyncHashgreen(_HashgreenBase, AsyncClient):
    """The async twin of :class:`Hashgreen`: the same methods, awaited.

    ``http_client`` is an ``httpx.AsyncClient`` (or an ``httpx2.AsyncClient``); close with
    ``await aclose()`` or ``async with``.
    """

    def __init__(
        self,
        token: str | None = None,
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
            token=token,
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
        """A client like this one with other limits; see :meth:`Hashgreen.with_options`."""
        return self._with_limits(max_retries, timeout, settle_unknown)

    async def _find(self, sent: SentOffer) -> models.Order | None:
        return await self.find_order(sent)

    @property
    def api(self) -> AsyncApi:
        """Every operation of the Hashgreen spec, by tag: ``dex.api.trades.get_order_book(
        market_id=...)``. Each answers with its generated model (the whole envelope), is retried
        as the spec's policy allows, and fails with a :mod:`tradespec.errors` error; the token
        goes only with the operations the spec secures."""
        from hashgreen_client.api import AsyncApi

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
        """Send a request to an endpoint no spec knows yet; returns the decoded JSON envelope.

        ``path`` is relative to ``base_url`` (``/markets``); the bearer token goes with it when
        the client has one. Only GET and DELETE are retried; an envelope whose ``code`` is an
        error raises, as for every operation.

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

    async def markets(self, *, refresh: bool = False) -> list[models.Market]:
        """Every market, fetched once and cached (``refresh=True`` fetches again)."""
        return list(await self._run(self._helpers.markets(refresh)))

    async def market(self, code: str, *, refresh: bool = False) -> models.Market:
        """One market, by code (``"XCH-USDS"``) or id; from the cache unless ``refresh``."""
        return await self._run(self._helpers.market(code, refresh))

    @overload
    async def statistics(
        self,
        market: None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[models.MarketStat]: ...
    @overload
    async def statistics(
        self,
        market: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.MarketStat: ...
    async def statistics(
        self,
        market: str | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.MarketStat | list[models.MarketStat]:
        """The last 24 hours of one market (by code or id), or of every market when None.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return await self._run(
            self._helpers.statistics(market),
            helper_options("statistics", extra_headers, extra_query, timeout),
        )

    async def order_book(
        self,
        market: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> OrderBook:
        """The order book of a market (by code or id), best prices first.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return await self._run(
            self._helpers.order_book(market),
            helper_options("order_book", extra_headers, extra_query, timeout),
        )

    async def trades(
        self,
        market: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[models.Trade]:
        """The recent trades of a market (by code or id), newest first.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return await self._run(
            self._helpers.trades(market),
            helper_options("trades", extra_headers, extra_query, timeout),
        )

    async def orders(
        self,
        market: str | None = None,
        status: models.OrderStatus | str | int | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> list[models.Order]:
        """The trader's orders, newest first; optionally of one market and in one status
        (an :class:`~tradespec.hashgreen.OrderStatus`, its name, or its code 0 to 6).

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return await self._run(
            self._helpers.orders(market, status),
            helper_options("orders", extra_headers, extra_query, timeout),
        )

    async def create_order(
        self,
        offer: Offer,
        *,
        market: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Post a Chia offer (its text as a ``str``, or a ``pathlib.Path`` to an offer file:
        a regular file of at most ``MAX_OFFER_LENGTH`` bytes; a ``str`` is never a file name)
        as an order.

        The offer is checked first (bech32m checksum, ``offer`` prefix, compression version;
        with the ``chia`` extra, what it offers and requests). With ``market`` (a code or an
        id), an offer that does not trade that market's pair, or whose price does not fit its
        precision, is refused before sending. Never sent twice: if its fate is unknown,
        :class:`~tradespec.errors.OrderStateUnknownError` says so, and :meth:`find_order`
        looks it up.

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return await self._run(
            self._helpers.create_order(offer, market),
            helper_options("create_order", extra_headers, extra_query, timeout),
        )

    async def cancel_order(
        self,
        order_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> models.Order:
        """Cancel one of the trader's orders (retried when safe: a repeat changes nothing).

        ``extra_headers``, ``extra_query`` and ``timeout`` are this call's own, as on every
        operation of :attr:`api`.
        """
        return await self._run(
            self._helpers.cancel_order(order_id),
            helper_options("cancel_order", extra_headers, extra_query, timeout),
        )

    async def find_order(self, sent: SentOffer) -> models.Order | None:
        """The order an offer of unknown fate became, or None: the order holding the offer's
        coins (with the ``chia`` extra, which reads them from the offer), else the newest order
        created since shortly before it was sent (the API does not echo offers)."""
        return await self._run(self._helpers.find_order(sent))


# Shown as what users import (`<class 'tradespec.Hashgreen'>`), as httpx does for its classes.
Hashgreen.__module__ = AsyncHashgreen.__module__ = "tradespec"
