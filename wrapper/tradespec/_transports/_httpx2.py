"""httpx2 (Pydantic's continuation of httpx, the same API under the name ``httpx2``): an
``httpx2.Client`` or ``AsyncClient`` as ``http_client=`` goes through the httpx backend
(``_httpx``), with httpx2's own classes where that backend names httpx's (its exceptions, its
``Auth``, its ``Timeout``). tradespec does not depend on httpx2: it is whatever the caller's
client is, so this module only reads ``sys.modules``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, cast

from tradespec._transports.base import WireRequest

if TYPE_CHECKING:
    import httpx

__all__ = ["build", "is_client", "module_of"]


def _module() -> Any:
    return sys.modules.get("httpx2")


def is_client(value: object, *, asynchronous: bool) -> bool:
    """Whether ``value`` is an ``httpx2.AsyncClient`` (or, ``asynchronous=False``, an
    ``httpx2.Client``), without importing httpx2: a caller with one has imported it."""
    module = _module()
    if module is None:
        return False
    return isinstance(value, module.AsyncClient if asynchronous else module.Client)


def module_of(client: object) -> Any:
    """httpx2, for one of its clients; a TypeError for anything else."""
    module = _module()
    if module is None or not isinstance(client, module.Client | module.AsyncClient):
        raise TypeError(f"not an httpx or httpx2 client: {type(client).__name__}")
    return module


def build(client: object, request: WireRequest) -> httpx.Request:
    """``request`` as an ``httpx2.Request``: the URL as the engine encoded and signed it (httpx2
    parses it as httpx does, leaving the percent escapes as they are), httpx2's ``Timeout``."""
    module = module_of(client)
    built = cast("Any", client).build_request(
        request.method,
        request.url,
        content=request.body,
        headers=request.headers,
        timeout=module.Timeout(**request.timeout.as_dict()),
    )
    # An httpx2.Request, which the backend hands back to the same client: the same API.
    return cast("httpx.Request", built)
