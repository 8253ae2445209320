"""``nox -s release -- X.Y.Z``: "Unreleased" in CHANGELOG.md becomes version X.Y.Z.

The version is set in ``pyproject.toml`` (``tradespec.__version__`` reads the installed
metadata). A version is refused when it is not above the last one by at least the bump the
changes need: the ``<!-- bump: ... -->`` marker that ``nox -s generate`` keeps in "Unreleased"
(0.x: a breaking change needs a minor bump, anything else a patch).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

__all__ = ["ReleaseError", "minimum", "release"]

_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_PYPROJECT_VERSION = re.compile(r'(?m)^version = "([^"]+)"$')
_BUMP = re.compile(r"<!-- bump: (patch|minor|major) -->\n?")
_UNRELEASED = "## Unreleased"


class ReleaseError(Exception):
    """The release cannot be made; the message says why."""


def _parse(text: str) -> tuple[int, int, int]:
    match = _VERSION.match(text)
    if match is None:
        raise ReleaseError(f"{text!r} is not a version X.Y.Z")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def minimum(current: str, bump: str) -> tuple[int, int, int]:
    """The lowest version that ``bump`` allows after ``current`` (0.x: major bumps minor)."""
    major, minor, patch = _parse(current)
    if bump == "patch":
        return major, minor, patch + 1
    if bump == "minor" or major == 0:
        return major, minor + 1, 0
    return major + 1, 0, 0


def release(root: Path, version: str, today: date) -> str:
    """Make the release; returns what was done, in one line."""
    wanted = _parse(version)
    pyproject = root / "pyproject.toml"
    changelog = root / "CHANGELOG.md"
    project = pyproject.read_text(encoding="utf-8")
    found = _PYPROJECT_VERSION.search(project)
    if found is None:
        raise ReleaseError("pyproject.toml has no version line")
    current = found.group(1)
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    if _UNRELEASED not in text:
        raise ReleaseError('CHANGELOG.md has no "## Unreleased" section: nothing to release')
    start = text.index(_UNRELEASED)
    end = text.find("\n## ", start + len(_UNRELEASED))
    end = len(text) if end < 0 else end + 1
    section = text[start + len(_UNRELEASED) : end]
    bumps = _BUMP.findall(section)
    bump = max(bumps, key=("patch", "minor", "major").index) if bumps else "patch"
    lowest = minimum(current, bump)
    if wanted < lowest:
        need = ".".join(map(str, lowest))
        raise ReleaseError(
            f"{version} is too low: the changes since {current} need a {bump} bump, "
            f"so at least {need}"
        )
    body = _BUMP.sub("", section).strip("\n")
    released = f"{_UNRELEASED}\n\n## [{version}] - {today.isoformat()}\n\n{body}\n\n"
    changelog.write_text(text[:start] + released + text[end:].lstrip("\n"), encoding="utf-8")
    pyproject.write_text(
        project[: found.start(1)] + version + project[found.end(1) :], encoding="utf-8"
    )
    return f"released {version} (was {current}; the changes needed a {bump} bump)"
