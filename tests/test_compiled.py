"""The compiled core (`REFOLD_COMPILE=1 pip install .`, setup.py) reads every page exactly as the
Python source does.

The wheel is built once per version of the sources (about a minute: mypy checks the package,
mypyc and the C compiler build the core) and kept in pytest's cache. A page's output is its
whole JSON document (`refold.output.page_to_dict`, meaning included) and the facts `refold batch`
writes, compared page by page.
"""

import hashlib
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from refold.flatten import FLATTENINGS, flatten

ROOT = Path(__file__).resolve().parent.parent
BUILD_INPUTS = ["setup.py", "pyproject.toml", "_build/backend.py", "_build/compiled_wheel.py", *sorted(
    str(p.relative_to(ROOT)) for p in (ROOT / "src" / "refold").glob("*.py"))]

# prints the path of refold.model (a .so when compiled), then one line per page of the JSON Lines
# file argv[1]: the digest of its whole output and of the facts a batch writes
DIGESTS = """
import hashlib, json, sys
import refold
from refold.facts import fact_tuples
from refold.meaning import understand
from refold.output import page_to_dict
print(refold.model.__file__, flush=True)
for line in open(sys.argv[1], encoding="utf-8"):
    page = refold.parse(json.loads(line))
    facts = list(fact_tuples(page, understand(page, with_checks=False)))  # what a batch writes
    document = json.dumps([page_to_dict(page), facts], sort_keys=True, default=str)
    print(hashlib.sha256(document.encode()).hexdigest())
"""


def run(command: list[str], **env: str) -> str:
    done = subprocess.run(command, env={**os.environ, **env}, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def sources_digest() -> str:
    h = hashlib.sha256()
    for name in BUILD_INPUTS:
        h.update(name.encode() + b"\0" + (ROOT / name).read_bytes())
    return h.hexdigest()[:16]


@pytest.fixture(scope="module")
def compiled_site(request, tmp_path_factory) -> Path:
    """A folder holding refold installed from the compiled wheel of the current sources (kept in
    pytest's cache when there is one: `-p no:cacheprovider` builds it afresh)."""
    name = f"compiled-{sources_digest()}"
    cache = getattr(request.config, "cache", None)
    folder = Path(cache.mkdir(name)) if cache is not None else tmp_path_factory.mktemp(name)
    site = folder / "site"
    if not (site / "refold").is_dir():
        sys.path.insert(0, str(ROOT / "_build"))
        from compiled_wheel import compiled_site as build  # a clean copy's wheel, not build/'s leftovers

        build(ROOT, folder)
    return site


@pytest.fixture(scope="module")
def texts(shared, tmp_path_factory) -> Path:
    """Every corpus page, labeled page and the seed, and the Apple R pages in every flattening."""
    pages = [json.loads(line)["text"] for line in (shared / "corpus" / "pages.jsonl").open(encoding="utf-8")]
    pages += [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus" / "labeled").glob("*.txt"))]
    pages += [p.read_text(encoding="utf-8") for p in sorted((shared / "seed").glob("*.txt"))]
    folder = tmp_path_factory.mktemp("bundle")
    with tarfile.open(shared / "html" / "aapl-10q-2025q2.tar.gz") as tar:
        tar.extractall(folder, filter="data")
    for html in sorted(folder.rglob("R*.htm")):
        source = html.read_text(encoding="utf-8", errors="replace")
        pages += [flatten(source, variant) for variant in FLATTENINGS]
    path = tmp_path_factory.mktemp("texts") / "pages.jsonl"
    path.write_text("".join(json.dumps(t) + "\n" for t in pages), encoding="utf-8")
    return path


def digests(texts: Path, site: Path | None) -> tuple[str, list[str]]:
    printed = run([sys.executable, "-c", DIGESTS, str(texts)], PYTHONPATH=str(site or ROOT / "src"))
    module, *lines = printed.splitlines()
    return module, lines


def test_the_compiled_core_reads_every_page_as_the_source_does(compiled_site, texts):
    compiled_module, compiled = digests(texts, compiled_site)
    source_module, source = digests(texts, None)
    assert compiled_module.endswith(".so") and source_module.endswith(".py")  # both really ran
    assert len(compiled) == len(source) > 300
    differ = [i for i, (a, b) in enumerate(zip(compiled, source)) if a != b]
    assert not differ, f"pages read differently by the compiled core: {differ[:20]}"
