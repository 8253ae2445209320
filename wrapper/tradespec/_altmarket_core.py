"""The AltMarket clients: :class:`AltMarket` and :class:`AsyncAltMarket`.

Both are thin: arguments are checked, and requests described and answers read, by one shared
:class:`AltMarketCore`; the sync client runs its calls and plans with ``run_sync``, the async
one with ``run_async``.
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Callable, Hashable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

# The generated modules an operation needs are imported when it is first used (importing all
# of them took a third of `from tradespec import AltMarket`); only the enums that the readers
# of results map, and the types, are needed up front.
from altmarket_client.models.order_side import OrderSide as _AMOrderSide
from altmarket_client.models.order_status import OrderStatus as _AMOrderStatus
from altmarket_client.models.order_type import OrderType as _AMOrderType
from altmarket_client.types import UNSET, Unset

from tradespec._arguments import printable, symbol
from tradespec._auth import Clock, ticks_to_unix
from tradespec._enums import (
    MARKET_STATUS,
    ORDER_STATUS,
    ORDER_TYPE,
    SIDE,
    TRANSFER_STATUS,
    TRANSFER_TYPE,
    OrderType,
    Side,
)
from tradespec._money import (
    decimal_from_double,
    decimal_from_text,
    money_argument,
    require_places,
    to_double,
)
from tradespec._pagination import Page, Pager
from tradespec._results import (
    Asset,
    Balance,
    DepositAddress,
    Market,
    Number,
    Order,
    SentOrder,
    SentWithdrawal,
    Trade,
    Transfer,
)
from tradespec._retry import Retry
from tradespec._transport import (
    Call,
    Plan,
)
from tradespec.errors import InvalidInputError

if TYPE_CHECKING:
    from altmarket_client.models.asset import Asset as _AMAsset
    from altmarket_client.models.asset_list import AssetList as _AMAssetList
    from altmarket_client.models.balance import Balance as _AMBalance
    from altmarket_client.models.count_response import CountResponse as _AMCountResponse
    from altmarket_client.models.deposit_address import DepositAddress as _AMDepositAddress
    from altmarket_client.models.market import Market as _AMMarket
    from altmarket_client.models.markets_info import MarketsInfo as _AMMarketsInfo
    from altmarket_client.models.order import Order as _AMOrder
    from altmarket_client.models.order_page import OrderPage as _AMOrderPage
    from altmarket_client.models.order_response import OrderResponse as _AMOrderResponse
    from altmarket_client.models.trade import Trade as _AMTrade
    from altmarket_client.models.trade_page import TradePage as _AMTradePage
    from altmarket_client.models.transfer import Transfer as _AMTransfer

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_PER_PAGE", "AltMarketCore", "decode_json", "describe_error"]

DEFAULT_BASE_URL = "https://exchange.alt.market"
DEFAULT_PER_PAGE = 100
MAX_PER_PAGE = 1000
# How far back (on the platform's clock) a looked-up order may have been created before the send.
_LOOKUP_TOLERANCE = timedelta(seconds=120)
_ORDER_ID_DIGITS = frozenset("0123456789")
_INT32_MAX = 2**31 - 1  # query parameters declared int32

T = TypeVar("T")
R = TypeVar("R")


# --------------------------------------------------------------------------- reading answers


def _opt(value: T | Unset) -> T | None:
    return None if isinstance(value, Unset) else value


def _utc(value: datetime | Unset | None) -> datetime | None:
    if value is None or isinstance(value, Unset):
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _text(value: object) -> str | None:
    if value is None or isinstance(value, Unset):
        return None
    return value if isinstance(value, str) else str(value)


def _int(value: object) -> int | None:
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, bool):
        raise ValueError(f"expected an integer, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return int(value)
    raise ValueError(f"expected an integer, got {value!r}")


def _bool(value: object) -> bool | None:
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value != 0
    raise ValueError(f"expected a boolean, got {value!r}")


def _double(value: object) -> Decimal | None:
    if type(value) is float:  # the common case first: thousands of rows call this
        return Decimal(repr(value))
    return None if value is None or isinstance(value, Unset) else decimal_from_double(value)


def _number(value: object) -> Number:
    """A JSON number kept as sent, for a result's lazily read money field; anything that is
    not a number is refused now (a ValueError, so a ResponseError), not on first access."""
    kind = type(value)
    if kind is float or kind is int or value is None:
        return value  # type: ignore[return-value]
    if isinstance(value, Unset):
        return None
    return decimal_from_double(value)


def read_order_id(value: object) -> str:
    """An order id as the string it is: 64-bit, signed, never through a float."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    raise ValueError(f"an order needs an orderId string, got {value!r}")


def _asset(model: _AMAsset) -> Asset:
    asset_id = _text(model.id)
    if asset_id is None:
        raise ValueError("an asset without an id")
    return Asset(
        id=asset_id,
        name=_text(model.asset_name),
        scale=_int(model.scale),
        withdrawal_fee=_double(model.withdrawal_fee),
        can_deposit=_bool(model.can_deposit),
        can_withdraw=_bool(model.can_withdraw),
        image_url=_text(model.image_url),
        raw=model,
    )


def _market(instrument: str, model: _AMMarket) -> Market:
    hidden = _int(model.hidden)
    return Market(
        instrument=instrument,
        base_asset=_text(model.base_asset),
        quote_asset=_text(model.quote_asset),
        status=MARKET_STATUS(_opt(model.status)),
        price_scale=_int(model.price_scale),
        amount_scale=_int(model.amount_scale),
        min_price=_double(model.min_price),
        max_price=_double(model.max_price),
        min_amount=_double(model.min_amount),
        fee=_double(model.fee),
        maker_fee=_double(model.maker_fee),
        maker_fee_limit=_double(model.maker_fee_limit),
        taker_fee=_double(model.taker_fee),
        taker_fee_limit=_double(model.taker_fee_limit),
        hidden=None if hidden is None else hidden != 0,
        raw=model,
    )


def _balance(model: _AMBalance) -> Balance:
    asset = _text(model.asset)
    if asset is None:
        raise ValueError("a balance without an asset")
    return Balance(
        asset=asset,
        total=_double(model.total_balance),
        in_order=_double(model.in_order),
        available=_double(model.available_balance),
        raw=model,
    )


_PLAIN_NUMBERS = frozenset({float, int, type(None)})
_SIDE_OF = SIDE.table(_AMOrderSide)
_ORDER_TYPE_OF = ORDER_TYPE.table(_AMOrderType)
_ORDER_STATUS_OF = ORDER_STATUS.table(_AMOrderStatus)


def _order(model: _AMOrder) -> Order:
    # Histories run to thousands of rows: each field takes a fast path for the value servers
    # send (a documented enum member, a plain str, float, bool, a UTC datetime), and the general
    # reader for anything else, which gives the same result or raises the same error, in the
    # same order as before.
    side = _SIDE_OF.get(model.side)
    if side is None:
        side = SIDE(_opt(model.side))
        if side is None:
            side = SIDE(_opt(model.type_))
    order_type = _ORDER_TYPE_OF.get(model.order_type)
    if order_type is None:
        order_type = ORDER_TYPE(_opt(model.order_type))
    status = _ORDER_STATUS_OF.get(model.status)
    if status is None:
        status = ORDER_STATUS(_opt(model.status))
    order_id = model.order_id
    if type(order_id) is not str or not (order_id := order_id.strip()):
        order_id = read_order_id(_opt(model.order_id))
    instrument = model.instrument
    sent = (
        model.amount,
        model.price,
        model.stop_price,
        model.units_filled,
        model.total,
        model.commission,
    )
    if _PLAIN_NUMBERS.issuperset(map(type, sent)):
        numbers = cast("tuple[Number, Number, Number, Number, Number, Number]", sent)
    else:
        numbers = (
            _number(model.amount),
            _number(model.price),
            _number(model.stop_price),
            _number(model.units_filled),
            _number(model.total),
            _number(model.commission),
        )
    pending, limit, created = model.is_pending, model.is_limit, model.created_at
    is_pending = pending if type(pending) is bool else _bool(pending)
    is_limit = limit if type(limit) is bool else _bool(limit)
    created_at = created if type(created) is datetime and created.tzinfo is UTC else _utc(created)
    # Positional, in the order Order declares its fields: keywords cost a tenth of this function.
    return Order(
        order_id,
        instrument if type(instrument) is str else _text(instrument),
        side,
        order_type,
        status,
        is_pending,
        is_limit,
        created_at,
        numbers,
        model,
    )


def _trade(model: _AMTrade) -> Trade:
    return Trade(
        seq=_int(model.trade_seq),
        time=_utc(model.trade_time),
        instrument=_text(model.instrument),
        side=SIDE(_opt(model.side)),
        numbers=(
            _number(model.amount),
            _number(model.execution_price),
            _number(model.commission),
        ),
        raw=model,
    )


def _transfer(model: _AMTransfer) -> Transfer:
    return Transfer(
        transfer_id=_text(model.transfer_id),
        asset=_text(model.asset),
        type=TRANSFER_TYPE(_opt(model.type_)),
        status=TRANSFER_STATUS(_opt(model.status)),
        amount=decimal_from_text(_opt(model.amount)),
        fee=decimal_from_text(_opt(model.fee)),
        address=_text(model.target_address),
        tx_id=_text(model.tx_id),
        blockchain_link=_text(model.blockchain_link),
        payment_system=_text(model.payment_system),
        confirmations=_int(model.confirmations),
        confirmations_required=_int(model.confirmations_required),
        error_code=_text(model.error_code),
        error_details=_text(model.error_details),
        created_at=_utc(model.created_at),
        updated_at=_utc(model.updated_at),
        raw=model,
    )


def _withdrawal(model: _AMTransfer) -> Transfer:
    """A withdrawal's answer: without its ``transferId`` it cannot say which withdrawal it is."""
    transfer = _transfer(model)
    if transfer.transfer_id is None:
        raise ValueError("the answer carries no transferId")
    return transfer


def _deposit_address(model: _AMDepositAddress) -> DepositAddress:
    return DepositAddress(
        asset=_text(model.asset),
        address=_text(model.address),
        payment_system=_text(model.payment_system),
        error=_text(model.error),
        raw=model,
    )


def _trade_key(trade: Trade) -> Hashable:
    if trade.seq is not None:
        return trade.seq
    return (trade.time, trade.instrument, trade.side, trade.numbers)


def decode_json(response: httpx.Response) -> Any:
    """A success answer's JSON."""
    return json.loads(response.content)


def describe_error(body: object) -> tuple[str | int | None, str | None]:
    """The code and message of AltMarket's ``{"errors": [{"code", "message"}]}``."""
    if not isinstance(body, dict):
        return None, None
    from altmarket_client.models.error_response import ErrorResponse as _AMErrorResponse

    parsed = _AMErrorResponse.from_dict(body)
    errors = _opt(parsed.errors) or []
    codes = [code for code in (_text(e.code) for e in errors) if code]
    messages = [message for message in (_text(e.message) for e in errors) if message]
    if not codes and not messages:
        message = body.get("message") or body.get("title")
        return None, message if isinstance(message, str) else None
    return (codes[0] if codes else None), ("; ".join(messages) or None)


def _server_unix(server_time: object) -> float | None:
    """``serverTime`` as Unix seconds: .NET ticks on the live platform (Unix ms or s accepted)."""
    if isinstance(server_time, bool) or not isinstance(server_time, int | float):
        return None
    if server_time > 1e17:
        unix = ticks_to_unix(int(server_time))
    elif server_time > 1e11:
        unix = server_time / 1000
    else:
        unix = float(server_time)
    # A documentation placeholder (0) or garbage must not move the clock.
    return unix if unix > 1_000_000_000 else None


# --------------------------------------------------------------------------- arguments


def _instrument(value: object, argument: str = "instrument") -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(
            argument, f"expected a market name such as 'BTC-USDT', got {value!r}"
        )
    return symbol(value, argument)


def order_id_argument(value: object, argument: str = "order_id") -> str:
    """An order id argument: a decimal string or an int, 64-bit signed; never a float."""
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise InvalidInputError(
            argument, f"expected the order id as a string (or int), got {type(value).__name__}"
        )
    digits = text[1:] if text.startswith("-") else text
    if not digits or len(digits) > 20 or not set(digits) <= _ORDER_ID_DIGITS:
        raise InvalidInputError(argument, f"expected a decimal order id, got {value!r}")
    if not -(2**63) <= int(text) < 2**64:
        raise InvalidInputError(argument, f"{text} is outside a 64-bit order id")
    return text


def _required(value: object, argument: str, what: str) -> None:
    if value is None:
        raise InvalidInputError(argument, f"{what} needs a {argument}")


def _positive_int(value: object, argument: str, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInputError(argument, f"expected a positive int, got {value!r}")
    if maximum is not None and value > maximum:
        raise InvalidInputError(argument, f"must be at most {maximum}, got {value}")
    return value


def _moment(value: object, argument: str) -> datetime | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, datetime):
        raise InvalidInputError(argument, f"expected a datetime, got {type(value).__name__}")
    # Naive datetimes are read as UTC, the platform's zone.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _fields(value: object, argument: str) -> list[str] | Unset:
    if value is None:
        return UNSET
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, Sequence) or not names:
        raise InvalidInputError(argument, f"expected a field name or a list of them, got {value!r}")
    out: list[str] = []
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise InvalidInputError(argument, f"expected field names, got {name!r}")
        out.append(name.strip())
    return out


def _side_filter(value: object) -> _AMOrderSide | Unset:
    if value is None:
        return UNSET
    side = SIDE.argument(value, "side")
    return _AMOrderSide.BUY if side is Side.BUY else _AMOrderSide.SELL


def _order_kind(order_type: object, price: Decimal | None, stop_price: Decimal | None) -> OrderType:
    implied = {
        (True, False): OrderType.LIMIT,
        (False, False): OrderType.MARKET,
        (True, True): OrderType.STOP_LIMIT,
        (False, True): OrderType.STOP_MARKET,
    }[(price is not None, stop_price is not None)]
    if order_type is None:
        return implied
    wanted = ORDER_TYPE.argument(order_type, "order_type")
    if wanted is not implied:
        needs = {
            OrderType.LIMIT: "a price and no stop_price",
            OrderType.MARKET: "neither price nor stop_price",
            OrderType.STOP_LIMIT: "a price and a stop_price",
            OrderType.STOP_MARKET: "a stop_price and no price",
        }[wanted]
        raise InvalidInputError("order_type", f"a {wanted.value} order takes {needs}")
    return wanted


# --------------------------------------------------------------------------- the shared core


C = TypeVar("C", bound="AltMarketCore")


def _reused(method: Callable[[C], Call[R]]) -> Callable[[C], Call[R]]:
    """Build an operation without arguments once per client: its Call never changes."""
    name = method.__name__

    @functools.wraps(method)
    def reused(self: C) -> Call[R]:
        call: Call[R] | None = self.calls.get(name)
        if call is None:
            call = self.calls[name] = method(self)
        return call

    return reused


class AltMarketCore:
    """Everything AltMarket's two clients share: requests, answers, checks, caches, plans."""

    def __init__(self, clock: Clock) -> None:
        self.calls: dict[str, Any] = {}
        self.clock = clock
        # The generated client is only the first argument of the generated _parse_response.
        from altmarket_client.client import Client as _GeneratedClient

        self.generated = _GeneratedClient(base_url="")
        self.markets_cache: Mapping[str, Market] | None = None
        self.assets_cache: tuple[Asset, ...] | None = None

    def _reader(
        self,
        parse_response: Callable[..., object],
        expected: type[Any],
        convert: Callable[[Any], R],
    ) -> Callable[[httpx.Response], R]:
        generated = self.generated

        def parse(response: httpx.Response) -> R:
            parsed = parse_response(client=generated, response=response)
            if not isinstance(parsed, expected):
                raise ValueError(f"expected {expected.__name__}, got {type(parsed).__name__}")
            return convert(parsed)

        return parse

    # ------------------------------------------------------------ single calls

    @_reused
    def assets_call(self) -> Call[tuple[Asset, ...]]:
        from altmarket_client.api.assets import list_assets
        from altmarket_client.models.asset_list import AssetList as _AMAssetList

        def convert(parsed: _AMAssetList) -> tuple[Asset, ...]:
            return tuple(_asset(model) for model in _opt(parsed.data) or [])

        return Call(
            "assets",
            list_assets._get_kwargs(),
            self._reader(list_assets._parse_response, _AMAssetList, convert),
        )

    @_reused
    def markets_call(self) -> Call[Mapping[str, Market]]:
        from altmarket_client.api.markets import get_markets
        from altmarket_client.models.markets_info import MarketsInfo as _AMMarketsInfo

        clock = self.clock

        def convert(parsed: _AMMarketsInfo) -> Mapping[str, Market]:
            server = _server_unix(_opt(parsed.server_time))
            if server is not None:
                clock.learn(server, time.time())
            pairs = _opt(parsed.pairs)
            markets = pairs.additional_properties if pairs is not None else {}
            return MappingProxyType({name: _market(name, m) for name, m in markets.items()})

        return Call(
            "markets",
            get_markets._get_kwargs(),
            self._reader(get_markets._parse_response, _AMMarketsInfo, convert),
        )

    @_reused
    def balances_call(self) -> Call[Mapping[str, Balance]]:
        from altmarket_client.api.wallet import get_balances

        def convert(parsed: list[_AMBalance]) -> Mapping[str, Balance]:
            balances = (_balance(model) for model in parsed)
            return MappingProxyType({balance.asset: balance for balance in balances})

        return Call(
            "balances",
            get_balances._get_kwargs(),
            self._reader(get_balances._parse_response, list, convert),
        )

    @_reused
    def open_orders_call(self) -> Call[list[Order]]:
        from altmarket_client.api.trading import list_open_orders

        def convert(parsed: list[_AMOrder]) -> list[Order]:
            return [_order(model) for model in parsed]

        return Call(
            "open_orders",
            list_open_orders._get_kwargs(),
            self._reader(list_open_orders._parse_response, list, convert),
        )

    def cancel_order_call(self, order_id: object) -> Call[Order]:
        from altmarket_client.api.trading import cancel_order
        from altmarket_client.models.order_response import OrderResponse as _AMOrderResponse

        order_id = order_id_argument(order_id)
        return Call(
            "cancel_order",
            cancel_order._get_kwargs(order_id),
            self._reader(cancel_order._parse_response, _AMOrderResponse, _order_of_response),
            order=True,
        )

    @_reused
    def cancel_all_orders_call(self) -> Call[int]:
        from altmarket_client.api.trading import cancel_all_orders
        from altmarket_client.models.count_response import CountResponse as _AMCountResponse

        def convert(parsed: _AMCountResponse) -> int:
            return _int(_opt(parsed.data)) or 0

        return Call(
            "cancel_all_orders",
            cancel_all_orders._get_kwargs(),
            self._reader(cancel_all_orders._parse_response, _AMCountResponse, convert),
            order=True,
        )

    def deposit_address_call(self, asset: object) -> Call[DepositAddress]:
        from altmarket_client.api.wallet import get_deposit_address
        from altmarket_client.models.deposit_address import DepositAddress as _AMDepositAddress
        from altmarket_client.models.deposit_address_request import DepositAddressRequest

        body = DepositAddressRequest(asset_id=symbol(asset, "asset"))
        return Call(
            "deposit_address",
            get_deposit_address._get_kwargs(body=body),
            self._reader(get_deposit_address._parse_response, _AMDepositAddress, _deposit_address),
        )

    def transfers_call(self, count: object) -> Call[list[Transfer]]:
        from altmarket_client.api.wallet import list_transfers

        kwargs = list_transfers._get_kwargs(
            count=UNSET if count is None else _positive_int(count, "count", _INT32_MAX)
        )

        def convert(parsed: list[_AMTransfer]) -> list[Transfer]:
            return [_transfer(model) for model in parsed]

        return Call(
            "transfers", kwargs, self._reader(list_transfers._parse_response, list, convert)
        )

    # ------------------------------------------------------------ histories

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
        from altmarket_client.api.history import get_order_history
        from altmarket_client.models.order_page import OrderPage as _AMOrderPage

        if not isinstance(hide_cancelled, bool):
            raise InvalidInputError("hide_cancelled", f"expected a bool, got {hide_cancelled!r}")
        filters: dict[str, Any] = {
            "market": UNSET if market is None else _instrument(market, "market"),
            "side": _side_filter(side),
            "start_date": _moment(start, "start"),
            "end_date": _moment(end, "end"),
            "asc_order": _fields(ascending, "ascending"),
            "desc_order": _fields(descending, "descending"),
            "is_hide_canceled": hide_cancelled if hide_cancelled else UNSET,
        }
        size = _positive_int(per_page, "per_page", MAX_PER_PAGE)
        reader = self._reader(get_order_history._parse_response, _AMOrderPage, _order_page)

        def call_for_page(page: int) -> Call[Page[Order]]:
            kwargs = get_order_history._get_kwargs(page=page, per_page=size, **filters)
            return Call("order_history", kwargs, reader)

        return Pager(call_for_page, size)

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
        from altmarket_client.api.history import get_trade_history
        from altmarket_client.models.trade_page import TradePage as _AMTradePage

        filters: dict[str, Any] = {
            "market": UNSET if market is None else _instrument(market, "market"),
            "side": _side_filter(side),
            "start_date": _moment(start, "start"),
            "end_date": _moment(end, "end"),
            "asc_order": _fields(ascending, "ascending"),
            "desc_order": _fields(descending, "descending"),
        }
        size = _positive_int(per_page, "per_page", MAX_PER_PAGE)
        reader = self._reader(get_trade_history._parse_response, _AMTradePage, _trade_page)

        def call_for_page(page: int) -> Call[Page[Trade]]:
            kwargs = get_trade_history._get_kwargs(page=page, per_page=size, **filters)
            return Call("trade_history", kwargs, reader)

        return Pager(call_for_page, size)

    # ------------------------------------------------------------ plans

    def markets(self, refresh: bool = False) -> Plan[Mapping[str, Market]]:
        if not isinstance(refresh, bool):
            raise InvalidInputError("refresh", f"expected a bool, got {refresh!r}")
        if self.markets_cache is None or refresh:
            self.markets_cache = yield self.markets_call()
        return self.markets_cache

    def assets(self, refresh: bool = False) -> Plan[tuple[Asset, ...]]:
        if not isinstance(refresh, bool):
            raise InvalidInputError("refresh", f"expected a bool, got {refresh!r}")
        if self.assets_cache is None or refresh:
            self.assets_cache = yield self.assets_call()
        return self.assets_cache

    def create_order(
        self,
        instrument: object,
        side: object,
        amount: object,
        price: object = None,
        stop_price: object = None,
        order_type: object = None,
    ) -> Plan[Order]:
        from altmarket_client.api.trading import create_order
        from altmarket_client.models.create_order_request import CreateOrderRequest
        from altmarket_client.models.new_order import NewOrder
        from altmarket_client.models.order_direction import OrderDirection
        from altmarket_client.models.order_response import OrderResponse as _AMOrderResponse

        # Everything that needs no market is checked before anything is sent.
        name = _instrument(instrument)
        direction = SIDE.argument(side, "side")
        quantity = money_argument(amount, "amount")
        limit = None if price is None else money_argument(price, "price")
        stop = None if stop_price is None else money_argument(stop_price, "stop_price")
        kind = _order_kind(order_type, limit, stop)
        market = yield from self._market(name)
        require_places(quantity, market.amount_scale, "amount", f"{name} (amountScale)")
        if limit is not None:
            require_places(limit, market.price_scale, "price", f"{name} (priceScale)")
        if stop is not None:
            require_places(stop, market.price_scale, "stop_price", f"{name} (priceScale)")
        new_order = NewOrder(
            instrument=name,
            type_=OrderDirection.BUY if direction is Side.BUY else OrderDirection.SELL,
            amount=to_double(quantity, "amount"),
            price=UNSET if limit is None else to_double(limit, "price"),
            activation_price=UNSET if stop is None else to_double(stop, "stop_price"),
            is_limit=limit is not None,
            is_stop=stop is not None,
        )
        sent = SentOrder(
            instrument=name,
            side=direction,
            order_type=kind,
            amount=quantity,
            price=limit,
            stop_price=stop,
            sent_at=datetime.fromtimestamp(self.clock.now(), UTC),
        )
        order: Order = yield Call(
            "create_order",
            create_order._get_kwargs(body=CreateOrderRequest(order=new_order)),
            self._reader(create_order._parse_response, _AMOrderResponse, _order_of_response),
            retry=Retry.ONCE,
            order=True,
            sent=sent,
            lookup=lambda: self.find_order(sent),
        )
        return order

    def _market(self, name: str) -> Plan[Market]:
        markets = self.markets_cache
        if markets is None or name not in markets:
            # Unknown here may be new there: one refresh before refusing.
            markets = yield from self.markets(refresh=True)
        market = markets.get(name)
        if market is None:
            known = ", ".join(sorted(markets)[:20]) or "none"
            raise InvalidInputError("instrument", f"no market {name!r} (known: {known})")
        return market

    def withdraw(
        self, asset: object, amount: object, address: object, transfer_id: object
    ) -> Plan[Transfer]:
        from altmarket_client.api.wallet import create_withdrawal
        from altmarket_client.models.transfer import Transfer as _AMTransfer
        from altmarket_client.models.withdrawal_request import WithdrawalRequest

        asset_id = symbol(asset, "asset")
        quantity = money_argument(amount, "amount")
        target = printable(address, "address")
        if transfer_id is None:
            import uuid  # here, not at the top: uuid imports platform, 2 ms of the client's import

            key = uuid.uuid4().hex
        else:
            key = printable(transfer_id, "transfer_id")
        assets = self.assets_cache
        if assets is None or not any(a.id == asset_id for a in assets):
            assets = yield from self.assets(refresh=True)
        found = next((a for a in assets if a.id == asset_id), None)
        if found is None:
            known = ", ".join(sorted(a.id for a in assets)[:20]) or "none"
            raise InvalidInputError("asset", f"no asset {asset_id!r} (known: {known})")
        require_places(quantity, found.scale, "amount", f"{asset_id} (scale)")
        body = WithdrawalRequest(
            asset_id=asset_id,
            amount=to_double(quantity, "amount"),
            address=target,
            transfer_id=key,
        )
        sent = SentWithdrawal(
            asset=asset_id,
            amount=quantity,
            address=target,
            transfer_id=key,
            sent_at=datetime.fromtimestamp(self.clock.now(), UTC),
        )
        transfer: Transfer = yield Call(
            "withdraw",
            create_withdrawal._get_kwargs(body=body),
            self._reader(create_withdrawal._parse_response, _AMTransfer, _withdrawal),
            retry=Retry.KEYED,
            sent=sent,
            lookup=lambda: self.find_transfer(sent),
        )
        return transfer

    def find_order(self, sent: SentOrder) -> Plan[Order | None]:
        """The order matching ``sent``: among open orders first, then the latest history."""
        open_orders: list[Order] = yield self.open_orders_call()
        matches = [order for order in open_orders if _matches(order, sent)]
        if not matches:
            pager = self.order_pager(
                sent.instrument, sent.side.value, None, None, None, None, False, DEFAULT_PER_PAGE
            )
            call = pager.next_call()
            if call is not None:
                page: Page[Order] = yield call
                matches = [order for order in page.rows if _matches(order, sent)]
        if not matches:
            return None
        return max(matches, key=lambda o: o.created_at or datetime.min.replace(tzinfo=UTC))

    def find_transfer(self, sent: SentWithdrawal) -> Plan[Transfer | None]:
        """The transfer whose ``transferId`` is ``sent``'s."""
        transfers: list[Transfer] = yield self.transfers_call(100)
        return next((t for t in transfers if t.transfer_id == sent.transfer_id), None)


def _order_of_response(parsed: _AMOrderResponse) -> Order:
    model = _opt(parsed.order)
    if model is None:
        raise ValueError("the answer carries no order")
    return _order(model)


def _order_page(parsed: _AMOrderPage) -> Page[Order]:
    rows = [_order(model) for model in _opt(parsed.data) or []]
    paging = _opt(parsed.paging)
    return Page(
        rows=rows,
        keys=[order.order_id for order in rows],
        per_page=None if paging is None else _int(paging.per_page),
        total=None if paging is None else _int(paging.total),
    )


def _trade_page(parsed: _AMTradePage) -> Page[Trade]:
    rows = [_trade(model) for model in _opt(parsed.data) or []]
    paging = _opt(parsed.paging)
    return Page(
        rows=rows,
        keys=[_trade_key(trade) for trade in rows],
        per_page=None if paging is None else _int(paging.per_page),
        total=None if paging is None else _int(paging.total),
    )


def _matches(order: Order, sent: SentOrder) -> bool:
    if order.instrument != sent.instrument or order.side is not sent.side:
        return False
    if order.order_type is not None and order.order_type != sent.order_type:
        return False
    if order.amount != sent.amount:
        return False
    if sent.price is not None and order.price != sent.price:
        return False
    if sent.stop_price is not None and order.stop_price not in (None, sent.stop_price):
        return False
    return order.created_at is None or order.created_at >= sent.sent_at - _LOOKUP_TOLERANCE
