"""Chia offer strings: bech32m with the hrp ``offer``, and the sandbox's own minted offers.

A real offer is ``bech32m("offer", version(2 bytes, big-endian) + zlib(spend bundle))``, where the
version (1 to 6) names the compression dictionary the wallet used. The sandbox cannot read a real
spend bundle (it has no Chia node), so it mints its own offers: the same envelope, version 6, but
the compressed data is a small JSON document with the order's terms and a random nonce. It
remembers every offer it minted by its string and refuses any other, so a test can tell "not an
offer at all" (malformed) from "a real offer the sandbox cannot use" (well-formed, unknown).

Bech32m is BIP-350; it is implemented here rather than imported so the sandbox carries no
dependency for 60 lines, and so the client-side checker and this one can catch each other's bugs.
"""

from __future__ import annotations

import json
import secrets
import zlib
from dataclasses import dataclass
from typing import Any

HRP = "offer"
CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M_CONST = 0x2BC830A3
MIN_VERSION, MAX_VERSION = 1, 6
MINT_VERSION = 6
SANDBOX_MAGIC = "tradespec-sandbox-offer"

_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CHAR_VALUES = {c: i for i, c in enumerate(CHARSET)}


class OfferError(ValueError):
    """The string is not a well-formed offer; the message says why."""


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(_GENERATOR):
            if (top >> i) & 1:
                chk ^= gen
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        if value < 0 or value >> from_bits:
            raise OfferError("invalid data value")
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & max_value)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & max_value)
    elif bits >= from_bits or ((acc << (to_bits - bits)) & max_value):
        raise OfferError("invalid padding in the data part")
    return out


def bech32m_encode(hrp: str, data: bytes) -> str:
    """Encode bytes as bech32m (no length limit: offers are far longer than 90 characters)."""
    values = _convert_bits(data, 8, 5, pad=True)
    polymod = _polymod([*_hrp_expand(hrp), *values, 0, 0, 0, 0, 0, 0]) ^ BECH32M_CONST
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[v] for v in values + checksum)


def bech32m_decode(text: str) -> tuple[str, bytes]:
    """Decode a bech32m string into its hrp and bytes; raise OfferError on any defect."""
    if any(ord(c) < 33 or ord(c) > 126 for c in text):
        raise OfferError("characters outside the printable ASCII range")
    if text.lower() != text and text.upper() != text:
        raise OfferError("mixed upper and lower case")
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text):
        raise OfferError("no separator '1' followed by a checksum")
    hrp, data_part = text[:pos], text[pos + 1 :]
    try:
        values = [_CHAR_VALUES[c] for c in data_part]
    except KeyError as exc:
        raise OfferError(f"character {exc.args[0]!r} is not in the bech32 alphabet") from None
    if _polymod([*_hrp_expand(hrp), *values]) != BECH32M_CONST:
        raise OfferError("bad bech32m checksum")
    return hrp, bytes(_convert_bits(values[:-6], 5, 8, pad=False))


@dataclass(frozen=True, slots=True)
class OfferEnvelope:
    """A well-formed offer's outer layer: its compression version and the compressed data."""

    version: int
    compressed: bytes


def parse_offer(text: str) -> OfferEnvelope:
    """Check that ``text`` is a well-formed offer (bech32m, hrp ``offer``, version 1..6)."""
    text = text.strip()
    hrp, payload = bech32m_decode(text)
    if hrp != HRP:
        raise OfferError(f"the human-readable part is {hrp!r}, not {HRP!r}")
    if len(payload) < 3:
        raise OfferError("the payload is too short")
    version = int.from_bytes(payload[:2], "big")
    if not MIN_VERSION <= version <= MAX_VERSION:
        raise OfferError(f"unknown compression version {version}")
    return OfferEnvelope(version, payload[2:])


def mint_offer(terms: dict[str, Any]) -> str:
    """A well-formed offer string whose data is the sandbox's JSON ``terms`` and a nonce."""
    document = {"magic": SANDBOX_MAGIC, "nonce": secrets.token_hex(16), **terms}
    data = zlib.compress(json.dumps(document, sort_keys=True).encode())
    return bech32m_encode(HRP, MINT_VERSION.to_bytes(2, "big") + data)


def read_minted_terms(envelope: OfferEnvelope) -> dict[str, Any] | None:
    """The terms inside an offer the sandbox minted, or None for anything else (a real offer)."""
    try:
        document = json.loads(zlib.decompress(envelope.compressed))
    except (zlib.error, ValueError):
        return None
    if not isinstance(document, dict) or document.get("magic") != SANDBOX_MAGIC:
        return None
    return document
