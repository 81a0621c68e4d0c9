"""T105's searches around a lowered word, made of patterns compiled once: the answer of the per-word pattern each replaces."""

from __future__ import annotations

import re

from qa.lang.en_words import english_tokens

# places the real lines may not show: a comma before the word, "of the", a name cut short, a word glued to a digit
_EDGES = [
    "the Ministry of health and Department of the environment, Ministry of the Department of education",
    "Hockey Club, of the league and Party, the party. X party2 Yale University and Brown university",
    "the academy of the Arts and Sciences of academy of Science Academy, academy of Sciences",
    "the Office of the the State and Bureau of statistics3 of the Bureau of statistics, the Administration of the sea",
]


def _texts(sample_page, mac_dev) -> list[str]:
    lines = [line for path in (sample_page, mac_dev / "en" / "001") for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if re.search(r"[A-Za-z]", line)][:200] + _EDGES


def test_each_search_answers_as_its_pattern(sample_page, mac_dev):
    from qa.terminology.case_scan import OF_NAME, OFFICE_HEADS, capital_word_before, names_after, office_field

    checked = 0
    for text in _texts(sample_page, mac_dev):
        for word in {t.text for t in english_tokens(text) if t.text.isalpha() and t.text.islower()}:
            w = re.escape(word)
            assert capital_word_before(text, word) == bool(
                re.search(rf"[A-Z][\w'’-]*,? (?:(?:of|and|for|the) )*{w}\b", text)), (text, word)
            assert names_after(text, word) == [
                (m.group(1), m.end()) for m in re.finditer(rf"(?<![\w'’-]){w}({OF_NAME})", text)], (text, word)
            assert office_field(text, word) == bool(
                re.search(rf"(?<![\w'’-]){OFFICE_HEADS} of (?:the )?{w}\b", text)), (text, word)
            checked += 1
    assert checked > 3_000


def test_the_edges_are_found():
    """Each search says yes somewhere, so the comparison above compares answers that can differ."""
    from qa.terminology.case_scan import capital_word_before, names_after, office_field

    assert capital_word_before(_EDGES[1], "league")  # "Club, of the league"
    assert capital_word_before("Party, the party", "party") and not capital_word_before("X party2 party", "party")
    assert names_after(_EDGES[2], "academy") == [(" of the Arts and Sciences", 36), (" of Science Academy", 66)]
    assert office_field(_EDGES[0], "environment") and office_field(_EDGES[3], "statistics") and office_field(_EDGES[3], "sea")
    assert office_field(_EDGES[3], "the")  # right after "of", where "of the" would take it as the article
