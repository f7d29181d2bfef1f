"""Parse time against input size: is the cost near-linear?

Builds inputs at 1x, 10x and 100x from real pages in two ways, in one run:
  * rows: the page's body repeated (more rows, more tables, more text blocks);
  * lines: every label and prose line lengthened k times (longer lines, same structure);
and adversarial shapes: only pipes, one long line, a long run of numbers with no labels.
Prints seconds, MB/s and the slowdown relative to linear (time ratio / size ratio; ~1 is linear).

    python benchmarks/scaling.py [--shared ../shared] [--max 100]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import refold


def repeat_rows(text: str, k: int) -> str:
    head, sep, body = text.partition("\n|Accounting Policies [Abstract]")
    if not sep:
        return text * k
    return head + (sep + body) * k


def lengthen_lines(text: str, k: int) -> str:
    out = []
    for line in text.split("\n"):
        if re.search(r"[a-z]{3}", line) and not line.startswith("|X"):
            words = line.split(" ")
            line = " ".join(words + words[1:] * (k - 1))
        out.append(line)
    return "\n".join(out)


def timed(text: str, repeat: int = 3, variant: str | None = None) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        refold.parse(text, variant=variant)
        best = min(best, time.perf_counter() - start)
    return best


def report(name: str, make, factors, variant: str | None = None) -> None:
    base_size = base_time = None
    for k in factors:
        text = make(k)
        size = len(text.encode())
        seconds = timed(text, 3 if size < 5e6 else 1, variant)
        if base_size is None:
            base_size, base_time = size, seconds
        slowdown = (seconds / base_time) / (size / base_size)
        print(f"{name:<14} {k:>4}x {size / 1e6:>9.2f} MB {seconds:>9.3f} s {size / 1e6 / seconds:>8.2f} MB/s"
              f"   vs linear: {slowdown:>5.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--max", type=int, default=100)
    args = ap.parse_args()
    seed = (Path(args.shared) / "seed" / "R35-cloopen-2023-policies-tables.txt").read_text(encoding="utf-8")
    factors = [k for k in (1, 10, 100) if k <= args.max]
    print(f"{'input':<14} {'size':>5} {'':>12} {'time':>11} {'speed':>13}")
    report("seed rows", lambda k: repeat_rows(seed, k), factors)
    report("seed lines", lambda k: lengthen_lines(seed, k), factors)
    report("only pipes", lambda k: "|\n" * (20_000 * k), factors)
    report("one line", lambda k: "word " * (20_000 * k), factors)
    report("numbers", lambda k: "|1,234\n|(5\n|)\n" * (5_000 * k), factors)
    report("labels", lambda k: "|Cash and cash equivalents\n" * (5_000 * k), factors)
    report("sections", lambda k: "|Segment [Member]\n|Cash\n|5\n" * (3_000 * k), factors)
    # a page written on one line whose block holds rows of values with no header (the inline
    # reader tries each run as a table's first row: its look back must stay bounded)
    report("inline rows", lambda k: "Loans | Loans " + "Cash 1,234 5,678 " * (2_000 * k), factors)
    # a blank-line page whose block opens with a long run of spacer cells before its one row
    spacers = "XML 1 R1.htm IDEA: XBRL DOCUMENT v3\nX (Tables)\n12 Months Ended\nDec. 31, 2022\nAbstract  \n"
    report("spacers", lambda k: spacers + " \n\n" * (8_000 * k) + "Label\n\nName\n\n1\n", factors)
    # a statement of equity whose crawl dropped the empty cells, its sparse rows between two
    # balances that do not close (the roll-forward search runs exactly, then with rounding allowed)
    equity = "|\nStatement of Equity - USD ($)\n" + "".join(f"|\n{c}\n" for c in (
        "Common Stock", "Additional Paid-in Capital", "Retained Earnings", "Total"))
    report("equity rows", lambda k: equity + "|Balance at Dec. 31, 2023\n|$ 1\n|$ 2\n|$ 3\n|$ 6\n"
           + "|Stock issued\n|5\n|5\n|Net loss\n|(7)\n|(7)\n" * (500 * k)
           + "|Balance at Dec. 31, 2024\n|$ 9\n|$ 2\n|$ 1\n|$ 12\n", factors)
    # each other flattening: the corpus's longest page of it (a few kB), repeated 100x and more
    # (read as that variant): the line readers look ahead, and must not look at the whole page
    for variant, text in longest_pages(Path(args.shared) / "corpus" / "pages.jsonl").items():
        report(variant[:14], lambda k, text=text: text * (100 * k), factors, variant)


def longest_pages(corpus: Path) -> dict[str, str]:
    """The longest page of each flattening other than pipe-prefix in the crawl corpus."""
    import json

    best: dict[str, str] = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        variant = page["variant"]
        if variant in ("whitespace-rows", "line-per-cell", "blank-line", "pipe-suffix", "mixed") \
                and len(page["text"]) > len(best.get(variant, "")):
            best[variant] = page["text"]
    return best


if __name__ == "__main__":
    main()
