"""``tradespec-sandbox`` installed without its extra: one line saying what to install, exit 1.

The server's packages are made unimportable in a fresh interpreter (``sys.modules[name] = None``
makes ``import name`` fail as if it were not installed), which then runs the command as
``python -m tradespec_sandbox`` does. ``tests/docs/test_packaging.py`` runs the real console
script in a virtual environment where the wheel is installed without the extra.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

EXTRA = ["starlette", "uvicorn", "pydantic", "chia_wallet_sdk", "yaml", "httptools", "uvloop"]


@pytest.mark.parametrize("missing", [EXTRA, ["uvicorn"]], ids=["no extra", "no uvicorn"])
def test_without_the_extra_the_command_says_what_to_install(missing: list[str]) -> None:
    probe = (
        "import runpy, sys\n"
        f"for name in {missing!r}:\n"
        "    sys.modules[name] = None\n"
        "sys.argv = ['tradespec-sandbox', '--port', '0']\n"
        "runpy.run_module('tradespec_sandbox', run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert 'pip install "tradespec[sandbox]"' in lines[0]
    assert any(f"({name} is not installed)" in lines[0] for name in missing), lines[0]
