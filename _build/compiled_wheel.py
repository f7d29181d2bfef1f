"""Build the compiled core (`REFOLD_COMPILE=1`, setup.py) and install it into a folder, for the
compiled-core test and the benchmark.

The wheel is built from a clean copy of the sources: setuptools builds in place (`build/`), and a
module compiled there by an earlier build with other settings would be packed again (a stale
`.so` whose group module no longer has it fails to import).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

LEFT_OUT = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", ".*_cache", ".hypothesis",
                                  "__pycache__", "fuzz", "tests", "benchmarks", "docs")


def compiled_site(root: Path, folder: Path) -> Path:
    """`folder/site`, holding refold installed from the compiled wheel of `root`'s sources."""
    source, wheels, site = folder / "source", folder / "wheels", folder / "site"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(root, source, ignore=LEFT_OUT)
    pip = [sys.executable, "-m", "pip", "--quiet"]
    run(pip + ["wheel", "--no-deps", "-w", str(wheels), str(source)], REFOLD_COMPILE="1")
    run(pip + ["install", "--no-deps", "--target", str(site), *map(str, wheels.glob("refold-*.whl"))])
    shutil.rmtree(source, ignore_errors=True)
    return site


def run(command: list[str], **env: str) -> None:
    done = subprocess.run(command, env={**os.environ, **env}, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command[:6])} … failed:\n{done.stderr[-3000:]}")
