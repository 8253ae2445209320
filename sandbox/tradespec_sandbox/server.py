"""Running the sandbox: in the foreground (the CLI) or in a thread (tests)."""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from .domain.catalog import Catalog, load_catalog
from .http.app import create_app
from .http.ratelimit import parse_rate_limit
from .middleware.limits import MAX_HEADER_BYTES, LimitedH11Protocol, LimitedHttpToolsProtocol
from .state import SandboxState

STARTUP_TIMEOUT = 10.0


class SandboxExposedWarning(UserWarning):
    """The sandbox listens on an address other machines can reach."""


def exposure_warning(host: str) -> str | None:
    """What to say when ``host`` is not a loopback address, else None."""
    name = host.strip("[]")
    if name == "localhost":
        return None
    try:
        if ipaddress.ip_address(name).is_loopback:
            return None
    except ValueError:
        pass
    return (
        f"the sandbox listens on {host}, not on loopback: its test-only API (/_sandbox: reset, "
        "fund accounts, move the clock), which has no authentication, is open to the network"
    )


@dataclass(frozen=True)
class SandboxServer:
    """A running sandbox. ``str()`` of it is its base URL, ``http://127.0.0.1:PORT``.

    ``state`` is the live state, for tests that look inside; hold ``state.lock`` while doing so,
    since the server thread serves requests under the same lock.
    """

    url: str
    state: SandboxState

    @property
    def altmarket_url(self) -> str:
        return f"{self.url}/altmarket"

    @property
    def hashgreen_url(self) -> str:
        return f"{self.url}/hashgreen/api/v1"

    @property
    def admin_url(self) -> str:
        return f"{self.url}/_sandbox"

    def __str__(self) -> str:
        return self.url


def make_server(
    state: SandboxState, host: str, port: int, log_level: str = "warning"
) -> uvicorn.Server:
    config = uvicorn.Config(
        create_app(state),
        host=host,
        port=port,
        # httptools where the sandbox extra installed it (its C parser costs a fraction of h11),
        # h11 elsewhere; either with the header limits and timeout of limits.py.
        http=LimitedHttpToolsProtocol or LimitedH11Protocol,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES,
        loop="auto",
        log_level=log_level,
        access_log=False,
        # On loopback there is no proxy to trust; this saves a middleware on every request.
        proxy_headers=False,
        lifespan="off",
        timeout_graceful_shutdown=2,
        date_header=False,  # app.SandboxDate writes it from the sandbox's clock
    )
    return uvicorn.Server(config)


@contextlib.contextmanager
def serve_in_thread(
    db: Path | str | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    settle_withdrawals_after: float | None = None,
    *,
    catalog: Catalog | Path | str | None = None,
    live_shapes: bool = False,
    rate_limit: float | None = None,
    strict: bool = False,
) -> Iterator[SandboxServer]:
    """Start a sandbox on a free loopback port in a daemon thread; stop it on exit.

        with serve_in_thread() as sandbox:
            httpx.post(f"{sandbox.admin_url}/accounts")

    ``db`` keeps the state in that SQLite file (see store.py); by default it lives in memory.
    Withdrawals stay AwaitingConfirmation until ``POST /_sandbox/withdrawals/complete``, or
    complete by themselves ``settle_withdrawals_after`` seconds after they are made.

    ``catalog`` replaces what both exchanges list: a :class:`Catalog`, a built-in's name
    (``"default"``, ``"live"``) or a YAML or JSON file (see catalog.py; a bad one raises
    ``CatalogError``). ``live_shapes`` answers in the live platforms' drifted shapes (see
    live_shapes.py); ``rate_limit`` allows that many requests per second per account and answers
    429 beyond it (see ratelimit.py). ``strict`` refuses query parameters and body fields an
    operation does not have (by default they are ignored, as the live platform ignores them).
    All three can be changed later through ``/_sandbox/settings``.

    A ``host`` other than a loopback address warns (``SandboxExposedWarning``): the test-only
    API, which resets and funds accounts, is then open to the network.
    """
    if catalog is None:
        catalog = "default"
    if not isinstance(catalog, Catalog):
        catalog = load_catalog(catalog)
    state = SandboxState(
        db,
        settle_withdrawals_after,
        catalog=catalog,
        live_shapes=live_shapes,
        rate_limit=parse_rate_limit(rate_limit),
        strict=strict,
    )
    warning = exposure_warning(host)
    if warning is not None:
        warnings.warn(warning, SandboxExposedWarning, stacklevel=3)
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP,
    # and without it every answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound_port = sock.getsockname()[1]
    server = make_server(state, host, bound_port)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="tradespec-sandbox", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise RuntimeError("the sandbox did not start")
        time.sleep(0.005)
    try:
        yield SandboxServer(f"http://{host}:{bound_port}", state)
    finally:
        server.should_exit = True
        thread.join(STARTUP_TIMEOUT)
        sock.close()
        state.close()
