"""S201: English non-words, never names."""

from pathlib import Path

import pytest

from qa.lang.en_dictionary import non_words

SAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "ten-key-points-2021.txt"


def test_typos_found_with_suggestions():
    found = dict(non_words("The goverment recieved the speach and the comittee agreed."))
    assert found == {"goverment": "government", "recieved": "received", "speach": "speech", "comittee": "committee"}


def test_names_possessives_hyphens_british_and_domain_words_are_quiet():
    text = ("Chen Yixin’s speech on Xi Jinping’s thought in Jalaid Banner wasn’t high-quality; the 21st-century "
            "informatization of procuratorial work was intelligentized, the colour of the odour realised.")
    assert non_words(text) == []


def test_whitelist_and_pinyin_words():
    assert non_words("they slept on the kang near the yamen") == []
    assert non_words("the zhalaite herders", frozenset({"zhalaite"})) == []


def test_sample_english_is_quiet():
    if not SAMPLE.exists():
        pytest.skip("../shared not present: sample page missing")
    import re

    lines = [l for l in SAMPLE.read_text(encoding="utf-8").splitlines() if l.strip() and not re.search(r"[\u4e00-\u9fff]{3}", l)]
    assert [w for line in lines for w in non_words(line)] == []


def test_china_english_compounds_and_plurals_of_document_words_are_quiet():
    assert non_words("He had practised kungfu since childhood and now worked in nanotech.") == []
    assert non_words("The goongs bowed low.", frozenset({"goong"})) == []
    assert [w for w, _ in non_words("The town was beseiged for a month.")] == ["beseiged"]
