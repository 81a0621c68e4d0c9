"""S check: English non-words (Hunspell en_US and en_GB, then pyspellchecker's list), never names.

The word analysis (dictionary, inflections, British spellings, pinyin) is
qa.lang.en_dictionary.non_words; this module adds the document's whitelist.

A capitalised word is reported only when it is one edit from a dictionary
word and no name CC-CEDICT knows ("Germnay", "Brazill"); words the document
writes capitalised elsewhere, the glossary's English side and the project's
word list are accepted.
Real-word errors ("form" for "from") are out of scope.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable

from qa.checks.context import DocContext, PairContext, Problem
from qa.checks.registry import check
from qa.lang.en_dictionary import SPELLING_WORD as _WORD
from qa.lang.en_dictionary import non_words, part_verdict, slip_of, usage_frequency
from qa.model import Pair


VOCABULARY_REPEATS = 3  # a spelling the document uses this often is its vocabulary ("geminid" ×10), not a slip
NAME_REPEATS = 2  # a capitalised spelling written twice is a name the document uses ("Zarif"), not a slip


def glossary_words(doc: DocContext) -> frozenset[str]:
    """The words of the glossary's English side, lower case: never typos, in any case."""
    if doc.glossary is None:
        return frozenset()
    return doc.memo("spelling.glossary-words", lambda: frozenset(
        w.lower() for entry in doc.glossary.entries for w in re.findall(r"[A-Za-z]+", entry.target)))


def project_words(doc: DocContext) -> frozenset[str]:
    """The project's own word list (`words = path` in the [qa] configuration), lower case, one word a line."""
    def compute() -> frozenset[str]:
        path = getattr(doc.settings, "words", None)
        if path is None:
            return frozenset()
        from qa.io.files import read_user_file

        text = read_user_file(path, "word list", WORD_LIST_LIMIT).decode("utf-8-sig", errors="replace")
        return frozenset(w.lower() for line in text.splitlines() for w in line.split("#", 1)[0].split())

    return doc.memo("spelling.project-words", compute)


WORD_LIST_LIMIT = 10 * 1024 * 1024
LOAN_NEIGHBOUR_MIN = 4  # "a", "car", "the": short words that French shares with English say nothing


@lru_cache(maxsize=1)
def french_words() -> frozenset[str]:
    """pyspellchecker's offline French word list (shipped with it, read in about 0.1 s)."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language="fr", distance=1).word_frequency.dictionary)


def in_french_phrase(word: str, text: str) -> bool:
    """The word is French beside a word English took from French: a loan phrase ("cordon bleu", "haute
    couture"), not a typo. Typos of English words are not French words (teh, moistruizer, Canda)."""
    low = word.lower()
    if low not in french_words():
        return False
    from qa.lang.hunspell_words import known

    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        before = re.search(r"([A-Za-z]+)\s+$", text[max(0, m.start() - 30):m.start()])
        after = re.match(r"\s+([A-Za-z]+)", text[m.end():m.end() + 30])
        for near in (before, after):
            other = near.group(1).lower() if near else ""
            if len(other) >= LOAN_NEIGHBOUR_MIN and other in french_words() and known(other):
                return True
    return False


def _reduplicated(word: str, text: str) -> bool:
    """ "ylang-ylang", "ylang ylang": a loan word written twice over. Spaced, a slip of a frequent word typed
    twice ("goverment goverment", which P503 leaves to this check) is still reported."""
    w = re.escape(word)
    if re.search(rf"(?<![\w'’-]){w}-{w}(?![\w'’-])", text, re.IGNORECASE):
        return True
    return bool(re.search(rf"(?<![\w'’-]){w}\s+{w}(?![\w'’-])", text, re.IGNORECASE)) and not _slip_typed_twice(word)


FREQUENT = 1e-5  # definitely, separate: a word this common one edit away makes a repeated non-word a slip


def _slip_typed_twice(word: str) -> bool:
    """The word is a slip of a frequent word, in any one edit ("goverment", "definately"), not a loan word."""
    near = part_verdict(word.lower()) or ""
    return bool(slip_of(word.lower())) or (bool(near) and usage_frequency(near) >= FREQUENT)


_JOINS = re.compile(r"['’\-]")  # the parts of a word a capital may open: Goong-goong, O'Neill


def _document_words(doc: DocContext) -> tuple[frozenset[str], Counter]:
    """One pass over the document's English: the words it writes capitalised somewhere and how often it
    writes each word (case folded)."""
    def compute() -> tuple[frozenset[str], Counter]:
        capitalised: set[str] = set()
        counts: Counter = Counter()
        for pair in doc.pairs:
            for m in _WORD.finditer(pair.target):
                word = m.group()
                counts[word.lower()] += 1
                if "-" in word or "'" in word or "’" in word:  # most words hold neither: no split for them
                    capitalised.update(part.lower() for part in _JOINS.split(word) if part[:1].isupper())
                elif word[:1].isupper():
                    capitalised.add(word.lower())
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
    reported: set[str] = set()
    for word, suggestion in non_words(pair.target, whitelist, glossary_words(ctx.doc) | project_words(ctx.doc), pair.source):
        if counts[word.lower()] >= (NAME_REPEATS if word[:1].isupper() else VOCABULARY_REPEATS):
            continue  # typos are not consistent: a term or name the dictionary lacks, written the same way each time
        if in_french_phrase(word, pair.target) or word.lower() in reported or _reduplicated(word, pair.target):
            continue
        reported.add(word.lower())
        yield Problem(
            f"{word!r} is not an English word" + (f"; did you mean {suggestion!r}?" if suggestion and suggestion != word.lower() else ""),
            target_span=word,
            suggestion=suggestion if suggestion != word.lower() else "",
        )
