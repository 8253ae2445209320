"""What the sandbox lists: AltMarket's assets and markets, Hashgreen's currencies and markets.

A :class:`Catalog` holds both. Two are built in, both named as the live platform names things
(lowercase asset ids, instruments ``base_quote``), kept as package data in ``catalogs/`` and read
by the same loader as ``--catalog FILE``: ``default`` (``btc``, ``eth``, ``usdt``,
``xch``, ``usd``; ``btc_usdt``, ``eth_btc``, ``xch_usdt``, ``btc_usd``; Hashgreen's ``XCH-USDS``
and ``SBX-XCH``) and ``live`` (the same naming with the live platform's scales, and Hashgreen's
``XCH-USDS`` with the ids its documentation shows). ``load_catalog`` reads either by name, or a
YAML or JSON file of the shape ``catalog_to_data`` writes (documented in the sandbox README)::

    name: my-exchange                  # optional
    altmarket:
      assets:  [{id, name, scale, withdrawal_fee, confirmations}, ...]
      markets: [{instrument, base, quote, price_scale, amount_scale, min_price, max_price,
                 min_amount, maker_fee, taker_fee}, ...]
    hashgreen:
      currencies: [{code, name, type, precision, min_amount, total_supply, asset_id?, id?}, ...]
      markets:    [{code, base, quote, price_precision, base_amount_precision, order_no?, id?}]

Scales are checked so that every amount the engine computes is exact in the asset it lands in:
a market's ``price_scale + amount_scale`` never exceeds its quote asset's ``scale``, so
``price * amount`` needs no rounding. Only fees are rounded (up, to the asset's scale).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

D = Decimal
T = TypeVar("T")

MAX_SCALE = 18
# What one answer can hold: the engine keeps amounts within Decimal's 28 digits.
MAX_VALUE = Decimal(10**12)


class CatalogError(ValueError):
    """A catalog that cannot be used; the message names the file, the entry and the fault."""


@dataclass(frozen=True, slots=True)
class Asset:
    id: str
    name: str
    scale: int
    withdrawal_fee: Decimal
    confirmations: int


@dataclass(frozen=True, slots=True)
class Market:
    instrument: str
    base: str
    quote: str
    price_scale: int
    amount_scale: int
    min_price: Decimal
    max_price: Decimal
    min_amount: Decimal
    maker_fee: Decimal
    taker_fee: Decimal


def object_id(seed: str) -> str:
    """A stable 24-hex id (the shape of Hashgreen's MongoDB ids) derived from ``seed``."""
    return hashlib.sha256(seed.encode()).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Currency:
    id: str
    code: str
    name: str
    type: int
    precision: int
    min_amount: Decimal
    total_supply: Decimal
    asset_id: str | None = None

    @property
    def multiplier(self) -> Decimal:
        return Decimal(1).scaleb(-self.precision)


@dataclass(frozen=True, slots=True)
class DexMarket:
    id: str
    code: str
    base: Currency
    quote: Currency
    price_precision: int
    base_amount_precision: int
    order_no: int


@dataclass(frozen=True)
class Catalog:
    """Everything listed on both exchanges. ``markets`` by instrument, ``dex_markets`` by id."""

    name: str
    assets: dict[str, Asset]
    markets: dict[str, Market]
    dex_markets: dict[str, DexMarket]
    dex_currencies: dict[str, Currency] = field(default_factory=dict)


# When the listings were made: fixed, so answers do not change between runs.
LISTED_AT = datetime(2022, 2, 16, 21, 57, 1, 979000, tzinfo=UTC)


# ---- reading and writing catalogs ---------------------------------------------------------------

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}$")
_HEX24 = re.compile(r"^[0-9a-f]{24}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class _Entry:
    """One mapping of the catalog being read, with its place for error messages."""

    def __init__(self, data: object, where: str, keys: set[str], optional: set[str]) -> None:
        if not isinstance(data, Mapping):
            raise CatalogError(f"{where}: expected a mapping, got {_kind(data)}")
        unknown = sorted(str(k) for k in data if k not in keys | optional)
        if unknown:
            expected = ", ".join(sorted(keys | optional))
            raise CatalogError(f"{where}: unknown key {unknown[0]!r} (expected {expected})")
        missing = sorted(keys - set(data))
        if missing:
            raise CatalogError(f"{where}: {missing[0]} is required")
        self.data = data
        self.where = where

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def text(self, key: str, pattern: re.Pattern[str] | None = None) -> str:
        value = self.data[key]
        if not isinstance(value, str) or not value.strip():
            raise CatalogError(f"{self.where}.{key}: expected a non-empty string")
        if pattern is not None and not pattern.match(value):
            raise CatalogError(f"{self.where}.{key}: {value!r} is not a valid value here")
        return value

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise CatalogError(f"{self.where}.{key}: expected an integer from {low} to {high}")
        return value

    def decimal(
        self, key: str, *, low: Decimal, high: Decimal = MAX_VALUE, above_low: bool = False
    ) -> Decimal:
        value = self.data[key]
        number: Decimal | None = None
        if isinstance(value, int | float | str | Decimal) and not isinstance(value, bool):
            try:
                number = Decimal(repr(value) if isinstance(value, float) else value)
            except (InvalidOperation, ValueError):
                number = None
        if number is None or not number.is_finite():
            raise CatalogError(f"{self.where}.{key}: expected a decimal number, got {value!r}")
        too_low = number <= low if above_low else number < low
        if too_low or number > high:
            bound = "above" if above_low else "at least"
            raise CatalogError(
                f"{self.where}.{key}: {number} must be {bound} {low} and at most {high}"
            )
        return number


def _kind(value: object) -> str:
    return "nothing" if value is None else type(value).__name__


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _fits(entry: _Entry, key: str, value: Decimal, scale: int, scale_name: str) -> None:
    if _places(value) > scale:
        raise CatalogError(f"{entry.where}.{key}: {value} has more decimals than {scale_name}")


def _list(data: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise CatalogError(f"{where}.{key}: expected a list, got {_kind(value)}")
    return value


def _unique(items: list[T], key: Callable[[T], str], where: str, what: str) -> dict[str, T]:
    result: dict[str, T] = {}
    for item in items:
        name = key(item)
        if name in result:
            raise CatalogError(f"{where}: {what} {name!r} appears twice")
        result[name] = item
    return result


def _asset(data: object, where: str) -> Asset:
    e = _Entry(data, where, {"id", "name", "scale", "withdrawal_fee", "confirmations"}, set())
    scale = e.integer("scale", 0, MAX_SCALE)
    asset = Asset(
        id=e.text("id", _ID),
        name=e.text("name"),
        scale=scale,
        withdrawal_fee=e.decimal("withdrawal_fee", low=D(0)),
        confirmations=e.integer("confirmations", 0, 10_000),
    )
    _fits(e, "withdrawal_fee", asset.withdrawal_fee, scale, "the asset's scale")
    return asset


_MARKET_KEYS = {
    "instrument",
    "base",
    "quote",
    "price_scale",
    "amount_scale",
    "min_price",
    "max_price",
    "min_amount",
    "maker_fee",
    "taker_fee",
}


def _market(data: object, where: str, assets: Mapping[str, Asset]) -> Market:
    e = _Entry(data, where, _MARKET_KEYS, set())
    base, quote = e.text("base"), e.text("quote")
    for key, asset_id in (("base", base), ("quote", quote)):
        if asset_id not in assets:
            raise CatalogError(f"{where}.{key}: {asset_id!r} is not an asset of the catalog")
    if base == quote:
        raise CatalogError(f"{where}: base and quote are the same asset {base!r}")
    price_scale = e.integer("price_scale", 0, MAX_SCALE)
    amount_scale = e.integer("amount_scale", 0, MAX_SCALE)
    if amount_scale > assets[base].scale:
        raise CatalogError(
            f"{where}.amount_scale: {amount_scale} exceeds the scale of {base!r} "
            f"({assets[base].scale})"
        )
    if price_scale + amount_scale > assets[quote].scale:
        raise CatalogError(
            f"{where}: price_scale + amount_scale ({price_scale + amount_scale}) exceeds the "
            f"scale of {quote!r} ({assets[quote].scale}), so price * amount would not be exact"
        )
    fee_high = D("0.1")
    market = Market(
        instrument=e.text("instrument", _ID),
        base=base,
        quote=quote,
        price_scale=price_scale,
        amount_scale=amount_scale,
        min_price=e.decimal("min_price", low=D(0), above_low=True),
        max_price=e.decimal("max_price", low=D(0), above_low=True, high=D(10**9)),
        min_amount=e.decimal("min_amount", low=D(0), above_low=True),
        maker_fee=e.decimal("maker_fee", low=D(0), high=fee_high),
        taker_fee=e.decimal("taker_fee", low=D(0), high=fee_high),
    )
    _fits(e, "min_price", market.min_price, price_scale, "price_scale")
    _fits(e, "max_price", market.max_price, price_scale, "price_scale")
    _fits(e, "min_amount", market.min_amount, amount_scale, "amount_scale")
    if market.min_price > market.max_price:
        raise CatalogError(f"{where}: min_price {market.min_price} exceeds max_price")
    return market


def _currency(data: object, where: str) -> Currency:
    keys = {"code", "name", "type", "precision", "min_amount", "total_supply"}
    e = _Entry(data, where, keys, {"asset_id", "id"})
    code = e.text("code", _ID)
    precision = e.integer("precision", 0, MAX_SCALE)
    currency = Currency(
        id=e.text("id", _HEX24) if e.has("id") else object_id(f"ccy:{code}"),
        code=code,
        name=e.text("name"),
        type=e.integer("type", 0, 100),
        precision=precision,
        min_amount=e.decimal("min_amount", low=D(0), above_low=True),
        total_supply=e.decimal("total_supply", low=D(0), high=D(10**15)),
        asset_id=e.text("asset_id", _HEX64) if e.has("asset_id") else None,
    )
    _fits(e, "min_amount", currency.min_amount, precision, "precision")
    return currency


def _dex_market(data: object, where: str, currencies: Mapping[str, Currency], n: int) -> DexMarket:
    keys = {"code", "base", "quote", "price_precision", "base_amount_precision"}
    e = _Entry(data, where, keys, {"order_no", "id"})
    base, quote = e.text("base"), e.text("quote")
    for key, code in (("base", base), ("quote", quote)):
        if code not in currencies:
            raise CatalogError(f"{where}.{key}: {code!r} is not a currency of the catalog")
    if base == quote:
        raise CatalogError(f"{where}: base and quote are the same currency {base!r}")
    code = e.text("code", _ID)
    amount_precision = e.integer("base_amount_precision", 0, MAX_SCALE)
    if amount_precision > currencies[base].precision:
        raise CatalogError(
            f"{where}.base_amount_precision: {amount_precision} exceeds the precision of "
            f"{base!r} ({currencies[base].precision})"
        )
    return DexMarket(
        id=e.text("id", _HEX24) if e.has("id") else object_id(f"market:{code}"),
        code=code,
        base=currencies[base],
        quote=currencies[quote],
        price_precision=e.integer("price_precision", 0, MAX_SCALE),
        base_amount_precision=amount_precision,
        order_no=e.integer("order_no", 0, 10**9) if e.has("order_no") else 1000 + n,
    )


def catalog_from_data(data: object, name: str = "catalog") -> Catalog:
    """A validated catalog from parsed YAML or JSON; ``CatalogError`` names what is wrong.

    A section left out (``altmarket`` or ``hashgreen``) keeps the default catalog's. ``name``
    (optional) names the catalog; without it, the file's name does.
    """
    top = _Entry(data, name, set(), {"name", "altmarket", "hashgreen"})
    title = top.text("name", _ID) if top.has("name") else Path(name).stem
    # The default catalog's own file has both sections, so it is read before there is one.
    default = globals().get("DEFAULT_CATALOG", _EMPTY)
    assets, markets = default.assets, default.markets
    currencies, dex_markets = default.dex_currencies, default.dex_markets
    if "altmarket" in top.data:
        where = f"{name}: altmarket"
        section = _Entry(top.data["altmarket"], where, {"assets", "markets"}, set())
        raw_assets = _list(section.data, "assets", where)
        assets = _unique(
            [_asset(a, f"{where}.assets[{i}]") for i, a in enumerate(raw_assets)],
            lambda a: a.id,
            f"{where}.assets",
            "asset",
        )
        if not assets:
            raise CatalogError(f"{where}.assets: list at least one asset")
        raw_markets = _list(section.data, "markets", where)
        markets = _unique(
            [_market(m, f"{where}.markets[{i}]", assets) for i, m in enumerate(raw_markets)],
            lambda m: m.instrument,
            f"{where}.markets",
            "instrument",
        )
    if "hashgreen" in top.data:
        where = f"{name}: hashgreen"
        section = _Entry(top.data["hashgreen"], where, {"currencies", "markets"}, set())
        raw_currencies = _list(section.data, "currencies", where)
        currencies = _unique(
            [_currency(c, f"{where}.currencies[{i}]") for i, c in enumerate(raw_currencies)],
            lambda c: c.code,
            f"{where}.currencies",
            "currency",
        )
        _unique(list(currencies.values()), lambda c: c.id, f"{where}.currencies", "id")
        raw_markets = _list(section.data, "markets", where)
        by_code = _unique(
            [
                _dex_market(m, f"{where}.markets[{i}]", currencies, i)
                for i, m in enumerate(raw_markets)
            ],
            lambda m: m.code.upper(),
            f"{where}.markets",
            "market",
        )
        dex_markets = _unique(list(by_code.values()), lambda m: m.id, f"{where}.markets", "id")
    return Catalog(title, assets, markets, dex_markets, currencies)


def _number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def catalog_to_data(catalog: Catalog) -> dict[str, Any]:
    """The catalog in the file format ``catalog_from_data`` reads (decimals as strings)."""
    return {
        "altmarket": {
            "assets": [
                {
                    "id": a.id,
                    "name": a.name,
                    "scale": a.scale,
                    "withdrawal_fee": _number(a.withdrawal_fee),
                    "confirmations": a.confirmations,
                }
                for a in catalog.assets.values()
            ],
            "markets": [
                {
                    "instrument": m.instrument,
                    "base": m.base,
                    "quote": m.quote,
                    "price_scale": m.price_scale,
                    "amount_scale": m.amount_scale,
                    "min_price": _number(m.min_price),
                    "max_price": _number(m.max_price),
                    "min_amount": _number(m.min_amount),
                    "maker_fee": _number(m.maker_fee),
                    "taker_fee": _number(m.taker_fee),
                }
                for m in catalog.markets.values()
            ],
        },
        "hashgreen": {
            "currencies": [
                {
                    "id": c.id,
                    "code": c.code,
                    "name": c.name,
                    "type": c.type,
                    "precision": c.precision,
                    "min_amount": _number(c.min_amount),
                    "total_supply": _number(c.total_supply),
                    **({"asset_id": c.asset_id} if c.asset_id else {}),
                }
                for c in catalog.dex_currencies.values()
            ],
            "markets": [
                {
                    "id": m.id,
                    "code": m.code,
                    "base": m.base.code,
                    "quote": m.quote.code,
                    "price_precision": m.price_precision,
                    "base_amount_precision": m.base_amount_precision,
                    "order_no": m.order_no,
                }
                for m in catalog.dex_markets.values()
            ],
        },
    }


def fingerprint(catalog: Catalog) -> str:
    """A short digest of what the catalog lists (its name aside), to tell catalogs apart."""
    text = json.dumps(catalog_to_data(catalog), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def load_catalog(source: str | Path) -> Catalog:
    """A built-in catalog by name (``default``, ``live``), or a ``.json``/``.yaml`` file.

    Raises ``CatalogError`` with a one-line message naming the file and what is wrong.
    """
    if isinstance(source, str) and source in BUILT_IN:
        return BUILT_IN[source]
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        known = ", ".join(BUILT_IN)
        raise CatalogError(
            f"cannot read the catalog {str(path)!r} ({exc.strerror or exc}); "
            f"give a .yaml or .json file or a built-in name ({known})"
        ) from None
    except UnicodeDecodeError:
        raise CatalogError(f"{path.name}: the file is not UTF-8 text") from None
    return catalog_from_data(_parse(text, path), path.name)


def _parse(text: str, path: Path) -> object:
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise CatalogError(f"{path.name}: not valid JSON: {exc}") from None
    try:
        import yaml
    except ModuleNotFoundError:
        raise CatalogError(
            f'{path.name}: reading YAML needs PyYAML: pip install "tradespec[sandbox]" '
            "(or give the catalog as .json)"
        ) from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        first = " ".join(str(exc).split())
        raise CatalogError(f"{path.name}: not valid YAML: {first}") from None


# ---- the built-in catalogs: package data, read as --catalog FILE reads a file -----------------

CATALOGS = Path(__file__).resolve().parent / "catalogs"
try:  # the built-in catalogs are YAML: the sandbox extra brings PyYAML
    import yaml  # noqa: F401
except ModuleNotFoundError as exc:
    raise ModuleNotFoundError(
        "the sandbox reads its catalogs with PyYAML, which is missing: "
        'pip install "tradespec[sandbox]"',
        name=exc.name,
    ) from exc
_EMPTY = Catalog("empty", {}, {}, {}, {})
DEFAULT_CATALOG = load_catalog(CATALOGS / "default.yaml")
LIVE_CATALOG = load_catalog(CATALOGS / "live.yaml")
BUILT_IN: dict[str, Catalog] = {"default": DEFAULT_CATALOG, "live": LIVE_CATALOG}
MARKETS = DEFAULT_CATALOG.markets
DEX_MARKETS = DEFAULT_CATALOG.dex_markets
