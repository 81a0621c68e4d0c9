"""Names in Chinese text: people, places and organisations, with the forms worth romanizing.

jieba (POS tags nr/nrfg/ns/nt/nz) finds the names, helped by CC-CEDICT's
proper-noun headwords (jieba tags 怀化 as a verb), the glossary (its terms are cut out
whole before jieba segments the rest, so 陈一新 and 长安君 stay whole) and two repairs for what
jieba splits: a one-character surname tagged nr followed by one or two
characters (陈/nr 一新/d), and a name followed by an honorific or a place
suffix (长安/ns 君).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from qa.lang.pinyin import COMPOUND_SURNAMES
from qa.lang.segment import Forced, Tokens, segment
from qa.lang.surnames import HONORIFICS, PLACE_SUFFIXES, SURNAMES, TITLES
from qa.lang.zh import HAN_WORD

NAME_TAGS = frozenset({"nr", "nrg", "nrfg", "nrt", "ns", "nt", "nz"})


@lru_cache(maxsize=65536)
def is_proper_headword(word: str) -> bool:
    from qa.lang import cedict

    return len(word) > 1 and any(e.is_proper_noun for e in cedict.lookup(word))


@dataclass(frozen=True)
class NameMention:
    """A name in the source. `forms` are the spellings worth romanizing (whole, then core)."""

    text: str
    kind: str  # person, place, org, other
    start: int
    forms: tuple[str, ...]
    guessed: bool = False  # a person found by the surname rule, not by the dictionary
    titled: bool = False  # a title stands next to the name: 习近平总书记, 秘书长陈一新
    before: str = ""  # the character before the name (蟹 in 蟹农金伟: the 农 belongs to 蟹农 "crab farmer")
    confirmed: bool = False  # the document's own English names it elsewhere (qa.terminology.entities.document_renderings)


# Verbs that follow a name so often that they end it: 李明说 is 李明 + 说 "said", not a name 李明说.
_SPEECH_VERBS = frozenset("说 称 问 笑 道 讲 想 叫 答".split())


def _given_after(tokens: Tokens, i: int) -> str:
    """One or two characters after a lone surname that could be a given name: whole tokens only."""
    given = ""
    while i < len(tokens) and len(given) < 2:
        word, tag = tokens[i]
        if not HAN_WORD.match(word) or word in TITLES or tag[:1] in ("p", "c", "u", "x", "m", "q", "r", "y", "e") \
                or len(given) + len(word) > 2 or (given and word in _SPEECH_VERBS):
            break
        given += word
        i += 1
    return given


# Marks that open and close an item of a list of names or a byline: 王春瑜、张大可、熊召政; （记者 张尚武 胡盼盼）
_LIST_OPENS = frozenset("、 \u3000（(：:")
_LIST_CLOSES = frozenset("、 \u3000）)等")


def _surname_before_name(word: str, tokens: Tokens, i: int, listed: bool) -> bool:
    """A surname jieba tagged otherwise, opening a list item, before a given name it tagged a person's
    (张/q 尚武/nr); or a compound surname tagged a place before one (欧阳/ns 瑜/nr)."""
    if i >= len(tokens) or tokens[i][1] not in ("nr", "nrg", "nrfg"):
        return False
    if word in COMPOUND_SURNAMES:
        return len(tokens[i][0]) <= 2
    return listed and len(word) == 1 and word in SURNAMES and len(tokens[i][0]) == 2


def _third_in_list(tokens: Tokens, i: int) -> bool:
    """One Han character between a two-character name and the end of a list item (张大/nr 可/v 、): the
    third character of the name."""
    if i >= len(tokens) or len(tokens[i][0]) != 1 or not HAN_WORD.match(tokens[i][0]) or tokens[i][0] in _SPEECH_VERBS:
        return False
    return (i + 1 == len(tokens) or tokens[i + 1][0] in _LIST_CLOSES) and tokens[i][1][:1] not in ("u", "p", "c")


def _third_tagged_name(tokens: Tokens, i: int) -> bool:
    """One character jieba tags a name's after a name it guessed (单扁/nrg 郎/nr): the name's third."""
    return i < len(tokens) and len(tokens[i][0]) == 1 and tokens[i][1] in ("nr", "nrg", "nrfg") \
        and HAN_WORD.match(tokens[i][0]) is not None


def _numeral_surname(word: str, tag: str) -> bool:
    return len(word) == 1 and word in SURNAMES and tag[:1] == "m"


def _title_after(tokens: Tokens, i: int, given: str) -> bool:
    """The tokens from i spell `given`, and a title follows them."""
    seen = ""
    while i < len(tokens) and len(seen) < len(given):
        seen += tokens[i][0]
        i += 1
    return seen == given and i < len(tokens) and tokens[i][0] in TITLES


def _third_before_title(tokens: Tokens, i: int) -> bool:
    """One Han character, then a title: the third character of a name jieba cut after two (范明正总理)."""
    return i + 1 < len(tokens) and len(tokens[i][0]) == 1 and HAN_WORD.match(tokens[i][0]) is not None \
        and tokens[i][0] not in TITLES and tokens[i + 1][0] in TITLES and tokens[i][1][:1] not in ("u", "p", "c")


def _kind(tag: str) -> str:
    return {"nr": "person", "nrg": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "org"}.get(tag, "other")


def _forms(word: str, kind: str, nxt: str) -> tuple[str, ...]:
    """The name whole (with an honorific or place suffix that follows), then its cores."""
    forms = [word]
    if nxt in HONORIFICS or nxt in PLACE_SUFFIXES:
        forms.insert(0, word + nxt)  # 长安/ns 君 → 长安君
    if kind == "person" and len(word) == 4 and word[:2] not in COMPOUND_SURNAMES:
        forms.append(word[:3])  # 孙小果案: a new word that swallowed the next character
    for suffix in PLACE_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            forms.append(word[: -len(suffix)])  # 扎赉特旗 → 扎赉特
            break
    return tuple(dict.fromkeys(forms))


def source_names(text: str, glossary_words: Forced = frozenset()) -> list[NameMention]:
    """Names in a Chinese text, in order, each with the forms to look for in the English.

    `glossary_words` are (term, POS tag) pairs from the glossary: kept whole and taken as names.
    Found once per distinct text (four name and entity checks ask for the same pair's names).
    """
    return list(_source_names(text, glossary_words))


@lru_cache(maxsize=4096)
def _source_names(text: str, glossary_words: Forced) -> tuple[NameMention, ...]:
    tokens = segment(text, glossary_words)
    glossary_terms = {word for word, _ in glossary_words}
    names: list[NameMention] = []
    pos = 0
    i = 0
    while i < len(tokens):
        first = i  # index of the name's first token: the title, if any, stands right before it
        word, tag = tokens[i]
        start = pos
        pos += len(word)
        i += 1
        if not HAN_WORD.match(word) or word in TITLES:
            continue
        lone_surname = len(word) == 1 and (tag == "nr" or (word in SURNAMES and tag[:1] in ("n", "j", "g", "v", "a", "z")))
        given = _given_after(tokens, i) if lone_surname or _numeral_surname(word, tag) else ""
        if given and not lone_surname and not _title_after(tokens, i, given):
            given = ""  # 余/m is "more than" (十余人) unless a title follows the name: 余占鳌司令
        listed = first == 0 or tokens[first - 1][0] in _LIST_OPENS
        if not given and _surname_before_name(word, tokens, i, listed):
            given = tokens[i][0]  # a byline's 张/q 尚武/nr, 欧阳/ns 瑜/nr
        guessed = bool(given) or tag == "nrg"
        if given:
            spoken = len(given) == 2 and given[1] in _SPEECH_VERBS and len(tokens[i][0]) == 2  # 李/nr 明说/v
            word, kind = word + (given[0] if spoken else given), "person"  # 陈/nr 一新/d, 罗/j 占/v 鳌/g
            while given:
                given = given[len(tokens[i][0]):]
                pos += len(tokens[i][0])
                i += 1
        elif tag in NAME_TAGS or word in glossary_terms or is_proper_headword(word):
            kind = _kind(tag) if tag in NAME_TAGS else "other"
        else:
            continue
        if len(word) < 2:
            continue
        if tag == "nrg" and len(word) == 3 and word[-1] in _SPEECH_VERBS and word[0] in SURNAMES:
            word = word[:2]  # 柴春说/nrg: jieba's guess took in the verb of speech after the name
        if kind == "person" and len(word) == 2 and (_third_before_title(tokens, i) or (listed and _third_in_list(tokens, i))
                                                    or (tag == "nrg" and _third_tagged_name(tokens, i))):
            word += tokens[i][0]  # 范明/nrg 正/d 总理, 陈凯/nrg 先/d 教授: the title ends the name, not the adverb
            pos += 1
            i += 1
        nxt = tokens[i][0] if i < len(tokens) else ""
        forms = _forms(word, kind, nxt)
        before = tokens[first - 1][0] if first > 0 else ""
        titled = nxt in TITLES or before in TITLES
        names.append(NameMention(forms[0], kind, start, forms, guessed, titled, text[start - 1] if start else ""))
    return tuple(names)
