"""A004 skips the aligner only for a pair whose sentences pair off in order: never at the cost of an omission.

The cases come from the review of the first gate (issue 19), which skipped a
pair whose English had at least as many sentences as the Chinese and every
Chinese sentence's words anywhere in it, and so lost omissions wherever the
English splits a sentence in two.
"""

from dataclasses import replace

from qa.model import Pair
from tests.conftest import check_pairs
from tests.corpora import WMT19_PAIRS, corpus_rows


def _embedded_for_a004(pairs, monkeypatch) -> tuple[list, list[str]]:
    """A004's findings on `pairs` and every text the encoder was asked to embed (from an empty cache)."""
    from qa.align import embed

    backend = embed.model()._backend
    texts: list[str] = []
    encode = type(backend).encode.__get__(backend)  # the class's, not an earlier call's spy
    monkeypatch.setattr(backend, "encode", lambda batch: texts.extend(batch) or encode(batch))
    embed.clear_cache()
    found = check_pairs(pairs, ["A004"])
    return [(f.pair_id, f.source_span) for f in found], texts


def _without(pairs: list[Pair], k: int, opening: str) -> list[Pair]:
    """`pairs` with the English sentence of pair k that opens with `opening` taken out."""
    from qa.lang import en

    kept = [s for s in en.split_sentences(pairs[k].target) if not s.startswith(opening)]
    assert len(kept) == len(en.split_sentences(pairs[k].target)) - 1
    return pairs[:k] + [replace(pairs[k], target=" ".join(kept))] + pairs[k + 1 :]


def _spans(pairs: list[Pair], k: int) -> list[str]:
    return [f.source_span for f in check_pairs(pairs, ["A004"]) if f.pair_id == pairs[k].id]


def test_no_dropped_english_sentence_the_aligner_finds_on_the_sample_page_skips_it(sample_page_pairs):
    """Every way of dropping one English sentence from a multi-sentence pair of the page, where the pair
    is short enough to be aligned at all: the gate lets the aligner decide wherever the aligner finds the
    drop. It skips a few drops, each one of a sentence that a Chinese sentence shares with others of its run
    (the aligner finds none of them); the first gate skipped 16 drops, several of which the aligner finds."""
    import math

    from qa.checks.context import DocContext
    from qa.checks.structure import _aligner_ratio, _left_unaligned, alignment_skip, document_ratio
    from qa.checks.structure_gate import needs_alignment
    from qa.lang import en, zh

    pairs = list(sample_page_pairs.pairs)
    tried, skipped = 0, 0
    for k, pair in enumerate(pairs):
        sentences = zh.split_sentences(pair.source)
        english = en.split_sentences(pair.target)
        if len(sentences) < 2:
            continue
        for j in range(len(english)):
            dropped = replace(pair, target=" ".join(english[:j] + english[j + 1 :]))
            ctx = DocContext(replace(sample_page_pairs, pairs=tuple(pairs[:k] + [dropped] + pairs[k + 1 :])))
            skip = alignment_skip(dropped, ctx)
            if skip is None:
                continue
            tried += 1
            if not needs_alignment(sentences, dropped.target, skip, document_ratio(ctx)):
                skipped += 1
                expected = _aligner_ratio(math.exp(document_ratio(ctx)[0]), dropped)
                assert not _left_unaligned(sentences, dropped.target, expected, skip), (pair.id, english[j])
    assert tried > 100 and 0 < skipped < 20


def test_a_heading_whose_english_is_dropped_is_never_taken_as_rendered(sample_page_pairs):
    """A heading A004 tests is not embedded when the target's first sentence renders it by length and
    dictionary words (most of the page's do); with that sentence dropped, the body's first sentence, which
    repeats the heading's words, is too long to pass for it, and the encoder is asked."""
    from qa.checks.context import DocContext
    from qa.checks.structure import HEADING_MAX_CHARS, document_ratio, heading_kind
    from qa.checks.structure_gate import opens_with_rendering
    from qa.lang.zh import han_count
    from qa.lang import en, zh

    ctx = DocContext(sample_page_pairs)
    ratio = document_ratio(ctx)
    rendered, dropped = 0, 0
    for pair in sample_page_pairs.pairs:
        sentences = zh.split_sentences(pair.source)
        english = en.split_sentences(pair.target)
        if len(sentences) < 2 or len(english) < 2 or heading_kind(sentences[0]) is None \
                or han_count(sentences[0]) > HEADING_MAX_CHARS:  # the headings A004 tests (heading_to_test)
            continue
        rendered += opens_with_rendering(sentences[0], pair.target, ratio)
        dropped += 1
        assert not opens_with_rendering(sentences[0], " ".join(english[1:]), ratio), pair.id
    assert dropped >= 20 and rendered >= 15


def test_english_with_more_sentences_than_the_chinese_is_aligned_and_its_drop_found(sample_page_pairs):
    """——以监督提升执法司法公信力。加强党的领导监督,… is four Chinese sentences (the semicolons inside
    are ASCII, no split) and six English ones; with one dropped the English still has more sentences than
    the Chinese and the dropped sentence's words recur in the rest: the aligner finds it."""
    from qa.lang import en, zh

    pairs = list(sample_page_pairs.pairs)
    k = next(i for i, p in enumerate(pairs) if p.source.startswith("——以监督提升执法司法公信力。"))
    dropped = _without(pairs, k, "We will strengthen the Party’s leadership and supervision")
    assert len(en.split_sentences(dropped[k].target)) > len(zh.split_sentences(pairs[k].source))
    assert any(s.startswith("加强党的领导监督,推进政治督察") for s in _spans(dropped, k))


def test_a_semicolon_joined_chinese_sentence_dropped_from_split_english_is_found():
    """WMT19 line 975: three Chinese sentences joined by ；, four English ones; dropping the English of
    中型企业PMI为48.7 %… leaves as many English sentences as Chinese, and the aligner finds it."""
    rows = corpus_rows(WMT19_PAIRS)
    k0 = next(i for i, r in enumerate(rows) if r["line"] == "975")
    pairs = [Pair(f"p{i:04d}", r["source"], r["target"]) for i, r in enumerate(rows[k0 - 30 : k0 + 10], 1)]
    dropped = _without(pairs, 30, "The PMI of medium-sized enterprises")
    assert any(s.startswith("中型企业PMI为48.7") for s in _spans(dropped, 30))


def test_neighbouring_rows_merged_with_one_rows_english_lost_are_found():
    """WMT19 lines 112-114 as one paragraph, the English of 其次，本案侵权行为地不在广东。 lost: four Chinese
    sentences, four English ones (line 113's English is two), and the sentence is found."""
    rows = corpus_rows(WMT19_PAIRS)
    k0 = next(i for i, r in enumerate(rows) if r["line"] == "112")
    window = rows[k0 - 12 : k0 + 12]
    merged = Pair("merged", "".join(r["source"] for r in window[12:15]), " ".join(r["target"] for r in window[13:15]))
    pairs = [Pair(f"p{i:04d}", r["source"], r["target"]) for i, r in enumerate(window[:12], 1)]
    pairs += [merged] + [Pair(f"q{i:04d}", r["source"], r["target"]) for i, r in enumerate(window[15:], 1)]
    assert window[12]["source"] == "其次，本案侵权行为地不在广东。"
    assert "其次，本案侵权行为地不在广东。" in _spans(pairs, 12)


def test_pairs_paired_in_order_are_not_aligned_and_nothing_changes(sample_page_pairs, monkeypatch):
    """The pairs the gate skips on the clean page are those whose sentences pair off in order, the headings
    those their first English sentence renders; without either gate the encoder embeds about three times
    as much, for the same findings."""
    from qa.checks import structure_gate

    pairs = list(sample_page_pairs.pairs)
    gated, texts = _embedded_for_a004(pairs, monkeypatch)
    monkeypatch.setattr(structure_gate, "needs_alignment", lambda sentences, target, skip, ratio: True)
    monkeypatch.setattr(structure_gate, "opens_with_rendering", lambda heading, target, ratio: False)
    every, all_texts = _embedded_for_a004(pairs, monkeypatch)
    assert gated == every
    assert len(all_texts) > 2 * len(texts)


def test_sentences_pair_off_only_in_their_own_place(sample_page_pairs):
    """A sentence's words must be in the English in its place, not anywhere in the paragraph: the same
    English sentences the other way round do not pair off, nor, where they paired one for one, in another
    order or one fewer (with runs, moving one sentence can leave each run fitting: 2021年是… "It is the first
    year …" of p0051 keeps its place when "2021 marks the 100th anniversary" moves to the end)."""
    from qa.checks.context import DocContext
    from qa.checks.structure import document_ratio
    from qa.checks.structure_gate import paired_in_runs
    from qa.lang import en, zh

    ratio = document_ratio(DocContext(sample_page_pairs))
    paired = [p for p in sample_page_pairs.pairs
              if len(zh.split_sentences(p.source)) > 1
              and paired_in_runs(zh.split_sentences(p.source), en.split_sentences(p.target), ratio)]
    assert len(paired) > 10
    for pair in paired:
        sentences, english = zh.split_sentences(pair.source), en.split_sentences(pair.target)
        assert not paired_in_runs(sentences, english[::-1], ratio), pair.id
        if len(english) == len(sentences):
            assert not paired_in_runs(sentences, english[1:] + english[:1], ratio), pair.id
            assert not paired_in_runs(sentences, english[:-1], ratio), pair.id


def _excerpt(sample_page_pairs, opening: str, before: int, after: int) -> tuple[list[Pair], int]:
    """A short document: the page's pairs around the one whose source opens with `opening` (its index in it)."""
    pairs = list(sample_page_pairs.pairs)
    k = next(i for i, p in enumerate(pairs) if p.source.startswith(opening))
    return pairs[k - before : k + after + 1], before


def test_a_heading_with_the_next_sentence_folded_in_is_no_rendering_in_a_short_document(sample_page_pairs):
    """The review's seven-pair excerpt: 二是以服务… is followed by 坚决贯彻党中央决策部署, whose English is lost and
    the rest of its sentence folded into the heading's. A short document's spread is twice the page's, and
    twice that let the merged sentence pass for the heading: nothing was embedded and the drop was lost."""
    from qa.lang import en

    excerpt, k = _excerpt(sample_page_pairs, "二是以服务党中央对外工作大局为重点", 3, 3)
    first, second, third = en.split_sentences(excerpt[k].target)
    assert second.startswith("We will resolutely implement")
    excerpt[k] = replace(excerpt[k], target=first[:-1] + ", " + second.split(", ", 1)[1] + " " + third)
    assert _spans(excerpt, k)


def test_a_dropped_sentence_in_a_short_document_is_found(sample_page_pairs):
    """The review's excerpt of seven pairs with 'With the approval of the Party Central Committee…' dropped:
    found only while each run of English sentences must hold its Chinese sentence's dictionary words (a
    short document's wide spread lets length alone pass the drop)."""
    pairs = list(sample_page_pairs.pairs)
    k = next(i for i, p in enumerate(pairs) if "With the approval of the Party Central Committee" in p.target)
    excerpt = pairs[k - 5 : k + 2]
    excerpt = _without(excerpt, 5, "With the approval of the Party Central Committee")
    assert any(span.startswith("经党中央批准") for span in _spans(excerpt, 5))
