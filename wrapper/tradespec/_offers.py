"""Chia offers: a bech32m decoder and the checks run before an offer is posted to Hashgreen.

An offer is bech32m (BIP 350) text with the human-readable part ``offer``. Its data part, regrouped
from 5-bit to 8-bit, is a 2-byte big-endian compression version (1 to 6) followed by zlib data.
Checking the checksum before sending catches a truncated paste or a changed character without a
round trip, and without sending a mangled offer anywhere.

Offers are thousands of characters long, so BIP 173's 90-character limit does not apply.
"""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from tradespec.errors import InvalidInputError

__all__ = ["BECH32M_CONST", "OfferInfo", "bech32m_decode", "check_offer", "read_offer"]

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M_CONST = 0x2BC830A3
_GENERATORS = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_VALUES = {char: index for index, char in enumerate(CHARSET)}
OFFER_HRP = "offer"
MIN_VERSION, MAX_VERSION = 1, 6


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = ((checksum & 0x1FFFFFF) << 5) ^ value
        for bit, generator in enumerate(_GENERATORS):
            if (top >> bit) & 1:
                checksum ^= generator
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
        accumulator = (accumulator << 5) | value
        bits += 5
        while bits >= 8:
            bits -= 8
            out.append((accumulator >> bits) & 0xFF)
    if bits >= 5 or (accumulator & ((1 << bits) - 1)):
        raise ValueError("has invalid padding in its data part")
    return bytes(out)


@attrs.frozen(slots=True)
class OfferInfo:
    """What :func:`check_offer` learned about an offer."""

    text: str
    """The offer, lowercased and stripped of surrounding whitespace: what is posted."""
    version: int
    """The compression version (1 to 6)."""
    payload_size: int
    """Bytes of compressed data after the version."""


def check_offer(offer: str, argument: str = "offer") -> OfferInfo:
    """Check that ``offer`` is a well-formed Chia offer, or raise :class:`InvalidInputError`.

    Checks: bech32m checksum (constant ``0x2BC830A3``), human-readable part ``offer``, a 2-byte
    big-endian compression version from 1 to 6, and a zlib stream header after it.
    """
    if not isinstance(offer, str):
        raise InvalidInputError(argument, f"expected an offer string, got {type(offer).__name__}")
    text = offer.strip()
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
    return OfferInfo(text=text.lower(), version=version, payload_size=len(payload) - 2)


def read_offer(offer: str | os.PathLike[str], argument: str = "offer") -> OfferInfo:
    """An offer given as its text or as a path to an offer file, checked by :func:`check_offer`.

    A ``str`` that starts with ``offer1`` (any case, after whitespace) is the offer itself; any
    other ``str`` and any path-like object name a file, read as UTF-8.
    """
    if isinstance(offer, str) and offer.strip()[:6].lower() == "offer1":
        return check_offer(offer, argument)
    if not isinstance(offer, str | os.PathLike):
        raise InvalidInputError(
            argument, f"expected an offer string or a path, got {type(offer).__name__}"
        )
    path = Path(offer)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # ValueError: a NUL byte
        raise InvalidInputError(
            argument,
            f"not an offer (offers start with 'offer1') and not a readable offer file: {path}"
            f" ({type(exc).__name__})",
        ) from None
    return check_offer(text, argument)
