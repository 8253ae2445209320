"""Every install command the README, the docs and the sandbox's README give, run as written.

Each ``pip install`` of those pages runs in a fresh venv, from a fresh clone of the repository
(what a reader has), in the order the pages give them, so that a command which builds the wheel
comes before the one that installs it. A git URL the reader fills in (``git+<repository URL>``)
is filled with the clone's own address. A command that installs ``tradespec`` by name from PyPI
is not run: it must sit in a sentence that says it works once tradespec is published.

It downloads from PyPI, so it runs in its own session (``nox -s install-lines``, part of
``nox``); the test suite alone skips it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = [
    "README.md",
    "sandbox/README.md",
    *sorted(f"docs/{p.name}" for p in (ROOT / "docs").glob("*.md")),
]
pytestmark = pytest.mark.skipif(
    os.environ.get("TRADESPEC_INSTALL_LINES") != "1",
    reason="downloads from PyPI: `nox -s install-lines` runs it",
)

# A pip install, however the page starts it, up to the end of its code span, line or comment.
_PIP = re.compile(r"(?:(?:python3|\.venv/bin/python) -m )?pip install [^`\n#]*")
_BUILD = re.compile(r"python3 -m build\b[^`\n#&]*")
_FENCE = re.compile(r"(?ms)^```(?:sh|bash|console)\n(.*?)^```")
_BY_NAME = re.compile(r"""pip install ["']?tradespec(?:\[[\w,]+\])?["']?\s*$""")
_GIT_URL = "<repository URL>"


@dataclass(frozen=True)
class Command:
    page: str
    text: str  # as the page writes it
    context: str  # the sentence or line around it

    def runnable(self) -> list[str]:
        """The shell steps: each pip install (and a build) of the line, in order."""
        steps = [part.strip() for part in self.text.split("&&")]
        return [step for step in steps if _PIP.fullmatch(step) or _BUILD.fullmatch(step)]


def install_commands() -> list[Command]:
    found: list[Command] = []
    for page in PAGES:
        text = (ROOT / page).read_text(encoding="utf-8")
        blocks = [match.span(1) for match in _FENCE.finditer(text)]
        for block_start, block_end in blocks:
            for line in text[block_start:block_end].splitlines():
                code = line.split("  #", 1)[0].strip()
                if _PIP.search(code):
                    found.append(Command(page, code, line))
        prose = text
        for start, end in reversed(blocks):
            prose = prose[:start] + prose[end:]
        paragraphs = re.split(r"\n\s*\n", prose)
        for paragraph in paragraphs:
            for match in re.finditer(r"`([^`]*pip install[^`]*)`", paragraph, flags=re.S):
                span = " ".join(match[1].split())
                for pip in _PIP.finditer(span):
                    found.append(
                        Command(page, pip[0].strip().removesuffix("&&").strip(), paragraph)
                    )
    return found


def test_the_pages_give_install_commands_of_every_kind() -> None:
    commands = {command.text for command in install_commands()}
    assert 'python3 -m pip install ".[sandbox]"' in commands
    assert any(_GIT_URL in text for text in commands)
    assert any("dist/tradespec-" in text for text in commands)
    assert any("nox[uv]" in text for text in commands)


def test_an_install_by_name_is_said_to_work_once_published() -> None:
    by_name = [c for c in install_commands() if _BY_NAME.search(c.text)]
    assert by_name
    unmarked = [c for c in by_name if "published" not in c.context]
    assert unmarked == []


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: nothing to clone")
    where = tmp_path_factory.mktemp("reader") / "tradespec"
    subprocess.run([git, "clone", "--quiet", str(ROOT), str(where)], check=True, timeout=300)
    return where


def _fresh_venv(where: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True, timeout=300)
    return where / "bin" / "python"


def test_every_install_command_works_in_a_fresh_venv(clone: Path, tmp_path: Path) -> None:
    done: dict[str, str] = {}
    failed: list[str] = []
    for number, command in enumerate(install_commands()):
        same = " && ".join(
            re.sub(r"^\.venv/bin/python ", "python3 ", step) for step in command.runnable()
        )
        if _BY_NAME.search(command.text) or same in done:
            continue
        python = _fresh_venv(tmp_path / f"venv{number}")
        env = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
        env["PATH"] = f"{python.parent}{os.pathsep}{env.get('PATH', '')}"
        env.pop("VIRTUAL_ENV", None)
        for step in command.runnable():
            # file://localhost/...: pip before 24 refuses a git+file URL with no host.
            shell = step.replace(_GIT_URL, f"file://localhost{clone.as_posix()}")
            shell = re.sub(r"^(?:python3|\.venv/bin/python) -m ", f"{python} -m ", shell)
            shell = re.sub(r"^pip install ", f"{python} -m pip install ", shell)
            run = subprocess.run(
                ["bash", "-c", shell + " --quiet" * ("pip install" in shell)],
                cwd=clone, env=env, capture_output=True, text=True, timeout=900, check=False,
            )  # fmt: skip
            if run.returncode != 0:
                failed.append(f"{command.page}: {step}\n{(run.stdout + run.stderr)[-3000:]}")
                break
        else:
            done[same] = command.page
            if "tradespec" in command.text or re.search(r"install \"?\.", command.text):
                probe = "import tradespec; print(tradespec.__version__)"
                if "[sandbox]" in command.text:
                    probe += "; import tradespec_sandbox.server, uvicorn"
                check = subprocess.run(
                    [str(python), "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                    timeout=120, check=False,
                )  # fmt: skip
                if check.returncode != 0:
                    failed.append(f"{command.page}: {command.text}: {check.stderr[-2000:]}")
    assert failed == [], "\n\n".join(failed)
    assert len(done) >= 5, done
