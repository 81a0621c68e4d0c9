"""Quotes: quoted terms keep their count (P401); quotation marks pair up over the document (P502, P507).

Chinese official prose quotes its coined terms (“五大要求”, “两个维护”), and a
faithful translation quotes them too (“Five Requirements”, “Two Upholds”).
A pair whose target has fewer quoted terms than its source has usually lost
a term or its quotes. Quotes that are speech rather than terms (long, with a
full stop inside) are not counted, and nothing is reported when either side's
quotes are unbalanced: P502 covers that.

Quotation marks are judged over the whole document, since a quotation may
run over several paragraphs (qa.lang.quote_marks reads each mark's role).
"""

from __future__ import annotations

import re
from typing import Iterable

from qa.checks.context import DocContext, PairContext, Problem
from qa.checks.registry import check
from qa.lang.en_words import content_words, same_word
from qa.lang.numbers_en import MONTH
from qa.lang.profile import ZH_EN
from qa.lang.quote_marks import CLOSE, OPEN, balance, source_open_families, starts_with_opener, target_marks
from qa.model import Pair

# A term: short, no punctuation inside, not speech introduced by 说/道/：.
_SOURCE_TERM = re.compile(r"(?<![：:说道])[“「『]([^“”「」『』\n，。！？、,.!?：:；;…]{1,12})[”」』]")
_TARGET_TERM = re.compile(r"“([^“”\n]{1,80})”|\"([^\"\n]{1,80})\"")
_SPEECH = re.compile(r"[。！？!?]|[.](?:\s|$)")


def quoted_terms(text: str, lang: str) -> list[re.Match]:
    """Quoted terms of `text` (short quotations without a sentence stop inside), in the source or target language."""
    pattern = _SOURCE_TERM if lang == ZH_EN.source else _TARGET_TERM
    return [m for m in pattern.finditer(text) if not _SPEECH.search(m.group()[1:-1].rstrip(".,;:!?。，；：！？"))]


# Numerals that make a quoted word a coined formula: “三不”, “两个维护”, “一刀切”, “十四五”.
_ZH_NUMERAL = re.compile("[一二两三四五六七八九十百千万0-9]")
TERM_MIN_CHARS = 4


def coined_terms(text: str) -> list[re.Match]:
    """Source quotes an editor expects to stay quoted: coined terms, not quoted words.

    Official prose quotes its slogans and formulas (“关键少数”, “头雁效应”, “三不”);
    fiction quotes single words, names and exclamations (“快”, “小白龙”, “文革”),
    which a translation rightly renders without quotes. A term is four or more
    characters, or holds a numeral.
    """
    return [m for m in quoted_terms(text, ZH_EN.source)
            if (len(m.group()) - 2 >= TERM_MIN_CHARS or _ZH_NUMERAL.search(m.group())) and "·" not in m.group()]


MIN_EVIDENCE = 3  # pairs quoting a term: fewer say nothing of the translator's habit
KEPT_SHARE = 0.5  # a document that quotes fewer of its source's coined terms than this does not quote them


def keeps_quotes(ctx: DocContext) -> bool:
    """Whether the translator of this document keeps coined terms quoted: of the pairs whose source
    quotes a term, at least half quote as many in English. News translators drop quotes as a rule
    (“临门一脚” → "the final push"); an official text that keeps them has slipped where it does not."""

    def share() -> bool:
        quoting = [p for p in ctx.pairs if coined_terms(p.source)]
        kept = [p for p in quoting if len(coined_terms(p.source)) <= len(quoted_terms(p.target, ZH_EN.target))]
        return len(quoting) < MIN_EVIDENCE or len(kept) >= KEPT_SHARE * len(quoting)

    return ctx.memo("quotes.kept", share)


def _balanced(text: str, opener: str, closer: str) -> bool:
    return text.count(opener) == text.count(closer)


# A formula names its parts by number (“两个维护”, “三不”, “十四五”, “五大要求”): an official text quotes it in English
# too. 一 alone makes no formula: 一老一少, 临门一脚 and 一刀切 are idioms, which English renders by sense.
_FORMULA_NUMERAL = re.compile("[二两三四五六七八九十百千万0-9]")
_LATIN = re.compile(r"[A-Za-z]{2,}")
_ONE_AND_ONE = re.compile(r"一[\u4e00-\u9fff]一[\u4e00-\u9fff]")  # 一老一少, 一草一木, 一心一意
_BRACKETED_AFTER = re.compile(r"\s*[（(]([^（）()]{1,40})[）)]")
# a numeral inside a word of the calendar (周六 "Saturday", 五月 "May") counts no parts
_CALENDAR_GLOSS = re.compile(rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH})(?!\w)")


def _numbered(term: str) -> bool:
    """A numeral of the term counts its parts (两个维护, 三不, 十四五, 两会): it is no part of a dictionary word of
    the calendar, as 周六 "Saturday" in “周六夜现场” (a programme's name, unquoted in English)."""
    from qa.lang import cedict
    from qa.lang.segment import segment

    for word, _ in segment(term):
        if not _FORMULA_NUMERAL.search(word):
            continue
        if not any(_CALENDAR_GLOSS.search(g) for g in cedict.english_glosses(word)):
            return True
    return False


def _term_words(term: str) -> list[frozenset[str]]:
    """English gloss words of each dictionary word of a Chinese term (CC-CEDICT); a word the dictionary has not
    (升级版) is read through its longest known two-character pieces (升级 "upgrade")."""
    from qa.lang import cedict
    from qa.lang.segment import segment

    def glosses(word: str) -> frozenset[str]:
        return frozenset(w for g in cedict.english_glosses(word)[:8] for w in content_words(g))

    parts: list[frozenset[str]] = []
    for word, _ in segment(term):
        found = glosses(word)
        if not found and len(word) > 2:
            found = frozenset().union(*(glosses(word[k:k + 2]) for k in range(len(word) - 1)))
        if found:
            parts.append(found)
    return parts


def _rendered(term: re.Match, source: str, target: str) -> bool:
    """Whether the target shows the quoted term in some form, quotes or not: its Latin name (“Taproot”, or
    “内华达号”（USS Nevada）), the dictionary's words for the whole term, or for at least half its words.
    A term with none of these in the target was dropped, which is what an editor must hear about. A term
    that is one dictionary word (“毛细血管”, “临门一脚”) is quoted as a figure of speech, which English
    renders by its sense: no trace can be asked of it, so it counts as rendered."""
    from qa.lang import cedict

    text = term.group()[1:-1].strip()
    if cedict.has_common_sense(text) or _ONE_AND_ONE.fullmatch(text):
        return True  # a dictionary word in quotes is used figuratively (监管“毛细血管”), and 一X一Y is a set
        # phrase (“一老一少” the old and the young): rendered by sense, if at all
    bracket = _BRACKETED_AFTER.match(source, term.end())
    latin = _LATIN.findall(text + " " + (bracket.group(1) if bracket else ""))
    lowered = target.lower()
    if any(word.lower() in lowered for word in latin):
        return True
    words = content_words(target)
    parts = _term_words(text)
    matched = sum(1 for part in parts if any(same_word(g, w) for g in part for w in words))
    return bool(parts) and 2 * matched >= len(parts)


def _distinct(terms: list[re.Match]) -> list[re.Match]:
    """One per term: a term the source repeats in the pair (“六一” … “六一”) is quoted once in English."""
    seen: dict[str, re.Match] = {}
    for m in terms:
        seen.setdefault(re.sub(r"\s+", "", m.group()[1:-1]), m)
    return list(seen.values())


@check(
    "P401",
    "quoted-terms-missing",
    category="Accuracy/Omission",
    severity="minor",
    example="source: 坚定做到“两个维护”，落实“三项规定”。  target: firmly practice the Two Upholds and implement the “Three Provisions.”",
)
def quoted_terms_missing(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A quoted source term is dropped, or a numbered formula lost its quotes.

    Each coined “…” term in the Chinese (four or more characters, or one with a
    numeral: “两个维护”, “关键少数”) counts, once however often the pair repeats
    it; quoted single words and names (“快”, “文革”) do not. When the target
    quotes fewer terms, a finding is made if a numbered formula (“两个维护”,
    “三不”) may have lost its quotes (official texts quote them in English
    too), or if a term shows no trace in the target (no Latin name, no
    dictionary word for it): a term rendered by sense without quotes (“临门一脚”
    → "the final push", “龙脊梯田” → Longji Rice Terraces) is the translator's
    style. A document whose translator mostly renders quoted terms without
    quotes (news) is left alone, and a foreign name (“卡尔·文森”, a ship) is no
    coined term.
    """
    if not pair.source.strip() or not pair.target.strip() or not keeps_quotes(ctx.doc):
        return
    if not (_balanced(pair.source, "“", "”") and _balanced(pair.target, "“", "”") and pair.target.count('"') % 2 == 0):
        return
    src = _distinct(coined_terms(pair.source))
    tgt = quoted_terms(pair.target, ZH_EN.target) + list(re.finditer(r"(?<!\w)['‘][^'‘’\n]{1,60}['’](?!\w)", pair.target))
    if len(src) <= len(tgt):
        return
    formulas = [m for m in src if _FORMULA_NUMERAL.search(m.group()) and _numbered(m.group()[1:-1])]
    dropped = [m for m in src if not _rendered(m, pair.source, pair.target)]
    if not dropped and len(formulas) <= len(tgt):
        return
    names = "".join(m.group() for m in (dropped or formulas))
    what = "no trace in the target" if dropped else "numbered formulas"
    yield Problem(
        f"The source quotes {len(src)} terms but the target quotes only {len(tgt)} ({what}: {names}).",
        suggestion="Translate each quoted source term, and keep numbered formulas quoted.",
    )


# ---------------------------------------------------------------- P502 and P507: judged over the document

def _context(text: str, at: int) -> str:
    """About 25 characters either side of position `at`, cut at word boundaries."""
    start, end = max(0, at - 25), min(len(text), at + 26)
    while start > 0 and start < at and not text[start - 1].isspace():
        start += 1
    while end < len(text) and end > at + 1 and not text[end].isspace():
        end -= 1
    return text[start:end].strip() or text[at]


def _continues(pair: Pair) -> bool:
    """The paragraph carries on a quotation left open before it: it opens with a quote, or closes one first."""
    marks = target_marks(pair.target)
    if starts_with_opener(pair.target, marks):
        return True
    first = next((m for m in marks if m.family == "quote"), None)
    return first is not None and first.role == CLOSE


QUOTE_RUN_ON = 10  # sentences without a quotation mark a quotation split sentence by sentence may run through


def _has_quote(pair: Pair) -> bool:
    return any(m.family == "quote" for m in target_marks(pair.target))


def _closed_later(pairs: list[Pair], k: int) -> bool:
    """A quotation left open at the end of pair k is closed further on: the next pair with a quotation mark,
    after at most QUOTE_RUN_ON with none, begins with a closing one. News split into sentences quotes a speaker
    over several ("I heard my wife cry for help. | I don't know what happened. | I hope they are safe," he said),
    and the English is balanced over the document even where its Chinese closes the quotation sooner."""
    for pair in pairs[k + 1:k + 2 + QUOTE_RUN_ON]:
        marks = [m for m in target_marks(pair.target) if m.family == "quote"]
        if marks:
            return marks[0].role == CLOSE
    return False


def _quote_problems(doc: DocContext) -> dict[tuple[str, str], list[Problem]]:
    """P502 and P507 problems of every pair, keyed by (check id, pair id): quotations may span paragraphs.

    English convention: a quoted paragraph that the next one continues has no
    closing mark, and the next paragraph opens again; or the next paragraph
    closes the quotation. Either way the open quote is no error. A closing
    mark at the head of a paragraph closes a quotation the paragraph before
    left open. Where the source itself leaves a quotation open or closes one
    it did not open (the aligner cut a quotation), the target may do the same.
    """
    out: dict[tuple[str, str], list[Problem]] = {}
    pairs = [p for p in doc.pairs if p.target.strip()]
    carried = False  # the paragraph before left a quotation open
    source_carried = False  # the source's quotation runs on from a paragraph before
    for k, pair in enumerate(pairs):
        text, marks = pair.target, target_marks(pair.target)
        found = balance(marks)
        closed_early, left_open = source_open_families(pair.source)
        if source_carried and not any(ch in pair.source for ch in '“”「」『』"'):
            left_open |= {"quote"}  # the source's quotation runs on through this paragraph, which has no marks
        source_carried = "quote" in left_open
        stray = list(found.stray_closers)
        if carried and stray and stray[0].family == "quote" and stray[0] is next(m for m in marks if m.family == "quote"):
            stray.pop(0)  # closes the quotation of the paragraph before
        problems = out.setdefault(("P502", pair.id), [])
        for mark in stray:
            if mark.family not in closed_early:
                problems.append(Problem(f"Unmatched {mark.glyph} in the target: it closes nothing.",
                                        target_span=_context(text, mark.at),
                                        suggestion="Remove the mark or add the one that opens the quotation or bracket."))
        following = pairs[k + 1] if k + 1 < len(pairs) else None
        # the next paragraph carries the quotation on, unless this paragraph's source closes its own quotation
        source_closes = any(ch in pair.source for ch in "“「『") and "quote" not in left_open
        continued = following is not None and ((_continues(following) and not source_closes) or _closed_later(pairs, k))
        cut = None
        for mark in found.open_at_end:
            if mark.family in left_open or (mark.family == "quote" and continued):
                continue
            if mark.family != "quote":
                if cut is None:
                    from qa.checks.glosses import cut_open_glosses

                    cut = {m.start() for m, _ in cut_open_glosses(pair)}
                if mark.at in cut:
                    continue  # "Xi Jinping (习近 thought": a gloss cut with its bracket, which G301 reports
            problems.append(Problem(f"Unmatched {mark.glyph} in the target: it is never closed.",
                                    target_span=_context(text, mark.at),
                                    suggestion="Close the quotation or bracket, or remove the mark."))
        for opener, closer in found.mixed:
            span = text[opener.at : closer.at + 1] if closer.at - opener.at <= 60 else _context(text, closer.at)
            problems.append(Problem(f"The quotation opened with {opener.glyph} is closed with {closer.glyph}.",
                                    target_span=span,
                                    suggestion="Use curly quotes (“…”) or straight quotes (\"…\") on both sides."))
        out[("P507", pair.id)] = [
            Problem(f"The quotation mark {m.glyph} is typed the wrong way round: it {m.role}s a quotation.",
                    target_span=_context(text, m.at), suggestion="“" if m.role == OPEN else "”")
            for m in marks if m.wrong_way]
        # a sentence with no quotation mark carries on the quotation left open before it
        carried = any(m.family == "quote" for m in found.open_at_end) or (carried and not _has_quote(pair))
    return out


def _problems(ctx: PairContext, check_id: str) -> list[Problem]:
    return ctx.doc.memo("quotes.document", lambda: _quote_problems(ctx.doc)).get((check_id, ctx.pair.id), [])


@check(
    "P502",
    "unbalanced-quotes-or-brackets",
    category="Fluency/Punctuation",
    severity="minor",
    example="target: view the “Five Requirements as their direction of efforts",
)
def unbalanced_quotes_or_brackets(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A quotation mark or bracket in the target is never closed (or never opened).

    Double quotes (curly or straight), parentheses and square brackets must
    pair up. Quotations are followed across the document: a quotation left
    open at the end of a paragraph is no error when the next paragraph opens
    again (the English convention for a quotation that runs on) or closes it,
    and a closing mark at the head of a paragraph may close the quotation of
    the paragraph before. Where the source leaves a quotation or bracket open
    the same way (the aligner cut it, or the source's quotation runs on),
    nothing is reported. A quotation opened with a curly quote and closed with
    a straight one (or the reverse) is reported once.
    """
    yield from _problems(ctx, "P502")


@check(
    "P507",
    "wrong-direction-quote",
    category="Fluency/Punctuation",
    severity="minor",
    example="target: examinations have been a “heated topic“ for a long time",
)
def wrong_direction_quote(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A curly quotation mark faces the wrong way (“ where a quotation ends, ” where one begins).

    Which way a mark faces is read from its place: after a word or stop and
    before a space or the end it closes a quotation, after a space and before
    a word it opens one. A mark typed the wrong way round is reported here,
    once, and counts as what it does for P502, so the quotation it belongs to
    is not also reported as unbalanced.
    """
    yield from _problems(ctx, "P507")
