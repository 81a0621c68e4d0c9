"""The stage-2 word and phrase injectors, on real corpus sentences: they cut or add what they say, by English
part of speech, leave grammatical English, and never touch names, figures or quotations.

Pairs are read from ../shared through bench.corpora; each test skips when its corpus is absent.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

import pytest

from bench.corpora import CORPORA
from bench.detect import injections
from bench.inject_omission import tags
from bench.inject_words import (ADJECTIVES, CLAUSES, INJECTORS, adjective_drops, adjective_slots, adverb_drops,
                                clause_slots, noun_drops, prepositional_phrase_drops, verb_phrase_drops)
from qa.model import Alignment, Pair

DROPS = {"adjective-dropped": adjective_drops, "adverb-dropped": adverb_drops, "noun-dropped": noun_drops,
         "verb-phrase-dropped": verb_phrase_drops, "prepositional-phrase-dropped": prepositional_phrase_drops}


@lru_cache(maxsize=None)
def documents(corpus: str) -> tuple[Alignment, ...]:
    found = CORPORA[corpus].documents()
    if not found:
        pytest.skip(f"{corpus} is not present under ../shared")
    return tuple(found)


def pair(corpus: str, doc_id: str, pair_id: str) -> Pair:
    doc = next(d for d in documents(corpus) if d.doc.id == doc_id)
    return next(p for p in doc.pairs if p.id == pair_id)


def made(p: Pair, find) -> set[str]:
    return {p.target[:a] + text + p.target[b:] for a, b, text in find(p)}


def test_an_attributive_adjective_goes_and_its_article_agrees():
    p = pair("news22-refA", "gt22-d009", "p0059")  # "… a serious impact on the internal unity of the Gulf …"
    assert p.target.replace("the internal unity", "the unity") in made(p, adjective_drops)
    p = pair("news22-refA", "gt22-d026", "p0004")
    assert p.target.replace("establish an international dialogue", "establish a dialogue") in made(p, adjective_drops)
    assert all("ADJ" in tags(p.target[a:b].split()[-1]) for a, b, _ in adjective_drops(p) if not _)


def test_an_adverb_after_a_degree_word_stays_and_an_opening_one_goes_with_its_comma():
    p = pair("mac-dev", "mac-003", "p0067")  # "sipped very intently": "sipped very from" would be no English
    assert not any("very from" in t for t in made(p, adverb_drops))
    p = pair("news22-refA", "gt22-d031", "p0009")  # "… with the observation; fortunately, the moon will go down …"
    assert any("observation; the moon" in t for t in made(p, adverb_drops))
    p = pair("wmt19", "wmt19-065", "l1319")  # "… 38.8% and 26.5%, respectively." loses the adverb with its comma
    assert p.target.replace("26.5%, respectively.", "26.5%.") in made(p, adverb_drops)
    p = pair("mac-dev", "mac-001", "p0071")
    assert p.target.replace("Actually, my existence", "My existence") in made(p, adverb_drops)


def test_a_noun_modifier_goes_and_the_head_stays():
    p = pair("news22-refA", "gt22-d013", "p0011")
    assert p.target.replace("changed the lighting industry", "changed the industry") in made(p, noun_drops)


def test_the_second_of_two_verb_phrases_goes():
    p = pair("wmt19", "wmt19-070", "l1404")
    assert p.target.replace("to open its markets and share its future", "to open its markets") in made(p, verb_phrase_drops)
    p = pair("news22-refA", "gt22-d012", "p0006")  # "separate the bones and meat and discard the bones."
    assert p.target.replace(" and discard the bones", "") in made(p, verb_phrase_drops)
    assert not any("separate the bones." in t for t in made(p, verb_phrase_drops))  # "and meat" is no verb phrase


def test_a_compound_noun_after_and_is_no_verb_phrase():
    p = pair("wmt19", "wmt19-099", "l1992")  # "promised to exempt the search and rescue costs."
    assert not any("exempt the search." in t for t in made(p, verb_phrase_drops))
    p = pair("wmt19", "wmt19-070", "l1404")  # "share" is a noun too, but "its future" makes it a verb with its object
    assert p.target.replace(" and share its future", "") in made(p, verb_phrase_drops)


def test_a_clause_final_prepositional_phrase_goes():
    p = pair("news22-refA", "gt22-d038", "p0013")
    assert p.target.replace("its allies in the region,", "its allies,") in made(p, prepositional_phrase_drops)


def test_an_idiom_or_a_phrase_with_a_relative_clause_is_not_cut():
    p = Pair("p", "依法", "It maintains the image of heroes in accordance with the law, but also releases energy.")
    assert made(p, prepositional_phrase_drops) == set()
    p = Pair("p", "", "The girls began to lose patience with the cousin, who slowed down.")
    assert made(p, prepositional_phrase_drops) == set()


_SMELLS = re.compile(r"  | [,.;:!?]|[,;:][,;:.]|\b(?:the|a|an) [,.;:!?]|\b(?:a|of|the) (?:of|the|a|an)\b|\ba [aeio]\w|\ban [bcdfgjklmnpqrstvwz]",
                     re.I)


@pytest.mark.parametrize("corpus", ["news22-refA", "wmt19", "mac-dev"])
def test_every_injection_leaves_grammar_names_figures_and_quotes_alone(corpus):
    """On real documents: no doubled space, no dangling article or 'a of', article agreement; the names (capitalised
    words inside a sentence), figures and quoted text of the pair are all still there."""
    docs = list(documents(corpus))[:6]
    seen = 0
    for injector in INJECTORS:
        for doc, pairs, pair_id, _, _ in injections(injector, docs, 3, f"7:{corpus}"):
            old = next(p for p in doc.pairs if p.id == pair_id).target
            new = next(p for p in pairs if p.id == pair_id).target
            assert new != old
            assert len(_SMELLS.findall(new)) <= len(_SMELLS.findall(old)), (injector.name, old, new)
            for pattern in (r"\d+(?:[.,]\d+)*", r"(?<=[a-z,] )[A-Z][\w'’-]*", r"“[^”]*”|\"[^\"]*\"|\([^)]*\)"):
                assert sorted(re.findall(pattern, old)) == sorted(re.findall(pattern, new)), (injector.name, old, new)
            seen += 1
    assert seen >= 7


@pytest.mark.parametrize("name", list(DROPS))
def test_each_dropped_span_is_of_its_part_of_speech(name):
    """The words a drop removes are of the injector's class, by lemminflect (which the detectors do not read)."""
    wanted = {"adjective-dropped": "ADJ", "adverb-dropped": "ADV", "noun-dropped": "NOUN",
              "verb-phrase-dropped": "VERB", "prepositional-phrase-dropped": None}[name]
    checked = 0
    for doc in list(documents("news22-refA"))[:10]:
        for p in doc.pairs:
            for a, b, text in DROPS[name](p):
                gone = re.findall(r"[A-Za-z][\w'’-]*", p.target[a:b])
                kept = re.findall(r"[A-Za-z][\w'’-]*", text)
                lost = [w for w in gone if w.lower() not in {k.lower() for k in kept} and w not in ("a", "an", "A", "An")]
                if name == "prepositional-phrase-dropped":
                    assert lost[0] in {"in", "at", "on", "for", "from", "with", "during", "across", "throughout", "within",
                                       "among", "around", "through", "under", "near", "since", "without", "toward",
                                       "towards"}, lost
                elif name == "verb-phrase-dropped":
                    assert lost[0] == "and" and "VERB" in tags(lost[1]), lost
                elif name == "noun-dropped":  # a modifier, or the second of two coordinated nouns with its "and"
                    assert wanted in tags(lost[-1]) and lost[:-1] in ([], ["and"]), lost
                else:
                    assert wanted in tags(lost[-1]) and len(lost) == 1, (name, lost)
                checked += 1
    assert checked >= 5


def test_seeds_7_and_11_choose_differently():
    docs = list(documents("news22-refA"))[:10]
    for injector in INJECTORS:
        def chosen(seed: int) -> list[tuple[str, str]]:
            return [(pid, next(p.target for p in pairs if p.id == pid))
                    for _, pairs, pid, _, _ in injections(injector, docs, 3, f"{seed}:news22-refA")]
        assert chosen(7) != chosen(11), injector.name


def test_an_added_adjective_or_clause_comes_from_the_pool_and_agrees():
    p = pair("news22-refA", "gt22-d026", "p0004")
    assert adjective_slots(p)
    injector = next(i for i in INJECTORS if i.name == "adjective-added")
    for seed in range(6):
        pairs, pid = injector.inject([p], random.Random(seed))
        new = pairs[0].target
        added = [w for w in ADJECTIVES if re.search(rf"\b{w}\b", new) and not re.search(rf"\b{w}\b", p.target)]
        assert len(added) == 1 and not _SMELLS.search(new)
    clause = next(i for i in INJECTORS if i.name == "clause-added")
    pairs, _ = clause.inject([p], random.Random(7))
    assert any(c + "." in pairs[0].target for c in CLAUSES)
    assert clause_slots(Pair("p", "", "They sell walnuts, minor grain crops and dried dates, etc.")) == []
