"""A009: a comma clause of the source with nothing of it in the English (qa.lang.clause_omission).

The pairs are WMT19 and news22 references read from ../shared (skipped when
absent); an English clause is cut out by hand where the test says so.
"""

import re

import pytest

from qa.lang import en, zh
from qa.lang.clause_omission import lost_clauses, source_clauses, unrendered_clauses
from tests.conftest import MAC_DEV, check_pair, check_pairs
from tests.corpora import NEWS22_REF_A, mac_chapter, pairs_by_segment
from tests.corpora import wmt19_pair as wmt19


def spans(source: str, target: str) -> list[str]:
    return [f.source_span for f in check_pair(source, target, ["A009"])]


@pytest.mark.parametrize("line, english, clause", [
    # "…in the traditional areas, and solving the logistical problems …": the second half of the 并且 sentence
    (29, ", and solving the logistical problems and family liaison problems for new deployment process",
     "并且还在为新的部署程序解决后勤和家庭联络问题"),
    (117, ", and the reporter will pay close attention to the follow-up details of the patent infringement case "
          "of Didi Chuxing", "记者还将密切关注滴滴出行专利侵权案的后续细节"),
    (312, ", aiming at comprehensively reducing the occurrence rates of all complications in premature infants "
          "and improving the quality of treatment for newborns in China", "着眼于全面降低早产儿所有并发症发生率"),
])
def test_a_clause_cut_from_the_english_is_reported(line, english, clause):
    source, target = wmt19(line)
    assert spans(source, target) == []
    assert english in target
    assert spans(source, target.replace(english, "")) == [clause]


def test_the_message_glosses_the_lost_clause():
    source, target = wmt19(117)
    found = check_pair(source, target.replace(", and the reporter will pay close attention to the follow-up details "
                                              "of the patent infringement case of Didi Chuxing", ""), ["A009"])
    assert [f.check_id for f in found] == ["A009"]
    assert "reporter" in found[0].message and found[0].severity.value == "major"


def test_a_clause_the_reference_itself_lost_is_reported():
    # WMT19 line 24: 并平衡我们能做的 'and balance what we can do' has no English
    source, target = wmt19(24)
    assert spans(source, target) == ["并平衡我们能做的"]


@pytest.mark.parametrize("line, clause", [
    (704, "因此救援行动十分困难"),  # "it was very hard to carry out the rescue activities"
    (364, "整场比赛并不轻松"),  # "the whole game was not easy"
])
def test_a_clause_the_dictionary_misses_but_the_encoder_finds_rendered_is_not_reported(line, clause):
    source, target = wmt19(line)
    assert clause in [c.text for c in unrendered_clauses(source, target)]
    assert lost_clauses(source, target) == [] and spans(source, target) == []


def test_a_foreign_name_heard_in_the_english_renders_its_clause():
    # news22 reference A: the Chinese title is rendered by the book's own English title, the author by sound
    source, target = pairs_by_segment(NEWS22_REF_A)[("gt22-d026", "17")]
    assert "阿德丽安娜" in source and "Adriana" in target
    assert unrendered_clauses(source, target) == [] and spans(source, target) == []


def test_one_rendered_word_keeps_a_clause():
    source, target = wmt19(117)
    cut = target.replace(", and the reporter will pay close attention to the follow-up details of the patent "
                         "infringement case of Didi Chuxing", ", and the reporter will watch the case closely")
    assert spans(source, cut) == []


def test_a_figure_does_not_split_a_clause():
    source, _ = wmt19(73)  # 6,400亿日圆 … 9,000亿日圆
    assert all(not source[a:b].startswith("400") for a, b in source_clauses(source))


def test_a_freely_rendered_document_is_left_alone():
    # a MAC-Dev chapter: the novel's English leaves a fifth of its clauses without a dictionary anchor, and
    # the encoder still prefers some source sentences without a clause; A009 says nothing there
    chapter, _ = mac_chapter(MAC_DEV, "004")
    assert any(lost_clauses(p.source, p.target) for p in chapter.pairs)
    assert check_pairs(list(chapter.pairs), ["A009"]) == []


def test_a_long_comma_chain_is_not_sent_to_the_encoder(monkeypatch):
    # review: 20,000 Han characters joined with commas cost 258 s, the whole sentence embedded twice per clause.
    # Forty WMT19 source lines joined into one sentence: over MAX_SENTENCE_HAN, not judged, nothing embedded.
    import qa.align.embed as embed_module
    from qa.lang import clause_omission

    source = "，".join(re.sub(r"[^\u4e00-\u9fff]+", "，", wmt19(n)[0]).strip("，") for n in range(100, 140)) + "。"
    assert len(source) > 1500 and len(zh.split_sentences(source)) == 1
    embedded: list[str] = []
    real = embed_module.embed
    monkeypatch.setattr(embed_module, "embed", lambda texts: embedded.extend(texts) or real(texts))
    clause_omission._unrendered.cache_clear(), clause_omission._eligible.cache_clear()
    assert lost_clauses(source, "The meeting was held in Beijing.") == []
    assert embedded == []


def test_a_sentence_sends_at_most_a_few_clauses_and_itself_once(monkeypatch):
    # a sentence under the length limit with many unanchored clauses: the encoder reads the English, the
    # sentence once, MAX_PER_SENTENCE cuts and at most two joins of English sentences
    import qa.align.embed as embed_module
    from qa.lang import clause_omission

    lines = (29, 117, 312, 24, 704, 364)
    source = "，".join(re.sub(r"[^\u4e00-\u9fff]+", "，", wmt19(n)[0]).strip("，")[:25] for n in lines) + "。"
    assert len(zh.split_sentences(source)) == 1
    target = "The meeting was held in Beijing."
    clauses = unrendered_clauses(source, target)
    assert len(clauses) > clause_omission.MAX_PER_SENTENCE
    embedded: list[str] = []
    real = embed_module.embed
    monkeypatch.setattr(embed_module, "embed", lambda texts: embedded.extend(texts) or real(texts))
    clause_omission._lost.cache_clear()
    lost_clauses(source, target)
    assert embedded.count(source) == 1
    assert len(embedded) == 1 + 1 + clause_omission.MAX_PER_SENTENCE


def test_one_damaged_pair_does_not_silence_the_document():
    # review: the first 60 WMT19 pairs, and one pair of 20 joined source lines with one line's English
    # (A004's finding); its 20 unanchored lines made the document look freely rendered and A009 said nothing
    pairs = [wmt19(n) for n in range(1, 61)]
    joined = "".join(wmt19(n)[0] for n in range(1000, 1020))
    found = check_pairs(pairs + [(joined, wmt19(1000)[1])], ["A009"])
    assert "并平衡我们能做的" in [f.source_span for f in found]


def test_a_sentence_a004_reports_is_left_to_it():
    # WMT19 123 with its first English sentence cut: A004 reports the sentence, A009 not its clause too
    source, target = wmt19(123)
    first, *rest = en.split_sentences(target)
    cut = " ".join(rest)
    clause = "这种友谊包含了对伙伴的信任和长期合作的传统"
    assert clause in [c.text for c, _ in lost_clauses(source, cut)]
    found = check_pair(source, cut, ["A004", "A009"])
    assert [f.check_id for f in found] == ["A004"] and clause in found[0].source_span


@pytest.mark.parametrize("line, frame", [(40, "另据了解"), (258, "会上透露")])
def test_a_clause_under_five_characters_is_not_judged(line, frame):
    # 另据了解 'it is also learned', 会上透露 'disclosed at the meeting': frames translators fold into the sentence
    source, target = wmt19(line)
    assert frame in [source[a:b] for a, b in source_clauses(source)]
    assert frame not in [c.text for c in unrendered_clauses(source, target)]


def test_a009_is_off_by_default():
    from qa.checks.registry import REGISTRY, all_checks
    from qa.config import Settings
    from qa.selection import select_checks

    every = all_checks(with_off_by_default=True)
    assert REGISTRY["A009"].off_by_default
    assert "A009" not in {s.id for s in select_checks(Settings(), every)}
    assert "A009" not in {s.id for s in select_checks(Settings(select=("A",)), every)}
    assert "A009" in {s.id for s in select_checks(Settings(extend_select=("A009",)), every)}
