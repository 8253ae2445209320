"""Every money field of every request model of both specs reaches the wire as exactly the
Decimal given, through ``exchange.api`` against the sandbox; one no double carries is refused
before anything is sent.

The fields are found in the specs (a request body's properties of format double, float or
decimal, at any depth), each operation's body is its spec's own example with the field set, and
what is compared is the body bytes the sandbox received and verified the signature of.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import altmarket_client.models
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tradespec import AltMarket, AuthenticationError, InvalidInputError, TradespecError

from tests.specs import load_spec, operations, resolve
from tests.wrapper.sandbox_support import Admin, require_sandbox

require_sandbox()

MONEY_FORMATS = ("double", "float", "decimal")


def _money_paths(
    spec: dict[str, Any], schema: dict[str, Any], prefix: tuple[str, ...], depth: int = 0
) -> Iterator[tuple[tuple[str, ...], str]]:
    """(JSON path, format) of every money property under ``schema``."""
    schema = resolve(spec, schema)
    for part in schema.get("allOf", []):
        yield from _money_paths(spec, part, prefix, depth)
    for name, prop in (schema.get("properties") or {}).items():
        prop = resolve(spec, prop)
        if prop.get("format") in MONEY_FORMATS:
            yield (*prefix, name), prop["format"]
        elif depth < 8:
            yield from _money_paths(spec, prop, (*prefix, name), depth + 1)


def _request_money_fields() -> list[Any]:
    found = []
    for name in ("altmarket", "hashgreen"):
        spec = load_spec(name)
        for _method, _path, operation in operations(name):
            body = operation.get("requestBody")
            if body is None:
                continue
            for content_type, media in resolve(spec, body)["content"].items():
                schema = media["schema"]
                examples = [e["value"] for e in (media.get("examples") or {}).values()]
                for path, fmt in _money_paths(spec, schema, ()):
                    found.append(
                        pytest.param(
                            name,
                            operation,
                            content_type,
                            schema,
                            examples[-1],
                            path,
                            fmt,
                            id=f"{name}:{operation['operationId']}:{'.'.join(path)}",
                        )
                    )
    return found


FIELDS = _request_money_fields()


def test_the_specs_request_money_fields_are_the_ones_covered() -> None:
    # Hashgreen's only request body is a form holding an offer: no money field in it.
    assert sorted(p.id for p in FIELDS) == [
        "altmarket:create_order:order.activationPrice",
        "altmarket:create_order:order.amount",
        "altmarket:create_order:order.price",
        "altmarket:create_withdrawal:amount",
    ]


def _exact(digits: int, exponent: int) -> Decimal:
    return Decimal(digits).scaleb(exponent)


# Positive Decimals a double carries exactly, with as many digits and trailing zeros as they
# come (0.10, 1E+2, 1E-8, 123456.000): each must be sent as its own text.
EXACT = st.builds(_exact, st.integers(1, 10**15 - 1), st.integers(-14, 4)).filter(
    lambda d: Decimal(repr(float(d))) == d
)
# More significant digits than any double holds.
INEXACT = st.builds(_exact, st.integers(10**17, 10**20), st.integers(-12, 0)).filter(
    lambda d: Decimal(repr(float(d))) != d
)


def _set(body: dict[str, Any], path: tuple[str, ...], value: Decimal) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(json.dumps(body))
    target = out
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return out


def _schema_name(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    ref = schema["$ref"]
    assert isinstance(ref, str)
    return ref.rsplit("/", 1)[-1]


@pytest.mark.parametrize(
    ("spec_name", "operation", "content_type", "schema", "example", "path", "fmt"), FIELDS
)
def test_money_goes_out_as_the_decimal_given(
    sandbox_url: str,
    spec_name: str,
    operation: dict[str, Any],
    content_type: str,
    schema: dict[str, Any],
    example: dict[str, Any],
    path: tuple[str, ...],
    fmt: str,
) -> None:
    assert spec_name == "altmarket"  # the only spec with money in a request (checked above)
    assert content_type == "application/json"
    spec = load_spec(spec_name)
    model = getattr(altmarket_client.models, _schema_name(spec, schema))
    admin = Admin(sandbox_url)
    account = admin.account(btc="10", usdt="1000000")
    admin.close()
    seen: list[bytes] = []

    def record(request: httpx.Request) -> None:
        seen.append(request.content)

    http = httpx.Client(event_hooks={"request": [record]})
    with (
        http,
        AltMarket(
            account["api_key"],
            account["api_secret"],
            base_url=f"{sandbox_url}/altmarket",
            http_client=http,
            max_retries=0,
        ) as exchange,
    ):
        tag = operation["tags"][0]
        method = getattr(getattr(exchange.api, tag), operation["operationId"])

        @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(value=EXACT)
        def exact(value: Decimal) -> None:
            seen.clear()
            body = model.from_dict(_set(example, path, value))
            try:
                method(body=body)
            except AuthenticationError:  # the signed bytes were not the bytes sent
                raise
            except TradespecError:
                pass  # refused by the exchange (funds, instrument): what was sent is the point
            assert len(seen) == 1
            wire = seen[0].decode("ascii")
            # The field's text on the wire is the Decimal's plain text, no exponent, no rounding.
            assert re.search(rf'"{path[-1]}": {re.escape(format(value, "f"))}[,}}]', wire), wire
            read: Any = json.loads(wire, parse_float=Decimal)
            for part in path:
                read = read[part]
            assert read == value and str(read) == str(Decimal(format(value, "f")))

        @settings(max_examples=10, deadline=None)
        @given(value=INEXACT)
        def inexact(value: Decimal) -> None:
            seen.clear()
            body = model.from_dict(_set(example, path, value))
            with pytest.raises(InvalidInputError) as caught:
                method(body=body)
            assert caught.value.argument == path[-1]
            assert "cannot be sent exactly" in str(caught.value)
            assert seen == []  # refused before anything was sent

        exact()
        inexact()


@pytest.mark.parametrize("argument", ["amount", "price", "stop_price"])
def test_the_helpers_refuse_what_no_double_carries_naming_their_argument(
    sandbox_url: str, argument: str
) -> None:
    admin = Admin(sandbox_url)
    account = admin.account(btc="10", usdt="1000000")
    admin.close()
    # Within btc_usdt's scales (prices 2 places, amounts 6) and under 2**53, but with more
    # significant digits than a double holds.
    values = {"amount": "1", "price": "30000", "stop_price": "29000"}
    values[argument] = "123456789012.123456" if argument == "amount" else "1234567890123456.78"
    with AltMarket(
        account["api_key"], account["api_secret"], base_url=f"{sandbox_url}/altmarket"
    ) as exchange:
        markets = exchange.markets()
        with pytest.raises(InvalidInputError) as caught:
            exchange.stop_limit_order(
                "btc_usdt", "sell", values["amount"], values["price"], values["stop_price"]
            )
        assert caught.value.argument == argument
        assert markets  # the market was read (its scales), and no order was placed
        assert exchange.open_orders() == []
