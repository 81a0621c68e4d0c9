"""Foreign names written in Chinese characters, compared with English names by sound.

默克尔 is "Merkel", not a misspelling of the pinyin "Mokeer"; 马克龙 in the
source and "Merkel" in the target is a different person. Spelling cannot tell
these apart, sound can: both sides become a string of coarse sound classes
(pinyin through its initials and finals, English through a small set of
spelling rules) and are aligned with an edit distance whose costs know the
conventions of Chinese transliteration — English r is written with l, a
final -r or -l becomes 尔 (or is dropped: Carter 卡特), a consonant cluster or a final consonant gets a
syllable of its own with a neutral vowel (Kr → 克鲁, -s → 斯, -k → 克, -t → 特),
a nasal slides between -m, -n and -ng (Pompeo → 蓬佩奥), vowels are only
loosely kept. Phonetic keys such as Metaphone were not used for English: they
drop the vowels, which the Chinese side keeps and which tell many names apart.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from qa.lang.pinyin import char_syllables, fold, in_context_syllables, split_syllables
from qa.lang.surnames import (PLACE_SUFFIXES, SURNAMES, SURNAMES_BY_FREQUENCY, TRANSLITERATION_CHARS,
                               TRANSLITERATION_SYLLABLE_CHARS)
from qa.lang.transliteration_sounds import english_sounds, pinyin_sounds, similarity

# The lowest score at which at most 5 % of random other names of the same first letter pass, on the
# tuning half of CC-CEDICT's foreign names (python -m bench.transliteration --half tune).
SAME_NAME = 0.54

_SEPARATORS = re.compile(r"[·・•‧．.\s\-]+")
_HAN_ONLY = re.compile(r"[\u3400-\u9fff]+")
_PLACE_WORDS = sorted(set(PLACE_SUFFIXES) | set("岛湖河江山港湾海峡角城堡"), key=len, reverse=True)
_DEMONYMS = (("ian", "ia"), ("ean", "ea"), ("can", "ca"), ("ish", ""), ("ese", ""))
_MAX_READINGS = 16  # heteronym combinations tried per name


@lru_cache(maxsize=65536)
def looks_transliterated(chars: str) -> bool:
    """The characters read like a foreign name written in Chinese (默克尔, 马克龙), not a Chinese one (王小明).

    Every character must be one transliterations use; a name that opens with
    a Chinese surname and is no longer than a Chinese name also needs a
    character Chinese given names hardly use (莫斯科, 华盛顿), or a
    CC-CEDICT entry that gives it a non-pinyin name (马克龙 → Macron).
    """
    han = _without_suffix(_SEPARATORS.sub("", chars))
    if len(han) < 2 or not _HAN_ONLY.fullmatch(han):
        return False
    if any(ch not in TRANSLITERATION_SYLLABLE_CHARS for ch in han):
        from qa.lang.traditional import to_simplified

        han = to_simplified(han)  # 默克爾, 馬克龍: the character lists are simplified
    if any(ch not in TRANSLITERATION_SYLLABLE_CHARS for ch in han) or _common_word(han):
        return False
    if han[0] not in SURNAMES or len(han) > 3:
        return True
    return any(ch in TRANSLITERATION_CHARS for ch in han[1:]) or _cedict_foreign(han)


def _without_suffix(han: str) -> str:
    """莫斯科市 → 莫斯科, 亚马逊河 → 亚马逊: the generic word after a place name is not transliterated."""
    for suffix in _PLACE_WORDS:
        if han.endswith(suffix) and len(han) - len(suffix) >= 2:
            return han[: -len(suffix)]
    return han


@lru_cache(maxsize=4096)
def _common_word(han: str) -> bool:
    """CC-CEDICT knows `han` only as an ordinary word (以及, 可以, 英里), never as a name."""
    from qa.lang import cedict

    entries = cedict.lookup(han)
    return bool(entries) and not any(e.is_proper_noun for e in entries)


@lru_cache(maxsize=4096)
def _cedict_foreign(han: str) -> bool:
    """CC-CEDICT names `han` with an English name that is not its pinyin (马克龙 → Emmanuel Macron)."""
    from qa.lang import cedict

    for entry in cedict.lookup(han):
        if not entry.is_proper_noun or not entry.definitions:
            continue
        name = re.split(r"[(,;]", entry.definitions[0])[0]
        if re.fullmatch(r"[A-Z][A-Za-z' \-]+", name.strip()) and "".join(entry.syllables()) not in fold(name):
            return True
    return False


@lru_cache(maxsize=8192)
def _readings(han: str) -> tuple[tuple[str, ...], ...]:
    """Sound strings per syllable reading of `han`: the usual reading first, then heteronym combinations."""
    usual = [fold(s) for s in in_context_syllables(han)]
    options = [[u] + sorted(char_syllables(ch) - {u}) for u, ch in zip(usual, han)]
    combos = itertools.islice(itertools.product(*options), _MAX_READINGS)
    return tuple(tuple(pinyin_sounds(s) for s in combo) for combo in combos)


@lru_cache(maxsize=65536)
def phonetic_similarity(chars: str, english: str) -> float:
    """How alike the Chinese transliteration and the English name sound, in [0, 1].

    An English name of several words is also compared by its runs of words,
    since Chinese often gives only the surname (默克尔 ~ "Angela Merkel"); a
    name written in full (唐纳德·特朗普) is also compared part by part.
    Sound is all it knows: a misspelt pinyin name sounds alike too (上海 ~
    "Shanhai"), so callers ask looks_transliterated first.
    """
    parts = [p for p in _SEPARATORS.split(chars) if p]
    if not parts or not all(_HAN_ONLY.fullmatch(p) for p in parts):
        return 0.0
    words = [w for w in re.split(r"[\s\-]+", english) if fold(w)][:6]
    if not words:
        return 0.0
    best = _score("".join(parts), " ".join(words))
    if len(parts) == 1:
        names = {parts[0], _without_suffix(parts[0])}
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                best = max(best, *(_score(name, " ".join(words[i:j])) for name in names))
    elif len(parts) == len(words):
        sizes = [len(p) for p in parts]
        pairwise = sum(_score(p, w) * n for p, w, n in zip(parts, words, sizes)) / sum(sizes)
        best = max(best, pairwise)
    return best


@lru_cache(maxsize=65536)
def _score(han: str, word: str) -> float:
    """The best similarity over the readings of `han` with one English word (or several, read one by one)."""
    sounds = {english_sounds(w) for w in _base_forms(word)}
    return max(similarity("".join(reading), en) for reading in _readings(han) for en in sounds)


def _base_forms(word: str) -> list[str]:
    """The word and the name it is the adjective of: Syrian → Syria, Russian → Russia, Scottish → Scott."""
    out = [word]
    for suffix, base in _DEMONYMS:
        if word.lower().endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: len(word) - len(suffix)] + base)
    return out


def best_match(chars: str, candidates: list[str]) -> tuple[str, float] | None:
    """The candidate that sounds most like `chars` and its score; None when none reaches SAME_NAME."""
    scored = [(c, phonetic_similarity(chars, c)) for c in candidates]
    if not scored:
        return None
    name, score = max(scored, key=lambda pair: pair[1])
    return (name, score) if score >= SAME_NAME else None


_PIECE_SOUND = 0.7  # stricter than SAME_NAME: up to twenty cuts of the source are tried


def heard_cut(source: str, start: int, end: int, words: list[str]) -> bool:
    """A foreign name jieba cut in the wrong place (米德尔|顿 for Middleton, 霍莉到 for Holly, 南卡|罗莱纳州
    for Carolina): source[start:end] grown over the transliteration characters around it, or without a
    character at either end that no transliteration uses, sounds like one of the capitalised `words`."""
    letters, text = TRANSLITERATION_SYLLABLE_CHARS, source[start:end]
    left = [start - k for k in range(4) if start - k >= 0 and all(c in letters for c in source[start - k : start])]
    right = [end + k for k in range(4) if end + k <= len(source) and all(c in letters for c in source[end : end + k])]
    pieces = {source[a:b] for a in left for b in right}
    pieces |= {text[1:]} if text[0] not in letters else set()  # a word's character glued on
    pieces |= {text[:-1]} if text[-1] not in letters else set()  # 霍莉到(目前): "Holly"
    foreign = [w for w in words if split_syllables(w) is None]  # no pinyin: a foreign name, heard
    return any(len(piece) >= 2 and piece != text and any(
        phonetic_similarity(piece, w) >= _PIECE_SOUND
        for w in (words if looks_transliterated(piece) else foreign if all(c in letters for c in piece)
                  and not chinese_name(piece) else ()))
        for piece in pieces)  # 霍莉 opens with a surname, yet "Holly" is no pinyin: it is heard


_COMMON_SURNAMES = frozenset(SURNAMES_BY_FREQUENCY[:100])  # some 85% of the Chinese carry one


def chinese_name(piece: str) -> bool:
    """A common surname and a given name of one or two characters (胡丽 Hu Li): a Chinese name read in
    pinyin, not a foreign one heard in an English first name ("Holly"); 霍, a rarer surname, opens
    霍莉 Holly, as transliterations choose it for its sound."""
    return 2 <= len(piece) <= 3 and piece[0] in _COMMON_SURNAMES


_TRANSLITERATION_RUN = re.compile(f"[{''.join(sorted(TRANSLITERATION_SYLLABLE_CHARS))}]{{2,}}")


@lru_cache(maxsize=4096)
def transliteration_runs(source: str) -> tuple[str, ...]:
    """Runs of two to four characters of the source that read as a foreign name (弗雷克), longest
    first: only characters transliterations use are tried (the sound comparison is the costly part)."""
    found = set()
    for run in _TRANSLITERATION_RUN.findall(source):
        found.update(run[k : k + n] for n in range(2, 5) for k in range(len(run) - n + 1))
    return tuple(sorted((c for c in found if looks_transliterated(c)), key=lambda c: (-len(c), c)))


def sounded_in_source(word: str, source: str, threshold: float = _PIECE_SOUND) -> bool:
    """Some run of the source's transliteration characters sounds like the English word ("Aguero" in
    回传给阿奎罗): the word renders a foreign name of the source, whether or not jieba found it."""
    return any(phonetic_similarity(chars, word) >= threshold for chars in transliteration_runs(source))


_NAME_DOT = re.compile(r"([\u4e00-\u9fff]{0,4})[·・•‧]([\u4e00-\u9fff]{0,4})")


def dotted_name_written(word: str, others: tuple[str, ...], source: str) -> bool:
    """`word` and one of `others` are the two parts of a name the source writes with a name dot ("Brett" and
    "Kavanaugh" for 布雷特·卡瓦诺, "William" and "Moran" for 威廉・莫兰): the dot makes the parts sure names, and the
    neighbour part heard too keeps an ordinary word that merely sounds like one half ("Public" beside 帕特里克)
    out. The two to four characters on each side of the dot are tried (副部长威廉・: 威廉, 长威廉, …)."""
    for before, after in _NAME_DOT.findall(source):
        halves = ([before[-n:] for n in range(2, 5) if len(before) >= n], [after[:n] for n in range(2, 5) if len(after) >= n])
        for mine, theirs in (halves, halves[::-1]):
            if any(phonetic_similarity(p, word) >= SAME_NAME for p in mine) and any(
                    phonetic_similarity(p, other) >= SAME_NAME for p in theirs for other in others):
                return True
    return False
