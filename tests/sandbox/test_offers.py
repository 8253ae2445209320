"""bech32m and the sandbox's minted offers (pure unit tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tradespec_sandbox.offers import (
    CHARSET,
    OfferError,
    bech32m_decode,
    bech32m_encode,
    mint_offer,
    parse_offer,
    read_minted_terms,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chia-offers"


def real_offers() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for path in sorted(FIXTURES.glob("*.offer")):
        found.append((path.name, path.read_text().strip()))
    for path in sorted(FIXTURES.glob("*.txt")):
        lines = [line.strip() for line in path.read_text().splitlines() if line.strip()]
        found.extend((f"{path.name}:{i}", line) for i, line in enumerate(lines))
    return found


REAL = real_offers()


def test_round_trip() -> None:
    data = bytes(range(256)) * 3
    text = bech32m_encode("offer", data)
    assert text.startswith("offer1")
    assert bech32m_decode(text) == ("offer", data)
    assert bech32m_decode(text.upper()) == ("offer", data)


def test_bip350_vector() -> None:
    # A valid bech32m string from BIP-350's test vectors.
    hrp, data = bech32m_decode("a1lqfn3a")
    assert (hrp, data) == ("a", b"")


@pytest.mark.skipif(not REAL, reason="tests/fixtures/chia-offers is missing")
@pytest.mark.parametrize(("name", "offer"), REAL, ids=[n for n, _ in REAL])
def test_real_offers_are_well_formed_but_not_minted(name: str, offer: str) -> None:
    envelope = parse_offer(offer)
    assert 1 <= envelope.version <= 6
    assert read_minted_terms(envelope) is None


@pytest.mark.skipif(not REAL, reason="tests/fixtures/chia-offers is missing")
def test_versions_of_the_fixtures() -> None:
    versions = {name: parse_offer(offer).version for name, offer in REAL}
    assert versions["chia-test-offer-v6.offer"] == 6
    assert versions["hashgreen-cat1-offer-v2.offer"] == 2
    assert {v for n, v in versions.items() if n.startswith("liquidity")} == {4}


@pytest.mark.skipif(not REAL, reason="tests/fixtures/chia-offers is missing")
def test_one_changed_character_breaks_the_checksum() -> None:
    offer = REAL[0][1]
    position = len(offer) // 2
    replacement = CHARSET[(CHARSET.index(offer[position]) + 1) % 32]
    broken = offer[:position] + replacement + offer[position + 1 :]
    with pytest.raises(OfferError, match="checksum"):
        parse_offer(broken)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "separator"),
        ("offer1", "separator"),
        ("offer1qqqqqq", "checksum"),
        ("Offer1qqqqqqqqqq", "mixed"),
        ("offer1qqqqqqbqqq", "alphabet"),
        ("offer1 qqqqqqqq", "printable"),
    ],
)
def test_malformed(text: str, message: str) -> None:
    with pytest.raises(OfferError, match=message):
        parse_offer(text)


def test_wrong_hrp_and_version() -> None:
    with pytest.raises(OfferError, match="human-readable"):
        parse_offer(bech32m_encode("xch", b"\x00\x06abc"))
    with pytest.raises(OfferError, match="version 7"):
        parse_offer(bech32m_encode("offer", b"\x00\x07abc"))
    with pytest.raises(OfferError, match="version 0"):
        parse_offer(bech32m_encode("offer", b"\x00\x00abc"))
    with pytest.raises(OfferError, match="too short"):
        parse_offer(bech32m_encode("offer", b"\x00"))


def test_minted_offer_carries_its_terms() -> None:
    offer = mint_offer({"market": "XCH-USDS", "side": "sell", "price": "30.25", "amount": "1"})
    envelope = parse_offer(offer)
    assert envelope.version == 6
    terms = read_minted_terms(envelope)
    assert terms is not None
    assert terms["market"] == "XCH-USDS" and terms["price"] == "30.25"
    assert mint_offer({"a": 1}) != mint_offer({"a": 1})  # a nonce in each
