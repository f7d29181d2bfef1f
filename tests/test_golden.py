"""Golden files: the whole JSON output for real pages, frozen. Any change shows up as a diff.

Regenerate after an intended change with `REFOLD_UPDATE_GOLDEN=1 pytest tests/test_golden.py`
and read the diff before committing it.
"""

import json
import os
from pathlib import Path

import pytest

import refold

GOLDEN = Path(__file__).parent / "golden"
PAGES = ["seed/R35-cloopen-2023-policies-tables.txt"] + [
    f"corpus/labeled/{n}.txt" for n in ("d003-1325670-R39", "d005-1421461-R58", "d006-1738906-R83",
                                        "d007-1605484-R52", "d012-817979-R27", "d013-1806837-R34",
                                        "d014-1227025-R17", "d015-715153-R89", "d016-1763950-R8")]


@pytest.mark.parametrize("relative", PAGES, ids=[Path(p).stem for p in PAGES])
def test_golden(shared, relative):
    text = (shared / relative).read_text(encoding="utf-8")
    got = refold.parse(text, source=Path(relative).name).to_dict()
    golden = GOLDEN / (Path(relative).stem + ".json")
    if os.environ.get("REFOLD_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))
