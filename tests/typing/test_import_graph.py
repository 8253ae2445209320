"""No import cycles between the modules of tradespec, or of the sandbox, the imports read only
by type checkers included: each module's top-level imports (an ``if TYPE_CHECKING:`` block
counts; an import inside a function, made when it first runs, does not)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wrapper" / "tradespec"
SANDBOX = ROOT / "sandbox" / "tradespec_sandbox"


def _module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If):  # if TYPE_CHECKING: (or any top-level condition)
            found += [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
    return found


def graph(package_dir: Path = PACKAGE) -> dict[str, set[str]]:
    modules = {_module_name(path, package_dir): path for path in package_dir.rglob("*.py")}
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _top_level_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    base = f"{anchor}.{base}" if base else anchor
                # `from package import submodule` imports the submodule; anything else, the module.
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            edges[name].update(target for target in targets if target in modules and target != name)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                found.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def test_the_graph_is_read() -> None:
    edges = graph()
    assert "tradespec.errors" in edges["tradespec.altmarket._helpers"]
    assert "tradespec._engine" in edges["tradespec._send_loops"]


def test_no_import_cycles() -> None:
    found = cycles(graph())
    assert not found, "\n".join(" -> ".join(cycle) for cycle in found)


def test_the_sandbox_graph_is_read() -> None:
    edges = graph(SANDBOX)
    assert "tradespec_sandbox.store" in edges["tradespec_sandbox.state"]
    assert "tradespec_sandbox.domain.errors" in edges["tradespec_sandbox.http.endpoint"]
    # Type-only imports count: the package's lazy names are imported under TYPE_CHECKING.
    assert "tradespec_sandbox.server" in edges["tradespec_sandbox"]


def test_no_import_cycles_in_the_sandbox() -> None:
    found = cycles(graph(SANDBOX))
    assert not found, "\n".join(" -> ".join(cycle) for cycle in found)


def test_the_sandbox_domain_knows_nothing_of_http() -> None:
    """The engines import only each other: not the HTTP layer, the middleware or the store."""
    edges = graph(SANDBOX)
    outside = ("tradespec_sandbox.http", "tradespec_sandbox.middleware", "tradespec_sandbox.st")
    for module, targets in edges.items():
        if module.startswith("tradespec_sandbox.domain"):
            assert not [t for t in targets if t.startswith(outside)], module
