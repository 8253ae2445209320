"""Without the ``sandbox`` extra, using the sandbox says what to install."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
sys.modules["starlette"] = None  # as if the extra were not installed
import tradespec_sandbox  # cheap, and fine without the extra (the pytest plugin lives here)
try:
    from tradespec_sandbox import serve_in_thread
except ModuleNotFoundError as exc:
    print(exc)
"""


def test_missing_server_dependency_names_the_extra() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert 'pip install "tradespec[sandbox]"' in out
    assert "starlette" in out
