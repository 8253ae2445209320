"""pytest fixtures that give a test a running sandbox exchange and funded tradespec clients.

Installed with tradespec (the ``pytest11`` entry point ``tradespec_sandbox``); the fixtures
need the sandbox extra, ``pip install "tradespec[sandbox]"``, and the async ones pytest-asyncio.
Without them pytest runs as before, and only a test that uses a fixture fails, saying what to
install. Nothing of the sandbox's server is imported until a fixture needs it.

Fixtures (function scope unless said)::

    sandbox_session_server   the sandbox shared by the session (session scope)
    sandbox_server           the sandbox for this test: the shared one, reset and set up as the
                             test's marker says; or one of its own, started for it
    sandbox_admin            SandboxAdmin: accounts, deposits, offers, settings, the clock
    sandbox_account          SandboxAccount: a new account funded with the demo amounts of
                             every asset of the catalog (10 btc, 100 eth, 1,000,000 usdt ...)
    sandbox_altmarket        tradespec.AltMarket signed as sandbox_account
    sandbox_hashgreen        tradespec.Hashgreen with sandbox_account's token
    async_sandbox_altmarket  tradespec.AsyncAltMarket, the same account
    async_sandbox_hashgreen  tradespec.AsyncHashgreen, the same account
    sandbox_offer            an offer minted for sandbox_account's token: buy 1 XCH at 29.50 USDS
                             on XCH-USDS (or the catalog's first Hashgreen market, at its minimum
                             amount and a price of 1)

The marker ``@pytest.mark.sandbox(...)`` sets up the sandbox of one test (or of a module or class
when put on them): ``live_shapes=True`` answers as the live platforms do, ``rate_limit=N`` allows
N requests per second per account, ``strict=True`` refuses query parameters and body fields
an operation does not have (ignored by default, as on the live platform), ``liquidity=True``
rests the CLI's maker orders on every market (the books are empty otherwise),
``funds={"btc": "1"}`` funds ``sandbox_account`` with exactly that, ``catalog="live"`` (a
built-in's name or a file) or ``fresh=True`` give the test a sandbox of its own instead of the
shared one. The options
``--sandbox-live-shapes``, ``--sandbox-rate-limit N``, ``--sandbox-strict``,
``--sandbox-liquidity`` and ``--sandbox-catalog FILE`` set the defaults.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tradespec import AltMarket, AsyncAltMarket, AsyncHashgreen, Hashgreen

    from .server import SandboxServer
    from .testing import SandboxAccount, SandboxAdmin

INSTALL = 'pip install "tradespec[sandbox]"'
MARKER = "sandbox"
MARKER_HELP = (
    "sandbox(live_shapes=None, rate_limit=None, strict=None, liquidity=None, funds=None, "
    "catalog=None, fresh=False): "
    "how the tradespec sandbox fixtures set up this test's sandbox "
    "(see tradespec_sandbox.pytest_plugin)"
)
MARKER_KEYS = frozenset(
    {"live_shapes", "rate_limit", "strict", "liquidity", "funds", "catalog", "fresh"}
)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("tradespec-sandbox", "tradespec sandbox fixtures")
    group.addoption(
        "--sandbox-live-shapes",
        action="store_true",
        default=False,
        help="the shared sandbox answers in the live platforms' shapes",
    )
    group.addoption(
        "--sandbox-rate-limit",
        type=float,
        default=None,
        metavar="N",
        help="the shared sandbox allows N requests per second per account (429 beyond)",
    )
    group.addoption(
        "--sandbox-strict",
        action="store_true",
        default=False,
        help="the shared sandbox refuses query parameters and body fields an operation does "
        "not have (by default it ignores them, as the live platform does)",
    )
    group.addoption(
        "--sandbox-liquidity",
        action="store_true",
        default=False,
        help="every test's sandbox starts with the CLI's resting orders on every market "
        "(by default its books are empty)",
    )
    group.addoption(
        "--sandbox-catalog",
        default=None,
        metavar="FILE",
        help="the shared sandbox lists this catalog (a YAML or JSON file, or default or live)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", MARKER_HELP)


@dataclass(frozen=True)
class _Setup:
    """How one test's sandbox is set up: the command line's defaults, then its marker."""

    live_shapes: bool
    rate_limit: float | None
    strict: bool
    liquidity: bool
    catalog: str | Path | None
    fresh: bool
    funds: Mapping[str, Any] | None


def _setup(request: pytest.FixtureRequest) -> _Setup:
    config = request.config
    setup: dict[str, Any] = {
        "live_shapes": bool(config.getoption("--sandbox-live-shapes")),
        "rate_limit": config.getoption("--sandbox-rate-limit"),
        "strict": bool(config.getoption("--sandbox-strict")),
        "liquidity": bool(config.getoption("--sandbox-liquidity")),
        "catalog": config.getoption("--sandbox-catalog"),
        "fresh": False,
        "funds": None,
    }
    # Closest first: a test's own marker wins over its class's and its module's.
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keywords only ({MARKER_HELP})")
        unknown = sorted(set(marker.kwargs) - MARKER_KEYS)
        if unknown:
            known = ", ".join(sorted(MARKER_KEYS))
            raise pytest.UsageError(f"@pytest.mark.{MARKER}: unknown {unknown[0]!r} ({known})")
        setup.update(marker.kwargs)
    return _Setup(**setup)


def _need_server_extra() -> None:
    """Fail the test, in one line, when the sandbox extra is not installed."""
    missing = None
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ModuleNotFoundError as exc:
        missing = exc.name
    if missing is not None:  # outside the except: no chained ModuleNotFoundError in the report
        pytest.fail(
            f"the tradespec sandbox fixtures need the sandbox extra ({missing} is missing): "
            f"{INSTALL}",
            pytrace=False,
        )


@contextlib.contextmanager
def _serve(
    catalog: str | Path | None, live_shapes: bool, rate_limit: float | None, strict: bool
) -> Iterator[SandboxServer]:
    _need_server_extra()
    from .domain.catalog import CatalogError
    from .server import serve_in_thread

    server = serve_in_thread(
        catalog=catalog, live_shapes=live_shapes, rate_limit=rate_limit, strict=strict
    )
    problem = None
    try:
        running = server.__enter__()
    except (CatalogError, ValueError) as exc:
        problem = str(exc)
    if problem is not None:
        pytest.fail(f"the tradespec sandbox cannot start: {problem}", pytrace=False)
    try:
        yield running
    finally:
        server.__exit__(None, None, None)


@pytest.fixture(scope="session")
def sandbox_session_server(request: pytest.FixtureRequest) -> Iterator[SandboxServer]:
    """The sandbox shared by the whole session, with the command line's settings."""
    config = request.config
    with _serve(
        config.getoption("--sandbox-catalog"),
        bool(config.getoption("--sandbox-live-shapes")),
        config.getoption("--sandbox-rate-limit"),
        bool(config.getoption("--sandbox-strict")),
    ) as server:
        yield server


@pytest.fixture
def sandbox_server(request: pytest.FixtureRequest) -> Iterator[SandboxServer]:
    """This test's sandbox: the shared one, reset and set up for it, or one of its own.

    It gets one of its own when its marker says ``fresh=True`` or names another ``catalog``
    than the session's.
    """
    setup = _setup(request)
    session_catalog = request.config.getoption("--sandbox-catalog")
    from .testing import SandboxAdmin

    if setup.fresh or setup.catalog != session_catalog:
        with _serve(setup.catalog, setup.live_shapes, setup.rate_limit, setup.strict) as own:
            if setup.liquidity:
                with SandboxAdmin(own.url) as admin:
                    admin.seed_liquidity()
            yield own
        return
    shared: SandboxServer = request.getfixturevalue("sandbox_session_server")
    with SandboxAdmin(shared.url) as admin:
        admin.reset()
        admin.settings(
            live_shapes=setup.live_shapes, rate_limit=setup.rate_limit, strict=setup.strict
        )
        if setup.liquidity:
            admin.seed_liquidity()
    yield shared


@pytest.fixture
def sandbox_admin(sandbox_server: SandboxServer) -> Iterator[SandboxAdmin]:
    """The test-only API of this test's sandbox (accounts, deposits, offers, settings, clock)."""
    from .testing import SandboxAdmin

    with SandboxAdmin(sandbox_server.url) as admin:
        yield admin


@pytest.fixture
def sandbox_account(
    request: pytest.FixtureRequest, sandbox_server: SandboxServer, sandbox_admin: SandboxAdmin
) -> SandboxAccount:
    """A new account, funded with the marker's ``funds`` or the demo amounts of every asset."""
    from .demo import demo_funds

    funds = _setup(request).funds
    if funds is None:
        funds = demo_funds(sandbox_server.state.catalog)
    return sandbox_admin.account(funds)


@pytest.fixture
def sandbox_altmarket(
    sandbox_server: SandboxServer, sandbox_account: SandboxAccount
) -> Iterator[AltMarket]:
    """A ``tradespec.AltMarket`` client of ``sandbox_account`` on this test's sandbox."""
    from tradespec import AltMarket

    with AltMarket(
        sandbox_account.api_key, sandbox_account.api_secret, base_url=sandbox_server.altmarket_url
    ) as client:
        yield client


@pytest.fixture
def sandbox_hashgreen(
    sandbox_server: SandboxServer, sandbox_account: SandboxAccount
) -> Iterator[Hashgreen]:
    """A ``tradespec.Hashgreen`` client with ``sandbox_account``'s token on this test's sandbox."""
    from tradespec import Hashgreen

    with Hashgreen(sandbox_account.token, base_url=sandbox_server.hashgreen_url) as client:
        yield client


@pytest.fixture
def sandbox_offer(
    sandbox_server: SandboxServer, sandbox_admin: SandboxAdmin, sandbox_account: SandboxAccount
) -> str:
    """An offer minted for ``sandbox_account``'s token, to post with ``create_order``."""
    markets = {m.code.upper(): m for m in sandbox_server.state.catalog.dex_markets.values()}
    if "XCH-USDS" in markets:
        return sandbox_admin.offer(sandbox_account.token, "XCH-USDS", "buy", "29.50", "1")
    if not markets:
        pytest.fail("the sandbox's catalog lists no Hashgreen market to mint an offer on")
    market = next(iter(markets.values()))
    amount = max(market.base.min_amount, Decimal(1).scaleb(-market.base_amount_precision))
    return sandbox_admin.offer(sandbox_account.token, market.code, "buy", "1", amount)


def _async_fixture(function: Any) -> Any:
    """``pytest_asyncio.fixture``; without pytest-asyncio, a fixture that says to install it."""
    try:
        import pytest_asyncio
    except ModuleNotFoundError:

        @pytest.fixture(name=function.__name__)
        def needs_pytest_asyncio() -> None:
            pytest.fail(
                f"the fixture {function.__name__} needs pytest-asyncio: pip install pytest-asyncio",
                pytrace=False,
            )

        return needs_pytest_asyncio
    return pytest_asyncio.fixture(function)


@_async_fixture
async def async_sandbox_altmarket(
    sandbox_server: SandboxServer, sandbox_account: SandboxAccount
) -> AsyncIterator[AsyncAltMarket]:
    """A ``tradespec.AsyncAltMarket`` client of ``sandbox_account`` on this test's sandbox."""
    from tradespec import AsyncAltMarket

    async with AsyncAltMarket(
        sandbox_account.api_key,
        sandbox_account.api_secret,
        base_url=sandbox_server.altmarket_url,
    ) as client:
        yield client


@_async_fixture
async def async_sandbox_hashgreen(
    sandbox_server: SandboxServer, sandbox_account: SandboxAccount
) -> AsyncIterator[AsyncHashgreen]:
    """A ``tradespec.AsyncHashgreen`` client with ``sandbox_account``'s token."""
    from tradespec import AsyncHashgreen

    async with AsyncHashgreen(
        sandbox_account.token, base_url=sandbox_server.hashgreen_url
    ) as client:
        yield client
