"""A spare English pronoun stands for a dropped person only in the person's place and clause role.

MAC-Dev chapter 005 (Song of Everlasting Sorrow): 只是有点喜欢自己和阮玲玉的相像 "but she did kind of like
being compared to Ruan Lingyu": the "she" renders the subject Chinese leaves implicit, and 阮玲玉 sits
inside the clause, where English says "her", never "she". MAC-Dev chapter 001 (The Golden Age): 我和陈清扬是
第二次做爱 "I made love to Chen Qingyang", two sentences after "her trance, her face" that English adds
for 她从迷梦里醒来，羞得满脸通红.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import SHARED, check_pairs

_MAC = SHARED / "bench" / "align" / "mac-dev"


def _chapter(number: str):
    from tests.corpora import mac_chapter

    if not _MAC.exists():
        pytest.skip("../shared/bench/align/mac-dev is not present")
    return mac_chapter(_MAC, number)[0]


def _missing(chapter, marker: str, target: tuple[str, str], source: tuple[str, str] = ()) -> list[str]:
    """M106 source spans on the pair whose source holds `marker`, its sides changed by (old, new)."""
    pair = next(p for p in chapter.pairs if marker in p.source)
    changed = replace(pair, target=pair.target.replace(*target),
                      source=pair.source.replace(*source) if source else pair.source)
    assert changed.target != pair.target
    pairs = [changed if p.id == pair.id else p for p in chapter.pairs]
    return [f.source_span for f in check_pairs(pairs, ("M106",)) if f.pair_id == pair.id]


@pytest.fixture(scope="module")
def sorrow():
    return _chapter("005")


@pytest.fixture(scope="module")
def golden_age():
    return _chapter("001")


def test_a_name_inside_its_clause_is_no_she_that_opens_one(sorrow):
    assert _missing(sorrow, "阮玲玉的相像", (" to Ruan Lingyu", "")) == ["阮玲玉"]


def test_the_name_said_as_her_is_no_omission(sorrow):
    assert _missing(sorrow, "阮玲玉的相像", ("to Ruan Lingyu", "to her")) == []


def test_a_name_opening_its_clause_may_be_she(sorrow):
    # 阮玲玉 made the subject of its own clause: "she" may now be her (a translator's pronoun, no omission)
    assert _missing(sorrow, "阮玲玉的相像", ("but she did kind of like being compared to Ruan Lingyu",
                                           "but she was like the actress"),
                    ("只是有点喜欢自己和阮玲玉的相像", "阮玲玉却很像她")) == []


def test_a_pronoun_sentences_away_from_the_name_is_not_it(golden_age):
    assert _missing(golden_age, "我和陈清扬是第二次做爱", (" to Chen Qingyang", "")) == ["陈清扬"]


def test_the_pronoun_in_the_names_sentence_is_it(golden_age):
    assert _missing(golden_age, "我和陈清扬是第二次做爱", ("to Chen Qingyang", "to her")) == []


def test_forms_by_place_in_the_clause():
    from qa.terminology.pronoun_roles import NOMINATIVE, OBJECT, POSSESSIVE, forms_for

    def forms(source: str, name: str) -> frozenset[str]:
        start = source.index(name)
        return forms_for(source, start, start + len(name))

    assert forms("只是有点喜欢自己和阮玲玉的相像。", "阮玲玉") == {OBJECT, POSSESSIVE}
    assert forms("可是陈清扬并不喜欢。", "陈清扬") == {NOMINATIVE, POSSESSIVE}
    assert forms("问汪淼看完了没有。", "汪淼") == {NOMINATIVE, OBJECT, POSSESSIVE}  # 问's object, 看完's subject
    assert forms("沙瑞山见到汪淼，立刻", "汪淼") == {OBJECT}
    assert forms("王二被老师批评了。", "王二") == {NOMINATIVE, OBJECT, POSSESSIVE}  # "the teacher criticised him"
