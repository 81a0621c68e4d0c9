"""Windows of capitalised words in a target, found through one index however wide the name asked for."""

from qa.terminology.name_finder import Finder

# a long title-case run: windows of up to 12 words open on most of its words
TARGET = "Delegates Of The National People Congress Of The People Republic Of China And Zhang Wei met Li Qiang."


def _scanned(width, prefixes=(), exact=()):
    """The windows a fresh scan of `width` words finds whose folded text opens with a prefix or equals an exact."""
    return [w for w in Finder(TARGET).windows(width)
            if any(w[2].startswith(p) for p in prefixes) or w[2] in exact]


def test_a_narrow_search_after_a_wide_one_sees_only_windows_of_its_width():
    finder = Finder(TARGET)
    prefixes, exact = {"de", "zh", "pe", "li"}, {"zhangwei"}
    assert finder.starting_with(12, prefixes, exact) == _scanned(12, prefixes, exact)
    for width in (2, 3, 5, 8, 4):
        assert finder.starting_with(width, prefixes, exact) == _scanned(width, prefixes, exact)
    assert max(j - i for i, j, _ in finder.starting_with(3, prefixes)) == 3


def test_a_wider_search_after_a_narrow_one_sees_the_longer_windows():
    finder = Finder(TARGET)
    assert finder.starting_with(2, {"zh"}) == _scanned(2, {"zh"})
    wide = finder.starting_with(11, {"de"})
    assert wide == _scanned(11, {"de"}) and any(j - i == 11 for i, j, _ in wide)  # past the index's first eight


def test_windows_near_in_length_follow_the_width():
    finder = Finder(TARGET)
    finder.starting_with(10, {"na"})
    near = finder.near_in_length(3, "z", (5, 8))
    assert near == [w for w in Finder(TARGET).windows(3) if w[2][:1] == "z" and len(w[2]) in (5, 8)]
    assert [w[2] for w in near] == ["zhang", "zhangwei"]
