"""Chia offer strings: bech32m with the hrp ``offer``, real offers read, and the sandbox's own.

An offer is ``bech32m("offer", version(2 bytes, big-endian) + zlib(spend bundle))``, where the
version (1 to 6) names the compression dictionary the wallet used. The Chia community's wallet SDK
(``chia_wallet_sdk``) decodes the spend bundle and reads what a current-format offer gives and asks
for; offers of Chia's first format pay through an older settlement payments puzzle it no longer
reads, and the sandbox refuses them for that reason.

The sandbox mints offers the way a Chia wallet makes them: the maker's coin (standard puzzle, or a
CAT around it) pays the offered amount to the settlement payments puzzle and asserts the payment it
asks for; the requested payment is a notarized payment to the maker. The coins exist on no chain:
their parents are random, so every minted offer is new. The maker's key is derived from a seed the
caller gives (the sandbox uses a hash of the trader's token, never the token). A REMARK condition
in the maker's spend carries the sandbox's terms (market, side, price, amount, a hash of the owner,
a nonce) as JSON, so a minted offer can be told from another wallet's without the sandbox's
records.

Bech32m is BIP-350; it is implemented here rather than imported so the client-side checker and this
one can catch each other's bugs.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import secrets
from dataclasses import dataclass
from typing import Any

try:
    # Imported by name: the SDK's stub (0.37) has a method named ``from``, which type checkers
    # cannot parse. Everything taken from it is converted to plain Python values below.
    _sdk: Any = importlib.import_module("chia_wallet_sdk")
except ModuleNotFoundError as exc:  # the sandbox extra brings it
    raise ModuleNotFoundError(
        "the sandbox reads and mints Chia offers with chia-wallet-sdk, which is missing: "
        'pip install "tradespec[sandbox]"',
        name=exc.name,
    ) from exc

HRP = "offer"
CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M_CONST = 0x2BC830A3
MIN_VERSION, MAX_VERSION = 1, 6
# The longest offer read: a wallet's offer of a few coins is 1 to 20 KB (the real ones in the
# tests' fixtures); one of dozens of coins stays far below this.
MAX_OFFER_LENGTH = 200_000
MINT_VERSION = 6
SANDBOX_MAGIC = "tradespec-sandbox-offer"
XCH_MOJOS = 10**12
CAT_MOJOS = 1000
# AGG_SIG_ME's additional data on mainnet (its genesis challenge): what the maker signs with.
MAINNET_GENESIS = bytes.fromhex("ccd5bb71183532bff220ba46c268991a3ff07eb358e8255a65c30a2dce0e5fbb")
# What running a maker's spend to read its REMARK may cost (a block allows 11,000,000,000).
_MAX_COST = 1_000_000_000

_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CHAR_VALUES = {c: i for i, c in enumerate(CHARSET)}


class OfferError(ValueError):
    """The string is not a well-formed offer; the message says why."""


class OldFormatOfferError(OfferError):
    """A well-formed offer of Chia's first format, whose contents the SDK does not read."""


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
    # acc keeps only the bits not yet emitted: masked, it stays a small int, and the regrouping
    # is linear in the length (unmasked, it grew with the input and each shift was quadratic).
    keep = (1 << (from_bits + to_bits - 1)) - 1
    for value in data:
        if value < 0 or value >> from_bits:
            raise OfferError("invalid data value")
        acc = ((acc << from_bits) | value) & keep
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
    """Decode a bech32m string into its hrp and bytes; raise OfferError on any defect.

    Linear in the length; offers longer than ``MAX_OFFER_LENGTH`` are refused before reading.
    """
    if len(text) > MAX_OFFER_LENGTH:
        raise OfferError(
            f"{len(text):,} characters is longer than an offer may be ({MAX_OFFER_LENGTH:,})"
        )
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


@dataclass(frozen=True, slots=True)
class AssetAmount:
    """An amount of one asset, as a spend bundle carries it."""

    asset_id: str | None  # None for XCH, else the CAT's asset id (64 lowercase hex digits)
    mojos: int

    def __str__(self) -> str:
        if self.asset_id is None:
            return f"{self.mojos} mojos of XCH"
        return f"{self.mojos} mojos of CAT {self.asset_id}"


@dataclass(frozen=True, slots=True)
class OfferContents:
    """What a current-format offer gives and asks for, read by the SDK."""

    offered: tuple[AssetAmount, ...]
    requested: tuple[AssetAmount, ...]
    offered_nfts: tuple[str, ...]
    requested_nfts: tuple[str, ...]
    fee: int
    bundle_id: str
    coin_ids: tuple[str, ...] = ()

    def describe(self) -> str:
        """``offers 1000000000000 mojos of XCH and requests 30250 mojos of CAT 6d95...``."""

        def listed(amounts: tuple[AssetAmount, ...], nfts: tuple[str, ...]) -> str:
            items = [str(a) for a in amounts] + [f"NFT {n}" for n in nfts]
            return " + ".join(items) or "nothing"

        return (
            f"offers {listed(self.offered, self.offered_nfts)} "
            f"and requests {listed(self.requested, self.requested_nfts)}"
        )


def _amounts(amounts: Any) -> tuple[AssetAmount, ...]:
    found = [AssetAmount(None, int(amounts.xch()))] if amounts.xch() else []
    for asset_id in sorted(bytes(a) for a in amounts.asset_ids()):
        if amounts.cat(asset_id):
            found.append(AssetAmount(asset_id.hex(), int(amounts.cat(asset_id))))
    return tuple(found)


def _decode(text: str) -> Any:
    """The spend bundle of a well-formed offer, or OfferError."""
    parse_offer(text)
    try:
        return _sdk.decode_offer(text.strip().lower())
    except ValueError as exc:
        raise OfferError(f"its data is not a Chia spend bundle ({exc})") from None


def read_offer(text: str) -> OfferContents:
    """What a current-format offer gives and asks for.

    Raises OfferError for a malformed offer, OldFormatOfferError for one of Chia's first format.
    """
    bundle = _decode(text)
    try:
        offer = _sdk.Offer.from_spend_bundle(_sdk.Clvm(), bundle)
    except ValueError as exc:
        reason = str(exc).removeprefix("Driver error: ")
        if "old settlement payments" in reason:
            raise OldFormatOfferError(
                "it is an old-format offer: it pays through the settlement payments puzzle of "
                "Chia's first offer format, which the sandbox (like the Chia wallet SDK it "
                "reads offers with) does not read; make the offer again with a current wallet"
            ) from None
        raise OfferError(f"the Chia wallet SDK cannot read what it trades ({reason})") from None
    requested = offer.requested_payments()
    return OfferContents(
        offered=_amounts(offer.offered_amounts()),
        requested=_amounts(requested.amounts()),
        offered_nfts=tuple(bytes(n).hex() for n in offer.offered_nft_launcher_ids()),
        requested_nfts=tuple(bytes(n).hex() for n in requested.nft_launcher_ids()),
        fee=int(offer.fee()),
        bundle_id=bytes(bundle.hash()).hex(),
        coin_ids=_held_coins(bundle),
    )


def _held_coins(bundle: Any) -> tuple[str, ...]:
    """The ids of the coins an offer's spend bundle holds: the ones it spends that exist before
    it. Left out are the requested payments' placeholder spends (parent all zeros) and the
    coins the bundle itself creates and spends (a CAT's ephemeral children)."""
    spent = [spend.coin for spend in bundle.coin_spends]
    ids = {bytes(coin.coin_id()) for coin in spent}
    return tuple(
        bytes(coin.coin_id()).hex()
        for coin in spent
        if any(bytes(coin.parent_coin_info)) and bytes(coin.parent_coin_info) not in ids
    )


def offer_coin_ids(text: str) -> tuple[str, ...]:
    """The ids of the coins a well-formed offer holds (see ``_held_coins``), or OfferError."""
    return _held_coins(_decode(text))


def build_offer(
    offered: AssetAmount,
    requested: AssetAmount,
    *,
    maker_seed: bytes,
    remark: dict[str, Any] | None = None,
) -> str:
    """A current-format offer, as a Chia wallet makes it, of ``offered`` for ``requested``.

    The maker's coin is made up (a random parent): it exists on no chain. Its key comes from
    ``maker_seed``; ``remark``, when given, rides in the maker's spend as a REMARK of JSON.
    """
    if offered.mojos <= 0 or requested.mojos <= 0:
        raise ValueError("an offer gives and asks for positive amounts")
    if offered.asset_id == requested.asset_id:
        raise ValueError("an offer trades one asset for another")
    clvm = _sdk.Clvm()
    secret_key = _sdk.SecretKey.from_seed(hashlib.sha256(maker_seed).digest()).derive_synthetic()
    public_key = secret_key.public_key()
    maker_puzzle_hash = _sdk.standard_puzzle_hash(public_key)
    parent_id = secrets.token_bytes(32)
    cat: Any = None
    if offered.asset_id is None:
        coin = _sdk.Coin(parent_id, maker_puzzle_hash, offered.mojos)
    else:
        info = _sdk.CatInfo(bytes.fromhex(offered.asset_id), None, maker_puzzle_hash)
        parent = _sdk.Cat(_sdk.Coin(parent_id, info.puzzle_hash(), offered.mojos), None, info)
        cat = parent.child(maker_puzzle_hash, offered.mojos)  # with the lineage proof it needs
        coin = cat.coin
    payment = _sdk.NotarizedPayment(
        _sdk.Offer.nonce([coin.coin_id()]),
        [_sdk.Payment(maker_puzzle_hash, requested.mojos, clvm.alloc([maker_puzzle_hash]))],
    )
    requested_payments = _sdk.RequestedPayments(clvm)
    asset_info = _sdk.AssetInfo(clvm)
    if requested.asset_id is None:
        requested_payments.add_xch(payment)
    else:
        requested_payments.add_cat(bytes.fromhex(requested.asset_id), payment)
    for asset_id in (offered.asset_id, requested.asset_id):
        if asset_id is not None:
            asset_info.insert_cat(bytes.fromhex(asset_id), _sdk.CatAssetInfo(None))
    conditions = [
        clvm.create_coin(_sdk.Constants.settlement_payment_hash(), offered.mojos, None),
        *requested_payments.assertions(asset_info),
    ]
    if remark is not None:
        text = json.dumps({"magic": SANDBOX_MAGIC, **remark}, sort_keys=True)
        conditions.append(clvm.remark(clvm.alloc([text])))
    delegated = clvm.delegated_spend(conditions)
    if cat is None:
        clvm.spend_standard_coin(coin, public_key, delegated)
    else:
        clvm.spend_cats([_sdk.CatSpend(cat, clvm.standard_spend(public_key, delegated))])
    signature = secret_key.sign(delegated.puzzle.tree_hash() + coin.coin_id() + MAINNET_GENESIS)
    bundle = _sdk.SpendBundle(clvm.coin_spends(), signature)
    offer = _sdk.Offer.from_input_spend_bundle(clvm, bundle, requested_payments, asset_info)
    encoded: str = _sdk.encode_offer(offer.to_spend_bundle())
    return encoded


def mint_offer(
    terms: dict[str, Any],
    offered: AssetAmount | None = None,
    requested: AssetAmount | None = None,
    *,
    maker_seed: bytes | None = None,
) -> str:
    """A current-format offer carrying the sandbox's JSON ``terms`` and a nonce in a REMARK.

    Without ``offered`` and ``requested`` it gives one mojo of XCH for one mojo of USDS: a real
    offer for a test that needs any offer.
    """
    usds = "6d95dae356e32a71db5ddcb42224754a02524c615c5fc35f568c2af04774e589"
    return build_offer(
        offered or AssetAmount(None, 1),
        requested or AssetAmount(usds, 1),
        maker_seed=maker_seed if maker_seed is not None else secrets.token_bytes(32),
        remark={"nonce": secrets.token_hex(16), **terms},
    )


def read_minted_terms(envelope: OfferEnvelope) -> dict[str, Any] | None:
    """The terms inside an offer the sandbox minted, or None for anything else (a real offer)."""
    text = bech32m_encode(HRP, envelope.version.to_bytes(2, "big") + envelope.compressed)
    try:
        bundle = _decode(text)
    except OfferError:
        return None
    clvm = _sdk.Clvm()
    settlement = _sdk.Constants.settlement_payment_hash()
    for spend in bundle.coin_spends:
        if spend.coin.puzzle_hash == settlement:
            continue
        try:
            puzzle = clvm.deserialize(spend.puzzle_reveal)
            output = puzzle.run(clvm.deserialize(spend.solution), _MAX_COST, False).value
            conditions = output.to_list() or []
        except ValueError:
            continue
        for condition in conditions:
            remark = condition.parse_remark()
            items = remark.rest.to_list() if remark is not None else None
            atom = items[0].to_atom() if items else None
            if atom is None:
                continue
            try:
                document = json.loads(bytes(atom))
            except ValueError:  # not UTF-8 or not JSON: another wallet's remark
                continue
            if isinstance(document, dict) and document.get("magic") == SANDBOX_MAGIC:
                return document
    return None
