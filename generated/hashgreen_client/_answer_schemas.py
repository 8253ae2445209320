# Generated from specs/hashgreen.yaml by openapi-python-client 0.29.1 and generator/; do not edit.
"""What the Hashgreen DEX Trading API (1.0) declares of its answers, compact, for ``tradespec.drift``.

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

TITLE = "Hashgreen DEX Trading API"
"""The spec's ``info.title``."""
VERSION = "1.0"
"""The spec's ``info.version``."""

SCHEMAS: dict[str, Any] = {
    "Status": {
        "types": ["integer"],
        "enum": [1, 2],
        "names": ["DISABLED", "ENABLED"],
        "at": "$.components.schemas.Status",
    },
    "TradeSide": {
        "types": ["integer"],
        "enum": [1, 2],
        "names": ["BUY", "SELL"],
        "at": "$.components.schemas.TradeSide",
    },
    "OrderSide": {
        "types": ["integer"],
        "enum": [1, 2],
        "names": ["BUY", "SELL"],
        "at": "$.components.schemas.OrderSide",
    },
    "OrderStatus": {
        "types": ["integer"],
        "enum": [0, 1, 2, 3, 4, 5, 6],
        "names": [
            "UNSPECIFIED",
            "INVALID",
            "ACTIVE",
            "MATCHED",
            "CLEARING",
            "CLEARED",
            "CANCELLED",
        ],
        "at": "$.components.schemas.OrderStatus",
    },
    "Currency": {
        "types": ["object"],
        "props": {
            "id": {"types": ["string"]},
            "asset_id": {"types": ["string"]},
            "code": {"types": ["string"]},
            "name": {"types": ["string"]},
            "description": {"types": ["string"]},
            "type": {"types": ["integer"]},
            "status": {"ref": "Status"},
            "multiplier": {"types": ["string"]},
            "precision": {"types": ["integer"]},
            "min_amount_display": {"types": ["string"]},
            "max_supply_display": {"types": ["string"]},
            "total_supply_display": {"types": ["string"]},
            "circulating_supply_display": {"types": ["string"]},
            "links": {
                "types": ["object"],
                "props": {},
                "required": [],
                "values": {"types": ["string"]},
                "at": "$.components.schemas.Currency.properties.links",
            },
            "icon_url": {"types": ["string"]},
            "launch_at": {"types": ["string"]},
            "created_at": {"types": ["string"]},
            "updated_at": {"types": ["string"]},
        },
        "required": ["id", "code"],
        "at": "$.components.schemas.Currency",
    },
    "Market": {
        "types": ["object"],
        "props": {
            "id": {"types": ["string"]},
            "base_ccy": {"ref": "Currency"},
            "quote_ccy": {"ref": "Currency"},
            "code": {"types": ["string"]},
            "status": {"ref": "Status"},
            "info_ccy_name": {"types": ["string"]},
            "is_new": {"types": ["boolean"]},
            "is_fiat": {"types": ["boolean"]},
            "price_precision": {"types": ["integer"]},
            "base_amount_precision": {"types": ["integer"]},
            "order_no": {"types": ["integer"]},
            "created_at": {"types": ["string"]},
            "updated_at": {"types": ["string"]},
        },
        "required": [
            "id",
            "code",
            "base_ccy",
            "quote_ccy",
            "price_precision",
            "base_amount_precision",
        ],
        "at": "$.components.schemas.Market",
    },
    "MarketStat": {
        "types": ["object"],
        "props": {
            "id": {"types": ["string"]},
            "code": {"types": ["string"]},
            "price": {"types": ["string"]},
            "usd": {"types": ["string"]},
            "high": {"types": ["string"]},
            "low": {"types": ["string"]},
            "base_volume": {"types": ["string"]},
            "usd_volume": {"types": ["string"]},
            "changed": {"types": ["string"]},
            "fully_diluted_market_cap": {"types": ["string"]},
            "updated_at": {"types": ["string"]},
        },
        "required": ["price"],
        "at": "$.components.schemas.MarketStat",
    },
    "BookRow": {"types": ["array"], "items": {"types": ["string"]}},
    "OrderBook": {
        "types": ["object"],
        "props": {
            "market_id": {"types": ["string"]},
            "asks": {"types": ["array"], "items": {"ref": "BookRow"}},
            "bids": {"types": ["array"], "items": {"ref": "BookRow"}},
        },
        "required": ["asks", "bids"],
        "at": "$.components.schemas.OrderBook",
    },
    "Trade": {
        "types": ["object"],
        "props": {
            "id": {"types": ["string"]},
            "market_id": {"types": ["string"]},
            "price": {"types": ["string"]},
            "side": {"ref": "TradeSide"},
            "base_amount_display": {"types": ["string"]},
            "ts": {"types": ["string"]},
        },
        "required": ["id", "price", "side", "base_amount_display", "ts"],
        "at": "$.components.schemas.Trade",
    },
    "Order": {
        "types": ["object"],
        "props": {
            "id": {"types": ["string"]},
            "user_id": {"types": ["string"]},
            "market_id": {"types": ["string"]},
            "price": {"types": ["string"]},
            "base_amount_display": {"types": ["string"]},
            "quote_amount_display": {"types": ["string"]},
            "coin_ids": {"types": ["array"], "items": {"types": ["string"]}},
            "confirmed_height_at": {"types": ["integer"]},
            "progress": {"types": ["string"]},
            "side": {"ref": "OrderSide"},
            "status": {"ref": "OrderStatus"},
            "created_at": {"types": ["string"]},
            "updated_at": {"types": ["string"]},
        },
        "required": [
            "id",
            "market_id",
            "price",
            "side",
            "status",
            "base_amount_display",
            "quote_amount_display",
            "created_at",
        ],
        "at": "$.components.schemas.Order",
    },
    "CreateOrderForm": {
        "types": ["object"],
        "props": {"offer": {"types": ["string"]}},
        "required": ["offer"],
        "at": "$.components.schemas.CreateOrderForm",
    },
    "MarketListResponse": {
        "types": ["object"],
        "props": {
            "code": {"ref": "ResponseCode"},
            "msg": {"types": ["string"]},
            "data": {"types": ["array"], "items": {"ref": "Market"}},
        },
        "required": ["code", "data"],
        "at": "$.components.schemas.MarketListResponse",
    },
    "MarketResponse": {
        "types": ["object"],
        "props": {
            "code": {"ref": "ResponseCode"},
            "msg": {"types": ["string"]},
            "data": {"ref": "Market"},
        },
        "required": ["code", "data"],
        "at": "$.components.schemas.MarketResponse",
    },
    "StatisticsResponse": {
        "types": ["object"],
        "props": {
            "code": {"ref": "ResponseCode"},
            "msg": {"types": ["string"]},
            "data": {
                "any": [{"ref": "MarketStat"}, {"types": ["array"], "items": {"ref": "MarketStat"}}]
            },
        },
        "required": ["code", "data"],
        "at": "$.components.schemas.StatisticsResponse",
    },
    "OrderBookResponse": {
        "types": ["object"],
        "props": {
            "code": {"ref": "ResponseCode"},
            "msg": {"types": ["string"]},
            "data": {"ref": "OrderBook"},
        },
        "required": ["code", "data"],
        "at": "$.components.schemas.OrderBookResponse",
    },
    "TradeListResponse": {
        "types": ["object"],
        "props": {
            "code": {"ref": "ResponseCode"},
            "msg": {"types": ["string"]},
            "data": {"types": ["array"], "items": {"ref": "Trade"}},
        },
        "required": ["code", "data"],
        "at": "$.components.schemas.TradeListResponse",
    },
    "OrderListResponse": {
        "types": ["object"],
        "props": {
            "code": {"ref": "ResponseCode"},
            "msg": {"types": ["string"]},
            "data": {"types": ["array"], "items": {"ref": "Order"}},
        },
        "required": ["code", "data"],
        "at": "$.components.schemas.OrderListResponse",
    },
    "OrderResponse": {
        "types": ["object"],
        "props": {
            "code": {"ref": "ResponseCode"},
            "msg": {"types": ["string"]},
            "data": {"ref": "Order"},
        },
        "required": ["code", "data"],
        "at": "$.components.schemas.OrderResponse",
    },
    "ResponseCode": {"types": ["integer"]},
    "ErrorResponse": {
        "types": ["object"],
        "props": {"code": {"ref": "ResponseCode"}, "msg": {"types": ["string"]}, "data": {}},
        "required": ["code"],
        "at": "$.components.schemas.ErrorResponse",
    },
}
"""Each component schema, compact, by name."""

OPERATIONS: dict[str, Any] = {
    "cancel_order": {
        "statuses": ["200", "400", "401", "404", "409", "429", "5XX"],
        "success": {"200": {"ref": "OrderResponse"}},
        "responses": "$.paths['/orders/{order_id}'].delete.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "create_order": {
        "statuses": ["200", "400", "401", "404", "409", "429", "5XX"],
        "success": {"200": {"ref": "OrderResponse"}},
        "responses": "$.paths['/orders'].post.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "get_market": {
        "statuses": ["200", "400", "404", "429", "5XX"],
        "success": {"200": {"ref": "MarketResponse"}},
        "responses": "$.paths['/markets/{code}'].get.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "get_order_book": {
        "statuses": ["200", "400", "404", "429", "5XX"],
        "success": {"200": {"ref": "OrderBookResponse"}},
        "responses": "$.paths['/trades/book'].get.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "get_statistics": {
        "statuses": ["200", "400", "404", "429", "5XX"],
        "success": {"200": {"ref": "StatisticsResponse"}},
        "responses": "$.paths['/trades/statistics'].get.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "get_trade_history": {
        "statuses": ["200", "400", "404", "429", "5XX"],
        "success": {"200": {"ref": "TradeListResponse"}},
        "responses": "$.paths['/trades/history'].get.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
    "list_markets": {
        "statuses": ["200", "429", "5XX"],
        "success": {"200": {"ref": "MarketListResponse"}},
        "responses": "$.paths['/markets'].get.responses",
        "shapes": {
            "4": "#/components/responses/TooManyRequests",
            "5": "#/components/responses/ServerError",
        },
    },
    "list_orders": {
        "statuses": ["200", "400", "401", "429", "5XX"],
        "success": {"200": {"ref": "OrderListResponse"}},
        "responses": "$.paths['/orders'].get.responses",
        "shapes": {
            "4": "#/components/responses/BadRequest",
            "5": "#/components/responses/ServerError",
        },
    },
}
"""Each operation, by ``operationId``: ``statuses`` (as declared: ``200``, ``5XX``, ``default``),
``success`` (each 2xx status's JSON schema), ``responses`` (the JSONPath of its responses) and
``shapes`` (an error response of the operation for each class of status, ``4`` and ``5``)."""
