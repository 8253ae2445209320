"""The I/O under the engine: one small seam (:mod:`.base`) and the backends that implement it.

* :mod:`._urllib3`: the sync default (urllib3);
* :mod:`._aiohttp`: the async default (aiohttp);
* :mod:`._httpx`: an ``httpx.Client`` / ``httpx.AsyncClient`` the user passed as ``http_client``.

A backend sends one :class:`~.base.WireRequest` exactly as built and signed by the engine, and
returns a :class:`~.base.WireResponse`, or raises :class:`~.base.NotSent` (nothing of the request
left this machine: safe to send an order again) or :class:`~.base.MaybeSent` (some of it may have
reached the server). The engine's retry and order-safety rules read only these. The libraries
are imported when a client of their kind first sends, never by ``import tradespec``.

Timeouts: a client's ``timeout=`` is an ``httpx.Timeout`` (seconds: the same for all four of
its parts), applied to each attempt. Each backend honours it as its library can:

* httpx (a caller's client): ``connect``, ``read``, ``write`` and ``pool`` as httpx defines them.
* urllib3: ``connect`` bounds connecting (TLS handshake and a proxy's tunnel included) and also
  every write of the request, since urllib3 sends on the socket with the timeout it connected
  with; ``read`` bounds each wait for the answer's bytes; ``write`` is not used (writes are
  bounded by ``connect``), nor is ``pool``: the pool never makes a request wait (with 20
  connections busy, another thread gets a fresh connection, closed after use).
* aiohttp: ``pool`` plus ``connect`` bounds waiting for a connection of the pool (100) and
  connecting, ``connect`` the connecting alone; ``read`` bounds each wait for the answer's
  bytes, from the moment the request is written. ``write`` is not used: aiohttp has no write
  timeout, and a signed request (a few hundred bytes) goes into the socket's buffer at once.
"""
