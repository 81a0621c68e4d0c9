"""Which English words carry a list item's dictionary senses (`renders`), and, for a whole target, which
tokens carry them (`rendering`).

Split from qa.lang.list_items. A006 asks of every
item of every list which words of a paragraph-long English carry its senses:
word by word that was the check's largest cost. `rendering` reads the
target's distinct words once (their stems, their bases, the words run
together) and looks each sense up there, with the answer `renders` gives
word by word (a test compares the two on the sample page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from qa.lang.en_words import STOP_WORDS, english_tokens, stem


@lru_cache(maxsize=65536)
def renders(word: str, senses: frozenset[str]) -> bool:
    """The English word carries one of the senses: same stem, or a sense stem inside it
    (activ → proactiveness, `_inside`; a four-letter one at the word's start or end: work → workplace)."""
    stems = _word_stems(word)
    # a four-letter stem only at an end of the word (work → workplace, not road → broadcast)
    if not senses.isdisjoint(stems) or any(_inside(s, word) for s in senses if len(s) >= 5) \
            or any(word.startswith(s) or _ends_in(s, word) for s in senses if len(s) == 4):
        return True
    return bool({_base(s) for s in stems} & {_base(s) for s in senses}) or any(_derived(word, s) for s in senses)


MIN_LEAD = 3  # letters before a sense stem inside a word: a prefix or a word ("pro" activ, "green" house), not "su" perio
# the English prefixes shorter than MIN_LEAD that keep the stem's sense: "re" elect (reelection), "co" oper; "su"
# is none, and not the ones that turn it over: "un" load is no 装载 'load', "in" security no 安全 'security'
SHORT_PREFIXES = frozenset({"re", "co", "bi", "en"})  # not "ex": change ≠ exchange


def _inside(sense: str, word: str) -> bool:
    """A stem of five letters or more inside the word, at its start, after a short prefix, or after MIN_LEAD
    letters: 'activ' in "proactiveness", 'elect' in "reelection", not 'perio' (定期 'periodic') in "superior"."""
    at = word.find(sense)  # every place, overlapping ones too; a plain search, not a pattern per sense and word
    while at >= 0:
        if at == 0 or at >= MIN_LEAD or word[:at] in SHORT_PREFIXES:
            return True
        at = word.find(sense, at + 1)
    return False


def _ends_in(sense: str, word: str) -> bool:
    """A four-letter stem ending the word after a short prefix or MIN_LEAD letters: 'work' in "homework", not
    'stem' (干细胞 'stem cell') in "system"."""
    lead = len(word) - len(sense)
    return word.endswith(sense) and (lead == 0 or lead >= MIN_LEAD or word[:lead] in SHORT_PREFIXES)


_DERIVING = re.compile(r"(?:al|als|ance|ances|er|ers|ment|ments)")


def _derived(word: str, sense: str) -> bool:
    """A noun made of a verb sense whose y turns i (bury → burial, carry → carrier): the dictionary gives
    the verb, the English list the noun."""
    return len(sense) >= 4 and sense.endswith("y") and word.startswith(sense[:-1] + "i") \
        and bool(_DERIVING.fullmatch(word[len(sense):]))


def _word_stems(word: str) -> frozenset[str]:
    """Stems of the word and of its singular; a hyphenated word's of it with and without the hyphens."""
    return _form_stems(word.replace("-", "")) | _form_stems(word) if "-" in word else _form_stems(word)


@lru_cache(maxsize=16384)
def _form_stems(word: str) -> frozenset[str]:
    """Stems of the word and of its singular (computed once per word, not once per word and list item)."""
    forms = {word}
    if word.endswith("ies"):  # cities → city
        forms.add(word[:-3] + "y")
    if word.endswith("s") and word[-2:-1] not in ("", "s"):  # banks → bank (and cities → citie); not class
        forms.add(word[:-1])
    return frozenset(stem(f) for f in forms)


@lru_cache(maxsize=16384)
def _base(key: str) -> str:
    """A stem with its plural s and its y/i spelling set aside: 'costs' (a gloss "costs") is 'cost',
    'happi' (happiness, happily) is 'happy' (a gloss "happy")."""
    key = key[:-1] if len(key) == 5 and key.endswith("s") and not key.endswith("ss") else key
    return key[:-1] + "y" if key.endswith("i") else key


@dataclass(frozen=True)
class TargetWords:
    """A target's words, read once for every item of every list of its pair."""

    words: tuple[str, ...]  # each token lower case, "" for a stop word
    where: dict[str, tuple[int, ...]]  # each distinct word → its token indices
    by_stem: dict[str, set[str]]  # a stem of the word or its singular → the words
    by_base: dict[str, set[str]]  # the base of such a stem → the words
    joined: str  # the distinct words, one a line: a sense no word holds is passed over at once


@lru_cache(maxsize=256)
def target_words(target: str) -> TargetWords:
    """The target's words and their stems, once per target, not once per list item."""
    words = tuple(t.text.lower() if t.text.lower() not in STOP_WORDS else "" for t in english_tokens(target))
    where: dict[str, list[int]] = {}
    for j, w in enumerate(words):
        if w:
            where.setdefault(w, []).append(j)
    by_stem: dict[str, set[str]] = {}
    by_base: dict[str, set[str]] = {}
    for w in where:
        for s in _word_stems(w):
            by_stem.setdefault(s, set()).add(w)
            by_base.setdefault(_base(s), set()).add(w)
    return TargetWords(words, {w: tuple(js) for w, js in where.items()}, by_stem, by_base, "\n" + "\n".join(where) + "\n")


def rendering(found: TargetWords, senses: frozenset[str]) -> set[int]:
    """Token indices of the words that carry one of the senses: those `renders` accepts, looked up sense by
    sense (a stem, a base, a stem inside a word, a y-verb's noun) instead of word by word."""
    hit: set[str] = set()
    for s in senses:
        hit.update(found.by_stem.get(s, ()))
        hit.update(found.by_base.get(_base(s), ()))
        if len(s) >= 5 and s in found.joined:
            hit.update(w for w in found.where if _inside(s, w))
        elif len(s) == 4 and s in found.joined:
            hit.update(w for w in found.where if w.startswith(s) or _ends_in(s, w))
        if len(s) >= 4 and s.endswith("y") and "\n" + s[:-1] + "i" in found.joined:
            hit.update(w for w in found.where if w.startswith(s[:-1] + "i") and _derived(w, s))
    return {j for w in hit for j in found.where[w]}
