"""Where each word of a document's targets stands, for T105: a capitalised word's places and its lowered occurrences.

A capital is compared only with the same use of the word (qa.terminology.capitals):
on its own after the same word ("the Internet" / "the internet"), or inside a
name beside the same capitalised words ("Ministry of Commerce" / "ministry of
Commerce"). This module reads those places once per document; capitals.py
judges them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from qa.lang.en_words import CONNECTORS, STOP_WORDS, Token, english_tokens
from qa.model import Pair
from qa.terminology.case_names import Context, opens_sentence
from qa.terminology.variants import title_like

TITLE: Context = ("title", "", "")  # in a title-case line: no place in a sentence to compare


def _neighbour(tokens: tuple[Token, ...], k: int, step: int, text: str) -> Token | None:
    """The next word before (step -1) or after (+1) token k, across small words inside one phrase."""
    j = k + step
    while 0 <= j < len(tokens):
        gap = text[tokens[min(j, j - step)].end : tokens[max(j, j - step)].start]
        if gap.strip(" -"):
            return None
        if tokens[j].text.lower() not in CONNECTORS:
            return tokens[j]
        j += step
    return None


def _named(token: Token, text: str, names: frozenset[str]) -> bool:
    """A capitalised word that is a name: anywhere but a sentence start, or there a word the
    document capitalises inside sentences too ("China Resources said", never "Party members
    said" in a text that writes "the party")."""
    if not token.capitalised:
        return False
    return not opens_sentence(text, token.start) or token.text.lower() in names


def _document_names(tokenised: list[tuple[Pair, tuple[Token, ...]]]) -> frozenset[str]:
    """Words the document capitalises inside a sentence in two pairs or more."""
    seen: dict[str, set[str]] = defaultdict(set)
    for pair, tokens in tokenised:
        for token in tokens:
            if token.capitalised and not opens_sentence(pair.target, token.start):
                seen[token.text.lower()].add(pair.id)
    return frozenset(word for word, ids in seen.items() if len(ids) >= 2)


def _context(tokens: tuple[Token, ...], k: int, text: str, names: frozenset[str]) -> Context | None:
    """Where a word stands, so that a capital is compared only with the same use: on its own after
    the same word ("the Internet" / "the internet", never "Grandma" / "my grandma"), or inside a
    name between the same capitalised words ("Ministry of Commerce" / "ministry of Commerce").
    None at a sentence start, where every word has a capital."""
    if opens_sentence(text, tokens[k].start):
        return None
    named = [n.text.lower() if n is not None and _named(n, text, names) else ""
             for n in (_neighbour(tokens, k, -1, text), _neighbour(tokens, k, 1, text))]
    if any(named):
        return ("name", named[0], named[1])
    if not k:
        return ("alone", "", "")
    before = tokens[k - 1].text.lower()
    joined = not text[tokens[k - 1].end : tokens[k].start].strip(" -.")  # "that, Meta" is no "that Meta"
    return ("alone", before if joined else "|" + before, "")


def occurrences(pairs: Iterable[Pair]) -> tuple[dict[str, dict[Context, set[str]]], dict[str, list[tuple[Pair, str, Context]]]]:
    """Per word: the pair ids where it is capitalised, by context, and its lower-case occurrences."""
    upper: dict[str, dict[Context, set[str]]] = defaultdict(lambda: defaultdict(set))
    lower: dict[str, list[tuple[Pair, str, Context]]] = defaultdict(list)
    every = [(pair, tokens, title_like(tokens)) for pair in pairs if not pair.is_one_sided
             for tokens in (english_tokens(pair.target),)]
    tokenised = [(pair, tokens) for pair, tokens, title in every if not title]
    for pair, tokens, title in every:
        if title:  # a heading's lower-case word can only be compared with the name around it
            for token in tokens:
                if len(token.text) >= 3 and token.text.isalpha() and token.text.islower() and token.text not in STOP_WORDS:
                    lower[token.text].append((pair, token.text, TITLE))
    names = _document_names(tokenised)
    lowered: list[tuple[Pair, tuple[Token, ...], int]] = []
    for pair, tokens in tokenised:
        for k, token in enumerate(tokens):
            word = token.text
            if len(word) < 3 or not word.isalpha() or word.lower() in STOP_WORDS:
                continue
            if word[0].isupper() and word[1:].islower():
                if (context := _context(tokens, k, pair.target, names)) is not None:
                    upper[word.lower()][context].add(pair.id)
            elif word.islower() and not opens_sentence(pair.target, token.start):
                lowered.append((pair, tokens, k))
    # a place is compared only with the word's capitalised places inside sentences; with none, only
    # titles_lowered reads the occurrence, and not its place: an empty one, not worked out
    for pair, tokens, k in lowered:
        word = tokens[k].text
        lower[word].append((pair, word, _context(tokens, k, pair.target, names) if word in upper else ("", "", "")))
    return upper, lower
