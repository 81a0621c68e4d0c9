"""The English a source name may be written as: its CC-CEDICT and glossary names, a romanisation other
than pinyin, the sound of a foreign name, and the names CC-CEDICT gives it through another headword
(a nickname's place: 狮城 "Singapore"; a full name a shorter headword's gloss spells: 林郑月娥 "Carrie Lam").

Split out of qa.terminology.entities, which re-exports what it used to define here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang import cedict, gazetteer
from qa.lang import pinyin as py
from qa.lang.en_words import english_tokens
from qa.lang.surnames import PLACE_SUFFIXES
from qa.lang.zh_names import NameMention
from qa.terminology.name_finder import accepted_names
from qa.terminology.nicknames import nicknamed
from qa.terminology.target_names import capitalised_runs


def entity_kind(mention: NameMention) -> str:
    """person, place or org, from CC-CEDICT's gloss first, then the form of the name."""
    for form in mention.forms:
        kind = gazetteer.kind_of(form)
        if kind:
            return gazetteer.ORG if kind == gazetteer.MEDIA else kind
    if mention.kind == "person" or mention.guessed:
        return gazetteer.PERSON
    if mention.kind == "place" or mention.text.endswith(PLACE_SUFFIXES):
        return gazetteer.PLACE
    return gazetteer.ORG if mention.kind == "org" else ""


@lru_cache(maxsize=8192)
def _name_pattern(name: str) -> re.Pattern | None:
    """A name as a whole-word, case-blind pattern whose words may be joined by space, hyphen or nothing."""
    words = re.findall(r"[A-Za-z]+", name)
    if not words or len("".join(words)) < 3:
        return None
    return re.compile(r"(?<![A-Za-z])" + r"[\s\-'’]*".join(map(re.escape, words)) + r"(?![A-Za-z])", re.IGNORECASE)


# what a case-blind pattern's ASCII letter also matches (İ ı for i, ſ for s; the Kelvin sign lowers to k)
_CASE_BLIND = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


@lru_cache(maxsize=256)
def _case_folded(target: str) -> str:
    """The target lowered so that a word `_name_pattern` matches in it is a plain substring of it."""
    return target.translate(_CASE_BLIND).lower()


@lru_cache(maxsize=8192)
def _lower_words(name: str) -> tuple[str, ...]:
    """The letters' words of a name, lowered: each must be in the target for its pattern to match."""
    return tuple(word.lower() for word in re.findall(r"[A-Za-z]+", name))


def english_forms(mention: NameMention, glossary=None) -> list[str]:
    """English names the target may use for a source name: glossary, CC-CEDICT, a person's last word."""
    names: list[str] = []
    for form in mention.forms:
        names += [e.target for e in glossary.preferred(form)] if glossary is not None else []
    for form in mention.forms:
        names += list(gazetteer.english_names(form)) + accepted_names(form, None)
    for form in mention.forms:
        names += list(_named_through(form))
    for form in mention.forms:  # its people: 美国人 "American", 英国人 "British person"
        names += [n for n in gazetteer.english_names(form + "人") if gazetteer.kind_of(form) == gazetteer.PLACE]
    out = list(names)
    for name in names:
        words = name.split()
        if len(words) > 1 and entity_kind(mention) == gazetteer.PERSON:
            out.append(words[-1])  # "Emmanuel Macron" → "Macron"
    return list(dict.fromkeys(out))


@lru_cache(maxsize=8192)
def _named_through(form: str) -> tuple[str, ...]:
    """English names CC-CEDICT gives the entity under another headword: the place a nickname stands for
    (狮城 → "Singapore", 羊城 → "Guangzhou"), and the English name of a shorter headword whose gloss
    spells this very name in full (林郑 "Carrie Lam", "full name 林郑月娥": jieba's 林郑月 is she)."""
    out: list[str] = []
    for place, english in nicknamed(form):
        out += [english] if english else []
        if place:
            out += list(gazetteer.english_names(place)) + list(accepted_names(place, None))
            out.append(py.join_syllables(py.expected_syllables(place, person=False)).capitalize())
    for end in range(len(form) - 1, 1, -1):
        head = form[:end]
        if gazetteer.kind_of(head) == gazetteer.PERSON and any(
                form in d for e in cedict.lookup(head) for d in e.definitions):
            out += list(gazetteer.english_names(head))
            break
    return tuple(dict.fromkeys(n for n in out if n))


def rendered_otherwise(mention: NameMention, target: str, glossary=None, sound: bool = True,
                       people: bool = True) -> bool:
    """The target names the entity by an English name, or by a Wade–Giles or Cantonese
    romanization ("Tsai Ing-wen", "Ho Hau-wah"), rather than by pinyin. With `people` False, a
    country's people ("American" for 美国) do not count: they may translate the source's own 美式."""
    shunned = () if people else {n for form in mention.forms for n in gazetteer.english_names(form + "人")}
    folded = _case_folded(target)
    for name in english_forms(mention, glossary):
        if name in shunned or not all(word in folded for word in _lower_words(name)):
            continue  # a word of the name missing: no need to compile its pattern (most names of a page are)
        pattern = _name_pattern(name)
        if pattern is not None and pattern.search(target):
            return True
    return any(romanised(form, target) for form in mention.forms) or (sound and bool(sounded(mention, target)))


def sounded(mention: NameMention, target: str) -> str:
    """The capitalised run of the target that sounds like a foreign name written in characters
    (默克尔 → "Merkel", 鲁哈尼 → "Rouhani"), or ""; nothing for a name that does not look transliterated."""
    from qa.lang.transliteration import best_match, looks_transliterated

    if not looks_transliterated(mention.text):
        return ""
    found = best_match(mention.text, capitalised_runs(target))
    return found[0] if found else ""


def romanised(chars: str, target: str) -> str:
    """A run of one to three capitalised words of the target that romanizes `chars` in a system other
    than pinyin (qa.lang.romanisation), or ""."""
    from qa.lang.romanisation import romanisations

    if len(chars) < 2:
        return ""
    runs = _capitalised_windows(target)
    if not runs:
        return ""
    spellings = romanisations(chars)
    return next((text for text, folded in runs if folded in spellings), "")


@lru_cache(maxsize=4096)
def _capitalised_windows(target: str) -> tuple[tuple[str, str], ...]:
    """(text, folded) of each run of one to three words opening with a capitalised one, in text order:
    once per target, not per name of its pair (every name not read as pinyin asks)."""
    tokens = english_tokens(target)
    out: list[tuple[str, str]] = []
    for i, token in enumerate(tokens):
        if not token.capitalised:
            continue
        for j in range(i + 1, min(len(tokens), i + 3) + 1):
            text = target[token.start : tokens[j - 1].end]
            out.append((text, py.fold(text)))
    return tuple(out)


_SPELT_BESIDE = re.compile(r"\s*[（(]\s*([A-Za-z][A-Za-z.'’\- ]*[A-Za-z.])\s*[）)]")


def spelt_beside(mention: NameMention, source: str, target: str) -> bool:
    """The source gives the name's own Latin spelling in brackets right after it (李英浩（Ri Yong Ho）,
    奥夫拉多尔(Andres Manuel Lopez Obrador)) and the target writes that spelling: the name is rendered,
    in the romanisation its bearer uses (North Korean, Spanish), whatever pinyin says."""
    from qa.lang.surnames import TRANSLITERATION_SYLLABLE_CHARS

    found = _SPELT_BESIDE.match(source, mention.start + len(mention.text))
    if not found or (mention.start and source[mention.start - 1] in TRANSLITERATION_SYLLABLE_CHARS | {"·"}):
        return False  # 奥夫拉|多尔（Obrador）: the spelling is the whole name's, not this piece's
    words = re.findall(r"[A-Za-z]+", found.group(1))
    pattern = r"(?<![A-Za-z])" + r"[\s\-'’.]*".join(map(re.escape, words)) + r"(?![A-Za-z])"
    return bool(words) and re.search(pattern, target, re.IGNORECASE) is not None

