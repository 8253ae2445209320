"""The documentation's pages, as a reader gets them: every Python example runs against the sandbox.

Each page under ``docs/`` is expanded as the site build expands it (``docs/hooks.py``: the
README's and the sandbox README's sections it includes), and its ```python blocks run in order
in one namespace per page holding ``sandbox_url`` and ``offer_path``, with a funded account's
credentials in the environment, as the pages say. The quickstart's blocks name the sandbox's
default address, ``http://127.0.0.1:8765``; they run against this test's sandbox instead. A
block that is a pytest test file (the sandbox README's example) runs under pytest, with the
plugin the package installs.

The site itself (``nox -s docs``) is built with ``--strict``; these tests need no MkDocs, so the
pages' includes and examples are checked by every run of the test suite.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from tradespec_sandbox import SandboxServer, serve_in_thread

from tests.examples_support import funded_namespace

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
DEFAULT_SANDBOX = "http://127.0.0.1:8765"


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tradespec_docs_hooks", DOCS / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hooks = _hooks()
PAGES = sorted(path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md"))


def page_text(page: str) -> str:
    text: str = hooks.expand((DOCS / page).read_text(encoding="utf-8"), ROOT)
    return text


def python_blocks(page: str) -> list[str]:
    return re.findall(r"(?m)^```python\n(.*?)^```", page_text(page), flags=re.S)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with serve_in_thread() as server:
        yield server


@pytest.fixture
def funded(
    sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, object]:
    """A funded account's credentials in the environment, and the namespace the pages assume."""
    return funded_namespace(sandbox, tmp_path, monkeypatch)


def test_every_page_expands() -> None:
    """Every include line names a file and section that are there (a renamed README heading
    fails here, in the default test run, and not only when the site is built)."""
    assert {"index.md", "quickstart.md", "guide.md", "sandbox.md", "errors.md"} <= set(PAGES)
    for page in PAGES:
        text = page_text(page)
        assert "<!-- include " not in text, page


def test_the_pages_have_the_examples_the_issue_asks_for() -> None:
    quickstart = "\n".join(python_blocks("quickstart.md"))
    for name in ("AltMarket(", "Hashgreen(", "AsyncAltMarket(", "AsyncHashgreen(", "asyncio.run"):
        assert name in quickstart, name
    errors = "\n".join(python_blocks("errors.md"))
    assert "OrderStateUnknownError" in errors and "lookup()" in errors
    sandbox = page_text("sandbox.md")
    for topic in ("sandbox_altmarket", "--catalog", "--live-shapes", "--rate-limit"):
        assert topic in sandbox, topic
    assert "TradespecError" in page_text("errors.md")
    assert "| fault | read | order | cancel | withdrawal |" in page_text("errors.md")
    assert "Version bump: minor" in page_text("api-changes.md")
    performance = page_text("performance.md")
    assert "| row | measured |" in performance and " target |" in performance


@pytest.mark.parametrize(
    "page", [page for page in PAGES if python_blocks(page)], ids=lambda page: page
)
def test_page_examples_run(
    page: str, funded: dict[str, object], sandbox: SandboxServer, tmp_path: Path
) -> None:
    namespace = dict(funded)
    printed = io.StringIO()
    for number, block in enumerate(python_blocks(page), 1):
        code = block.replace(DEFAULT_SANDBOX, str(sandbox))
        if re.search(r"(?m)^(async )?def test_", code):
            _run_as_pytest_file(code, tmp_path / f"test_docs_block_{number}.py")
            continue
        with contextlib.redirect_stdout(printed):
            exec(compile(code, f"docs/{page} python block {number}", "exec"), namespace)
    if page == "errors.md":
        assert "ServerError" in printed.getvalue()
        assert "placed: " in printed.getvalue()  # the lost answer's order was found


def _run_as_pytest_file(code: str, path: Path) -> None:
    path.write_text(code)
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", str(path), "-q", "-p", "no:cacheprovider"],
        capture_output=True,
        text=True,
        cwd=path.parent,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "failed" not in done.stdout


def test_the_site_check_finds_what_a_reader_would() -> None:
    """The built-site check of docs/hooks.py, on a small fake site."""
    with contextlib.ExitStack() as stack:
        import tempfile

        site = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        (site / "reference").mkdir()
        for page in hooks.REFERENCE_PAGES:
            ids = " ".join(f'<h2 id="{name}">' for name in hooks.REFERENCE_OBJECTS.get(page, ()))
            (site / page).write_text(f"<article>{ids}</article>")
        assert hooks.check_site(site) == []
        (site / "guide.html").write_text("<article><p>::: tradespec.Missing</p></article>")
        (site / "reference" / "errors.html").unlink()
        problems = hooks.check_site(site)
        assert any("reference/errors.html is missing" in problem for problem in problems)
        assert any("guide.html shows an unrendered ::: directive" in p for p in problems)


def test_the_readme_and_the_home_page_name_the_apis_they_are_built_on() -> None:
    """The Hashgreen document asks products built on its API to reference it and the DEX."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    home = page_text("index.md")
    for text in (readme[: readme.index("\n## ")], home):
        assert "Hashgreen DEX Trading API v1" in text
        assert "Hashgreen DEX (" in text or "[Hashgreen DEX](" in text
        assert "AltMarket Exchange API v1" in text


def test_the_readme_links_work_off_the_repository() -> None:
    """An index page or an IDE shows the README without the repository: no relative links."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)]+)\)", readme)
    assert [target for target in targets if not re.match(r"https?://|#", target)] == []
