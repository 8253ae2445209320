"""A client library for accessing Hashgreen DEX Trading API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
