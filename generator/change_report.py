"""What a regeneration changes, for users: in the API (the specs) and in the Python API.

``nox -s generate`` compares the specs and the public Python packages with what is committed
(``HEAD``) and prints a report; each change is marked breaking or not, and the version bump
follows (0.x: breaking -> minor, else patch). The report is added to ``CHANGELOG.md`` under
``## Unreleased``, with a ``<!-- bump: ... -->`` marker that ``nox -s release`` reads.

The Python API is compared by griffe (``find_breaking_changes``, and a walk of the public names
for what was added). For the specs no maintained diff tool installs from the package
registries alone (oasdiff and openapi-changes ship binaries from elsewhere), so the classifier
is the small one below:

* breaking: an operation removed; a parameter removed, added as required, or made required; a
  response status removed; a schema or a property removed; a property's type or format
  changed; an enum value removed; a field of an answer no longer required (its type gains
  ``None``); a field of a request body newly required;
* not breaking: operations, parameters, statuses, schemas, properties and enum values added; a
  field of an answer newly required; a request field no longer required; descriptions.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from spec_lint import operations

__all__ = ["Change", "Report", "api_changes", "python_changes", "report", "write_changelog"]

PACKAGES = ("altmarket_client", "hashgreen_client", "tradespec")
BUMPS = ("patch", "minor", "major")


@dataclass(frozen=True)
class Change:
    """One change a user can see."""

    where: str
    """``altmarket``, ``hashgreen`` (the specs) or ``python`` (the packages)."""
    text: str
    breaking: bool
    keys: tuple[str, ...] = ()
    """What in the Python API this change of the API implies names of: an operation id
    (``get_server_info``), a schema (``ServerInfo``), a field (``Order.client_order_id``)."""
    implied: tuple[str, ...] = ()
    """The changes of the Python API it implies (folded under it), each a line of its own."""


@dataclass(frozen=True)
class Report:
    changes: tuple[Change, ...]

    @property
    def bump(self) -> str | None:
        """The bump the changes need (0.x: breaking -> minor), None when nothing changed."""
        if not self.changes:
            return None
        breaking = any(c.breaking for c in self.changes)
        return "minor" if breaking else "patch"

    def lines(self, verbose: bool = False) -> list[str]:
        """One line per change; the Python names a change of the API implies are folded under
        it as a count (``verbose``: one line each)."""
        if not self.changes:
            return ["No change to the API or the Python API."]
        out = []
        for change in self.changes:
            mark = "**breaking**" if change.breaking else "additive"
            out.append(f"- {mark} ({change.where}): {change.text}")
            if change.implied and verbose:
                out.extend(f"  - python: {text}" for text in change.implied)
            elif change.implied:
                count = len(change.implied)
                out.append(
                    f"  - python: {count} name{'s' if count > 1 else ''} (`--verbose` lists them)"
                )
        out.append(f"Version bump: {self.bump}")
        return out


def snake(name: str) -> str:
    """A spec's name as openapi-python-client writes it in Python: ``clientOrderId`` ->
    ``client_order_id``, ``ServerInfo`` -> ``server_info``."""
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", words)
    return re.sub(r"[^0-9a-zA-Z]+", "_", words).strip("_").lower()


def _implied_by(key: str, name: str) -> bool:
    parts = name.split(".")
    if "." in key:  # a field: Schema.python_name as consecutive parts
        schema, field = key.split(".", 1)
        return any(parts[i : i + 2] == [schema, field] for i in range(len(parts) - 1))
    return key in parts or snake(key) in parts


def fold(api: list[Change], python: list[Change]) -> list[Change]:
    """The changes of the API, each with the changes of the Python API it implies folded into
    it (the most specific key first: a field, then an operation or schema); a breaking one only
    under a breaking change of the API, so that nothing breaking is hidden. Every other change
    of the Python API stays a line of its own."""
    implied: dict[int, list[str]] = {}
    rest: list[Change] = []
    ranked = sorted(
        ((key, index, change.breaking) for index, change in enumerate(api) for key in change.keys),
        key=lambda pair: "." not in pair[0],
    )
    for change in python:
        name = change.text.split("`")[1] if change.text.count("`") >= 2 else ""
        owner = None
        if name:
            owner = next(
                (
                    index
                    for key, index, breaking in ranked
                    if (breaking or not change.breaking) and _implied_by(key, name)
                ),
                None,
            )
        if owner is None:
            rest.append(change)
        else:
            implied.setdefault(owner, []).append(change.text)
    folded = [
        Change(c.where, c.text, c.breaking, c.keys, tuple(implied.get(i, ())))
        for i, c in enumerate(api)
    ]
    return folded + rest


# --------------------------------------------------------------------------- the specs


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 50:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, seen = target, seen + 1
    return node


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op.get("operationId") or f"{method} {path}": (method.upper(), path, op)
        for path, method, op in operations(spec)
    }


def _parameters(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for parameter in op.get("parameters") or []:
        parameter = _resolve(spec, parameter)
        if isinstance(parameter, dict) and "name" in parameter:
            out[f"{parameter.get('in', '?')} {parameter['name']}"] = parameter
    return out


def _schema_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value.rsplit("/", 1)[-1]
            else:
                yield from _schema_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schema_refs(value)


def _usage(spec: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The component schemas reachable from request bodies, and from answers."""
    schemas = (spec.get("components") or {}).get("schemas") or {}

    def closure(names: Iterable[str]) -> set[str]:
        found: set[str] = set()
        todo = list(names)
        while todo:
            name = todo.pop()
            if name in found or name not in schemas:
                continue
            found.add(name)
            todo.extend(_schema_refs(schemas[name]))
        return found

    requests: list[str] = []
    answers: list[str] = []
    for _method, _path, op in _operations(spec).values():
        requests.extend(_schema_refs(_resolve(spec, op.get("requestBody"))))
        for response in (op.get("responses") or {}).values():
            answers.extend(_schema_refs(_resolve(spec, response)))
    return closure(requests), closure(answers)


def _kind(schema: Any) -> str:
    if not isinstance(schema, dict):
        return repr(schema)
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = str(schema.get("type", "any"))
    if schema.get("format"):
        kind += f"/{schema['format']}"
    if kind.startswith("array") and isinstance(schema.get("items"), dict):
        kind += f" of {_kind(schema['items'])}"
    return kind


def api_changes(name: str, before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """What changed from ``before`` to ``after`` (two versions of one spec)."""
    changes: list[Change] = []

    def add(text: str, breaking: bool, *keys: str) -> None:
        changes.append(Change(name, text, breaking, keys))

    old_ops, new_ops = _operations(before), _operations(after)
    for op_id in sorted(new_ops.keys() - old_ops.keys()):
        method, path, _ = new_ops[op_id]
        add(f"operation `{op_id}` added (`{method} {path}`)", False, op_id)
    for op_id in sorted(old_ops.keys() - new_ops.keys()):
        method, path, _ = old_ops[op_id]
        add(f"operation `{op_id}` removed (`{method} {path}`)", True, op_id)
    for op_id in sorted(old_ops.keys() & new_ops.keys()):
        old_op, new_op = old_ops[op_id][2], new_ops[op_id][2]
        old_params, new_params = _parameters(before, old_op), _parameters(after, new_op)
        for key in sorted(new_params.keys() - old_params.keys()):
            required = bool(new_params[key].get("required"))
            word = "required" if required else "optional"
            add(f"`{op_id}`: {word} parameter `{key}` added", required, op_id)
        for key in sorted(old_params.keys() - new_params.keys()):
            add(f"`{op_id}`: parameter `{key}` removed", True)
        for key in sorted(old_params.keys() & new_params.keys()):
            if new_params[key].get("required") and not old_params[key].get("required"):
                add(f"`{op_id}`: parameter `{key}` made required", True)
            old_kind = _kind(old_params[key].get("schema"))
            new_kind = _kind(new_params[key].get("schema"))
            if old_kind != new_kind:
                add(f"`{op_id}`: parameter `{key}` retyped ({old_kind} -> {new_kind})", True)
        old_codes = set(map(str, old_op.get("responses") or {}))
        new_codes = set(map(str, new_op.get("responses") or {}))
        for code in sorted(new_codes - old_codes):
            add(f"`{op_id}`: answer `{code}` added", False)
        for code in sorted(old_codes - new_codes):
            add(f"`{op_id}`: answer `{code}` removed", True)

    old_schemas = (before.get("components") or {}).get("schemas") or {}
    new_schemas = (after.get("components") or {}).get("schemas") or {}
    requests, answers = _usage(after)
    old_answers = _usage(before)[1]
    for schema in sorted(new_schemas.keys() - old_schemas.keys()):
        add(f"schema `{schema}` added", False, schema)
    for schema in sorted(old_schemas.keys() - new_schemas.keys()):
        add(f"schema `{schema}` removed", True, schema)
    for schema in sorted(old_schemas.keys() & new_schemas.keys()):
        old, new = old_schemas[schema], new_schemas[schema]
        old_props = old.get("properties") or {}
        new_props = new.get("properties") or {}
        for prop in sorted(new_props.keys() - old_props.keys()):
            required = prop in (new.get("required") or []) and schema in requests
            add(
                f"`{schema}.{prop}` added ({_kind(new_props[prop])})",
                required,
                f"{schema}.{snake(prop)}",
            )
        for prop in sorted(old_props.keys() - new_props.keys()):
            add(f"`{schema}.{prop}` removed", True, f"{schema}.{snake(prop)}")
        for prop in sorted(old_props.keys() & new_props.keys()):
            old_kind, new_kind = _kind(old_props[prop]), _kind(new_props[prop])
            if old_kind != new_kind:
                add(
                    f"`{schema}.{prop}` retyped ({old_kind} -> {new_kind})",
                    True,
                    f"{schema}.{snake(prop)}",
                )
        old_required = set(old.get("required") or []) & set(new_props)
        new_required = set(new.get("required") or []) & set(new_props)
        for prop in sorted(new_required - old_required):
            add(f"`{schema}.{prop}` now required", schema in requests)
        for prop in sorted(old_required - new_required):
            add(f"`{schema}.{prop}` no longer required", schema in answers | old_answers)
        old_values, new_values = old.get("enum"), new.get("enum")
        if isinstance(old_values, list) and isinstance(new_values, list):
            for value in [v for v in new_values if v not in old_values]:
                add(f"`{schema}`: value {value!r} added", False, schema)
            for value in [v for v in old_values if v not in new_values]:
                add(f"`{schema}`: value {value!r} removed", True)
    return changes


# --------------------------------------------------------------------------- the Python API


def _public(obj: Any, prefix: str = "") -> dict[str, str]:
    """Every public name under ``obj`` (griffe object), with its kind: a module's ``__all__``
    when it has one, else what it defines (not what it imports)."""
    out: dict[str, str] = {}
    exported = getattr(obj, "exports", None)
    for name, member in obj.members.items():
        if name.startswith("_"):
            continue
        submodule = not member.is_alias and member.is_module
        if exported is not None and obj.is_module and not submodule:
            if name not in exported:
                continue
        elif member.is_alias:
            continue
        path = f"{prefix}{name}"
        try:
            kind = member.kind.value
        except Exception:  # an alias that does not resolve
            kind = "alias"
        out[path] = kind
        if kind in ("module", "class") and not member.is_alias:
            out.update(_public(member, f"{path}."))
    return out


def python_changes(before: Path, after: Path) -> list[Change]:
    """What changed in the public packages, ``before`` and ``after`` being checkouts (each
    holding ``generated/`` and ``wrapper/``)."""
    import griffe

    changes: list[Change] = []
    for package in PACKAGES:

        def load(root: Path, package: str = package) -> Any:
            search = [str(root / "generated"), str(root / "wrapper")]
            return griffe.load(package, search_paths=search, resolve_aliases=False)

        try:
            old = load(before)
        except ImportError:
            changes.append(Change("python", f"package `{package}` added", False))
            continue
        new = load(after)
        for breakage in griffe.find_breaking_changes(old, new):
            changes.append(Change("python", _breakage(breakage), True))
        old_names, new_names = _public(old), _public(new)
        for name in sorted(new_names.keys() - old_names.keys()):
            changes.append(Change("python", f"`{package}.{name}` added ({new_names[name]})", False))
    return changes


def _breakage(breakage: Any) -> str:
    """One line for a griffe breakage: the object, what happened, old -> new when it says."""
    found = breakage.as_dict()
    path = found.get("obj_path") or getattr(breakage.obj, "path", "?")
    text = f"`{path}`: {breakage.kind.value}"
    old, new = found.get("old_value"), found.get("new_value")
    if old is not None and new is not None:
        text += f" ({_short(old)} -> {_short(new)})"
    return text


def _short(value: Any) -> str:
    name = getattr(value, "name", None)
    text = str(name if isinstance(name, str) else value)
    return " ".join(text.split())[:80]


# --------------------------------------------------------------------------- the whole report


def committed_tree(repo: Path, into: Path) -> bool:
    """Extract ``HEAD``'s specs, generated packages and wrapper into ``into``; False when the
    folder is not a git checkout (a source distribution, say)."""
    try:
        archive = subprocess.run(
            ["git", "-C", str(repo), "archive", "HEAD", "specs", "generated", "wrapper"],
            check=True,
            capture_output=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return False
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return True


def report(repo: Path, specs: Path, generated_root: Path) -> Report | None:
    """The changes between ``HEAD`` and the working tree (``specs`` and ``generated_root``
    holding ``generated/`` and ``wrapper/``); None when there is no committed tree."""
    with tempfile.TemporaryDirectory(prefix="tradespec-head-") as name:
        head = Path(name)
        if not committed_tree(repo, head):
            return None
        changes: list[Change] = []
        for spec in sorted(specs.glob("*.yaml")):
            old_path = head / "specs" / spec.name
            before = yaml.safe_load(old_path.read_text()) if old_path.exists() else {}
            after = yaml.safe_load(spec.read_text())
            changes += api_changes(spec.stem, before or {}, after)
        python = python_changes(head, generated_root)
    return Report(tuple(fold(changes, python)))


_UNRELEASED = "## Unreleased"
_BUMP = re.compile(r"<!-- bump: (patch|minor|major) -->")
_HEADER = """# Changelog

All notable changes to tradespec. The format follows Keep a Changelog; versions follow semantic
versioning as a 0.x project does (a breaking change bumps the minor version, anything else the
patch version). `nox -s generate` adds the changes a regeneration brings under "Unreleased";
`nox -s release -- X.Y.Z` turns "Unreleased" into a version.

"""


def write_changelog(path: Path, found: Report, today: date | None = None) -> None:
    """Add ``found`` under ``## Unreleased`` (created if missing), lines not already there,
    and keep the strongest bump marker."""
    text = path.read_text(encoding="utf-8") if path.exists() else _HEADER
    if _UNRELEASED not in text:
        first = text.find("\n## ")
        cut = len(text) if first < 0 else first + 1
        text = text[:cut] + f"{_UNRELEASED}\n\n" + text[cut:]
    start = text.index(_UNRELEASED) + len(_UNRELEASED)
    end = text.find("\n## ", start)
    end = len(text) if end < 0 else end + 1
    section = text[start:end]
    bumps = [m.group(1) for m in _BUMP.finditer(section)]
    section = _BUMP.sub("", section).rstrip() + "\n"
    lines = [line for line in found.lines() if line.startswith("- ")]
    new = [line for line in lines if line not in section]
    if new:
        # One section per day: a second regeneration the same day adds to it.
        heading = f"### Regenerated {(today or date.today()).isoformat()}"
        at = section.find(heading + "\n")
        if at < 0:
            section += f"\n{heading}\n\n" + "\n".join(new) + "\n"
        else:
            after = section.find("\n### ", at + len(heading))
            after = len(section) if after < 0 else after
            day = section[:after].rstrip("\n") + "\n" + "\n".join(new) + "\n"
            section = day + section[after:]
    section = "\n" + section.strip("\n") + "\n"
    if found.bump:
        bumps.append(found.bump)
    if bumps:
        strongest = max(bumps, key=BUMPS.index)
        section += f"\n<!-- bump: {strongest} -->\n"
    text = text[:start] + "\n\n" + section.strip("\n") + "\n\n" + text[end:].lstrip("\n")
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")
