"""T104's heading search on a book title the body writes as it stands (issue 19): the review's
crash.tsv, where "Grandpa Is a Stupid Kid" (four words and more, the last of three letters or
fewer) stopped `qa check` with "generator raised StopIteration"."""

from __future__ import annotations

from qa.model import Pair
from qa.terminology.heading_variants import _head_changed, _restemmed, heading_variants
from tests.conftest import check_pairs

_PAGE = [
    Pair("p0001", "《爷爷是个笨小孩》、《小王子》、《中国饺子和汤圆》",
         "Grandpa Is a Stupid Kid, The Little Prince, Chinese Dumplings and Tangyuan"),
    Pair("p0002", "孩子们最喜欢读《爷爷是个笨小孩》。", "Children like reading Grandpa Is a Stupid Kid most."),
    Pair("p0003", "书店推荐了《爷爷是个笨小孩》。", "The bookshop recommended Grandpa Is a Stupid Kid to us."),
]
_TITLE = ("grandpa", "is", "a", "stupid", "kid")


def test_a_heading_written_as_the_body_writes_it_changes_no_head():
    assert _head_changed(_TITLE, _TITLE, {}) is None
    assert _restemmed(_TITLE, _TITLE) is False


def test_the_book_list_page_is_checked_without_a_crash():
    assert heading_variants(_PAGE) == []
    assert check_pairs(_PAGE, ["T104"]) == []
