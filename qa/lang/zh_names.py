"""Names in Chinese text: people, places and organisations, with the forms worth romanizing.

jieba (POS tags nr/nrfg/ns/nt/nz) finds the names, helped by CC-CEDICT's
proper-noun headwords (jieba tags 怀化 as a verb), the glossary (its terms are cut out
whole before jieba segments the rest, so 陈一新 and 长安君 stay whole) and two repairs for what
jieba splits: a one-character surname tagged nr followed by one or two
characters (陈/nr 一新/d), and a name followed by an honorific or a place
suffix (长安/ns 君). A Chinese name jieba cut after two characters (杨士/nrg 坤/ns 宣布, 张光/nrg 军任) is read
whole, and one it ran into the verb after it (刘元吉说/nrg) without the verb: the name checks judge and report
the person's whole name, so a name the English cuts short ("Yang Shi") is a dropped part, not a match.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from qa.lang.pinyin import COMPOUND_SURNAMES
from qa.lang.segment import Forced, Tokens, dictionary_tag, segment
from qa.lang.surnames import BODY_AND_BELONGINGS, HONORIFICS, NOT_A_NAME_END, PLACE_SUFFIXES, SURNAMES, TITLES, TRANSLITERATION_CHARS
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


# A verb of speech jieba glues to a one-character given name (李/nr 明说/v, 柴春说/nrg) is read as one only
# where the clause goes on as speech: a comma, colon or quote, a pronoun, or the clause's end after it.
# 道 笑 想 问 叫 答 end given names too often to be cut (李宏道, 张一笑).
_SAID = frozenset("说称讲")
_SPEECH_FOLLOWS = frozenset("，,：:“\"「『‘他她我。！？；")


def _said_at(text: str, at: int) -> bool:
    """The character at `at` is a verb of speech that the text reads as one: 李明说， not 李宏道在."""
    return at < len(text) and text[at] in _SAID and (at + 1 == len(text) or text[at + 1] in _SPEECH_FOLLOWS)


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


_GLUED_TAGS = ("v", "p", "d", "c", "u", "r")  # a verb or function word jieba glues to a name's last character
_BOUNDARY_TAGS = ("v", "p", "d", "c")  # a word after a name that no name's character opens: 宣布, 表示, 正在


def _third_cut_off(word: str, tag: str, before: tuple[str, str], tokens: Tokens, i: int) -> bool:
    """The first character of tokens[i] is the third of a name jieba cut after two: left alone before a verb,
    a function word or a title (杨士|坤|宣布, 武卫|东|表示), or glued to a one-character verb other than one of
    speech in a word of jieba's guess (张光|军任; not 张栋|海说, which reads like 王军|坦称 "frankly said").

    Only where a person is named (after a title, an occupation such as 农艺师, or a clause's opening; not
    把牛鼻|绳, 在马栏|山), for a noun's or a name's character by its tag (坤, 东, 军; not 正 "just", 问 "asked"
    nor a verb's after a title: 主任王军|坦称 is "frankly said") that makes no word of the name (家, 市, 案) and is
    no body part or belonging the sentence goes on about (王军|脚受伤, 王军|眼含热泪), and never for an ordinary
    word (叶子 "leaf") or a transliteration (米德|索). A clause's end closes a name only
    after a title (市长武卫东，, not 又名金爪|蟹，)."""
    from qa.lang import cedict
    from qa.lang.transliteration import looks_transliterated

    if len(word) != 2 or word[0] not in SURNAMES or i >= len(tokens) or tag == "nrt" \
            or TRANSLITERATION_CHARS & set(word) or cedict.has_common_sense(word):
        return False
    titled = bool(before[0]) and any(before[0].endswith(t) for t in TITLES)  # 市长, 市委书记
    if before[0] and HAN_WORD.match(before[0]) and not titled and not (len(before[0]) >= 2 and before[1].startswith("n")):
        return False
    nxt, nxt_tag = tokens[i]
    third = nxt[:1]
    if not HAN_WORD.match(nxt) or third in NOT_A_NAME_END or third in HONORIFICS or third in PLACE_SUFFIXES \
            or third in _SPEECH_VERBS or third in BODY_AND_BELONGINGS or any(t.startswith(third) for t in TITLES) \
            or not dictionary_tag(third).startswith(("n", "g")) \
            or cedict.contains(word + third) \
            or dictionary_tag(word + third) not in ("", "nr") or looks_transliterated(word + third):
        return False
    if len(nxt) == 2 and nxt_tag == "new":  # 军任: a word only jieba's guess made
        # not before a verb of speech: 王军|坦称, 王军|怒称 ("frankly", "angrily said") read like 张栋|海说
        return dictionary_tag(nxt[1]).startswith(_GLUED_TAGS) and nxt[1] not in _SAID
    if len(nxt) != 1:
        return False
    after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if not after or not HAN_WORD.match(after):
        return titled  # 市长武卫东， but not 又名金爪蟹，
    return after in TITLES or (len(after) >= 2 and dictionary_tag(after).startswith(_BOUNDARY_TAGS))


def title_ends_at(text: str, at: int) -> bool:
    """A title of the text ends with the character at `at` (副市长 of 副市|长江|明), and no word of the
    dictionary ends with its first character (城市|长江: 市 is the city's, no 市长 stands there)."""
    from qa.lang import cedict

    return any(text[at - k : at + 1] in TITLES and not (at > k and cedict.contains(text[at - k - 1 : at - k + 1]))
               for k in (1, 2, 3) if at >= k)


def _given_across_title(text: str, start: int, word: str, tokens: Tokens, i: int) -> str:
    """The given name after a surname that jieba read with the title's last character (市|长江|明, 省|长江|涛):
    one character a name may use, or jieba's guessed name after it (明在/nrg is 明, 明远/nr is 明远)."""
    if len(word) != 2 or word[1] not in SURNAMES or i >= len(tokens) or not title_ends_at(text, start):
        return ""
    nxt, tag = tokens[i]
    if not HAN_WORD.match(nxt) or nxt in TITLES or nxt[0] in _SPEECH_VERBS:
        return ""
    if len(nxt) == 1:
        return nxt if tag[:1] in ("n", "a", "g", "j", "z") else ""  # not 湖北省长江段/q, 长江边/d
    if len(nxt) == 2 and tag in ("nr", "nrg", "nrfg"):
        return nxt[0] if dictionary_tag(nxt[1])[:1] in ("p", "c", "d", "u", "v") else nxt
    return ""


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
        across = _given_across_title(text, start, word, tokens, i)
        if across:  # 副市|长江|明表示: the title's 长, then the surname 江 and the given name 明
            name = word[1] + across
            names.append(NameMention(name, "person", start + 1, (name,), True, True, word[0]))
            pos += len(tokens[i][0])
            i += 1
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
            spoken = len(given) == 2 and len(tokens[i][0]) == 2 and _said_at(text, start + len(word) + 1)  # 李/nr 明说/v
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
        if tag == "nrg" and len(word) == 3 and _said_at(text, start + 2) and word[0] in SURNAMES:
            word = word[:2]  # 柴春说/nrg: jieba's guess took in the verb of speech after the name
        if kind == "person" and len(word) == 2 and (_third_before_title(tokens, i) or (listed and _third_in_list(tokens, i))
                                                    or (tag == "nrg" and _third_tagged_name(tokens, i))):
            word += tokens[i][0]  # 范明/nrg 正/d 总理, 陈凯/nrg 先/d 教授: the title ends the name, not the adverb
            pos += 1
            i += 1
        elif kind == "person" and _third_cut_off(word, tag, tokens[first - 1] if first else ("", ""), tokens, i):
            word += tokens[i][0][0]  # 杨士/nrg 坤/ns 宣布; 张光/nrg 军任/new, whose 任 stays a word of its own
            if len(tokens[i][0]) == 1:
                pos += 1
                i += 1
        elif kind == "person" and tag == "nrg" and len(word) == 4 and word[:2] not in COMPOUND_SURNAMES \
                and dictionary_tag(word[3]).startswith(_GLUED_TAGS):
            word = word[:3]  # 刘元吉说/nrg, 沈石溪品/nrg: jieba's guess took in the verb after the name
        nxt = tokens[i][0] if i < len(tokens) else ""
        forms = _forms(word, kind, nxt)
        before = tokens[first - 1][0] if first > 0 else ""
        titled = nxt in TITLES or before in TITLES
        names.append(NameMention(forms[0], kind, start, forms, guessed, titled, text[start - 1] if start else ""))
    return tuple(names)
