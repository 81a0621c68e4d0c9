"""A spare English "his" stands for no person the source names as a bare object ending its clause.

MAC-Dev chapter 004 (Red Sorghum), the pair 奶奶用亢奋的眼睛，看着余占鳌。 "She stared at Yu Zhan'ao
with a feverish look in her eyes.": its English also writes "the object at his belt" for
腰里的家伙, a possessive Chinese leaves implicit.
"""

from __future__ import annotations

import pytest

from tests.conftest import SHARED, check_pairs

_MAC = SHARED / "bench" / "align" / "mac-dev"


@pytest.fixture(scope="module")
def chapter():
    from tests.corpora import mac_chapter

    if not _MAC.exists():
        pytest.skip("../shared/bench/align/mac-dev is not present")
    found, _ = mac_chapter(_MAC, "004")
    return found


def _with(chapter, source: str, target: str) -> tuple[str, list[str]]:
    """The chapter with the stare pair's sides changed by (old, new) pairs; its M106 source spans."""
    from dataclasses import replace

    pair = next(p for p in chapter.pairs if p.source.endswith("看着余占鳌。"))
    assert "at his belt" in pair.target and "at Yu Zhan'ao" in pair.target
    changed = replace(pair, source=pair.source.replace(*source) if source else pair.source,
                      target=pair.target.replace(*target))
    assert changed.target != pair.target
    pairs = [changed if p.id == pair.id else p for p in chapter.pairs]
    return pair.id, [f.source_span for f in check_pairs(pairs, ("M106",)) if f.pair_id == pair.id]


def test_a_person_dropped_beside_a_possessive_the_english_adds_is_missing(chapter):
    assert _with(chapter, (), (" at Yu Zhan'ao", ""))[1] == ["余占鳌"]


def test_the_person_said_as_him_is_no_omission(chapter):
    assert _with(chapter, (), ("at Yu Zhan'ao", "at him"))[1] == []


def test_a_possessor_may_be_his(chapter):
    # 看着余占鳌的脸 "stared at his face": the name owns what follows, and "his" may be the name
    assert _with(chapter, ("看着余占鳌。", "看着余占鳌的脸。"), ("at Yu Zhan'ao", "at his face"))[1] == []


def test_my_name_is_the_narrators_not_the_other_person_beside_it():
    # MAC-Dev 001: 更没人在她面前提到王二（除了罗小四） "let alone mentioned my name in front of her (except
    # for Luo Xiaosi)": "my name" is 王二, said as a name after 提到; it is no 罗小四
    from dataclasses import replace

    from tests.corpora import mac_chapter

    if not _MAC.exists():
        pytest.skip("../shared/bench/align/mac-dev is not present")
    chapter, _ = mac_chapter(_MAC, "001")
    pair = next(p for p in chapter.pairs if "提到王二（除了罗小四）" in p.source)
    dropped = replace(pair, target=pair.target.replace(" (except for Luo Xiaosi)", ""))
    assert dropped.target != pair.target and "my name" in dropped.target

    def spans(changed):
        pairs = [changed if p.id == pair.id else p for p in chapter.pairs]
        return [f.source_span for f in check_pairs(pairs, ("M106",)) if f.pair_id == pair.id]

    assert spans(pair) == []
    assert spans(dropped) == ["罗小四"]
