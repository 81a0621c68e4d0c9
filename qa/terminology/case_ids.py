"""T105 on pairs that share an id: its rules count pairs by id (the pairs capitalising a word, the
sources by id), so two pairs under one id would be one pair to them, the later's source standing
for both. The API takes any pairs; the table reader refuses a repeated id, yet a caller may join
or build pairs itself. Such pairs are judged under ids of their own and reported under their own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from qa.model import Pair
from qa.terminology.case_names import CaseSlip


def distinct_ids(pairs: list[Pair]) -> tuple[list[Pair], dict[str, Pair]]:
    """The pairs with an id each (the same list when no id repeats) and, per id given, the pair it
    stands for: the second p0006 is judged as "p0006#2"."""
    counts = Counter(p.id for p in pairs)
    if all(n == 1 for n in counts.values()):
        return pairs, {}
    taken, seen = set(counts), Counter()
    out, given = [], {}
    for pair in pairs:
        seen[pair.id] += 1
        if counts[pair.id] == 1:
            out.append(pair)
            continue
        new, n = f"{pair.id}#{seen[pair.id]}", seen[pair.id]
        while new in taken:
            n += 1
            new = f"{pair.id}#{seen[pair.id]}.{n}"
        taken.add(new)
        given[new] = pair
        out.append(replace(pair, id=new))
    return out, given


def restored(slips: list[CaseSlip], given: dict[str, Pair]) -> list[CaseSlip]:
    """The slips under the pairs and ids they were found in (`given`: distinct_ids's)."""
    if not given:
        return slips
    return [replace(s, pair=given.get(s.pair.id, s.pair),
                    majority=tuple(given[i].id if i in given else i for i in s.majority)) for s in slips]
