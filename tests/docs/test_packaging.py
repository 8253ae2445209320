"""The distributions, as a packager and a user get them.

* the sdist holds the whole project needed to build, check and test it: every file git tracks
  (CI's script aside), and nothing from outside the project's folders (no caches, no venvs);
* the wheel holds the five packages, typed, with the license, and no tests;
* installed from the wheel into a clean virtual environment: without the extra,
  ``tradespec-sandbox`` answers in one line what to install; with it, the sandbox starts, and
  the documentation's quickstart runs against it, with the demo credentials it prints.

``nox -s build`` runs this file on what it built with ``python -m build`` (``TRADESPEC_DIST``);
in the test suite, the distributions are built here with uv (sdist, then the wheel from the
sdist, as ``python -m build`` does).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SDIST_ROOTS = {
    "wrapper", "generated", "sandbox", "specs", "generator", "tests", "examples", "bench",
    "docs", "noxfile.py", "mkdocs.yml", "README.md", "CHANGELOG.md", "LICENSE", ".gitignore",
    "pyproject.toml", "PKG-INFO",
}  # fmt: skip
NOT_IN_SDIST = (".ci/",)
PACKAGES = [
    "tradespec",
    "altmarket_client",
    "hashgreen_client",
    "tradespec_sandbox",
    "tradespec_sandbox_models",
]


def _uv() -> str:
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH (nox -s build runs these tests with python -m build)")
    return uv


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("TRADESPEC_DIST")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [_uv(), "build", "--quiet", "--out-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return out


def _one(dist: Path, pattern: str) -> Path:
    (found,) = sorted(dist.glob(pattern))
    return found


def test_the_sdist_holds_the_whole_project(dist: Path) -> None:
    with tarfile.open(_one(dist, "tradespec-*.tar.gz")) as sdist:
        names = {member.name.split("/", 1)[1] for member in sdist.getmembers() if member.isfile()}
    outside = sorted(name for name in names if name.split("/")[0] not in SDIST_ROOTS)
    assert outside == []
    junk = sorted(n for n in names if re.search(r"__pycache__|\.pyc$|(^|/)\.(nox|hypothesis)/", n))
    assert junk == []
    for needed in (
        "LICENSE",
        "noxfile.py",
        "tests/contract/test_examples.py",
        "tests/reliability/test_faults.py",
        "tests/docs/test_packaging.py",
        "tests/fixtures/chia-offers",
        "generator/requirements.txt",
        "docs/hooks.py",
    ):
        assert any(name == needed or name.startswith(needed + "/") for name in names), needed
    if shutil.which("git") and (ROOT / ".git").exists():
        tracked = subprocess.run(
            ["git", "-C", str(ROOT), "ls-files"], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        expected = {
            name
            for name in tracked
            if not name.startswith(NOT_IN_SDIST) and (ROOT / name).is_file()
        }
        assert sorted(expected - names) == []


def test_the_wheel_holds_the_typed_packages_and_the_license(dist: Path) -> None:
    with zipfile.ZipFile(_one(dist, "tradespec-*.whl")) as wheel:
        names = set(wheel.namelist())
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = wheel.read(metadata_name).decode()
    tops = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert tops == set(PACKAGES)
    for package in ("tradespec", "altmarket_client", "hashgreen_client"):
        assert f"{package}/py.typed" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert "License-Expression: MIT" in metadata
    assert "Provides-Extra: sandbox" in metadata
    assert "Project-URL: Hashgreen DEX Trading API v1, https://hash.green" in metadata
    assert "Hashgreen DEX Trading API v1" in metadata.split("\n\n", 1)[1]  # the README


@pytest.fixture(scope="module")
def venv(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A clean virtual environment with the wheel installed, without its extras."""
    uv = _uv()
    where = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run(
        [uv, "venv", "--quiet", "--python", sys.executable, str(where)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = _one(dist, "tradespec-*.whl")
    _install(uv, where, str(wheel))
    yield where


def _install(uv: str, venv: Path, requirement: str) -> None:
    done = subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"), requirement],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def test_the_console_script_without_the_extra_answers_in_one_line(venv: Path) -> None:
    done = subprocess.run(
        [str(venv / "bin" / "tradespec-sandbox")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=_clean_env(),
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert 'pip install "tradespec[sandbox]"' in done.stderr


def test_the_quickstart_runs_from_the_wheel_against_tradespec_sandbox(
    venv: Path, dist: Path, tmp_path: Path
) -> None:
    _install(_uv(), venv, f"{_one(dist, 'tradespec-*.whl')}[sandbox]")
    version = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import tradespec; print(tradespec.__version__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env=_clean_env(),
    ).stdout.strip()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), version

    quickstart = (ROOT / "docs" / "quickstart.md").read_text(encoding="utf-8")
    blocks = re.findall(r"(?m)^```python\n(.*?)^```", quickstart, flags=re.S)
    assert len(blocks) >= 3
    sandbox = subprocess.Popen(
        [str(venv / "bin" / "tradespec-sandbox"), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
        env=_clean_env(),
    )
    try:
        assert sandbox.stdout is not None
        printed: list[str] = []
        for line in sandbox.stdout:
            printed.append(line)
            if line.startswith("Press Ctrl+C"):
                break
        text = "".join(printed)
        found = re.search(r"listening on (http://\S+)", text)
        assert found is not None, text
        env = _clean_env() | dict(re.findall(r"export (\w+)=(\S+)", text))
        assert {"ALTMARKET_API_KEY", "ALTMARKET_API_SECRET", "HASHGREEN_TOKEN"} <= set(env)
        script = tmp_path / "quickstart.py"
        script.write_text("\n".join(blocks).replace("http://127.0.0.1:8765", found.group(1)))
        done = subprocess.run(
            [str(venv / "bin" / "python"), str(script)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
        assert "working" in done.stdout.lower()
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)


def _clean_env() -> dict[str, str]:
    """The environment without this test run's Python settings and credentials."""
    drop = ("PYTHON", "VIRTUAL_ENV", "PYTEST_", "ALTMARKET_", "HASHGREEN_")
    return {key: value for key, value in os.environ.items() if not key.startswith(drop)}
