"""The terminology layer on its own: renderings spelled from dictionary glosses, term candidates from segmentation."""

from qa.terminology.renderings import renderings
from qa.terminology.vocab import term_candidates


def test_renderings_are_spelled_from_glosses():
    assert renderings("社会治理", "We improved social governance and social management.") == [
        "social governance", "social management"
    ]
    assert renderings("一带一路", "the Belt and Road Initiative and the One Belt, One Road plan") == [
        "Belt and Road Initiative", "One Belt, One Road"
    ]


def test_term_candidates_keep_compounds_not_verb_phrases():
    found = term_candidates("推动社会治理现代化")
    assert "社会治理" in found and "推动社会" not in found
