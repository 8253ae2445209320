"""The reliability suite: figures counted by the tests, printed at the end of the run."""

from __future__ import annotations

import pytest

from tests.reliability import figures


@pytest.fixture(autouse=True)
def _no_credentials_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ALTMARKET_API_KEY", "ALTMARKET_API_SECRET", "HASHGREEN_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The README check runs last, once every figure of the run is counted."""
    last = [item for item in items if item.path.name == "test_readme_figures.py"]
    items[:] = [item for item in items if item.path.name != "test_readme_figures.py"] + last


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not figures.FIGURES:
        return
    terminalreporter.section("reliability figures")
    for line in figures.summary_lines():
        terminalreporter.write_line(line)
    path = figures.write_json()
    terminalreporter.write_line(f"(also in {path.relative_to(figures.ROOT)})")
