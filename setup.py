"""Build refold: pure Python by default.

`REFOLD_COMPILE=1 pip install .` compiles the core parse (the modules `refold.parse` runs) with
mypyc into C extensions: the same code and outputs (tests/test_compiled.py compares them on every
corpus page), about 1.6 times the pages a second. The build backend in `_build/` adds mypy to the
build's requirements only when it is asked to compile.
"""

import os

from setuptools import setup

# the modules `refold.parse` imports, and the typing of values `refold batch` runs on every page;
# the layers around them (HTML, frames, Parquet, the CLI) stay Python
COMPILED_MODULES = ["amounts", "cells", "cover", "errors", "frame", "grid", "header", "inline", "kinds", "model",
                    "pipeline", "placement", "rollforward", "rows", "textblock", "tokens", "variants",
                    "facts", "inputs", "meaning", "periods", "values"]


def compiled_modules() -> list:
    if os.environ.get("REFOLD_COMPILE") != "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as e:
        raise SystemExit("REFOLD_COMPILE=1 needs mypy (mypyc) in the build environment: "
                         "pip builds with _build/backend.py, which asks for it") from e

    return mypycify([f"src/refold/{name}.py" for name in COMPILED_MODULES], opt_level="3",
                    group_name="refold_core")


setup(ext_modules=compiled_modules())
