from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_order_form import CreateOrderForm
from ...models.error_response import ErrorResponse
from ...models.order_response import OrderResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateOrderForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrderResponse | None:
    try:
        if response.status_code == 200:
            response_200 = OrderResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = ErrorResponse.from_dict(response.json())

            return response_401

        if response.status_code == 404:
            response_404 = ErrorResponse.from_dict(response.json())

            return response_404

        if response.status_code == 409:
            response_409 = ErrorResponse.from_dict(response.json())

            return response_409

        if response.status_code == 429:
            response_429 = ErrorResponse.from_dict(response.json())

            return response_429

        if 500 <= response.status_code <= 599:
            response_5xx = ErrorResponse.from_dict(response.json())

            return response_5xx
    except errors.UnexpectedResponseShape as exc:
        exc.attach_response(response)
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        shape_error = errors.UnexpectedResponseShape.from_exception(
            "POST /orders response", None, exc
        )
        shape_error.attach_response(response)
        raise shape_error from exc

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _parse_success(data: Any) -> OrderResponse:
    """The decoded JSON of a 200 answer, as its model."""
    try:
        response_200 = OrderResponse.from_dict(data)

    except errors.UnexpectedResponseShape:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseShape.from_exception(
            "POST /orders response", None, exc
        ) from exc
    return response_200


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | OrderResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderForm,
) -> Response[ErrorResponse | OrderResponse]:
    """Create order

     Posts an offer as an order. Creating an order is not idempotent from the client's side:
    an offer whose fate is unknown is looked up in the order list, never posted twice.
    The token is optional: an offer posted without one is booked and matched, but owned by
    no one, so no order list shows it and it cannot be cancelled through the API.

    Args:
        body (CreateOrderForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateOrderForm,
) -> ErrorResponse | OrderResponse | None:
    """Create order

     Posts an offer as an order. Creating an order is not idempotent from the client's side:
    an offer whose fate is unknown is looked up in the order list, never posted twice.
    The token is optional: an offer posted without one is booked and matched, but owned by
    no one, so no order list shows it and it cannot be cancelled through the API.

    Args:
        body (CreateOrderForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderForm,
) -> Response[ErrorResponse | OrderResponse]:
    """Create order

     Posts an offer as an order. Creating an order is not idempotent from the client's side:
    an offer whose fate is unknown is looked up in the order list, never posted twice.
    The token is optional: an offer posted without one is booked and matched, but owned by
    no one, so no order list shows it and it cannot be cancelled through the API.

    Args:
        body (CreateOrderForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateOrderForm,
) -> ErrorResponse | OrderResponse | None:
    """Create order

     Posts an offer as an order. Creating an order is not idempotent from the client's side:
    an offer whose fate is unknown is looked up in the order list, never posted twice.
    The token is optional: an offer posted without one is booked and matched, but owned by
    no one, so no order list shows it and it cannot be cancelled through the API.

    Args:
        body (CreateOrderForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
