"""The pytest plugin: cheap to load, harmless without the sandbox extra, clear when it is needed.

Each case runs pytest in a subprocess on a small test directory written for it.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

BLOCK_EXTRA = """
import sys
sys.modules["starlette"] = None  # as if the sandbox extra were not installed
sys.modules["uvicorn"] = None
"""

USES_NOTHING = """
def test_plain() -> None:
    assert 1 + 1 == 2
"""

USES_A_FIXTURE = """
def test_needs_the_sandbox(sandbox_server: object) -> None:
    assert sandbox_server is not None
"""


def run_pytest(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", str(directory), "-q", "-p", "no:cacheprovider", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=directory,
    )


def write(directory: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return directory


def test_loading_the_plugin_imports_nothing_of_the_server() -> None:
    probe = (
        "import sys, tradespec_sandbox.pytest_plugin\n"
        "heavy = ['starlette', 'uvicorn', 'pydantic', 'tradespec_sandbox.server', 'tradespec']\n"
        "print(sorted(name for name in heavy if name in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "[]"


def test_the_plugin_is_registered_and_documents_its_options(tmp_path: Path) -> None:
    result = run_pytest(write(tmp_path, {"test_plain.py": USES_NOTHING}), "--help")
    assert "--sandbox-live-shapes" in result.stdout
    assert "--sandbox-rate-limit=N" in result.stdout
    markers = run_pytest(tmp_path, "--markers").stdout
    assert "@pytest.mark.sandbox(live_shapes=None, rate_limit=None" in markers


def test_without_the_extra_only_the_tests_using_a_fixture_fail_and_say_why(
    tmp_path: Path,
) -> None:
    files = {"conftest.py": BLOCK_EXTRA, "test_a.py": USES_NOTHING, "test_b.py": USES_A_FIXTURE}
    result = run_pytest(write(tmp_path, files))
    assert "1 passed, 1 error" in result.stdout, result.stdout + result.stderr
    assert "During handling" not in result.stdout
    assert (
        "the tradespec sandbox fixtures need the sandbox extra (starlette is missing): "
        'pip install "tradespec[sandbox]"'
    ) in result.stdout


def test_a_bad_marker_is_a_usage_error(tmp_path: Path) -> None:
    files = {
        "test_bad.py": """
        import pytest

        @pytest.mark.sandbox(shapes=True)
        def test_misspelt(sandbox_server: object) -> None:
            pass
        """
    }
    result = run_pytest(write(tmp_path, files))
    assert result.returncode != 0
    assert "@pytest.mark.sandbox: unknown 'shapes'" in result.stdout + result.stderr


def test_a_catalog_that_cannot_be_read_fails_the_test_in_one_line(tmp_path: Path) -> None:
    files = {
        "test_catalog.py": """
        import pytest

        @pytest.mark.sandbox(catalog="missing.yaml")
        def test_listing(sandbox_server: object) -> None:
            pass
        """
    }
    result = run_pytest(write(tmp_path, files))
    assert "1 error" in result.stdout
    assert "the tradespec sandbox cannot start: cannot read the catalog 'missing.yaml'" in (
        result.stdout
    )


def readme_block(language: str, containing: str) -> str:
    """The sandbox README's fenced ``language`` block that contains ``containing``."""
    text = (Path(__file__).resolve().parents[2] / "sandbox" / "README.md").read_text("utf-8")
    blocks = re.findall(rf"```{language}\n(.*?)```", text, flags=re.S)
    (block,) = [b for b in blocks if containing in b]
    return str(block)


def test_the_readme_example_test_file_passes(tmp_path: Path) -> None:
    example = readme_block("python", "pytestmark = pytest.mark.sandbox")
    tests = len(re.findall(r"(?m)^(?:async )?def test_", example))
    config = readme_block("toml", "asyncio_default_fixture_loop_scope")
    files = {"test_example.py": example, "pyproject.toml": config}
    result = run_pytest(write(tmp_path, files), "-p", "asyncio", "-W", "error::DeprecationWarning")
    output = result.stdout + result.stderr
    assert f"{tests} passed" in result.stdout, output
    # The README's two lines of configuration silence pytest-asyncio's loop-scope warning.
    assert "asyncio_default_fixture_loop_scope" not in output, output
