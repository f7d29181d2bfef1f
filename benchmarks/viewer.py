"""How the viewer holds up on a large page: a ~1 MB page built from the seed's body repeated.

Measures, in one run: the core parse of the page, the server's work to open it (parse) and to
render its first view (checks + HTML), the browser's load of the view, and in the page itself
(`performance.now()` around the handlers) the time from a click on a cell to its source line
lit, and from a click on a line to its cells lit. Run: `.venv/bin/python benchmarks/viewer.py [MB]`.
"""

import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

import refold
from refold.viewer import create_app

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def big_page(megabytes: float) -> str:
    seed = (ROOT.parent / "shared/seed/R35-cloopen-2023-policies-tables.txt").read_text(encoding="utf-8")
    head, body = seed[: seed.index("|Accounting Policies")], seed[seed.index("|Accounting Policies"):]
    copies = max(1, int(megabytes * 1_000_000 / len(body)))
    return head + body * copies


CLICKS = """() => {
  const cells = [...document.querySelectorAll("td[data-lines]")];
  const cell = cells[cells.length - 5];
  const t0 = performance.now(); cell.click();
  const t1 = performance.now();
  const line = document.getElementById("L" + (document.querySelectorAll(".ln").length - 500));
  line.click();
  const t2 = performance.now(); line.click();
  const t3 = performance.now();
  return [t1 - t0, t2 - t1, t3 - t2, document.querySelectorAll(".ln.hl").length];
}"""


def main() -> None:
    from starlette.testclient import TestClient

    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    text = big_page(megabytes)
    t0 = time.perf_counter()
    page = refold.parse(text)
    parse_s = time.perf_counter() - t0
    folder = Path(tempfile.mkdtemp())
    (folder / "big.txt").write_text(text, encoding="utf-8")
    app = create_app([folder])
    client = TestClient(app)
    t0 = time.perf_counter()
    location = client.get("/file?path=big.txt", follow_redirects=False).headers["location"]
    open_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    html_bytes = len(client.get(location).content)
    render_s = time.perf_counter() - t0
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=8798, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        tab = browser.new_page()
        t0 = time.perf_counter()
        tab.goto(f"http://127.0.0.1:8798{location}", timeout=300_000)
        load_s = time.perf_counter() - t0
        cell_ms, first_line_ms, line_ms, lit = tab.evaluate(CLICKS)
        browser.close()
    server.should_exit = True
    print(f"page: {len(text) / 1e6:.2f} MB, {text.count(chr(10)) + 1} lines, {len(page.tables)} tables")
    print(f"core parse alone:                         {parse_s:6.2f} s")
    print(f"server: open (parse)                      {open_s:6.2f} s")
    print(f"server: first view (checks + HTML, {html_bytes / 1e6:.1f} MB) {render_s:6.2f} s (cached after)")
    print(f"browser: load the view                    {load_s:6.2f} s")
    print(f"browser: click a cell -> its line lit     {cell_ms:6.1f} ms")
    print(f"browser: click a line -> its cells lit    {first_line_ms:6.1f} ms first (builds the index), {line_ms:.1f} ms after")
    assert lit == 1


if __name__ == "__main__":
    main()
