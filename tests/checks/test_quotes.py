"""P401: quoted terms should keep their count."""

from tests.conftest import check_pair

SOURCE = "长安君在现场聆听了讲话,为大家带来“五大要求”“十大亮点”“十大重点”等要点。"


def check(source, target):
    return [f.check_id for f in check_pair(source, target, ["P401"])]


def test_same_count_passes_even_with_stop_inside_quotes():
    assert check(SOURCE, "He reported on the “Five Requirements,” “Ten Highlights,” “Ten Key Points,” and other highlights.") == []


def test_lost_quoted_term_is_reported():
    assert check(SOURCE, "He reported on the “Five Requirements,” Ten Highlights, Ten Key Points, and other highlights.") == ["P401"]


def test_speech_is_not_a_term():
    assert check("他说：“我们走吧。”", "Let's go, he said.") == []


def test_quoted_words_in_fiction_are_not_terms():
    # a one-character exclamation and short quoted words lose their quotes in English, rightly
    assert check("他喊了一声“快”，大家都跑了。", "He shouted at them to hurry, and everyone ran.") == []
    assert check("她在“文革”中吃了很多苦。", "She suffered a great deal during the Cultural Revolution.") == []


def test_coined_terms_still_count():
    assert check("要抓住“关键少数”。", "We must grasp the key minority.") == ["P401"]
    assert check("构建“三不”体系。", "Build the Three Nos system.") == ["P401"]
    assert check("构建“三不”体系。", "Build the “Three Nos” system.") == []
