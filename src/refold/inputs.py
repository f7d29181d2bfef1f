"""Reading a page from a file, stdin or bytes, by one documented decoding rule.

Decoding: a byte-order mark decides (UTF-8, UTF-16 LE/BE); else UTF-16 when the bytes at odd
(or even) positions are mostly NUL and the others never are (a BOM-less UTF-16 file); else UTF-8
if the bytes are valid UTF-8; else cp1252, the encoding of old EDGAR text, with undefined bytes
replaced. Empty input and binary input (NUL
bytes in a non-UTF-16 file) are refused with an `InputError`.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from refold.errors import InputError

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    # BOM-less UTF-16 first: its ASCII is NUL-interleaved, which is also (useless) valid UTF-8
    if len(data) >= 4 and data[1::2].count(0) > len(data) * 3 // 8 and not data[0::2].count(0):
        return data.decode("utf-16-le", errors="replace")
    if len(data) >= 4 and data[0::2].count(0) > len(data) * 3 // 8 and not data[1::2].count(0):
        return data.decode("utf-16-be", errors="replace")
    if b"\x00" in data:
        raise InputError("binary input: the bytes hold NUL characters and are no text page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a folder, not a page")
    data = p.read_bytes()
    if path.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as e:
            raise InputError(f"{path}: not a readable gzip file ({e})") from e
    return data


def read_text(path: str) -> str:
    """The page text of `path` (`-` for stdin); `InputError` for empty or binary input."""
    text = decode(read_bytes(path))
    if not text.strip():
        raise InputError(f"{path}: empty input")
    return text
