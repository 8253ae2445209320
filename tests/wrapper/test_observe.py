"""Seeing what a client sends: event hooks, TRADESPEC_LOG, and OpenTelemetry spans, against the
sandbox on loopback. Every attempt is seen, retries included, and no credential is."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tradespec import (
    AltMarket,
    AsyncAltMarket,
    AsyncHashgreen,
    Hashgreen,
    InsufficientFundsError,
    InvalidInputError,
    RequestEvent,
    ResponseEvent,
)

from tests.wrapper.sandbox_support import Admin, require_sandbox

require_sandbox()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def account(admin: Admin) -> dict[str, str]:
    return admin.account(btc="1", usdt="1000")


def _secrets(account: dict[str, str]) -> list[str]:
    return [account["api_key"], account["api_secret"], account["token"]]


def _assert_clean(text: str, account: dict[str, str]) -> None:
    for secret in _secrets(account):
        assert secret not in text


def test_hooks_see_each_attempt_retries_included_with_the_credentials_redacted(
    sandbox_url: str, account: dict[str, str], admin: Admin
) -> None:
    requests: list[RequestEvent] = []
    responses: list[ResponseEvent] = []
    admin.fault("GET", "/altmarket/api/wallet/balance", 503)
    with AltMarket(
        account["api_key"],
        account["api_secret"],
        base_url=f"{sandbox_url}/altmarket",
        on_request=requests.append,
        on_response=responses.append,
    ) as exchange:
        exchange._transport.sleep = lambda delay: None
        assert exchange.balances()["usdt"].total_balance == 1000
    assert [(r.operation, r.method, r.path, r.attempt) for r in requests] == [
        ("get_balances", "GET", "/api/wallet/balance", 1),
        ("get_balances", "GET", "/api/wallet/balance", 2),
    ]
    assert [(r.status, r.outcome, r.request.attempt) for r in responses] == [
        (503, "rejected", 1),
        (200, "ok", 2),
    ]
    first = requests[0]
    assert first.url.startswith(f"{sandbox_url}/altmarket/api/wallet/balance?ts=")
    assert first.headers["Key"] == "<redacted>" and first.headers["Sign"] == "<redacted>"
    assert responses[1].elapsed > 0 and responses[1].error is None
    _assert_clean(repr(requests) + repr(responses), account)


def test_with_options_copies_keep_the_hooks(sandbox_url: str, account: dict[str, str]) -> None:
    seen: list[str] = []
    with AltMarket(
        account["api_key"],
        account["api_secret"],
        base_url=f"{sandbox_url}/altmarket",
        on_request=lambda event: seen.append(f"request {event.operation}"),
        on_response=lambda event: seen.append(f"response {event.status}"),
    ) as exchange:
        exchange.with_options(max_retries=0).api.assets.list_assets()
        exchange.with_options(timeout=30).balances()
    assert seen == [
        "request list_assets",
        "response 200",
        "request get_balances",
        "response 200",
    ]


def test_a_failed_attempt_is_reported_with_no_status(account: dict[str, str]) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    responses: list[ResponseEvent] = []
    with (
        AltMarket(
            account["api_key"],
            account["api_secret"],
            base_url=f"http://127.0.0.1:{port}",
            max_retries=0,
            on_response=responses.append,
        ) as exchange,
        pytest.raises(Exception, match="could not reach"),
    ):
        exchange.balances()
    (only,) = responses
    assert only.status is None and only.outcome == "not_sent" and only.error


async def test_async_hooks_are_awaited_and_the_bearer_token_is_redacted(
    sandbox_url: str, account: dict[str, str]
) -> None:
    seen: list[RequestEvent] = []

    async def record(event: RequestEvent) -> None:
        seen.append(event)

    async with AsyncHashgreen(
        account["token"], base_url=f"{sandbox_url}/hashgreen/api/v1", on_request=record
    ) as dex:
        await dex.orders()
    assert [event.operation for event in seen][-1] == "list_orders"
    assert seen[-1].headers["Authorization"] == "<redacted>"
    _assert_clean(repr(seen), account)


async def test_the_async_altmarket_client_takes_plain_hooks(
    sandbox_url: str, account: dict[str, str]
) -> None:
    statuses: list[int | None] = []
    async with AsyncAltMarket(
        account["api_key"],
        account["api_secret"],
        base_url=f"{sandbox_url}/altmarket",
        on_response=lambda event: statuses.append(event.status),
    ) as exchange:
        await exchange.balances()
    assert statuses == [200]


@pytest.mark.parametrize("hook", ["on_request", "on_response"])
def test_a_hook_that_is_not_callable_is_refused_at_once(hook: str) -> None:
    with pytest.raises(InvalidInputError, match=hook):
        Hashgreen(**{hook: "print"})  # type: ignore[arg-type]


def test_a_client_nothing_watches_has_no_observer(
    sandbox_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tradespec._base_client

    monkeypatch.delenv("TRADESPEC_LOG", raising=False)
    monkeypatch.setattr(tradespec._base_client, "_TRACING", [False])
    with Hashgreen(base_url=f"{sandbox_url}/hashgreen/api/v1") as dex:
        assert dex._transport.observer is None
        assert dex.with_options(max_retries=0)._transport.observer is None
    handlers = logging.getLogger("tradespec").handlers
    assert any(isinstance(handler, logging.NullHandler) for handler in handlers)


# ---------------------------------------------------------------------------- TRADESPEC_LOG

SCRIPT = textwrap.dedent(
    """
    import os, sys
    from tradespec import AltMarket
    with AltMarket(base_url=sys.argv[1]) as exchange:
        exchange.balances()
        exchange.markets()
    """
)


def _run_logged(sandbox_url: str, account: dict[str, str], level: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRADESPEC_", "ALTMARKET_"))}
    env["ALTMARKET_API_KEY"], env["ALTMARKET_API_SECRET"] = (
        account["api_key"],
        account["api_secret"],
    )
    if level is not None:
        env["TRADESPEC_LOG"] = level
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, f"{sandbox_url}/altmarket"],
        env=env, capture_output=True, text=True, timeout=120, check=True, cwd=ROOT,
    )  # fmt: skip
    return done.stderr


def test_tradespec_log_info_prints_one_readable_line_per_attempt(
    sandbox_url: str, account: dict[str, str]
) -> None:
    err = _run_logged(sandbox_url, account, "info")
    lines = err.splitlines()
    assert len(lines) == 2, err
    assert "INFO tradespec] GET /api/wallet/balance -> 200 in " in lines[0]
    assert "(get_balances, attempt 1)" in lines[0]
    assert "GET /api/markets -> 200" in lines[1]
    _assert_clean(err, account)


def test_tradespec_log_debug_shows_the_requests_redacted(
    sandbox_url: str, account: dict[str, str]
) -> None:
    err = _run_logged(sandbox_url, account, "debug")
    assert f"GET {sandbox_url}/altmarket/api/wallet/balance?ts=" in err
    assert "Key: <redacted>, Sign: <redacted>" in err
    _assert_clean(err, account)


@pytest.mark.parametrize("level", [None, "warning", "nonsense"])
def test_without_tradespec_log_at_info_or_debug_nothing_is_printed(
    sandbox_url: str, account: dict[str, str], level: str | None
) -> None:
    assert _run_logged(sandbox_url, account, level) == ""


# ---------------------------------------------------------------------------- OpenTelemetry


@pytest.fixture(scope="module")
def spans() -> Iterator[Any]:
    sdk = pytest.importorskip("opentelemetry.sdk.trace", reason="the otel extra is not installed")
    from opentelemetry import trace
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = sdk.TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    if trace.get_tracer_provider() is not provider:
        pytest.skip("another tracer provider was set in this process")
    yield exporter
    exporter.clear()


def test_spans_one_per_call_and_one_per_attempt_with_safe_attributes(
    spans: Any, sandbox_url: str, account: dict[str, str], admin: Admin
) -> None:
    spans.clear()
    admin.fault("GET", "/altmarket/api/wallet/balance", 503)
    with AltMarket(
        account["api_key"], account["api_secret"], base_url=f"{sandbox_url}/altmarket"
    ) as exchange:
        exchange._transport.sleep = lambda delay: None
        exchange.balances()
        with pytest.raises(InsufficientFundsError):
            exchange.limit_order("btc_usdt", "buy", "1", "30000")
    finished = spans.get_finished_spans()
    by_name: dict[str, list[Any]] = {}
    for span in finished:
        by_name.setdefault(span.name, []).append(span)
    (call,) = by_name["tradespec get_balances"]
    attempts = by_name["GET /api/wallet/balance"]
    assert [a.attributes["tradespec.attempt"] for a in attempts] == [1, 2]
    assert [a.attributes["http.response.status_code"] for a in attempts] == [503, 200]
    assert [a.attributes["tradespec.outcome"] for a in attempts] == ["rejected", "ok"]
    assert all(a.parent is not None and a.parent.span_id == call.context.span_id for a in attempts)
    assert dict(call.attributes) == {
        "tradespec.operation": "get_balances",
        "http.request.method": "GET",
        "url.template": "/api/wallet/balance",
        "tradespec.outcome": "ok",
    }
    (order,) = by_name["tradespec create_order"]
    assert order.attributes["tradespec.outcome"] == "rejected"
    assert order.status.description == "InsufficientFundsError"
    (order_attempt,) = by_name["POST /api/order"]
    assert order_attempt.attributes["http.response.status_code"] == 400
    # Never a credential, a query or a body.
    text = repr([(s.name, dict(s.attributes), s.events, s.status.description) for s in finished])
    _assert_clean(text, account)
    assert "ts=" not in text and "30000" not in text and "btc_usdt" not in text


async def test_async_spans_nest_the_same_way_with_path_templates(
    spans: Any, sandbox_url: str, account: dict[str, str]
) -> None:
    spans.clear()
    async with AsyncHashgreen(account["token"], base_url=f"{sandbox_url}/hashgreen/api/v1") as dex:
        with pytest.raises(Exception):  # noqa: B017 - any error: the span is what is checked
            await dex.cancel_order("999999")
    finished = spans.get_finished_spans()
    (call,) = [s for s in finished if s.name == "tradespec cancel_order"]
    (attempt,) = [s for s in finished if s.parent and s.parent.span_id == call.context.span_id]
    assert attempt.name == "DELETE /orders/{order_id}"
    assert attempt.attributes["url.template"] == "/orders/{order_id}"
    assert "999999" not in attempt.name and "999999" not in repr(dict(attempt.attributes))
