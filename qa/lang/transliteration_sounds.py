"""Coarse sound strings for pinyin syllables and English name spellings, and how alike two are.

Used by qa.lang.transliteration.

One character per sound, shared by both sides:
vowels a e i o u, and @ for the neutral vowel Chinese adds to a lone consonant
(克 ke, 特 te, 斯 si, 布 bu: a cluster or final consonant of the English name);
consonants p b t d k g f v w h m n N(ng) l r s z(ts/dz) S(sh) C(ch) J(j/dzh) y,
R for a liquid that closes a syllable (尔 er; an English r after a vowel, which
Chinese often drops: Carter 卡特), and on the English side only: G (a g before
e/i/y: soft in George 乔治, hard in Gerhard 格哈德),
T (th: 斯 in Smith 史密斯, 特 in Thomas 托马斯), L (an l that closes a syllable, which
Chinese writes 尔 or drops: Walt 华特, Stilwell 史迪威).
"""

from __future__ import annotations

import re
from functools import lru_cache

VOWELS = frozenset("aeiou@")
_INITIALS = (("zh", "J"), ("ch", "C"), ("sh", "S"), ("b", "b"), ("p", "p"), ("m", "m"), ("f", "f"),
             ("d", "d"), ("t", "t"), ("n", "n"), ("l", "l"), ("g", "g"), ("k", "k"), ("h", "h"),
             ("j", "J"), ("q", "C"), ("x", "S"), ("r", "r"), ("z", "z"), ("c", "z"), ("s", "s"),
             ("y", "y"), ("w", "w"))
_FINALS = {
    "a": "a", "o": "o", "e": "e", "i": "i", "u": "u", "v": "u", "ai": "ai", "ei": "ei", "ao": "ao",
    "ou": "ou", "an": "an", "en": "en", "in": "in", "un": "un", "vn": "un", "ang": "aN", "eng": "eN",
    "ing": "iN", "ong": "oN", "ia": "ia", "ie": "ie", "iao": "iao", "iu": "iu", "ian": "ian",
    "iang": "iaN", "iong": "ioN", "ua": "ua", "uo": "uo", "uai": "uai", "ui": "ui", "uan": "uan",
    "uang": "uaN", "ue": "ue", "ve": "ue", "er": "@R", "van": "uan",
}
# Syllables whose vowel only carries a consonant of the foreign name: 克 ke, 斯 si, 布 bu, 尔 er.
_NEUTRAL_E = set("bpmfdtnlgkhzcsr") | {"zh", "ch", "sh"}
_APICAL_I = {"z", "c", "s", "zh", "ch", "sh", "r"}
_NEUTRAL_U = set("bpfmdtlgk")


@lru_cache(maxsize=2048)
def pinyin_sounds(syllable: str) -> str:
    """Sounds of one toneless pinyin syllable: "ke" → "k@", "long" → "loN", "er" → "@R"."""
    initial, code = "", ""
    for spelling, sound in _INITIALS:
        if syllable.startswith(spelling):
            initial, code = spelling, sound
            break
    final = syllable[len(initial):]
    if initial in ("j", "q", "x", "y") and final.startswith("u"):
        final = "v" + final[1:]
    if initial == "y":
        code = "" if final.startswith("i") else "y"
    if initial == "w":
        code = "" if final.startswith("u") else "w"
    if final == "e" and initial in _NEUTRAL_E or final == "i" and initial in _APICAL_I \
            or final == "u" and initial in _NEUTRAL_U:
        return code + "@"
    vowels = _FINALS.get(final)
    if vowels is None:
        vowels = "".join(ch for ch in final if ch in "aeiou") or "@"
    return code + vowels


# English spelling rules, tried in order at each position (first match wins); "$" = end of word.
RULES: tuple[tuple[str, str], ...] = (
    (r"^kn", "n"), (r"^wr", "r"), (r"^ps", "s"), (r"^pn", "n"), (r"^x", "z"), (r"^y(?=[aeiou])", "y"),
    (r"^h", "h"), (r"^gh", "g"), (r"^mc", "ma"),
    (r"tch", "C"), (r"sch", "S"), (r"sh", "S"), (r"zh", "J"), (r"kh", "h"), (r"chr", "kr"),
    (r"ch(?=[^aeiouy]|$)", "k"), (r"ch", "C"), (r"cz", "C"), (r"sz", "S"), (r"ph", "f"),
    (r"th", "T"), (r"gh", ""), (r"ck", "k"), (r"cc(?=[eiy])", "ks"), (r"c(?=[eiy])", "s"), (r"c", "k"),
    (r"qu", "kw"), (r"q", "k"), (r"x", "ks"), (r"dg(?=[eiy])", "J"), (r"gg", "g"),
    (r"g(?=[eiy])", "G"), (r"j", "J"), (r"wh", "w"),
    (r"ng(?![aeiou])", "N"), (r"n(?=[kg])", "N"), (r"mb$", "m"), (r"mn$", "m"), (r"dt", "t"),
    (r"[td][sz](?![aeiouy])", "z"), (r"tz", "z"),
    (r"(?<=[aeiou])l+(?=[^aeiouy]|$)", "L"), (r"(?<=[aeiou])r(?![aeiouy])", "R"),
    (r"(?<=[aeiou])y(?=[aeiou])", "y"), (r"(?<=[aeiou])w(?![aeiouy])", "u"),
    (r"tion", "Sn"), (r"sion", "Sn"),
    (r"ee|ea|ie", "i"), (r"oo", "u"), (r"ou", "u"), (r"ai|ay|ei|ey", "ei"), (r"au|aw", "o"),
    (r"(?<=[^aeiou][^aeiou])e$", "@"), (r"(?<=[^aeiou])e$", ""), (r"y", "i"),
)
# The rules as one pattern, each its own group: at a position the regex tries the alternatives in the rules'
# order, so the first rule that matches wins, in one call instead of one per rule (every rule takes a letter
# at least, so no rule's empty match is skipped).
_RULE_PATTERN = re.compile("|".join(f"({pattern})" for pattern, _ in RULES))
_RULE_SOUNDS = tuple(sound for _, sound in RULES)
_KEEP = re.compile(r"[a-z]")


@lru_cache(maxsize=65536)
def english_sounds(name: str) -> str:
    """Sounds of an English (or English-spelt) name: "Merkel" → "meRkel", "Macron" → "makron".

    Words are read one by one, so no letter group spans two ("Paris Hilton" has no sh).
    """
    return "".join(_word_sounds(word) for word in name.split())


def _word_sounds(word: str) -> str:
    from qa.lang.pinyin import fold

    word = fold(word)
    out: list[str] = []
    i = 0
    while i < len(word):
        m = _RULE_PATTERN.match(word, i)
        if m:
            out.append(_RULE_SOUNDS[m.lastindex - 1])
            i = m.end()
        else:
            out.append(word[i])
            i += 1
    return _collapse("".join(out))


def _collapse(sounds: str) -> str:
    """Doubled consonants are one sound (Russell, Scott); vowels may repeat (Noah)."""
    return re.sub(r"([^aeiou@])\1+", r"\1", sounds)


# Substitution costs of sounds Chinese transliteration treats as near-equals (either order).
_PAIRS = {
    # voicing is kept (b for b, p for p) but not always; Spanish b/v; 华 hua for Wa/Va, 弗 fu for h-
    "pb": .4, "td": .4, "kg": .4, "fv": .2, "vw": .2, "fw": .4, "fh": .4, "hk": .5, "bv": .3, "hw": .3, "hv": .35,
    # sibilants and affricates: 斯 s, 兹 z, 什 sh, 奇 ch, 杰 j; 希 xi for Hi-; 基 ji for Ki-; Putin 普京
    "sz": .3, "sS": .3, "zS": .3, "SC": .3, "CJ": .2, "Jz": .4, "zC": .3, "Sh": .4, "sC": .4, "kC": .5,
    "Jk": .4, "Jg": .4, "tJ": .6, "tC": .5, "yJ": .4, "rJ": .4,
    # liquids: r is written with l; 尔 (R) stands for an r or l that closes a syllable, not one that opens it
    "lr": .05, "RL": .05, "lL": .2, "rL": .2, "lR": .6, "rR": .6, "yl": .6,
    # nasals slide: Pompeo 蓬佩奥, London 伦敦
    "mn": .35, "nN": .1, "mN": .35,
    # English-only classes: soft or hard g, th
    "Gg": .1, "GJ": .1, "Gk": .4, "CG": .3, "rG": .3, "Tt": .1, "Ts": .2, "Td": .3,
    # glides and their vowels
    "yi": .1, "wu": .15, "wo": .3,
}
_SUB = {a + b: c for ab, c in _PAIRS.items() for a, b in (ab, ab[::-1])}
_VOWEL_PAIRS = {"ae": .3, "ei": .25, "ou": .2, "ao": .3, "ai": .4, "eo": .35, "eu": .4, "au": .4, "io": .45,
                "iu": .4}
_SUB.update({a + b: c for ab, c in _VOWEL_PAIRS.items() for a, b in (ab, ab[::-1])})
# Cost of a sound only one side has. Chinese adds neutral vowels and nasal finals (蓬 peng for Pom) and
# drops an English r after a vowel (Carter 卡特); it keeps the English consonants, nasals included.
_ZH_GAP = {"@": .1, "h": .35, "y": .25, "w": .3, "N": .7, "n": .7}
_EN_GAP = {"@": .1, "R": .15, "L": .5, "h": .35, "y": .25, "w": .3, "T": .8}
_VOWEL_GAP = .5
_CONSONANT_GAP = 1.0
_UNRELATED = 1.6


def _sub(a: str, b: str) -> float:
    """Cost of writing English sound `b` with Chinese sound `a` (or the reverse)."""
    if a == b:
        return 0.0
    if a == "@" and b in VOWELS or b == "@" and a in VOWELS:
        return 0.1
    return _SUB.get(a + b, _UNRELATED)


def _gap(a: str, costs: dict[str, float]) -> float:
    """Cost of a sound the other side leaves out."""
    if a in costs:
        return costs[a]
    return _VOWEL_GAP if a in VOWELS else _CONSONANT_GAP


def similarity(zh: str, en: str) -> float:
    """1 − the weighted edit distance of a Chinese and an English sound string over the larger cost of either.

    Dividing by the larger side keeps a short English word from matching a long Chinese name (or the
    reverse) just because the few sounds it has are found there.
    """
    zh_gaps = [_gap(a, _ZH_GAP) for a in zh]
    en_gaps = [_gap(b, _EN_GAP) for b in en]
    prev = [0.0]
    for g in en_gaps:
        prev.append(prev[-1] + g)
    for a, ga in zip(zh, zh_gaps):
        row = [prev[0] + ga]
        for j, b in enumerate(en, 1):
            row.append(min(prev[j - 1] + _sub(a, b), prev[j] + ga, row[j - 1] + en_gaps[j - 1]))
        prev = row
    scale = max(sum(zh_gaps), sum(en_gaps))
    return max(0.0, 1.0 - prev[-1] / scale) if scale else 0.0
