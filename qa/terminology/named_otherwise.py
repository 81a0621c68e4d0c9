"""How a target names an entity of the source without its full name (for M106, qa.terminology.entity_missing).

English news names a person again by the surname alone ("Palin", "Sha"), by another romanisation
("Ri Yong Ho") or by an epithet of age ("the 48-year-old"), a party by its lawsuit ("Roe v. Wade"), and a
club by its nickname ("the Sky Blues").
Each is the entity named, as a dropped name never is. (A speaker's "we": qa.terminology.country_forms.)
"""

from __future__ import annotations

import re

from qa.lang import gazetteer
from qa.lang import pinyin as py
from qa.lang.en_words import english_tokens
from qa.lang.zh import NAME_DOTS
from qa.lang.zh_names import NameMention
from qa.model import Pair
from qa.terminology.entities import strong_kind
from qa.terminology.titled_names import surname_in


def surname_alone(mention: NameMention, target: str) -> bool:
    """A person named by the surname alone ("Sha pointed to them"): how a repeated mention reads."""
    return strong_kind(mention) == gazetteer.PERSON and surname_in(mention.forms[-1], english_tokens(target))


def partly_romanised(mention: NameMention, target: str, claimed: set[int] = frozenset()) -> bool:
    """A name of several capitalised words in the target spells one of the person's given-name
    characters: another romanization of the same name ("Ri Yong Ho" for 李勇浩, Korean). Not a word of
    a name the analysis gave to another person (`claimed` tokens): "Lanjuan" of Li Lanjuan is no 朱丽兰."""
    if strong_kind(mention, (1, 2)) != gazetteer.PERSON:
        return False
    form = mention.forms[-1]
    given = {s for ch in form[py.surname_length(form):] for s in py.char_syllables(ch)}
    tokens = english_tokens(target)
    for k, token in enumerate(tokens):
        neighbour = any(0 <= n < len(tokens) and tokens[n].capitalised and abs(tokens[n].start - token.start) < 40
                        and target[min(tokens[n].end, token.end) : max(tokens[n].start, token.start)].strip(" -") == ""
                        for n in (k - 1, k + 1))
        if token.capitalised and neighbour and k not in claimed and py.fold(token.text) in given:
            return True
    return False


def surname_named(mention: NameMention, pair: Pair) -> bool:
    """The given name of a foreign name written in full (特里格·佩林, 特雷莎·梅) when the target calls the
    person by the surname alone ("Palin", "Mrs May"), as English does after the first mention. The name
    dot makes it a person's given name, whatever else the word names: 亚历山大·诺瓦克 is no Alexandria."""
    from qa.lang.surnames import TRANSLITERATION_SYLLABLE_CHARS
    from qa.lang.transliteration import SAME_NAME, phonetic_similarity

    after = mention.start + len(mention.text)
    if after >= len(pair.source) or pair.source[after] not in NAME_DOTS:
        return False
    end = after + 1
    while end < len(pair.source) and pair.source[end] in TRANSLITERATION_SYLLABLE_CHARS and end - after <= 4:
        end += 1
    surname = pair.source[after + 1 : end]
    return len(surname) >= 2 and any(t.capitalised and phonetic_similarity(surname, t.text) >= SAME_NAME
                                     for t in english_tokens(pair.target))


def named_otherwise(kind: str, mention: NameMention, pair: Pair) -> bool:
    """The target names the entity by its lawsuit ("Roe v. Wade"), a club by its nickname ("the Sky Blues"),
    a person by an epithet of age ("the 48-year-old")."""
    if case_named(mention, pair):
        return True
    return (kind == gazetteer.PERSON and age_epithet(mention, pair)) or club_nickname(mention, pair)


# A lawsuit named by its parties (罗伊诉韦德案, 布朗诉教育局案) and its English name ("Roe v. Wade").
_CASE_ZH = re.compile(r"[\u4e00-\u9fff·]{1,12}诉[\u4e00-\u9fff·]{1,12}?案")
_CASE_EN = re.compile(r"\b[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* (?:v|vs)\.? (?:the )?[A-Z]")


def case_named(mention: NameMention, pair: Pair) -> bool:
    """A party of a lawsuit the source names by its parties (罗伊诉韦德案, which jieba cuts 罗伊诉) when the
    target names a case "X v. Y": the case's English name, which need not spell the party as we would.
    The party touches the case's 诉 (the first) or stands between it and 案 (the second)."""
    start, end = mention.start, mention.start + len(mention.text)
    if _CASE_EN.search(pair.target) is None:
        return False
    for case in _CASE_ZH.finditer(pair.source):
        cut = case.start() + case.group().index("诉")
        first = start < cut + 1 and cut <= end <= cut + 1  # 罗伊|诉, 罗伊诉|
        second = cut <= start <= cut + 1 and end in (case.end() - 1, case.end())  # 诉|韦德|案
        if first or second:
            return True
    return False


# "the 48-year-old", "The 30-year-old striker": how English news names a person again.
_AGE_EPITHET = re.compile(r"\b[Tt]he (\d{1,3})-year-old\b")


def age_epithet(mention: NameMention, pair: Pair) -> bool:
    """The target calls someone "the 48-year-old" and the source gives that age (如今48岁的他): the epithet
    is how English names again the person the source names."""
    ages = {m.group(1) for m in _AGE_EPITHET.finditer(pair.target)}
    return any(re.search(rf"(?<!\d){age}\s*(?:岁|周岁)", pair.source) for age in ages)


# A team named by a nickname: "the Sky Blues", "The Red Devils", "the Gunners" (capitalised plural words after "the").
_NICKNAME = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+ )*[A-Z][a-z]+s)\b")
_CLUB_GLOSS = re.compile(r"\b(?:football|soccer|sports?) (?:club|team)\b|\bClub\b", re.IGNORECASE)


def club_nickname(mention: NameMention, pair: Pair) -> bool:
    """A sports club (曼城 "Manchester City football club", 曼城队) the target calls by a nickname, "the Sky
    Blues": capitalised plural words after "the" that name no place of the gazetteer ("the Philippines")."""
    from qa.lang import cedict

    forms = {mention.text, mention.text.removesuffix("队"), *mention.forms}
    club = mention.text.endswith("队") or any(_CLUB_GLOSS.search(g) for f in forms for g in cedict.english_glosses(f)[:4])
    return club and any(not gazetteer.named_by(m.group(1)) for m in _NICKNAME.finditer(pair.target))
