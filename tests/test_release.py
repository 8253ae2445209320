"""``nox -s release``: "Unreleased" becomes a version, never lower than its changes need."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generator"))

import release

DAY = date(2026, 11, 27)


def _project(tmp_path: Path, bump: str | None) -> Path:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "0.1.0"\n')
    marker = f"\n<!-- bump: {bump} -->\n" if bump else ""
    (tmp_path / "CHANGELOG.md").write_text(
        f"# Changelog\n\n## Unreleased\n\n- **breaking**: a field removed\n{marker}\n"
        "## [0.1.0] - 2026-11-01\n\n- First.\n"
    )
    return tmp_path


@pytest.mark.parametrize(
    ("bump", "refused", "accepted"),
    [("minor", "0.1.9", "0.2.0"), ("patch", "0.1.0", "0.1.1"), (None, "0.0.9", "0.1.1")],
)
def test_the_version_must_cover_the_bump(
    tmp_path: Path, bump: str | None, refused: str, accepted: str
) -> None:
    root = _project(tmp_path, bump)
    with pytest.raises(release.ReleaseError, match="too low"):
        release.release(root, refused, DAY)
    assert "0.1.0" in (root / "pyproject.toml").read_text()  # nothing changed
    done = release.release(root, accepted, DAY)
    assert accepted in done
    assert f'version = "{accepted}"' in (root / "pyproject.toml").read_text()
    text = (root / "CHANGELOG.md").read_text()
    assert text.index("## Unreleased") < text.index(f"## [{accepted}] - 2026-11-27")
    assert text.index(f"## [{accepted}]") < text.index("a field removed") < text.index("## [0.1.0]")
    assert "<!-- bump" not in text


def test_a_version_that_is_not_one_is_refused(tmp_path: Path) -> None:
    with pytest.raises(release.ReleaseError, match="not a version"):
        release.release(_project(tmp_path, None), "next", DAY)
