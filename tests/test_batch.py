"""refold batch and refold query: every input kind, bad pages, resume after SIGKILL, the same
output from every engine, and SQL over the result."""

import gc
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from refold.batch import DASK_MESSAGE_LOG, DaskEngine, Record, connect, run_batch

SEED = "seed/R35-cloopen-2023-policies-tables.txt"


def read(outdir: Path, name: str) -> pa.Table:
    files = sorted((outdir / name).glob("part-*.parquet"))
    return pa.concat_tables([pq.read_table(f) for f in files])


def corpus_lines(shared, n):
    return (shared / "corpus/pages.jsonl").read_text(encoding="utf-8").splitlines()[:n]


def test_every_input_kind(shared, tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "seed.txt").write_bytes((shared / SEED).read_bytes())
    (folder / "sub" / "r4.html").write_bytes((shared / "html/rpages/aapl-R4.html").read_bytes())
    (folder / "sub" / "seed.txt.gz").write_bytes(gzip.compress((shared / SEED).read_bytes()))
    (folder / "notes.md").write_text("not a page: skipped")
    lines = [json.dumps({"doc": json.loads(line)["text"], "key": f"k{i}"}) for i, line in enumerate(corpus_lines(shared, 5))]
    (tmp_path / "pages.jsonl").write_text("\n".join(lines) + "\n")
    pq.write_table(pa.table({"doc": [json.loads(line)["doc"] for line in lines[:3]], "key": ["p0", "p1", "p2"]}),
                   tmp_path / "pages.parquet")
    out = tmp_path / "out"
    totals = run_batch([str(folder), str(tmp_path / "pages.jsonl"), str(tmp_path / "pages.parquet")], out,
                       text_field="doc", id_field="key", chunk_size=4)
    ids = read(out, "pages").column("id").to_pylist()
    assert ids == ["in/seed.txt", "in/sub/r4.html", "in/sub/seed.txt.gz", "k0", "k1", "k2", "k3", "k4", "p0", "p1", "p2"]
    assert totals.pages == 11 and totals.errors == 0
    pages = {r["id"]: r for r in read(out, "pages").to_pylist()}
    assert pages["in/sub/r4.html"]["variant"] == "html-report" and pages["in/seed.txt"]["n_tables"] == 9
    cells = read(out, "cells").to_pylist()
    seed_cells = [c for c in cells if c["page_id"] == "in/seed.txt"]
    assert len(seed_cells) == 129
    assert any(c["concept"] == "us-gaap:NetIncomeLoss" for c in cells)


def test_a_bad_page_is_a_diagnostic_not_a_stop(shared, tmp_path):
    good = json.loads(corpus_lines(shared, 1)[0])
    lines = [json.dumps(good), "{not json", json.dumps({"url": "x"}), json.dumps({"text": "   "}), json.dumps(good)]
    (tmp_path / "p.jsonl").write_text("\n".join(lines))
    totals = run_batch([str(tmp_path / "p.jsonl")], tmp_path / "out")
    statuses = read(tmp_path / "out", "pages").column("status").to_pylist()
    assert statuses == ["ok", "error", "error", "error", "ok"] and totals.errors == 3
    errors = [d for d in read(tmp_path / "out", "diagnostics").to_pylist() if d["kind"] == "error"]
    assert [e["page_id"].rsplit("/", 1)[-1] for e in errors] == ["p.jsonl:2", "p.jsonl:3", "p.jsonl:4"]


def test_resume_after_sigkill_loses_and_repeats_nothing(shared, tmp_path):
    source = tmp_path / "pages.jsonl"
    source.write_text("\n".join(corpus_lines(shared, 281)) + "\n")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "refold.cli", "batch", str(source), "-o", str(out), "-j", "1",
               "--chunk-size", "10", "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and len(list((out / "_done").glob("*")) if (out / "_done").exists() else []) < 3:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    marked = len(list((out / "_done").glob("*")))
    assert 3 <= marked < 29, "the batch was not killed mid-way"
    resumed = subprocess.run(command + ["--resume"], capture_output=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    ids = read(out, "pages").column("id").to_pylist()
    assert len(ids) == 281 and len(set(ids)) == 281
    assert not list(out.rglob("*.tmp"))
    assert f"({marked} already done)".encode() in resumed.stderr or b"already done" in resumed.stderr


def comparable(outdir: Path) -> dict:
    out = {}
    for name in ("pages", "tables", "cells", "diagnostics"):
        table = read(outdir, name)
        if name == "pages":
            table = table.drop_columns(["parse_ms"])  # wall-clock timings differ run to run
        out[name] = table.to_pylist()
    return out


def test_same_output_from_every_engine(shared, tmp_path):
    source = tmp_path / "pages.jsonl"
    source.write_text("\n".join(corpus_lines(shared, 60)) + "\n")
    one = run_batch([str(source)], tmp_path / "j1", workers=1, chunk_size=7)
    two = run_batch([str(source)], tmp_path / "j2", workers=2, chunk_size=7)
    dask = run_batch([str(source)], tmp_path / "dask", workers=2, engine="dask", chunk_size=7)
    assert one.pages == two.pages == dask.pages == 60
    reference = comparable(tmp_path / "j1")
    assert comparable(tmp_path / "j2") == reference
    assert comparable(tmp_path / "dask") == reference


def test_dask_client_forgets_the_pages_it_sent(shared, tmp_path):
    # dask's comms log their recent messages, and a task message carries its chunk's pages: with
    # the default log of 1,000 messages the client held every chunk of a batch (700 MB at 100k)
    engine = DaskEngine(2)
    try:
        for index, line in enumerate(corpus_lines(shared, 1) * 60):
            record = Record(f"p{index}", "", json.loads(line)["text"])
            engine.result(engine.submit([record], tmp_path, index), tmp_path, index)
        gc.collect()
        held = [o for o in gc.get_objects() if isinstance(o, list) and o and isinstance(o[0], Record)]
        assert len(held) <= 3 * DASK_MESSAGE_LOG < 60  # the client's comm and the scheduler's two
    finally:
        engine.close()


def test_query_over_a_batch(shared, tmp_path):
    run_batch([str(shared / "seed")], tmp_path / "out")
    connection = connect(tmp_path / "out")
    [(n,)] = connection.execute("select count(*) from cells where page_id like '%R35%' and kind = 'number'").fetchall()
    assert n > 60
    out = subprocess.run([sys.executable, "-m", "refold.cli", "query", str(tmp_path / "out"),
                          "select label, value from cells where display = '526,717'", "--csv"],
                         capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.decode().splitlines()[1].startswith("Total cash balances held at financial institutions,526717")


def test_refuses_a_used_folder_without_resume(shared, tmp_path):
    from refold.errors import RefoldError

    run_batch([str(shared / "seed")], tmp_path / "out")
    with pytest.raises(RefoldError):
        run_batch([str(shared / "seed")], tmp_path / "out")


def test_a_chunk_runs_the_collector_less_often_and_leaves_it_as_it_was(monkeypatch):
    """While a chunk is parsed the collector's first threshold is `CHUNK_GC_THRESHOLD`; after
    it, whatever the process had before (a library call leaves no trace)."""
    import refold.batch as batch

    seen = []
    real = batch.process_record
    monkeypatch.setattr(batch, "process_record", lambda record, out: (seen.append(gc.get_threshold()),
                                                                      real(record, out)))
    before = gc.get_threshold()
    gc.set_threshold(500, 7, 9)
    try:
        rows = batch.process_chunk([Record("p1", "", "|Net income\n|$ 5")])
        assert gc.get_threshold() == (500, 7, 9)
    finally:
        gc.set_threshold(*before)
    assert seen == [(batch.CHUNK_GC_THRESHOLD, 20, 20)]
    assert rows["cells"] and rows["cells"][0][0] == "p1"
