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

    assert "strong" in gap_senses("韧性强")
    assert "high" in gap_senses("海拔高")  # 拔高 covers 高, but jieba cuts it off after the noun: its predicate
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
    assert lost(MEAN_ZH, MEAN_EN.replace("mean and nasty and", "mean and")) == ["肮脏"]


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


# review of issue 18 stage 1, on the corpora's sentence shapes: a one-character word's adjective says little. It is
# read in the character's reading (重 zhòng "heavy"), less the other items' (能力强 takes "strong" from 作风硬), as a
# whole word ("strongly" is no "strong"), and only where the item stands in the series ("powerful brands" after it)
TEAM_ZH = "这支队伍作风硬、能力强、素质高，多次完成重大任务。"
FIRMS_ZH = "这些企业具有规模大、实力强、效益好的特点。"
CADRES_ZH = "当前，基层干部普遍存在任务重、压力大、待遇低的情况。"


def test_a_characters_adjective_anchors_its_item_only_beside_its_neighbours():
    from qa.lang.list_gaps import gap_senses, says_gap

    assert "heavy" in gap_senses("任务重") and "again" not in gap_senses("任务重")
    assert not says_gap("install", gap_senses("海拔高")) and not says_gap("strongly", gap_senses("韧性强"))
    team = "This team has a tough style, strong ability and high quality, and has completed major tasks many times."
    assert lost(TEAM_ZH, team) == []
    assert lost(TEAM_ZH, team.replace("a tough style, strong", "strong")) == ["作风硬"]
    assert lost(FIRMS_ZH, "These enterprises are characterized by large scale and good returns, with powerful "
                          "brands.") == ["实力强"]
    assert lost(STRONG_ZH, STRONG_EN.replace("strong resilience in development, large potential and sufficient power",
                                             "large potential and sufficient power, as it remains strongly placed")
                ) == ["韧性强"]
    cadres = "At present, grassroots cadres generally face heavy tasks, great pressure and low pay."
    assert lost(CADRES_ZH, cadres) == []
    assert lost(CADRES_ZH, cadres.replace("heavy tasks, great", "great")) == ["任务重"]


def test_a_verb_phrase_or_so_on_after_a_bare_and_is_no_item():
    assert lost("双方同意加强贸易、投资、金融合作。",
                "The two sides agreed to strengthen trade and investment and promote growth.") == ["金融合作"]
    assert lost("他们讨论了贸易、投资、能源和旅游问题。", "They discussed trade and investment and energy and so on.") == [
        "旅游问题"]
    assert lost("会议讨论了教育、医疗、住房问题。", "The meeting discussed education and health and on and on.") == ["住房问题"]
    assert lost(MEAN_ZH, MEAN_EN.replace("untruthful", "so on")) == ["不诚实"]


def test_a_glosss_last_content_word_far_from_the_series_renders_the_item():
    assert lost("统筹推进教育、医疗、脱贫工作。", "Education and medical work will be advanced in a coordinated way, and so "
                "will the fight against poverty.") == []
    assert lost("加强教育、医疗、养老等公共服务。", "Strengthen education, medical care and other public services, and "
                "take better care of the elderly.") == []
    assert lost("政府重视教育、医疗、养老，各项工作取得进展。", "The government attaches importance to education and "
                "medical care, and progress has been made in caring for the elderly in every respect.") == []


def test_an_unknown_name_said_after_the_series_is_not_lost():
    short = AIRPORTS_EN.replace("Chiengmai, Phuket and Hat Yai.", "Chiengmai and Phuket")
    assert lost(AIRPORTS_ZH, short + ", plus the airport in Hat Yai.") == []
    assert lost(AIRPORTS_ZH, short + "; Hat Yai airport will follow.") == []
    assert lost("他们在素万那普、廊曼、清迈、普吉、合艾等机场设立通道。", "They set up passages at Suvarnabhumi, Don Mueang, "
                "Chiang Mai and Phuket airports, and another one at Hat Yai.") == []


def test_a_compounds_noun_away_from_the_series_hides_no_loss():
    assert lost("推进就业、养老、医疗改革，提高退休金水平。",
                "Promote reforms in employment and medical care, and raise pension levels.") == ["养老"]
    assert lost("法院审理了离婚、抚养、继承等案件。",
                "The court heard cases of divorce, inheritance and others, including a custody battle.") == ["抚养"]


DEVICE_ZH = "该设备具有体积小、重量轻、功耗低特点。"


def test_a_one_character_adjective_after_the_last_item_is_its_own():
    from qa.lang.sentence_lists import inline_lists

    assert [i.text for i in inline_lists(DEVICE_ZH)[0]][-1] == "功耗低"
    assert lost(DEVICE_ZH, "The device features small size, light weight and low power consumption.") == []
    assert lost(DEVICE_ZH, "The device features small size and light weight.") == ["功耗低"]


# news22 ref A, gt22-d031: the English list opens with the source's last item; 高 of the first item 海拔高 ("high",
# 海拔 is 'elevation') stands beside it, and anchors it though no neighbour of the source's order is before it
SKY_ZH = "可以在郊区或是乡村选择一个海拔高、光害小、面向东北方向的视野开阔之处，然后耐心地等到月亮落下后，目视观测即可。"
SKY_EN = ("you may choose a place facing northeast and has high altitude and a wide view and little light pollution, "
          "and then you may observe with your eyes after the moon goes down.")


def test_a_first_items_adjective_beside_a_reordered_series_anchors_it():
    assert lost(SKY_ZH, SKY_EN) == []
    assert lost(SKY_ZH, SKY_EN.replace(" and little light pollution", "")) == ["光害小"]


def test_a_characters_adjective_after_the_closed_english_list_renders_nothing():
    project = "该项目投资大、周期长、风险高，需要高度谨慎。"
    assert lost(project, "The project has large investment, a long cycle and high risk, and requires a high degree "
                         "of caution.") == []
    assert lost(project, "The project has large investment and a long cycle, and requires a high degree of "
                         "caution.") == ["风险高"]
    assert lost("这些地区普遍存在人口少、交通差、底子薄的问题。", "These areas generally suffer from poor transport and a "
                "weak foundation, and there are few other options.") == ["人口少"]


def test_a_gap_adjective_is_said_as_lemminflect_reads_every_word_of_the_page(sample_page_pairs):
    # says_gap keeps each word's lemmas once (`_lemmas_of`): the answer lemminflect gives word by word, for
    # every word of the page against every gap adjective of its list items and the common ones
    from qa.lang.en_words import english_tokens
    from qa.lang.lemmas import all_lemmas
    from qa.lang.list_gaps import gap_senses, says_gap
    from qa.lang.sentence_lists import inline_lists

    gaps = {g for p in sample_page_pairs.pairs for items in inline_lists(p.source) for i in items for g in gap_senses(i.text)}
    gaps = frozenset(gaps | {"strong", "high", "heavy", "good", "tall"})
    words = {t.text.lower() for p in sample_page_pairs.pairs for t in english_tokens(p.target)}
    words |= {"stronger", "strongest", "higher", "heavier", "better", "strongly", "install"}
    said = 0
    for word in words:
        expected = word in gaps or any(lemma in gaps for lemmas in all_lemmas(word).values() for lemma in lemmas)
        assert says_gap(word, gaps) == expected, word
        said += expected and word not in gaps
    assert said >= 4  # inflections, not only the adjectives themselves
