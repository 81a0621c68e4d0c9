"""qa.lang.country_demonyms answers as countryinfo's own lookup does, from a small cached table."""

from __future__ import annotations

import pytest

from qa.lang.country_demonyms import all_demonyms, demonym

countryinfo = pytest.importorskip("countryinfo")


def _library(name: str) -> str | None:
    try:
        found = countryinfo.CountryInfo(name).demonym()
    except (countryinfo.exceptions.CountryNotFoundError, KeyError, ValueError):
        return None
    return found if isinstance(found, str) else None


def test_names_codes_and_spellings_resolve_as_countryinfo_does() -> None:
    from countryinfo._cache import load_countries

    tables = load_countries()
    names = set(tables["countries"]) | set(tables["iso_index"])
    names |= {s for info in tables["countries"].values() for s in info.get("altSpellings", [])}
    names |= {info["nativeName"] for info in tables["countries"].values() if isinstance(info.get("nativeName"), str)}
    names |= {n.title() for n in names} | {"United States", "Britain", "Korea", " Denmark ", "Atlantis", ""}
    differ = [n for n in sorted(names) if demonym(n) != _library(n)]
    assert differ == []


def test_the_usual_forms() -> None:
    # an English name, an ISO code, an alternative spelling (Great Britain), none (a place of no country)
    assert (demonym("Denmark"), demonym("DK"), demonym("Great Britain"), demonym("Atlantis")) == \
        ("Danish", "Danish", _library("Great Britain"), None)
    assert _library("Great Britain") is not None


def test_every_country_adjective() -> None:
    found = {c.info().get("demonym") for c in countryinfo.all_countries()}
    assert all_demonyms() == frozenset(d for d in found if isinstance(d, str))


def test_a_kept_table_of_the_wrong_shape_or_with_no_country_is_rebuilt(tmp_path, monkeypatch):
    """The review: a file with a good digest holding two tables, or an empty table kept while countryinfo's
    data could not be read, crashed every run or emptied M104/T105's demonyms for good."""
    from qa.lang import cache, country_demonyms

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    key = f"{cache.package_version('countryinfo')}-{country_demonyms._FORMAT}"
    for bad in (({}, {}), ({}, {}, {})):
        path = cache.cache_path("countryinfo-demonyms", key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(cache.encode(bad))
        country_demonyms._tables.cache_clear()
        assert country_demonyms.demonym("Denmark") == "Danish"
    country_demonyms._tables.cache_clear()
