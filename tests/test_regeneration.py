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
import difflib
import os
import re
import shutil
import subprocess
import sys
import textwrap
from datetime import date
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


def _generate(specs: Path, out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    tools = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": tools + os.pathsep + os.environ.get("PATH", "")}
    command = [sys.executable, str(GENERATOR / "generate.py"), str(out), "--specs", str(specs)]
    return subprocess.run(
        [*command, *options],
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
    monday, tuesday = date(2026, 11, 30), date(2026, 12, 1)
    change_report.write_changelog(changelog, patch, monday)
    change_report.write_changelog(changelog, minor, monday)
    change_report.write_changelog(changelog, patch, monday)  # the same lines are not added twice
    text = changelog.read_text()
    assert text.index("## Unreleased") < text.index("## [0.1.0]")
    assert "## Unreleased\n\n### Regenerated" in text and "\n\n## [0.1.0]" in text
    assert text.count("a field added") == 1 and "`x.y` removed" in text
    assert text.count("<!-- bump:") == 1 and "<!-- bump: minor -->" in text
    # One section per day, appended to: both of Monday's regenerations are under one heading.
    assert text.count("### Regenerated 2026-11-30") == 1
    monday_section = text.split("### Regenerated 2026-11-30")[1].split("<!-- bump")[0]
    assert "a field added" in monday_section and "`x.y` removed" in monday_section
    later = change_report.Report((change_report.Change("hashgreen", "an enum value added", False),))
    change_report.write_changelog(changelog, later, tuesday)
    text = changelog.read_text()
    assert text.count("### Regenerated") == 2
    assert text.index("2026-11-30") < text.index("### Regenerated 2026-12-01")
    assert text.index("### Regenerated 2026-12-01") < text.index("an enum value added")
    assert text.index("an enum value added") < text.index("## [0.1.0]")


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

    # The report: one line per change of the API, the Python names it implies folded under it.
    (tmp_path / "wrapper").symlink_to(ROOT / "wrapper")
    before = _spec("altmarket")
    api = change_report.api_changes("altmarket", before, _added(before))
    python = change_report.python_changes(ROOT, tmp_path)
    found = change_report.Report(tuple(change_report.fold(api, python)))
    top = [line for line in found.lines() if line.startswith("- ")]
    assert top == [
        "- additive (altmarket): operation `get_server_info` added (`GET /api/server-info`)",
        "- additive (altmarket): schema `ServerInfo` added",
        "- additive (altmarket): `Order.clientOrderId` added (string)",
    ]
    assert len(found.lines()) <= 7, found.lines()
    verbose = found.lines(verbose=True)
    listed = "".join(verbose)
    assert "`altmarket_client.api.markets.get_server_info` added (module)" in listed, verbose
    assert "`altmarket_client.api.markets.MarketsApi.get_server_info` added" in listed, verbose
    assert "`altmarket_client.models.order.Order.client_order_id` added" in "".join(verbose)
    assert len(verbose) == len(found.lines()) - 3 + len(python)


def test_an_undeclared_tag_is_refused_in_one_line(tmp_path: Path) -> None:
    import spec_lint

    typo = _added(_spec("altmarket"))
    typo["paths"]["/api/server-info"]["get"]["tags"] = ["tradin"]
    path = tmp_path / "altmarket.yaml"
    path.write_text(yaml.safe_dump(typo, sort_keys=False))
    problems = spec_lint.lint(path, "altmarket.yaml")
    assert problems == [
        "altmarket.yaml#/paths/~1api~1server-info/get/tags/0: tag 'tradin' is not declared in "
        "the spec's tags (declared: assets, markets, trading, history, wallet)"
    ]


def test_an_example_or_examples_satisfy_the_linter_and_the_tests() -> None:
    """OpenAPI has both ``example`` (the value) and ``examples`` (named); the linter takes
    either, and so do the tests that read the specs' examples (tests/specs.py)."""
    from tests import specs

    spec = _added(_spec("altmarket"))
    media = spec["paths"]["/api/server-info"]["get"]["responses"]["200"]["content"]
    found = [
        (example.name, example.value)
        for example in specs.response_examples("altmarket", spec)
        if example.operation_id == "get_server_info"
    ]
    assert found == [("example", media["application/json"]["example"])]


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


OVERLAY = """\
overlay: 1.0.0
info:
  title: What live answers showed
  version: 1.0.0
extends: urn:x-openapi:AltMarket%20Exchange%20API:1.0
actions:
  - target: $.components.schemas.Order.properties
    update:
      remaining:
        type: number
        description: The amount not filled yet.
  - target: $.components.schemas.OrderStatus.enum
    update: PartiallyFilled
  - target: $.paths['/api/orders/open'].get.responses
    update:
      "503":
        $ref: "#/components/responses/ServerError"
"""


def test_an_overlay_patches_only_what_it_targets(tmp_path: Path) -> None:
    import overlay

    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    patch = tmp_path / "drift.yaml"
    patch.write_text(OVERLAY)
    (path, text), *others = overlay.apply([patch], specs).items()
    assert path.name == "altmarket.yaml" and not others
    before = (ROOT / "specs" / "altmarket.yaml").read_text()
    old, new = before.splitlines(), text.splitlines()
    diff = list(difflib.ndiff(old, new))
    added = [line[2:] for line in diff if line.startswith("+ ")]
    removed = [line[2:] for line in diff if line.startswith("- ")]
    # Comments, order and layout are kept: only the enum's line changes, the rest is added.
    assert removed == ["      enum: [Working, Rejected, Cancelled, Completed]"]
    assert sorted(line.strip() for line in added) == sorted(
        [
            "remaining:",
            "type: number",
            "description: The amount not filled yet.",
            "enum: [Working, Rejected, Cancelled, Completed, PartiallyFilled]",
            '"503":',
            '$ref: "#/components/responses/ServerError"',
        ]
    )
    assert len(new) == len(old) + 5
    spec = yaml.safe_load(text)
    assert spec["components"]["schemas"]["Order"]["properties"]["remaining"]["type"] == "number"
    assert "PartiallyFilled" in spec["components"]["schemas"]["OrderStatus"]["enum"]
    assert "503" in spec["paths"]["/api/orders/open"]["get"]["responses"]
    # By file name as well: the same patch.
    by_name = tmp_path / "by-name.yaml"
    by_name.write_text(
        OVERLAY.replace("urn:x-openapi:AltMarket%20Exchange%20API:1.0", "altmarket.yaml")
    )
    assert overlay.apply([by_name], specs) == {path: text}


def test_the_specs_are_kept_in_the_round_trip_writers_layout() -> None:
    """So that an overlay written back changes only the lines it patches."""
    import overlay

    for path in sorted((ROOT / "specs").glob("*.yaml")):
        text = path.read_text()
        assert overlay.dump(overlay.load(text)) == text, path.name


def test_an_overlay_that_misses_is_refused_one_line_per_problem(tmp_path: Path) -> None:
    import overlay

    patch = tmp_path / "drift.yaml"
    patch.write_text(OVERLAY.replace("schemas.Order.properties", "schemas.Ordre.properties"))
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text(OVERLAY.replace("AltMarket%20Exchange%20API", "Another%20API"))
    with pytest.raises(overlay.OverlayError) as refused:
        overlay.apply([patch, elsewhere], ROOT / "specs")
    assert refused.value.lines == [
        f"{patch}#/actions/0: target '$.components.schemas.Ordre.properties' selects nothing in "
        "altmarket.yaml",
        f"{elsewhere}: extends 'urn:x-openapi:Another%20API:1.0' names none of the specs "
        "(altmarket.yaml, hashgreen.yaml)",
    ]


def test_generate_applies_an_overlay_and_writes_the_spec_back(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    patch = tmp_path / "drift.yaml"
    patch.write_text(OVERLAY)
    out = tmp_path / "generated"
    done = _generate(specs, out, "--overlay", str(patch))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "patched altmarket.yaml" in done.stdout
    assert "remaining:" in (specs / "altmarket.yaml").read_text()
    order = (out / "altmarket_client" / "models" / "order.py").read_text()
    assert re.search(r"^    remaining: \S", order, re.MULTILINE), "no typed attribute"
    assert (specs / "hashgreen.yaml").read_text() == (ROOT / "specs" / "hashgreen.yaml").read_text()


def test_generate_refuses_an_overlay_that_breaks_a_spec_writing_nothing(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    patch = tmp_path / "drift.yaml"
    # A property without a description: the patched spec fails the lint, so nothing is written.
    patch.write_text(OVERLAY.replace("        description: The amount not filled yet.\n", ""))
    done = _generate(specs, tmp_path / "generated", "--overlay", str(patch))
    assert done.returncode == 1, done.stdout
    lines = done.stdout.strip().splitlines()
    assert lines[-1] == "generation stopped: 1 problem(s); nothing was written", lines
    assert "properties/remaining: property without a description" in lines[0]
    assert (specs / "altmarket.yaml").read_text() == (ROOT / "specs" / "altmarket.yaml").read_text()
    assert not (tmp_path / "generated").exists()
