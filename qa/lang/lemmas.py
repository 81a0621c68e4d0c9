"""lemminflect's lexicon (word → part of speech → lemmas), loaded as a language resource.

`lemminflect.getAllLemmas` parses its gzipped CSV of 80k words on its first
call (about 0.1 s, on top of the import); A007 and P501 ask it about a word
or two of some documents, so in a warm run that first call was a tenth of
the checks' second process. `load()` is the "lemmas" resource
(qa.lang.profile): it hands lemminflect the same table from qa's per-user
cache, split by the words' first two letters (qa.lang.sharded.ShardedMap), so
loading it costs next to nothing and a lookup unmarshals only its part.
The table is what lemminflect's own loader builds, entry for entry, so its
answers are the same (tests/lang/test_lemmas.py compares every word).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_FORMAT = 1
_FORMS_FORMAT = 1  # of the inverted table (lemma_forms): bump when `_inverted` changes, apart from the lemmas file


@lru_cache(maxsize=1)
def load() -> Any:
    """lemminflect's Lemmatizer singleton with its lemma table (and overrides) in place; what getAllLemmas reads."""
    from lemminflect import Lemmatizer

    from qa.lang.cache import package_version, stored_sharded

    lemmatizer = Lemmatizer()
    if not hasattr(lemmatizer, "lemma_dict"):  # lemminflect's own lazy attribute (Lemmatizer._getLemmaDict)
        key = f"{package_version('lemminflect')}-{_FORMAT}"
        lemmatizer.lemma_dict = stored_sharded("lemminflect-lemmas", key, lambda: (None, _lemma_table(lemmatizer)))[1]
    lemmatizer._getOverridesDict()  # a small CSV, read now rather than on the first lookup
    return lemmatizer


def _lemma_table(lemmatizer: Any) -> dict[str, dict[str, tuple[str, ...]]]:
    """word → {UPOS: lemma spellings}, read by lemminflect's own codec from its own file."""
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

    return LemmaLUCodec.load(lemmatizer.lemma_lu_fn)


def all_lemmas(word: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """lemminflect.getAllLemmas(word, upos), its table loaded by `load` (from qa's cache) on first use."""
    return load().getAllLemmas(word, upos)


def lemma_forms(lemma: str) -> frozenset[str]:
    """The lower-case words some lemma of which (any part of speech) is `lemma` ("strong": stronger, strongest,
    strong …): for a lower-case word w, `lemma in` the lemmas all_lemmas(w) gives exactly when w is in
    lemma_forms(lemma). A check asking whether any word of a paragraph is a form of a few lemmas looks those
    up here, once each, instead of each word's lemmas (every word's part of the table unmarshalled)."""
    return frozenset(_forms().get(lemma, ()))


@lru_cache(maxsize=1)
def _forms() -> Any:
    """lemma → the lower-case words lemminflect lemmatises to it, overrides applied as getAllLemmas applies
    them; built once from lemminflect's own table and kept in qa's cache beside it."""
    from qa.lang.cache import package_version, stored_sharded

    key = f"{package_version('lemminflect')}-{_FORMS_FORMAT}"
    return stored_sharded("lemminflect-forms", key, lambda: (None, _inverted(load())))[1]


def _inverted(lemmatizer: Any) -> dict[str, tuple[str, ...]]:
    """Every lower-case word of the table (and of its overrides) under each of its lemmas, lower-cased as
    getAllLemmas lower-cases them for a lower-case word."""
    table = _lemma_table(lemmatizer)
    overrides = lemmatizer._getOverridesDict()
    out: dict[str, set[str]] = {}
    for word in set(table) | set(overrides):
        if word != word.lower():
            continue  # getAllLemmas looks a word up lower-cased: a key with capitals answers no lower-case word
        entry = {**table.get(word, {}), **overrides.get(word, {})}
        for lemmas in entry.values():
            for lemma in lemmas:
                out.setdefault(lemma.lower(), set()).add(word)
    return {lemma: tuple(sorted(words)) for lemma, words in out.items()}
