"""Regenerate every package under ``generated/`` from ``specs/``.

    python generator/generate.py [OUTPUT_DIR] [--specs DIR] [--report [--verbose]]
                                 [--overlay FILE ...]

First the specs are checked: linted (``spec_lint``: a ``$ref`` that does not resolve, a key no
schema can hold, a property, parameter or success answer left undocumented) and validated
(openapi-spec-validator); any problem stops generation with one line per problem. Then both
generators run, and any warning of theirs is an error too (openapi-python-client would
otherwise drop what it cannot read and carry on). With ``--report``, what changed since
``HEAD`` in the API and in the Python API is printed and added to ``CHANGELOG.md``
(``change_report``): one line per change of the API, the Python names it implies folded
under it (``--verbose`` lists them).

``--overlay FILE`` (repeatable) first applies an OpenAPI Overlay 1.0 document to the spec its
``extends`` names (``overlay``: what ``tradespec.drift`` writes from live answers), checks the
patched specs as above and writes them back in place, keeping their comments and layout; then
generation runs as usual. Nothing is written if an overlay or a patched spec has a problem.

OUTPUT_DIR defaults to ``generated/``; ``nox -s generated`` points it at a temporary folder and
compares. ``--specs`` reads the specs from another folder (tests regenerate edited copies).
Output is deterministic: the generators run with fixed versions (``generator/requirements.txt``),
no timestamps, and one ruff configuration (the project's ``pyproject.toml``) whatever folder the
output lands in.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import spec_lint
import yaml

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


class GenerationError(Exception):
    """The specs or a generator said something is wrong: each line of ``lines`` says what."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def run(*args: str | Path, cwd: Path = ROOT) -> None:
    subprocess.run([str(a) for a in args], cwd=cwd, check=True)


def run_checked(*args: str | Path) -> None:
    """Run a generator; any warning or error it prints stops generation, its lines reported."""
    done = subprocess.run(
        [str(a) for a in args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    output = done.stdout + done.stderr
    noisy = [line for line in output.splitlines() if re.search(r"warning|error", line, re.I)]
    if done.returncode != 0 or noisy:
        lines = [line.strip() for line in output.splitlines() if line.strip()]
        raise GenerationError([f"{Path(str(args[0])).name}: {line}" for line in lines[:40]])


def check_specs(specs: Path) -> None:
    """Lint and validate every spec; one line per problem, and nothing generated if any."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    problems: list[str] = []
    for path in sorted(specs.glob("*.yaml")):
        shown = path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path
        found = spec_lint.lint(path, str(shown))
        problems += found
        if found:
            continue  # the validator would stumble on the same problems, less clearly
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        try:
            for error in OpenAPIV31SpecValidator(spec).iter_errors():
                pointer = "/".join(str(part) for part in error.path)
                message = " ".join(str(error.message).split())[:200]
                problems.append(f"{shown}#/{pointer}: {message}")
        except Exception as exc:  # the validator's own failures (an unresolvable $ref...)
            problems.append(f"{shown}: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
    if problems:
        raise GenerationError(problems)


def tool(name: str) -> str:
    """A console script installed beside this interpreter (the nox session's venv)."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def generate_client(package: str, spec: Path, config: str, out: Path) -> None:
    target = out / package
    args: list[str | Path] = [
        tool("openapi-python-client"),
        "generate",
        "--path",
        spec,
        "--config",
        GENERATOR / config,
        "--meta",
        "none",
        "--output-path",
        target,
        "--overwrite",
    ]
    with tempfile.TemporaryDirectory(prefix="tradespec-templates-") as scratch:
        # The templates, and what openapi-python-client does not hand them: each parameter's
        # own description (it keeps only its schema's), for the facades' docstrings.
        templates = Path(scratch) / "templates"
        shutil.copytree(TEMPLATES, templates)
        docs = parameter_docs(yaml.safe_load(spec.read_text(encoding="utf-8")))
        (templates / "parameter_docs.jinja").write_text(
            "{% set DOCS = " + json.dumps(docs, sort_keys=True) + " %}\n", encoding="utf-8"
        )
        run_checked(*args, "--custom-template-path", templates)
    # openapi-python-client's own client: tradespec's engine sends what api/ describes.
    (target / "client.py").unlink()
    write_operation_tables(spec, target)
    write_answer_schemas(spec, target)
    (target / "py.typed").write_text("")
    label(target, spec.name, f"openapi-python-client {version('openapi-python-client')}")


def version(distribution: str) -> str:
    from importlib.metadata import version as installed

    return installed(distribution)


def label(where: Path, spec: str, generator: str) -> None:
    """Start every Python file at ``where`` (a file or a folder) with the line that says what
    wrote it."""
    line = f"# Generated from specs/{spec} by {generator} and generator/; do not edit.\n"
    for path in [where] if where.is_file() else sorted(where.rglob("*.py")):
        path.write_text(line + path.read_text(encoding="utf-8"), encoding="utf-8")


def parameter_docs(spec: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Each operation's parameters' descriptions, by ``operationId`` and parameter name."""

    def resolve(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    found: dict[str, dict[str, str]] = {}
    for path, _method, operation in spec_lint.operations(spec):
        shared = (spec["paths"][path] or {}).get("parameters") or []
        described: dict[str, str] = {}
        for parameter in [*shared, *(operation.get("parameters") or [])]:
            parameter = resolve(parameter)
            text = " ".join(str(parameter.get("description") or "").split())
            if text:
                described[parameter["name"]] = text
        found[operation["operationId"]] = described
    return found


# An operation without x-tradespec-retry: GET and DELETE are safe to repeat, nothing else is.
# (The extensions' values were checked by spec_lint before anything is generated.)
SAFE_METHODS = frozenset({"get", "delete", "head", "options"})


def operations_of(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Each operation of ``spec`` with what the engine needs to know about it (its policy)."""
    root_security = spec.get("security") or []
    found: list[dict[str, Any]] = []
    for path, method, operation in spec_lint.operations(spec):
        name = operation["operationId"]
        retry = operation.get("x-tradespec-retry", "safe" if method in SAFE_METHODS else "never")
        key = operation.get("x-tradespec-idempotency-key")
        security = operation.get("security", root_security)
        found.append(
            {
                "operation_id": name,
                "tag": (operation.get("tags") or ["default"])[0],
                "method": method.upper(),
                "path": path,
                "secured": any(requirement for requirement in security),
                "auth": auth_of(security),
                "retry": retry,
                "idempotency_key": key,
                "order": bool(operation.get("x-tradespec-order", False)),
                "paging": operation.get("x-tradespec-paging"),
                "summary": operation.get("summary", ""),
            }
        )
    return sorted(found, key=lambda op: op["operation_id"])


def auth_of(security: list[dict[str, Any]]) -> str:
    """``secured`` (a credential is required), ``optional`` (an empty requirement, ``{}``, is
    one of the alternatives) or ``public`` (none is declared)."""
    if not any(requirement for requirement in security):
        return "public"
    return "optional" if any(not requirement for requirement in security) else "secured"


def facade_class(tag: str, kind: str = "Api") -> str:
    """A tag's class name, as endpoint_init.py.jinja writes it: ``trading`` -> ``TradingApi``
    (``kind="Operations"``: ``TradingOperations``)."""
    return tag.replace("_", " ").title().replace(" ", "") + kind


def render(template: str, **values: Any) -> str:
    """One of tradespec's own templates (``generator/templates/tradespec/``)."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "tradespec"),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    environment.filters["repr"] = repr
    return environment.get_template(template).render(**values)


POLICY_FIELDS = (
    "operation_id",
    "tag",
    "method",
    "path",
    "secured",
    "auth",
    "retry",
    "idempotency_key",
    "order",
    "paging",
)


def write_operation_tables(spec_path: Path, target: Path) -> None:
    """``operations.py`` (each operation's policy) and ``api/__init__.py`` (the root facades)."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    operations = operations_of(spec)
    (target / "operations.py").write_text(
        render("operations.py.jinja", operations=operations, fields=POLICY_FIELDS)
    )
    descriptions = {tag["name"]: tag.get("description", "") for tag in spec.get("tags") or []}
    tags = [
        {
            "name": tag,
            "facade": facade_class(tag),
            "operations": facade_class(tag, "Operations"),
            "description": descriptions.get(tag) or f"The {tag} operations.",
        }
        for tag in sorted({op["tag"] for op in operations})
    ]
    (target / "api" / "__init__.py").write_text(
        render("api_init.py.jinja", title=spec["info"]["title"], package=target.name, tags=tags)
    )


def _jsonpath(base: str, *keys: str | int) -> str:
    """``base`` followed by ``keys`` in JSONPath's bracket notation (``['/api/x']``, ``[0]``)."""
    out = base
    for key in keys:
        if isinstance(key, int):
            out += f"[{key}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            out += f".{key}"
        else:
            out += "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']"
    return out


def _compact(spec: dict[str, Any], node: Any, at: str) -> dict[str, Any]:
    """A schema as ``tradespec.drift`` reads it (see the module written from the template)."""
    if not isinstance(node, dict):
        return {}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        return {"ref": ref.rsplit("/", 1)[-1]}
    members = node.get("allOf")
    if isinstance(members, list) and members:
        if len(members) == 1 and not node.get("properties"):
            return _compact(spec, members[0], _jsonpath(at, "allOf", 0))
        merged: dict[str, Any] = {"types": ["object"], "props": {}, "required": [], "at": at}
        for index, member in enumerate(members):
            part = _compact(spec, _resolved(spec, member), _jsonpath(at, "allOf", index))
            merged["props"].update(part.get("props", {}))
            merged["required"] += part.get("required", [])
        return merged
    out: dict[str, Any] = {}
    for key in ("oneOf", "anyOf"):
        if isinstance(node.get(key), list):
            out["any"] = [
                _compact(spec, sub, _jsonpath(at, key, index))
                for index, sub in enumerate(node[key])
            ]
    kind = node.get("type")
    types = [kind] if isinstance(kind, str) else list(kind or [])
    if node.get("nullable"):
        types.append("null")
    if types:
        out["types"] = types
    if isinstance(node.get("enum"), list):
        out["enum"] = [value for value in node["enum"] if value is not None]
        if isinstance(node.get("x-enum-varnames"), list):
            out["names"] = [str(name) for name in node["x-enum-varnames"]]
        out["at"] = at
    if "properties" in node or "object" in types:
        out["props"] = {
            str(name): _compact(spec, sub, _jsonpath(at, "properties", str(name)))
            for name, sub in (node.get("properties") or {}).items()
        }
        out["required"] = [str(name) for name in node.get("required") or []]
        extra = node.get("additionalProperties")
        if isinstance(extra, dict):
            out["values"] = _compact(spec, extra, _jsonpath(at, "additionalProperties"))
        out["at"] = at
    if isinstance(node.get("items"), dict):
        out["items"] = _compact(spec, node["items"], _jsonpath(at, "items"))
    if isinstance(node.get("prefixItems"), list):
        out["prefix"] = [
            _compact(spec, sub, _jsonpath(at, "prefixItems", index))
            for index, sub in enumerate(node["prefixItems"])
        ]
    return out


def _resolved(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
        node = target
    return node


def answer_schemas(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The compact component schemas, and each operation's statuses and success answers."""
    components = (spec.get("components") or {}).get("schemas") or {}
    schemas = {
        str(name): _compact(spec, node, _jsonpath("$", "components", "schemas", str(name)))
        for name, node in components.items()
    }
    operations: dict[str, Any] = {}
    for path, method, op in spec_lint.operations(spec):
        responses = op.get("responses") or {}
        base = _jsonpath("$", "paths", path, method, "responses")
        success: dict[str, Any] = {}
        shapes: dict[str, str] = {}
        for code, response in responses.items():
            code = str(code)
            ref = response.get("$ref") if isinstance(response, dict) else None
            if code[:1] in "45" and isinstance(ref, str):
                shapes.setdefault(code[:1], ref)
            if not code.startswith("2"):
                continue
            at = _jsonpath(base, code)
            if isinstance(ref, str):
                at = _jsonpath("$", *ref.removeprefix("#/").split("/"))
            content = (_resolved(spec, response).get("content") or {}).get("application/json")
            if isinstance(content, dict) and "schema" in content:
                where = _jsonpath(at, "content", "application/json", "schema")
                success[code] = _compact(spec, content["schema"], where)
        operations[op["operationId"]] = {
            "statuses": [str(code) for code in responses],
            "success": success,
            "responses": base,
            "shapes": shapes,
        }
    return schemas, dict(sorted(operations.items()))


def write_answer_schemas(spec_path: Path, target: Path) -> None:
    """``_answer_schemas.py``: the tables ``tradespec.drift`` checks answers against."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    schemas, operations = answer_schemas(spec)
    text = render(
        "answer_schemas.py.jinja",
        title=str(spec["info"]["title"]),
        version=str(spec["info"]["version"]),
        schemas=repr(schemas),
        operations=repr(operations),
    )
    (target / "_answer_schemas.py").write_text(text)


def generate_models(out: Path, specs: Path) -> None:
    target = out / MODELS_PACKAGE
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text(render("sandbox_models_init.py.jinja"))
    (target / "py.typed").write_text("")
    generator = f"datamodel-code-generator {version('datamodel-code-generator')}"
    label(target, " and specs/".join(MODELS.values()), generator)
    for module, spec in MODELS.items():
        run_checked(
            tool("datamodel-codegen"),
            "--input",
            specs / spec,
            "--output",
            target / f"{module}.py",
            *DATAMODEL_OPTIONS,
        )
        label(target / f"{module}.py", spec, generator)


def format_tree(path: Path) -> None:
    ruff = tool("ruff")
    run(ruff, "check", "--config", RUFF_CONFIG, "--fix-only", "--quiet", "--exit-zero", path)
    run(ruff, "format", "--config", RUFF_CONFIG, "--quiet", path)


def generate(out: Path, specs: Path = SPECS) -> None:
    check_specs(specs)
    # Build everything in a scratch folder first, then swap it in, so a failed run never leaves
    # a half-written generated/ behind.
    with tempfile.TemporaryDirectory(prefix="tradespec-gen-") as scratch_name:
        scratch = Path(scratch_name)
        for package, (spec, config) in CLIENTS.items():
            generate_client(package, specs / spec, config, scratch)
        generate_models(scratch, specs)
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


def apply_overlays(overlays: list[Path], specs: Path) -> list[Path]:
    """Apply OpenAPI Overlay documents to the specs (``overlay``), check the patched specs,
    and only then write them back; the specs written. A problem stops it, nothing written."""
    import overlay

    try:
        patched = overlay.apply(overlays, specs)
    except overlay.OverlayError as exc:
        raise GenerationError(exc.lines) from None
    with tempfile.TemporaryDirectory(prefix="tradespec-overlay-") as name:
        staged = Path(name)
        for spec in specs.glob("*.yaml"):
            text = patched.get(spec, spec.read_text(encoding="utf-8"))
            (staged / spec.name).write_text(text, encoding="utf-8")
        check_specs(staged)
    for spec, text in patched.items():
        spec.write_text(text, encoding="utf-8")
    return sorted(patched)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "generated")
    parser.add_argument("--specs", type=Path, default=SPECS)
    parser.add_argument("--report", action="store_true", help="report changes since HEAD")
    parser.add_argument(
        "--overlay",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="apply an OpenAPI Overlay 1.0 document to the spec its `extends` names (repeatable)",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="list each Python name a change implies"
    )
    options = parser.parse_args(argv)
    out, specs = options.out.resolve(), options.specs.resolve()
    patched: list[Path] = []
    try:
        if options.overlay:
            patched = apply_overlays([path.resolve() for path in options.overlay], specs)
            for spec in patched:
                print(f"patched {spec.name}")
        generate(out, specs)
    except GenerationError as exc:
        print("\n".join(exc.lines))
        written = f"only {', '.join(spec.name for spec in patched)}" if patched else "nothing"
        print(f"generation stopped: {len(exc.lines)} problem(s); {written} was written")
        return 1
    if options.report:
        import change_report

        found = change_report.report(ROOT, specs, out.parent)
        if found is None:
            print("no committed tree to compare with (not a git checkout): no change report")
            return 0
        print("What changed since the last commit:")
        print("\n".join(found.lines(verbose=options.verbose)))
        if found.changes:
            change_report.write_changelog(ROOT / "CHANGELOG.md", found)
            print("(added to CHANGELOG.md under Unreleased)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
