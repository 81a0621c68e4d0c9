"""Dashes and hyphens of the English target (P512, P513, P514).

Three slips MQM raters mark as punctuation, each a mark typed for another:
a dash written as two hyphens ("closer -- 40000 years ago", or "- -" after a
tokeniser); a hyphen glued between two words where the source has a dash
("universe-the", for 宇宙—— 这); and a compound's hyphen spaced out by a
tokeniser ("three - dimensional", "self - assembly"). A spaced hyphen used as
a dash ("the universe - a shadow") is a common web style and not reported.

Wire services write "--" in datelines ("BEIJING, Oct. 1 (Xinhua) --") and
before their name ("… -- ECNS"): their house style, left alone.
"""

from __future__ import annotations

import re
from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
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

# exactly two hyphens (not an arrow "-->", a rule "----" or an HTML comment), or two spaced ones ("- -")
_DOUBLE_HYPHEN = re.compile(r"(?<![-<!])--(?![->])|(?<=\s)-\s-(?=\s)")
# a command-line option ("--help", "ls --all"): two hyphens after a space and glued to a lower-case word
_OPTION = re.compile(r"(?:^|\s)--[a-z][\w-]*")
# a dateline ("ECNS, October 1 --", "Beijing, October 1 (reported by Sang Tong) --") at the head of the pair
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(rf"^[^.!?\"“]{{0,120}}(?:\b{_MONTHS}\s+\d{{1,2}}|\((?i:reported by|reporter|by|xinhua|ecns|ap|afp|"
                       rf"reuters)\b[^()]*\)|News|Xinhua|ECNS)\s*$")
# the outlet after the text ("… the most votes -- ECNS")
_OUTLET_AFTER = re.compile(r"^\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*$")


def _double_hyphens(text: str) -> list[re.Match]:
    """Each "--" or "- -" of `text` that stands for a dash: not an option, a dateline's or an outlet's."""
    options = [m.span() for m in _OPTION.finditer(text)]
    found = []
    for m in _DOUBLE_HYPHEN.finditer(text):
        if any(a <= m.start() < b for a, b in options):
            continue
        if _DATELINE.match(text[:m.start()]) or _OUTLET_AFTER.match(text[m.end():]):
            continue
        found.append(m)
    return found


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
    """A dash written as two hyphens ("--", or "- -" after a tokeniser) instead of — (em dash).

    Reported once per pair, at the first place, with how many there are. A
    command-line option ("--help"), an arrow or a rule ("-->", "----"), and
    the "--" wire services write after a dateline or before their name are
    left alone.
    """
    found = _double_hyphens(pair.target)
    if not found:
        return
    first = found[0]
    more = f" ({len(found)} places)" if len(found) > 1 else ""
    span = _with_words(pair.target, first.start(), first.end())
    yield Problem(f"A dash typed as two hyphens{more}; in print a dash is — (em dash).",
                  target_span=span, suggestion=re.sub(r"--|-\s-", "—", span, count=1))


# ---------------------------------------------------------------- P513 a hyphen glued where the source has a dash

# words that begin a clause or a phrase, never the second part of a compound: after a glued hyphen they show
# a dash ("universe-the", "heat-this", "bugs-and"); particles (in, up, off) are left out: check-in, follow-up
_OPENING_WORDS = frozenset("""a an the this that these those it its it's we we're you you're they they're he she
    i and but or so if when which who whom whose where while because not no maybe perhaps actually absolutely
    basically therefore however just even each every some many such""".split())
_GLUED = re.compile(r"\b([A-Za-z][A-Za-z'’]*)-([A-Za-z][A-Za-z'’]*)\b(?!-)")


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
        if m.start() > 0 and pair.target[m.start() - 1] == "-":
            continue  # the end of a longer compound: "state-of-the-art", "mother-in-law"
        if m.group(2).lower().replace("’", "'") in _OPENING_WORDS and m.group(1).lower() not in _OPENING_WORDS:
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
# prefixes that are no words of their own: a spaced hyphen after them splits a compound ("co - evolved")
_BOUND_PREFIXES = frozenset("co pre non anti post multi semi socio sub inter intra ultra pseudo quasi neo mid "
                            "bio eco geo micro macro mini".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred thousand half single double triple multi".split())
# what a number makes a compound with: "8 - foot", "10 - fold", "three - dimensional", "five - year"
_MEASURE_SECOND = frozenset("foot feet inch meter metre mile kilometer kilometre fold dimensional year day week month "
                            "hour minute second storey story floor seat room page point percent man person member "
                            "party way sided legged wheeled".split())


def _compound(first: str, second: str, written: frozenset[str]) -> bool:
    """first-second is a compound: the dictionary has it, the document writes it unspaced, its first part is a
    prefix (co, pre, non, self), or a number before a measure ("8-foot", "three-dimensional")."""
    from qa.lang.hunspell_words import known

    joined = f"{first}-{second}"
    low = joined.lower()
    if low in written or known(joined) or known(low):
        return True
    head = first.lower()
    if head in _BOUND_PREFIXES or head == "self":
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
    part is a prefix (co, non, pre, self), or a number before a measure
    ("8 - foot"). Reported once per pair, with how many there are.
    """
    found = _spaced_compounds(pair, ctx)
    if not found:
        return
    first = found[0]
    more = f" ({len(found)} places)" if len(found) > 1 else ""
    yield Problem(f"A compound's hyphen has spaces around it, as a tokeniser leaves it{more}.",
                  target_span=first.group(), suggestion=f"{first.group(1)}-{first.group(2)}")
