"""Names the target writes that stand where the source names another entity: the findings that hold
one name of the target against the source (qa.terminology.entity_issues assembles them).

A place CC-CEDICT knows that neither the pair's source nor the document names (qa.terminology.target_names
says what a source accounts for), a Chinese name in pinyin that no span of the source reads as, a known
foreign person where the source names another: each is an entity replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.lang import gazetteer
from qa.lang import pinyin as py
from qa.lang.en_dictionary import is_english_word
from qa.lang.surnames import SURNAMES, TITLES, TRANSLITERATION_SYLLABLE_CHARS
from qa.lang.zh_names import NameMention
from qa.model import Pair
from qa.terminology.english_forms import english_forms, entity_kind
from qa.terminology.entities import ordinary_word, strong_kind, transliterated
from qa.terminology.name_finder import ENGLISH_TITLES, suggest
from qa.terminology.target_names import NameRun, capitalised_runs, near_readings, reading_spans

@dataclass(frozen=True)
class EntityIssue:
    """One entity of the source the target gets wrong: altered, replaced (missing, literal: later)."""

    status: str  # "altered" (one syllable changed) or "replaced" (a different entity named)
    source_span: str
    target_span: str
    suggestion: str
    detail: str = ""


def other_place(run: NameRun, target: str, mentions: list[NameMention], used: set[str],
                 glossary, inside: bool = False) -> EntityIssue | None:
    """A place CC-CEDICT knows that the target names and neither the pair nor the document does, where the
    source names a place of the same rank (a country for a country): that place is replaced there, even
    when the target renders it elsewhere ("Iran … Vietnam" for 伊朗 twice, "committed by Russia" beside
    "American democracy" for 美国 … 美式)."""
    if run.kind != gazetteer.PLACE or not run.known_as or run.person_shaped or "-" in run.text:
        return None
    if inside and not any(gazetteer.city_or_larger(w) for w in run.known_as
                          if run.text in gazetteer.english_names(w) or gazetteer.spelt_by(run.text, w)):
        return None  # a city inside a longer name may be how that name is known ("Wuchang Shipbuilding" for 武船)
    country = is_country_run(run)
    for mention in mentions:
        if mention.text in used or strong_kind(mention, (1, 2)) != gazetteer.PLACE \
                or any(gazetteer.is_country(f) for f in mention.forms) != country:
            continue
        return replaced_issue(run, mention, glossary)
    return None


def is_country_run(run: NameRun) -> bool:
    return run.text in gazetteer.country_names() or any(gazetteer.is_country(w) for w in run.known_as)


def stray_person(run: NameRun, pair: Pair, missing: list[NameMention]) -> EntityIssue | None:
    """A Chinese name in pinyin ("Chen Feifei") that no span of the pair's source or the document's names
    reads as, in any reading of its characters: translators do not invent Chinese names, so the source's
    person (季平, whose one-character given name we do not take for a sure name) is named otherwise.
    Tied to the pair's unrendered person when there is one. A surname of the source with its given name
    one syllable off ("Yu Ying" for 禹昱) is that name altered; a name inside a longer one ("Zhi Yuan
    Restaurant") is a business's, which the source may call otherwise."""
    if not run.person_shaped or not run.syllables or run.place_word or inside_longer_name(run, pair.target):
        return None
    for start, end, miss in near_readings(run, pair.source):
        titled = any(pair.source[end : end + n] in TITLES for n in range(1, 5))  # 禹昱主任: a rare surname
        if miss > 0 and (pair.source[start] in SURNAMES or titled) and not ordinary_word(pair.source[start:end]):
            expected = suggest(pair.source[start:end], "person")
            return EntityIssue("altered", pair.source[start:end], run.text, expected,
                               f"one syllable differs from {expected!r}")
    person = next((m for m in missing if strong_kind(m, (1, 2), lenient=True) == gazetteer.PERSON), None)
    return EntityIssue("replaced", person.text if person else "", run.text, person.forms[-1] if person else "",
                       f"the target names {run.text!r}, whom the source does not name")


def inside_longer_name(run: NameRun, target: str) -> bool:
    """The place is part of a longer name: "Horqin Left Wing Middle Banner", "Guangzhou–Shenzhen–Hong Kong
    Express Rail Link", "Lanzhou University"; the source may call those by a short form of their own."""
    end = run.end + (len(run.place_word) + 1 if run.place_word else 0)  # "Hubei Province" is one place
    after, before = target[end : end + 2], target[: run.start].rstrip(" ")
    if (after and after[0] in "-–—/") or re.match(r" [A-Z]", after) or before[-1:] in ("-", "–", "—", "/"):
        return True
    return re.search(r"[A-Z][\w’']*$", before) is not None and not re.search(r"(?:^|[.!?:;\"“(] ?)[A-Z][\w’']*$", before)


def sentence_initial_word(run: str, target: str) -> bool:
    """An everyday English word capitalised only because it opens a sentence ("One of his grandsons"),
    though CC-CEDICT knows it as a name (空军一号 "Air Force One")."""
    return " " not in run and is_english_word(run.lower()) \
        and re.search(rf"(?:^|[.!?]\s+|[\"“‘'(]){re.escape(run)}\b", target) is not None


def foreign_replaced(mention: NameMention, pair: Pair, taken: set[str], glossary) -> EntityIssue | None:
    """A foreign person of the source (马克龙) left unrendered while the target names another person
    CC-CEDICT knows ("Trudeau" = 特鲁多) whom no name of the source sounds like.

    Only known people stand in: a foreign-looking word the dictionary does not know is as likely a
    name jieba cut apart, or one the sound model misses, as another person. `taken`: the target's names
    that sound like a name of the source (qa.terminology.entities.sound_assignment), word by word.
    """
    if strong_kind(mention, (1, 2)) != gazetteer.PERSON or not transliterated(mention.text) \
            or (len(mention.text) < 3 and not gazetteer.kind_of(mention.text)):
        return None
    for run in capitalised_runs(pair.target):
        if taken & set(run.split()) or len(run.split()) > 3 or run in gazetteer.country_names() \
                or (is_english_word(run) and run.endswith(("an", "ese", "ish"))) or sentence_initial_word(run, pair.target):
            continue  # "European", "Chinese": adjectives, not people; "One of his grandsons": a word
        people = [w for w in gazetteer.named_by(run) if gazetteer.kind_of(w) == gazetteer.PERSON
                  and any(run in (n, n.split()[-1]) for n in gazetteer.english_names(w)[:1])]  # his own name
        if people and not any(w in pair.source for w in people):
            names = english_forms(mention, glossary)
            return EntityIssue("replaced", mention.text, run, names[0] if names else "",
                               f"the target names {run!r} ({'/'.join(people[:2])}), whom the source does not")
    return None


def replaced_issue(run: NameRun, mention: NameMention, glossary) -> EntityIssue:
    kind = entity_kind(mention)
    names = english_forms(mention, glossary)
    expected = names[0] if names else suggest(mention.forms[-1], "person" if kind == gazetteer.PERSON else kind)
    known = [w for w in run.known_as if w not in mention.text][:2]
    who = f" ({'/'.join(known)})" if known else ""
    shown = f"{run.text} {run.place_word}".strip()
    return EntityIssue("replaced", mention.text, shown, expected, f"the target names {shown!r}{who}, which the source does not")


_NAMED_THINGS = frozenset("Temple Palace Prison Street Road Jun".split())  # place words of a building or street


def stray_place(run: NameRun, pair: Pair, candidates: list[NameMention], used: set[str], glossary) -> EntityIssue | None:
    """A place in the English ("Palu", "Liaoning University", "Quanzhou Teenager Hockey Team") that
    neither the pair's source nor the rest of the document names in any form (the caller has asked
    qa.terminology.target_names.accounted_by): translators add places the text names elsewhere, not
    new ones, so a place of the source is named otherwise. Tied to the first of the `candidates` (the
    pair's unrendered place names, or those rendered fewer times than written) when there is one."""
    known = any(gazetteer.kind_of(w) == gazetteer.PLACE for w in run.known_as) or is_country_run(run)
    if run.kind != gazetteer.PLACE or run.person_shaped or "-" in run.text or not (known or run.syllables):
        return None
    if sentence_initial_word(run.text, pair.target) or (is_english_word(run.text.lower()) and not is_country_run(run)):
        return None  # "Guide" (贵德 county), "Reading": an English word, whatever place it also spells
    from qa.lang.transliteration import SAME_NAME, sounded_in_source

    if sounded_in_source(run.text, pair.source, SAME_NAME) or any(
            len(w) >= 2 and reading_spans("".join(py.expected_syllables(w)), pair.source) for w in run.known_as):
        return None  # a foreign place heard, if less surely than a name; one written with other characters
        # of the same sound (亚奇省 "Aceh", which CC-CEDICT writes 亚齐)
    inside = inside_longer_name(run, pair.target) or run.place_word in _NAMED_THINGS  # "Japan Palace"
    if inside and any(ch in pair.source for ch in _short_characters(run)):
        return None  # "New China News Agency" for 新华社: a longer name translated word by word (华 "China")
    mention = next((m for m in candidates if m.text not in used and strong_kind(m, (1, 2)) == gazetteer.PLACE), None)
    if mention is not None:
        return replaced_issue(run, mention, glossary)
    if inside and (not run.syllables or is_country_run(run)):
        return None  # "Japan Palace" for 皇宫: a longer name may add a country; a Chinese place in pinyin
        # ("Zhenjiang University" for 浙江大学) is no addition
    shown = f"{run.text} {run.place_word}".strip()
    return EntityIssue("replaced", "", shown, "", f"the target names {shown!r}, which the source does not name")


def _short_characters(run: NameRun) -> set[str]:
    """Characters that may stand for the run's place inside a longer name: its one-character short forms
    (华 or 中 for China, 浙 for Zhejiang) and the first character of each headword it names."""
    return set(gazetteer.short_forms(run.text)) | {w[0] for w in run.known_as if gazetteer.kind_of(w) == gazetteer.PLACE}


_NAME_CHARS = "".join(sorted(TRANSLITERATION_SYLLABLE_CHARS))
DOTTED_NAME = re.compile(f"[{_NAME_CHARS}]{{1,8}}(?:[·•‧・][{_NAME_CHARS}]{{1,8}})+")
NOT_A_PERSON_WORD = re.compile(r"(?:Ministry|Minister|Department|University|Council|Committee|Agency|Bureau|"
                                r"Party|Republic|Kingdom|States|Union|Company|Group|Bank|News|Daily|Times|Post|"
                                r"Prize|Award|Cup|League|Games|Olympics|Day|Street|Road|Avenue|Square|Park|Hall|Centre|Center|Museum|Airport|"
                                r"Station|Hotel|Hospital|School|College|Institute|Association|Foundation|Force|Army|"
                                r"Navy|Ocean|Sea|River|Lake|Island|Islands|Mountain|Mountains|Province|City|County|"
                                r"State|Region|District|Coast|Festival|Expo|Summit|Forum|Conference|Act|Law|Treaty)$")


def foreign_stranger(pair: Pair, document_source: str = "") -> EntityIssue | None:
    """A foreign person the source writes with a name dot (凯莱什·贾古特帕尔, 穆罕默德·本·萨勒曼) of whom no
    capitalised word of the target sounds like any part, while the target writes a full name of two to
    four capitalised words none of which sounds like anything in the source or the document ("Tracey
    Ullman"): a different person stands where the source names this one. The name dot makes the source
    side sure; the sound comparison is qa.lang.transliteration's. A family name replaced beside a given
    name kept ("Marko Atkinson") is left alone: where the sound model misses a real family name, that
    rule reported correct translations (NTREX)."""
    from qa.lang.hunspell_words import proper_noun
    from qa.lang.transliteration import SAME_NAME, phonetic_similarity, sounded_in_source

    names = [name.rstrip("的了和与在等是") for name in DOTTED_NAME.findall(pair.source)]  # 萨勒曼的停留站: no 的
    runs = capitalised_runs(pair.target)
    words = {w for run in runs for w in run.split()}

    def heard(part: str) -> bool:
        return any(phonetic_similarity(part, w) >= SAME_NAME for w in words)

    unheard = [name for name in names if not any(heard(part) for part in re.split("[·•‧・]", name))]  # 梅 "May"
    if not unheard:
        return None
    for run in runs:
        parts = run.split()
        if not 2 <= len(parts) <= 4 or any(NOT_A_PERSON_WORD.match(w) or len(w) < 2 for w in parts) \
                or parts[0].lower().rstrip(".") in ENGLISH_TITLES \
                or not any(proper_noun(w) or not is_english_word(w.lower()) for w in parts) or gazetteer.named_by(run) \
                or sentence_initial_word(parts[0], pair.target) and is_english_word(parts[0].lower()):
            continue
        if any(sounded_in_source(w, pair.source) or (document_source and sounded_in_source(w, document_source))
               for w in parts):
            continue  # some word of it is heard in the source or the document: a name of theirs
        return EntityIssue("replaced", unheard[0], run, "",
                           f"the target names {run!r}, who sounds like no name of the source")
    return None
