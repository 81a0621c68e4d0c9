"""Error injectors for the core checks (untranslated, numbers, glosses, punctuation, structure).

Contract shared by every bench/inject_*.py module: a module-level INJECTORS
list of `Injector`s. `inject(pairs, rng)` takes one document's clean pairs and
returns (modified pairs, id of the pair that now holds the error), or None
when the document offers no place for this error. A detection is a finding
whose check id starts with one of `expects`, on that pair.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from typing import Callable

from qa.lang import en, zh
from qa.lang.numbers import find_numbers, loose_number_values
from qa.model import Pair

# An injection returns the changed pairs, the id of the pair that now holds the
# error and, for errors defined by a termbase, the glossary the checks must see.
InjectFn = Callable[[list[Pair], random.Random], "tuple[list[Pair], str] | tuple[list[Pair], str, object] | None"]


@dataclass(frozen=True)
class Injector:
    name: str
    expects: tuple[str, ...]
    inject: InjectFn


def _with_target(pairs: list[Pair], index: int, target: str) -> tuple[list[Pair], str]:
    changed = list(pairs)
    changed[index] = replace(pairs[index], target=target)
    return changed, pairs[index].id


def splice(pairs: list[Pair], index: int, start: int, end: int, text: str) -> tuple[list[Pair], str]:
    """The pairs with `text` put for target[start:end] of pair `index` (an insertion when start == end)."""
    target = pairs[index].target
    return _with_target(pairs, index, target[:start] + text + target[end:])


def _pick(pairs: list[Pair], rng: random.Random, usable: Callable[[Pair], object]) -> tuple[int, object] | None:
    options = []
    for i, pair in enumerate(pairs):
        if not pair.source.strip() or not pair.target.strip():
            continue
        found = usable(pair)
        if found:
            options.append((i, found))
    return rng.choice(options) if options else None


def pick_match(pairs: list[Pair], rng: random.Random, matches: Callable[[Pair], list]) -> tuple[int, object] | None:
    """A pair that offers matches and one of its matches, both at random (the draws _pick then
    rng.choice, in that order, so seeded benchmarks keep their injections)."""
    picked = _pick(pairs, rng, matches)
    if not picked:
        return None
    i, found = picked
    return i, rng.choice(found)


def _matched_numbers(pair: Pair) -> list:
    # Approximate source figures (十八九岁, 四十多年) may be rendered by either value or none:
    # changing one value of "eighteen or nineteen" is not an error the checks should report.
    # A figure glued to letters is a designation (3K, 5G), not a quantity: replacing it makes "severalK".
    # A month name is a word ("In Five of this year" is garbled, not a wrong figure); a day of the month
    # (30日 → "on the 30th") may be left out where the dateline gives the date; an item number opening the
    # text ("4. Heavy products") is list formatting the translation may restyle.
    source_values = {round(m.value, 6) for m in find_numbers(pair.source, "zh")
                     if not m.approximate and m.kind not in ("day", "date") and not _glued_to_latin(pair.source, m)}
    return [m for m in find_numbers(pair.target, "en") if round(m.value, 6) in source_values and m.value >= 3
            and m.kind not in ("date", "month") and not _glued_to_letters(pair.target, m)
            and not _ITEM_NUMBER.match(pair.target, m.start)]


def _glued_to_letters(text: str, mention) -> bool:
    return text[mention.end : mention.end + 1].isalpha() or (mention.start > 0 and text[mention.start - 1].isalpha())


def _glued_to_latin(text: str, mention) -> bool:
    """win11, 500ML: a designation in the source, which a translation renders as a name or not at all."""
    return bool(re.match(r"[A-Za-z]", text[mention.end : mention.end + 1])
                or re.match(r"[A-Za-z]", text[max(0, mention.start - 1) : mention.start]))


_ITEM_NUMBER = re.compile(r"(?<![^\s])\d{1,2}[.)、](?!\d)")


def _droppable_numbers(pair: Pair) -> list:
    """The matched figures whose loss the source can prove: the source gives the value more often than the
    rest of the target does ("across the three terminals" where the source counts no terminals, beside
    "three waveforms" for 三条曲线, is no error), and no word of the rest holds it ("centennial")."""
    source = [round(m.value, 6) for m in find_numbers(pair.source, "zh") if not m.approximate]
    out = []
    for m in _matched_numbers(pair):
        rest = pair.target[: m.start] + "several" + pair.target[m.end :]
        value = round(m.value, 6)
        left = sum(round(n.value, 6) == value for n in find_numbers(rest, "en"))
        if left >= source.count(value) or (not left and value in loose_number_values(rest, "en")):
            continue
        out.append(m)
    return out


_WORDS = ["three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def wrong_number(pairs: list[Pair], rng: random.Random):
    picked = _pick(pairs, rng, _matched_numbers)
    if not picked:
        return None
    i, mentions = picked
    m = rng.choice(mentions)
    if m.in_digits:
        digits = [k for k, ch in enumerate(m.text) if ch.isdigit()]
        k = rng.choice(digits)
        new_digit = rng.choice([d for d in "123456789" if d != m.text[k]])
        new = m.text[:k] + new_digit + m.text[k + 1:]
    else:
        new = rng.choice([w for k, w in enumerate(_WORDS, 3) if k != m.value])  # not "six" for "sixth"
        new = new.capitalize() if m.text[:1].isupper() else new
    return splice(pairs, i, m.start, m.end, new)


def dropped_number(pairs: list[Pair], rng: random.Random):
    picked = _pick(pairs, rng, _droppable_numbers)
    if not picked:
        return None
    i, mentions = picked
    m = rng.choice(mentions)
    replacement = "several" if m.kind == "cardinal" else "some"
    return splice(pairs, i, m.start, m.end, replacement)


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_WORD = re.compile(r"\b[a-z]{4,}\b")


def chinese_in_target(pairs: list[Pair], rng: random.Random):
    picked = _pick(pairs, rng, lambda p: _HAN_RUN.findall(p.source) if _WORD.search(p.target) else [])
    if not picked:
        return None
    i, runs = picked
    run = rng.choice(runs)
    start = rng.randrange(0, max(1, len(run) - 1))
    chunk = run[start : start + rng.randint(2, 4)]
    words = list(_WORD.finditer(pairs[i].target))
    w = rng.choice(words)
    return splice(pairs, i, w.start(), w.end(), chunk)


def _source_terms(pair: Pair) -> list[str]:
    """Dictionary words of 3+ Han characters, or quoted terms, to gloss."""
    from qa.lang.segment import cut_words

    quoted = [t for t in re.findall(r"“([\u4e00-\u9fff]{3,8})”", pair.source)]
    words = [w for w in cut_words(pair.source, hmm=False) if len(w) >= 3 and _HAN_RUN.fullmatch(w)]
    return quoted + words


def truncated_gloss(pairs: list[Pair], rng: random.Random):
    picked = _pick(pairs, rng, lambda p: _source_terms(p) if _WORD.search(p.target) and "(" not in p.target else [])
    if not picked:
        return None
    i, terms = picked
    term = rng.choice(terms)
    cut = term[:-1] if rng.random() < 0.7 else term[1:]
    target = pairs[i].target
    w = rng.choice(list(_WORD.finditer(target)))
    return splice(pairs, i, w.end(), w.end(), f" ({cut})")


_BOUNDARY = re.compile(r"\b([a-z][a-z’'-]*[a-z])\. ((?:We|They|It|The|This|These|There|Our|He|She|His|Her|In|At|On|As|But|When|If|Then) [a-z])")


def run_together(pairs: list[Pair], rng: random.Random):
    picked = pick_match(pairs, rng, lambda p: list(_BOUNDARY.finditer(p.target)))
    if not picked:
        return None
    i, m = picked
    dot = m.end(1)
    return splice(pairs, i, dot, dot + 1, "")


# The full stop before a sentence that opens with any capitalised common word ("better. Heat dissipation: I"),
# as news22's synthetic set drops it; abbreviations ("etc. Other") are no sentence ends.
_COMMON_BOUNDARY = re.compile(r"\b([a-z][a-z’'-]*[a-z])\. ([A-Z][a-z]+) [a-z]")
_ABBREVIATED = frozenset({"etc", "vs", "approx", "incl", "esp", "cf", "viz"})


def stop_dropped_before_common_word(pairs: list[Pair], rng: random.Random):
    from qa.lang.hunspell_words import known, proper_noun

    def boundaries(p: Pair) -> list[re.Match]:
        return [m for m in _COMMON_BOUNDARY.finditer(p.target) if m.group(1) not in _ABBREVIATED
                and not _BOUNDARY.match(p.target, m.start()) and known(m.group(2).lower()) and not proper_noun(m.group(2))]

    picked = pick_match(pairs, rng, boundaries)
    if not picked:
        return None
    i, m = picked
    return splice(pairs, i, m.end(1), m.end(1) + 1, "")


def unbalanced_quote(pairs: list[Pair], rng: random.Random):
    def closers(p: Pair):
        if p.source.count("“") != p.source.count("”") or p.target.count("“") != p.target.count("”"):
            return []
        if p.target.count("(") != p.target.count(")"):
            return []
        return [k for k, ch in enumerate(p.target) if ch in "”)"]

    picked = _pick(pairs, rng, closers)
    if not picked:
        return None
    i, positions = picked
    k = rng.choice(positions)
    return splice(pairs, i, k, k + 1, "")


_REPEATABLE = re.compile(r"\b(the|a|of|to|and|in|we|will|is|was|be|for|with|on|at|his|her|it)\b ")


def repeated_word(pairs: list[Pair], rng: random.Random):
    picked = pick_match(pairs, rng, lambda p: list(_REPEATABLE.finditer(p.target)))
    if not picked:
        return None
    i, m = picked
    return splice(pairs, i, m.end(), m.end(), m.group())


_REPEATABLE_NAME_OR_NUMBER = re.compile(r"(?<![\w.,])([A-Z][a-z]{2,}|\d+(?:[.,]\d+)*)(?![\w.,])")


def repeated_name_or_number(pairs: list[Pair], rng: random.Random):
    """A capitalised word (not the first of the text) or a figure typed twice: "Paris Paris", "20 20"."""
    picked = pick_match(pairs, rng, lambda p: [m for m in _REPEATABLE_NAME_OR_NUMBER.finditer(p.target) if m.start() > 0])
    if not picked:
        return None
    i, m = picked
    return splice(pairs, i, m.end(), m.end(), " " + m.group(1))


def fullwidth_punctuation(pairs: list[Pair], rng: random.Random):
    picked = _pick(pairs, rng, lambda p: [m.start() for m in re.finditer(r"[a-z][,.;:?!](?= [A-Za-z])", p.target)])
    if not picked:
        return None
    i, positions = picked
    k = rng.choice(positions) + 1
    target = pairs[i].target
    full = {",": "，", ".": "。", ";": "；", ":": "：", "?": "？", "!": "！"}[target[k]]
    return splice(pairs, i, k, k + 1, full)


# Gold sentence beads of pairs built from a sentence-aligned benchmark, keyed by the pair's (source, target):
# filled by whoever builds those pairs (bench/detect.py for MAC-Dev) so that an injector can remove exactly
# the translation of one source sentence. Pairs without gold beads (the sample page) are not used.
GOLD_BEADS: dict[tuple[str, str], list[tuple[str, str]]] = {}


def source_sentence_omission(pairs: list[Pair], rng: random.Random):
    """Remove the whole translation of one source sentence (one gold bead of the pair)."""
    def droppable(p: Pair):
        beads = GOLD_BEADS.get((p.source, p.target), [])
        if len(beads) < 2:
            return []
        return [k for k, (source, _) in enumerate(beads) if zh.han_count(source) >= 8]

    picked = _pick(pairs, rng, droppable)
    if not picked:
        return None
    i, options = picked
    dropped = rng.choice(options)
    beads = GOLD_BEADS[(pairs[i].source, pairs[i].target)]
    return _with_target(pairs, i, " ".join(t for k, (_, t) in enumerate(beads) if k != dropped))


def sentence_omission(pairs: list[Pair], rng: random.Random):
    """Remove one English sentence of 40+ characters: all or only part of a source sentence's translation."""
    def droppable(p: Pair):
        sents = en.sentence_spans(p.target)
        if len(sents) < 2 or len(zh.split_sentences(p.source)) < 2:
            return []
        return [(a, b) for a, b in sents if b - a >= 40]

    picked = _pick(pairs, rng, droppable)
    if not picked:
        return None
    i, spans = picked
    a, b = rng.choice(spans)
    target = pairs[i].target
    return _with_target(pairs, i, (target[:a] + target[b:]).strip().replace("  ", " "))


def empty_target(pairs: list[Pair], rng: random.Random):
    picked = _pick(pairs, rng, lambda p: True)
    if not picked:
        return None
    i, _ = picked
    return _with_target(pairs, i, "")


INJECTORS = [
    Injector("wrong number", ("N",), wrong_number),
    Injector("dropped number", ("N",), dropped_number),
    Injector("Chinese left in target", ("U",), chinese_in_target),
    Injector("truncated gloss", ("G",), truncated_gloss),
    Injector("run-together sentences", ("P501",), run_together),
    Injector("full stop dropped before a common word", ("P501",), stop_dropped_before_common_word),
    Injector("unbalanced quote", ("P502",), unbalanced_quote),
    Injector("repeated word", ("P503",), repeated_word),
    Injector("repeated name or number", ("P503",), repeated_name_or_number),
    Injector("full-width punctuation", ("P505",), fullwidth_punctuation),
    Injector("source sentence untranslated", ("A",), source_sentence_omission),
    Injector("one English sentence dropped", ("A",), sentence_omission),
    Injector("empty target", ("U101",), empty_target),
]
