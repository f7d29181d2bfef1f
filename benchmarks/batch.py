"""Corpus-scale benchmark: throughput and peak memory of the core parse, `refold batch` with 1 and 2
workers, `--engine dask`, and pandas.read_html on the same tables' HTML, all in one run.

The corpus is N pages built from ../shared/corpus/pages.jsonl: page i is corpus page i mod 281
with its digits changed (each digit of a value line shifted by i), so no two pages are the same
and caches cannot remember them. The HTML for the pandas reference is refold's own HTML export of
each page's tables (the same tables, as HTML a user would otherwise hand to read_html).

Every configuration runs in its own process, so each peak RSS is its own (from wait4: the
largest of the process and the children it waited for; dask workers run in their own
processes, so for dask this is the client's side). Run: `.venv/bin/python benchmarks/batch.py N [N ...]` (default 10000);
`--only=core,j1,j2,dask,pandas,ccore,cj1,cj2` runs some configurations only (the `c` ones use the
compiled core, built first: `REFOLD_COMPILE=1`, see setup.py).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "pages.jsonl"
_VALUE_LINE = re.compile(r"^\|?\s*[$(]?\s*[\d,.]+\)?%?\s*$")
_DIGIT = re.compile(r"\d")


def vary(text: str, i: int) -> str:
    """Change the numbers of a page (not its structure): digits of value lines shift by i."""
    def shift(m: re.Match) -> str:
        return str((int(m.group(0)) + i) % 10)
    lines = text.split("\n")
    return "\n".join(_DIGIT.sub(shift, line) if _VALUE_LINE.match(line) else line for line in lines)


def build(n: int, folder: Path) -> tuple[Path, Path, float]:
    base = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    pages = folder / f"pages-{n}.jsonl"
    size = 0
    with pages.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = base[i % len(base)]
            text = vary(record["text"], i // len(base))
            size += len(text.encode("utf-8"))
            out.write(json.dumps({"url": record["url"], "text": text}) + "\n")
    html = folder / f"html-{n}.jsonl"
    sample = min(n, 2000)  # read_html is slow: time it on a sample and scale per page
    with html.open("w", encoding="utf-8") as out:
        import refold
        from refold.exports import page_to_html

        for i, line in enumerate(pages.open(encoding="utf-8")):
            if i == sample:
                break
            page = refold.parse(json.loads(line)["text"])
            out.write(json.dumps({"html": page_to_html(page) if page.tables else ""}) + "\n")
    return pages, html, size / 1e6


CORE = """
import json, sys, time
import refold
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
t0 = time.perf_counter()
for t in texts:
    refold.parse(t)
print(time.perf_counter() - t0)
"""

PANDAS = """
import io, json, sys, time
import pandas as pd
docs = [json.loads(l)["html"] for l in open(sys.argv[1], encoding="utf-8")]
t0 = time.perf_counter()
for d in docs:
    if d:
        pd.read_html(io.StringIO(d))
print(time.perf_counter() - t0, len(docs))
"""


def run(command: list[str], env: dict | None = None) -> tuple[float, float, str]:
    """Wall time, peak RSS in MB (the process, or its largest waited-for child), and its output."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - t0
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise SystemExit(f"{command} failed: {err.read()[-2000:]}")
        return wall, usage.ru_maxrss / 1024, out.read().strip()


def compiled_site(folder: Path) -> dict:
    """Build the compiled core (`REFOLD_COMPILE=1`, setup.py) into a folder; the environment
    that puts it first on the path."""
    sys.path.insert(0, str(ROOT / "_build"))
    from compiled_wheel import compiled_site as build  # the test's build too

    return {**os.environ, "PYTHONPATH": str(build(ROOT, folder))}


def main() -> None:
    only = {k for a in sys.argv[1:] if a.startswith("--only=") for k in a[7:].split(",")}  # --only=dask
    sizes = [int(a) for a in sys.argv[1:] if not a.startswith("--")] or [10_000]
    python = sys.executable
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        compiled = compiled_site(folder / "compiled") if not only or only & {"ccore", "cj1", "cj2"} else None
        for n in sizes:
            pages, html, megabytes = build(n, folder)
            for key, label, env in (("core", "core parse (1 process)", None),
                                    ("ccore", "core parse, compiled (1 process)", compiled)):
                if only and key not in only:
                    continue
                _, core_rss, printed = run([python, "-c", CORE, str(pages)], env)
                core_s = float(printed)
                rows.append((n, label, core_s, n / core_s, megabytes / core_s, core_rss))
            for key, label, extra, env in (
                    ("j1", "batch -j 1", ["-j", "1"], None), ("j2", "batch -j 2", ["-j", "2"], None),
                    ("dask", "batch --engine dask -j 2", ["-j", "2", "--engine", "dask"], None),
                    ("cj1", "batch -j 1, compiled", ["-j", "1"], compiled),
                    ("cj2", "batch -j 2, compiled", ["-j", "2"], compiled)):
                if only and key not in only:
                    continue
                out = folder / f"out-{n}-{len(rows)}"
                wall, rss, _ = run([python, "-m", "refold.cli", "batch", str(pages), "-o", str(out), "--quiet", *extra],
                                   env)
                rows.append((n, label, wall, n / wall, megabytes / wall, rss))
            if not only or "pandas" in only:
                pandas_s, pandas_rss, printed = run([python, "-c", PANDAS, str(html)])
                seconds, docs = (float(x) for x in printed.split())
                rows.append((n, f"pandas.read_html (on {int(docs)} pages' HTML)", seconds, docs / seconds, None,
                             pandas_rss))
    print("| pages | configuration | seconds | pages/s | MB/s | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    for n, label, seconds, per_s, mb_s, rss in rows:
        mb = f"{mb_s:.2f}" if mb_s is not None else "-"
        print(f"| {n:,} | {label} | {seconds:.1f} | {per_s:,.0f} | {mb} | {rss:.0f} |")


if __name__ == "__main__":
    main()
