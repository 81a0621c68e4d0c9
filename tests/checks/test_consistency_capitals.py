"""T105 on real documents: a name lowered once where the document capitalises it (issue 17).

Each case lowers one word of a clean document the way the injector does and
expects the finding; the quiet cases are the clean documents' own common uses.
"""

from qa.model import Pair
from tests.checks.test_consistency import _lowered, _story
from tests.conftest import check_pairs

NTREX = "dev-corpora/ntrex128-zhen/pairs.tsv"
REF_A = "bench/errors/news22/clean_refA.tsv"
REF_B = "bench/errors/news22/clean_refB.tsv"


def _slips(story: list[Pair]) -> set[tuple[str, str]]:
    return {(f.pair_id, f.target_span) for f in check_pairs(story, ["T105"])}


def test_a_party_s_plural_name_lowered_once():
    """NTREX newsweek.51310: "Republicans" (共和党) capitalised in two other pairs, after other words."""
    story = _lowered(_story(NTREX, "newsweek.51310"), "p0010", "as Republicans try", "as republicans try")
    assert ("p0010", "republicans") in _slips(story)


def test_a_team_lowered_after_its_city_where_the_document_says_the_giants():
    """NTREX bbc.381705: "Belfast Giants" / "the Giants" (巨人队), once "Belfast giants"."""
    story = _lowered(_story(NTREX, "bbc.381705"), "p0003", "Belfast Giants by", "Belfast giants by")
    assert ("p0003", "giants") in _slips(story)


def test_a_plural_capitalised_only_inside_a_longer_name_is_quiet():
    """news22 ref A gt22-d006: "Bureau of Human Resources" twice, "(the resources)" / "all our
    resources" in p0037: the common noun, not the bureau's word."""
    assert [s for s in _slips(_story(REF_A, "gt22-d006")) if s[1] == "resources"] == []
    assert [s for s in _slips(_story(REF_B, "gt22-d006")) if s[1] == "resources"] == []


def test_a_name_the_source_writes_in_latin_letters_lowered_after_a_comma():
    """news22 ref A gt22-d038: the source writes "Meta" four times in p0018; "Not only that, meta"
    is no common use after "that" (the comma parts them)."""
    story = _lowered(_story(REF_A, "gt22-d038"), "p0018", "that, Meta is", "that, meta is")
    assert ("p0018", "meta") in _slips(story)


def test_an_english_phrase_the_source_quotes_may_be_translated_in_lower_case():
    """news22 ref B gt22-d006 p0014: the source quotes "Virgin Olive Oil" in English; the English
    writes the grade as common words: no slip."""
    assert [s for s in _slips(_story(REF_B, "gt22-d006")) if s[0] == "p0014"] == []


def test_a_short_name_lowered_after_its_one_capitalised_word():
    """NTREX reuters.218932: "the European Union" (欧盟) in three pairs, once "the European union"
    (also after "NATO and the", where the longest capitalised run before it is no name)."""
    story = _lowered(_story(NTREX, "reuters.218932"), "p0008", "European Union because", "European union because")
    assert ("p0008", "union") in _slips(story)
    story = _lowered(_story(NTREX, "reuters.218932"), "p0014", "European Union in", "European union in")
    assert ("p0014", "union") in _slips(story)


def test_a_generic_phrase_beside_the_tail_of_a_longer_name_is_quiet():
    """news22 ref A gt22-d013: "National Key Laboratory of Traditional Chinese Medicine Quality
    Research" beside "the traditional Chinese medicine industry": the lab's name, not the phrase's."""
    assert [s for s in _slips(_story(REF_A, "gt22-d013")) if s[1] == "medicine"] == []


def test_a_two_word_term_in_its_house_style_lowered_after_any_word():
    """news22 ref A gt22-d031: "Internet insurance" (互联网保险) in p0055 and p0063 while the document
    also writes "the internet" and "internet products": the term keeps its capital."""
    story = _lowered(_story(REF_A, "gt22-d031"), "p0058", "misleading Internet insurance", "misleading internet insurance")
    assert ("p0058", "internet") in _slips(story)


def test_a_generic_use_beside_the_tail_of_a_team_s_name_is_quiet():
    """WMT19 lines 1986-1996 write "Blue Sky Rescue team" three times; line 1992's "sent a rescue
    team" is any rescue team."""
    from tests.corpora import corpus_rows

    story = [Pair(f"l{int(r['line']):04d}", r["source"], r["target"])
             for r in corpus_rows("dev-corpora/wmt19-newstest-zhen/pairs.tsv") if 1981 <= int(r["line"]) <= 2000]
    assert any("Blue Sky Rescue team" in p.target for p in story)
    assert [s for s in _slips(story) if s[1] == "rescue"] == []
