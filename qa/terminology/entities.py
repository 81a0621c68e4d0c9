"""Entity accounting, source side: which persons, places and bodies a pair's source names, how sure
we are of each, and whether its target renders each one.

A name counts as rendered by pinyin (qa.terminology.name_renderings), by an
English name (CC-CEDICT through qa.lang.gazetteer, the glossary), by
Wade–Giles or Cantonese (qa.lang.romanisation), by sound for a foreign name
in characters (qa.lang.transliteration), or by a name of the target that
reads as any part of it. The findings built on this are in
qa.terminology.entity_issues and qa.terminology.entity_missing.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from qa.lang import cedict, gazetteer
from qa.lang import pinyin as py
from qa.lang.en_words import capitalised_words, english_tokens
from qa.lang.segment import dictionary_tag
from qa.lang.surnames import NOT_A_NAME_END, SURNAMES, TITLES
from qa.lang.transliteration import heard_cut
from qa.lang.zh_names import NameMention, source_names
from qa.model import Pair
from qa.terminology.english_forms import english_forms, entity_kind, rendered_otherwise, sounded, spelt_beside
from qa.terminology.name_finder import Match
from qa.terminology.name_renderings import dedupe, glossary_words
from qa.terminology.target_names import capitalised_runs, name_runs, reading_spans


_UNIT_SUFFIXES = ("省", "市", "县", "区", "旗", "盟", "镇", "乡", "村", "州", "自治区", "自治州", "自治县")


_FUNCTION_TAGS = ("d", "p", "c", "u", "y", "e", "r", "q", "f")


def transliterated(chars: str) -> bool:
    from qa.lang.transliteration import looks_transliterated

    return looks_transliterated(chars)


def ordinary_word(word: str, names: tuple[str, ...] = ("nr",)) -> bool:
    """A word of the language rather than a given name: 时表示 is 时 + 表示 "express", not Shi Biaoshi."""
    if len(word) < 2:
        return False
    tag = dictionary_tag(word)
    return cedict.has_common_sense(word) or (bool(tag) and not tag.startswith(names))


@lru_cache(maxsize=1)
def _given_name_characters() -> frozenset[str]:
    """Characters that stand in the given name of many of jieba's three-character personal names (天 in
    433 of them): a measure word by its tag, a name's character all the same."""
    from collections import Counter

    from qa.lang.segment import load_jieba

    counts: Counter[str] = Counter(ch for word, tag in load_jieba()[1].items() if tag == "nr" and len(word) == 3
                                   for ch in word[1:])
    return frozenset(ch for ch, n in counts.items() if n >= GIVEN_NAME_USES)


GIVEN_NAME_USES = 150


def _particle(ch: str) -> bool:
    """A function word that cannot be part of a given name (就, 的, 了); 天 is a measure word and a name's."""
    tag = dictionary_tag(ch)
    return tag.startswith(_FUNCTION_TAGS) and not (tag.startswith("q") and ch in _given_name_characters())


def strong_kind(mention: NameMention, given_lengths: tuple[int, ...] = (2,), lenient: bool = False) -> str:
    """The kind of a source name we are sure enough of to report it replaced or missing; "" if unsure.

    CC-CEDICT's entities (less those that are also ordinary words), Chinese
    personal names (a surname and a given name of `given_lengths` characters
    that is no word or particle, no kinship or honorific word at the end), and
    places with a unit suffix. A name replaced or altered has evidence on the
    English side too and is judged with one-character given names as well, and
    `lenient`ly: a given name that is also a word (陈一新, 王建国) counts.
    """
    form = mention.forms[-1]
    if mention.confirmed:  # the document's English names it elsewhere: a name, whatever the dictionaries say
        return gazetteer.PERSON if mention.kind == "person" else gazetteer.PLACE
    if cedict.has_common_sense(mention.text) or cedict.has_common_sense(form):
        return ""
    kind = entity_kind(mention)
    if gazetteer.kind_of(form) or gazetteer.kind_of(mention.text):
        if ordinary_word(mention.text, ("nr", "ns", "nt", "nz")) or (
                not gazetteer.kind_of(mention.text) and ordinary_word(form, ("nr", "ns", "nt", "nz"))):
            return ""  # 大洼 "hollow" (大洼子, which no dictionary knows), 三台 "three sets": ordinary words to jieba
        if gazetteer.minor_place(mention.text) and not mention.text.endswith(_UNIT_SUFFIXES):
            return ""  # 依兰 (ylang-ylang or Yilan county), 天峨: a county's bare name is no proof
        names = [n for n in english_forms(mention) if len(py.fold(n)) >= 4]
        return kind if names else ""  # "US army" for 美军 is a description, not a name to look for
    if kind == gazetteer.PERSON and dictionary_tag(mention.text[:1]) == "r" and cedict.has_common_sense(mention.text[1:]):
        return ""  # 本赛季 "this season": a determiner before a word, whatever its characters spell
    if kind == gazetteer.PERSON and transliterated(mention.text) and (len(mention.text) >= 3 or lenient):
        return kind
    if kind == gazetteer.PERSON:
        surname = py.surname_length(form)
        chinese = form[:surname] in py.COMPOUND_SURNAMES or form[:1] in SURNAMES
        plain_end = not any(form.endswith(end) for end in NOT_A_NAME_END)
        given = form[surname:]  # two characters: 陈凯 may be 陈凯先 cut short, 京报 a newspaper
        if ordinary_word(mention.before + form[:1]) or any(_particle(ch) for ch in given):
            return ""  # 蟹农金伟, 钱就瞎: the surname belongs to the word before; particles are no given name
        if mention.guessed and dictionary_tag(form[:1]).startswith(("p", "c")):
            return ""  # 流行于晋 "popular in Jin": a preposition (于, 向) or conjunction (和) is no surname here
        if not lenient and (ordinary_word(form[: surname + 1]) or ordinary_word(mention.text[surname + 1 :])
                            or ordinary_word(given)):
            return ""  # 严肃处理, 范围广: words, not a surname and a given name (陈一新 too, unless lenient)
        return kind if chinese and len(given) in given_lengths and plain_end else ""
    if kind in (gazetteer.PERSON, gazetteer.PLACE) and transliterated(mention.text) and len(mention.text) >= 3 \
            and not ordinary_word(mention.text, ("nr", "ns", "nt", "nz")):
        return kind  # 特鲁多, 莫斯科: a foreign name written in characters (qa.lang.transliteration); two characters
        # the dictionary does not know are as often a word (惠及 "benefit") or a name cut short (马拉 of 马拉松)
    if kind == gazetteer.PLACE and mention.kind == "place" and mention.text.endswith(_UNIT_SUFFIXES) \
            and len(form) >= 2 and form != mention.text and gazetteer.kind_of(form) == gazetteer.PLACE:
        return kind
    return ""


def unrendered_names(pair: Pair, matches: list[Match], glossary=None, known: DocumentNames | None = None) -> list[NameMention]:
    """Source names with no rendering of any kind in the target; with `known` (document_renderings),
    the document's confirmed names too.

    A name counts as rendered when a name of the target reads as any part of it
    (广西南宁 → "Nanning, Guangxi"), or when the target uses its English name.
    """
    found = {m.name.text for m in matches}
    read = _read_positions(pair)
    mentions = entity_mentions(pair.source, glossary)
    if known:
        mentions = [replace(m, confirmed=True) if m.forms[-1] in known and m.kind in ("person", "place") else m
                    for m in mentions]
        mentions += confirmed_mentions(pair, known, mentions)
    sounded = sound_assignment(mentions, pair.target)
    capitals = capitalised_words(pair.target)
    return [m for m in mentions if m.text not in found and not read & set(range(m.start, m.start + len(m.text)))
            and m.text not in sounded and not rendered_otherwise(m, pair.target, glossary, sound=False, people=False)
            and not heard_cut(pair.source, m.start, m.start + len(m.text), capitals)
            and not spelt_beside(m, pair.source, pair.target)]


def entity_mentions(source: str, glossary=None) -> list[NameMention]:
    """The source's names, and the place a body's name opens with (山东省委 → 山东省, 北京市政府 → 北京市):
    the English may keep the body and drop or change the place."""
    out: list[NameMention] = []
    for mention in dedupe(source_names(source, glossary_words(glossary))):
        mention = whole_mention(mention, source)
        out.append(mention)
        if mention.kind in ("org", "other") and len(mention.text) > 3:
            bodies = [k for k in range(3, len(mention.text) + 1) if gazetteer.kind_of(mention.text[:k]) in (gazetteer.ORG, gazetteer.MEDIA)]
            for end in range(len(mention.text) - 1, 1, -1):
                prefix = mention.text[:end]
                if any(k > end for k in bodies):
                    break  # 北京大学人民医院: the place is part of a body's own name (Peking University)
                if gazetteer.kind_of(prefix) == gazetteer.PLACE:
                    core = prefix[:-1] if prefix.endswith(_UNIT_SUFFIXES) and len(prefix) > 2 else prefix
                    out.append(NameMention(prefix, "place", mention.start, tuple(dict.fromkeys((prefix, core)))))
                    break
    return out


def whole_mention(mention: NameMention, source: str) -> NameMention:
    """The mention grown to the longest entity CC-CEDICT knows at its start: jieba cuts 马克龙 into 马克 + 龙."""
    for end in range(min(len(source), mention.start + 8), mention.start + len(mention.text), -1):
        word = source[mention.start : end]
        if gazetteer.kind_of(word) in (gazetteer.PERSON, gazetteer.PLACE):
            return NameMention(word, mention.kind, mention.start, (word,), False, mention.titled, mention.before)
    return mention


def sound_assignment(mentions: list[NameMention], target: str) -> dict[str, str]:
    """Foreign names of the source (in characters) paired with the capitalised words of the target they
    sound like, best pairs first and each word used once: 默克尔 takes "Merkel", so 马克龙 cannot.

    Candidates are the runs of capitalised words and their shorter runs, so the two parts of a foreign
    name jieba cut in two (哈立德·巴恩斯) take "Khalid" and "Barnes" of one run "Khalid Barnes"."""
    from qa.lang.transliteration import SAME_NAME, phonetic_similarity

    foreign = [m.text for m in mentions if transliterated(m.text)]
    if not foreign:
        return {}
    spans = [(r, i, j, " ".join(words[i:j])) for r, words in enumerate(run.split() for run in capitalised_runs(target))
             for i in range(len(words)) for j in range(i + 1, min(len(words), i + _RUN_WORDS) + 1)]
    scored = sorted(((phonetic_similarity(name, text), -(j - i), name, r, i, j, text) for name in foreign
                     for r, i, j, text in spans), reverse=True)
    taken: dict[str, str] = {}
    used: set[tuple[int, int]] = set()
    for score, _, name, r, i, j, text in scored:
        if score < SAME_NAME:
            break
        if name not in taken and not any((r, k) in used for k in range(i, j)) \
                and not _names_other_place(text, mentions, name):  # "Nanjing" is 南京, no 南宁 heard
            taken[name] = text
            used.update((r, k) for k in range(i, j))
    return taken


_RUN_WORDS = 4  # the longest run of a name's words compared with one name of the source


def _names_other_place(text: str, mentions: list[NameMention], name: str) -> bool:
    """The source name is a place, and the words the English name of other places only (乔丹 "Jordan" is a man)."""
    places = [zh for zh in gazetteer.named_by(text) if gazetteer.kind_of(zh) == gazetteer.PLACE]
    return bool(places) and gazetteer.kind_of(name) == gazetteer.PLACE \
        and not {f for m in mentions if m.text == name for f in (m.text, *m.forms)} & set(places)


def _read_positions(pair: Pair) -> set[int]:
    """Source positions some capitalised word or name of the target reads as ("Sulu" in "Sulu Sea")."""
    positions: set[int] = set()
    spans = [run.text for run in name_runs(pair.target) if run.syllables]
    spans += [t.text for t in english_tokens(pair.target)  # one syllable ("Zhang") may begin another name
              if t.capitalised and len(py.split_syllables(t.text) or ()) >= 2]
    for text in dict.fromkeys(spans):
        for start, end in reading_spans(py.fold(text), pair.source):
            positions.update(range(start, end))
    return positions


def document_names(pairs, glossary=None) -> str:
    """Every name of the document's source, joined by a separator no reading spells: what a name in a
    pair's English may come from when the pair itself calls the person "he". Names only: three
    syllables of a long chapter read as almost anything ("Gu Wenhua" in 古文化)."""
    names = {m.text for p in pairs if p.source.strip() for m in entity_mentions(p.source, glossary)}
    return "、".join(sorted(names))


def document_unrendered(pairs, matches_by_pair: dict[str, list[Match]], glossary=None,
                        known: DocumentNames | None = None) -> dict[str, list[NameMention]]:
    """unrendered_names of every pair of the document that has both sides, computed once for the
    document view (never_rendered_names) and for each pair's findings, with the names the document's
    own English confirms (`known`: document_renderings, computed here when the caller has not)."""
    known = document_renderings(pairs) if known is None else known
    return {p.id: unrendered_names(p, matches_by_pair.get(p.id, []), glossary, known)
            for p in pairs if p.source.strip() and p.target.strip()}


def never_rendered_names(pairs, unrendered_by_pair: dict[str, list[NameMention]], glossary=None) -> frozenset[str]:
    """Names the document's source mentions in two pairs or more and its target never renders in a way
    we recognise: the translation calls them something we cannot see (韦小宝 → "Trinket").
    `unrendered_by_pair` is document_unrendered's view."""
    from collections import Counter

    counts: Counter[str] = Counter()
    rendered: set[str] = set()
    for pair in pairs:
        if pair.id not in unrendered_by_pair:
            continue
        mentions = [m for m in entity_mentions(pair.source, glossary) if not _named_body(m, pair.source)]
        counts.update({m.forms[-1] for m in mentions})
        missing = {m.forms[-1] for m in unrendered_by_pair[pair.id]}
        rendered |= {m.forms[-1] for m in mentions} - missing
    return frozenset(name for name, n in counts.items() if n >= 2 and name not in rendered)


def _named_body(mention: NameMention, source: str) -> bool:
    """A body the dictionary gives an English name (人民日报 People's Daily): a translation of it we could
    not see is no nickname, so a document that never renders it leaves it out each time. A place may be
    translated by meaning (三江源 "three-rivers area"), inside a word (英国脱欧 "Brexit") or by a
    spelling we do not know (鄂尔多斯 "Erdos"), and stays excused; so does a body inside an office's
    title (司法部副部长 "deputy attorney general"), which English names by the office."""
    end = mention.start + len(mention.text)
    if any(source.startswith(title, end) for title in TITLES):
        return False
    return entity_kind(mention) == gazetteer.ORG and any(gazetteer.english_names(form) for form in mention.forms)


# ---------------------------------------------------------------- names the document's own translation confirms

DocumentNames = dict[str, tuple[str, str]]  # source span -> (its English rendering, person or place)


def document_renderings(pairs) -> DocumentNames:
    """Source spans that some pair's English renders by a pinyin name reading them, whatever the
    dictionaries say: 帕卢 "Palu", 巴城 "Bacheng", 陈小锐 "Chen Xiaorui". Most people and small places
    in the news are in no dictionary; the translation itself shows they are names. Two characters at
    least, and a place word ("Bacheng Town") or a person's shape or three characters, so that a
    syllable pair read by chance (中心 in "Zhongxin Securities") does not count alone."""
    found: DocumentNames = {}
    for pair in pairs:
        if not pair.source.strip() or not pair.target.strip():
            continue
        for run in name_runs(pair.target):
            if not run.syllables or run.known_as or not (run.person_shaped or run.place_word or len(run.syllables) >= 2):
                continue
            for start, end in reading_spans(py.fold(run.text), pair.source):
                span = pair.source[start:end]
                if len(span) < 2 or (not run.person_shaped and (ordinary_word(span, ("nr", "ns", "nt", "nz"))
                                                                or cedict.has_common_sense(span))):
                    continue  # "Ding Ning" confirms 丁宁 (also "to urge") is a person; "Zhongxin" no 中心
                kind = gazetteer.PERSON if run.person_shaped else gazetteer.PLACE if (
                    run.place_word or span.endswith(_UNIT_SUFFIXES) or transliterated(span)) else ""
                if kind:
                    found.setdefault(span, (run.text, kind))
    return found


def confirmed_mentions(pair: Pair, known: DocumentNames, mentions: list[NameMention]) -> list[NameMention]:
    """The document's confirmed names (document_renderings) that the pair's source writes and no name
    of the source already covers, as mentions of their kind."""
    taken = {k for m in mentions for k in range(m.start, m.start + len(m.text))}
    out: list[NameMention] = []
    for span, (_, kind) in known.items():
        start = pair.source.find(span)
        if start < 0 or taken & set(range(start, start + len(span))):
            continue
        out.append(NameMention(span, "person" if kind == gazetteer.PERSON else "place", start, (span,),
                               before=pair.source[start - 1] if start else "", confirmed=True))
        taken.update(range(start, start + len(span)))
    return out
