"""Unknown words of the target that the rest of the source already explains, so they stand for no
entity the target leaves out (M106).

A capitalised word we cannot read may be a dropped name under a spelling we do
not know ("Sinopec", "Ri Yong Ho"). It is not one when the source writes it in
Latin letters itself (LP28, UCCA, PLC), when a word of the source has it in its
dictionary gloss (新冠肺炎 "COVID-19"), or when another run of the source's
transliteration characters sounds like it (迪里耶 "Diriyah"): the word renders
that part of the source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang.zh import HAN
from qa.lang.zh_names import NameMention

LONGEST_WORD = 6  # characters of a CC-CEDICT headword looked up in the source


def explained_in_source(word: str, source: str, mention: NameMention) -> bool:
    """The word renders some other part of the source than the mention: written there in Latin letters,
    in the gloss of a word of the source, or the sound of a transliteration there."""
    from qa.lang.transliteration import sounded_in_source

    start, end = mention.start, mention.start + len(mention.text)
    while start > 0 and HAN.match(source[start - 1]):
        start -= 1
    while end < len(source) and HAN.match(source[end]):
        end += 1  # the whole word the mention is part of: 奥夫拉多尔(Andres Manuel Lopez Obrador)
    for found in re.finditer(rf"{re.escape(word)}(?-i:(?![a-z]))", source, re.IGNORECASE):
        at = found.start()
        joined = at > 0 and source[at - 1].isascii() and source[at - 1].isalpha()  # WilemRampangilei: two names run together
        if (not joined or (source[at - 1].islower() and source[at].isupper())) \
                and not _own_spelling(source, start, end, at):
            return True
    rest = source[: mention.start] + "\u3000" * len(mention.text) + source[mention.start + len(mention.text):]
    return word in _gloss_words(rest) or sounded_in_source(word, rest) or _shaan_spelling(word, rest)


def _shaan_spelling(word: str, rest: str) -> bool:
    """A pinyin word with 陕 spelt "Shaan" to tell it from 山 (Shaanbei for 陕北): it reads that part of
    the source, as the checks' readings without the doubled a show."""
    from qa.lang import pinyin as py
    from qa.terminology.target_names import reading_spans

    return "aa" in word.lower() and bool(reading_spans(py.fold(word).replace("aa", "a"), rest))


def _own_spelling(source: str, start: int, end: int, at: int) -> bool:
    """Latin letters at `at` spell the word at [start, end) itself: right before or after it (韩后Hanhoo),
    or inside the bracket that follows it (奥夫拉多尔(Andres Manuel Lopez Obrador), 基金会（MCDF）)."""
    if start - 3 <= at < start or end <= at <= end + 3:
        return True
    between = source[end:at]
    return re.fullmatch(r"\s?[(（][^)）]*", between) is not None


@lru_cache(maxsize=256)
def _gloss_words(source: str) -> frozenset[str]:
    """Capitalised words and acronyms of the CC-CEDICT glosses of the source's words (新冠肺炎 → COVID)."""
    from qa.lang import cedict

    out: set[str] = set()
    for start in range(len(source)):
        if not HAN.match(source[start]):
            continue
        for end in range(start + 2, min(len(source), start + LONGEST_WORD) + 1):
            word = source[start:end]
            if cedict.contains(word):
                out.update(w for g in cedict.english_glosses(word)[:6] for w in re.findall(r"[A-Z][A-Za-z]+", g))
    return frozenset(out)


LONGEST_FOREIGN = 8  # characters a transliterated name may run to beyond the cut jieba made


def longer_name_sounded(mention: NameMention, source: str, target: str) -> bool:
    """The mention is a cut of a longer transliterated name (克尔凯 of 克尔凯郭儿, 米克尔 of 米克尔森) and a
    capitalised word of the target sounds like that whole name ("Kierkegaard", "Mickelson"). Not a name
    the dictionary knows: 波兰和巴西 is no cut, and "Poland" no sound of it."""
    from qa.lang.en_words import english_tokens
    from qa.lang.surnames import TRANSLITERATION_SYLLABLE_CHARS
    from qa.lang.transliteration import SAME_NAME, phonetic_similarity

    from qa.lang import gazetteer

    if gazetteer.kind_of(mention.text):
        return False  # a name the dictionary knows whole (巴西) is no cut of a longer one
    start, end = mention.start, mention.start + len(mention.text)
    while start > 0 and source[start - 1] in TRANSLITERATION_SYLLABLE_CHARS and end - start < LONGEST_FOREIGN:
        start -= 1
    while end < len(source) and source[end] in TRANSLITERATION_SYLLABLE_CHARS and end - start < LONGEST_FOREIGN:
        end += 1
    wholes = {source[start:k] for k in range(end, min(len(source), end + 2) + 1) if all(HAN.match(c) for c in source[end:k])}
    wholes.discard(mention.text)  # and a character or two the table does not list (克尔凯郭儿, a typo for 郭尔)
    words = [t.text for t in english_tokens(target) if t.capitalised and len(t.text) >= 4]
    return any(phonetic_similarity(whole, w) >= SAME_NAME for whole in wholes for w in words)
