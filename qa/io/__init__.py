"""Read any supported input into a Document.

The reader is chosen by extension; files without a known extension are
sniffed (XML root, PO header, a source/target header row). Every failure is
an InputError with one line a user can act on.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Callable

from qa.errors import InputError, UsageError
from qa.io.decode import decode_bytes
from qa.io.files import DEFAULT_LIMIT, read_user_file, shown
from qa.io.furniture import is_chrome
from qa.io.paragraphs import split_paragraphs
from qa.io.script import classify
from qa.io.table import read_pairs_table
from qa.model import Document, Lang, Paragraph

MAX_BYTES = DEFAULT_LIMIT

TEXT_SUFFIXES = {".txt", ".text", ".md"}
TABLE_SUFFIXES = {".tsv", ".csv", ".tab"}
XLIFF_SUFFIXES = {".xlf", ".xliff", ".sdlxliff", ".mqxliff"}
OTHER_FORMATS = {".tmx": "tmx", ".po": "po", ".pot": "po"}
SUPPORTED = sorted(TEXT_SUFFIXES | TABLE_SUFFIXES | XLIFF_SUFFIXES | set(OTHER_FORMATS))


def _load(path: Path, what: str = "document") -> bytes:
    """The bytes of a document: a regular file, read no further than MAX_BYTES (see qa.io.files)."""
    if path.is_dir():
        raise InputError(f"{shown(path)}: is a folder, not a document (use `qa audit` for folders)")
    return read_user_file(path, what, MAX_BYTES)


def doc_id(path: Path) -> str:
    """The document's id: its file name without suffix, as text (undecodable bytes become U+FFFD)."""
    return shown(path.stem)


def format_of(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in TABLE_SUFFIXES:
        return "table"
    if suffix in XLIFF_SUFFIXES:
        return "xliff"
    if suffix in OTHER_FORMATS:
        return OTHER_FORMATS[suffix]
    from qa.io.catformats import sniff_catformat  # handles UTF-16 XML too

    sniffed = sniff_catformat(data)
    if sniffed:
        return sniffed
    if suffix:
        raise InputError(f"{shown(path)}: unsupported file type '{suffix}' (supported: {', '.join(SUPPORTED)})")
    return "text"


def _cat_reader(fmt: str) -> Callable[[Path, bytes], Document]:
    from qa.io import catformats

    return {"xliff": catformats.read_xliff, "tmx": catformats.read_tmx, "po": catformats.read_po}[fmt]


STDIN = "-"  # the path that means standard input, as in most command-line tools
STDIN_NAME = "<stdin>"  # how reports and terminal lines name it


def is_stdin(path: str | Path | None) -> bool:
    return path is not None and str(path) == STDIN


def read_stdin(data: bytes | None = None) -> Document:
    """A document piped in: an interleaved page, or a TSV/CSV of pairs (a header naming source and target,
    or two columns, one Chinese and one English). CAT files need their file (reports write notes back into it)."""
    if data is None:
        data = _read_stdin_bytes()
    from qa.io.catformats import sniff_catformat

    if sniff_catformat(data):
        raise InputError(f"{STDIN_NAME}: XLIFF, TMX and PO files are read from a file, not standard input")
    text = decode_bytes(data, STDIN_NAME)
    name = Path(STDIN_NAME)
    if _looks_like_table(text):
        pairs = read_pairs_table(text, STDIN_NAME, ".tsv" if "\t" in text.split("\n", 1)[0] else ".csv")
        doc = Document(id="stdin", path=STDIN_NAME, pairs=tuple(pairs), fmt="table")
    else:
        doc = replace(_read_interleaved(name, text), id="stdin", path=STDIN_NAME)
    return _finish(doc, name)


def _read_stdin_bytes() -> bytes:
    import sys

    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(f"{STDIN_NAME}: more than {MAX_BYTES:,} bytes; give a file")
    if not data.strip():
        raise InputError(f"{STDIN_NAME}: empty input")
    return data


def _looks_like_table(text: str) -> bool:
    """A first line that is a source/target header, or one Chinese and one English cell split by a tab."""
    from qa.io.table import _SOURCE, _TARGET, _headerless_columns

    first = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    for delimiter in ("\t", ","):
        cells = [c.strip().lower() for c in first.split(delimiter)]
        if any(c in _SOURCE for c in cells) and any(c in _TARGET for c in cells):
            return True
    return "\t" in first and _headerless_columns(first.split("\t")) is not None


def read_document(path: str | Path, target: str | Path | None = None, *, one_per_line: bool = False) -> Document:
    """The document at `path`; with `target`, a Chinese file and its English translation.

    Every document says which Chinese script it is in (meta "script"), so the
    checks can look traditional text up in simplified dictionaries.
    """
    return _finish(_read(Path(path), target, one_per_line), Path(path))


def _finish(doc: Document, path: Path) -> Document:
    """Refuse a Japanese source; record the document's Chinese script."""
    sources = [p.source for p in doc.pairs] or [p.text for p in doc.paragraphs if p.lang is Lang.ZH]
    _refuse_japanese(sources, path)
    if "script" in dict(doc.meta):
        return doc
    from qa.lang.traditional import detect_script

    return replace(doc, meta=doc.meta + (("script", detect_script(sources)),))


_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u31f0-\u31ff\uff66-\uff9d]")
_HAN_OR_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u31f0-\u31ff\uff66-\uff9d\u3400-\u9fff]")
KANA_SHARE = 0.1  # Japanese prose is about 30-60 % kana; Chinese has none beyond a quoted name or two


def _refuse_japanese(sources: list[str], path: Path) -> None:
    """Refuse a source side written in Japanese: its kanji would be checked as Chinese and every check would lie."""
    sample = "".join(sources)[:200_000]
    script, kana = len(_HAN_OR_KANA.findall(sample)), len(_KANA.findall(sample))
    if script >= 20 and kana > KANA_SHARE * script:
        raise InputError(f"{shown(path)}: the source looks Japanese (kana in "
                         f"{kana / script:.0%} of its characters); qa checks Chinese → English only")


def _read(path: Path, target: str | Path | None, one_per_line: bool) -> Document:
    data = _load(path)
    if target is not None:
        return _read_two_files(path, data, Path(target), one_per_line)
    fmt = format_of(path, data)
    if fmt in ("xliff", "tmx", "po"):
        return _cat_reader(fmt)(path, data)
    text = decode_bytes(data, shown(path))
    if fmt == "table":
        pairs = read_pairs_table(text, shown(path), path.suffix.lower())
        return Document(id=doc_id(path), path=str(path), pairs=tuple(pairs), fmt="table")
    if one_per_line:
        raise UsageError("--one-per-line needs two files: give the English with --target")
    return _read_interleaved(path, text)


def _mark_chrome(paragraphs: list[Paragraph]) -> tuple[Paragraph, ...]:
    return tuple(replace(p, furniture=is_chrome(p)) for p in paragraphs)


def _read_interleaved(path: Path, text: str) -> Document:
    paragraphs = _mark_chrome(split_paragraphs(text))
    langs = {p.lang for p in paragraphs if not p.furniture}
    if Lang.ZH not in langs or Lang.EN not in langs:
        only = "Chinese" if Lang.ZH in langs else "English" if Lang.EN in langs else "neither Chinese nor English"
        raise InputError(
            f"{shown(path)}: only {only} text found; for a separate translation use `--target FILE`"
        )
    return Document(id=doc_id(path), path=str(path), paragraphs=paragraphs, fmt="interleaved")


def _segments(text: str, one_per_line: bool) -> list[Paragraph]:
    if not one_per_line:
        return split_paragraphs(text)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [Paragraph(text=line.strip(), lang=classify(line), line=n) for n, line in enumerate(lines, start=1)]


def _dominant(paragraphs: list[Paragraph]) -> Lang:
    weight = {Lang.ZH: 0, Lang.EN: 0}
    for p in paragraphs:
        if p.lang in weight:
            weight[p.lang] += len(p.text)
    if not any(weight.values()):
        return Lang.OTHER
    return max(weight, key=weight.get)


def _read_two_files(path: Path, data: bytes, target: Path, one_per_line: bool) -> Document:
    for side in (path, target):
        if side.suffix.lower() not in TEXT_SUFFIXES | {"", ".zh", ".en"}:  # NAME.zh / NAME.en: `qa align FOLDER`
            raise InputError(f"{shown(side)}: two-file input must be plain text (.txt), got '{side.suffix}'")
    source_text = decode_bytes(data, shown(path))
    target_text = decode_bytes(_load(target, "--target"), shown(target))
    source = _segments(source_text, one_per_line)
    translation = _segments(target_text, one_per_line)
    names = {Lang.ZH: "Chinese", Lang.EN: "English", Lang.OTHER: "neither Chinese nor English"}
    if _dominant(source) is not Lang.ZH:
        raise InputError(f"{shown(path)}: expected the Chinese source, but the file is mostly {names[_dominant(source)]}")
    if _dominant(translation) is not Lang.EN:
        raise InputError(f"{shown(target)}: expected the English translation, but the file is mostly {names[_dominant(translation)]}")
    source = [replace(p, lang=Lang.ZH) for p in source]
    translation = [replace(p, lang=Lang.EN) for p in translation]
    return Document(
        id=doc_id(path),
        path=str(path),
        paragraphs=tuple(source + translation),
        fmt="lines" if one_per_line else "two-files",
        meta=(("target_path", str(target)),),
    )



