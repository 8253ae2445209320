"""AltMarket's helpers, written once for both clients as plans over the generated operations.

Each helper checks its arguments before anything is sent, then yields the generated operations
(``altmarket_client.api.OPERATIONS``) it needs and returns what they answered: the generated
models themselves, which carry every field the spec declares.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Hashable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from altmarket_client.api import OPERATIONS as OPS
from altmarket_client.models.order_side import OrderSide
from altmarket_client.models.order_type import OrderType

from tradespec import _json
from tradespec._arguments import (
    flag,
    order_id_argument,
    positive_int,
    printable,
    side_argument,
    symbol,
)
from tradespec._cache import Cache
from tradespec._enums import SideName
from tradespec._money import money_argument, require_places, written
from tradespec._operations import Plan, Step, Then, cached, one, send, then
from tradespec._pagination import Page, Pager
from tradespec._shapes import json_object
from tradespec._typed import Flavor, register
from tradespec.altmarket._signing import Clock, ticks_to_unix
from tradespec.altmarket._types import SentOrder, SentWithdrawal
from tradespec.errors import InvalidInputError, OrderStateUnknownError, ResponseError

if TYPE_CHECKING:
    from altmarket_client.models.asset import Asset
    from altmarket_client.models.asset_list import AssetList
    from altmarket_client.models.balance import Balance
    from altmarket_client.models.count_response import CountResponse
    from altmarket_client.models.deposit_address import DepositAddress
    from altmarket_client.models.market import Market
    from altmarket_client.models.markets_info import MarketsInfo
    from altmarket_client.models.order import Order
    from altmarket_client.models.order_page import OrderPage
    from altmarket_client.models.order_response import OrderResponse
    from altmarket_client.models.paging import Paging
    from altmarket_client.models.trade import Trade
    from altmarket_client.models.trade_page import TradePage
    from altmarket_client.models.transfer import Transfer

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_PER_PAGE",
    "AltMarketHelpers",
    "OrderTypeName",
    "SideName",
    "decode_json",
    "describe_error",
]

DEFAULT_BASE_URL = "https://exchange.alt.market"
DEFAULT_PER_PAGE = 100
MAX_PER_PAGE = 1000
_INT32_MAX = 2**31 - 1  # query parameters declared int32
R = TypeVar("R")
logger = logging.getLogger("tradespec")
# How far back (on the platform's clock) a looked-up order may have been created before the send.
_CLOCK_TOLERANCE = timedelta(seconds=120)

OrderTypeName = Literal["limit", "market", "stop_limit", "stop_market"]
"""An order type as text; :class:`~tradespec.altmarket.OrderType` members are accepted too."""

# What each kind of order needs: (a price, a stop price).
_NEEDS = {
    OrderType.LIMIT: (True, False),
    OrderType.MARKET: (False, False),
    OrderType.STOP_LIMIT: (True, True),
    OrderType.STOP_MARKET: (False, True),
}


# --------------------------------------------------------------------------- answers


def decode_json(body: bytes) -> Any:
    """A success answer's JSON, from its body bytes; a number with a fraction or an exponent is a
    ``Decimal`` of its text, as written.

    Every such number AltMarket sends is money, which the generated models keep as ``Decimal``
    and take as it is; read as a float, each would cost a ``repr`` and a ``Decimal`` of that
    (10,000 orders: 60,000 of them, a third of their reading). The value is the one a float
    would give whenever the text is a double's shortest form, as the platform writes numbers;
    trailing zeros are kept (``1.50`` is ``Decimal("1.50")``, equal to ``Decimal("1.5")``).
    A number beyond ``Decimal``'s range stays text, which the models refuse naming the field;
    nesting deeper than ``tradespec._json.MAX_DEPTH`` is a ``ValueError`` before decoding.
    """
    return _json.loads(body, decimals=True)


register(decode_json, Flavor(decimals=True))


def describe_error(body: object) -> tuple[str | int | None, str | None]:
    """The code and message of AltMarket's ``{"errors": [{"code", "message"}]}``."""
    envelope = json_object(body)
    if envelope is None:
        return None, None
    from altmarket_client.models.error_response import ErrorResponse

    parsed = ErrorResponse.from_dict(envelope)
    codes = [e.code for e in parsed.errors or [] if isinstance(e.code, str) and e.code]
    messages = [e.message for e in parsed.errors or [] if isinstance(e.message, str) and e.message]
    if not codes and not messages:
        message = envelope.get("message") or envelope.get("title")
        return None, message if isinstance(message, str) else None
    return (codes[0] if codes else None), ("; ".join(messages) or None)


# The clock is learned only from a serverTime in this range (2000-01-01 to 2200-01-01 UTC): a
# documentation placeholder (0) or a hostile value (10**30 ticks) must not move it.
_SANE_UNIX = (946_684_800.0, 7_258_118_400.0)


def server_unix(server_time: object) -> float | None:
    """``serverTime`` as Unix seconds: .NET ticks on the live platform (Unix ms or s accepted);
    None for anything else, or a time outside 2000 to 2200."""
    if isinstance(server_time, bool) or not isinstance(server_time, int | float):
        return None
    if isinstance(server_time, float) and not math.isfinite(server_time):
        return None
    if server_time > 1e17:
        unix = ticks_to_unix(int(server_time))
    elif server_time > 1e11:
        unix = server_time / 1000
    else:
        unix = float(server_time)
    low, high = _SANE_UNIX
    return unix if low <= unix < high else None


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _order_page(page: OrderPage) -> Page[Order]:
    return _page(page.data, [order.order_id for order in page.data], page.paging)


def _trade_page(page: TradePage) -> Page[Trade]:
    return _page(page.data, [trade.trade_seq for trade in page.data], page.paging)


def _page(rows: list[R], keys: list[Hashable], paging: Paging | None) -> Page[R]:
    return Page(
        rows=rows,
        keys=keys,
        per_page=None if paging is None else paging.per_page,
        total=None if paging is None else paging.total,
    )


def _by_asset(rows: list[Balance]) -> Mapping[str, Balance]:
    return MappingProxyType({balance.asset: balance for balance in rows})


def _order_of(answer: OrderResponse) -> Order:
    return answer.order


def _data_of(answer: CountResponse) -> int:
    return answer.data


def _side_of(order: Order) -> str:
    """An order's side as ``buy`` or ``sell``: ``side`` when the answer has a known one, else
    ``type`` (the side as sent, which every answer carries)."""
    if order.side is not None and not order.side.is_unknown:
        return str(order.side)
    return order.type_.strip().lower()


# --------------------------------------------------------------------------- arguments


def instrument_argument(value: object, argument: str = "instrument") -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(
            argument, f"expected a market name such as 'btc_usdt', got {value!r}"
        )
    return symbol(value, argument)


def order_type_argument(value: object) -> OrderType:
    """``value`` (``"limit"``, ``OrderType.LIMIT``, ``"StopLimit"``...) as an :class:`OrderType`."""
    if isinstance(value, str):
        member = OrderType(value)
        if not member.is_unknown:
            return member
    choices = ", ".join(repr(str(member)) for member in OrderType)
    raise InvalidInputError("order_type", f"expected one of {choices}, got {value!r}")


def _moment(value: object, argument: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise InvalidInputError(argument, f"expected a datetime, got {type(value).__name__}")
    return _utc(value)  # naive datetimes are read as UTC, the platform's zone


def _fields(value: object, argument: str) -> list[str] | None:
    if value is None:
        return None
    names: object = [value] if isinstance(value, str) else value
    if not isinstance(names, Sequence) or not names:
        raise InvalidInputError(argument, f"expected a field name or a list of them, got {value!r}")
    items = cast("Sequence[object]", names)
    out: list[str] = []
    for name in items:
        if not isinstance(name, str) or not name.strip():
            raise InvalidInputError(argument, f"expected field names, got {name!r}")
        out.append(name.strip())
    return out


def _side_filter(value: object) -> OrderSide | None:
    if value is None:
        return None
    return OrderSide.BUY if side_argument(value, "side") == "buy" else OrderSide.SELL


def _history_filters(
    market: object, side: object, start: object, end: object, ascending: object, descending: object
) -> dict[str, Any]:
    return {
        "market": None if market is None else instrument_argument(market, "market"),
        "side": _side_filter(side),
        "start_date": _moment(start, "start"),
        "end_date": _moment(end, "end"),
        "asc_order": _fields(ascending, "ascending"),
        "desc_order": _fields(descending, "descending"),
    }


# --------------------------------------------------------------------------- the helpers


class AltMarketHelpers:
    """What AltMarket's two clients share: argument checks, caches and plans."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.markets_cache: Cache[Mapping[str, Market]] = Cache()
        self.assets_cache: Cache[tuple[Asset, ...]] = Cache()
        self.warned_server_time = False

    def _sent_at(self) -> datetime:
        return datetime.fromtimestamp(self.clock.now(), UTC)

    # ------------------------------------------------------------ reads

    def markets(self, refresh: object = False) -> Plan[Mapping[str, Market]]:
        fetch_again = flag(refresh, "refresh")
        clock = self.clock

        def convert(info: MarketsInfo) -> Mapping[str, Market]:
            server = server_unix(info.server_time)
            if server is not None:
                clock.learn(server, time.time())
            elif info.server_time and not self.warned_server_time:
                # Once per client: a server that sends garbage sends it on every fetch.
                self.warned_server_time = True
                logger.warning(
                    "serverTime %.40r is not a time between 2000 and 2200: the clock offset "
                    "is not learned from it",
                    info.server_time,
                )
            return MappingProxyType(dict(info.pairs.additional_properties))

        operation = OPS.markets.get_markets()
        return (yield from cached(self.markets_cache, operation, convert, fetch_again))

    def assets(self, refresh: object = False) -> Plan[tuple[Asset, ...]]:
        fetch_again = flag(refresh, "refresh")

        def convert(answer: AssetList) -> tuple[Asset, ...]:
            return tuple(answer.data)

        operation = OPS.assets.list_assets()
        return (yield from cached(self.assets_cache, operation, convert, fetch_again))

    def balances(self) -> Then[Mapping[str, Balance]]:
        return then("balances", OPS.wallet.get_balances(), _by_asset)

    def open_orders(self) -> Then[list[Order]]:
        return one("open_orders", OPS.trading.list_open_orders())

    def deposit_address(self, asset: object) -> Then[DepositAddress]:
        from altmarket_client.models.deposit_address_request import DepositAddressRequest

        body = DepositAddressRequest(asset_id=symbol(asset, "asset"))
        return one("deposit_address", OPS.wallet.get_deposit_address(body=body))

    def transfers(self, count: object) -> Then[list[Transfer]]:
        checked = None if count is None else positive_int(count, "count", _INT32_MAX)
        return one("transfers", OPS.wallet.list_transfers(count=checked))

    def order_pager(
        self,
        market: object,
        side: object,
        start: object,
        end: object,
        ascending: object,
        descending: object,
        hide_cancelled: object,
        per_page: object,
    ) -> Pager[Order]:
        flag(hide_cancelled, "hide_cancelled")
        filters = _history_filters(market, side, start, end, ascending, descending)
        size = positive_int(per_page, "per_page", MAX_PER_PAGE)
        hide = True if hide_cancelled else None

        def step_for_page(page: int) -> Step[OrderPage]:
            return Step(
                OPS.history.get_order_history(
                    page=page, per_page=size, is_hide_canceled=hide, **filters
                )
            )

        return Pager(step_for_page, _order_page, size)

    def trade_pager(
        self,
        market: object,
        side: object,
        start: object,
        end: object,
        ascending: object,
        descending: object,
        per_page: object,
    ) -> Pager[Trade]:
        filters = _history_filters(market, side, start, end, ascending, descending)
        size = positive_int(per_page, "per_page", MAX_PER_PAGE)

        def step_for_page(page: int) -> Step[TradePage]:
            return Step(OPS.history.get_trade_history(page=page, per_page=size, **filters))

        return Pager(step_for_page, _trade_page, size)

    # ------------------------------------------------------------ orders

    def create_order(
        self,
        instrument: object,
        side: object,
        amount: object,
        order_type: object,
        price: object = None,
        stop_price: object = None,
    ) -> Plan[Order]:
        from altmarket_client.models.create_order_request import CreateOrderRequest
        from altmarket_client.models.new_order import NewOrder
        from altmarket_client.models.order_direction import OrderDirection

        # Everything that needs no market is checked before anything is sent.
        name = instrument_argument(instrument)
        direction = side_argument(side, "side")
        kind = order_type_argument(order_type)
        quantity = money_argument(amount, "amount")
        limit = None if price is None else money_argument(price, "price")
        stop = None if stop_price is None else money_argument(stop_price, "stop_price")
        _check_prices(kind, limit, stop)
        market = yield from self._market(name)
        require_places(quantity, market.amount_scale, "amount", f"{name} (amountScale)", amount)
        for value, given, argument in ((limit, price, "price"), (stop, stop_price, "stop_price")):
            if value is not None:
                where = f"{name} (priceScale)"
                require_places(value, market.price_scale, argument, where, given)
        new_order = NewOrder(
            instrument=name,
            type_=OrderDirection.BUY if direction == "buy" else OrderDirection.SELL,
            amount=quantity,
            price=limit,
            activation_price=stop,
            is_limit=limit is not None,
            is_stop=stop is not None,
        )
        sent = SentOrder(name, direction, kind, quantity, limit, stop, self._sent_at())
        operation = OPS.trading.create_order(body=CreateOrderRequest(order=new_order))
        try:
            # A value no double carries exactly is refused as the body is written, before
            # anything is sent, by the field's JSON name.
            answer = yield from send(operation, sent)
        except InvalidInputError as exc:
            # Named as the helper's argument and echoed as the caller wrote it.
            fields = {
                "amount": ("amount", quantity, amount),
                "price": ("price", limit, price),
                "activationPrice": ("stop_price", stop, stop_price),
            }
            if exc.argument not in fields:
                raise
            argument, value, given = fields[exc.argument]
            reason = str(exc)[len(exc.argument) + 2 :].removeprefix("create_order: ")
            plain = "" if value is None else format(value, "f")
            if value is not None and reason.startswith(plain):
                reason = written(value, given) + reason[len(plain) :]
            raise InvalidInputError(argument, reason) from None
        return answer.order

    def _market(self, name: str) -> Plan[Market]:
        markets = yield from self.markets()
        if name not in markets:
            # Unknown here may be new there: one refresh before refusing.
            markets = yield from self.markets(refresh=True)
        market = markets.get(name)
        if market is None:
            known = ", ".join(sorted(markets)[:20]) or "none"
            raise InvalidInputError("instrument", f"no market {name!r} (known: {known})")
        return market

    def cancel_order(self, order_id: object) -> Then[Order]:
        operation = OPS.trading.cancel_order(order_id=order_id_argument(order_id))
        return then("cancel_order", operation, _order_of)

    def cancel_all_orders(self) -> Then[int]:
        return then("cancel_all_orders", OPS.trading.cancel_all_orders(), _data_of)

    def withdraw(
        self, asset: object, amount: object, address: object, transfer_id: object
    ) -> Plan[Transfer]:
        from altmarket_client.models.withdrawal_request import WithdrawalRequest

        asset_id = symbol(asset, "asset")
        quantity = money_argument(amount, "amount")
        target = printable(address, "address")
        if transfer_id is None:
            import uuid  # here, not at the top: uuid imports platform, 2 ms of the client's import

            key = uuid.uuid4().hex
        else:
            key = printable(transfer_id, "transfer_id")
        assets = yield from self.assets()
        if not any(a.id == asset_id for a in assets):
            assets = yield from self.assets(refresh=True)
        found = next((a for a in assets if a.id == asset_id), None)
        if found is None:
            known = ", ".join(sorted(a.id for a in assets)[:20]) or "none"
            raise InvalidInputError("asset", f"no asset {asset_id!r} (known: {known})")
        require_places(quantity, found.scale, "amount", f"{asset_id} (scale)", amount)
        body = WithdrawalRequest(
            asset_id=asset_id, amount=quantity, address=target, transfer_id=key
        )
        sent = SentWithdrawal(asset_id, quantity, target, key, self._sent_at())
        transfer = yield from send(OPS.wallet.create_withdrawal(body=body), sent)
        if transfer.transfer_id is None:
            # Without its transferId the answer cannot say which withdrawal it is.
            raise OrderStateUnknownError(
                "withdraw: the answer carries no transferId; find_transfer(error.sent) asks the "
                "server what became of the withdrawal",
                sent=sent,
                cause=ResponseError("the withdrawal's answer carries no transferId"),
            )
        return transfer

    # ------------------------------------------------------------ lookups

    def find_order(self, sent: object) -> Plan[Order | None]:
        """The order matching ``sent``: among open orders first, then the latest history."""
        matches = yield from self.order_candidates(sent)
        if not matches:
            return None
        return max(matches, key=lambda order: _utc(order.created_at))

    def order_candidates(self, sent: object) -> Plan[list[Order]]:
        """Every order that may be ``sent``: the open orders that match it, else the orders of
        the history created since shortly before the send that do (one page of at most
        ``MAX_PER_PAGE``)."""
        matches, _ = yield from self.order_candidates_seen(sent)
        return matches

    def order_candidates_seen(self, sent: object) -> Plan[tuple[list[Order], bool]]:
        """:meth:`order_candidates`, and whether the lookup saw every order since shortly before
        the send (False when the history page was full: absence would prove nothing)."""
        if not isinstance(sent, SentOrder):
            raise InvalidInputError("sent", f"expected a SentOrder, got {type(sent).__name__}")
        open_orders = yield from self.open_orders()
        matches = [order for order in open_orders if matches_sent(order, sent)]
        seen_all = True
        if not matches:
            since = sent.sent_at - _CLOCK_TOLERANCE
            pager = self.order_pager(
                sent.instrument, sent.side, since, None, None, None, False, MAX_PER_PAGE
            )
            step = pager.next_step()
            if step is not None:
                page: OrderPage = yield step
                matches = [order for order in page.data if matches_sent(order, sent)]
                seen_all = len(page.data) < MAX_PER_PAGE
        return matches, seen_all

    def find_transfer(self, sent: object) -> Plan[Transfer | None]:
        """The transfer whose ``transferId`` is ``sent``'s."""
        if not isinstance(sent, SentWithdrawal):
            raise InvalidInputError("sent", f"expected a SentWithdrawal, got {type(sent).__name__}")
        transfers = yield from self.transfers(100)
        return next((t for t in transfers if t.transfer_id == sent.transfer_id), None)


def _check_prices(kind: OrderType, price: Decimal | None, stop_price: Decimal | None) -> None:
    needs_price, needs_stop = _NEEDS[kind]
    for needed, value, argument in (
        (needs_price, price, "price"),
        (needs_stop, stop_price, "stop_price"),
    ):
        if needed and value is None:
            raise InvalidInputError(argument, f"a {kind} order needs a {argument}")
        if not needed and value is not None:
            raise InvalidInputError(argument, f"a {kind} order takes no {argument}")


def matches_sent(order: Order, sent: SentOrder) -> bool:
    """Whether ``order`` may be what ``sent`` became (AltMarket has no client order id)."""
    if order.instrument != sent.instrument or _side_of(order) != sent.side:
        return False
    if not order.order_type.is_unknown and order.order_type is not sent.order_type:
        return False
    if order.amount != sent.amount:
        return False
    if sent.price is not None and order.price != sent.price:
        return False
    if sent.stop_price is not None and order.stop_price not in (None, sent.stop_price):
        return False
    return _utc(order.created_at) >= sent.sent_at - _CLOCK_TOLERANCE
