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
        if BOUNDARY.match(text, start + len(written)) and _CAPITAL_BEFORE.search(text, 0, start):
            return True
        start = text.find(written, start + 1)
    return False


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
