"""Checks of a spec that neither the OpenAPI validator nor the generator makes, one line each.

    python generator/spec_lint.py specs/altmarket.yaml specs/hashgreen.yaml

The validator accepts a schema with a key that means nothing (a YAML flow mapping cut short by
an unquoted comma leaves one behind, and the description with it), and the generator drops what
it cannot resolve with a warning. Both are mistakes here, as are the gaps that leave users
without documentation or tests without examples:

* a ``$ref`` that does not resolve;
* a key a schema object cannot have (OpenAPI 3.1 / JSON Schema keywords and ``x-`` extensions
  are known; anything else is a typo or a broken flow mapping);
* a schema property, or a parameter, without a ``description``;
* an operation without an ``operationId``, a tag, or an example of its success answer (an
  ``example`` or ``examples``, both OpenAPI);
* an operation's tag that the spec's ``tags`` do not declare (a typo would make a new public
  ``exchange.api.<tag>``);
* an ``x-tradespec-*`` extension the generator does not know, or with a value it does not take.

Redocly CLI and Spectral (Node tools) would catch some of this; the project's checks must run
where only Python is installed, so these few rules live here, in one small module.
Each problem is one line: ``file#/json/pointer: what is wrong``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

__all__ = ["METHODS", "lint", "main", "operations"]

# The keywords a schema object may hold (OpenAPI 3.1 Schema Object = JSON Schema 2020-12 + these).
SCHEMA_KEYS = frozenset(
    {
        "$ref", "$id", "$schema", "$comment", "$defs", "$anchor", "$dynamicRef", "$dynamicAnchor",
        "type", "format", "title", "description", "default", "examples", "example", "enum",
        "const", "deprecated", "readOnly", "writeOnly", "nullable",
        "properties", "additionalProperties", "patternProperties", "propertyNames",
        "unevaluatedProperties", "required", "minProperties", "maxProperties",
        "dependentRequired", "dependentSchemas",
        "items", "prefixItems", "contains", "minContains", "maxContains", "minItems", "maxItems",
        "uniqueItems", "unevaluatedItems",
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "discriminator",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "pattern", "contentEncoding", "contentMediaType",
        "contentSchema", "xml", "externalDocs",
    }
)  # fmt: skip
EXTENSIONS = {
    "x-tradespec-retry": {"safe", "keyed", "never"},
    "x-tradespec-idempotency-key": None,  # a body field's name
    "x-tradespec-order": {True, False},
    "x-tradespec-paging": {"page"},
}
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SUB_SCHEMAS = ("items", "additionalProperties", "not", "if", "then", "else", "contains")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation of ``spec``, in the spec's order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                yield path, method, operation


def _pointer(parts: tuple[str | int, ...]) -> str:
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


# What the engine writes: a JSON body (types.write_json) or a form.
SENDABLE_BODIES = ("application/json", "application/x-www-form-urlencoded")


class _Linter:
    def __init__(self, path: Path, spec: dict[str, Any]) -> None:
        self.path = path
        self.spec = spec
        self.problems: list[str] = []

    def problem(self, where: tuple[str | int, ...], what: str) -> None:
        self.problems.append(f"{self.path}{_pointer(where)}: {what}")

    def resolve(self, ref: str, where: tuple[str | int, ...]) -> Any:
        if not ref.startswith("#/"):
            self.problem(where, f"$ref {ref!r} is not a local reference")
            return None
        node: Any = self.spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                self.problem(where, f"$ref {ref!r} does not resolve")
                return None
            node = node[part]
        return node

    # ------------------------------------------------------------ schemas

    def schema(self, node: Any, where: tuple[str | int, ...], *, property_of: bool) -> None:
        if not isinstance(node, dict):
            if not isinstance(node, bool):
                self.problem(where, f"a schema must be an object, got {type(node).__name__}")
            return
        for key in node:
            if key not in SCHEMA_KEYS and not str(key).startswith("x-"):
                self.problem(where, f"unknown key {key!r} in a schema (a broken flow mapping?)")
        if "$ref" in node:
            self.resolve(node["$ref"], (*where, "$ref"))
        if property_of and not node.get("description"):
            self.problem(where, "property without a description")
        for name, sub in (node.get("properties") or {}).items():
            self.schema(sub, (*where, "properties", name), property_of=True)
        for key in SUB_SCHEMAS:
            if isinstance(node.get(key), dict):
                self.schema(node[key], (*where, key), property_of=False)
        for key in SCHEMA_LISTS:
            for index, sub in enumerate(node.get(key) or []):
                self.schema(sub, (*where, key, index), property_of=False)

    # ------------------------------------------------------------ operations

    def parameter(self, node: Any, where: tuple[str | int, ...]) -> None:
        if isinstance(node, dict) and "$ref" in node:
            node = self.resolve(node["$ref"], (*where, "$ref"))
        if not isinstance(node, dict):
            return
        if not node.get("description"):
            self.problem(where, f"parameter {node.get('name')!r} without a description")
        if "schema" in node:
            self.schema(node["schema"], (*where, "schema"), property_of=False)

    def operation(self, op: dict[str, Any], where: tuple[str | int, ...]) -> None:
        if not op.get("operationId"):
            self.problem(where, "operation without an operationId")
        if not op.get("tags"):
            self.problem(where, "operation without a tag")
        declared = [t.get("name") for t in self.spec.get("tags") or [] if isinstance(t, dict)]
        for index, tag in enumerate(op.get("tags") or []):
            if tag not in declared:
                known = ", ".join(str(name) for name in declared) or "none"
                self.problem(
                    (*where, "tags", index),
                    f"tag {tag!r} is not declared in the spec's tags (declared: {known})",
                )
        for key, value in op.items():
            if str(key).startswith("x-tradespec-"):
                if key not in EXTENSIONS:
                    self.problem((*where, key), f"unknown extension {key!r}")
                elif EXTENSIONS[key] is not None and value not in EXTENSIONS[key]:  # type: ignore[operator]
                    self.problem((*where, key), f"{key} cannot be {value!r}")
        keyed = op.get("x-tradespec-retry") == "keyed"
        if keyed != ("x-tradespec-idempotency-key" in op):
            self.problem(where, "x-tradespec-retry: keyed goes with x-tradespec-idempotency-key")
        for index, parameter in enumerate(op.get("parameters") or []):
            self.parameter(parameter, (*where, "parameters", index))
        body = op.get("requestBody")
        if isinstance(body, dict):
            for media, content in (body.get("content") or {}).items():
                if media not in SENDABLE_BODIES:
                    self.problem(
                        (*where, "requestBody", "content", media),
                        f"a {media} body: tradespec sends {' and '.join(SENDABLE_BODIES)} bodies",
                    )
                if "schema" in content:
                    schema_where = (*where, "requestBody", "content", media, "schema")
                    self.schema(content["schema"], schema_where, property_of=False)
        responses = op.get("responses") or {}
        success = [code for code in responses if str(code).startswith("2")]
        if not success:
            self.problem((*where, "responses"), "no success (2xx) answer")
        for code, response in responses.items():
            response_where = (*where, "responses", code)
            if isinstance(response, dict) and "$ref" in response:
                response = self.resolve(response["$ref"], (*response_where, "$ref"))
            if not isinstance(response, dict):
                continue
            for media, content in (response.get("content") or {}).items():
                content_where = (*response_where, "content", media)
                if "schema" in content:
                    self.schema(content["schema"], (*content_where, "schema"), property_of=False)
                if str(code) in success and not (content.get("example") or content.get("examples")):
                    self.problem(content_where, "success answer without an example")

    def run(self) -> list[str]:
        for path, method, operation in operations(self.spec):
            self.operation(operation, ("paths", path, method))
        components = self.spec.get("components") or {}
        for name, node in (components.get("schemas") or {}).items():
            self.schema(node, ("components", "schemas", name), property_of=False)
        for name, node in (components.get("parameters") or {}).items():
            self.parameter(node, ("components", "parameters", name))
        return self.problems


def _walk_refs(
    node: Any, where: tuple[str | int, ...]
) -> Iterator[tuple[str, tuple[str | int, ...]]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value, (*where, key)
            else:
                yield from _walk_refs(value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_refs(value, (*where, index))


def lint(path: Path, name: str | None = None) -> list[str]:
    """Every problem of the spec at ``path``, one line each (empty: none), the file named
    ``name`` in them (default: ``path`` as given)."""
    shown = Path(name) if name is not None else path
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        return [f"{shown}:{line}: not valid YAML ({getattr(exc, 'problem', exc)})"]
    if not isinstance(spec, dict):
        return [f"{shown}: not an OpenAPI document"]
    linter = _Linter(shown, spec)
    problems = linter.run()
    # Every $ref anywhere (examples and responses included) must resolve, reported once.
    for ref, where in _walk_refs(spec, ()):
        linter.resolve(ref, where)
    return list(dict.fromkeys(problems + linter.problems))


def main(argv: list[str]) -> int:
    problems = [line for name in argv for line in lint(Path(name))]
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
