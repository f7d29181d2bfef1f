"""The viewer end to end in headless Chromium (Debian's `chromium`, driven by Playwright through
`executable_path`): load the seed, read the cash table, click a cell and see its source line lit,
click a line and see its cells lit, download the XLSX."""

import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import sync_playwright

from refold.viewer import create_app

CHROMIUM = "/usr/bin/chromium"
# the flags this machine needs: no sandbox as root, no background traffic on a closed network
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SEED = "R35-cloopen-2023-policies-tables.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(shared):
    port = free_port()
    config = uvicorn.Config(create_app([shared / "seed"]), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(100):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).exists(), "Debian's chromium is needed (apt-get install chromium; .ci/run does it)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1500, "height": 900})
    tab = context.new_page()
    tab.goto(f"{server}/file?path={SEED}")
    yield tab
    context.close()


def test_cash_table_cells(page):
    cash = page.locator("table.refold[data-table='1']")
    assert cash.locator("caption").inner_text() == "SCHEDULE OF CASH ON HAND AND CASH AT BANK"
    row = cash.locator("tr", has=page.locator("th", has_text="Total cash balances held at financial institutions"))
    assert row.locator("td").all_inner_texts() == ["526,717", "377,947"]
    assert cash.locator("tbody tr").count() == 32


def test_clicking_a_cell_lights_its_source_line(page):
    page.locator("table.refold[data-table='1'] td", has_text="209,053").first.click()
    lit = page.locator(".ln.hl")
    assert lit.all_inner_texts() == ["|209,053"]
    assert lit.first.is_visible()


def test_clicking_a_line_lights_its_cells(page):
    line = page.locator(".ln", has_text="|237,178").first
    line.click()
    assert page.locator("td.sel").all_inner_texts() == ["237,178"]


def test_hover_lights_the_source(page):
    page.locator("table.refold[data-table='1'] td", has_text="142,257").first.hover()
    assert page.locator(".ln.hv").all_inner_texts() == ["|142,257"]


def test_download_xlsx(page, tmp_path):
    from openpyxl import load_workbook

    with page.expect_download() as info:
        page.locator("a", has_text="xlsx").click()
    target = tmp_path / "seed.xlsx"
    info.value.save_as(target)
    book = load_workbook(target)
    assert len(book.worksheets) == 9
    values = [c.value for row in book.worksheets[1].iter_rows() for c in row]
    assert 526717 in values


def test_checks_are_listed_with_their_status(page):
    assert page.locator(".checks summary").inner_text().startswith("17 relations")
    assert page.locator("li.check.rounding").count() == 1
    assert page.locator("th[data-check='ok']").count() >= 10
