"""The I/O under the engine: one small seam (:mod:`.base`) and the backends that implement it.

* :mod:`._urllib3`: the sync default (urllib3);
* :mod:`._aiohttp`: the async default (aiohttp);
* :mod:`._httpx`: an ``httpx.Client`` / ``httpx.AsyncClient`` the user passed as ``http_client``.

A backend sends one :class:`~.base.WireRequest` exactly as built and signed by the engine, and
returns a :class:`~.base.WireResponse`, or raises :class:`~.base.NotSent` (nothing of the request
left this machine: safe to send an order again) or :class:`~.base.MaybeSent` (some of it may have
reached the server). The engine's retry and order-safety rules read only these. The libraries
are imported when a client of their kind first sends, never by ``import tradespec``.
"""
