"""One document's terminology as typed records: every name, quoted term and recurring term with its rendering.

The one extractor behind `qa glossary extract` (qa.glossary.propose) and the
audit's cross-document terminology; the M1xx and T1xx checks read the same
views (name renderings, term occurrences, quoted terms) through their memos.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from qa.lang.quotes import fold_phrase
from qa.model import Alignment
from qa.terminology.document_terms import quoted_terms, term_index, term_occurrences
from qa.terminology.name_renderings import document_name_matches

Kind = Literal["name", "quote", "term"]
ACCEPTED_NAME_STATUSES = frozenset({"ok", "exonym"})
FLAGGED_NAME_STATUSES = frozenset({"wrong-reading", "misspelt", "dropped-surname", "truncated-given"})


@dataclass(frozen=True)
class TermUse:
    """One rendering of one source term in one pair."""

    kind: Kind
    source: str  # as the source writes it: 扎赉特旗, 社会治理, 五大要求
    headword: str  # what a termbase lists: a name's core form (扎赉特 for 扎赉特旗), else `source`
    rendering: str  # as the target writes it; for a name with a following place word: "Jalaid Banner"
    key: str  # what counts as the same rendering: "pinyin:…"/"name:…" (names), "quote:…", "term:…"
    pair_id: str
    status: str = "ok"  # names: ok, exonym, wrong-reading, dropped-surname, truncated-given, misspelt
    suggestion: str = ""

    @property
    def accepted(self) -> bool:
        """A rendering a glossary may propose: every quote and term, and names rendered correctly."""
        return self.kind != "name" or self.status in ACCEPTED_NAME_STATUSES

    @property
    def flagged(self) -> bool:
        """A name rendering the names checks report (wrong reading, misspelt, part dropped)."""
        return self.kind == "name" and self.status in FLAGGED_NAME_STATUSES


def document_terminology(alignment: Alignment, glossary=None) -> list[TermUse]:
    """Every name and quoted term pair by pair (names first in each pair), then every recurring term.

    Names are the renderings the M1xx checks see (after their document-wide
    filter of doubtful truncations); recurring terms those of T101 (CC-CEDICT
    plus the document's own co-occurrence lexicon); quoted terms paired by
    position (document_terms.quoted_terms: quoted sentences left out).
    """
    pairs = alignment.body_pairs
    names = document_name_matches(pairs, glossary)
    uses: list[TermUse] = []
    for pair in pairs:
        if pair.is_one_sided:
            continue
        for m in names.get(pair.id, ()):
            uses.append(TermUse("name", m.name.text, m.name.forms[-1], m.display, m.key, pair.id, m.status, m.suggestion))
        for term, phrase in quoted_terms(pair):
            uses.append(TermUse("quote", term, term, phrase, "quote:" + fold_phrase(phrase), pair.id))
    for term, occurrences in term_occurrences(term_index(pairs)).items():
        for o in occurrences:
            uses.append(TermUse("term", term, term, o.text, "term:" + o.key, o.pair.id))
    return uses
