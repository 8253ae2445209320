"""The sandbox as users run it, ``python -m tradespec_sandbox``, in a process of its own (so the
clients and the exchange each have a core), on 127.0.0.1; killable with SIGKILL mid-run and
restartable on the same port and database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx

STARTUP_SECONDS = 30.0


class SandboxProcess:
    """``python -m tradespec_sandbox --no-demo`` on 127.0.0.1, optionally with ``--db``."""

    def __init__(self, db: Path | None = None, port: int = 0) -> None:
        args = [sys.executable, "-m", "tradespec_sandbox", "--host", "127.0.0.1"]
        args += ["--port", str(port), "--no-demo", "--settle-withdrawals-after", "never"]
        if db is not None:
            args += ["--db", str(db)]
        self.process = subprocess.Popen(
            args,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            self.url = self._wait_until_serving()
        except BaseException:
            self.kill()
            raise
        self.port = int(self.url.rsplit(":", 1)[1])

    def _wait_until_serving(self) -> str:
        assert self.process.stdout is not None
        deadline = time.monotonic() + STARTUP_SECONDS
        first = self.process.stdout.readline()
        if not first.startswith("tradespec sandbox listening on "):
            raise RuntimeError(f"the sandbox did not start: {first!r}")
        url = first.rsplit(" ", 1)[1].strip()
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/_sandbox/health", timeout=1).status_code == 200:
                    return url
            except httpx.TransportError:
                pass
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        raise RuntimeError("the sandbox did not answer")

    @property
    def altmarket_url(self) -> str:
        return f"{self.url}/altmarket"

    def admin(self) -> Admin:
        return Admin(self.url)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush; whatever was not committed is gone."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(30)
        if self.process.stdout is not None:
            self.process.stdout.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.kill()


class Admin:
    """The sandbox's test-only API."""

    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=f"{url}/_sandbox", timeout=30)

    def account(self, deposits: dict[str, str]) -> dict[str, str]:
        account: dict[str, str] = self.http.post("/accounts").raise_for_status().json()
        for asset, amount in deposits.items():
            self.http.post(
                f"/accounts/{account['api_key']}/deposits", json={"asset": asset, "amount": amount}
            ).raise_for_status()
        return account

    def ledger(self) -> Any:
        return self.http.get("/ledger").raise_for_status().json()

    def close(self) -> None:
        self.http.close()
