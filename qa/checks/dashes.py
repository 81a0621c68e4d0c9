"""Dashes and hyphens of the English target (P512, P513, P514).

Three slips MQM raters mark as punctuation, each a mark typed for another:
a dash written as two hyphens ("closer -- 40000 years ago", or "- -" after a
tokeniser); a hyphen glued between two words where the source has a dash
("universe-the", for 宇宙—— 这); and a compound's hyphen spaced out by a
tokeniser ("three - dimensional", "co - evolved"). A spaced hyphen used as
a dash ("the universe - a shadow", "Part 2 - Day one", "the post - it's
long") is a common web style and not reported.

Wire services write "--" in datelines ("BEIJING, Oct. 1 (Xinhua) --") and
before their name ("… -- ECNS"): a fixed formula of their copy, left alone;
a "--" inside running text, theirs or an outlet's, is a dash typed as hyphens.
"""

from __future__ import annotations

import re
from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.lang.numbers_en import MONTH, NUMBER_WORDS
from qa.model import Pair

# ---------------------------------------------------------------- what counts as a dash on each side

# A Chinese dash: —— ― – －－ -- (spaced or not, "― ―" as WMT19 tokenises it), or a single hyphen with a space
# beside it ("越来越近- 40000年前"); a hyphen between two characters (三峡-葛洲坝, 让-克洛德) is a hyphen.
_SOURCE_DASH = re.compile(r"(?:[—―–]|－－|--)(?:\s?[—―–－-])*|(?<=\S)[-－]\s|\s[-－](?=\S)|\s[-－]\s")
# An English dash: — – , a spaced hyphen, or two hyphens
_TARGET_DASH = re.compile(r"[—―–]|\s-\s|--|-\s-")


def source_dashes(text: str) -> int:
    return len(_SOURCE_DASH.findall(text))


def target_dashes(text: str) -> int:
    return len(_TARGET_DASH.findall(text))


# ---------------------------------------------------------------- P512 a dash typed as two hyphens

# exactly two hyphens (not an arrow "-->", a rule "----" or an HTML comment), or two spaced ones ("- -") that
# are no part of a rule of spaced hyphens ("- - - - -")
_DOUBLE_HYPHEN = re.compile(r"(?<![-<!])--(?![->])|(?<=\s)(?<!-\s)-\s-(?=\s)(?!\s-)")
# code, where "--" is no dash: an option ("--help", '"--force"', "(--verbose,", "CFLAGS=--std"), a decrement
# ("i--", "x--"), anything in backticks or a web address. A quoted option is closed right after ('"--force"',
# not '"--no, never."'); a decrement is a one-letter or digit/underscore name, or any short name right before
# code punctuation: "it-- then", "you-- you", "So-- here" are dashes
_OPTION = re.compile(r"(?:^|(?<=[\s(\[=,]))--[a-z][\w-]*|(?<=[\"'“‘])--[a-z][\w-]*(?=[\"'”’])")
_DECREMENT = re.compile(r"(?<![\w-])(?:[a-z]|[A-Za-z_]*[_\d]\w*)--(?=[\s`;),.]|$)|(?<![\w-])[A-Za-z_]\w{0,2}--(?=[`;)]|$)")
_CODE = re.compile(r"`[^`\n]*`|\b[a-z][a-z0-9+.-]*://\S+|\bwww\.\S+")
# wire services and outlets that sign a story after "--" ("… the most votes -- ECNS"): their house style
_WIRE_NAMES = r"(?:ECNS|Xinhua|Xinhuanet|China News(?: Service)?|CNS|Chinanews|Reuters|AP|AFP|UPI|Bloomberg|" \
              r"China Daily|Global Times|People's Daily|CGTN|Kyodo|Yonhap|TASS|Bernama)"
# a wire dateline at the head of the pair: PLACE, Month N (agency) -- ("BEIJING, Oct. 1 (Xinhua) --",
# "Beijing, October 1 (reported by Sang Tong) --"), or PLACE (agency) --
_PLACE = r"[A-Z][\w.'’-]*(?:[ ,]{1,2}[A-Z][\w.'’-]*){0,4}"
_DATELINE = re.compile(rf"^\s*{_PLACE},\s+{MONTH}\s*\d{{1,2}}(?:,\s*\d{{4}})?\s*(?:\([^()]{{0,60}}\))?\s*$"
                       rf"|^\s*{_PLACE}\s*\((?i:reported by|reporter|xinhua|ecns|ap|afp|reuters|upi)\b[^()]{{0,60}}\)\s*$"
                       rf"|^\s*(?:{_PLACE}\s+)?(?:News|{_WIRE_NAMES})\s*$")  # "China Weather Network News --" (中国天气网讯)
_OUTLET_AFTER = re.compile(rf"^\s*{_WIRE_NAMES}\.?\s*$")
# between two figures a dash is a range, written with an en dash: "pages 10--20" (LaTeX)
_BETWEEN_DIGITS = re.compile(r"(?<=\d)--(?=\d)")
MIN_PAIRS_THROUGHOUT = 3  # a document with no real dash that types "--" in this many pairs does it throughout


def _double_hyphens(text: str) -> list[re.Match]:
    """Each "--" or "- -" of `text` that stands for a dash: not code, a dateline's or a wire service's."""
    candidates = list(_DOUBLE_HYPHEN.finditer(text))
    if not candidates:  # most texts: the code patterns need not run
        return []
    skip = [m.span() for pattern in (_OPTION, _DECREMENT, _CODE) for m in pattern.finditer(text)]
    found = []
    for m in candidates:
        if any(a <= m.start() < b for a, b in skip):
            continue
        if _DATELINE.match(text[:m.start()]) or _OUTLET_AFTER.match(text[m.end():]):
            continue
        found.append(m)
    return found


def _pairs_with_double_hyphens(ctx: PairContext) -> int:
    """How many pairs type a dash as "--", in a document that writes no — or – anywhere (0 if it does)."""
    def count() -> int:
        if any(re.search(r"[—–]", p.target) for p in ctx.doc.pairs):
            return 0
        return sum(bool(_double_hyphens(p.target)) for p in ctx.doc.pairs)
    return ctx.doc.memo("dashes.double_hyphen_pairs", count)


def _with_words(text: str, start: int, end: int) -> str:
    """text[start:end] with the word on each side: "closer -- 40000"."""
    head = re.search(r"\S*\s*$", text[:start]).start()
    tail = re.match(r"\s*\S*", text[end:]).end()
    return text[head:end + tail].strip()


@check(
    "P512",
    "dash-typed-as-hyphens",
    category="Fluency/Punctuation",
    severity="minor",
    example="target: It gets closer and closer -- 40000 years ago, we're still doing cave paintings.",
)
def dash_typed_as_hyphens(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A dash written as two hyphens ("--", or "- -" after a tokeniser) instead of — (em dash), or – between figures.

    Reported once per pair, at the first place, with how many there are;
    where the document writes no real dash and types "--" in three pairs or
    more, the message says so, for one replace over the document. Code
    ("--help", "i--", backticks, web addresses), an arrow or a rule ("-->",
    "----", "- - - -"), and the "--" of a wire dateline ("BEIJING, Oct. 1
    (Xinhua) --") or before a wire service's name ("… -- ECNS") are left alone.
    """
    found = _double_hyphens(pair.target)
    if not found:
        return
    first = found[0]
    more = f" ({len(found)} places)" if len(found) > 1 else ""
    span = _with_words(pair.target, first.start(), first.end())
    in_span = first.start() - pair.target.index(span, max(0, first.start() - len(span)))
    if _BETWEEN_DIGITS.match(pair.target, first.start()):
        yield Problem(f"A range typed with two hyphens{more}; in print a range takes – (en dash).",
                      target_span=span, suggestion=span[:in_span] + "–" + span[in_span + 2:])
        return
    throughout = _pairs_with_double_hyphens(ctx)
    note = (f" The document types every dash as \"--\" ({throughout} pairs): one replace fixes them all."
            if throughout >= MIN_PAIRS_THROUGHOUT else "")
    yield Problem(f"A dash typed as two hyphens{more}; in print a dash is — (em dash).{note}",
                  target_span=span, suggestion=span[:in_span] + "—" + span[in_span + len(first.group()):])


# ---------------------------------------------------------------- P513 a hyphen glued where the source has a dash

# words that begin a clause or a phrase, never the second part of a compound: after a glued hyphen they show
# a dash ("universe-the", "heat-this", "bugs-and"); particles (in, up, off) are left out: check-in, follow-up
_OPENING_WORDS = frozenset("""a an the this that these those it its it's we we're you you're they they're he she
    i and but or so if when which who whom whose where while because not no maybe perhaps actually absolutely
    basically therefore however just even each every some many such""".split())
# words that make a compound with an opening word: "what-if", "why-not", "either-or", "since-when", "twenty-some"
_FUNCTION_HEADS = _OPENING_WORDS | NUMBER_WORDS | frozenset("what why how either neither since whether".split())
# the whole of a two-part compound: not the end of a longer one ("mother-in-law", "will-they-won't-they")
_GLUED = re.compile(r"(?<![\w'’-])([A-Za-z][A-Za-z'’]*)-([A-Za-z][A-Za-z'’]*)\b(?![-'’])")


def _cedict_compounds() -> frozenset[str]:
    """Hyphenated English words of CC-CEDICT's glosses ("break-even", "has-been"), lower case."""
    from qa.lang import cedict

    def build() -> list[str]:
        return sorted({m.lower() for e in cedict.entries() for g in e["definitions"]
                       for m in re.findall(r"[A-Za-z]+(?:-[A-Za-z']+)+", g)})
    return frozenset(cedict.derived("cedict-hyphenated", build))


def _known_compound(first: str, second: str) -> bool:
    """first-second is a compound of the language: Hunspell or CC-CEDICT's English knows it, or its first part is
    a function word or a number ("what-if", "either-or", "twenty-some")."""
    from qa.lang.hunspell_words import known

    joined = f"{first}-{second}".replace("’", "'")
    return (first.lower() in _FUNCTION_HEADS or known(joined) or known(joined.lower())
            or joined.lower() in _cedict_compounds())


def _glued_dashes(pair: Pair, ctx: PairContext) -> list[re.Match]:
    """Hyphens of the target glued between two words that stand where the source has a dash: the source has
    more dashes than the English (a spaced hyphen inside a compound is none), and the word after the hyphen
    opens a phrase (an article, a pronoun, a conjunction), which no compound ends with. At most as many as
    the English lacks."""
    lacking = source_dashes(pair.source) - target_dashes(pair.target) + len(_spaced_compounds(pair, ctx))
    if lacking <= 0:
        return []
    found = []
    for m in _GLUED.finditer(pair.target):
        if m.group(2).lower().replace("’", "'") in _OPENING_WORDS and not _known_compound(m.group(1), m.group(2)):
            found.append(m)
    return found[:lacking]


@check(
    "P513",
    "hyphen-for-dash",
    category="Fluency/Punctuation",
    severity="minor",
    requires=("dictionary",),
    example="source: 我们对宇宙的了解大多来自光——这是事实。  target: what we know of the universe-the light it sends",
)
def hyphen_for_dash(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A hyphen glued between two words where the source has a dash ("universe-the" for 宇宙—— 这).

    Only where the source has more dashes (——, —, a spaced -) than the
    English, and the word after the hyphen is one that opens a phrase (the,
    this, it, and, maybe …), which ends no compound. Reported once per pair.
    """
    found = _glued_dashes(pair, ctx)
    if not found:
        return
    first = found[0]
    more = f" ({len(found)} places)" if len(found) > 1 else ""
    yield Problem(f"A hyphen joins two words where the source has a dash{more}.",
                  target_span=first.group(), suggestion=f"{first.group(1)}—{first.group(2)}")


# ---------------------------------------------------------------- P514 a compound's hyphen spaced out

_SPACED = re.compile(r"\b([A-Za-z][A-Za-z'’]*|\d+) - ([A-Za-z][A-Za-z'’]*)\b")
# prefixes that are no words of their own: a spaced hyphen after them splits a compound ("co - evolved"); words
# that are also prefixes (post, bio, mini, sub, mid) count only where Hunspell or the document knows the compound
_BOUND_PREFIXES = frozenset("co pre non anti multi semi socio inter intra ultra pseudo quasi micro macro".split())
_NUMBER_WORDS = NUMBER_WORDS | frozenset("half single double triple".split())
# what a number makes a compound with: "8 - foot", "10 - fold", "three - dimensional", "five - year"
_MEASURE_SECOND = frozenset("foot feet inch meter metre mile kilometer kilometre fold dimensional year day week month "
                            "hour minute second storey story floor seat room page point percent man person member "
                            "party way sided legged wheeled".split())


def _compound(first: str, second: str, written: frozenset[str]) -> bool:
    """first-second is a compound: the dictionary has it, the document writes it unspaced, its first part is a
    bound prefix (co, pre, non, self), or a number before a measure ("8-foot", "three-dimensional"). A second
    part in capitals or one that opens a phrase (it, the, this) is what follows a dash, no compound."""
    from qa.lang.hunspell_words import known

    joined = f"{first}-{second}"
    low = joined.lower()
    if low in written:
        return True  # "DPRK - ROK" where the document writes "DPRK-ROK"
    opening = second.lower().replace("’", "'") in _OPENING_WORDS
    head = first.lower()
    if (head in _BOUND_PREFIXES or head == "self") and not opening:
        return True  # a bound prefix before a capital too: "Anti - Japanese", "Non - English", "Self - Driving"
    if second[:1].isupper() or opening:
        return False  # a heading's dash ("Part 2 - Day one") or a clause after one ("the post - it's long")
    if known(joined) or known(low):
        return True
    return (head.isdigit() or head in _NUMBER_WORDS) and second.lower() in _MEASURE_SECOND


def _written_compounds(ctx: PairContext) -> frozenset[str]:
    """Hyphenated words the document writes unspaced somewhere, lower case."""
    return ctx.doc.memo("dashes.compounds", lambda: frozenset(
        m.group().lower() for p in ctx.doc.pairs for m in re.finditer(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b", p.target)))


def _spaced_compounds(pair: Pair, ctx: PairContext) -> list[re.Match]:
    """Spaced hyphens that split a compound: "three - dimensional". Where the source has as many dashes as the
    English has spaced hyphens, one of them may stand for a dash, and only a prefix's or a number's is taken."""
    candidates = list(_SPACED.finditer(pair.target))
    if not candidates:
        return []
    written = _written_compounds(ctx)
    found = [m for m in candidates if _compound(m.group(1), m.group(2), written)]
    if found and source_dashes(pair.source) >= len(found):
        found = [m for m in found if m.group(1).lower() in _BOUND_PREFIXES | {"self"} or
                 (m.group(1).isdigit() or m.group(1).lower() in _NUMBER_WORDS)]
    return found


@check(
    "P514",
    "compound-hyphen-spaced",
    category="Fluency/Punctuation",
    severity="minor",
    requires=("dictionary",),
    example="target: you can program it in three - dimensional space",
)
def compound_hyphen_spaced(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A compound's hyphen with spaces around it, as a tokeniser leaves it ("three - dimensional", "pre - tax").

    A spaced hyphen is reported only where it splits a compound: one the
    dictionary or the document itself writes with a hyphen, one whose first
    part is a bound prefix (co, non, pre, self), or a number before a measure
    ("8 - foot"); a capitalised second part or a pronoun or article after the
    hyphen ("Part 2 - Day one", "the post - it's long") shows a dash, not
    reported. Reported once per pair, with how many there are.
    """
    found = _spaced_compounds(pair, ctx)
    if not found:
        return
    first = found[0]
    more = f" ({len(found)} places)" if len(found) > 1 else ""
    yield Problem(f"A compound's hyphen has spaces around it, as a tokeniser leaves it{more}.",
                  target_span=first.group(), suggestion=f"{first.group(1)}-{first.group(2)}")
