"""Constants chosen per document by how literal its translation is (qa.align.literal), measured held out.

    .venv/bin/python -m bench.align_literal            # the signal's distributions and held-out F1
    .venv/bin/python -m bench.align --loo --no-scaling --ideas "literal profile"   # the same, beside the table

The signal: a document's median cosine over the 1-1 matches of the aligner's
coarse pass. `signal` prints it for every MAC-Dev chapter and synthetic news
document, the real news documents (WMT19 runs, NTREX, news22 by doc_id, as
lines) and the two sample pages (paragraph by paragraph, as `qa check` aligns
them). `literal_loo` holds out one news group at a time, fits the close-translation
profile's knobs on the other five (scoring each training document with the
profile only when its own median is above the threshold), and scores the
held-out group the same way; MAC-Dev is scored with the profile fitted on all
of the news set, so it changes only if a chapter crosses the threshold.
`drop_experiment` drops one English line from each WMT22 document and counts
how often its Chinese comes out alone, as `qa align --one-per-line` aligns it.
"""

from __future__ import annotations

import statistics
import sys
from dataclasses import dataclass, replace
from typing import Callable

from bench import align_fit
from bench.align_fit import Evaluator, Params
from qa.align import literal
from qa.io.beads import BeadScore

# the five knobs every news fold moved when all twelve were refitted (docs/benchmarks.md); the rest stay as shipped
LITERAL_KNOBS = tuple(k for k in align_fit.KNOBS
                      if k.name in ("skip", "length_weight", "dict_weight", "number_weight", "merge_penalty"))


def doc_medians(evaluator: Evaluator, params: Params) -> list[float | None]:
    """Each document's median coarse cosine (from the features the evaluator prepared once)."""
    evaluator.per_doc(params)
    prepared = evaluator.prepared[align_fit._structure(params)]
    return [literal.median_cosine([p.path_cosines]) for p in prepared]


def mixed_total(evaluator: Evaluator, shipped: Params, profile: Params, literal_docs: list[bool],
                keep: Callable = lambda d: True) -> BeadScore:
    """Micro score with `profile` on the documents marked literal and `shipped` on the rest."""
    out = BeadScore(0, 0, 0)
    for doc, lit, s_ship, s_lit in zip(evaluator.docs, literal_docs, evaluator.per_doc(shipped),
                                       evaluator.per_doc(profile)):
        if keep(doc):
            out += s_lit if lit else s_ship
    return out


@dataclass
class LiteralResult:
    """Held-out F1 on news with the profile fitted per fold, MAC-Dev with the profile fitted on all news."""

    news_shipped: BeadScore
    news_loo: BeadScore
    news_picked: dict[str, Params]
    news_all: Params
    mac_shipped: BeadScore | None
    mac_chosen: BeadScore | None
    mac_crossing: list[str]


def literal_loo(news: Evaluator, mac: Evaluator | None, shipped: Params) -> LiteralResult:
    """Leave one news group out, fitting the profile's knobs on the other five; MAC-Dev with the full fit."""
    news_lit = [m is not None and m >= literal.LITERAL_MEDIAN for m in doc_medians(news, shipped)]
    groups = sorted({d.group for d in news.docs})
    loo, picked = BeadScore(0, 0, 0), {}
    for group in groups:
        def objective(p: Params, g: str = group) -> float:
            return mixed_total(news, shipped, p, news_lit, lambda d: d.group != g).f1
        params = align_fit.fit(objective, shipped, LITERAL_KNOBS)
        picked[group] = params
        loo += mixed_total(news, shipped, params, news_lit, lambda d, g=group: d.group == g)
    on_all = align_fit.fit(lambda p: mixed_total(news, shipped, p, news_lit).f1, shipped, LITERAL_KNOBS)
    mac_shipped = mac_chosen = None
    crossing: list[str] = []
    if mac is not None:
        mac_lit = [m is not None and m >= literal.LITERAL_MEDIAN for m in doc_medians(mac, shipped)]
        crossing = [d.name for d, lit in zip(mac.docs, mac_lit) if lit]
        mac_shipped = mac.total(shipped)
        mac_chosen = mixed_total(mac, shipped, on_all, mac_lit)
    return LiteralResult(news.total(shipped), loo, picked, on_all, mac_shipped, mac_chosen, crossing)


def _stats(values: list[float]) -> str:
    if not values:
        return "none"
    q = [f"{x:.3f}" for x in statistics.quantiles(values, n=20)] if len(values) >= 20 else ["-"] * 19  # too few
    return (f"n={len(values)} min {min(values):.3f}  p5 {q[0]}  median {statistics.median(values):.3f}  "
            f"p95 {q[-1]}  max {max(values):.3f}")


def real_documents() -> dict[str, list[tuple[str, list[tuple[list[str], list[str]]]]]]:
    """Real documents as qa aligns them: corpus → [(name, [(source sentences, target sentences) per part])]."""
    from bench import corpora
    from qa.lang import en, zh
    from qa.pipeline import load_alignment

    out: dict[str, list] = {}
    as_lines = {"wmt19": (corpora.wmt19_documents, align_news_path("wmt19")),
                "ntrex": (corpora.documents_by_doc_id, align_news_path("ntrex"))}
    news22 = corpora.SHARED / "bench" / "errors" / "news22"
    for ref in ("A", "B"):
        as_lines[f"news22-ref{ref}"] = (corpora.documents_by_doc_id, news22 / f"clean_ref{ref}.tsv")
    for name, (reader, path) in as_lines.items():
        if path.exists():
            out[name] = [(a.doc.id, [([p.source for p in a.pairs], [p.target for p in a.pairs])]) for a in reader(path)]
    pages = [corpora.SHARED / "samples" / "ten-key-points-2021.txt", corpora.ROOT / "samples" / "county-work-report.txt"]
    for page in pages:
        if page.exists():
            pairs = [p for p in load_alignment(page).pairs if not p.is_one_sided and not p.kind]
            out[page.stem] = [(page.stem, [(zh.split_sentences(p.source), en.split_sentences(p.target)) for p in pairs])]
    return out


def align_news_path(corpus: str):
    from bench import align_news

    return align_news.WMT19 if corpus == "wmt19" else align_news.NTREX


def signal(evaluators: dict[str, Evaluator], shipped: Params) -> dict[str, list[float]]:
    """Print each set's distribution of document medians; returns them (None: too few matches, left out)."""
    from qa.align.core import prepare

    found: dict[str, list[float]] = {}
    for name, evaluator in evaluators.items():
        show(name, doc_medians(evaluator, shipped), found)
    for name, docs in real_documents().items():
        medians = []
        for _, parts in docs:
            cos = [prepare(s, t, "zh", "en", shipped).path_cosines for s, t in parts if s and t]
            medians.append(literal.median_cosine(cos))
        show(name, medians, found)
    return found


def show(name: str, medians: list[float | None], found: dict[str, list[float]]) -> None:
    """Print one set's distribution (documents with too few matches counted apart) and keep it in `found`."""
    found[name] = [m for m in medians if m is not None]
    few = sum(m is None for m in medians)
    print(f"{name:22} {_stats(found[name])}" + (f"; {few} with fewer than {literal.MIN_MATCHES} matches" if few else ""))


def print_result(result: LiteralResult, shipped: Params) -> None:
    print(f"news: shipped F1 {result.news_shipped.f1:.3f}, literal profile held out {result.news_loo.f1:.3f}")
    for group, params in result.news_picked.items():
        print(f"  held out {group}: {align_fit.changes(params, shipped)}")
    shipped_profile = literal.literal_params(shipped)
    print(f"  fitted on all news: {align_fit.changes(result.news_all, shipped)} "
          f"({'the same as' if result.news_all == shipped_profile else 'NOT the same as'} qa.align.literal's profile)")
    if result.mac_shipped is not None:
        print(f"MAC-Dev: shipped F1 {result.mac_shipped.f1:.3f}, with the choice {result.mac_chosen.f1:.3f}; "
              f"chapters above the threshold: {', '.join(result.mac_crossing) or 'none'}")


def drop_experiment(seed: int = 7) -> None:
    """One English sentence dropped from every WMT22 document (one segment a line, 8 or more, refs A and B), as
    `qa align --one-per-line` aligns it: how often the dropped sentence's Chinese comes out alone (a 1-0 bead,
    which A001 reports) with the shipped constants and with the per-document choice."""
    import random

    from qa.align import SENTENCE_PARAMS
    from qa.align.core import align, prepare

    print("\none English line dropped per WMT22 document: its Chinese left alone (1-0), shipped / chosen")
    for name, docs in real_documents().items():
        if not name.startswith("news22"):
            continue
        rng, total, alone_shipped, alone_chosen, chosen_literal = random.Random(f"{seed}:{name}"), 0, 0, 0, 0
        for _, [(src, tgt)] in docs:
            if len(src) < 8:
                continue
            k = rng.randrange(1, len(src) - 1)
            dropped = tgt[:k] + tgt[k + 1 :]
            want = ((k,), ())
            total += 1
            alone_shipped += want in [(b.src, b.tgt) for b in align(src, dropped, "zh", "en", Params())]
            chosen = literal.align_document([(src, dropped)], "zh", "en", SENTENCE_PARAMS)[0][0]
            alone_chosen += want in [(b.src, b.tgt) for b in chosen]
            chosen_literal += literal.is_literal([prepare(src, dropped, "zh", "en", Params()).path_cosines])
        print(f"  {name}: {total} documents ({chosen_literal} on the close-translation constants): "
              f"{alone_shipped} / {alone_chosen}")


def main() -> int:
    from bench.align import dev_sets
    from qa.align import SENTENCE_PARAMS

    store = align_fit.embedding_store()
    sets = dev_sets(["mac", "news"])
    if "news (synthetic)" not in sets:
        print("the news corpora are not in ../shared", file=sys.stderr)
        return 2
    evaluators = {name: Evaluator(docs) for name, docs in sets.items()}
    signal(evaluators, SENTENCE_PARAMS)
    if store is not None:
        store.save()
    result = literal_loo(evaluators["news (synthetic)"], evaluators.get("MAC-Dev"), SENTENCE_PARAMS)
    print_result(result, SENTENCE_PARAMS)
    drop_experiment()
    if store is not None:
        store.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
