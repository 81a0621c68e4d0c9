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
