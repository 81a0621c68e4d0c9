"""Near-variants of a recurring English rendering, anchored to the source term both render.

T101 finds the rendering of a recurring *source* term through dictionary
glosses; an editor reads the other way round too: "Central Political and Legal
Affairs Committee" four times and once "Central Political and Legal Committee",
"for the New Era" twice and once "for a New Era", "work mechanisms" and once
"working mechanisms". Those slips are visible on the English side alone, so this
module finds recurring English phrases (capitalised runs: bodies, titles, slogans;
and two-word lower-case terms) and the once-written forms one edit away (a word
dropped or changed, a small word swapped, a word in another form).

A variant is reported only when the source says it is the same thing: some
Chinese string is in the source of every pair of the majority phrase and of the
variant's pair, and the document uses that string mostly where the majority
phrase stands (`source_anchor`). Different senses (发展中国家 "developing
countries" / 发达国家 "developed countries") have different anchors and stay
silent; so do shortened references (a phrase's first or last word dropped).
One slip needs no anchor: a two-word term's modifier in another derivation
("person income tax" beside "personal income tax") is wrong English or an
inconsistency whatever the source says.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Iterable, Literal

from qa.lang.en_dictionary import is_english_word
from qa.lang.en_words import CONNECTORS, DETERMINERS, STOP_WORDS, Token, english_tokens
from qa.lang.hunspell_words import known, singular
from qa.lang.pinyin import split_syllables
from qa.lang.transliteration import dotted_name_written
from qa.model import Pair
from qa.terminology.source_anchor import ANCHOR_QUORUM, source_anchor

Kind = Literal["word dropped", "word added", "word changed", "small word", "form", "case"]

SMALL_WORDS = frozenset("a an the of for on in to with at by from".split())
_SPLITTERS = frozenset("of for on in to with at by from".split())  # a run's parts are named apart
_LEADING = frozenset("a an the at in on for of to by from as and but with under after before since during".split())
_INFLECTIONS = frozenset({frozenset({"", "s"}), frozenset({"", "es"}), frozenset({"y", "ies"}), frozenset({"", "ed"}),
                          frozenset({"", "d"}), frozenset({"ed", "ing"}), frozenset({"e", "ed"}), frozenset({"e", "ing"}),
                          frozenset({"", "er"}), frozenset({"", "est"}), frozenset({"er", "est"}), frozenset({"s", "ed"}),
                          frozenset({"s", "ing"}), frozenset({"es", "ed"}), frozenset({"es", "ing"})})
# endings that make another part of speech of one stem: experiment/experimental, operation/operating,
# democracy/democratic, system/systemic/systematic, work/working
_DERIVATIONS = frozenset(("", "al", "ic", "ical", "atic", "ing", "ion", "ation", "ment", "y", "cy", "tic", "ive", "ional",
                         "ary", "ity", "ities", "ly"))
_NOT_TERM_WORDS = frozenset("""against among amongst within without across along around behind beyond toward towards
    upon onto off even again ever never always still already back away""".split())
# a verb and its object follow these, not a term: "to herd buffalo", "when you play games"
_VERB_BEFORE = frozenset("to will would can could must should may might shall do does did not i you we they he she who".split())
# before a word, these make it a noun or a noun's modifier: "the work mechanisms", "of work"
_NOMINAL_BEFORE = DETERMINERS | frozenset("of in for on with by from at such new".split())
# the generic words that open a body's name, which translators swap: State/National Administration
GENERIC_QUALIFIERS = frozenset("state national international global central federal public".split())
# the generic head of a body's name, which translators swap: Committee/Commission, Ministry/Department
BODY_WORDS = frozenset("""committee commission conference meeting congress council bureau office department ministry
    administration authority agency station centre center institute college university school hospital society
    association federation union group company corporation court tribunal forum summit government bank fund academy
    league assembly board service services agency""".split())
_GAP = re.compile(r"[ \u00a0]+|\s*-\s*")  # inside one phrase: spaces or a hyphen, never a comma or a line break
_HEADING_GAP = re.compile(r"[ \u00a0]+|-")  # a headline's spaced dash ends a name: "… Science Forum - Xinhua News"
MIN_WORD_ANCHOR = 3  # characters: a body's name changed or cut needs a name-sized source string (卫生部)


@dataclass(frozen=True)
class Phrase:
    """One written occurrence of a candidate phrase in one pair's target."""

    pair: Pair
    text: str
    words: tuple[str, ...]  # lower case
    capitalised: bool
    before: str = ""  # the word before it, lower case
    heading: bool = False  # in a title-case line: it counts for the majority, never as the variant


@dataclass(frozen=True)
class Variant:
    """A once-written variant of a recurring phrase, with the source string both render."""

    kind: Kind
    majority: tuple[Phrase, ...]
    variant: Phrase
    anchor: str


def title_like(tokens: tuple[Token, ...]) -> bool:
    """A heading or title in title case: its capitals say nothing about a word's case. A sentence
    crowded with names ("… to Australia, New Zealand, North America and Japan …") still has its
    lower-case words: four or more make it a sentence."""
    content = [t for t in tokens if t.text.lower() not in STOP_WORDS]
    capitalised = sum(t.capitalised for t in content)
    return len(content) >= 2 and capitalised >= 0.7 * len(content) and len(content) - capitalised < 4


def _sub_runs(tokens: tuple[Token, ...]) -> Iterable[tuple[int, int]]:
    """(start, end) of a run and of every part of it between prepositions: "Secretary-General of
    the Central Political and Legal Affairs Committee" holds the committee's own name."""
    cuts = [k for k, t in enumerate(tokens) if t.text.lower() in _SPLITTERS]
    bounds = [-1] + cuts + [len(tokens)]
    for a, b in combinations(range(len(bounds)), 2):
        start, end = bounds[a] + 1, bounds[b]
        while start < end and tokens[start].text.lower() in _LEADING:
            start += 1
        while end > start and not tokens[end - 1].capitalised:
            end -= 1
        if sum(t.text.lower() not in STOP_WORDS for t in tokens[start:end]) >= 2:
            yield start, end


def _capitalised_runs(pair: Pair, tokens: tuple[Token, ...], heading: bool = False) -> Iterable[Phrase]:
    """Runs of capitalised words with small words inside ("Committee of the Communist Party") and
    their parts, without a leading function word ("At the …") or trailing small words."""
    text = pair.target
    gap = _HEADING_GAP if heading else _GAP
    k = 0
    while k < len(tokens):
        if not tokens[k].capitalised:
            k += 1
            continue
        j, last = k + 1, k
        while j < len(tokens) and gap.fullmatch(text[tokens[j - 1].end : tokens[j].start] or "x"):
            if tokens[j].capitalised:
                last = j
            elif tokens[j].text.lower() not in CONNECTORS:
                break
            j += 1
        run = tokens[k : last + 1]
        for start, end in set(_sub_runs(run)):
            part = run[start:end]
            yield Phrase(pair, text[part[0].start : part[-1].end], tuple(t.text.lower() for t in part), True,
                         heading=heading)
        k = last + 1


def _lowercase_terms(pair: Pair, tokens: tuple[Token, ...]) -> Iterable[Phrase]:
    """Two lower-case content words side by side: "work mechanisms", "rural revitalization"."""
    text = pair.target
    for k in range(len(tokens) - 1):
        a, b = tokens[k], tokens[k + 1]
        if a.capitalised or b.capitalised or text[a.end : b.start] != " ":
            continue
        if k and tokens[k - 1].text.lower() in _VERB_BEFORE:
            continue  # "to herd buffalo": a verb and its object, not a term
        words = (a.text.lower(), b.text.lower())
        if any(w in STOP_WORDS or w in _NOT_TERM_WORDS or len(w) < 3 or not w.isalpha() for w in words):
            continue
        yield Phrase(pair, text[a.start : b.end], words, False, tokens[k - 1].text.lower() if k else "")


def document_phrases(pairs: Iterable[Pair]) -> list[Phrase]:
    """Every candidate phrase of every pair's target, in pair order. A heading's capitalised runs
    are marked: its capitals say nothing of a variant, but the name it writes in full ("… to the
    2021 Greater Bay Area Science Forum - Xinhua News") is one more use of the document's form."""
    out: list[Phrase] = []
    for pair in pairs:
        if pair.is_one_sided:
            continue
        tokens = english_tokens(pair.target)
        out += _capitalised_runs(pair, tokens, heading=title_like(tokens))
        out += _lowercase_terms(pair, tokens)
    return out


# ---------------------------------------------------------------- how two phrases differ


def suffix_pair(a: str, b: str) -> tuple[str, str] | None:
    """The endings of two forms of one word ("work"/"working" → "", "ing"), or None."""
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    if common < 4 or common < 0.6 * min(len(a), len(b)):
        return None
    return a[common:], b[common:]


def _derivation_ends(a: str, b: str) -> tuple[str, str] | None:
    """The derivational endings of two forms of one stem, or None. The shared letters may run
    into the endings ("comprehensi-ve"/"comprehensi-on", "operati-on"/"operati-ng"), so the stem
    is shortened, down to four letters, until both endings are derivations."""
    ends = suffix_pair(a, b)
    if ends is None or frozenset(ends) in _INFLECTIONS:
        return None  # plural, past tense, comparative: grammar, not another derivation
    stem = len(a) - len(ends[0])
    for cut in range(stem, max(3, stem - 3), -1):
        if a[cut:] in _DERIVATIONS and b[cut:] in _DERIVATIONS:
            return a[cut:], b[cut:]
    return None


def form_variant(a: str, b: str) -> bool:
    """Two derivations of one stem ("systemic"/"systematic", "work"/"working"), not an
    inflection grammar asks for (plural, past tense, comparative)."""
    return a != b and _derivation_ends(a, b) is not None and is_english_word(a) and is_english_word(b)


def is_name_word(word: str) -> bool:
    """A romanised Chinese name part ("xi", "jinping"; short ones even when English has the word:
    "xi" is also a Greek letter): a dropped or changed one is the names checks' matter."""
    if word in STOP_WORDS or split_syllables(word) is None:
        return False
    return len(word) <= 3 or not is_english_word(word)


def _changed_word(x: str, y: str, k: int, length: int, capitalised: bool) -> Kind | None:
    """How one changed word makes a variant: another form, another small word, another word of a
    body's name of three words or more (its generic head or opening anywhere, Ministry/Department,
    State/National; any inner word, even in another number inside a name of four words or more)."""
    ends = suffix_pair(x, y)
    inner = 0 < k < length - 1
    if is_name_word(x) or is_name_word(y):
        return None  # names are the M checks'
    if ends is not None and frozenset(ends) in _INFLECTIONS:
        # TV/TVs follows the grammar; inside a long name it does not (Conservative Parties Human Rights
        # Commission), nor does a name's opening word (Parties Central Committee): only its head inflects
        return "word changed" if capitalised and k < length - 1 and (inner and length >= 4 or not k and length >= 3) else None
    if form_variant(x, y) and (capitalised or k < length - 1):
        return "form"  # in a lower-case term only the modifier: "acid test(ing)" follows the grammar
    if x in SMALL_WORDS and y in SMALL_WORDS:
        return "small word" if capitalised else None
    if not capitalised or x in STOP_WORDS or y in STOP_WORDS:
        return None
    swapped = (x in BODY_WORDS and y in BODY_WORDS) or (x in GENERIC_QUALIFIERS and y in GENERIC_QUALIFIERS)
    # one stem in another form opening a name: Centre/Central Economic Work Conference, China/Chinese Academy
    restemmed = not k and ends is not None
    if length >= 3 and (inner or swapped or restemmed):
        return "word changed"
    # two-word names say too little: National Congress and National Committee are two bodies;
    # Beijing/Sarajevo Winter Olympics, North/South Korea: another thing, not a variant
    return None


def difference_kind(major: tuple[str, ...], minor: tuple[str, ...], capitalised: bool) -> Kind | None:
    """How `minor` differs from `major` by one edit (two small-word edits in a long title), or None."""
    if len(major) == len(minor):
        diffs = [k for k, (x, y) in enumerate(zip(major, minor)) if x != y]
        if len(diffs) == 1:
            x, y = major[diffs[0]], minor[diffs[0]]
            return _changed_word(x, y, diffs[0], len(major), capitalised)
        if len(diffs) == 2 and len(major) >= 6 and capitalised and all(
            major[k] in SMALL_WORDS and minor[k] in SMALL_WORDS for k in diffs
        ):
            return "small word"
        return None
    if not capitalised or abs(len(major) - len(minor)) != 1:
        return None
    longer, shorter = (major, minor) if len(major) > len(minor) else (minor, major)
    for k in range(1, len(longer) - 1):  # inner words only: a first or last word dropped is a short form
        if longer[:k] + longer[k + 1 :] == shorter and not is_name_word(longer[k]):
            if longer[k] in STOP_WORDS:
                return "small word"
            return "word dropped" if longer is major else "word added"
    return None


def _source_name_part(major: tuple[str, ...], minor: tuple[str, ...], phrases: list[Phrase]) -> bool:
    """The added word and its neighbour are a name a source writes with a dot ("Brett Kavanaugh", 布雷特·卡瓦诺): the M checks' matter."""
    longer, shorter = (major, minor) if len(major) > len(minor) else (minor, major)
    k, word = next((k, w) for k, w in enumerate(longer) if k >= len(shorter) or shorter[k] != w)
    return any(dotted_name_written(word, longer[max(k - 1, 0) : k] + longer[k + 1 : k + 2], source)
               for source in {p.pair.source for p in phrases})


def _one_named_body(major: tuple[str, ...], minor: tuple[str, ...]) -> bool:
    """Two writings of one body's name, whatever the source says there (该机场 "the airport" for
    广州白云机场, an abbreviation): two or more proper words in common (Guangzhou Baiyun, Hong Kong),
    and the words that differ all common English words (International / Global), not a place. The
    caller asks that the variant's sentence not name the majority's body too ("the Beijing Summer
    Olympics in 2008 … Beijing Winter Olympics" are two games)."""
    proper = [w for w in major if w in minor and not known(w)]
    changed = [w for w in (set(major) ^ set(minor)) if w not in STOP_WORDS]
    return len(proper) >= 2 and bool(changed) and all(known(w) for w in changed)


def _verb_and_gerund(phrases: list[Phrase]) -> bool:
    """A lower-case term's first word as a verb and its -ing form ("and maintain stability" /
    "while maintaining stability"): grammar, when the bare word is only a verb (the dictionary
    gives it no possessive: "maintain", never "process", "work", "trend") and no article or
    preposition before it makes it a noun's modifier ("the learn conditions")."""
    firsts = {p.words[0] for p in phrases}
    if len(firsts) != 2 or any(p.capitalised for p in phrases):
        return False
    base, other = sorted(firsts, key=len)
    if other != base + "ing" and other != base[:-1] + "ing":
        return False
    if not known(base) or known(f"{base}'s"):
        return False
    return not any(p.before in _NOMINAL_BEFORE for p in phrases if p.words[0] == base)


def _neighbour_keys(words: tuple[str, ...]) -> Iterable[tuple[str, ...]]:
    """Keys two phrases one edit apart share: each word wildcarded, each inner word removed."""
    for k in range(len(words)):
        yield words[:k] + ("*",) + words[k + 1 :]
        if 0 < k < len(words) - 1:
            yield words[:k] + words[k + 1 :]
    yield words
    if len(words) >= 6:
        for i, j in combinations(range(len(words)), 2):
            if words[i] in SMALL_WORDS and words[j] in SMALL_WORDS:
                yield words[:i] + ("*",) + words[i + 1 : j] + ("*",) + words[j + 1 :]


# ---------------------------------------------------------------- the search


def phrase_variants(pairs: Iterable[Pair], phrases: list[Phrase] | None = None) -> list[Variant]:
    """Once-written variants of the document's recurring phrases, each with its source anchor
    (`phrases`: document_phrases(pairs), when the caller has them already)."""
    pairs = [p for p in pairs if not p.is_one_sided]
    sources = {p.id: p.source for p in pairs}
    by_words: dict[tuple[str, ...], list[Phrase]] = defaultdict(list)
    for phrase in document_phrases(pairs) if phrases is None else phrases:
        by_words[phrase.words].append(phrase)
    pair_sets = {words: {p.pair.id for p in found} for words, found in by_words.items()}
    neighbours: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for words in by_words:
        for key in _neighbour_keys(words):
            neighbours[key].append(words)
    out: list[Variant] = []
    seen: set[tuple[str, str]] = set()
    for major, found in by_words.items():
        if len(pair_sets[major]) < 2 or all(p.heading for p in found):
            continue  # headings alone set no form: their capitals and their wording are the headline's
        for key in _neighbour_keys(major):
            for minor in neighbours[key]:
                if minor == major or len(pair_sets[minor]) >= len(pair_sets[major]):
                    continue
                capitalised = found[0].capitalised and by_words[minor][0].capitalised
                kind = difference_kind(major, minor, capitalised)
                if kind is None or (kind == "form" and _verb_and_gerund(found + by_words[minor])):
                    continue
                if kind in ("word added", "word dropped") and _source_name_part(major, minor, found + by_words[minor]):
                    continue
                for phrase in by_words[minor]:
                    if phrase.heading or (phrase.pair.id, phrase.text) in seen:
                        continue
                    anchor = _anchor(phrase, pair_sets[major], found, sources, kind)
                    if len(anchor) < (MIN_WORD_ANCHOR if kind.startswith("word") else 2):
                        if not (kind == "form" and _derived_modifier(major, minor, phrase.before, found)
                                or kind.startswith("word") and capitalised and phrase.pair.id not in pair_sets[major]
                                and _one_named_body(major, minor)):
                            continue
                        anchor = ""  # an adjective's form ("person income tax"), one body's name ("… Global Airport")
                    seen.add((phrase.pair.id, phrase.text))
                    out.append(Variant(kind, tuple(found), phrase, anchor))
    return outermost(out)


def _derived_modifier(major: tuple[str, ...], minor: tuple[str, ...], before: str, found: list[Phrase]) -> bool:
    """A two-word term's modifier in another derivation that is no verb form ("personal" /
    "person", "functional" / "function", "critical" / "critic"): wrong English or an
    inconsistency whatever the source says, so no anchor is needed. "-ing" forms count only
    after an article or a preposition, which makes the two words a noun phrase ("the miss
    persons" beside "the missing persons", "with outstand achievements") or after the content word
    the majority form also follows ("the female lead role" beside "the female leading role": one
    three-word term); elsewhere "build materials" beside "building materials" may be a verb and its object."""
    if len(major) != 2 or major[1] != minor[1]:
        return False
    ends = _derivation_ends(major[0], minor[0])
    # (an adjective: a plural noun before it is the verb's subject, "farmers switch production")
    same_term = (bool(before) and before not in STOP_WORDS | _VERB_BEFORE and singular(before) == before
                 and any(p.before == before for p in found))
    return ends is not None and ("ing" not in ends or before in _NOMINAL_BEFORE or same_term)


def _anchor(phrase: Phrase, major_pairs: set[str], major: list[Phrase], sources: dict[str, str], kind: Kind) -> str:
    """The variant's source anchor. When its pair also holds the majority form, the other majority
    pairs decide, and the pair's source must write the term once per rendering ("smart phone" and
    "smarting phone" both for 智能手机 twice; "Ministry of Commerce" and "Ministry of Education"
    are two bodies), unless only a small word differs: no two bodies are told apart by "of" and
    "for" (the source may write the bank once in full and once as 农发行)."""
    # a body's name changed or cut is anchored in a name-sized string (个人所得税法, not its 税法,
    # which the document may share more widely)
    shortest = MIN_WORD_ANCHOR if kind.startswith("word") else 2
    if phrase.pair.id not in major_pairs:
        return source_anchor(major_pairs, phrase.pair.source, sources, shortest=shortest, quorum=ANCHOR_QUORUM,
                             own_pair_counted=False)
    others = major_pairs - {phrase.pair.id}
    if len(others) < 2:
        return ""
    renderings = 1 if kind == "small word" else 1 + sum(1 for m in major if m.pair.id == phrase.pair.id)
    return source_anchor(others, phrase.pair.source, sources, shortest=shortest, quorum=ANCHOR_QUORUM,
                         times=renderings, own_pair_counted=False)


def outermost(variants: list[Variant]) -> list[Variant]:
    """One variant per slip: the longest phrase of a pair holds the shorter ones cut from it."""
    kept: list[Variant] = []
    for v in sorted(variants, key=lambda v: -len(v.variant.text)):
        if not any(k.variant.pair.id == v.variant.pair.id and v.variant.text in k.variant.text for k in kept):
            kept.append(v)
    return sorted(kept, key=lambda v: v.variant.pair.id)
