"""M104 and M102 on WMT19 news pairs (newstest2019 zh-en) with one name spoiled: a foreign place
respelt against the document's own English, a Chinese city one syllable off where its characters
also sound foreign (厦门) or the word is also common (海口 "seaport"), and a given name alone where
jieba found no name in the source (毛润新)."""

from tests.conftest import check_pair, check_pairs

PALU = [
    ("当地时间2018年9月30日，印度尼西亚中苏拉威西省帕卢，救援者抬着一名从餐厅废墟下救出的地震幸存者。",
     "On September 30, 2018 local time, the rescuers were carrying an earthquake survivor saved under the ruins "
     "of a restaurant in Palu, Central Sulawesi, Indonesia."),
    ("他说，数千座房屋、医院、购物商城和旅馆倒塌，海啸引发的泥石流切断了帕卢的一条主要公路。",
     "He said that thousands of houses, hospitals, shopping malls and hotels collapsed, and the debris flow "
     "caused by the tsunami cut off a major highway in Palu."),
]


def spans(findings) -> list[tuple[str, str, str]]:
    return [(f.pair_id, f.source_span, f.target_span) for f in findings]


def test_a_foreign_place_respelt_against_the_document():
    """l0700: 帕卢 is "Palu" in the document's English (l0696), "Paliu" here; its pinyin is no guide."""
    assert spans(check_pairs(PALU, ["M104"])) == []
    spoiled = [PALU[0], (PALU[1][0], PALU[1][1].replace("Palu", "Paliu"))]
    assert spans(check_pairs(spoiled, ["M104"])) == [("p2", "帕卢", "Paliu")]


def test_a_chinese_city_whose_characters_also_sound_foreign():
    """l0840: 厦门 made "Jiamen" (门 is common in transliterations), and l1098 海口市 "Huakou"."""
    source = "著名旅游风景区、与金门一水之隔的厦门胡里山炮台景区，当年曾经是中国人民解放军设立“前线广播站”的故地。"
    target = ("The famous tourist scenic spot, Ancient Fort at Huli Hill in Xiamen, is separated from the Quemoy only "
              "by a strip of water, and it was once the home of the \"Frontline Broadcasting Station\".")
    assert spans(check_pair(source, target, ["M104"])) == []
    assert spans(check_pair(source, target.replace("Xiamen", "Jiamen"), ["M104"])) == [("p1", "厦门", "Jiamen")]
    source = "演唱会期间，海口市公安局主要领导在现场指挥督导交通、治安等安保工作。"
    target = ("During the concert, the main leaders of the Haikou Public Security Bureau commanded and supervised the "
              "security work such as transportation and public security.")
    assert spans(check_pair(source, target, ["M104"])) == []
    assert spans(check_pair(source, target.replace("Haikou", "Huakou"), ["M104"])) == [("p1", "海口", "Huakou")]


def test_a_given_name_alone_where_no_name_was_found_in_the_source():
    """l1985: jieba tags no name in 毛润新; the English "Runxin" reads 润新 right after the surname 毛."""
    source = "中新网11月5日电 据中国驻蒙古国大使馆网站4日消息，近日，中国公民郭玉芹和毛润新在蒙旅游期间失联。"
    target = ("Report on November 5 of China News: the website of the Chinese embassy in Mongolia reported that "
              "Chinese citizens Guo Yuqin and Mao Runxin had been missing when traveling in Mongolia.")
    assert spans(check_pair(source, target, ["M102"])) == []
    assert spans(check_pair(source, target.replace("Mao Runxin", "Runxin"), ["M102"])) == [("p1", "毛润新", "Runxin")]


def test_a_chinese_city_beside_a_dot_of_a_title():
    """l0140: 2018宝鸡・丝绸之路 (an event's title) puts a dot after 宝鸡, which is no foreign name's part:
    "Baojin" is 宝鸡 misspelt."""
    source = ("29日，2018宝鸡・丝绸之路旅游推介暨项目合作恳谈会在新疆乌鲁木齐市举行，与会嘉宾在欣赏宝鸡发展成果的同时，"
              "还可欣赏当地美食、感受当地厚重的历史文化。")
    target = ("On the 29th, 2018 Baoji·Silk Road Tourism Promotion and Talkfest on Projects Cooperation was held in "
              "Urumqi, Xinjiang. The guests enjoyed the development of Baoji while enjoying local cuisine and feeling "
              "the local rich history and culture.")
    assert spans(check_pair(source, target, ["M104"])) == []
    spoiled = target.replace("development of Baoji", "development of Baojin")
    assert spans(check_pair(source, spoiled, ["M104"])) == [("p1", "宝鸡", "Baojin")]


def test_a_pinyin_word_inside_a_run_read_through_its_other_words():
    """l1281: "Chengdu Qingbaijiang Chengxiang Station" is read through 青白江 and 城厢; "Chengdan" for 成都
    is a word of its own."""
    source = "此趟中欧班列于9月14日由成都青白江城厢站始发，经阿拉山口出境。"
    target = ("On the 14th of September, the China-Europe Train was dispatched from Chengdu Qingbaijiang Chengxiang "
              "Station, left the country through Alataw Pass.")
    assert spans(check_pair(source, target, ["M104"])) == []
    spoiled = target.replace("Chengdu", "Chengdan")
    assert spans(check_pair(source, spoiled, ["M104"])) == [("p1", "成都", "Chengdan")]
