"""Chinese word segmentation: the one jieba loader, (word, POS tag) tokens and offsets.

jieba takes about 0.6 s to load, so it loads on first use, once per process,
for every caller (names, terms, numbers, glosses). Its model cache goes to
qa's per-user cache directory (qa.lang.cache), never to the shared /tmp where
another user could plant a model that changes findings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from types import ModuleType

from qa.lang.surnames import SURNAMES
from qa.lang.zh import HAN_WORD


Tokens = tuple[tuple[str, str], ...]  # (word, POS tag) in text order; the words concatenate to the text
Forced = frozenset  # of (word, POS tag): words that must stay whole, e.g. a glossary's names


@lru_cache(maxsize=1)
def load_jieba() -> tuple[ModuleType, ModuleType]:
    """jieba and jieba.posseg, initialised with the model cache in the user's own cache directory."""
    import logging
    import tempfile

    import jieba
    import jieba.posseg

    from qa.lang.cache import ensure_cache_dir

    jieba.setLogLevel(logging.WARNING)
    cache_dir = ensure_cache_dir()
    # no usable per-user directory: a fresh private one (mkdtemp is 0700), never the shared default
    jieba.dt.tmp_dir = str(cache_dir) if cache_dir is not None else tempfile.mkdtemp(prefix="qa-jieba-")
    jieba.dt.cache_file = f"jieba-{getattr(jieba, '__version__', '0')}.cache"  # a new jieba builds its own
    jieba.initialize()
    return jieba, jieba.posseg


def dictionary_tag(word: str) -> str:
    """jieba's dictionary POS tag of `word`, "" when the dictionary does not know it."""
    return load_jieba()[1].dt.word_tag_tab.get(word, "")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of jieba's plain dictionary cut (no HMM): word boundaries only."""
    return list(load_jieba()[0].tokenize(text, HMM=False))


@lru_cache(maxsize=4096)
def segment(text: str, forced: Forced = frozenset()) -> Tokens:
    """(word, POS tag) for every token of `text`; `forced` words are kept whole.

    Forced words (a glossary's 陈一新, 长安君) are cut out of the text first,
    longest first, and jieba segments what lies between them. jieba's global
    dictionary is never changed, so one document's glossary cannot change how
    another document is segmented.
    """
    if not forced:
        return _segment_plain(text)
    tags = dict(forced)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(tags, key=len, reverse=True)))
    out: list[tuple[str, str]] = []
    last = 0
    for match in pattern.finditer(text):
        if match.start() > last:
            out.extend(_segment_plain(text[last : match.start()]))
        out.append((match.group(0), tags[match.group(0)]))
        last = match.end()
    if last < len(text):
        out.extend(_segment_plain(text[last:]))
    return tuple(out)


@lru_cache(maxsize=4096)
def _segment_plain(text: str) -> Tokens:
    """(word, POS tag) for every token of `text`, as jieba's own dictionary cuts it.

    jieba.posseg's HMM tagger runs at about 6k characters a second; plain
    jieba.cut (with HMM for new words) runs at about 100k. So we cut with
    jieba.cut and take tags from jieba's dictionary; a word the dictionary
    does not know that starts with a common surname is tagged nrg (a guessed
    person name), others "new".
    """
    jieba, posseg = load_jieba()
    tags = posseg.dt.word_tag_tab
    out = []
    for word in jieba.cut(text):
        tag = tags.get(word)
        if tag is None:
            tag = "nrg" if 2 <= len(word) <= 4 and word[0] in SURNAMES and HAN_WORD.match(word) else "new"
        out.append((word, tag))
    return tuple(out)


@lru_cache(maxsize=64)
def _starts(text: str) -> tuple[Tokens, tuple[int, ...]]:
    tokens = segment(text)
    starts, pos = [], 0
    for word, _ in tokens:
        starts.append(pos)
        pos += len(word)
    return tokens, tuple(starts)


def token_covering(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The (word, tag) of segment(text) that contains text[start:end] whole, or None.

    Offsets are indexed once per text and looked up by bisection, so asking
    for every numeral of a long paragraph costs linear time, not quadratic.
    """
    tokens, starts = _starts(text)
    k = bisect_right(starts, start) - 1
    if k < 0 or end > starts[k] + len(tokens[k][0]):
        return None
    return tokens[k]
