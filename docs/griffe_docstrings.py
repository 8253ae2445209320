"""A griffe extension: the reStructuredText bits of tradespec's docstrings, as Markdown.

The docstrings are written for ``help()`` and IDE hovers, with reST's ``::`` literal blocks and
``>>>`` examples. Markdown would show a literal block's ``::`` as text and a ``>>>`` example as
three nested quotes; this turns each into a fenced code block (a box-drawing tree as text,
anything else as Python) and drops doctest directives. Sphinx roles (``:class:`X```) are made
links after rendering, by docs/hooks.py.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

import griffe

_DOCTEST_DIRECTIVE = re.compile(r"\s*# doctest:.*$")


def markdown(text: str) -> str:
    """``text`` with its literal blocks and doctest examples fenced."""
    lines = text.splitlines()
    out: list[str] = []
    number = 0
    while number < len(lines):
        line = lines[number]
        stripped = line.strip()
        if stripped.startswith(">>> "):
            indent = line[: len(line) - len(line.lstrip())]
            block: list[str] = []
            while number < len(lines) and lines[number].strip():
                block.append(_DOCTEST_DIRECTIVE.sub("", lines[number].removeprefix(indent)))
                number += 1
            out += ["```pycon", *block, "```"]
            continue
        if stripped.endswith("::") and not stripped.startswith(".."):
            block, end = _indented_block(lines, number + 1)
            if block:
                lead = line.rstrip()[:-2].rstrip()
                if lead:
                    out += [lead + ":", ""]
                body = textwrap.dedent("\n".join(block)).strip("\n")
                language = "text" if re.search("[├└│]", body) else "python"
                if body.lstrip().startswith(">>> "):
                    language = "pycon"
                out += [f"```{language}", body, "```"]
                number = end
                continue
        out.append(line)
        number += 1
    return "\n".join(out)


def _indented_block(lines: list[str], start: int) -> tuple[list[str], int]:
    """The indented lines from ``start`` on (blank lines inside kept), and where they end."""
    number = start
    while number < len(lines) and not lines[number].strip():
        number += 1
    if number >= len(lines) or not lines[number].startswith((" ", "\t")):
        return [], start
    block: list[str] = []
    while number < len(lines) and (not lines[number].strip() or lines[number][:1] in " \t"):
        block.append(lines[number])
        number += 1
    while block and not block[-1].strip():
        block.pop()
        number -= 1
    return block, number


class ReSTBlocks(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
