"""Names written in the English and whether the source accounts for them."""

from qa.lang import gazetteer
from qa.terminology.target_names import NameRun, abbreviates, accounted_by, name_runs, near_readings, reading_spans


def runs(text):
    return [(r.text, r.kind, r.place_word) for r in name_runs(text)]


def test_romanized_and_known_names_are_found_english_words_are_not():
    assert runs("Liu Jiayi, Party secretary of Hubei Province, said the Evening News was right.") == [
        ("Liu Jiayi", "person", ""), ("Hubei", "place", "Province")
    ]
    assert runs("Zhang Wei was interviewed in Shanghai yesterday.") == [
        ("Zhang Wei", "person", ""), ("Shanghai", "place", "")
    ]


def test_any_reading_of_the_source_accounts_for_a_romanization():
    assert reading_spans("shanxi", "他去了陕西和山西。") == [(6, 8)]  # "Shanxi" is 山西's, never 陕西's (Shaanxi)
    assert reading_spans("jiayi", "刘家义说") == [(1, 3)]
    hubei = name_runs("Hubei Province")[0]
    assert not accounted_by(hubei, "山东省委书记刘家义在会上说")
    assert accounted_by(hubei, "湖北省委书记")


def test_abbreviations_and_familiar_forms_account_for_a_name():
    assert abbreviates("国际足联", "国际足球联合会") and abbreviates("中油", "中石油")
    assert not abbreviates("山西", "山东")
    assert name_runs("He complained to FIFA last year.") == []  # capitals: an acronym or a brand, not judged
    fifa = NameRun("FIFA", 0, 4, (0, 1), None, False, "", gazetteer.named_by("FIFA"))
    assert accounted_by(fifa, "他向国际足联指控") and not accounted_by(fifa, "他向法院指控")
    xifeng = name_runs("Then Wang Xi-feng came in.")[0]
    assert accounted_by(xifeng, "只见凤姐进来了。")  # 凤 with 姐: what the family calls Xi-feng
    assert not accounted_by(xifeng, "只见平儿进来了。")


def test_one_syllable_off():
    zhang_hui = name_runs("Zhang Hui was interviewed.")[0]
    assert near_readings(zhang_hui, "张伟昨天接受了采访。") == [(0, 2, 1)]


def test_country_names_in_english_are_names_and_their_short_forms_account_for_them():
    egypt = next(r for r in name_runs("the trade problems between America and Egypt") if r.text == "Egypt")
    assert egypt.kind == "place"
    assert not accounted_by(egypt, "美国与中国的贸易问题")
    australia = next(r for r in name_runs("Australia and China can work hand in hand") if r.text == "Australia")
    assert accounted_by(australia, "澳中两国携手并进")


def _spans_by_scanning(folded, source):
    """reading_spans' contract read plainly: try every character of the source as a span's first, each
    character's readings longest first (the oracle for the indexed search)."""
    from qa.lang import pinyin as py
    from qa.terminology.confusable_places import names_another_place

    options = [py.char_syllables(ch) if py.has_han(ch) else frozenset() for ch in source]

    def go(pos, k):
        if pos == len(folded):
            return k
        if k >= len(options):
            return -1
        for s in sorted(options[k], key=len, reverse=True):
            if folded.startswith(s, pos):
                end = go(pos + len(s), k + 1)
                if end >= 0:
                    return end
        return -1

    found = []
    for start, first in enumerate(options):
        if any(folded.startswith(s) for s in first):
            end = go(0, start)
            if end > start and not names_another_place(source[start:end], folded):
                found.append((start, end))
    return found


def test_a_span_opens_wherever_a_reading_of_its_first_character_opens_the_word():
    # one syllable, read by three characters; the longest syllable (zhuang) opens a span as well as a short one
    assert reading_spans("xi", "习近平主席和西安市长在会上讲话。") == [(0, 1), (4, 5), (6, 7)]
    assert reading_spans("zhuang", "广西壮族自治区的壮乡。") == [(2, 3), (8, 9)]
    assert reading_spans("xian", "习近平主席和西安市长在会上讲话。") == [(6, 8)]
    assert reading_spans("", "西安") == [] and reading_spans("xian", "") == [] and reading_spans("xian", "Xi'an 2021") == []
    sources = ["习近平主席和西安市长在会上讲话。", "广西壮族自治区的壮乡。", "他去了陕西和山西。", "胡锦涛在湖北武汉考察，长安君也在。"]
    words = ["xi", "hu", "an", "e", "zhuang", "xian", "changan", "changanjun", "shanxi", "hubei", "wuhan", "jinping", "xijinping"]
    for source in sources:
        for word in words:
            assert reading_spans(word, source) == _spans_by_scanning(word, source), (word, source)
