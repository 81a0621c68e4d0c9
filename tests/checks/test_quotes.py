"""P401: quoted terms should keep their count."""


from tests.conftest import check_pair
from tests.corpora import news22_docs

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
    assert check("要抓住“关键少数”。", "We must grasp it.") == ["P401"]  # the term is gone
    assert check("构建“三不”体系。", "Build the Three Nos system.") == ["P401"]  # a numbered formula lost its quotes
    assert check("构建“三不”体系。", "Build the “Three Nos” system.") == []


def test_a_term_rendered_by_sense_without_quotes_is_style_not_omission():
    # news translators render a quoted phrase by its sense; the term is there, only its quotes are not
    assert check("要抓住“关键少数”。", "We must grasp the key minority.") == []
    assert check("再次凸显了半岛问题上这两点“没有变”。", "highlighted the two points that have not changed.") == []
    # its Latin name, inside the quotes or in brackets after them, is the term too
    assert check("进行了一次名为“Taproot”的软分叉升级。", "carried out an upgrade called Taproot.") == []
    assert check("核潜艇“内华达号”（USS Nevada）驶入关岛。", "The submarine USS Nevada entered Guam.") == []
    # one dictionary word in quotes is a figure of speech, rendered by its sense (WMT19, news22)
    assert check("要加大执法力度，打通监管“毛细血管”。", "it is necessary to open up the supervision of each department.") == []
    assert check("就差“临门一脚”签合同。", "and was waiting for the contract to be signed.") == []
    assert check("老年人和青少年的金融素养水平相对较低，“一老一少”仍将是重点对象。",
                 "Senior citizens and young people have low financial literacy, and they will still be key objects.") == []
    # a term the pair repeats is quoted once in English
    assert check("度过“六一”儿童节，庆祝“六一”。", "celebrate “Children's Day” on June 1.") == []


def test_a_quoted_term_left_out_is_reported_on_real_news():
    # news22 reference B: “天安门母亲” (the Tiananmen Mothers) is not translated at all
    source = "1994年，经丁老师建议，由“天安门母亲”成立专门小组，统筹和负责人道救助款的接收与分发。"
    target = ("In 1994, as suggested by Teacher Ding, a special group was established, in charge of receiving "
              "and distribution of the humanitarian donation.")
    assert check(source, target) == ["P401"]
    assert check(source, target.replace("a special group", "the Tiananmen Mothers set up a special group")) == []


def test_a_document_that_never_quotes_its_terms_is_its_own_style():
    from tests.conftest import check_pairs

    dropped = [("要抓住“关键少数”。", "We must grasp the key minority."),
               ("落实“三项规定”。", "Implement the three provisions."),
               ("发挥“头雁效应”。", "Give play to the leading role."),
               ("防止“一刀切”。", "Avoid one-size-fits-all measures.")]
    assert check_pairs(dropped, ["P401"]) == []  # news style: quotes dropped throughout
    kept = [("要抓住“关键少数”。", "We must grasp the “key minority.”"),
            ("落实“三项规定”。", "Implement the “Three Provisions.”"),
            ("发挥“头雁效应”。", "Give play to the “leading goose effect.”"),
            ("坚决做到“两个维护”。", "Resolutely achieve the two upholds.")]
    assert [(f.check_id, f.pair_id) for f in check_pairs(kept, ["P401"])] == [("P401", "p4")]
    assert check_pairs([("“卡尔·文森”号航母抵达。", "The USS Carl Vinson arrived.")], ["P401"]) == []


# ---------------------------------------------------------------- P502 / P507: quotation marks over the document

def quote_findings(pairs):
    from tests.conftest import check_pairs

    return [(f.check_id, f.pair_id, f.target_span) for f in check_pairs(pairs, ["P502", "P507"])]


def test_quotation_continued_in_next_paragraph_is_no_error():
    # English convention: no closing mark at the end of a quoted paragraph that runs on; the next one opens again
    assert quote_findings([("他说：“我们走吧。", "He said, “Let us go."), ("“快走吧。”", "“Hurry up.”")]) == []
    # the source has no quotation marks here: the target's layout is judged on its own
    assert quote_findings([("他说我们走吧。", "He said, “Let us go."), ("“快走吧。”", "“Hurry up.”")]) == []
    # the source closes its quotation in the first paragraph: the next one opens another quotation
    assert quote_findings([("他说：“我们走吧。”", "He said, “Let us go."), ("“快走吧。”", "“Hurry up.”")]) == [
        ("P502", "p1", "He said, “Let us go.")]


def test_quotation_closed_in_next_paragraph_is_no_error():
    assert quote_findings([("他说：“我们走吧。", "He said, “Let us go."), ("快走吧。”", "Hurry up,” he said.")]) == []
    assert quote_findings([("他说我们走吧。", "He said, “Let us go."), ("快走吧。", "Hurry up,” he said.")]) == []


def test_quotation_never_closed_nor_continued_is_reported_once():
    found = quote_findings([("他说：“我们走吧。”", "He said, “Let us go."), ("他们走了。", "They left.")])
    assert found == [("P502", "p1", "He said, “Let us go.")]


def test_closing_mark_with_nothing_open_before_it_is_reported():
    found = quote_findings([("他们走了。", "They left."), ("买卖双方在一周内签合同。", "both parties sign within one week. ”")])
    assert found == [("P502", "p2", "sign within one week. ”")]


def test_source_quotation_running_over_paragraphs_lets_the_target_do_the_same():
    # WMT22: the source opens a straight quote in one segment and never closes it in the next
    pairs = [("中国政府认为 ， \" 长期以来，美国推行'民主改造 '。", "According to the Government, “for a long time, the U.S. imposed its values."),
             ("'民主'早已成为美国的武器。", "“Democracy has long become a weapon of the United States.")]
    assert quote_findings(pairs) == []


def test_wrong_direction_quote_is_one_finding_of_its_own():
    found = quote_findings([("考试一直是“热门话题”。", "Exams have been a “heated topic“ for a long time.")])
    assert found == [("P507", "p1", "have been a “heated topic“ for a long time.")]
    found = quote_findings([("他说：“我们走吧。”", "He said, “we must keep updating it in all generations. “")])
    assert [f[0] for f in found] == ["P507"]


def test_a_mark_with_nothing_before_it_opens_whatever_its_shape():
    """Only spaces before the mark: it opens the paragraph's quotation, typed the wrong way round (P507),
    not a closer with nothing open (P502), even with a space after it and spaces before."""
    for target in ("” Let us go,” he said.", "  ” Let us go,” he said."):
        assert quote_findings([("“我们走吧，”他说。", target)]) == [("P507", "p1", "” Let us go,” he said.")]
    # alone, it opens a quotation never closed (P502) and is typed the wrong way round (P507)
    assert [f[0] for f in quote_findings([("我们继续。", "” We will go on.")])] == ["P502", "P507"]


def test_misplaced_space_is_not_a_wrong_direction_quote():
    # the shapes pair up: the space is in the wrong place, the marks are not
    assert quote_findings([("保护“水-鱼-鸟”生态链", "protect the safety of the“ water-fish-bird” ecological chain")]) == []


def test_curly_quote_closed_with_a_straight_one_is_one_finding():
    found = quote_findings([("潜艇成为“最重要武器”。", "the secret makes “Boomer Submarine\" the weapon.")])
    assert found == [("P502", "p1", "“Boomer Submarine\"")]


def test_news22_clean_quotes_are_quiet_where_quotations_span_segments():
    """The open WMT22 references: the two quotations that span segments of gt22-d006 and gt22-d014 are no error."""
    docs = news22_docs({"gt22-d006", "gt22-d014"})
    from qa.checks.engine import run_checks
    from qa.checks.registry import REGISTRY

    found = {(f.doc, f.pair_id) for doc_id in ("gt22-d006", "gt22-d014")
             for f in run_checks(docs[doc_id], [REGISTRY["P502"], REGISTRY["P507"]])}
    assert ("gt22-d006", "p0036") not in found and ("gt22-d014", "p0020") not in found
    assert ("gt22-d014", "p0015") in found  # “within one week. ”: a closing mark that closes nothing



def test_wrong_direction_quote_before_a_full_width_stop_and_at_a_paragraph_head():
    found = quote_findings([("主题为“发现未来，共享科学”。", "with the theme “discover the future, share science“。")])
    assert [f[0] for f in found] == ["P507"]
    # the closing mark of a quotation opened in the paragraph before, typed as an opening one
    pairs = [("他说：“我们要谴责民粹主义。", "He said, “We must condemn populism."),
             ("包括利用技术革命的一切工具。”罗冠聪发言。", "including all the tools of technical revolutions.“ Luo Guancong spoke.")]
    assert [(f[0], f[1]) for f in quote_findings(pairs)] == [("P507", "p2")]


def test_hyphenated_words_after_a_capital_are_still_spelled():
    from qa.lang.en_dictionary import non_words

    assert non_words("Zuckerberg told the story about the Meta-univeerse.") == [("univeerse", "universe")]
    assert non_words("Moon Jae-in met Tsai Ing-wen and Wang Xi-feng.") == []


def test_a_wrong_way_mark_glued_on_both_sides_closes_what_is_open():
    found = quote_findings([("在所谓“综合考量”的招生过程中", "during the so-called “comprehensive consideration“of the admission process.")])
    assert [f[0] for f in found] == ["P507"]


def test_a_source_quotation_left_open_does_not_excuse_later_paragraphs_with_their_own_quotes():
    pairs = [("中国政府认为 ， \" 长期以来，美国强加于人。", "The government said, “for a long time, the U.S. imposed its values."),
             ("战术在于“做正确的事”。", "The tactics is to “do the things right."),
             ("这是结论。", "This is the conclusion.")]
    assert quote_findings(pairs) == [("P502", "p2", "The tactics is to “do the things right.")]


def test_quotation_split_sentence_by_sentence_is_closed_further_on():
    """NTREX-128 (telegraph.405422, segments 11-14): a speaker quoted over three sentences, the middle one
    without a mark; the Chinese translation closes its quotation in the first of them."""
    pairs = [("“我听到我的妻子在呼救，随后便安静了”。", "\"I heard my wife cry for help, but then silence."),
             ("我不知道她和我的孩子情况如何。", "I don't know what happened to her and my child."),
             ("我希望他们一切平安。”", "I hope they are safe.\"")]
    assert quote_findings(pairs) == []
    # the quotation is never closed: the next mark opens another one
    never = pairs[:2] + [("他说：“我希望他们一切平安。”", "He said: \"I hope they are safe.\"")]
    assert quote_findings(never) == [("P502", "p1", "\"I heard my wife cry for")]


def test_a_closing_mark_after_unquoted_sentences_closes_the_quotation_open_before():
    """NTREX-128 (newsweek.51331, segments 19-21): the closing mark two sentences on has a quotation to close."""
    pairs = [("\"它们只是在嬉戏。", "\"They're just being playful."),
             ("它们就像小孩子，好奇心重......它们不会主动伤害人。", "They're nippers, very inquisitive ... they aren't out to hurt you."),
             ("您得对它们怀有一定的尊重，“ 他说。", "You just have to pay them the right amount of respect,\" he said.")]
    assert quote_findings(pairs) == []
    assert quote_findings(pairs[1:]) == [("P502", "p2", "right amount of respect,\" he said.")]


def test_a_weekday_is_no_numbered_formula(ntrex):
    # “周六夜现场” → Saturday Night Live: 六 is part of 周六 "Saturday", not a count; a programme's name is unquoted
    source, target = ntrex[("bbc.381647", "5")]
    assert check_pair(source, target, ["P401"]) == []
    # a count still makes a formula: “两个维护” rendered unquoted is reported
    assert len(check_pair("坚决做到“两个维护”。", "We resolutely uphold the Two Upholds.", ["P401"])) == 1
    # review (form, 8): 两会's gloss has no number word, yet it names its parts by number: a formula
    assert check("全国“两会”在北京召开。", "The national two sessions opened in Beijing.") == ["P401"]


def test_a_hyphenated_word_elsewhere_renders_no_quoted_term():
    # review of noise2: a compound sharing a gloss of one character (水 "income", 加油 "top") is no rendering
    # of the term, so a dropped term stays reported ("away-day blues", "buy-to-lets" stay reviewed noise)
    assert check("我们要坚持“绿水青山”理念，帮助低收入群体。",
                 "We must stick to the concept and help low-income groups.") == ["P401"]
    assert check("全国上下“撸起袖子加油干”，顶层设计不断完善。",
                 "The whole country is pressing ahead, and top-level design keeps improving.") == ["P401"]
