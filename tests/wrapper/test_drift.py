"""``tradespec.drift``: what answers carry that the spec does not know, seen by the clients.

Answers that a real server gives only when asked (a field too many, an unlisted enum value, a
status no operation declares, a hostile flood of keys) come from the scripted server; the
documents' own examples, read from the specs, are the clean answers. The loop against the
sandbox's live shapes, with the overlay applied and the clients regenerated, is in
``tests/test_drift_regeneration.py``.
"""

from __future__ import annotations

import copy
import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from tradespec import AltMarket, AsyncAltMarket, Hashgreen, InvalidInputError
from tradespec.drift import MAX_CHANGES, SAMPLE_LENGTH, DriftChange, DriftReport
from tradespec.drift import _Drift as Drift
from tradespec.errors import APIError, ResponseError

from tests.specs import load_spec, response_examples
from tests.wrapper.helpers import KEY, SECRET
from tests.wrapper.scripted_server import ScriptedServer, canned

ROOT = Path(__file__).resolve().parents[2]


def _documented(spec: str, operation_id: str) -> Any:
    """The documents' example answer of an operation (the seed docs, as the spec embeds them)."""
    for example in response_examples(spec):
        if example.operation_id == operation_id and example.status == "200":
            return copy.deepcopy(example.value)
    raise AssertionError(f"no example for {operation_id}")


def _client(server: ScriptedServer, **options: Any) -> AltMarket:
    return AltMarket(KEY, SECRET, base_url=server.url, max_retries=0, **options)


def _kinds(report: DriftReport) -> set[tuple[str, str, str]]:
    return {(c.operation_id, c.pointer, c.kind) for c in report.changes}


def test_the_documented_examples_carry_no_drift_but_hashgreens_side_zero() -> None:
    for spec in ("altmarket", "hashgreen"):
        drift = Drift(f"{spec}_client", "collect", ())
        for example in response_examples(spec):
            if example.status.startswith("2"):
                drift.check(example.operation_id, copy.deepcopy(example.value))
        found = _kinds(drift.report())
        if spec == "altmarket":
            assert found == set()
        else:
            # The Hashgreen document's order examples say `side: 0`, a value its enum
            # (1 bid, 2 ask) does not list: the models keep it as an unknown member.
            assert {kind for _, _, kind in found} == {"unknown_enum_value"}
            assert {pointer.rsplit("/", 1)[-1] for _, pointer, _ in found} == {"side"}


def test_each_kind_is_reported_where_it_was_seen(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    order = _documented("altmarket", "list_open_orders")[0]
    drifted = {
        **order,
        "remaining": 0.25,  # not declared
        "note": f"made with {SECRET}",  # a credential echoed back
        "status": "PartiallyFilled",  # not listed
    }
    retyped = {**order, "isPending": "no"}  # a boolean declared
    missing = {key: value for key, value in order.items() if key != "createdAt"}
    server.route("GET", "/api/orders/open", canned(200, json=[drifted, drifted]))
    server.route("GET", "/api/orders/open", canned(200, json=[retyped]))
    server.route("GET", "/api/orders/open", canned(200, json=[missing]))
    server.route("GET", "/api/wallet/balance", canned(418, json={"errors": []}))
    caplog.set_level(logging.WARNING, logger="tradespec.drift")
    with _client(server) as exchange:
        exchange.open_orders()
        with pytest.raises(ResponseError):
            exchange.open_orders()  # the models cannot read a boolean of another type
        with pytest.raises(ResponseError):
            exchange.open_orders()  # nor an answer without a required field
        with pytest.raises(APIError):
            exchange.balances()
        report = exchange.drift_report()
    assert _kinds(report) == {
        ("list_open_orders", "/-/remaining", "undeclared_field"),
        ("list_open_orders", "/-/note", "undeclared_field"),
        ("list_open_orders", "/-/status", "unknown_enum_value"),
        ("list_open_orders", "/-/isPending", "type_mismatch"),
        ("list_open_orders", "/-/createdAt", "missing_required"),
        ("get_balances", "", "undeclared_status"),
    }
    by_pointer = {c.pointer: c for c in report.changes}
    assert by_pointer["/-/remaining"].json_types == ("number",)
    assert by_pointer["/-/remaining"].count == 2  # both rows
    assert by_pointer["/-/remaining"].target == "$.components.schemas.Order"
    assert by_pointer["/-/status"].sample == '"PartiallyFilled"'
    assert by_pointer["/-/status"].target == "$.components.schemas.OrderStatus"
    assert by_pointer["/-/isPending"].json_types == ("string",)
    assert by_pointer["/-/createdAt"].sample is None
    assert by_pointer["/-/note"].sample is not None and SECRET not in by_pointer["/-/note"].sample
    status = by_pointer[""]
    assert status.status == 418 and status.shape == "#/components/responses/BadRequest"
    # Logged once per kind, never with a credential.
    logged = [r for r in caplog.records if r.name == "tradespec.drift"]
    assert all(record.levelno == logging.WARNING for record in logged)
    assert sorted(r.getMessage().split(": ", 1)[1].split(" ")[0] for r in logged) == sorted(
        {c.kind for c in report.changes}
    )
    assert not any(SECRET in record.getMessage() or KEY in record.getMessage() for record in logged)
    assert bool(report) and len(report) == 6


def test_what_the_models_normalise_is_not_drift(server: ScriptedServer) -> None:
    order = _documented("altmarket", "list_open_orders")[0]
    live = {
        **order,
        "orderType": 2,  # the platform's ordinal of StopLimit
        "side": 1,  # Sell
        "status": "cancelled",  # another case
        "stopPrice": None,  # an optional field's null
    }
    server.route("GET", "/api/orders/open", canned(200, json=[live, {**live, "status": "WORKING"}]))
    with _client(server) as exchange:
        (first, _second) = exchange.open_orders()
        assert str(first.status) == "cancelled" and not first.status.is_unknown
        report = exchange.drift_report()
    assert not report and report.changes == ()


def test_with_options_copies_share_the_report_and_off_checks_nothing(
    server: ScriptedServer,
) -> None:
    order = {**_documented("altmarket", "list_open_orders")[0], "remaining": 1}
    server.always("GET", "/api/orders/open", canned(200, json=[order]))
    with _client(server) as exchange:
        exchange.with_options(max_retries=1, timeout=5).open_orders()
        assert _kinds(exchange.drift_report()) == {
            ("list_open_orders", "/-/remaining", "undeclared_field")
        }
        exchange.open_orders()
        assert exchange.drift_report().changes[0].count == 2
    with _client(server, drift="off") as quiet:
        quiet.open_orders()
        assert not quiet.drift_report()
        assert quiet.drift_report().title == "AltMarket Exchange API"


def test_log_only_logs(server: ScriptedServer, caplog: pytest.LogCaptureFixture) -> None:
    order = {**_documented("altmarket", "list_open_orders")[0], "remaining": 1, "other": 2}
    server.always("GET", "/api/orders/open", canned(200, json=[order]))
    caplog.set_level(logging.WARNING, logger="tradespec.drift")
    with _client(server, drift="log") as exchange:
        exchange.open_orders()
        exchange.open_orders()
        assert not exchange.drift_report()
    assert len([r for r in caplog.records if r.name == "tradespec.drift"]) == 1


@pytest.mark.parametrize("mode", ["Collect", "", None, True, "on"])
def test_a_bad_drift_mode_is_refused_before_any_request(mode: Any) -> None:
    with pytest.raises(InvalidInputError, match="drift"):
        AltMarket(KEY, SECRET, drift=mode)


def test_a_flood_of_keys_is_capped_and_counted(server: ScriptedServer) -> None:
    order = _documented("altmarket", "list_open_orders")[0]
    flood = {**order, **{f"k{index}": index for index in range(MAX_CHANGES + 500)}}
    server.route("GET", "/api/orders/open", canned(200, json=[flood]))
    with _client(server) as exchange:
        exchange.open_orders()
        report = exchange.drift_report()
    assert len(report.changes) == MAX_CHANGES
    assert report.overflow == 500
    assert report.lines()[-1].startswith("500 more observation")


async def test_the_async_client_reports_hashgreen_drift_and_a_long_sample_is_cut(
    server: ScriptedServer,
) -> None:
    envelope = _documented("hashgreen", "list_markets")
    envelope["trace_id"] = "x" * 500
    server.route("GET", "/markets", canned(200, json=envelope))
    from tradespec import AsyncHashgreen

    async with AsyncHashgreen(base_url=server.url, max_retries=0) as dex:
        await dex.markets()
        report = dex.drift_report()
    (change,) = report.changes
    assert (change.operation_id, change.pointer, change.kind) == (
        "list_markets",
        "/trace_id",
        "undeclared_field",
    )
    assert change.sample is not None and len(change.sample) == SAMPLE_LENGTH
    assert change.sample.endswith("…")
    assert report.title == "Hashgreen DEX Trading API"


def test_the_overlay_adds_and_never_removes(server: ScriptedServer) -> None:
    order = _documented("altmarket", "list_open_orders")[0]
    drifted = {**order, "remaining": 0.25, "status": "PartiallyFilled"}
    server.route("GET", "/api/orders/open", canned(200, json=[drifted]))
    server.route("GET", "/api/orders/open", canned(200, json=[{**order, "isPending": "no"}]))
    server.route("GET", "/api/assets-info", canned(418, json={"errors": []}))
    with _client(server) as exchange:
        exchange.open_orders()
        with pytest.raises(ResponseError):
            exchange.open_orders()
        with pytest.raises(APIError):
            exchange.assets()
        overlay = yaml.safe_load(exchange.drift_report().to_overlay())
    assert overlay["overlay"] == "1.0.0"
    assert overlay["extends"] == "urn:x-openapi:AltMarket%20Exchange%20API:1.0"
    actions = {action["target"]: action for action in overlay["actions"]}
    assert not any("remove" in action for action in overlay["actions"])
    remaining = actions["$.components.schemas.Order"]["update"]["properties"]["remaining"]
    assert remaining["type"] == "number" and remaining["description"]
    assert actions["$.components.schemas.OrderStatus.enum"]["update"] == "PartiallyFilled"
    status = actions["$.paths['/api/assets-info'].get.responses"]["update"]
    assert status == {"418": {"$ref": "#/components/responses/BadRequest"}}
    # The retyped field is left to a person: no action touches isPending.
    assert "isPending" not in json.dumps(overlay["actions"])
    # The targets select what they mean in the spec.
    spec = load_spec("altmarket")
    assert "Order" in spec["components"]["schemas"]
    assert "/api/assets-info" in spec["paths"]


def test_reports_are_saved_merged_and_refused_when_not_reports(tmp_path: Path) -> None:
    one = DriftReport(
        "AltMarket Exchange API",
        "1.0",
        (
            DriftChange(
                "list_open_orders", "/-/remaining", "undeclared_field", 2, ("integer",), "1"
            ),
        ),
    )
    two = DriftReport(
        "AltMarket Exchange API",
        "1.0",
        (
            DriftChange(
                "list_open_orders", "/-/remaining", "undeclared_field", 3, ("number",), "0.5"
            ),
            DriftChange(
                "get_markets", "/pairs/btc_usdt/x", "undeclared_field", 1, ("string",), None
            ),
        ),
        overflow=4,
    )
    one.save(tmp_path / "one.json")
    two.save(tmp_path / "two.json")
    assert DriftReport.load(tmp_path / "one.json") == one
    merged = DriftReport.merge([one, two])
    assert merged.changes[0].count == 5
    assert merged.changes[0].json_types == ("integer", "number")
    assert merged.changes[0].sample == "1" and len(merged.changes) == 2 and merged.overflow == 4
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tradespec.drift",
            "merge",
            "one.json",
            "two.json",
            "--output",
            "m.json",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert DriftReport.load(tmp_path / "m.json") == merged
    (tmp_path / "bad.json").write_text('{"format": "something else"}')
    refused = subprocess.run(
        [sys.executable, "-m", "tradespec.drift", "merge", "one.json", "bad.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        "error: bad.json: not a drift report (expected format 'tradespec-drift/1')"
    ]
    other = DriftReport("Hashgreen DEX Trading API", "1.0")
    with pytest.raises(ValueError, match="different specs"):
        DriftReport.merge([one, other])


def test_the_async_altmarket_client_checks_too(server: ScriptedServer) -> None:
    import asyncio

    order = {**_documented("altmarket", "list_open_orders")[0], "remaining": 1}
    server.route("GET", "/api/orders/open", canned(200, json=[order]))

    async def run() -> DriftReport:
        async with AsyncAltMarket(KEY, SECRET, base_url=server.url, max_retries=0) as exchange:
            await exchange.open_orders()
            return exchange.drift_report()

    assert _kinds(asyncio.run(run())) == {("list_open_orders", "/-/remaining", "undeclared_field")}


def test_hashgreen_sync_too(server: ScriptedServer) -> None:
    envelope = _documented("hashgreen", "get_order_book")
    envelope["data"]["ts"] = 1
    server.route("GET", "/trades/book", canned(200, json=envelope))
    with Hashgreen(base_url=server.url, max_retries=0) as dex:
        dex.api.trades.get_order_book(market_id="1")
        assert _kinds(dex.drift_report()) == {("get_order_book", "/data/ts", "undeclared_field")}


def test_what_a_hostile_server_names_cannot_break_out_of_the_overlay(
    server: ScriptedServer,
) -> None:
    order = _documented("altmarket", "list_open_orders")[0]
    hostile = {
        **order,
        "isPending": "x\nactions: []\n# ",  # a type mismatch, described in the comment
        'evil\n"key': 1,  # an undeclared field with a line break in its name
        "orderType": 9,  # an ordinal the spec's list does not reach: not patched
    }
    server.route("GET", "/api/orders/open", canned(200, json=[hostile]))
    with _client(server) as exchange:
        with pytest.raises(ResponseError):
            exchange.open_orders()
        overlay = exchange.drift_report().to_overlay()
    document = yaml.safe_load(overlay)
    assert [action["target"] for action in document["actions"]] == ["$.components.schemas.Order"]
    (added,) = document["actions"][0]["update"]["properties"]
    assert added == 'evil\n"key'
    comments = [line for line in overlay.splitlines() if line.startswith("#")]
    assert any("orderType" in line and "unknown_enum_value" in line for line in comments)
    assert any("isPending" in line and "type_mismatch" in line for line in comments)


@pytest.mark.parametrize(
    ("change", "pointer", "kind"),
    [
        ({"remaining": 1}, "/-/remaining", "undeclared_field"),
        ({"status": "Parked"}, "/-/status", "unknown_enum_value"),
        ({"price": "30000.25"}, "/-/price", "type_mismatch"),
    ],
)
def test_past_the_sample_every_answer_the_typed_reading_refuses_is_checked(
    server: ScriptedServer, change: dict[str, Any], pointer: str, kind: str
) -> None:
    """After an operation's first answers, clean ones are sampled; but an answer with a field
    the spec does not declare, an enumeration value it does not list or money of another JSON
    type is one the typed reading refuses, and each of those is checked."""
    from tradespec.drift import CHECKED_FIRST

    order = _documented("altmarket", "list_open_orders")[0]
    server.always("GET", "/api/orders/open", canned(200, json=[order]))
    with _client(server) as exchange:
        for _ in range(CHECKED_FIRST + 3):
            exchange.open_orders()
        assert not exchange.drift_report()
        server.always("GET", "/api/orders/open", canned(200, json=[{**order, **change}]))
        for _ in range(5):
            (read,) = exchange.open_orders()
            assert read.order_id == order["orderId"]
        (found,) = exchange.drift_report().changes
    assert (found.pointer, found.kind, found.count) == (pointer, kind, 5)
