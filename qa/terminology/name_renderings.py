"""Every rendering of every Chinese name of a pair in its English, and the document's view of them.

For each name in a pair's source (qa.lang.zh_names.source_names) we look in the
target for a run of capitalised words that spells the name in pinyin or
spells an accepted non-pinyin name (qa.terminology.name_finder). A name
translated rather than transliterated (中央政法委 → Central Political and Legal
Affairs Committee) has no such run and is left alone: we only report what we can prove.
"""

from __future__ import annotations

import re
from typing import Iterable

from qa.lang import pinyin as py
from qa.lang.en_dictionary import is_english_word
from qa.lang.segment import dictionary_tag
from qa.lang.zh_names import NameMention, source_names
from qa.terminology.confusable_places import names_another_place
from qa.terminology.partial_names import find_partial
from qa.terminology.surnamed_names import with_surnamed
from qa.model import Pair
from qa.terminology.name_finder import (
    Finder,
    Match,
    accepted_names,
    levenshtein,
    suggest,
    written_in_source,
)
from qa.lang.en_words import english_tokens


def analyse_pair(pair: Pair, glossary=None) -> list[Match]:
    """Every rendering of every source name found in the pair's target."""
    if not pair.source.strip() or not pair.target.strip() or not py.has_han(pair.source):
        return []
    mentions = with_surnamed(pair.source, pair.target, list(source_names(pair.source, glossary_words(glossary))))
    if not mentions:
        return []  # nothing to look for: no windows of the English to index
    finder = Finder(pair.target)
    claimed: set[int] = set()
    matches: list[Match] = []
    unresolved: list[NameMention] = []
    for mention in dedupe(mentions):
        found = _find_full(mention, finder, glossary, claimed, pair.source)
        matches += found
        for m in found:
            claimed.update(range(*m.tokens))
        if not found or mention.kind == "person":
            unresolved.append(mention)
    readings: dict[str, frozenset[str]] | None = None  # read once per pair, when a misspelling is looked for
    for mention in unresolved:
        # a person may be named in full once and cut short further on in the same pair
        found = find_partial(mention, finder, claimed) if mention.kind == "person" else []
        if not found and not any(m.name == mention for m in matches):
            readings = _readings(mentions) if readings is None else readings
            others = frozenset().union(*(r for text, r in readings.items() if text != mention.text))
            found = _find_misspelt(mention, finder, claimed, others, pair.source)
        for m in found:
            claimed.update(range(*m.tokens))
        matches += found
    return matches


def glossary_words(glossary) -> frozenset:
    """The glossary's terms for the segmenter, kept whole and taken as names."""
    return glossary.segmenter_words() if glossary is not None else frozenset()


def dedupe(mentions: list[NameMention]) -> list[NameMention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.text not in seen:
            seen.add(m.text)
            out.append(m)
    return out


def _find_full(mention: NameMention, finder: Finder, glossary, claimed: set[int], source: str = "") -> list[Match]:
    person = mention.kind == "person"
    core_len = min(len(f) for f in mention.forms)
    results: dict[int, Match] = {}
    for form in mention.forms:
        reads = py.readings(form, person)
        if not reads:
            continue
        accepted = [r.accepted for r in reads]
        possible = [r.possible for r in reads]
        exonyms = {py.fold(n): n for n in accepted_names(form, glossary)}
        for i, j, folded in finder.starting_with(len(form) + 2, possible[0] | accepted[0], exonyms):
            if i in results or any(k in claimed for k in range(i, j)):
                continue
            sylls = py.match(folded, accepted) if j - i <= len(form) else None
            if sylls and names_another_place(form, folded):
                continue  # "Shanxi" for 陕西 (Shaanxi) names 山西
            if sylls:
                key = "pinyin:" + "".join(sylls[:core_len])
                results[i] = Match(mention, "ok", finder.text(i, j), finder.display(i, j), key, start=i, tokens=(i, j))
                continue
            if folded in exonyms:
                core = _pinyin_head(finder, i, j, [r.accepted for r in py.readings(mention.forms[-1], person)])
                key = "pinyin:" + "".join(core[:core_len]) if core else "name:" + folded
                results[i] = Match(mention, "ok" if core else "exonym", finder.text(i, j), finder.display(i, j),
                                   key, start=i, tokens=(i, j))
                continue
            if j - i <= len(form) and py.match(folded, possible):
                suggestion = suggest(form, mention.kind)
                results[i] = Match(mention, "wrong-reading", finder.text(i, j), finder.display(i, j),
                                   "wrong:" + folded, suggestion, i, (i, j))
    # a longer window found for the whole form wins over one inside it for the core
    out = sorted(results.values(), key=lambda m: (m.tokens[0], -m.tokens[1]))
    kept: list[Match] = []
    last_end = -1
    for m in out:
        if m.tokens[0] >= last_end:
            kept.append(m)
            last_end = m.tokens[1]
    return kept


def _pinyin_head(finder: Finder, i: int, j: int, options: list[frozenset[str]]) -> tuple[str, ...] | None:
    """Syllables of the core name when the leading words of tokens i..j spell it: "Miyun County"."""
    for k in range(j, i, -1):
        found = py.match(py.fold("".join(t.text for t in finder.tokens[i:k])), options)
        if found:
            return found
    return None


def _spells_a_head(form: str, folded: str, person: bool) -> bool:
    """The window spells the first characters of the name: 上海地区 → "Shanghai" (地区 translated as
    "region" or dropped), 阳澄湖 → "Yangcheng" (Lake), 沈阳局 → "Shenyang" (Bureau)."""
    return any(py.match(folded, [r.accepted for r in py.readings(form[:k], person)]) for k in range(2, len(form)))


def _other_romanisation(chars: str, text: str) -> bool:
    """A foreign name's own spelling (qa.lang.transliteration), or Wade–Giles or Cantonese that cannot be
    read as pinyin ("Tsai Ing-wen"): no misspelling. A spelling that is pinyin-shaped too ("Chang Fei")
    stays a misspelling of the pinyin (qa.lang.romanisation)."""
    from qa.lang.romanisation import is_romanisation, pinyin_shaped
    from qa.lang.transliteration import SAME_NAME, looks_transliterated, phonetic_similarity

    if looks_transliterated(chars) and phonetic_similarity(chars, text) >= SAME_NAME:
        return True  # a foreign name written in characters: 穆尼尔 is Munir, not misspelt "Mu Ni'er"
    return is_romanisation(chars, text) and not pinyin_shaped(chars, text)


def _readings(mentions: list[NameMention]) -> dict[str, frozenset[str]]:
    """The pinyin of each source name of the pair, and of the places it opens with: a word that
    spells another name exactly renders that name ("Beijing" for 北京站 beside 北疆 'northern
    Xinjiang'), it is no misspelling of this one."""
    from qa.lang import gazetteer

    out: dict[str, set[str]] = {}
    for mention in mentions:
        forms = {(form, mention.kind == "person") for form in mention.forms if len(form) >= 2}
        forms |= {(form[:k], False) for form, _ in list(forms) for k in range(2, len(form))
                  if gazetteer.kind_of(form[:k]) == gazetteer.PLACE}
        out.setdefault(mention.text, set()).update("".join(py.expected_syllables(f, person)) for f, person in forms)
    return {text: frozenset(found) for text, found in out.items()}


def _find_misspelt(mention: NameMention, finder: Finder, claimed: set[int],
                   others: frozenset[str] = frozenset(), source: str = "") -> list[Match]:
    """A run of capitalised words one or two letters away from the expected pinyin, and not the
    spelling the source itself gives in Latin letters (韩后(Hanhoo) is no misspelt "Han Hou")."""
    person = mention.kind == "person"
    for form in mention.forms:
        if len(form) < 2:
            continue
        expected = "".join(py.expected_syllables(form, person))
        if len(expected) < 6:
            continue
        limit = 1 if len(expected) < 10 else 2
        lengths = range(len(expected) - limit, len(expected) + limit + 1)  # farther is over the limit
        for i, j, folded in finder.near_in_length(len(form), expected[:1], lengths):
            if any(k in claimed for k in range(i, j)) or folded in (expected, *others) or folded[:1] != expected[:1]:
                continue
            words = [t.text for t in finder.tokens[i:j]]
            if any(is_english_word(w) and py.split_syllables(w) is None for w in words):
                continue
            if levenshtein(folded, expected, limit) <= limit and not _other_romanisation(form, finder.text(i, j)) \
                    and not _spells_a_head(form, folded, person) and not written_in_source(finder.text(i, j), source):
                return [Match(mention, "misspelt", finder.text(i, j), finder.text(i, j), "misspelt:" + folded,
                              suggest(form, mention.kind), i, (i, j))]
    return []




# ---------------------------------------------------------------- the document's view


def document_name_matches(pairs: Iterable[Pair], glossary=None) -> dict[str, list[Match]]:
    """Renderings of names for every pair of a document, less the doubtful truncations.

    A given name alone ("Ming said" for 李明说) is kept only where the document has
    not rendered the full name before (or in the same pair) and does not call the
    person that way elsewhere too (a translator's convention: "Baoyu"), unless it
    writes the full name later: then a bare use before it is no convention.
    A name guessed from a surname (贾蓉笑 = 贾蓉 + 笑 "laughed") is only known to
    be longer than its rendering when the document renders the long form in full
    somewhere; likewise 贾蓉笑 ("Jia Rong laughed") when the document names 贾蓉 on its own.
    """
    found = {pair.id: analyse_pair(pair, glossary) for pair in pairs}
    confirmed = {m.name.text for ms in found.values() for m in ms if m.status == "ok"}
    introduced: set[str] = set()  # names rendered in full so far, in document order
    bare: dict[str, int] = {}
    for ms in found.values():
        for m in ms:
            if m.status == "given-name-only":
                bare[m.name.forms[-1]] = bare.get(m.name.forms[-1], 0) + 1

    def doubtful(m: Match) -> bool:
        if m.status != "truncated-given":
            return False
        if m.name.text[:-1] in confirmed:
            return True
        return m.name.guessed and not m.name.titled and m.name.text not in confirmed \
            and _spill_over(m.name.forms[-1][-1])

    out: dict[str, list[Match]] = {}
    # a name the document writes in full somewhere: bare uses before that are no convention of the translation
    written_full = {m.name.forms[-1] for ms in found.values() for m in ms if m.status in ("ok", "exonym")}
    for pid, ms in found.items():  # the pair's full rendering introduces the name only before (first wins)
        full = {f.name.forms[-1]: f.tokens[0] for f in ms[::-1] if f.status in ("ok", "exonym")}
        out[pid] = [m for m in ms if not doubtful(m) and not (m.status == "given-name-only" and (
            m.name.forms[-1] in introduced or full.get(m.name.forms[-1], m.tokens[0]) < m.tokens[0]
            or (bare[m.name.forms[-1]] > 1 and m.name.forms[-1] not in written_full)))]
        introduced |= set(full) | {m.name.forms[-1] for m in ms if m.status == "given-name-only"}  # reported once
    return out


# jieba tags of a single character that often follows a name without being part of it:
# verbs (笑 "laughed", 说 "said"), particles, prepositions, adverbs, pronouns, measure words (道).
_SPILL_OVER_TAGS = ("v", "u", "p", "c", "d", "y", "r", "q", "e")


def _spill_over(char: str) -> bool:
    """A guessed name may have swallowed the word after it (贾蓉笑 = 贾蓉 + 笑): only then is a
    shorter rendering ("Jia Rong") doubtful; 申玉菲 → "Shen Yu" drops a name character."""
    return dictionary_tag(char).startswith(_SPILL_OVER_TAGS)


def without_forbidden(found: list[Match], glossary) -> list[Match]:
    """Renderings less those an explicit glossary rule forbids (T202 reports those, with the editor's rule)."""
    if glossary is None:
        return found
    return [m for m in found if not any(py.fold(e.target) == py.fold(m.span) for e in glossary.forbidden(m.name.text))]


# ---------------------------------------------------------------- what counts as one name across the document

# A capitalised word after a place's rendering that still names the place itself ("Yangtze River Delta"
# keeps the river; "Changjiang Scholars Program" and "Nanhai Fleet" are other things).
_FEATURE_WORDS = frozenset("river lake sea plateau mountain mountains basin delta valley grassland prairie region "
                           "province island islands bay gulf strait peninsula desert".split())


def variant_name(m: Match, target: str, document_target: str = "") -> str:
    """The source name a rendering counts for in M103's comparison, or "" when it counts for none.

    A place's pinyin that opens a longer proper name of the target ("Changjiang Scholars Program",
    "Nanhai Fleet") renders that longer name, not the place: "Yangtze River" elsewhere is no second
    rendering of 长江, unless the document writes that longer name with the place's English name too
    ("South China Sea Research Forum" beside "Nanhai Research Forum": one body, two renderings). A
    place with its unit (南海区, Nanhai District) that the dictionary knows as another entity than its
    bare name (南海, the South China Sea) is its own name.
    """
    from qa.lang import gazetteer

    text, core = m.name.text, m.name.forms[-1]
    if m.name.kind != "person" and _opens_longer_name(m, target, document_target):
        return ""
    if text != core and _other_entity(gazetteer.english_names(text), gazetteer.english_names(core)):
        return text
    return core


def _opens_longer_name(m: Match, target: str, document_target: str = "") -> bool:
    from qa.lang import gazetteer

    tokens = english_tokens(target)
    if not 0 <= m.start < len(tokens):
        return False
    end = tokens[m.start].start + len(m.display)
    nxt = re.match(r" ([A-Z][a-z]+)\b", target[end:])
    if nxt is None or nxt.group(1).lower() in _FEATURE_WORDS:
        return False
    english = {n for form in m.name.forms for n in gazetteer.english_names(form)}
    return not any(f"{name} {nxt.group(1)}" in document_target for name in english)


def _other_entity(long_names: tuple[str, ...], short_names: tuple[str, ...]) -> bool:
    """Two names of the dictionary that share no word: 南海区 "Nanhai District of Foshan City" and
    南海 "South China Sea" are two places; 北京市 and 北京 (both Beijing) are one."""
    def words(names: tuple[str, ...]) -> set[str]:
        return {w.lower() for n in names for w in re.findall(r"[A-Za-z]{3,}", n)} - {"the", "and", "city", "district",
                                                                                      "county", "province", "of"}
    return bool(long_names) and bool(short_names) and not words(long_names) & words(short_names)
