"""T105's titles written in title-case lines only (a list of book titles): a word lowered inside one title
where other pairs write the same title with it capitalised. The comparison by place
(qa.terminology.capitals) never sees these words, capitalised inside no sentence; moved out of
qa.terminology.case_names whole.
"""

from __future__ import annotations

import re
from typing import Iterable

from qa.lang.en_dictionary import is_english_word
from qa.model import Pair
from qa.terminology.case_names import CaseSlip, Context


_SMALL_IN_TITLE = r"(?:(?:of|and|the|a|an|in|on|for|to|with) )*"
_TITLE_WORD = r"[A-Z][\w'’-]*"


def title_run_elsewhere(pair: Pair, written: str, pairs: list[Pair]) -> CaseSlip | None:
    """A word lowered between two capitalised words of one title, a small word among them ("Chinese
    dumplings and Tangyuan" in a list of book titles), where two other pairs write the same words
    with the word capitalised ("Chinese Dumplings and Tangyuan", title-case lines included: a list
    of titles is one) and no other pair writes them lowered: one title written two ways."""
    if not _between_title_words(pair.target, written):
        return None  # the one test most words need, with no pattern compiled for the word
    if "《" not in pair.source and not _list_of_titles(pair.target):
        return None  # running text repeating a headline ("Premier Li Keqiang meets with Putin"), a food
    capital = written[:1].upper() + written[1:]
    pattern = (rf"(?<![\w'’-])({_TITLE_WORD} {_SMALL_IN_TITLE}){re.escape(written)}"
               rf"( {_SMALL_IN_TITLE}{_TITLE_WORD})(?![\w'’-])")
    for m in re.finditer(pattern, pair.target):
        if len(m.group().split()) < 4:
            continue  # "Xi meets Trump" beside two headlines "Xi Meets Trump": a headline's verb, no title
        lowered, titled = m.group(), m.group(1) + capital + m.group(2)
        named = tuple(p.id for p in pairs if p.id != pair.id and _whole(titled, p.target))
        if len(named) >= 2 and not any(p.id != pair.id and _whole(lowered, p.target) for p in pairs):
            return CaseSlip(pair, written, capital, named, "")
    return None


_TITLE_WORD_AFTER = re.compile(rf" {_SMALL_IN_TITLE}{_TITLE_WORD}")


def _between_title_words(text: str, written: str) -> bool:
    """Some place of `written` has a space before it and small words and a capitalised word after it, as
    each match of title_run_elsewhere's pattern has: the test it makes before compiling a pattern for the word."""
    start = text.find(written)
    while start != -1:
        if text[start - 1 : start] == " " and _TITLE_WORD_AFTER.match(text, start + len(written)):
            return True
        start = text.find(written, start + 1)
    return False


def _list_of_titles(target: str) -> bool:
    """Three items or more between commas, most of them opening with a capital or a digit: a list
    of titles (a shop's list of children's books), not a sentence naming one thing."""
    items = [item.strip() for item in re.split(r"[,;，、]", target) if item.strip()]
    return len(items) >= 3 and 3 * sum(item[:1].isupper() or item[:1].isdigit() for item in items) >= 2 * len(items)


def titles_lowered(pairs: list[Pair], capitalised_in_sentences: Iterable[str],
                   lower: dict[str, list[tuple[Pair, str, Context]]], anywhere: dict[str, set[str]]) -> list[CaseSlip]:
    """Lowered words of a title the document capitalises only in title-case lines (a list of book
    titles), which the comparison by place never sees (the word is capitalised inside no sentence):
    title_run_elsewhere for each."""
    skip = set(capitalised_in_sentences)
    out = []
    for word, lowered in lower.items():
        if word in skip or len(anywhere.get(word, ())) < 2 or not is_english_word(word):
            continue
        out += [slip for pair, text, _ in lowered if (slip := title_run_elsewhere(pair, text, pairs))]
    return out


def _whole(phrase: str, text: str) -> bool:
    """`phrase` written in `text` as whole words."""
    return phrase in text and re.search(rf"(?<![\w'’-]){re.escape(phrase)}(?![\w'’-])", text) is not None
