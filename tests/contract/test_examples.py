"""Every example response of both documents parses with the generated models and round-trips.

The examples are read from the specs, where they are embedded verbatim from the seed documents.
"""

from __future__ import annotations

import copy
import datetime
import importlib
from decimal import Decimal
from typing import Any

import pytest

from tests.specs import ResponseExample, operations, response_examples

PACKAGES = {"altmarket": "altmarket_client", "hashgreen": "hashgreen_client"}
EXAMPLES = response_examples("altmarket") + response_examples("hashgreen")


def model_class(spec_name: str, schema_name: str) -> Any:
    models = importlib.import_module(f"{PACKAGES[spec_name]}.models")
    return getattr(models, schema_name)


def parse(spec_name: str, schema: dict[str, Any], value: Any) -> Any:
    """Parse ``value`` with the generated model for ``schema`` (a $ref or an array of $ref)."""
    if "$ref" in schema:
        cls = model_class(spec_name, schema["$ref"].rsplit("/", 1)[1])
        return cls.from_dict(value)
    assert schema["type"] == "array", schema
    assert isinstance(value, list)
    return [parse(spec_name, schema["items"], item) for item in value]


def dump(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [dump(item) for item in parsed]
    return parsed.to_dict()


def same(given: Any, returned: Any) -> bool:
    """Equal, where two strings that are the same instant written differently count as equal."""
    if isinstance(given, dict) and isinstance(returned, dict):
        # An explicit null of an optional field is None in the model, which to_dict() leaves out.
        given = {key: value for key, value in given.items() if value is not None}
        return given.keys() == returned.keys() and all(same(given[k], returned[k]) for k in given)
    if isinstance(given, list) and isinstance(returned, list):
        return len(given) == len(returned) and all(map(same, given, returned))
    if isinstance(given, str) and isinstance(returned, str) and given != returned:
        try:
            parse_time = datetime.datetime.fromisoformat
            return parse_time(given) == parse_time(returned)
        except ValueError:
            pass
        # A decimal string comes back as its plain text ("1E-12" is "0.000000000001").
        try:
            return Decimal(given) == Decimal(returned) and "E" not in returned.upper()
        except ArithmeticError:
            return False
    if _number(given) and isinstance(returned, Decimal):
        # Money is Decimal in the models, and to_dict() keeps it: the number given, exactly.
        return Decimal(str(given)) == returned
    return bool(given == returned) and type(given) is type(returned)


def _number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def test_every_documented_response_has_an_example() -> None:
    documented = {(e.spec, e.operation_id) for e in EXAMPLES if e.status == "200"}
    for name in PACKAGES:
        for method, path, operation in _operations(name):
            assert (name, operation["operationId"]) in documented, f"{method} {path}"


def _operations(name: str) -> list[tuple[str, str, dict[str, Any]]]:
    return list(operations(name))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_parses_and_round_trips(example: ResponseExample) -> None:
    parsed = parse(example.spec, example.schema, example.value)
    returned = dump(parsed)
    assert same(example.value, returned), (example.value, returned)


def test_dates_parse_to_aware_datetimes() -> None:
    [example] = [
        e
        for e in EXAMPLES
        if (e.spec, e.operation_id, e.status) == ("hashgreen", "get_trade_history", "200")
    ]
    parsed = parse(example.spec, example.schema, example.value)
    ts = parsed.data[0].ts
    assert ts == datetime.datetime(2022, 3, 10, 6, 28, 48, 114000, tzinfo=datetime.UTC)


def test_examples_cover_both_shapes_of_statistics() -> None:
    stats = [e for e in EXAMPLES if e.operation_id == "get_statistics" and e.status == "200"]
    shapes = {type(parse(e.spec, e.schema, e.value).data).__name__ for e in stats}
    assert shapes == {"MarketStat", "list"}


PRIVATE_HASHGREEN = {"list_orders", "create_order", "cancel_order"}


def test_spec_declares_security_on_every_operation() -> None:
    """openapi-python-client ignores root-level security: each operation must carry its own."""
    for _method, _path, operation in _operations("altmarket"):
        assert operation["security"] == [{"Key": [], "Sign": []}], operation["operationId"]
    for _method, _path, operation in _operations("hashgreen"):
        private = operation["operationId"] in PRIVATE_HASHGREEN
        expected: list[dict[str, list[str]]] = [{"bearer": []}] if private else []
        if operation["operationId"] == "create_order":  # the token is optional there
            expected = [{"bearer": []}, {}]
        assert operation["security"] == expected, operation["operationId"]


def test_every_operation_is_generated() -> None:
    ids = {name: [op["operationId"] for _m, _p, op in _operations(name)] for name in PACKAGES}
    for name, package in PACKAGES.items():
        table = importlib.import_module(f"{package}.operations").OPERATIONS
        assert sorted(table) == sorted(ids[name])
        for operation_id in ids[name]:
            tag = _tag_of(name, operation_id)
            module = importlib.import_module(f"{package}.api.{tag}.{operation_id}")
            # What the engine runs of it, and nothing else (no client of its own).
            assert callable(module._request) and callable(module._parse_success)
            assert not hasattr(module, "sync_detailed")


def _tag_of(name: str, operation_id: str) -> str:
    for _m, _p, op in _operations(name):
        if op["operationId"] == operation_id:
            tag: str = op["tags"][0]
            return tag
    raise AssertionError(operation_id)


class _Careful(dict[str, Any]):
    """Not exactly a dict: the generated readers take their careful path (a plain dict holding
    exactly a model's properties takes the fast one)."""


def _careful(value: Any) -> Any:
    if isinstance(value, dict):
        return _Careful({key: _careful(item) for key, item in value.items()})
    if isinstance(value, list):
        return [_careful(item) for item in value]
    return value


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_fast_and_careful_readers_agree(example: ResponseExample) -> None:
    fast = parse(example.spec, example.schema, copy.deepcopy(example.value))
    careful = parse(example.spec, example.schema, _careful(example.value))
    assert dump(fast) == dump(careful)
    assert fast == careful
