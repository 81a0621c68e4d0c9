"""Non-pinyin romanisations of Chinese names: Wade–Giles and Hong Kong / Macau Cantonese.

English texts write many Chinese names in a system other than Hanyu Pinyin:
Taiwan uses Wade–Giles with the apostrophes dropped (蔡英文 Tsai Ing-wen,
高雄 Kaohsiung), Hong Kong uses the government's Cantonese romanisation
(曾荫权 Tsang Yam-kuen), and many names mix the two (蒋介石 Chiang Kai-shek:
Mandarin surname, Cantonese given name). The name checks must not call such a
rendering misspelt pinyin, so this module says whether an English span is a
regular spelling of the characters in one of these systems.

Accepted: Wade–Giles with or without apostrophes and diacritics, with the
usual Taiwan spellings (李 Lee, 英 Ing, 龙 Loong) and the Gwoyeu Romatzyh forms
Taiwan names mix in (马英九 Ma Ying-jeou) and Tongyong Pinyin (中坜 Jhongli), all
reported as "wade-giles" (the Taiwan systems: a message can say so); HK
spellings derived from Jyutping with their common variants (林 Lam / Lum);
a surname in one system and the given name in the other ("mixed"); and the
given name first (李开复 Kai-Fu Lee). Spellings of one letter are left out:
"I" and "A" are English words far more often than names.

Readings come from packaged data only: pypinyin through qa.lang.pinyin's
`accepted` readings (the phrase or CC-CEDICT reading inside a known word,
every heteronym otherwise, so 印度 is not "It U" through a rare reading of 印)
and ToJyutping (CanCLID's Cantonese readings, shipped
as a trie in the wheel, read through qa.lang.jyutping's cached copy). Pinyin → Wade–Giles and Jyutping → HK romanisation
are fixed published correspondences written here as initial/final rules.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from math import prod

from qa.lang.pinyin import COMPOUND_SURNAMES, fold, in_context_toned, match, readings, surname_length, syllables

# Most spellings a name may have in one system (or one mix of systems, or one
# order). Enough for three characters with a few readings and spelling variants
# each; when it bites, the least likely spellings of the most ambiguous
# character go first.
CAP = 64

WADE_GILES, CANTONESE, MIXED = "wade-giles", "cantonese", "mixed"

# ---- Wade–Giles (apostrophes and diacritics are folded away: ü → v or u) ----

_WG_INITIALS = {
    "b": "p", "p": "p", "m": "m", "f": "f", "d": "t", "t": "t", "n": "n", "l": "l",
    "g": "k", "k": "k", "h": "h", "j": "ch", "q": "ch", "x": "hs", "zh": "ch", "ch": "ch",
    "sh": "sh", "r": "j", "z": "ts", "c": "ts", "s": "s", "": "",
}
# Finals that WG spells differently from pinyin (the others are the same); "V" stands for ü.
_WG_FINALS = {
    "ie": ("ieh",), "ian": ("ien",), "ong": ("ung",), "iong": ("iung",), "er": ("erh",),
    "ve": ("Veh",), "v": ("V",), "van": ("Van",), "vn": ("Vn",), "ue": ("Veh",),
}
# Syllables starting with y or w, spelt whole.
_WG_WHOLE = {
    "yi": ("i", "yi"), "ye": ("yeh",), "yan": ("yen",), "yong": ("yung",), "you": ("yu",),
    "yu": ("yV",), "yuan": ("yVan",), "yue": ("yVeh",), "yun": ("yVn",), "yo": ("yo",),
    "e": ("o", "e"), "er": ("erh", "er"),
}
# Usual Taiwan spellings that are not strict Wade–Giles (李登辉 Lee Teng-hui).
_TAIWAN = {"li": ("lee",), "ying": ("ing",)}


def _wg_final(initial: str, final: str) -> tuple[str, ...]:
    """WG spellings of a pinyin final after `initial` (the special cases of the table)."""
    if final == "i" and initial in ("zh", "ch", "sh", "r"):
        return ("ih",)
    if final == "e" and initial in ("g", "k", "h"):
        return ("o",)
    if final == "uo":
        return ("uo",) if initial in ("g", "k", "h", "sh") else ("o", "uo")
    if final == "ui":
        return ("uei", "ui") if initial in ("g", "k") else ("ui", "uei")
    if initial in ("j", "q", "x") and final[:1] == "u":
        final = "v" + final[1:]
    return _WG_FINALS.get(final, (final,))


def _umlaut(spelling: str) -> tuple[str, ...]:
    """ü is written ü (folded v) or plain u: 徐 Hsü / Hsu."""
    return (spelling.replace("V", "v"), spelling.replace("V", "u")) if "V" in spelling else (spelling,)


@lru_cache(maxsize=1024)
def wade_giles(syllable: str) -> tuple[str, ...]:
    """Folded Wade–Giles spellings of one toneless pinyin syllable, the standard one first.

    "cai" → ("tsai",); "xu" → ("hsv", "hsu"); "zi" → ("tzu", "tsu", "tze", "tsz").
    """
    syllable = syllable.replace("u:", "v")
    if syllable in ("zi", "ci"):
        return ("tzu", "tsu", "tze", "tsz")
    if syllable == "si":
        return ("ssu", "szu", "sze")
    if syllable in _WG_WHOLE or syllable[:1] in ("y", "w"):
        spelt = _WG_WHOLE.get(syllable, (syllable,))
    else:
        initial = next((i for i in ("zh", "ch", "sh") if syllable.startswith(i)), syllable[:1])
        if initial not in _WG_INITIALS or initial in "aeo":
            initial = ""
        spelt = tuple(_WG_INITIALS[initial] + f for f in _wg_final(initial, syllable[len(initial):]))
    out = [s for spelling in spelt for s in _umlaut(spelling)]
    out += _TAIWAN.get(syllable, ())
    out += [s[:-3] + "oong" for s in out if s.endswith("ung") and s[-4:-3] not in "iy"]  # 宋 Soong, 龙 Loong
    if syllable[-1:] == "e" and len(syllable) > 1 and out[0][-1:] == "e":  # 德 Te / Teh
        out.append(out[0] + "h")
    return tuple(dict.fromkeys(out))


_TONGYONG_WHOLE = {"zhi": "jhih", "chi": "chih", "shi": "shih", "ri": "rih", "zi": "zih", "ci": "cih", "si": "sih",
                   "wen": "wun", "weng": "wong", "you": "you", "yu": "yu", "yue": "yue", "yuan": "yuan", "yun": "yun"}


@lru_cache(maxsize=1024)
def tongyong(syllable: str) -> str:
    """Taiwan's Tongyong Pinyin (2002–2008, still on many signs and names) of one pinyin syllable.

    "xin" → "sin", "zhong" → "jhong", "feng" → "fong", "qu" → "cyu": 新竹 Sinjhu, 中坜 Jhongli.
    """
    if syllable in _TONGYONG_WHOLE:
        return _TONGYONG_WHOLE[syllable]
    initial = next((i for i in ("zh", "ch", "sh") if syllable.startswith(i)), syllable[:1])
    final = syllable[len(initial):] if initial in _WG_INITIALS and initial not in "aeo" else syllable
    initial = syllable[: len(syllable) - len(final)]
    if initial in ("j", "q", "x") and final[:1] == "u":
        final = "v" + final[1:]
    final = {"v": "yu", "ve": "yue", "van": "yuan", "vn": "yun", "ui": "uei", "iu": "iou", "iong": "yong"}.get(final, final)
    if final == "eng" and initial in ("b", "p", "m", "f"):
        final = "ong"
    return {"zh": "jh", "q": "c", "x": "s"}.get(initial, initial) + final


# ---- Hong Kong government Cantonese romanisation, from Jyutping ----

_HK_INITIALS = {
    "b": ("p",), "p": ("p",), "m": ("m",), "f": ("f",), "d": ("t",), "t": ("t",), "n": ("n",),
    "l": ("l",), "g": ("k",), "k": ("k",), "ng": ("ng",), "h": ("h",), "gw": ("kw",),
    "kw": ("kw",), "w": ("w",), "z": ("ch", "ts"), "c": ("ch", "ts"), "s": ("s", "sh"),
    "j": ("y",), "": ("",),
}
# Finals whose HK spelling is not the Jyutping one, with the common alternatives
# (林 Lam/Lum, 振 Chun, 蔡 Choi/Choy, 仙 Sin/Sen as in Sun Yat-sen; Macau's 梁 Leong, 诚 Seng).
_HK_FINALS = {
    "aa": ("a", "ah"), "aai": ("ai",), "aau": ("au",), "aam": ("am",), "aan": ("an",),
    "aang": ("ang",), "aap": ("ap",), "aat": ("at",), "aak": ("ak",),
    "au": ("au", "ow"), "am": ("am", "um"), "an": ("an", "un"),
    "ei": ("ei", "ee", "i"), "eoi": ("ui",), "eon": ("un",), "eot": ("ut",),
    "oeng": ("eung", "eong"), "oek": ("euk", "eok"), "i": ("i", "ee"), "in": ("in", "en"), "ing": ("ing", "eng"), "ik": ("ik", "ek"),
    "o": ("o", "oh"), "oi": ("oi", "oy"), "ou": ("o", "ou"),
    "u": ("u", "oo"), "ui": ("ui", "ooi"), "un": ("un", "oon"),
    "yu": ("u", "ue"), "yun": ("uen", "un"), "yut": ("uet", "ut"),
}
# 子 Tsz / Chi, 思 Sze / Si: the sibilant + i syllables have their own spellings.
_HK_SIBILANT_I = {"z": ("chi", "tsz", "tze", "tsze", "chee"), "c": ("chi", "tsz", "tze", "tsze", "chee"),
                  "s": ("sze", "si", "shi", "see", "sz")}
_JYUTPING = re.compile(r"(gw|kw|ng|[bpmfdtnlgkhwzcsj]?)([a-z]+?)[1-6]?")


@lru_cache(maxsize=4096)
def hong_kong(jyutping: str) -> tuple[str, ...]:
    """HK government spellings of one Jyutping syllable, the usual one first.

    "zoeng1" → ("cheung", "tseung"); "ng4" → ("ng",); "jat6" → ("yat",).
    """
    jyutping = jyutping.rstrip("123456")
    if jyutping in ("m", "ng"):
        return (jyutping,)
    found = _JYUTPING.fullmatch(jyutping)
    if not found:
        return ()
    initial, final = found.groups()
    if final == "i" and initial in _HK_SIBILANT_I:
        return _HK_SIBILANT_I[initial]
    initials = _HK_INITIALS[initial]
    if initial == "j" and final[:1] in "aeo":  # Macau writes 一 Iat, 楊 Ieong
        initials += ("i",)
    return tuple(dict.fromkeys(i + f for i in initials for f in _HK_FINALS.get(final, (final,))))


# ---- readings of the characters ----

def _taiwan_options(chars: str) -> tuple[list[list[str]], list[list[str]]]:
    """Per character, the Wade–Giles spellings of its accepted pinyin readings (commonest first) and
    the Gwoyeu Romatzyh one, which Taiwan names mix in (马英九 Ma Ying-jeou); and apart, the Tongyong ones.

    A GR spelling that is also a pinyin syllable (锡 GR "shi") is left out: it would pass a
    misspelt pinyin (西安 "Shi'an") as a romanisation; so are GR's sh- spellings of pinyin x-.
    """
    from pypinyin import Style, pinyin

    valid = syllables()
    per_char = readings(chars)
    if len(per_char) != len(chars):
        return [], []
    toned = in_context_toned(chars) or pinyin(chars, style=Style.TONE)  # the in-context reading only: GR is rare
    wade, tong = [], []
    for i, reading in enumerate(per_char):
        rank = _usual_rank(chars[i])
        ordered = [s for s in sorted(reading.accepted, key=lambda s: rank.get(s, len(rank))) if s in valid]
        spelt = [w for s in ordered for w in wade_giles(s)]
        normal, gwoyeu = _in_context_styles(toned[i][0])
        if not normal.startswith("x"):  # GR's sh- for pinyin x- reads as misspelt pinyin
            spelt += [g for g in [fold(gwoyeu)] if g not in valid]
        wade.append(list(dict.fromkeys(spelt)))
        tong.append(list(dict.fromkeys(tongyong(s) for s in ordered)))
    return wade, tong


@lru_cache(maxsize=4096)
def _in_context_styles(toned: str) -> tuple[str, str]:
    """One toned syllable (pypinyin's in-context reading) in Style.NORMAL and Style.GWOYEU, as pypinyin's
    own pinyin() converts it: once per syllable, not two whole pinyin() calls per name (the GR rewrite
    alone runs some 25 regular expressions)."""
    from pypinyin import Style
    from pypinyin.style import convert

    return (convert(toned, Style.NORMAL, True, default=toned), convert(toned, Style.GWOYEU, True, default=toned))


@lru_cache(maxsize=8192)
def _usual_rank(char: str) -> dict[str, int]:
    """Folded pinyin reading of one character → its rank in pypinyin's heteronyms (commonest first); once
    per character, not per name holding it. Callers only read it."""
    from qa.lang.pinyin import char_heteronyms

    usual = [fold(s) for s in char_heteronyms(char)]
    return {s: k for k, s in enumerate(usual)}


def _jyutping_options(chars: str) -> list[list[str]]:
    """Per character, every toneless Jyutping reading ToJyutping knows, the likeliest in context first."""
    from qa.lang.jyutping import candidates  # ToJyutping's answer, from its trie copied into qa's cache

    in_context = candidates(chars)
    if len(in_context) != len(chars):
        return []
    # a few ligature characters read as two syllables (瓩 cin1 ngaa5): no name uses them
    return [list(dict.fromkeys(j.rstrip("123456") for j in found if " " not in j)) for _, found in in_context]


def _spell(options: list[list[str]], spell) -> list[list[str]]:
    """Per character, the folded spellings of its readings in one system (most likely first)."""
    return [list(dict.fromkeys(s for r in readings_ for s in spell(r))) for readings_ in options]


def _combine(per_char: list[list[str]], distinct: bool = False) -> list[str]:
    """Every concatenation of one spelling per character, at most CAP of them.

    When the product is too large, the least likely spellings of the character
    with the most are dropped first, so the likely combinations all survive.
    `distinct` keeps only combinations with a marked Tongyong syllable: Tongyong spells
    most syllables as pinyin does, and 习近平 "Si Jinping" is misspelt pinyin.
    """
    if not per_char or not all(per_char):
        return []
    lists = [list(options) for options in per_char]
    while prod(len(options) for options in lists) > CAP:
        max(lists, key=len).pop()
    return ["".join(parts) for parts in product(*lists) if not distinct or any(map(_marked, parts))]


@lru_cache(maxsize=1024)
def _marked(spelling: str) -> bool:
    """A Tongyong syllable no pinyin writer would produce by mistake: 中 jhong, 丰 fong, 秀 siou.

    Tongyong's s for x and c for q alone (小 siao, 桥 ciao) are not enough: they are the
    commonest misspellings of pinyin (邓小平 "Deng Siaoping").
    """
    valid = syllables()
    unswapped = "x" + spelling[1:] if spelling[:1] == "s" else "q" + spelling[1:] if spelling[:1] == "c" else spelling
    return spelling not in valid and unswapped not in valid


def _person_like(chars: str, cut: int) -> bool:
    """Only a person's name mixes systems or puts the given name first, so the name must start
    with a common surname, or be three characters starting with one CC-CEDICT knows (丘成桐, 辜振甫)."""
    from qa.lang import cedict
    from qa.lang.surnames import SURNAMES
    from qa.lang.traditional import to_simplified

    surname = to_simplified(chars[:cut])
    if surname in SURNAMES or surname in COMPOUND_SURNAMES:
        return True
    return len(chars) == 3 and any(d.startswith("surname ") for e in cedict.lookup(surname) for d in e.definitions)


@lru_cache(maxsize=4096)
def _table(chars: str) -> dict[str, str]:
    """Folded spelling → system, for the characters read as one name."""
    if not chars or len(chars) > 8:
        return {}
    wg, tong = _taiwan_options(chars)
    hk = _spell(_jyutping_options(chars), hong_kong)
    if len(hk) != len(chars):
        hk = []
    table: dict[str, str] = {}
    for system, per_char in ((WADE_GILES, wg), (CANTONESE, hk)):
        for spelling in _combine(per_char):
            table.setdefault(spelling, system)
    for spelling in _combine(tong, distinct=True):
        table.setdefault(spelling, WADE_GILES)
    cut = surname_length(chars)
    if len(chars) >= 2 and _person_like(chars, cut):  # a place keeps one system and its own order
        _add_person_forms(table, wg, hk, cut)
    return {spelling: system for spelling, system in table.items() if len(spelling) > 1}


def _add_person_forms(table: dict[str, str], wg: list[list[str]], hk: list[list[str]], cut: int) -> None:
    """The surname in one system and the given name in the other (Chiang Kai-shek), and the given name first."""
    if wg and hk:
        for first, rest in ((wg, hk), (hk, wg)):
            for spelling in _combine(first[:cut] + rest[cut:]):
                table.setdefault(spelling, MIXED)
    if len(wg or hk) <= 4:  # as Taiwan and Hong Kong people abroad write it: Kai-Fu Lee
        for system, per_char in ((WADE_GILES, wg), (CANTONESE, hk)):
            for spelling in _combine(per_char[cut:] + per_char[:cut]):
                table.setdefault(spelling, system)


@lru_cache(maxsize=4096)
def romanisations(chars: str) -> frozenset[str]:
    """Every folded Wade–Giles, Cantonese or mixed spelling of `chars` (蔡英文 → "tsaiingwen", …)."""
    return frozenset(_table(chars))


def system_of(chars: str, english: str) -> str | None:
    """"wade-giles", "cantonese" or "mixed" when `english` romanises `chars` that way, else None."""
    return _table(chars).get(fold(english))


def is_romanisation(chars: str, english: str) -> bool:
    """True when the English span ("Tsai Ing-wen", "Ho Hau-wah") is a regular non-pinyin spelling of `chars`."""
    return fold(english) in _table(chars)


@lru_cache(maxsize=65536)
def pinyin_shaped(chars: str, english: str) -> bool:
    """True when `english` also reads as pinyin of as many syllables as `chars` has (of any characters).

    Then a Wade–Giles reading cannot be told from misspelt pinyin: 张飞 "Chang Fei" is
    correct Wade–Giles and "Zhang Fei" with one initial changed. "Tsai Ing-wen" or
    "Lee Teng-hui" are not pinyin-shaped: they can only be a romanisation.
    """
    folded = fold(english)
    return bool(chars) and match(folded, [syllables()] * len(chars)) is not None

