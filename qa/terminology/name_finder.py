"""Runs of capitalised English words that may render a Chinese name, and what a rendering is.

A window of capitalised words (and lowercase pinyin syllables: "Chang an")
is folded (case, apostrophe, hyphen and space ignored: Chang'an = Changan =
Chang An) and compared with a name's pinyin readings or its accepted
non-pinyin names (glossary, CC-CEDICT exonyms: Jalaid, Hohhot, Chiang Kai-shek).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from qa.lang import pinyin as py
from qa.lang.en_dictionary import is_english_word
from qa.lang.en_words import english_tokens, joined
from qa.lang.zh_names import NameMention

PLACE_WORDS = frozenset(
    "Banner League County City Province District Prefecture Town Township Village Municipality "
    "Region Autonomous Island Lake River Mountain Mountains Prison Street Road Temple Palace Jun".split()
)
_RUN = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|St)\.? )?([A-ZÀ-ÝĀ-Ž][\w'’\-]*(?: [A-ZÀ-ÝĀ-Ž][\w'’\-]*)*)")


@dataclass(frozen=True)
class Match:
    """One rendering of a source name found in the target."""

    name: NameMention
    status: str  # ok, exonym, wrong-reading, dropped-surname, truncated-given, misspelt
    span: str  # target text as written
    display: str  # span with a following place word: "Jalaid Banner"
    key: str  # what counts as the same rendering across the document
    suggestion: str = ""
    start: int = 0
    tokens: tuple[int, int] = (0, 0)


@lru_cache(maxsize=8192)
def cedict_exonyms(word: str) -> tuple[str, ...]:
    """Accepted English names from CC-CEDICT definitions: 扎赉特旗 → Jalaid; 蒋介石 → Chiang Kai-shek."""
    from qa.lang import cedict

    out: list[str] = []
    for entry in cedict.lookup(word):
        if not entry.is_proper_noun:
            continue
        for definition in entry.definitions:
            head = definition.split(",")[0].split(";")[0]
            for alt in head.split(" or "):
                m = _RUN.match(alt.strip())
                if m:
                    out.append(m.group(1))
    return tuple(dict.fromkeys(out))


def suggest(form: str, kind: str) -> str:
    """The romanization to suggest: "Xi Jinping" for people, "Chang'an Jun" for 长安君."""
    from qa.lang import cedict

    person = kind == "person"
    sylls = py.expected_syllables(form, person=person)
    if person and 2 <= len(form) <= 4:
        n = py.surname_length(form)
        return f"{py.join_syllables(sylls[:n])} {py.join_syllables(sylls[n:])}"
    words: list[str] = []
    i = 0
    while i < len(form):  # longest CC-CEDICT word first: 长安 + 君
        for j in range(len(form), i, -1):
            if j - i == 1 or (form[i:j] != form and cedict.contains(form[i:j])) or (i == 0 and j == len(form) and cedict.contains(form)):
                words.append(py.join_syllables(sylls[i:j]))
                i = j
                break
    return " ".join(words)


Window = tuple[int, int, str]  # first token, end token, the words folded ("changan")
PREFIX_INDEX = 6  # letters of the longest pinyin syllable (zhuang): windows are indexed by prefixes up to it
INDEX_WORDS = 8  # the narrowest windows indexed: names of up to six characters share one index


class Finder:
    """Windows of capitalised words in one target text."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.tokens = english_tokens(target)
        self._windows: dict[int, list[Window]] = {}
        self._index: dict[int, dict[str, list[int]]] = {}

    def windows(self, max_words: int) -> list[tuple[int, int, str]]:
        if max_words not in self._windows:
            self._windows[max_words] = list(self._scan(max_words))
        return self._windows[max_words]

    def starting_with(self, max_words: int, prefixes: Iterable[str], exact: Iterable[str] = ()) -> list[Window]:
        """The windows whose folded text starts with one of `prefixes` (syllables) or equals one of
        `exact`, in window order: what a name can match, found through an index instead of a scan
        of every window for every name (which made long paragraphs quadratic)."""
        prefixes = set(prefixes)
        if any(not p or len(p) > PREFIX_INDEX for p in prefixes):
            return self.windows(max_words)  # an option the index does not cover: every window
        index, windows = self._indexes(max_words)
        picked: set[int] = set()
        for key in prefixes:
            picked.update(index.get(key, ()))
        for key in exact:
            picked.update(index.get("=" + key, ()))
        return self._narrowed(windows, picked, max_words)

    def near_in_length(self, max_words: int, first: str, lengths: Iterable[int]) -> list[Window]:
        """The windows whose folded text starts with the letter `first` and has one of `lengths` letters."""
        index, windows = self._indexes(max_words)
        return self._narrowed(windows, {k for n in lengths for k in index.get(f"#{first}{n}", ())}, max_words)

    @staticmethod
    def _narrowed(windows: list[Window], picked: set[int], max_words: int) -> list[Window]:
        """The picked windows of at most `max_words` words, in window order: the windows of a narrower
        scan are those of a wider one no longer than it, in the same order (_scan stops a window on its
        words alone, never on the width)."""
        return [w for w in (windows[k] for k in sorted(picked)) if w[1] - w[0] <= max_words]

    def _indexes(self, max_words: int) -> tuple[dict[str, list[int]], list[Window]]:
        """Positions of the windows by folded prefix (up to PREFIX_INDEX letters), by whole folded
        text ("=…") and by first letter and length ("#…"), with the windows they index: built once
        per target over windows of INDEX_WORDS words or more (a name asks for its length plus two;
        building one index per length cost a tenth of the name analysis), again only for a wider one."""
        widest = max(self._index, default=0)
        if widest < max_words:
            widest = max(max_words, INDEX_WORDS)
            index: dict[str, list[int]] = {}
            for k, (_, _, folded) in enumerate(self.windows(widest)):
                keys = {folded[:n] for n in range(1, min(PREFIX_INDEX, len(folded)) + 1)}
                keys |= {"=" + folded, f"#{folded[:1]}{len(folded)}"}
                for key in keys:
                    index.setdefault(key, []).append(k)
            self._index = {widest: index}
        return self._index[widest], self.windows(widest)

    def _scan(self, max_words: int) -> Iterable[tuple[int, int, str]]:
        toks = self.tokens
        for i, tok in enumerate(toks):
            if not tok.capitalised:
                continue
            for j in range(i + 1, min(len(toks), i + max_words) + 1):
                if not toks[j - 1].text[:1].isupper() and j - 1 > i and not lower_syllable(toks[j - 1].text):
                    break
                if not joined(self.target, toks, i, j):
                    break
                yield i, j, py.fold("".join(t.text for t in toks[i:j]))

    def text(self, i: int, j: int) -> str:
        return self.target[self.tokens[i].start : self.tokens[j - 1].end]

    def display(self, i: int, j: int) -> str:
        """The rendering as an editor reads it, with a following place word: "Jalaid Banner"."""
        if j < len(self.tokens) and self.tokens[j].text in PLACE_WORDS and joined(self.target, self.tokens, j - 1, j + 1):
            j += 1
        return " ".join(self.text(i, j).split())


def lower_syllable(word: str) -> bool:
    """A lowercase word may continue a name only when it is pinyin: "Chang an"."""
    return py.split_syllables(word) is not None and len(word) <= 6 and word.islower() and not is_english_word(word)


def written_in_source(text: str, source: str) -> bool:
    """The source itself writes the run in Latin letters (韩后(Hanhoo), 欧米茄（OMEGA）): the owner's
    own spelling of the name, whatever its pinyin."""
    words = re.findall(r"[A-Za-z]+", text)
    if not words:
        return False
    pattern = r"(?<![A-Za-z])" + r"[\s\-'’.]*".join(map(re.escape, words)) + r"(?![A-Za-z])"
    return re.search(pattern, source, re.IGNORECASE) is not None


def levenshtein(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def accepted_names(form: str, glossary) -> list[str]:
    names = list(cedict_exonyms(form))
    if glossary is not None:
        names += [e.target for e in glossary.preferred(form)]
    return names


ENGLISH_TITLES = frozenset(
    """premier president chairman chairwoman secretary minister governor mayor director comrade general
    vice-premier vice-president vice-chairman commissioner ambassador councillor councilor head chief
    leader marshal professor dr mr mrs ms""".split()
)
