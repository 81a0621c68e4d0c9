"""One word in one sense written with a capital and without: "the Party" six times, once "the party".

A common word capitalised in the middle of a sentence is a house style for a
proper sense (the Party, the State, the Constitution); the same word in lower
case where the source has the same term is a slip. Sentence starts, words
inside a capitalised name ("Party Central Committee" is a name, not the word)
and title-case headings say nothing about the word's case and are left out.
The source decides the sense: the lower-case occurrence is reported only when
its pair's source holds the string every capitalised occurrence's source holds
(qa.terminology.source_anchor.source_anchor, single characters allowed: 党).
"""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple

from qa.lang.transliteration import phonetic_similarity, transliteration_runs
from qa.lang.en_dictionary import is_english_word
from qa.lang.hunspell_words import known, singular
from qa.lang.en_words import DETERMINERS, STOP_WORDS, english_tokens
from qa.model import Pair
from qa.terminology.case_ids import distinct_ids, restored
from qa.terminology.case_anchors import anchor_in_its_use, capital_anchor, house_capital_lowered, the_term_itself
from qa.terminology.source_anchor import ANCHOR_QUORUM, MIN_ANCHOR_SHARE, han_strings, source_anchor
from qa.terminology.case_scan import capital_then_lower, capital_word_before, lower_then_capital, names_before, pairs_writing
from qa.terminology.case_names import (
    Bigrams, CaseSlip, Context, WordPlaces, capitalised_anywhere, compound_slip, document_bigrams, latin_in_source, latin_name,
    nationality_adjectives, opens_sentence, plural_name, head_of_names_lowered, institution_name_lowered, proper_noun_lowered,
    title_written_elsewhere, word_places,
)
from qa.terminology.case_titles import titles_lowered
from qa.terminology.case_places import TITLE as _TITLE, occurrences as _occurrences
from qa.terminology.variants import title_like


HONORIFICS = frozenset("mr mrs ms miss dr sir dame lady lord".split())
# "my grandma", "every grandma"; not "that", which before a name is mostly the conjunction ("the fact
# that Misty was busy", "we all know that Meta doesn't")
_COMMON_BEFORE = (DETERMINERS - {"that"}) | frozenset("every each no some any".split())
# the article and the speaker's own possessive: "the Party" and "our Party" are one use of the word;
# "this party", "their party" are another party, someone else's (en_words.DETERMINERS is the full list)
_OURS = frozenset(("the", "our"))
# a name's Chinese string also stands where the English says "he" or "the minister": of the pairs
# holding it, a quarter holding the capitalised name is enough (a common word needs half)
NAME_ANCHOR_SHARE = 0.25


def _compatible(where: Context, by_context: dict[Context, set[str]], proper: bool) -> set[str]:
    """The pairs where the word is capitalised in a use comparable with `where`.

    A proper noun (the dictionary has it only with a capital: Daley, Syrian) is a name
    wherever it stands, so every capitalised use counts. A common word counts only in the
    same place: after the same word, or inside a name beside the same capitalised word
    ("European union" / "European Union and NATO"), or between two names' words as it is elsewhere
    ("Ministry of health of Cyprus" / "Department of Health of Malawi"); the source anchor then tells a generic
    use from the title ("socialism with Chinese characteristics" is no "Xi Jinping Thought on
    Socialism with Chinese Characteristics": 中国特色社会主义 is 中国特色社会主义思想 there)."""
    if proper:
        return set().union(*by_context.values())
    pairs = set(by_context.get(where, ()))
    if where[0] == "alone" and where[1] in _OURS:  # "our party" beside "the Party": one use, one sense
        pairs |= set().union(*(ids for (kind, before, _), ids in by_context.items()
                                      if kind == "alone" and before in _OURS))
    if where[0] == "name":
        inside = bool(where[1] and where[2])  # between two names' words: "Ministry of health of Cyprus"
        for (kind, before, after), ids in by_context.items():
            if kind == "name" and ((before and before == where[1]) or (after and after == where[2])
                                   or (inside and before and after)):
                pairs |= ids
    return pairs


def _named_here(by_context: dict[Context, set[str]], lowered: list[tuple[Pair, str, Context]]) -> bool:
    """A common word the document uses as a name (Rangers, Waters, Republicans): capitalised
    standing on its own, not inside a longer name (Chocolate Factory, Professor Liu), in three
    pairs or more after different words, and in lower case in one pair only, not counting its
    uses as a common noun after a determiner ("my grandma" beside "Grandma" the character)."""
    alone = {where: ids for where, ids in by_context.items() if where[0] == "alone"}
    capital_pairs = set().union(*alone.values()) if alone else set()
    return len(capital_pairs) >= 3 and len(alone) >= 2 and len({p.id for p, _, w in lowered if not _common_use(w)}) == 1


def _common_use(where: Context) -> bool:
    """After a determiner the word is the common noun ("my grandma"), not the name ("Grandma")."""
    return where[0] == "alone" and where[1] in _COMMON_BEFORE


def _fixed_name(where: Context, by_context: dict[Context, set[str]], pair: Pair) -> bool:
    """The same name written twice the same way around the word, after a name's word ("the United
    States" ×2, "the United states"; "the Judiciary Committee" ×2, once "committee"): any string
    the sources share is then enough, however common (美), and a longer term elsewhere (司法委员会
    / 司法委员) is the same body."""
    return where[0] == "name" and bool(where[1]) and len(by_context.get(where, set()) - {pair.id}) >= 2


def _same_name_word(where: Context, by_context: dict[Context, set[str]], pair: Pair) -> bool:
    """After the same name's word as two other pairs capitalise it ("the CPC Central committee" beside
    "the Party Central Committee" ×3): the name fixes the sense, so the anchor may sit inside a longer
    source word (中央 of 中共中央)."""
    return where[0] == "name" and bool(where[1]) and len(set().union(*(
        ids for (kind, before, _), ids in by_context.items() if kind == "name" and before == where[1])) - {pair.id}) >= 2


def _common_phrase(where: Context, lowered: list[tuple[Pair, str, Context]]) -> bool:
    """The document also writes the two words as a common phrase, all in lower case, in two pairs
    or more ("olive oil" beside the grade "Refined Olive Oil"): after a sentence's capital
    ("Olive oil is rich …") the lower-case word is that phrase, not a slip in the name."""
    return where[0] == "name" and len({p.id for p, _, w in lowered if w == ("alone", where[1], "")}) >= 2


def _parallel_heads(where: Context, by_context: dict[Context, set[str]], pair: Pair) -> bool:
    """The word lowered as a name's head in a pair that capitalises it as the head of two other
    names ("Phuket Airport, Hat Yai Airport and Chiang Mai airport"): one list, one style."""
    if where[0] != "name" or not where[1] or where[2]:
        return False
    heads = [ctx for ctx, ids in by_context.items()
             if ctx[0] == "name" and ctx[1] and not ctx[2] and ctx[1] != where[1] and pair.id in ids]
    return len(heads) >= 2


def _name_capitalised_elsewhere(pair: Pair, written: str, pairs: list[Pair], everything: str,
                                sources: dict[str, str]) -> tuple[str, ...]:
    """Pairs that write the name around the lowered word with the word capitalised ("Hockey Club
    League" beside "Hockey Club league", "Zhejiang University School of Medicine" beside "Zhejiang
    University school of Medicine"), unless the document writes the lower-case phrase as often (a
    plural: more often, "Ivy League universities" being the generic plural) or in two other pairs.
    Two capitalised words before it, or one and "of", make the name; one capitalised word alone
    ("European union", "Harbin institute of Technology") does when it stands inside the sentence
    and the source shares the term the pairs writing the name hold (欧盟: source_anchor)."""
    if not capital_word_before(pair.target, written):
        return ()  # no capitalised word before it: the one search most lowered words need
    for first, name, end in names_before(pair.target, written):  # no pattern compiled per word
        # the longest name first, then its tails: "NATO and the European union" is "European Union"
        for start in [first] + [first + c.start() for c in re.finditer(r"(?<= )[A-Z]", name)]:
            if named := _named_around(pair, written, pairs, everything, sources, start, end):
                return named
    return ()


def _named_around(pair: Pair, written: str, pairs: list[Pair], everything: str, sources: dict[str, str],
                  start: int, end: int) -> tuple[str, ...]:
    """_name_capitalised_elsewhere for the name words written from `start` to the lowered word ending at `end`."""
    capitalised = written[:1].upper() + written[1:]
    before = pair.target[start : end - len(written)]
    capitals = len(re.findall(r"\b[A-Z]", before))
    one_word = capitals < 2 and not before.endswith("of ")
    at_start = opens_sentence(pair.target, start)
    if one_word and before.split()[0].lower() in STOP_WORDS:
        return ()  # "The party", "In committee": a capital that says nothing about a name
    if at_start and capitals < 2 and not one_word:
        return ()  # "Ministry of health" at a sentence start: only "Ministry" is sure to be a name
    if before + written[:1].upper() + written[1:] not in everything:
        return ()  # the document's text, joined, is searched once before each pair is
    # the same place in the name: where the lowered word heads it ("Hong Kong stock market"),
    # the capitalised one must head it too, not stand inside a longer name ("Hong Kong Stock Exchange")
    inside = re.match(r"\s+(?:(?:of|and|for|the) )*[A-Z]", pair.target[end:]) is not None
    ends = r"(?=\s+(?:(?:of|and|for|the) )*[A-Z])" if inside else r"(?!\s+(?:(?:of|and|for|the) )*[A-Z])"
    name, lowered_name = before + capitalised, before + written
    holding = pairs_writing(pairs, name)
    named = tuple(p.id for p in holding if re.search(rf"{re.escape(name)}\b{ends}", p.target))
    lowered = {p.id for p in pairs_writing(pairs, lowered_name) if re.search(rf"{re.escape(lowered_name)}\b", p.target)}
    plural = singular(written) != written  # "Ivy League universities" is the generic plural
    if one_word:
        # the same short name elsewhere, not the tail of a longer one ("Traditional Chinese Medicine
        # Quality Research" says nothing of "traditional Chinese medicine"), and the same source term
        named = tuple(p.id for p in holding if _short_name_in(name, ends, p.target)
                      and not title_like(english_tokens(p.target)))  # a heading's capitals say nothing
        written_so = {p.id for p in holding if _short_name_in(name, "", p.target)} - {pair.id}
        if len(named) < 1 + at_start or not (written_so and source_anchor(written_so, pair.source, sources, share=NAME_ANCHOR_SHARE)):
            return ()  # "Chinese government" beside "Chinese Government Award": another body
    if named and len(lowered - {pair.id}) < 2 and (len(named) > len(lowered) or not plural and len(named) == len(lowered)):
        return named
    return ()


def _short_name_in(name: str, ends: str, text: str) -> bool:
    """`name` written in `text` with no capitalised word right before it (the whole name, not a tail)."""
    return any(not re.search(r"[A-Z][\w'’-]* $", text[: m.start()])
               for m in re.finditer(rf"{re.escape(name)}\b{ends}", text))


# how alike the Chinese and the lowered word must sound: 弗雷克 ~ flake 0.76, 斯特林 ~ sterling 0.91,
# but 佩奇 (Peppa) ~ pig 0.60 (the entity matcher's SAME_NAME, 0.54, is for a name beside a name)
_SOUNDS_LIKE = 0.7


def _name_by_its_source(word: str, pair: Pair, capitalised: set[str], sources: dict[str, str],
                        lowered: list[tuple[Pair, str, Context]]) -> tuple[tuple[str, ...], str] | None:
    """A word that is also a foreign surname or a team's name (Flake, Sterling, Sims) lowered where
    the source writes the name in Chinese characters that sound like it, as the sources of the pairs
    capitalising it (`capitalised`, sentence starts included) do: "But flake said" for 但弗雷克表示
    beside "Flake said" and "Jeff Flake". The sound decides it is the name, not the common word."""
    if pair.id in capitalised:
        return None  # "Rice said Asian rice prices had risen": the name and the common word side by side
    if len(capitalised) < 2 or len(capitalised) <= len({p.id for p, _, _ in lowered} - {pair.id}):
        return None
    for chars in transliteration_runs(pair.source):
        # the count first: the sound is the costly test
        if (2 * sum(chars in sources[o] for o in capitalised) >= len(capitalised)
                and phonetic_similarity(chars, word) >= _SOUNDS_LIKE):
            return tuple(sorted(capitalised)), chars
    return None


def _coordinated_head(pair: Pair, written: str) -> bool:
    """The word heads a name capitalised and, joined to it by "and", "or" or a comma, the next name
    lowered, or the other way round: "Yale University and Brown university", "the Democratic Party
    and the Republican party", "Yale university and Brown University". One list, one style."""
    head = written[:1].upper() + written[1:]
    joints = (",", " and", " or")
    # what each pattern needs, without compiling it (two per word): the capitalised head before a joint
    # and the lowered word after a space, or the other way round
    capital_first = " " + written in pair.target and any(head + joint in pair.target for joint in joints)
    lower_first = " " + head in pair.target and any(written + joint in pair.target for joint in joints)
    if not (capital_first or lower_first):
        return False
    if capital_first and capital_then_lower(pair.target, head, written):  # no pattern compiled per word
        return True
    if not lower_first:
        return False
    # the lowered one first: a name's word, not an adjective of a common noun ("an American
    # university and Peking University", "an English university, Oxford University")
    return any(not article and word not in nationality_adjectives()
               for article, word in lower_then_capital(pair.target, written, head))


def _shares_string(source: str, others: list[str]) -> bool:
    """Some Chinese string of `source` is in two of `others` too (美 of 美国 and 朝美)."""
    return any(sum(s in other for other in others) >= 2 for s in han_strings(source, 1))


def case_slips(pairs: Iterable[Pair]) -> list[CaseSlip]:
    """Lower-case occurrences of a word the document otherwise capitalises in the same use and sense
    (judged under an id per pair: case_ids)."""
    distinct, given = distinct_ids([p for p in pairs if not p.is_one_sided])
    return restored(_case_slips(distinct), given)


def _case_slips(pairs: list[Pair]) -> list[CaseSlip]:
    """case_slips of pairs with an id each."""
    sources = {p.id: p.source for p in pairs}
    upper, lower = _occurrences(pairs)
    anywhere = capitalised_anywhere(pairs)
    everything = "\n".join(p.target for p in pairs)
    bigrams = document_bigrams(pairs, upper.keys())  # compound_slip asks about these words only
    places = word_places(pairs, {p.id for p in pairs if title_like(english_tokens(p.target))})
    document = _Document(pairs, sources, everything, bigrams, places, anywhere)
    out: list[CaseSlip] = []
    asked: dict[tuple[str, Pair], str] = {}  # (word, pair) → anchor_of_the_capital, asked by two rules
    for word, by_context in upper.items():
        if not is_english_word(word) or word not in lower:
            continue  # a name in lower case that no dictionary knows is a spelling matter
        named_here = known(word) and _named_here(by_context, lower[word])
        proper = not known(word) or named_here
        lowered = [(p, t, w) for p, t, w in lower[word] if not (named_here and _common_use(w))]
        lowered_ids = {p.id for p, _, _ in lower[word]}  # once per word: read (never changed) by two rules
        lowered_at = _pairs_by_place(lowered)  # once per word, not per occurrence: read, never changed
        anywhere_else: dict[str, CaseSlip | None] = _per_pair()  # pair id → the rules that do not read the place
        for pair, text, where in _once(lowered):
            if where == _TITLE:
                if named := _name_capitalised_elsewhere(pair, text, pairs, everything, sources):
                    out.append(CaseSlip(pair, text, word.capitalize(), named, ""))
            elif where[1] in HONORIFICS or _parallel_heads(where, by_context, pair) or _coordinated_head(pair, text):
                capital_pairs = set().union(*by_context.values())
                out.append(CaseSlip(pair, text, word.capitalize(), tuple(sorted(capital_pairs)), ""))
            elif slip := _slip_in_its_use(word, pair, text, where, by_context, lower[word], lowered_at, proper, sources, asked):
                out.append(slip)
            else:
                if pair.id not in anywhere_else:  # the word at another place of this pair: the same answer
                    anywhere_else[pair.id] = _slip_anywhere(word, pair, by_context, lower[word], lowered, lowered_ids,
                                                            proper, document, asked)
                if slip := anywhere_else[pair.id]:
                    out.append(slip)
    out += titles_lowered(pairs, upper.keys(), lower, anywhere)  # words capitalised in title-case lines only
    return list({(slip.pair.id, slip.written): slip for slip in reversed(out)}.values())[::-1]  # one per word per pair


_per_pair = dict  # a word's answers per pair id (the tests swap in one that keeps nothing)


class _Document(NamedTuple):
    """What _case_slips reads once per document, for the rules that do not read a word's place."""

    pairs: list[Pair]
    sources: dict[str, str]
    everything: str  # the targets joined
    bigrams: Bigrams
    places: WordPlaces
    anywhere: dict[str, set[str]]  # word → pairs capitalising it, sentence starts included


def _slip_anywhere(word: str, pair: Pair, by_context: dict[Context, set[str]],
                   every_lowered: list[tuple[Pair, str, Context]], lowered: list[tuple[Pair, str, Context]],
                   lowered_ids: set[str], proper: bool, document: _Document,
                   asked: dict[tuple[str, Pair], str]) -> CaseSlip | None:
    """The rules that read the lowered word and its pair, not its place in the sentence: asked once per
    pair and word, however often the pair writes it (a fifth of a page's lowered words recur in their pair)."""
    pairs, sources, places = document.pairs, document.sources, document.places
    if slip := (plural_name(word, pair, word, by_context, every_lowered, sources)
                or latin_name(word, pair, word, document.anywhere[word])):
        return slip
    if slip := house_capital_lowered(word, pair, word, by_context, lowered_ids, sources, asked):
        return slip
    if slip := compound_slip(pair, word, sources, document.bigrams):
        return slip
    if named := _name_capitalised_elsewhere(pair, word, pairs, document.everything, sources):
        return CaseSlip(pair, word, word.capitalize(), named, "")
    if not proper and (named := _name_by_its_source(word, pair, document.anywhere[word], sources, lowered)):
        return CaseSlip(pair, word, word.capitalize(), *named)
    if not known(word) and (slip := proper_noun_lowered(pair, word, set().union(*by_context.values()), lowered_ids)):
        return slip
    return (title_written_elsewhere(pair, word, places) or head_of_names_lowered(pair, word, places)
            or institution_name_lowered(pair, word, places))


def _once(lowered: list[tuple[Pair, str, Context]]) -> Iterable[tuple[Pair, str, Context]]:
    """Each occurrence once: written twice alike in one pair, the same answer (a fifth of a page's words)."""
    return dict.fromkeys(lowered)


def _pairs_by_place(lowered: list[tuple[Pair, str, Context]]) -> dict[Context | None, set[str]]:
    """The pairs of a word's lowered occurrences by place, and under None at any place."""
    out: dict[Context | None, set[str]] = {None: set()}
    for pair, _, where in lowered:
        out.setdefault(where, set()).add(pair.id)
        out[None].add(pair.id)
    return out


def _slip_in_its_use(word: str, pair: Pair, text: str, where: Context, by_context: dict[Context, set[str]],
                     every_lowered: list[tuple[Pair, str, Context]], lowered_at: dict[Context | None, set[str]],
                     proper: bool, sources: dict[str, str], asked: dict[tuple[str, Pair], str]) -> CaseSlip | None:
    """Capitalised in more pairs of the same use than lowered (`lowered_at`: _pairs_by_place of the word's
    lowered occurrences), and the source says the same term (`asked`: the anchors of the capital found so
    far, case_anchors.capital_anchor)."""
    capital_pairs = _compatible(where, by_context, proper)
    written = lowered_at[None] if proper else lowered_at.get(where, set())
    if len(capital_pairs) < 2 or len(written) >= len(capital_pairs) or _common_phrase(where, every_lowered):
        return None
    others = capital_pairs - {pair.id}  # a pair may write it both ways: the others decide
    anchor = latin_in_source(word, pair.source) or (source_anchor(
        others, pair.source, sources, shortest=1 if not proper else 2, quorum=ANCHOR_QUORUM,
        judge_longest=True, share=NAME_ANCHOR_SHARE if proper else MIN_ANCHOR_SHARE) if len(others) >= 2 else "")
    on_its_own = not proper and where[0] == "alone" and not where[1].startswith("|")
    if not anchor and on_its_own and len(others) >= 3:
        anchor = anchor_in_its_use(pair, others | written, others, sources)
    if on_its_own and not (anchor and the_term_itself(anchor, pair.source)):
        # none, or a string the same-use pairs share by chance (国家 of "the Party and our country"):
        # the pairs capitalising the word anywhere may still name its term (党)
        anchor = capital_anchor(word, pair, by_context, sources, asked)
    if anchor and not the_term_itself(anchor, pair.source) and not _same_name_word(where, by_context, pair):
        return None  # "the party" counted with "the Party": the source must say that term, not 政党
    if anchor or (_fixed_name(where, by_context, pair)
                  and _shares_string(pair.source, [sources[o] for o in by_context[where] - {pair.id}])):
        return CaseSlip(pair, text, word.capitalize(), tuple(sorted(capital_pairs)), anchor)
    return None
