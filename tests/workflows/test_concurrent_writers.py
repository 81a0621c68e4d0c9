"""Several processes extending one glossary or one accept-file at once: every row survives."""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
from pathlib import Path

from qa.accept import extend_accept_list, fingerprint, load_accept_list
from qa.glossary import load_glossary
from qa.model import Finding, Severity
from qa.workflows.corrections import Ledger, accept

WRITERS = 8
ROUNDS = 4


def _accept_with_rule(ledger: str, glossary: str, ids: list[int]) -> None:
    with Ledger(ledger) as db:
        for correction_id in ids:
            accept(db, correction_id, f"Right {correction_id}", rule=True, glossary=Path(glossary))


def _run(target, argument_lists) -> None:
    context = multiprocessing.get_context("fork")
    processes = [context.Process(target=target, args=args) for args in argument_lists]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
    assert [p.exitcode for p in processes] == [0] * len(processes)


def test_parallel_accept_rule_keeps_every_glossary_row(tmp_path):
    ledger, glossary = tmp_path / "ledger.sqlite", tmp_path / "glossary.tsv"
    with Ledger(ledger) as db:
        ids = [db.insert(doc="d.txt", quote=f"Wrong {n}", matched=f"Wrong {n}", term=f"术语{n}").id
               for n in range(WRITERS * ROUNDS)]
    _run(_accept_with_rule, [(str(ledger), str(glossary), ids[w::WRITERS]) for w in range(WRITERS)])
    entries = {(e.source, e.target, e.status) for e in load_glossary(glossary).entries}
    expected = {(f"术语{n}", f"Right {i}", "preferred") for n, i in enumerate(ids)}
    expected |= {(f"术语{n}", f"Wrong {n}", "forbidden") for n in range(len(ids))}
    assert expected <= entries and len(load_glossary(glossary).entries) == 2 * WRITERS * ROUNDS


def _finding(writer: int, n: int) -> Finding:
    return Finding("N201", "number-mismatch", "Accuracy/Mistranslation", Severity.MAJOR, f"p{n:04d}",
                   f"第{writer}篇第{n}段有{n}个数字。", f"Writer {writer} paragraph {n}.", str(n), str(n + 1),
                   "Number differs.", str(n), doc=f"doc{writer}")


def _accept_all(path: str, writer: int) -> None:
    for n in range(ROUNDS):
        extend_accept_list(Path(path), [_finding(writer, n), replace(_finding(writer, n), check_id="N202")])


def test_parallel_accept_all_keeps_every_entry(tmp_path):
    path = tmp_path / ".qa" / "accepted.txt"
    _run(_accept_all, [(str(path), w) for w in range(WRITERS)])
    expected = {fingerprint(f) for w in range(WRITERS) for n in range(ROUNDS)
                for f in (_finding(w, n), replace(_finding(w, n), check_id="N202"))}
    assert load_accept_list(path).fingerprints == expected and len(expected) == WRITERS * ROUNDS * 2
