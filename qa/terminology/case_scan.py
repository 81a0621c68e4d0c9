"""T105's searches around one lowered word, each made of patterns compiled once for every word.

T105 asks a few questions of each lower-case word of a page (is a capitalised word right before
it? does a name follow it after "of"?). Written as a pattern around `re.escape(word)`, each question
compiled a new pattern for most of a page's words, more than Python's cache of 512 holds: a
third of T105's time on the sample page. Here the word is found with `str.find` and the
patterns around it are fixed. Each function's docstring quotes the per-word search it stands
for: its answer is that search's answer, exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from qa.model import Pair

BOUNDARY = re.compile(r"\b")  # a word ends here
_WORD_OPENS = re.compile(r"(?<![\w'’-])")  # no letter, apostrophe or hyphen right before
# a capitalised word and small words right before a word ("Hockey Club " of "Hockey Club league")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*,? (?:(?:of|and|for|the) )*\Z")
# " of the Arts and Sciences": a name of two capitalised words or more after "of", "on" or "for"
OF_NAME = r" (?:of|on|for) (?:the )?[A-Z][\w'’-]*(?: (?:(?:and|of|for|on|the|in) )*[A-Z][\w'’-]*)+"
OF_NAME_AT = re.compile(OF_NAME)
OFFICE_HEADS = r"(?:Ministry|Department|Bureau|Office|Commission|Committee|Institute|Academy|University|College|Administration|Agency)"
# a body's head and "of" right before its field ("Department of "): a match starts at most this far back
HEAD_OF = re.compile(rf"(?<![\w'’-]){OFFICE_HEADS} of (?:the )?\Z")
_HEAD_OF_LONGEST = len("Administration of the ")
NEXT_WORDS = re.compile(r"(?: [A-Za-z][\w'’-]*){2,4}")  # the words after a lowered one: a title's rest


def capital_word_before(text: str, written: str) -> bool:
    """`re.search(rf"[A-Z][\\w'’-]*,? (?:(?:of|and|for|the) )*{re.escape(written)}\\b", text)` is not None."""
    start = text.find(written)
    while start != -1:
        if BOUNDARY.match(text, start + len(written)) and _CAPITAL_BEFORE.search(text, phrase_start(text, start), start):
            return True
        start = text.find(written, start + 1)
    return False


# what no match of _CAPITAL_BEFORE holds: anything but word characters, apostrophes, hyphens, commas and spaces
_BREAK = re.compile(r"[^\w'’\-, ]")


@lru_cache(maxsize=256)
def _breaks(text: str) -> tuple[int, ...]:
    """Where the text has a character no match of _CAPITAL_BEFORE holds (a full stop, a bracket, a quote)."""
    return tuple(m.start() for m in _BREAK.finditer(text))


def phrase_start(text: str, end: int) -> int:
    """Just after the last such character before `end`: a match of capitalised words, small words, commas and
    spaces ending at `end` starts there or later, so a search for one starts there, not at the paragraph's start
    (it ran over the whole paragraph before each word)."""
    breaks = _breaks(text)
    k = bisect_left(breaks, end)
    return breaks[k - 1] + 1 if k else 0


def names_after(text: str, written: str) -> list[tuple[str, int]]:
    """(m.group(1), m.end()) of each m in `re.finditer(rf"(?<![\\w'’-]){re.escape(written)}({OF_NAME})", text)`:
    the names after "of" that the word heads."""
    out: list[tuple[str, int]] = []
    start, end = text.find(written), 0
    while start != -1:
        if start >= end and _WORD_OPENS.match(text, start) and (m := OF_NAME_AT.match(text, start + len(written))):
            out.append((m.group(), m.end()))
            end = m.end()
        start = text.find(written, start + 1)
    return out


def office_field(text: str, written: str) -> bool:
    """`re.search(rf"(?<![\\w'’-]){OFFICE_HEADS} of (?:the )?{re.escape(written)}\\b", text)` is not None:
    the word names a body's field ("Department of education")."""
    if f"of {written}" not in text and f"of the {written}" not in text:
        return False  # the one test most words need
    start = text.find(written)
    while start != -1:
        if BOUNDARY.match(text, start + len(written)) and HEAD_OF.search(text, max(0, start - _HEAD_OF_LONGEST), start):
            return True
        start = text.find(written, start + 1)
    return False


# the capitalised words (and small words between them) right before a word: "Hockey Club " of
# "Beijing Teenager Hockey Club league", "Ministry of " of "Ministry of health"
_NAME_BEFORE = r"((?:[A-Z][\w'’-]*,? (?:(?:of|and|for|the) )*){1,3})"
_NAME_UNITS = re.compile(_NAME_BEFORE[1:-1] + r"\Z")
_NAME, _JOINT = r"[A-Z][\w'’-]*", r"(?:,| and| or)(?: the)?"  # a name's word, what joins two names
_NAME_ENDING = re.compile(r"\b[A-Z][\w'’-]*\Z")  # a capitalised word ending where the search ends
_ARTICLE_ENDING = re.compile(r"\b(?i:an?|one|another) \Z")
_JOINED_NAME = re.compile(r"(?:,| and| or)(?: the)? [A-Z][\w'’-]* ")  # ", the Brown ", " and Yale "
# words the searches below cannot stand for: they assume a lower-case word that no small word of the pattern is
_PATTERN_WORDS = frozenset("of and for the a an one another".split())


def plain_word(written: str) -> bool:
    """A lower-case word of letters, none of the patterns' own small words: what the searches below are exact for."""
    return written.isalpha() and written.islower() and written not in _PATTERN_WORDS


def names_before(text: str, written: str) -> list[tuple[int, str, int]]:
    """(m.start(1), m.group(1), m.end()) of each m in `re.finditer(rf"{_NAME_BEFORE}{re.escape(written)}\\b", text)`:
    the capitalised words right before each place of a plain_word. From any start only one place of the word can
    end the name (the word, lower case, is none of the name's words), so the leftmost start before each place,
    after the last match, is finditer's."""
    if not plain_word(written):
        return [(m.start(1), m.group(1), m.end()) for m in re.finditer(rf"{_NAME_BEFORE}{re.escape(written)}\b", text)]
    out: list[tuple[int, str, int]] = []
    start, end = text.find(written), 0
    while start != -1:
        if start > end and text[start - 1] == " " and BOUNDARY.match(text, start + len(written)) \
                and (m := _NAME_UNITS.search(text, max(end, phrase_start(text, start)), start)):
            out.append((m.start(), m.group(), start + len(written)))
            end = start + len(written)
        start = text.find(written, start + 1)
    return out


def capital_then_lower(text: str, head: str, written: str) -> bool:
    """`re.search(rf"\\b{name} {re.escape(head)}{joint} {name} {re.escape(written)}\\b", text)` is not None, with
    name `[A-Z][\\w'’-]*` and joint `(?:,| and| or)(?: the)?`: "Yale University and Brown university"."""
    if not plain_word(written):
        return re.search(rf"\b{_NAME} {re.escape(head)}{_JOINT} {_NAME} {re.escape(written)}\b", text) is not None
    start = text.find(head)
    while start != -1:
        if start >= 2 and text[start - 1] == " " and (m := _JOINED_NAME.match(text, start + len(head))) \
                and _NAME_ENDING.search(text, phrase_start(text, start - 1), start - 1) \
                and text.startswith(written, m.end()) and BOUNDARY.match(text, m.end() + len(written)):
            return True
        start = text.find(head, start + 1)
    return False


def lower_then_capital(text: str, written: str, head: str) -> list[tuple[bool, str]]:
    """(bool(m.group(1)), m.group(2)) of each m in `re.finditer(rf"(\\b(?i:an?|one|another) )?\\b({name})
    {re.escape(written)}{joint} {name} {re.escape(head)}\\b", text)`: the name's word before the lowered one and
    whether an article stands before it ("an American university and Peking University")."""
    if not plain_word(written):
        return [(bool(m.group(1)), m.group(2)) for m in re.finditer(
            rf"(\b(?i:an?|one|another) )?\b({_NAME}) {re.escape(written)}{_JOINT} {_NAME} {re.escape(head)}\b", text)]
    out: list[tuple[bool, str]] = []
    start, end = text.find(written), 0
    while start != -1:
        if start >= 2 and text[start - 1] == " " and (m := _JOINED_NAME.match(text, start + len(written))) \
                and text.startswith(head, m.end()) and BOUNDARY.match(text, m.end() + len(head)) \
                and (name := _NAME_ENDING.search(text, max(end, phrase_start(text, start - 1)), start - 1)):
            # the leftmost name after the last match, and an article right before it
            article = _ARTICLE_ENDING.search(text, max(end, phrase_start(text, name.start())), name.start())
            out.append((article is not None, name.group()))
            end = m.end() + len(head)
        start = text.find(written, start + 1)
    return out


def pairs_writing(pairs: list[Pair], name: str) -> list[Pair]:
    """The pairs whose target writes `name`: a search for the name opens with it, the others (most) need none."""
    return [p for p in pairs if name in p.target]
