"""Entities the target alters, replaces or leaves out: the findings of the entity accounting.

qa.terminology.entities says which source names the target renders and how;
this module meets them with the names the target writes that the source
cannot account for (qa.terminology.target_names): an unrendered source name
beside such a name of the same kind is an entity replaced ("Hubei" for
山东), one syllable off an entity altered ("Zhang Hui" for 张伟), and a name
with nothing in its place is handed to qa.terminology.entity_missing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qa.lang import gazetteer
from qa.lang import pinyin as py
from qa.lang.surnames import SURNAMES, TRANSLITERATION_CHARS
from qa.lang.transliteration import chinese_name, sounded_in_source
from qa.lang.zh_names import NameMention
from qa.model import Pair
from qa.terminology.entities import (
    entity_kind,
    entity_mentions,
    english_forms,
    ordinary_word,
    sound_assignment,
    strong_kind,
    transliterated,
    unrendered_names,
)
from qa.terminology.entity_missing import MissingEntity, missing_entities
from qa.terminology.stray_names import EntityIssue, foreign_replaced, foreign_stranger, inside_longer_name
from qa.terminology.stray_names import is_country_run, other_place, stray_person, stray_place
from qa.terminology.stray_names import replaced_issue as _replaced
from qa.terminology.name_finder import Match, levenshtein, suggest
from qa.terminology.target_names import NameRun, accounted_by, name_runs, near_readings, word_places
from qa.terminology.foreign_family import family_replaced
from qa.terminology.respelt import respelt_names
from qa.terminology.place_references import UNIT_WORDS
from qa.terminology.unknown_places import unknown_place
from qa.terminology.confusable_places import confused_with
from qa.terminology.misspelt_places import chinese_city as _chinese_city, known_unit_place as _known_unit_place
from qa.terminology.misspelt_places import major_place as _major_place


def foreign_runs(pair: Pair, matches: list[Match], mentions: list[NameMention], document_source: str = "") -> list[NameRun]:
    """Names the target writes that neither the pair's source (its `mentions`) nor the rest of the
    document accounts for."""
    claimed = {k for m in matches for k in range(*m.tokens)}
    out = []
    for run in name_runs(pair.target):
        if _unaccounted(run, pair, claimed, mentions, document_source):
            out.append(run)
        else:  # "Anhui Hengshui" (High-tech Zone) for 河北衡水: the run is read through 衡水, Anhui is no part of it
            out += [w for w in word_places(run, pair.target) if _unaccounted(w, pair, claimed, mentions, document_source)]
    return out


def _unaccounted(run: NameRun, pair: Pair, claimed: set[int], mentions: list[NameMention], document_source: str) -> bool:
    if any(k in claimed for k in range(*run.tokens)) or accounted_by(run, pair.source):
        return False
    if document_source and accounted_by(run, document_source, familiar=False):
        return False  # named elsewhere in the document: a translator may name a person the pair calls "he"
    return not any(_romanises(m, run.text) for m in mentions)  # "Chang Fei" for 张飞 is Wade–Giles


def _romanises(mention: NameMention, text: str) -> bool:
    from qa.lang.romanisation import is_romanisation

    return any(len(form) >= 2 and is_romanisation(form, text) for form in mention.forms)


def _given_syllables(mention: NameMention) -> set[str]:
    form = mention.forms[-1]
    n = py.surname_length(form) if form[:1] in SURNAMES else 0
    return {s for r in py.readings(form, True)[n:] for s in r.accepted}


_UNIT_SUFFIXES = ("省", "市", "县", "区", "旗", "盟", "镇", "乡", "村", "州")


def _same_unit(run: NameRun, mention: NameMention) -> bool:
    """The run's place word translates the name's unit suffix: "District" for 区."""
    return bool(run.place_word) and UNIT_WORDS.get(mention.text[-1:]) == run.place_word


def _compatible(run: NameRun, mention: NameMention, standalone: bool = True, located: bool = False) -> bool | None:
    """True when the run could stand where the source name stands (a person for a person, a place for
    a place); None when it is rather a form of that very person's name, sharing a syllable of the
    given name (凤姐 and "Xi-feng" share 凤): then it is no other person. Places share syllables
    without being one (山东 and 山西)."""
    kind = strong_kind(mention, (1, 2), lenient=mention.kind == "person" and run.person_shaped)
    small = _small_place(mention) or (mention.confirmed and mention.kind == "place")  # 乌镇 "Wuzhen" elsewhere
    if (not kind or mention.confirmed) and standalone and small and _place_shaped(run):
        return True  # 漩坪乡 as "Zhangting Town", 帕卢 as "Yangzhou", 乌镇 as "Daxuanping"
    if kind == gazetteer.PLACE and located and not run.kind and _place_shaped(run):
        return True  # 杭州 as "a girl in Palu": a pinyin word no dictionary knows, where a place goes
    if kind == gazetteer.ORG and run.kind == gazetteer.PLACE and "-" not in run.text and _opens_with_place(mention):
        return True  # 浙江大学 as "Heilongjiang University", 中国共产党 as "the Communist Party of Brazil"
    if kind == gazetteer.PLACE and run.kind == gazetteer.PLACE and any(gazetteer.kind_of(f) for f in mention.forms) \
            and is_country_run(run) != any(gazetteer.is_country(f) for f in mention.forms) and not _territory(run):
        return False  # a country the dictionary knows stands for a country: "Wuchang" (Shipbuilding) is no 中国
    person_for_person = kind == gazetteer.PERSON and run.person_shaped and not run.place_word
    if not kind or (run.kind != kind and not person_for_person) or "-" in run.text and kind != gazetteer.PERSON:
        return False  # "Ji Jiali" is a person's name, though 嘉黎 is a county too
    if kind == gazetteer.PERSON and not (run.person_shaped or len(run.text.split()) > 1):
        return False  # a single word ("Akira") is too often a given name or a foreign name
    if kind == gazetteer.PERSON and run.syllables and set(run.syllables) & _given_syllables(mention) \
            and not _other_surname(run, mention):
        return None
    return True


# Territories that rank as a country to pycountry and as a province to Chinese: "Taiwan" may stand for 广东.
_TERRITORIES = frozenset(("台湾", "香港", "澳门"))


def _territory(run: NameRun) -> bool:
    return bool(_TERRITORIES & set(run.known_as))


_LOCATIVE = re.compile(r"\b(?:in|at|from|to|near|across|outside|inside)\s+(?:the\s+)?$")  # where a place goes
_SMALL_UNITS = ("乡", "镇", "村", "县", "旗", "区", "市", "州", "盟", "岛")  # no 府 "government", no 港


def _small_place(mention: NameMention) -> bool:
    """A place CC-CEDICT does not know, sure enough once another place stands in its stead: a name with
    its unit word (漩坪乡, 巴城镇) or a foreign name in characters (帕卢), and no ordinary word."""
    text = mention.text
    if ordinary_word(text, ("nr", "ns", "nt", "nz")) or ordinary_word(text[:-1]):
        return False
    unit = text.endswith(_SMALL_UNITS) and (len(text) >= 3 or mention.kind == "place")  # 乌镇, tagged a place
    return unit or (mention.kind == "place" and transliterated(text))


def _place_shaped(run: NameRun) -> bool:
    """A place in the English: one CC-CEDICT knows, one with a place word ("Zhangting Town"), or a
    word of two pinyin syllables or more that is no person's name ("Daxuanping")."""
    return run.kind == gazetteer.PLACE or bool(run.place_word) or (
        not run.person_shaped and bool(run.syllables) and len(run.syllables) >= 2 and " " not in run.text
        and "-" not in run.text)


def _other_surname(run: NameRun, mention: NameMention) -> bool:
    """The run is a full name whose surname is not the source name's: "Ni Yufeng" is no form of 赵宇空,
    though 宇 reads yu too."""
    form = mention.forms[-1]
    n = py.surname_length(form)
    if not run.person_shaped or not run.syllables or len(form) - n < 1 or form[:n] not in SURNAMES | py.COMPOUND_SURNAMES:
        return False
    return run.syllables[0] not in {s for ch in form[:1] for s in py.char_syllables(ch)}


def _opens_with_place(mention: NameMention) -> bool:
    """A body whose name opens with a place CC-CEDICT knows (浙江大学, 中国共产党): the English keeps the
    place in the body's name, so another place there is another body."""
    text = mention.text
    return any(gazetteer.kind_of(text[:n]) == gazetteer.PLACE and not gazetteer.minor_place(text[:n])
               for n in range(2, len(text) - 1))


def _namesake(run: NameRun, missing: list[NameMention], used: set[str], glossary) -> EntityIssue | None:
    """A full name with the surname of an unrendered person of the source and no syllable of the given
    name ("Zhang Tao" for 张光军, "Chen Jing" for 陈冬元): another person of that surname. One
    syllable off is an alteration (M104), found before."""
    for mention in missing:
        if mention.text in used or not _plausible_person(mention) \
                or run.syllables[0] not in py.char_syllables(mention.forms[-1][:1]):
            continue
        if len(run.syllables) > 1 and not set(run.syllables[1:]) & _given_syllables(mention):
            return _replaced(run, mention, glossary)
    return None


def _shares_surname(run: NameRun, mentions: list[NameMention]) -> bool:
    """A person-shaped run whose surname opens one of the `mentions` (the unrendered personal names):
    more likely that person written differently than another person ("Chen Kaixin" beside 陈凯先)."""
    if not run.person_shaped or not run.syllables:
        return False
    return any(_plausible_person(m) and run.syllables[0] in py.char_syllables(m.text[0]) for m in mentions)


def _plausible_person(mention: NameMention) -> bool:
    """A personal name sure enough to stand against a Chinese name of the target with its surname:
    strong_kind's, or a surname and a given name of one or two characters that are no word (李启章,
    whose 章 is also a measure word); 采取措施 "take measures" is none."""
    text = mention.forms[-1]
    if entity_kind(mention) != gazetteer.PERSON:
        return False
    return strong_kind(mention, (1, 2), lenient=True) == gazetteer.PERSON or (
        text[:1] in SURNAMES and 2 <= len(text) <= 3 and not ordinary_word(text) and not ordinary_word(text[:2])
        and not ordinary_word(text[1:]))


def pair_entity_issues(pair: Pair, matches: list[Match], glossary=None, document_source: str = "",
                       never_rendered: frozenset[str] = frozenset(),
                       missing: list[NameMention] | None = None,
                       renderings: dict[str, tuple[str, str]] | None = None) -> list[EntityIssue]:
    """Entities of the pair's source that its target alters, replaces or leaves out.

    `document_source` holds the names of the whole document's source (qa.terminology.entities.document_names:
    a name the target takes from another pair is no replacement); `never_rendered` the names the
    document mentions often and never renders; `missing` the pair's unrendered names when the caller
    has them already (qa.terminology.entities.document_unrendered); `renderings` the document's own
    English for its names (qa.terminology.entities.document_renderings), against which a name is respelt.
    """
    if not pair.source.strip() or not pair.target.strip() or not py.has_han(pair.source):
        return []
    missing = unrendered_names(pair, matches, glossary) if missing is None else missing
    mentions = entity_mentions(pair.source, glossary)
    short = [m for m in mentions if m not in missing and _rendered_fewer_times(m, pair, matches, glossary)]
    if not missing and not short and not any((r.kind == gazetteer.PLACE and r.known_as) or r.person_shaped
                                             for r in name_runs(pair.target)):
        return [i for run in name_runs(pair.target) if (i := _misspelt_inside(run, pair, matches, glossary))][:1]
    issues: list[EntityIssue] = []
    used: set[str] = set()
    heard = {w for run in sound_assignment(mentions, pair.target).values() for w in run.split()}
    for run in foreign_runs(pair, matches, mentions, document_source):
        issue = _altered(run, pair.source, missing + short, glossary) or _word_altered(run, pair, missing + short,
                                                                                        glossary)
        # a country is written in the source by its standard name, never heard in others' sounds ("South
        # Korea" in 科威特 and 卡塔尔): only the sound assignment of the source's own names accounts for it
        if heard.issuperset(run.text.split()) or (not run.person_shaped and not is_country_run(run)
                                                  and sounded_in_source(run.text, pair.source)):
            if issue is None or not _chinese_city(issue.source_span):
                continue  # the English of a foreign name of the source ("Aguero" for 阿奎罗): no replacement; a
                # Chinese name in pinyin ("Li Aiping") is read, not heard; a Chinese city is spelt ("Jiamen": 厦门)
        if issue is None and _shares_surname(run, missing):
            issue = _namesake(run, missing, used, glossary)
        elif issue is None:
            alone = not inside_longer_name(run, pair.target)
            standalone = run.kind != gazetteer.PLACE or alone
            issue = _replacing(run, missing + (short if standalone else []), used, glossary, alone,
                               alone and _LOCATIVE.search(pair.target[: run.start]) is not None
                               and not near_readings(run, pair.source))  # "Donggala" for 栋格拉: a spelling
        if issue is None:  # inside a longer name ("Gansu Province People's Government"): only against a
            # source place that is left unrendered or rendered fewer times than written
            inside = inside_longer_name(run, pair.target)
            issue = other_place(run, pair.target, missing + short + ([] if inside else mentions), used, glossary,
                                 inside)
        if issue is None and not _shares_surname(run, missing):
            issue = stray_person(run, pair, missing)
        if issue is None and f"{run.text} {run.place_word}".strip() not in {i.target_span for i in issues}:
            issue = stray_place(run, pair, missing + short, used, glossary)  # once per place the target names
        if issue is None:
            issue = unknown_place(run, missing + short, used, glossary)
        if issue is not None:
            issues.append(issue)
            used.add(issue.source_span)
    _pair_level_issues(pair, missing, heard, issues, used, glossary, document_source, renderings)
    claimed = {k for m in matches for k in range(*m.tokens)}
    return issues + _missing_issues(missing_entities(pair, missing, used, glossary, claimed, never_rendered))


def _missing_issues(gone: list[MissingEntity]) -> list[EntityIssue]:
    """The entities left out, as issues with the English they want. A foreign name's pinyin is no English
    it wants (德尔塔 is "Delta", not "De Erta"), nor is its kind sure: a foreign name, with no suggestion."""
    def issue(g: MissingEntity) -> EntityIssue:
        text = g.mention.text
        if not g.expected and g.kind == "person" and transliterated(text) and not chinese_name(text):
            return EntityIssue("missing", text, "", "", "a foreign name")
        return EntityIssue("missing", text, "", g.expected or suggest(g.mention.forms[-1], g.kind),
                           {"person": "a person", "place": "a place"}.get(g.kind, "a body"))

    return [issue(g) for g in gone]


def _word_altered(run: NameRun, pair: Pair, missing: list[NameMention], glossary) -> EntityIssue | None:
    """A word of a longer run one syllable off a source name: "Bingjing" of "Bingjing Renhe" for 北京人和."""
    return next((i for w in word_places(run, pair.target) if not accounted_by(w, pair.source)
                 and (i := _altered(w, pair.source, missing, glossary))), None)


def _misspelt_inside(run: NameRun, pair: Pair, matches: list[Match], glossary) -> EntityIssue | None:
    """A run or its word one syllable off a major place the source writes, however jieba cut it (北京人|和 "Bingjing")."""
    issue = (None if accounted_by(run, pair.source) else _altered(run, pair.source, [], glossary)) \
        or _word_altered(run, pair, [], glossary)
    shown = {m.name.text for m in matches} | {m.span for m in matches}  # the name matcher's M104 ("Shanhai")
    return issue if issue and _major_place(issue.source_span) and not {issue.source_span, issue.target_span} & shown else None


def _pair_level_issues(pair: Pair, missing: list[NameMention], heard: set[str], issues: list[EntityIssue],
                       used: set[str], glossary, document_source: str,
                       renderings: dict[str, tuple[str, str]] | None) -> None:
    """The issues judged on the whole pair rather than on one name of the target: a foreign name heard
    nowhere, a dotted name's family name replaced, a name respelt against the document's English. Each is
    added to `issues` (and its source name to `used`) only where no issue already shows its target words."""
    for mention in missing:
        if mention.text not in used:
            confused = confused_with(mention, pair)  # 陕西 "Shanxi" beside 山西 "Shanxi"
            issue = replace(_replaced(confused, mention, glossary), detail=f"the target names {confused.text!r}, the "
                            f"English name of {'/'.join(confused.known_as[:2])}") if confused \
                else foreign_replaced(mention, pair, heard, glossary)
            if issue is not None:
                issues.append(issue)
                used.add(mention.text)
    shown = {i.target_span for i in issues}
    stranger = foreign_stranger(pair, document_source) or family_replaced(pair, document_source)
    if stranger is not None and stranger.source_span not in used and stranger.target_span not in shown:
        issues.append(stranger)
        used.add(stranger.source_span)
        shown.add(stranger.target_span)
    for issue in respelt_names(pair, renderings or {}, used):
        if issue.target_span not in shown:
            issues.append(issue)
            shown.add(issue.target_span)


def _rendered_fewer_times(mention: NameMention, pair: Pair, matches: list[Match], glossary) -> bool:
    """The source names the entity more often than the target renders it (北京 twice, "Beijing" once)."""
    wanted = pair.source.count(mention.text)
    if wanted < 2:
        return False
    spans = {m.span for m in matches if m.name.text == mention.text and m.status in ("ok", "exonym")}
    spans |= set(english_forms(mention, glossary)[:3])
    found = max((len(re.findall(rf"(?<![A-Za-z]){re.escape(span)}(?![A-Za-z])", pair.target)) for span in spans), default=0)
    return 0 < found < wanted


def _replacing(run: NameRun, missing: list[NameMention], used: set[str], glossary,
               standalone: bool = True, located: bool = False) -> EntityIssue | None:
    """The run stands where an unrendered source name of the same kind stands (a unit word that agrees first).
    The caller passes names the target renders elsewhere only for a run that stands alone: a place inside
    a longer name ("Taiwan Semiconductor Manufacturing Company") stands for that name."""
    for mention in sorted(missing, key=lambda m: not _same_unit(run, m)):
        fits = _compatible(run, mention, standalone, located) if mention.text not in used else False
        if fits is None:
            return None
        if fits:
            return _replaced(run, mention, glossary)
    return None


def _altered(run: NameRun, source: str, missing: list[NameMention], glossary) -> EntityIssue | None:
    """The run spells a source name with one syllable changed ("Zhang Hui" for 张伟), or an unrendered
    one's English name one or two letters off ("Canda" for 加拿大). An unrendered name, a personal name
    of three characters, or a province or city the dictionary knows, even where the target renders it
    elsewhere: the run is a name the source does not account for, so this one mention is misspelt
    ("Jiangxiu" beside "Jiangxi" twice for 江西 twice)."""
    known = not run.person_shaped and any(gazetteer.kind_of(w) == gazetteer.PLACE for w in run.known_as)
    if known and any(gazetteer.city_or_larger(w) for w in run.known_as):
        return None  # a city or province CC-CEDICT knows ("Guangzhou" two letters off "Hangzhou") is another place
    for mention in missing:
        for name in english_forms(mention, glossary):
            folded, wanted = py.fold(run.text), py.fold(name)
            if len(wanted) >= 5 and folded != wanted and levenshtein(folded, wanted, 2) <= (1 if len(wanted) < 8 else 2):
                return EntityIssue("altered", mention.text, run.text, name, f"its English name is {name!r}")
    for start, end, miss in near_readings(run, source):
        span = source[start:end]
        if known and not (_major_place(span) and any(_spells_form(m, start, end, miss) for m in missing)):
            continue  # a place CC-CEDICT knows ("Tongliao", "Shanxi"; "Wuchang" for 武船, Wuchang Shipbuilding)
            # is another place, or the one a short form opens with; "Beigang" is 北京 misspelt only where
            # the source's 北京 is left unrendered
        if TRANSLITERATION_CHARS & set(span) and not _major_place(span):
            continue  # a foreign name's characters (杜鲁门), not 门 of 厦门 "Xiamen"
        hyphened = "-" in run.text  # "Guangdong-Hong (Kong-Macau)": a run that goes on past a hyphen
        mention = next((m for m in missing if _spells_form(m, start, end, miss)), None)
        placed = _major_place(span) or (source[end : end + 1] in ("省", "市", "县") and _known_unit_place(span))
        if mention is None and not _personal_name(span) and not (placed and not hyphened):  # 海口市: 海口 "seaport"
            continue
        kind = "place" if (placed if mention is None else entity_kind(mention) != gazetteer.PERSON) else "person"
        expected = suggest(span, kind)
        return EntityIssue("altered", mention.text if mention else span, run.text, expected,
                           f"one syllable differs from {expected!r}")
    return None


def _personal_name(span: str) -> bool:
    """Three characters or more that open with a surname and are no word: 陈凯先, whatever jieba cut."""
    surname = py.surname_length(span)
    return len(span) >= 3 and (span[:surname] in py.COMPOUND_SURNAMES or span[:1] in SURNAMES) \
        and not ordinary_word(span) and not ordinary_word(span[surname:])


def _spells_form(mention: NameMention, start: int, end: int, miss: int) -> bool:
    """The span is one of the name's forms, with enough syllables left to be sure it is this name:
    three or more, a two-character personal name ("Na Wei" for 倪伟: its surname changed is a
    misspelling as much as its given name), a place CC-CEDICT knows (乌镇 → "Weizhen"), or a name the
    document's English confirms."""
    if start != mention.start or not any(end - start == len(form) or (end - start == len(form) - 1 and form.endswith(
            _UNIT_SUFFIXES)) for form in mention.forms):
        return False  # 扬州 of 扬州市 "Yangzheng": the place without its unit word
    if end - start >= 3:
        return True
    if mention.confirmed:
        return True  # the document's own English names it elsewhere (帕卢 "Palu"): "Paling" is it misspelt
    kind = strong_kind(mention, (1, 2))
    return kind == gazetteer.PERSON or (kind == gazetteer.PLACE and bool(gazetteer.kind_of(mention.forms[-1])))


