"""``tradespec-sandbox``: run the sandbox exchange in the foreground."""

from __future__ import annotations

import argparse
import json
import signal
import socket
import sys
from collections.abc import Sequence
from types import FrameType

# The server's dependencies come with the `sandbox` extra. Installed without it, the command
# says what to install, in one line, instead of a chained traceback.
_EXTRA_PACKAGES = frozenset(
    {"starlette", "uvicorn", "pydantic", "chia_wallet_sdk", "yaml", "httptools", "uvloop"}
)
_MISSING: str | None = None
try:
    from .demo import demo_funds, ensure_demo
    from .domain.catalog import BUILT_IN, CatalogError, catalog_to_data, load_catalog
    from .http.ratelimit import parse_rate_limit
    from .server import exposure_warning, make_server
    from .state import SandboxState
    from .store import StoreError
except ModuleNotFoundError as exc:
    if exc.name is None or exc.name.partition(".")[0] not in _EXTRA_PACKAGES:
        raise
    _MISSING = exc.name.partition(".")[0]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tradespec-sandbox",
        description="A local exchange speaking the AltMarket and Hashgreen APIs.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8765, help="port (0 for any free port)")
    parser.add_argument("--db", help="keep all state in this SQLite file across restarts")
    parser.add_argument(
        "--no-demo", action="store_true", help="do not create the funded demo account"
    )
    parser.add_argument(
        "--settle-withdrawals-after",
        type=_seconds_or_never,
        default=10.0,
        metavar="SECONDS",
        help="withdrawals complete this long after they are made (default 10; 'never': only "
        "when POST /_sandbox/withdrawals/complete says)",
    )
    parser.add_argument(
        "--catalog",
        default="default",
        metavar="FILE",
        help="what both exchanges list: a YAML or JSON catalog file (see the sandbox README), "
        f"or a built-in one ({', '.join(BUILT_IN)}; default: default)",
    )
    parser.add_argument(
        "--show-catalog",
        action="store_true",
        help="print the catalog as JSON, in the file format --catalog reads, and exit",
    )
    parser.add_argument(
        "--live-shapes",
        action="store_true",
        help="answer as the live platforms do: numeric enums, lowercase statuses, extra fields, "
        "a wrong paging.total",
    )
    parser.add_argument(
        "--rate-limit",
        type=_rate,
        default=None,
        metavar="N",
        help="allow N requests per second per account (AltMarket key, Hashgreen token; "
        "unauthenticated calls per client address), answer 429 with Retry-After beyond it "
        "(default: no limit)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse query parameters and body fields an operation does not have (default: "
        "ignore them, as the live platform does)",
    )
    parser.add_argument("--log-level", default="warning", help="uvicorn's log level")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    if _MISSING is not None:
        print(
            f"tradespec-sandbox: the sandbox needs its server dependencies ({_MISSING} is not "
            'installed): pip install "tradespec[sandbox]"',
            file=sys.stderr,
        )
        return 1
    args = parse_args(argv)
    try:
        catalog = load_catalog(args.catalog)
    except CatalogError as exc:
        print(f"tradespec-sandbox: {exc}", file=sys.stderr)
        return 2
    if args.show_catalog:
        print(json.dumps({"name": catalog.name, **catalog_to_data(catalog)}, indent=2))
        return 0
    try:
        state = SandboxState(
            args.db,
            settle_withdrawals_after=args.settle_withdrawals_after,
            catalog=catalog,
            live_shapes=args.live_shapes,
            rate_limit=args.rate_limit,
            strict=args.strict,
        )
    except StoreError as exc:
        print(f"tradespec-sandbox: {exc}", file=sys.stderr)
        return 2
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        print(
            f"tradespec-sandbox: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr
        )
        return 1
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    base = f"http://{host}:{port}"
    lines = [
        f"tradespec sandbox listening on {base}",
        f"  AltMarket base URL  {base}/altmarket",
        f"  Hashgreen base URL  {base}/hashgreen/api/v1",
        f"  test-only API       {base}/_sandbox",
        "  state               "
        + (f"SQLite {args.db}" if args.db else "in memory (lost when stopped)"),
        "  withdrawals         "
        + (
            f"complete {args.settle_withdrawals_after:g} s after they are made"
            if args.settle_withdrawals_after is not None
            else "complete on POST /_sandbox/withdrawals/complete"
        ),
        f"  catalog             {catalog.name} ({len(catalog.assets)} assets, "
        f"{len(catalog.markets)} AltMarket markets, {len(catalog.dex_markets)} Hashgreen markets)",
    ]
    if args.strict:
        lines.append("  unknown parameters  refused (--strict)")
    if args.live_shapes:
        lines.append("  answers             in the live platforms' shapes (--live-shapes)")
    if args.rate_limit is not None:
        lines.append(f"  rate limit          {args.rate_limit:g} requests per second per account")
    if not args.no_demo:
        demo = ensure_demo(state)
        funds = ", ".join(f"{amount:,} {asset}" for asset, amount in demo_funds(catalog).items())
        lines += [
            f"Demo account (funded with {funds}):",
            f"  export ALTMARKET_API_KEY={demo.api_key}",
            f"  export ALTMARKET_API_SECRET={demo.api_secret}",
            f"  export HASHGREEN_TOKEN={demo.token}",
        ]
    warning = exposure_warning(args.host)
    if warning is not None:
        lines.append(f"WARNING: {warning}.")
    lines.append("Press Ctrl+C to stop.")
    print("\n".join(lines), flush=True)
    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then raises the signal again for the
    # previous handler: these turn it into a clean exit (status 0) after the database closes.
    signal.signal(signal.SIGTERM, _stop)
    try:
        make_server(state, args.host, port, args.log_level).run(sockets=[sock])
    except (KeyboardInterrupt, _Stopped):
        pass
    finally:
        state.close()
    print("tradespec sandbox stopped.", flush=True)
    return 0


def _seconds_or_never(text: str) -> float | None:
    if text == "never":
        return None
    seconds = float(text)
    if not 0 <= seconds < 10**9:
        raise argparse.ArgumentTypeError("expected seconds (0 or more) or 'never'")
    return seconds


def _rate(text: str) -> float | None:
    try:
        return parse_rate_limit(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class _Stopped(Exception):
    """SIGTERM, after uvicorn's graceful shutdown."""


def _stop(signum: int, frame: FrameType | None) -> None:
    raise _Stopped
