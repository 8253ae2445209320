"""Every task of the project: generation, its freshness check, lint, types, tests.

python3 -m pip install "nox[uv]" && python3 -m nox     # every check
python3 -m nox -s generate                              # after a spec or template change
python3 -m nox -s release -- 0.2.0                      # "Unreleased" becomes 0.2.0
"""

from __future__ import annotations

import filecmp
import os
import sys
import tempfile
from pathlib import Path

import nox

# The sessions run on the interpreter that runs nox (``python3 -m nox``: the python3 at hand),
# any CPython from 3.11 on; none is ever downloaded, by nox or by the uv it drives.
if sys.version_info < (3, 11):  # noqa: UP036 (nox itself may run on an older one)
    raise SystemExit(
        f"tradespec's sessions need Python 3.11 or later; this is {sys.version.split()[0]}. "
        "Run nox with a newer interpreter: python3.12 -m nox"
    )
os.environ["UV_PYTHON_DOWNLOADS"] = "never"
# A reused venv made by another interpreter (python3 is now 3.12, was 3.11) is made anew.
os.environ.setdefault("NOX_ENABLE_STALENESS_CHECK", "1")

nox.options.default_venv_backend = "uv"
nox.options.reuse_existing_virtualenvs = True
nox.options.download_python = "never"
# Only tests-all names interpreters (3.11 to 3.13); the ones this machine lacks are skipped.
nox.options.error_on_missing_interpreters = False
# A breaking spec change shows first as mypy's few lines about the wrapper: stop there, rather
# than run (and print) the whole test and reliability suites after it.
nox.options.stop_on_first_error = True
# docs and build take seconds (a strict site build; the wheel and sdist with twine check), so
# every run checks that the pages and the distributions still build, before the long reliability.
nox.options.sessions = [
    "generated", "lint", "typecheck", "tests", "docs", "build", "install-lines", "reliability",
]  # fmt: skip

ROOT = Path(__file__).parent
# None: the interpreter running nox. CI's is 3.11 (.ci/run).
PYTHON = None
# tests-all: the suite on each of these found on the machine (on PATH as python3.X).
PYTHONS_ALL = ["3.11", "3.12", "3.13"]
GENERATOR_REQUIREMENTS = "generator/requirements.txt"
RUFF = "ruff==0.17.5"
TYPECHECK_DEPS = [
    "mypy==2.4.1",
    "pyright[nodejs]==1.1.414",
    "types-PyYAML",
    "nox==2026.10.20",
    "playwright==1.65.2",
]
TEST_DEPS = [
    "pytest==9.2.0",
    "pytest-asyncio==1.5.0",
    "hypothesis==6.170.15",
    "pyyaml>=6",
    "schemathesis==4.32.5",
    "trustme==1.2.1",
    "jedi==0.20.1",
    # The otel extra's spans, read back by its in-memory exporter (tests/wrapper/test_observe.py).
    "opentelemetry-api==1.45.2",
    "opentelemetry-sdk==1.45.2",
    # An http_client= of httpx2's (Pydantic's continuation of httpx) runs the fault matrix too.
    "httpx2==2.16.2",
]
PUBLIC_PACKAGES = ["tradespec", "altmarket_client", "hashgreen_client"]
GENERATED_PACKAGES = ["altmarket_client", "hashgreen_client", "tradespec_sandbox_models"]


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Check the specs, regenerate generated/, and report what changed (added to CHANGELOG.md).

    ``nox -s generate -- --overlay FILE`` (repeatable) first applies an OpenAPI Overlay to the
    spec it extends (what ``tradespec.drift`` writes); ``-- --verbose`` lists every Python name
    the report folds under a change of the API."""
    session.install("-r", GENERATOR_REQUIREMENTS)
    session.run("python", "generator/generate.py", "--report", *session.posargs)


@nox.session(python=PYTHON)
def generated(session: nox.Session) -> None:
    """Check both specs, regenerate into a temporary folder, fail on any difference."""
    session.install("-r", GENERATOR_REQUIREMENTS)
    with tempfile.TemporaryDirectory(prefix="tradespec-check-") as tmp:
        session.run("python", "generator/generate.py", tmp)
        stale = _differences(Path(tmp), ROOT / "generated", GENERATED_PACKAGES)
    if stale:
        session.error(
            "generated/ is stale; run `nox -s generate` and commit. Differences:\n  "
            + "\n  ".join(stale)
        )


def _differences(fresh: Path, committed: Path, packages: list[str]) -> list[str]:
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(f"{prefix}{name} (only in fresh output)" for name in cmp.left_only)
        out.extend(f"{prefix}{name} (only in committed)" for name in cmp.right_only)
        # dircmp compares shallowly (by stat); compare contents for the common files.
        for name in cmp.common_files:
            if (Path(cmp.left) / name).read_bytes() != (Path(cmp.right) / name).read_bytes():
                out.append(f"{prefix}{name} (differs)")
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    for package in packages:
        ignore = ["__pycache__"]
        walk(filecmp.dircmp(fresh / package, committed / package, ignore=ignore), f"{package}/")
    return out


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check over the whole tree."""
    session.install(RUFF)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on wrapper, generated and tests; pyright --verifytypes on public packages;
    pyright strict on the wrapper and the typed bot."""
    session.install("-e", ".[sandbox]", *TYPECHECK_DEPS, *TEST_DEPS, "-r", GENERATOR_REQUIREMENTS)
    session.run(
        "mypy",
        "--strict",
        "wrapper",
        "generated",
        "sandbox",
        "tests",
        "bench",
        "examples",
        "generator",
        "noxfile.py",
    )
    for package in PUBLIC_PACKAGES:
        session.run("pyright", "--verifytypes", package, "--ignoreexternal")
    # pyright strict ([tool.pyright]) on the wrapper, and on a user's typed code: the bot uses
    # every documented form (strict for mypy above too).
    session.run("pyright", "wrapper", "examples/typed_bot.py")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test suite, against an installed tradespec (the reliability suite runs on its own).

    The generator is installed too: the regeneration walkthrough generates edited specs."""
    session.install("-e", ".[sandbox]", *TEST_DEPS, "-r", GENERATOR_REQUIREMENTS)
    session.run("pytest", "--ignore=tests/reliability", *session.posargs)


@nox.session(name="tests-all", python=PYTHONS_ALL)
def tests_all(session: nox.Session) -> None:
    """The test suite on each Python from 3.11 to 3.13 found on the machine; a missing one is
    skipped (nox says which), never downloaded. Not part of ``nox``: CI runs 3.11."""
    tests(session)


@nox.session(name="install-lines", python=PYTHON)
def install_lines(session: nox.Session) -> None:
    """Every install command of the README, the docs and the sandbox's README, as written, each
    in a fresh venv in a fresh clone (tests/docs/test_install_lines.py)."""
    session.install("pytest==9.2.0", "pytest-asyncio==1.5.0")
    session.run(
        "pytest",
        "tests/docs/test_install_lines.py",
        "-p",
        "no:cacheprovider",
        *session.posargs,
        env={"TRADESPEC_INSTALL_LINES": "1"},
    )


@nox.session(python=PYTHON)
def reliability(session: nox.Session) -> None:
    """Faults, bad input, secrets, transport security and load; prints the figures at the end.

    ``TRADESPEC_UPDATE_README=1 nox -s reliability`` writes them into the README's section.
    """
    session.install("-e", ".[sandbox]", *TEST_DEPS)
    session.run("pytest", "tests/reliability", *session.posargs)


@nox.session(name="reliability-full", python=PYTHON)
def reliability_full(session: nox.Session) -> None:
    """The reliability suite with the whole hostile-value corpus (every hostile value of every
    field, every structural case on every operation), not the fixed-seed sample."""
    session.install("-e", ".[sandbox]", *TEST_DEPS)
    session.run("pytest", "tests/reliability", *session.posargs, env={"TRADESPEC_HOSTILE": "full"})


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """tradespec against raw httpx and json.loads, as ratios measured in the same run."""
    # Installed, not editable, and compiled to bytecode as pip does: import time is measured as
    # users get it (uv installs without .pyc files by default, and PYTHONDONTWRITEBYTECODE may
    # keep the imports from writing them, so every fresh process would compile every module).
    # Reinstalled every run, since uv would otherwise keep a stale build of the same version.
    session.install("--reinstall-package", "tradespec", "--compile-bytecode", ".[sandbox]")
    session.run("python", "-m", "bench.run", *session.posargs)


@nox.session(python=PYTHON, venv_backend="none")
def release(session: nox.Session) -> None:
    """Turn CHANGELOG.md's "Unreleased" into a version: ``nox -s release -- X.Y.Z``.

    Sets the version in pyproject.toml (``tradespec.__version__`` reads the installed
    metadata), and refuses a version below what the changes need: the ``<!-- bump: ... -->``
    marker that ``nox -s generate`` keeps in "Unreleased" (0.x: breaking -> minor).
    """
    if len(session.posargs) != 1:
        session.error("usage: nox -s release -- X.Y.Z")
    import sys
    from datetime import date

    sys.path.insert(0, str(ROOT / "generator"))
    import release as releasing

    try:
        done = releasing.release(ROOT, session.posargs[0], date.today())
    except releasing.ReleaseError as exc:
        session.error(str(exc))
    session.log(done)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The tour: the embedded sandbox and both clients through every operation."""
    session.install("-e", ".[sandbox]")
    session.run("python", "examples/demo.py")


# The documentation site and the distributions (pinned; the docs need no package of the project:
# mkdocstrings reads the sources).
DOCS_DEPS = [
    "mkdocs==1.6.1",
    "mkdocs-material==9.8.1",
    "mkdocstrings[python]==1.0.8",
    "mkdocstrings-python==2.0.11",
    "griffe==2.4.1",
    "pymdown-extensions==13.1",
    RUFF,  # formats the signatures in the API reference
]
# The site's browser check drives the Chromium that is installed (Debian's), never a download.
SITE_TEST_DEPS = ["pytest==9.2.0", "pytest-asyncio==1.5.0", "playwright==1.65.2"]
BUILD_DEPS = ["build[uv]==1.6.1", "twine==7.0.0", "pytest==9.2.0", "pytest-asyncio==1.5.0"]


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """The documentation site, built strictly into build/site: every reference resolves, no
    warning, and docs/hooks.py checks the built pages; then tests/docs/test_site.py opens them
    from disk in a headless Chromium. Their examples run in tests/docs."""
    session.install(*DOCS_DEPS, *SITE_TEST_DEPS)
    session.run(
        "mkdocs", "build", "--strict", "--clean", *session.posargs, env={"NO_MKDOCS_2_WARNING": "1"}
    )
    # The built site in a headless Chromium, opened from disk (skipped, saying so, without one).
    session.run(
        "pytest",
        "tests/docs/test_site.py",
        "-p",
        "no:cacheprovider",
        env={"TRADESPEC_SITE": str(ROOT / "build" / "site")},
    )


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """The wheel and the sdist into dist/, ``twine check --strict``, then tests/docs/
    test_packaging.py on them: what each holds, and the wheel installed in a clean venv."""
    import shutil

    session.install(*BUILD_DEPS)
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    session.run("python", "-m", "build", "--installer", "uv", "--outdir", str(dist))
    session.run("twine", "check", "--strict", *(str(path) for path in sorted(dist.iterdir())))
    session.run(
        "pytest",
        "tests/docs/test_packaging.py",
        "-p",
        "no:cacheprovider",
        *session.posargs,
        env={"TRADESPEC_DIST": str(dist)},
    )
