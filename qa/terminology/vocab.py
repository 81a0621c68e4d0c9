"""A recurring source term's English vocabulary: candidates, the words for each sub-word, matching.

A term (社会治理) is a run of content words; its vocabulary is CC-CEDICT's
English for the whole term and for each sub-word, plus what the document's own
pairs teach (qa.terminology.lexicon: the `learned` argument, part of every
cache key so that two documents never share what one of them taught).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from qa.lang.en_words import CONNECTORS, content_words, letter_words, same_word, variant_tail, word_core, MIN_VARIANT_CORE
from qa.lang.segment import Tokens, segment
from qa.lang.surnames import TITLES
from qa.lang.zh import HAN_WORD
from qa.lang.zh_names import is_proper_headword

TERM_TAGS = frozenset({"n", "vn", "v", "nz", "l", "i", "j", "nt", "ns", "m", "an", "b"})
NO_PART = -2
Learned = tuple[frozenset[str], ...]  # per sub-word of one term, from qa.terminology.lexicon.learn_lexicon: part of every cache key

def term_candidates(text: str | Tokens) -> set[str]:
    """Multi-word Chinese terms of 4–8 characters: runs of one to three content words (社会治理).

    `text` may be given already segmented."""
    tokens = segment(text) if isinstance(text, str) else text
    out: set[str] = set()
    for i in range(len(tokens)):
        term = ""
        for j in range(i, min(i + 3, len(tokens))):
            word, tag = tokens[j]
            if tag == "nr" and len(word) > 1 and not is_proper_headword(word) and cedict_contains(word):
                tag = "n"  # jieba tags 智慧 and 文明 as person names; CC-CEDICT knows them as common words
            if not HAN_WORD.match(word) or tag not in TERM_TAGS or word in TITLES or (j == i and tag == "v"):
                break
            term += word
            if 4 <= len(term) <= 8 and (j > i or len(word) >= 4):
                out.add(term)
    return out


@lru_cache(maxsize=65536)
def cedict_contains(word: str) -> bool:
    from qa.lang import cedict

    return cedict.contains(word)



def _by_prefix(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Words by their first four letters: same_word holds only between words sharing them (or equal ones,
    whose prefixes are equal too), so a word is compared with its prefix's few words, not a whole part."""
    out: dict[str, list[str]] = {}
    for word in words:  # any order: callers only ask whether one of them matches
        out.setdefault(word[:4], []).append(word)
    return {prefix: tuple(found) for prefix, found in out.items()}


def _tails(words: frozenset[str]) -> tuple[str, ...]:
    """Each word's variant tail: is_variant(w, v) for a word w other than v is `variant_tail(v) in w's core`."""
    return tuple({tail for tail in map(variant_tail, words) if tail})


@dataclass(frozen=True)
class TermVocab:
    parts: tuple[frozenset[str], ...]  # CC-CEDICT gloss words of each sub-word
    whole: frozenset[str]  # gloss words of the whole term's own dictionary name
    keys: frozenset[str]  # four-letter prefixes of every known word, for a quick pre-test
    learned: tuple[frozenset[str], ...] = ()  # words the document's own pairs link to each sub-word
    # the same words by prefix (for same_word) and as core tails (for is_variant), made once per vocabulary:
    # T101 matches every target word near a term against them
    parts_index: tuple[dict[str, tuple[str, ...]], ...] = field(init=False, repr=False, compare=False)
    whole_index: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    learned_index: tuple[dict[str, tuple[str, ...]], ...] = field(init=False, repr=False, compare=False)
    parts_tails: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)
    learned_tails: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        made = {"parts_index": tuple(map(_by_prefix, self.parts)), "whole_index": _by_prefix(self.whole),
                "learned_index": tuple(map(_by_prefix, self.learned)), "parts_tails": tuple(map(_tails, self.parts)),
                "learned_tails": tuple(map(_tails, self.learned))}
        for name, value in made.items():
            object.__setattr__(self, name, value)

    def known(self, k: int) -> frozenset[str]:
        return self.parts[k] | (self.learned[k] if k < len(self.learned) else frozenset())


def _in_index(word: str, index: dict[str, tuple[str, ...]]) -> bool:
    """`any(same_word(word, v) for v in words)` for the words `index` holds by prefix."""
    return any(same_word(word, v) for v in index.get(word[:4], ()))


@lru_cache(maxsize=65536)
def gloss_words(word: str) -> frozenset[str]:
    """CC-CEDICT's English content words for one Chinese word."""
    from qa.lang import cedict

    out: set[str] = set()
    for gloss in cedict.english_glosses(word)[:8]:
        out |= content_words(gloss)
    return frozenset(out)


@lru_cache(maxsize=16384)
def term_vocab(term: str, learned: Learned = ()) -> TermVocab | None:
    """English words for the term and each of its words: CC-CEDICT's, plus `learned` from the document.

    None when a word has neither; `learned` is the document's lexicon for
    this term's sub-words (learn_lexicon), passed in so that two documents
    never share what one of them taught.
    """
    from qa.lang import cedict

    whole: set[str] = set()
    for gloss in cedict.english_glosses(term)[:3]:
        whole |= content_words(gloss.split(",")[0])
    parts = []
    for k, (word, _) in enumerate(segment(term)):
        words = set(gloss_words(word))
        if not words and not whole and not (k < len(learned) and learned[k]):
            return None
        parts.append(frozenset(words))
    if len(parts) < 2 and not whole:
        return None
    extra = tuple(learned[k] - parts[k] if k < len(learned) else frozenset() for k in range(len(parts)))
    every = whole.union(*parts, *extra)
    return TermVocab(tuple(parts), frozenset(whole), frozenset(w[:4] for w in every), extra if any(extra) else ())


@lru_cache(maxsize=262144)
def word_match(term: str, word: str, learned: Learned = ()) -> tuple[int, ...]:
    """Sub-words `word` can stand for: the CC-CEDICT one, else (-1,) for the term's own name,
    else every sub-word the document links it to (one word may co-occur with several); () if none."""
    vocab = term_vocab(term, learned)
    if vocab is None or word[:4] not in vocab.keys:
        return ()
    for k, index in enumerate(vocab.parts_index):
        if _in_index(word, index):
            return (k,)
    if word_in_whole(term, word):
        return (-1,)
    return tuple(k for k, index in enumerate(vocab.learned_index) if _in_index(word, index))


def word_part(term: str, word: str, learned: Learned = ()) -> int:
    """Index of the term's sub-word `word` stands for; -1 for the term's own name; NO_PART if none."""
    found = word_match(term, word, learned)
    return found[0] if found else NO_PART


@lru_cache(maxsize=262144)
def dictionary_word(term: str, word: str, learned: Learned = ()) -> bool:
    """CC-CEDICT (not co-occurrence) links `word` to the term or one of its sub-words."""
    vocab = term_vocab(term, learned)
    return vocab is not None and (word_in_whole(term, word) or any(_in_index(word, index) for index in vocab.parts_index))


@lru_cache(maxsize=262144)
def word_in_whole(term: str, word: str) -> bool:
    vocab = term_vocab(term)
    return vocab is not None and _in_index(word, vocab.whole_index)


def assign_parts(candidates: list[tuple[int, ...]]) -> tuple[int, ...]:
    """One sub-word per word: words with one reading first, then each other word takes its first
    reading not yet taken ("rural" co-occurs with both 乡村 and 振兴, "revitalization" is 振兴's)."""
    taken = {c[0] for c in candidates if len(c) == 1}
    out = []
    for c in candidates:
        if len(c) > 1:
            pick = next((k for k in c if k not in taken), c[0])
            taken.add(pick)
            out.append(pick)
        else:
            out.append(c[0] if c else NO_PART)
    return tuple(out)


@lru_cache(maxsize=262144)
def variant_part(term: str, word: str, learned: Learned = ()) -> tuple[int, bool] | None:
    """(sub-word, from the dictionary?) when `word` is a variant of a word known for that sub-word."""
    vocab = term_vocab(term, learned)
    if vocab is None or word in CONNECTORS or len(word) < MIN_VARIANT_CORE or word_match(term, word, learned):
        return None
    # is_variant(word, v) for every known v, as one substring test each: `word` is none of them (else
    # word_match would have found it), so only the core tails are compared
    core = word_core(word)
    for k, tails in enumerate(vocab.parts_tails):
        if any(tail in core for tail in tails):
            return k, True
    for k, tails in enumerate(vocab.learned_tails):
        if any(tail in core for tail in tails):
            return k, False
    return None


def rendering_shape(term: str, text: str, learned: Learned = ()) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Sub-word index and word of each content word of a rendering, in order."""
    words = [w for w in letter_words(text) if w not in CONNECTORS]
    candidates = []
    for w in words:
        found = word_match(term, w, learned)
        if not found and (v := variant_part(term, w, learned)) is not None:
            found = (v[0],)
        candidates.append(found)
    return assign_parts(candidates), tuple(words)


def same_rendering(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same words up to inflection: "studied and formulated" = "study and formulate"."""
    return len(a) == len(b) and all(same_word(x, y) for x, y in zip(a, b))

