"""Reading the specs from tests: their operations, schemas and embedded examples."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

SPECS_DIR = Path(__file__).resolve().parent.parent / "specs"
METHODS = ("get", "post", "put", "patch", "delete")


@functools.cache
def load_spec(name: str) -> dict[str, Any]:
    """The spec ``specs/{name}.yaml`` as plain data."""
    with (SPECS_DIR / f"{name}.yaml").open(encoding="utf-8") as f:
        data: dict[str, Any] = yaml.safe_load(f)
    return data


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` (possibly several) to the object it names."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class ResponseExample:
    spec: str
    operation_id: str
    status: str
    name: str
    schema: dict[str, Any]
    value: Any

    @property
    def id(self) -> str:
        return f"{self.spec}:{self.operation_id}:{self.status}:{self.name}"


def operations(name: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation of a spec."""
    spec = load_spec(name)
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]


def response_examples(name: str, spec: dict[str, Any] | None = None) -> list[ResponseExample]:
    """Every example embedded in a response of the spec (``examples`` and ``example``), with
    the schema it illustrates. ``spec``: an edited copy instead of ``specs/{name}.yaml``."""
    spec = load_spec(name) if spec is None else spec
    found: list[ResponseExample] = []
    every = [
        item[method] for item in spec["paths"].values() for method in METHODS if method in item
    ]
    for operation in every:
        for status, response in operation["responses"].items():
            response = resolve(spec, response)
            for media in response.get("content", {}).values():
                # OpenAPI allows both: one ``example`` (the value itself) or named
                # ``examples`` (Example Objects, possibly $refs); the linter accepts either.
                values = [
                    (example_name, resolve(spec, example)["value"])
                    for example_name, example in media.get("examples", {}).items()
                ]
                if "example" in media:
                    values.append(("example", media["example"]))
                for example_name, value in values:
                    found.append(
                        ResponseExample(
                            spec=name,
                            operation_id=operation["operationId"],
                            status=str(status),
                            name=example_name,
                            schema=media["schema"],
                            value=value,
                        )
                    )
    return found
