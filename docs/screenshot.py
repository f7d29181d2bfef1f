"""Take docs/viewer.png: the viewer on the seed, a cell clicked. Run from the repository root:
`.venv/bin/python docs/screenshot.py` (needs Debian's chromium and the test extras)."""

import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from refold.viewer import create_app

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

server = uvicorn.Server(uvicorn.Config(create_app([ROOT.parent / "shared" / "seed"]), host="127.0.0.1",
                                       port=8799, log_level="warning"))
threading.Thread(target=server.run, daemon=True).start()
while not server.started:
    time.sleep(0.05)
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
    page = browser.new_page(viewport={"width": 1400, "height": 820})
    page.goto("http://127.0.0.1:8799/file?path=R35-cloopen-2023-policies-tables.txt")
    page.locator("table.refold[data-table='5'] td", has_text="(99,647)").first.click()
    page.screenshot(path=str(ROOT / "docs" / "viewer.png"))
    browser.close()
server.should_exit = True
