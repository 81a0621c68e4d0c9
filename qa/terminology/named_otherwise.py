"""How a target names an entity of the source without its full name (for M106, qa.terminology.entity_missing).

English news names a person again by the surname alone ("Palin", "Sha"), by another romanisation
("Ri Yong Ho") or by an epithet of age ("the 48-year-old"), and a party by its lawsuit ("Roe v. Wade").
Each excuse holds only where the other naming is tied to this mention (the surname after its own name dot,
the age attached to it, a side of the case that sounds like the party): an epithet or a case about
someone else leaves a dropped name reported. (A speaker's "we": qa.terminology.country_forms.)
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
from qa.terminology.titled_names import EN_TITLES, surname_in


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


def dotted_surname(mention: NameMention, source: str) -> str:
    """The surname after the mention's name dot (亚历山大·诺瓦克 → 诺瓦克), or "" when no dot follows."""
    from qa.lang.surnames import TRANSLITERATION_SYLLABLE_CHARS

    after = mention.start + len(mention.text)
    if after >= len(source) or source[after] not in NAME_DOTS:
        return ""
    end = after + 1
    while end < len(source) and source[end] in TRANSLITERATION_SYLLABLE_CHARS and end - after <= 4:
        end += 1
    return source[after + 1 : end]


# Below this a capitalised word before the surname sounds nothing like the given name: another given name
# ("Sergei" for 亚历山大 scores 0.13), not a looser spelling of this one ("Johnny" for 约翰尼 scores 0.48).
_VARIANT = 0.3


def surname_named(mention: NameMention, pair: Pair) -> bool:
    """The given name of a foreign name written in full (特里格·佩林, 亚历山大·诺瓦克) when the target calls the
    person by the surname alone ("Palin", "Minister Novak"), as English does after the first mention. The name
    dot makes it a person's given name, whatever else the word names: 亚历山大·诺瓦克 is no Alexandria. Not when
    another given name stands before the surname ("Sergei Novak"): that is a wrong name, not a short one."""
    from qa.lang.transliteration import SAME_NAME, phonetic_similarity

    surname = dotted_surname(mention, pair.source)
    if len(surname) < 2:
        return False
    tokens = english_tokens(pair.target)
    for k, token in enumerate(tokens):
        if not (token.capitalised and phonetic_similarity(surname, token.text) >= SAME_NAME):
            continue
        before = tokens[k - 1] if k else None
        adjacent = before is not None and pair.target[before.end : token.start] == " " and before.capitalised
        if not adjacent or before.text in EN_TITLES or phonetic_similarity(mention.text, before.text) >= _VARIANT:
            return True
    return False


def named_otherwise(kind: str, mention: NameMention, pair: Pair) -> bool:
    """The target names the entity by its lawsuit ("Roe v. Wade") or, a person, by an epithet of age
    attached to this mention ("the 48-year-old" for 48岁的史密斯)."""
    if case_named(mention, pair):
        return True
    return kind == gazetteer.PERSON and age_epithet(mention, pair)


# A lawsuit named by its parties (罗伊诉韦德案, 布朗诉教育局案) and its English name ("Roe v. Wade"): "v." or
# "vs." with its dot, which a score ("Chelsea v Arsenal") or a sport's fixture need not have.
_CASE_ZH = re.compile(r"[\u4e00-\u9fff·]{1,12}诉[\u4e00-\u9fff·]{1,12}?案")
_CASE_EN = re.compile(r"\b([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*) vs?\. (?:the )?([A-Z][\w.'-]*(?: (?:of )?[A-Z][\w.'-]*)*)")


def case_named(mention: NameMention, pair: Pair) -> bool:
    """A party of a lawsuit the source names by its parties (罗伊诉韦德案, which jieba cuts 罗伊诉) when the
    target names that case "X v. Y": a side of the source's case sounds like, or is glossed as, a word of a
    side of the English one ("Roe", "Wade"); "Brown v. Board of Education" is another case. The party
    touches the case's 诉 (the first) or stands between it and 案 (the second)."""
    start, end = mention.start, mention.start + len(mention.text)
    english = [m.group(1) + " " + m.group(2) for m in _CASE_EN.finditer(pair.target)]
    if not english:
        return False
    for case in _CASE_ZH.finditer(pair.source):
        cut = case.start() + case.group().index("诉")
        first = start < cut + 1 and cut <= end <= cut + 1  # 罗伊|诉, 罗伊诉|
        second = cut <= start <= cut + 1 and end in (case.end() - 1, case.end())  # 诉|韦德|案
        sides = (pair.source[case.start() : cut], pair.source[cut + 1 : case.end() - 1])
        if (first or second) and any(_side_named(side, name) for side in sides for name in english):
            return True
    return False


def _side_named(side: str, english: str) -> bool:
    """A party of the source's case (罗伊, 美国) in the English case's words: by sound or by a gloss."""
    from qa.lang import cedict
    from qa.lang.transliteration import SAME_NAME, phonetic_similarity

    words = re.findall(r"[A-Z][\w'-]*", english)
    glosses = {g.lower() for g in cedict.english_glosses(side)[:4]} | {n.lower() for n in gazetteer.english_names(side)}
    return any(phonetic_similarity(side, w) >= SAME_NAME for w in words) \
        or any(g and re.search(rf"\b{re.escape(g)}\b", english.lower()) for g in glosses)


# "the 48-year-old", "The 30-year-old striker": how English news names a person again.
_AGE_EPITHET = re.compile(r"\b[Tt]he (\d{1,3})-year-old\b")
_AGE = r"(?<!\d){age}\s*(?:岁|周岁)"


def age_epithet(mention: NameMention, pair: Pair) -> bool:
    """The target calls someone "the 48-year-old" and the source gives that age to this mention: 48岁的史密斯,
    史密斯（48岁）, 史密斯，48岁, or 米克尔森…如今48岁的他 with no other person named between. An age given
    to someone else (接替现年48岁的主教练) names no one dropped."""
    source, start, end = pair.source, mention.start, mention.start + len(mention.text)
    for age in {m.group(1) for m in _AGE_EPITHET.finditer(pair.target)}:
        years = _AGE.format(age=age)
        if re.search(rf"{years}的?$", source[max(0, start - 8) : start]) \
                or re.match(rf"[，,（(]\s*(?:现年|今年)?{years}", source[end : end + 10]):
            return True
        he = re.search(rf"{years}的(?:他|她)", source[end:])
        if he and not _other_person_between(source[end : end + he.start()]):
            return True
    return False


def _other_person_between(text: str) -> bool:
    """A person's name in the text (jieba's person tag, a transliteration): the pronoun may be theirs."""
    from qa.lang.zh_names import source_names

    return any(m.kind == "person" for m in source_names(text))
