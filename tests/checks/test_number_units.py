"""N204: a figure kept while its unit changed (800公里 → "800 miles"), and the renderings that are no slip."""

import pytest

from tests.conftest import check_pair
from tests.corpora import wmt19_pair


def n204(source: str, target: str) -> list[tuple[str, str, str]]:
    return [(f.source_span, f.target_span, f.message) for f in check_pair(source, target, ("N204",))]


def test_the_tsunamis_kilometres_kept_as_miles_in_the_wmt19_reference():
    source, target = wmt19_pair(699)  # 海啸当时以800公里的时速 … "at 800 miles an hour"
    [(src, tgt, message)] = n204(source, target)
    assert (src, tgt) == ("800公里", "800 miles")
    assert "about 497 miles" in message


@pytest.mark.parametrize("zh, en, slip", [
    ("每户领到10公斤大米。", "Each household received 10 pounds of rice.", ("10公斤", "10 pounds")),
    ("他体重80公斤。", "He weighs 80 pounds.", ("80公斤", "80 pounds")),  # no 米 in the source to open the gate
    ("桌子长3米。", "The table is 3 ft long.", ("3米", "3 ft")),
    ("海啸以每小时800公里的速度扑来。", "The tsunami came at 800 mph.", ("800公里", "800 mph")),
])
def test_kilograms_metres_and_kilometres_kept_in_another_unit(zh, en, slip):
    assert [(s, t) for s, t, _ in n204(zh, en)] == [slip]


@pytest.mark.parametrize("zh, en", [
    ("海啸以800公里的时速扑来。", "The tsunami came at 800 kilometres (497 miles) an hour."),  # converted beside it
    ("海啸以800公里的时速扑来。", "The tsunami came at 800 km an hour."),  # the same unit written short
    ("六十公斤的行李", "about 130 pounds of luggage"),  # converted
    ("时速120公里", "75 mph"),  # converted
    ("他买了5斤苹果。", "He bought 5 pounds of apples."),  # a jin is 1.1 pounds: rendered loosely, no slip
    ("他们走了三十里路，又开车走了20公里。", "They walked thirty miles and drove 20 kilometres."),  # 里 is rendered loosely by convention
    ("三尺高的墙", "a wall three feet high"),
    ("两米高的墙", "a wall 2 meters high"),
    ("全长5公里的隧道", "a tunnel 3 miles (5 km) long"),  # the source figure is there too
])
def test_renderings_that_keep_the_measure_are_quiet(zh, en):
    assert n204(zh, en) == []


@pytest.mark.parametrize("zh, en, slip", [
    ("此次地震触发的海浪高达 20 英尺。", "The quake triggered waves as high as 20 metres.", ("20 英尺", "20 metres")),
    ("他获得了200米和400米两枚金牌。", "He won the 200 metres and 400 feet.", ("400米", "400 feet")),
    # the 190 miles render 190英里; they are no conversion of 300公里
    ("巴鲁以北 300公里（190英里）处的海岸线", "the coastline 300 miles (190 miles) north of Palu", ("300公里", "300 miles")),
])
def test_slips_beside_other_measures_and_spaced_units(zh, en, slip):
    assert [(s, t) for s, t, _ in n204(zh, en)] == [slip]


def test_five_feet_eight_inches_is_one_height():
    assert n204("他身高一米七三，体重60公斤。", "He is five feet eight inches tall and weighs 60 kilograms.") == []


@pytest.mark.parametrize("key", [("abcnews.306815", "4"), ("reuters.218863", "6")])
def test_an_english_unit_the_chinese_keeps_is_not_read_as_metres(key):
    """NTREX's Chinese keeps "85 mph" and "800 kph (497 mph)" in Latin letters: the m of mph is no metre."""
    from tests.corpora import NTREX_PAIRS, pairs_by_segment

    source, target = pairs_by_segment(NTREX_PAIRS)[key]
    assert "mph" in source
    assert n204(source, target) == []
