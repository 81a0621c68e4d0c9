"""A004 aligns only the short pairs the dictionary and the sentence count cannot settle: the same findings, less encoder work."""

from dataclasses import replace

from tests.conftest import check_pairs


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


def test_full_length_anchored_pairs_are_not_aligned_and_nothing_changes(sample_page_pairs, monkeypatch):
    """On the sample page most multi-sentence pairs are as long as the page's ratio predicts and every
    sentence's words are in their English: without the gate the encoder embeds four times the texts, for
    the same findings."""
    from qa.checks import structure_gate

    pairs = list(sample_page_pairs.pairs)
    gated, texts = _embedded_for_a004(pairs, monkeypatch)
    monkeypatch.setattr(structure_gate, "needs_alignment", lambda sentences, target, skip: True)
    every, all_texts = _embedded_for_a004(pairs, monkeypatch)
    assert gated == every
    assert len(all_texts) > 2.5 * len(texts)
    longest = max(sample_page_pairs.pairs, key=lambda p: len(p.source))  # p0048 sort: 8 sentences, 1,268 tokens
    assert longest.source.split("。")[1] + "。" in all_texts
    assert longest.source.split("。")[1] + "。" not in texts


def test_a_sentence_whose_english_is_dropped_is_found_though_its_words_recur(sample_page_pairs):
    """Official prose repeats its words: a sentence whose English is dropped often still has half its
    dictionary words elsewhere in the paragraph's English (组织开展专项斗争特派督导… 0.8), and the English is
    within a sigma of the page's length. The English one sentence short of the Chinese is what sends the
    pair to the aligner, which finds the sentence."""
    from qa.checks.structure_gate import anchored_throughout
    from qa.lang import en, zh

    pairs = list(sample_page_pairs.pairs)
    k = next(i for i, p in enumerate(pairs) if p.source.startswith("亮点三:推动扫黑除恶专项斗争决战决胜。"))
    sentences = zh.split_sentences(pairs[k].source)
    kept = en.split_sentences(pairs[k].target)
    dropped = replace(pairs[k], target=" ".join(kept[:4] + kept[5:]))
    assert anchored_throughout(sentences, dropped.target)
    found = check_pairs(pairs[:k] + [dropped] + pairs[k + 1 :], ["A004"])
    assert (dropped.id, sentences[4]) in {(f.pair_id, f.source_span) for f in found}


def test_a_sentence_is_anchored_when_half_its_dictionary_words_are_in_the_english(sample_page_pairs):
    from qa.checks.structure_gate import anchored_throughout
    from qa.lang import zh

    pair = next(p for p in sample_page_pairs.pairs if p.source.startswith("——压实责任、务求实效。"))
    sentences = zh.split_sentences(pair.source)
    assert anchored_throughout(sentences, pair.target)
    other = next(p for p in sample_page_pairs.pairs if p.source.startswith("——紧盯线索精准用力。"))
    assert not anchored_throughout(sentences, other.target)  # another paragraph's English
