"""Chinese word segmentation: the one jieba loader, (word, POS tag) tokens and offsets.

jieba takes about 0.5 s to load, so it loads on first use, once per process,
for every caller (names, terms, numbers, glosses). Its model cache goes to
qa's per-user cache directory (qa.lang.cache), never to the shared /tmp where
another user could plant a model that changes findings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Mapping

from qa.lang.surnames import SURNAMES
from qa.lang.zh import HAN_WORD

if TYPE_CHECKING:
    from qa.lang.sharded import ShardedMap


Tokens = tuple[tuple[str, str], ...]  # (word, POS tag) in text order; the words concatenate to the text
Forced = frozenset  # of (word, POS tag): words that must stay whole, e.g. a glossary's names


_TAGS_FORMAT = 1
_WORDS_FORMAT = 1  # jieba-words: the prefix dictionary's parts carrying their words' POS tags (was jieba-freq)


@lru_cache(maxsize=1)
def load_jieba() -> tuple[ModuleType, Mapping[str, str]]:
    """jieba, with its prefix dictionary from qa's cache, and its dictionary's POS tags.

    jieba unmarshals its whole 500k-entry prefix dictionary on initialize()
    (about 0.6 s); qa keeps it split by first character (qa.lang.sharded.ShardedMap),
    so a document loads the parts under the characters it contains, each part
    with the POS tags of its words (`_word_parts`). The tags are what
    jieba.posseg parses from the same dictionary on import (about 0.4 s), also
    kept whole the same way (the map returned, for a caller that reads them all);
    jieba.posseg's HMM tagger, which nothing here uses, is never imported.
    """
    import logging

    from qa.lang.cache import package_version, stored_sharded
    from qa.lang.sharded import stored_sharded as stored_parts

    jieba = _import_jieba()
    jieba.setLogLevel(logging.WARNING)
    key = f"{package_version('jieba')}-{_TAGS_FORMAT}"
    words_key = f"{package_version('jieba')}-{_WORDS_FORMAT}"
    total, parts = stored_parts("jieba-words", words_key, lambda: _build_words(jieba), _word_parts)
    with jieba.dt.lock:  # what jieba.initialize() sets, from qa's cache, read by the characters of each text cut
        jieba.dt.FREQ, jieba.dt.total, jieba.dt.initialized = CoveredPrefixes(parts), total, True
    _, tags = stored_sharded("jieba-tags", key, lambda: (None, _read_tags(jieba)))
    return jieba, tags


class CoveredPrefixes(dict):
    """jieba's prefix dictionary as a plain dict, holding the parts of the cached one that the texts cut so far need.

    jieba looks up every substring that opens at each character of a text
    (`frag in FREQ`, `FREQ.get`), about 1,500 times a paragraph; through the
    sharded map each lookup was a Python call (0.1-0.2 s of a run). A plain
    dict answers in C, so before a text is cut `cover(text)` copies in the part
    of every key opening with one of its characters or character pairs: every
    substring jieba can ask about has one. A dict subclass, so jieba's own
    code reads it unchanged; only `cut_words` and `_tokenize` cut, and both cover first.
    `tags` holds the POS tags of the words of the same parts: every word of a
    covered text's cut, so tagging it is a dict lookup too, with no second
    dictionary's parts to read (a tenth of a page's segmentation).
    """

    def __init__(self, parts: "ShardedMap") -> None:
        super().__init__()
        self.sharded = parts  # prefix -> (key -> count, word -> POS tag) (`_word_parts`)
        self.tags: dict[str, str] = {}
        self._covered: set[str] = set()

    def cover(self, text: str) -> None:
        """Copy in the parts for `text`'s characters and character pairs not yet covered, in the order
        they first occur (a character before the pair it opens), found by set operations: most are covered."""
        wanted = {text[k : k + 2] for k in range(len(text))}
        wanted.update(text)
        new = wanted - self._covered
        if not new:
            return
        self._covered |= new
        for prefix in sorted(new, key=lambda p: (text.find(p), len(p))):
            part = self.sharded.part(prefix)
            if part:
                counts, tags = part
                self.update(counts)
                self.tags.update(tags)


def cut_words(text: str, hmm: bool = True) -> list[str]:
    """jieba.cut(text) (with its HMM for new words unless `hmm` is False), its prefix dictionary
    covering `text` first. After `load_jieba` every cut must come through here or `tokenize`: a
    raw `jieba.cut` of a text not covered cuts it into single characters."""
    jieba = load_jieba()[0]
    jieba.dt.FREQ.cover(text)
    return list(jieba.cut(text, HMM=hmm))


def _build_words(jieba: ModuleType) -> tuple[int, tuple[dict[str, int], dict[str, str]]]:
    """(total, (prefix dictionary, POS tags)): jieba's, built (or loaded from jieba's own cache) as
    jieba.initialize() does, and the tags as jieba.posseg reads them.

    A tokenizer of its own: when a damaged part of qa's file makes the map rebuild itself, the shared
    `jieba.dt` is already "initialized" with the parts covered so far, and its initialize() would return
    at once, leaving only those parts to be written back."""
    import tempfile

    from qa.lang.cache import ensure_cache_dir, used

    cache_dir = ensure_cache_dir()
    tokenizer = jieba.Tokenizer()
    # no usable per-user directory: a fresh private one (mkdtemp is 0700), never the shared default
    tokenizer.tmp_dir = str(cache_dir) if cache_dir is not None else tempfile.mkdtemp(prefix="qa-jieba-")
    tokenizer.cache_file = f"jieba-{getattr(jieba, '__version__', '0')}.cache"  # a new jieba builds its own
    tokenizer.initialize()
    if cache_dir is not None:  # an older jieba's file goes once unused for a month (qa.lang.cache_prune)
        used(cache_dir / tokenizer.cache_file)
    return tokenizer.total, (dict(tokenizer.FREQ), _read_tags(jieba))


def _word_parts(words: tuple[dict[str, int], dict[str, str]]) -> dict[str, dict[str, bytes]]:
    """The prefix dictionary cut as qa.lang.sharded.shards cuts a mapping (by first two characters, grouped
    by the first), each part the pair (its keys' counts, its words' POS tags)."""
    import marshal

    counts, tags = words
    groups: dict[str, dict[str, tuple[dict, dict]]] = {}
    for side, entries in enumerate((counts, tags)):
        for key, value in entries.items():
            groups.setdefault(key[:1], {}).setdefault(key[:2], ({}, {}))[side][key] = value
    return {first: {prefix: marshal.dumps(part) for prefix, part in parts.items()} for first, parts in groups.items()}


def _import_jieba() -> ModuleType:
    """`import jieba` without pkg_resources, which jieba only uses to open its own files
    (importing pkg_resources costs about 0.1 s; without it jieba opens them by path)."""
    import sys

    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # `import pkg_resources` raises ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


def _read_tags(jieba: ModuleType) -> dict[str, str]:
    """word → POS tag of jieba's dictionary, read as jieba.posseg reads it (a later line wins)."""
    tags: dict[str, str] = {}
    with jieba.dt.get_dict_file() as handle:
        for line in handle:
            line = line.strip().decode("utf-8")
            if line:
                word, _, tag = line.split(" ")
                tags[word] = tag
    return tags


def dictionary_tag(word: str) -> str:
    """jieba's dictionary POS tag of `word`, "" when the dictionary does not know it."""
    covered = load_jieba()[0].dt.FREQ
    covered.cover(word[:2])  # the part holding `word`, with its tags (most are covered: words of texts cut)
    return covered.tags.get(word, "")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of jieba's plain dictionary cut (no HMM): word boundaries only."""
    return list(_tokenize(text))


@lru_cache(maxsize=4096)
def _tokenize(text: str) -> tuple[tuple[str, int, int], ...]:
    """Cut once per distinct text: the entity checks ask for every pair's words."""
    jieba = load_jieba()[0]
    jieba.dt.FREQ.cover(text)
    return tuple(jieba.tokenize(text, HMM=False))


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
    words = cut_words(text)
    tags = load_jieba()[0].dt.FREQ.tags  # every word of a covered text's cut has its part's tags there
    out = []
    for word in words:
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
