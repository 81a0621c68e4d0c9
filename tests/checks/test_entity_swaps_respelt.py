"""M102, M104 and M107 on news pairs (WMT22 ref A, newstest2019) with one name spoiled as the benchmark's
injectors spoil them: a country heard in the sounds of other foreign names, a city two letters off another,
a county one syllable off a city, a foreign place respelt by a whole syllable, a place misspelt inside a
club's name, a surname dropped before the pair names the person in full, and after a title."""

import pytest

from tests.conftest import check_pair, check_pairs

GULF = ("这场危机仅在 2021 年 1 月的海湾合作委员会峰会上得到解决，各海湾国家签署了一项由美国和科威特调解迈向“团结与稳定”的协议。"
        "沙特阿拉伯重新开放了与卡塔尔的边界。",
        "The crisis was only solved at the Gulf Cooperation Council Summit in January, 2021, when the gulf countries "
        "signed an agreement for “unity and stabilization” with the mediation by the U.S. and Kuwait. Saudi Arabia "
        "has reopened its boundary with Qatar.")
POWERS = ("沙特王储对海湾国家访问之行恰逢伊朗与世界各大国就挽救名为《联合全面行动计划 》 （ JCPOA）的伊朗核协议进行谈判。",
          "The travel of the Crown Prince of Saudi Arabia to gulf countries happened as the negotiation was ongoing "
          "between Iran and major countries about saving a nuclear deal named Joint Comprehensive Plan of Action (JCPOA).")


def spans(findings, check: str) -> list[tuple[str, str]]:
    return [(f.source_span, f.target_span) for f in findings if f.check_id == check]


def test_a_country_is_not_heard_in_other_foreign_names():
    """gt22-d009/p0060: "South Korea" for 美国 sounds like 科威特 and 卡塔尔 to the transliteration model;
    a country is written by its standard name, so it stands in 美国's place."""
    assert spans(check_pair(*GULF, ["M107"]), "M107") == []
    spoiled = GULF[1].replace("the U.S. and Kuwait", "South Korea and Kuwait")
    assert spans(check_pair(GULF[0], spoiled, ["M107"]), "M107") == [("美国", "South Korea")]


def test_a_common_word_is_no_short_form_of_a_country():
    """The same document's 各大国 "major powers": 大国 is a dictionary word whose characters occur in
    大韩民国 in order, yet no short form of it, so it does not account for "South Korea"."""
    spoiled = GULF[1].replace("the U.S. and Kuwait", "South Korea and Kuwait")
    assert spans(check_pairs([POWERS, GULF], ["M107"]), "M107") == []
    assert spans(check_pairs([POWERS, (GULF[0], spoiled)], ["M107"]), "M107") == [("美国", "South Korea")]


def test_a_city_two_letters_off_another_is_that_other_city():
    """gt22-d009/p0002: "Guangzhou" for 杭州 is another city (M107), not 杭州 misspelt (M104)."""
    source = "杭州武林广场一女孩站在一块大木板前头，木板上写有“人肉靶子，十元一箭”字样。"
    target = ("A girl stood in front of a big plank, which writes “human target, 10 yuan for each arrow” at Wulin "
              "Square in Hangzhou.")
    assert check_pair(source, target, ["M104", "M107"]) == []
    found = check_pair(source, target.replace("Hangzhou", "Guangzhou"), ["M104", "M107"])
    assert [(f.check_id, f.source_span, f.target_span) for f in found] == [("M107", "杭州", "Guangzhou")]


def test_a_county_one_syllable_off_a_city_is_the_city_misspelt():
    """wmt19-053/l1080: "Shanghang" (上杭, a county) for the second 上海: misspelt, though CC-CEDICT knows it."""
    source = "他表示，将增设上海自贸区新片区；在上海证交所设立科创板，并试点注册制。"
    target = ("He said that they would add new areas of Shanghai Free Trade Area; set up a technology innovation "
              "board in Shanghai Stock Exchange, piloted the registration system.")
    assert check_pair(source, target, ["M104", "M107"]) == []
    spoiled = target.replace("in Shanghai Stock", "in Shanghang Stock")
    assert spans(check_pair(source, spoiled, ["M104"]), "M104") == [("上海", "Shanghang")]


def test_a_foreign_place_respelt_by_a_whole_syllable():
    """wmt19-031: 帕卢 is "Palu" in the document; "Palong" is three letters off it but one syllable, and the
    pair writes 帕卢 twice, "Palu" once."""
    first = ("继帕卢有监狱在地震中倒塌，引发数百名囚犯逃狱后，栋加拉县也有逾百囚犯趁地震造成混乱期间越柙。",
             "After hundreds of prisoners in Palu broke the prison taking advantage of the occasion that the prison "
             "collapsed in the earthquake, hundreds of prisoners in Donggala escaped from the prison.")
    second = ("帕卢和栋加拉的道路严重损毁，帕卢机场9月30日只开放运送救援物资的飞机使用。",
              "The roads in Palu and Donggala were heavily destroyed. Palu Airport was only opened for the planes of "
              "delivering the relief supplies on September 30.")
    assert spans(check_pairs([first, second], ["M104"]), "M104") == []
    spoiled = (second[0], second[1].replace("in Palu and", "in Palong and"))
    assert spans(check_pairs([first, spoiled], ["M104"]), "M104") == [("帕卢", "Palong")]


def test_a_county_level_city_misspelt_where_the_english_names_it_again():
    """wmt19-028/l0579: 汾阳市 twice in the source, "Fenyang" four times in the English; "Chenyang" for one
    is 汾阳 misspelt, suggested as a place ("Fenyang", not the person-shaped "Fen Yang")."""
    source = "汾阳市副市长李慧义介绍，汾阳古有宋代百胜将军狄青，今有知名导演贾樟柯。"
    target = ("Li Huiyi, the deputy mayor of Fenyang City, introduced that both the ever-victorious general Di Qing in "
              "the Song Dynasty and the famous director Jia Zhangke came from Fenyang, and Fenyang is proud of them.")
    assert check_pair(source, target, ["M104"]) == []
    found = check_pair(source, target.replace("and Fenyang is", "and Chenyang is"), ["M104"])
    assert [(f.source_span, f.target_span, f.suggestion) for f in found] == [("汾阳", "Chenyang", "Fenyang")]


def test_a_city_misspelt_inside_a_club_name():
    """wmt19-025/l0510: "Bingjing Renhe" for the second 北京人和: 北京 misspelt inside the club's name."""
    source = "当时正是北京人和冲超的关键阶段，那场比赛北控最终客场0比2负于北京人和，阿尼切比首发出场。"
    target = ("Beijing Renhe was at the critical stage of winning promotion to the top tier at that time, and BG "
              "finally lost 0-2 away to Beijing Renhe. Anichebe played from the first minute in the game.")
    assert check_pair(source, target, ["M104"]) == []
    spoiled = target.replace("away to Beijing", "away to Bingjing")
    assert spans(check_pair(source, spoiled, ["M104"]), "M104") == [("北京", "Bingjing")]


@pytest.mark.parametrize(("source", "target", "span"), [
    ("北京人和队主场获胜，球迷很开心。", "Bingjing Renhe won at home, and the fans were happy.", "Bingjing"),
    ("上海申花队主场获胜，球迷很开心。", "Shanghei Shenhua won at home, and the fans were happy.", "Shanghei"),
])
def test_a_city_misspelt_inside_a_club_name_named_once(source, target, span):
    """北京 once, inside jieba's 北京人|和: no name of the source is left unrendered, yet "Bingjing" is 北京
    one syllable off, whatever the cut."""
    spelt = target.replace(span, {"Bingjing": "Beijing", "Shanghei": "Shanghai"}[span])
    assert check_pair(source, spelt, ["M104", "M106"]) == []
    assert [(f.source_span, f.target_span) for f in check_pair(source, target, ["M104"])] == [(source[:2], span)]


def test_a_surname_dropped_before_the_pair_names_the_person_in_full():
    """gt22-d009/p0012: "this girl is named Jiali" introduces 吉佳丽; the full name coming later in the same
    pair does not excuse it. Bare after the full name is how prose goes on."""
    source = "这名女孩名为吉佳丽，为姐姐吉佳艳募捐。但由于治疗仍需要30余万费用，吉佳丽才做出了这种行为。"
    target = ("This girl is named Ji Jiali, and she was raising donations for Ji Jiayan, her elder sister. Since more "
              "than 300 thousand yuan was still required for treatment, Ji Jiali did this.")
    assert check_pair(source, target, ["M102"]) == []
    assert check_pair(source, target.replace("Jiali did", "Jiali did").replace(", Ji Jiali did", ", Jiali did"),
                      ["M102"]) == []
    found = check_pair(source, target.replace("named Ji Jiali", "named Jiali"), ["M102"])
    assert [(f.source_span, f.target_span) for f in found] == [("吉佳丽", "Jiali")]


def test_a_surname_dropped_after_an_office_title():
    """gt22-d024/p0002: 副主任叶红专 "Hongzhuan": the word before the name ("Office" of the body before) means
    任 of 主任, which ends the title, not a word that swallows the surname 叶."""
    source = "中华全国供销合作总社理事会副主任侯顺利、省人大常委会副主任叶红专出席开幕式。"
    target = ("Hou Shunli, deputy director of the Council of China National Supply and Marketing Cooperative Head "
              "Office, and Ye Hongzhuan, deputy director of the Standing Committee of Provincial People’s Congress, "
              "attended the opening ceremony.")
    assert check_pair(source, target, ["M102"]) == []
    found = check_pair(source, target.replace("Ye Hongzhuan", "Hongzhuan"), ["M102"])
    assert [(f.source_span, f.target_span) for f in found] == [("叶红专", "Hongzhuan")]


def test_a_common_word_opening_a_country_name_does_not_account_for_it():
    """gt22-d039/p0004: 联合 "joint" (联合义诊) opens 联合王国, yet is no short form of it: "People's Army of
    the United Kingdom" for 越南人民军 stands in 越南's place."""
    source = ("此次演习是在2018年成功举办联合义诊活动的基础上又一次开拓创新实践。演习期间，中国人民解放军向越南人民军捐赠了"
              "医用防护口罩、医用防护服等卫生防疫物资。")
    target = ("The exercise is another pioneering practice based on the joint voluntary clinics event held in 2018. "
              "During the exercise, Chinese People’s Liberation Army donated health and epidemic prevention materials "
              "such as medical masks and medical protective suits to People’s Army of Vietnam.")
    assert spans(check_pair(source, target, ["M107"]), "M107") == []
    spoiled = target.replace("Army of Vietnam", "Army of the United Kingdom")
    assert spans(check_pair(source, spoiled, ["M107"]), "M107") == [("越南", "United Kingdom")]


def test_a_province_misspelt_where_every_other_name_is_rendered():
    """The sample page's 山东任城监狱: "Shanhong Province", a run with a place word that no dictionary knows;
    山东's characters are transliteration's too, yet its English name is their pinyin: a Chinese province."""
    source = "牵头成立调查组全面调查山东任城监狱疫情事件,推动有关问题整改。"
    target = ("We led the establishment of an investigation team to investigate the epidemic in Rencheng Prison in "
              "Shandong Province, promoted the rectification of related issues.")
    assert check_pair(source, target, ["M104", "M107"]) == []
    found = check_pair(source, target.replace("Shandong", "Shanhong"), ["M104", "M107"])
    assert [(f.check_id, f.source_span, f.target_span) for f in found] == [("M104", "山东", "Shanhong")]


def test_a_given_name_jieba_cut_short_is_read_whole_from_the_english():
    """MAC-Dev mac-006/p0017: jieba takes 叶文 for the name in 叶文洁身上; "Wenjie" reads 文洁, so the name is
    叶文洁 and "turned to Wenjie" drops her surname. 余姚丈亭镇 "Yuyao Zhangting": 姚 ends the place 余姚,
    so 姚丈亭 is no person (news22 gt22-d014/p0014)."""
    source = "唉，叶老师要在就好了，她在这方面造诣很深。”于是话题转到叶文洁身上。从她的学生那里，汪淼得知了她那历经风霜的一生："
    target = ("Well, it would be much better if Professor Ye were here. She accomplished a lot in this field.\" So the "
              "topic of conversation turned to Ye Wenjie. And from her student, Wang finally learned about her life.")
    assert check_pair(source, target, ["M102"]) == []
    found = check_pair(source, target.replace("Ye Wenjie", "Wenjie"), ["M102"])
    assert [(f.source_span, f.target_span) for f in found] == [("叶文洁", "Wenjie")]
    source = "2020年9月，陆先生从房屋中介了解到一处位于浙江余姚丈亭镇的厂房，在多次现场看房后，陆先生决定购买该厂房。"
    target = ("In September 2020, Mr. Lu learned about a plant located at Yuyao Zhangting Village in Zhejiang through "
              "an estate agent and decided to purchase it after seeing it on-site for a few times.")
    assert check_pair(source, target, ["M102"]) == []


def test_a_place_misspelt_inside_a_longer_word_is_reported_once():
    """wmt19-081/l1628: 上海人 "Shanhai": the name matcher shows the misspelling, and the near-miss of a place
    inside a longer word (北京人|和) adds no second finding for it."""
    found = check_pair("上海人很开心。", "Shanhai people are happy.", ["M104"])
    assert [(f.source_span, f.target_span) for f in found] == [("上海", "Shanhai")]
