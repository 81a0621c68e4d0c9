"""Places by their nicknames: CC-CEDICT glosses 狮城 "Lion city, nickname for Singapore 新加坡" and
羊城 "Yangcheng, a nickname for 广州", and a translator writes the city's own name for them; a nickname
written beside the city's name (山城重庆) is the same place again."""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang import cedict, gazetteer
from qa.lang.zh_names import NameMention

# "nickname for Singapore 新加坡[Xin1 jia1 po1]", "a nickname for 廣州|广州[Guang3 zhou1]", "nickname for Shanghai"
_NICKNAME = re.compile(r"\bnickname for (?:the )?([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*)?\s*"
                       r"(?:[\u3400-\u9fff]+\|)?([\u3400-\u9fff]+)?")


@lru_cache(maxsize=8192)
def nicknamed(word: str) -> tuple[tuple[str, str], ...]:
    """(headword, English name) of each place `word` is a nickname for: 狮城 → (新加坡, "Singapore");
    the headword is "" where the gloss names the place in English only (魔都 "nickname for Shanghai")."""
    if len(word) < 2 or not cedict.contains(word):
        return ()
    out: list[tuple[str, str]] = []
    for entry in cedict.lookup(word):
        for definition in entry.definitions:
            found = _NICKNAME.search(definition)
            if found and found.group(2) and gazetteer.kind_of(found.group(2)) == gazetteer.PLACE:
                out.append((found.group(2), found.group(1) or ""))
            elif found and found.group(1):
                out.append(("", found.group(1)))
    return tuple(out)


@lru_cache(maxsize=2048)
def nicknamed_in(source: str) -> frozenset[str]:
    """The places (headwords) the source names by a nickname of two or three characters."""
    return frozenset(place for n in (2, 3) for k in range(len(source) - n + 1)
                     for place, _ in nicknamed(source[k : k + n]) if place)


_NICKNAME_TAILS = ("城", "都")  # 山城, 羊城, 春城, 魔都: a city called by what it is known for


def apposed_nickname(mention: NameMention, source: str) -> bool:
    """A nickname of the form X城/X都 written right before or after the place it names (山城重庆, 春城昆明):
    an apposition, one place, which the translator names once ("Chongqing"). Not a city of its own (成都)."""
    text, start = mention.text, mention.start
    if len(text) != 2 or not text.endswith(_NICKNAME_TAILS) or gazetteer.city_or_larger(text):
        return False
    end = start + len(text)
    after = (source[end : end + k] for k in (2, 3) if end + k <= len(source))
    before = (source[start - k : start] for k in (2, 3) if start >= k)
    return any(gazetteer.kind_of(w) == gazetteer.PLACE for w in (*after, *before))
