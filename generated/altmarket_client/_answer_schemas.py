# Generated from specs/altmarket.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""What the AltMarket Exchange API (1.0) declares of its answers, compact, for ``tradespec.drift``.

Written by ``generator/generate.py`` from the spec; never edit by hand. ``tradespec.drift``
checks decoded answers against these tables, independently of the models that read them, and
names what the spec does not know. ``SCHEMAS`` holds each component schema, ``OPERATIONS`` each
operation's declared statuses and success answers. A node is a dict: ``ref`` (a component's
name), ``types`` (JSON types; ``integer`` is also a ``number``), ``enum`` (and its members'
``names``), ``props`` and ``required`` (objects), ``values`` (a map's values: any key is
declared), ``items`` and ``prefix`` (arrays), ``any`` (alternatives), and ``at``: the JSONPath
of the node in the spec, which an Overlay's action targets.
"""

from typing import Any

TITLE = "AltMarket Exchange API"
"""The spec's ``info.title``."""
VERSION = "1.0"
"""The spec's ``info.version``."""

SCHEMAS: dict[str, Any] = {
    "Asset": {
        "types": ["object"],
        "props": {
            "id": {"types": ["string"]},
            "can_deposit": {"types": ["boolean"]},
            "can_withdraw": {"types": ["boolean"]},
            "image_url": {"types": ["string"]},
            "asset_name": {"types": ["string"]},
            "withdrawal_fee": {"types": ["number"]},
            "scale": {"types": ["integer"]},
        },
        "required": ["id", "asset_name", "scale", "can_deposit", "can_withdraw"],
        "at": "$.components.schemas.Asset",
    },
    "AssetList": {
        "types": ["object"],
        "props": {"data": {"types": ["array"], "items": {"ref": "Asset"}}},
        "required": ["data"],
        "at": "$.components.schemas.AssetList",
    },
    "MarketsInfo": {
        "types": ["object"],
        "props": {
            "serverTime": {"types": ["integer"]},
            "pairs": {
                "types": ["object"],
                "props": {},
                "required": [],
                "values": {"ref": "Market"},
                "at": "$.components.schemas.MarketsInfo.properties.pairs",
            },
            "plaidPublicKey": {"types": ["string"]},
            "environment": {"types": ["string"]},
        },
        "required": ["serverTime", "pairs"],
        "at": "$.components.schemas.MarketsInfo",
    },
    "Market": {
        "types": ["object"],
        "props": {
            "baseAsset": {"types": ["string"]},
            "quoteAsset": {"types": ["string"]},
            "minPrice": {"types": ["number"]},
            "maxPrice": {"types": ["number"]},
            "minAmount": {"types": ["number"]},
            "hidden": {"types": ["integer"]},
            "fee": {"types": ["number"]},
            "makerFee": {"types": ["number"]},
            "makerFeeLimit": {"types": ["number"]},
            "takerFee": {"types": ["number"]},
            "takerFeeLimit": {"types": ["number"]},
            "priceScale": {"types": ["integer"]},
            "amountScale": {"types": ["integer"]},
            "status": {"ref": "MarketStatus"},
        },
        "required": [
            "baseAsset",
            "quoteAsset",
            "priceScale",
            "amountScale",
            "status",
            "makerFee",
            "takerFee",
        ],
        "at": "$.components.schemas.Market",
    },
    "MarketStatus": {
        "types": ["string"],
        "enum": ["Open", "Halted", "Paused"],
        "at": "$.components.schemas.MarketStatus",
    },
    "OrderSide": {
        "types": ["string"],
        "enum": ["Buy", "Sell"],
        "at": "$.components.schemas.OrderSide",
    },
    "OrderDirection": {
        "types": ["string"],
        "enum": ["buy", "sell"],
        "at": "$.components.schemas.OrderDirection",
    },
    "OrderType": {
        "types": ["string"],
        "enum": ["Limit", "Market", "StopLimit", "StopMarket"],
        "names": ["LIMIT", "MARKET", "STOP_LIMIT", "STOP_MARKET"],
        "at": "$.components.schemas.OrderType",
    },
    "OrderStatus": {
        "types": ["string"],
        "enum": ["Working", "Rejected", "Cancelled", "Completed"],
        "at": "$.components.schemas.OrderStatus",
    },
    "CreateOrderRequest": {
        "types": ["object"],
        "props": {"order": {"ref": "NewOrder"}, "ts": {"types": ["string"]}},
        "required": ["order"],
        "at": "$.components.schemas.CreateOrderRequest",
    },
    "NewOrder": {
        "types": ["object"],
        "props": {
            "instrument": {"types": ["string"]},
            "type": {"ref": "OrderDirection"},
            "amount": {"types": ["number"]},
            "price": {"types": ["number"]},
            "activationPrice": {"types": ["number"]},
            "isLimit": {"types": ["boolean"]},
            "isStop": {"types": ["boolean"]},
            "side": {"ref": "OrderSide"},
            "orderType": {"ref": "OrderType"},
        },
        "required": [],
        "at": "$.components.schemas.NewOrder",
    },
    "OrderResponse": {
        "types": ["object"],
        "props": {"order": {"ref": "Order"}},
        "required": ["order"],
        "at": "$.components.schemas.OrderResponse",
    },
    "Order": {
        "types": ["object"],
        "props": {
            "orderId": {"types": ["string"]},
            "total": {"types": ["number"]},
            "orderType": {"ref": "OrderType"},
            "commission": {"types": ["number"]},
            "createdAt": {"types": ["string"]},
            "unitsFilled": {"types": ["number"]},
            "isPending": {"types": ["boolean"]},
            "status": {"ref": "OrderStatus"},
            "type": {"types": ["string"]},
            "amount": {"types": ["number"]},
            "price": {"types": ["number"]},
            "stopPrice": {"types": ["number"]},
            "isLimit": {"types": ["boolean"]},
            "instrument": {"types": ["string"]},
            "side": {"ref": "OrderSide"},
        },
        "required": [
            "orderId",
            "instrument",
            "type",
            "orderType",
            "status",
            "amount",
            "unitsFilled",
            "isLimit",
            "isPending",
            "createdAt",
        ],
        "at": "$.components.schemas.Order",
    },
    "CountResponse": {
        "types": ["object"],
        "props": {"data": {"types": ["integer"]}},
        "required": ["data"],
        "at": "$.components.schemas.CountResponse",
    },
    "Paging": {
        "types": ["object"],
        "props": {
            "page": {"types": ["integer"]},
            "per_page": {"types": ["integer"]},
            "total": {"types": ["integer"]},
        },
        "required": [],
        "at": "$.components.schemas.Paging",
    },
    "OrderPage": {
        "types": ["object"],
        "props": {
            "filters": {
                "types": ["object"],
                "props": {},
                "required": [],
                "at": "$.components.schemas.OrderPage.properties.filters",
            },
            "paging": {"ref": "Paging"},
            "data": {"types": ["array"], "items": {"ref": "Order"}},
        },
        "required": ["data"],
        "at": "$.components.schemas.OrderPage",
    },
    "Trade": {
        "types": ["object"],
        "props": {
            "tradeSeq": {"types": ["integer"]},
            "tradeTime": {"types": ["string"]},
            "amount": {"types": ["number"]},
            "executionPrice": {"types": ["number"]},
            "instrument": {"types": ["string"]},
            "side": {"ref": "OrderSide"},
            "commission": {"types": ["number"]},
        },
        "required": ["tradeSeq", "tradeTime", "instrument", "amount", "executionPrice"],
        "at": "$.components.schemas.Trade",
    },
    "TradePage": {
        "types": ["object"],
        "props": {
            "filters": {
                "types": ["object"],
                "props": {},
                "required": [],
                "at": "$.components.schemas.TradePage.properties.filters",
            },
            "paging": {"ref": "Paging"},
            "data": {"types": ["array"], "items": {"ref": "Trade"}},
        },
        "required": ["data"],
        "at": "$.components.schemas.TradePage",
    },
    "DepositAddressRequest": {
        "types": ["object"],
        "props": {"assetId": {"types": ["string"]}, "ts": {"types": ["string"]}},
        "required": ["assetId"],
        "at": "$.components.schemas.DepositAddressRequest",
    },
    "DepositAddress": {
        "types": ["object"],
        "props": {
            "asset": {"types": ["string"]},
            "paymentSystem": {"types": ["string"]},
            "address": {"types": ["string"]},
            "error": {"types": ["string"]},
        },
        "required": ["asset"],
        "at": "$.components.schemas.DepositAddress",
    },
    "WithdrawalRequest": {
        "types": ["object"],
        "props": {
            "transferId": {"types": ["string"]},
            "assetId": {"types": ["string"]},
            "amount": {"types": ["number"]},
            "address": {"types": ["string"]},
            "ts": {"types": ["string"]},
        },
        "required": ["assetId", "amount", "address"],
        "at": "$.components.schemas.WithdrawalRequest",
    },
    "TransferType": {
        "types": ["string"],
        "enum": ["Deposit", "Withdrawal"],
        "at": "$.components.schemas.TransferType",
    },
    "TransferStatus": {
        "types": ["string"],
        "enum": [
            "AwaitingConfirmation",
            "Unused_Pending",
            "Completed",
            "Failed",
            "Unused_PendingCancellation",
            "Unused_Canceled",
            "Unused_CompletedUpdate",
            "Unused_FundsLocked",
            "Unused_PaymentSystemError",
        ],
        "names": [
            "AWAITING_CONFIRMATION",
            "UNUSED_PENDING",
            "COMPLETED",
            "FAILED",
            "UNUSED_PENDING_CANCELLATION",
            "UNUSED_CANCELED",
            "UNUSED_COMPLETED_UPDATE",
            "UNUSED_FUNDS_LOCKED",
            "UNUSED_PAYMENT_SYSTEM_ERROR",
        ],
        "at": "$.components.schemas.TransferStatus",
    },
    "Transfer": {
        "types": ["object"],
        "props": {
            "asset": {"types": ["string"]},
            "paymentSystem": {"types": ["string"]},
            "transferId": {"types": ["string"]},
            "type": {"ref": "TransferType"},
            "status": {"ref": "TransferStatus"},
            "amount": {"types": ["string"]},
            "fee": {"types": ["string"]},
            "errorDetails": {"types": ["string"]},
            "createdAt": {"types": ["string"]},
            "updatedAt": {"types": ["string"]},
            "txId": {"types": ["string"]},
            "blockchainLink": {"types": ["string"]},
            "errorCode": {"types": ["string"]},
            "confirmations": {"types": ["integer"]},
            "confirmationsRequired": {"types": ["integer"]},
            "targetAddress": {"types": ["string"]},
        },
        "required": ["asset", "type", "status", "amount", "createdAt"],
        "at": "$.components.schemas.Transfer",
    },
    "Balance": {
        "types": ["object"],
        "props": {
            "asset": {"types": ["string"]},
            "totalBalance": {"types": ["number"]},
            "inOrder": {"types": ["number"]},
            "availableBalance": {"types": ["number"]},
        },
        "required": ["asset", "totalBalance", "inOrder", "availableBalance"],
        "at": "$.components.schemas.Balance",
    },
    "ApiError": {
        "types": ["object"],
        "props": {"code": {"types": ["string"]}, "message": {"types": ["string"]}},
        "required": [],
        "at": "$.components.schemas.ApiError",
    },
    "ErrorResponse": {
        "types": ["object"],
        "props": {"errors": {"types": ["array"], "items": {"ref": "ApiError"}}},
        "required": [],
        "at": "$.components.schemas.ErrorResponse",
    },
}
"""Each component schema, compact, by name."""

OPERATIONS: dict[str, Any] = {
    "cancel_all_orders": {
        "statuses": ["200", "400", "401", "403", "429", "5XX"],
        "success": {"200": {"ref": "CountResponse"}},
        "responses": "$.paths['/api/orders'].delete.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "cancel_order": {
        "statuses": ["200", "400", "401", "403", "404", "429", "5XX"],
        "success": {"200": {"ref": "OrderResponse"}},
        "responses": "$.paths['/api/orders/{orderId}'].delete.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "create_order": {
        "statuses": ["200", "400", "401", "403", "404", "429", "5XX"],
        "success": {"200": {"ref": "OrderResponse"}},
        "responses": "$.paths['/api/order'].post.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "create_withdrawal": {
        "statuses": ["200", "400", "401", "403", "404", "429", "5XX"],
        "success": {"200": {"ref": "Transfer"}},
        "responses": "$.paths['/api/wallet/withdrawal'].post.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "get_balances": {
        "statuses": ["200", "400", "401", "403", "429", "5XX"],
        "success": {"200": {"types": ["array"], "items": {"ref": "Balance"}}},
        "responses": "$.paths['/api/wallet/balance'].get.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "get_deposit_address": {
        "statuses": ["200", "400", "401", "403", "404", "429", "5XX"],
        "success": {"200": {"ref": "DepositAddress"}},
        "responses": "$.paths['/api/wallet/deposit'].post.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "get_markets": {
        "statuses": ["200", "400", "401", "403", "429", "5XX"],
        "success": {"200": {"ref": "MarketsInfo"}},
        "responses": "$.paths['/api/markets'].get.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "get_order_history": {
        "statuses": ["200", "400", "401", "403", "429", "5XX"],
        "success": {"200": {"ref": "OrderPage"}},
        "responses": "$.paths['/api/order_history'].get.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "get_trade_history": {
        "statuses": ["200", "400", "401", "403", "429", "5XX"],
        "success": {"200": {"ref": "TradePage"}},
        "responses": "$.paths['/api/trade_history'].get.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "list_assets": {
        "statuses": ["200", "400", "401", "403", "429", "5XX"],
        "success": {"200": {"ref": "AssetList"}},
        "responses": "$.paths['/api/assets-info'].get.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "list_open_orders": {
        "statuses": ["200", "400", "401", "403", "429", "5XX"],
        "success": {"200": {"types": ["array"], "items": {"ref": "Order"}}},
        "responses": "$.paths['/api/orders/open'].get.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "list_transfers": {
        "statuses": ["200", "400", "401", "403", "429", "5XX"],
        "success": {"200": {"types": ["array"], "items": {"ref": "Transfer"}}},
        "responses": "$.paths['/api/wallet/transfers'].get.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
}
"""Each operation, by ``operationId``: ``statuses`` (as declared: ``200``, ``5XX``, ``default``),
``success`` (each 2xx status's JSON schema), ``responses`` (the JSONPath of its responses) and
``shapes`` (an error response of the operation for each class of status, ``4`` and ``5``)."""
