"""The form of English sentences: spaces before punctuation, a missing final stop, a target that is only
punctuation, a sentence that starts in lower case.

Machine output and text that went through a tokeniser show these ("is n't",
"today .", "( GDP )"); a professional translation almost never does, so each
check is narrow: it reports what no house style writes, once per pair where
one fix covers every place.
"""

from __future__ import annotations

import re
from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.lang.zh import HAN
from qa.model import Pair

# ---------------------------------------------------------------- P508 space before punctuation

# A tokeniser's traces: a clitic split off its word ("is n't", "China 's"), a space before , . ; : ! ?
# that ends a word (not ".5", ".com", "..."), a space inside brackets ("( GDP )").
_SPLIT_CLITIC = re.compile(r"(?<=[A-Za-z]) (n['’]t|['’](?:s|re|ve|ll|d|m))\b")
_SPACE_BEFORE_STOP = re.compile(r"(?<=[A-Za-z0-9)\]”’%]) +([,.;:!?])(?=\s|$|[”’\"')\]])(?! ?\. )")
_SPACE_IN_BRACKETS = re.compile(r"[(\[] +(?=[A-Za-z0-9])[^()\[\]\n]{0,80}?(?<=[A-Za-z0-9.]) +[)\]]")


def _space_before(text: str) -> list[re.Match]:
    found = [m for pattern in (_SPLIT_CLITIC, _SPACE_BEFORE_STOP, _SPACE_IN_BRACKETS) for m in pattern.finditer(text)]
    return sorted(found, key=lambda m: m.start())


def _with_word_before(text: str, start: int, end: int) -> str:
    """text[start:end] with the word before it: "today .", "is n't", "ended. the"."""
    head = re.search(r"\S*\s*$", text[:start]).start()
    return text[head:end].strip()


@check(
    "P508",
    "space-before-punctuation",
    category="Fluency/Punctuation",
    severity="minor",
    example="target: The economy is n't growing as fast as it did last year .",
)
def space_before_punctuation(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A space before punctuation or inside brackets, as a tokeniser leaves it ("is n't", "today .", "( GDP )").

    Reported once per pair, at the first place, with how many there are: one
    fix (detokenising the text) covers them all. An ellipsis, a decimal (".5")
    and a web address (".com") are not punctuation after a space.
    """
    found = _space_before(pair.target)
    if not found:
        return
    first = found[0]
    more = f" ({len(found)} places)" if len(found) > 1 else ""
    fixed = re.sub(r"([(\[]) +| +([)\]])", lambda m: (m.group(1) or "") + (m.group(2) or ""), first.group()).lstrip()
    yield Problem(f"A space before punctuation, as a tokeniser leaves it{more}.",
                  target_span=first.group() if first.re is _SPACE_IN_BRACKETS else _with_word_before(pair.target, first.start(), first.end()),
                  suggestion=fixed if first.re is _SPACE_IN_BRACKETS else first.group().lstrip())


# ---------------------------------------------------------------- P509 final full stop missing

_SOURCE_SENTENCE_END = re.compile(r"[。！？][”’」』）)]*\s*$")
_ENDS_WITH_WORD = re.compile(r"[A-Za-z0-9%]$")
# A headline's outlet after a dash or bar: "… have their proper places - Xinhuanet", "… | Reuters".
_ATTRIBUTION = re.compile(r"\s[-–—|]\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s*$")
MIN_PROSE_WORDS = 6  # a heading, a title or a list item is shorter or not a sentence
_LIST_OR_HEADING = re.compile(r"^\s*(?:(?:[0-9]{1,2}|[IVXivx]{1,4})[.)、](?!\d)|[(（][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[-•*·])")


def _prose(text: str) -> bool:
    """A sentence of running text: enough words, most of them lower case (not a title in title case)."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    if len(words) < MIN_PROSE_WORDS:
        return False
    return sum(w[0].islower() for w in words) >= len(words) / 2


HEADLINE_WORDS = 15  # a news headline in sentence case is rarely longer


def _opening_headline(pair: Pair, ctx: PairContext) -> bool:
    """The document opens with this pair, a single short sentence, and the next pair is at least twice
    its length: a news headline in sentence case ("British PM May accuses critics of 'playing politics'
    over Brexit"), which English writes without a stop even where the Chinese ends it with 。."""
    written = [p for p in ctx.doc.pairs if p.source.strip() and p.target.strip()]
    if len(written) < 2 or written[0].id != pair.id or re.search(r"[.!?]\s", pair.target):
        return False
    words = len(re.findall(r"[A-Za-z][A-Za-z'’-]*", pair.target))
    following = len(re.findall(r"[A-Za-z][A-Za-z'’-]*", written[1].target))
    return words <= HEADLINE_WORDS and following >= 2 * words


# word classes (jieba) a noun phrase may end with after its last 的: nouns, adjectives, numerals, measure words,
# distinguishing words and words jieba does not know ("小白"); a verb or an aspect particle makes a predicate
_NOUN_PHRASE_TAIL = re.compile(r"^(?:n\w*|a|b|m|q|new|x)$")
_COPULAS = frozenset({"是", "有", "为", "成为", "就是", "乃是"})
# an English fragment is the caption's shape: a count, its noun and a relative clause ("A freshman in programming
# who would like to share …"); a finite verb before the relative, or after the relative clause's own first word
# ("A teacher who loves life is a real treasure"), makes it a sentence, which needs its stop; so does no relative
# at all ("A good teacher loves all of his students")
_FRAGMENT_OPENING = re.compile(r"^\W*(?:a|an|one)\s", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|which|that|whose)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|was|are|were|am|has|have|had|will|would|can|could|does|did|do|shall|should|may|might|"
                     r"must)\b", re.IGNORECASE)


def _english_fragment(target: str) -> bool:
    """The English is a noun phrase too: a/an/one, a noun, and a relative clause with no main verb around it."""
    relative = _RELATIVE.search(target)
    if not _FRAGMENT_OPENING.match(target) or relative is None or _FINITE.search(target, 0, relative.start()):
        return False
    return not _FINITE.search(" ".join(target[relative.end():].split()[1:]))


def _noun_phrase(source: str) -> bool:
    """The source is one noun phrase with a stop: a count (一个, 一位) and one 的-modifier before its head noun, no
    clause after ("一个想分享个人经历的编程小白。" "a programming newbie who wants to share his experience"): a
    caption or a self-description, which English writes as a fragment without a stop."""
    from qa.lang.segment import segment

    body = source.strip().rstrip("。！？”’」』）) ")
    words = [(w, flag) for w, flag in segment(body) if w.strip()]
    if len(words) < 3 or not words[0][0].startswith("一") or words[0][1] != "m" or re.search(r"[，,；;：:]", body):
        return False
    marks = [k for k, (w, _) in enumerate(words) if w == "的"]
    if len(marks) != 1 or any(w in _COPULAS for w, _ in words):
        return False  # 一个美丽的地方是我的家乡, 一个好的开始是成功的一半: a clause with its verb
    return marks[0] < len(words) - 1 and all(_NOUN_PHRASE_TAIL.match(flag) for _, flag in words[marks[0] + 1:])


@check(
    "P509",
    "final-full-stop-missing",
    category="Fluency/Punctuation",
    severity="minor",
    requires=("segmenter",),
    example="source: 今年经济增长百分之五。  target: The economy grew by five percent this year",
)
def final_full_stop_missing(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """The source sentence ends with 。 (or ！？) but its translation stops without a full stop.

    Only running prose is checked: the source ends a sentence, the target has
    six words or more, mostly lower case (a title-case heading is no
    sentence), and neither side is a list item or heading. A target that ends
    in any punctuation (a colon, a quote, a bracket) is left alone.
    """
    source, target = pair.source.strip(), pair.target.rstrip()
    if not _SOURCE_SENTENCE_END.search(source) or not _ENDS_WITH_WORD.search(target):
        return
    if _LIST_OR_HEADING.match(source) or _LIST_OR_HEADING.match(target) or not _prose(target):
        return
    if _ATTRIBUTION.search(target) or _opening_headline(pair, ctx) or (
            _english_fragment(target) and _noun_phrase(source)):
        return  # a headline with its outlet ("… - Xinhuanet"), the one the document opens with, or a caption
    last = re.search(r"\S+$", target).group()
    yield Problem("The sentence has no full stop at the end.", target_span=last, suggestion=f"{last}.")


# ---------------------------------------------------------------- P510 a target that is only punctuation

_WORDISH = re.compile(r"[A-Za-z0-9\u00c0-\u024f]")


@check(
    "P510",
    "punctuation-only-target",
    category="Accuracy/Omission",
    severity="major",
    example="source: 会议审议通过了政府工作报告。  target: .",
)
def punctuation_only_target(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """The translation of a whole source sentence is only punctuation (".", "…", "—"), or only the list number
    the source opens with ("2." for "2.买家急需产品……").

    The source has words (two Chinese characters or more, its own list number
    aside) and the target not one letter or digit, or none past a list
    number: the sentence was lost, and only its stop or its number was kept.
    """
    target = pair.target.strip()
    if not target or HAN.search(target):
        return
    numbered = _numbered_sentence(pair.source, target)
    if numbered:
        yield Problem(f"The translation is only the list number {target!r}: the sentence is not translated.",
                      source_span=numbered, target_span=target)
        return
    if _WORDISH.search(target) or len(HAN.findall(pair.source)) < 2:
        return
    yield Problem("The translation is only punctuation: the sentence is not translated.",
                  source_span=pair.source.strip(), target_span=target)


def _numbered_sentence(source: str, target: str) -> str:
    """The source's sentence after its list number, when the target is only a list number (nothing after it)
    and that sentence has two Chinese characters or more; else ""."""
    kept, opens = _LIST_OR_HEADING.match(target), _LIST_OR_HEADING.match(source)
    if kept is None or opens is None or _WORDISH.search(target[kept.end():]) or not _WORDISH.search(kept.group()):
        return ""
    sentence = source[opens.end():].strip()
    return sentence if len(HAN.findall(sentence)) >= 2 else ""


# ---------------------------------------------------------------- P511 lower-case sentence start

# A full stop, spaces, then a lower-case word: "… last year. the economy …". Not after ! or ?, and not after
# a closing quote: "'Hey!' screamed Trinket", "'Very well,' he said" are speech tags, and "dong! like" an interjection.
_LOWER_START = re.compile(r"(\.)\s+([a-z][a-z'’]*)(?![\w-])")
_ABBREVIATIONS = frozenset(
    """etc e.g i.e eg ie vs v cf al approx ca no nos p pp vol fig figs art sec ch mr mrs ms dr prof st jr sr
    inc ltd co corp dept est min max mt ft oz lb lbs km kg cm mm sq govt u.s a.m p.m""".split())
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")
_MIXED_CASE = re.compile(r"[a-z][A-Z]")  # iPhone, eBay: brands written with a lower-case first letter
MIN_WORDS_LOWER = 3


def _after_abbreviation(text: str, stop_at: int) -> bool:
    """The full stop at `stop_at` ends an abbreviation, an initial or a number, not a sentence."""
    if text[max(0, stop_at - 1) : stop_at + 2].count(".") > 1 or text[stop_at + 1 : stop_at + 2] == ".":
        return True  # an ellipsis: the sentence runs on
    before = _WORD_BEFORE.search(text[:stop_at])
    if before is None:
        return not text[:stop_at].rstrip()[-1:].isalpha()  # a number or a symbol: "No. 3. the"
    word = before.group(1).lower().rstrip(".")
    return word in _ABBREVIATIONS or len(word) == 1 or "." in word


def _lower_starts(text: str) -> list[tuple[int, str]]:
    """(offset, word) of each sentence start written in lower case, the text's own start included."""
    out: list[tuple[int, str]] = []
    head = re.match(r"[\s“‘\"']*([a-z][a-z'’]*)(?![\w-])", text)
    if head and not _MIXED_CASE.search(text[head.start(1) : head.start(1) + 12].split(" ")[0]):
        out.append((head.start(1), head.group(1)))
    for m in _LOWER_START.finditer(text):
        if m.group(1) == "." and _after_abbreviation(text, m.start(1)):
            continue
        word_end = text.find(" ", m.start(2))
        if _MIXED_CASE.search(text[m.start(2) : word_end if word_end > 0 else len(text)]):
            continue
        out.append((m.start(2), m.group(2)))
    return out


# A source line that ends a sentence: with a stop, or with a closing mark after one.
_SOURCE_STOP = re.compile(r"[。！？.!?…；;](?:\s*[”’」』）)\"'])*\s*$")  # "。 ”": WMT19 spaces its marks


_CONTINUING_WORD = re.compile(r"\s*(?:and|or|then|plus)\b")


def _lower_case_name(text: str, source: str) -> bool:
    """A name written in lower case: one the source writes in Latin letters (queenie for Queenie), a word
    the dictionary knows only as a name (paris), or the English name of a place the source names
    (shanghai for 上海)."""
    from qa.lang import gazetteer
    from qa.lang.hunspell_words import proper_noun

    latin = set(re.findall(r"[A-Z][a-z]+", source))  # 来看看Queenie吧: the source's own spelling
    for word in re.findall(r"\b[a-z]{3,}\b", text):
        name = word.capitalize()
        if name in latin or proper_noun(name) or any(headword in source for headword in gazetteer.named_by(name)):
            return True
    return False


def _chat_continuation(before: Pair, pair: Pair) -> bool:
    """Chat lines (neither source line ends with a stop) that the translator keeps informal: a line of three
    words or more with no stop and no capital at all (a listing: "authentic software free trial …") or such a
    line that answers a question ("When can it be delivered?" "not possible"), one that
    opens with "and" (然后叫重送 "and ask for a re-delivery"), or one after a line that itself starts in lower
    case. A chat line with a capital inside or a stop at its end, after a capitalised one, is written as a
    sentence and starts with a capital; so does one that puts a name in lower case."""
    if _SOURCE_STOP.search(before.source) or _SOURCE_STOP.search(pair.source):
        return False
    target = pair.target.strip()
    if _lower_case_name(target, pair.source):
        return False  # "translated by miao xiaoxia, shanghai …" (上海): a line put in lower case, names and all
    informal = (not re.search(r"[.!?…](?:\s*[”’\"')])*$", target) and not re.search(r"[A-Z]", target)
                and (len(re.findall(r"[A-Za-z]+", target)) >= MIN_WORDS_LOWER or before.target.rstrip().endswith("?")))
    return informal or bool(_CONTINUING_WORD.match(target)) or bool(re.match(r"[\s“‘\"']*[a-z]", before.target))


def _starts_a_sentence(pair: Pair, ctx: PairContext) -> bool:
    """The pair starts a sentence: the pair before ends one (its English with a stop; else its source with
    a stop, or it is a heading), and the source does not open with a continuation (a comma, a closing
    mark or a lower-case Latin word), and the English before does not run on (a comma), and the pair is no
    informal chat line (_chat_continuation)."""
    pairs = [p for p in ctx.doc.pairs if p.source.strip()]
    index = next((k for k, p in enumerate(pairs) if p.id == pair.id), 0)
    before = pairs[index - 1] if index else None
    if before is not None and re.search(r"[,;:—–]\s*$", before.target):
        return False  # "Hello," then "the ordered food was not delivered.": the English runs on
    if before is not None and _chat_continuation(before, pair):
        return False
    if before is not None and not re.search(r"[.!?…][”’\"')]*\s*$", before.target.strip()):
        if re.search(r"[，、,；;：:—–-]\s*$", before.source.strip()):
            return False  # the sentence runs on from the pair before
        if not re.search(r"[。！？.!?…”」』）)]\s*$", before.source.strip()) and not _heading(before.target):
            return False  # neither side of the pair before ends a sentence, and it is no heading
    return not re.match(r"\s*[，、,；;：:”」』）)a-z]", pair.source)


HEADING_MAX_WORDS = 30  # the sample page's title has 22


def _heading(text: str) -> bool:
    """A title or heading: a short line in title case ("The Ten Key Points of This Year's Work")."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    return 0 < len(words) <= HEADING_MAX_WORDS and sum(w[0].isupper() for w in words) > len(words) / 2


@check(
    "P511",
    "lower-case-sentence-start",
    category="Fluency/Spelling",
    severity="minor",
    example="target: The meeting ended. the delegates left for Beijing.",
)
def lower_case_sentence_start(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A sentence starts with a lower-case letter, or is written all in lower case.

    A sentence start is the start of a pair whose source starts a sentence,
    or a word after . ! ? and a space; a full stop after an abbreviation
    (etc., e.g., No.), an initial or a number, an ellipsis, and brand names
    written with a lower-case first letter (iPhone, eBay) are not. A pair
    whose target has three words or more and no capital at all is reported
    once as written in lower case.
    """
    text = pair.target
    if not text.strip() or not HAN.search(pair.source):
        return
    starts = _lower_starts(text)
    if starts and starts[0][0] <= len(text) - len(text.lstrip(" “‘\"'")) and not _starts_a_sentence(pair, ctx):
        starts = starts[1:]
    if not starts:
        return
    words = re.findall(r"[A-Za-z]+", text)
    if len(words) >= MIN_WORDS_LOWER and not re.search(r"[A-Z]", text):
        yield Problem("The sentence is written all in lower case.", target_span=" ".join(text.split()[:3]),
                      suggestion=text.strip()[:1].upper() + text.strip()[1:40])
        return
    for at, word in starts:
        yield Problem(f"The sentence starts with a lower-case “{word}”.",
                      target_span=_with_word_before(text, at, at + len(word)) if text[:at].strip() else word,
                      suggestion=word[:1].upper() + word[1:])
