"""The CC-CEDICT gazetteer: kinds and English names of entities, and which entity an English name is."""

from qa.lang import gazetteer


def test_kinds_read_off_the_glosses():
    assert gazetteer.kind_of("山西") == gazetteer.PLACE
    assert gazetteer.kind_of("马克龙") == gazetteer.PERSON
    assert gazetteer.kind_of("新华社") == gazetteer.MEDIA
    assert gazetteer.kind_of("外交部") == gazetteer.ORG
    assert gazetteer.kind_of("资源") == gazetteer.PLACE  # Ziyuan county; that it is also a word is decided elsewhere
    assert gazetteer.kind_of("学习") == ""


def test_english_names_are_the_leading_capitalised_words():
    assert gazetteer.english_names("扎赉特旗")[0].startswith("Jalaid")
    assert gazetteer.english_names("人民日报") == ("People's Daily",)
    assert gazetteer.english_names("中石化") == ("China Petroleum and Chemical Corporation",)
    assert gazetteer.english_names("国际足联") == ("FIFA",)  # "abbr. for 国际足球联合会, FIFA"


def test_an_english_name_or_a_pinyin_spelling_leads_back_to_its_entities():
    assert {"山西", "陕西"} <= set(gazetteer.named_by("Shanxi"))
    assert "马克龙" in gazetteer.named_by("Macron")  # a person's last word
    assert "湖北" in gazetteer.named_by("Hubei Province")
    assert gazetteer.spelt_by("Shanghai", "上海") and not gazetteer.spelt_by("Media", "米底亚")


def test_short_forms_of_regions_and_of_several_places():
    assert "宁" in gazetteer.short_forms("Ningxia")  # "abbr. for Ningxia Hui Autonomous Region"
    assert "桂" in gazetteer.short_forms("Guangxi")  # "abbr. for Guangxi Autonomous Region"
    assert "新" in gazetteer.short_forms("Xinjiang") and "新" in gazetteer.short_forms("Singapore")  # "… or Singapore"
    assert "港" in gazetteer.short_forms("Hong Kong")  # "Hong Kong (abbr. for 香港)"
