"""Error injectors for names and terms: wrong polyphone reading, dropped name part,
dropped titled name, two renderings of one term, forbidden glossary term (contract: bench/inject_core.py).

Each injector starts from a rendering the checks themselves found correct, so it
only places an error where the clean text gives it a name or a term to spoil.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from bench.inject_core import Injector
from qa.lang import pinyin as py
from qa.lang.en_words import english_tokens, same_word
from qa.model import Pair
from qa.terminology import document_terms
from qa.terminology.name_renderings import analyse_pair
from qa.terminology.titled_names import surname_in
from qa.terminology.vocab import term_vocab, word_part


def _replace(pairs: list[Pair], index: int, old: str, new: str) -> tuple[list[Pair], str]:
    changed = list(pairs)
    changed[index] = replace(pairs[index], target=pairs[index].target.replace(old, new, 1))
    return changed, pairs[index].id


def _ok_names(pairs: list[Pair], want) -> list[tuple[int, object]]:
    options = []
    for i, pair in enumerate(pairs):
        if not pair.source.strip() or not pair.target.strip():
            continue
        for m in analyse_pair(pair):
            if m.status == "ok" and want(m):
                options.append((i, m))
    return options


def _respell(span: str, sylls: list[str]) -> str:
    """New syllables laid out like the span's words: "Chang'an Jun" shape for three syllables."""
    words = span.split()
    if len(words) == 1:
        return py.join_syllables(sylls)
    sizes, rest = [], list(sylls)
    for w in words[:-1]:
        n = max(1, len(py.split_syllables(w) or (w,)))
        sizes.append(min(n, len(rest) - 1))
        rest = rest[sizes[-1]:]
    out, k = [], 0
    for n in sizes:
        out.append(py.join_syllables(sylls[k : k + n]))
        k += n
    out.append(py.join_syllables(sylls[k:]))
    return " ".join(out)


def wrong_polyphone(pairs: list[Pair], rng: random.Random):
    def polyphonic(m) -> bool:
        reads = py.readings(m.name.forms[-1], m.name.kind == "person")
        return any(r.possible - r.accepted for r in reads) and py.match(py.fold(m.span), [r.accepted for r in reads])

    options = _ok_names(pairs, polyphonic)
    if not options:
        return None
    i, m = rng.choice(options)
    form = m.name.forms[-1]
    reads = py.readings(form, m.name.kind == "person")
    sylls = list(py.match(py.fold(m.span), [r.accepted for r in reads]) or ())
    if len(sylls) != len(reads):
        return None
    k = rng.choice([k for k, r in enumerate(reads) if r.possible - r.accepted])
    sylls[k] = rng.choice(sorted(reads[k].possible - reads[k].accepted))
    return _replace(pairs, i, m.span, _respell(m.span, sylls))


def dropped_name_part(pairs: list[Pair], rng: random.Random):
    def full_person(m) -> bool:
        form = m.name.forms[-1]
        return m.name.kind == "person" and 3 <= len(form) <= 4 and len(m.span.split()) == 2

    options = _ok_names(pairs, full_person)
    if not options:
        return None
    i, m = rng.choice(options)
    surname, given = m.span.split()
    before = pairs[i].target[: pairs[i].target.find(m.span)].split()[-1:]
    formal = m.name.titled or (before and before[0][:1].isupper())
    if formal and rng.random() < 0.5:  # a title stays: "General Secretary Jinping"; bare given names are style
        return _replace(pairs, i, m.span, given)  # "Xi Jinping" → "Jinping"
    first = (py.split_syllables(given) or (given,))[0]
    return _replace(pairs, i, m.span, f"{surname} {py.join_syllables([first])}")  # "Guo Sheng"


def dropped_titled_name(pairs: list[Pair], rng: random.Random):
    """Every rendering of a person the source names with a title removed: "General Secretary stressed".

    Only where nothing of the name is left: a pair that also says "Dr. Sha" still names 沙瑞山.
    """
    def without_name(i: int, m) -> str:
        target = pairs[i].target
        for found in analyse_pair(pairs[i]):
            if found.name.text == m.name.text:
                target = target.replace(found.span, "")
        return re.sub(r"\s+([,.;:])", r"\1", re.sub(r"  +", " ", target)).strip()

    options = [(i, m) for i, m in _ok_names(pairs, lambda m: m.name.kind == "person" and m.name.titled)
               if not surname_in(m.name.text, english_tokens(without_name(i, m)))]
    if not options:
        return None
    i, m = rng.choice(options)
    changed = list(pairs)
    changed[i] = replace(pairs[i], target=without_name(i, m))
    return changed, pairs[i].id


def two_renderings(pairs: list[Pair], rng: random.Random):
    options = []
    for term, occs in document_terms.term_occurrences(document_terms.term_index(tuple(pairs))).items():
        keys = {o.key for o in occs}
        vocab = term_vocab(term)
        if len(keys) != 1 or len(occs) < 3 or vocab is None:
            continue
        words = [t.text for t in english_tokens(occs[0].text)]
        for w in words:
            part = word_part(term, w.lower())
            if part < 0:
                continue
            others = sorted(v for v in vocab.parts[part] if not same_word(v, w.lower()) and " " not in v)
            if others:
                options.append((term, occs, w, others))
    if not options:
        return None
    term, occs, word, others = rng.choice(options)
    occ = rng.choice(occs[1:])
    # the word as this occurrence spells it ("Work" in a title, "work" in prose)
    own = re.search(rf"\b{re.escape(word)}\b", occ.text, re.IGNORECASE)
    if own is None:
        return None
    word = own.group(0)
    new_word = rng.choice(others)
    new_word = new_word.capitalize() if word[:1].isupper() else new_word
    index = next(k for k, p in enumerate(pairs) if p.id == occ.pair.id)
    return _replace(pairs, index, occ.text, occ.text[: own.start()] + new_word + occ.text[own.end() :])


def forbidden_glossary_term(pairs: list[Pair], rng: random.Random):
    """A name replaced by a rendering the returned glossary forbids."""
    options = _ok_names(pairs, lambda m: len(m.span) >= 4)
    if not options:
        return None
    i, m = rng.choice(options)
    wrong = m.span[:-1] + ("a" if m.span[-1] != "a" else "e")
    from qa.glossary import Glossary, GlossaryEntry

    glossary = Glossary([GlossaryEntry(m.name.text, m.span), GlossaryEntry(m.name.text, wrong, "forbidden")])
    changed, pair_id = _replace(pairs, i, m.span, wrong)
    return changed, pair_id, glossary

INJECTORS = [
    Injector("wrong-polyphone-reading", ("M101",), wrong_polyphone),
    Injector("dropped-name-part", ("M102",), dropped_name_part),
    Injector("dropped-titled-name", ("M105",), dropped_titled_name),
    Injector("two-renderings-of-one-term", ("T101", "M103"), two_renderings),
    Injector("forbidden-glossary-term", ("T202",), forbidden_glossary_term),
]
