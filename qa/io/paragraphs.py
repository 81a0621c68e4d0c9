"""Split decoded text into paragraphs that remember their line number.

A paragraph is a non-blank line; consecutive lines of one block are joined
only when they look hard-wrapped (same language, a long line that does not end
a sentence), so pages copied from the web (one paragraph per line, chrome lines
stacked without blank lines) and wrapped plain-text files both read right.
"""

from __future__ import annotations

import re

from qa.io.script import classify
from qa.lang.zh import han_count
from qa.model import Paragraph

_ENDS_SENTENCE = re.compile(r"[.!?。！？：:;；”\"’'»」』)）\]】…]\s*$")
_WRAP_MIN = 24  # display columns; a wrapped line is long: short lines are headings, links or chrome


def _clean(line: str) -> str:
    """Drop zero-width characters and trailing blanks; keep everything else as written."""
    return re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", line).rstrip()


def split_paragraphs(text: str) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    block: list[tuple[int, str]] = []

    def flush() -> None:
        current: list[tuple[int, str]] = []
        for number, line in block:
            if current and _continues(current[-1][1], line):
                current.append((number, line))
                continue
            if current:
                _emit(current)
            current = [(number, line)]
        if current:
            _emit(current)
        block.clear()

    def _emit(lines: list[tuple[int, str]]) -> None:
        joiner = "" if classify(lines[0][1]).value == "zh" else " "
        body = joiner.join(l.strip() for _, l in lines)
        paragraphs.append(Paragraph(text=body, lang=classify(body), line=lines[0][0]))

    for number, raw in enumerate(text.split("\n"), start=1):
        line = _clean(raw)
        if line.strip():
            block.append((number, line))
        else:
            flush()
    flush()
    return paragraphs


def _continues(previous: str, line: str) -> bool:
    """Whether `line` carries on the paragraph of `previous` (hard-wrapped text).

    English continuations start in lower case or follow a comma or hyphen;
    a capitalised line after an unfinished one is usually a new item of page
    chrome ("See an error? Drop us a line at" / "View the…"), not a wrap.
    """
    lang = classify(previous)
    if lang != classify(line) or _ENDS_SENTENCE.search(previous):
        return False
    if len(previous) + han_count(previous) < _WRAP_MIN:  # Han characters are two columns wide
        return False
    if lang.value == "en":
        return line.lstrip()[:1].islower() or line.lstrip()[:1].isdigit() or previous.rstrip()[-1:] in ",-–"
    return True
