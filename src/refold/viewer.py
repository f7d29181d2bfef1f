"""`refold serve`: a local web app to check a recovered page by eye.

Paste or upload a page, or open one from the folders given on the command line; see the source
text and the recovered tables side by side (each cell knows its source lines: clicking or hovering
it lights them, clicking a line lights its cells), the checks with their status, and download
links for every export.

Starlette with server-rendered Jinja2 pages and one small script; no front-end build. Safety:
binds 127.0.0.1 unless told otherwise; every text is escaped (Jinja2 autoescape, `html.escape`
in table HTML); uploads over `MAX_UPLOAD` bytes are refused with 413; only files inside the
given folders can be opened (no `..`, no symlink out); pages live in a small in-memory store.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from refold.checks import row_marks
from refold.errors import RefoldError
from refold.exports import FORMATS, render, table_to_html
from refold.inputs import decode

FILES = Path(__file__).parent / "viewer_files"
MAX_UPLOAD = 10 * 1024 * 1024  # bytes
MAX_PAGES = 64  # pages kept in memory; the oldest goes first
MAX_LISTED = 500
PAGE_SUFFIXES = (".txt", ".htm", ".html", ".gz", ".text")
MEDIA = {"json": "application/json", "md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "parquet": "application/vnd.apache.parquet", "csv": "text/csv; charset=utf-8"}


CHUNK_LINES = 100  # source lines per block the browser may skip rendering while off screen


class Entry:
    """A page in the store: its name, text and parse, and its checks and rendered HTML once asked."""

    def __init__(self, name: str, text: str, page) -> None:
        self.name, self.text, self.page = name, text, page
        self._checks: list | None = None
        self.html: str | None = None

    @property
    def checks(self) -> list:
        if self._checks is None:
            self._checks = self.page.checks()
        return self._checks


class PageStore:
    """Parsed pages by the hash of their text (LRU)."""

    def __init__(self, size: int = MAX_PAGES) -> None:
        self.size = size
        self.pages: OrderedDict[str, Entry] = OrderedDict()

    def add(self, name: str, text: str) -> str:
        from refold.pipeline import parse_any

        key = hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]
        if key not in self.pages:
            self.pages[key] = Entry(name, text, parse_any(text, name))
        self.pages.move_to_end(key)
        while len(self.pages) > self.size:
            self.pages.popitem(last=False)
        return key

    def get(self, key: str):
        return self.pages.get(key)


def inside(roots: list[Path], relative: str) -> Path | None:
    """The file `relative` names inside one of `roots`, or None (no escaping the folders)."""
    for root in roots:
        candidate = (root / relative).resolve()
        if candidate.is_file() and candidate.is_relative_to(root):
            return candidate
    return None


def list_files(roots: list[Path]) -> tuple[list[str], int]:
    found = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.name.endswith(PAGE_SUFFIXES) and not path.name.endswith(".tar.gz"):
                found.append(str(path.relative_to(root)))
    return found[:MAX_LISTED], max(0, len(found) - MAX_LISTED)


def cell_attrs(table, marks: dict[int, str] | None = None):
    """`data-lines` on every cell that came from known source lines; `data-check` on the label of
    a row that closes a relation (its status)."""
    marks = marks or {}

    def attrs(r: int, c: int) -> str:
        row = table.rows[r]
        span = row.label_span if c < 0 else (row.cell_spans[c] if c < len(row.cell_spans) else None)
        out = f' data-lines="{span.first}-{span.last}"' if span is not None else ""
        if c < 0 and r in marks:
            out += f' data-check="{marks[r]}"'
        return out
    return attrs


def check_items(checks) -> list[dict]:
    out = []
    from refold.render import relation_text

    for check in checks:
        off = [f"{c.row + ': ' if c.row else ''}{c.column}: expected {c.expected}, found {c.found} ({c.status})"
               for c in check.cells if c.status != "ok"][:5]
        out.append({"kind": check.kind, "status": check.status, "tables": ", ".join(map(str, check.tables)),
                    "text": relation_text(check), "rate": check.rate, "off": off,
                    "row_keys": " ".join(f"{t}:{r}" for t, r in check.row_indices)})
    return out


def create_app(roots: Sequence[str | Path] = (), max_upload: int = MAX_UPLOAD) -> Starlette:
    root_paths = [Path(r).resolve() for r in roots]
    for root in root_paths:
        if not root.is_dir():
            raise RefoldError(f"{root}: not a folder")
    store = PageStore()
    env = Environment(loader=FileSystemLoader(FILES), autoescape=select_autoescape(["html"]))

    async def index(request: Request):
        files, more = list_files(root_paths)
        body = env.get_template("index.html").render(files=files, more=more, roots=[str(r) for r in root_paths],
                                                      max_mb=max_upload // (1024 * 1024))
        return HTMLResponse(body)

    async def upload(request: Request):
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_upload + 64 * 1024:
            return PlainTextResponse(f"too large: at most {max_upload} bytes", status_code=413)
        form = await request.form(max_part_size=max_upload + 1)
        upload_file = form.get("file")
        if upload_file is not None and not isinstance(upload_file, str):
            data = await upload_file.read()
            name = upload_file.filename or "upload"
        else:
            data = str(form.get("text") or "").encode("utf-8")
            name = "pasted text"
        if len(data) > max_upload:
            return PlainTextResponse(f"too large: at most {max_upload} bytes", status_code=413)
        if name.endswith(".gz"):
            import gzip

            try:
                data = gzip.decompress(data)
            except (OSError, EOFError):
                return PlainTextResponse("not a readable gzip file", status_code=400)
        try:
            text = decode(data)
            if not text.strip():
                return PlainTextResponse("empty input", status_code=400)
            key = await run_in_threadpool(store.add, name, text)
        except RefoldError as e:
            return PlainTextResponse(str(e), status_code=400)
        return RedirectResponse(f"/page/{key}", status_code=303)

    async def open_file(request: Request):
        relative = request.query_params.get("path", "")
        path = inside(root_paths, relative)
        if path is None:
            return PlainTextResponse("no such page", status_code=404)
        from refold.inputs import read_text

        try:
            key = await run_in_threadpool(store.add, relative, read_text(str(path)))
        except RefoldError as e:
            return PlainTextResponse(str(e), status_code=400)
        return RedirectResponse(f"/page/{key}", status_code=303)

    def render_page(key: str, entry: Entry) -> str:
        if entry.html is None:
            page = entry.page
            lines = entry.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            chunks = [(start + 1, lines[start:start + CHUNK_LINES]) for start in range(0, len(lines), CHUNK_LINES)]
            checks = check_items(entry.checks)
            marks = row_marks(entry.checks)
            counts: dict[str, int] = {}
            for c in checks:
                counts[c["status"]] = counts.get(c["status"], 0) + 1
            tables = [table_to_html(t, i, cell_attrs(t, marks.get(i))) for i, t in enumerate(page.tables)]
            entry.html = env.get_template("page.html").render(
                page=page, name=entry.name, key=key, chunks=chunks, n_lines=len(lines),
                tables=tables, checks=checks, check_counts=sorted(counts.items()), formats=FORMATS)
        return entry.html

    async def show(request: Request):
        key = request.path_params["key"]
        entry = store.get(key)
        if entry is None:
            return PlainTextResponse("no such page (pages are kept in memory; open it again)", status_code=404)
        return HTMLResponse(await run_in_threadpool(render_page, key, entry))

    async def download(request: Request):
        entry = store.get(request.path_params["key"])
        fmt = request.path_params["fmt"]
        if entry is None or fmt not in FORMATS:
            return PlainTextResponse("no such page or format", status_code=404)
        content = await run_in_threadpool(render, entry.page, fmt, True)  # CSV: the long form
        stem = Path(entry.name).name.split(".")[0] or "page"
        extension = {"csv": "csv"}.get(fmt, fmt)
        filename = f"{stem}.{extension}".replace('"', "")
        return Response(content, media_type=MEDIA[fmt],
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})

    routes = [
        Route("/", index),
        Route("/page", upload, methods=["POST"]),
        Route("/file", open_file),
        Route("/page/{key:str}", show),
        Route("/page/{key:str}/export/{fmt:str}", download),
        Mount("/static", StaticFiles(directory=FILES), name="static"),
    ]
    return Starlette(routes=routes)


def serve(roots: list[str], host: str = "127.0.0.1", port: int = 8765) -> None:
    import uvicorn

    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"refold: serving on {host}: anyone who can reach this address can read the folders given",
              flush=True)
    uvicorn.run(create_app(roots), host=host, port=port, log_level="warning")


__all__ = ["create_app", "serve", "MAX_UPLOAD"]
