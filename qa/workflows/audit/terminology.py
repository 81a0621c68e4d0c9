"""Terminology across an archive: each document's renderings, merged, and a proposed glossary.

`document_terms` is kept as it was in qa/audit.py (it reaches into
qa.checks.names and qa.checks.terms); the shared terminology layer of
issue 13 will replace its body with one call.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterable

from qa.workflows.audit.records import DocumentResult

FLAGGED_NAME_STATUSES = frozenset({"wrong-reading", "misspelt", "dropped-surname", "truncated-given"})


def document_terms(alignment, glossary=None) -> dict[str, dict[str, list]]:
    """Source term -> rendering key -> [display, count, first pair id, flagged].

    Names come from the names machinery (qa.checks.names: every rendering of
    a Chinese name found in the English, with its status); recurring terms
    from the term machinery T101 uses (CC-CEDICT plus the document's own
    co-occurrence lexicon); quoted terms pair “…” in the Chinese with “…” in
    the English when both sides quote the same number of phrases.
    """
    from qa.checks.terms import document_term_renderings
    from qa.terms import chinese_quoted, english_quoted, fold_phrase

    terms: dict[str, dict[str, list]] = defaultdict(dict)

    def note(term: str, key: str, display: str, pair_id: str, flagged: bool, suggestion: str = "") -> None:
        entry = terms[term].setdefault(key, [display, 0, pair_id, flagged, suggestion])
        entry[1] += 1

    from qa.checks.context import DocContext
    from qa.checks.names import document_matches

    # the names M102 reports on, after its document-wide filter of doubtful ones, so the dashboard and the
    # proposed glossary never flag a rendering the check itself let through
    names = document_matches(DocContext(alignment, glossary=glossary))
    for pair in alignment.body_pairs:
        if pair.is_one_sided:
            continue
        for m in names.get(pair.id, ()):
            note(m.name.forms[-1], m.key, m.display, pair.id, m.status in FLAGGED_NAME_STATUSES, m.suggestion)
        zh, en = chinese_quoted(pair.source), english_quoted(pair.target)
        if zh and len(zh) == len(en):
            for term, rendering in zip(zh, en):
                note(term, "quote:" + fold_phrase(rendering), rendering, pair.id, False)
    for term, occurrences in document_term_renderings(alignment, glossary).items():
        for occurrence in occurrences:
            note(term, "term:" + occurrence.key, occurrence.text, occurrence.pair.id, False)
    return dict(terms)


def _merge(rows: Iterable[DocumentResult]) -> dict[str, dict[str, dict[str, Any]]]:
    """term -> rendering key -> display counts, occurrences, documents, flagged, suggestions."""
    merged: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in rows:
        for term, renderings in (row.terms or {}).items():
            for key, (display, count, pair_id, flagged, *rest) in renderings.items():
                slot = merged[term].setdefault(
                    key, {"display": Counter(), "count": 0, "docs": {}, "flagged": False, "suggestion": Counter()}
                )
                slot["display"][display] += count
                slot["count"] += count
                slot["docs"][row.stem] = {"count": count, "pair": pair_id, "report": row.html_report}
                slot["flagged"] = slot["flagged"] or bool(flagged)
                if rest and rest[0]:
                    slot["suggestion"][rest[0]] += count
    return merged


def _variant(slot: dict[str, Any]) -> dict[str, Any]:
    return {
        "rendering": slot["display"].most_common(1)[0][0],
        "count": slot["count"],
        "flagged": slot["flagged"],
        "suggestion": slot["suggestion"].most_common(1)[0][0] if slot["suggestion"] else "",
        "docs": [{"stem": s, **d} for s, d in sorted(slot["docs"].items())],
    }


def cross_document_terms(rows: Iterable[DocumentResult]) -> list[dict[str, Any]]:
    """Every source term seen in the archive, with its renderings and the documents using each.

    Entries are sorted with the inconsistent terms (more than one rendering,
    in more than one document) first.
    """
    out = []
    for term, renderings in _merge(rows).items():
        variants = sorted((_variant(slot) for slot in renderings.values()),
                          key=lambda v: (-len(v["docs"]), -v["count"], v["rendering"]))
        docs = {d["stem"] for v in variants for d in v["docs"]}
        out.append({
            "term": term,
            "variants": variants,
            "documents": len(docs),
            "inconsistent": len(variants) > 1 and len(docs) > 1,
        })
    out.sort(key=lambda t: (not t["inconsistent"], -t["documents"], t["term"]))
    return out


def proposed_glossary(terminology: Iterable[dict[str, Any]], min_documents: int = 2) -> list[tuple[str, str, str, str]]:
    """(source, target, status, note) rows: the rendering most documents use, for an editor to review.

    Renderings the checks flagged (a wrong reading, a misspelling) are never
    proposed; when every rendering was flagged, the checks' suggestion is.
    """
    rows = []
    for entry in terminology:
        if entry["documents"] < min_documents:
            continue
        clean = [v for v in entry["variants"] if not v["flagged"]]
        listing = "; ".join(f"{v['rendering']} ×{v['count']} in {len(v['docs'])} doc(s)" for v in entry["variants"])
        if clean:
            target = clean[0]["rendering"]
        else:
            target = next((v["suggestion"] for v in entry["variants"] if v["suggestion"]), "")
            listing += "; every rendering was flagged, suggestion of the checks"
        if target:
            rows.append((entry["term"], target, "preferred", f"{entry['documents']} documents: {listing}"))
    return rows
