"""What the custom templates promise, checked on the generated packages over real HTTP.

A scripted server on 127.0.0.1 answers each request with the next canned response, so the
generated operations, sent by tradespec's engine as ``exchange.api`` sends them, meet real status
lines, headers and bodies (the packages hold no client of their own).
"""

from __future__ import annotations

import http.server
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from altmarket_client import errors as am_errors
from altmarket_client import models as am
from hashgreen_client import errors as hg_errors
from hashgreen_client import models as hg
from tradespec import (
    AltMarket,
    Hashgreen,
    InvalidInputError,
    NotFoundError,
    ResponseError,
    ServerError,
)


@dataclass
class Canned:
    status: int
    body: bytes
    content_type: str = "application/json"


class ScriptedServer:
    """Answers requests in order from a queue of canned responses; records the paths asked."""

    def __init__(self) -> None:
        self.responses: queue.Queue[Canned] = queue.Queue()
        self.paths: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                outer.paths.append(self.path)
                canned = outer.responses.get_nowait()
                # send_response would look the reason phrase up; 52x have none in the stdlib.
                self.send_response_only(canned.status, "Scripted")
                self.send_header("Content-Type", canned.content_type)
                self.send_header("Content-Length", str(len(canned.body)))
                self.end_headers()
                self.wfile.write(canned.body)

            do_GET = do_DELETE = do_POST = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as s:
        yield s


@pytest.fixture
def altmarket(server: ScriptedServer) -> Iterator[AltMarket]:
    with AltMarket("test-key", "test-secret", base_url=server.url, max_retries=0) as client:
        yield client


@pytest.mark.parametrize("status", [520, 521, 522, 523, 524, 525, 526, 527, 599])
def test_status_outside_httpstatus_is_a_plain_int(
    server: ScriptedServer, altmarket: AltMarket, status: int
) -> None:
    server.responses.put(Canned(status, b'{"errors":[{"code":"Edge","message":"down"}]}'))
    with pytest.raises(ServerError) as caught:
        altmarket.api.wallet.get_balances()
    assert caught.value.status == status
    assert (caught.value.code, caught.value.message) == ("Edge", "down")


def test_html_error_page_is_a_typed_error(server: ScriptedServer, altmarket: AltMarket) -> None:
    server.responses.put(Canned(520, b"<html><body>Web server is down</body></html>", "text/html"))
    with pytest.raises(ServerError) as caught:
        altmarket.api.wallet.get_balances()
    assert caught.value.status == 520
    assert "Web server is down" in str(caught.value.body)


def test_wrong_shape_is_a_typed_error_not_a_key_error(
    server: ScriptedServer, altmarket: AltMarket
) -> None:
    server.responses.put(Canned(200, b'{"order": {"orderId": "1"}}'))
    with pytest.raises(ResponseError) as caught:
        altmarket.api.trading.list_open_orders()
    assert caught.value.status == 200
    # The reader's exception is named in the message, not chained (its frames' locals hold
    # what the server sent).
    assert "UnexpectedResponseShape" in str(caught.value)
    assert caught.value.__cause__ is None


def test_missing_required_field_names_model_and_field() -> None:
    with pytest.raises(hg_errors.UnexpectedResponseShape) as caught:
        hg.MarketListResponse.from_dict({"msg": "ok", "data": []})
    assert (caught.value.model, caught.value.field) == ("MarketListResponse", "code")
    assert not isinstance(caught.value, KeyError)


def test_non_mapping_where_an_object_belongs() -> None:
    with pytest.raises(hg_errors.UnexpectedResponseShape):
        hg.Market.from_dict(["not", "an", "object"])  # type: ignore[arg-type]
    with pytest.raises(am_errors.UnexpectedResponseShape) as caught:
        am.OrderResponse.from_dict({"order": "12"})
    assert caught.value.field == "order"


def test_bad_date_names_its_field() -> None:
    with pytest.raises(am_errors.UnexpectedResponseShape) as caught:
        am.Trade.from_dict(
            {
                "tradeSeq": 1,
                "tradeTime": "yesterday",
                "instrument": "btc_usdt",
                "amount": 1,
                "executionPrice": 2,
            }
        )
    assert caught.value.field == "tradeTime"


def test_envelope_missing_code_over_http(server: ScriptedServer) -> None:
    server.responses.put(Canned(200, b'{"msg": "ok", "data": []}'))
    with (
        Hashgreen(base_url=server.url, max_retries=0) as dex,
        pytest.raises(ResponseError) as caught,
    ):
        dex.api.markets.list_markets()
    assert "UnexpectedResponseShape: MarketListResponse.code" in str(caught.value)
    assert caught.value.__cause__ is None


@pytest.mark.parametrize(
    ("order_id", "sent"),
    [("-9223372036854775808", "-9223372036854775808"), ("a/b?c#d", "a%2Fb%3Fc%23d")],
)
def test_path_ids_stay_inside_their_segment(
    server: ScriptedServer, altmarket: AltMarket, order_id: str, sent: str
) -> None:
    server.responses.put(Canned(404, b'{"errors":[]}'))
    with pytest.raises(NotFoundError):
        altmarket.api.trading.cancel_order(order_id=order_id)
    assert server.paths[0].split("?")[0] == f"/api/orders/{sent}"


@pytest.mark.parametrize("order_id", ["", ".", ".."])
def test_path_ids_that_would_change_the_path_are_refused(
    server: ScriptedServer, altmarket: AltMarket, order_id: str
) -> None:
    # "." would make DELETE /api/orders/. which normalizes to DELETE /api/orders: cancel-all.
    with pytest.raises(InvalidInputError) as caught:
        altmarket.api.trading.cancel_order(order_id=order_id)
    assert caught.value.argument == "order_id"
    assert server.paths == []


@pytest.mark.parametrize("package", ["altmarket_client", "hashgreen_client"])
def test_no_parameter_hides_an_endpoint_module_and_no_facade_imports_httpx(package: str) -> None:
    """A facade finds an endpoint's module by its name in the tag's package (once imported):
    a parameter of the same name would hide it, so none may have one. And a facade is what
    a call loads; it names httpx only for type hints (imported when one is resolved)."""
    import importlib
    import inspect
    import pkgutil
    import subprocess
    import sys

    api = importlib.import_module(f"{package}.api")
    tags = sorted(name for _, name, is_package in pkgutil.iter_modules(api.__path__) if is_package)
    assert tags
    for tag in tags:
        module = importlib.import_module(f"{package}.api.{tag}")
        endpoints = {name for _, name, _ in pkgutil.iter_modules(module.__path__)}
        assert endpoints
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for name, method in inspect.getmembers(cls, inspect.isfunction):
                hidden = set(inspect.signature(method).parameters) & endpoints
                assert not hidden, f"{cls.__name__}.{name}: {hidden} hide endpoint modules"
    loads = "; ".join(f"import {package}.api.{tag}" for tag in tags)
    probe = f"import sys; {loads}; print('httpx' in sys.modules)"
    found = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "False"
