"""Enumerations: the items of one source list (一是 … 十是, 第一 … 第三, （一）…（三）) and how the
English numbers each item ("First," / "Five," / "5." / "(e)").

Official Chinese numbers the points of a speech or a report with one marker
family; a translation should number them in one style. The parser is shared by
the consistency check (one list, two styles) and the omission checks (a list
whose target has fewer items).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Literal

from qa.model import Pair

Style = Literal["ordinal", "ordinal-ly", "cardinal", "numeral", "roman", "letter"]

_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ZH_NUMBER = "[一二三四五六七八九十]{1,3}"
# family name → pattern of one marker; the number is group 1
_MARKERS = {
    "X是": re.compile(f"({_ZH_NUMBER})是"),
    "第X": re.compile(f"第({_ZH_NUMBER})(?:[，,、：:]|是|条|点|项)"),
    "(X)": re.compile(f"[（(]({_ZH_NUMBER})[)）]"),
    "X、": re.compile(f"({_ZH_NUMBER})、"),
    "其X": re.compile(f"其({_ZH_NUMBER})[，,、：:]"),
}

_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth"]
_CARDINALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
_EN_MARKER = re.compile(
    r"^\s*(?:[–—-]\s*)?(?:"
    r"(?P<word>[A-Za-z]+?)(?P<ly>ly)?\s*[,:;.]"  # First, / Firstly, / Five, / Third:
    r"|(?P<roman>[IVXivx]{1,4})[.)]\s"
    r"|[(（]?(?P<numeral>\d{1,2})[.)）]\s*"
    r"|[(（](?P<letter>[a-l])[)）]\s"
    r")"
)


@dataclass(frozen=True)
class Item:
    """One item of a source enumeration and the English marker its target begins with."""

    pair: Pair
    number: int
    family: str
    written: str  # the source marker: "五是"
    style: Style | None  # None: the target has no marker we know
    marker: str  # as the target writes it: "Five"


def chinese_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20."""
    if text.startswith("十"):
        return 10 + _ZH_DIGITS.get(text[1:2], 0)
    if "十" in text:
        tens, _, units = text.partition("十")
        return _ZH_DIGITS.get(tens, 0) * 10 + _ZH_DIGITS.get(units, 0)
    return _ZH_DIGITS.get(text, 0)


def source_marker(source: str) -> tuple[str, int, str] | None:
    """(family, number, marker) a source paragraph opens with: "九是以…" → ("X是", 9, "九是")."""
    head = source.lstrip(" \u3000—-")
    for family, pattern in _MARKERS.items():
        m = pattern.match(head)
        if m and chinese_number(m.group(1)):
            return family, chinese_number(m.group(1)), m.group()
    return None


def english_marker(target: str) -> tuple[Style, str, int] | None:
    """(style, marker as written, its number) of the marker an English item opens with."""
    m = _EN_MARKER.match(target)
    if not m:
        return None
    if m.group("word"):
        word = m.group("word")
        lowered = word.lower()
        if lowered in _ORDINALS:
            return ("ordinal-ly" if m.group("ly") else "ordinal"), word + (m.group("ly") or ""), _ORDINALS.index(lowered) + 1
        if lowered + (m.group("ly") or "") in _CARDINALS and not m.group("ly"):
            return "cardinal", word, _CARDINALS.index(lowered) + 1
        return None
    if m.group("roman") and m.group("roman").lower() in _ROMAN:
        return "roman", m.group("roman"), _ROMAN.index(m.group("roman").lower()) + 1
    if m.group("numeral"):
        return "numeral", m.group("numeral"), int(m.group("numeral"))
    if m.group("letter"):
        return "letter", m.group("letter"), ord(m.group("letter")) - ord("a") + 1
    return None


def enumerations(pairs: Iterable[Pair]) -> list[list[Item]]:
    """The document's source lists of paragraphs, in order: a run of paragraphs opening with one
    marker family numbered 1, 2, 3 … (other paragraphs may stand between items, and one number
    may be skipped)."""
    lists: list[list[Item]] = []
    open_lists: dict[str, list[Item]] = {}
    for pair in pairs:
        if pair.is_one_sided:
            continue
        found = source_marker(pair.source)
        if found is None:
            continue
        family, number, written = found
        current = open_lists.get(family)
        # one number may be missing: its item opens inside another paragraph (一是 … 二是 … 四是)
        if number == 1 or current is None or not 0 < number - current[-1].number <= 2:
            current = []
            open_lists[family] = current
            lists.append(current)
        marker = english_marker(pair.target)
        style, marker_text = (marker[0], marker[1]) if marker else (None, "")
        current.append(Item(pair, number, family, written, style, marker_text))
    return [items for items in lists if len(items) >= 3]


def english_marker_for(style: Style, number: int, like: str) -> str:
    """How item `number` is written in `style`, cased like `like` ("Fifth" for ordinal, like "First")."""
    if style == "ordinal" and number <= len(_ORDINALS):
        word = _ORDINALS[number - 1]
    elif style == "ordinal-ly" and number <= len(_ORDINALS):
        word = _ORDINALS[number - 1] + "ly"
    elif style == "cardinal" and number <= len(_CARDINALS):
        word = _CARDINALS[number - 1]
    elif style == "roman" and number <= len(_ROMAN):
        return _ROMAN[number - 1].upper() if like.isupper() else _ROMAN[number - 1]
    elif style == "numeral":
        return str(number)
    elif style == "letter":
        return chr(ord("a") + number - 1)
    else:
        return ""
    return word.capitalize() if like[:1].isupper() else word
