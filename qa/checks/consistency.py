"""T104–T106: consistency as an editor reads it, on the English side, anchored in the source.

T101 compares the renderings of a recurring source term found through the
dictionary. These checks start from what a reader sees: a recurring English
name or title written once with a word dropped, changed or in another form
(T104), a word the document capitalises written once in lower case (T105), and
one source list numbered in two styles (T106). Each finding names the majority
form and suggests it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from qa.checks.context import DocContext, Problem
from qa.checks.registry import check
from qa.lang.en_words import STOP_WORDS
from qa.lang.enumerations import english_marker_for, enumerations
from qa.terminology.capitals import case_slips
from qa.terminology.heading_variants import heading_variants
from qa.terminology.variants import Phrase, Variant, document_phrases, phrase_variants

_KIND_TEXT = {
    "word dropped": "a word dropped",
    "word added": "a word added",
    "word changed": "a word changed",
    "small word": "a small word changed",
    "form": "a word in another form",
}


@check(
    "T104",
    "recurring-rendering-varied",
    category="Terminology/Inconsistent use",
    requires=("romaniser", "word-list"),
    severity="minor",
    scope="document",
    example="Central Political and Legal Affairs Committee ×5, once Central Political and Legal Committee",
)
def recurring_rendering_varied(ctx: DocContext) -> Iterable[Problem]:
    """A recurring English name, title or term is written once with a word dropped, changed or in
    another form, where the source has the same term.

    Only inner words count (a first or last word dropped is a short form); the
    source must hold, in every pair, a string the document uses mostly where
    the majority form stands.
    """
    phrases = document_phrases(ctx.pairs)  # read once for both searches
    for v in phrase_variants(ctx.pairs, phrases) + heading_variants(ctx.pairs, phrases):
        majority = _suggested(v)
        suggestion = _heading_case(majority.text, v.variant.text) if v.variant.heading else majority.text
        pairs = ", ".join(dict.fromkeys(p.pair.id for p in v.majority))
        yield Problem(
            f"{v.variant.text!r} is {majority.text!r} ({len(v.majority)}× in {pairs}) with {_KIND_TEXT[v.kind]}"
            + (f"; both render {v.anchor}" if v.anchor else ""),
            source_span=v.anchor, target_span=v.variant.text, suggestion=suggestion, pair=v.variant.pair,
        )


def _heading_case(text: str, heading: str) -> str:
    """The body's form written the heading's way: each word as the heading writes it, a word the
    heading lacks capitalised unless it is a small word ("Political and Legal Affairs Work")."""
    written = {w.lower(): w for w in re.findall(r"[^\W_]+", heading)}
    return re.sub(r"[^\W_]+", lambda m: written.get(m.group().lower())
                  or (m.group() if m.group().lower() in STOP_WORDS else m.group()[:1].upper() + m.group()[1:]), text)


def _suggested(v: Variant) -> Phrase:
    """The majority's most frequent writing in the variant's case ("ecological civilization",
    not the heading's "Ecological Civilization"), else its most frequent writing."""
    same_case = [p for p in v.majority if p.capitalised == v.variant.capitalised] or list(v.majority)
    text, _ = Counter(p.text for p in same_case).most_common(1)[0]
    return next(p for p in same_case if p.text == text)


@check(
    "T105",
    "capitalisation-inconsistent",
    category="Fluency/Inconsistency",
    requires=("word-list",),
    severity="minor",
    scope="document",
    example="the Party ×6, once the party, both for 党",
)
def capitalisation_inconsistent(ctx: DocContext) -> Iterable[Problem]:
    """A word the document capitalises mid-sentence in one sense is written once in lower case.

    Compared only at the same place in a sentence (after the same word: "the
    Internet" / "the internet", never "Grandma" / "my grandma"), outside
    sentence starts, names and title-case headings, with the same source term.
    """
    for slip in case_slips(ctx.pairs):
        yield Problem(
            f"{slip.written!r} is capitalised elsewhere in this sense ({slip.capitalised!r} in "
            f"{', '.join(slip.majority)}" + (f"; source {slip.anchor})" if slip.anchor else ")"),
            source_span=slip.anchor, target_span=slip.written, suggestion=slip.capitalised, pair=slip.pair,
        )


@check(
    "T106",
    "enumeration-style-mixed",
    category="Fluency/Inconsistency",
    severity="minor",
    scope="document",
    example="一是 … 十是 → First, Second, Third, Fourth, Five, Six",
)
def enumeration_style_mixed(ctx: DocContext) -> Iterable[Problem]:
    """The items of one source list (一是 … 十是, 第一 … 第三) are numbered in two styles in English.

    The majority style wins ("First … Fourth" over "Five, Six"), the first item's
    when no style has a majority; an item with no English marker is left alone
    (the translator may have rephrased it).
    """
    for items in enumerations(ctx.pairs):
        styles = Counter(item.style for item in items if item.style)
        if len(styles) < 2:
            continue
        (style, count), *_ = styles.most_common()
        if count <= len(items) / 2:
            if not items[0].style:
                continue  # no majority style, and no first item to set one
            style, count = items[0].style, styles[items[0].style]  # the list's opening sets its style
        like = next(item.marker for item in items if item.style == style)
        for item in items:
            if item.style and item.style != style:
                yield Problem(
                    f"item {item.number} of the list ({item.written}) is numbered "
                    f"{item.marker!r}; {count} of its {len(items)} items are numbered like {like!r}",
                    source_span=item.written, target_span=item.marker,
                    suggestion=english_marker_for(style, item.number, like), pair=item.pair,
                )
