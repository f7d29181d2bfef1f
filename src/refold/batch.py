"""`refold batch`: many pages in, four Parquet datasets out (pages, tables, cells, diagnostics).

Inputs are read lazily in a fixed order (files, folders walked sorted, JSON Lines line by line,
Parquet by row groups) and cut into chunks of `chunk_size` pages. Chunk k is always the same pages,
so a chunk is the unit of work, of output and of resumption:

- each chunk is parsed by one worker (`process_chunk`, a pure function of its records) and
  written as `OUTDIR/<dataset>/part-<k>.parquet` for the four datasets, each written to a
  temporary name and renamed, then `OUTDIR/_done/<k>` is created last;
- `--resume` skips chunks with a `_done` mark and redoes any other (a batch killed mid-chunk
  leaves at most temporary files, which are removed), so no page is lost or written twice;
- at most `2 × workers` chunks are in flight, so memory stays bounded however long the input.

One bad page never stops the batch: its error becomes a `diagnostics` row and its `pages` row
has status `error`. Workers are local processes (`-j N`) or dask.distributed workers
(`--engine dask`, a LocalCluster unless `--scheduler` names one); the outputs are the same
except for the `parse_ms` timing column.
"""

from __future__ import annotations

import gc
import gzip
import json
import os
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

PAGE_SUFFIXES = (".txt", ".htm", ".html", ".text", ".txt.gz", ".htm.gz", ".html.gz")
DATASETS = ("pages", "tables", "cells", "diagnostics")
DEFAULT_CHUNK = 200
DASK_MESSAGE_LOG = 10  # messages each dask comm keeps for debugging (see DaskEngine)
# allocations between the collector's youngest-generation passes while a chunk is parsed or
# written (Python's default is 700): see `fewer_collections`
CHUNK_GC_THRESHOLD = 10_000


@dataclass(frozen=True, slots=True)
class Record:
    """One page to parse: its id, its URL (if any), and its text or raw bytes."""

    id: str
    url: str
    data: str | bytes


# ------------------------------------------------------------------------------------ inputs


def iter_records(inputs: list[str], text_field: str = "text", id_field: str | None = None,
                 url_field: str = "url") -> Iterator[Record]:
    """Every page of every input, in a fixed order."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from records_of_file(child, str(child.relative_to(path.parent)), text_field, id_field, url_field)
        elif path.is_file():
            yield from records_of_file(path, str(path), text_field, id_field, url_field)
        else:
            from refold.errors import InputError

            raise InputError(f"{raw}: no such file or folder")


def records_of_file(path: Path, name: str, text_field: str, id_field: str | None, url_field: str) -> Iterator[Record]:
    lower = path.name.lower()
    if lower.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        opener = gzip.open if lower.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8", errors="replace") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as e:
                    yield Record(f"{name}:{number}", "", f"\x00bad json: {e}")
                    continue
                yield record_of_item(item, f"{name}:{number}", text_field, id_field, url_field)
    elif lower.endswith(".parquet"):
        import pyarrow.parquet as pq

        source = pq.ParquetFile(path)
        number = 0
        for batch in source.iter_batches(batch_size=256):
            for item in batch.to_pylist():
                number += 1
                yield record_of_item(item, f"{name}:{number}", text_field, id_field, url_field)
    elif lower.endswith(PAGE_SUFFIXES):
        raw = path.read_bytes()
        data: bytes | str = raw
        if lower.endswith(".gz"):
            try:
                data = gzip.decompress(raw)
            except (OSError, EOFError) as e:
                data = f"\x00bad gzip: {e}"
        yield Record(name, "", data)


def record_of_item(item: dict, fallback_id: str, text_field: str, id_field: str | None, url_field: str) -> Record:
    text = item.get(text_field)
    if not isinstance(text, (str, bytes)):
        text = f"\x00no {text_field!r} field"
    page_id = str(item.get(id_field)) if id_field and item.get(id_field) is not None else fallback_id
    return Record(page_id, str(item.get(url_field) or ""), text)


def chunks(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ------------------------------------------------------------------------------------ the work


@contextmanager
def fewer_collections():
    """The cyclic garbage collector run less often, then as it was. A chunk holds its rows (a
    tuple a cell) until they are written, and each collection of the older generations walks
    them all: with Python's default the collector took 8 to 9% of a one-worker batch (3,000 of
    the benchmark's pages, five alternated runs), where it costs the parse alone nothing
    measurable. The rows hold no cycles, so memory does not grow for it."""
    before = gc.get_threshold()
    gc.set_threshold(CHUNK_GC_THRESHOLD, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def process_chunk(records: list[Record]) -> dict[str, list]:
    """Parse every page of a chunk; rows for the four datasets (dicts, and for `cells` tuples
    in the dataset's column order). Never raises for one page."""
    out: dict[str, list] = {name: [] for name in DATASETS}
    with fewer_collections():
        for record in records:
            process_record(record, out)
    return out


def process_record(record: Record, out: dict[str, list]) -> None:
    from refold.errors import RefoldError
    from refold.facts import fact_tuples
    from refold.inputs import decode
    from refold.meaning import understand
    from refold.pipeline import has_report_structure, parse_any

    started = time.perf_counter()
    page_row: dict[str, Any] = {"id": record.id, "url": record.url, "variant": None, "title": None, "units": None,
                "columns": [], "n_tables": 0, "status": "ok", "parse_ms": 0.0}
    try:
        if isinstance(record.data, str) and record.data.startswith("\x00"):
            raise ValueError(record.data[1:])
        text = decode(record.data) if isinstance(record.data, bytes) else record.data
        if not text.strip():
            raise ValueError("empty page")
        page = parse_any(text, record.id)  # so each fact's first field, its page, is the page id
        facts = list(fact_tuples(page, understand(page, with_checks=False)))  # checks are `refold check`
    except (RefoldError, ValueError, RecursionError, MemoryError) as e:
        page_row.update(status="error", parse_ms=_ms(started))
        out["pages"].append(page_row)
        out["diagnostics"].append({"page_id": record.id, "kind": "error", "message": f"{type(e).__name__}: {e}"})
        return
    except Exception as e:  # a bug in refold: reported with the page, the batch goes on
        page_row.update(status="error", parse_ms=_ms(started))
        out["pages"].append(page_row)
        out["diagnostics"].append({"page_id": record.id, "kind": "bug", "message": f"{type(e).__name__}: {e}"})
        return
    page_row.update(variant=page.variant, title=page.title, units=page.units, columns=list(page.columns),
                    n_tables=len(page.tables),
                    status="ok" if has_report_structure(page) else "no-structure", parse_ms=_ms(started))
    out["pages"].append(page_row)
    for t, table in enumerate(page.tables):
        out["tables"].append({"page_id": record.id, "table": t, "kind": table.kind, "block": table.block,
                              "caption": table.caption, "columns": list(table.columns), "n_rows": len(table.rows),
                              "layout": table.layout})
    if page.source == record.id:
        out["cells"].extend(facts)
    else:  # (every reader keeps the source it is given; a fact names its page by the page id)
        out["cells"].extend((record.id, *fields[1:]) for fields in facts)
    for kind, messages in (("warning", page.warnings), ("unplaced", page.unplaced)):
        for message in messages:
            out["diagnostics"].append({"page_id": record.id, "kind": kind, "message": message})


def process_and_write(records: list[Record], outdir: str, index: int) -> tuple[int, int]:
    """A local worker's whole job for one chunk: parse, write the parts; (pages, errors) back.
    Writing in the worker keeps the main process free to read input."""
    rows = process_chunk(records)
    write_chunk(Path(outdir), index, rows, mark=False)
    return summary(rows)


def summary(rows: dict[str, list]) -> tuple[int, int]:
    return len(rows["pages"]), sum(1 for p in rows["pages"] if p["status"] == "error")


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)


# ------------------------------------------------------------------------------------ outputs


def schemas():
    import pyarrow as pa

    from refold.facts import arrow_fields

    text = pa.string()
    return {
        "pages": pa.schema([("id", text), ("url", text), ("variant", text), ("title", text), ("units", text),
                            ("columns", pa.list_(text)), ("n_tables", pa.int32()), ("status", text),
                            ("parse_ms", pa.float64())]),
        "tables": pa.schema([("page_id", text), ("table", pa.int32()), ("kind", text), ("block", text),
                             ("caption", text), ("columns", pa.list_(text)), ("n_rows", pa.int32()),
                             ("layout", text)]),
        # a fact's own fields, its page named by the batch's page id
        "cells": pa.schema([("page_id", text), *(f for f in arrow_fields() if f.name != "page")]),
        "diagnostics": pa.schema([("page_id", text), ("kind", text), ("message", text)]),
    }


def write_chunk(outdir: Path, index: int, rows: dict[str, list], mark: bool = True) -> None:
    """The chunk's four part files, each renamed into place, then (with `mark`) its done mark."""
    with fewer_collections():
        for name, schema in schemas().items():
            write_part(outdir, index, name, schema, rows[name])
    if mark:
        mark_done(outdir, index, len(rows["pages"]))


def write_part(outdir: Path, index: int, name: str, schema, data: list) -> None:
    """One dataset's part of a chunk, written to a temporary name, then renamed into place."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from refold.facts import decimal_array

    if name == "cells":
        columns: list = list(zip(*data)) or [()] * len(schema)
        value = schema.get_field_index("value")
        arrays = [decimal_array(list(c)) if k == value else pa.array(c, type=f.type)
                  for k, (c, f) in enumerate(zip(columns, schema))]
        table = pa.Table.from_arrays(arrays, schema=schema)
    else:
        table = pa.Table.from_pylist(data, schema=schema)
    folder = outdir / name
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".part-{index:06d}.parquet.tmp"
    pq.write_table(table, temporary)
    os.replace(temporary, folder / f"part-{index:06d}.parquet")


def mark_done(outdir: Path, index: int, pages: int) -> None:
    done = outdir / "_done"
    done.mkdir(exist_ok=True)
    (done / f"{index:06d}").write_text(str(pages))


def done_chunks(outdir: Path) -> set[int]:
    folder = outdir / "_done"
    return {int(p.name) for p in folder.iterdir()} if folder.is_dir() else set()


def clear_partial(outdir: Path) -> None:
    """Temporary files of a killed run, and part files of chunks that never got their mark."""
    done = done_chunks(outdir)
    for name in DATASETS:
        folder = outdir / name
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.name.endswith(".tmp"):
                path.unlink()
            elif path.name.startswith("part-") and int(path.name[5:11]) not in done:
                path.unlink()


# ------------------------------------------------------------------------------------ engines


@dataclass(slots=True)
class Totals:
    pages: int = 0
    errors: int = 0
    chunks: int = 0
    skipped_chunks: int = 0


class LocalEngine:
    """Chunks in worker processes, each writing its own parts (or in this process with one
    worker). The done mark is always written here, after the worker returns."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = None
        if workers > 1:
            import multiprocessing

            self.pool = multiprocessing.get_context("spawn").Pool(workers)

    def submit(self, chunk: list[Record], outdir: Path, index: int):
        if self.pool is None:
            return process_and_write(chunk, str(outdir), index)
        return self.pool.apply_async(process_and_write, (chunk, str(outdir), index))

    def result(self, handle, outdir: Path, index: int) -> tuple[int, int]:
        return handle if self.pool is None else handle.get()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


class DaskEngine:
    """Chunks on dask.distributed workers: a LocalCluster, or the scheduler at `address`. Workers
    return rows and this process writes them, so OUTDIR need not be shared with the workers."""

    def __init__(self, workers: int, address: str | None = None) -> None:
        import dask
        from dask.distributed import Client, LocalCluster

        self.cluster = None
        # Every comm keeps its last `low-level-log-length` messages (1,000 by default) for
        # debugging, and each task message carries its chunk's pages: the client and an
        # in-process scheduler held up to ~1,000 chunks' text that way (700 MB at 100k pages).
        with dask.config.set({"distributed.admin.low-level-log-length": DASK_MESSAGE_LOG}):
            if address:
                self.client = Client(address)
            else:
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None)
                self.client = Client(self.cluster)
        self.workers = workers

    def submit(self, chunk: list[Record], outdir: Path, index: int):
        return self.client.submit(process_chunk, chunk, pure=False)

    def result(self, handle, outdir: Path, index: int) -> tuple[int, int]:
        rows = handle.result()
        handle.release()  # let the cluster forget the chunk's result now, not at garbage collection
        write_chunk(outdir, index, rows, mark=False)
        return summary(rows)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def run_batch(inputs: list[str], outdir: str | Path, workers: int = 1, engine: str = "local",
              scheduler: str | None = None, resume: bool = False, chunk_size: int = DEFAULT_CHUNK,
              text_field: str = "text", id_field: str | None = None, progress=None) -> Totals:
    """The whole batch; `progress(pages, errors)` is called after each chunk is written."""
    outdir = Path(outdir)
    if outdir.exists() and any(outdir.iterdir()) and not resume:
        from refold.errors import RefoldError

        raise RefoldError(f"{outdir}: not empty (use --resume to continue a batch, or another folder)")
    outdir.mkdir(parents=True, exist_ok=True)
    clear_partial(outdir)
    done = done_chunks(outdir)
    runner = DaskEngine(workers, scheduler) if engine == "dask" else LocalEngine(workers)
    totals = Totals()
    window: deque = deque()
    try:
        for index, chunk in enumerate(chunks(iter_records(inputs, text_field, id_field), chunk_size)):
            if index in done:
                totals.skipped_chunks += 1
                continue
            window.append((index, runner.submit(chunk, outdir, index)))
            while len(window) >= 2 * max(1, workers):
                finish(outdir, runner, window.popleft(), totals, progress)
        while window:
            finish(outdir, runner, window.popleft(), totals, progress)
    finally:
        runner.close()
    return totals


def finish(outdir: Path, runner, item, totals: Totals, progress) -> None:
    index, handle = item
    pages, errors = runner.result(handle, outdir, index)
    mark_done(outdir, index, pages)  # last: a chunk without its mark is redone on --resume
    totals.chunks += 1
    totals.pages += pages
    totals.errors += errors
    if progress is not None:
        progress(pages, totals.errors)


# ------------------------------------------------------------------------------------ query


def connect(outdir: str | Path):
    """A DuckDB connection with the four datasets as views."""
    import duckdb

    outdir = Path(outdir)
    if not (outdir / "pages").is_dir():
        from refold.errors import RefoldError

        raise RefoldError(f"{outdir}: not a refold batch output (no pages/ folder)")
    connection = duckdb.connect()
    for name in DATASETS:
        files = sorted((outdir / name).glob("part-*.parquet"))
        if files:
            listed = ", ".join("'" + str(f).replace("'", "''") + "'" for f in files)
            connection.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet([{listed}])")
    return connection
