"""Consistency injectors change one occurrence of what a document writes alike in three pairs, and nothing else."""

import random
import re
from dataclasses import replace

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


def _news22(corpus: str, doc_id: str) -> list[Pair]:
    import pytest

    from bench.corpora import ALL_CORPORA

    docs = {d.doc.id: d for d in ALL_CORPORA[corpus].documents()}
    if doc_id not in docs:
        pytest.skip(f"{corpus} is not present under ../shared")
    return list(docs[doc_id].pairs)


def _every_change(inject, pairs: list[Pair], seeds: int = 30) -> set[tuple[str, str]]:
    """(old, new) of the changed pair over many seeds: what the injector may ever do to this document."""
    out = set()
    for seed in range(seeds):
        result = inject(pairs, random.Random(seed))
        if result is not None:
            changed, pair_id = result
            old = next(p.target for p in pairs if p.id == pair_id)
            out.add((old, next(p.target for p in changed if p.id == pair_id)))
    return out


def test_a_gerund_before_its_preposition_is_no_term():
    """news22 ref A gt22-d006 writes "fighting against" in three pairs: a verb and its preposition,
    whose "fight against" is grammar, not a recurring term in another form."""
    pairs = _news22("news22-refA", "gt22-d006")
    changes = _every_change(term_form_changed, pairs)
    assert not [new for old, new in changes if "fight against" in new and "fight against" not in old]


def test_no_capital_lowered_where_the_document_already_writes_the_word_both_ways():
    """news22 ref B gt22-d033 writes "Internet" in four pairs and "internet" in two: one more lowered
    occurrence is no slip against a house style. Where it writes the capital five times to one, it is."""
    mixed = _news22("news22-refB", "gt22-d033")
    assert not [new for old, new in _every_change(capital_lowered, mixed) if "Internet" in old and "internet" in new]
    steady = [replace(p, target=p.target.replace("internet", "Internet")) if p.id == "p0055" else p for p in mixed]
    assert [new for old, new in _every_change(capital_lowered, steady) if "internet" in new]


def test_singular_and_plural_count_as_one_word_s_case():
    """news22 ref A gt22-d028 writes "Leftists" in five pairs and "the leftist" once: five to one is a
    house style, so "crazy Leftists" may be lowered. With "leftist" lowered in two more pairs the
    document writes the word both ways (five to three) and lowering "Leftists" makes no slip."""
    clean = _news22("news22-refA", "gt22-d028")
    lowered = lambda changes: [new for old, new in changes if "Leftists" in old and re.search(r"\bleftists\b", new)]
    assert lowered(_every_change(capital_lowered, clean, seeds=60))
    mixed = [replace(p, target=p.target + " Some leftist said so.") if p.id in ("p0001", "p0002") else p for p in clean]
    assert not lowered(_every_change(capital_lowered, mixed, seeds=60))


def test_no_capital_lowered_in_a_use_the_document_writes_both_ways():
    """The sample page capitalises "the Party" most often, but writes the bare modifier both ways
    ("Party discipline", "Party committees" beside "party members", "party lectures"): lowering one
    more bare "Party" is one more of a mix, not a slip against the page's style."""
    from bench.corpora import sample_document

    sample = sample_document()
    if sample is None:
        import pytest

        pytest.skip("the sample page is not present under ../shared")
    changes = _every_change(capital_lowered, list(sample.pairs), seeds=60)
    bare = re.compile(r"(?<!the )(?<!of the )\bparty (?:committees|discipline|and state)")
    assert not [new for old, new in changes if bare.search(new) and not bare.search(old)]


def test_a_sentence_s_opening_the_party_counts_as_the_party_after_its_article():
    """Reviewer's input: "The Party" opening three sentences is "the Party" after its article, not a
    name's word like "Communist Party": four capitals to one lowered use is the house style."""
    from bench.inject_consistency import _house_capital

    texts = ["The Party leads everything.", "The Party has decided.", "The Party is strong.",
             "We trust the Party.", "He joined the party in 1990."]
    pairs = [Pair(f"p{i}", "党", text) for i, text in enumerate(texts)]
    assert _house_capital(pairs, "Party", True)
    named = [Pair(f"p{i}", "党", text.replace("The Party", "The Communist Party")) for i, text in enumerate(texts)]
    assert not _house_capital(named, "Party", True)


def test_an_unrelated_word_one_letter_shorter_is_no_number_of_the_word():
    """"News" in a masthead and "new" in running text are two words: five "News" beside five "new"
    are no mix of one word's case, so the capital is still the document's style; "Series" beside
    "serie" likewise. A plural counts with its singular ("Parties" with "party")."""
    from bench.inject_consistency import _house_capital

    def doc(capital: str, lower: str) -> list[Pair]:
        return [Pair(f"p{i}", "新闻。", f"{capital} said the {lower} plan held.") for i in range(5)]

    assert _house_capital(doc("Xinhua News", "new"), "News")
    assert _house_capital(doc("The Series", "serie"), "Series")
    assert not _house_capital(doc("The Parties", "party"), "Parties")
