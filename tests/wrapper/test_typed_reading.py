"""The typed reading (``tradespec._typed``) reads every answer as the untyped reading does.

The typed reading decodes a body straight into structs and the generated models' ``_from_struct``;
the untyped one is ``_parse_success(decode(body))``. For every operation of both specs, answers
are generated from the operation's own success schema (every field, every enumeration, money as
numbers), then changed in the ways that matter (a field the spec does not declare, a required
one missing, null, another type, an unknown enumeration value, hostile money, a duplicate key,
deep nesting, another envelope code): the typed reading must make the very model the untyped one
makes (same repr: ``Decimal("1.50")`` is not ``Decimal("1.5")``), or refuse, and the untyped
reading then reads or refuses the answer itself.
"""

from __future__ import annotations

import copy
import importlib
import json
import pkgutil
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tradespec import _typed
from tradespec._json import MAX_DEPTH
from tradespec.altmarket._helpers import decode_json
from tradespec.hashgreen._helpers import decode_envelope

from tests.specs import load_spec, resolve

_ROOT = Path(__file__).resolve().parents[2]

_SPECS = {
    "altmarket": ("altmarket_client", decode_json),
    "hashgreen": ("hashgreen_client", decode_envelope),
}


def _operations() -> list[tuple[str, str, Callable[[Any], Any], dict[str, Any]]]:
    """(spec, operation id, _parse_success, success schema) for every operation with a JSON
    success answer."""
    found = []
    for spec_name, (package, _decode) in _SPECS.items():
        spec = load_spec(spec_name)
        ids = {}
        for item in spec["paths"].values():
            for method in ("get", "post", "put", "patch", "delete"):
                if method in item:
                    operation = item[method]
                    ids[operation["operationId"]] = operation
        api = importlib.import_module(f"{package}.api")
        for tag in pkgutil.iter_modules(api.__path__):
            tag_module = importlib.import_module(f"{package}.api.{tag.name}")
            if not hasattr(tag_module, "__path__"):
                continue
            for endpoint in pkgutil.iter_modules(tag_module.__path__):
                module = importlib.import_module(f"{package}.api.{tag.name}.{endpoint.name}")
                parse = getattr(module, "_parse_success", None)
                if parse is None or endpoint.name not in ids:
                    continue
                responses = ids[endpoint.name]["responses"]
                status = next(s for s in responses if str(s).startswith("2"))
                content = resolve(spec, responses[status]).get("content", {})
                media = content.get("application/json")
                if media is None:
                    continue
                found.append((spec_name, endpoint.name, parse, media["schema"]))
    return found


OPERATIONS = _operations()
TYPED = [op for op in OPERATIONS if _typed.reader(op[2], _SPECS[op[0]][1]) is not None]


def test_the_operations_with_model_answers_have_a_typed_reading() -> None:
    names = {f"{spec}:{name}" for spec, name, _parse, _schema in TYPED}
    # The big answers and the per-call rows of the benchmark, at least.
    for expected in (
        "altmarket:get_order_history",
        "altmarket:get_trade_history",
        "altmarket:get_balances",
        "altmarket:get_markets",
        "hashgreen:get_order_book",
        "hashgreen:list_orders",
        "hashgreen:list_markets",
    ):
        assert expected in names, sorted(names)
    # get_statistics answers a union (one market or a list of them): read by from_dict.
    assert {f"{spec}:{name}" for spec, name, _p, _s in OPERATIONS} - names == {
        "hashgreen:get_statistics"
    }


# ------------------------------------------------------------------ answers from the schemas

_UNKNOWN = "zz_not_in_the_spec"


def _value(spec: dict[str, Any], schema: dict[str, Any], draw: Any, depth: int) -> Any:
    schema = resolve(spec, schema)
    for key in ("allOf", "oneOf", "anyOf"):
        if key in schema:
            return _value(spec, draw(st.sampled_from(schema[key])), draw, depth)
    if "enum" in schema:
        return draw(st.sampled_from(list(schema["enum"])))
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = draw(st.sampled_from(kind))
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        required = set(schema.get("required", ()))
        value = {}
        for name, child in properties.items():
            if name in required or (depth < 4 and draw(st.booleans())):
                value[name] = _value(spec, child, draw, depth + 1)
        return value
    if kind == "array":
        count = draw(st.integers(0, 3 if depth < 3 else 1))
        return [_value(spec, schema.get("items", {}), draw, depth + 1) for _ in range(count)]
    if kind == "string":
        if schema.get("format") == "date-time":
            return draw(
                st.sampled_from(
                    ["2026-11-21T05:32:50.123Z", "2026-11-21T05:32:50", "2026-11-21T05:32:50+02:00"]
                )
            )
        if schema.get("format") == "decimal":
            return draw(st.sampled_from(["1.50", "0", "70.010", "1e3", " 2 "]))
        return draw(st.sampled_from(["", "btc_usdt", "4611686018427387904", "Buy", "x"]))
    if kind == "integer":
        return draw(st.sampled_from([0, 1, -7, 2**53 + 1, 200]))
    if kind == "number":
        return draw(st.sampled_from([0, 1, 0.25, 1.5, 30000.25, 0.0012, 1e-7]))
    if kind == "boolean":
        return draw(st.booleans())
    return draw(st.sampled_from([None, 1, "x", [], {}]))


def _nested(depth: int) -> Any:
    """A JSON value that nests ``depth`` deep (``[]`` is 1), objects and arrays in turn."""
    value: Any = []
    for level in range(depth - 1):
        value = {"k": value} if level % 2 else [value]
    return value


# What a changed value becomes: the shapes a server gets wrong, and hostile values. The nested
# ones straddle the bounds: the typed reading's on an Any leaf's value (_typed.FREE_DEPTH), and
# the whole answer's (_json.MAX_DEPTH), wherever in the answer they land.
_HOSTILE = [
    None, True, 0, -1, 1.0, 2**70, "", "NaN", "1.5", " 1.5 ", "\u0661", [], {}, [1], {"a": 1},
    "1e999999999", 1e300, _nested(_typed.FREE_DEPTH), _nested(_typed.FREE_DEPTH + 1),
    _nested(500), _nested(511), _nested(600),
]  # fmt: skip
_HOSTILE_TEXT = ["1e9999999999999", "-1e-99999999", "NaN", "1.50", "1E+3", "-0.0", "0e-1000000"]


def _objects(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The paths of every object in ``value``."""
    found = []
    if isinstance(value, dict):
        found.append(path)
        for key, child in value.items():
            found += _objects(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _objects(child, (*path, index))
    return found


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


@st.composite
def _answers(draw: Any, operation: tuple[str, str, Callable[[Any], Any], dict[str, Any]]) -> bytes:
    spec_name, _name, _parse, schema = operation
    spec = load_spec(spec_name)
    value = _value(spec, schema, draw, 0)
    raw: dict[str, str] = {}  # placeholders written as raw JSON text (numbers json cannot write)
    for _ in range(draw(st.integers(0, 2))):
        objects = _objects(value)  # again: a change may have taken some away
        if not objects:
            break
        target = _at(value, draw(st.sampled_from(objects)))
        change = draw(st.sampled_from(["unknown", "drop", "replace", "raw", "envelope"]))
        keys = list(target)
        if change == "unknown":
            target[_UNKNOWN] = copy.deepcopy(draw(st.sampled_from(_HOSTILE)))
        elif change == "drop" and keys:
            del target[draw(st.sampled_from(keys))]
        elif change == "replace" and keys:
            target[draw(st.sampled_from(keys))] = copy.deepcopy(draw(st.sampled_from(_HOSTILE)))
        elif change == "raw" and keys:
            marker = f"@raw{len(raw)}@"
            raw[marker] = draw(st.sampled_from(_HOSTILE_TEXT))
            target[draw(st.sampled_from(keys))] = marker
        elif change == "envelope" and "code" in target:
            target["code"] = draw(st.sampled_from([200, 0, 400, 401, 10023, "200", None]))
    text = json.dumps(value)
    for marker, number in raw.items():
        text = text.replace(f'"{marker}"', number)
    if draw(st.booleans()) and text.startswith("{") and text != "{}":
        # A duplicate key: the first of the object's keys again, before the others.
        first = text[1:].split(",", 1)[0]
        text = "{" + first + ", " + text[1:]
    if draw(st.integers(0, 9)) == 0:
        text = text.replace("[]", "[" * 600 + "]" * 600, 1)
    return text.encode()


def _outcome(read: Callable[[bytes], Any], body: bytes) -> tuple[str, str]:
    try:
        value = read(body)
    except Exception as exc:  # the outcome compared is the exception itself
        return "refused", f"{type(exc).__name__}: {exc}"
    return "read", repr(value)


@pytest.mark.parametrize("operation", TYPED, ids=[f"{op[0]}:{op[1]}" for op in TYPED])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_typed_reading_reads_what_the_untyped_reading_reads(
    operation: tuple[str, str, Callable[[Any], Any], dict[str, Any]], data: st.DataObject
) -> None:
    spec_name, _name, parse, _schema = operation
    decode = _SPECS[spec_name][1]
    body = data.draw(_answers(operation))
    typed = _typed.reader(parse, decode)
    assert typed is not None
    untyped = _outcome(lambda b: parse(decode(b)), body)
    assert _outcome(_typed.either(parse, decode), body) == untyped
    answer = typed(body)
    if not isinstance(answer, _typed.Refused):
        assert untyped == ("read", repr(answer))


def _full(spec: dict[str, Any], node: dict[str, Any], depth: int = 0) -> Any:
    """A value of ``node`` with every field the spec declares, and nothing else."""
    node = resolve(spec, node)
    for key in ("allOf", "oneOf", "anyOf"):
        if key in node:
            return _full(spec, node[key][0], depth)
    if "enum" in node:
        return node["enum"][0]
    kind = node.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in node:
        return {
            name: _full(spec, child, depth + 1)
            for name, child in node.get("properties", {}).items()
        }
    if kind == "array":
        return [_full(spec, node.get("items", {}), depth + 1)] if depth < 6 else []
    if kind == "string":
        return {"date-time": "2026-11-21T05:32:50.123Z", "decimal": "1.50"}.get(
            node.get("format", ""), "x"
        )
    if kind == "integer":
        return 200
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return None


@pytest.mark.parametrize("operation", TYPED, ids=[f"{op[0]}:{op[1]}" for op in TYPED])
def test_a_clean_answer_is_read_the_typed_way(
    operation: tuple[str, str, Callable[[Any], Any], dict[str, Any]],
) -> None:
    """An answer with every field the spec declares, and nothing else, is read without the
    untyped decoder: the typed reading is what runs, not a fallback that always happens."""
    spec_name, _name, parse, schema = operation
    body = json.dumps(_full(load_spec(spec_name), schema)).encode()
    answer = _typed.reader(parse, _SPECS[spec_name][1])(body)  # type: ignore[misc]
    assert not isinstance(answer, _typed.Refused), body[:300]
    assert repr(answer) == repr(parse(_SPECS[spec_name][1](body)))


@pytest.mark.parametrize("operation", TYPED, ids=[f"{op[0]}:{op[1]}" for op in TYPED])
def test_a_value_a_duplicate_key_replaces_is_bounded_in_depth_as_the_untyped_reading_bounds_it(
    operation: tuple[str, str, Callable[[Any], Any], dict[str, Any]],
) -> None:
    """The first object's first key, given first a value nested 600 deep and then its own: the
    last one wins in both readings, but the untyped one refuses the body for the nesting of the
    value replaced, which no struct sees, and so must the typed one."""
    spec_name, _name, parse, schema = operation
    decode = _SPECS[spec_name][1]
    text = json.dumps(_full(load_spec(spec_name), schema))
    start = text.index("{") + 1
    key = text[start:].split(":", 1)[0]
    deep = "[" * 600 + "]" * 600
    body = (text[:start] + f"{key}: {deep}, " + text[start:]).encode()
    untyped = _outcome(lambda b: parse(decode(b)), body)
    assert untyped[0] == "refused", untyped
    assert _outcome(_typed.either(parse, decode), body) == untyped


def _models_with_a_typed_reading() -> list[type[Any]]:
    found = []
    for package in ("altmarket_client", "hashgreen_client"):
        models = importlib.import_module(f"{package}.models")
        for info in pkgutil.iter_modules(models.__path__):
            module = importlib.import_module(f"{package}.models.{info.name}")
            for value in vars(module).values():
                if (
                    isinstance(value, type)
                    and value.__module__ == module.__name__
                    and "_from_struct" in vars(value)
                ):
                    found.append(value)
    return found


@pytest.mark.parametrize("model", _models_with_a_typed_reading(), ids=lambda m: m.__name__)
def test_a_model_made_without_its_init_is_the_model_its_init_makes(model: type[Any]) -> None:
    """``_from_struct`` makes the model with ``object.__new__`` and one store per attribute,
    skipping the attrs ``__init__``: that is the same only while the class has no validator, no
    converter, no ``__attrs_post_init__`` and no ``__setattr__`` of its own, and every
    attribute is stored (the equivalence test above compares reprs, which show them all)."""
    import attrs

    assert vars(model).get("__setattr__", object.__setattr__) is object.__setattr__, model
    assert not hasattr(model, "__attrs_post_init__"), model
    for field in attrs.fields(model):
        assert field.validator is None and field.converter is None, (model, field.name)
        assert field.on_setattr in (None, attrs.setters.NO_OP), (model, field.name)
    made = model._from_struct
    stored = set(made.__func__.__code__.co_names)
    fields = {field.name for field in attrs.fields(model)}
    # additional_properties is the one attribute left unset: its first read makes it (the
    # test below holds that to behave as the {} that __init__ stores).
    assert fields - {"additional_properties"} <= stored, model
    assert "additional_properties" not in stored, model
    if "additional_properties" in fields:
        bare = object.__new__(model)
        first = bare.additional_properties
        assert first == {} and bare.additional_properties is first, model
        assert object.__new__(model).additional_properties is not first, model
        with pytest.raises(AttributeError, match="has no attribute 'no_such_field'"):
            _ = bare.no_such_field


def test_threads_reading_additional_properties_first_at_once_share_one_dict() -> None:
    """A typed reading's model makes ``additional_properties`` on its first read: threads that
    read it first at the same moment, each writing a key of its own, lose no write."""
    import sys
    import threading

    from altmarket_client.models.order import Order

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        for _round in range(200):
            model = object.__new__(Order)
            start = threading.Barrier(8)

            def write(key: str, model: Any = model, start: threading.Barrier = start) -> None:
                start.wait()
                model.additional_properties[key] = key

            threads = [threading.Thread(target=write, args=(f"k{n}",)) for n in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(10)
            assert model.additional_properties == {f"k{n}": f"k{n}" for n in range(8)}
    finally:
        sys.setswitchinterval(interval)


@pytest.mark.parametrize(
    ("package", "model_name"),
    [
        ("altmarket_client", "order.Order"),
        ("hashgreen_client", "create_order_form.CreateOrderForm"),
    ],
)
def test_the_first_read_of_additional_properties_holds_the_packages_lock(
    package: str, model_name: str
) -> None:
    """The thread test above shows no lost write, which a lost lock makes rare, not certain:
    here the first read is seen to wait while another holds the generated ``FIRST_READ``."""
    import threading

    module_name, class_name = model_name.split(".")
    types = importlib.import_module(f"{package}.types")
    model_class = getattr(importlib.import_module(f"{package}.models.{module_name}"), class_name)
    model = object.__new__(model_class)
    read: list[object] = []
    done = threading.Event()

    def first_read() -> None:
        read.append(model.additional_properties)
        done.set()

    reader = threading.Thread(target=first_read)
    with types.FIRST_READ:
        reader.start()
        assert not done.wait(0.2), "the first read did not wait for FIRST_READ"
    assert done.wait(10)
    reader.join(10)
    assert read == [{}] and read[0] is model.additional_properties


def _models_in(value: Any) -> list[Any]:
    """The attrs models in a reading's result, nested ones included."""
    import attrs

    if isinstance(value, list):
        return [model for item in value for model in _models_in(item)]
    if not attrs.has(type(value)):
        return []
    found = [value]
    for field in attrs.fields(type(value)):
        if field.name != "additional_properties":
            found += _models_in(getattr(value, field.name))
    return found


@pytest.mark.parametrize("operation", TYPED, ids=[f"{op[0]}:{op[1]}" for op in TYPED])
def test_models_read_the_typed_way_behave_as_those_read_the_untyped_way(
    operation: tuple[str, str, Callable[[Any], Any], dict[str, Any]],
) -> None:
    """Every model of a typed reading, nested ones too, compares, copies, pickles, converts and
    takes undeclared fields as the untyped reading's model does, though its
    ``additional_properties`` is only made when first read."""
    import pickle

    import attrs

    spec_name, _name, parse, schema = operation
    decode = _SPECS[spec_name][1]
    body = json.dumps(_full(load_spec(spec_name), schema)).encode()
    typed_models = _models_in(_typed.reader(parse, decode)(body))  # type: ignore[misc]
    untyped_models = _models_in(parse(decode(body)))
    assert typed_models and len(typed_models) == len(untyped_models)
    for typed, untyped in zip(typed_models, untyped_models, strict=True):
        for made in (
            pickle.loads(pickle.dumps(typed)),
            copy.copy(typed),
            copy.deepcopy(typed),
            typed,
        ):
            assert made == untyped and repr(made) == repr(untyped)
            assert attrs.asdict(made) == attrs.asdict(untyped)
            assert made.to_dict() == untyped.to_dict()
        free_form = typing.get_type_hints(type(untyped)).get("additional_properties")
        assert typed.additional_keys == untyped.additional_keys
        if free_form == dict[str, Any]:
            typed[_UNKNOWN] = untyped[_UNKNOWN] = [1]
            assert _UNKNOWN in typed and typed[_UNKNOWN] == [1] and typed == untyped
            assert typed.to_dict() == untyped.to_dict()
            assert copy.copy(typed).additional_properties == {_UNKNOWN: [1]}
            del typed[_UNKNOWN]
            assert typed.additional_properties == {} and typed != untyped


_DEPTHS = (_typed.FREE_DEPTH - 1, _typed.FREE_DEPTH, _typed.FREE_DEPTH + 1, 511, 512, 600)


def test_deep_values_anywhere_are_read_or_refused_as_the_untyped_reading_does() -> None:
    """Every field of every object of every operation's full answer, and a field the spec does
    not declare in each object (kept by a free-form one), holds in turn a value nesting about
    as deep as the bounds allow: the typed reading (which does not count the body's nesting)
    reads each answer as the untyped one does (which does). Some are read the typed way, and
    some too deep for it are read the untyped way, so both sides of its bound are walked."""
    typed_read = untyped_read = both_refused = 0
    for spec_name, _name, parse, schema in TYPED:
        decode = _SPECS[spec_name][1]
        typed = _typed.reader(parse, decode)
        assert typed is not None
        answer = _full(load_spec(spec_name), schema)

        def untyped_reading(body: bytes, parse: Any = parse, decode: Any = decode) -> Any:
            return parse(decode(body))

        for path in _objects(answer):
            # The deepest value the whole answer's bound allows here, and one deeper.
            at_bound = MAX_DEPTH - (len(path) + 1)
            for key in [*_at(answer, path), _UNKNOWN]:
                for depth in (*_DEPTHS, at_bound, at_bound + 1):
                    changed = copy.deepcopy(answer)
                    _at(changed, path)[key] = _nested(depth)
                    body = json.dumps(changed).encode()
                    untyped = _outcome(untyped_reading, body)
                    assert _outcome(_typed.either(parse, decode), body) == untyped, (path, key)
                    read = typed(body)
                    if not isinstance(read, _typed.Refused):
                        assert untyped == ("read", repr(read))
                        typed_read += 1
                    elif untyped[0] == "read":
                        untyped_read += 1
                    else:
                        both_refused += 1
    assert typed_read and untyped_read and both_refused, (typed_read, untyped_read, both_refused)


_VERY_DEEP = 50_000
"""Nesting past what the C stack holds for a decoder that recurses, once the recursion limit is
raised to let it (a segmentation fault, seen with msgspec's decoding of a free value from 30,000
levels on)."""


def read_very_deep_values_everywhere() -> tuple[int, int]:
    """Every field of every object of every operation's full answer (and a field the spec does
    not declare, and a duplicate key before each field) holds in turn a value nested
    :data:`_VERY_DEEP` deep, with the recursion limit raised: both readings refuse each body.
    Returns how many bodies were read by closed structs (no body check) and by open ones."""
    import sys

    import msgspec

    sys.setrecursionlimit(10 * _VERY_DEEP)
    marker = "zz_the_deep_value"
    deep = "[" * _VERY_DEEP + "]" * _VERY_DEEP
    kinds = [0, 0]
    for spec_name, _name, parse, schema in TYPED:
        decode = _SPECS[spec_name][1]
        model = typing.get_type_hints(parse)["return"]
        if typing.get_origin(model) is list:
            model = typing.get_args(model)[0]
        closed = _typed._struct_of(model, msgspec, 0)  # pyright: ignore[reportPrivateUsage]
        answer = _full(load_spec(spec_name), schema)

        def untyped(body: bytes, parse: Any = parse, decode: Any = decode) -> Any:
            return parse(decode(body))

        readings = (_typed.either(parse, decode), untyped)
        for path in _objects(answer):
            for key in [*_at(answer, path), _UNKNOWN]:
                for duplicate in (False, True):
                    changed = copy.deepcopy(answer)
                    _at(changed, path)[key] = marker
                    text = json.dumps(changed)
                    if duplicate:  # the deep value first, then the key's own
                        own = json.dumps(_at(answer, path).get(key, 1))
                        text = text.replace(
                            f'"{key}": "{marker}"', f'"{key}": "{marker}", "{key}": {own}'
                        )
                    body = text.replace(f'"{marker}"', deep).encode()
                    for read in readings:
                        outcome = _outcome(read, body)
                        assert outcome[0] == "refused", (spec_name, path, key, duplicate)
                    kinds[0 if closed is not None and closed.closed else 1] += 1
    return kinds[0], kinds[1]


def test_values_nested_past_the_c_stack_are_refused_with_the_recursion_limit_raised() -> None:
    """In a process of its own, as the reading crashes it if a value reaches a decoder that
    recurses: both kinds of struct are walked, those read without the body check and those
    read with it."""
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from tests.wrapper.test_typed_reading import read_very_deep_values_everywhere as r;"
            "print(*r())",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=_ROOT,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    closed, open_ = map(int, done.stdout.split())
    assert closed and open_, (closed, open_)
