"""The `refold` command: parse, check, facts, export, batch, query, explain, eval, serve.

Errors refold raises on purpose (`RefoldError`) print one line and exit 2; `--debug` shows the
traceback. Heavy modules (rich) are imported only by the commands that draw.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from refold.errors import RefoldError


def cmd_parse(args) -> int:
    page = read_page(args.file, args.variant)
    if args.json:
        print(page.to_json(indent=1))
        return 0
    from refold.render import console, page_view

    out = console(args.no_color)
    if args.pager:
        with out.pager(styles=not args.no_color):
            out.print(page_view(page))
    else:
        out.print(page_view(page))
    return 0


def read_page(file: str, variant: str | None = None):
    """Parse a file (text or HTML), refusing text that holds no report page."""
    from refold.errors import NotAReportPage
    from refold.inputs import read_text
    from refold.pipeline import has_report_structure, parse_any
    from refold.variants import UNKNOWN

    text = read_text(file)
    page = parse_any(text, file, variant)
    if not has_report_structure(page):
        hint = ("; its lines fit none of the flattenings refold reads (see `refold detect`)"
                if page.variant == UNKNOWN else "")
        raise NotAReportPage(f"{file}: no report page found (no title, table, text block or definitions){hint}")
    return page


def cmd_detect(args) -> int:
    """The variant chosen for each file and the score of every candidate."""
    from refold.htmlread import looks_like_html
    from refold.inputs import read_text
    from refold.variants import detect

    results = []
    for file in args.files:
        text = read_text(file)
        if looks_like_html(text):
            results.append({"file": file, "variant": "html", "scores": {}})
            continue
        results.append({"file": file, **detect(text).to_dict()})
    if args.json:
        import json

        print(json.dumps(results if len(results) > 1 else results[0], indent=1))
        return 0
    for r in results:
        scores = "  ".join(f"{v} {s:.2f}" for v, s in r["scores"].items())
        print(f"{r['file']}: {r['variant']}" + (f"   ({scores})" if scores else ""))
    return 0


def pages_of(path: str):
    """(name, page) for a page file, or for every line of a JSON Lines file (`text` field), read
    one line at a time."""
    if path.endswith((".jsonl", ".jsonl.gz")):
        from refold.batch import records_of_file
        from refold.pipeline import parse_any

        for record in records_of_file(Path(path), path, "text", None, "url"):
            name = record.url or record.id
            try:
                if isinstance(record.data, str) and record.data.startswith("\x00"):
                    raise RefoldError(record.data[1:])
                yield name, parse_any(record.data, name)
            except RefoldError as e:
                print(f"refold: {name}: {e}", file=sys.stderr)
        return
    yield path, read_page(path)


def cmd_check(args) -> int:
    from collections import Counter

    found: list[tuple[str, Any]] = []  # (page name, check)
    for path in args.files:
        for name, page in pages_of(path):
            found.extend((name, c) for c in page.checks())
    checks = [c for _, c in found]
    if args.summary:
        counts = Counter((c.kind, c.status) for c in checks)
        pages = len({name for name, _ in found})
        print(f"{len(checks)} relations on {pages} pages with any")
        for kind in ("sum", "rollforward", "cross-table", "translation"):
            row = {s: counts[(kind, s)] for s in ("ok", "rounding", "mismatch")}
            print(f"  {kind:<12} " + "  ".join(f"{s} {n:>4}" for s, n in row.items()))
        for name, c in found:
            if c.status == "mismatch":
                print(f"  mismatch: {name}: {c.kind} {' / '.join(c.rows[:3])}")
    elif args.json:
        if len(args.files) == 1 and not args.files[0].endswith((".jsonl", ".jsonl.gz")):
            print(json.dumps([c.to_dict() for c in checks], ensure_ascii=False, indent=1))
        else:
            print(json.dumps([{"page": n, **c.to_dict()} for n, c in found], ensure_ascii=False, indent=1))
    else:
        from refold.render import checks_view, console

        console(args.no_color).print(checks_view(checks))
    mismatches = sum(c.status == "mismatch" for c in checks)
    if mismatches:
        print(f"refold: {mismatches} mismatch{'es' if mismatches > 1 else ''}", file=sys.stderr)
    return 1 if args.strict and mismatches else 0


def cmd_facts(args) -> int:
    from refold.facts import page_facts, write_csv, write_parquet

    facts = page_facts(read_page(args.file, args.variant))
    if args.parquet:
        try:
            write_parquet(facts, args.parquet)
        except ImportError as e:
            raise RefoldError(f"--parquet needs pyarrow ({e}); install it with pip install 'refold[frames]'") from e
        print(f"{len(facts)} facts -> {args.parquet}", file=sys.stderr)
    elif args.csv:
        write_csv(facts, sys.stdout)
    else:
        from refold.render import console, facts_view

        console(args.no_color).print(facts_view(facts))
    return 0


def cmd_export(args) -> int:
    from refold.exports import export, render

    page = read_page(args.file, args.variant)
    if args.output is None:
        if args.to in ("xlsx", "parquet"):
            raise RefoldError(f"--to {args.to} writes a binary file: give it a path with -o")
        text = render(page, args.to, long=args.long).decode("utf-8")
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return 0
    try:
        written = export(page, args.to, Path(args.output), long=args.long)
    except ImportError as e:
        raise RefoldError(f"--to {args.to} needs a package that is not installed ({e}); "
                          "pip install 'refold[frames,exports]'") from e
    for path in written:
        print(path, file=sys.stderr)
    return 0


def cmd_serve(args) -> int:
    try:
        from refold.viewer import serve
    except ImportError as e:
        raise RefoldError(f"the viewer needs its packages ({e}); pip install 'refold[viewer]'") from e
    print(f"refold viewer on http://{args.host}:{args.port}/ (Ctrl-C stops it)", file=sys.stderr)
    serve(args.paths, host=args.host, port=args.port)
    return 0


def cmd_batch(args) -> int:
    try:
        from refold.batch import run_batch
        import pyarrow  # noqa: F401  (fail early, with the hint below)
    except ImportError as e:
        raise RefoldError(f"refold batch needs pyarrow ({e}); pip install 'refold[batch]'") from e
    started = time.perf_counter()
    if args.quiet:
        totals = run(args, run_batch, None)
    else:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        columns = (SpinnerColumn(), TextColumn("{task.completed:,} pages"), TextColumn("{task.fields[rate]}"),
                   TextColumn("{task.fields[errors]} errors"), TimeElapsedColumn())
        with Progress(*columns, transient=False) as bar:
            task = bar.add_task("batch", total=None, rate="", errors=0)

            def progress(pages: int, errors: int) -> None:
                bar.advance(task, pages)
                done = bar.tasks[0].completed
                bar.update(task, errors=errors, rate=f"{done / max(time.perf_counter() - started, 1e-9):,.0f} pages/s")

            totals = run(args, run_batch, progress)
    seconds = time.perf_counter() - started
    print(f"{totals.pages:,} pages in {totals.chunks} chunks ({totals.skipped_chunks} already done), "
          f"{totals.errors} errors, {seconds:.1f} s -> {args.output}", file=sys.stderr)
    return 0


def run(args, run_batch, progress):
    return run_batch(args.inputs, args.output, workers=args.jobs, engine=args.engine, scheduler=args.scheduler,
                     resume=args.resume, chunk_size=args.chunk_size, text_field=args.text_field,
                     id_field=args.id_field, progress=progress)


def cmd_query(args) -> int:
    try:
        from refold.batch import connect
    except ImportError as e:
        raise RefoldError(f"refold query needs duckdb ({e}); pip install 'refold[batch]'") from e
    connection = connect(args.outdir)
    try:
        result = connection.execute(args.sql)
    except Exception as e:  # duckdb's errors: one line for the user
        raise RefoldError(f"query failed: {e}") from e
    names = [d[0] for d in result.description]
    rows = result.fetchall()
    if args.csv:
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        writer.writerows(rows)
        return 0
    from rich import box
    from rich.table import Table as RichTable

    from refold.render import console

    view = RichTable(box=box.SIMPLE_HEAVY)
    for name in names:
        view.add_column(name, overflow="fold")
    for row in rows:
        view.add_row(*("" if v is None else str(v) for v in row))
    console(args.no_color).print(view)
    return 0


def cmd_flatten(args) -> int:
    """An R page's HTML as a crawl of the chosen variant stores it."""
    from refold.flatten import flatten
    from refold.inputs import read_text

    text = flatten(read_text(args.file), args.variant)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def cmd_roundtrip(args) -> int:
    """Parse each R page's HTML, flatten it as every variant, parse the text, and score it."""
    from refold.evaluate import roundtrip
    from refold.flatten import FLATTENINGS

    variants = args.variant or list(FLATTENINGS)
    summary = roundtrip(expand_html(args.files), variants, why=args.why)
    whys = [w for p in summary.pages for w in p.why]
    if args.json:
        import json

        doc: dict = {v: summary.totals(v) for v in variants}
        if args.why:
            doc = {"scores": doc, "why": [why_record(w) for w in whys]}
        print(json.dumps(doc, indent=1))
        return 0
    print_scores(summary, variants, args.worst)
    if args.why:
        print_why(whys, variants)
    return 0


def cmd_sparse(args) -> int:
    """Whitespace-rows pages written back as a crawl that drops empty cells, read again, scored."""
    from refold.evaluate import sparse_roundtrip

    summary = sparse_roundtrip(named_texts(args.files))
    if args.json:
        print(json.dumps(summary.totals(), indent=1))
        return 0
    print_scores(summary, ["all"], args.worst)
    return 0


def named_texts(files: list[str]):
    """(name, text) for each page of the files: a JSON Lines file's lines read as `pages_of`
    reads them (`batch.records_of_file`: field `text`, named by `url` or file and line), any
    other file whole."""
    from refold.inputs import read_text

    for file in files:
        if file.endswith((".jsonl", ".jsonl.gz")):
            from refold.batch import records_of_file

            for record in records_of_file(Path(file), file, "text", None, "url"):
                name = record.url or record.id
                if isinstance(record.data, str) and record.data.startswith("\x00"):
                    print(f"refold: {name}: {record.data[1:]}", file=sys.stderr)
                    continue
                yield name, record.data
        else:
            yield file, read_text(file)


def why_record(why) -> dict:
    return {"page": why.page, "variant": why.variant, "table": why.index, "f1": round(why.f1, 4),
            "not_written": why.not_written,
            "differences": [{"kind": d.kind, "rows": d.label, "not_written": d.not_written} for d in why.differences]}


def print_why(whys, variants: list[str]) -> None:
    """Each inexact table with what differs: first those whose differences the text does not
    write (no reader of it alone can be sure), then the misread ones, worst first."""
    print("\nwhy tables differ:")
    print(f"  {'variant':<16} {'inexact':>7} {'not written':>11} {'misread':>7}")
    for v in variants:
        mine = [w for w in whys if w.variant == v]
        hidden = sum(w.not_written for w in mine)
        print(f"  {v:<16} {len(mine):>7} {hidden:>11} {len(mine) - hidden:>7}")
    for title, group in (("not written in the text", [w for w in whys if w.not_written]),
                         ("misread (the text writes it)", [w for w in whys if not w.not_written])):
        print(f"\n{title}:")
        for w in sorted(group, key=lambda w: (w.f1, w.page, w.variant)):
            shown = "; ".join(f"{d.kind} {d.label[:48]!r}" + (f" ({d.not_written.split(':')[0]})" if d.not_written else "")
                              for d in w.differences[:2])
            more = f" +{len(w.differences) - 2} more" if len(w.differences) > 2 else ""
            print(f"  {w.page + ' t' + str(w.index):<24} {w.variant:<16} F1={w.f1:.3f}  {shown}{more}")


def expand_html(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for path in map(Path, paths):
        out += sorted(p for p in path.rglob("*") if p.name.endswith((".htm", ".html", ".htm.gz", ".html.gz"))) \
            if path.is_dir() else [path]
    return out


def cmd_explain(args) -> int:
    from refold.inputs import read_text
    from refold.pipeline import trace
    from refold.render import console, explain_view

    t = trace(read_text(args.file), source=args.file, variant=args.variant)
    console(args.no_color).print(explain_view(t))
    return 0


def cmd_eval(args) -> int:
    from refold.evaluate import evaluate

    label_dir = Path(args.labeldir)
    if not label_dir.is_dir():
        raise RefoldError(f"{label_dir}: not a folder of labeled pages")
    summary = evaluate(label_dir)
    if not summary.pages:
        raise RefoldError(f"{label_dir}: no NAME.txt + NAME.expected.json pairs")
    if args.pred:
        Path(args.pred).mkdir(parents=True, exist_ok=True)
        from refold.pipeline import parse

        for p in summary.pages:
            text = (label_dir / f"{p.name}.txt").read_text(encoding="utf-8")
            (Path(args.pred) / f"{p.name}.json").write_text(parse(text).to_json(), encoding="utf-8")
    variants = sorted({p.variant for p in summary.pages})
    if args.json:
        rows = {"all": summary.totals(), **{v: summary.totals(v) for v in variants}}
        print(json.dumps(rows, indent=1))
        return 0
    print_scores(summary, ["all", *variants], args.worst)
    return 0


def print_scores(summary, variants: list[str], worst: int) -> None:
    """The per-variant score table (`all`: every page), then the worst pages."""
    print(f"{'variant':<16} {'pages':>5} {'tables':>6} {'cells':>6} {'P':>7} {'R':>7} {'F1':>7} {'exact':>7} {'header':>7}")
    for name in variants:
        t = summary.totals(None if name == "all" else name)
        print(f"{name:<16} {t['pages']:>5} {t['tables']:>6} {t['cells_expected']:>6} {t['precision']:>7.4f} "
              f"{t['recall']:>7.4f} {t['f1']:>7.4f} {t['table_exact']:>3}/{t['tables']:<3} {t['header']:>7.3f}")
    print("\nworst pages:")
    for p in sorted(summary.pages, key=lambda p: p.f1)[:worst]:
        print(f"  {p.name:<28} {p.variant:<16} F1={p.f1:.3f} exact={p.exact}/{p.tables}")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="refold", description="Recover tables from flattened EDGAR report pages.")
    ap.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = ap.add_subparsers(dest="command", required=True)
    from refold.variants import VARIANTS

    def variant_option(parser) -> None:
        parser.add_argument("--variant", choices=VARIANTS,
                            help="read the text as this flattening instead of detecting it")

    d = sub.add_parser("detect", help="which flattening a page is, with the score of every candidate")
    d.add_argument("files", nargs="+", metavar="FILE")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=cmd_detect)
    for name in ("parse", "show"):  # `show` is another name for `parse`
        p = sub.add_parser(name, help="parse a page and show its tables, checks marked on their rows")
        p.add_argument("file", help="a page (.txt, .html, .gz) or - for stdin")
        p.add_argument("--json", action="store_true", help="print the JSON document")
        p.add_argument("--no-color", action="store_true")
        p.add_argument("--pager", action="store_true", help="page long output through the system pager")
        variant_option(p)
        p.set_defaults(func=cmd_parse)
    c = sub.add_parser("check", help="find the sums, roll-forwards, repeated amounts and translations a page implies")
    c.add_argument("files", nargs="+", metavar="FILE",
                   help="pages (text, HTML, .gz) or JSON Lines of pages (a `text` field each)")
    c.add_argument("--json", action="store_true", help="print the relations as a JSON list")
    c.add_argument("--summary", action="store_true", help="count relations by kind and status; list mismatches")
    c.add_argument("--strict", action="store_true", help="exit 1 when any relation is a mismatch")
    c.add_argument("--no-color", action="store_true")
    c.set_defaults(func=cmd_check)
    f = sub.add_parser("facts", help="one row per value: label, section, column, period, unit, scale, value")
    out = f.add_mutually_exclusive_group()
    out.add_argument("--csv", action="store_true", help="write CSV to stdout")
    out.add_argument("--parquet", metavar="PATH", help="write a Parquet file (needs pyarrow)")
    f.add_argument("file")
    f.add_argument("--no-color", action="store_true")
    variant_option(f)
    f.set_defaults(func=cmd_facts)
    x = sub.add_parser("export", help="write the tables as CSV, JSON, Markdown, HTML, XLSX or Parquet")
    x.add_argument("file")
    x.add_argument("--to", required=True, choices=["csv", "json", "md", "html", "xlsx", "parquet"])
    x.add_argument("-o", "--output", help="the file to write (CSV: one FILE-tableN.csv per table); default stdout")
    x.add_argument("--long", action="store_true", help="CSV: one tidy file, a row per value (as refold facts)")
    variant_option(x)
    x.set_defaults(func=cmd_export)
    w = sub.add_parser("serve", help="a local web app: source and tables side by side, checks, downloads")
    w.add_argument("paths", nargs="*", help="folders whose pages can be opened from the start page")
    w.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    w.add_argument("--port", type=int, default=8765)
    w.set_defaults(func=cmd_serve)
    b = sub.add_parser("batch", help="parse many pages into Parquet datasets: pages, tables, cells, diagnostics")
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files (.txt, .htm, .html, .gz), folders, JSON Lines or Parquet of pages")
    b.add_argument("-o", "--output", required=True, metavar="OUTDIR")
    b.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    b.add_argument("--engine", choices=["local", "dask"], default="local")
    b.add_argument("--scheduler", metavar="ADDRESS", help="a dask scheduler (default: a LocalCluster)")
    b.add_argument("--resume", action="store_true", help="continue a killed batch in OUTDIR")
    b.add_argument("--chunk-size", type=int, default=200, help="pages per chunk (the unit of work and resume)")
    b.add_argument("--text-field", default="text", help="JSON Lines / Parquet field with the page text")
    b.add_argument("--id-field", help="JSON Lines / Parquet field with the page id (default: file:line)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=cmd_batch)
    q = sub.add_parser("query", help="SQL (DuckDB) over a batch output: tables pages, tables, cells, diagnostics")
    q.add_argument("outdir")
    q.add_argument("sql")
    q.add_argument("--csv", action="store_true")
    q.add_argument("--no-color", action="store_true")
    q.set_defaults(func=cmd_query)
    e = sub.add_parser("explain", help="show which source line became which cell, row and column")
    e.add_argument("file")
    e.add_argument("--no-color", action="store_true")
    variant_option(e)
    e.set_defaults(func=cmd_explain)
    fl = sub.add_parser("flatten", help="write an R page's HTML as a crawl of one variant stores it")
    fl.add_argument("file", help="an R page (.htm, .html, .gz)")
    from refold.flatten import FLATTENINGS

    fl.add_argument("--variant", choices=FLATTENINGS, default="pipe-prefix")
    fl.add_argument("-o", "--output", help="the file to write (default stdout)")
    fl.set_defaults(func=cmd_flatten)

    rt = sub.add_parser("roundtrip", help="HTML vs its flattenings: parse each and score the tables per variant")
    rt.add_argument("files", nargs="+", metavar="HTML",
                    help="R pages or filing documents (.htm, .html, .gz; each data table of a filing as a note page), or folders of them")
    rt.add_argument("--variant", action="append", choices=FLATTENINGS, help="only this variant (repeatable)")
    rt.add_argument("--json", action="store_true")
    rt.add_argument("--worst", type=int, default=10)
    rt.add_argument("--why", action="store_true",
                    help="list each inexact table with what differs and whether the text writes it (refold.differences)")
    rt.set_defaults(func=cmd_roundtrip)

    sp = sub.add_parser("sparse", help="placement on real pages: whitespace-rows pages re-written without their "
                                       "empty cells, read again and scored against their first reading")
    sp.add_argument("files", nargs="+", metavar="FILE", help="pages (.txt) or JSON Lines of pages (field text)")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--worst", type=int, default=10)
    sp.set_defaults(func=cmd_sparse)

    v = sub.add_parser("eval", help="score the parser on labeled pages")
    v.add_argument("labeldir")
    v.add_argument("--json", action="store_true", help="print the figures as JSON")
    v.add_argument("--worst", type=int, default=5, help="how many of the worst pages to list")
    v.add_argument("--pred", help="also write each prediction as PRED/NAME.json (for score.py)")
    v.set_defaults(func=cmd_eval)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except RefoldError as e:
        if args.debug:
            raise
        print(f"refold: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
