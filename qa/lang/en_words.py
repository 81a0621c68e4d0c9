"""English words: tokens with offsets, the one stop-word list, and word forms (stems, variants).

Every English-side analysis (name finding, term renderings, the co-occurrence
lexicon, the aligner's dictionary anchors) takes its words, its stop words and
its notion of "the same word" from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# words that open a noun phrase: after them a word is a noun or its modifier ("the work mechanisms", "my grandma")
DETERMINERS = frozenset("the a an these those this that its their his her our my your".split())
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+(?:['’‘\-][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_LETTERS = re.compile(r"[a-z]+")
_JOINER = re.compile(r"[\s\-‐‑]+")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    # set once when made: the name, case and term analyses ask it of every token, 190k times a page
    capitalised: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "capitalised", self.text[:1].isupper())


@lru_cache(maxsize=4096)
def english_tokens(text: str) -> tuple[Token, ...]:
    """Words of an English text with their offsets; a possessive 's is left out of the word."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        end = m.end()
        poss = _POSSESSIVE.search(word)
        if poss and len(word) > 2:
            word = word[: poss.start()]
            end = m.start() + len(word)
        out.append(Token(word, m.start(), end))
    return tuple(out)


def capitalised_words(text: str) -> list[str]:
    """The words of an English text written with a capital (names, and every sentence's first word)."""
    return [t.text for t in english_tokens(text) if t.capitalised]


def joined(text: str, tokens: tuple[Token, ...], i: int, j: int) -> bool:
    """True when tokens i..j-1 are separated only by spaces or hyphens (one phrase)."""
    return all(_JOINER.fullmatch(text[tokens[k].end : tokens[k + 1].start] or "x") for k in range(i, j - 1))


def letter_words(text: str) -> list[str]:
    """Lowercase runs of ASCII letters: the words term matching compares."""
    return _LETTERS.findall(text.lower())


# ---------------------------------------------------------------- stop words: one list

CONNECTORS = frozenset("and of the a an for on in to one with".split())  # may stand inside a rendering
STOP_WORDS = CONNECTORS | frozenset(
    """or with by as at from be is are was were it its this that these those sb sth used something someone
    somebody also into out up down not no his her their them they he she we you your our who which what when
    where how than then there so such have has had do does did can could will would may might must shall should
    very more most all each every other some any only just well been being over under about after before through
    during between while because if but nor yet both either me my him us said says mr mrs ms""".split()
)


def content_words(gloss: str) -> set[str]:
    """Words of a dictionary gloss that carry meaning: no connector, three letters or more."""
    return {w for w in letter_words(gloss) if w not in CONNECTORS and len(w) > 2}


def english_keys(text: str) -> dict[str, str]:
    """Content words of an English text, plural -s folded: key -> first spelling seen."""
    out: dict[str, str] = {}
    for w in _LETTERS.findall(text.lower().replace("’", "'")):
        if len(w) > 2 and w not in STOP_WORDS:
            key = w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w
            out.setdefault(key, w)
    return out


# ---------------------------------------------------------------- word forms

STEM_LENGTH = 5


def stem(word: str) -> str:
    """The index key of a word: lower case, first five letters (the aligner's dictionary anchors)."""
    return word.lower()[:STEM_LENGTH]


def same_word(a: str, b: str) -> bool:
    """Crude stemming: social ~ society, govern ~ governance, political ~ politics; not construct ~ constitute."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= max(4, min(len(a), len(b)) - 3)


_SUFFIXES = sorted(
    "izations isations ization isation ations ation itions ition ions ion ments ment ances ance ences ence "
    "ities ity ness ings ing ives ive izes ized ize ises ised ise ers er ed es s ally al ly".split(),
    key=len, reverse=True,
)
MIN_VARIANT_CORE = 5  # letters a variant must share with a known word once suffixes are gone


@lru_cache(maxsize=65536)
def word_core(word: str) -> str:
    """The word without one inflectional or derivational ending, keeping at least four letters (once per word:
    T101 asks for the same words' cores thousands of times)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _ends_within(a: str, b: str, size: int) -> bool:
    """The last `size` letters of `b` occur in `a`.

    What the letter-by-letter table this replaces measured (its longest common
    run ending at the end of `b`, at least `size`), at a fraction of T101's time.
    """
    return len(b) >= size and b[-size:] in a


@lru_cache(maxsize=262144)
def variant_tail(word: str) -> str | None:
    """What is_variant(w, word) looks for in w's core (`_ends_within`): the last MIN_VARIANT_CORE letters of
    `word`'s core, None when it is shorter. T101 indexes a term's known words by it (qa.terminology.vocab)."""
    core = word_core(word)
    return core[-MIN_VARIANT_CORE:] if len(core) >= MIN_VARIANT_CORE else None


def is_variant(a: str, b: str) -> bool:
    """Two spellings of one word root: vitalization ~ revitalize (cores "vital" / "revital").

    Endings are removed first so that a shared "-ization" is never enough.
    """
    if a == b:
        return False
    return _ends_within(word_core(a), word_core(b), MIN_VARIANT_CORE)
