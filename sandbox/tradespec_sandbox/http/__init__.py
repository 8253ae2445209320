"""The sandbox over HTTP: the ASGI application, the one endpoint adapter, the three APIs
(AltMarket, Hashgreen, the test-only API) and the rate limiter."""
