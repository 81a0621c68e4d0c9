"""bench.transliteration: the dev pairs it builds from CC-CEDICT and the scores it reports on them."""

from __future__ import annotations

from bench.transliteration import (_surname, capitalised_runs, choose, dev_pairs, m104_transliterations, rate, scores,
                                    split)
from qa.lang.transliteration import SAME_NAME


def test_dev_pairs_are_foreign_names_with_their_english_name():
    pairs = {p.chars: p.english for p in dev_pairs()}
    assert pairs["马克龙"] == "Macron"  # a person: the surname
    assert pairs["莫斯科"] == "Moscow"
    assert "习近平" not in pairs and "北京" not in pairs  # Chinese names are not transliterations
    assert "东欧" not in pairs  # translated by meaning (Eastern Europe)


def test_the_split_is_stable_and_disjoint():
    tune, held = split(dev_pairs())
    assert not {p.chars for p in tune} & {p.chars for p in held}
    assert split(dev_pairs()) == (tune, held)


def test_surname_keeps_its_particles():
    assert _surname("Marine Le Pen") == "Le Pen"
    assert _surname("Angela Merkel") == "Merkel"


def test_capitalised_runs_are_the_names_a_sentence_may_contain():
    text = "Chancellor Angela Merkel met Macron in Paris, then Putin."
    assert capitalised_runs(text) == ["Chancellor Angela Merkel", "Macron", "Paris", "Putin"]


def test_choose_is_the_lowest_threshold_within_the_budget():
    assert choose([0.9, 0.5, 0.1, 0.1], budget=0.25) == 0.51
    assert choose([0.1] * 4) == 0.11


def test_held_out_foreign_names_of_cc_cedict():
    """The bench's held-out half: most names reach SAME_NAME, few random other names do."""
    held = split(dev_pairs())[1]
    assert len(held) > 1000
    own, other, _ = scores(held)
    assert rate(own, SAME_NAME) >= 0.88
    assert rate(other, SAME_NAME) <= 0.02


def test_m104_misspellings_that_are_transliterations(tmp_path):
    """A line of NTREX-128 (shortened): M104 once took "Mendes" for misspelt pinyin of 门德斯, a
    transliteration; it now asks qa.lang.transliteration first and finds nothing to report."""
    corpus = tmp_path / "pairs.tsv"
    corpus.write_text("doc_id\tseg_id\tsource\ttarget\n"
                      "newsweek.51318\t18\t今年在纽约举行的全球公民节活动有珍妮·杰克逊，肖恩·门德斯参与节目表演。\t"
                      "Janet Jackson and Shawn Mendes are among the acts performing at this year's event in New York.\n",
                      encoding="utf-8")
    assert m104_transliterations(corpus) == (0, [])
