"""Source content words and their English counterparts, one word at a time (issue 18, stage 2).

A source content word none of whose CC-CEDICT senses the English carries is
no omission by itself: on clean references such words run to hundreds per
100 pairs (translators restructure, and the dictionary misses renderings).
This module reads each word with what else the pair says about it, so a
check can ask for evidence beyond the unmatched word:

- the word's role: a modifier (adjective, distinguishing word, adverb, a noun
  before a noun) whose head the English renders, so the head is there and its
  modifier is not (read, but A010 does not ask for it: with the other
  evidence below it kept too little recall, 0.00-0.03, to pay);
- the English around it: the English content words of the same kind that
  render no source word (`spare_english`), any of which may be the word said
  in a way the dictionary does not know;
- the word itself: how often translators leave it unrendered in clean
  references (qa.lang.content_kept).

The shared matcher (qa.lang.list_words.rendering) stems regular forms only;
here an English word's lemminflect lemmas count too, so an irregular form
renders its lemma's sense ("told" 告诉, "led" 领导, "held" 举行).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from qa.lang.en_words import STOP_WORDS, english_tokens, stem
from qa.lang.list_items import item_senses
from qa.lang.list_words import rendering, target_words

# jieba's tags of content words, by kind. Names (nr, ns, nt, nz and guessed ones) are the entity checks',
# numerals and measure words (m, q, mq) N202's, time words (t) and place words (s, f) mostly restructured.
KINDS = {"a": "adjective", "b": "adjective", "an": "adjective", "ad": "adverb", "d": "adverb",
         "n": "noun", "vn": "noun", "ng": "noun", "v": "verb", "vd": "verb", "i": "idiom"}
ENGLISH_KINDS = {"adjective": frozenset({"ADJ"}), "adverb": frozenset({"ADV"}), "noun": frozenset({"NOUN"}),
                 "verb": frozenset({"VERB"}), "idiom": frozenset({"ADJ", "ADV", "NOUN", "VERB"})}
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_DE = frozenset({"的", "地", "之"})


@dataclass(frozen=True)
class SourceWord:
    """One content word of the source, where it is, and what the English does with it and its head."""

    word: str
    tag: str
    kind: str  # adjective, adverb, noun, verb, idiom
    start: int
    end: int
    senses: frozenset[str]  # English stems of its CC-CEDICT senses (every dictionary word inside it)
    rendered: bool  # some English word carries one of the senses
    head: str  # the content word it modifies ("" when it modifies none)
    head_rendered: bool


def _english_pos(word: str) -> frozenset[str]:
    from qa.lang.lemmas import all_lemmas

    return frozenset(all_lemmas(word.lower()) or all_lemmas(word))


@lru_cache(maxsize=1024)
def source_words(source: str) -> tuple[tuple[str, str, int], ...]:
    """(word, jieba tag, start) of every token of the source, in order."""
    from qa.lang.segment import segment

    out, at = [], 0
    for word, tag in segment(source):
        out.append((word, tag, at))
        at += len(word)
    return tuple(out)


def _head(tokens: tuple[tuple[str, str, int], ...], n: int, kind: str) -> int | None:
    """Index of the word a modifier at `n` qualifies: the next content word, across one 的/地 for an
    adjective or a noun (大规模的投资), directly for an adverb (迅速发展) and a noun (经济增长)."""
    k = n + 1
    if k < len(tokens) and tokens[k][0] in _DE and kind in ("adjective", "noun"):
        k += 1
    if k >= len(tokens):
        return None
    tag = tokens[k][1]
    if kind == "adverb":
        return k if tag[:1] in ("v", "a") else None
    if kind in ("adjective", "noun"):
        return k if tag in ("n", "vn", "ng", "nz", "an") else None
    return None


@lru_cache(maxsize=1024)
def lemma_stems(target: str) -> dict[int, frozenset[str]]:
    """Token index → stems of the lemmas of an English word that stemming does not reach (told → tell,
    led → lead, children → child): lemminflect's lexicon, not a list of irregular forms."""
    from qa.lang.lemmas import all_lemmas

    out: dict[int, frozenset[str]] = {}
    for index, token in enumerate(english_tokens(target)):
        low = token.text.lower()
        if not low.isalpha() or low in STOP_WORDS:
            continue
        own = stem(low)
        found = frozenset(stem(lemma) for lemmas in all_lemmas(low).values() for lemma in lemmas) - {own}
        if found:
            out[index] = found
    return out


def _lemma_rendered(target: str, senses: frozenset[str]) -> bool:
    """Whether an irregular English form's lemma carries one of the senses."""
    return any(stems & senses for stems in lemma_stems(target).values())


def read_words(source: str, target: str) -> list[SourceWord]:
    """The source's content words (two characters or more, in the dictionary) with their English evidence."""
    from qa.lang.list_gaps import dictionary_spans

    tokens = source_words(source)
    found = target_words(target)
    from qa.align.cedict import MAX_WORD

    ends: dict[int, list[int]] = {}  # a dictionary word's start → its ends: a word's holders start at most MAX_WORD back
    for i, j in dictionary_spans(source):
        ends.setdefault(i, []).append(j)
    out = []
    for n, (word, tag, start) in enumerate(tokens):
        kind = KINDS.get(tag)
        if kind is None or len(word) < 2 or not _HAN_ONLY.fullmatch(word):
            continue
        senses = item_senses(word)
        if not senses:
            continue
        # rendered by itself, or inside a longer dictionary word the English renders (国家主席 "president")
        rendered = bool(rendering(found, senses)) or _lemma_rendered(target, senses) or any(
            start + len(word) <= j and j - i > len(word) and rendering(found, item_senses(source[i:j]))
            for i in range(max(0, start - MAX_WORD), start + 1) for j in ends.get(i, ()))
        head, head_rendered = "", False
        k = _head(tokens, n, kind) if kind in ("adjective", "adverb", "noun") else None
        if k is not None:
            head = tokens[k][0]
            head_senses = item_senses(head) if len(head) > 1 else frozenset()
            head_rendered = bool(head_senses) and (bool(rendering(found, head_senses))
                                                   or _lemma_rendered(target, head_senses))
        out.append(SourceWord(word, tag, kind, start, start + len(word), senses, rendered, head, head_rendered))
    return out


@lru_cache(maxsize=1024)
def source_senses(source: str) -> frozenset[str]:
    """Stems of every sense of every dictionary word in the source (two characters or more, any cut),
    and of jieba's one-character words: what some English word may render."""
    from qa.lang.cedict import english_glosses

    found = set(item_senses(source))
    for word, _, _ in source_words(source):
        if len(word) == 1 and _HAN_ONLY.fullmatch(word):
            found.update(stem(w) for g in english_glosses(word) for w in re.findall(r"[A-Za-z]+", g)
                         if w.lower() not in STOP_WORDS)
    return frozenset(found)


@dataclass(frozen=True)
class EnglishWord:
    text: str
    start: int
    end: int
    pos: frozenset[str]  # lemminflect's parts of speech
    accounted: bool  # renders some sense of some source word


def english_words(source: str, target: str) -> list[EnglishWord]:
    """The English content words (lower case, not stop words, known to lemminflect), each with whether some
    source word's dictionary sense accounts for it."""
    # every sense looked up once in the target's words, not every word against every sense (linear in the pair)
    senses = source_senses(source)
    accounted = rendering(target_words(target), senses)
    accounted |= {index for index, stems in lemma_stems(target).items() if stems & senses}
    out = []
    for index, token in enumerate(english_tokens(target)):
        text = token.text
        low = text.lower()
        if not text.isalpha() or not text.islower() or low in STOP_WORDS or len(low) < 3:
            continue
        pos = _english_pos(low) & {"ADJ", "ADV", "NOUN", "VERB"}
        if not pos:
            continue
        out.append(EnglishWord(text, token.start, token.end, pos, index in accounted))
    return out


def spare_english(source: str, target: str, kind: str) -> list[EnglishWord]:
    """English content words that may be of `kind` and render no source word's sense."""
    wanted = ENGLISH_KINDS[kind]
    return [w for w in english_words(source, target) if not w.accounted and w.pos & wanted]
