"""T105's rules that need no same-place comparison: a name or term whose capital the document
keeps wherever it stands (a plural naming a group, a name the source writes in Latin letters, a
two-word term in its house style). qa.terminology.capitals compares the rest by place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Container, Iterator

from qa.lang.en_words import DETERMINERS, STOP_WORDS, english_tokens
from qa.lang.hunspell_words import known, singular
from qa.lang.lemmas import all_lemmas
from qa.model import Pair
from qa.terminology.case_scan import (BOUNDARY, HEAD_OF, NEXT_WORDS, OF_NAME_AT, OFFICE_HEADS, names_after, office_field,
                                      phrase_start)
from qa.terminology.name_finder import ENGLISH_TITLES
from qa.terminology.source_anchor import ANCHOR_QUORUM, source_anchor

Context = tuple[str, str, str]  # ("alone", word before, "") or ("name", name word before, name word after)

OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;…]|[“‘\"'(\[—–-])[\s”’\"')\]]*$")
_CLOSERS = frozenset("”’\"')]")  # with white space: what may stand between a sentence's opening and its word
_OPENERS = frozenset(".!?:;…“‘\"'([—–-")  # what opens a sentence (or a quotation, an aside) right before them


def opens_sentence(text: str, end: int) -> bool:
    """`OPENS_SENTENCE.search(text[:end])`: read backwards from `end` over white space and closing marks, a
    character at a time (not a regex on the reversed text before it, a copy of the paragraph per word)."""
    k = min(end, len(text))
    while k > 0:
        char = text[k - 1]
        if char in _OPENERS:
            return True
        if char not in _CLOSERS and not char.isspace():
            return False
        k -= 1
    return True


@dataclass(frozen=True)
class CaseSlip:
    pair: Pair
    written: str  # the lower-case occurrence as written: "party"
    capitalised: str  # the house form: "Party"
    majority: tuple[str, ...]  # pair ids of the capitalised occurrences
    anchor: str


def latin_in_source(word: str, source: str) -> str:
    """The name as the Chinese source itself writes it in Latin letters (Meta, TikTok): the
    source then says outright that the word is a name."""
    capital = word.capitalize()
    if capital not in source:
        return ""  # the one test most words need, with no pattern compiled for the word
    found = re.search(rf"(?<![A-Za-z]){capital}(?![a-z])", source)
    return found.group() if found else ""


def plural_name(word: str, pair: Pair, text: str, by_context: dict[Context, set[str]],
                 lowered: list[tuple[Pair, str, Context]], sources: dict[str, str]) -> CaseSlip | None:
    """A plural the document capitalises inside sentences as a group's or team's name (the
    Republicans, the Nationals, Belfast Giants), lowered in this pair only, for the same source
    term (共和党): a plural capitalised mid-sentence is a name wherever it stands."""
    if singular(word) == word or {p.id for p, _, _ in lowered} != {pair.id}:
        return None
    # standing as a name of its own (the Republicans, Belfast Giants), not inside or opening a longer
    # one ("Bureau of Human Resources and Social Security", "the Experts Group")
    others = set().union(*(ids for ctx, ids in by_context.items() if not ctx[2])) - {pair.id}
    if len(others) < 2:
        return None
    anchor = source_anchor(others, pair.source, sources, quorum=ANCHOR_QUORUM)
    return CaseSlip(pair, text, word.capitalize(), tuple(sorted(others)), anchor) if anchor else None


def capitalised_anywhere(pairs: list[Pair]) -> dict[str, set[str]]:
    """Pairs writing each word with a capital, sentence starts included (Flake said …)."""
    found: dict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        for token in english_tokens(pair.target):
            if token.text[:1].isupper() and token.text[1:].islower():
                found[token.text.lower()].add(pair.id)
    return found


@dataclass(frozen=True)
class Bigrams:
    """A document's two-word sequences, read once: (first word in lower case, second) → pair ids."""
    lowered: dict[tuple[str, str], set[str]]  # "internet insurance"
    capitalised: dict[tuple[str, str], set[str]]  # "Internet insurance" inside a sentence, on its own
    following: dict[tuple[str, str], list[str]]  # (pair id, lower-case word) → the words after it there


_BIGRAM = re.compile(r"\b([A-Za-z][a-z]+) (?=([a-z]{3,})\b)")
# a capitalised word right before (a name's word: "Communist Party"), not a determiner opening a
# sentence ("The Party leads", "This party was founded"): the one list of determiners, en_words.DETERMINERS
_NAME_WORD_BEFORE = re.compile(rf"(?!(?:{'|'.join(sorted(w.capitalize() for w in DETERMINERS))}) $)[A-Z][\w'’-]* $")


def name_word_before(text: str, end: int) -> bool:
    """A name's capitalised word ends right before `end` ("Communist Party"): not a determiner
    opening a sentence ("The Party leads"), nor a common word that has its capital only because it
    opens the sentence ("But Party members disagree", "When Party leaders met", "In Party work")."""
    # from the last full stop, bracket or quote; a line break right before `end` is the space it stands
    # for ("Carnegie Mellon \nUniversity": the pattern's `$` matches before it), not a break
    start = phrase_start(text, end - 1 if text[end - 1:end] == "\n" else end)
    found = _NAME_WORD_BEFORE.search(text, start, end)
    if found is None:
        return False
    return not (opens_sentence(text, found.start()) and known(found.group().strip().lower()))


def document_bigrams(pairs: list[Pair], firsts: Container[str] | None = None) -> Bigrams:
    """The document's two-word sequences whose second word is in lower case, by how the first is written
    (`firsts`: only those whose first word, in lower case, is one of them: compound_slip asks about the
    words the document capitalises inside sentences, a few of the page's thousands of word pairs)."""
    lowered: dict[tuple[str, str], set[str]] = defaultdict(set)
    capitalised: dict[tuple[str, str], set[str]] = defaultdict(set)
    following: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pair in pairs:
        for m in _BIGRAM.finditer(pair.target):
            first, second = m.groups()
            if firsts is not None and first.lower() not in firsts:
                continue
            if first.islower():
                lowered[(first, second)].add(pair.id)
                following[(pair.id, first)].append(second)
            elif not opens_sentence(pair.target, m.start()) and not name_word_before(pair.target, m.start()):
                capitalised[(first.lower(), second)].add(pair.id)  # not the tail of "Blue Sky Rescue team"
    return Bigrams(lowered, capitalised, following)


def compound_slip(pair: Pair, written: str, sources: dict[str, str], bigrams: Bigrams) -> CaseSlip | None:
    """A two-word term the document writes with its first word capitalised inside sentences in two
    other pairs, on its own (not the tail of "Blue Sky Rescue team"), and never in lower case
    ("Internet insurance"), lowered here for the same source term (互联网保险): the term's house
    style, whatever word comes before it."""
    for second in bigrams.following.get((pair.id, written), ()):
        key = (written, second)
        if second in STOP_WORDS or bigrams.lowered.get(key, set()) - {pair.id}:
            continue  # the document writes the term in lower case elsewhere too
        others = bigrams.capitalised.get(key, set()) - {pair.id}
        if len(others) >= 2 and (anchor := source_anchor(others, pair.source, sources, quorum=ANCHOR_QUORUM)):
            return CaseSlip(pair, written, written.capitalize(), tuple(sorted(others)), anchor)
    return None


def latin_name(word: str, pair: Pair, text: str, capitalised: set[str]) -> CaseSlip | None:
    """The source writes the name in Latin letters with its capital (Meta) more often than the
    English does, and the document capitalises it in two other pairs: the lowered word is that name."""
    latin = latin_in_source(word, pair.source)
    others = capitalised - {pair.id}
    if not latin or len(others) < 2:
        return None
    # the word standing alone, not in an English phrase the source quotes ("Virgin Olive Oil"),
    # which the English may translate as common words ("virgin olive oil")
    alone = re.findall(rf"(?<![A-Za-z])(?<![A-Za-z] ){latin}(?![A-Za-z])(?! [A-Za-z])", pair.source)
    if len(alone) <= len(re.findall(rf"\b{latin}\b", pair.target)):
        return None
    return CaseSlip(pair, text, latin, tuple(sorted(others)), latin)


@dataclass(frozen=True)
class WordPlaces:
    """Where each word of a document stands before a space, read once per document: a phrase is
    looked up at its first word's places instead of searched for in every pair, which made T105
    quadratic in the document's length (a pattern per phrase, run over every pair)."""
    places: dict[str, list[tuple[Pair, int]]]  # word as written → (pair, start), in document order
    title_lines: frozenset[str]  # title-case lines: their capitals are the heading's, not the writer's
    in_pair: dict[tuple[str, str], list[int]]  # (pair id, word) → its starts there: one pair's places, not the document's


_WORD_BEFORE_SPACE = re.compile(r"(?<![\w'’-])[^\W\d_]+(?= )")


def word_places(pairs: list[Pair], title_lines: set[str]) -> WordPlaces:
    """The document's WordPlaces."""
    places: dict[str, list[tuple[Pair, int]]] = defaultdict(list)
    in_pair: dict[tuple[str, str], list[int]] = defaultdict(list)  # by id: a Pair hashes all its fields
    for pair in pairs:
        for m in _WORD_BEFORE_SPACE.finditer(pair.target):
            places[m.group()].append((pair, m.start()))
            in_pair[pair.id, m.group()].append(m.start())
    return WordPlaces(dict(places), frozenset(title_lines), dict(in_pair))


def phrase_places(index: WordPlaces, phrase: str) -> Iterator[tuple[Pair, int, int]]:
    """(pair, start, end) of each place `phrase` (two words or more, the first one of letters) is
    written as whole words, as `re.finditer(rf"(?<![\w'’-]){re.escape(phrase)}\b", …)` finds them."""
    last: tuple[Pair | None, int] = (None, -1)
    for pair, start in index.places.get(phrase.split(" ", 1)[0], ()):
        end = start + len(phrase)
        if (pair is not last[0] or start >= last[1]) and pair.target.startswith(phrase, start) \
                and BOUNDARY.match(pair.target, end):
            last = (pair, end)
            yield pair, start, end


def title_written_elsewhere(pair: Pair, written: str, index: WordPlaces) -> CaseSlip | None:
    """The word opens a title or name whose next words the document writes, capitalised word
    included, with the word capitalised inside a sentence of another pair and never lowered there:
    "leading party group of the Guangdong" beside "leading Party group of the Guangdong", "grandpa
    is a Stupid Kid" beside the book "Grandpa is a Stupid Kid", "minister of Economic Regeneration".
    The same words around it say it is the same title; no source anchor is needed."""
    capital = written[:1].upper() + written[1:]
    if not any(p.id != pair.id for p, _ in index.places.get(capital, ())):
        return None  # the one look-up most lowered words need
    for start in index.in_pair.get((pair.id, written), ()):  # its places here: no pattern compiled for the word
        following = NEXT_WORDS.match(pair.target, start + len(written))
        if following is None:
            continue
        words = following.group().split(" ")[1:]
        if words[0] in ("and", "or", "but", "nor"):
            continue  # a list of titles ("secretary and Deputy Director"): the next one says nothing of this one
        for n in range(len(words), 1, -1):
            tail = " " + " ".join(words[:n])
            if not words[n - 1][:1].isupper() or sum(w.lower() not in STOP_WORDS for w in words[:n]) < 2:
                continue  # two words of the name or more, ending on a name's word ("group of the Guangdong")
            goes_on = _name_goes_on(pair.target, start + len(written) + len(tail))
            named = _written_inside(capital + tail, index, pair.id, goes_on)
            if named and not any(p.id != pair.id for p, _, _ in phrase_places(index, written + tail)):
                return CaseSlip(pair, written, capital, named, "")
    return None


def _written_inside(phrase: str, index: WordPlaces, not_in: str, goes_on: bool) -> tuple[str, ...]:
    """Pairs (other than `not_in`, not title-case lines) writing `phrase` inside a sentence, where its
    capital is the writer's, and ending where the lowered one ends: "Socialism with Chinese" goes on
    with "Characteristics for the New Era", a longer title than "socialism with Chinese characteristics"."""
    return tuple(dict.fromkeys(
        p.id for p, start, end in phrase_places(index, phrase)
        if p.id != not_in and p.id not in index.title_lines
        and not opens_sentence(p.target, start) and _name_goes_on(p.target, end) == goes_on))


def _name_goes_on(text: str, end: int) -> bool:
    """The word right after `end` is capitalised: the name written up to there goes on."""
    return re.match(r" [A-Z]", text[end:]) is not None


def proper_noun_lowered(pair: Pair, written: str, capitalised_inside: set[str], lowered_pairs: set[str]) -> CaseSlip | None:
    """A word the English dictionary knows only with its capital (Rooney, Newport), capitalised
    inside sentences of two other pairs and lowered in this pair only: no common word of that
    spelling exists, so the lower case is a slip whatever the source says."""
    others = capitalised_inside - {pair.id}
    if len(others) < 2 or lowered_pairs != {pair.id}:
        return None
    return CaseSlip(pair, written, written[:1].upper() + written[1:], tuple(sorted(others)), "")


def head_of_names_lowered(pair: Pair, written: str, index: WordPlaces) -> CaseSlip | None:
    """The word heads a name of two capitalised words or more after "of", "on" or "for" ("academy
    of the Arts and Sciences", which title_written_elsewhere's few next words miss), where two other
    pairs write the same name with the word capitalised inside a sentence, and no other pair lowers
    the word before such a name: the name's head in its own style. Only the same name counts: the
    name after "of" is mostly another body the common noun belongs to ("the deputy mayor of Fenyang
    City"), and a capital right before a person's name is a title's ("President of Russia Vladimir
    Putin" says nothing of "the president of the United States responded")."""
    if not any(f"{written} {joint} " in pair.target for joint in ("of", "on", "for")):
        return None  # the substring test most lowered words need, before any pattern
    heads = names_after(pair.target, written)
    if not heads or any(p.id != pair.id and OF_NAME_AT.match(p.target, start + len(written))
                        for p, start in index.places.get(written, ())):
        return None  # lowered before a name in another pair too: the document's own style
    capital = written[:1].upper() + written[1:]
    for m in heads:
        # the same name, ending where it ends: no person's name after it ("President of Russia Vladimir Putin")
        named = _written_inside(capital + m[0], index, pair.id, _name_goes_on(pair.target, m[1]))
        if len(named) >= 2:
            return CaseSlip(pair, written, capital, named, "")
    if singular(written) in ENGLISH_TITLES or singular(written) in _OF_A_PLACE:
        return None  # a title's case follows its place ("the mayor of Fenyang City" beside "Mayor of Beijing"),
        # and a common noun before a place is no title ("the government of the United States")
    # a work's or a body's generic head before titles of their own: "the report of Survey Analysis on
    # Financial Literacy" beside "the Report of Consumption of Chinese Young People" and "the Report on
    # Debt Status …": the document heads every such name with the capital
    heads_elsewhere = tuple(dict.fromkeys(
        p.id for p, start in index.places.get(capital, ()) if p.id != pair.id and p.id not in index.title_lines
        and not opens_sentence(p.target, start) and OF_NAME_AT.match(p.target, start + len(capital))))
    return CaseSlip(pair, written, capital, heads_elsewhere, "") if len(heads_elsewhere) >= 2 else None


# common nouns English writes in lower case before a place's name, whatever names the document capitalises
_OF_A_PLACE = frozenset("""government people city province state capital region county town village country nation
    citizen resident embassy consulate""".split())
# the heads of an institution's name: "Harvard university" beside "Yale University" is one style slipped
_INSTITUTION_HEADS = frozenset("university college institute academy ministry department commission".split())
_LIKE_ANY = frozenset("a an one another any each every some no several".split())  # "a Beijing university": any one


def institution_name_lowered(pair: Pair, written: str, index: WordPlaces) -> CaseSlip | None:
    """A proper name's word lowered inside an institution's name the document writes once: its head
    after a proper noun no dictionary has in lower case ("Harvard university", where the document
    writes "Yale University" and "Brown University"), or its field after a capitalised head and
    "of" ("Department of education", where the document capitalises "Education" in other names).
    An editor sees the slip without the name written twice: one name, two cases."""
    capital = written[:1].upper() + written[1:]
    if written in _INSTITUTION_HEADS:
        named = tuple(dict.fromkeys(p.id for p, start, _ in _after_name(index, capital) if p.id != pair.id))
        for m in re.finditer(rf"(?<![\w'’-])([A-Z][a-z]+) {written}\b( [a-z]+\b)?", pair.target):
            # the name's end, not a modifier ("Beijing college graduates"), written so in no other pair
            if (named and not known(m.group(1).lower()) and m.group(1) not in nationality_adjectives() and not opens_sentence(pair.target, m.start())
                    and (m.group(2) is None or m.group(2).strip() in STOP_WORDS)
                    and not _any_one(pair.target[: m.start()])
                    and not any(p.id != pair.id for p, _, _ in phrase_places(index, f"{m.group(1)} {written}"))):
                return CaseSlip(pair, written, capital, named, "")
    if not office_field(pair.target, written):
        return None  # the pattern below compiled only for a word standing there
    for m in re.finditer(rf"(?<![\w'’-]){OFFICE_HEADS} of (?:the )?{re.escape(written)}\b", pair.target):
        # the field of another body's name ("Ministry of Education") only: a capital inside some other
        # kind of name ("the Experts Group", "The Experts Forum") says nothing of "a Committee of experts"
        fields = tuple(dict.fromkeys(p.id for p, start in index.places.get(capital, ()) if p.id != pair.id
                                     and HEAD_OF.search(p.target, 0, start)))
        if fields and not opens_sentence(pair.target, m.start()):
            return CaseSlip(pair, written, capital, fields, "")
    return None


@lru_cache(maxsize=1)
def nationality_adjectives() -> frozenset[str]:
    """Countries' adjectives (American, Chinese; countryinfo's) and the nations' of Britain."""
    from qa.lang.country_demonyms import all_demonyms

    return all_demonyms() | {"English", "Scottish", "Welsh", "European"}


def _any_one(before: str) -> bool:
    """The noun phrase ending at `before` opens with "a", "one", "another" …: any one of its kind
    ("a top Beijing university", "a Hong Kong university"), no name. Walks back over capitalised
    words (the rest of the name: "Hong"), adjectives ("top") and hyphened modifiers, never over a noun or a preposition
    ("a complaint against Harvard university" names Harvard)."""
    for word in reversed(before.split()[-8:]):
        lower = word.lower()
        if lower in _LIKE_ANY:
            return True
        parts = word.split("-")
        if len(parts) > 1 and all(part.isalpha() for part in parts) and parts[-1].lower() not in STOP_WORDS:
            continue  # a compound modifier ("well-known", "world-class"): its parts need not be adjectives
        if not word.isalpha() or lower in STOP_WORDS or (word.islower() and "ADJ" not in all_lemmas(lower)):
            return False
    return False


def _after_name(index: WordPlaces, capital: str) -> Iterator[tuple[Pair, int, int]]:
    """Places where `capital` heads a name inside a sentence: right after a capitalised word."""
    for pair, start in index.places.get(capital, ()):
        if pair.id not in index.title_lines and name_word_before(pair.target, start):
            yield pair, start, start + len(capital)
