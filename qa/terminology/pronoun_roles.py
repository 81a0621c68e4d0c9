"""Which English pronouns could stand for a source name, by the name's place in its clause.

qa.terminology.stand_ins.spare_pronoun counts the target's pronouns that no 他/她 of
the source accounts for: any spare one may be the person the target does not name. But
English writes possessives Chinese leaves implicit (腰里的家伙 "the object at his belt"),
so in a novel a spare "his" is common and says nothing of a name that ends its clause
as a bare object (看着余占鳌。): English would say "him" for it, never "his". Likewise "my
name" is the one name the source says as a name (提到王二), not another person beside it (除了罗小四).
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


# What says a name as a name: a verb before it (提到王二, 叫王二) or a word for "name" after it (王二这个名字).
_SAYING_BEFORE = ("提到", "提起", "提及", "说起", "说出", "叫", "喊", "念", "称", "写", "签")
_NAME_AFTER = ("这个名字", "这名字", "的名字", "这个名", "二字", "三个字", "两个字")


def said_as_name(mention: NameMention, pair: Pair) -> bool:
    """The source says the name as a word ("mentioned my name" for 提到王二): only then may the target's
    "my name" or "her name" be this person's."""
    before = pair.source[max(0, mention.start - 2) : mention.start]
    after = pair.source[mention.start + len(mention.text) :]
    return before.endswith(_SAYING_BEFORE) or after.startswith(_NAME_AFTER)
