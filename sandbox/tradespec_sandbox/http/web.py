"""HTTP plumbing shared by the three APIs: error shapes, strict JSON bodies, query values.

Each API answers errors in its own shape: AltMarket (and the test-only API) with
``{"errors": [{"code", "message"}]}``, Hashgreen with its envelope ``{"code", "msg", "data"}``
where ``code`` repeats the HTTP status. Which shape a failure gets is decided by the path, so a
404 for a path that does not exist, or a crash, still answers in the right one.
"""

from __future__ import annotations

import json
from decimal import Decimal
from enum import Enum
from types import UnionType
from typing import Any, TypeVar, get_args

from pydantic import BaseModel, ValidationError
from starlette.responses import Response

from ..domain.errors import SandboxError, bad_request
from ..domain.money import MoneyError, bounded_decimal, bounded_int
from .jsonout import dumps

ALTMARKET_PREFIX = "/altmarket"
HASHGREEN_PREFIX = "/hashgreen/api/v1"
ADMIN_PREFIX = "/_sandbox"

INT32_MAX = 2**31 - 1

M = TypeVar("M", bound=BaseModel)


def json_response(body: Any, *, numbers: bool, status: int = 200) -> Response:
    return Response(
        dumps(body, decimals_as_numbers=numbers), status_code=status, media_type="application/json"
    )


def error_response(path: str, error: SandboxError) -> Response:
    body: dict[str, Any]
    if path.startswith(HASHGREEN_PREFIX):
        body = {"code": error.status, "msg": error.message, "data": None}
    else:
        body = {"errors": [{"code": error.code, "message": error.message}]}
    response = json_response(body, numbers=True, status=error.status)
    for name, value in (error.headers or {}).items():
        response.headers[name] = value
    return response


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_DECODER = json.JSONDecoder(
    parse_float=bounded_decimal, parse_int=bounded_int, parse_constant=_reject_constant
)


def parse_json(body: bytes) -> Any:
    """Parse a request body exactly: numbers with a fraction or exponent become Decimals.

    A number beyond the money bounds (``money.MAX_DIGITS`` digits, an exponent beyond
    ``money.MAX_EXPONENT``) is refused here, before any arithmetic could overflow.
    """
    try:
        # What json.loads does with bytes, with a decoder built once instead of per call.
        return _DECODER.decode(body.decode(json.detect_encoding(body), "surrogatepass"))
    except MoneyError as exc:
        raise bad_request(f"The body has a number out of range: {exc}") from None
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise bad_request(f"The body is not valid JSON: {exc}") from None


def parse_model(cls: type[M], data: Any, where: str = "body", *, strict: bool = False) -> M:
    """Validate ``data`` with a generated model, refusing JSON of the wrong type.

    pydantic's lax mode would take ``"0.5"`` for a number or ``1`` for a boolean, and its strict
    mode refuses enum values given as strings; the spec's types are checked here first, then
    the model validates what is left (required fields, enum values).

    Fields the model does not have are ignored, as the platform's ASP.NET binding ignores them;
    ``strict`` (``--strict``) refuses them instead, naming the first.
    """
    _check_json_types(cls, data, where, strict)
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = ".".join(str(part) for part in first["loc"])
        raise bad_request(f"Invalid {where}: {location}: {first['msg']}") from None


def _check_json_types(cls: type[BaseModel], data: Any, where: str, strict: bool) -> None:
    if not isinstance(data, dict):
        raise bad_request(f"The {where} must be a JSON object.")
    plan = _plan(cls)
    if strict:
        known = {name for name, _kinds in plan}
        for name in data:
            if name not in known and not (where == "body" and name == "ts"):
                raise bad_request(f"Unknown field {where}.{name} (strict mode).")
    for name, kinds in plan:
        if name not in data:
            continue
        value = data[name]
        if value is None:
            raise bad_request(f"Invalid {where}: {name} must not be null.")
        for kind, is_model in kinds:
            if is_model:
                if isinstance(value, dict):
                    _check_json_types(kind, value, f"{where}.{name}", strict)
                    break
            elif _matches(kind, value):
                break
        else:
            raise bad_request(f"Invalid {where}: {name} has the wrong JSON type.")


# Per model: each field's name and the types it takes, each flagged when it is a nested model.
# Read from the annotations once per model rather than on every request.
_Plan = tuple[tuple[str, tuple[tuple[Any, bool], ...]], ...]
_PLANS: dict[type[BaseModel], _Plan] = {}


def _plan(cls: type[BaseModel]) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = tuple(
            (
                name,
                tuple(
                    (kind, isinstance(kind, type) and issubclass(kind, BaseModel))
                    for kind in _kinds(field.annotation)
                ),
            )
            for name, field in cls.model_fields.items()
        )
        _PLANS[cls] = plan
    return plan


def _kinds(annotation: Any) -> list[Any]:
    if isinstance(annotation, UnionType):
        return [a for a in get_args(annotation) if a is not type(None)]
    return [annotation]


def _matches(kind: Any, value: Any) -> bool:
    if kind is Decimal:
        return isinstance(value, int | Decimal) and not isinstance(value, bool)
    if kind is bool:
        return isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is str or (isinstance(kind, type) and issubclass(kind, Enum)):
        return isinstance(value, str)
    return True


def known_query(
    query: dict[str, list[str]], allowed: frozenset[str], strict: bool
) -> dict[str, list[str]]:
    """The query parameters the operation has; empty values of them are refused.

    Others are dropped, as the platform's ASP.NET binding ignores parameters it does not know
    (a sister deployment's client sends a ``nonce`` beside ``ts``). ``strict`` (``--strict``)
    refuses them instead, so that a misspelt filter (``market`` for ``Market``) is caught.
    """
    known: dict[str, list[str]] = {}
    for name, values in query.items():
        if name not in allowed:
            if strict:
                raise bad_request(f"Unknown query parameter {name!r} (strict mode).")
            continue
        if name != "ts" and any(value == "" for value in values):
            raise bad_request(f"Query parameter {name!r} is empty.")
        known[name] = values
    return known


def query_int(value: str | None, name: str, default: int, minimum: int = 1) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise bad_request(f"{name} must be an integer.") from None
    if not minimum <= number <= INT32_MAX:
        raise bad_request(f"{name} must be between {minimum} and {INT32_MAX}.")
    return number


def query_bool(value: str | None, name: str) -> bool:
    if value is None or value == "":
        return False
    if value == "true":
        return True
    if value == "false":
        return False
    raise bad_request(f"{name} must be true or false.")


def printable(text: str, name: str, max_length: int = 200) -> str:
    """Refuse control characters and absurd lengths in text that is echoed in answers."""
    if not text.strip() or len(text) > max_length or any(ord(c) < 32 for c in text):
        raise bad_request(
            f"{name} must be 1 to {max_length} characters with no control characters."
        )
    return text
