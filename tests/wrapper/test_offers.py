"""The offer checker on every real Chia offer in the fixtures, and on corruptions of them."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from tradespec import InvalidInputError, check_offer
from tradespec._offers import (
    BECH32M_CONST,
    CHARSET,
    _hrp_expand,
    _polymod,
    _regroup,
    bech32m_decode,
    read_offer,
)

from tests.wrapper.helpers import FIXTURES, all_offers

OFFERS = all_offers()
EXPECTED_VERSIONS = {"chia-test-offer-v6.offer": 6, "hashgreen-cat1-offer-v2.offer": 2}


def _encode(hrp: str, payload: bytes) -> str:
    """A bech32m encoder (test side only), to build offers the checker must refuse."""
    data: list[int] = []
    accumulator, bits = 0, 0
    for byte in payload:
        accumulator = (accumulator << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((accumulator >> bits) & 31)
    if bits:
        data.append((accumulator << (5 - bits)) & 31)
    polymod = _polymod([*_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ BECH32M_CONST
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + checksum)


def _payload(offer: str) -> bytes:
    _, data = bech32m_decode(offer)
    return _regroup(data)


def test_the_fixtures_are_all_there() -> None:
    assert len(OFFERS) == 22
    assert FIXTURES.is_dir()


@pytest.mark.parametrize(("name", "offer"), OFFERS, ids=[name for name, _ in OFFERS])
def test_every_real_offer_passes(name: str, offer: str) -> None:
    info = check_offer(offer)
    assert info.text == offer.lower()
    assert 1 <= info.version <= 6
    assert info.version == EXPECTED_VERSIONS.get(name, 4)
    assert info.payload_size > 100
    assert check_offer("  " + offer.upper() + "\n").text == offer.lower()  # one case, trimmed


@pytest.mark.parametrize(("name", "offer"), OFFERS, ids=[name for name, _ in OFFERS])
def test_every_single_character_substitution_is_caught(name: str, offer: str) -> None:
    # A single substitution changes the checksum polynomial by e * x**k, which the generator
    # (degree 6, coprime to x) never divides: every one is caught at any length. The test takes
    # the prefix, the checksum, and a fixed random sample of the data part of each offer.
    rng = random.Random(name)
    data = range(len("offer1"), len(offer) - 6)
    positions = [
        *range(len("offer1")),
        *sorted(rng.sample(data, 60)),
        *range(len(offer) - 6, len(offer)),
    ]
    for position in positions:
        alphabet = CHARSET if position >= len("offer1") else "abcdefghijklmnopqrstuvwxyz1"
        replacement = rng.choice([c for c in alphabet if c != offer[position]])
        corrupted = offer[:position] + replacement + offer[position + 1 :]
        with pytest.raises(InvalidInputError) as caught:
            check_offer(corrupted)
        assert caught.value.argument == "offer"


@pytest.mark.parametrize(("name", "offer"), OFFERS[:3], ids=[name for name, _ in OFFERS[:3]])
def test_other_corruptions(name: str, offer: str) -> None:
    cases = {
        "truncated": offer[:-1],
        "extended": offer + "q",
        "mixed case": offer[:10] + offer[10:].upper(),
        "not in the alphabet": offer[:20] + "b" + offer[21:],
        "swapped neighbours": offer[:30] + offer[31] + offer[30] + offer[32:],
        "no separator": offer.replace("1", "", 1).replace("1", "q"),
        "space inside": offer[:40] + " " + offer[40:],
    }
    for label, corrupted in cases.items():
        if corrupted == offer:
            continue
        with pytest.raises(InvalidInputError):
            check_offer(corrupted)
        assert label


def test_hrp_and_version_are_checked_with_a_valid_checksum() -> None:
    payload = _payload(OFFERS[0][1])
    assert check_offer(_encode("offer", payload)).version == 6
    with pytest.raises(InvalidInputError, match="prefix is 'bech'"):
        check_offer(_encode("bech", payload))
    for version in (0, 7, 0xFFFF):
        forged = _encode("offer", version.to_bytes(2, "big") + payload[2:])
        with pytest.raises(InvalidInputError, match=f"compression version {version}"):
            check_offer(forged)
    with pytest.raises(InvalidInputError, match="zlib"):
        check_offer(_encode("offer", payload[:2] + b"\x00\x00" + payload[4:]))
    with pytest.raises(InvalidInputError, match="too short"):
        check_offer(_encode("offer", b"\x00\x06"))


def test_bech32_with_the_old_constant_is_refused() -> None:
    payload = _payload(OFFERS[1][1])
    bech32m = _encode("offer", payload)
    # Re-checksum with BIP 173's constant 1: a valid bech32 string, but not bech32m.
    _, data = bech32m_decode(bech32m)
    polymod = _polymod([*_hrp_expand("offer"), *data, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = "".join(CHARSET[(polymod >> 5 * (5 - i)) & 31] for i in range(6))
    with pytest.raises(InvalidInputError, match="checksum"):
        check_offer("offer1" + "".join(CHARSET[d] for d in data) + checksum)


def test_offers_from_files_and_paths(tmp_path: Path) -> None:
    path = FIXTURES / "hashgreen-cat1-offer-v2.offer"
    assert read_offer(path).version == 2
    assert read_offer(str(path)).version == 2
    copy = tmp_path / "with whitespace.offer"
    copy.write_text("\n  " + path.read_text().strip() + "  \n")
    assert read_offer(copy).version == 2
    with pytest.raises(InvalidInputError, match="not a readable offer file"):
        read_offer(tmp_path / "missing.offer")
    binary = tmp_path / "binary.offer"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InvalidInputError):
        read_offer(binary)
    with pytest.raises(InvalidInputError):
        read_offer(12)  # type: ignore[arg-type]
