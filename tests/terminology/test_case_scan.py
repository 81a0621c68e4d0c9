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
    # a capital right after a quote or a bracket (capital_word_before searches from the last such character on)
    "“Club league (Party of the party; “Hockey Club, of the league”. Xinhua.league",
    # a line break inside a name (a quoted TSV cell, a PO string): "Mellon \nUniversity" as "Mellon University"
    "at Carnegie Mellon \nUniversity and Harvard university; the Communist \nParty and the party",
    # names joined to names: "Yale University and Brown university", an article before the lowered one
    "Yale University and Brown university, an American university and Peking University, Yale university, "
    "the Oxford University, Cambridge university or Harvard University and Brown University-Ann university or X University",
]


def _texts(sample_page, mac_dev) -> list[str]:
    lines = [line for path in (sample_page, mac_dev / "en" / "001") for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if re.search(r"[A-Za-z]", line)][:200] + _EDGES


def test_each_search_answers_as_its_pattern(sample_page, mac_dev):
    from qa.terminology.case_names import name_word_before
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
            _assert_name_searches(text, word)
            checked += 1
        for start in (t.start for t in english_tokens(text)):
            assert name_word_before(text, start) == _plain_name_word_before(text, start), (text, start)
    assert checked > 3_000


def test_the_edges_are_found():
    """Each search says yes somewhere, so the comparison above compares answers that can differ."""
    from qa.terminology.case_scan import capital_word_before, names_after, office_field

    assert capital_word_before(_EDGES[1], "league")  # "Club, of the league"
    assert capital_word_before("Party, the party", "party") and not capital_word_before("X party2 party", "party")
    assert capital_word_before("“Club league", "league") and capital_word_before("a (Party of the party", "party")
    assert not capital_word_before("Xinhua.league", "league") and not capital_word_before("Club (league", "league")
    assert names_after(_EDGES[2], "academy") == [(" of the Arts and Sciences", 36), (" of Science Academy", 66)]
    assert office_field(_EDGES[0], "environment") and office_field(_EDGES[3], "statistics") and office_field(_EDGES[3], "sea")
    assert office_field(_EDGES[3], "the")  # right after "of", where "of the" would take it as the article


def _assert_name_searches(text: str, word: str) -> None:
    """names_before, capital_then_lower and lower_then_capital answer as the per-word patterns they replace."""
    from qa.terminology.case_scan import capital_then_lower, lower_then_capital, names_before

    w, head = re.escape(word), re.escape(word[:1].upper() + word[1:])
    name, joint = r"[A-Z][\w'’-]*", r"(?:,| and| or)(?: the)?"
    assert names_before(text, word) == [(m.start(1), m.group(1), m.end()) for m in re.finditer(
        rf"((?:[A-Z][\w'’-]*,? (?:(?:of|and|for|the) )*){{1,3}}){w}\b", text)], (text, word)
    assert capital_then_lower(text, word[:1].upper() + word[1:], word) == bool(
        re.search(rf"\b{name} {head}{joint} {name} {w}\b", text)), (text, word)
    assert lower_then_capital(text, word, word[:1].upper() + word[1:]) == [(bool(m.group(1)), m.group(2)) for m in re.finditer(
        rf"(\b(?i:an?|one|another) )?\b({name}) {w}{joint} {name} {head}\b", text)], (text, word)


def test_the_name_searches_say_yes_and_keep_the_odd_words_to_their_patterns():
    """The edges above hold each kind of answer; a word the searches are not exact for (a small word of the
    patterns, a capital) is searched with the pattern itself."""
    from qa.terminology.case_scan import capital_then_lower, lower_then_capital, names_before

    text = _EDGES[-1]
    assert capital_then_lower(text, "University", "university")
    assert lower_then_capital(text, "university", "University") == [
        (True, "American"), (False, "Yale"), (False, "Cambridge"), (False, "University-Ann")]
    assert names_before(_EDGES[1], "league") == [(0, "Hockey Club, of the ", 26)]
    for odd in ("the", "an", "one", "University", "league2"):
        _assert_name_searches(text + " " + _EDGES[1], odd)


def _plain_name_word_before(text: str, end: int) -> bool:
    """name_word_before as it was: its pattern searched from the text's start."""
    from qa.lang.hunspell_words import known
    from qa.terminology.case_names import _NAME_WORD_BEFORE, opens_sentence

    found = _NAME_WORD_BEFORE.search(text, 0, end)
    return found is not None and not (opens_sentence(text, found.start()) and known(found.group().strip().lower()))
