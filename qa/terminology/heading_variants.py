"""A heading's rendering of a recurring term, judged against the body text's uses of it.

T104's main search (`variants.phrase_variants`) never takes a heading's phrase as
the variant: a headline's capitals say nothing, and headlines legitimately cut a
name short or drop its articles. Yet a word dropped or changed *inside* a body's
name in a heading ("… Development of Political and Legal Work" where the body
writes "political and legal affairs work" for 政法工作 every time) is a slip an
editor wants to see. Headings rarely agree among themselves (the title and two
section heads), so the heading is judged against the body instead: the body
writes the term one way in two or more sentences, the heading's Chinese holds the
same source string, and the heading's words differ from the body's by one inner
word of the name (dropped or changed). A whole trailing part dropped ("Political
and Legal Work" for "… Work Conference"), an article or a preposition and a
word's form are the headline's own style and stay silent; so do capitals (T105
leaves title case alone).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from qa.lang.en_words import STOP_WORDS, Token, english_tokens
from qa.lang.segment import tokenize
from qa.model import Pair
from qa.terminology.source_anchor import ANCHOR_QUORUM, following_chars, source_anchor
from qa.terminology.variants import (MIN_WORD_ANCHOR, Phrase, Variant, difference_kind, is_name_word, outermost, suffix_pair, document_phrases,
                                     title_like)

_HEADING_KINDS = frozenset({"word dropped", "word changed"})  # a small word or a form is the headline's style
_WORD_GAP = re.compile(r"[ \u00a0]+|-")  # one phrase's words: spaces or a hyphen, never a comma
MIN_BODY_USES = 2  # sentences of the body that write the term the majority way


def _body_ngrams(pair: Pair, tokens: tuple[Token, ...], sizes: set[int],
                 firsts: set[str], lasts: set[str]) -> Iterable[Phrase]:
    """Every run of `sizes` words of one body sentence that opens with a heading's first word or
    ends with a heading's last word (the only runs a heading is compared with or looked up by),
    in lower case (the body writes a term in lower case where the heading capitalises it)."""
    text = pair.target
    low = [t.text.lower() for t in tokens]
    # the first token of each token's phrase (words joined by spaces or a hyphen): a run stays inside one
    opens = list(range(len(tokens)))
    for k in range(1, len(tokens)):
        if _WORD_GAP.fullmatch(text[tokens[k - 1].end : tokens[k].start] or "x"):
            opens[k] = opens[k - 1]
    # the runs from a heading's first word or to its last, looked up from those words, not tried at every start
    runs = set()
    for k, word in enumerate(low):
        if word in firsts:
            runs.update((k, k + n) for n in sizes if k + n <= len(tokens) and opens[k + n - 1] <= k)
        if word in lasts:
            runs.update((k + 1 - n, k + 1) for n in sizes if k + 1 - n >= opens[k])
    for start, end in sorted(runs):
        yield Phrase(pair, text[tokens[start].start : tokens[end - 1].end], tuple(low[start:end]), False)


def _head_changed(major: tuple[str, ...], minor: tuple[str, ...],
                  body: dict[tuple[str, ...], list[Phrase]]) -> str | None:
    """A long name's last word changed ("Political and Legal Affairs Job" for the body's "… Affairs
    Work"): the main search leaves a name's head to the body words (Committee/Commission), but the
    heading's source holds the body's whole term, so another head is another word for it."""
    if len(major) != len(minor) or len(major) < 4 or major[:-1] != minor[:-1]:
        return None
    x, y = major[-1], minor[-1]
    if x == y:
        return None  # the same words: nothing changed (a title the body writes as it stands)
    if x in STOP_WORDS or y in STOP_WORDS or is_name_word(x) or is_name_word(y) or suffix_pair(x, y) is not None:
        return None
    if (major[1:] + (y,)) in body:
        return None  # the body goes on with the heading's last word: its name is longer, not another
    return "word changed"


def _restemmed(major: tuple[str, ...], minor: tuple[str, ...]) -> bool:
    """The changed word is the body's word in another form ("Promoting the High-quality Development"
    beside "promote the high-quality development"): the heading's grammar, not another name."""
    changed = next(((a, b) for a, b in zip(major, minor) if a != b), None)
    return changed is not None and suffix_pair(*changed) is not None


def _heading_phrases(phrases: list[Phrase]) -> list[Phrase]:
    """The capitalised runs of the document's title-case lines long enough to be a name."""
    return [p for p in phrases if p.heading and len(p.words) >= 3
            and sum(w not in STOP_WORDS for w in p.words) >= 2]


def heading_variants(pairs: Iterable[Pair], phrases: list[Phrase] | None = None) -> list[Variant]:
    """Heading phrases one inner word away from a term the body writes the same way in two or
    more sentences, with the Chinese string the heading's source shares with those sentences
    (`phrases`: document_phrases(pairs), when the caller has them already)."""
    pairs = [p for p in pairs if not p.is_one_sided]
    headings = _heading_phrases(document_phrases(pairs) if phrases is None else phrases)
    if not headings:
        return []
    sources = {p.id: p.source for p in pairs}
    sizes = {n for h in headings for n in (len(h.words), len(h.words) + 1)}
    firsts, lasts = {h.words[0] for h in headings}, {h.words[-1] for h in headings}
    body: dict[tuple[str, ...], list[Phrase]] = defaultdict(list)
    for pair in pairs:
        tokens = english_tokens(pair.target)
        if not title_like(tokens):
            for gram in _body_ngrams(pair, tokens, sizes, firsts, lasts):
                body[gram.words].append(gram)
    by_ends: dict[tuple[int, str, str], list[tuple[str, ...]]] = defaultdict(list)
    for words, found in body.items():
        if len({p.pair.id for p in found}) >= MIN_BODY_USES:
            by_ends[(len(words), "first", words[0])].append(words)
            by_ends[(len(words), "last", words[-1])].append(words)
    out: list[Variant] = []
    for heading in headings:
        variant = _judge(heading, body, by_ends, sources)
        if variant is not None:
            out.append(variant)
    return outermost(out)


def _judge(heading: Phrase, body: dict[tuple[str, ...], list[Phrase]],
           by_ends: dict[tuple[int, str, str], list[tuple[str, ...]]], sources: dict[str, str]) -> Variant | None:
    """The body's majority form this heading phrase varies by one inner word, or None."""
    words = heading.words
    candidates = {major for n in (len(words), len(words) + 1)
                  for key in ((n, "first", words[0]), (n, "last", words[-1])) for major in by_ends.get(key, ())}
    own_uses = len({p.pair.id for p in body.get(words, ())})
    ordered = sorted(candidates, key=lambda m: (-len(body[m]), m))
    # one inner word first: a last word "changed" may be the body's longer name cut ("… Legal Work"
    # against "… Legal Affairs" of "… Legal Affairs Work")
    for differ in (lambda m: difference_kind(m, words, True), lambda m: _head_changed(m, words, body)):
        for major in ordered:
            kind = differ(major)
            if kind not in _HEADING_KINDS or (kind == "word changed" and _restemmed(major, words)):
                continue
            found = [p for p in body[major] if p.pair.id != heading.pair.id]
            major_pairs = {p.pair.id for p in found}
            if len(major_pairs) < MIN_BODY_USES or own_uses >= len(major_pairs):
                continue  # the body writes the heading's wording as often: two terms, or no settled form
            if " ".join(major) in heading.pair.target.lower():
                continue  # the heading writes the body's form too: its other phrase names another thing
            # written as it stands: a headline's shorter source (北京青少年冰球联赛 for the body's
            # 北京市青少年冰球俱乐部联赛) is a shorter name, not a short form of the body's
            anchor = source_anchor(major_pairs, heading.pair.source, sources, shortest=MIN_WORD_ANCHOR,
                                   quorum=ANCHOR_QUORUM, own_pair_counted=False, abbreviations=False)
            if len(anchor) >= MIN_WORD_ANCHOR and _anchor_fits(anchor, heading, major, major_pairs, sources):
                return Variant(kind, tuple(found), heading, anchor)
    return None


def _anchor_fits(anchor: str, heading: Phrase, major: tuple[str, ...], major_pairs: set[str],
                 sources: dict[str, str]) -> bool:
    """The heading's source writes the anchor as whole words (not 政法工作 inside 政法工作者, not
    体系和治理能力现 cutting 现代化), and a changed last word renders no longer term of the heading's
    own (政法工作委员会 "… Affairs Commission" is another name, not the body's 政法工作 renamed)."""
    source = heading.pair.source
    starts = {start for _, start, _ in tokenize(source)}
    ends = {end for _, _, end in tokenize(source)}
    if not any(m.start() in starts and m.end() in ends for m in re.finditer(re.escape(anchor), source)):
        return False
    if len(major) != len(heading.words) or major[-1] == heading.words[-1]:
        return True
    body_next = set().union(*(following_chars(anchor, sources[pair_id]) for pair_id in major_pairs))
    return not following_chars(anchor, source) - body_next
