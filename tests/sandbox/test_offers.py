"""bech32m, offers read with the Chia wallet SDK, and the sandbox's minted offers (unit tests)."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import pytest
from tradespec_sandbox.domain.offers import (
    CHARSET,
    AssetAmount,
    OfferError,
    OldFormatOfferError,
    bech32m_decode,
    bech32m_encode,
    build_offer,
    mint_offer,
    parse_offer,
    read_minted_terms,
    read_offer,
)

sdk: Any = pytest.importorskip("chia_wallet_sdk")
USDS = "6d95dae356e32a71db5ddcb42224754a02524c615c5fc35f568c2af04774e589"
SBX = "a628c1c2c6fcb74d53746157e438e108eab5c0bb3e5c80ff9b1910b3e4832913"

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


def test_minted_offers_are_offers_to_chia() -> None:
    cases = [
        (AssetAmount(None, 1_500_000_000_000), AssetAmount(USDS, 45_375)),
        (AssetAmount(USDS, 45_375), AssetAmount(None, 1_500_000_000_000)),
        (AssetAmount(SBX, 10_000), AssetAmount(None, 12_345_000)),
    ]
    for offered, requested in cases:
        offer = mint_offer({"case": str(offered)}, offered, requested, maker_seed=b"maker")
        assert parse_offer(offer).version == 6
        bundle = sdk.decode_offer(offer)
        read = sdk.Offer.from_spend_bundle(sdk.Clvm(), bundle)
        gives, wants = read.offered_amounts(), read.requested_payments().amounts()
        for amounts, expected in ((gives, offered), (wants, requested)):
            if expected.asset_id is None:
                assert (amounts.xch(), amounts.asset_ids()) == (expected.mojos, [])
            else:
                assert amounts.xch() == 0
                assert amounts.cat(bytes.fromhex(expected.asset_id)) == expected.mojos
        assert read.fee() == 0
        # Chia's own encoder gives back the same text: the compression is the wallets'.
        assert sdk.encode_offer(bundle) == offer
        contents = read_offer(offer)
        assert (contents.offered, contents.requested) == ((offered,), (requested,))
        assert contents.bundle_id == bundle.hash().hex()


def test_the_maker_signs_its_spend() -> None:
    offer = build_offer(AssetAmount(None, 10), AssetAmount(USDS, 20), maker_seed=b"signer")
    bundle = sdk.decode_offer(offer)
    assert not bundle.aggregated_signature.is_infinity()
    assert bundle.aggregated_signature.is_valid()


@pytest.mark.skipif(not REAL, reason="tests/fixtures/chia-offers is missing")
def test_what_the_sdk_reads_of_the_real_offers() -> None:
    current = read_offer(dict(REAL)["chia-test-offer-v6.offer"])
    assert current.bundle_id == "71fd6de245d896c691b0115cdb9b47904cb60858ae87b86bfd648b23208b6cc1"
    cat_offered = "06e4136cb7295cec5265c5e49cc32fa69aede779532f2b7542a2456589a53f2f"
    cat_requested = "13a52e5efb1ee80a24c94b36bbda2b473094353614ced1c2938ba5ef6097431e"
    assert current.offered == (AssetAmount(cat_offered, 100_000),)
    assert current.requested == (
        AssetAmount(None, 2_000_000_000_000),
        AssetAmount(cat_requested, 100_000),
    )
    assert (len(current.offered_nfts), len(current.requested_nfts)) == (1, 2)
    assert "NFT" in current.describe()
    old = [offer for name, offer in REAL if name != "chia-test-offer-v6.offer"]
    assert len(old) == 21
    for offer in old:
        with pytest.raises(OldFormatOfferError, match="Chia's first offer format"):
            read_offer(offer)


def test_unreadable_spend_bundles() -> None:
    for payload in (zlib.compress(b"not a spend bundle"), b"\x78\x9c garbage"):
        with pytest.raises(OfferError, match="not a Chia spend bundle"):
            read_offer(bech32m_encode("offer", b"\x00\x06" + payload))
    with pytest.raises(OfferError, match="checksum"):
        read_offer("offer1qqqqqqqqqqqq")


def test_build_offer_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="positive"):
        build_offer(AssetAmount(None, 0), AssetAmount(USDS, 1), maker_seed=b"x")
    with pytest.raises(ValueError, match="one asset for another"):
        build_offer(AssetAmount(USDS, 1), AssetAmount(USDS, 2), maker_seed=b"x")
