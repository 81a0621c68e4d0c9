"""U101–U103: empty, copied and partly untranslated targets."""

from qa.checks import untranslated  # noqa: F401
from qa.checks.engine import run_checks
from qa.checks.registry import REGISTRY
from qa.model import Alignment, Document, Pair

SOURCE = "推进扫黑除恶常态化,完善社会治安防控体系。"
CHECKS = [REGISTRY[i] for i in ("U101", "U102", "U103")]


def check(source, target, type="1-1"):
    alignment = Alignment(Document(id="t", path="t"), (Pair(id="p1", source=source, target=target, type=type),))
    return [(f.check_id, f.target_span) for f in run_checks(alignment, checks=CHECKS)]


def test_empty_target_gates_other_checks():
    assert check(SOURCE, "  ") == [("U101", "")]
    assert check(SOURCE, "", type="1-0") == []  # an omission: A001's business


def test_copied_source():
    assert check(SOURCE, SOURCE) == [("U102", SOURCE)]


def test_chinese_left_in_english_is_the_exact_run():
    target = "We must promote the normalization of 扫黑除恶 and improve the prevention system."
    assert check(SOURCE, target) == [("U103", "扫黑除恶")]


def test_glosses_and_citations_are_not_untranslated():
    assert check(SOURCE, "We must promote the normalization of the elimination of [organized] crime (扫黑除恶).") == []
    assert check("", "original work published in Chang'an Net [中国长安网], February 2, 2021", type="0-1") == []
    assert check(SOURCE, "We must promote the normalization of the elimination of organized crime.") == []
