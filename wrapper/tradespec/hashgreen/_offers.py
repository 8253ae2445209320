"""Chia offers: a bech32m decoder and the checks run before an offer is posted to Hashgreen.

An offer is bech32m (BIP 350) text with the human-readable part ``offer``. Its data part, regrouped
from 5-bit to 8-bit, is a 2-byte big-endian compression version (1 to 6) followed by zlib data.
Checking the checksum before sending catches a truncated paste or a changed character without a
round trip, and without sending a mangled offer anywhere.

Offers are thousands of characters long, so BIP 173's 90-character limit does not apply; an
offer longer than :data:`MAX_OFFER_LENGTH` (a quarter of a million characters, more than ten
times any real offer) is refused before it is decoded, and decoding takes linear time.

An offer is given as its text (a ``str``, always: never taken for a file name) or as a
``pathlib.Path`` (any ``os.PathLike``) naming a regular file no larger than the cap: a device,
a FIFO or a directory is refused without being read.

With the ``chia`` extra (``pip install "tradespec[chia]"``, the Chia community's wallet SDK), the
check also decodes the spend bundle and reads what the offer gives and asks for, and
:func:`check_offer_trades` compares that with a market before the offer is posted. The SDK is
imported on the first check, never by ``import tradespec``.

Assets are named as Hashgreen names them: XCH has no asset id (``None``), a CAT is named by its
asset id (64 lowercase hex digits). Amounts come in mojos, the integers a spend bundle carries
(10**12 per XCH, 1000 per CAT unit), and in whole units as ``Decimal``.
"""

from __future__ import annotations

import functools
import importlib
import os
import stat
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import Any, Literal, Protocol

import attrs

from tradespec.errors import InvalidInputError

__all__ = [
    "BECH32M_CONST",
    "CAT_MOJOS",
    "MAX_OFFER_LENGTH",
    "XCH_MOJOS",
    "OfferAmount",
    "OfferInfo",
    "OfferStatus",
    "OfferTrade",
    "bech32m_decode",
    "check_offer",
    "check_offer_trades",
    "load_sdk",
    "read_offer",
]

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M_CONST = 0x2BC830A3
_GENERATORS = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_VALUES = {char: index for index, char in enumerate(CHARSET)}
OFFER_HRP = "offer"
MAX_OFFER_LENGTH = 256 * 1024
"""The longest offer accepted, in characters (the longest real offer in the tests is ~4,000)."""
MIN_VERSION, MAX_VERSION = 1, 6


# What the five generators add for each value of the checksum's top five bits: one lookup per
# character instead of five tests.
_SHIFTED_OUT = tuple(
    functools.reduce(
        lambda acc, bit: acc ^ (_GENERATORS[bit] if (top >> bit) & 1 else 0), range(5), 0
    )
    for top in range(32)
)


def _polymod(values: list[int]) -> int:
    checksum = 1
    table = _SHIFTED_OUT
    for value in values:
        checksum = ((checksum & 0x1FFFFFF) << 5) ^ value ^ table[checksum >> 25]
    return checksum


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(char) >> 5 for char in hrp] + [0] + [ord(char) & 31 for char in hrp]


def bech32m_decode(text: str) -> tuple[str, list[int]]:
    """Decode bech32m ``text`` into its human-readable part and 5-bit data (checksum removed).

    Raises ``ValueError`` saying what is wrong: mixed case, a character outside the alphabet, no
    separator, or a checksum that is not bech32m's.
    """
    if any(ord(char) < 33 or ord(char) > 126 for char in text):
        raise ValueError("contains a character outside printable ASCII")
    if text.lower() != text and text.upper() != text:
        raise ValueError("mixes upper and lower case")
    text = text.lower()
    separator = text.rfind("1")
    if separator < 1:
        raise ValueError("has no human-readable part before the separator '1'")
    if separator + 7 > len(text):
        raise ValueError("is too short to carry a checksum")
    hrp = text[:separator]
    data: list[int] = []
    for position, char in enumerate(text[separator + 1 :], start=separator + 1):
        value = _VALUES.get(char)
        if value is None:
            raise ValueError(f"has {char!r} at position {position}, outside the bech32 alphabet")
        data.append(value)
    if _polymod(_hrp_expand(hrp) + data) != BECH32M_CONST:
        raise ValueError("fails the bech32m checksum (a character is changed or missing)")
    return hrp, data[:-6]


def _regroup(data: list[int]) -> bytes:
    """5-bit groups to bytes; the padding must be under 5 bits and zero (BIP 173)."""
    accumulator = 0
    bits = 0
    out = bytearray()
    for value in data:
        # Only the bits not yet written are kept (at most 12): an unmasked accumulator grows
        # with the offer, and shifting it makes decoding quadratic.
        accumulator = ((accumulator << 5) | value) & 0xFFF
        bits += 5
        while bits >= 8:
            bits -= 8
            out.append((accumulator >> bits) & 0xFF)
    if bits >= 5 or (accumulator & ((1 << bits) - 1)):
        raise ValueError("has invalid padding in its data part")
    return bytes(out)


XCH_MOJOS = 10**12
"""Mojos in one XCH."""
CAT_MOJOS = 1000
"""Mojos in one unit of a CAT (every CAT has three decimals)."""

OfferStatus = Literal["read", "old_format", "envelope_only"]
"""How far :func:`check_offer` could read an offer.

``"read"``: the SDK read what it offers and requests. ``"old_format"``: the spend bundle decodes,
but it pays through the settlement payments puzzle of Chia's first offer format, which the SDK no
longer reads; only the envelope was checked.
``"envelope_only"``: the ``chia`` extra is not installed; only the envelope was checked.
"""

_NOT_INSTALLED = (
    'only the envelope was checked: pip install "tradespec[chia]" to read what the offer trades'
)


def _asset_name(asset_id: str | None) -> str:
    return "XCH" if asset_id is None else f"CAT {asset_id[:8]}..."


@attrs.frozen(slots=True)
class OfferAmount:
    """One asset an offer gives or asks for, with its amount."""

    asset_id: str | None
    """``None`` for XCH; for a CAT its asset id (the TAIL hash), 64 lowercase hex digits."""
    mojos: int
    """The amount in mojos, as the spend bundle carries it."""

    @property
    def amount(self) -> Decimal:
        """The amount in whole units: mojos / 10**12 for XCH, mojos / 1000 for a CAT."""
        per_unit = XCH_MOJOS if self.asset_id is None else CAT_MOJOS
        return (Decimal(self.mojos) / per_unit).normalize()

    @property
    def name(self) -> str:
        """``"XCH"``, or ``"CAT "`` and the first 8 hex digits of the asset id, for messages."""
        return _asset_name(self.asset_id)

    def __str__(self) -> str:
        return f"{self.amount:f} {self.name}"


@attrs.frozen(slots=True)
class OfferInfo:
    """What :func:`check_offer` learned about an offer."""

    text: str
    """The offer, lowercased and stripped of surrounding whitespace: what is posted."""
    version: int
    """The compression version (1 to 6)."""
    payload_size: int
    """Bytes of compressed data after the version."""
    status: OfferStatus = "envelope_only"
    """How far the offer was read: ``"read"``, ``"old_format"`` or ``"envelope_only"``."""
    offered: tuple[OfferAmount, ...] = ()
    """XCH and CATs the maker gives (empty unless ``status`` is ``"read"``)."""
    requested: tuple[OfferAmount, ...] = ()
    """XCH and CATs the maker asks for in return (empty unless ``status`` is ``"read"``)."""
    offered_nfts: tuple[str, ...] = ()
    """Launcher ids (hex) of the NFTs the maker gives."""
    requested_nfts: tuple[str, ...] = ()
    """Launcher ids (hex) of the NFTs the maker asks for."""
    fee_mojos: int = 0
    """The blockchain fee the maker pays, in XCH mojos."""
    bundle_id: str | None = None
    """The spend bundle's name (hex), when the SDK decoded it; ``None`` without the extra."""
    note: str = _NOT_INSTALLED
    """What the check could not read, and why; empty when the offer was read."""

    def describe(self) -> str:
        """What the offer trades, in words: ``"offers 1 XCH for 30.25 CAT 6d95dae3..."``."""
        if self.status != "read":
            return f"an offer whose contents were not read ({self.note})"
        gives = [str(a) for a in self.offered] + [f"NFT {n[:8]}..." for n in self.offered_nfts]
        wants = [str(a) for a in self.requested] + [f"NFT {n[:8]}..." for n in self.requested_nfts]
        return f"an offer of {' + '.join(gives) or 'nothing'} for {' + '.join(wants) or 'nothing'}"


@functools.cache
def load_sdk() -> Any:
    """chia_wallet_sdk, imported once, or None when the ``chia`` extra is not installed.

    Imported by name, so that type checkers do not read the SDK's stub: 0.37's has a method named
    ``from``, a syntax error to them. What is used of it is typed by the protocols below.
    """
    try:
        return importlib.import_module("chia_wallet_sdk")
    except ImportError:
        return None


class _SdkAmounts(Protocol):
    def xch(self) -> int: ...
    def asset_ids(self) -> list[bytes]: ...
    def cat(self, asset_id: bytes) -> int: ...


class _SdkRequested(Protocol):
    def amounts(self) -> _SdkAmounts: ...
    def nft_launcher_ids(self) -> list[bytes]: ...


class _SdkOffer(Protocol):
    def offered_amounts(self) -> _SdkAmounts: ...
    def requested_payments(self) -> _SdkRequested: ...
    def offered_nft_launcher_ids(self) -> list[bytes]: ...
    def fee(self) -> int: ...


def _amounts(amounts: _SdkAmounts) -> tuple[OfferAmount, ...]:
    found: list[OfferAmount] = []
    if amounts.xch():
        found.append(OfferAmount(None, amounts.xch()))
    for asset_id in sorted(amounts.asset_ids()):
        if amounts.cat(asset_id):
            found.append(OfferAmount(asset_id.hex(), amounts.cat(asset_id)))
    return tuple(found)


def _read_contents(info: OfferInfo, argument: str) -> OfferInfo:
    """``info`` with what the SDK reads of the spend bundle, or the envelope's ``info`` alone."""
    sdk = load_sdk()
    if sdk is None:
        return info
    try:
        bundle = sdk.decode_offer(info.text)
    except ValueError as exc:
        raise InvalidInputError(
            argument, f"not a valid offer: its data is not a Chia spend bundle ({exc})"
        ) from None
    bundle_id: str = bundle.hash().hex()
    try:
        offer: _SdkOffer = sdk.Offer.from_spend_bundle(sdk.Clvm(), bundle)
    except ValueError as exc:
        reason = str(exc).removeprefix("Driver error: ")
        status: OfferStatus = "envelope_only"
        if "old settlement payments" in reason:
            status = "old_format"
            reason = (
                "an old-format offer: it pays through the settlement payments puzzle of "
                "Chia's first offer format, which the Chia wallet SDK no longer reads; "
                "only the envelope was checked"
            )
        else:
            reason = f"the Chia wallet SDK could not read what it trades ({reason})"
        return attrs.evolve(info, status=status, bundle_id=bundle_id, note=reason)
    requested = offer.requested_payments()
    return attrs.evolve(
        info,
        status="read",
        offered=_amounts(offer.offered_amounts()),
        requested=_amounts(requested.amounts()),
        offered_nfts=tuple(n.hex() for n in offer.offered_nft_launcher_ids()),
        requested_nfts=tuple(n.hex() for n in requested.nft_launcher_ids()),
        fee_mojos=offer.fee(),
        bundle_id=bundle_id,
        note="",
    )


def check_offer(offer: str, argument: str = "offer") -> OfferInfo:
    """Check that ``offer`` is a well-formed Chia offer, or raise :class:`InvalidInputError`.

    Checks: bech32m checksum (constant ``0x2BC830A3``), human-readable part ``offer``, a 2-byte
    big-endian compression version from 1 to 6, and a zlib stream header after it. With the
    ``chia`` extra, the data must also decompress to a spend bundle, and the result says what a
    current-format offer offers and requests (``status == "read"``); an old-format offer is
    reported as such (``status == "old_format"``), with the envelope checks only.
    """
    if not isinstance(offer, str):  # pyright: ignore[reportUnnecessaryIsInstance]  # untyped callers
        raise InvalidInputError(argument, f"expected an offer string, got {type(offer).__name__}")
    if len(offer) > MAX_OFFER_LENGTH + 1024:  # room for surrounding whitespace
        raise InvalidInputError(argument, _too_long(len(offer)))
    text = offer.strip()
    if len(text) > MAX_OFFER_LENGTH:
        raise InvalidInputError(argument, _too_long(len(text)))
    try:
        hrp, data = bech32m_decode(text)
        payload = _regroup(data)
    except ValueError as exc:
        raise InvalidInputError(argument, f"not a valid offer: it {exc}") from None
    if hrp != OFFER_HRP:
        raise InvalidInputError(argument, f"not an offer: its prefix is {hrp!r}, not 'offer'")
    if len(payload) < 4:
        raise InvalidInputError(argument, "not a valid offer: its payload is too short")
    version = int.from_bytes(payload[:2], "big")
    if not MIN_VERSION <= version <= MAX_VERSION:
        raise InvalidInputError(
            argument,
            f"unsupported offer compression version {version} "
            f"(expected {MIN_VERSION} to {MAX_VERSION})",
        )
    cmf, flg = payload[2], payload[3]
    if cmf & 0x0F != 8 or (cmf * 256 + flg) % 31 != 0:
        raise InvalidInputError(argument, "not a valid offer: its data is not a zlib stream")
    info = OfferInfo(text=text.lower(), version=version, payload_size=len(payload) - 2)
    return _read_contents(info, argument)


def _too_long(length: int) -> str:
    return (
        f"not an offer: {length:,} characters, more than the {MAX_OFFER_LENGTH:,} an offer may have"
    )


def read_offer(offer: str | os.PathLike[str], argument: str = "offer") -> OfferInfo:
    """An offer given as its text (a ``str``) or as a path to an offer file (a
    ``pathlib.Path`` or other ``os.PathLike``), checked by :func:`check_offer`.

    A ``str`` is always the offer's text. A path must name a regular file of at most
    :data:`MAX_OFFER_LENGTH` bytes (plus whitespace), read as UTF-8; a device (``/dev/zero``), a
    FIFO or a directory is refused without reading it.
    """
    if isinstance(offer, str):
        if offer.strip()[:6].lower() != "offer1" and len(offer) <= 4096:
            try:
                return check_offer(offer, argument)
            except InvalidInputError as exc:
                raise InvalidInputError(
                    argument,
                    f"{exc.message.removeprefix(f'{argument}: ')} (an offer file is read when "
                    "given as a pathlib.Path, never as a str)",
                ) from None
        return check_offer(offer, argument)
    if not isinstance(offer, os.PathLike):  # pyright: ignore[reportUnnecessaryIsInstance]  # untyped callers
        raise InvalidInputError(
            argument, f"expected an offer string or a path, got {type(offer).__name__}"
        )
    return check_offer(_read_offer_file(Path(offer), argument), argument)


_FILE_LIMIT = MAX_OFFER_LENGTH + 1024


def _read_offer_file(path: Path, argument: str) -> str:
    """The text of the regular file at ``path``, at most ``_FILE_LIMIT`` bytes."""

    def refused(why: str) -> InvalidInputError:
        return InvalidInputError(argument, f"not a readable offer file: {path} ({why})")

    # O_NONBLOCK: opening a FIFO for reading does not wait for a writer; fstat then refuses it.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        raise refused(type(exc).__name__) from None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise refused("not a regular file")
        if status.st_size > _FILE_LIMIT:
            raise refused(f"{status.st_size:,} bytes, more than an offer may have")
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            data = file.read(_FILE_LIMIT + 1)
    except OSError as exc:
        raise refused(type(exc).__name__) from None
    finally:
        os.close(descriptor)
    if len(data) > _FILE_LIMIT:
        raise refused("larger than an offer may be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise refused("not UTF-8 text") from None


@attrs.frozen(slots=True)
class OfferTrade:
    """An offer read as an order on one market, by :func:`check_offer_trades`."""

    side: Literal["buy", "sell"]
    """``"sell"``: the offer gives the base asset for the quote; ``"buy"``: the other way."""
    base_amount: Decimal
    """How much of the base asset changes hands, in whole units."""
    quote_amount: Decimal
    """How much of the quote asset changes hands, in whole units."""
    price: Decimal
    """Quote per base, at the market's price precision when one was given (else exact to 28
    significant digits)."""


def _asset_key(asset_id: str | None) -> str | None:
    """Hashgreen's spelling of an asset as an offer's: None (or "", "XCH") for XCH, else hex."""
    if asset_id is None:
        return None
    key = asset_id.strip().lower().removeprefix("0x")
    return None if key in ("", "xch") else key


def check_offer_trades(
    info: OfferInfo,
    *,
    base_asset_id: str | None,
    quote_asset_id: str | None,
    price_precision: int | None = None,
    base_amount_precision: int | None = None,
    reference_price: Decimal | None = None,
    max_price_ratio: Decimal = Decimal(10),
    market: str = "the market",
    argument: str = "offer",
) -> OfferTrade | None:
    """Check, before sending, that a read offer is an order on the market given; say what it is.

    ``base_asset_id`` and ``quote_asset_id`` are the market's currencies' ``asset_id`` (``None``,
    ``""`` or ``"XCH"`` for XCH); ``price_precision`` and ``base_amount_precision`` its decimal
    places. The offer must give exactly one of the two assets and ask for exactly the other (no
    NFT, no third asset); its price (quote per base) must round to ``price_precision`` decimals
    within one mojo of the quote amount, and its base amount have at most
    ``base_amount_precision`` decimals. With ``reference_price`` (the market's last price, say),
    a price more than ``max_price_ratio`` times above or below it is refused too: a mojo mistake
    is a factor of 1,000 or 10**12. ``market`` names the market in messages.

    Raises :class:`InvalidInputError` (for ``argument``) saying what the offer trades and why it
    does not fit. Returns the order the offer makes, or ``None`` when the offer's contents were
    not read (``info.status`` is not ``"read"``: no ``chia`` extra, or an old-format offer), so
    there was nothing to compare.
    """
    if info.status != "read":
        return None
    base, quote = _asset_key(base_asset_id), _asset_key(quote_asset_id)
    pair = f"{market} trades {_asset_name(base)} (base) for {_asset_name(quote)} (quote)"
    if base == quote:
        raise ValueError(f"base and quote are the same asset: {_asset_name(base)}")
    what = info.describe()
    if (
        info.offered_nfts
        or info.requested_nfts
        or len(info.offered) != 1
        or len(info.requested) != 1
    ):
        raise InvalidInputError(
            argument, f"{what}: an order gives one asset for one other, and {pair}"
        )
    gives, wants = info.offered[0], info.requested[0]
    if (gives.asset_id, wants.asset_id) == (base, quote):
        side: Literal["buy", "sell"] = "sell"
        base_side, quote_side = gives, wants
    elif (gives.asset_id, wants.asset_id) == (quote, base):
        side = "buy"
        base_side, quote_side = wants, gives
    else:
        raise InvalidInputError(argument, f"{what}, but {pair}")
    base_amount, quote_amount = base_side.amount, quote_side.amount
    exact = quote_amount / base_amount
    price = exact
    if price_precision is not None:
        price = exact.quantize(Decimal(1).scaleb(-price_precision), rounding=ROUND_HALF_EVEN)
        quote_per_unit = XCH_MOJOS if quote is None else CAT_MOJOS
        off_by = abs(price * base_amount - quote_amount) * quote_per_unit
        if price == 0 or off_by >= 1:
            raise InvalidInputError(
                argument,
                f"{what}: a price of {exact.normalize():f} {_asset_name(quote)} per "
                f"{_asset_name(base)}, which is not a price {market} takes (it has "
                f"{price_precision} decimals); is an amount off by a factor of 1,000 (mojos)?",
            )
    if base_amount_precision is not None and base_amount != round(
        base_amount, base_amount_precision
    ):
        raise InvalidInputError(
            argument,
            f"{what}: {base_amount:f} {_asset_name(base)} has more decimals than the "
            f"{base_amount_precision} {market} allows in a base amount",
        )
    if reference_price is not None and reference_price > 0:
        ratio = price / reference_price
        if ratio > max_price_ratio or ratio * max_price_ratio < 1:
            how_far = (
                (f"{ratio:,.0f} times" if ratio >= 1 else f"1/{1 / ratio:,.0f} of")
                if ratio > 0
                else "far below"
            )
            raise InvalidInputError(
                argument,
                f"{what}: a price of {price.normalize():f}, {how_far} the reference price "
                f"{reference_price.normalize():f} of {market} (allowed: within a factor of "
                f"{max_price_ratio}); is an amount off by a factor of 1,000 (mojos)?",
            )
    return OfferTrade(side=side, base_amount=base_amount, quote_amount=quote_amount, price=price)
