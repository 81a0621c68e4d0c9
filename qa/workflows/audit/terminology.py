"""Terminology across an archive: each document's renderings, merged, and a proposed glossary.

Each document's renderings come from the shared terminology layer
(`qa.terminology.document_terminology`), the same records the M1xx/T1xx
checks and `qa glossary extract` use.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterable

from qa.workflows.audit.records import DocumentResult


def document_terms(alignment, glossary=None) -> dict[str, dict[str, list]]:
    """Source term -> rendering key -> [display, count, first pair id, flagged, suggestion].

    Names (with the status the names checks give them), recurring terms and
    quoted terms, as the terminology layer finds them; the compact lists are
    what the audit cache stores per document.
    """
    from qa.terminology import document_terminology

    terms: dict[str, dict[str, list]] = defaultdict(dict)
    for use in document_terminology(alignment, glossary):
        entry = terms[use.headword].setdefault(use.key, [use.rendering, 0, use.pair_id, use.flagged, use.suggestion])
        entry[1] += 1
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


def _kind(renderings: list[str]) -> str:
    """"form" when every other rendering is the first one with one word in another form
    ("working mechanism" / "work mechanism": an editor picks one spelling), else "term"
    (different words: an editor picks one rendering)."""
    from qa.terminology.variants import form_variant

    first = renderings[0].lower().split()
    for other in renderings[1:]:
        words = other.lower().split()
        changed = [(x, y) for x, y in zip(first, words) if x != y]
        if len(words) != len(first) or len(changed) != 1 or not form_variant(*changed[0]):
            return "term"
    return "form"


def cross_document_terms(rows: Iterable[DocumentResult]) -> list[dict[str, Any]]:
    """Every source term seen in the archive, with its renderings and the documents using each.

    Entries are sorted with the inconsistent terms (more than one rendering,
    in more than one document) first; each of those says whether its renderings
    differ in a word's form only ("form") or in their words ("term").
    """
    out = []
    for term, renderings in _merge(rows).items():
        variants = sorted((_variant(slot) for slot in renderings.values()),
                          key=lambda v: (-len(v["docs"]), -v["count"], v["rendering"]))
        docs = {d["stem"] for v in variants for d in v["docs"]}
        inconsistent = len(variants) > 1 and len(docs) > 1
        out.append({
            "term": term,
            "variants": variants,
            "documents": len(docs),
            "inconsistent": inconsistent,
            "kind": _kind([v["rendering"] for v in variants]) if inconsistent else "",
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
