"""S check: English non-words (offline pyspellchecker), never names.

Capitalised words are left to the name checks (they are names, titles or
sentence starts), and so are words the document itself writes capitalised
elsewhere, words of the glossary's English side, numbers and ordinals.
Real-word errors ("form" for "from") are out of scope.
"""

from __future__ import annotations

import re
from typing import Iterable

from qa.checks.context import DocContext, PairContext, Problem
from qa.checks.registry import check
from qa.lang.en_dictionary import cedict_english_words, english_dictionary
from qa.lang.en_dictionary import suggestion as _suggestion
from qa.model import Pair

__all__ = ["cedict_english_words", "english_dictionary", "non_words"]  # the dictionary lives in qa.lang.en_dictionary

_WORD = re.compile(r"(?<![\w’'\-])[A-Za-z]+(?:['’\-][A-Za-z]+)*(?![\w\-])")
_CLITICS = ("s", "t", "re", "ve", "ll", "d", "m")


def _document_whitelist(doc: DocContext) -> frozenset[str]:
    def compute() -> frozenset[str]:
        words: set[str] = set()
        for pair in doc.pairs:
            for m in _WORD.finditer(pair.target):
                for part in re.split(r"['’\-]", m.group()):
                    if part[:1].isupper():
                        words.add(part.lower())
        if doc.glossary is not None:
            for entry in doc.glossary.entries:
                words.update(w.lower() for w in re.findall(r"[A-Za-z]+", entry.target))
        return frozenset(words)

    return doc.memo("spelling.whitelist", compute)


def non_words(text: str, whitelist: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(word as written, suggestion) for each word no dictionary or whitelist knows."""
    known = english_dictionary()
    out: list[tuple[str, str]] = []
    for m in _WORD.finditer(text):
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


@check(
    "S201",
    "spelling-non-word",
    category="Fluency/Spelling",
    severity="minor",
    example="goverment → government",
)
def spelling_non_word(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """An English word that is in no dictionary: a typo.

    Names are never reported: capitalised words, words the document writes
    capitalised elsewhere and the glossary's English are accepted.
    """
    if not pair.target.strip():
        return
    whitelist = _document_whitelist(ctx.doc)
    for word, suggestion in non_words(pair.target, whitelist):
        yield Problem(
            f"{word!r} is not an English word" + (f"; did you mean {suggestion!r}?" if suggestion and suggestion != word.lower() else ""),
            target_span=word,
            suggestion=suggestion if suggestion != word.lower() else "",
        )
