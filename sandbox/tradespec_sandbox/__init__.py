"""A local exchange that speaks the AltMarket and Hashgreen APIs, for tests and demos."""
