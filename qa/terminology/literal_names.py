"""M108: a media outlet or a government body with an established English name rendered word for word.

"New China News Agency" for 新华社 (Xinhua News Agency), "National Affairs Hall" for 国务院 (the State
Council), "Central Television Station" for 央视 (China Central Television): a capitalised phrase made
of the characters' own meanings where the dictionary or the glossary gives the name. A shortened
standard name ("Foreign Ministry", "Xinhua") is no literal rendering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from qa.lang import gazetteer
from qa.lang import pinyin as py
from qa.lang.en_dictionary import is_english_word
from qa.lang.en_words import content_words, english_tokens, same_word
from qa.model import Pair
from qa.terminology.name_finder import levenshtein

_CONNECTORS = frozenset("of and for the on".split())


@dataclass(frozen=True)
class LiteralName:
    word: str  # the source's body or outlet
    span: str  # the target's word-for-word rendering
    standard: str  # its established English name


# A government body's generic head: 国务院, 外交部, 国家统计局 have an English name the press keeps to; a
# party (中国共产党 "Chinese Communist Party") or a company has several in use, and is left alone.
_BODY_HEADS = tuple("部院委局署办厅")


_LONGEST = 10  # characters of the longest outlet or body looked for


def _reportable(word: str, kind: str) -> bool:
    """An outlet, or a body with a generic head: what `_outlets_in` reports and `_holds_outlet` looks for."""
    return kind == gazetteer.MEDIA or (kind == gazetteer.ORG and word.endswith(_BODY_HEADS))


@lru_cache(maxsize=1)
def _outlet_words() -> tuple[frozenset[str], frozenset[str]]:
    """The gazetteer's media outlets and bodies `_outlets_in` can report (two to _LONGEST characters), and
    their first two characters: what a source must hold before its words are cut."""
    words = frozenset(w for w, kind in gazetteer.kinds().items() if 2 <= len(w) <= _LONGEST and _reportable(w, kind))
    return words, frozenset(w[:2] for w in words)


def _holds_outlet(source: str) -> bool:
    """Some outlet or body is in the source at all, whole word or not: most paragraphs hold none, and
    then the jieba cut below (the check's main cost) is not needed."""
    words, heads = _outlet_words()
    if heads.isdisjoint(map(source.__getitem__, map(slice, range(len(source) - 1), range(2, len(source) + 1)))):
        return False
    return any(source[k : k + n] in words for k in range(len(source) - 1) if source[k : k + 2] in heads
               for n in range(2, _LONGEST + 1))


def _outlets_in(source: str) -> list[str]:
    """Media outlets and government bodies of the gazetteer written in the source as whole words
    (中青 inside 中青海 is none)."""
    from qa.lang.segment import tokenize

    if not _holds_outlet(source):
        return []
    tokens = list(tokenize(source))
    bounds = {b for _, start, end in tokens for b in (start, end)}
    bounds |= {start + k for word, start, _ in tokens for k in range(2, len(word) - 1)
               if gazetteer.kind_of(word[:k]) == gazetteer.PLACE}  # 中国外交部 is one word to jieba
    bounds |= {start + k for word, start, _ in tokens for k in range(3, len(word) - 1)
               if gazetteer.kind_of(word[:k]) == gazetteer.ORG and word[:k].endswith(_BODY_HEADS)}  # 国务院办公厅
    found: list[str] = []
    for start in sorted(bounds):
        for n in range(min(_LONGEST, len(source) - start), 1, -1):
            word = source[start : start + n]
            kind = gazetteer.kind_of(word) if start + n in bounds else ""
            if _reportable(word, kind):
                found.append(word)
                break
    return list(dict.fromkeys(found))


def _capitalised_phrases(target: str) -> list[str]:
    """Runs of capitalised words, with "of", "and", "the" inside: "New China News Agency"."""
    tokens = english_tokens(target)
    out, current = [], []
    for k, token in enumerate(tokens):
        joined_up = current and target[tokens[k - 1].end : token.start].strip() == ""
        if token.capitalised and (not current or joined_up):
            current.append(token.text)
            continue
        if current and joined_up and token.text in _CONNECTORS:
            current.append(token.text)
            continue
        while current and current[-1] in _CONNECTORS:
            current.pop()
        if len(current) >= 2:
            out.append(" ".join(current))
        current = [token.text] if token.capitalised else []
    while current and current[-1] in _CONNECTORS:
        current.pop()
    if len(current) >= 2:
        out.append(" ".join(current))
    return out


def _part_glosses(word: str, lengths: tuple[int, ...] = (1, 2, 3)) -> set[str]:
    """Content words of the English glosses of the parts (`lengths` characters) of the word and of
    every headword with the same English name: 央视 is short for 中央电视台, whose 电视台 is a
    "television station"."""
    from qa.lang import cedict

    words = {word} | {w for name in gazetteer.english_names(word) for w in gazetteer.named_by(name)}
    parts = {w[k : k + n] for w in words for n in lengths for k in range(len(w) - n + 1)}
    return {w for part in parts for gloss in cedict.english_glosses(part)[:GLOSSES] for w in content_words(gloss)}


GLOSSES = 12  # a character's first senses: 台 is a "station" twelfth
# What a body or an outlet is, whichever word a translation picks: "Ministry of Commerce" and
# "Department of Commerce" are one name; a literal rendering keeps one of them ("National Affairs Hall").
_HEADS = frozenset("ministry minister department bureau office commission committee council administration agency "
                   "hall court academy institute service news newspaper daily paper television station radio".split())


def _named(name: str, target: str) -> bool:
    """The target writes the name, its distinctive first word ("Xinhua") or its acronym ("CCTV")."""
    if re.search(rf"(?<![\w-]){re.escape(name)}(?:s|es)?(?![\w-])", target, re.IGNORECASE):
        return True  # whole words ("Beijing News" is not in "New Beijing Newspaper"), a plural (Academy of Sciences)
    words = name.split()
    acronyms = re.findall(r"\(([A-Z]{2,})\)", name)
    if any(re.search(rf"\b{a}\b", target) for a in acronyms):
        return True
    first = words[0]
    return len(words) > 1 and not is_english_word(first) and re.search(rf"\b{re.escape(first)}\b", target) is not None


def _windows(phrase: str, longest: int) -> list[str]:
    """Runs of two or more words of a phrase, longest first: "New China News Agency Beijing December"
    holds "New China News Agency"."""
    words = phrase.split()
    spans = [(i, j) for i in range(len(words)) for j in range(i + 2, min(len(words), i + longest) + 1)]
    return [" ".join(words[i:j]) for i, j in sorted(spans, key=lambda s: (s[0], s[0] - s[1]))
            if words[i] not in _CONNECTORS and words[j - 1] not in _CONNECTORS]


def _literal(words_text: str, glosses: set[str], standard: set[str], body: bool, compounds: set[str]) -> bool:
    """Two words or more that translate the characters, more than half the phrase, sharing a word with
    the standard name or naming what the thing is ("Hall"), one at least not in the standard name
    (a first five letters apart: "Interior" is "Internal"). For a government body that word must
    translate a single character ("Outside" for 外 of 外交部), not a word of the name ("Publicity"
    for 宣传 of 宣传部 is a translation), nor be what the body is ("Department" for a ministry)."""
    words = [w.lower() for w in words_text.split() if w not in _CONNECTORS]
    meant = [w for w in words if any(same_word(w, g) for g in glosses)]
    if len(meant) < 2 or len(meant) * 2 <= len(words) or not (set(words) & (standard | _HEADS)):
        return False

    def own(w: str) -> bool:
        return not any(w[:5] == s[:5] for s in standard) and not (
            body and (w in _HEADS or any(same_word(w, g) for g in compounds)))
    return any(own(w) for w in meant) or (not body and any(w not in standard for w in words))


def literal_renderings(pair: Pair, glossary=None) -> list[LiteralName]:
    """Media outlets with an established English name that the target spells word for word
    ("New China News Agency" for 新华社 = Xinhua News Agency) or nearly ("People Daily")."""
    if not py.has_han(pair.source) or not pair.target.strip():
        return []
    out: list[LiteralName] = []
    phrases = None
    for word in _outlets_in(pair.source):
        names = [e.target for e in glossary.preferred(word)] if glossary is not None else []
        names += [n for n in gazetteer.english_names(word) if len(n.split()) >= 2]
        if not names or any(_named(n, pair.target) for n in names):
            continue
        phrases = _capitalised_phrases(pair.target) if phrases is None else phrases
        glosses = _part_glosses(word)
        body = gazetteer.kind_of(word) != gazetteer.MEDIA
        compounds = _part_glosses(word, (2, 3, 4)) if body else set()
        standard = {w.lower() for n in names for w in re.findall(r"[A-Za-z]+", n)}
        found = next((w for phrase in phrases for w in _windows(phrase, len(standard) + 1)
                      if _literal(w, glosses, standard, body, compounds) or levenshtein(py.fold(w), py.fold(names[0]), 2) <= 2), None)
        if found:
            out.append(LiteralName(word, found, names[0]))
    return out
