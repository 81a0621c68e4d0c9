"""Error injectors for English form: wrong-direction quotes, tokeniser spaces, a lost final stop, a target
reduced to punctuation, lower-case sentence starts, misspellings (short words, names, long words), and the
form of dashes, hyphens and large numbers (a dash typed "--", a hyphen for a dash, a compound's hyphen spaced
out, thousands separators dropped).

Same contract as bench/inject_core.py: INJECTORS, each `inject(pairs, rng)` returning the changed
pairs and the id of the pair that now holds the error, or None.
"""

from __future__ import annotations

import random
import re

from bench.inject_core import Injector, _pick, _with_target, pick_match, splice
from qa.model import Pair


def wrong_direction_quote(pairs: list[Pair], rng: random.Random):
    """A closing ” typed as “: “heated topic“."""
    def closers(p: Pair):
        if p.target.count("“") != p.target.count("”"):
            return []
        return [m.start() for m in re.finditer(r"(?<=[\w.,!?])”", p.target)]

    picked = _pick(pairs, rng, closers)
    if not picked:
        return None
    i, positions = picked
    k = rng.choice(positions)
    return splice(pairs, i, k, k + 1, "“")


_TOKENISABLE = re.compile(r"(?<=[a-z])([,.;:!?])(?=\s|$)|(?<=[a-z])(n['’]t|['’]s)\b")


def space_before_punctuation(pairs: list[Pair], rng: random.Random):
    """A tokeniser's space: "today .", "is n't", "China 's"."""
    picked = pick_match(pairs, rng, lambda p: list(_TOKENISABLE.finditer(p.target)))
    if not picked:
        return None
    i, m = picked
    return splice(pairs, i, m.start(), m.start(), " ")


def final_stop_dropped(pairs: list[Pair], rng: random.Random):
    """The full stop at the end of a prose sentence whose source ends with 。."""
    def usable(p: Pair):
        words = re.findall(r"[A-Za-z]+", p.target)
        return (re.search(r"。\s*$", p.source) and re.search(r"[a-z0-9]\.\s*$", p.target) and len(words) >= 6
                and sum(w[0].islower() for w in words) >= len(words) / 2)

    picked = _pick(pairs, rng, usable)
    if not picked:
        return None
    i, _ = picked
    return _with_target(pairs, i, pairs[i].target.rstrip()[:-1])


def punctuation_only(pairs: list[Pair], rng: random.Random):
    """The whole translation replaced by its final punctuation mark."""
    picked = _pick(pairs, rng, lambda p: len(re.findall(r"[\u4e00-\u9fff]", p.source)) >= 2)
    if not picked:
        return None
    i, _ = picked
    mark = rng.choice([".", "。", "…", "—", "."])
    return _with_target(pairs, i, mark if mark != "。" else ".")


_SENTENCE_START = re.compile(r"(?:^|(?<=[a-z]\. ))(The|This|It|In|We|They|He|She|There|But|As|On|At|For|A|An)\b ")


def lower_case_start(pairs: list[Pair], rng: random.Random):
    """A sentence start written in lower case ("… last year. the economy …"), or the whole pair."""
    picked = _pick(pairs, rng, lambda p: list(_SENTENCE_START.finditer(p.target)))
    if not picked:
        return None
    i, matches = picked
    target = pairs[i].target
    if rng.random() < 0.2 and len(target) < 400:
        return _with_target(pairs, i, target.lower())
    m = rng.choice(matches)
    return splice(pairs, i, m.start(), m.end(1), m.group(1).lower())


_SHORT = re.compile(r"\b(the|and|that|with|from|have|this|they|which|their|what|were|when|your)\b")


def short_word_typo(pairs: list[Pair], rng: random.Random):
    """Two letters of a frequent short word swapped into a non-word: teh, nad, taht (not "form" for "from" or
    "weer" for "were": a real word, which no spelling check can call a typo)."""
    from qa.lang.hunspell_words import known

    picked = pick_match(pairs, rng, lambda p: list(_SHORT.finditer(p.target)))
    if not picked:
        return None
    i, m = picked
    word = m.group()
    typos = [t for t in (word[:k] + word[k + 1] + word[k] + word[k + 2:] for k in range(len(word) - 1))
             if t != word and not known(t)]
    if not typos:
        return None
    return splice(pairs, i, m.start(), m.end(), rng.choice(typos))


_LONG = re.compile(r"\b[a-z]{7,}\b")


def long_word_typo(pairs: list[Pair], rng: random.Random):
    """One slip in a long word: a letter dropped, doubled or two swapped (goverment, recieved)."""
    from qa.lang.hunspell_words import known

    def usable(p: Pair):
        return [m for m in _LONG.finditer(p.target) if known(m.group())]

    picked = pick_match(pairs, rng, usable)
    if not picked:
        return None
    i, m = picked
    word = m.group()
    for _ in range(10):
        k = rng.randrange(1, len(word) - 1)
        kind = rng.choice(("drop", "double", "swap"))
        typo = {"drop": word[:k] + word[k + 1:], "double": word[:k] + word[k] + word[k:],
                "swap": word[:k] + word[k + 1] + word[k] + word[k + 2:]}[kind]
        if not known(typo):
            return splice(pairs, i, m.start(), m.end(), typo)
    return None


def _country_mentions(p: Pair) -> list[re.Match]:
    from qa.lang import gazetteer

    out = []
    for m in re.finditer(r"\b[A-Z][a-z]{4,}\b", p.target):
        if m.group() in gazetteer.country_names() and any(w in p.source for w in gazetteer.named_by(m.group())):
            out.append(m)
    return out


def name_typo(pairs: list[Pair], rng: random.Random):
    """A country the source names, misspelt by one slip into a non-word: Germnay, Brazill."""
    from qa.lang import gazetteer
    from qa.lang.en_dictionary import is_english_word
    from qa.lang.hunspell_words import known

    picked = pick_match(pairs, rng, _country_mentions)
    if not picked:
        return None
    i, m = picked
    word = m.group()
    for _ in range(10):
        k = rng.randrange(2, len(word) - 1)
        typo = rng.choice((word[:k] + word[k + 1] + word[k] + word[k + 2:], word + word[-1], word[:k] + word[k + 1:]))
        if typo != word and not known(typo) and not is_english_word(typo) and not gazetteer.named_by(typo):
            # a non-word: "Chian" is an English word (of Chios), a real-word error
            return splice(pairs, i, m.start(), m.end(), typo)
    return None


_DASH = re.compile(r"\s*[—–]\s*|\s-\s")
_CLAUSE_COMMA = re.compile(r"(?<=[a-z]), (?=[a-z]{2,} [a-z])")


def double_hyphen_dash(pairs: list[Pair], rng: random.Random):
    """A dash typed as two hyphens: "— " becomes " -- "; where the English has no dash, a comma between two
    clauses does ("…, which" → "… -- which"), as typewritten text has it."""
    def places(p: Pair):
        return list(_DASH.finditer(p.target)) or list(_CLAUSE_COMMA.finditer(p.target))

    picked = pick_match(pairs, rng, places)
    if not picked:
        return None
    i, m = picked
    return splice(pairs, i, m.start(), m.end(), " -- ")


_SOURCE_DASH = re.compile(r"——|—|―|–|--")
_DASH_BEFORE_WORD = re.compile(r"(?<=[a-z])(\s*[—–]\s*|\s-\s|\s?--\s?)(?=[a-z])")


def hyphen_for_dash(pairs: list[Pair], rng: random.Random):
    """The dash between two words of a pair whose source has a dash glued into a hyphen: "universe — the" →
    "universe-the", as some machine translation writes a source's ——."""
    picked = pick_match(pairs, rng, lambda p: list(_DASH_BEFORE_WORD.finditer(p.target)) if _SOURCE_DASH.search(p.source) else [])
    if not picked:
        return None
    i, m = picked
    return splice(pairs, i, m.start(), m.end(), "-")


_HYPHENATED = re.compile(r"\b[a-z]{2,}(-)[a-z]{2,}\b")


def spaced_compound(pairs: list[Pair], rng: random.Random):
    """A compound's hyphen spaced out by a tokeniser: "long-term" → "long - term"."""
    picked = pick_match(pairs, rng, lambda p: list(_HYPHENATED.finditer(p.target)))
    if not picked:
        return None
    i, m = picked
    return splice(pairs, i, m.start(1), m.end(1), " - ")


_GROUPED = re.compile(r"(?<![\w.,])[1-9]\d{1,2}(?:,\d{3})+(?![\w,]|\.\d)")


def separators_dropped(pairs: list[Pair], rng: random.Random):
    """A figure of five digits or more with its thousands separators dropped: "100,000 years" → "100000 years"."""
    picked = pick_match(pairs, rng, lambda p: [m for m in _GROUPED.finditer(p.target) if len(m.group()) >= 6])
    if not picked:
        return None
    i, m = picked
    return splice(pairs, i, m.start(), m.end(), m.group().replace(",", ""))


INJECTORS = [
    Injector("wrong-direction quote", ("P507",), wrong_direction_quote),
    Injector("space before punctuation", ("P508",), space_before_punctuation),
    Injector("final full stop dropped", ("P509",), final_stop_dropped),
    Injector("target only punctuation", ("P510",), punctuation_only),
    Injector("lower-case sentence start", ("P511",), lower_case_start),
    Injector("short-word typo", ("S201",), short_word_typo),
    Injector("long-word typo", ("S201",), long_word_typo),
    Injector("country name typo", ("S201",), name_typo),
    Injector("dash typed as two hyphens", ("P512",), double_hyphen_dash),
    Injector("hyphen for a dash", ("P513",), hyphen_for_dash),
    Injector("compound hyphen spaced", ("P514",), spaced_compound),
    Injector("thousands separators dropped", ("P515",), separators_dropped),
]
