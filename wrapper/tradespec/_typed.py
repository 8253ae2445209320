"""The typed reading of success answers: the body decoded straight into the model it answers.

The untyped reading (``parse(decode(body))``) decodes JSON into dicts and lists, and the
generated ``from_dict`` then reads each dict into a model. For 10,000 orders, the dicts cost as
much as the models: half the time. Here msgspec decodes the body into structs that the generated
models describe (``_struct_fields_``), checked as it goes, and each model reads its struct
(``_from_struct``) with the same conversions ``from_dict`` applies to the same values.

What makes the two readings give the same result:

- every leaf the structs declare ``Any`` is decoded as the untyped decoder decodes it (the same
  ``float_hook``: AltMarket's exact ``Decimal``), and a leaf declared ``str``, ``int`` or
  ``bool`` is one the decoder checks, which the untyped decoder would have made the same value;
- the structs refuse what ``from_dict`` would read another way: a field the spec does not
  declare (kept in ``additional_properties``), a required field missing, a value of another
  type, a nested object that is not one. A refused answer, or one whose conversion raises, is
  read again the untyped way, which reads or refuses it exactly as it always did;
- duplicate keys: the last one wins, in both.

So the typed reading is an optimization with no behaviour of its own: every answer either reads
to the model ``from_dict`` makes of it, or is read by ``from_dict``. The tests hold the two side
by side over every operation's answers, and over answers changed in every way that matters.

The nesting bound of :func:`tradespec._json.check_depth` holds here too. A struct with an
``Any`` or money leaf has its body checked before it is decoded, as the untyped reading checks
it: the decoder reads such a leaf's value by recursing as deep as it nests (past what the C stack
holds, if the recursion limit was raised), and a duplicate key's earlier values, which the last
one replaces in both readings, are bounded as well. A closed struct (no such leaf at any depth)
is not checked: it decodes every value it meets, a replaced one too, as its declared type, which
refuses an array or object it does not declare at the bracket, and refuses an undeclared key
before reading its value, so nothing it reads nests deeper than its declaration.
Within that, a money leaf holds no nested value (its model refuses anything but a number or a
decimal string), and the value of every ``Any`` leaf is checked after decoding to nest no
deeper than :data:`FREE_DEPTH`, which with the declared depth above it stays within
:data:`tradespec._json.MAX_DEPTH`. A deeper one is refused, for the untyped reading to read or
refuse.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable
from typing import Any, Final, NamedTuple, TypeAlias, TypeVar, cast

from tradespec import _json

__all__ = ["REFUSED", "Flavor", "Refused", "TypedRead", "either", "reader", "register"]

T = TypeVar("T")

_LEAVES: dict[str, object] = {
    "Any": Any,
    "money": Any,
    "str": str,
    "int": int,
    "bool": bool,
    "list[str]": list[str],
    "list[int]": list[int],
    "list[bool]": list[bool],
    "list[list[str]]": list[list[str]],
}
"""The leaf kinds of ``_struct_fields_`` (struct_macros.jinja), as the decoder's types."""

_MAX_NESTING = 16
"""How deep models may nest in a typed reading (deeper, the model has none)."""

FREE_DEPTH: Final = _json.MAX_DEPTH - 2 * (_MAX_NESTING + 1)
"""How deep the value of an ``Any`` leaf may nest in a typed reading: each nested model is an
object, maybe in an array, below the answer's own array, so the whole answer nests no deeper
than :data:`tradespec._json.MAX_DEPTH`."""


class Flavor(NamedTuple):
    """How an exchange's ``decode`` reads a body, for its typed reading."""

    decimals: bool
    """Numbers with a fraction or an exponent are ``Decimal`` (``_json.loads(decimals=True)``)."""
    accepts: Callable[[Any], bool] | None = None
    """Whether a decoded struct is a success ``decode`` would return (not a refusal it raises);
    a struct it does not accept is read the untyped way."""


_FLAVORS: dict[object, Flavor] = {}


def register(decode: Callable[[bytes], Any], flavor: Flavor) -> None:
    """Read the answers ``decode`` reads with typed structs, as ``flavor`` says."""
    _FLAVORS[decode] = flavor


class _Struct(NamedTuple):
    kind: object  # the decoder's type
    within: Callable[[Any], bool] | None  # whether the Any leaves nest within bounds (if any)
    closed: bool  # no Any or money leaf at any depth: the decoder never reads a free value


_STRUCTS: dict[type[Any], _Struct | None] = {}
_READERS: dict[tuple[object, object], Any] = {}
_EITHER: dict[tuple[object, object], Callable[[bytes], Any]] = {}


class Refused:
    """What a typed reading returns for an answer it does not read (:data:`REFUSED`): one for
    the untyped reading to read or refuse."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "REFUSED"


REFUSED: Final = Refused()
"""The one :class:`Refused`."""

TypedRead: TypeAlias = Callable[[bytes], "T | Refused"]
"""A typed reading: the answer's model, or :data:`REFUSED`."""


def reader(parse: Callable[[Any], T], decode: Callable[[bytes], Any]) -> TypedRead[T] | None:
    """The typed reading of what ``parse(decode(body))`` reads, or None where there is none (a
    parser that is not a generated ``_parse_success`` of a model or a list of models, a model
    without a typed reading, a decoder not registered, msgspec not installed)."""
    key = (parse, decode)
    if key in _READERS:
        return cast("TypedRead[T] | None", _READERS[key])
    made = _reader(parse, decode)
    if len(_READERS) < 1024:
        _READERS[key] = made
    return made


def either(parse: Callable[[Any], T], decode: Callable[[bytes], Any]) -> Callable[[bytes], T]:
    """``parse(decode(body))``, read the typed way where it can be: the same results (one
    reader per parser and decoder, made once: a call in flight holds none of its own)."""
    key = (parse, decode)
    known = _EITHER.get(key)
    if known is not None:
        return cast("Callable[[bytes], T]", known)
    typed = reader(parse, decode)

    def untyped(body: bytes) -> T:
        return parse(decode(body))

    def either_way(body: bytes) -> T:
        assert typed is not None
        answer = typed(body)
        if isinstance(answer, Refused):
            return parse(decode(body))
        return answer

    read = untyped if typed is None else either_way
    if len(_EITHER) < 1024:
        _EITHER[key] = read
    return read


def _reader(parse: Callable[[Any], T], decode: Callable[[bytes], Any]) -> TypedRead[T] | None:
    flavor = _FLAVORS.get(decode)
    if flavor is None:
        return None
    try:
        import msgspec
    except ImportError:  # pragma: no cover - a declared dependency on CPython
        return None
    try:
        answer = typing.get_type_hints(parse).get("return")
    except Exception:  # a parser whose hints do not resolve has no typed reading
        return None
    many = typing.get_origin(answer) is list
    model = typing.get_args(answer)[0] if many else answer
    if not isinstance(model, type):
        return None
    struct = _struct_of(model, msgspec, 0)
    if struct is None:
        return None
    one: Callable[[Any], Any] = vars(model)["_from_struct"].__get__(None, model)
    decoder = msgspec.json.Decoder(
        list[struct.kind] if many else struct.kind,  # type: ignore[name-defined]
        float_hook=_json._exact_in_range if flavor.decimals else None,  # pyright: ignore[reportPrivateUsage]
    )
    decode_typed = decoder.decode
    # check_depth's ValueError, msgspec's DecodeError (a ValueError), a number out of range.
    refused = (ValueError, ArithmeticError, RecursionError)
    within, accepts = struct.within, flavor.accepts

    # The bound holds for the values a duplicate key's last one replaces too, which a struct
    # with a free leaf decodes (recursing as deep as they nest) and drops. A closed struct does
    # not need it: every value it meets, a replaced one too, is decoded as its declared type,
    # which refuses an array or object where it declares none as soon as it sees the bracket,
    # and an undeclared key is refused before its value is read; so what it reads nests no
    # deeper than it is declared (within _MAX_NESTING), and anything deeper is refused.
    check_depth = _no_check if struct.closed else _json.check_depth

    def read(body: bytes) -> T | Refused:
        try:
            check_depth(body)  # none for 1 KiB or less; a tenth of json.loads for 1,000 orders
            decoded = decode_typed(body)
        except refused:
            return REFUSED
        if within is not None and not (all(map(within, decoded)) if many else within(decoded)):
            return REFUSED
        if accepts is not None and not accepts(decoded):
            return REFUSED
        try:
            if many:
                return cast("T", [one(item) for item in decoded])
            return cast("T", one(decoded))
        except ValueError:  # a value the model refuses: for parse to refuse, naming the operation
            return REFUSED

    return read


def _struct_of(model: type[Any], msgspec: Any, depth: int) -> _Struct | None:
    """The struct type a typed decoder reads ``model``'s JSON into, or None if it has none."""
    if model in _STRUCTS:
        return _STRUCTS[model]
    fields_of = getattr(model, "_struct_fields_", None)
    made: _Struct | None = None
    if fields_of is not None and depth < _MAX_NESTING:
        made = _made(model, fields_of(), msgspec, depth)
    _STRUCTS[model] = made
    return made


def _made(
    model: type[Any],
    fields: tuple[tuple[str, str, bool, str, type[Any] | None], ...],
    msgspec: Any,
    depth: int,
) -> _Struct | None:
    declared: list[tuple[str, object] | tuple[str, object, object]] = []
    free: list[str] = []  # the Any leaves
    closed = True
    inner_checks: list[tuple[str, bool, Callable[[Any], bool]]] = []  # models with Any leaves
    for name, _json_name, required, kind, nested in fields:
        value: object
        if kind in ("model", "models") and nested is not None:
            inner = _struct_of(nested, msgspec, depth + 1)
            if inner is None:
                return None
            if inner.within is not None:
                inner_checks.append((name, kind == "models", inner.within))
            closed = closed and inner.closed
            value = list[inner.kind] if kind == "models" else inner.kind  # type: ignore[name-defined]
        elif kind in _LEAVES:
            value = _LEAVES[kind]
            if kind == "Any":
                free.append(name)
            closed = closed and value is not Any  # a money leaf is decoded as Any too
        else:
            return None
        if required:
            declared.append((name, value))
        else:
            declared.append((name, value | None if value is not Any else Any, None))  # type: ignore[operator]
    kind = msgspec.defstruct(
        f"{model.__name__}Struct",
        declared,
        rename={name: json_name for name, json_name, *_ in fields},
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )
    return _Struct(kind, _within(tuple(free), tuple(inner_checks)), closed)


def _no_check(body: bytes) -> None:
    """No nesting check: a closed struct's decoder bounds the nesting itself."""


def _within(
    free: tuple[str, ...], inner: tuple[tuple[str, bool, Callable[[Any], bool]], ...]
) -> Callable[[Any], bool] | None:
    """Whether a decoded struct's ``Any`` leaves, and its nested structs', nest within
    :data:`FREE_DEPTH`; None for a struct that has none."""
    if not free and not inner:
        return None

    def within(struct: Any) -> bool:
        for name in free:
            value = getattr(struct, name)
            if type(value) in _CONTAINERS and not _nests_within(value, FREE_DEPTH):
                return False
        for name, many, check in inner:
            value = getattr(struct, name)
            if value is not None and not (all(map(check, value)) if many else check(value)):
                return False
        return True

    return within


_CONTAINERS = (dict, list)


def _nests_within(value: dict[str, Any] | list[Any], limit: int) -> bool:
    """Whether a decoded JSON value nests no deeper than ``limit`` (a scalar is 0, ``[]`` 1)."""
    level: list[Any] = [value]
    for _depth in range(limit):
        below: list[Any] = []
        for node in level:
            children = cast("Iterable[Any]", node.values() if type(node) is dict else node)
            below.extend(child for child in children if type(child) in _CONTAINERS)
        if not below:
            return True
        level = below
    return False
