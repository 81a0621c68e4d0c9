"""ToJyutping's Cantonese reading candidates, from a copy of its trie kept in qa's cache.

Importing ToJyutping builds its trie of 58k nodes and 95k reading objects
from the wheel's packed text file: about half a second on every start. The
romanisation check only asks for `get_jyutping_candidates`, so the trie is
copied once into plain nested dicts (character → child node, "" → the node's
readings as text) in the per-user cache (qa.lang.cache, keyed by the
ToJyutping version) and `candidates` walks that copy as ToJyutping walks its
own: per character, readings of the longest phrase it is in first, each once.

The copy is kept by the first two characters of a path (`_by_pair`): a
character's own readings, and the subtree of the phrases opening with a
character pair. A text then loads the small parts of its own characters and
pairs; kept by first character, a common one (中, 国) brought in every phrase
that opens with it, some ten milliseconds of a new page's names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping, Union

_FORMAT = 2  # 2: parts by a character and by a pair of characters (`_by_pair`)
Reading = Union[str, tuple]  # one syllable's Jyutping, or a phrase's syllables in order
Node = dict  # character → Node, and "" → list[Reading]


def _copy(node: Any) -> Node:
    out: Node = {char: _copy(child) for char, child in node.items()}
    if node.v:
        out[""] = [tuple(r.jyutping for r in value) if isinstance(value, list) else value.jyutping for value in node.v]
    return out


def _build() -> Node:
    from ToJyutping import Trie

    return _copy(Trie.root)


def _by_pair(root: Node) -> dict[str, Any]:
    """The trie keyed by its paths' first characters: a character → its own readings (when it has
    some), a pair of characters → the node the pair leads to (its readings and longer phrases)."""
    out: dict[str, Any] = {}
    for char, node in root.items():
        if not char:
            continue  # the root's own readings: no text asks for them
        if node.get(""):
            out[char] = node[""]
        out.update((char + second, child) for second, child in node.items() if second)
    return out


@lru_cache(maxsize=1)
def trie() -> Mapping[str, Any]:
    """`_by_pair` of the reading trie, each part unmarshalled on first use (qa.lang.sharded.ShardedMap)."""
    from qa.lang.cache import package_version, stored_sharded

    return stored_sharded("jyutping-trie", f"{package_version('ToJyutping')}-{_FORMAT}",
                          lambda: (None, _by_pair(_build())))[1]


def _text(reading: Reading) -> str:
    return reading if isinstance(reading, str) else " ".join(reading)


def candidates(text: str) -> list[tuple[str, list[str]]]:
    """Per character of `text`, its Jyutping readings: those of the longest phrase it is in first.

    The same answer as `ToJyutping.get_jyutping_candidates(text)` (tested on
    every tenth one-to-four-character headword of CC-CEDICT and the sample page's lines).
    """
    paths = trie()
    found: list[dict[int, list[str]]] = [{} for _ in text]
    for i, char in enumerate(text):
        own = paths.get(char)
        if own:
            found[i][0] = [_text(r) for r in own]
    for i in range(len(text) - 1):
        node = paths.get(text[i : i + 2])  # the phrases opening with this pair of characters
        for j in range(i + 1, len(text)):
            if j > i + 1:
                node = node.get(text[j])
            if node is None:
                break
            for reading in node.get("") or ():
                for k in range(i, j + 1):
                    found[k].setdefault(j - i, []).append(reading[k - i])
    out = []
    for char, by_length in zip(text, found):
        readings = [r for length in sorted(by_length, reverse=True) for r in by_length[length]]
        out.append((char, list(dict.fromkeys(readings))))
    return out
