"""Patches to the specs as OpenAPI Overlay 1.0 documents, written back keeping their layout.

    python generator/generate.py --overlay drift.yaml [--overlay other.yaml]

An overlay (https://spec.openapis.org/overlay/v1.0.0) is a list of actions, each a JSONPath
``target`` in the spec and an ``update`` (merged into what the target selects: an object's keys
added or replaced, an array's items appended) or ``remove: true``. ``tradespec.drift`` writes
them from live answers; a person may write one too. Its ``extends`` says which spec it patches:
the spec's file name (``altmarket.yaml``, or any path or URL ending in it), or the spec's
``info.title`` and ``info.version`` as ``urn:x-openapi:<title>:<version>`` (title percent-encoded),
which is what a client that has no ``specs/`` folder knows.

The actions are applied by oas-patch (its ``apply_overlay``; targets found by jsonpath-ng) to the
spec as ruamel.yaml reads it for a round trip, and the spec is written back by the same library:
comments, key order, anchors, quoting and block scalars stay as they are. :func:`dump` is the one
layout of the specs (the files are kept in it), so a patch changes only the lines it patches.
A target that selects nothing is refused (a renamed schema would otherwise make it a silent no-op).
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

__all__ = ["OverlayError", "apply", "dump", "load", "spec_named"]


class OverlayError(Exception):
    """An overlay cannot be applied: each line of ``lines`` says why."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()  # round trip
    yaml.preserve_quotes = True
    yaml.width = 100
    yaml.brace_single_entry_mapping_in_flow_sequence = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    # An explicit null stays written as null (ruamel would leave the value empty).
    yaml.representer.add_representer(
        type(None),
        lambda representer, _: representer.represent_scalar("tag:yaml.org,2002:null", "null"),
    )
    return yaml


# ruamel writes a flow mapping as {a: b}; the specs write { a: b } (a mapping value or a sequence
# item that ends its line; text inside descriptions is not touched).
_FLOW_MAPPING = re.compile(r"(?m)((?::|-) \[?)\{([^{}\s][^{}\n]*[^{}\s])\}(\]?)$")
# Where ruamel folds a long plain scalar it leaves the space before the break (folding drops it).
_TRAILING = re.compile(r"(?m)[ \t]+$")


def load(text: str) -> Any:
    """A spec (or an overlay) read for a round trip."""
    return _yaml().load(text)


def dump(data: Any) -> str:
    """The text of a spec read by :func:`load`, in the specs' layout."""
    out = io.StringIO()
    _yaml().dump(data, out)
    return _TRAILING.sub("", _FLOW_MAPPING.sub(r"\1{ \2 }\3", out.getvalue()))


def spec_named(extends: object, specs: Iterable[Path]) -> Path | None:
    """The spec an overlay's ``extends`` names: by its file name, or as
    ``urn:x-openapi:<title>:<version>``."""
    if not isinstance(extends, str) or not extends.strip():
        return None
    candidates = sorted(specs)
    if extends.startswith("urn:x-openapi:"):
        title, _, version = extends.removeprefix("urn:x-openapi:").rpartition(":")
        for path in candidates:
            info = (load(path.read_text(encoding="utf-8")) or {}).get("info") or {}
            if str(info.get("title")) == unquote(title) and str(info.get("version")) == version:
                return path
        return None
    name = extends.rstrip("/").rsplit("/", 1)[-1]
    return next((path for path in candidates if path.name == name), None)


def _check(overlay: Any, shown: str) -> list[str]:
    if not isinstance(overlay, dict):
        return [f"{shown}: not an Overlay document (a mapping with overlay, info, actions)"]
    problems = []
    if not str(overlay.get("overlay", "")).startswith("1.0"):
        problems.append(f"{shown}: overlay: expected 1.0.x, got {overlay.get('overlay')!r}")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        problems.append(f"{shown}: actions: expected a list of actions")
        return problems
    for index, action in enumerate(actions):
        where = f"{shown}#/actions/{index}"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            problems.append(f"{where}: an action needs a target (a JSONPath expression)")
        elif ("update" in action) == bool(action.get("remove")):
            problems.append(f"{where}: an action has either an update or remove: true")
    return problems


def apply(overlays: Iterable[Path], specs: Path) -> dict[Path, str]:
    """The patched text of each spec in ``specs`` an overlay extends (nothing is written); an
    :class:`OverlayError` with one line per problem if any overlay cannot be applied."""
    from jsonpath_ng.exceptions import JsonPathParserError
    from jsonpath_ng.ext.parser import parse
    from oas_patch.overlay import apply_overlay

    problems: list[str] = []
    patched: dict[Path, Any] = {}
    for path in overlays:
        shown = str(path)
        try:
            overlay = load(path.read_text(encoding="utf-8"))
        except OSError as exc:
            problems.append(f"{shown}: cannot be read ({exc.strerror or exc})")
            continue
        except Exception as exc:  # ruamel's YAMLError and its kin
            problems.append(f"{shown}: not valid YAML ({' '.join(str(exc).split())[:200]})")
            continue
        found = _check(overlay, shown)
        spec_path = spec_named(overlay.get("extends") if isinstance(overlay, dict) else None,
                               specs.glob("*.yaml"))  # fmt: skip
        if spec_path is None and not found:
            names = ", ".join(p.name for p in sorted(specs.glob("*.yaml")))
            found.append(
                f"{shown}: extends {overlay.get('extends')!r} names none of the specs ({names})"
            )
        if found:
            problems += found
            continue
        assert spec_path is not None
        if spec_path not in patched:
            patched[spec_path] = load(spec_path.read_text(encoding="utf-8"))
        document = patched[spec_path]
        for index, action in enumerate(overlay["actions"]):
            try:
                matches = parse(action["target"]).find(document)
            except (JsonPathParserError, Exception) as exc:
                problems.append(f"{shown}#/actions/{index}: target {action['target']!r}: {exc}")
                continue
            if not matches:
                problems.append(
                    f"{shown}#/actions/{index}: target {action['target']!r} selects nothing in "
                    f"{spec_path.name}"
                )
        if not problems:
            # The overlay's own nodes, as it writes them (its quoting and styles kept).
            apply_overlay(document, {"actions": copy.deepcopy(overlay["actions"])})
    if problems:
        raise OverlayError(problems)
    return {path: dump(document) for path, document in patched.items()}
