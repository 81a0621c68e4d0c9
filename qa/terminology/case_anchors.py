"""The source term a lowered word stands for (T105): the Chinese string that says "the party"
is the document's 党, written "the Party" everywhere else, and not 政党 or 聚会.

qa.terminology.capitals compares a word's cases by place; these helpers find the anchor when
the same place gives too few pairs, and test that the anchor is the term itself in the
lowered pair's source, not a piece of a longer word holding it.
"""

from __future__ import annotations

import math
import re

from qa.lang.segment import tokenize
from qa.model import Pair
from qa.terminology.case_names import CaseSlip, Context
from qa.terminology.source_anchor import ANCHOR_QUORUM, MIN_ANCHOR_SHARE, han_strings, longer_elsewhere

# characters of a sentence's grammar, not of a term: no anchor for a word's sense
_GRAMMAR_CHARS = re.compile("[的了是在和与及对为把被将也都就还又已从于以等所正曾再这那个一不有要我你他她它们之其]")
# pairs capitalising the word anywhere inside a sentence that the anchor of the house style needs
HOUSE_STYLE_PAIRS = 3


def anchor_in_its_use(pair: Pair, same_use: set[str], others: set[str], sources: dict[str, str]) -> str:
    """The term the word stands for where the document's main subject is it (党 in a Party report is
    in most sources, rendered "Party committees", "Party building" …): a string in the source of
    every other pair capitalising the word in this use, held by half the pairs writing the word in
    this use in either case, not by half the document, and of those the one the fewest other pairs
    hold (党, not the report's subject 政法). "the party" beside "the Party" ×6 for 党."""
    shared = set(han_strings(_GRAMMAR_CHARS.sub("|", pair.source), 1))
    for other in others:
        shared &= han_strings(sources[other], 1)
    usable = [s for s in shared if 2 * sum(s in sources[i] for i in same_use | {pair.id}) >= len(same_use | {pair.id})]
    if any(longer_elsewhere(s, others, sources, pair.source, True) for s in usable):
        return ""  # the others write a longer title (中国特色社会主义思想): the generic term's case is its own
    # the string most particular to this use: the largest part of the document's pairs holding it
    return max(usable, key=lambda s: (len(others) / sum(s in src for src in sources.values()), len(s), s), default="")


def capital_anchor(word: str, pair: Pair, by_context: dict[Context, set[str]], sources: dict[str, str],
                   asked: dict[tuple[str, Pair], str]) -> str:
    """anchor_of_the_capital for the pairs capitalising the word in any place, found once per word and pair
    (`asked`, one document's) however many of T105's rules ask for it. Keyed by the pair itself, not its
    id: two pairs may share one (a table's row p0006 and its sentence rows p0006.s1, joined as p0006)."""
    if (word, pair) not in asked:
        asked[word, pair] = anchor_of_the_capital(word, pair, set().union(*by_context.values()), sources)
    return asked[word, pair]


def anchor_of_the_capital(word: str, pair: Pair, capitalised: set[str], sources: dict[str, str]) -> str:
    """The term the document renders by the capitalised word wherever it writes it, when the same
    place gives too few pairs: "the party" in a report that writes "the Party" in two pairs but
    "Party members", "the entire Party", "Party Central Committee" in four more, all for 党.
    `capitalised`: the pairs writing the word with its capital inside a sentence, in any place.
    The anchor must be in two thirds of their sources, half the pairs holding it must capitalise
    the word (党 is rendered "Party" there, not "political" or "parties"), and the lowered pair's
    source must write it once per occurrence of the word in its English, either case ("the Party
    Central Committee … the party and our country" for 党中央 … 党和国家): the source has one
    more 党 for the lowered word, not only the ones its capitalised neighbours stand for."""
    others = capitalised - {pair.id}
    if len(others) < HOUSE_STYLE_PAIRS or common_noun_use(word, pair):
        return ""
    need = max(2, math.ceil(ANCHOR_QUORUM * len(others)))
    times = max(1, len(re.findall(rf"\b{re.escape(word)}\b", pair.target, re.I)))
    ranked = []
    for candidate in han_strings(_GRAMMAR_CHARS.sub("|", pair.source), 1):
        held = sum(candidate in sources[o] for o in others)
        if held < need or _own_uses(candidate, pair.source) < times:
            continue
        holders = sum(candidate in src for pid, src in sources.items() if pid != pair.id)
        if held >= MIN_ANCHOR_SHARE * holders:
            ranked.append((held, held / holders, len(candidate), candidate))
    if not ranked:
        return ""
    # the strings most of the capitalising pairs hold, and of those the ones most particular to them
    # (党 held by five of seven, not 中 by five of ten); of these the longest that is the whole term
    # here (奥密克戎, not 奥密克戎毒株, which the others go on as 奥密克戎毒株感染 and this one does not)
    top = max(ranked)[:2]
    for *_, candidate in sorted((r for r in ranked if r[:2] == top), reverse=True):
        if not longer_elsewhere(candidate, {o for o in others if candidate in sources[o]}, sources, pair.source, True):
            return candidate
    return ""


# before a word: a determiner counting or pointing at one of many ("a small party", "each party",
# "this party"), not the definite one the document's capital names ("the Party", "our Party")
_COUNTING = r"(?:a|an|this|that|these|those|each|every|any|another|either|neither|one|two|three|both|some|no)"
_NOT_BETWEEN = r"(?!(?:the|of|and|or|to|in|for|with|by|on|at|our|its|their|his|her|my|your)\b)"
# before the term in the source: a numeral, a measure word or 小 ("a small party" 小党, 两党, 这个党, 一党)
_COUNTED = re.compile("[一二两三四五六七八九十几多每各某个小]")


def common_noun_use(word: str, pair: Pair) -> bool:
    """Every lowered `word` of the pair heads a noun phrase opened by a counting or pointing
    determiner ("He joined a small party.", "This party won", "each party signed"): one of many,
    the common noun, not the document's one Party. The word must head it: "a party member" is
    the Party's member, so a noun after the word leaves it the term."""
    from qa.lang.lemmas import all_lemmas

    found = False
    opened = re.compile(rf"\b{_COUNTING}\s+(?:{_NOT_BETWEEN}[a-z][\w-]*\s+){{0,2}}{re.escape(word)}\Z", re.I)
    for m in re.finditer(rf"\b{re.escape(word)}\b", pair.target):
        head = opened.search(pair.target, 0, m.end())
        after = re.match(r"\s+([a-z]+)", pair.target[m.end():])
        if head is None or (after and set(all_lemmas(after.group(1))) == {"NOUN"}):
            return False
        found = True
    return found


def _own_uses(anchor: str, source: str) -> int:
    """How often the source says the term with no numeral, measure word or 小 before it (小党, 两党
    and 这个党 are parties counted, not the document's 党)."""
    return sum(1 for m in re.finditer(re.escape(anchor), source)
               if not (m.start() and _COUNTED.match(source, m.start() - 1)))


# what may stand before the term inside one jieba word and keep it the document's own: "our",
# "the whole", "this" (我党, 全党, 本党; 我国, 全国 and 本校 alike). Any term, though only 党 in the
# corpora is a one-character term jieba joins to them; other anchors (国家, 奥密克戎) open their word.
_OWN_PREFIXES = frozenset({"我", "我们", "全", "本"})
# words opening with a term yet naming others of its kind: jieba's one such word among the
# corpora's house-style terms is 党派 ("the parties", the ones besides the document's Party)
_OTHERS_WORDS = frozenset({"党派"})


def the_term_itself(anchor: str, source: str) -> bool:
    """`anchor` opens a word of the source, or follows only the document's own prefix inside one
    (党, 党中央, 党委, 我党, 全党; 海合会 cut 海/合/会), not inside another word that merely holds
    it (政党, 反对党, 共和党; 党派 opens with it but names the other parties). An anchor running
    past the end of the word it starts in, to where a later word ends, is held by no word: the
    segmenter joined its first character to the one before (30多年前台积电 cut 前台/积电 holds 台积电,
    the company); one ending inside a word is a chance string across two (中国/家庭 holds 国家)."""
    words = tokenize(source)
    for match in re.finditer(re.escape(anchor), source):
        word, start, end = next(w for w in words if w[1] <= match.start() < w[2])
        if word in _OTHERS_WORDS:
            continue
        if start == match.start() or word[: match.start() - start] in _OWN_PREFIXES:
            return True
        if match.end() > end and any(w[2] == match.end() for w in words):
            return True  # 前台/积电 holds 台积电; 中国/家庭 holds no 国家, nor 美国/家长
    return False


def house_capital_lowered(word: str, pair: Pair, text: str, by_context: dict[Context, set[str]],
                          lowered_pairs: set[str], sources: dict[str, str],
                          asked: dict[tuple[str, Pair], str] | None = None) -> CaseSlip | None:
    """A word the document capitalises inside sentences standing on its own (not inside a longer
    name) in three other pairs or more, and in lower case in this pair only, where the source holds
    the term those pairs render by it: "the omicron new variant" in a report writing "infected by
    Omicron", "transmission of Omicron", "Omicron cases"; "crazy leftists" beside "the Leftists" ×5.
    No one place need recur, but two words before it must differ: the capital is then the document's
    house style for that term, not the head of one name ("China Children’s Center" ×3, "the center of
    the epidemic")."""
    if lowered_pairs != {pair.id}:
        return None  # lowered in another pair too: a mixed style, not one slip
    places = {before: ids - {pair.id} for (kind, before, _), ids in by_context.items()
              if kind == "alone" and ids - {pair.id}}
    alone = set().union(set(), *places.values())
    if len(alone) < HOUSE_STYLE_PAIRS or len({before.lstrip("|") for before in places}) < 2:
        return None  # after one word only ("China Children’s Center" ×3): one name, no style for the word
    anchor = capital_anchor(word, pair, by_context, sources, {} if asked is None else asked)
    if not anchor or not the_term_itself(anchor, pair.source):
        return None
    return CaseSlip(pair, text, word.capitalize(), tuple(sorted(alone)), anchor)
