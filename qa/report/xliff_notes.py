"""Write findings back into the translator's XLIFF as <note>s on their units.

A CAT tool then shows each QA result next to the segment it concerns. The
file is not re-serialised: notes are inserted as text at the right offsets,
so every byte outside the inserted notes (declaration, whitespace, attribute
order, entities, comments, CDATA) stays exactly as the CAT tool wrote it.

XLIFF 1.x: `<note from="qa" priority=".." annotates="..">` appended at the end
of the `<trans-unit>` (after source/target, where the schema allows notes).
XLIFF 2.x: `<note category="qa" ..>` inside the unit's `<notes>`, which is
created before the unit's first core child (`originalData`, `segment`,
`ignorable`) when the unit has none, as the 2.0 schema orders them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from qa.errors import InputError
from qa.io.catformats import xliff_version
from qa.io.safe_xml import check_xml_safe, xml_encoding
from qa.model import Finding, Severity
from qa.atomic import atomic_write_bytes

NOTE_ORIGIN = "qa"
_PRIORITY = {Severity.CRITICAL: "1", Severity.MAJOR: "2", Severity.MINOR: "5", Severity.NEUTRAL: "9"}
# Characters XML 1.0 forbids even when escaped.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# One markup token: comment, CDATA, PI, DOCTYPE (with internal subset) or a tag.
_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<!\[CDATA\[.*?\]\]>"
    r"|<\?.*?\?>"
    r"|<!DOCTYPE(?:[^\[>]|\[.*?\])*>"
    r"|<(?P<close>/?)(?:(?P<prefix>[\w.\-]+):)?(?P<name>[\w.\-]+)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(?P<empty>/?)>",
    re.S,
)
_ID_ATTR = re.compile(r"""\bid\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_POSITIONAL_ID = re.compile(r"^u(\d+)(?:\.|$)")
_CORE_CHILDREN_2 = {"originalData", "segment", "ignorable"}


@dataclass
class _Unit:
    ordinal: int
    unit_id: str
    prefix: str
    start_end: int  # offset just after the unit's start tag
    end_start: int = -1  # offset of the unit's end tag
    first_core_child: int = -1  # XLIFF 2: offset of the first originalData/segment/ignorable
    notes_end_start: int = -1  # XLIFF 2: offset of an existing </notes>
    notes_start_end: int = -1  # XLIFF 2: offset just after an existing <notes>
    notes: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class NotesResult:
    """How many findings became notes, and which could not be placed on any unit."""

    placed: int
    unplaced: tuple[Finding, ...]


def _scan_units(text: str, unit_name: str) -> list[_Unit]:
    """The units in document order with the offsets needed to insert notes."""
    units: list[_Unit] = []
    current: _Unit | None = None
    depth = 0  # element depth inside the current unit
    for match in _TOKEN.finditer(text):
        name = match.group("name")
        if name is None:
            continue
        closing = bool(match.group("close"))
        empty = bool(match.group("empty"))
        prefix = match.group("prefix") or ""
        if current is None:
            if name == unit_name and not closing and not empty:
                ids = _ID_ATTR.search(match.group("attrs") or "")
                raw_id = (ids.group(1) if ids.group(1) is not None else ids.group(2)) if ids else ""
                unit_id = html.unescape(raw_id)  # "a&amp;1" in the file is the id "a&1"
                current = _Unit(len(units) + 1, unit_id, prefix, match.end())
                depth = 0
            elif name == unit_name and empty:
                units.append(_Unit(len(units) + 1, "", prefix, -1))  # keeps ordinals in step; gets no notes
            continue
        same_ns = prefix == current.prefix
        if closing:
            if depth == 0 and name == unit_name and same_ns:
                current.end_start = match.start()
                units.append(current)
                current = None
            else:
                if depth == 1 and name == "notes" and same_ns:
                    current.notes_end_start = match.start()
                depth -= 1
            continue
        if depth == 0 and same_ns:
            if name in _CORE_CHILDREN_2 and current.first_core_child < 0:
                current.first_core_child = match.start()
            if name == "notes" and not empty:
                current.notes_start_end = match.end()
        if not empty:
            depth += 1
    if current is not None:
        raise InputError(f"<{unit_name}> opened but never closed: the XLIFF is truncated")
    return units


def _escape(text: str) -> str:
    text = _XML_ILLEGAL.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def note_text(finding: Finding) -> str:
    """One line a translator reads in the CAT tool's note pane."""
    parts = [f"[{finding.check_id} {finding.check}] {finding.severity.value}, {finding.category}: {finding.message}"]
    if finding.source_span:
        parts.append(f"source: “{finding.source_span}”")
    if finding.target_span:
        parts.append(f"target: “{finding.target_span}”")
    if finding.suggestion:
        parts.append(f"suggestion: {finding.suggestion}")
    return " | ".join(parts)


def _applies_to(finding: Finding) -> str:
    if finding.target_span:
        return "target"
    if finding.source_span:
        return "source"
    return ""


def _note_xml(finding: Finding, prefix: str, version2: bool) -> str:
    tag = f"{prefix}:note" if prefix else "note"
    priority = _PRIORITY.get(finding.severity, "5")
    applies = _applies_to(finding)
    if version2:
        attrs = f'category="{NOTE_ORIGIN}" priority="{priority}"' + (f' appliesTo="{applies}"' if applies else "")
    else:
        attrs = f'from="{NOTE_ORIGIN}" priority="{priority}" annotates="{applies or "general"}"'
    return f"<{tag} {attrs}>{_escape(note_text(finding))}</{tag}>"


def _line_indent(text: str, offset: int) -> tuple[str, str] | None:
    """(newline, indent) when only spaces/tabs stand between the line start and `offset`."""
    start = offset
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    if start == 0 or text[start - 1] != "\n":
        return None
    newline = "\r\n" if start >= 2 and text[start - 2] == "\r" else "\n"
    return newline, text[start:offset]


def _child_indent(text: str, after: int, fallback: str) -> str:
    match = re.match(r"[ \t]*\r?\n([ \t]*)<", text[after : after + 400])
    return match.group(1) if match else fallback


def _insertions_v1(text: str, unit: _Unit) -> tuple[int, str]:
    notes = [_note_xml(f, unit.prefix, version2=False) for f in unit.notes]
    where = _line_indent(text, unit.end_start)
    if where is None:  # everything on one line: insert right before </trans-unit>
        return unit.end_start, "".join(notes)
    newline, indent = where
    child = _child_indent(text, unit.start_end, indent + "  ")
    offset = unit.end_start - len(indent) - len(newline)
    return offset, "".join(newline + child + note for note in notes)


def _insertions_v2(text: str, unit: _Unit) -> tuple[int, str]:
    notes = [_note_xml(f, unit.prefix, version2=True) for f in unit.notes]
    if unit.notes_end_start >= 0:  # the unit has <notes>: append ours at its end
        where = _line_indent(text, unit.notes_end_start)
        if where is None:
            return unit.notes_end_start, "".join(notes)
        newline, indent = where
        child = _child_indent(text, unit.notes_start_end, indent + "  ")
        offset = unit.notes_end_start - len(indent) - len(newline)
        return offset, "".join(newline + child + note for note in notes)
    tag = f"{unit.prefix}:notes" if unit.prefix else "notes"
    anchor = unit.first_core_child if unit.first_core_child >= 0 else unit.end_start
    where = _line_indent(text, anchor)
    if where is None:
        return anchor, f"<{tag}>" + "".join(notes) + f"</{tag}>"
    newline, indent = where
    inner = "".join(newline + indent + "  " + note for note in notes)
    return anchor, f"<{tag}>{inner}{newline}{indent}</{tag}>{newline}{indent}"


def _resolve(units: list[_Unit], findings: Iterable[Finding], unit_ids: Mapping[str, str] | None) -> list[Finding]:
    """Attach findings to units; return those that match no unit."""
    by_id: dict[str, _Unit] = {}
    repeated: set[str] = set()
    for unit in units:
        if unit.unit_id in by_id:
            repeated.add(unit.unit_id)
        by_id.setdefault(unit.unit_id, unit)
    unplaced = []
    for finding in findings:
        unit = None
        # the mapping's unit id; without one, the pair id itself when it is a unit's id (the reader's own-id case)
        named = unit_ids.get(finding.pair_id) if unit_ids else (finding.pair_id if finding.pair_id in by_id else None)
        if named is not None and named not in repeated:  # a repeated id (across <file>s) names no one unit
            unit = by_id.get(named)
        else:  # the reader's positional ids: `u0007` is the 7th unit
            match = _POSITIONAL_ID.match(finding.pair_id)
            if match and 1 <= int(match.group(1)) <= len(units):
                unit = units[int(match.group(1)) - 1]
        if unit is None or unit.start_end < 0:
            unplaced.append(finding)
        else:
            unit.notes.append(finding)
    return unplaced


def add_notes(original: bytes, findings: Iterable[Finding], unit_ids: Mapping[str, str] | None = None) -> tuple[bytes, NotesResult]:
    """The XLIFF bytes with the findings inserted as notes, plus what was placed.

    `unit_ids` maps Finding.pair_id → the unit's id in the file (Pair.unit_id);
    without it a pair id that is a unit's own id names that unit. An id that
    repeats in the file names no unit: then (and for ids the mapping does not
    know) the reader's positional pair ids (`u0007`, `u0007.s02`) locate the
    7th unit.
    """
    check_xml_safe(original, "XLIFF")
    codec = xml_encoding(original)
    try:
        text = original.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"XLIFF is not valid {codec}: {exc.reason}") from None
    if text.encode(codec) != original:
        raise InputError(f"XLIFF bytes do not round-trip through {codec}; refusing to rewrite it")
    version2 = xliff_version(original).startswith("2")
    units = _scan_units(text, "unit" if version2 else "trans-unit")
    unplaced = _resolve(units, findings, unit_ids)
    inserts = [
        (_insertions_v2 if version2 else _insertions_v1)(text, unit) for unit in units if unit.notes
    ]
    pieces = []
    last = 0
    for offset, snippet in sorted(inserts, key=lambda item: item[0]):
        pieces.append(text[last:offset])
        pieces.append(snippet)
        last = offset
    pieces.append(text[last:])
    # Characters the file's encoding lacks (only possible inside our notes) become &#...; references.
    out = "".join(pieces).encode(codec, errors="xmlcharrefreplace")
    placed = sum(len(unit.notes) for unit in units)
    return out, NotesResult(placed, tuple(unplaced))


def write_xliff_with_notes(
    original_bytes: bytes,
    findings: Iterable[Finding],
    out_path: Path | str,
    unit_ids: Mapping[str, str] | None = None,
) -> NotesResult:
    """Write the XLIFF with one note per finding to `out_path`, atomically."""
    data, result = add_notes(original_bytes, findings, unit_ids)
    atomic_write_bytes(Path(out_path), data)
    return result
