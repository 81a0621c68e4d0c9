"""ToJyutping's Cantonese reading candidates, from a copy of its trie kept in qa's cache.

Importing ToJyutping builds its trie of 58k nodes and 95k reading objects
from the wheel's packed text file: about half a second on every start. The
romanisation check only asks for `get_jyutping_candidates`, so the trie is
copied once into plain nested dicts (character → child node, "" → the node's
readings as text) in the per-user cache (qa.lang.cache, keyed by the
ToJyutping version, each first character's subtree apart) and `candidates` walks that copy as ToJyutping walks its
own: per character, readings of the longest phrase it is in first, each once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping, Union

_FORMAT = 1
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


@lru_cache(maxsize=1)
def trie() -> Mapping[str, Node]:
    """The reading trie's root, each character's subtree unmarshalled on first use (qa.lang.sharded.ShardedMap)."""
    from qa.lang.cache import package_version, stored_sharded

    return stored_sharded("jyutping-trie", f"{package_version('ToJyutping')}-{_FORMAT}", lambda: (None, _build()))[1]


def _text(reading: Reading) -> str:
    return reading if isinstance(reading, str) else " ".join(reading)


def candidates(text: str) -> list[tuple[str, list[str]]]:
    """Per character of `text`, its Jyutping readings: those of the longest phrase it is in first.

    The same answer as `ToJyutping.get_jyutping_candidates(text)` (tested on
    every character and two-to-four-character headword of CC-CEDICT).
    """
    root = trie()
    found: list[dict[int, list[str]]] = [{} for _ in text]
    for i, char in enumerate(text):
        node = root.get(char)
        if node is not None and node.get(""):
            found[i][0] = [_text(r) for r in node[""]]
    for i, char in enumerate(text):
        node = root.get(char)
        if node is None:
            continue
        for j in range(i + 1, len(text)):
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
