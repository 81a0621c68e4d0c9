"""How well qa.lang.romanisation recognises Wade–Giles and Cantonese names, and how often it is fooled.

    python -m bench.romanisation [--misses N] [--seed S]

The test set is CC-CEDICT itself, read independently of the module (which uses
pypinyin and ToJyutping, never CC-CEDICT's English):
- people: proper-noun headwords of 2–4 characters whose English gloss starts
  with a name followed by a life-span, "Chiang Kai-shek (1887-1975)";
- places: proper-noun headwords whose gloss starts "Zhongli or Chungli city …"
  or "Kaohsiung, …", with the generic character (市 县 区 乡 镇 村 …) taken off.
Only renderings that are NOT pinyin of the characters are kept, and only those
shaped like a romanised Chinese name (one syllable-like vowel group per
character), so foreign names written in characters mostly drop out; what is
left still holds Korean, Singaporean (Hokkien) and Western-given-name forms
("Andy Lau"), which no rule should accept: the misses are printed for review.

Recall: share of those renderings accepted, and how many of the accepted are
not pinyin-shaped (could not also be misspelt pinyin, see `pinyin_shaped`).
False acceptance: name A's characters against name B's English for shuffled
pairs (any length, same length, same surname character); accepted spellings
with one vowel changed; CC-CEDICT's pinyin renderings of people with one
initial changed (Deng → Teng: the apostrophe-less Wade–Giles collides with
pinyin by design, so the column "not pinyin-shaped" is the one to read).
Real text: windows of capitalised words in the clean dev corpora (bench.corpora)
and the seed page tried against every source name, as a name check would;
each non-pinyin acceptance is listed for review.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter

from qa.lang import cedict
from qa.lang.pinyin import fold, match, readings
from qa.lang.romanisation import is_romanisation, pinyin_shaped, system_of

HAN_ONLY = re.compile(r"^[\u3400-\u9fff]+$")
LIFE_SPAN = re.compile(r"^([A-Z][A-Za-z'’ü\- ]+?),? \([^()]*?\d{3,4}")
PLACE = re.compile(
    r"^(?:([A-Z][A-Za-z'’\-]+) or )?([A-Z][A-Za-z'’\-]+)"
    r"(?:,| (district|township|town|city|county|village|banner|prefecture|island|mountain|river|lake)\b)", re.I)
GENERIC = {"district": "区", "township": "乡", "town": "镇", "city": "市", "county": "县", "village": "村",
           "banner": "旗", "prefecture": "州", "island": "岛", "mountain": "山", "river": "河", "lake": "湖"}
SYLLABLES = re.compile(r"^(?:[^aeiouyü\W]{0,3}[aeiouyü]{1,3}(?:ngh?|n|m|h|k|p|t|rh)?)+$|^(?:ng|m)$")
# A place of China, Taiwan, Hong Kong or Macau: CC-CEDICT names the province or cross-references one.
CHINESE_PLACE = re.compile(r"[\u3400-\u9fff]+\[|Taiwan|Hong Kong|Macau|China|Tibet|Xinjiang|Mongolia|"
                           r"Guang|Fujian|Zhejiang|Jiang|Shan|Hebei|Henan|Hubei|Hunan|Anhui|Sichuan|"
                           r"Yunnan|Guizhou|Hainan|Gansu|Qinghai|Ningxia|Liaoning|Jilin|Heilongjiang")
FOREIGN = re.compile(r"Korea|Japan|Vietnam|Burm|Myanmar|Cambodia|Indonesia|Thai|Philippin|Malay", re.I)


def _vowel_groups(token: str) -> int:
    return 1 if token.lower() in ("ng", "m") else len(re.findall(r"[aeiouyü]+", token.lower()))


def _name_shaped(chars: str, english: str) -> bool:
    """One vowel group per character and every word made of syllable-like pieces."""
    tokens = [t for t in re.split(r"[\s\-]+", english.replace("'", "").replace("’", "")) if t]
    return (bool(tokens) and all(SYLLABLES.match(t.lower()) for t in tokens)
            and sum(_vowel_groups(t) for t in tokens) == len(chars))


def _is_pinyin(chars: str, english: str) -> bool:
    per_char = readings(chars)
    return len(per_char) == len(chars) and match(fold(english), [r.possible for r in per_char]) is not None


def _place(word: str, definition: str) -> list[tuple[str, str]]:
    found = PLACE.match(definition)
    if not found:
        return []
    first, second, generic = found.groups()
    chars = word
    if generic and word.endswith(GENERIC[generic.lower()]) and len(word) > 2:
        chars = word[:-1]
    return [(chars, name) for name in (first, second) if name]


def test_set() -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(kind, characters, English) of non-pinyin renderings, and (characters, English) of pinyin-rendered people."""
    non_pinyin: set[tuple[str, str, str]] = set()
    pinyin_people: set[tuple[str, str]] = set()
    for entry in cedict.entries():
        word = entry["simplified"]
        if not entry["pinyin"][:1].isupper() or not HAN_ONLY.match(word):
            continue
        for definition in entry["definitions"]:
            if FOREIGN.search(definition):
                continue
            person = LIFE_SPAN.match(definition) if 2 <= len(word) <= 4 else None
            pairs = [("person", word, person.group(1).strip())] if person else []
            if not person and CHINESE_PLACE.search(definition):
                pairs += [("place", c, e) for c, e in _place(word, definition)]
            for kind, chars, english in pairs:
                if not _name_shaped(chars, english):
                    continue
                if not _is_pinyin(chars, english):
                    non_pinyin.add((kind, chars, english))
                elif kind == "person":
                    pinyin_people.add((chars, english))
    return sorted(non_pinyin), sorted(pinyin_people)


Hit = tuple[str, str, str]  # characters, English accepted for them, where the English came from


def false_acceptance(chars: list[str], english: list[str], rng: random.Random,
                     same_length: bool, per_name: int = 20) -> tuple[list[Hit], int]:
    """Name A's characters against name B's English for shuffled pairs: (accepted, tried)."""
    hits: list[Hit] = []
    tried = 0
    by_length: dict[int, list[int]] = {}
    for j, c in enumerate(chars):
        by_length.setdefault(len(c), []).append(j)
    for i, c in enumerate(chars):
        pool = by_length[len(c)] if same_length else range(len(chars))
        for j in rng.sample(list(pool), min(per_name, len(pool))):
            if j == i or fold(english[j]) == fold(english[i]) or chars[j] == c:
                continue
            tried += 1
            if is_romanisation(c, english[j]):
                hits.append((c, english[j], chars[j]))
    return hits, tried


def same_surname(pool: list[tuple[str, str]]) -> tuple[list[Hit], int]:
    """Characters of one name against the English of every other name with the same first character."""
    hits: list[Hit] = []
    tried = 0
    for chars, _ in pool:
        for other, english in pool:
            if other[0] == chars[0] and other != chars and len(other) > 1 and len(chars) > 1:
                tried += 1
                if is_romanisation(chars, english):
                    hits.append((chars, english, other))
    return hits, tried


VOWEL_SWAP = {"a": "o", "o": "a", "e": "a", "i": "e", "u": "o"}
# Pinyin misspellings that land on another system's spelling: aspiration pairs (the
# apostrophe-less Wade–Giles writes 邓 Teng) and Tongyong's x → s, q → c.
INITIAL_SWAP = (("zh", "ch"), ("ch", "zh"), ("b", "p"), ("p", "b"), ("d", "t"), ("t", "d"), ("g", "k"),
                ("k", "g"), ("j", "q"), ("q", "j"), ("z", "c"), ("c", "z"), ("x", "s"), ("q", "c"), ("x", "sh"))


def one_vowel_changed(pool: list[tuple[str, str]]) -> tuple[list[Hit], int]:
    """Every accepted rendering with one vowel changed ("Tsai Ing-wen" → "Tsai Ing-wan"): how many still pass."""
    hits: list[Hit] = []
    tried = 0
    for chars, english in pool:
        if not is_romanisation(chars, english):
            continue
        for i, ch in enumerate(english):
            if ch in VOWEL_SWAP:
                changed = english[:i] + VOWEL_SWAP[ch] + english[i + 1:]
                tried += 1
                if is_romanisation(chars, changed):
                    hits.append((chars, changed, f"was {english}"))
    return hits, tried


def initial_changed(pool: list[tuple[str, str]]) -> tuple[list[Hit], int]:
    """Pinyin renderings with one word's initial changed ("Deng Xiaoping" → "Teng Xiaoping"): how many pass."""
    hits: list[Hit] = []
    tried = 0
    for chars, english in pool:
        words = english.split()
        for k, word in enumerate(words):
            for old, new in INITIAL_SWAP:
                if word.lower().startswith(old):
                    changed = " ".join(words[:k] + [new.capitalize() + word[len(old):]] + words[k + 1:])
                    tried += 1
                    if is_romanisation(chars, changed):
                        hits.append((chars, changed, f"was {english}"))
    return hits, tried


def false_acceptance_table(non_pinyin: list[tuple[str, str, str]], pinyin_people: list[tuple[str, str]],
                           rng: random.Random) -> list[Hit]:
    """Print the false-acceptance rows; return every accepted pair for review."""
    print("\n| false acceptance | accepted | of which not pinyin-shaped | tried | rate | rate not pinyin-shaped |"
          "\n| --- | ---: | ---: | ---: | ---: | ---: |")
    everything = [(c, e) for _, c, e in non_pinyin] + pinyin_people
    rows: list[tuple[str, tuple[list[Hit], int]]] = []
    for label, pool in (("shuffled non-pinyin names", [(c, e) for _, c, e in non_pinyin]),
                        ("shuffled pinyin-rendered people", pinyin_people)):
        for same in (False, True):
            found = false_acceptance([c for c, _ in pool], [e for _, e in pool], rng, same)
            rows.append((f"{label}, {'same length' if same else 'any length'}", found))
    rows += [("same first character (surname), all names", same_surname(everything)),
             ("accepted renderings with one vowel changed", one_vowel_changed(everything)),
             ("pinyin renderings with one initial changed", initial_changed(pinyin_people))]
    every: list[Hit] = []
    for what, (hits, tried) in rows:
        distinct = sum(1 for c, e, _ in hits if not pinyin_shaped(c, e))
        print(f"| {what} | {len(hits)} | {distinct} | {tried} | {len(hits) / max(tried, 1):.4f} "
              f"| {distinct / max(tried, 1):.4f} |")
        every += hits
    return every


CAPITALISED = re.compile(r"[A-Z][A-Za-z'’ü]*(?:-[A-Za-z'’ü]+)*")


def real_text(limit: int) -> None:
    """Source names of the clean dev corpora whose English holds a non-pinyin spelling of them.

    Windows of one to three capitalised words are tried, as a name check would;
    pinyin renderings are left out (they are the pinyin checks' business), so
    every line printed is a claim to review: a correct romanisation, or noise.
    """
    from bench.corpora import CORPORA, sample_document
    from qa.lang.zh_names import source_names

    print("\n| corpus | pairs | source names | windows tried | non-pinyin accepted |\n| --- | ---: | ---: | ---: | ---: |")
    found: list[str] = []
    sample = sample_document()
    corpora = {name: corpus.documents() for name, corpus in CORPORA.items()}
    corpora["seed page"] = [sample] if sample else []
    for label, documents in corpora.items():
        pairs = [pair for document in documents for pair in document.pairs]
        names = tried = accepted = 0
        for pair in pairs:
            words = CAPITALISED.findall(pair.target)
            windows = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words) + 1))}
            for mention in source_names(pair.source):
                names += 1
                for form in mention.forms:
                    tried += len(windows)
                    hits = [w for w in windows if is_romanisation(form, w) and not _is_pinyin(form, w)]
                    accepted += len(hits)
                    found += [f"{form} ~ {w} [{system_of(form, w)}]" for w in hits]
        print(f"| {label} | {len(pairs)} | {names} | {tried} | {accepted} |")
    print("\naccepted in real text (review each):", "; ".join(sorted(set(found))[:limit]) or "none")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=40, help="misses to list per kind")
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    non_pinyin, pinyin_people = test_set()
    start = time.perf_counter()
    systems = Counter()
    print("| set | names | accepted | recall | accepted, not pinyin-shaped |\n| --- | ---: | ---: | ---: | ---: |")
    for kind in ("person", "place"):
        rows = [(c, e) for k, c, e in non_pinyin if k == kind]
        hits = [(c, e, system_of(c, e)) for c, e in rows]
        systems.update(f"{kind}:{s}" for _, _, s in hits if s)
        accepted = sum(1 for _, _, s in hits if s)
        distinct = sum(1 for c, e, s in hits if s and not pinyin_shaped(c, e))
        print(f"| {kind}s, non-pinyin CC-CEDICT renderings | {len(rows)} | {accepted} "
              f"| {accepted / max(len(rows), 1):.2f} | {distinct} |")
    seconds = time.perf_counter() - start
    print("\nby system:", ", ".join(f"{k} {v}" for k, v in sorted(systems.items())))
    examples = false_acceptance_table(non_pinyin, pinyin_people, rng)
    print(f"\nfirst pass over the test set (readings loaded, tables built): {seconds:.1f} s")
    print("\nfalse acceptances:", "; ".join(f"{c} ~ {e} ({n})" for c, e, n in examples[:60]) or "none")
    real_text(args.misses)
    for kind in ("person", "place"):
        misses = [f"{c} {e}" for k, c, e in non_pinyin if k == kind and not is_romanisation(c, e)]
        print(f"\n{kind} misses ({len(misses)}, first {args.misses}):", "; ".join(misses[:args.misses]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
