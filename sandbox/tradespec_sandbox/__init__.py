"""A local exchange that speaks the AltMarket and Hashgreen APIs, for tests and demos.

    tradespec-sandbox --host 127.0.0.1 --port 8765          # or: python -m tradespec_sandbox

    from tradespec_sandbox import serve_in_thread
    with serve_in_thread() as sandbox:                      # a free loopback port
        sandbox.url, sandbox.altmarket_url, sandbox.hashgreen_url, sandbox.admin_url

AltMarket is served at ``/altmarket``, Hashgreen at ``/hashgreen/api/v1``, and the test-only API
(accounts, deposits, minted offers, the clock, faults) at ``/_sandbox``; see ``admin_api``.
"""

_SERVER_PACKAGES = frozenset({"starlette", "uvicorn", "pydantic"})

try:
    from .app import create_app
    from .server import SandboxServer, serve_in_thread
    from .state import SandboxState
except ModuleNotFoundError as exc:  # the extra is missing: say how to get it
    if exc.name is None or exc.name.partition(".")[0] not in _SERVER_PACKAGES:
        raise
    raise ModuleNotFoundError(
        f"the sandbox needs its server dependencies ({exc.name} is missing): "
        'pip install "tradespec[sandbox]"',
        name=exc.name,
    ) from exc

__all__ = ["SandboxServer", "SandboxState", "create_app", "serve_in_thread"]
