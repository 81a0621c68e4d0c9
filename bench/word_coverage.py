"""Issue 18, stage 2 go/no-go: how far does dictionary coverage of source content words get?

    python -m bench.word_coverage [--pairs 400] [--corpus NAME] [--seed 7]

Stage 2 (a single content word or phrase dropped inside a sentence) asks for
recall >= 0.6 at <= 2 noise findings per 100 clean pairs. The simplest
detector is coverage: a source content word (jieba's adjective, noun, verb
and adverb tags, 2+ characters) none of whose CC-CEDICT senses occurs in the
English. This prints, per corpus:

- clean: such unmatched words per 100 clean pairs, per part of speech. Every
  one is a finding of the bare detector, so this is its noise floor (the
  clean references are correct translations);
- injected: one English word of a part of speech (lemminflect's lexicon:
  adjective, adverb, noun) deleted from a pair, and whether that deletion
  leaves some source word newly unmatched: the bare detector's recall
  ceiling for that kind of omission.

The detector in `qa` must keep precision, so these figures say how much
more evidence than an unmatched word a finding needs (see the note on issue
18); nothing here is a check.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from functools import lru_cache

from bench.corpora import CORPORA
from bench.inject_omission import tags
from qa.lang.en_words import STOP_WORDS
from qa.lang.list_items import item_senses
from qa.lang.list_words import renders

POS = {"a": "adjective", "n": "noun", "v": "verb", "d": "adverb"}
ENGLISH_POS = {"ADJ": "adjective", "ADV": "adverb", "NOUN": "noun"}
_WORD = re.compile(r"[A-Za-z][\w'-]*")


@lru_cache(maxsize=65536)
def _senses(word: str) -> frozenset[str]:
    return item_senses(word)


def content_words(source: str) -> list[tuple[str, str]]:
    """(word, part of speech) of the source's content words that the dictionary knows."""
    import jieba.posseg as pseg

    return [(w, POS[flag[0]]) for w, flag in pseg.cut(source)
            if flag[:1] in POS and flag not in ("nr", "ns", "nt", "nz") and len(w) >= 2 and _senses(w)]


def unmatched(words: list[tuple[str, str]], target: str) -> list[tuple[str, str]]:
    """The words none of whose senses occurs in the English."""
    english = [w.lower() for w in _WORD.findall(target) if w.lower() not in STOP_WORDS]
    return [(w, pos) for w, pos in words if not any(renders(e, _senses(w)) for e in english)]


def deletable(target: str, kind: str) -> list[re.Match]:
    """Lower-case English words whose only part of speech (lemminflect) is `kind`."""
    return [m for m in _WORD.finditer(target)
            if m.group().islower() and m.group() not in STOP_WORDS
            and {ENGLISH_POS.get(t) for t in tags(m.group())} == {kind}]


def measure(pairs: list[tuple[str, str]], rng: random.Random) -> tuple[Counter, Counter, Counter]:
    """(unmatched per part of speech on clean pairs, deletions per English kind, deletions newly unmatched)."""
    clean, tried, caught = Counter(), Counter(), Counter()
    for source, target in pairs:
        words = content_words(source)
        before = unmatched(words, target)
        clean.update(pos for _, pos in before)
        for kind in ENGLISH_POS.values():
            options = deletable(target, kind)
            if not options:
                continue
            m = rng.choice(options)
            after = unmatched(words, target[: m.start()] + target[m.end():])
            tried[kind] += 1
            caught[kind] += len(after) > len(before)
    return clean, tried, caught


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=400, help="clean pairs per corpus (the first N)")
    parser.add_argument("--corpus", action="append", help="run only this corpus (repeatable)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print("| corpus | pairs | unmatched per 100 clean pairs: " + " / ".join(POS.values())
          + " | recall ceiling: " + " / ".join(ENGLISH_POS.values()) + " deleted |")
    print("| --- | ---: | ---: | ---: |")
    for name, corpus in CORPORA.items():
        if args.corpus and name not in args.corpus:
            continue
        pairs = [(p.source, p.target) for doc in corpus.documents() for p in doc.pairs
                 if p.source.strip() and p.target.strip()][: args.pairs]
        if not pairs:
            continue
        clean, tried, caught = measure(pairs, random.Random(args.seed))
        noise = " / ".join(f"{100 * clean[p] / len(pairs):.0f}" for p in POS.values())
        ceiling = " / ".join(f"{caught[k] / tried[k]:.2f}" if tried[k] else "–" for k in ENGLISH_POS.values())
        print(f"| {name} | {len(pairs)} | {noise} | {ceiling} |")


if __name__ == "__main__":
    main()
