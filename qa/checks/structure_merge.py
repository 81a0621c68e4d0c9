"""Whether a source sentence the aligner left without a counterpart was folded into a neighbour's English.

A004 aligns a short pair sentence by sentence with a bonus for leaving a
source sentence out; literary translators often join two sentences into one
("沙瑞山说着，在另外两台终端上快速操作起来。很快，他调出了…" → "He went to the
other two terminals and typed rapidly to bring up the data …"). Such a
sentence is not lost when the English aligned to a neighbouring source
sentence spells a name of it in pinyin that the neighbour's source does not
have (谁知狗儿利名心重 … → "Gou-er's cupidity, however, had been aroused by
the words of his mother-in-law, and …").
"""

from __future__ import annotations

from typing import Sequence

MERGED_EVIDENCE = 2  # points of the left-out sentence's own names found in a neighbour's English (two a name)


def folded_into_neighbour(i: int, sentences: Sequence[str], beads: Sequence, target_sentences: Sequence[str]) -> bool:
    """True when source sentence i (left out by the aligner) has enough of its own words in the English
    of the bead before or after it to read as merged into that rendering."""
    for k in (i - 1, i + 1):
        bead = next((b for b in beads if k in b.src and b.tgt), None)
        if bead is None:
            continue
        english = " ".join(target_sentences[j] for j in bead.tgt)
        explained = " ".join(sentences[j] for j in bead.src)
        if _own_evidence(sentences[i], explained, english) >= MERGED_EVIDENCE:
            return True
    return False


def _own_evidence(sentence: str, neighbour: str, english: str) -> int:
    """Points for the sentence's names spelled in pinyin in `english` and absent from `neighbour`'s source
    (two each). Dictionary words are no evidence: a news story's next sentence shares its topic words
    (冰球, 冬奥, "enthusiasm"), and counting them lost a tenth of the dropped English sentences."""
    from qa.lang.list_anchors import pinyin_anchors
    from qa.lang.list_items import item_senses
    from qa.lang.segment import segment

    points, seen = 0, set()
    for word, tag in segment(sentence):
        if len(word) < 2 or word in seen or word in neighbour:
            continue
        seen.add(word)
        # a name: jieba's nr, or a word it built from characters the dictionary does not know (狗儿 "Gou-er")
        if (tag.startswith("nr") or (tag == "new" and not item_senses(word))) and pinyin_anchors(word, english):
            points += 2
    return points
