# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""Every operation of the spec and what the engine needs to know about it, from the spec's
``x-tradespec-*`` extensions (see the spec's ``info.description``)."""

from .types import Policy

OPERATIONS: dict[str, Policy] = {
    "cancel_order": Policy(
        operation_id="cancel_order",
        tag="orders",
        method="DELETE",
        path="/orders/{order_id}",
        secured=True,
        retry="safe",
        idempotency_key=None,
        order=True,
        paging=None,
    ),
    "create_order": Policy(
        operation_id="create_order",
        tag="orders",
        method="POST",
        path="/orders",
        secured=True,
        retry="never",
        idempotency_key=None,
        order=True,
        paging=None,
    ),
    "get_market": Policy(
        operation_id="get_market",
        tag="markets",
        method="GET",
        path="/markets/{code}",
        secured=False,
        retry="safe",
        idempotency_key=None,
        order=False,
        paging=None,
    ),
    "get_order_book": Policy(
        operation_id="get_order_book",
        tag="trades",
        method="GET",
        path="/trades/book",
        secured=False,
        retry="safe",
        idempotency_key=None,
        order=False,
        paging=None,
    ),
    "get_statistics": Policy(
        operation_id="get_statistics",
        tag="trades",
        method="GET",
        path="/trades/statistics",
        secured=False,
        retry="safe",
        idempotency_key=None,
        order=False,
        paging=None,
    ),
    "get_trade_history": Policy(
        operation_id="get_trade_history",
        tag="trades",
        method="GET",
        path="/trades/history",
        secured=False,
        retry="safe",
        idempotency_key=None,
        order=False,
        paging=None,
    ),
    "list_markets": Policy(
        operation_id="list_markets",
        tag="markets",
        method="GET",
        path="/markets",
        secured=False,
        retry="safe",
        idempotency_key=None,
        order=False,
        paging=None,
    ),
    "list_orders": Policy(
        operation_id="list_orders",
        tag="orders",
        method="GET",
        path="/orders",
        secured=True,
        retry="safe",
        idempotency_key=None,
        order=False,
        paging=None,
    ),
}
"""Each operation's policy, by ``operationId``."""

__all__ = ["OPERATIONS"]
