"""S check: English non-words (offline pyspellchecker), never names.

The word analysis (dictionary, inflections, British spellings, pinyin) is
qa.lang.en_dictionary.non_words; this module adds the document's whitelist.

Capitalised words are left to the name checks (they are names, titles or
sentence starts), and so are words the document itself writes capitalised
elsewhere, words of the glossary's English side, numbers and ordinals.
Real-word errors ("form" for "from") are out of scope.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from qa.checks.context import DocContext, PairContext, Problem
from qa.checks.registry import check
from qa.lang.en_dictionary import SPELLING_WORD as _WORD
from qa.lang.en_dictionary import non_words
from qa.model import Pair


VOCABULARY_REPEATS = 3  # a spelling the document uses this often is its vocabulary ("geminid" ×10), not a slip


def _document_words(doc: DocContext) -> tuple[frozenset[str], Counter]:
    """One pass over the document's English: the words it writes capitalised somewhere (with the glossary's
    English: never typos) and how often it writes each word (case folded)."""
    def compute() -> tuple[frozenset[str], Counter]:
        capitalised: set[str] = set()
        counts: Counter = Counter()
        for pair in doc.pairs:
            for m in _WORD.finditer(pair.target):
                counts[m.group().lower()] += 1
                capitalised.update(part.lower() for part in re.split(r"['’\-]", m.group()) if part[:1].isupper())
        if doc.glossary is not None:
            for entry in doc.glossary.entries:
                capitalised.update(w.lower() for w in re.findall(r"[A-Za-z]+", entry.target))
        return frozenset(capitalised), counts

    return doc.memo("spelling.words", compute)


@check(
    "S201",
    "spelling-non-word",
    category="Fluency/Spelling",
    requires=("word-list", "dictionary", "romaniser"),
    severity="minor",
    example="goverment → government",
)
def spelling_non_word(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """An English word that is in no dictionary: a typo.

    Names are never reported: capitalised words, words the document writes
    capitalised elsewhere and the glossary's English are accepted, and so is a
    word the document writes the same way three times or more (its vocabulary).
    """
    if not pair.target.strip():
        return
    whitelist, counts = _document_words(ctx.doc)
    for word, suggestion in non_words(pair.target, whitelist):
        if counts[word.lower()] >= VOCABULARY_REPEATS:
            continue  # typos are not consistent: a term the dictionary lacks, written the same way each time
        yield Problem(
            f"{word!r} is not an English word" + (f"; did you mean {suggestion!r}?" if suggestion and suggestion != word.lower() else ""),
            target_span=word,
            suggestion=suggestion if suggestion != word.lower() else "",
        )
