"""Running the sandbox: in the foreground (the CLI) or in a thread (tests)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from .app import create_app
from .catalog import Catalog, load_catalog
from .ratelimit import parse_rate_limit
from .state import SandboxState

STARTUP_TIMEOUT = 10.0


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
        # "auto" picks httptools and uvloop, which the sandbox extra installs (h11 and asyncio
        # where they are missing, e.g. uvloop on Windows): the C parser costs a fraction of h11.
        http="auto",
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
    429 beyond it (see ratelimit.py). Both can be changed later through ``/_sandbox/settings``.
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
    )
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
