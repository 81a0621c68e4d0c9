"""A gazetteer of named entities from CC-CEDICT: people, places, organisations and media, both ways.

CC-CEDICT capitalises the pinyin of proper nouns and glosses them with their
English name ("Shanxi Province (Shansi) in north China…", "Emmanuel Macron
(1977-), president of France…", "Xinhua News Agency…"). From those entries we
keep, per headword, its kind (read off the gloss) and its English names, and
the reverse: which headwords an English name or a pinyin spelling stands for,
so a name in the English that belongs to a *different* entity than the source
names ("Shanxi" where the source says 山东) can be recognised. Built on first
use from the packaged dictionary and kept in the per-user cache; nothing is
downloaded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang import cedict
from qa.lang.pinyin import fold

PERSON, PLACE, ORG, MEDIA = "person", "place", "org", "media"
_FORMAT = 16  # bump whenever _build changes: the cached gazetteer is keyed by it

_LIFESPAN = re.compile(r"\((?:c\. ?)?\d{2,4}\??-(?:\d{2,4})?\)|\(\d{2,4} BC")
_KIND_WORDS = (
    (MEDIA, r"newspaper|news agency|news service|daily\b|television|\bTV\b|broadcast|magazine|journal\b|radio"),
    (ORG, r"ministry|committee|commission|council\b|department|bureau|university|college|academy|institute|"
          r"\bparty\b|company|corporation|\bbank\b|association|federation|administration|agency|congress|"
          r"court\b|procuratorate|army|group\b|airlines?|office\b"),
    (PLACE, r"province|\bcity\b|county|district|prefecture|banner|\bleague\b|\btown|village|river|lake|"
            r"mountain|\bmt\b|island|capital|country|region|\bstate\b|autonomous|peninsula|\bsea\b|ocean|desert|"
            r"street|\bport\b|municipality|republic|kingdom|continent|strait|gulf|bay\b|valley|plateau|"
            r"basin|canal|county-level|prefecture-level|emirate|archipelago|area\b|\bzone\b"),
    (PERSON, r"\(name\)|surname|writer|poet|politician|president|emperor|king\b|queen|prime minister|"
             r"premier|chancellor|actor|actress|singer|painter|philosopher|general\b|scientist|novelist"),
)
_NAME_HEAD = re.compile(r"^(?:(?:Mt|St|Dr)\.? )?([A-Z][\w'’\-]*(?: (?:[A-Z][\w'’\-]*|of|and|for|on|de|la|von|van|al|bin))*)")
# what may follow a name in a gloss's head ("Hohhot prefecture-level city", "Mt Emei in Sichuan"); anything
# else makes the capitalised words part of a description ("Taiwan political movement aimed at …")
_DESCRIPTORS = frozenset(
    "in of on at near city county banner district town township village province river lake mountain mountains "
    "league autonomous region island islands prefecture prefecture-level county-level sub-provincial municipality "
    "state kingdom republic capital sea strait bay".split()
)
_NOTE = re.compile(r"^(?:\(\w+\)|\w+ pr\.|\w+ variant)")
# An outlet CC-CEDICT glosses in lower case, its pinyin too ("xin1 Jing1 bao4", "Beijing news (newspaper)"):
# still a proper name, written in title case ("Beijing News").
_MEDIA_NOTE = re.compile(r"^([A-Z][\w'’]*(?: [a-z][\w'’]*){1,3}) \((?:newspaper|magazine|news agency)\)$")
_ABBREVIATION = re.compile(r"^abbr\. (?:for|of|to) [^,;]*[,;] ?")
_GENERIC_TAIL = frozenset(
    "Province City County District Prefecture Banner League Town Township Village Municipality Region "
    "Autonomous River Lake Mountain Mountains Island Islands Street Road".split()
)


def _kind(definitions: tuple[str, ...] | list[str]) -> str:
    """The kind of entity an entry's glosses describe; "" when they say nothing clear."""
    text = " / ".join(definitions)
    first = definitions[0] if definitions else ""
    body = re.search("|".join(words for kind, words in _KIND_WORDS if kind in (MEDIA, ORG)), first, re.IGNORECASE)
    if _LIFESPAN.search(text) and (_LIFESPAN.search(first) or not body):
        return PERSON  # a body's former name with its years ("SARFT (2013-2018)") is no lifespan
    if re.search(r"\b(?:administration|ministry|bureau|commission)\b", first, re.IGNORECASE):
        return ORG  # the National Radio and Television Administration regulates broadcasters, it is none
    for kind, words in _KIND_WORDS:
        if re.search(words, text, re.IGNORECASE):
            return kind
    return ""


def _names(definitions) -> list[str]:
    """The English names a gloss gives: the leading capitalised run of each definition ("Shanxi Province")."""
    out: list[str] = []
    for definition in definitions:
        if _NOTE.match(definition):
            continue  # "Taiwan pr. [Bu4 xi1]", "(Tw) …": a note on usage, not a name
        head = re.split(r"[,;(]", _ABBREVIATION.sub("", definition))[0]
        for alternative in head.split(" or "):
            found = _NAME_HEAD.match(alternative.strip())
            rest = alternative.strip()[found.end():].split()[:1] if found else []
            if found and (not rest or rest[0].lower() in _DESCRIPTORS or not rest[0][:1].isascii()):
                out.append(re.sub(r"(?: (?:of|and|for|on|de|la|von|van|al|bin))+$", "", found.group(1).strip()))
    return out


def _build() -> dict:
    """{"kinds": headword → kind, "names": headword → [English names], "by_name": folded name → [headwords],
    "by_pinyin": folded pinyin → [headwords]} over every proper-noun entry of two characters or more."""
    kinds: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    by_name: dict[str, list[str]] = {}
    by_pinyin: dict[str, list[str]] = {}
    for entry in cedict.entries():
        word, pinyin, definitions = entry["simplified"], entry["pinyin"], entry["definitions"]
        outlet = _MEDIA_NOTE.match(definitions[0]) if definitions and re.search(r"\b[A-Z]", pinyin) else None
        if len(word) < 2 or not (pinyin[:1].isupper() or outlet):
            continue
        kind = _kind(definitions) or (PLACE if _country(_names(definitions)[:1]) else "")
        if outlet:
            definitions = [outlet.group(1).title(), *definitions[1:]]
        if kind:
            kinds.setdefault(word, kind)
        for name in _names(definitions):
            names.setdefault(word, [])
            if name not in names[word]:
                names[word].append(name)
            for key in _name_keys(name, kind):
                by_name.setdefault(key, [])
                if word not in by_name[key]:
                    by_name[key].append(word)
        key = fold(re.sub(r"\d", "", pinyin))
        by_pinyin.setdefault(key, [])
        if word not in by_pinyin[key]:
            by_pinyin[key].append(word)
    for word, english in _countries_in_chinese().items():
        kinds[word] = PLACE
        for name in english:
            if name not in names.setdefault(word, []):
                names[word].append(name)
            if word not in by_name.setdefault(fold(name), []):
                by_name[fold(name)].append(word)
    return {"kinds": kinds, "names": names, "by_name": by_name, "by_pinyin": by_pinyin, "short": _short_forms()}


def _countries_in_chinese() -> dict[str, list[str]]:
    """Chinese names of the world's countries with their ISO 3166 English names, from the translations
    pycountry ships (荷兰 → Netherlands, 土耳其 → Türkiye, Turkiye): CC-CEDICT glosses 荷兰 "Holland" and
    土耳其 "Turkey" without saying they are countries."""
    import gettext
    import unicodedata

    import pycountry

    try:
        zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    except OSError:
        return {}
    out: dict[str, list[str]] = {}
    for country in pycountry.countries:
        english = [v for a in ("common_name", "name") if (v := getattr(country, a, None)) and "," not in v]
        english += [unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode() for v in english]
        for value in {getattr(country, a, None) for a in ("common_name", "name")} - {None}:
            word = zh.gettext(value)
            if word != value and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", word):
                out.setdefault(word, [])
                out[word] += [e for e in dict.fromkeys(english) if e and e not in out[word]]
    return out


def _short_forms() -> dict[str, list[str]]:
    """One-character short forms CC-CEDICT glosses as "abbr. for Zhejiang province": folded name → characters."""
    out: dict[str, list[str]] = {}
    for entry in cedict.entries():
        if len(entry["simplified"]) != 1:
            continue
        for definition in entry["definitions"]:
            for name in _abbreviated_names(definition):
                key = fold(_UNIT_TAIL.sub("", name))
                out.setdefault(key, [])
                if entry["simplified"] not in out[key]:
                    out[key].append(entry["simplified"])
    return out


_NAME = r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*"
_UNIT_TAIL = re.compile(r"(?: [A-Z]\w*)? (?:Autonomous Region|Special Administrative Region)$| (?:Province|City|Municipality)$")


def _abbreviated_names(definition: str) -> list[str]:
    """The names a one-character headword abbreviates: "abbr. for Xinjiang 新疆[…] or Singapore 新加坡[…]",
    "abbr. for Ningxia Hui Autonomous Region …", "Hong Kong (abbr. for 香港[…])"."""
    found = re.search(rf"(?:abbr\. (?:for|of)|short name for) ({_NAME}(?:[^;]*? or {_NAME})*)", definition)
    names = [n for n in re.findall(_NAME, re.sub(r"\[[^\]]*\]", "", found.group(1)))] if found else []
    before = re.match(rf"({_NAME}) \(abbr\. (?:for|of) [\u4e00-\u9fff]", definition)
    return [n for n in names + ([before.group(1)] if before else []) if n not in ("Autonomous Region",)]


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """English names of the world's countries (pycountry's ISO 3166 data: "Egypt", "South Korea",
    "United Kingdom"): a gloss that is only a country's name makes its headword a place."""
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                names.add(value)
    return frozenset(names)


def _country(names: list[str]) -> bool:
    return any(name in country_names() for name in names)


def _name_keys(name: str, kind: str) -> list[str]:
    """Folded forms an English name is found by: whole, without a generic tail ("Hubei Province" → hubei),
    and a person's last word ("Emmanuel Macron" → macron), the form news uses after the first mention."""
    words = name.split()
    keys = [fold(name)]
    if len(words) > 1 and words[-1] in _GENERIC_TAIL:
        keys.append(fold(" ".join(words[:-1])))
    if kind == PERSON and len(words) > 1 and words[-1][:1].isupper():
        keys.append(fold(words[-1]))
    return [k for k in keys if len(k) >= 3]


@lru_cache(maxsize=1)
def _data() -> dict:
    from importlib.metadata import version

    # the countries come from pycountry's translations: a new pycountry is a new gazetteer
    return cedict.derived(f"gazetteer-{_FORMAT}-pycountry-{version('pycountry')}", _build)


def kind_of(word: str) -> str:
    """person, place, org, media, or "" for a headword CC-CEDICT does not describe as an entity."""
    return _data()["kinds"].get(word, "")


def kinds() -> dict[str, str]:
    """Every headword with a kind → its kind (kind_of's table); callers only read it."""
    return _data()["kinds"]


def english_names(word: str) -> tuple[str, ...]:
    """The English names CC-CEDICT gives an entity: 新华社 → ("Xinhua News Agency",)."""
    return tuple(_data()["names"].get(word, ()))


def named_by(english: str) -> tuple[str, ...]:
    """Headwords an English name (or a pinyin spelling) stands for: "Shanxi" → 山西; "Macron" → 马克龙."""
    key = fold(english)
    data = _data()
    return tuple(dict.fromkeys(data["by_name"].get(key, []) + data["by_pinyin"].get(key, [])))


def spelt_by(english: str, word: str) -> bool:
    """`english` is the pinyin of the headword itself (Shanghai for 上海), not only a name in its gloss."""
    return word in _data()["by_pinyin"].get(fold(english), ())


def is_country(word: str) -> bool:
    """A country or territory (中国, 美国, 香港): its first English name is one of pycountry's."""
    names = english_names(word)
    return bool(names) and (names[0] in country_names() or any(n in country_names() for n in names[1:])
                            and kind_of(word) == PLACE and not minor_place(word))


@lru_cache(maxsize=1)
def country_initials() -> frozenset[str]:
    """First characters of the countries' Chinese names: the one-character short forms (中, 美, 英, 澳).
    A country's headword is indexed under its English name, so the headwords under the countries' names
    are the only ones to test (a scan of every place took 12 ms on a document's first ask)."""
    data = _data()
    candidates = {word for name in country_names() for word in data["by_name"].get(fold(name), ())}
    return frozenset(word[0] for word in candidates
                     if data["kinds"].get(word) == PLACE and len(word) <= 4 and is_country(word))


_MINOR = re.compile(r"\b(?:county|district|town|township|village|banner)\b", re.IGNORECASE)
_MAJOR = re.compile(r"\b(?:province|capital|municipality|autonomous region|country)\b|prefecture-level city", re.IGNORECASE)


@lru_cache(maxsize=8192)
def minor_place(word: str) -> bool:
    """A county, district, town or village whose bare name (天峨, 依兰, 资源) is as often an ordinary word
    or a plant as the place: sure only with its unit suffix (天峨县)."""
    if kind_of(word) != PLACE:
        return False
    glosses = [d for e in cedict.lookup(word) if e.is_proper_noun for d in e.definitions[:1]]
    return any(_MINOR.search(g) for g in glosses) and not any(_MAJOR.search(g) for g in glosses)


_PROVINCE = re.compile(r"\b(?:province|autonomous region|municipality|country)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def major_place(word: str) -> bool:
    """A country, or a province, autonomous region or municipality (甘肃, 广西, 北京): a place a longer name
    ("Gansu Province People's Government") keeps as written in the source, never a short form of its own."""
    if kind_of(word) != PLACE:
        return False
    glosses = [d for e in cedict.lookup(word) if e.is_proper_noun for d in e.definitions[:1]]
    return is_country(word) or any(_PROVINCE.search(g.split(",")[0]) for g in glosses)


def short_forms(english: str) -> tuple[str, ...]:
    """The one-character short forms of a place's English name: "Zhejiang" → 浙, "Shanghai" → 沪."""
    return tuple(_data()["short"].get(fold(english), ()))


# The gloss's head names the place, then its rank: "Hefei, capital of Anhui", "Xiamen or Amoy, subprovincial
# city"; a rank further on belongs to something else ("Kunqu opera, … originating in Kunshan, Jiangsu province").
_CITY = re.compile(r"^[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*(?: or [A-Z][\w'’\-]*)?,? (?:the |a )?(?:provincial )?"
                   r"(?:capital\b|prefecture[- ]level|sub-?provincial|province\b|municipality\b|autonomous region|"
                   r"country\b)", re.IGNORECASE)


def city_or_larger(word: str) -> bool:
    """A city of prefecture rank or larger, a province or a country (合肥 "Hefei, capital of Anhui", 泉州
    "Quanzhou, prefecture-level city in Fujian"): a place too well known for a translator to spell it
    unrecognisably, so a name that shares nothing with it stands for another place."""
    if kind_of(word) != PLACE or minor_place(word):
        return False
    glosses = [d for e in cedict.lookup(word) if e.is_proper_noun for d in e.definitions[:1]]
    return is_country(word) or any(_CITY.match(g) for g in glosses)
