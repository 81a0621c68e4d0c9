"""A004: a sentence the aligner merged into its neighbour's bead, though the bead's English renders none of it,
is an omission (news22 ref A, one English sentence taken out as bench.detect's injector takes it out); a
sentence a clause of the English renders closely stays unreported (NTREX)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from qa.lang import en
from tests.conftest import check_pairs
from tests.corpora import NTREX_PAIRS, news22_docs, story

# (document, pair, English sentence taken out, the Chinese sentence it rendered)
DROPS = [
    ("gt22-d030", "p0008", 0, "无论如何都会一口咬死是客户的问题他们全然无责。"),
    ("gt22-d025", "p0048", 1, "用心服务，用心清洁，留住美好。"),
    ("gt22-d031", "p0033", 1, "最后选择了一件黑色的纱裙，体验下不同的风格。"),
    ("gt22-d014", "p0016", 1, "考虑到双方未能就合同内容达成共识，几天后，林某将20万元定金退回给了陆先生。"),
]


def _a004(pairs, pair_id: str) -> list[str]:
    return [f.source_span for f in check_pairs(pairs, ["A004"]) if f.pair_id == pair_id]


@pytest.mark.parametrize("doc_id, pair_id, k, dropped", DROPS)
def test_a_sentence_merged_into_a_bead_whose_english_renders_none_of_it_is_an_omission(doc_id, pair_id, k, dropped):
    pairs = list(news22_docs({doc_id})[doc_id].pairs)
    n = next(i for i, p in enumerate(pairs) if p.id == pair_id)
    assert dropped in pairs[n].source and _a004(pairs, pair_id) == []  # the full translation: nothing
    english = en.split_sentences(pairs[n].target)
    pairs[n] = replace(pairs[n], target=" ".join(english[:k] + english[k + 1 :]))
    assert _a004(pairs, pair_id) == [dropped]


def test_a_sentence_one_english_clause_renders_is_no_omission():
    """NTREX nytimes.184822 seg 5: the aligner merges “你可能会认为因为我哭了，所以我很伤心。 into the long
    quotation before it, the dictionary finds one of its own five words in the English and the embedding is
    closer without it, but the English's last clause renders it ("You may think I am sad because I am crying.")."""
    pairs = story(NTREX_PAIRS, "nytimes.184822")
    assert "你可能会认为因为我哭了" in next(p.source for p in pairs if p.id == "p0005")
    assert _a004(pairs, "p0005") == []


def test_a_merged_sentence_of_a_weak_bead_is_not_judged(mac_dev):
    """MAC-Dev 005 p0019: 头上脚下都是绳索之类的东西 … is merged into a bead the aligner is unsure of (confidence
    about 0.36); the dictionary finds none of its five own words ("ropes and wires overhead") and the embedding
    is closer without it, but in so weak a bead the parts' evidence is not trusted."""
    from tests.corpora import mac_chapter

    document, _ = mac_chapter(mac_dev, "005")
    assert "头上脚下都是绳索之类的东西" in next(p.source for p in document.pairs if p.id == "p0019")
    assert _a004(list(document.pairs), "p0019") == []


@pytest.mark.parametrize("where, pair_id, sentence", [
    ("ntrex:rt.com.91356", "p0016", "即使这个粗暴待遇不是有意的"),  # "even if it was by mistake": few own words
    ("ntrex:nytimes.184862", "p0004", "于是认领儿童后"),  # 2 of its 7 own words rendered: just over a quarter
    ("mac:005", "p0047", "王琦瑶听她聒噪"),  # "Wang Qiyao, who regretted telling her friend": the dictionary sees none
    ("mac:004", "p0021", "哭声与吹鼓手们吹出的曲调十分相似"),  # four own words
])
def test_clean_merged_sentences_at_the_limits_stay_unreported(where, pair_id, sentence, mac_dev):
    """The review's clean pairs nearest the limits: each passes the embedding test, and only the dictionary test,
    the share of a quarter or MIN_OWN_WORDS keeps it out; loosening any of them reports a sentence the English
    renders."""
    corpus, name = where.split(":")
    if corpus == "ntrex":
        pairs = story(NTREX_PAIRS, name)
    else:
        from tests.corpora import mac_chapter

        pairs = list(mac_chapter(mac_dev, name)[0].pairs)
    assert sentence in next(p.source for p in pairs if p.id == pair_id)
    assert _a004(pairs, pair_id) == []
