"""Readers for CAT-tool files (XLIFF 1.2/2.0, TMX, PO) through translate-toolkit.

These files are already aligned by the translator's tool, so each unit becomes
one Pair as it is (no re-alignment). A pair's id is the unit's own id in the
file (`u1` stays `u1`; a multi-segment XLIFF 2.0 unit gives `intro.s01`,
`intro.s02`), what the translator sees in the CAT tool. Only when the file's ids
are missing or repeat (across <file> elements, say) are all ids positional
(`u0001` is the first unit element in the file) so findings still land on the
right unit; `Pair.unit_id` always keeps the id the file uses.

Inline codes (<x/>, <g>, <bpt>/<ept>, <ph>, …) are flattened out of the text the
checks read but kept, in order, in `Pair.inline_tags` for the tag check.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from qa.errors import InputError
from qa.io.files import shown
from qa.io.safe_xml import check_xml_safe
from qa.lang.traditional import detect_script
from qa.model import Document, Pair
from qa.lang.zh import HAN

XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1."
XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2."

_LATIN = re.compile(r"[A-Za-z]")
_ZH_CODES = ("zh", "cmn", "zho", "chi", "yue")
_EN_CODES = ("en", "eng")


# --------------------------------------------------------------------------- languages


def _base(tag: str | None) -> str:
    return re.split(r"[-_@.]", (tag or "").strip().lower(), maxsplit=1)[0]


def is_chinese_tag(tag: str | None) -> bool:
    return _base(tag) in _ZH_CODES


def is_english_tag(tag: str | None) -> bool:
    return _base(tag) in _EN_CODES


def _guess_lang(texts: list[str]) -> str:
    """'zh', 'en' or '' from the script of the texts, for files that do not say."""
    han = sum(len(HAN.findall(t)) for t in texts[:200])
    latin = sum(len(_LATIN.findall(t)) for t in texts[:200])
    if han and han >= latin / 4:
        return "zh"
    if latin:
        return "en"
    return ""


def _require_zh_en(path: Path, source_lang: str, target_lang: str, sources: list[str], targets: list[str]) -> tuple[str, str]:
    """Return the (source, target) tags, refusing anything that is not Chinese → English."""
    if not any(t.strip() for t in sources) and not any(t.strip() for t in targets):
        raise InputError(f"{shown(path)}: contains no translation units with text")
    src = source_lang or _guess_lang(sources)
    tgt = target_lang or _guess_lang(targets) or "en"
    from qa.lang.profile import is_supported

    if not is_supported(src, tgt):
        shown_src = source_lang or f"{src or 'unknown'} (guessed)"
        shown_tgt = target_lang or f"{tgt} (guessed)"
        raise InputError(
            f"{shown(path)}: languages are {shown_src} → {shown_tgt}; qa checks Chinese → English (zh → en) translations only"
        )
    return src, tgt


# --------------------------------------------------------------------------- building the document


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _pair(pair_id: str, unit_id: str, source: str, target: str, tags: tuple = ((), ())) -> Pair:
    # A unit pairs its source and target by itself: an empty <target> is an untranslated unit (U101),
    # not a source sentence the aligner found no translation for (A001).
    bead = "1-1" if source.strip() else "0-1"
    return Pair(id=pair_id, source=source, target=target, type=bead, score=1.0, unit_id=unit_id, inline_tags=tags)


# XLIFF 1.2, XLIFF 2 and TMX inline codes; <mrk>/<sm>/<em> are annotations and segment markers, not codes.
_EMPTY_CODES = {"x", "bx", "ex", "sc", "ec"}
_INLINE_CODES = {"g", "pc", "bpt", "ept", "ph", "it", "ut"} | _EMPTY_CODES  # <bpt>, <ph>… keep their content in the text


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def inline_tags(element) -> tuple[str, ...]:
    """The inline codes inside a <source>, <target> or <seg> element, in order, as `<x id="2"/>` tokens."""
    if element is None:
        return ()
    tokens = []
    for node in element.iterdescendants():
        name = _local(node.tag)
        if name not in _INLINE_CODES:
            continue
        ident = node.get("id") or node.get("i") or node.get("x") or ""
        attr = f' id="{ident}"' if ident else ""
        tokens.append(f"<{name}{attr}/>" if name in _EMPTY_CODES or not (node.text or len(node)) else f"<{name}{attr}>")
    return tuple(tokens)


def _unit_tags(element) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(source, target) inline codes of an XLIFF trans-unit or segment."""
    return inline_tags(element.find("{*}source")), inline_tags(element.find("{*}target"))


def prefer_file_ids(pairs: list[Pair]) -> list[Pair]:
    """Pairs named by the file's own unit ids when every unit has one and none repeats; positional otherwise."""
    from dataclasses import replace

    def own(pair: Pair) -> str:
        _, dot, segment = pair.id.partition(".")
        return pair.unit_id + dot + segment if pair.unit_id else ""

    ids = [own(p) for p in pairs]
    if not all(ids) or len(set(ids)) != len(ids):
        return pairs
    return [replace(p, id=i) for p, i in zip(pairs, ids)]


def _document(path: Path, fmt: str, src: str, tgt: str, pairs: list[Pair], extra_meta: tuple = ()) -> Document:
    script = detect_script((p.source for p in pairs), src)
    return Document(
        id=shown(path.stem),
        path=str(path),
        source_lang=src,
        target_lang=tgt,
        pairs=tuple(prefer_file_ids(pairs)),
        fmt=fmt,
        meta=(("script", script),) + tuple(extra_meta),
    )


def _wrap_errors(path: Path, what: str, fn):
    """Run a translate-toolkit parse; whatever it raises becomes one InputError line."""
    try:
        return fn()
    except InputError:
        raise
    except MemoryError:
        raise InputError(f"{shown(path)}: {what} is too large to read") from None
    except Exception as exc:  # translate-toolkit raises ValueError, AssertionError, lxml errors, ...
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise InputError(f"{shown(path)}: not a readable {what}: {reason}") from None


# --------------------------------------------------------------------------- XLIFF


_VERSION_ATTR = re.compile(r"""<(?:\w+:)?xliff\b[^>]*?\bversion\s*=\s*["']\s*([0-9.]+)""", re.S)
_XLIFF_NS_ATTR = re.compile(r"urn:oasis:names:tc:xliff:document:([0-9.]+)")


def xliff_version(data: bytes) -> str:
    """The XLIFF version from the root's version attribute (or namespace), e.g. '1.2' or '2.0'."""
    from qa.io.safe_xml import prolog_text

    head = prolog_text(data[:8192])
    match = _VERSION_ATTR.search(head)
    if match:
        return match.group(1)
    match = _XLIFF_NS_ATTR.search(head)
    return match.group(1) if match else ""


def sniff_catformat(data: bytes) -> str | None:
    """'xliff', 'tmx' or 'po' if the bytes look like one, else None (for extension-less input)."""
    from qa.io.safe_xml import prolog_text

    head = prolog_text(data[:8192])
    if re.search(r"<(?:\w+:)?xliff\b", head):
        return "xliff"
    if re.search(r"<tmx\b", head):
        return "tmx"
    if re.search(r'^msgid\s+"', head, re.M) and re.search(r'^msgstr(\[0\])?\s+"', head, re.M):
        return "po"
    return None


def read_xliff(path: Path, data: bytes) -> Document:
    """XLIFF 1.2 (also 1.0/1.1, .sdlxliff, .mqxliff) or 2.0, chosen by the version attribute."""
    check_xml_safe(data, path)
    version = xliff_version(data)
    if version.startswith("2"):
        return _read_xliff2(path, data, version)
    return _read_xliff1(path, data, version or "1.2")


def _unit_ordinals(root, local_name: str) -> dict:
    """Element → 1-based position among all elements named `local_name` (any namespace), document order."""
    return {el: i for i, el in enumerate(root.iter(f"{{*}}{local_name}", local_name), start=1)}


def _read_xliff1(path: Path, data: bytes, version: str) -> Document:
    from translate.storage import xliff

    store = _wrap_errors(path, "XLIFF file", lambda: xliff.xlifffile.parsestring(data))
    root = store.document.getroot()
    ordinals = _unit_ordinals(root, "trans-unit")
    files = list(root.iterchildren("{*}file", "file"))
    if not files:
        raise InputError(f"{shown(path)}: XLIFF has no <file> element")
    src_tags = {f.get("source-language") or "" for f in files}
    tgt_tags = {f.get("target-language") or "" for f in files}
    pairs = []
    for unit in store.units:
        el = unit.xmlelement
        pairs.append(_pair(f"u{ordinals.get(el, len(pairs) + 1):04d}", el.get("id") or "", _text(unit.source),
                           _text(unit.target), _unit_tags(el)))
    src, tgt = _single_tags(path, src_tags, tgt_tags)
    src, tgt = _require_zh_en(path, src, tgt, [p.source for p in pairs], [p.target for p in pairs])
    return _document(path, "xliff", src, tgt, pairs, (("xliff_version", version),))


def _single_tags(path: Path, src_tags: set[str], tgt_tags: set[str]) -> tuple[str, str]:
    src_tags.discard("")
    tgt_tags.discard("")
    if len({_base(t) for t in src_tags}) > 1 or len({_base(t) for t in tgt_tags}) > 1:
        raise InputError(f"{shown(path)}: mixes languages across <file> elements ({sorted(src_tags)} → {sorted(tgt_tags)})")
    return (sorted(src_tags)[0] if src_tags else "", sorted(tgt_tags)[0] if tgt_tags else "")


def _read_xliff2(path: Path, data: bytes, version: str) -> Document:
    from translate.storage import xliff2

    store = _wrap_errors(path, "XLIFF 2 file", lambda: xliff2.Xliff2File.parsestring(data))
    root = store.document.getroot()
    ordinals = _unit_ordinals(root, "unit")
    segments_per_unit: dict = {}
    for unit in store.units:
        segments_per_unit.setdefault(unit.xmlelement.getparent(), []).append(unit)
    pairs = []
    for unit in store.units:
        parent = unit.xmlelement.getparent()
        siblings = segments_per_unit[parent]
        pair_id = f"u{ordinals.get(parent, len(pairs) + 1):04d}"
        if len(siblings) > 1:
            pair_id += f".s{siblings.index(unit) + 1:02d}"
        pairs.append(_pair(pair_id, parent.get("id") or "", _text(unit.source), _text(unit.target),
                           _unit_tags(unit.xmlelement)))
    src, tgt = root.get("srcLang") or "", root.get("trgLang") or ""
    src, tgt = _require_zh_en(path, src, tgt, [p.source for p in pairs], [p.target for p in pairs])
    return _document(path, "xliff", src, tgt, pairs, (("xliff_version", version),))


# --------------------------------------------------------------------------- TMX


def read_tmx(path: Path, data: bytes) -> Document:
    """TMX: the Chinese variant of each <tu> is the source, the English one the target."""
    from translate.misc.xml_helpers import getXMLlang
    from translate.storage import tmx

    check_xml_safe(data, path)
    store = _wrap_errors(path, "TMX file", lambda: tmx.tmxfile.parsestring(data))
    root = store.document.getroot()
    header = root.find("{*}header")
    if header is None:
        header = root.find("header")
    header_src = (header.get("srclang") if header is not None else "") or ""
    if header_src.strip().lower() == "*all*":
        header_src = ""
    ordinals = _unit_ordinals(root, "tu")
    seen_langs: set[str] = set()
    pairs = []
    src_tag = tgt_tag = ""
    for unit in store.units:
        by_lang: dict[str, str] = {}
        tags: dict[str, str] = {}
        codes: dict[str, tuple[str, ...]] = {}
        for node in unit.getlanguageNodes():
            tag = getXMLlang(node) or node.get("lang") or ""  # TMX 1.1 (OmegaT and others) writes lang="ZH-CN"
            seen_langs.add(tag)
            seg = node.find("{*}seg")
            if seg is None:
                seg = node.find("seg")
            text = "".join(seg.itertext()) if seg is not None else ""
            base = "zh" if is_chinese_tag(tag) else "en" if is_english_tag(tag) else _base(tag)
            by_lang.setdefault(base, text)
            tags.setdefault(base, tag)
            codes.setdefault(base, inline_tags(seg))
        if "zh" not in by_lang and "en" not in by_lang:
            continue
        src_tag = src_tag or tags.get("zh", "")
        tgt_tag = tgt_tag or tags.get("en", "")
        el = unit.xmlelement
        pairs.append(_pair(f"u{ordinals.get(el, len(pairs) + 1):04d}", el.get("tuid") or "", by_lang.get("zh", ""),
                           by_lang.get("en", ""), (codes.get("zh", ()), codes.get("en", ()))))
    if header_src and not is_chinese_tag(header_src) and not is_chinese_tag(src_tag):
        src_tag = header_src
    if not src_tag or not tgt_tag:
        langs = ", ".join(sorted(t for t in seen_langs if t)) or "none"
        raise InputError(f"{shown(path)}: TMX has no Chinese and English variants (languages found: {langs}); qa checks zh → en only")
    return _document(path, "tmx", src_tag, tgt_tag, pairs)


# --------------------------------------------------------------------------- PO


def read_po(path: Path, data: bytes) -> Document:
    """PO: msgid is the source, msgstr (msgstr[0] for plurals) the target; obsolete entries skipped."""
    from translate.storage import pypo

    data = _po_as_utf8(path, data)
    store = _wrap_errors(path, "PO file", lambda: pypo.pofile.parsestring(data))
    header = store.parseheader() if store.units and store.units[0].isheader() else {}
    pairs = []
    ordinal = 0
    for unit in store.units:
        if unit.isheader() or unit.isobsolete():
            continue
        ordinal += 1
        pair_id = f"u{ordinal:04d}"
        locations = unit.getlocations()
        unit_id = unit.getcontext() or (locations[0] if locations else "") or pair_id
        target = unit.target
        if hasattr(target, "strings"):  # plural forms
            target = target.strings[0] if target.strings else ""
        source = unit.source
        if hasattr(source, "strings"):
            source = source.strings[0] if source.strings else ""
        pairs.append(_pair(pair_id, unit_id, _text(source), _text(target)))
    src = header.get("X-Source-Language", "") or ""
    tgt = header.get("Language", "") or ""
    src, tgt = _require_zh_en(path, src, tgt, [p.source for p in pairs], [p.target for p in pairs])
    return _document(path, "po", src, tgt, pairs)


_PO_CHARSET = re.compile(rb"charset=([A-Za-z0-9._\-]+)")


def _po_as_utf8(path: Path, data: bytes) -> bytes:
    """Decode by the header's charset ourselves and hand translate-toolkit UTF-8.

    translate-toolkit 3.20 reads the charset but keeps decoding with UTF-8 (or
    falls back to Latin-1), so GB18030/GBK/Big5 PO files fail or turn to mojibake.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{shown(path)}: not valid UTF-16 text") from None
    match = _PO_CHARSET.search(data[:4096])
    charset = match.group(1).decode("ascii") if match else "utf-8"
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        if charset.upper() == "CHARSET":  # the gettext template placeholder
            codec = "utf-8"
        else:
            raise InputError(f"{shown(path)}: PO header names an unknown charset {charset!r}") from None
    if codec == "utf-8":
        return data
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"{shown(path)}: not valid {charset} text as its header says ({exc.reason})") from None
    return _PO_CHARSET.sub(b"charset=UTF-8", text.encode("utf-8"), count=1)


READERS = {"xliff": read_xliff, "tmx": read_tmx, "po": read_po}
EXTENSIONS = {
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".sdlxliff": "xliff",
    ".mqxliff": "xliff",
    ".tmx": "tmx",
    ".po": "po",
    ".pot": "po",
}
