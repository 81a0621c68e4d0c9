"""English: sentence splitting that survives abbreviations, decimals and initials.

A sentence ends at . ! ? or an ellipsis, plus any closing quotes or brackets,
when whitespace follows and the next text starts like a sentence (capital,
digit, opening quote or bracket, or Chinese). A full stop does not end a
sentence after a title (Mr., Dr.), a single initial (J. K. Rowling), a dotted
acronym (U.S., e.g., i.e.), or before a number after No./Jan./p. Splitting is
lossless: each sentence is a stripped slice of the input, in order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang import add_trimmed_span

_CLOSERS = "”’\"')]»}"
_CANDIDATE = re.compile(r"(?:\.\.\.+|…+|[.!?]+)[" + re.escape(_CLOSERS) + r"]*(?=\s)")
_NEXT_START = re.compile(r"\s+([A-Z0-9“‘\"'(\[«]|[\u3400-\u9fff])")

# Abbreviations after which a full stop never ends a sentence (lower-cased, no dot).
_NEVER_FINAL = frozenset(
    """mr mrs ms dr prof sr jr st gen lt col capt sgt cmdr adm gov sen rep rev hon pres
    messrs mme mlle fr vs cf e.g i.e viz approx dept univ assn bros fig figs eq eqs vol vols
    ch chap sec art para pp ed eds trans""".split()
)
# Abbreviations that do not end a sentence when a number follows ("No. 5", "Jan. 12").
_BEFORE_NUMBER = frozenset(
    """no nos p pp jan feb mar apr jun jul aug sep sept oct nov dec art sec ch vol fig op
    approx ca""".split()
)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")  # of the word before a stop
# A heading or list number at the start of a paragraph: "II. The ...", "3. Improve ...".
_LEADING_NUMBER = re.compile(r"\s*(?:[IVXLC]+|[0-9]{1,3}|[a-z])$")


# Texts whose split is kept: a document's targets, several times over. A004 splits each target three or four
# times, and the list and clause checks split them again; one document of a few thousand pairs fits.
SPLIT_CACHE = 4096


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence, whitespace trimmed, in order (a new list each call)."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=SPLIT_CACHE)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Split once per distinct text: several checks split the same targets."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        following = _NEXT_START.match(text, end)
        if following is None or not _ends_sentence(text, start, match.start(), match.group(), following.group(1)):
            continue
        add_trimmed_span(text, start, end, spans)
        start = end
    add_trimmed_span(text, start, len(text), spans)
    return tuple(spans)


def split_sentences(text: str) -> list[str]:
    """Sentences of an English text, stripped, in order."""
    return [text[a:b] for a, b in _sentence_spans(text)]


def _word_before(text: str, end: int) -> str:
    """The run of ASCII letters and dots that ends at `end` and starts with a letter ("U.S", "J"), found by
    stepping back from `end`: a pattern searched from the text's start made splitting quadratic."""
    start = end
    while start > 0 and text[start - 1] in _WORD_CHARS:
        start -= 1
    while start < end and text[start] == ".":
        start += 1
    return text[start:end]


def _ends_sentence(text: str, sentence_start: int, stop_at: int, stop: str, next_char: str) -> bool:
    if not stop.startswith("."):
        return True  # ! ? and their runs
    if stop.startswith("..") or stop.startswith("…"):
        return True  # an ellipsis followed by a capital starts a new sentence
    if _LEADING_NUMBER.fullmatch(text, sentence_start, stop_at):
        return False
    word = _word_before(text, stop_at)
    if not word:
        return True
    key = word.lower().rstrip(".")
    if key in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. K. Rowling"
    if "." in word and all(len(part) <= 2 for part in word.split(".") if part):
        return False  # dotted acronym: U.S., U.K., a.m. (rarely final before a capital)
    if key in _BEFORE_NUMBER and next_char.isdigit():
        return False
    return True


