"""The JSON writer: its fast path writes exactly what the general path (json.dumps) writes."""

from __future__ import annotations

import enum
import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from tradespec_sandbox.http.jsonout import _encode, _general, dumps
from tradespec_sandbox_models import altmarket as m


class Status(enum.Enum):
    WORKING = "Working"
    FORGED = "x\x00#12"
    NUMBER = 5


class Level(enum.IntEnum):
    THREE = 3


class Side(enum.StrEnum):
    BUY = "Buy"


class Mapping(dict[str, Any]):
    pass


class Text(str):
    pass


_TEXT = st.text(alphabet=st.sampled_from(list('ab"\\\x00#-.09é\u2028\U0001f600\n')), max_size=8)
_LEAVES = st.one_of(
    _TEXT,
    st.text(max_size=6),
    st.integers(-(2**70), 2**70),
    st.booleans(),
    st.none(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(places=8, min_value=-(10**12), max_value=10**12),
    st.floats(),
    st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30))])),
    st.sampled_from([*Status, *Level, *Side]),
    _TEXT.map(Text),
    st.sampled_from(["\x00#12.5", "\x00#-1", '"\x00#12']),  # what a marker looks like
)
_KEYS = st.one_of(_TEXT, st.integers(0, 5), st.just("\x00#7"), st.just(Side.BUY), st.none())
_TREES = st.recursive(
    _LEAVES,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.tuples(children, children),
        st.dictionaries(_KEYS, children, max_size=4),
        st.dictionaries(_TEXT, children, max_size=3).map(Mapping),
    ),
    max_leaves=25,
)


def _outcome(write: Any, value: Any, numbers: bool) -> str | type[BaseException]:
    try:
        text: str = write(value, numbers)
    except Exception as exc:  # both must fail alike on what JSON cannot hold
        return type(exc)
    return text


@settings(max_examples=500)
@given(_TREES, st.booleans())
def test_the_fast_path_writes_what_the_general_path_writes(value: Any, numbers: bool) -> None:
    assert _outcome(_encode, value, numbers) == _outcome(_general, value, numbers)


def test_an_order_answer() -> None:
    moment = datetime(2026, 11, 21, 5, 32, 50, 123456, tzinfo=UTC)
    order = m.Order(
        orderId="-7046029254386353131",
        total=Decimal("0.1000"),
        orderType=m.OrderType.LIMIT,
        commission=Decimal(0),
        createdAt=moment,
        unitsFilled=Decimal("1E-3"),
        isPending=False,
        status=m.OrderStatus.Working,
        type="buy",
        amount=Decimal("0.001"),
        price=Decimal("1E+2"),
        stopPrice=Decimal(0),
        isLimit=True,
        instrument="btc_usdt",
        side=m.OrderSide.Buy,
    )
    body = dumps(m.OrderResponse(order=order), decimals_as_numbers=True)
    assert body == (
        b'{"order":{"orderId":"-7046029254386353131","total":0.1,"orderType":"Limit",'
        b'"commission":0,"createdAt":"2026-11-21T05:32:50.123456Z","unitsFilled":0.001,'
        b'"isPending":false,"status":"Working","type":"buy","amount":0.001,"price":100,'
        b'"stopPrice":0,"isLimit":true,"instrument":"btc_usdt","side":"Buy"}}'
    )
    as_strings = json.loads(dumps(order, decimals_as_numbers=False))
    assert as_strings["price"] == "100" and as_strings["total"] == "0.1000"
