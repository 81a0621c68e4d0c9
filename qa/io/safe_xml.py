"""Refuse hostile XML before any parser sees it.

XLIFF, TMX and TBX come from outside (agencies, CAT tools, the web). An XML
file can declare entities that expand to gigabytes ("billion laughs") or that
pull in local files and URLs (XXE). No real translation file needs entity
declarations, so a file whose DOCTYPE declares any is refused outright; a bare
``<!DOCTYPE tmx SYSTEM "tmx14.dtd">`` (common in TMX) is allowed because the
parser below never loads DTDs or touches the network.

The check only reads the prolog (everything before the root element), so it
costs microseconds even for a 50 MB file.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree

from qa.errors import InputError

PROLOG_WINDOW = 1 << 16  # bytes of prolog inspected; a longer DOCTYPE is itself refused

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""")
# One prolog item at a time: XML declaration / PI, comment, DOCTYPE, or whitespace.
_PI = re.compile(r"<\?.*?\?>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_DOCTYPE_START = re.compile(r"<!DOCTYPE\b", re.I)
_ENTITY_DECL = re.compile(r"<!ENTITY\b", re.I)


def xml_encoding(data: bytes) -> str:
    """The encoding an XML parser would use: BOM, then UTF-16 without BOM, then the declaration."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if data[:4] == b"<\x00?\x00":
        return "utf-16-le"
    if data[:4] == b"\x00<\x00?":
        return "utf-16-be"
    match = _DECLARED_ENCODING.match(data[:200])
    if match:
        name = match.group(1).decode("ascii")
        try:
            return codecs.lookup(name).name
        except LookupError:
            return "utf-8"
    return "utf-8"


def prolog_text(data: bytes) -> str:
    encoding = xml_encoding(data)
    head = data[:PROLOG_WINDOW]
    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(head).lstrip("\ufeff")


def _doctype_end(text: str, start: int) -> int:
    """Index just past the DOCTYPE that begins at `start`, or -1 if it runs past the window."""
    depth = 0
    quote = ""
    i = start + len("<!DOCTYPE")
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == ">" and depth <= 0:
            return i + 1
        i += 1
    return -1


def check_xml_safe(data: bytes, path: Path | str = "<input>") -> None:
    """Raise InputError if the XML prolog declares entities (billion laughs, XXE).

    Why a pre-scan: it refuses before any parser allocates anything, and it
    does not depend on how a third-party library configured its parser.
    """
    text = prolog_text(data)
    pos = 0
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        for pattern in (_PI, _COMMENT):
            match = pattern.match(text, pos)
            if match:
                pos = match.end()
                break
        else:
            if _DOCTYPE_START.match(text, pos):
                end = _doctype_end(text, pos)
                if end < 0:
                    raise InputError(f"{path}: XML DOCTYPE is larger than {PROLOG_WINDOW} bytes; refused as unsafe")
                if _ENTITY_DECL.search(text, pos, end):
                    raise InputError(
                        f"{path}: XML declares entities in its DOCTYPE (entity expansion / external entity); "
                        "refused as unsafe"
                    )
                pos = end
                continue
            return  # first element (or text): the prolog is over
    # A prolog that fills the whole window without reaching an element is not a translation file.
    if len(data) > PROLOG_WINDOW:
        raise InputError(f"{path}: no XML root element in the first {PROLOG_WINDOW} bytes")


def safe_parser() -> etree.XMLParser:
    """An lxml parser that never resolves entities, loads DTDs or opens the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        strip_cdata=False,
    )


def parse_xml(data: bytes, path: Path | str = "<input>") -> etree._Element:
    """Check then parse untrusted XML; any failure is an InputError with the parser's reason."""
    check_xml_safe(data, path)
    try:
        return etree.fromstring(data, parser=safe_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{path}: not well-formed XML: {exc}") from None
