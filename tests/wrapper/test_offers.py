"""The offer checker on every real Chia offer in the fixtures, and on corruptions of them."""

from __future__ import annotations

import os
import random
import sys
import zlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from tradespec import InvalidInputError, OfferInfo, check_offer
from tradespec.hashgreen._offers import (
    BECH32M_CONST,
    CHARSET,
    MAX_OFFER_LENGTH,
    OfferAmount,
    _hrp_expand,
    _polymod,
    _regroup,
    bech32m_decode,
    check_offer_trades,
    load_sdk,
    read_offer,
)

from tests.wrapper.helpers import FIXTURES, all_offers

OFFERS = all_offers()
EXPECTED_VERSIONS = {"chia-test-offer-v6.offer": 6, "hashgreen-cat1-offer-v2.offer": 2}
USDS = "6d95dae356e32a71db5ddcb42224754a02524c615c5fc35f568c2af04774e589"
CAT_06E4 = "06e4136cb7295cec5265c5e49cc32fa69aede779532f2b7542a2456589a53f2f"
CAT_13A5 = "13a52e5efb1ee80a24c94b36bbda2b473094353614ced1c2938ba5ef6097431e"


def _reference_polymod(values: list[int]) -> int:
    """BIP 173's checksum as the BIP writes it (bit by bit), apart from the checker's table."""
    generators = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for bit, generator in enumerate(generators):
            checksum ^= generator if (top >> bit) & 1 else 0
    return checksum


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
    polymod = _reference_polymod([*_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ BECH32M_CONST
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
    # A str is offer text, never a file name: no local file is opened for it.
    with pytest.raises(InvalidInputError, match=r"given as a pathlib\.Path, never as a str"):
        read_offer(str(path))
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


# ---- what the Chia wallet SDK reads (the ``chia`` extra) ----------------------------------------

V6_BUNDLE = "71fd6de245d896c691b0115cdb9b47904cb60858ae87b86bfd648b23208b6cc1"


@pytest.fixture
def without_sdk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """check_offer as where the ``chia`` extra is not installed."""
    monkeypatch.setitem(sys.modules, "chia_wallet_sdk", None)  # import fails
    load_sdk.cache_clear()
    yield
    load_sdk.cache_clear()


@pytest.mark.parametrize(("name", "offer"), OFFERS, ids=[name for name, _ in OFFERS])
def test_every_real_offer_as_chia_reads_it(name: str, offer: str) -> None:
    pytest.importorskip("chia_wallet_sdk")
    info = check_offer(offer)
    assert info.bundle_id is not None and len(info.bundle_id) == 64
    if name != "chia-test-offer-v6.offer":
        assert info.status == "old_format"
        assert "old-format offer" in info.note and "first offer format" in info.note
        assert (info.offered, info.requested) == ((), ())
        assert check_offer_trades(info, base_asset_id=None, quote_asset_id=USDS) is None
        return
    assert (info.status, info.note, info.bundle_id) == ("read", "", V6_BUNDLE)
    assert info.offered == (OfferAmount(CAT_06E4, 100_000),)
    assert info.requested == (OfferAmount(None, 2 * 10**12), OfferAmount(CAT_13A5, 100_000))
    assert [a.amount for a in info.offered + info.requested] == [100, 2, 100]
    assert [a.name for a in info.requested] == ["XCH", "CAT 13a52e5e..."]
    assert (len(info.offered_nfts), len(info.requested_nfts)) == (1, 2)
    assert info.fee_mojos == 2 * 10**12
    assert info.describe().startswith("an offer of 100 CAT 06e4136c... + NFT 6bc2c2a2... for 2 XCH")


def test_without_the_extra_only_the_envelope_is_checked(without_sdk: None) -> None:
    info = check_offer(OFFERS[0][1])
    assert (info.status, info.offered, info.bundle_id) == ("envelope_only", (), None)
    assert 'pip install "tradespec[chia]"' in info.note
    assert "not read" in info.describe()
    junk = _encode("offer", b"\x00\x06" + zlib.compress(b"not a spend bundle"))
    assert check_offer(junk).status == "envelope_only"  # nothing here can tell


def test_a_zlib_stream_that_is_no_spend_bundle_is_refused() -> None:
    pytest.importorskip("chia_wallet_sdk")
    junk = _encode("offer", b"\x00\x06" + zlib.compress(b"not a spend bundle"))
    with pytest.raises(InvalidInputError, match="not a Chia spend bundle"):
        check_offer(junk)


def test_offer_info_stays_constructible_as_before() -> None:
    info = OfferInfo(text="offer1x", version=6, payload_size=10)
    assert (info.status, info.offered, info.fee_mojos) == ("envelope_only", (), 0)
    assert str(OfferAmount(None, 1_500_000_000_000)) == "1.5 XCH"
    assert OfferAmount(USDS, 30_250).amount == Decimal("30.25")


def test_offers_from_what_is_not_a_regular_file_are_refused_unread(tmp_path: Path) -> None:
    fifo = tmp_path / "offer.fifo"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    for path in (fifo, Path(os.devnull), tmp_path, Path("/dev/zero")):
        if not path.exists():
            continue
        with pytest.raises(InvalidInputError, match="not a regular file"):
            read_offer(path)
    big = tmp_path / "big.offer"
    big.write_bytes(b"offer1" + b"q" * MAX_OFFER_LENGTH * 2)
    with pytest.raises(InvalidInputError, match="more than an offer may have"):
        read_offer(big)


def test_an_offer_at_the_length_cap_is_decoded_and_one_past_it_refused_unread() -> None:
    # A valid bech32m string of a quarter million characters: decoded whole (linear time), and
    # refused for what it carries, which is no spend bundle.
    payload = b"\x00\x06" + zlib.compress(random.Random(7).randbytes(150_000), 0)
    text = _encode("offer", payload)
    assert len(text) <= MAX_OFFER_LENGTH
    info = None
    try:
        info = check_offer(text)
    except InvalidInputError as exc:
        assert "spend bundle" in str(exc)  # the envelope was read through; the SDK refused
    if info is not None:
        assert info.payload_size == len(payload) - 2
    with pytest.raises(InvalidInputError, match="more than the 262,144 an offer may have"):
        check_offer("offer1" + "q" * MAX_OFFER_LENGTH)
