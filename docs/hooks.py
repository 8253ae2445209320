"""MkDocs hooks: pages include the project's own Markdown, and the built site is checked.

A page includes a file, or one section of it, with a line of its own::

    <!-- include README.md -->                        the whole file
    <!-- include README.md "## Usage" -->             a section, without its heading line
    <!-- include README.md "## Reliability" table=2 -->  the section's second table only
    <!-- include wrapper/tradespec/errors.py "literal" -->  the module docstring's ``::`` block

A section runs from its heading to the next heading of the same or a higher level; its
subheadings move up by as many levels as the section's own heading is below the page's title
(``###`` in a ``##`` section becomes ``##``), so they sit under the page's ``#`` title. A file
or heading that is not there stops the build: the pages never drift from what they include.

After the build, every page is checked: the API reference pages are there, and no page shows
an unrendered ``:::`` directive, an include line, or a mkdocstrings error.

The tests (``tests/docs``) expand pages with :func:`expand` to run their examples.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

_INCLUDE = re.compile(
    r'^<!-- include (?P<path>[^\s"]+)(?: "(?P<heading>[^"]+)")?(?: table=(?P<table>\d+))? -->$',
    re.M,
)
_HEADING = re.compile(r"^(#{1,6}) ")
_FENCE = re.compile(r"^(```|~~~)")

# Sphinx roles in docstrings (":class:`~a.b.C`") as Markdown renders them: links when the
# object is in the reference, plain code otherwise.
_ROLE = re.compile(
    r":(?:py:)?(?:class|mod|func|meth|attr|exc|data|obj):<code>(?P<tilde>~?)(?P<target>[\w.]+)(?P<call>\(\))?</code>"
)
# reStructuredText's "::" before a literal block, left alone on its line.
_LONE_COLONS = re.compile(r"<p>::</p>")

REFERENCE_PAGES = (
    "reference/tradespec.html",
    "reference/altmarket.html",
    "reference/hashgreen.html",
    "reference/errors.html",
    "reference/altmarket-api.html",
    "reference/altmarket-models.html",
    "reference/hashgreen-api.html",
    "reference/hashgreen-models.html",
)
# Objects each reference page must document (an anchor of that id), so that a page which renders
# without error but empty (a wrong path, a filter too strict) still fails the build.
REFERENCE_OBJECTS = {
    "reference/altmarket.html": ("tradespec.altmarket.AltMarket.limit_order",),
    "reference/hashgreen.html": ("tradespec.hashgreen.Hashgreen.order_book",),
    "reference/errors.html": ("tradespec.errors.OrderStateUnknownError.lookup",),
    "reference/altmarket-api.html": ("altmarket_client.api.trading.TradingApi.create_order",),
    "reference/altmarket-models.html": ("altmarket_client.models.Order",),
    "reference/hashgreen-api.html": ("hashgreen_client.api.orders.OrdersApi",),
    "reference/hashgreen-models.html": ("hashgreen_client.models.Order",),
}
_UNRENDERED = (
    (re.compile(r"(?:^|>)\s*:::\s", re.M), "an unrendered ::: directive"),
    (re.compile(r"&lt;!-- include |<!-- include "), "an unexpanded include line"),
    (re.compile(r"Could not collect|could not be found|Traceback \(most recent"), "an error"),
)


class IncludeError(Exception):
    """An include line names a file, section or table that is not there."""


def expand(markdown: str, root: Path = ROOT) -> str:
    """The page with every include line replaced by what it names."""

    def replace(match: re.Match[str]) -> str:
        return _included(root, match["path"], match["heading"], match["table"])

    return _INCLUDE.sub(replace, markdown)


def _included(root: Path, path: str, heading: str | None, table: str | None) -> str:
    source = root / path
    if not source.is_file():
        raise IncludeError(f"include: {path} is not a file")
    if source.suffix == ".py":
        if heading != "literal" or table is not None:
            raise IncludeError(f'include: from {path}, only "literal" (its docstring\'s block)')
        return _literal(source)
    lines = source.read_text(encoding="utf-8").splitlines()
    if heading is not None:
        lines = _section(lines, heading, path)
    if table is not None:
        tables = _tables(lines)
        number = int(table)
        if not 1 <= number <= len(tables):
            raise IncludeError(f"include: {path} {heading!r} has no table {number}")
        lines = tables[number - 1]
    return "\n".join(lines).strip("\n")


def _section(lines: list[str], heading: str, path: str) -> list[str]:
    level_match = _HEADING.match(heading)
    if level_match is None:
        raise IncludeError(f"include: {heading!r} is not a Markdown heading")
    level = len(level_match.group(1))
    start = None
    in_fence = False
    for number, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
        if not in_fence and line.rstrip() == heading:
            start = number + 1
            break
    if start is None:
        raise IncludeError(f"include: {path} has no heading {heading!r}")
    out: list[str] = []
    in_fence = False
    for line in lines[start:]:
        if _FENCE.match(line):
            in_fence = not in_fence
        found = None if in_fence else _HEADING.match(line)
        if found is not None:
            depth = len(found.group(1))
            if depth <= level:
                break
            line = "#" * max(1, depth - (level - 1)) + line[depth:]
        out.append(line)
    return out


def _literal(source: Path) -> str:
    """The first ``::`` literal block of a module's docstring, as a fenced text block."""
    import ast
    import textwrap

    docstring = ast.get_docstring(ast.parse(source.read_text(encoding="utf-8"))) or ""
    lines = docstring.splitlines()
    starts = [n for n, line in enumerate(lines) if line.rstrip().endswith("::")]
    if not starts:
        raise IncludeError(f"include: {source.name}'s docstring has no :: block")
    block: list[str] = []
    for line in lines[starts[0] + 1 :]:
        if line.strip() and not line.startswith(" "):
            break
        block.append(line)
    return "```text\n" + textwrap.dedent("\n".join(block)).strip("\n") + "\n```"


def _tables(lines: list[str]) -> list[list[str]]:
    tables: list[list[str]] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables


def _role(match: re.Match[str]) -> str:
    target = match["target"]
    shown = target.rsplit(".", 1)[-1] if match["tilde"] else target
    shown += match["call"] or ""
    return f'<autoref identifier="{target}" optional><code>{shown}</code></autoref>'


# ----------------------------------------------------------------------------- MkDocs events


def on_pre_build(config: Any, **kwargs: Any) -> None:
    _reference_pages().clear()


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    reference = _reference_pages()
    try:
        return reference.expand(expand(markdown))
    except (IncludeError, reference.ReferenceError) as exc:
        from mkdocs.exceptions import PluginError

        raise PluginError(f"{kwargs['page'].file.src_uri}: {exc}") from None


def _reference_pages() -> Any:
    """docs/reference_pages.py (the generated packages' pages; it needs griffe, which the site's
    build has and the test suite does not)."""
    import importlib.util
    import sys

    name = "tradespec_docs_reference_pages"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "docs" / "reference_pages.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def on_page_content(html: str, **kwargs: Any) -> str:
    return _LONE_COLONS.sub("", _ROLE.sub(_role, html))


def on_post_build(config: Any, **kwargs: Any) -> None:
    from mkdocs.exceptions import PluginError

    site = Path(config["site_dir"])
    problems = check_site(site)
    if problems:
        raise PluginError("the built site is not right:\n  " + "\n  ".join(problems))


def check_site(site: Path) -> list[str]:
    """What is wrong with the built site: missing reference pages or objects, and pages that
    show something left unrendered."""
    problems = [f"{page} is missing" for page in REFERENCE_PAGES if not (site / page).is_file()]
    for page, objects in REFERENCE_OBJECTS.items():
        path = site / page
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            missing = [name for name in objects if f'id="{name}"' not in text]
            problems += [f"{page} does not document {name}" for name in missing]
    for path in sorted(site.rglob("*.html")):
        if path.name == "404.html":
            continue
        text = _visible(path.read_text(encoding="utf-8"))
        for pattern, what in _UNRENDERED:
            found = pattern.search(text)
            if found is not None:
                snippet = text[max(0, found.start() - 60) : found.end() + 60].replace("\n", " ")
                problems.append(f"{path.relative_to(site)} shows {what}: ...{snippet}...")
    return problems


def _visible(html: str) -> str:
    """The page's text between its article tags: what a reader sees, not the theme's scripts."""
    start = html.find("<article")
    end = html.rfind("</article>")
    return html[start:end] if start >= 0 and end > start else html
