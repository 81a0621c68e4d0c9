"""A006 on lists the English renders as "X and Y" with one item anchored (issue 18, stage 1), on sentences of the
dev corpora: each clean English is no finding, the same with one item cut out is one."""

from tests.conftest import check_pair


def lost(source: str, target: str) -> list[str]:
    return [f.source_span for f in check_pair(source, target, ["A006"])]


# news22 ref A, gt22-d005: 无利可图 has no dictionary sense in the English ("no benefit"); 成本高's gap adjective
# "high" stands in 风险大's piece ("high risk"), so it renders that item, not 成本高
RISK_ZH = "群防群治、全民反拐，使拐卖行为无利可图、风险大、成本高，这类犯罪也就不会屡屡发生。"
RISK_EN = ("if the masses can prevent and fight against abduction together and make abduction an action with no "
           "benefit, high risk and cost, then such crimes will not happen again.")


def test_an_adjective_in_another_items_piece_anchors_nothing():
    assert lost(RISK_ZH, RISK_EN) == []
    assert lost(RISK_ZH, RISK_EN.replace("no benefit, high risk and cost", "no benefit and high risk")) == ["成本高"]


def test_a_two_piece_list_with_one_item_placed_lets_the_encoder_name_the_lost_one():
    from qa.lang.en_words import english_tokens
    from qa.lang.list_pieces import english_list_pieces

    cut = RISK_EN.replace("no benefit, high risk and cost", "no benefit and high risk")
    risk = next(k for k, t in enumerate(english_tokens(cut)) if t.text == "risk")
    assert len(english_list_pieces(cut, [risk], 3)) == 2  # "with no benefit" and "high risk"


# news22 ref A, gt22-d035: only 远大科技 is anchored ("Broad"); the and before it closes a list of three
CRRC_ZH = "中国中车、中联重科、远大科技等48家大型企业现场揽才，近千名相关专业应届毕业生、社会人才参与了人才项目对接。"
CRRC_EN = ("48 large enterprises including CRRC, Zoomlion and Broad Group recruited talents on the site, and nearly "
           "one thousand new graduates and social talents of related specialties participated in the talent project.")


def test_pieces_commas_join_before_x_and_y_are_items():
    from qa.lang.en_words import english_tokens
    from qa.lang.list_pieces import english_list_pieces

    broad = next(k for k, t in enumerate(english_tokens(CRRC_EN)) if t.text == "Broad")
    assert len(english_list_pieces(CRRC_EN, [broad], 3)) == 3
    assert lost(CRRC_ZH, CRRC_EN) == []


# WMT19 newstest, wmt19-057: 共用平台 alone is anchored, and the piece before "sharing platform" is the clause's
# whole opening: no list item for the encoder to weigh
PLATFORM_ZH = "希望以这次论坛为起点，搭建“政产学研资”融合的共建、共享、共用平台，形成围绕上市公司的战略联盟和“投资+投行”资本生态圈。"
PLATFORM_EN = ('It is hoped that this forum will be used as a starting point to build a common co-construction and '
               'sharing platform for "political, industry, study, research and capital", and form a strategic '
               'alliance around listed companies and an "investment + industry investment" capital ecosystem.')


def test_a_clause_long_piece_gives_the_encoder_nothing_to_weigh():
    assert lost(PLATFORM_ZH, PLATFORM_EN) == []
