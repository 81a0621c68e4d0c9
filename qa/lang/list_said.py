"""Whether the English renders a source list item after all, though the series matched to its list lost it:
a sense of the item in or beside the series, or anywhere in its sentence by the item's head (a name of it
anywhere in the English is qa.lang.list_names.name_said). Split from qa.lang.list_series (which matches lists
to series)."""

from __future__ import annotations

from typing import Sequence

from qa.lang.en_words import english_tokens
from qa.lang.list_gaps import whole_gloss
from qa.lang.list_items import ItemEvidence
from qa.lang.list_words import renders


def said(found: Sequence[ItemEvidence], k: int, target: str, around: tuple[int, int], words: Sequence[str],
          sentence: range, elsewhere: bool) -> bool:
    """Whether the English may render the item after all: one of its senses in the series or the pieces
    beside it (two items rendered together, "proactiveness" for 积极、主动; "A and B and C"), or, unless the
    source says its word elsewhere, anywhere in the series' sentence by a whole gloss or a gloss's last content word (qa.lang.list_gaps.whole_gloss:
    "provided" two clauses off is half of 养老 "to provide for the elderly", "the elderly" renders it). Beside the series, a word the item
    shares with another one (艺术 of 装置艺术、表演艺术: "performing art") renders that other item."""
    e = found[k]
    near = [j for j, t in enumerate(english_tokens(target)) if around[0] <= t.start and t.end <= around[1]]
    if any(words[j] and renders(words[j], _unshared(found, k)) for j in near):
        return True
    if elsewhere:
        return False
    own = e.senses - frozenset().union(*(x.senses for n, x in enumerate(found) if n != k)) or e.senses
    # far from the series, only the item's head renders it: "automatically" two clauses off renders 自动 of some
    # other phrase, not 自动分析 "automatic analysis"; near it, any of its words may ("culture too" for 文化事业)
    head = _head_senses(e.item.text) & own or own
    if k == len(found) - 1 and not any(words[j] and renders(words[j], head) for j in sentence):
        # 教育、卫生和文化事业: the last item's head unsaid in the sentence is the list's (education and health
        # undertakings), which the English dropped: the rest of the item is its own ("culture" renders it)
        head = own
    close = range(min(near, default=0) - NEAR_WORDS, max(near, default=0) + NEAR_WORDS + 1)
    spelt = [j for j in e.anchors if j in sentence and words[j] and not renders(words[j], e.senses)]  # pinyin, acronym
    if bool(spelt) or any(words[j] and renders(words[j], own) for j in sentence if j in close):
        return True
    far = [j for j in sentence if j not in close and words[j] and renders(words[j], head)]
    return bool(far) and whole_gloss(e.item.text, [words[j] for j in sentence if words[j]], [words[j] for j in far])


NEAR_WORDS = 3  # words either side of the series (and its joined neighbours) where any word of an item renders it


def _head_senses(text: str) -> frozenset[str]:
    """Stems of the CC-CEDICT senses of the item's longest proper tail of whole jieba words that has any
    (Chinese compounds are head-final: 自由 of 全球自由 'global freedom', 分析比料 of 自动分析比料); the item's
    own when it is one dictionary word; empty when none. Cut at words, not characters: 人工智能技术 has no
    head 工智能技术."""
    from qa.align.cedict import index
    from qa.lang.list_items import item_senses
    from qa.lang.segment import segment

    if text in index():
        return item_senses(text)
    words = [w for w, _ in segment(text)]
    tails = ("".join(words[i:]) for i in range(1, len(words)))
    return next((senses for senses in map(item_senses, tails) if senses), frozenset())


def _unshared(found: Sequence[ItemEvidence], k: int) -> frozenset[str]:
    """The item's senses less those of a dictionary word written in another item too (艺术 in 装置艺术 and
    表演艺术); all of them when nothing is left or nothing is shared."""
    from qa.lang.list_items import item_senses

    text = found[k].item.text
    others = [x.item.text for n, x in enumerate(found) if n != k]
    shared = {text[i:j] for i in range(len(text)) for j in range(i + 2, len(text) + 1)
              if any(text[i:j] in o for o in others)}
    lost = frozenset().union(*(item_senses(w) for w in shared)) if shared else frozenset()
    return found[k].senses - lost or found[k].senses


