"""T checks: one source term rendered in more than one way across the document, and the reverse.

The renderings come from the terminology layer (qa.terminology.document_terms:
recurring terms matched to phrases spelled from CC-CEDICT and the document's own
co-occurrence lexicon, quoted terms paired by position); the views are memoised
per document, and time grows linearly with the number of pairs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable

from qa.checks.context import DocContext, Problem
from qa.checks.registry import check
from qa.lang.en_words import CONNECTORS, STOP_WORDS, same_word
from qa.lang.hunspell_words import known, singular
from qa.lang.surnames import PLACE_SUFFIXES
from qa.lang.quotes import english_quoted, phrase_key
from qa.terminology import document_terms
from qa.terminology.document_terms import Occurrence, TermIndex
from qa.terminology.vocab import Learned, rendering_shape, same_rendering, term_vocab

__all__ = ["Occurrence", "TermIndex", "quoted_occurrences", "term_index", "term_occurrences"]


def term_index(ctx: DocContext) -> TermIndex:
    """Each pair's candidate terms, the recurring ones and the document's lexicon, once per document."""
    return ctx.memo("terms.index", lambda: document_terms.term_index(ctx.pairs))


def term_occurrences(ctx: DocContext) -> dict[str, list[Occurrence]]:
    """Renderings of every recurring source term, in pair order."""
    return ctx.memo("terms.occurrences", lambda: document_terms.term_occurrences(term_index(ctx)))


def quoted_occurrences(ctx: DocContext) -> dict[str, list[Occurrence]]:
    """English of each quoted Chinese term, paired by position where both sides quote as often."""
    return ctx.memo("terms.quoted", lambda: document_terms.quoted_occurrences(ctx.pairs))


def _merge(occurrences: list[Occurrence]) -> dict[str, list[Occurrence]]:
    """Variants by key. A key inside a longer one ("belt and road" in "belt and road initiative")
    joins it, and so does the same wording inflected otherwise ("work mechanism(s)")."""
    groups: dict[str, list[Occurrence]] = defaultdict(list)
    keys = sorted({o.key for o in occurrences}, key=lambda k: (-len(k), k))
    home: dict[str, str] = {}
    for key in keys:
        words = tuple(key.split())
        placed = [k for k in keys if k in home]
        # the same words inflected otherwise first: "short position" joins "short positions",
        # not the longer "forwards short position" it is also part of
        home[key] = next((home[k] for k in placed if same_rendering(words, tuple(k.split()))),
                         next((home[k] for k in placed if f" {key} " in f" {k} "), key))
    for o in occurrences:
        groups[home[o.key]].append(o)
    return groups


def _display(occurrences: list[Occurrence]) -> str:
    """The spelling used most often in a group ("rural revitalization" over a title's capitals)."""
    counts = Counter(o.text for o in occurrences)
    return max(counts, key=lambda text: (counts[text], -next(k for k, o in enumerate(occurrences) if o.text == text)))


def _variants_problem(term: str, groups: dict[str, list[Occurrence]], glossary, what: str) -> Problem:
    ranked = sorted(groups.values(), key=lambda occ: (-len(occ), occ[0].pair.id))
    preferred = _display(ranked[0])
    if glossary is not None and glossary.preferred(term):
        preferred = glossary.preferred(term)[0].target
    listing = "; ".join(
        f"{_display(occ)!r} ×{len(occ)} ({', '.join(dict.fromkeys(o.pair.id for o in occ))})" for occ in ranked
    )
    minority = next((occ for occ in ranked if phrase_key(occ[0].text) != phrase_key(preferred)), ranked[1])
    first = minority[0]
    return Problem(
        f"{what} {term} is rendered {len(groups)} ways: {listing}",
        source_span=term if term in first.pair.source else "",
        target_span=first.text,
        suggestion=preferred,
        pair=first.pair,
    )


_ADJECTIVE_END = re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible|ary|ory|ant|ent|ing|ed)$")


def _connectors(key: str) -> list[str]:
    return [w for w in key.split() if w in CONNECTORS]


def _substitutions(term: str, groups: dict[str, list[Occurrence]], learned: Learned = ()) -> dict[str, list[Occurrence]]:
    """Keep the majority rendering and the variants that put another word for the same sub-word.

    "social management" for "social governance" is a variant; "controlling the
    epidemic" for "epidemic prevention" is a rephrasing in another order and is
    left alone. A term with its own dictionary name (一带一路) keeps every variant.
    The majority must occur twice: one rendering against one is no evidence.
    """
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[1][0].pair.id))
    major_key, major = ranked[0]
    if len(major) < 2:
        return {}
    vocab = term_vocab(term)
    named = vocab is not None and bool(vocab.whole) and len(vocab.parts) > 1
    major_parts, major_words = rendering_shape(term, major[0].text, learned)
    kept = {major_key: major}
    for key, occ in ranked[1:]:
        parts, words = rendering_shape(term, occ[0].text, learned)
        same_structure = _connectors(occ[0].key) == _connectors(major_key)
        if named or (parts == major_parts and -1 not in parts and same_structure
                     and not (_role_changed(major_words, words) and not _same_place(major, occ))):
            kept[key] = occ
    return kept


def _role_changed(major: tuple[str, ...], variant: tuple[str, ...]) -> bool:
    """The last word trades a noun for an adjective or participle of the same sense, or back:
    the sentence chose the sense, not the translator (政治 "politics" / "political"; 模块机械 "module
    machinery" alone, "module mechanical" before "hydraulic system"; 亚裔申请 "Asian applicants" /
    "Asian applying students"). A verb or a name for a noun ("rural invigorate") stays a variant."""
    if len(major) != len(variant) or not major or any(
            not same_word(a.lower(), b.lower()) for a, b in zip(major[:-1], variant[:-1])):
        return False  # a word inside the phrase modifies the next either way: "number economy" is a slip
    a, b = major[-1].lower(), variant[-1].lower()
    return not same_word(a, b) and ((_noun(a) and _modifier(b)) or (_noun(b) and _modifier(a)))


def _same_place(major: list[Occurrence], variant: list[Occurrence]) -> bool:
    """Every variant stands where the majority rendering mostly stands: before another word (a
    modifier: "mechanical watch" / "machinery male's watch") or ending the phrase. There the
    grammar asks for no other part of speech, so a noun for an adjective is the translator's slip
    ("module mechanical vibration" ×2 and "… and hydraulic" make "module machinery is" grammar)."""
    counts = Counter(_before_a_word(o) for o in major)
    places = {place for place, n in counts.items() if n == max(counts.values())}
    return all(_before_a_word(o) in places for o in variant)


_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")


def _before_a_word(occ: Occurrence) -> bool:
    """The rendering is followed by a content word in its sentence (as its first writing there)."""
    at = occ.pair.target.find(occ.text)
    m = _NEXT_WORD.match(occ.pair.target, at + len(occ.text)) if at >= 0 else None
    return m is not None and m.group(1).lower() not in STOP_WORDS


def _modifier(word: str) -> bool:
    """An adjective or participle with no noun reading: mechanical, political, applying."""
    return _ADJECTIVE_END.search(word) is not None and known(word) and not _noun(word)  # not "Liaoning"


def _noun(word: str) -> bool:
    """Hunspell gives a noun (of a plural: its singular) a possessive: "machinery's", not "mechanical's"."""
    return known(f"{singular(word)}'s")


@check(
    "T101",
    "term-rendered-inconsistently",
    category="Terminology/Inconsistent use",
    requires=("segmenter", "dictionary"),
    severity="minor",
    scope="document",
    example="一带一路 → Belt and Road Initiative ×5, One Belt, One Road ×1",
)
def term_rendered_inconsistently(ctx: DocContext) -> Iterable[Problem]:
    """A recurring source term is translated in more than one way in the document.

    Renderings are English phrases spelled from the term's dictionary glosses
    (社会治理 → social governance / social management); a shorter rendering
    inside a longer one (Belt and Road / Belt and Road Initiative) is not a
    variant. Every variant is listed with its count and pair ids.
    """
    reported: set[frozenset[str]] = set()
    occurrences = term_occurrences(ctx)
    learned = term_index(ctx).learned
    quoted = quoted_occurrences(ctx)
    for term in sorted(occurrences, key=len):
        if term in quoted:
            continue  # “五大要求”: T102 compares the quoted English, one finding is enough
        groups = _substitutions(term, _merge(occurrences[term]), learned.get(term, ()))
        if len(groups) < 2:
            continue
        signature = frozenset(groups)
        if any(signature <= seen or seen <= signature for seen in reported):
            continue  # 社会治理 and 社会治理现代化 share their variants: report once
        reported.add(signature)
        yield _variants_problem(term, groups, ctx.glossary, "the term")


@check(
    "T102",
    "quoted-term-inconsistent",
    category="Terminology/Inconsistent use",
    requires=("segmenter", "dictionary"),
    severity="minor",
    scope="document",
    example="“五大要求” → “Five Requirements” and “Five Demands”",
)
def quoted_term_inconsistent(ctx: DocContext) -> Iterable[Problem]:
    """The same quoted Chinese term gets different quoted English.

    Quotes are paired by position in pairs that quote as often on both sides;
    a variant that is only the majority rendering quoted in another position
    (reordered list) is not counted. Case, trailing punctuation and a leading article are
    ignored (“the best principle” is “best principle” where the sentence wants an article).
    """
    occurrences = quoted_occurrences(ctx)
    for term, occs in occurrences.items():
        groups: dict[str, list[Occurrence]] = defaultdict(list)
        for o in occs:
            groups[_without_article(o.key)].append(o)
        if len(groups) < 2:
            continue
        majority = max(groups, key=lambda k: (len(groups[k]), -min(int(re.sub(r"\D", "", o.pair.id) or 0) for o in groups[k])))
        # drop minority occurrences whose pair also quotes the majority English elsewhere: reordering, not a variant
        for key in list(groups):
            if key != majority:
                groups[key] = [o for o in groups[key]
                               if majority not in {_without_article(phrase_key(q)) for q in english_quoted(o.pair.target)}]
                if not groups[key]:
                    del groups[key]
        if len(groups) >= 2:
            yield _variants_problem(f"“{term}”", groups, ctx.glossary, "the quoted term")


def _without_article(key: str) -> str:
    return re.sub(r"^(?:the|a|an) ", "", key)


_PLACE_SUFFIXES = frozenset(suffix for suffix in PLACE_SUFFIXES if len(suffix) == 1)  # 省, 市, 县 …


def _one_term(a: str, b: str) -> bool:
    """Two source strings for one term: one part of the other (社会治理 / 社会治理现代化), or one
    with a place's administrative suffix the other leaves out (北京市青少年 / 北京青少年)."""
    if a in b or b in a:
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return len(longer) == len(shorter) + 1 and any(
        longer[k] in _PLACE_SUFFIXES and longer[:k] + longer[k + 1 :] == shorter for k in range(1, len(longer)))


@check(
    "T103",
    "rendering-shared-by-terms",
    category="Terminology/Inconsistent use",
    requires=("segmenter", "dictionary"),
    severity="minor",
    scope="document",
    example="社会治理 and 社会管理 both → social governance",
)
def rendering_shared_by_terms(ctx: DocContext) -> Iterable[Problem]:
    """One English rendering stands for different source terms.

    Only the majority rendering of each term counts, and only terms that are
    not part of one another (社会治理 / 社会治理现代化) and never share a pair.
    """
    by_rendering: dict[str, list[tuple[str, list[Occurrence]]]] = defaultdict(list)
    for term, occs in term_occurrences(ctx).items():
        groups = _merge(occs)
        key, occ = max(groups.items(), key=lambda kv: (len(kv[1]), kv[0]))
        by_rendering[key].append((term, occ))
    for key, terms in by_rendering.items():
        distinct = [(t, o) for t, o in terms if not any(t != u and _one_term(t, u) for u, _ in terms)]
        if len(distinct) < 2:
            continue
        (t1, o1), (t2, o2) = distinct[:2]
        if {o.pair.id for o in o1} & {o.pair.id for o in o2}:
            continue
        first = o2[0]
        yield Problem(
            f"{o1[0].text!r} renders both {t1} ({len(o1)}×: {', '.join(dict.fromkeys(o.pair.id for o in o1))}) "
            f"and {t2} ({len(o2)}×: {', '.join(dict.fromkeys(o.pair.id for o in o2))})",
            source_span=t2, target_span=first.text, pair=first.pair,
        )
