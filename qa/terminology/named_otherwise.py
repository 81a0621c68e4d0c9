"""How a target names an entity of the source without its full name (for M106, qa.terminology.entity_missing).

English news names a person again by the surname alone ("Palin", "Sha"), by another romanisation
("Ri Yong Ho") or by an epithet of age ("the 48-year-old"), a party by its lawsuit ("Roe v. Wade"), a long
place by a clipped blend ("Mat-Su"), a body by its officer's title ("Deputy Attorney General"), and a name
the source misspells by the name intended ("Omaha" for 奥哈马).
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
    """The target names the entity by its lawsuit ("Roe v. Wade"), by the name the source misspells
    ("Omaha" for 奥哈马), by a clipped blend ("Mat-Su"), a body by its officer's title ("Deputy Attorney
    General") or, a person, by an epithet of age attached to this mention ("the 48-year-old" for 48岁的史密斯)."""
    if case_named(mention, pair) or misspelt_named(mention, pair) or clipped_named(mention, pair) \
            or (kind == gazetteer.ORG and office_named(mention, pair)):
        return True
    return kind == gazetteer.PERSON and age_epithet(mention, pair)


_ADJECTIVE_TAIL = re.compile(r"(?:an|ian|ese|ish|i)$")


def misspelt_named(mention: NameMention, pair: Pair) -> bool:
    """The source misspells a name by one slip (奥哈马 for 奥马哈, qa.lang.transliteration_typos) and the target
    writes the intended name ("Omaha") or its adjective ("Catalan" for 加泰罗尼亚 "Catalonia"). A misspelling
    whose intended name the target does not write is still a name left out."""
    from qa.lang.transliteration_typos import intended_names

    intended = intended_names(pair.source, mention.start, mention.start + len(mention.text))
    if not intended:
        return False
    words = {t.text for t in english_tokens(pair.target) if t.capitalised}
    for name in (n for zh in intended for n in gazetteer.english_names(zh)):
        for part in re.findall(r"[A-Z][\w'-]+", name):
            if part in words or any(len(part) >= 6 and w[:5] == part[:5] and _ADJECTIVE_TAIL.search(w)
                                    and len(w) < len(part) + 2 for w in words):
                return True
    return False


# "Mat-Su" (Matanuska-Susitna), "Wilkes-Barre": two short capitalised clips joined by a hyphen
_CLIPPED = re.compile(r"\b([A-Z][a-z]{1,4})-([A-Z][a-z]{1,4})\b")
_MIN_BLENDED = 6  # characters of a transliteration long enough for English to clip it


def clipped_named(mention: NameMention, pair: Pair) -> bool:
    """A long transliterated name (马塔努斯卡苏西特纳, which jieba cuts anywhere) that the target clips into a
    hyphenated blend of its two parts' openings ("Mat-Su"): the run holding the mention opens with the
    sound of the first clip (马塔 "Mat") and a later part of it opens with the second (苏 "Su"). A blend
    whose first clip is not the run's opening names something else."""
    from qa.lang.surnames import TRANSLITERATION_SYLLABLE_CHARS as SYLLABLES
    from qa.lang.transliteration import SAME_NAME, phonetic_similarity

    start, end = mention.start, mention.start + len(mention.text)
    while start > 0 and pair.source[start - 1] in SYLLABLES:
        start -= 1
    while end < len(pair.source) and pair.source[end] in SYLLABLES:
        end += 1
    run = pair.source[start:end]
    if len(run) < _MIN_BLENDED:
        return False
    for first, second in _CLIPPED.findall(pair.target):
        for i in (1, 2, 3):
            if phonetic_similarity(run[:i], first) < SAME_NAME:
                continue
            if any(phonetic_similarity(run[j : j + m], second) >= SAME_NAME
                   for j in range(i + 1, len(run) - 1) for m in (1, 2) if run[j : j + m] != run[:m]):
                return True
    return False


# "Deputy Attorney General Rod Rosenstein": capitalised words of an office, then a name
_OFFICE = re.compile(r"\b((?:[A-Z][a-z]+ ){2,4})(?=[A-Z][a-z]+ [A-Z][a-z]+)")


def office_named(mention: NameMention, pair: Pair) -> bool:
    """A body written before its officer's title (司法部副部长罗德·罗森斯坦) that English names by the office
    ("Deputy Attorney General Rod Rosenstein"): the title before the person's name holds a word of the
    title's kind (EN_TITLES: Deputy, General) and a word no title is (Attorney), which names the body.
    "Deputy Minister Rod Rosenstein" names no ministry: the body is left out."""
    from qa.lang.surnames import TITLES

    end = mention.start + len(mention.text)
    if not any(pair.source.startswith(title, end) for title in TITLES):
        return False
    for office in _OFFICE.findall(pair.target):
        words = office.split()
        if any(w in EN_TITLES for w in words) and any(w not in EN_TITLES and not gazetteer.named_by(w) for w in words):
            return True
    return False


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
