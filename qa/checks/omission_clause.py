"""A clause dropped inside a sentence that is otherwise translated: A009.

A004 finds a whole source sentence without a translation; A006 a list item
and A007 a qualifier. Between them, editors find a comma clause of a Chinese
sentence with no English for it. One unmatched word says little (translators
restructure, and the dictionary misses renderings), so a clause is reported
only when nothing of it is rendered (no content word by its dictionary
senses, no name, no figure) and the sentence encoder agrees: the source
sentence reads closer to the English without the clause than with it
(qa.lang.clause_omission). The encoder is asked only about the few clauses the
dictionary leaves unanchored.
"""

from __future__ import annotations

from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.lang.cedict import english_glosses
from qa.lang.clause_omission import Clause, freely_rendered, lost_clauses, unrendered_clauses
from qa.model import Pair

GLOSSED_WORDS = 3  # content words a message glosses


def clause_gloss(clause: Clause) -> str:
    """The first dictionary gloss of each of the clause's first content words: 'be unable to; overtime'."""
    glosses = []
    for word in clause.words[:GLOSSED_WORDS]:
        found = [g for g in english_glosses(word)
                 if not g.startswith(("surname ", "see ", "erhua ")) and "variant of" not in g]
        if found and found[0] not in glosses:
            glosses.append(found[0])
    return "; ".join(glosses) or "no dictionary gloss"


@check(
    "A009",
    "clause-omitted",
    category="Accuracy/Omission",
    requires=("segmenter", "dictionary", "bilingual-index", "romaniser", "encoder"),
    severity="major",
    defers_to=("A004", "A006", "N202", "M106"),
    off_by_default=True,
    example="source: 他表示，公司将扩大生产，同时加强质量管理。  target: He said the company will expand production.",
)
def clause_omitted(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A comma clause of the source has no translation in an English that renders the rest.

    A clause (between the source's commas, semicolons, colons and sentence
    ends; 5+ Chinese characters with a content word CC-CEDICT knows) is
    reported when none of its content words' dictionary senses, none of its
    names (by sound or dictionary) and none of its figures occurs anywhere in
    the English, and the sentence encoder puts its source sentence closer to
    the most similar English sentence without the clause than with it. A
    sentence A004 reports untranslated is left to A004, and a sentence of
    more than 300 Chinese characters is not judged (at most 3 clauses of a
    sentence go to the encoder). In a document whose English leaves more
    than 15 % of its clauses without a dictionary anchor (a freely rendered
    novel; pairs far shorter than the document's length ratio predicts are
    not counted) the check says nothing: there an unanchored clause is no
    evidence of a loss.

    Off by default (`--extend-select A009`): on the clean references it
    flags 0-0.7 pairs in 100 (none on MAC-Dev, whose novels it leaves alone),
    but most of those findings are paraphrases, idioms and restatements the
    dictionary cannot see (4 of 22 read real), it finds 0.3 of the English
    clauses dropped from news, and its dictionary pass and encoder calls add
    about 0.2 s of CPU to a warm check of the sample page.
    """
    if not pair.source.strip() or not pair.target.strip():
        return
    if not unrendered_clauses(pair.source, pair.target):
        return  # most pairs: the dictionary finds something of every clause, and the encoder is never asked
    doc = ctx.doc
    if doc.memo("clause.free", lambda: freely_rendered((p.source, p.target) for p in doc.pairs)):
        return
    lost = lost_clauses(pair.source, pair.target)
    if not lost:
        return
    from qa.checks.structure import omitted_sentences

    whole = omitted_sentences(pair, ctx)  # A004's, memoised: its sentence is one finding, not one per clause
    for clause, _ in lost:
        if any(clause.text in sentence for sentence in whole):
            continue
        gloss = clause_gloss(clause)
        yield Problem(f"Nothing in the English renders this source clause ({gloss}).",
                      source_span=clause.text, suggestion=f"Translate the clause {clause.text} ({gloss}).")
