"""Clause injector (issue 18): drop one English clause inside a sentence that is otherwise kept.

A clause is offered for deletion only when dropping it leaves grammatical
English and loses a statement of its own:

- it is a comma piece of four words or more, between two commas (", which
  …,") or after a comma at the sentence's end (", adding that …."); the
  sentence's first piece, which holds its main clause, is never dropped;
- it opens with a word that makes it a dependent or coordinated clause
  (which, who, while, as, because, and, but …) or with a participle
  ("adding", "saying"), so the rest keeps its main clause;
- it has a verb of its own: an inflected verb form or auxiliary by
  lemminflect's lexicon (said, was, making; not "according to", "including",
  which make prepositional phrases);
- it holds no quote mark or bracket (a quotation's comma is no clause
  boundary) and the words before it do not call for it ("said, …", "that, …").

The choice reads English grammar and lemminflect's lexicon only, never the
detector's dictionary, so recall is not inflated by construction.
"""

from __future__ import annotations

import random
import re

from bench.inject_core import Injector, pick_match, splice
from bench.inject_omission import tags
from qa.lang.en_words import STOP_WORDS
from qa.model import Pair

MIN_WORDS = 4
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_PIECE_END = re.compile(r",\s")  # "3,600" is one number, not two pieces
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_MARKERS = frozenset({
    "which", "who", "whose", "whom", "where", "when", "while", "whereas", "as", "although", "though", "because",
    "since", "after", "before", "if", "unless", "until", "and", "but", "yet", "so", "thus", "thereby", "with",
})
# -ing and -ed forms that make prepositional phrases, not clauses
_PREPOSITIONAL = frozenset({
    "according", "including", "compared", "regarding", "concerning", "following", "given", "excluding",
    "based", "considering", "involving", "starting", "beginning", "ending", "depending", "pending", "during",
})
_NO_END_BEFORE = frozenset({"said", "says", "say", "saying", "that", "and", "or", "but", "of", "to", "as", "like",
                            "including", "than", "the", "a", "an", "such", "said:", "noted", "added", "stated"})
_QUOTES = re.compile(r"[\"“”‘’'()\[\]（）《》「」:;—–]")


def _verb_form(word: str) -> bool:
    """An inflected verb or an auxiliary: 'said', 'was', 'making', 'rises'; not the base form of a noun ('work')."""
    low = word.lower()
    if low in _PREPOSITIONAL:
        return False
    found = tags(low)
    if "AUX" in found:
        return True
    if "VERB" not in found:
        return False
    return found == {"VERB"} or low.endswith(("ed", "ing")) or (low.endswith("s") and "NOUN" not in found)


_RELATIVE = frozenset({"which", "who", "whose", "whom", "where"})


def _opens_clause(words: list[str]) -> bool:
    """A clause marker first, or a participle before a function word ("adding that", "paying more"): not a
    gerund before its noun ("processing enterprises and trading companies" is a list item)."""
    first = words[0].lower()
    if first in _MARKERS:
        return True
    second = words[1].lower()  # "imaging is not possible": a gerund subject before its verb
    return (first.endswith("ing") and first not in _PREPOSITIONAL and "VERB" in tags(first)
            and second in STOP_WORDS and "AUX" not in tags(second))


def _clause(text: str) -> bool:
    """Four words or more, opening as a dependent clause, with a verb of its own, no quote or bracket."""
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS or _QUOTES.search(text) or re.search(r"\d", text[:1]):
        return False
    return _opens_clause(words) and any(_verb_form(w) for w in words)


def clause_deletions(target: str) -> list[tuple[int, int]]:
    """(start, end) of each deletable clause with the comma before it: cutting target[start:end] leaves
    "A, B." of "A, X, B." and "A." of "A, X."; a relative clause between a subject and its verb goes with both
    commas ("Mr Liu, who lived in Shenzhen, was preparing" → "Mr Liu was preparing")."""
    spans = []
    for sentence in _SENTENCE.finditer(target):
        text, base = sentence.group(), sentence.start()
        commas = [m.start() for m in _PIECE_END.finditer(text)]
        for k, at in enumerate(commas):
            body_start = at + 2
            if k + 1 < len(commas):
                body_end = commas[k + 1]
            else:
                body_end = len(text.rstrip().rstrip(".!?"))
            body = text[body_start:body_end].strip()
            before = _WORD.findall(text[:at])
            if not before or before[-1].lower() in _NO_END_BEFORE or not _clause(body):
                continue
            if re.match(r"but also\b", body, re.I):
                continue  # "not only …, but also …": the rest would be half a construction
            inner = k + 1 < len(commas)
            if inner and (re.match(r"(?:and|or)\b", body, re.I) or re.match(r"\s*\d", text[body_end + 1 :])):
                continue  # ", and X," is a list item; "January 27, 1942" a date
            if k + 1 == len(commas) and _QUOTES.search(text[body_end:]):
                continue  # the sentence ends in a quotation or bracket the clause opens
            end = body_end
            if k + 1 < len(commas) and _WORD.findall(body)[0].lower() in _RELATIVE:
                after = _WORD.findall(text[body_end:])
                if after and after[0].lower() not in _MARKERS and _verb_form(after[0]) and not after[0].endswith("ing"):
                    end = body_end + 1  # the second comma too
            spans.append((base + at, base + end))
    return spans


def _deletable(pair: Pair) -> list[tuple[int, int]]:
    return clause_deletions(pair.target) if pair.source.strip() else []


def clause_dropped(pairs: list[Pair], rng: random.Random):
    picked = pick_match(pairs, rng, _deletable)
    if not picked:
        return None
    i, (start, end) = picked
    return splice(pairs, i, start, end, "")


INJECTORS = [
    Injector("clause-dropped", ("A",), clause_dropped),
]
