"""Refuse hostile XML before any parser builds a tree.

XLIFF, TMX and TBX come from outside (agencies, CAT tools, the web). An XML
file can declare entities that expand to gigabytes ("billion laughs") or that
pull in local files and URLs (XXE). No real translation file needs an internal
DTD subset, so a file whose DOCTYPE declares anything (entities, elements,
attribute lists) is refused outright; a bare ``<!DOCTYPE tmx SYSTEM "tmx14.dtd">``
(common in TMX) is allowed because the parser never loads DTDs or touches the
network.

Why a real parser and not a byte scan: a scan of the first N bytes was
bypassed by a long comment or processing instruction before the DOCTYPE, and
by UTF-32 without a BOM. lxml parses the prolog in whatever encoding the file
is in, with entity resolution, DTD loading and the network off, and stops at
the root element's start tag, so the check costs a prolog's worth of parsing
even for a 50 MB file.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree

from qa.errors import InputError
from qa.io.files import shown

FEED_CHUNK = 1 << 14  # bytes handed to the prolog parser at a time; it stops at the root element
PROLOG_WINDOW = 1 << 16  # bytes decoded for sniffing (format, version); never used for the safety decision

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NO_BOM = (
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
)
_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""")


def declared_encoding(data: bytes) -> str | None:
    """The encoding named in an ASCII-compatible XML declaration, normalised (utf_16 → utf-16), or None."""
    match = _DECLARED_ENCODING.match(data[:200])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name.replace("_", "-")
    except LookupError:
        return None


def xml_encoding(data: bytes) -> str:
    """The encoding the bytes are in: BOM, then UTF-32/16 without BOM, then the declaration.

    A declaration of UTF-16 or UTF-32 over bytes that are plainly ASCII (no BOM, no
    NULs) cannot be right; the bytes are then read as UTF-8 (check_xml_safe refuses the file).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    for start, name in _NO_BOM:
        if data.startswith(start):
            return name
    declared = declared_encoding(data)
    if declared is None or declared.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return declared


def prolog_text(data: bytes) -> str:
    """The first PROLOG_WINDOW bytes as text, for sniffing the format and version only."""
    encoding = xml_encoding(data)
    head = data[:PROLOG_WINDOW]
    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(head).lstrip("\ufeff")


def _refuse_wrong_declaration(data: bytes, name: str) -> None:
    declared = declared_encoding(data)
    if declared and declared.startswith(("utf-16", "utf-32")) and xml_encoding(data) == "utf-8":
        raise InputError(
            f"{name}: the XML declaration says encoding=\"{declared.upper()}\" but the file is written in "
            "an 8-bit encoding (ASCII/UTF-8); correct the declaration to encoding=\"UTF-8\""
        )


def _prolog_doctype(data: bytes, name: str):
    """The DTD object of the document's DOCTYPE (None without one), parsing no further than needed to reach the root.

    A syntax error after the root's start tag is left to the real parser (its message
    names the format); one before it refuses the file here.
    """
    parser = etree.XMLPullParser(
        events=("start",), resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, dtd_validation=False
    )
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        data = data[4:]  # libxml2's push parser misreads a UTF-32 BOM; without it the encoding is detected
    try:
        for offset in range(0, len(data), FEED_CHUNK):
            parser.feed(data[offset : offset + FEED_CHUNK])
            for _, element in parser.read_events():
                return element.getroottree().docinfo.internalDTD
        parser.close()
    except etree.XMLSyntaxError as exc:
        for _, element in parser.read_events():  # the root was reached before the error
            return element.getroottree().docinfo.internalDTD
        if "subset" in str(exc).lower() or "entit" in str(exc).lower():
            raise InputError(f"{name}: XML DOCTYPE declares entities or other declarations ({exc}); refused as unsafe") from None
        raise InputError(f"{name}: not well-formed XML: {exc}") from None
    raise InputError(f"{name}: no XML root element")


def check_xml_safe(data: bytes, path: Path | str = "<input>") -> None:
    """Raise InputError if the DOCTYPE has an internal subset (entities: billion laughs, XXE; any declaration).

    Why before the real parse: it refuses before any parser builds a tree or expands
    anything, and it does not depend on how a third-party library configured its parser.
    """
    name = shown(path)
    _refuse_wrong_declaration(data, name)
    dtd = _prolog_doctype(data, name)
    if dtd is None:
        return
    if any(True for _ in dtd.iterentities()):
        raise InputError(
            f"{name}: XML declares entities in its DOCTYPE (entity expansion / external entity); refused as unsafe"
        )
    if any(True for _ in dtd.iterelements()):
        raise InputError(f"{name}: XML DOCTYPE has an internal subset (declarations); refused as unsafe")


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
        root = etree.fromstring(data, parser=safe_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{shown(path)}: not well-formed XML: {exc}") from None
    if any(True for _ in root.iter(etree.Entity)):  # belt and braces: an entity left unexpanded is text lost
        raise InputError(f"{shown(path)}: XML uses entity references; refused as unsafe")
    return root
