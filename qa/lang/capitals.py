"""A country's capital, which news English names for its government: "Pyongyang" for 朝鲜, "Athens" for 希腊.

Journalists write the capital where the Chinese writes the country ("Washington is wary" for
美国…会采取十分谨慎的态度), so a country the target names only by its capital is rendered, not
missing. The capitals come from CC-CEDICT's own glosses ("Damascus, capital of Syria"); the one
the dictionary leaves out, Washington (its entry says only "Washington D.C"), is added here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang import cedict, gazetteer

_CAPITAL_OF = re.compile(r"^(?P<city>[A-Z][^,(]+?), capital of (?:the )?(?P<country>[A-Z][A-Za-z' .-]+)")
_REPUBLIC_OF = re.compile(r"^(?:People's )?Republic of ")
_MISSING_FROM_CEDICT = {"美国": (("Washington", "华盛顿"),)}


_FORMAT = 1  # a new way of deriving the table gets a new cache file


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[tuple[str, str], ...]]:
    """Chinese country name → (English name, Chinese name) of its capital: read from every CC-CEDICT
    entry (0.9 s), so derived once per install and kept in the per-user cache."""
    from importlib.metadata import version

    return cedict.derived(f"capitals-{_FORMAT}-pycountry-{version('pycountry')}", _build)


def _build() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for entry in cedict.entries():
        for definition in entry.get("definitions", ()):
            found = _CAPITAL_OF.match(definition.strip())
            if not found:
                continue
            name = found["country"].strip()
            countries = [w for key in dict.fromkeys((name, _REPUBLIC_OF.sub("", name)))
                         for w in gazetteer.named_by(key) if gazetteer.is_country(w)]
            cities = {(c.strip(), entry["simplified"]) for c in found["city"].split(" or ") if c.strip()}
            for country in countries:
                out.setdefault(country, set()).update(cities)
    for country, cities in _MISSING_FROM_CEDICT.items():
        out.setdefault(country, set()).update(cities)
    return {country: tuple(sorted(cities)) for country, cities in out.items()}


def capitals_of(country: str) -> tuple[str, ...]:
    """English names of the capital of a country written in Chinese (朝鲜 → Pyongyang); () if unknown."""
    return tuple(dict.fromkeys(english for english, _ in _capitals().get(country, ())))


def named_by_capital(country: str, source: str, target: str) -> bool:
    """The target names the country's capital ("Pyongyang", "Athens") and the source does not, under
    any of its Chinese names (比勒陀利亚 or 普利托里亚): the capital stands for the country."""
    cities = _capitals().get(country, ())
    return any(not any(chinese in source for other, chinese in cities if other == english)
               and re.search(rf"(?<![A-Za-z]){re.escape(english)}(?![A-Za-z])", target)
               for english in capitals_of(country))
