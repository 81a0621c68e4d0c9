"""Punctuation and typography of the English target.

Each check here is precise rather than eager: a finding an editor would call
noise is a bug. Run-together sentences are found only where a lowercase word
is followed by a typical sentence opener and then a lowercase word ("… to
light We promoted …"), which title-case headings ("of This Year’s Work") and
names ("Xi Jinping") never produce.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.lang.en_dictionary import is_english_word
from qa.model import Pair
from qa.lang.zh import HAN, HAN_CLASS

_OPENERS = (
    "We|They|It|The|This|These|Those|There|Our|He|She|His|Her|Its|Their|In|At|On|As|By|For|From|With|"
    "After|Since|Through|During|Under|Meanwhile|However|Moreover|Furthermore|Also|But|When|While|If|"
    "Although|Such|Every|Each|All|Some|Many|Most|Only|Then|Thus|Therefore|Now|Last|Next|Later|"
    "Please|You|Your|My|What|Why|How|Where|Yes|Thanks|Let|Besides|Overall|Finally|Instead|Otherwise|"
    "Because|Despite|Unlike|According|Currently|Recently|Yesterday|Today|Tomorrow"
)
# the word after the opener: lower case, two letters or more, or the article "a" ("went blank When a hand")
_RUN_TOGETHER = re.compile(r"\b([a-z][a-z’'-]*[a-z]) ((?:" + _OPENERS + r")) (a|[a-z][a-z’'-]+)\b")
# Lowercase words after which a capitalised opener is part of a title or name ("of The Times").
_TITLE_LEAD = frozenset({"of", "the", "and", "to", "in", "on", "for", "a", "an", "at", "by", "with", "called", "titled", "entitled", "named", "magazine", "newspaper"})

# not after a hyphen: "low-power power line" is a compound and a noun, not a repeat
_REPEATED = re.compile(r"(?:(?<![-\u2010\u2011])\b([A-Za-z]+)|\b(\d+(?:[.,]\d+)*))\s+(\1|\2)\b(?![.,]\d)", re.IGNORECASE)
# After a hyphen a lower-case repeat is a compound and its noun ("low-power power line"), a capitalised
# one is a slip ("Great-Granddad Granddad"); groups as in _REPEATED.
_CAPITAL_AFTER_HYPHEN = re.compile(r"(?<=[A-Za-z][-\u2010\u2011])\b([A-Z][a-z]+)()\s+(\1)\b")
_DOUBLED_PAIR = re.compile(f"([{HAN_CLASS}])(?!\\1)([{HAN_CLASS}])\\1\\2")  # 波拉波拉 (Bora Bora); not 咕咕咕咕
_REPEAT_OK = frozenset({"that", "had", "her", "tock", "tick", "knock", "bye", "ha", "no", "very", "so", "far", "knock", "there", "long", "again", "more", "round", "by", "over",
                         "plus"})  # "Canada plus plus": the coinage that outdoes "Canada plus" (as C plus plus)
# Sounds and greetings written doubled, capitals and all ("Knock Knock", "Bye Bye"); the other allowed repeats
# ("gave her her book", "there, there") never open a sentence twice capitalised ("Her Her face" is a slip).
_SOUNDS = frozenset({"tock", "tick", "knock", "bye", "ha", "no"})
# "is is" and "on on" are English only in a context: "what it is is", "come on on Monday"
# "What it is is …", "Where a country is is …": a clause opening with a wh-word and ending in "is" as the subject
# of the next "is" (not "I don't know why this is is happening", "who is is responsible"), or "the thing is is"
_IS_IS_CONTEXT = re.compile(r"(?:(?:^|[.,;:!?\"“]\s*)(?:what|whatever|where|wherever|how|who|why)\b(?:\W+\w+){1,5}|"
                            r"\b(?:all|thing|problem|point|question|issue|truth|reason|fact|trouble)\b(?:\W+\w+){0,5})\W+$",
                            re.IGNORECASE)
_ON_ON_CONTEXT = re.compile(r"\b(?:come|came|carry|carried|keep|kept|hold|held|move|moved|log|logged|turn|turned|put|switch|switched|"
                            r"try|tried|go|goes|went|going|pass|passed|hang|hung|catch|caught|later)\W+$", re.IGNORECASE)
_DOUBLE_SPACE = re.compile(r"(?<=\S)( {2,})(?=\S)")
# Placeholders an anonymiser or a program fills in: #PRS_ORG#, #NUMBER#, {0}, {name}, %s, %1$d.
_PLACEHOLDER_BEFORE = re.compile(r"(?:#[A-Z][A-Z_]*#|\{[\w.]*\}|%(?:\d+\$)?[sd])[,.;:!?]?$")
_PLACEHOLDER_AFTER = re.compile(r"#[A-Z][A-Z_]*#|\{[\w.]*\}|%(?:\d+\$)?[sd]")


def _beside_placeholder(text: str, space: re.Match) -> bool:
    return bool(_PLACEHOLDER_BEFORE.search(text, max(0, space.start() - 20), space.start())
                or _PLACEHOLDER_AFTER.match(text, space.end()))
_FULLWIDTH = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "、": ",", "（": "(", "）": ")",
              "【": "[", "】": "]", "《": "“", "》": "”", "「": "“", "」": "”"}
_FULLWIDTH_RE = re.compile(r"[A-Za-z0-9’'\"”)]*[" + "".join(_FULLWIDTH) + r"]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BAD_NBSP = re.compile(r"^\u00a0|\u00a0$|[ \u00a0]\u00a0|\u00a0 ")


@check(
    "P501",
    "sentences-run-together",
    category="Fluency/Punctuation",
    severity="minor",
    requires=("segmenter", "dictionary", "lemmas"),  # only where the English has fewer sentences: a source name? "X I"?
    example="target: caused a batch of old unjust cases to be brought to light We promoted the intensification …",
)
def sentences_run_together(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """Two sentences run together without a full stop.

    A lowercase word followed by a capitalised sentence opener (We, They, The,
    In …) and then a lowercase word: "brought to light We promoted". Openers
    after "of", "the" and similar words are left alone because they begin
    titles ("the Journal of The …"). Where the English has fewer sentences
    than the Chinese, any capitalised common word may open the lost sentence
    ("feel better Heat dissipation: I"), unless the document writes it
    capitalised inside another sentence or a name of the source is spelt
    with it (a name, not an opener).
    """
    found = [m for m in _RUN_TOGETHER.finditer(pair.target) if m.group(1) not in _TITLE_LEAD]
    if _fewer_sentences_than_source(pair):
        found += [m for m in _CAPITAL_INSIDE.finditer(pair.target) if _common_word_opens(m, pair, ctx)]
        found += [m for m in _I_AFTER.finditer(pair.target) if _sentence_ends_before_i(m, pair.target)]
    for m in sorted(found, key=lambda m: m.start()):
        yield Problem(
            f"A sentence seems to end after “{m.group(1)}” without a full stop.",
            target_span=m.group(),
            suggestion=f"{m.group(1)}. {m.group(2)} {m.group(3)}",
        )


# Any capitalised common word may open the sentence a missing full stop runs on into ("feel better Heat
# dissipation: I", "One of a kind Tiny flaws are"); names and titles are told apart by the checks below.
_CAPITAL_INSIDE = re.compile(r"\b([a-z][a-z’'-]*[a-z]) ([A-Z][a-z]+) ([a-z][a-z’'-]+)\b")
_SOURCE_STOPS = re.compile(r"[。！？!?]+")
_TARGET_STOPS = re.compile(r"[.!?]+[\"”’)]*(?:\s|$)")
_MID_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")


def _fewer_sentences_than_source(pair: Pair) -> bool:
    """The English has fewer sentences than the Chinese: a full stop may be missing (the check's gate, since a
    capitalised word inside a sentence is mostly a name)."""
    source = len(_SOURCE_STOPS.findall(pair.source.strip().rstrip("。！？!?”」’\"）) "))) + 1
    target = len(_TARGET_STOPS.findall(pair.target.strip().rstrip(".!?”’\") "))) + 1
    return target < source


def _common_word_opens(m: re.Match, pair: Pair, ctx: PairContext) -> bool:
    """The capitalised word is a common word opening a sentence: the dictionary has it in lower case and not
    as a name, the document does not write it capitalised inside another sentence (Trinket, Grandma), and no
    name of the source is spelt with it (中国 China, 特朗普 Trump)."""
    from qa.lang.hunspell_words import known, proper_noun

    word = m.group(2)
    if m.group(1) in _TITLE_LEAD or _RUN_TOGETHER.match(m.group()) or not known(word.lower()) or proper_noun(word):
        return False
    mid = ctx.doc.memo("punctuation.mid-capitals", lambda: Counter(
        w.group() for p in ctx.doc.pairs for w in _MID_CAPITAL.finditer(p.target)))
    return mid[word] <= 1 and not _source_name_spells(word, pair.source)


# "looks beautiful and luxurious I used it", "if I say yes I don't think": "I" after a word that cannot lead into
# it inside a sentence (an adjective alone, or yes/no) opens a new one.
_I_AFTER = re.compile(r"\b([a-z]+) (I) ([a-z][a-z’']+)\b")
_ANSWERS = frozenset({"yes", "no", "okay", "ok", "thanks"})
# degree words make a relative clause ("the most comfortable I have been", "so happy I could cry"), and these
# adjectives take a clause ("glad I came", "sure I will")
_DEGREE_BEFORE = re.compile(r"\b(?:most|least|more|less|as|so|too|how|the|very)\s+$")
_CLAUSE_ADJECTIVES = frozenset({"glad", "sorry", "afraid", "sure", "happy", "aware", "certain", "confident", "proud",
                                "grateful", "thankful", "lucky", "worried", "surprised", "convinced", "relieved",
                                "amazed", "positive", "hopeful", "fortunate", "unsure", "unaware", "scared"})


def _sentence_ends_before_i(m: re.Match, text: str) -> bool:
    """The word before "I" ends a sentence: yes/no, or a word that is only an adjective (lemminflect's lexicon)
    and neither takes a clause nor follows a degree word."""
    from qa.lang.lemmas import all_lemmas

    word = m.group(1)
    if word in _ANSWERS:
        return True
    if word in _CLAUSE_ADJECTIVES or word.endswith("est") or _DEGREE_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
        return False
    return set(all_lemmas(word)) == {"ADJ"}


def _source_name_spells(word: str, source: str) -> bool:
    from qa.lang.segment import segment
    from qa.terminology.name_finder import cedict_exonyms

    return any(word in name.split() for w, _ in segment(source) if len(w) > 1 for name in cedict_exonyms(w))


@check(
    "P503",
    "repeated-word",
    category="Fluency/Grammar",
    severity="minor",
    requires=("segmenter", "romaniser", "dictionary"),  # only for a capitalised repeat: is it a name the source doubles?
    example="target: promote the the high-quality development",
)
def repeated_word(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """The same word twice in a row ("the the").

    Repeats that English allows ("had had", "that that", "very very") are not
    reported.
    """
    for m in list(_REPEATED.finditer(pair.target)) + list(_CAPITAL_AFTER_HYPHEN.finditer(pair.target)):
        word = m.group(1) or m.group(2)
        before = pair.target[: m.start()]
        slip = word[:1].isupper() and m.group(3)[:1].isupper() and word.lower() not in _SOUNDS  # "Her Her face"
        if (word.lower() in _REPEAT_OK and not slip) or (word.lower() == "is" and _IS_IS_CONTEXT.search(before)) \
                or (word.lower() == "on" and _ON_ON_CONTEXT.search(before)):
            continue
        if re.search(rf"(?<![A-Za-z]){re.escape(m.group())}(?![A-Za-z])", pair.source, re.IGNORECASE):
            continue  # the source writes the repeat itself in Latin letters: Roa Roa 酒店, Bora Bora
        if word.islower() and len(word) > 2 and not is_english_word(word):
            continue  # "ylang ylang": a loan word said twice; a slip doubles a word English has
        triple = bool(re.match(rf"\s+{re.escape(word)}\b", pair.target[m.end():])) and m.group(3) == word
        if word[:1].isupper() and _reduplicated_in_source(word, pair.source):
            if not triple:
                continue  # 珍珍 → "Zhen Zhen"; but "Zhen Zhen Zhen" says it once too often
        elif triple:
            continue  # three or more times, written alike, on purpose: a slogan ("Build Build Build")
        yield Problem(f"The word “{word}” is repeated.", target_span=m.group(), suggestion=word)


def _reduplicated_in_source(word: str, source: str) -> bool:
    """A capitalised repeat the source asks for: 珍珍 → "Zhen Zhen", 韩寒 → "Han Han" (two characters, one
    reading), 波拉波拉 → "Bora Bora", 邵逸夫 → "Run Run Shaw" (CC-CEDICT's English name); not "Paris Paris"."""
    from qa.lang.pinyin import char_syllables, fold
    from qa.lang.segment import segment
    from qa.terminology.name_finder import cedict_exonyms

    syllable = fold(word)
    if any(syllable[:1] in {s[:1] for s in char_syllables(m.group(1))} for m in _DOUBLED_PAIR.finditer(source)):
        return True  # 波拉波拉 for "Bora Bora"; not 不错不错 ("not bad, not bad") for "Hong Hong"
    reads = [syllable in char_syllables(ch) if HAN.match(ch) else False for ch in source]
    if any(a and b for a, b in zip(reads, reads[1:])):
        return True
    doubled = f"{word} {word}".lower()
    return any(doubled in name.lower() for w, _ in segment(source) if len(w) > 1 for name in cedict_exonyms(w))


@check(
    "P504",
    "double-space",
    category="Fluency/Typography",
    severity="neutral",
    example="target: the Party’s  absolute leadership",
)
def double_space(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """Two or more spaces between words.

    Reported once per pair, at the first place, since one fix (collapse
    spaces) covers them all. Spaces beside a placeholder (#PRS_ORG#, {0},
    %s) are left alone: the text filled in there decides the spacing.
    """
    m = next((m for m in _DOUBLE_SPACE.finditer(pair.target) if not _beside_placeholder(pair.target, m)), None)
    if m:
        a, b = max(0, m.start() - 12), min(len(pair.target), m.end() + 12)
        yield Problem("Double space in the target.", target_span=pair.target[a:b], suggestion="Use a single space.")


@check(
    "P505",
    "fullwidth-punctuation-in-target",
    category="Fluency/Punctuation",
    severity="minor",
    example="target: political judgment，political comprehension",
)
def fullwidth_punctuation_in_target(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """Chinese full-width punctuation (，。：；！？、（）) in the English.

    Full-width marks next to Chinese characters belong to a gloss and are
    left alone; anywhere else they should be their ASCII counterparts.
    """
    text = pair.target
    for m in _FULLWIDTH_RE.finditer(text):
        at = m.end() - 1
        before = text[at - 1] if at > 0 else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        if HAN.match(before) or HAN.match(after):
            continue
        mark = text[at]
        yield Problem(
            f"Full-width {mark} in the English.",
            target_span=m.group(),
            suggestion=m.group()[:-1] + _FULLWIDTH[mark],
        )


@check(
    "P506",
    "invisible-or-stray-space-characters",
    category="Fluency/Typography",
    severity="neutral",
    example="target: the Party\u200b Central Committee",
)
def invisible_characters(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """Zero-width or control characters, or a stray non-breaking space, in the target.

    Zero-width spaces, soft hyphens and control characters break search and
    spell checking. A non-breaking space is reported only where it cannot be
    deliberate: doubled with another space, or at the start or end of the
    segment (a non-breaking space after a dash or between sentences is a
    normal web typesetting habit). Reported once per pair.
    """
    text = pair.target
    m = _INVISIBLE.search(text) or _BAD_NBSP.search(text)
    if m:
        name = f"U+{ord(m.group()[0]):04X}" if m.group()[0] != " " else "U+00A0"
        a, b = max(0, m.start() - 10), min(len(text), m.end() + 10)
        yield Problem(f"Invisible character {name} in the target.", target_span=text[a:b], suggestion="Remove it or use a plain space.")
