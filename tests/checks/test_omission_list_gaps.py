"""A006 where the dictionary, the parser or the English series' shape hid a lost item (issue 18, stage 1), on
sentences of the dev corpora: each clean English is no finding, the same with one item cut out is one."""

from tests.conftest import check_pair


def lost(source: str, target: str) -> list[str]:
    return [f.source_span for f in check_pair(source, target, ["A006"])]


# news22 ref B, gt22-d016: 韧性 is "toughness" in CC-CEDICT; 强 (no dictionary word covers it) gives "strong"
STRONG_ZH = "我国经济发展和疫情防控保持全球领先地位，发展韧性强、潜力大、动力足的特点持续显现；"
STRONG_EN = ("The economic development and the epidemic condition prevention and control of our country takes the "
             "global leading position, with continuous characteristics of strong resilience in development, large "
             "potential and sufficient power;")


def test_a_character_no_dictionary_word_covers_anchors_its_item():
    from qa.lang.list_gaps import gap_senses

    assert "stron" in gap_senses("韧性强")
    assert "high" in gap_senses("海拔高")  # 拔高 covers 高, but jieba cuts it off after the noun: its predicate
    assert "small" not in gap_senses("小型构筑物")  # an adjective opening the item is part of a word
    assert lost(STRONG_ZH, STRONG_EN) == []
    assert lost(STRONG_ZH, STRONG_EN.replace(", large potential and", " and")) == ["潜力大"]


# WMT19 newstest, wmt19-045: 养老 'to provide for the elderly' is "pensions" by its compound 养老金 'pension';
# jieba tags 养老 a person's name, and "provided care services" two clauses off is no rendering of it
CARE_ZH = "“关爱抗战老兵”项目通过生活补助、免费养老、免费安葬等形式，为抗战老兵提供关爱服务，已经成为长沙市民革社会服务工作中的优秀品牌。"
CARE_EN = ('the "Caring for the Anit-war Veterans" project has provided care services for the anit-war veterans '
           "through living allowances, free pensions, and free burial. It has become Changsha excellent brand in "
           "the work of the RCCK civil society.")


def test_a_verbs_compound_gives_the_noun_english_uses():
    from qa.lang.list_gaps import compound_senses

    assert "pensi" in compound_senses("免费养老")
    assert compound_senses("政治") == frozenset()  # a noun's compounds name other things (政治家 'statesman')
    assert compound_senses("云计算") == frozenset()  # 计算 'to count; calculation' is no verb only
    assert lost(CARE_ZH, CARE_EN) == []
    assert lost(CARE_ZH, CARE_EN.replace("free pensions, and free burial", "free pensions")) == ["免费安葬"]


def test_a_common_word_jieba_tags_as_a_name_and_half_a_gloss_far_off_render_nothing():
    assert lost(CARE_ZH, CARE_EN.replace("living allowances, free pensions, and", "living allowances, and")) == [
        "免费养老"]


# NTREX-128, newsweek.51330: "A and B and C and D" is one English list of four
ANGRY_ZH = "他表示:“过去几天在参议院发生的一件可能发生的事情，也是一件美好的事情，当你看到怒火，看到愤怒、卑鄙、肮脏和不诚实的人。”"
ANGRY_EN = ('"The one thing that could happen and the beautiful thing that is going on over the last few days in the '
            'Senate, when you see the anger, when you see people that are angry and mean and nasty and untruthful," '
            "he said.")
MEAN_ZH = "参议院发生的事情表明，人们的“卑鄙、肮脏、不诚实”。"
MEAN_EN = 'what was going on in the Senate showed that people were "mean and nasty and untruthful."'


def test_items_each_joined_by_and_are_counted_whole():
    assert lost(ANGRY_ZH, ANGRY_EN) == []
    assert lost(MEAN_ZH, MEAN_EN) == []


# WMT19 newstest, wmt19-084: Thai airports; 清迈 and 普吉 are placed by the dictionary, 合艾 by nothing
AIRPORTS_ZH = "他说，廊曼机场愿为赴泰的中国游客提供便利，并联合泰国移民局在曼谷素万那普、廊曼、清迈、普吉、合艾等泰国5大国际机场为中国游客设立入境特别通道。"
AIRPORTS_EN = ("He said that Don Mueang International Airport is willing to facilitate Chinese tourists to Thailand and "
               "get together with the Thailand Immigration Bureau to set up special entry passage for Chinese tourists "
               "at five major international airports in Bangkok such as Suvarnabhumi, Don Muang, Chiengmai, Phuket "
               "and Hat Yai.")


def test_a_name_the_order_of_the_placed_items_leaves_out_is_lost():
    assert lost(AIRPORTS_ZH, AIRPORTS_EN) == []
    assert lost(AIRPORTS_ZH, AIRPORTS_EN.replace("Chiengmai, Phuket and Hat Yai", "Chiengmai and Phuket")) == ["合艾"]


# WMT19 newstest, wmt19-004: 重大 modifies 问题, the list's head, and is no part of 战略性
ISSUES_ZH = "科学回答了一系列方向性、全局性、战略性重大问题，是指引新时代人民政协工作的强大思想武器。"
ISSUES_EN = ("scientifically replied a series of directional, overall and strategic issues, which is a powerful "
             "ideological weapon guiding the work of the CPPCC in the new era.")


def test_an_adjective_after_the_last_item_is_the_heads():
    from qa.lang.sentence_lists import inline_lists

    assert [[i.text for i in items] for items in inline_lists(ISSUES_ZH)] == [["方向性", "全局性", "战略性"]]
    assert lost(ISSUES_ZH, ISSUES_EN) == []
    assert lost(ISSUES_ZH, ISSUES_EN.replace("directional, overall and strategic", "directional and overall")) == [
        "战略性"]


# WMT19 newstest, wmt19-027: "global" and "innovation" of an earlier series place two items of the last list too
EXPO_ZH = "产品涵盖云计算、物联网、人工智能等全球互联网技术和应用创新及数字经济发展的最新成果，凸显了全球视野、创新驱动和开放合作的特点。"
EXPO_EN = ("The products cover the latest achievements of global Internet technology, application innovation and the "
           "development of digital economy, such as cloud computing, Internet of Things, artificial intelligence, "
           "etc. It highlights the features of global vision, innovation drive and open cooperation.")


def test_the_series_that_says_more_of_the_items_words_takes_the_list():
    assert lost(EXPO_ZH, EXPO_EN) == []
    assert lost(EXPO_ZH, EXPO_EN.replace("global vision, innovation drive", "innovation drive")) == ["全球视野"]


# news22 ref A, gt22-d003: 排水 'to drain' is anchored by "drainage", a whole gloss: its compound 排水沟 'gutter'
# is not read, or "gutter inlets" (雨水口) would be 排水's and 雨水口 look lost
INLETS_ZH = "如：排水、储水设施的各类检查井、雨水口、方沟、化粪池及小型构筑物、桥梁翼墙等。"
INLETS_EN = ("Foe example: various types of inspection shafts, gutter inlets, box drains, septic tanks, small-sized "
             "structures and wing walls of bridges for drainage and water storage facilities.")


def test_a_compounds_gloss_is_read_only_where_the_items_own_glosses_say_nothing_whole():
    assert lost(INLETS_ZH, INLETS_EN) == []
