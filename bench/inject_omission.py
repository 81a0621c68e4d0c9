"""Error injectors for omissions inside a sentence (issue 18, stage 1): a list item, a qualifier, a numeral.

The English words to delete are chosen by English structure and part of
speech (lemminflect's lexicon, which ships its data), never by the detector's
dictionary, so recall is not inflated by construction:

- list-item-dropped: one item of an English list "A, B(,) and C" of three or
  more items, in a pair whose source has a 、-list of as many items (counted
  by its 、 and joiners, not by the detector's parser) at about the same place
  (within MAX_SHIFT of the text: an English list elsewhere renders another
  phrase, and cutting it tests nothing the list check reads). A dropped item that is
  a name (Italy, Turkey, Bulgaria …) or a figure is M106's or N202's one
  finding, which A006 defers to: either detects the injection. A name followed
  by lower-case titles is one person ("Tang Feng, representative of … and
  member of …"), and a list that opens with a count introduces the rest ("two
  main topics, A and B"): neither is offered. Inner items lie between
  separators; the first and last items are the run of nouns, adjectives and
  unknown (capitalised) words next to their separator.
- approximator-dropped: an adverb (lemminflect ADV) or "more than / less than /
  at least / up to" directly before an English figure, when the source says
  that figure with an approximating word of Chinese grammar beside it (约, 近,
  超过 before; 多, 余, 左右, 以上 after: the closed class of 概数 words, not the
  detector's list). Without one the English adverb is the translator's own
  ("weighed about 130 pounds" for 六十公斤, "only 1,108 hours remained" for
  还剩1108小时): deleting it loses nothing of the source.
- numeral-dropped: an English figure of two or more directly before a noun,
  whose value the source writes exactly with a measure word (三个方面 → "three
  aspects"). "One" is left alone: English says 一个 with "a", so "one thing"
  → "thing" breaks the grammar rather than losing a count; so are a figure
  after "these"/"the above" (这两个品牌 refers back to the brands named) and
  the end of a range ("1-2 locations" → "1-locations").
- focus-adverb-dropped: an English focusing or time adverb (even, only, just,
  also, especially, first, again, already, still: a closed class of English
  grammar) whose Chinese counterpart (甚至/连, 只/仅, 也/还, 尤其/特别, 再/又, 已,
  仍/还 …: a closed class of Chinese grammar, as jieba's words) stands in the
  source clause that matches the adverb's place, when nothing else in the
  English carries the sense and no fixed phrase holds it (bench.inject_focus).
  Many have no listed qualifier behind them (也, 还, 已经 and 仍 are dropped
  routinely by translators), so this measures how much of "a modifier
  dropped" stage 1 covers.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

from bench.inject_core import Injector, pick_match, splice
from bench.inject_focus import focus_adverbs
from bench.inject_list_place import placed_near, source_lists
from qa.lang.en_words import STOP_WORDS
from qa.lang.numbers import find_numbers
from qa.model import Pair

_WORD = r"[A-Za-z][\w'’-]*"
_ENGLISH_LIST = re.compile(rf"((?:{_WORD} ){{0,3}}{_WORD})((?:, (?:{_WORD} ){{0,3}}{_WORD}){{1,}}),? (and|or) "
                           rf"({_WORD}(?: {_WORD}){{0,3}})")
# English approximators and focusers before a figure (a closed class of English grammar; single adverbs
# beyond these come from lemminflect): the stop-word list would otherwise hide "about", "over", "only".
_PHRASES = re.compile(r"\b(?:more than|less than|fewer than|at least|up to|(?:no|not) (?:more|less|fewer) than|"
                      r"as many as|about|around|over|some|only|just|almost|nearly) "
                      r"(?=\d|[a-z]+ (?:thousand|million|billion|hundred))", re.I)
# Chinese approximating words (概数, a closed class of Chinese grammar) before and after a figure
_ZH_APPROX_BEFORE = re.compile(r"(?:约|大约|大概|近|将近|接近|超过|超|逾|多达|高达|至少|不少于|不低于|不到|不足|不超过|"
                               r"仅|仅有|只有|只|才|最多|最少|上)[有为达]?$")
_ZH_APPROX_AFTER = re.compile(r"^[\u4e00-\u9fff%％]{0,2}?(?:多|余|来|左右|上下|前后|以上|以下|以内|开外|出头|许)")
_PREPOSITIONS = frozenset("within since until till per across through past ago around inside outside".split())
# adverbs of time or order before a figure ("the next two years", "the late 19th century"): no approximators
_NOT_APPROXIMATORS = frozenset("next last late early first later earlier".split())
_MEASURED = re.compile(r"[0-9一二三四五六七八九十两百千万]+(?:个|项|名|家|位|条|次|件|种|所|座|架|艘|辆|台|支|批|轮|场|届|人|只|本|篇)")


@lru_cache(maxsize=65536)
def tags(word: str) -> frozenset[str]:
    """lemminflect's parts of speech for an English word ('NOUN', 'ADJ', 'ADV', 'VERB'); empty: closed class or unknown."""
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word.lower()) or getAllLemmas(word))


def _nominal(word: str) -> bool:
    if word.lower() in STOP_WORDS:
        return False
    found = tags(word)
    return bool(found & {"NOUN", "ADJ", "PROPN"}) or (not found and word[:1].isupper())


_INSIDE_ITEM = frozenset({"of", "the", "a", "an", "for", "in", "on", "to"})


def _item(text: str) -> bool:
    """A list item is a noun phrase of a few words: nouns, adjectives, names, of/the between them
    ("degree of dysmenorrhea"), no conjunction of its own and no verb alone ("it is not bad")."""
    words = re.findall(r"[\w'’-]+", text)
    return bool(words) and all(w.lower() in _INSIDE_ITEM or _nominal(w) for w in words) and _nominal(words[-1])


def _ends_phrase(text: str, at: int) -> bool:
    """The last item ends here: punctuation, the end, or a word that is no noun, adjective or verb."""
    nxt = re.match(r"\s*([\w'’-]+)?", text[at:])
    word = nxt.group(1) if nxt else None
    return word is None or not text[at:at + 1].isspace() or not tags(word) & {"NOUN", "ADJ", "VERB"}


def _edge_span(text: str, start: int, end: int, from_end: bool) -> tuple[int, int] | None:
    """The nominal run at one edge of text[start:end] (the first item's tail, the last item's head)."""
    words = list(re.finditer(_WORD, text[start:end]))
    if from_end:
        words.reverse()
    run = []
    for w in words:
        if not _nominal(w.group()):
            break
        run.append(w)
    if not run or len(run) > 3:
        return None
    lo, hi = min(w.start() for w in run), max(w.end() for w in run)
    return start + lo, start + hi


def list_deletions(target: str, sizes: set[int] | None = None, source: str = "",
                   placed: Sequence[tuple[int, tuple[int, int, float]]] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, replacement) edits that each remove one item of an English list of 3+ items
    (of one of `sizes` items, when given; of a source list's size and near its place, when `placed`
    gives the source lists as source_lists() reads them). Capitalised items where the source quotes a title (《…》) are
    words of a title ("Behind the Story Series, Picture of Endless Streams and Mountains"), no list."""
    edits = []
    for m in _ENGLISH_LIST.finditer(target):
        inner = list(re.finditer(r", ((?:[\w'’-]+ ){0,3}[\w'’-]+)", m.group(2)))
        if sizes is not None and len(inner) + 2 not in sizes:
            continue
        if placed is not None and not placed_near(target, m.start(), m.end(), len(inner) + 2, placed):
            continue
        if not all(_item(x.group(1)) for x in inner) or not _item(m.group(4)):
            continue
        first = _edge_span(target, m.start(1), m.end(1), from_end=True)
        last = _edge_span(target, m.start(4), m.end(4), from_end=False)
        texts = [target[first[0]:first[1]] if first else m.group(1)] + [x.group(1) for x in inner] + [
            target[last[0]:last[1]] if last else m.group(4)]
        if not _one_kind(texts) or not _bounded(target, first, last or (m.start(4), m.end(4))):
            continue
        if first and first[0] == m.start(1) and re.search(r",\s*$", target[: m.start(1)]):
            continue  # "…, electrical appliances, instruments and apparatus": the tail of a longer list
        if "《" in source and all(t[:1].isupper() for t in texts):
            continue
        if first:
            first = _with_article(target, first) if _opens_list(target, first[0]) else None
        shared = last is not None and _shared_head(texts)
        if shared:  # "directional, overall and strategic issues": the items are adjectives, "issues" all of theirs
            last = (last[0], last[0] + len(texts[-1].split()[0]))
        base = m.start(2)
        # an inner item: "A, B, C and D" → "A, C and D"; "A, B and C" → "A and C"
        made = [(base + item.start(), base + item.end(), "", item.group(1)) for item in inner]
        if first:
            made.append((first[0], m.end(1) + 2, "", target[first[0] : first[1]]))  # "A, " removed
        if last and (shared or _ends_phrase(target, last[1])) and not re.match(r"\.\w", target[last[1]:]):
            prev = inner[-1]
            # "A, B and C" → "A and B": the last separator moves in front of B ("China-U.S." is not cut at its dot)
            made.append((base + prev.start(), last[1], f" {m.group(3)} " + prev.group(1), target[last[0] : last[1]]))
        edits.extend((a, b, text) for a, b, text, item in made if not _said_again(target, item, a, b))
    return edits


def _shared_head(texts: list[str]) -> bool:
    """Single-word adjective items (inner ones tagged so) whose last one carries the head noun ("complete, accurate and comprehensive
    way"): the last item is its adjective, and the head stays."""
    words = texts[-1].split()
    return len(words) >= 2 and all(len(t.split()) == 1 and "ADJ" in tags(t) for t in texts[1:-1] + [words[0]])


def _said_again(target: str, item: str, start: int, end: int) -> bool:
    """Whether the item is said again, word for word, elsewhere in its English sentence ("music" of "music,
    art and PE" beside "music, art or PE teachers"): cutting one mention leaves the meaning in the sentence,
    and no reader could tell which mention renders the source's item."""
    from qa.lang.en import sentence_spans

    item = re.sub(r"^(?:the|a|an)\s+", "", item.strip(), flags=re.I)
    lo, hi = next(((a, b) for a, b in sentence_spans(target) if a <= start < b), (0, len(target)))
    rest = target[lo:start] + " | " + target[end:hi]
    return bool(item) and bool(re.search(r"\b" + re.escape(item) + r"\b", rest, re.I))


# words before a first item that make it part of a longer phrase: "In this joint exercise, the armies of China
# and Vietnam", "a stable and healthy economic environment, a peaceful …", "according to positions, …"
_PHRASE_BEFORE = frozenset("and or to this that these those its their his her our my your".split())
_NOMINAL_START = frozenset("a an the".split())


def _bounded(target: str, first: tuple[int, int] | None, last: tuple[int, int]) -> bool:
    """The list's edges are the list's, not words inside a longer phrase: the first item is no tail of a
    phrase (_PHRASE_BEFORE), the last ends in a noun or a name and is no head of an "of" phrase ("the
    quantity and operation revenue of …"), and no further item follows it ("…, teaching research activity
    design and organization ability, training ability, …": that "and" is inside an item)."""
    if first:
        before = re.findall(r"[\w'’-]+", target[max(0, first[0] - 40) : first[0]])
        words = [w.lower() for w in before]
        while words and words[-1] in _NOMINAL_START:
            words.pop()
        if words and words[-1] in _PHRASE_BEFORE:
            return False
    head = re.findall(r"[\w'’-]+", target[last[0] : last[1]])
    if not head or not (tags(head[-1]) & {"NOUN", "PROPN"} or head[-1][:1].isupper()):
        return False
    rest = target[last[1] :]
    if re.match(r"\s*(?:of\b|[“”\"‘’'])", rest):
        return False
    more = re.match(r"\s*,\s*(?:(?:and|or)\s+)?([\w'’-]+)((?:\s+[\w'’-]+){0,4}?)\s*(?:,|\band\b|\bor\b)", rest)
    return not (more and (more.group(1).lower() in _NOMINAL_START or _nominal(more.group(1))))


# what may stand before a list's first item: a verb ("promoting global freedom, …"), a preposition ("channels
# of lung, …", "such as drawing, …") or punctuation; not "no", an adjective or an unknown word ("ideal
# man-machine dialogue, …": the first item's words are not all nominal)
_LIST_PREPOSITIONS = frozenset("of about with for on in from by as at including like between among into over under "
                               "than via".split())


def _opens_list(target: str, start: int) -> bool:
    """Whether a first item starting at `start` (its article aside) starts where the list does."""
    m = re.search(r"(?:\b(?:the|a|an)\s+)?$", target[:start], re.I)
    before = re.search(r"([\w'’-]+)\s+$", target[: m.start()])
    if not before:
        return True
    word = before.group(1)
    return word.lower() in _LIST_PREPOSITIONS or ("VERB" in tags(word) and word.lower() not in STOP_WORDS) or \
        word.lower() in ("have", "has", "had", "is", "are", "was", "were", "include", "includes")


def _with_article(target: str, span: tuple[int, int]) -> tuple[int, int]:
    """The first item with its article ("the Emperor, " goes whole, not leaving "about the the Empress")."""
    article = re.search(r"\b(?:the|a|an) $", target[: span[0]], re.I)
    return (article.start(), span[1]) if article else span


def _one_kind(items: list[str]) -> bool:
    """No name with its titles ("Tang Feng, representative of Taiwan government and member of …": a
    capitalised first item, lower-case titles with "of" after it) and no count opening the list ("two
    main topics, A and B" introduces A and B)."""
    def capital(text: str) -> bool:
        head = re.split(r"\s+of\s+", text, maxsplit=1)[0].split()[-1:]
        return bool(head) and head[0][:1].isupper() and not head[0].isupper()  # PE, IP: acronyms of things

    titles = capital(items[0]) and not any(capital(t) for t in items[1:]) and any(" of " in t for t in items[1:])
    return not titles and not any(find_numbers(text, "en") for text in items)


def list_item_dropped(pairs: list[Pair], rng: random.Random) -> tuple[list[Pair], str] | None:
    picked = pick_match(pairs, rng, lambda p: list_deletions(p.target, None, p.source, source_lists(p.source)))
    if not picked:
        return None
    i, (start, end, text) = picked
    return splice(pairs, i, start, end, text)


def approximated_values(source: str) -> set[float]:
    """Values of the source's figures said with an approximating word beside them (约300, 三百余, 50岁左右,
    二十几)."""
    values = set()
    for m in find_numbers(source, "zh"):
        if m.kind == "date":
            continue
        if m.approximate or _ZH_APPROX_BEFORE.search(source[max(0, m.start - 4) : m.start]) \
                or _ZH_APPROX_AFTER.match(source[m.end : m.end + 5]):
            values.update(round(v, 6) for v in m.values)
    return values


def approximators(pair: Pair) -> list[tuple[int, int]]:
    """Spans of an adverb or approximating phrase (with its space) directly before an English figure
    whose source figure is approximated too."""
    values = approximated_values(pair.source)
    numbers = [n for n in find_numbers(pair.target, "en") if n.kind != "date"]
    spans = []
    for m in _PHRASES.finditer(pair.target):
        after = next((n for n in numbers if n.start == m.end()), None)
        if after is not None and any(round(v, 6) in values for v in after.values):
            spans.append((m.start(), m.end()))
    for number in numbers:
        before = re.search(r"(?:^|(?<=\s))([A-Za-z]+) $", pair.target[: number.start])
        if not before or before.group(1).lower() in STOP_WORDS | _PREPOSITIONS | _NOT_APPROXIMATORS:
            continue
        if not any(round(v, 6) in values for v in number.values):
            continue
        if "ADV" in tags(before.group(1)) and not tags(before.group(1)) & {"NOUN", "VERB"}:
            spans.append((before.start(1), before.end()))
    return sorted(s for s in set(spans) if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans))


def approximator_dropped(pairs: list[Pair], rng: random.Random) -> tuple[list[Pair], str] | None:
    picked = pick_match(pairs, rng, approximators)
    if not picked:
        return None
    i, (start, end) = picked
    return splice(pairs, i, start, end, "")


def focus_adverb_dropped(pairs: list[Pair], rng: random.Random) -> tuple[list[Pair], str] | None:
    picked = pick_match(pairs, rng, focus_adverbs)
    if not picked:
        return None
    i, (start, end) = picked
    return splice(pairs, i, start, end, "")


# "these two brands", "the above two aircraft carriers" refer back to what the text named (这两个品牌: N202 and
# A007 leave such counts alone); "1-2 locations" is a range, whose second figure is no count of its own
_REFERRING = re.compile(r"(?:\b(?:these|those|above|aforementioned)\s+|[0-9]\s*[-–~]\s*)$", re.I)


# before a count, a demonstrative refers back (这三条 "the three stipulations") and an approximator (差不多有三个)
# makes the figure a guess: deleting either figure loses no count the source asserts
_ZH_BEFORE_COUNT = re.compile(r"(?:[这那此该]|差不多有?|几乎|大约|约|近|将近)$")


# English that gives a count of two without the figure, in the figure's sentence ("snatched two people, keeping
# one and sending the other"): a closed class of English grammar
_TWO_SAID = re.compile(r"\b(?:both|either|neither|pairs?|couples?|twins?|one\b[^.;!?]{0,60}?\bthe other)\b", re.I)
_LIST_WORD = r"(?:(?!(?:and|or)\b)[\w'’-]+)"
_LIST_ITEM = rf"{_LIST_WORD}(?: {_LIST_WORD}){{0,4}}"
# after the counted noun, the items it counts: ", a son called Ban-er and a daughter called Qing-er", " of development
# and security", ": A, B and C"
_LIST_OPENS = re.compile(r"[\w'’-]+(?:,|:| of| —| –| -)? ")


def count_carried(target: str, end: int, value: float) -> bool:
    """The English still gives the count after the figure is gone: the items counted are named right after
    the noun (\"two children, a son … and a daughter …\", \"the two major issues of development and security\"),
    or, for two, a word that says two (both, a pair, twins, one … the other) stands in the sentence."""
    sentence_start = max(target.rfind(c, 0, end) for c in ".;!?") + 1
    sentence_end = min([k for k in (target.find(c, end) for c in ".;!?") if k >= 0] or [len(target)])
    sentence = target[sentence_start:end - 1] + " " + target[end:sentence_end]
    if value == 2 and _TWO_SAID.search(sentence):
        return True
    if value != int(value) or not 2 <= value <= 6:
        return False
    n = int(value)
    items = rf"(?:(?:the|a|an) )?{_LIST_ITEM}"
    listed = rf"{items}(?:, {items}){{{n - 2}}},? (?:and|or) {items}"
    # before the figure: "IFCSS and MCDF are two parallel organizations", "Li and Wang, the two …"
    figure_start = target.rfind(" ", 0, end - 1) + 1
    if re.search(rf"(?<![\w'’-]){listed},? (?:(?:are|were|as|became|remain|remained) )?(?:the |both |all )?$",
                 target[max(0, sentence_start, figure_start - 200):figure_start]):
        return True
    opened = _LIST_OPENS.match(target, end)
    return opened is not None and re.match(rf"{listed}(?=[,.;:!?)]|$)", target[opened.end():]) is not None


def measured_numerals(pair: Pair) -> list[tuple[int, int]]:
    """English figures before a noun whose value the source writes with a measure word (not after a
    demonstrative, nor the end of a range)."""
    values = {round(m.value, 6) for hit in _MEASURED.finditer(pair.source)
              for m in find_numbers(hit.group(), "zh") if not m.approximate
              and not _ZH_BEFORE_COUNT.search(pair.source[max(0, hit.start() - 4) : hit.start()])}
    said = Counter(round(m.value, 6) for m in find_numbers(pair.source, "zh"))
    english = find_numbers(pair.target, "en")
    given = Counter(round(m.value, 6) for m in english)
    spans = []
    for number in english:
        after = re.match(r" ([a-z]+)", pair.target[number.end:])
        if number.value < 2 or _REFERRING.search(pair.target[: number.start]):
            continue
        if given[round(number.value, 6)] > said[round(number.value, 6)]:
            continue  # the English says it more often than the source: this one may be the translator's own
        if count_carried(pair.target, number.end + 1, number.value):
            continue  # "two children, a son and a daughter": deleting the figure loses no count
        if round(number.value, 6) in values and number.kind == "cardinal" and after and "NOUN" in tags(after.group(1)):
            spans.append((number.start, number.end + 1))
    return spans


def numeral_dropped(pairs: list[Pair], rng: random.Random) -> tuple[list[Pair], str] | None:
    picked = pick_match(pairs, rng, measured_numerals)
    if not picked:
        return None
    i, (start, end) = picked
    return splice(pairs, i, start, end, "")


INJECTORS = [
    Injector("list-item-dropped", ("A006", "M106", "N202"), list_item_dropped),
    Injector("approximator-dropped", ("A007",), approximator_dropped),
    Injector("numeral-dropped", ("N202", "A006", "A007"), numeral_dropped),
    Injector("focus-adverb-dropped", ("A007", "A008"), focus_adverb_dropped),  # A008 only with --select A008
]
