"""A004's encoder work done ahead for the document: the same texts, in two calls, the same findings."""

from dataclasses import replace

from tests.conftest import check_pairs
from qa.model import Alignment


def _encoder_calls(monkeypatch) -> list[list[str]]:
    """Every batch of texts the encoder is asked to embed from now on (the embedding cache emptied)."""
    from qa.align import embed

    backend = embed.model()._backend
    calls: list[list[str]] = []
    encode = backend.encode
    monkeypatch.setattr(backend, "encode", lambda texts: calls.append(list(texts)) or encode(texts))
    embed.clear_cache()
    return calls


def _lose_two_headings(pairs):
    """The sample page with 亮点十's English heading dropped and a dash heading's English moved behind its body."""
    pairs = list(pairs)
    k = next(i for i, p in enumerate(pairs) if p.source.startswith("亮点十:"))
    pairs[k] = replace(pairs[k], target=pairs[k].target.split(".", 1)[1].strip())
    k = next(i for i, p in enumerate(pairs) if p.source.startswith("——分批实施、联动推进。"))
    heading, body = pairs[k].target.split(".", 1)
    pairs[k] = replace(pairs[k], target=f"{body.strip()} {heading.lstrip('–  ')}.")
    return pairs


def test_the_texts_a004_embeds_are_embedded_ahead_in_few_calls(sample_page_pairs, monkeypatch):
    """Pair by pair A004 asks the encoder once or twice per pair; ahead, the same texts (no more, no fewer)
    go in two batched calls, plus one for each heading whose answer waits on the rest of its target."""
    from qa.checks import structure_embed

    pairs = _lose_two_headings(sample_page_pairs.pairs)
    calls = _encoder_calls(monkeypatch)
    ahead = check_pairs(pairs, ["A004"])
    texts_ahead, calls_ahead = [text for call in calls for text in call], len(calls)

    monkeypatch.setattr(structure_embed, "embed_ahead", lambda ctx: None)
    calls.clear()
    from qa.align import embed

    embed.clear_cache()
    one_by_one = check_pairs(pairs, ["A004"])
    texts_one_by_one = [text for call in calls for text in call]

    assert len(calls) > 10  # one or two calls per pair A004 looks into
    assert calls_ahead <= 3  # two, and one for the dash heading found only behind its body
    assert sorted(texts_ahead) == sorted(texts_one_by_one)  # each text once, either way
    assert len(texts_ahead) == len(set(texts_ahead))
    assert [(f.pair_id, f.source_span) for f in ahead] == [(f.pair_id, f.source_span) for f in one_by_one]
    assert ("亮点十:机关党的建设高质量发展。" in {f.source_span for f in ahead})


def test_only_the_pairs_being_checked_are_embedded_ahead(sample_page_pairs, monkeypatch):
    """`qa corrections verify` checks one pair: nothing is embedded for the rest of the document."""
    from qa.checks.engine import run_checks
    from qa.checks.registry import REGISTRY
    from qa.lang import en

    pairs = _lose_two_headings(sample_page_pairs.pairs)
    k = next(i for i, p in enumerate(pairs) if p.source.startswith("亮点十:"))
    calls = _encoder_calls(monkeypatch)
    found = run_checks(Alignment(sample_page_pairs.doc, tuple(pairs)), [REGISTRY["A004"]], pairs={pairs[k].id})
    heading = "亮点十:机关党的建设高质量发展。"
    assert [f.source_span for f in found] == [heading]
    # the heading against its target's first sentence, then against the rest: this pair's texts only
    assert sorted(text for call in calls for text in call) == sorted([heading, *en.split_sentences(pairs[k].target)])
