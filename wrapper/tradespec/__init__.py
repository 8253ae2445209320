"""tradespec: typed clients for the AltMarket and Hashgreen exchange APIs."""

__version__ = "0.1.0"

__all__ = ["__version__"]
