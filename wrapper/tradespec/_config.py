"""What the clients check and share about their configuration: credentials, base URL, timeout,
retries, and the copy with other limits that ``with_options`` makes."""

from __future__ import annotations

import ipaddress
import os
from typing import Generic, Self, TypeVar

import httpx

from tradespec._engine import Engine
from tradespec._transport import AsyncTransport, SyncTransport
from tradespec.errors import InvalidInputError

__all__ = [
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "check_base_url",
    "check_retries",
    "check_timeout",
    "credential",
]

DEFAULT_TIMEOUT = 10.0

TransportT = TypeVar("TransportT", SyncTransport, AsyncTransport)


class ClientOptions(Generic[TransportT]):
    """What every client shares to make a copy of itself with other limits (``with_options``).

    The copy shares the connections, credentials, caches and clock, gets an engine with the new
    timeout and retry limit, and closes nothing when closed.
    """

    _engine: Engine
    _transport: TransportT
    _closes: bool

    def _with_limits(self, max_retries: int | None, timeout: float | httpx.Timeout | None) -> Self:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._engine = self._engine.evolve(
            timeout=None if timeout is None else check_timeout(timeout),
            max_retries=None if max_retries is None else check_retries(max_retries),
        )
        clone._transport = self._transport.with_engine(clone._engine)
        clone._closes = False
        return clone


def credential(value: str | None, variable: str, argument: str) -> str | None:
    """An explicit credential, else the environment's; an empty one is refused."""
    if value is None:
        value = os.environ.get(variable) or None
        if value is None:
            return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(argument, f"must be a non-empty string (or set {variable})")
    return value.strip()


_LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost"})


def check_base_url(url: object, allow_insecure: object) -> str:
    """``url`` if it is https, or plain http to a loopback host, or ``allow_insecure``."""
    if not isinstance(allow_insecure, bool):  # "false" from a config file is truthy
        raise InvalidInputError("allow_insecure", f"expected a bool, got {allow_insecure!r}")
    if not isinstance(url, str | httpx.URL):
        raise InvalidInputError("base_url", f"expected a URL string, got {type(url).__name__}")
    try:
        parsed = httpx.URL(str(url))
    except httpx.InvalidURL as exc:
        raise InvalidInputError("base_url", f"not a valid URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InvalidInputError("base_url", f"expected an http(s) URL with a host, got {url!r}")
    if parsed.username or parsed.password:
        raise InvalidInputError("base_url", "must not carry credentials")
    if parsed.query or parsed.fragment:
        raise InvalidInputError("base_url", "must not carry a query or a fragment")
    if parsed.scheme == "http" and not allow_insecure and not _is_loopback(parsed.host):
        raise InvalidInputError(
            "base_url",
            f"refusing plain http to {parsed.host}: credentials would travel in clear text; "
            "use https, or pass allow_insecure=True",
        )
    return str(parsed).rstrip("/")


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_retries(value: object, argument: str = "max_retries") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError(argument, f"expected a non-negative int, got {value!r}")
    return value


MAX_TIMEOUT = 86400.0


def check_timeout(value: object) -> float | httpx.Timeout | None:
    """Seconds (at most a day: an infinite or huge one overflows the socket's deadline and
    fails every request; None is no timeout), or an ``httpx.Timeout``."""
    if value is None or isinstance(value, httpx.Timeout):
        return value
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not 0 < value <= MAX_TIMEOUT
    ):
        raise InvalidInputError(
            "timeout",
            f"expected seconds > 0 and at most {MAX_TIMEOUT:.0f}, an httpx.Timeout or None "
            f"(no timeout), got {value!r}",
        )
    return float(value)
