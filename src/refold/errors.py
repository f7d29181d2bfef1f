"""The exceptions refold raises on purpose; anything else escaping is a bug."""


class RefoldError(Exception):
    """Base of every error refold raises on purpose."""


class InputError(RefoldError):
    """The input cannot be read as a report page (empty, binary, undecodable)."""


class NotAReportPage(InputError):
    """The text holds nothing a report page is made of (no cell, amount, date or period)."""
