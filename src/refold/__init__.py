"""refold: recover structured tables from flattened SEC EDGAR report pages.

>>> import refold
>>> page = refold.parse("|\\nBalance (Details) - USD ($)\\n$ in Thousands\\n|\\nDec. 31, 2023\\n|Cash\\n|$ 5")
>>> page.title, page.units, page.columns, page.tables[0].rows[0].cells
('Balance (Details)', 'USD ($) $ in Thousands', ('Dec. 31, 2023',), ('$ 5',))
"""

from refold.errors import RefoldError
from refold.model import Page, Row, Table, Trace
from refold.pipeline import parse, trace


def read_html(text: str, source: str = "<html>") -> Page:
    """An R page (`table.report`) or a filing's tables, from HTML (needs lxml: `refold[html]`)."""
    from refold.htmlread import read_html as read

    return read(text, source)


__all__ = ["parse", "trace", "read_html", "Page", "Table", "Row", "Trace", "RefoldError"]
__version__ = "0.1.0"
