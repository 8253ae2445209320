"""The reference pages of the generated packages, written from their sources and their specs.

A page asks for one with a line of its own::

    <!-- models altmarket_client -->              one table per model: field, type, description
    <!-- operations altmarket_client exchange --> each operation of exchange.api once

mkdocstrings would render a model's every field under its own heading and each operation
twice (``TradingApi`` and ``AsyncTradingApi``), after the containers that hold them. These pages
read the same sources with griffe (what mkdocstrings reads) and the specs (a parameter's
description), and write what a reader looks up: a model's fields in one table under its class
docstring; an operation's call, sync and async together, its parameters and its answer. Each
model and operation heading carries the object's path as its id (``altmarket_client.models.Order``),
so the links of the other pages and of the signatures land on it.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path
from typing import Any

import griffe
import yaml

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SPECS = {
    "altmarket_client": ROOT / "specs" / "altmarket.yaml",
    "hashgreen_client": ROOT / "specs" / "hashgreen.yaml",
}

DIRECTIVE = re.compile(
    r"^<!-- (?P<kind>models|operations) (?P<package>\w+)(?: (?P<name>\w+))? -->$", re.M
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# What every model has besides its fields, said once at the top of the page.
_MODEL_METHODS = {"to_dict", "from_dict", "additional_keys", "additional_properties"}
# The async client of each package, named where an operation is shown awaited.
ASYNC_CLIENTS = {"altmarket_client": "AsyncAltMarket", "hashgreen_client": "AsyncHashgreen"}
# A call longer than this is written one parameter a line, as ruff formats it.
_LINE = 88


class ReferenceError(Exception):
    """A page asks for a package, model or operation that is not there."""


def expand(markdown: str) -> str:
    """The page with every reference line replaced by what it asks for."""

    def replace(match: re.Match[str]) -> str:
        if match["kind"] == "models":
            return models_page(match["package"])
        return operations_page(match["package"], match["name"] or "exchange")

    return DIRECTIVE.sub(replace, markdown)


def clear() -> None:
    """Forget what was read, for the next build (``mkdocs serve`` rebuilds in one process)."""
    _package.cache_clear()
    _spec_operations.cache_clear()


@cache
def _package(name: str) -> griffe.Module:
    if not (GENERATED / name).is_dir():
        raise ReferenceError(f"no generated package {name!r}")
    loaded = griffe.load(name, search_paths=[str(GENERATED)], resolve_aliases=True)
    assert isinstance(loaded, griffe.Module)
    return loaded


def _target(obj: griffe.Object | griffe.Alias) -> griffe.Object:
    return obj.final_target if isinstance(obj, griffe.Alias) else obj


def _exports(module: griffe.Object) -> list[str]:
    names = module.exports
    return [str(name) for name in names] if names else sorted(module.members)


def _cell(text: str) -> str:
    """Text fit for one table cell: one line, its pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _docstring(obj: griffe.Object) -> str:
    return obj.docstring.value.strip() if obj.docstring is not None else ""


# ------------------------------------------------------------------------------------ models


def _models(package: str) -> dict[str, griffe.Object]:
    models = _package(package)["models"]
    return {name: _target(models[name]) for name in _exports(models)}


def _type(annotation: object, package: str) -> str:
    """An annotation as Markdown: code, with the package's models linked to their table."""
    text = str(annotation).replace("typing.", "")
    known = _models(package)
    out: list[str] = []
    position = 0
    for word in _WORD.finditer(text):
        if word[0] in known:
            if word.start() > position:
                out.append(f"`{text[position : word.start()]}`")
            out.append(f"[`{word[0]}`][{package}.models.{word[0]}]")
            position = word.end()
    if position < len(text):
        out.append(f"`{text[position:]}`")
    return "".join(out)


def _is_enum(cls: griffe.Object) -> bool:
    return any(str(base).split(".")[-1] == "Enum" for base in getattr(cls, "bases", ()))


def models_page(package: str) -> str:
    """Every model of ``package.models``: its docstring and one table of its fields."""
    parts: list[str] = []
    for name, cls in _models(package).items():
        anchor = f"{package}.models.{name}"
        parts.append(f"[](){{#{cls.path}}}\n## `{name}` {{#{anchor}}}\n")
        doc = _docstring(cls)
        if doc:
            parts.append(doc + "\n")
        parts.append(_enum_table(cls) if _is_enum(cls) else _field_table(cls, package))
    return "\n".join(parts)


def _field_table(cls: griffe.Object, package: str) -> str:
    rows = ["| field | type | description |", "|---|---|---|"]
    for member in cls.members.values():
        attribute = _target(member)
        if member.name.startswith("_") or member.name in _MODEL_METHODS:
            continue
        if not attribute.is_attribute or attribute.annotation is None:
            continue
        if "ClassVar" in str(attribute.annotation):
            continue
        rows.append(
            f"| `{member.name}` | {_type(attribute.annotation, package)} "
            f"| {_cell(_docstring(attribute))} |"
        )
    if len(rows) == 2:
        return "No fields: everything the server sends is in `additional_properties`.\n"
    return "\n".join(rows) + "\n"


def _enum_table(cls: griffe.Object) -> str:
    rows = ["| member | equals | the API writes |", "|---|---|---|"]
    for member in cls.members.values():
        attribute = _target(member)
        if not member.name.isupper() or not attribute.is_attribute or attribute.value is None:
            continue
        try:
            value = ast.literal_eval(str(attribute.value))
        except (ValueError, SyntaxError):
            continue
        wire, text = value if isinstance(value, tuple) else (value, value)
        rows.append(f"| `{cls.name}.{member.name}` | `{text!r}` | `{wire!r}` |")
    return "\n".join(rows) + "\n"


# -------------------------------------------------------------------------------- operations


@cache
def _spec_operations(package: str) -> dict[str, dict[str, Any]]:
    spec = yaml.safe_load(SPECS[package].read_text(encoding="utf-8"))
    found: dict[str, dict[str, Any]] = {}
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = _resolved(spec, operation)
    return found


def _resolved(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    def deref(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    params = [deref(p) for p in operation.get("parameters", [])]
    body = deref(operation.get("requestBody", {}))
    return {"parameters": params, "requestBody": body}


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _parameter_descriptions(package: str, operation: str, method: griffe.Object) -> dict[str, str]:
    """Each parameter's description: the docstring's, else the spec's."""
    described: dict[str, str] = {}
    spec = _spec_operations(package).get(operation, {})
    for param in spec.get("parameters", []):
        if isinstance(param, dict) and "name" in param:
            described[_squash(param["name"])] = param.get("description", "")
    body = spec.get("requestBody") or {}
    if isinstance(body, dict):
        described["body"] = body.get("description", "") or "The request's body."
    if method.docstring is not None:
        # The facades list their parameters in an ``Args:`` section; ``:param`` lines read too.
        for style in ("sphinx", "google"):
            for section in method.docstring.parse(style):
                if section.kind is griffe.DocstringSectionKind.parameters:
                    for param in section.value:
                        if param.description:
                            described[_squash(param.name)] = param.description
    return described


def operations_page(package: str, client: str) -> str:
    """Each operation of ``package.api``, by tag: the call (sync, then awaited), what it does,
    its parameters and its answer."""
    api = _package(package)["api"]
    root = _target(api["Api"])
    parts: list[str] = []
    raw = ""
    for tag, prop in root.members.items():
        prop = _target(prop)
        if tag.startswith("_") or "property" not in prop.labels:
            continue
        if tag == "with_raw_response":
            raw_api = _target(api["RawApi"])
            async_raw_api = _target(api["AsyncRawApi"])
            raw = (
                f"[](){{#{async_raw_api.path}}}\n"
                f"## `{client}.api.with_raw_response` {{#{raw_api.path}}}\n\n"
                f"{_docstring(prop)}\n\n"
                f"Every operation above is there too, by the same tag and name and with the same "
                f"parameters: `{client}.api.with_raw_response.<tag>.<operation>(...)` answers a "
                "[`RawResponse`][tradespec._raw.RawResponse] of what the operation answers.\n"
            )
            continue
        facade_name = str(getattr(prop, "returns", None) or prop.annotation).split(".")[-1]
        facade = _target(api[tag][facade_name])
        async_facade = _target(api[tag]["Async" + facade_name])
        parts.append(
            f"[](){{#{async_facade.path}}}\n## `{client}.api.{tag}` {{#{facade.path}}}\n\n"
            f"{_docstring(prop)}\n"
        )
        for name, method in facade.members.items():
            method = _target(method)
            if name.startswith("_") or not method.is_function:
                continue
            if name not in async_facade.members:
                raise ReferenceError(f"{facade.path}.{name} has no async twin")
            parts.append(_operation(package, client, tag, method, async_facade.path))
    if not parts:
        raise ReferenceError(f"{package}.api.Api has no tags")
    return "\n".join([*parts, raw] if raw else parts)


def _operation(package: str, client: str, tag: str, method: griffe.Object, async_path: str) -> str:
    assert isinstance(method, griffe.Function)
    params = [p for p in method.parameters if p.name != "self"]
    call = f"{client}.api.{tag}.{method.name}"
    written: list[str] = []
    keyword_only = False
    for param in params:
        if param.kind is griffe.ParameterKind.keyword_only and not keyword_only:
            written.append("*")
            keyword_only = True
        text = f"{param.name}: {param.annotation}" if param.annotation else param.name
        if param.default is not None:
            text += f" = {param.default}"
        written.append(text)
    returns = f" -> {method.returns}"
    if len(f"{call}({', '.join(written)}){returns}") <= _LINE:
        signature = f"{call}({', '.join(written)}){returns}"
    else:
        signature = f"{call}(\n" + "".join(f"    {text},\n" for text in written) + f"){returns}"
    doc = _docstring(method)
    summary, _, rest = doc.partition("\n")
    # The parameters are the table below, not the docstring's own list of them.
    rest = re.split(r"(?m)^(?::param |Args:[ \t]*$)", rest, maxsplit=1)[0].strip()
    lines = [
        f"[](){{#{async_path}.{method.name}}}",
        f"### `{method.name}` {{#{method.path}}}\n",
        f"**{summary.strip()}**\n" if summary.strip() else "",
        "```python",
        signature,
        f"await {call}(...)  # on {ASYNC_CLIENTS.get(package, 'the async client')}",
        "```\n",
    ]
    if rest:
        lines.append(rest + "\n")
    if params:
        described = _parameter_descriptions(package, method.name, method)
        lines += ["| parameter | type | description |", "|---|---|---|"]
        for param in params:
            kind = _type(param.annotation, package) if param.annotation else ""
            lines.append(
                f"| `{param.name}` | {kind} | {_cell(described.get(_squash(param.name), ''))} |"
            )
        lines[-1] += "\n"
    lines.append(f"Answers {_type(method.returns, package)}.\n")
    return "\n".join(line for line in lines if line != "")
