"""The clause injector cuts an English clause with a verb of its own, chosen by English grammar only."""

import random

import pytest

from bench.inject_clauses import INJECTORS, clause_deletions, clause_dropped
from qa.model import Pair


def corpus_target(corpus: str, doc: str, pair: str) -> str:
    """One pair's English of a dev corpus under ../shared (skipped when absent)."""
    from bench.corpora import ALL_CORPORA

    docs = {d.doc.id: d for d in ALL_CORPORA[corpus].documents()}
    if doc not in docs:
        pytest.skip(f"{corpus} is not present under ../shared")
    return next(p.target for p in docs[doc].pairs if p.id == pair)


def cuts(target: str) -> list[str]:
    return [target[:a] + target[b:] for a, b in clause_deletions(target)]


def test_a_coordinated_clause_at_the_end_is_cut_with_its_comma():
    target = corpus_target("wmt19", "wmt19-001", "l0029")  # "…, and solving the logistical problems …"
    made = cuts(target)
    assert len(made) == 1
    assert made[0].endswith("would still patrol in the traditional areas.")


def test_a_relative_clause_between_subject_and_verb_goes_with_both_commas():
    target = corpus_target("wmt19", "wmt19-036", "l0726")
    assert "After arriving in Hong Kong, Mr Liu was preparing to join" in cuts(target)[0]


def test_a_date_and_a_list_item_are_no_clauses():
    # "who was born in January 27, 1942," holds a date's comma; "processing enterprises and trading companies"
    # is a list item (a gerund before its noun); ", and maintenance of …," an inner list item
    assert cuts(corpus_target("wmt19", "wmt19-093", "l1873")) == []
    assert cuts(corpus_target("wmt19", "wmt19-026", "l0523")) == []
    assert cuts(corpus_target("news22-refA", "gt22-d025", "p0042")) == []


@pytest.mark.parametrize("target", [
    "He said, the plan will start next year.",  # the words before call for what follows
    "The plan, however, was changed.",  # no verb, too short
    "Prices rose, according to the latest official figures.",  # a prepositional phrase, not a clause
    "When the plan was announced, prices rose sharply.",  # the first piece holds the main clause's frame
    "The screen does not use diffuse reflection, imaging is not possible at all.",  # a gerund subject
])
def test_no_clause_of_its_own_is_no_deletion(target):
    assert clause_deletions(target) == []


def test_the_injector_cuts_one_clause_and_expects_an_omission_check():
    (injector,) = INJECTORS
    assert injector.name == "clause-dropped" and injector.expects == ("A",)
    pairs = [Pair("p1", "他表示，公司将扩大生产，同时加强质量管理。",
                  "He said the company would expand production, while it would strengthen quality control.")]
    changed, pair_id = clause_dropped(pairs, random.Random(7))
    assert pair_id == "p1" and changed[0].target == "He said the company would expand production."
    assert clause_dropped([Pair("p1", "他来了。", "He came.")], random.Random(7)) is None
