"""M106–M108: entities of the source that the target leaves out, replaces or renders literally.

The accounting itself is in qa.terminology.entities; the view is memoised
per pair in qa.checks.names (entity_issues), which M104 shares for names
altered by one syllable.
"""

from __future__ import annotations

from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.names import entity_issues
from qa.checks.registry import check
from qa.model import Pair
from qa.terminology.literal_names import literal_renderings

_NAMES = ("segmenter", "romaniser", "dictionary", "word-list")


@check(
    "M107",
    "entity-replaced",
    category="Accuracy/Mistranslation",
    requires=_NAMES,
    severity="major",
    example="山东省 → Shanxi Province (the source says Shandong)",
)
def entity_replaced(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """The target names a different person, place or organisation than the source.

    A name in the English that no span of the source reads as, and that is not
    the English name of anything in the source (or elsewhere in the document),
    while a source name of the same kind has no rendering: "Shanxi" for 山东,
    "Wang Jianguo" for 李明, "Macron" for 默克尔.
    """
    for issue in entity_issues(pair, ctx):
        if issue.status == "replaced":
            what = f"{issue.source_span} is not rendered: " if issue.source_span else "A name of the source is not rendered: "
            yield Problem(f"{what}{issue.detail}.", source_span=issue.source_span,
                          target_span=issue.target_span, suggestion=issue.suggestion)


@check(
    "M106",
    "entity-missing",
    category="Accuracy/Omission",
    requires=_NAMES,
    severity="major",
    example="外交部发言人华春莹说 → The spokeswoman said (华春莹 and 外交部 missing)",
)
def entity_missing(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A person, place or organisation of the source has no rendering at all in the target.

    Only names we are sure are entities (CC-CEDICT's people, places and bodies,
    Chinese personal names, places with a unit suffix) are judged, and only
    when no romanization, English name, translation or acronym of them is in
    the target and nothing there could be referring to them (a pronoun for a
    person, "the city" for a place, "the ministry" for a body).
    """
    for issue in entity_issues(pair, ctx):
        if issue.status == "missing":
            yield Problem(f"{issue.source_span} ({issue.detail}) is not named in the target.",
                          source_span=issue.source_span, suggestion=issue.suggestion)


@check(
    "M108",
    "standard-name-not-used",
    category="Terminology/Wrong term",
    requires=_NAMES,
    severity="minor",
    example="新华社 → New China News Agency (its English name is Xinhua News Agency)",
)
def standard_name_not_used(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A media outlet with an established English name is rendered word for word.

    Newspapers, news agencies and broadcasters that CC-CEDICT
    (or the glossary) gives an English name: the target neither uses that name
    (nor its distinctive word or acronym: "Xinhua", "CCTV") and writes a
    capitalised phrase made of the characters' own meanings ("New China News
    Agency", "People Daily Newspaper") or one or two letters from the name.
    """
    for found in ctx.memo("names.literal", lambda: literal_renderings(pair, ctx.doc.glossary)):
        yield Problem(f"{found.word} is rendered word for word as {found.span!r}; its English name is {found.standard!r}.",
                      source_span=found.word, target_span=found.span, suggestion=found.standard)
