"""Countries' demonyms (countryinfo's: Denmark → Danish), kept small in qa's per-user cache.

countryinfo reads its 250 JSON files on first use; with its import that was
about 40 ms of the first document naming a foreign country (M104, T105),
for a few words of a table that changes only with the package. The lookup
answers as `CountryInfo(name).demonym()` does: the name in lower case, an
ISO code, the first country with it among its alternative spellings or as
its native name; where countryinfo would go on to a fuzzy match (only with
rapidfuzz installed), countryinfo itself answers.
"""

from __future__ import annotations

from functools import lru_cache

_FORMAT = 1
# (lower-case name → demonym or None, ISO code → name, alternative or native spelling → name)
Tables = tuple[dict[str, "str | None"], dict[str, str], dict[str, str]]


def _build() -> Tables:
    from countryinfo._cache import load_countries  # the tables CountryInfo resolves a name against

    cache = load_countries()
    countries, spellings = cache["countries"], {}
    for key, info in countries.items():  # in countryinfo's order: the first country holding a spelling wins
        for spelling in info.get("altSpellings", []):
            spellings.setdefault(spelling.lower(), key)
        native = info.get("nativeName", "")
        if native and isinstance(native, str):
            spellings.setdefault(native.lower(), key)
    demonyms = {key: d if isinstance(d := info.get("demonym"), str) else None for key, info in countries.items()}
    return demonyms, dict(cache["iso_index"]), spellings


@lru_cache(maxsize=1)
def _tables() -> Tables:
    from qa.lang.cache import package_version, stored

    demonyms, codes, spellings = stored("countryinfo-demonyms", f"{package_version('countryinfo')}-{_FORMAT}", _build,
                                        valid=_whole)
    return demonyms, codes, spellings


def _whole(data: object) -> bool:
    """A kept table of the right shape with every country: a build made while countryinfo's data could not be
    read (it returns no countries then) is rebuilt, not kept for good."""
    return isinstance(data, tuple) and len(data) == 3 and all(isinstance(part, dict) for part in data) \
        and len(data[0]) > 100


@lru_cache(maxsize=1)
def _fuzzy_matching() -> bool:
    """countryinfo tries a fuzzy match of an unknown name only when rapidfuzz is installed."""
    from importlib.util import find_spec

    return find_spec("rapidfuzz") is not None


def demonym(name: str) -> str | None:
    """The demonym of the country `name` names (a string, as countryinfo has it), None when it names none
    or the table has no demonym for it."""
    raw = name.strip()
    if not raw:
        return None
    demonyms, codes, spellings = _tables()
    lower = raw.lower()
    key = lower if lower in demonyms else codes.get(raw.upper()) or spellings.get(lower)
    if key is not None:
        return demonyms.get(key)
    if not _fuzzy_matching():
        return None
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    try:
        found = CountryInfo(name).demonym()
    except (CountryNotFoundError, KeyError, ValueError):
        return None
    return found if isinstance(found, str) else None


def all_demonyms() -> frozenset[str]:
    """Every country's demonym the table has."""
    return frozenset(d for d in _tables()[0].values() if d is not None)
