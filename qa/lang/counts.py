"""Small counts of the source (两个鸡蛋, 三颗卫星, 四个轿夫) whose number the English lost while keeping the thing counted.

The number check (N202) leaves a count written in Chinese words up to ten
alone in prose: literary translation folds many of them into the wording
("the dice", "all but the big toes"). A lost count is told apart from a
folded one by two pieces of evidence together: the noun the measure word
counts is rendered in the English *as a plural* ("the eggs she'd eaten"),
and nothing in the English gives the number (a figure, a number word, or
"both", "pair", "couple" … for two). A count the source names anyway
(谭卫、何章鸿、赖斌三人), refers back with (这三个) or says as a figure of
speech is no finding, as in N202.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from qa.lang.en_words import DETERMINERS, stem
from qa.lang.numbers import NumberMention, find_numbers, loose_number_values

# Measure words that count things or people (not time, money or measures: 两年, 三元, 五米 are N202's figures)
_COUNTER = re.compile(r"(?:个|位|名|场|道|款|批|届|件|种|条|项|只|头|匹|颗|粒|张|本|把|双|对|家|所|座|辆|台|架|艘|支|枚|封|幅|间|根|"
                      r"块|片|门|首|篇|部|盏|棵|株|朵|口|员|大)")
MAX_COUNT = 10.0  # above ten, or in digits, N202 reports a count itself
NOUN_CHARS = 5  # how far after the measure word the counted noun is looked for
# English that gives a small number without a figure: "both eggs", "a pair of", "the couple", "twins", "trio"
_SAID_OTHERWISE = {
    2.0: r"both|pair\w*|couple\w*|twin\w*|twice|double\w*|dual|two-\w+|either|neither|each other|duo|opposite (?:ends|sides|directions|poles|extremes|banks|corners)",
    3.0: r"trio|triple\w*|thrice|three-\w+|triad|triangle",
    4.0: r"quartet|four-\w+|quadruple",
}
_IRREGULAR_PLURALS = frozenset("men women children people feet teeth geese mice oxen police cattle".split())
_DEMONSTRATIVE = re.compile(r"[这那此该][一-龥]?$")
_SIMILE = re.compile(r"(?:像|如|似|若)[一-龥]?$")  # 像两枚莲花瓣 "like lotus blossoms": a simile's count is imagery


@dataclass(frozen=True)
class LostCount:
    mention: NumberMention  # the count in the source (its text is the finding's span)
    noun: str  # the measure word and the counted noun as the source writes them (个鸡蛋)
    rendered: str  # the English word that renders the noun without the count


def lost_counts(source: str, target: str, exempt: Callable[[NumberMention], bool] = lambda m: False) -> list[LostCount]:
    """The small counts of things whose noun the English renders as a plural with no figure before it,
    when the English gives that number fewer times than the source (三个妇女 twice, "three women" once).
    `exempt` leaves out counts the caller knows are said otherwise (N202's listed counts)."""
    from qa.lang.en_words import english_tokens

    tokens = english_tokens(target)
    figures = [n for n in find_numbers(target, "en") if n.kind != "date"]
    source_numbers = find_numbers(source, "zh")
    out: list[LostCount] = []
    for m in source_numbers:
        if not _candidate(m, source) or exempt(m):
            continue
        # counts only: 三是 "third" and 第三 are ordinals, on either side
        said = sum(1 for x in source_numbers if x.value == m.value and x.kind == "cardinal")
        given = (sum(1 for n in figures if m.value in n.values and n.kind != "ordinal")
                 + _said_otherwise(m.value, target))
        if given + sum(1 for c in out if c.mention.value == m.value) >= said:  # one finding per count lost
            continue
        people = _people_counted(m, source)
        counter = _COUNTER.match(source, m.end) or _PERSON.match(source, m.end)
        after = "人" if people else source[counter.end() : counter.end() + NOUN_CHARS]
        found = _plural_rendering(after, target, tokens)
        if found:
            out.append(LostCount(m, source[m.end : counter.end()] + ("" if people else found[0]), found[1]))
    return out


def _candidate(m: NumberMention, source: str) -> bool:
    """A count of two to ten in Chinese words before a measure word of things, not after a demonstrative
    (这三个 refers back) nor in a simile (像两枚莲花瓣)."""
    return (m.kind == "cardinal" and not m.in_digits and not m.approximate and 2 <= m.value <= MAX_COUNT
            and bool(_COUNTER.match(source, m.end) or _people_counted(m, source))
            and not _DEMONSTRATIVE.search(source[max(0, m.start - 2) : m.start])
            and not _SIMILE.search(source[max(0, m.start - 3) : m.start]))


_PERSON = re.compile("人")  # the counted 人 of 她们两人, which no measure word precedes


def _people_counted(m: NumberMention, source: str) -> bool:
    """她们两人, 他们三人: a plural pronoun and its count, "the two girls" (a bare 两人 is a pronoun itself,
    "they", "both of them", and English drops its count routinely)."""
    return source[m.end : m.end + 1] == "人" and source[max(0, m.start - 1) : m.start] == "们"


def _said_otherwise(value: float, target: str) -> int:
    """How often the English gives the number in a word of its own ("both", "a pair", "trio")."""
    pattern = _SAID_OTHERWISE.get(value)
    return len(re.findall(rf"(?<![\w-])(?:{pattern})(?![\w])", target, re.I)) if pattern else 0


# Where the counted noun phrase ends: a particle, preposition or conjunction (两个月的动荡, 两名独立董事以及)
_NOUN_END = re.compile(r"[的之以及和与在了是都也将把被从对为而或等中里上后前内外]")


def _plural_rendering(after: str, target: str, tokens) -> tuple[str, str] | None:
    """(source noun, English word) when a plural English word renders a dictionary word of the noun
    phrase at the start of `after` (独立董事 "directors", 鸡蛋 "eggs", 月 "months"), with no figure, no
    coordination and no quantifier before it in its clause."""
    from qa.lang.list_items import item_senses
    from qa.lang.list_words import renders

    run = re.match(r"[\u4e00-\u9fff]+", after)
    if not run:
        return None
    text = _NOUN_END.split(run.group(), maxsplit=1)[0]
    if not text:
        return None
    senses = item_senses(text) if len(text) > 1 else _noun_senses(text)
    first = _first_word(text)  # 两只小猫咪陪伴玩耍: the noun is the phrase's first word, 小猫 "kitten"
    hits = [k for k, t in enumerate(tokens) if _plural(t.text) and renders(_singular(t.text), senses)]
    for char in dict.fromkeys((first[-1],) + ((text[-1],) if _word_and_head(text) else ()) if len(text) > 1 else ()):
        if hits:
            break
        # a compound's head is its last character: 苍蝇 "housefly" is a 蝇 "fly", rendered "flies"; of a word and
        # one character more that the dictionary does not hold, that character (着力点 "focus points")
        head = _noun_senses(char)
        hits = [k for k, t in enumerate(tokens) if _plural(t.text) and renders(_singular(t.text), head)]
    if not hits:
        return None
    kinds = [_counted_before(target, tokens, k) for k in hits]
    if "named" in kinds or "" not in kinds:
        return None
    word = tokens[hits[kinds.index("")]].text
    if 1 < len(first) < len(text) and renders(_singular(word), item_senses(first)):
        text = first  # the message names the noun, 小猫咪, not the phrase run on after it
    return text, word


# 人 counted is rendered by who the people are (两个人抬了一张炕桌 "two women came in bearing a table"): the
# English nouns for people in general, stemmed as renders() reads them
_PEOPLE = frozenset(stem(w) for w in ("man", "woman", "girl", "boy", "child", "kid", "guy", "folk", "person", "people",
                                       "fellow", "lady", "gentleman", "youth", "individual", "stranger"))


def _noun_senses(char: str) -> frozenset[str]:
    """A one-character noun's senses; 人's are every word for people."""
    return _char_senses(char) | (_PEOPLE if char == "人" else frozenset())


def _first_word(text: str) -> str:
    """The longest dictionary word that opens a noun phrase (小猫咪陪伴 → 小猫咪), or its first character."""
    from qa.align.cedict import MAX_WORD, index

    idx = index()
    return next((text[:j] for j in range(min(len(text), MAX_WORD), 1, -1) if text[:j] in idx), text[:1])


def _word_and_head(text: str) -> bool:
    """着力点: a dictionary word (着力) and one character after it, the phrase itself no dictionary word, and
    no verb to jieba, whole or in that character (孩子哭's 哭 "cry" is no head of 孩子; 隐患点's 点 is)."""
    from qa.align.cedict import index
    from qa.lang.segment import segment

    idx = index()
    if len(text) < 3 or text[:-1] not in idx or text in idx:
        return False
    words = segment(text)
    return (len(words) == 1 or words[-1][0] == text[-1]) and not words[-1][1].startswith("v")


CONTEXT_WORDS = 4
_CLAUSE_BREAK = re.compile(r"[.;:!?,()\"“”]")


def _before(target: str, tokens, k: int) -> list:
    """The few tokens before token k in its clause."""
    out = []
    for j in range(k - 1, max(-1, k - 1 - CONTEXT_WORDS), -1):
        if _CLAUSE_BREAK.search(target[tokens[j].end : tokens[j + 1].start]):
            break
        out.append(tokens[j])
    return out


def _counted_before(target: str, tokens, k: int) -> str:
    """What stands before the word in its clause: "figure" ("three women"), "named" ("IFCSS and MCDF
    are parallel organizations", "all but the big toes") or "" (nothing that counts)."""
    before = _before(target, tokens, k)
    if any(_is_figure(t.text) for t in before):
        return "figure"
    for j, t in enumerate(before):
        word = t.text.lower()
        if word in _QUANTIFIERS:
            return "named"
        # "A and B organizations" names the items; "…, and the dishes were", "and of the flies" join clauses
        # … "and sat for hours" joins a clause: a verb after the and names nothing
        if word in ("and", "or") and j and before[j - 1].text.lower() not in DETERMINERS | _PREPOSITIONS \
                and not _only_verb(before[j - 1].text) \
                and before[j - 1].text.lower() not in _OPENS_CLAUSE:
            return "named"
    return ""


def _only_verb(word: str) -> bool:
    """A word lemminflect's lexicon knows as a verb and as nothing else (sat, went, found)."""
    from qa.lang.lemmas import all_lemmas

    return set(all_lemmas(word.lower())) == {"VERB"}


_QUANTIFIERS = frozenset("all both each every".split())
# a subject pronoun or "there" right after "and" opens a clause ("and there are kittens", "and they had pigs"): the
# and joins clauses and names nothing the count could stand for ("IFCSS and MCDF are … organizations" does)
_OPENS_CLAUSE = frozenset("there i you he she it we they".split())
_PREPOSITIONS = frozenset("of in on at with for from to by into onto among".split())


def _is_figure(word: str) -> bool:
    return bool(find_numbers(word, "en")) and not re.fullmatch(r"(?i)one|first|second|third|\w+th|\d+(?:st|nd|rd|th)",
                                                                  word)


def _char_senses(char: str) -> frozenset[str]:
    """Stems of a single character's noun glosses (人 'person; people', 蛋 'egg')."""
    from qa.lang.cedict import english_glosses
    from qa.lang.en_words import stem

    glosses = (re.sub(r"\(.*?\)", "", g).strip() for g in english_glosses(char)[:4])
    return frozenset(stem(g) for g in glosses if re.fullmatch(r"[a-z]+", g) and len(g) >= 3)


_SINGULAR = {"men": "man", "women": "woman", "children": "child", "people": "people", "feet": "foot",
             "teeth": "tooth", "geese": "goose", "mice": "mouse"}


def _singular(word: str) -> str:
    w = word.lower()
    return _SINGULAR.get(w, w)


def _plural(word: str) -> bool:
    w = word.lower()
    return w in _IRREGULAR_PLURALS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))
