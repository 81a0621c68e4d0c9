"""The written form of English numbers: a quantity of five digits or more has thousands separators (P515).

English prose writes 100,000, not 100000: MQM raters mark the bare form as a
punctuation error even where the Chinese writes 100000 (Chinese leaves digit
groups unmarked). Only quantities are judged: a figure followed by what it
counts ("40000 years", "10000 yuan") or after a currency sign or a word that
introduces an amount ("more than 80000"). Identifiers are not quantities and
keep their digits: phone numbers, ISBNs, codes, hotlines, postcodes, model and
account numbers, anything after No./#/ID or before "hotline"/"line"/"route"
("the 12345 government service hotline"), and figures glued to letters, dots,
slashes or hyphens (A12345, 1999.05, GB/T 12345-2008, +86 10 12345). A run of
ten digits or more counts only with a noun after it ("1400000000 people").
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.model import Pair

MAX_DIGITS_QUANTITY = 9  # longer runs are identifiers (phone numbers have 11 digits, ISBNs 13) ...
MAX_DIGITS_COUNTED = 13  # ... unless a noun after them shows a count ("1400000000 people")
# five digits or more standing alone: not a decimal's or code's part, no leading zero, not glued to a letter
_BARE = re.compile(rf"(?<![\w.,/#:+\-−])([1-9]\d{{4,{MAX_DIGITS_COUNTED - 1}}})(?![\w]|[.,:/\-−]\d)")
# what a figure counts: a noun (lemminflect) or a currency or unit word after it
_CURRENCY_AFTER = re.compile(r"\s?(?:yuan|RMB|USD|dollars?|euros?|pounds?|yen|won|rupees?|rubles?|roubles?|"
                             r"HKD|km|kg|m2|sq|square|tons?|tonnes?)\b", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"(?:[$¥€£￥]|\b(?:RMB|USD|HKD|HK\$|US\$|EUR|GBP|CNY)\s?)$")
# words that introduce an amount ("more than 80000", "a total of 190000", "from 8000 to 10000")
_AMOUNT_BEFORE = re.compile(r"\b(?:than|over|about|around|nearly|almost|approximately|roughly|some|up to|at least|"
                            r"total of|reached|reaching|exceeded|exceeding|exceeds|within|under|below|above|beyond|"
                            r"worth|by|to|from|of|and)\s+$", re.IGNORECASE)
# words that make the figure a name or an identifier, within the few words before it
_IDENTIFIER_WORD = (
    r"\b(?:no|nos|number|numbers|num|code|codes|hotline|hot-line|tel|telephone|phone|mobile|call|dial|fax|id|isbn|"
    r"issn|zip|postcode|postal|account|flight|train|bus|route|line|room|model|version|item|order|ticket|case|serial|"
    r"patent|article|page|pages|file|ref|reference|station|platform|extension|ext|qq|wechat|card|licen[cs]e|"
    r"plate|password|pin|batch|lot|sample|specimen|unit|gate|exit|channel|frequency)\b\W*")
_IDENTIFIER_BEFORE = re.compile(_IDENTIFIER_WORD + r"(?:\w+\W+){0,3}$", re.IGNORECASE)
_IDENTIFIER_RIGHT_BEFORE = re.compile(_IDENTIFIER_WORD + "$", re.IGNORECASE)
# words after the figure that make it a name: "the 12345 government service hotline", "the 10086 line"
_IDENTIFIER_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,3}?(?:hotlines?|helplines?|hot-lines?|short\s?codes?)\b"
                               r"|\s+(?:lines?|routes?|flights?|numbers?|codes?|series|model|bus|service\s+number)\b",
                               re.IGNORECASE)


def _grouped(digits: str) -> str:
    return f"{int(digits):,}"


def _counts_something(text: str, m: re.Match) -> bool:
    """The word after the figure is a noun it counts ("40000 years", "10000 nanoseconds"), a currency or unit,
    or a plus sign ("100000+")."""
    from qa.lang.lemmas import all_lemmas

    after = text[m.end():]
    if _CURRENCY_AFTER.match(after) or after.startswith("+"):
        return True  # "10000 yuan", or an amount and more: "100000+ reads" (10万+)
    word = re.match(r"\s([a-z][a-z]+)\b", after)
    if not word:
        return False
    lemmas = all_lemmas(word.group(1))
    return "NOUN" in lemmas and "ADV" not in lemmas  # "12345 today", "12345 now": when, not what is counted


def _plural_noun_after(text: str, m: re.Match) -> bool:
    """One of the two words after the figure is a plural noun: "80000 line workers", "20000 flights", "80000 calls
    to its hotline" count something, though "line", "flight" or "hotline" after a figure may make it a name."""
    from qa.lang.lemmas import all_lemmas

    words = re.findall(r"[A-Za-z][a-z]+", text[m.end():m.end() + 40])[:2]
    return any(w not in all_lemmas(w).get("NOUN", (w,)) for w in words)


def bare_quantities(text: str, source: str) -> list[re.Match]:
    """Figures of five digits or more in `text` written without separators that are quantities, not identifiers.

    Where the source writes the same digits, only a figure with what it counts after it (or a currency sign
    before) is taken: a bare figure the source copies may be a code or a table's value."""
    found = []
    source = unicodedata.normalize("NFKC", source)  # full-width digits (１０６９０) are the same figure
    for m in _BARE.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        counted = _counts_something(text, m)
        if _IDENTIFIER_RIGHT_BEFORE.search(before) or (_IDENTIFIER_BEFORE.search(before) and not counted):
            continue  # "hotline on 12345"; but "the hotline received 80000 calls" counts calls
        if _IDENTIFIER_AFTER.match(text, m.end()) and not _plural_noun_after(text, m):
            continue  # "the 12345 government service hotline", "the 10086 line"
        if len(m.group(1)) > MAX_DIGITS_QUANTITY and not counted:
            continue
        strong = bool(_CURRENCY_BEFORE.search(before)) or counted
        same_in_source = re.search(rf"(?<!\d){m.group(1)}(?!\d)", source) is not None
        if strong or (not same_in_source and _AMOUNT_BEFORE.search(before)):
            found.append(m)
    return found


@check(
    "P515",
    "thousands-separator-missing",
    category="Fluency/Punctuation",
    severity="minor",
    requires=("lemmas",),
    example="target: Some of the ice is more than 100000 years old.",
)
def thousands_separator_missing(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A quantity of five digits or more written without thousands separators ("100000 years" for "100,000 years").

    Reported once per pair, at the first figure, with how many there are.
    Identifiers (phone numbers, ISBNs, codes, hotlines, account and model
    numbers, figures after No. or # or before "hotline") and figures glued to
    letters, dots, slashes or hyphens are left alone; so is a bare figure the
    source writes the same way (full-width digits too) unless a noun or
    currency after it shows it is an amount.
    """
    found = bare_quantities(pair.target, pair.source)
    if not found:
        return
    first = found[0]
    more = f" ({len(found)} figures)" if len(found) > 1 else ""
    yield Problem(f"A number of five digits or more without thousands separators{more}.",
                  target_span=first.group(1), suggestion=_grouped(first.group(1)))
