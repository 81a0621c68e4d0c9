"""Consistency injectors change one occurrence of what a document writes alike in three pairs, and nothing else."""

import random

from bench.inject_consistency import capital_lowered, name_syllables_split, name_word_changed, term_form_changed
from qa.model import Pair

DOC = [
    Pair("p1", "商务部说浙江的出口增长了。", "The Ministry of Commerce said exports from Zhejiang rose and the economic growth held."),
    Pair("p2", "商务部还说浙江的工厂很忙。", "The Ministry of Commerce also said factories in Zhejiang were busy with economic growth, the Party said."),
    Pair("p3", "商务部表示浙江经济增长稳定。", "The Ministry of Commerce called economic growth in Zhejiang steady, the Party said."),
    Pair("p4", "党表示要坚持。", "It must go on, the Party said."),
]


def _changed(result):
    pairs, pair_id = result
    changed = [(old.target, new.target) for old, new in zip(DOC, pairs) if old.target != new.target]
    assert len(changed) == 1 and pair_id in {"p2", "p3", "p4"}  # never the first occurrence
    return changed[0]


def test_body_name_word_swapped():
    old, new = _changed(name_word_changed(DOC, random.Random(1)))
    assert old.replace("Ministry of Commerce", "Department of Commerce") == new


def test_name_split_into_syllables():
    old, new = _changed(name_syllables_split(DOC, random.Random(1)))
    assert new in {old.replace("Zhejiang", "Zhe Jiang"), old.replace("Zhejiang", "Zhe-jiang")}


def test_term_modifier_in_another_form():
    old, new = _changed(term_form_changed(DOC, random.Random(1)))
    assert new == old.replace("economic growth", "economical growth")


def test_capital_lowered_once():
    old, new = _changed(capital_lowered(DOC, random.Random(1)))
    assert new in {old.replace("the Party said", "the party said"), old.replace("of Commerce", "of commerce")}
