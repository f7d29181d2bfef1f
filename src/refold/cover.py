"""The cover page's row labels: the standard labels of the SEC's `dei` taxonomy.

A cover page (`R1`, `Cover` / `Document and Entity Information`) holds text values: `Entity
Registrant Name` `Apple Inc.`. Crawls that write a row a line with single spaces between cells
(`Entity Registrant Name Apple Inc.`) leave no mark where the label ends and the value begins,
and nothing in the value's shape tells. The labels are not the filer's own, though: every filer
uses the taxonomy's standard label, so a line that opens with one of them splits after it.
"""

from __future__ import annotations

import re

#: standard labels of the dei elements a cover page shows (dei 2019-2024)
COVER_LABELS = (
    "Document Type", "Document Quarterly Report", "Document Annual Report", "Document Transition Report",
    "Document Period End Date", "Document Fiscal Year Focus", "Document Fiscal Period Focus",
    "Document Registration Statement", "Document Shell Company Report", "Document Shell Company Event Date",
    "Document Period Start Date", "Document Financial Statement Error Correction [Flag]",
    "Document Information, Document [Axis]", "Amendment Flag", "Amendment Description",
    "Current Fiscal Year End Date", "Entity File Number", "Entity Registrant Name", "Entity Central Index Key",
    "Entity Incorporation, State or Country Code", "Entity Incorporation, Date of Incorporation",
    "Entity Tax Identification Number", "Entity Address, Address Line One", "Entity Address, Address Line Two",
    "Entity Address, Address Line Three", "Entity Address, City or Town", "Entity Address, State or Province",
    "Entity Address, Postal Zip Code", "Entity Address, Country", "Country Region", "City Area Code",
    "Local Phone Number", "Entity Current Reporting Status", "Entity Interactive Data Current",
    "Entity Filer Category", "Entity Small Business", "Entity Emerging Growth Company",
    "Entity Ex Transition Period", "Entity Shell Company", "Entity Well-known Seasoned Issuer",
    "Entity Voluntary Filers", "Entity Bankruptcy Proceedings, Reporting Current", "Entity Public Float",
    "Entity Common Stock, Shares Outstanding", "Entity Listing, Par Value Per Share",
    "Entity Primary SIC Number", "Entity Information, Former Legal or Registered Name",
    "ICFR Auditor Attestation Flag", "Auditor Name", "Auditor Location", "Auditor Firm ID",
    "Auditor Opinion [Text Block]", "Title of 12(b) Security", "Title of 12(g) Security", "Trading Symbol",
    "No Trading Symbol Flag", "Security Exchange Name", "Security Reporting Obligation",
    "Written Communications", "Soliciting Material", "Pre-commencement Tender Offer",
    "Pre-commencement Issuer Tender Offer", "Annual Information Form", "Audited Annual Financial Statements",
    "Document Accounting Standard", "Other Reporting Standard Item Number", "Entity Contact Personnel Name",
)

COVER_FIRST_WORDS = tuple(sorted({label.split()[0] + " " for label in COVER_LABELS}))  # a cheap first test
RE_COVER_LABEL = re.compile(
    "^(?P<label>(?:" + "|".join(re.escape(label) for label in sorted(COVER_LABELS, key=len, reverse=True))
    + r")(?: \((?:in|per) [^()]{1,40}\))?) (?P<value>\S.*)$")


def split_cover_label(text: str) -> tuple[str, str] | None:
    """`Entity Registrant Name Apple Inc.` -> (`Entity Registrant Name`, `Apple Inc.`); None when
    the text does not open with a cover label followed by more."""
    m = RE_COVER_LABEL.match(text) if text.startswith(COVER_FIRST_WORDS) else None
    return (m["label"], m["value"]) if m else None
