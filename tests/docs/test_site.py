"""The built documentation site, as a reader opens it from disk, in a headless Chromium.

``nox -s docs`` builds the site and then runs this file with ``TRADESPEC_SITE`` naming it; the
test suite alone skips it (no site), and so does a machine without Chromium (Debian's
``chromium`` package; CI's script installs it). Playwright drives the browser that is there,
never one of its own downloads.

Every page loads from ``file://`` with no script error and no request that fails (nothing is
fetched from a CDN); every link between pages lands on a page that is there and, when it names
an anchor, on an element with that id, as the browser built the page; search finds what a
reader types; the generated packages' pages show one table per model and each operation once.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urldefrag, urlparse

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is installed by `nox -s docs`"
)

SITE = os.environ.get("TRADESPEC_SITE")
CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)
pytestmark = [
    pytest.mark.skipif(SITE is None, reason="no built site: `nox -s docs` builds it and runs this"),
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium (Debian: apt-get install chromium)"),
]
# As root, without a sandbox; no background traffic (the machine may have no network at all).
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def exchange_var(exchange: str) -> str:
    """The name the pages give a client: ``exchange`` (AltMarket), ``dex`` (Hashgreen)."""
    return {"altmarket": "exchange", "hashgreen": "dex"}[exchange]


@pytest.fixture(scope="module")
def site() -> Path:
    assert SITE is not None
    path = Path(SITE).resolve()
    assert (path / "index.html").is_file(), f"{path} holds no built site"
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None
    with playwright_api.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield launched
        finally:
            launched.close()


class Reader:
    """One tab: opens pages from disk and remembers what each showed."""

    def __init__(self, browser: Browser) -> None:
        self.page = browser.new_page()
        self.problems: list[str] = []
        self.page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        self.page.on(
            "requestfailed",
            lambda request: self.problems.append(f"failed request: {request.url}"),
        )
        self.ids: dict[Path, set[str]] = {}
        self.links: dict[Path, list[str]] = {}

    def open(self, path: Path) -> None:
        self.page.goto(path.as_uri(), wait_until="load")
        self.ids[path] = set(self.page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
        self.links[path] = self.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")


@pytest.fixture(scope="module")
def reader(browser: Browser, site: Path) -> Reader:
    """Every page of the site, opened once."""
    opened = Reader(browser)
    for path in sorted(site.rglob("*.html")):
        if path.name != "404.html":
            opened.open(path)
    return opened


def test_every_page_loads_from_disk_with_no_error_and_nothing_fetched(
    reader: Reader, site: Path
) -> None:
    assert len(reader.ids) >= 15
    assert reader.problems == []


def test_no_link_between_pages_is_broken_and_every_anchor_is_there(
    reader: Reader, site: Path
) -> None:
    broken: list[str] = []
    followed = 0
    for page, links in reader.links.items():
        for link in links:
            address, anchor = urldefrag(link)
            url = urlparse(address)
            if url.scheme != "file":
                continue  # another site's address: not followed (no network here)
            target = Path(unquote(url.path))
            followed += 1
            where = f"{page.relative_to(site)} -> {link.removeprefix(site.as_uri() + '/')}"
            if not target.is_file():
                broken.append(f"{where}: no such page")
            elif anchor and target.suffix == ".html":
                if target not in reader.ids:
                    reader.open(target)
                if unquote(anchor) not in reader.ids[target]:
                    broken.append(f"{where}: no anchor #{anchor}")
    assert followed > 500
    assert broken == []


def test_search_works_on_the_site_opened_from_disk(browser: Browser, site: Path) -> None:
    page = browser.new_page()
    page.goto((site / "index.html").as_uri(), wait_until="load")
    page.locator("input.md-search__input").wait_for(state="visible")
    page.fill("input.md-search__input", "withdraw")
    page.locator(".md-search-result__item").first.wait_for(timeout=30_000)
    results = page.locator(".md-search-result__item a").evaluate_all("els => els.map(e => e.href)")
    assert any("reference/altmarket.html" in result for result in results), results
    page.close()


@pytest.mark.parametrize("exchange", ["altmarket", "hashgreen"])
def test_the_model_pages_show_one_table_per_model(
    browser: Browser, site: Path, exchange: str
) -> None:
    page = browser.new_page()
    page.goto((site / "reference" / f"{exchange}-models.html").as_uri())
    article = page.locator("article")
    text = article.inner_text()
    assert "Contains all the data models" not in text
    headings = article.locator("h2[id]").evaluate_all("els => els.map(e => e.id)")
    prefix = f"{exchange}_client.models."
    models = [heading for heading in headings if heading.startswith(prefix)]
    assert f"{prefix}Order" in models
    # Under each model's heading: its docstring and exactly one table (or a line saying it has
    # no fields), with a row per field; no field has a heading of its own.
    shown = page.evaluate(
        """prefix => [...document.querySelectorAll("article h2[id]")]
            .filter(h => h.id.startsWith(prefix))
            .map(h => {
                let tables = 0, rows = 0, e = h.nextElementSibling;
                for (; e && e.tagName !== "H2"; e = e.nextElementSibling) {
                    if (e.textContent.startsWith("No fields")) tables += 1;
                    for (const t of (e.tagName === "TABLE" ? [e] : e.querySelectorAll("table"))) {
                        tables += 1; rows += t.querySelectorAll("tbody tr").length;
                    }
                }
                return [h.id, tables, rows];
            })""",
        prefix,
    )
    assert {name: tables for name, tables, _ in shown if tables != 1} == {}
    assert dict((name, rows) for name, _, rows in shown)[f"{prefix}Order"] >= 5
    assert article.locator("h3, h4").count() == 0
    page.close()


@pytest.mark.parametrize(
    ("exchange", "operation"),
    [
        ("altmarket", "trading.TradingApi.create_order"),
        ("hashgreen", "orders.OrdersApi.list_orders"),
    ],
)
def test_the_api_pages_show_each_operation_once_sync_and_async_together(
    browser: Browser, site: Path, exchange: str, operation: str
) -> None:
    page = browser.new_page()
    page.goto((site / "reference" / f"{exchange}-api.html").as_uri())
    article = page.locator("article")
    text = article.inner_text()
    assert "Api(runner" not in text and "runner: Runner" not in text
    # Each parameter once, in its operation's table, not again as the docstring's Args: list.
    assert "Args:" not in text and ":param " not in text
    operations = article.locator("h3[id]").evaluate_all("els => els.map(e => e.id)")
    names = [heading.rsplit(".", 1)[-1] for heading in operations]
    assert len(names) == len(set(names)) >= 3
    assert f"{exchange}_client.api.{operation}" in operations
    heading = page.locator(f'h3[id="{exchange}_client.api.{operation}"]')
    code = heading.locator("xpath=following-sibling::div[contains(@class, 'highlight')][1]")
    shown = code.inner_text()
    name = operation.rsplit(".", 1)[-1]
    assert f".{name}(" in shown and f"await {exchange_var(exchange)}.api." in shown
    table = heading.locator("xpath=following::table[1]")
    rows = table.locator("tbody tr").evaluate_all(
        "rows => rows.map(r => Array.from(r.cells, c => c.innerText.trim()))"
    )
    assert rows, f"{operation}: no parameter table"
    undescribed = [row[0] for row in rows if not row[2]]
    assert not undescribed, f"{operation}: parameters without a description: {undescribed}"
    page.close()
