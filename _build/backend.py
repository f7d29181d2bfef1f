"""setuptools' build backend, plus mypy when `REFOLD_COMPILE=1` asks for the compiled core."""

import os

from setuptools.build_meta import *  # noqa: F403  (the backend's other hooks, unchanged)

MYPYC = "mypy==2.4.1"  # mypyc ships inside mypy


def _compile_requires() -> list[str]:
    return [MYPYC] if os.environ.get("REFOLD_COMPILE") == "1" else []


# setuptools would run setup.py to collect `setup_requires` (refold has none); that run would need
# mypy before this hook could ask for it
def get_requires_for_build_wheel(config_settings=None):
    return _compile_requires()


def get_requires_for_build_editable(config_settings=None):
    return _compile_requires()
