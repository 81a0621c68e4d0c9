"""T105's search for a lowered word's name written with its capital elsewhere, read faster (only the pairs
whose target writes the name are searched; each lowered occurrence judged once): on real pages, every lowered word gets the plain search's answer."""

from __future__ import annotations

import pytest

from qa.terminology import capitals


def _asks(pairs):
    """Every lowered occurrence of a word the document also capitalises, as _case_slips asks about it."""
    upper, lower = capitals._occurrences(pairs)
    return [(pair, text) for word in upper for pair, text, _ in lower.get(word, ())]


@pytest.fixture(scope="module")
def pages(sample_page, mac_dev):
    from qa.pipeline import load_alignment

    docs = [load_alignment(sample_page)] + [load_alignment(mac_dev / "zh" / c, mac_dev / "en" / c) for c in ("001", "004")]
    return [[p for p in doc.pairs if not p.is_one_sided] for doc in docs]


def test_names_found_as_the_plain_search(pages, monkeypatch):
    def answers():
        out = []
        for pairs in pages:
            sources = {p.id: p.source for p in pairs}
            everything = "\n".join(p.target for p in pairs)
            out += [capitals._name_capitalised_elsewhere(pair, text, pairs, everything, sources) for pair, text in _asks(pairs)]
        return out

    fast = answers()
    monkeypatch.setattr(capitals, "pairs_writing", lambda pairs, name: list(pairs))  # the definition: search every pair
    assert fast == answers()
    assert len(fast) > 500, len(fast)


def test_the_pairs_holding_a_name_are_every_pair_it_is_found_in(pages):
    """The names searched for (a lowered word with the capitalised words before it, in either case): a pair
    left out is one no search for the name can match."""
    import re

    from qa.terminology.case_scan import names_before, pairs_writing

    names = set()
    for pairs in pages:
        for pair, text in _asks(pairs):
            for first, _, end in names_before(pair.target, text):
                before = pair.target[first : end - len(text)]
                names |= {before + text, before + text[:1].upper() + text[1:]}
    assert len(names) > 30, len(names)
    for pairs in pages:
        for name in sorted(names):
            assert pairs_writing(pairs, name) == [p for p in pairs if re.search(re.escape(name), p.target)], name


def test_each_occurrence_judged_once_finds_what_every_one_does(pages, monkeypatch):
    """A word written twice alike in one pair is judged once: the same slips, in the same order."""
    def slips():
        return [(s.pair.id, s.written, s.capitalised, s.majority, s.anchor) for pairs in pages
                for s in capitals.case_slips(pairs)]

    fast = slips()
    monkeypatch.setattr(capitals, "_once", list)  # the definition: every occurrence
    assert fast == slips()
    assert len(fast) >= 3, fast
