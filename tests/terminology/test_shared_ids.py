"""T105 when two pairs share an id (issue 19): a table's row p0006 and its sentence row p0006.s1,
joined as a second p0006. The reader refuses such a table (tests/io/test_delimited.py); the API
takes any pairs, and T105 must judge each pair by its own text, not by the other's under its id.
The text is the review's d1dup.tsv."""

from __future__ import annotations

from dataclasses import replace

from qa.model import Pair
from qa.terminology.capitals import case_slips
from qa.terminology.case_places import occurrences as _occurrences
from qa.terminology.case_anchors import capital_anchor

_PAGE = [
    ("p0001", "坚持党的全面领导，推进“一带一路”倡议高质量发展",
     "Upholding the Party's Overall Leadership and Advancing High-Quality Development of the Belt and Road Initiative"),
    ("p0002", "党中央高度重视“一带一路”倡议。",
     "The Party Central Committee attaches great importance to the Belt and Road Initiative."),
    ("p0003", "全党要坚定信心，推动“一带一路”倡议行稳致远。",
     "The entire Party must stay confident and push the Belt and Road Initiative forward."),
    ("p0004", "我们党始终代表人民的根本利益。", "Our Party always represents the fundamental interests of the people."),
    ("p0005", "在党的领导下，教育部和卫生部联合发文。",
     "Under the leadership of the Party, the Ministry of Education and the Ministry of Health issued a joint notice."),
    ("p0006", "这件事和国家有关。", "The work of the party and the country is hard."),
    ("p0006", "党和国家事业取得历史性成就，教育部部署了新任务。",
     "The cause of the party and the country has made historic achievements, and the Department of education set new tasks."),
    ("p0007", "共建“一带一路”倡议为各国带来机遇。",
     "The joint building of the belt and road initiative brings opportunities to all countries."),
    ("p0012", "党的建设必须加强，党员干部要带头。",
     "Party building must be strengthened, and Party members and cadres must take the lead."),
]


def _pairs() -> list[Pair]:
    return [Pair(pair_id, source, target) for pair_id, source, target in _PAGE]


def test_the_anchor_of_the_capital_is_asked_of_each_pair_not_each_id():
    """The first p0006 (这件事和国家有关) holds no 党; the second (党和国家事业) does. Asked in document
    order with one cache, as T105's rules ask, the second must get its own answer."""
    pairs = _pairs()
    sources = {p.id: p.source for p in pairs if p.id != "p0006"}
    upper, _ = _occurrences(pairs)
    asked: dict = {}
    assert capital_anchor("party", pairs[5], upper["party"], sources, asked) == ""
    assert capital_anchor("party", pairs[6], upper["party"], sources, asked) == "党"


def test_pairs_sharing_an_id_are_judged_as_two_pairs():
    """Both p0006 write "the party": two pairs lowering it, a mixed style, as when their ids differ.
    Counted by id they were one pair lowering it, and T105 reported the second."""
    pairs = _pairs()
    apart = [replace(p, id="p0006x") if k == 6 else p for k, p in enumerate(pairs)]
    shared = {(s.pair.source, s.written, s.majority, s.anchor) for s in case_slips(pairs)}
    assert shared == {(s.pair.source, s.written, s.majority, s.anchor) for s in case_slips(apart)}
    assert not any(s.written == "party" for s in case_slips(pairs))


def test_a_slip_in_a_pair_sharing_its_id_is_reported_under_that_pair():
    """Without the first p0006's "the party", the second's is a slip (党, capitalised in the others);
    it keeps its pair and its id though another pair shares it."""
    pairs = _pairs()
    pairs[5] = replace(pairs[5], target="The work of the country is hard.")
    (slip,) = [s for s in case_slips(pairs) if s.written == "party"]
    assert slip.pair is pairs[6] and slip.anchor == "党"
