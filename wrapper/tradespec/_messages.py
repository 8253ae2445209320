"""Messages that say what the user did and what to do about it.

Two moments where the plain error would send a user the wrong way:

- a request that never got an answer names the request the engine sent (``GET /api/markets``)
  and the library's own text (urllib3's runs to several hundred characters). The user called
  ``limit_order``: :func:`for_caller` names that method and the host, in one line, keeping the
  engine's error as the cause.
- a 404 that no API error body explains, from a ``base_url`` that lacks the API's prefix (a
  Hashgreen URL without ``/api/v1``), is a wrong ``base_url``, not a missing object:
  :func:`not_found` says so and names the prefix.
"""

from __future__ import annotations

import re
import sys
from types import FrameType
from typing import TypeVar
from urllib.parse import urlsplit

from tradespec.errors import RequestTimeoutError, TradespecError, TransportError

__all__ = ["for_caller", "not_found", "plan_name"]

E = TypeVar("E", bound=TransportError)

# An OS error's text as every library quotes it: "[Errno 111] Connection refused".
_ERRNO = re.compile(r"\[Errno -?\d+\] ([^'\"()\[\]]+)")


def host_of(base_url: str) -> str:
    """``host:port`` of a base URL (never its user info)."""
    parts = urlsplit(base_url)
    host = parts.hostname or base_url
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port}" if parts.port else host


def for_caller(error: E, base_url: str, plan_name: str) -> E:
    """``error`` again, its message naming the public method the user called (found on the
    stack: the outermost method of a tradespec client, ``limit_order`` rather than the
    ``create_order`` it calls; else ``plan_name``) and the host, in one line."""
    # The stack is read without building a traceback: CPython's frame access.
    caller = _caller(sys._getframe(1)) or plan_name  # pyright: ignore[reportPrivateUsage]
    detail = " ".join(error.message.split())
    prefix = f"{error.method} {error.path}: "
    detail = detail.removeprefix(prefix)
    errno = _ERRNO.search(detail)
    host = host_of(base_url)
    if isinstance(error, RequestTimeoutError):
        said = f"{host} timed out: {detail}"
    elif errno is not None:
        said = f"could not reach {host}: {errno.group(1).split(' <- ')[0].strip()}"
    else:
        said = f"could not reach {host}: {detail}"
    message = f"{caller}: {said} (sending {error.method} {error.path})"
    again = type(error).__new__(type(error))
    TradespecError.__init__(again, message)
    again.__dict__.update({k: v for k, v in error.__dict__.items() if k != "message"})
    return again


def plan_name(plan: object) -> str:
    """The name of a helper's plan (its generator function: ``create_order``)."""
    code = getattr(plan, "gi_code", None)
    return str(getattr(code, "co_name", "the call"))


def _caller(frame: FrameType | None) -> str | None:
    """The outermost public method of a tradespec client on the stack, as ``name``."""
    from tradespec._base_client import ClientOptions

    found: str | None = None
    while frame is not None:
        owner = frame.f_locals.get("self") if frame.f_code.co_argcount else None
        name = frame.f_code.co_name
        if isinstance(owner, ClientOptions) and not name.startswith("_"):
            found = name
        elif found is not None:
            break
        frame = frame.f_back
    return found


def not_found(base_url: str, home: str | None, message: str) -> str:
    """A 404's message when the API's error body did not explain it: what the server said, and
    the hint that ``base_url`` may be wrong, naming the prefix the API is served under."""
    if home is None:
        return message
    said = f"{message}; " if message and message != "no message" else ""
    expected = urlsplit(home).path.rstrip("/")
    given = urlsplit(base_url).path.rstrip("/")
    if expected and not given.endswith(expected):
        return (
            f"{said}no such endpoint: base_url {base_url} does not end in {expected}, the "
            f"prefix the API is served under (as in {home})"
        )
    return (
        f"{said}no error from the API itself; if every call answers 404, check base_url "
        f"({base_url}; the API's own is {home})"
    )
