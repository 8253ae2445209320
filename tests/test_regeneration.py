"""The regeneration workflow on copies of the specs, in a temporary folder, as a user would go
through it after the API changes:

* an endpoint and an optional field added: the report says not breaking, a patch, naming both;
  generated into a folder of its own, the endpoint is on ``exchange.api`` (the sandbox answers
  it with a 501 naming it) and the field is on what ``open_orders()`` returns, no hand edit;
* a field removed: the report says breaking, a minor bump, naming it;
* a ``$ref`` that goes nowhere, or a junk key: generation refuses, one line each.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "generator"
sys.path.insert(0, str(GENERATOR))

import change_report  # noqa: E402

pytest.importorskip("openapi_python_client", reason="the generator is not installed")


def _spec(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "specs" / f"{name}.yaml").read_text())
    return data


SERVER_INFO = {
    "get": {
        "operationId": "get_server_info",
        "tags": ["markets"],
        "summary": "Server information",
        "description": "What the platform runs, and since when.",
        "security": [{"Key": [], "Sign": []}],
        "parameters": [{"$ref": "#/components/parameters/ts"}],
        "responses": {
            "200": {
                "description": "The server's information.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/ServerInfo"},
                        "example": {"version": "7.1", "uptime": 86400},
                    }
                },
            },
            "5XX": {"$ref": "#/components/responses/ServerError"},
        },
    }
}
SERVER_INFO_SCHEMA = {
    "type": "object",
    "description": "What the platform runs.",
    "required": ["version"],
    "properties": {
        "version": {"type": "string", "description": "The platform's version."},
        "uptime": {"type": "integer", "description": "Seconds since the platform started."},
    },
}


def _added(spec: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(spec)
    changed["paths"]["/api/server-info"] = SERVER_INFO
    changed["components"]["schemas"]["ServerInfo"] = SERVER_INFO_SCHEMA
    changed["components"]["schemas"]["Order"]["properties"]["clientOrderId"] = {
        "type": "string",
        "description": "The id the client gave the order, if it gave one.",
    }
    return changed


def _write_specs(folder: Path, altmarket: dict[str, Any]) -> Path:
    specs = folder / "specs"
    specs.mkdir(parents=True)
    (specs / "altmarket.yaml").write_text(yaml.safe_dump(altmarket, sort_keys=False))
    shutil.copy(ROOT / "specs" / "hashgreen.yaml", specs / "hashgreen.yaml")
    return specs


def _generate(specs: Path, out: Path) -> subprocess.CompletedProcess[str]:
    tools = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": tools + os.pathsep + os.environ.get("PATH", "")}
    return subprocess.run(
        [sys.executable, str(GENERATOR / "generate.py"), str(out), "--specs", str(specs)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=ROOT,
        timeout=600,
    )


def test_an_additive_change_is_reported_as_a_patch_naming_both() -> None:
    before = _spec("altmarket")
    found = change_report.Report(
        tuple(change_report.api_changes("altmarket", before, _added(before)))
    )
    texts = [change.text for change in found.changes]
    assert any("get_server_info" in text and "added" in text for text in texts)
    assert any("Order.clientOrderId" in text and "added" in text for text in texts)
    assert not any(change.breaking for change in found.changes)
    assert found.bump == "patch"


def test_a_removed_or_retyped_field_is_breaking_and_a_minor_bump() -> None:
    before = _spec("altmarket")
    after = copy.deepcopy(before)
    del after["components"]["schemas"]["Balance"]["properties"]["availableBalance"]
    after["components"]["schemas"]["Balance"]["required"].remove("availableBalance")
    after["components"]["schemas"]["Asset"]["properties"]["scale"]["type"] = "string"
    found = change_report.Report(tuple(change_report.api_changes("altmarket", before, after)))
    breaking = [change.text for change in found.changes if change.breaking]
    assert any("Balance.availableBalance" in text and "removed" in text for text in breaking)
    assert any("Asset.scale" in text and "retyped" in text for text in breaking)
    assert found.bump == "minor"
    assert "Version bump: minor" in found.lines()


def test_the_changelog_gathers_reports_under_unreleased(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## [0.1.0] - 2026-11-01\n\n- First.\n")
    patch = change_report.Report((change_report.Change("altmarket", "a field added", False),))
    minor = change_report.Report((change_report.Change("python", "`x.y` removed", True),))
    change_report.write_changelog(changelog, patch)
    change_report.write_changelog(changelog, minor)
    change_report.write_changelog(changelog, patch)  # the same lines are not added twice
    text = changelog.read_text()
    assert text.index("## Unreleased") < text.index("## [0.1.0]")
    assert "## Unreleased\n\n### Regenerated" in text and "\n\n## [0.1.0]" in text
    assert text.count("a field added") == 1 and "`x.y` removed" in text
    assert text.count("<!-- bump:") == 1 and "<!-- bump: minor -->" in text


def test_a_broken_spec_is_refused_one_line_per_problem(tmp_path: Path) -> None:
    broken = _spec("altmarket")
    answer = broken["paths"]["/api/assets-info"]["get"]["responses"]["200"]
    answer["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Nowhere"}
    broken["components"]["schemas"]["Balance"]["properties"]["inOrder"]["if so."] = None
    specs = _write_specs(tmp_path, broken)
    done = _generate(specs, tmp_path / "generated")
    assert done.returncode == 1
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 3, done.stdout[-2000:]
    assert "assets-info/get/responses/200" in lines[0] or "Nowhere" in done.stdout
    assert any("$ref '#/components/schemas/Nowhere' does not resolve" in line for line in lines)
    assert any("unknown key 'if so.'" in line for line in lines)
    assert lines[-1].startswith("generation stopped: 2 problem(s)")
    assert not (tmp_path / "generated").exists()


BOT = """
import json, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
from tradespec import AltMarket, errors
from tradespec_sandbox import serve_in_thread

ORDER = {
    "orderId": "7", "orderType": "Limit", "createdAt": "2026-11-27T10:00:00Z",
    "unitsFilled": 0, "isPending": False, "status": "Working", "type": "buy", "amount": 1,
    "isLimit": True, "instrument": "btc_usdt", "clientOrderId": "bot-7",
}


class Answer(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps([ORDER]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
with AltMarket("k", "s", base_url=f"http://127.0.0.1:{server.server_port}") as exchange:
    (order,) = exchange.open_orders()
    print("client_order_id", order.client_order_id)
server.shutdown()

with serve_in_thread() as sandbox, httpx.Client(base_url=sandbox.admin_url) as admin:
    account = admin.post("/accounts").json()
    with AltMarket(
        account["api_key"], account["api_secret"], base_url=sandbox.altmarket_url, max_retries=0
    ) as exchange:
        print("docstring", exchange.api.markets.get_server_info.__doc__.splitlines()[0])
        try:
            exchange.api.markets.get_server_info()
        except errors.ServerError as exc:
            print("answered", exc.status, exc.message)
"""


def test_an_added_endpoint_and_field_reach_the_public_client(tmp_path: Path) -> None:
    specs = _write_specs(tmp_path, _added(_spec("altmarket")))
    out = tmp_path / "generated"
    done = _generate(specs, out)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert (out / "altmarket_client" / "models" / "server_info.py").exists()
    script = tmp_path / "bot.py"
    script.write_text(textwrap.dedent(BOT))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(out), str(ROOT / "wrapper")])}
    ran = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
    printed = ran.stdout.splitlines()
    assert "client_order_id bot-7" in printed
    assert "docstring Server information" in printed
    answered = next(line for line in printed if line.startswith("answered"))
    assert answered.startswith("answered 501") and "get_server_info" in answered


def test_the_extensions_are_checked_before_generation(tmp_path: Path) -> None:
    import spec_lint

    broken = _spec("altmarket")
    withdrawal = broken["paths"]["/api/wallet/withdrawal"]["post"]
    del withdrawal["x-tradespec-idempotency-key"]  # keyed, but by nothing
    broken["paths"]["/api/order"]["post"]["x-tradespec-retry"] = "twice"
    # A body the engine cannot write (the generated layer writes JSON and forms only).
    deposit = broken["paths"]["/api/wallet/deposit"]["post"]["requestBody"]["content"]
    deposit["multipart/form-data"] = deposit.pop("application/json")
    path = tmp_path / "altmarket.yaml"
    path.write_text(yaml.safe_dump(broken, sort_keys=False))
    problems = spec_lint.lint(path, "altmarket.yaml")
    assert any(
        "~1api~1wallet~1withdrawal/post" in line and "keyed goes with" in line for line in problems
    )
    assert any("x-tradespec-retry cannot be 'twice'" in line for line in problems)
    assert any("a multipart/form-data body: tradespec sends" in line for line in problems)
    assert len(problems) == 3
