"""Bytes to text: BOMs, UTF-16, GB18030/GBK, CRLF; binary files refused.

Editors get files from web pages, Word exports and old Windows tools, so the
encoding is detected, not assumed. Text comes back with '\n' line ends only.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from qa.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never belong in a text document (tab, LF, CR excluded).
_CONTROL = {c for c in range(32) if c not in (9, 10, 13)} | {127}


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM shows NULs at every other byte."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        encoding = "utf-16-le"
    elif even_nuls > 0.3 and odd_nuls < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None


@dataclass(frozen=True)
class TextFormat:
    """How a file was written, so a corrected copy can be written the same way."""

    encoding: str = "utf-8"
    bom: bytes = b""
    newline: str = "\n"

    def encode(self, text: str) -> bytes:
        """`text` (with '\n' line ends) as bytes in this format."""
        return self.bom + text.replace("\n", self.newline).encode(self.encoding)


def _newline_of(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    return max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"))[1] if crlf or cr else "\n"


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode a document; raise InputError for empty, binary or undecodable files."""
    return decode_with_format(data, name)[0]


def decode_with_format(data: bytes, name: str = "input") -> tuple[str, TextFormat]:
    """The text with '\n' line ends, and the encoding, BOM and line ends it was written with."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    text: str | None = None
    found_bom, encoding = b"", "utf-8"
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(bom_encoding)
            except UnicodeDecodeError as err:
                raise InputError(f"{name}: not valid {bom_encoding} text ({err.reason})") from None
            found_bom = bom
            encoding = {"utf-8-sig": "utf-8"}.get(bom_encoding, bom_encoding)
            if encoding in ("utf-16", "utf-32"):
                encoding += "-le" if bom.startswith(b"\xff\xfe") else "-be"
            break
    if text is None and (utf16 := _utf16_without_bom(data)) is not None:
        text, encoding = utf16
    if text is None:
        if b"\x00" in data[:8192]:
            raise InputError(f"{name}: looks like a binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            _refuse_broken_utf8(data, err, name)
            text, encoding = _decode_legacy(data, name)
    text = text.lstrip("\ufeff")
    fmt = TextFormat(encoding, found_bom, _newline_of(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for ch in text[:20000] if ord(ch) in _CONTROL)
    if controls > max(8, len(text[:20000]) // 100):
        raise InputError(f"{name}: looks like a binary file, not text")
    if not text.strip():
        raise InputError(f"{name}: file is empty")
    return text, fmt


def _refuse_broken_utf8(data: bytes, err: UnicodeDecodeError, name: str) -> None:
    """Raise InputError naming the first bad byte when the text is mostly UTF-8.

    Why not guess: a UTF-8 file with one stray byte decodes "successfully" as
    cp1252 or GB18030 mojibake, and every check then passes on garbage. Text is
    mostly UTF-8 when more of its non-ASCII characters are valid UTF-8 than not;
    a file written wholly in GBK/GB18030 has almost none and goes on to the legacy decoders.
    """
    lenient = data.decode("utf-8", errors="replace")
    invalid = lenient.count("\ufffd")
    valid = sum(1 for ch in lenient if ord(ch) > 0x7F) - invalid
    if valid <= invalid:
        return
    line_start = data.rfind(b"\n", 0, err.start) + 1
    line = data.count(b"\n", 0, err.start) + 1
    column = len(data[line_start : err.start].decode("utf-8", errors="replace")) + 1
    raise InputError(
        f"{name}: not valid UTF-8 at line {line}, column {column} (byte 0x{data[err.start]:02x}; "
        f"{invalid} bad byte(s) in a file that is otherwise UTF-8); fix or remove the byte and run again"
    )


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    """GB18030 (a superset of GBK and GB2312) first, then what charset-normalizer finds."""
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding (not UTF-8, UTF-16 or GB18030)")
    return str(best), best.encoding
