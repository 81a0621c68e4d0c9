"""Which English pronouns could stand for a source name, by the name's place in its clause.

qa.terminology.stand_ins.spare_pronoun counts the target's pronouns that no 他/她 of
the source accounts for: any spare one may be the person the target does not name. But
English writes possessives Chinese leaves implicit (腰里的家伙 "the object at his belt"),
so in a novel a spare "his" is common and says nothing of a name that ends its clause
as a bare object (看着余占鳌。): English would say "him" for it, never "his".
"""

from __future__ import annotations

import re

from qa.lang.zh_names import NameMention
from qa.model import Pair

_CLAUSE_END = frozenset("。，；！？、：…」』”）,;!?:")
_ZH_HIS = re.compile(r"他(?=的)")


def ends_clause(mention: NameMention, pair: Pair) -> bool:
    """The name is the last word of its clause (看着余占鳌。): no possessor of anything after it."""
    end = mention.start + len(mention.text)
    return end < len(pair.source) and pair.source[end] in _CLAUSE_END


def possessives_apart(mention: NameMention | None, pair: Pair) -> tuple[int, int]:
    """("his" of the target, 他的 of the source) to leave out of the spare count for `mention`:
    both when the name ends its clause, none otherwise."""
    if mention is None or not ends_clause(mention, pair):
        return 0, 0
    his = len(re.findall(r"\b[Hh]is\b", pair.target))
    return his, len(_ZH_HIS.findall(pair.source))
