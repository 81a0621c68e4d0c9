"""M checks: names romanized from the wrong reading, with a part dropped, misspelt, missing or inconsistent.

The analysis lives in the terminology layer: qa.terminology.name_renderings
finds every rendering of every Chinese name of a pair (and filters the
document's doubtful truncations), qa.terminology.titled_names the titled people
the target does not name. The checks here read those views, memoised per
document and pair, and turn them into findings.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from qa.checks.context import DocContext, PairContext, Problem
from qa.checks.registry import check
from qa.lang import gazetteer
from qa.lang import pinyin as py
from qa.lang.transliteration import looks_transliterated
from qa.lang.zh import HAN, NAME_DOTS
from qa.lang.zh_names import NameMention
from qa.model import Pair
from qa.terminology.name_finder import Match, cedict_exonyms, suggest
from qa.terminology.name_renderings import analyse_pair, document_name_matches, variant_name, without_forbidden
from qa.terminology.entities import document_names, document_renderings, document_unrendered, never_rendered_names
from qa.terminology.entity_issues import EntityIssue, pair_entity_issues
from qa.terminology.rendered_elsewhere import rendered_somewhere
from qa.terminology.titled_names import missing_titled
from qa.terminology.pinyin_renderings import pinyin_beside_names
from qa.terminology.respelt import RESPELT
from qa.terminology.written_forms import names_written_apart
from qa.terminology.named_otherwise import dotted_surname, surname_named

__all__ = ["Match", "document_matches", "entity_issues", "missing_titled_names"]


def document_matches(doc: DocContext) -> dict[str, list[Match]]:
    """Renderings of names for every body pair, computed once per document."""
    return doc.memo("names.matches", lambda: document_name_matches(doc.pairs, doc.glossary))


def _all_matches(pair: Pair, ctx: PairContext) -> list[Match]:
    """Every rendering of the pair's source names, from the document view when it holds the pair."""
    found = document_matches(ctx.doc).get(pair.id)
    if found is None:  # a pair the document view did not include
        found = ctx.memo("names.pair", lambda: analyse_pair(pair, ctx.doc.glossary))
    return found


def entity_issues(pair: Pair, ctx: PairContext) -> list[EntityIssue]:
    """Entities of the pair's source the target alters or replaces (qa.terminology.entities)."""
    def compute() -> list[EntityIssue]:
        document_source = ctx.doc.memo("names.document_names", lambda: document_names(ctx.doc.pairs, ctx.doc.glossary))
        renderings = ctx.doc.memo("names.renderings", lambda: document_renderings(ctx.doc.pairs))
        unrendered = ctx.doc.memo("names.unrendered", lambda: document_unrendered(ctx.doc.pairs, document_matches(ctx.doc),
                                                                                  ctx.doc.glossary, renderings))
        never = ctx.doc.memo("names.never_rendered", lambda: rendered_somewhere(
            ctx.doc.pairs, unrendered, never_rendered_names(ctx.doc.pairs, unrendered, ctx.doc.glossary), ctx.doc.glossary))
        issues = pair_entity_issues(pair, _all_matches(pair, ctx), ctx.doc.glossary, document_source, never,
                                    unrendered.get(pair.id), renderings)
        text = ctx.doc.memo("names.source_text", lambda: "\n".join(p.source for p in ctx.doc.pairs))
        return [i for i in issues if not (i.status == "altered" and _foreign_part(i.source_span, text)
                                          and not i.detail.startswith(RESPELT))]  # against the document's own English

    return ctx.memo("names.entities", compute)


def _foreign_part(span: str, document_source: str) -> bool:
    """The span is written next to a name dot between Chinese characters somewhere in the document
    (多利·蒙加): part of a foreign name, whose English ("Menga") follows the person's own spelling, not the
    characters' pinyin. A bullet opening a line (•杭州) is no name dot."""
    if gazetteer.city_or_larger(span) and not looks_transliterated(span):
        return False  # 2018宝鸡·丝绸之路 (a title's parts): a Chinese city beside a dot is still spelt in pinyin
    dot, name = f"[{NAME_DOTS}]", re.escape(span)
    return bool(span) and re.search(f"{HAN.pattern}{dot}{name}|{name}{dot}{HAN.pattern}", document_source) is not None


def _pair_matches(pair: Pair, ctx: PairContext) -> list[Match]:
    """The pair's name renderings, less those an explicit glossary rule forbids:
    T202 reports those, with the editor's own rule as the reason."""
    return without_forbidden(_all_matches(pair, ctx), ctx.doc.glossary)


# ---------------------------------------------------------------- checks


def missing_titled_names(pair: Pair, ctx: PairContext) -> list[NameMention]:
    """People the source names with a title (习近平总书记, 秘书长陈一新) that have no rendering in the target
    (qa.terminology.titled_names)."""
    return ctx.memo("names.missing_titled", lambda: missing_titled(pair, _all_matches(pair, ctx), ctx.doc.glossary))


def _problem(m: Match, message: str, ctx: PairContext) -> Problem:
    """A finding on one rendering of a name: the name in the source, its rendering in the target.

    The suggestion is the glossary's required rendering when it has one (the
    editor's rule wins over the pinyin), else the corrected romanization.
    """
    required = _glossary_rendering(m.name.text, ctx)
    if required and required != m.suggestion:
        message += f" (the glossary requires {required!r})"
    return Problem(message, source_span=m.name.text, target_span=m.span, suggestion=required or m.suggestion)


def _glossary_rendering(name: str, ctx: PairContext) -> str:
    """The glossary's required rendering of a source name, or ""."""
    preferred = ctx.doc.glossary.preferred(name) if ctx.doc.glossary is not None else []
    return preferred[0].target if preferred else ""


@check(
    "M101",
    "wrong-polyphone-reading",
    category="Accuracy/Mistranslation",
    requires=("segmenter", "romaniser", "dictionary", "word-list"),
    severity="major",
    example="长安君 → Zhang Anjun (长 is cháng in 长安: Chang'an Jun)",
)
def wrong_polyphone_reading(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A name is romanized from a wrong reading of a polyphonic character.

    The rendering spells the name only with a reading the character has
    elsewhere (长 zhǎng, 重 zhòng, 曾 céng), not the one it has in this name
    (phrase dictionary, CC-CEDICT proper-noun reading, surname reading).
    """
    for m in _pair_matches(pair, ctx):
        if m.status == "wrong-reading":
            yield _problem(m, f"{m.name.text} is romanized from a wrong reading: {m.span!r} should be {m.suggestion!r}", ctx)


@check(
    "M102",
    "dropped-name-part",
    category="Accuracy/Omission",
    requires=("segmenter", "romaniser", "dictionary", "word-list"),
    severity="major",
    example="习近平总书记 → General Secretary Jinping (Xi dropped)",
)
def dropped_name_part(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A person named in full in the source loses the surname or part of the given name.

    "General Secretary Jinping" for 习近平总书记, "Guo Sheng" for 郭声琨.
    """
    for m in _pair_matches(pair, ctx):
        if m.status in ("dropped-surname", "truncated-given", "given-name-only"):
            what = "part of the given name" if m.status == "truncated-given" else "surname"
            yield _problem(m, f"{m.name.text}: the {what} is missing in {m.span!r}", ctx)


@check(
    "M104",
    "name-misspelt",
    category="Fluency/Spelling",
    requires=("segmenter", "romaniser", "dictionary", "word-list"),
    severity="major",
    example="郭声琨 → Guo Shengkum (Guo Shengkun)",
)
def name_misspelt(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A romanized name is one or two letters away from the name's pinyin.

    Only runs of capitalised words that are not English words and are close to
    the expected pinyin of a name in the source are considered.
    """
    for m in _pair_matches(pair, ctx):
        if m.status == "misspelt":
            yield _problem(m, f"{m.name.text} is misspelt: {m.span!r}, its pinyin is {m.suggestion!r}", ctx)
    for issue in entity_issues(pair, ctx):
        if issue.status == "altered":
            suggestion = _glossary_rendering(issue.source_span, ctx) or issue.suggestion
            yield Problem(f"{issue.source_span} is misspelt: {issue.target_span!r}, {issue.detail}",
                          source_span=issue.source_span, target_span=issue.target_span, suggestion=suggestion)


@check(
    "M105",
    "titled-name-missing",
    category="Accuracy/Omission",
    requires=("segmenter", "romaniser", "dictionary", "word-list"),
    severity="major",
    example="秘书长陈一新强调 → The Secretary-General stressed (Chen Yixin missing)",
)
def titled_name_missing(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A person the source names with a title has no rendering at all in the target.

    Official texts name office-holders with their title (习近平总书记,
    秘书长陈一新), and the English keeps the name: "the Secretary-General
    stressed" loses who spoke. Only names next to a title are judged: a bare
    name is too often rendered as "he", or by a translated nickname (韦小宝 →
    Trinket), to tell a drop from style. Any rendering counts as present, the
    surname alone too ("President Xi"), and a misspelt or wrong one (other
    checks report those). Foreign people's names written in Chinese are not
    pinyin: a name with no Chinese surname, with characters of
    transliteration (特朗普, 杜鲁门) is not judged; a name before a name dot (艾琳·琼斯) is a
    foreign name, named when its surname is ("Presiding Officer Jones"), and reported with no pinyin
    suggested when it is not; nothing is reported
    while the target holds an unaccounted name ("Chancellor Merkel", "Vice
    Chairman Edmund Ho") that such a name could be.
    """
    for mention in missing_titled_names(pair, ctx):
        surname = dotted_surname(mention, pair.source)
        if surname:  # 艾琳·琼斯: a foreign name's first part, no pinyin to judge; its surname named is the name
            if surname_named(mention, pair):
                continue
            whole = pair.source[mention.start : mention.start + len(mention.text) + 1 + len(surname)]
            yield Problem(f"{whole}, named with a title in the source, is not named in the target.",
                          source_span=mention.text, suggestion=_glossary_rendering(whole, ctx) or _bracketed_latin(whole, pair.source))
            continue
        suggestion = _glossary_rendering(mention.text, ctx) or suggest(mention.forms[-1], "person")
        yield Problem(f"{mention.text}, named with a title in the source, is not named in the target.",
                      source_span=mention.text, suggestion=suggestion)


def _bracketed_latin(name: str, source: str) -> str:
    """The Latin spelling the source gives in brackets after the name (艾琳·琼斯（Elin Jones）), or "": a
    foreign name's transliteration is no pinyin to suggest."""
    found = re.search(rf"{re.escape(name)}[（(]([A-Za-z][A-Za-z .'-]*)[）)]", source)
    return found.group(1).strip() if found else ""


@check(
    "M103",
    "name-romanized-inconsistently",
    category="Terminology/Inconsistent use",
    requires=("segmenter", "romaniser", "dictionary", "word-list"),
    severity="minor",
    scope="document",
    example="扎赉特旗 → Jalaid Banner (1) and Zhalaite Banner (3) in one document",
)
def name_romanized_inconsistently(ctx: DocContext) -> Iterable[Problem]:
    """One name is rendered in more than one way in the document.

    Pinyin and an accepted exonym are both fine alone, but not both in one
    document; every variant is listed with its count and pair ids.
    """
    by_name: dict[str, dict[str, list[tuple[Pair, Match]]]] = defaultdict(lambda: defaultdict(list))
    pairs = {p.id: p for p in ctx.pairs}
    english = "\n".join(p.target for p in ctx.pairs)
    for pair_id, matches in document_matches(ctx).items():
        for m in matches:
            name = variant_name(m, pairs[pair_id].target, english) if m.status in ("ok", "exonym") else ""
            if name:
                by_name[name][m.key].append((pairs[pair_id], m))
    for name, variants in by_name.items():
        if len(variants) < 2:
            continue
        if not any(k.startswith("pinyin:") for k in variants) and not (ctx.glossary and ctx.glossary.lookup(name)):
            continue  # two dictionary translations (Central Committee / Party Central Committee) are the term checks' business
        label = max((m.name.text for occ in variants.values() for _, m in occ), key=len)
        ranked = sorted(variants.items(), key=lambda kv: (-len(kv[1]), kv[1][0][0].id))
        preferred = _preferred_variant((label, name), ranked, ctx.glossary)
        listing = "; ".join(
            f"{occ[0][1].display!r} ×{len(occ)} ({', '.join(dict.fromkeys(p.id for p, _ in occ))})" for _, occ in ranked
        )
        minority = next(occ for key, occ in ranked if occ[0][1].display != preferred)
        pair, match = minority[0]
        yield Problem(
            f"{label} is rendered {len(variants)} ways: {listing}",
            source_span=match.name.text,
            target_span=match.span, suggestion=preferred, pair=pair,
        )
    reported: set[tuple[str, str]] = set()
    for variants in by_name.values():
        for occurrences in variants.values():
            for problem in _written_apart(occurrences):
                reported.add((problem.pair.id, problem.target_span))
                yield problem
    for slip in names_written_apart(ctx.pairs):  # names the matcher does not know: shops, companies
        if (slip.pair.id, slip.written) not in reported and not any(
            pid == slip.pair.id and slip.written in span for pid, span in reported
        ):
            reported.add((slip.pair.id, slip.written))
            yield Problem(f"{slip.usual!r} ({', '.join(slip.usual_pairs)}) is written {slip.written!r} here; "
                          f"both for {slip.anchor}", source_span=slip.anchor, target_span=slip.written,
                          suggestion=slip.usual, pair=slip.pair)
    reported_names = {(pair_id, py.fold(span)) for pair_id, span in reported}
    for use in pinyin_beside_names(ctx.pairs):  # where the matcher saw one writing only: 内蒙古高原 as one word
        if (use.pair.id, py.fold(use.pinyin)) not in reported_names and len(by_name.get(use.source, ())) < 2:
            yield Problem(f"{use.source} is written in pinyin, {use.pinyin!r}, here and {use.name!r} in "
                          f"{', '.join(use.name_pairs)}", source_span=use.source, target_span=use.pinyin,
                          suggestion=use.name, pair=use.pair)


def _written_apart(occurrences: list[tuple[Pair, Match]]) -> Iterable[Problem]:
    """One romanisation written two ways: syllables joined, spaced or hyphenated, an apostrophe
    dropped (Zhejiang / Zhe Jiang, Xi’an / Xian). The majority form is suggested; on a tie the
    form pinyin writes (joined, with its apostrophe)."""
    by_form: dict[str, list[tuple[Pair, Match]]] = defaultdict(list)
    for pair, m in occurrences:
        written = written_name(m.display, m.key)
        if written:
            by_form[written].append((pair, m))
    if len(by_form) < 2 or len({form.lower() for form in by_form}) < 2:
        return  # one form, or capitals only (a heading's ZHEJIANG)
    ranked = sorted(by_form.items(), key=lambda kv: (-len({p.id for p, _ in kv[1]}), _separators(kv[0]), -("’" in kv[0] or "'" in kv[0])))
    preferred = ranked[0][0]
    listing = "; ".join(f"{form!r} ×{len(occ)} ({', '.join(dict.fromkeys(p.id for p, _ in occ))})" for form, occ in ranked)
    for form, occ in ranked[1:]:
        pair, m = occ[0]
        yield Problem(f"{m.name.text} is written {len(ranked)} ways: {listing}", source_span=m.name.text,
                      target_span=form, suggestion=preferred, pair=pair)


def written_name(display: str, key: str) -> str:
    """The part of a rendering that spells the name's key ("Zhe Jiang" of "Zhe Jiang Province" for
    pinyin:zhejiang), as written; "" when the letters do not line up."""
    letters = key.split(":", 1)[-1]
    matched = 0
    for end, char in enumerate(display):
        if char.isalpha():
            if matched == len(letters) or py.fold(char) != letters[matched]:
                return display[:end].rstrip(" -") if matched == len(letters) else ""
            matched += 1
    return display if matched == len(letters) else ""


def _separators(form: str) -> int:
    return sum(form.count(c) for c in " -‐")


def _preferred_variant(forms: tuple[str, ...], ranked, glossary) -> str:
    """The glossary's rendering, else the established English name (CC-CEDICT), else the majority."""
    for form in forms:
        for entry in glossary.preferred(form) if glossary is not None else ():
            return entry.target
    exonyms = {py.fold(n) for form in forms for n in cedict_exonyms(form)}
    for key, occ in ranked:
        if key.startswith("name:") and key[5:] in exonyms:
            return occ[0][1].display
    return ranked[0][1][0][1].display
