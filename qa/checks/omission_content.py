"""A single content word lost (A010) or added (A011) inside a sentence: off by default.

Issue 18, stage 2. A source word no English word renders by its dictionary
senses is no finding by itself (hundreds per 100 clean pairs), so A010 asks
for two more pieces of evidence: the word is one translators keep
(qa.lang.content_kept: rendered in at least 90 % of its uses in the clean dev
references), and no English content word of its kind is left over that
might render it in a way the dictionary does not know
(qa.lang.content_words.spare_english). A011 is its mirror: an English
adjective translators do not add routinely that renders no source word's
sense, in a pair whose source has no adjective, noun or idiom left
unrendered.

Both stay off by default (`--extend-select A010`, `--extend-select A011`):
deleting one English adjective, adverb or noun leaves a source word newly
unmatched only a third of the time, and with the evidence above recall is
far below the stage's 0.6 (docs/benchmarks.md). Their findings are often
noise: the review read 1 of A011's 12 findings on WMT19's 2,000 pairs real
(the rest compounds and abbreviations said as an adjective: 经贸 "economic",
国旗 "national"), so neither runs on every document.
"""

from __future__ import annotations

from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.lang.cedict import english_glosses
from qa.lang.clause_omission import unrendered_clauses
from qa.lang.content_kept import KEPT_ENGLISH, KEPT_SOURCE
from qa.lang.content_words import english_words, read_words, spare_english
from qa.lang.focus_optin import focus_uses
from qa.lang.qualifiers import qualifier_uses
from qa.lang.sentence_lists import inline_lists
from qa.model import Pair


def _others_spans(source: str, target: str) -> list[tuple[int, int]]:
    """Where other omission checks read the source: qualifiers (A007), focus adverbs (A008), list items (A006),
    and the clauses of which the English renders nothing by the dictionary (a clause's loss is A009's, a
    sentence's A004's: one omission, one finding, not one per word; no encoder asked here)."""
    spans = [(u.start, u.end) for u in qualifier_uses(source)]
    spans += [(c.start, c.end) for c in unrendered_clauses(source, target)]
    spans += [(u.start, u.end) for u in focus_uses(source)]
    spans += [(i.start, i.end) for items in inline_lists(source) for i in items]
    return spans


# source words an English adjective may render: measured on the clean dev references (left out of the
# corpus each is measured on), an English adjective found with no source adjective unrendered was 3.5-4.5
# findings per 100 pairs on news (16 on MAC-Dev), most of them a noun or idiom said as an adjective (经费支持
# "financial support", 古法 "traditional"); with none of these unrendered, 0.7-1.6
_MAY_TAKE_AN_ADJECTIVE = frozenset({"adjective", "noun", "idiom"})


def _gloss(word: str) -> str:
    return "; ".join(english_glosses(word)[:2]) or "no dictionary gloss"


@check(
    "A010",
    "content-word-omitted",
    category="Accuracy/Omission",
    requires=("segmenter", "dictionary", "bilingual-index", "lemmas"),
    severity="minor",
    defers_to=("A006", "A007", "A008", "N202", "M106"),
    off_by_default=True,
    example="source: 前往海南等中国内地旅游目的地的航班  target: flights to mainland China, such as Hainan",
)
def content_word_omitted(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A content word of the source (noun, verb, adjective, adverb) that translators keep has no counterpart.

    Reported when none of the word's CC-CEDICT senses is carried by an English
    word (nor those of a longer dictionary word holding it: 国家主席
    "president"), the word is one translators render in at least 90 % of its
    uses in clean references, and no English word of its part of speech is
    left that renders no source word. Names, numbers, list items and the
    qualifiers A007/A008 read are theirs, and so is a word in a clause of which
    nothing is rendered (A009's or A004's loss, read by the dictionary). Minor: one word, and its sentence is
    otherwise translated. Off by default; `--extend-select A010` runs it.
    """
    if not pair.source.strip() or not pair.target.strip():
        return
    candidates = [w for w in read_words(pair.source, pair.target) if not w.rendered and w.word in KEPT_SOURCE]
    if not candidates:
        return
    others = _others_spans(pair.source, pair.target)
    spare: dict[str, bool] = {}
    said: set[str] = set()
    for w in candidates:
        if w.word in said or any(a < w.end and w.start < b for a, b in others):
            continue
        if w.kind not in spare:
            spare[w.kind] = bool(spare_english(pair.source, pair.target, w.kind))
        if spare[w.kind]:
            continue
        said.add(w.word)
        gloss = _gloss(w.word)
        yield Problem(f"The source says {w.word} ({gloss}); nothing in the English renders it.",
                      source_span=w.word, suggestion=f"Translate {w.word} ({gloss}).")


@check(
    "A011",
    "content-added",
    category="Accuracy/Addition",
    requires=("segmenter", "dictionary", "bilingual-index", "lemmas"),
    severity="minor",
    off_by_default=True,
    example="source: 他买了一辆车  target: He bought a cheap car",
)
def content_added(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """An English adjective renders no source word, and no source adjective, noun or idiom is left unrendered.

    Only adjectives translators do not add routinely count (qa.lang.content_kept:
    accounted for by a source word in at least 90 % of their uses in clean
    references). Minor. Off by default; `--extend-select A011` runs it; on
    WMT19 most of its findings are a compound or abbreviation said as an
    adjective (经贸 "economic"), which the dictionary does not split.
    """
    if not pair.source.strip() or not pair.target.strip():
        return
    added = [e for e in english_words(pair.source, pair.target)
             if not e.accounted and "ADJ" in e.pos and e.text in KEPT_ENGLISH]
    if not added:
        return
    if any(not w.rendered and w.kind in _MAY_TAKE_AN_ADJECTIVE for w in read_words(pair.source, pair.target)):
        return  # 豪华 or 名牌 'famous brand' unrendered: the adjective may be its English
    said: set[str] = set()
    for e in added:
        if e.text in said:
            continue
        said.add(e.text)
        yield Problem(f"The English says '{e.text}'; no word of the source says it.",
                      target_span=e.text, suggestion=f"Check that the source says '{e.text}', or drop it.")
