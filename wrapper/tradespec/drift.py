"""API drift: what live answers carry that the spec does not know, and the spec patch for it.

The clients check every success answer against what the spec declares of it (tables the
generator writes beside the models, ``<package>._answer_schemas``), independently of the models
that read it, and note per operation and place in the answer:

* ``undeclared_field``: a field the schema does not declare (the models keep it in
  ``additional_properties``);
* ``unknown_enum_value``: an enum value the spec does not list (the models keep it as an
  ``is_unknown`` member);
* ``undeclared_status``: a status the operation does not declare (``5XX`` and ``default``
  declare a range);
* ``type_mismatch``: a declared field of another JSON type (an ``integer`` is also a ``number``);
* ``missing_required``: a required field missing (the models then raise ``ResponseError``).

What the models normalise is not drift: an enum value in another case or spelling
(``"cancelled"`` for ``Cancelled``, ``"STOP_LIMIT"``), the position of a string enum's value in the
spec's list (the platform's ordinals: ``orderType: 0``), an integer enum's value as text, the
alternatives ``bid``/``ask``/``canceled``, and a ``null`` for an optional field.

Each kind is logged once per client (and its ``with_options`` copies) at WARNING on the
``tradespec.drift`` logger, with a sample that is truncated and never holds a credential; with
``drift="collect"`` (the default) every change is collected: ``exchange.drift_report()``
returns a :class:`DriftReport`, whose :meth:`~DriftReport.to_overlay` writes an OpenAPI Overlay
1.0 document that ``nox -s generate -- --overlay FILE`` applies to the spec. ``drift="log"``
only logs; ``drift="off"`` checks nothing.

Checking costs nothing measurable when nothing drifts: it walks the decoded JSON, not the
models; arrays are checked on their first items only (:data:`ITEMS_CHECKED`; the rows of a list
share a shape); an object of a shape already seen clean is not checked field by field again;
and each operation's first :data:`CHECKED_FIRST` answers are checked, then one in
:data:`CHECKED_EVERY`. An answer the models cannot read always is, and so is one the typed
reading refuses (a field undeclared, missing or of another JSON type, an enumeration value not
listed); of those it reads, one in :data:`TYPED_CHECKED_EVERY` is. A change's ``count`` is how
often the checked answers showed it. At most :data:`MAX_CHANGES` distinct changes are kept per
client (a server sending random keys cannot grow it further); observations beyond are counted
in ``overflow``.

Reports of several runs are saved (:meth:`DriftReport.save`) and merged::

    python -m tradespec.drift merge run1.json run2.json --output merged.json
    python -m tradespec.drift merge run1.json run2.json --overlay drift-overlay.yaml
"""

from __future__ import annotations

import importlib
import json
import logging
import re
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Literal, TypeVar, cast, get_args
from urllib.parse import quote

from tradespec._enums import DriftMode
from tradespec._shapes import json_array, json_object
from tradespec._typed import Refused, TypedRead

__all__ = [
    "CHECKED_EVERY",
    "CHECKED_FIRST",
    "ITEMS_CHECKED",
    "MAX_CHANGES",
    "TYPED_CHECKED_EVERY",
    "DriftChange",
    "DriftKind",
    "DriftMode",
    "DriftReport",
    "main",
]

T = TypeVar("T")

DriftKind = Literal[
    "undeclared_field",
    "unknown_enum_value",
    "undeclared_status",
    "type_mismatch",
    "missing_required",
]
"""What a :class:`DriftChange` is (see the module's documentation)."""

MAX_CHANGES: Final = 1000
"""Distinct changes kept per client; further ones are counted in ``DriftReport.overflow``."""

ITEMS_CHECKED: Final = 3
"""Items of each array checked (the rows of a list share a shape)."""

CHECKED_FIRST: Final = 32
"""Answers of each operation checked before sampling starts."""

CHECKED_EVERY: Final = 16
"""After the first :data:`CHECKED_FIRST`, one answer in this many is checked (and every answer
the models cannot read)."""

TYPED_CHECKED_EVERY: Final = 256
"""After the first :data:`CHECKED_FIRST`, one answer in this many of those read the typed way
(``tradespec._typed``) is checked. That reading refuses every answer with a field the spec does
not declare, a required one missing, a field of another JSON type, or an enumeration value the
spec does not list, and each of those is checked: what is left to find in the others is rare
(a value inside a list of enumerations, say)."""

SAMPLE_LENGTH: Final = 64
"""Characters of a sample value kept (JSON text; longer ones are cut, ending in ``…``)."""

_FORMAT: Final = "tradespec-drift/1"

logger: logging.Logger = logging.getLogger("tradespec.drift")

_KINDS: Final = frozenset(get_args(DriftKind))
_MODES: Final = get_args(DriftMode)


@dataclass(frozen=True, slots=True)
class DriftChange:
    """One thing live answers carry that the spec does not know."""

    operation_id: str
    """The operation whose answer showed it (``list_open_orders``)."""
    pointer: str
    """Where in the answer: a JSON pointer, array items written ``-`` (``/data/-/is_hot``);
    ``""`` for the answer itself (an undeclared status)."""
    kind: DriftKind
    """What it is: ``undeclared_field``, ``unknown_enum_value``, ``undeclared_status``,
    ``type_mismatch`` or ``missing_required``."""
    count: int
    """How many times the answers checked showed it (answers are sampled after the first
    :data:`CHECKED_FIRST` of each operation)."""
    json_types: tuple[str, ...]
    """The JSON types of the values seen there (``string``, ``number``, ``integer``,
    ``boolean``, ``object``, ``array``, ``null``), sorted."""
    sample: str | None
    """One value seen, as JSON text, truncated and without any credential (None: nothing to
    show, e.g. a missing field)."""
    target: str | None = None
    """Where the spec declares the place (a JSONPath): the schema that would hold the field, the
    enum, the operation's responses. What :meth:`DriftReport.to_overlay` targets."""
    status: int | None = None
    """The undeclared status (``undeclared_status`` only)."""
    shape: str | None = None
    """For an undeclared status: the spec's response of the same class the operation declares
    (its ``$ref``), which the overlay gives the new status."""

    @property
    def key(self) -> tuple[str, str, str, int | None]:
        """What makes two changes the same change (merged by adding their counts)."""
        return (self.operation_id, self.pointer, self.kind, self.status)

    def describe(self) -> str:
        """One line: the operation, the place, the kind, the types and a sample."""
        where = self.pointer or "/"
        if self.status is not None:
            where = f"status {self.status}"
        types = f" ({', '.join(self.json_types)})" if self.json_types else ""
        sample = f", e.g. {self.sample}" if self.sample is not None else ""
        return f"{self.operation_id} {where}: {self.kind}{types}{sample}, seen {self.count}x"


@dataclass(frozen=True, slots=True)
class DriftReport:
    """What a client (and its ``with_options`` copies) saw that its spec does not know.

    ``bool(report)`` is whether there is anything; ``changes`` is each change, in the order
    first seen.
    """

    title: str
    """The spec's ``info.title`` (``AltMarket Exchange API``)."""
    version: str
    """The spec's ``info.version``."""
    changes: tuple[DriftChange, ...] = ()
    """Every distinct change seen."""
    overflow: int = 0
    """Observations not kept: the report already held :data:`MAX_CHANGES` changes."""

    def __bool__(self) -> bool:
        """Whether anything was seen (a change, or observations over the cap)."""
        return bool(self.changes) or self.overflow > 0

    def __len__(self) -> int:
        """How many distinct changes the report holds."""
        return len(self.changes)

    def lines(self) -> list[str]:
        """One line per change (:meth:`DriftChange.describe`), and the overflow if any."""
        out = [change.describe() for change in self.changes]
        if self.overflow:
            out.append(f"{self.overflow} more observation(s) not kept (over {MAX_CHANGES})")
        return out

    # ------------------------------------------------------------------ the spec patch

    def to_overlay(self) -> str:
        """An OpenAPI Overlay 1.0 document (YAML) that adds to the spec what was seen.

        Additions only: each undeclared field as an optional property with the JSON types seen
        and a description to fill in; each unknown enum value; each undeclared status (with the
        response of its class that the operation declares). Nothing is removed or retyped: a
        ``type_mismatch`` or a ``missing_required`` is a decision for a person, listed in the
        document's description. ``extends`` names the spec by its title and version
        (``urn:x-openapi:<title>:<version>``); ``nox -s generate -- --overlay FILE`` applies it.
        """
        properties: dict[str, dict[str, list[DriftChange]]] = {}
        enums: dict[str, list[Any]] = {}
        statuses: dict[str, dict[str, Any]] = {}
        decisions: list[str] = []
        for change in self.changes:
            if change.target is None:
                decisions.append(change.describe())
            elif change.kind == "undeclared_field":
                name = _unescape(change.pointer.rsplit("/", 1)[-1])
                properties.setdefault(change.target, {}).setdefault(name, []).append(change)
            elif change.kind == "unknown_enum_value":
                value = _sample_value(change.sample)
                values = enums.setdefault(change.target, [])
                if value is not _CUT and value not in values:
                    values.append(value)
            elif change.kind == "undeclared_status" and change.status is not None:
                response: dict[str, Any] = {
                    "description": f"Not in the spec yet, seen in live answers of "
                    f"{change.operation_id} ({change.count}x). TODO say when it is answered."
                }
                if change.shape is not None:
                    response = {"$ref": change.shape}
                statuses.setdefault(change.target, {})[str(change.status)] = response
            else:
                decisions.append(change.describe())
        actions: list[dict[str, Any]] = []
        for target, fields in properties.items():
            found = {name: _property(seen) for name, seen in fields.items()}
            actions.append({"target": target, "update": {"properties": found}})
        for target, values in enums.items():
            for value in values:
                actions.append({"target": f"{target}.enum", "update": value})
        for target, codes in statuses.items():
            actions.append({"target": target, "update": codes})
        description = [
            f"What live answers carried that the {self.title} {self.version} does not declare,",
            "written by tradespec.drift. Fill in the descriptions, then apply it with",
            "`nox -s generate -- --overlay FILE`, or send it to the spec's maintainers.",
        ]
        if decisions:
            description.append("Not patched (a person decides):")
            description += [f"  {line}" for line in decisions]
        document: dict[str, Any] = {
            "overlay": "1.0.0",
            "info": {"title": f"Drift of the {self.title} seen in live answers", "version": "1"},
            "extends": f"urn:x-openapi:{quote(self.title)}:{quote(self.version)}",
            "actions": actions,
        }
        comment = "".join(f"# {line}\n" for line in _wrap(description))
        return comment + _yaml(document)

    # ------------------------------------------------------------------ saving, merging

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (what :meth:`save` writes)."""
        return {
            "format": _FORMAT,
            "title": self.title,
            "version": self.version,
            "overflow": self.overflow,
            "changes": [
                {
                    "operation_id": c.operation_id,
                    "pointer": c.pointer,
                    "kind": c.kind,
                    "count": c.count,
                    "json_types": list(c.json_types),
                    "sample": c.sample,
                    "target": c.target,
                    "status": c.status,
                    "shape": c.shape,
                }
                for c in self.changes
            ],
        }

    @classmethod
    def from_dict(cls, data: object) -> DriftReport:
        """A report from :meth:`to_dict`'s data; a ``ValueError`` saying what is wrong."""
        report = json_object(data)
        if report is None or report.get("format") != _FORMAT:
            raise ValueError(f"not a drift report (expected format {_FORMAT!r})")
        title, version = report.get("title"), report.get("version")
        overflow = report.get("overflow", 0)
        if not isinstance(title, str) or not isinstance(version, str):
            raise ValueError("a drift report names its spec's title and version")
        if not isinstance(overflow, int) or isinstance(overflow, bool) or overflow < 0:
            raise ValueError("overflow: expected a count")
        rows = json_array(report.get("changes"))
        if rows is None:
            raise ValueError("changes: expected a list")
        return cls(title, version, tuple(_change(row, n) for n, row in enumerate(rows)), overflow)

    def save(self, path: str | Path) -> None:
        """Write the report as JSON to ``path`` (read back by :meth:`load`)."""
        text = json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"
        Path(path).write_text(text, encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> DriftReport:
        """A report saved by :meth:`save`; a ``ValueError`` naming the file if it is not one."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls.from_dict(data)
        except ValueError as exc:
            raise ValueError(f"{path}: {exc}") from None

    @classmethod
    def merge(cls, reports: Iterable[DriftReport]) -> DriftReport:
        """One report of several runs against one spec: counts added, types joined, the
        first sample kept, at most :data:`MAX_CHANGES` changes (the rest counted)."""
        found = list(reports)
        if not found:
            raise ValueError("nothing to merge")
        specs = {(report.title, report.version) for report in found}
        if len(specs) > 1:
            names = ", ".join(f"{title} {version}" for title, version in sorted(specs))
            raise ValueError(f"reports of different specs cannot be merged ({names})")
        merged: dict[tuple[str, str, str, int | None], DriftChange] = {}
        overflow = sum(report.overflow for report in found)
        for report in found:
            for change in report.changes:
                known = merged.get(change.key)
                if known is not None:
                    types = tuple(sorted(set(known.json_types) | set(change.json_types)))
                    merged[change.key] = replace(
                        known, count=known.count + change.count, json_types=types
                    )
                elif len(merged) < MAX_CHANGES:
                    merged[change.key] = change
                else:
                    overflow += change.count
        return cls(found[0].title, found[0].version, tuple(merged.values()), overflow)


# ---------------------------------------------------------------------- checking answers


_JSON_TYPES: Final[dict[type, str]] = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    Decimal: "number",
    type(None): "null",
}
_ALTERNATIVES: Final = {"bid": "buy", "ask": "sell", "canceled": "cancelled"}


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), "unknown")


def _key(text: str) -> str:
    # As the generated enums normalise a spelling (enum_macros.jinja).
    return text.strip().lower().replace("_", "").replace("-", "").replace(" ", "")


def _enum_table(values: Sequence[Any], names: Sequence[str]) -> frozenset[object]:
    """Every value the generated enum reads as one of its members."""
    table: set[object] = {_key(name) for name in names}
    for position, value in enumerate(values):
        if isinstance(value, str):
            table.add(_key(value))
            table.add(position)
        else:
            table.add(value)
            table.add(str(value))
    for alternative, meaning in _ALTERNATIVES.items():
        if meaning in table:
            table.add(alternative)
    return frozenset(table)


def _enum_knows(table: frozenset[object], value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, str):
        return _key(value) in table or value.strip() in table
    return value in table


class _Found:
    """What one walk of an answer found: (kind, pointer, value, target)."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: list[tuple[str, str, object, str | None]] = []


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


class _Walker:
    """Checks decoded answers against one spec's compact tables.

    An object whose keys and value types were seen clean before at the same place of the
    schema is not checked again field by field (its signature, made at C speed, is remembered):
    only its nested objects, arrays and enums are, and an enum's value once seen known is known.
    """

    __slots__ = ("clean", "deep", "enums", "known", "schemas")

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.enums: dict[int, frozenset[object]] = {}
        self.known: dict[int, set[object]] = {}
        self.clean: dict[int, set[tuple[tuple[object, ...], tuple[type, ...]]]] = {}
        self.deep: dict[int, tuple[tuple[str, dict[str, Any]], ...]] = {}

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        seen = 0
        while "ref" in node and seen < 32:
            node = self.schemas.get(node["ref"], {})
            seen += 1
        return node

    def _deep(self, node: dict[str, Any]) -> tuple[tuple[str, dict[str, Any]], ...]:
        """The properties of an object node that a signature does not cover (nested values)."""
        found = self.deep.get(id(node))
        if found is None:
            found = tuple(
                (name, child)
                for name, child in node["props"].items()
                if set(self.resolve(child)) - {"types", "at"}
            )
            self.deep[id(node)] = found
        return found

    def walk(
        self, value: object, node: dict[str, Any], where: str, found: _Found, depth: int
    ) -> None:
        if depth > 64:
            return
        if "ref" in node:
            node = self.resolve(node)
        kind = _JSON_TYPES.get(type(value), "unknown")
        alternatives = node.get("any")
        if alternatives:
            for alternative in alternatives:
                alternative = self.resolve(alternative)
                types = alternative.get("types")
                if not types or kind in types or (kind == "integer" and "number" in types):
                    self.walk(value, alternative, where, found, depth + 1)
                    return
            found.items.append(("type_mismatch", where, value, None))
            return
        values = node.get("enum")
        if values is not None:
            self._enum(value, kind, node, values, where, found)
            return
        types = node.get("types")
        if types and kind not in types and not (kind == "integer" and "number" in types):
            found.items.append(("type_mismatch", where, value, None))
            return
        if kind == "object":
            if "props" in node:
                assert isinstance(value, dict)
                self._object(cast("dict[str, Any]", value), node, where, found, depth)
            return
        if kind == "array":
            array = json_array(value)
            assert array is not None
            prefix = node.get("prefix")
            items = node.get("items")
            if prefix:
                for position, item in enumerate(array[: len(prefix)]):
                    self.walk(item, prefix[position], f"{where}/-", found, depth + 1)
                rest = array[len(prefix) : len(prefix) + ITEMS_CHECKED]
            else:
                rest = array[:ITEMS_CHECKED]
            if items is not None:
                for item in rest:
                    self.walk(item, items, f"{where}/-", found, depth + 1)

    def _enum(
        self,
        value: object,
        kind: str,
        node: dict[str, Any],
        values: list[Any],
        where: str,
        found: _Found,
    ) -> None:
        hashable = kind == "string" or kind == "integer"
        known = self.known.get(id(values))
        if known is None:
            known = self.known.setdefault(id(values), set())
        if hashable and value in known:
            return
        table = self.enums.get(id(values))
        if table is None:
            table = _enum_table(values, node.get("names", ()))
            table = self.enums.setdefault(id(values), table)
        if _enum_knows(table, value):
            if hashable and len(known) < 256:
                known.add(value)
        elif hashable:
            # A value of another type than the enum's (an ordinal the spec's list does not
            # reach) is reported with no target: the overlay leaves it to a person.
            types = node.get("types")
            target = node.get("at") if not types or kind in types else None
            found.items.append(("unknown_enum_value", where, value, target))
        else:
            found.items.append(("type_mismatch", where, value, None))

    def _object(
        self, value: dict[Any, Any], node: dict[str, Any], where: str, found: _Found, depth: int
    ) -> None:
        signature = (tuple(value), tuple(map(type, value.values())))
        clean = self.clean.get(id(node))
        if clean is not None and signature in clean:
            for name, nested in self._deep(node):
                inner = value.get(name)
                if inner is not None:
                    self.walk(inner, nested, f"{where}/{_escape(name)}", found, depth + 1)
            return
        before = len(found.items)
        props: dict[str, Any] = node["props"]
        required = node.get("required", ())
        extra = node.get("values")
        for key, sub in value.items():
            child = props.get(key)
            if child is None:
                here = f"{where}/{_escape(str(key))}"
                if extra is not None:
                    self.walk(sub, extra, here, found, depth + 1)
                else:
                    found.items.append(("undeclared_field", here, sub, node.get("at")))
            elif sub is None and key not in required:
                continue  # a null optional field is no value, as the models read it
            else:
                self.walk(sub, child, f"{where}/{_escape(key)}", found, depth + 1)
        for key in required:
            if key not in value:
                here = f"{where}/{_escape(key)}"
                found.items.append(("missing_required", here, None, node.get("at")))
        if len(found.items) == before and extra is None:
            if clean is None:
                clean = self.clean.setdefault(id(node), set())
            if len(clean) < 64:
                clean.add(signature)


class _Entry:
    __slots__ = ("count", "sample", "shape", "status", "target", "types")

    def __init__(
        self, sample: str | None, target: str | None, status: int | None, shape: str | None
    ) -> None:
        self.count = 0
        self.types: set[str] = set()
        self.sample = sample
        self.target = target
        self.status = status
        self.shape = shape


class _Drift:  # pyright: ignore[reportUnusedClass]  # made by the clients (_base_client)
    """One client's drift bookkeeping, shared with its ``with_options`` copies (internal: the
    clients make it; users read :meth:`report` through ``exchange.drift_report()``)."""

    def __init__(self, package: str, mode: DriftMode, secrets: Sequence[str]) -> None:
        self.package = package
        self.mode = mode
        self.collect: bool = mode == "collect"
        self._secrets = tuple(secret for secret in secrets if secret)
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, str, str, int | None], _Entry] = {}
        self._overflow = 0
        self._logged: set[str] = set()
        self._tables: tuple[str, str, _Walker, dict[str, Any]] | None = None
        self._broken = False
        self._answers: dict[str, int] = {}
        self._readers: dict[tuple[str, object, object], Callable[[bytes], Any]] = {}
        self._observers: dict[str, Callable[[int], None]] = {}

    def _load(self) -> tuple[str, str, _Walker, dict[str, Any]]:
        tables = self._tables
        if tables is None:
            module = importlib.import_module(f"{self.package}._answer_schemas")
            tables = (module.TITLE, module.VERSION, _Walker(module.SCHEMAS), module.OPERATIONS)
            self._tables = tables
        return tables

    # -------------------------------------------------------------- the hooks

    def reader(
        self,
        operation_id: str,
        parse: Callable[[Any], T],
        decode: Callable[[bytes], Any],
        typed: TypedRead[T] | None = None,
    ) -> Callable[[bytes], T]:
        """Reads a success answer as ``parse(decode(body))`` does, checking it on the way (one
        reader per operation, parser and decoder, made once). ``typed``: the typed reading of
        the same (``tradespec._typed``), for the answers not sampled."""
        key = (operation_id, parse, decode)
        known = self._readers.get(key)
        if known is not None:
            return cast("Callable[[bytes], T]", known)

        def read(body: bytes) -> T:
            sampled = True
            if typed is not None:
                # An answer the typed reading refuses has something the spec does not say (a
                # field, a type, a value): it is always checked. Those it reads are sampled.
                due = self._due(operation_id, TYPED_CHECKED_EVERY)
                if not due:
                    answer = typed(body)
                    if not isinstance(answer, Refused):
                        return answer
                sampled = False
            data = decode(body)
            checked = self.check(operation_id, data, sampled=sampled)
            try:
                return parse(data)
            except ValueError:
                # What the models cannot read is always checked (a field missing, another
                # type), from a fresh decoding: a reader may have consumed the first.
                if not checked:
                    self.check(operation_id, decode(body), sampled=False)
                raise

        if len(self._readers) < 1024:
            self._readers[key] = read
        return read

    def observer(self, operation_id: str) -> Callable[[int], None]:
        """What the engine calls with each answer's status (one per operation)."""
        known = self._observers.get(operation_id)
        if known is not None:
            return known

        declared: set[int] = set()  # the statuses seen that the operation declares

        def observe(status: int) -> None:
            if status not in declared and self.status(operation_id, status):
                declared.add(status)

        if len(self._observers) < 1024:
            self._observers[operation_id] = observe
        return observe

    def check(self, operation_id: str, data: object, *, sampled: bool = True) -> bool:
        """Note what ``data`` (a decoded success answer) carries that the spec does not know;
        whether it was checked (``sampled``: each operation's first :data:`CHECKED_FIRST`
        answers, then one in :data:`CHECKED_EVERY`)."""
        if self._broken or (sampled and not self._due(operation_id)):
            return False
        try:
            _title, _version, walker, operations = self._load()
            operation = operations.get(operation_id)
            if operation is None:
                return True
            success = operation["success"]
            node = success.get("200") or next(iter(success.values()), None)
            if node is None:
                return True
            found = _Found()
            walker.walk(data, node, "", found, 0)
            for kind, pointer, value, target in found.items:
                self._note(operation_id, kind, pointer, value, target, None, None)
        except Exception:  # a bug of ours: say so once, and never fail the user's call for it
            self._broken = True
            logger.exception("tradespec.drift: checking an answer failed; drift checks are off")
        return True

    def _due(self, operation_id: str, every: int = CHECKED_EVERY) -> bool:
        """Whether this answer of the operation is one checked (counting it): each operation's
        first :data:`CHECKED_FIRST` answers, then one in ``every``."""
        if self._broken:
            return False
        seen = self._answers.get(operation_id, 0) + 1
        self._answers[operation_id] = seen
        return seen <= CHECKED_FIRST or not seen % every

    def status(self, operation_id: str, status: int) -> bool:
        """Note an answer's status that the operation does not declare; whether it declares it
        (an operation the spec does not know declares none)."""
        if self._broken:
            return False
        try:
            operation = self._load()[3].get(operation_id)
            if operation is None:
                return False
            declared = operation["statuses"]
            text = str(status)
            if text in declared or f"{text[:1]}XX" in declared or "default" in declared:
                return True
            shape = operation["shapes"].get(text[:1])
            self._note(
                operation_id, "undeclared_status", "", None, operation["responses"], status, shape
            )
        except Exception:
            self._broken = True
            logger.exception("tradespec.drift: checking a status failed; drift checks are off")
        return False

    # -------------------------------------------------------------- bookkeeping

    def _sample(self, value: object) -> str | None:
        if value is None:
            return None
        try:
            if isinstance(value, Decimal):  # AltMarket's numbers, read exactly
                text = str(value)
            else:
                text = json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError, RecursionError):
            text = type(value).__name__
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, "<redacted>")
        if len(text) > SAMPLE_LENGTH:
            text = text[: SAMPLE_LENGTH - 1] + "…"
        return text

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, "<redacted>")
        return text

    def _note(
        self,
        operation_id: str,
        kind: str,
        pointer: str,
        value: object,
        target: str | None,
        status: int | None,
        shape: str | None,
    ) -> None:
        pointer = self._redact(pointer)
        if len(pointer) > 512:
            pointer = pointer[:511] + "…"
        key = (operation_id, pointer, kind, status)
        types = _json_type(value) if kind != "missing_required" and status is None else None
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                if len(self._entries) >= MAX_CHANGES:
                    self._overflow += 1
                    return
                entry = _Entry(self._sample(value), target, status, shape)
                if self.collect:
                    self._entries[key] = entry
            entry.count += 1
            if types is not None:
                entry.types.add(types)
            first = kind not in self._logged
            if first:
                self._logged.add(kind)
        if first:
            title = self._load()[0]
            where = f"status {status}" if status is not None else (pointer or "/")
            logger.warning(
                "%s: %s in the answers of %s at %s (%s)%s; the spec does not know it "
                "(logged once per kind; exchange.drift_report() collects them)",
                title,
                kind,
                operation_id,
                where,
                types or "-",
                "" if entry.sample is None else f", e.g. {entry.sample}",
            )

    def report(self) -> DriftReport:
        """A snapshot of what was collected."""
        title, version, _walker, _operations = self._load()
        with self._lock:
            changes = tuple(
                DriftChange(
                    operation_id=operation_id,
                    pointer=pointer,
                    kind=kind,  # type: ignore[arg-type]
                    count=entry.count,
                    json_types=tuple(sorted(entry.types)),
                    sample=entry.sample,
                    target=entry.target,
                    status=status,
                    shape=entry.shape,
                )
                for (operation_id, pointer, kind, status), entry in self._entries.items()
            )
            overflow = self._overflow
        return DriftReport(title, version, changes, overflow)


def _check_mode(value: object) -> DriftMode | None:  # pyright: ignore[reportUnusedFunction]  # the clients' check
    """A client's ``drift=`` argument, checked (None: ``"off"``)."""
    if value not in _MODES or not isinstance(value, str):
        from tradespec.errors import InvalidInputError

        raise InvalidInputError("drift", f"expected one of {list(_MODES)}, got {value!r}")
    return None if value == "off" else value  # type: ignore[return-value]


# ---------------------------------------------------------------------- writing the overlay

_CUT: Final = object()


def _sample_value(sample: str | None) -> object:
    if sample is None or sample.endswith("…"):
        return _CUT
    try:
        return json.loads(sample)
    except ValueError:
        return _CUT


_SCHEMA_TYPES: Final = ("string", "number", "integer", "boolean", "object", "array")


def _property(changes: Sequence[DriftChange]) -> dict[str, Any]:
    """An optional property for a field seen (in one or more places of one schema)."""
    seen = {kind for change in changes for kind in change.json_types}
    if "integer" in seen and "number" in seen:
        seen.discard("integer")
    types: list[str] = [kind for kind in _SCHEMA_TYPES if kind in seen]
    if types and "null" in seen:
        types.append("null")
    first = changes[0]
    example = "" if first.sample is None else f" (e.g. {first.sample})"
    shown = ", ".join(sorted(seen)) or "no value"
    operations = ", ".join(sorted({change.operation_id for change in changes}))
    prop: dict[str, Any] = {}
    if len(types) == 1:
        prop["type"] = types[0]
    elif types:
        prop["type"] = types
    if "number" in types:
        prop["format"] = "double"  # a JSON number, which the clients read as Decimal
    if "array" in types:
        prop["items"] = {}
    prop["description"] = (
        f"Not in the spec yet, seen in live answers of {operations} as {shown}{example}. "
        "TODO say what it is."
    )
    return prop


_CONTROL: Final = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def _wrap(lines: list[str]) -> list[str]:
    """Lines for a YAML comment: no character of a server's that could end the comment."""
    return [_CONTROL.sub(" ", line) for line in lines]


_PLAIN_KEY: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
# A string written plain: starts with a letter or `$` (a JSONPath), ends without a colon or
# space, and is not a word YAML reads as something else.
_PLAIN: Final = re.compile(r"[A-Za-z$][^\n\t:#]*[^\s:]|[A-Za-z]")
_KEYWORDS: Final = frozenset({"true", "false", "null", "yes", "no", "on", "off", "y", "n"})


def _scalar(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return str(value)
    text = str(value)
    plain = _PLAIN.fullmatch(text) and ": " not in text and " #" not in text
    if plain and text.lower() not in _KEYWORDS:
        return text
    return json.dumps(text, ensure_ascii=False)  # a YAML double-quoted scalar


def _yaml(node: object, indent: int = 0) -> str:
    """A small block-style YAML writer for the overlay (strings always double-quoted, which
    YAML reads as JSON strings), so that tradespec needs no YAML library."""
    pad = " " * indent
    if isinstance(node, dict):
        if not node:
            return "{}\n"
        out = ""
        for key, value in cast("dict[object, object]", node).items():
            plain = isinstance(key, str) and _PLAIN_KEY.fullmatch(key) is not None
            head = f"{pad}{key if plain else _scalar(key)}:"
            if _filled(value):
                out += head + "\n" + _yaml(value, indent + 2)
            else:
                out += f"{head} {_flat(value)}\n"
        return out
    if isinstance(node, list):
        if not node:
            return "[]\n"
        out = ""
        for value in cast("list[object]", node):
            if _filled(value):
                text = _yaml(value, indent + 2)
                if isinstance(value, dict):
                    out += f"{pad}- " + text[indent + 2 :]
                else:
                    out += f"{pad}-\n" + text
            else:
                out += f"{pad}- {_flat(value)}\n"
        return out
    return _scalar(node) + "\n"


def _filled(value: object) -> bool:
    """A dict or a list with something in it (written as a nested block)."""
    if isinstance(value, dict):
        return bool(cast("dict[object, object]", value))
    if isinstance(value, list):
        return bool(cast("list[object]", value))
    return False


def _flat(value: object) -> str:
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return _scalar(value)


def _change(data: object, index: int) -> DriftChange:
    row = json_object(data)
    if row is None:
        raise ValueError(f"changes[{index}]: expected an object")
    try:
        kind = row["kind"]
        if kind not in _KINDS:
            raise ValueError(f"changes[{index}].kind: {kind!r} is not a kind of drift")
        count = row["count"]
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise ValueError(f"changes[{index}].count: expected a positive count")
        status = row.get("status")
        if status is not None and (not isinstance(status, int) or isinstance(status, bool)):
            raise ValueError(f"changes[{index}].status: expected an int or null")
        texts: dict[str, str] = {}
        for name in ("operation_id", "pointer"):
            text = row[name]
            if not isinstance(text, str):
                raise ValueError(f"changes[{index}].{name}: expected a string")
            texts[name] = text
        optional: dict[str, str | None] = {}
        for name in ("sample", "target", "shape"):
            value = row.get(name)
            if value is not None and not isinstance(value, str):
                raise ValueError(f"changes[{index}].{name}: expected a string or null")
            optional[name] = value
        types = json_array(row.get("json_types", []))
        names = [] if types is None else [t for t in types if isinstance(t, str)]
        if types is None or len(names) != len(types):
            raise ValueError(f"changes[{index}].json_types: expected a list of strings")
    except KeyError as exc:
        raise ValueError(f"changes[{index}]: missing {exc.args[0]!r}") from None
    return DriftChange(
        operation_id=texts["operation_id"],
        pointer=texts["pointer"],
        kind=cast("DriftKind", kind),  # one of _KINDS, checked above
        count=count,
        json_types=tuple(sorted(names)),
        sample=optional["sample"],
        target=optional["target"],
        status=status,
        shape=optional["shape"],
    )


# ---------------------------------------------------------------------- the command line


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m tradespec.drift merge FILE... [--output FILE | --overlay FILE]``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m tradespec.drift", description="Drift reports saved by the clients."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    merge = commands.add_parser("merge", help="merge saved reports of one spec")
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    out = merge.add_mutually_exclusive_group()
    out.add_argument("--output", type=Path, help="write the merged report (JSON) here")
    out.add_argument("--overlay", type=Path, help="write the merged report's overlay here")
    options = parser.parse_args(argv)
    try:
        merged = DriftReport.merge(DriftReport.load(path) for path in options.files)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if options.overlay is not None:
        options.overlay.write_text(merged.to_overlay(), encoding="utf-8")
    elif options.output is not None:
        merged.save(options.output)
    else:
        sys.stdout.write(json.dumps(merged.to_dict(), indent=2, ensure_ascii=False) + "\n")
    for line in merged.lines():
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
