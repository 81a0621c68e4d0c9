"""Entities of the source the target leaves out altogether, and organisations rendered word for word.

Built on the accounting in qa.terminology.entities. A source entity counts
as left out only when we are sure it is one (strong_kind), nothing in the
target renders it (romanization, English name, a translation of its
meaning, an acronym), no other name stands in its place (that is a
replacement), and nothing in the target could be referring to it: a pronoun
for a person, "the city" for a place, "the ministry" for a body. Precision
first: a paraphrase we cannot see is not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.lang import gazetteer
from qa.lang import pinyin as py
from qa.lang.en_dictionary import is_english_word
from qa.lang.en_words import content_words, english_tokens, same_word
from qa.lang.zh_names import NameMention
from qa.model import Pair
from qa.terminology.entities import english_forms, strong_kind
from qa.terminology.target_names import reading_spans
from qa.terminology.titled_names import surname_in

_PRONOUNS = frozenset("he she his her him hers himself herself".split())
_PLACE_REFERENCES = frozenset(
    "city province county country region town village district capital there here local locally "
    "nation national municipal provincial prefecture area state island river lake mountain".split()
)
_BODY_REFERENCES = frozenset(
    "ministry company agency bureau commission committee department university group association newspaper "
    "paper council office administration government authority institute academy court party it its".split()
)
_TITLE_MARKS = re.compile(r"《[^》]*》|“[^”]*”|\"[^\"]*\"")


@dataclass(frozen=True)
class MissingEntity:
    mention: NameMention
    kind: str
    expected: str  # how the target should name it


def _words(target: str) -> set[str]:
    return {t.text.lower() for t in english_tokens(target)}


def translated(mention: NameMention, target: str, glossary=None) -> bool:
    """The target renders the entity by meaning or by acronym: at least half the content words of one
    of its English names ("Foreign Ministry" for Ministry of Foreign Affairs), or their initials (NPC)."""
    from qa.lang import cedict

    words = _words(target)
    acronyms = {t.text for t in english_tokens(target) if t.text.isupper() and len(t.text) >= 2}
    names = english_forms(mention, glossary) + [g for form in mention.forms for g in cedict.english_glosses(form)][:6]
    for name in names:
        wanted = content_words(name)
        if wanted and 2 * sum(any(same_word(w, t) for t in words) for w in wanted) >= len(wanted):
            return True
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())
        if len(initials) >= 2 and initials in acronyms:
            return True
        acronyms_given = set(re.findall(r"\(([A-Z]{2,})\)", name))
        if acronyms_given & acronyms:
            return True
    return False


def _referred_to(kind: str, target: str) -> bool:
    """Something in the target may stand for an entity of this kind: a pronoun, "the city", "the ministry"."""
    words = _words(target)
    if kind == gazetteer.PERSON:
        return bool(words & _PRONOUNS)
    if kind == gazetteer.PLACE:
        return bool(words & _PLACE_REFERENCES)
    return bool(words & _BODY_REFERENCES)


def _in_title(mention: NameMention, source: str) -> bool:
    """Inside a quoted or book title (《湖南日报》 as a name is the outlet's business; quotes are rewritten)."""
    return any(m.start() <= mention.start < m.end() for m in _TITLE_MARKS.finditer(source))


def _after_number(mention: NameMention, source: str) -> bool:
    """Right after a figure: 12日电 is a dateline ("12th, by wire"), 四人大轿 a four-man sedan."""
    return mention.start > 0 and (source[mention.start - 1].isdigit() or source[mention.start - 1] in _ZH_DIGITS)


_ZH_DIGITS = "零一二两三四五六七八九十百千万亿"


def unexplained_words(pair: Pair, claimed: set[int]) -> list[str]:
    """Capitalised words of the target that are no English word, no part of a name the analysis matched,
    and no reading of the source: a name we cannot account for ("Ri Yong Ho", "Sinopec", "ECNS") may be
    the missing entity under a spelling we do not know."""
    out = []
    for k, token in enumerate(english_tokens(pair.target)):
        word = token.text
        if k in claimed or not word[:1].isupper() or is_english_word(word) or len(word) < 2:
            continue
        if word.isupper() or not reading_spans(py.fold(word), pair.source):
            out.append(word)
    return out


def _surname_alone(mention: NameMention, target: str) -> bool:
    """A person named by the surname alone ("Sha pointed to them"): how a repeated mention reads."""
    return strong_kind(mention) == gazetteer.PERSON and surname_in(mention.forms[-1], english_tokens(target))


def _demonym(mention: NameMention, target: str, glossary) -> bool:
    """The adjective of a country's name ("British" for 英国 = Britain, "Chinese"): four letters shared."""
    words = {t.text for t in english_tokens(target) if t.capitalised}
    stems = {w[:4] for name in english_forms(mention, glossary) for w in name.split() if len(w) >= 4 and w[:1].isupper()}
    return any(w[:4] in stems for w in words)


def missing_entities(pair: Pair, unrendered: list[NameMention], accounted: set[str], glossary=None,
                     claimed: set[int] = frozenset(), never_rendered: frozenset[str] = frozenset()) -> list[MissingEntity]:
    """Strong source entities with no rendering, no substitute name and nothing that refers to them.

    `unrendered` are the pair's source names with no rendering (qa.terminology.entities.unrendered_names);
    `accounted` those a replacement or alteration finding already covers; `claimed` the target tokens
    the name analysis matched; `never_rendered` names the document mentions in several pairs and renders
    in none (a translation we cannot see: 韦小宝 is "Trinket" throughout).
    """
    out: list[MissingEntity] = []
    unexplained = None
    for mention in unrendered:
        kind = strong_kind(mention)
        if not kind or mention.text in accounted or mention.forms[-1] in never_rendered or mention.titled:
            continue  # a titled person is M105's
        if _in_title(mention, pair.source) or _after_number(mention, pair.source):
            continue
        if translated(mention, pair.target, glossary) or _referred_to(kind, pair.target) \
                or _surname_alone(mention, pair.target) or _demonym(mention, pair.target, glossary):
            continue
        if unexplained is None:
            unexplained = unexplained_words(pair, claimed)
        if unexplained:
            continue
        names = english_forms(mention, glossary)
        out.append(MissingEntity(mention, kind, names[0] if names else ""))
    return out
