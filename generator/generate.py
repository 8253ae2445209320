"""Regenerate every package under ``generated/`` from ``specs/``.

    python generator/generate.py [OUTPUT_DIR]

OUTPUT_DIR defaults to ``generated/``; ``nox -s generated`` points it at a temporary folder and
compares. Output is deterministic: the generators run with fixed versions
(``generator/requirements.txt``), no timestamps, and one ruff configuration (the project's
``pyproject.toml``) whatever folder the output lands in.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATOR = ROOT / "generator"
TEMPLATES = GENERATOR / "templates"
RUFF_CONFIG = ROOT / "pyproject.toml"

CLIENTS = {
    "altmarket_client": ("altmarket.yaml", "altmarket-client.yaml"),
    "hashgreen_client": ("hashgreen.yaml", "hashgreen-client.yaml"),
}
MODELS_PACKAGE = "tradespec_sandbox_models"
MODELS = {"altmarket": "altmarket.yaml", "hashgreen": "hashgreen.yaml"}

# datamodel-code-generator options for the sandbox's pydantic v2 models. Money is Decimal:
# AltMarket's doubles and Hashgreen's decimal strings alike.
DATAMODEL_OPTIONS = [
    "--input-file-type=openapi",
    "--output-model-type=pydantic_v2.BaseModel",
    "--target-python-version=3.11",
    "--disable-timestamp",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-annotated",
    "--field-constraints",
    "--use-schema-description",
    "--use-field-description",
    "--use-double-quotes",
    "--openapi-scopes",
    "schemas",
    "parameters",
    "--type-mappings",
    "number+double=decimal",
    "string+decimal=decimal",
    "--no-formatters",
]

MODELS_INIT = '''"""Pydantic v2 models of both specs, for the sandbox exchange.

Written by ``generator/generate.py`` (datamodel-code-generator); never edit by hand.
"""
'''


def run(*args: str | Path, cwd: Path = ROOT) -> None:
    subprocess.run([str(a) for a in args], cwd=cwd, check=True)


def tool(name: str) -> str:
    """A console script installed beside this interpreter (the nox session's venv)."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def generate_client(package: str, spec: str, config: str, out: Path) -> None:
    target = out / package
    args: list[str | Path] = [
        tool("openapi-python-client"),
        "generate",
        "--path",
        SPECS / spec,
        "--config",
        GENERATOR / config,
        "--meta",
        "none",
        "--output-path",
        target,
        "--overwrite",
    ]
    if TEMPLATES.is_dir():
        args += ["--custom-template-path", TEMPLATES]
    run(*args)
    (target / "py.typed").write_text("")


def generate_models(out: Path) -> None:
    target = out / MODELS_PACKAGE
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text(MODELS_INIT)
    (target / "py.typed").write_text("")
    for module, spec in MODELS.items():
        run(
            tool("datamodel-codegen"),
            "--input",
            SPECS / spec,
            "--output",
            target / f"{module}.py",
            *DATAMODEL_OPTIONS,
        )


def format_tree(path: Path) -> None:
    ruff = tool("ruff")
    run(ruff, "check", "--config", RUFF_CONFIG, "--fix-only", "--quiet", "--exit-zero", path)
    run(ruff, "format", "--config", RUFF_CONFIG, "--quiet", path)


def generate(out: Path) -> None:
    # Build everything in a scratch folder first, then swap it in, so a failed run never leaves
    # a half-written generated/ behind.
    with tempfile.TemporaryDirectory(prefix="tradespec-gen-") as scratch_name:
        scratch = Path(scratch_name)
        for package, (spec, config) in CLIENTS.items():
            generate_client(package, spec, config, scratch)
        generate_models(scratch)
        # ruff decides some things by path (per-file-ignores on generated/**): format the
        # scratch copy as if it lived in generated/.
        staged = ROOT / ".generate-staging"
        shutil.rmtree(staged, ignore_errors=True)
        shutil.copytree(scratch, staged / "generated")
        try:
            format_tree(staged / "generated")
            out.mkdir(parents=True, exist_ok=True)
            for child in sorted((staged / "generated").iterdir()):
                dest = out / child.name
                shutil.rmtree(dest, ignore_errors=True)
                shutil.copytree(child, dest)
        finally:
            shutil.rmtree(staged, ignore_errors=True)


if __name__ == "__main__":
    generate(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "generated")
