"""Entities of the source the target leaves out altogether (M106; outlets rendered word for word: qa.terminology.literal_names).

Built on the accounting in qa.terminology.entities. A source entity counts
as left out only when we are sure it is one (strong_kind), nothing in the
target renders it (romanization, English name, a translation of its
meaning, an acronym), no other name stands in its place (that is a
replacement), and nothing in the target could be referring to it: a pronoun
for a person, "the city" for a place, "the ministry" for a body. Precision
first: a paraphrase we cannot see is not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from qa.lang import gazetteer
from qa.lang.en_dictionary import is_english_word
from qa.lang.en_words import capitalised_words, content_words, english_tokens, same_word
from qa.lang.zh_names import NameMention
from qa.model import Pair
from qa.terminology.english_forms import english_forms
from qa.terminology.entities import entity_mentions, sound_assignment, strong_kind, transliterated
from qa.terminology.country_forms import demonym_pattern, rendered_as_country_form
from qa.terminology.country_qualifiers import BODY_HEAD, before_rendered, country_qualifier, destination  # noqa: F401 (BODY_HEAD: the injector reads it here)
from qa.terminology.place_references import GENERIC_HEADS, UNIT_WORDS, place_level
from qa.terminology.source_glossed import capital_stands, glossed_words, without_name
from qa.terminology.source_explained import explained_in_source, longer_name_sounded
from qa.terminology.foreign_cuts import whole_foreign_name
from qa.terminology.listed_people import byline_person, listed_person
from qa.terminology.misspelt_names import meant_name_rendered
from qa.terminology.named_otherwise import named_otherwise, partly_romanised, surname_alone, surname_named
from qa.terminology.nicknames import apposed_nickname
from qa.terminology.sure_places import sure_place
from qa.terminology.stand_ins import (may_stand_for, older_spelling, referred_to, rendered_by_meaning, sounded_in,
                                      spelt_by_other, unexplained_words)

_TITLE_MARKS = re.compile(r"《[^》]*》|“[^”]*”|\"[^\"]*\"")
# A short quoted term or slogan, where even a country may be rewritten. A book's or article's title, however
# long, is judged: its country is translated as any other (《印度异闻录》 "Strange Stories in India").
_SHORT_TITLE_MARKS = re.compile(r"“[^”]{1,12}”|\"[^\"]{1,12}\"")


@dataclass(frozen=True)
class MissingEntity:
    mention: NameMention
    kind: str
    expected: str  # how the target should name it


def _words(target: str) -> set[str]:
    return {t.text.lower() for t in english_tokens(target)}


def translated(mention: NameMention, target: str, glossary=None) -> bool:
    """The target renders the entity by meaning or by acronym: at least half the content words of one
    of its English names ("Foreign Ministry" for Ministry of Foreign Affairs), or their initials (NPC)."""
    from qa.lang import cedict

    words = _words(target)
    words |= {part for w in words if "-" in w for part in w.split("-") if part}  # "Indo-Pacific": Pacific
    capitals = {t.text.lower() for t in english_tokens(target) if t.capitalised}
    acronyms = {t.text for t in english_tokens(target) if t.text.isupper() and len(t.text) >= 2}
    acronyms |= {p for t in english_tokens(target) for p in t.text.split("-")[1:] + t.text.split("-")[:1]
                 if "-" in t.text and p.isupper() and len(p) >= 2}  # "China-US trade", "US-DPRK"
    acronyms |= {a.replace(".", "") for a in re.findall(r"\b(?:[A-Z]\.){2,}", target)}  # "U.S." is US
    names = english_forms(mention, glossary) + [g for form in mention.forms for g in cedict.english_glosses(form)][:6]
    people = {n for form in mention.forms for n in gazetteer.english_names(form + "人")}  # "American": demonym_rendered's
    for name in [n for n in names if n not in people]:
        if name.isupper() and name in acronyms:  # "US", "UK", "NPC" given as a name
            return True
        if any(a.replace(".", "") in acronyms for a in re.findall(r"\b[A-Z](?:\.[A-Z])+\b", name)):
            return True  # "D.C." of "Washington, D.C." for 华盛顿特区
        wanted = [w for w in content_words(_name_part(name))]
        hits = [w for w in wanted if any(_same_name_word(w, t, mention) for t in
                                         (capitals if w.lower() in GENERIC_HEADS else words))]
        # "City manager" for 曼城队经理 (Manchester City); "provinces" no Anhui Province; and a generic head
        # alone names nothing: "Hubei Province" renders no 安徽省
        if any(w.lower() not in GENERIC_HEADS for w in hits) and 2 * len(hits) >= len(wanted):
            return True
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())
        if len(initials) >= 2 and initials in acronyms:
            return True
        acronyms_given = set(re.findall(r"\(([A-Z]{2,})\)", name))
        if acronyms_given & acronyms:
            return True
    return False


# Words any place's or body's name may end with: "provinces such as Hubei" renders no Anhui Province.


def _name_part(gloss: str) -> str:
    """The name a gloss opens with: "Jimei district" of "Jimei district of Xiamen city, Fujian"; a name
    whose "of" is its own ("Ministry of Foreign Affairs") is kept whole."""
    head = gloss.split(",")[0]
    cut = re.match(rf"(.*?\b(?:{'|'.join(sorted(GENERIC_HEADS))}))\s+(?:of|in)\s", head, re.IGNORECASE)
    return cut.group(1) if cut else head


def _same_name_word(wanted: str, word: str, mention: NameMention) -> bool:
    """An English word in any of its forms ("provinces", "ministry"); a name's own word as written or a
    letter apart ("Uyghur" for Uighur), never by its opening alone ("Jiangsu" is no Jiangxi), nor where
    the word a letter apart names another place ("Nanjing" is 南京, no 南宁 "Nanning")."""
    if is_english_word(wanted) and same_word(wanted, word) \
            and not (_DEMONYM_END.search(word) and not _DEMONYM_END.search(wanted)):
        return True  # "Chinese" is no form of "china": demonym_rendered weighs the adjective against the source
    return wanted == word or (_one_letter_apart(wanted, word) and not _other_place(word.capitalize(), mention))


def _one_letter_apart(a: str, b: str) -> bool:
    """Two spellings of one name a letter apart ("Uyghur", "Uighur"): five letters or more, the same first."""
    a, b = a.lower(), b.lower()
    if min(len(a), len(b)) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def _in_title(mention: NameMention, source: str) -> bool:
    """Inside a quoted or book title (《湖南日报》 as a name is the outlet's business; quotes are rewritten).
    A country in quoted speech is judged: it is translated as any country is, while a name in a novel's
    dialogue may be an exclamation (阿弥陀佛 "Bless you") or a saying (三门子穷亲 "poor relations")."""
    marks = _SHORT_TITLE_MARKS if gazetteer.is_country(mention.text) else _TITLE_MARKS
    return any(m.start() <= mention.start < m.end() for m in marks.finditer(source))


def _not_a_name(mention: NameMention, source: str = "", target: str | None = None) -> bool:
    """A doubled character (美美 "beautifully"), a street's name (环城南路 cut to 南路), the opening of
    a word jieba cut short (马拉 of 马拉糕 "Malay sponge cake", 马拉松), or the end of a longer name
    (京报 of 新京报) the target renders ("Beijing News"): no entity to miss. A longer name the target
    does not render is the entity left out, under its own name."""
    from qa.lang import cedict

    text = mention.text
    end = mention.start + len(text)
    if any(cedict.has_common_sense(source[mention.start : end + k]) for k in (1, 2) if end + k <= len(source)):
        return True
    if any(cedict.contains(source[mention.start - k : end]) and not _longer_left_out(source[mention.start - k : end],
                                                                                   mention.start - k, target)
           for k in (1, 2) if mention.start >= k):
        return True  # 京报 of 新京报 "Beijing News": the end of a longer word, which the target renders
    return (len(text) == 2 and text[0] == text[1]) or text.endswith(("路", "街", "道", "巷", "桥")) \
        or _title_and_surname(mention, source) or apposed_nickname(mention, source)  # 山城重庆: one place


def _overlaps_rendered(mention: NameMention, source: str, target: str, glossary=None) -> bool:
    """Every occurrence of the mention ends inside another name of the dictionary that the target renders:
    美国国会山报 is 美国 + 国会山 "Capitol Hill", not 美国国会 (jieba's cut). The name read the other way is the
    one translated; the country before it is implied by it. A separate 美国国会 elsewhere in the pair is
    still owed ("美国国会山报报道，美国国会将…")."""
    starts = [m.start() for m in re.finditer(re.escape(mention.text), source)] or [mention.start]
    return all(_inside_longer_rendered(mention, at, source, target, glossary) for at in starts)


def _inside_longer_rendered(mention: NameMention, at: int, source: str, target: str, glossary) -> bool:
    """The occurrence at `at` and the characters after it make a longer dictionary name the target renders."""
    from qa.lang import cedict

    end = at + len(mention.text)
    for k in (1, 2):
        for j in range(1, len(mention.text)):
            word = source[at + j : end + k]
            if end + k <= len(source) and len(word) >= 3 and cedict.contains(word) \
                    and any(g[:1].isupper() for g in cedict.english_glosses(word)[:2]) \
                    and translated(NameMention(word, "place", at + j, (word,)), target, glossary):
                return True
    return False


def _title_and_surname(mention: NameMention, source: str) -> bool:
    """长江 of 副市长江明: a title's 长 and a surname, jieba's cut across them (no "Yangtze River" to miss);
    not 城市长江 ("city" and the river), whose 市 ends another word."""
    from qa.lang import cedict
    from qa.lang.surnames import SURNAMES, TITLES

    start, text = mention.start, mention.text
    return text[:1] == "长" and text[1:2] in SURNAMES and len(source) > start + 2 and any(
        source[start - k : start + 1] in TITLES and not (start > k and cedict.contains(source[start - k - 1 : start - k + 1]))
        for k in (1, 2, 3) if start >= k)


_OUTLET_ENDS = ("报", "社", "台", "网", "刊")  # a paper, an agency, a station, a website, a journal


def _longer_left_out(word: str, start: int, target: str | None) -> bool:
    """A longer word of the dictionary that is a body's or a place's name (新京报) and that the target
    renders in no way we know: the name the mention ends is left out."""
    from qa.lang import cedict

    named = gazetteer.kind_of(word) not in ("", gazetteer.PERSON) or word.endswith(_OUTLET_ENDS)
    if target is None or not named or not any(g[:1].isupper() for g in cedict.english_glosses(word)[:2]):
        return False
    return not translated(NameMention(word, "org", start, (word,)), target)


def _outlet_ending(mention: NameMention, source: str) -> NameMention | None:
    """The outlet whose end jieba took for a name (京报 of 新京报 "Beijing News"), as a mention of its own."""
    end = mention.start + len(mention.text)
    for k in (2, 1):
        word = source[mention.start - k : end] if mention.start >= k else ""
        if word and _named_outlet(word):
            return NameMention(word, "org", mention.start - k, (word,))
    return None


def _named_outlet(word: str) -> bool:
    """A word of the dictionary that names a paper, an agency, a station or a site, with a capitalised gloss."""
    from qa.lang import cedict

    return word.endswith(_OUTLET_ENDS) and cedict.contains(word) \
        and any(g[:1].isupper() for g in cedict.english_glosses(word)[:2])


def _after_number(mention: NameMention, source: str) -> bool:
    """Right after a figure: 12日电 is a dateline ("12th, by wire"), 四人大轿 a four-man sedan; or after a
    figure and its measure word, the thing counted (60周年大庆 "the 60th-anniversary celebration"), unless it
    is a country, province or municipality, which names what is counted (一个北京知青慰问团 "a Beijing … delegation")."""
    before = source[max(0, mention.start - 4) : mention.start]
    if not before:
        return False
    if before[-1].isdigit() or before[-1] in _ZH_DIGITS:
        return True
    return _COUNTED.search(before) is not None and place_level(mention) not in ("country", "province", "capital")


_ZH_DIGITS = "零一二两三四五六七八九十百千万亿"
_COUNTED = re.compile(rf"[0-9{_ZH_DIGITS}](?:周年|个|位|名|届|项|件|种|场|批|座|家|所)$")  # no 年: 2022年北京


def _unit_named(mention: NameMention, target: str, unexplained: list[str]) -> bool:
    """An unknown word with the place's own unit word after it: "Xayar County" for 沙雅县, a minority
    language's name for the place rather than its pinyin."""
    unit = UNIT_WORDS.get(mention.text[-1:])
    return bool(unit) and any(re.search(rf"\b{re.escape(w)} {unit}\b", target) for w in unexplained)


def _inside_rendered(mention: NameMention, everyone: list[NameMention], unrendered: list[NameMention]) -> bool:
    """Part of a longer name of the source that the target renders: 伯格 of 扎克伯格 ("Zuckerberg")."""
    end = mention.start + len(mention.text)
    gone = {(m.start, m.text) for m in unrendered}
    return any(o.start <= mention.start and end <= o.start + len(o.text) and len(o.text) > len(mention.text)
               and (o.start, o.text) not in gone for o in everyone)


def _well_known(mention: NameMention) -> bool:
    """A province or a capital (北京市): its English name is known to every translator, so a document that
    never writes it leaves it out each time, rather than calling it something we cannot see. Not a country:
    an American article never says "US" (美国 throughout), its readers know."""
    return gazetteer.kind_of(mention.forms[-1]) == gazetteer.PLACE and place_level(mention) in ("province", "capital")


def demonym_rendered(mention: NameMention, source: str, target: str, glossary) -> bool:
    """The adjective of a country's name ("British" for 英国 = Britain, "Chinese"): four letters shared,
    and more of them than the source has adjectives of its own for the country (美式 "American", 美籍,
    美国人): those translate them, and stand for no 美国 the target leaves out."""
    words = capitalised_words(_OTHER_PLACES.sub(lambda m: " " if _names_another(m.group(), mention, source)
                                                else m.group(), target))
    from qa.lang import cedict

    full = english_forms(mention, glossary)
    named = [found.group(1) for g in cedict.english_glosses(mention.forms[-1])[:4] if (found := _GLOSS_NAME.match(g))]
    names = [w for name in full + named for w in name.split() if len(w) >= 4 and w[:1].isupper()
             and w.lower() not in GENERIC_HEADS]  # "Province" of Anhui Province is no adjective of it
    stems = {w[:4] for w in names}
    country = gazetteer.is_country(mention.text)  # "Chinese" has Chengdu's first two letters, and is no adjective of it
    people = demonym_pattern(tuple(full)) if country else None  # Danish, the Dane
    found = [w for w in words if ((w[:4] in stems and (_ADJECTIVE_END.search(w) is not None
                                      or any(len(w) >= 5 and n.startswith(w) for n in names)))  # America
                 or (country and _DEMONYM_END.search(w) is not None and any(w[:2] == n[:2] for n in names))
                 or (people is not None and people.fullmatch(w) is not None))
                and not _other_place(w, mention)]  # "Irish" for Ireland, "Danish" for Denmark; not "Hubei" for Hunan
    if not found:
        return False
    head, name = re.escape(mention.text[:1]), re.escape(mention.text)
    end = mention.start + len(mention.text)
    own = [m for m in re.finditer(rf"{name}人|{head}(?:{_ADJECTIVE_TAILS})", source)
           if m.end() <= mention.start or m.start() >= end]
    if len(found) <= len(own):
        return False
    # and the source's other words the adjective translates (华侨 "overseas Chinese", 华人 "ethnic Chinese"): no 中国 left out
    others = without_name(mention, source)
    glossed = sum(glossed_words(w, others, target) for w in set(found))
    return len(found) > len(own) + glossed


# Two capitalised words that may name a place of their own ("Northern Ireland": no adjective of the UK,
# whose long name holds both words).
_OTHER_PLACES = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def _names_another(words: str, mention: NameMention, source: str) -> bool:
    """The words render another name the source writes ("Northern Ireland" for 北爱尔兰 beside 英国), though
    the mention's long English name holds them; "Great Britain" renders 英国 itself."""
    named = set(gazetteer.named_by(words)) - set(mention.forms)
    return any(zh in source for zh in named)


def _other_place(word: str, mention: NameMention) -> bool:
    """The word is the English name of another place ("Jiangsu" beside 江西): no adjective of this one."""
    return any(gazetteer.kind_of(zh) == gazetteer.PLACE and zh not in mention.forms for zh in gazetteer.named_by(word))


# A gloss that is a name and nothing more ("abbr. for England" of 英国, whose adjective is "English"); not a
# description ("… capital of Sichuan province in southwest China" of 成都, whose adjective "Chinese" is not).
_GLOSS_NAME = re.compile(r"(?:abbr\. for )?([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)$")
_ADJECTIVE_TAILS = "式|籍|裔|方|军|产|制|企|媒"
_DEMONYM_END = re.compile(r"(?:ish|ian|ese)$")
# How an adjective or a people's noun ends after the name's first four letters ("British", "Americans",
# "Israeli", "Greeks"); a person's "Chen" is no adjective of Chengdu.
_ADJECTIVE_END = re.compile(r"(?:ish|ese|ians?|ans?|is?|ers?|eks?|ic)$")  # with its country's first two letters: "Irish" for Ireland


def missing_entities(pair: Pair, unrendered: list[NameMention], accounted: set[str], glossary=None,
                     claimed: set[int] = frozenset(), never_rendered: frozenset[str] = frozenset()) -> list[MissingEntity]:
    """Strong source entities with no rendering, no substitute name and nothing that refers to them.

    `unrendered` are the pair's source names with no rendering (qa.terminology.entities.unrendered_names);
    `accounted` those a replacement or alteration finding already covers; `claimed` the target tokens
    the name analysis matched; `never_rendered` names the document mentions in several pairs and renders
    in none (a translation we cannot see: 韦小宝 is "Trinket" throughout).
    """
    out: list[MissingEntity] = []
    unexplained = None
    everyone = entity_mentions(pair.source, glossary) if unrendered else []

    def names_of(other: NameMention) -> list[str]:
        return english_forms(other, glossary)
    for mention in unrendered:
        whole = _outlet_ending(mention, pair.source)
        mention = whole or mention  # 京报 of 新京报: the outlet is the entity, whatever jieba cut
        listed = listed_person(mention, pair.source, everyone) or byline_person(mention, pair.source)
        kind = (gazetteer.ORG if whole else strong_kind(mention)) or (gazetteer.PERSON if listed else "")
        place = None if kind else sure_place(mention)
        if place is not None:
            mention, kind = place, gazetteer.PLACE  # 宝鸡, 东胜区, 上海地区: jieba's nouns, the dictionary's cities
        if not kind or mention.text in accounted or (mention.forms[-1] in never_rendered and not _well_known(mention)) \
                or (mention.titled and not destination(mention, pair.source)):
            continue  # a titled person is M105's, a country before its president's title implied by it
        if _in_title(mention, pair.source) or _after_number(mention, pair.source) or _not_a_name(mention, pair.source, pair.target) \
                or _overlaps_rendered(mention, pair.source, pair.target, glossary) \
                or country_qualifier(mention, pair.source) or _inside_rendered(mention, everyone, unrendered) \
                or before_rendered(mention, everyone, unrendered, pair.source) \
                or (transliterated(mention.text) and longer_name_sounded(mention, pair.source, pair.target)):
            continue
        if translated(mention, pair.target, glossary) or referred_to(kind, mention, pair) \
                or surname_alone(mention, pair.target) or demonym_rendered(mention, pair.source, pair.target, glossary) \
                or partly_romanised(mention, pair.target, claimed) or _by_meaning(mention, listed, pair.target) \
                or (kind == gazetteer.PLACE and rendered_as_country_form(mention, names_of(mention), pair.source,
                                                                         pair.target)) \
                or surname_named(mention, pair) or named_otherwise(kind, mention, pair) \
                or meant_name_rendered(mention, pair, lambda meant: translated(meant, pair.target, glossary)):
            continue  # 奥哈马 "Omaha": the source's slip for 奥马哈
        if unexplained is None:
            unexplained = unexplained_words(pair, claimed)
            sounded = _sounded_words(pair, everyone)
        foreign = transliterated(mention.text)  # a run the sound model gave another name may be this one's
        words = [w for w in unexplained if (foreign or w not in sounded)
                 and not spelt_by_other(w, [m for m in everyone if m.text != mention.text], names_of)
                 and not explained_in_source(w, pair.source, mention)]
        if may_stand_for(kind, mention, words, names_of(mention)) or older_spelling(pair.target, mention) \
                or _unit_named(mention, pair.target, unexplained) \
                or (kind == gazetteer.PERSON and sounded_in(mention, pair.target)) \
                or (kind == gazetteer.PLACE and capital_stands(mention, pair.source, pair.target)):
            continue
        mention = whole_foreign_name(mention, pair.source)  # 霍莉到 → 霍莉, 米克尔|森 → 米克尔森: the name left out
        names = english_forms(mention, glossary)
        if all((o.mention.text, o.mention.start) != (mention.text, mention.start) for o in out):  # two cuts, one name
            out.append(MissingEntity(mention, kind, names[0] if names else ""))
    return out


def _by_meaning(mention: NameMention, listed: bool, target: str) -> bool:
    """The characters translated one by one: a phrase jieba took for a name. Never a country, province or
    municipality (中国 is no "middle" and "country", 上海 no "on" and "sea") nor a person in a byline."""
    if mention.text[-1:] in UNIT_WORDS and len(mention.text) > 2:  # 同安区: "districts" says nothing of 同安
        mention = replace(mention, text=mention.text[:-1])
    return not listed and not gazetteer.major_place(mention.text) and rendered_by_meaning(mention, target)


def _sounded_words(pair: Pair, everyone: list[NameMention]) -> set[str]:
    """Words of the runs the sound model pairs with a foreign name of the source ("Lahey" for 莱希):
    that name is rendered, and the word is its rendering, no stand-in for another."""
    return {w for run in sound_assignment(everyone, pair.target).values() for w in run.split()}
