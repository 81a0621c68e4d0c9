"""Transliterated foreign names: recall and false acceptance of qa.lang.transliteration on CC-CEDICT.

Dev data: CC-CEDICT proper nouns whose headword reads like a transliteration
(looks_transliterated) and whose first gloss opens with a Latin-letter name
that is not the headword's pinyin (马克龙 "Emmanuel Macron (1977-), president of
France"). A person is compared with the last word of the name (Chinese often
gives only the surname); a place or a name written in full (with ·) with the
whole name. Entries are split by a hash of the headword into a tuning half
(SAME_NAME was chosen there) and a held-out half, on which this prints recall
of true pairs and false acceptance against (i) a random other foreign name and
(ii) a random other foreign name with the same first letter.

With --ntrex it also reads ../shared/dev-corpora/ntrex128-zhen/pairs.tsv
(English news with a professional Chinese translation): every source word
jieba cuts that looks transliterated is matched (best_match) against the runs
of capitalised words of its own target, and against those of a target from
another document: how often a name finds its rendering, and how often it
finds a false one among a sentence's worth of other names.

With --m104 it counts, on the WMT19 and NTREX-128 dev pairs, the names the
M104 check calls misspelt pinyin (qa.terminology.name_renderings, status
"misspelt") that are correct transliterations by this module.

    python -m bench.transliteration [--half tune|held-out] [--sweep] [--ntrex] [--m104]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from qa.lang.pinyin import fold
from qa.terminology.target_names import capitalised_runs
from qa.lang.transliteration import SAME_NAME, best_match, looks_transliterated, phonetic_similarity

DEV_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "dev-corpora"
NTREX = DEV_CORPORA / "ntrex128-zhen" / "pairs.tsv"
WMT19 = DEV_CORPORA / "wmt19-newstest-zhen" / "pairs.tsv"

_PERSON = re.compile(r"\(\s*(?:c\.\s*)?\d{3,4}\s*[-–]|\(\s*-\s*\d{3,4}|\bname\)|surname|given name")
_WORD = r"[A-Z][A-Za-z'’\-]*"
_NAME = re.compile(rf"{_WORD}(?: (?:{_WORD}|de|da|del|la|le|von|van|al|bin|ibn|der|den|di|du))*")
_GENERIC = frozenset("Island Islands Lake River Mountains Mount Mt Sea Bay Gulf Strait Desert City Province State "
                     "Republic Peninsula Canal Ocean Kingdom Company Corporation Empire Dynasty Church Party "
                     "University Airlines Bank Park Street Square Palace Hotel Falls Cape Valley County "
                     # names translated by meaning, in part or whole (东欧 Eastern Europe, 沙俄 Tsarist Russia)
                     "East West South North Southeast Southwest Northeast Northwest Eastern Western Southern "
                     "Northern Central Emperor Prophet Sir Saint St Tsarist Soviet Upper Lower Great Greater "
                     "Little Old".split())
_PARTICLES = frozenset("le la de da del di du van von der den al el bin ibn".split())
_COMBINING = re.compile(r"\b(?:Anglo|Russo|Sino|Franco|Austro|Indo|Greco|Judeo)-")


@dataclass(frozen=True)
class NamePair:
    chars: str
    english: str  # what the chars are compared with: the surname of a person, else the whole name
    gloss: str


def _english_name(definition: str) -> str | None:
    head = re.split(r"[,;(]| or | - ", definition, maxsplit=1)[0].strip()
    if not _NAME.fullmatch(head) or any(w in _GENERIC for w in head.split()) or len(head.split()) > 4 \
            or _COMBINING.search(head):
        return None
    return head


def _surname(name: str) -> str:
    """The last word of a person's name with its particles: "Marine Le Pen" → "Le Pen"."""
    words = name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def dev_pairs() -> list[NamePair]:
    """Foreign names of CC-CEDICT with the English word(s) their characters transliterate."""
    from qa.lang import cedict

    out: dict[str, NamePair] = {}
    for raw in cedict.entries():
        chars, pinyin, definitions = raw["simplified"], raw["pinyin"], raw["definitions"]
        if not pinyin[:1].isupper() or not definitions or chars in out or not looks_transliterated(chars):
            continue
        if any(w in definitions[0] for w in ("Japan", "Korea", "abbr.", "Chinese", "Buddhis", "Sanskrit")):
            continue
        name = _english_name(definitions[0])
        if name is None or fold(name) == "".join(fold(s) for s in re.sub(r"\d", " ", pinyin).split()):
            continue
        person = bool(_PERSON.search(definitions[0])) and "·" not in chars
        english = _surname(name) if person else name
        out[chars] = NamePair(chars, english, definitions[0][:70])
    return sorted(out.values(), key=lambda p: p.chars)


def split(pairs: list[NamePair]) -> tuple[list[NamePair], list[NamePair]]:
    """Tuning half and held-out half, by a hash of the characters (stable across runs and machines)."""
    tune = [p for p in pairs if zlib.crc32(p.chars.encode()) % 2 == 0]
    held = [p for p in pairs if zlib.crc32(p.chars.encode()) % 2 == 1]
    return tune, held


def scores(pairs: list[NamePair], seed: int = 0) -> tuple[list[float], list[float], list[float]]:
    """Similarity of each pair with its own name, a random other name, and a random other with its first letter."""
    rng = random.Random(seed)
    by_letter: dict[str, list[str]] = {}
    for p in pairs:
        by_letter.setdefault(fold(p.english)[:1], []).append(p.english)
    everyone = [p.english for p in pairs]
    own, other, hard = [], [], []
    for p in pairs:
        own.append(phonetic_similarity(p.chars, p.english))
        other.append(phonetic_similarity(p.chars, _other(rng, everyone, p.english)))
        hard.append(phonetic_similarity(p.chars, _other(rng, by_letter[fold(p.english)[:1]], p.english)))
    return own, other, hard


def _other(rng: random.Random, names: list[str], own: str) -> str:
    choices = [n for n in names if fold(n) != fold(own)]
    return rng.choice(choices) if choices else ""


def rate(values: list[float], threshold: float) -> float:
    return sum(v >= threshold for v in values) / len(values) if values else 0.0


def choose(hard: list[float], budget: float = 0.05) -> float:
    """The lowest threshold (two decimals) at which at most `budget` of the hard negatives pass."""
    t = 0.0
    while rate(hard, t) > budget:
        t = round(t + 0.01, 2)
    return t


def ntrex_rates(path: Path = NTREX, seed: int = 0) -> tuple[int, float, float]:
    """Transliterated source words of NTREX, and the share matched in their own target and in another document's."""
    from qa.io.delimited import read_rows
    from qa.lang.segment import segment

    rows = [r for r in read_rows(path.read_text(encoding="utf-8"), "\t") if len(r) >= 4][1:]
    rng = random.Random(seed)
    found = wrong = 0
    names = 0
    for doc, _, source, target in (r[:4] for r in rows):
        words = {w for w, _ in segment(source) if looks_transliterated(w)}
        if not words:
            continue
        other = rng.choice([r for r in rows if r[0] != doc])[3]
        own_runs, other_runs = capitalised_runs(target), capitalised_runs(other)
        for word in words:
            names += 1
            found += best_match(word, own_runs) is not None
            wrong += best_match(word, other_runs) is not None
    return names, found / max(names, 1), wrong / max(names, 1)


def m104_transliterations(path: Path) -> tuple[int, list[tuple[str, str]]]:
    """Names M104 calls misspelt in a dev corpus, and those of them that are transliterations sounding alike."""
    from qa.io.delimited import read_rows
    from qa.model import Pair
    from qa.terminology.name_renderings import analyse_pair

    rows = [r for r in read_rows(path.read_text(encoding="utf-8"), "\t")[1:] if len(r) >= 3]
    misspelt = [m for r in rows for m in analyse_pair(Pair(r[0], r[-2], r[-1])) if m.status == "misspelt"]
    sound = [(m.name.text, m.span) for m in misspelt
             if looks_transliterated(m.name.text) and phonetic_similarity(m.name.text, m.span) >= SAME_NAME]
    return len(misspelt), sound


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "held-out"), default="held-out")
    parser.add_argument("--sweep", action="store_true", help="recall and false acceptance at several thresholds")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed true pairs")
    parser.add_argument("--ntrex", action="store_true", help="also match names in context on NTREX-128 (en→zh news)")
    parser.add_argument("--m104", action="store_true", help="also count M104 misspellings that are transliterations")
    args = parser.parse_args(argv)
    tune, held = split(dev_pairs())
    pairs = tune if args.half == "tune" else held
    own, other, hard = scores(pairs)
    print(f"{args.half} half: {len(pairs)} foreign names (tuning {len(tune)}, held-out {len(held)})")
    thresholds = [round(0.4 + 0.02 * i, 2) for i in range(21)] if args.sweep else [SAME_NAME]
    print("threshold  recall  false-accept(random)  false-accept(same first letter)")
    for t in thresholds:
        print(f"{t:9.2f}  {rate(own, t):6.3f}  {rate(other, t):20.3f}  {rate(hard, t):31.3f}")
    print(f"threshold with ≤ 5 % false acceptance (same first letter) on this half: {choose(hard):.2f}")
    missed = sorted((s, p.chars, p.english) for s, p in zip(own, pairs) if s < SAME_NAME)
    for s, chars, english in missed[: args.misses]:
        print(f"  missed {chars} {english} {s:.2f}")
    needed = [NTREX] * args.ntrex + [NTREX, WMT19] * args.m104
    missing = [p for p in needed if not p.exists()]
    if missing:
        print(f"bench.transliteration: {missing[0]} is not present", file=sys.stderr)
        return 2
    if args.ntrex:
        names, found, wrong = ntrex_rates()
        print(f"NTREX-128: {names} transliterated source words; matched in own target {found:.3f}, "
              f"in another document's target {wrong:.3f}")
    for path in (WMT19, NTREX) if args.m104 else ():
        total, sound = m104_transliterations(path)
        shown = ", ".join(sorted({f"{zh} {en}" for zh, en in sound}))
        print(f"M104 on {path.parent.name}: {total} misspelt, {len(sound)} correct transliterations ({shown})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
