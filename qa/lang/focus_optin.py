"""The focusing and time adverbs A007 leaves out (也 'also', 还 'still, also', 已经 'already', 只 'only', 才,
又/再 'again'), read in place, and the English that renders each: A008's reading.

qa.lang.focus_adverbs lists how often translators leave these unrendered in
clean text (17-63 %), which is why A007 does not read them and A008 is off
by default. The reading here is as strict as the grammar allows, so what is
left is the adverb's own sense: 也 of a correlative (不仅…也, 既…也 "both …
and"), of a concession or "any" (即使…也, 什么也不 "nothing"), 又…又 "both
… and", 还是 of a question ("or"), 还 of a comparison (比…还 "even more") or
of a rating (还不错 "not bad"), 再 of a sequence (先…再 "then") or of 再…也
"no matter how", 才 of 只有…才 (the 只有 says it), and
只 as a measure word (一只) are not read. The English counts as rendering
a meaning with any of its renderings anywhere in the English ("only" anywhere
near the verb, "too", "as well", "either" for 也, the perfect tense for
已经): a finding needs none at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.lang.focus_adverbs import AGAIN, CONCESSIVE, SENTENCE_END, STILL
from qa.lang.qualifier_entry import Qualifier
from qa.lang.qualifiers import renderings

ALSO = ("also", "too", "as well", "either", "neither", "nor", "likewise", "similarly", "in addition",
        "additionally", "besides", "moreover", "furthermore", "even", "both", "equally", "alike", "in turn",
        "the same", "again", "another", "so (?:do|does|did|is|are|was|were|has|have|had|can|could|will|would)")
ONLY = ("only", "just", "mere\\w*", "solely", "simply", "alone", "nothing (?:else )?but", "no more than", "but",
        "exclusively", "sole", "single", "limited to", "at most", "barely", "purely", "none but", "no other",
        "all (?:\\w+ )?(?:can|could|did|do|does|was|is|were|will|would)")
ALREADY = ("already", "by now", "so far", "to date", "now", "yet", "since", "no longer", "ever", "previously",
           "earlier", "before", "by (?:then|the time|that time)", "long", "ago", "been")
# the senses 还 takes: still, also, yet, even more
STILL_OR_ALSO = STILL + ALSO + ("yet", "more", "further", "other", "plus")
ONLY_IF = ONLY + ("unless", "until", "before", "must", "need\\w*", "requir\\w*", "ha(?:ve|s|d) to", "key",
                  "depend\\w*", "provided", "as long as", "if")
# 才: "only", "not until", "only then", "finally", "just now"
THEN_ONLY = ONLY_IF + ("finally", "at last", "eventually", "then", "late", "when", "after", "so that",
                       "in order", "able to", "can", "could")
AGAIN_MORE = AGAIN + ("then", "any (?:more|longer)", "no (?:more|longer)", "never", "additional\\w*", "extra",
                      "next", "later", "after\\w*", "anymore")
AGAIN_ALSO = AGAIN + ALSO + ("yet", "once more", "moreover", "then", "next")  # 又叫道 "then he called"
BUT_ONLY = ONLY + ("however", "though", "although", "yet", "except", "rather", "instead")
OR_STILL = STILL + ("or", "whether", "after all", "in the end", "ended up", "end up", "eventually", "ultimately",
                    "anyway", "rather", "instead", "better", "decided")

ENTRIES: dict[str, Qualifier] = {
    "也": Qualifier("也", "also", ALSO), "亦": Qualifier("亦", "also", ALSO),
    "也是": Qualifier("也是", "also", ALSO),
    "还": Qualifier("还", "still, also", STILL_OR_ALSO),
    "还是": Qualifier("还是", "still", OR_STILL),
    "已": Qualifier("已", "already", ALREADY), "已经": Qualifier("已经", "already", ALREADY),
    "早已": Qualifier("早已", "already", ALREADY), "业已": Qualifier("业已", "already", ALREADY),
    "只": Qualifier("只", "only", ONLY), "只是": Qualifier("只是", "only", BUT_ONLY),
    "只有": Qualifier("只有", "only", ONLY_IF),
    "才": Qualifier("才", "only then", THEN_ONLY),
    "又": Qualifier("又", "again", AGAIN_ALSO), "再": Qualifier("再", "again", AGAIN_MORE),
}
# 还没, 还未, 还不 "not yet": a negated perfect ("hasn't arrived") or "until" says it (perfect_tense)
NOT_YET = Qualifier("还", "not yet", STILL_OR_ALSO + ("until", "so far", "by now", "never"))
_CORRELATIVE = frozenset({"不仅", "不但", "不只", "不光", "不单", "既", "既是", "非但", "不仅仅"})
_ANY = frozenset({"任何", "什么", "谁", "哪", "哪儿", "哪里", "怎么", "怎样", "多少", "一点", "一点儿", "丝毫", "一个",
                  "一次", "一分", "一刻", "一句", "一步", "半点", "再", "连", "就算", "无论", "不管", "不论"})
_RATING = frozenset({"不错", "可以", "行", "好", "算", "凑合"})
_SEQUENCE = frozenset({"先", "首先", "然后", "后", "之后", "以后", "过后", "再说"})
# clause joiners that say "also" themselves (同时 "meanwhile", 此外 "besides"): the English renders the joiner
_JOINERS = frozenset({"同时", "此外", "另外", "而且", "并且", "况且", "同样", "与此同时", "再者", "加之"})
_SPEAKING = frozenset({"说", "表示", "指出", "强调", "提到", "透露", "补充", "补充道", "说道", "称", "认为", "谈到"})
_PERCEIVING = frozenset({"见", "听", "听见", "听得", "觉", "觉得", "看见", "听到", "看到"})
_NEGATION = frozenset({"不", "没", "没有", "未", "无", "别", "不要"})
_CLAUSE_END = SENTENCE_END | frozenset("，,：:")
_DIGITS = re.compile(r"[0-9０-９一二三四五六七八九十两几这那每哪各某半]$")


_PERFECT_SAYS = frozenset({"already", "not yet"})


def tag_before(words: list[tuple[str, str]], n: int) -> str:
    """The part-of-speech tag of the word before `n` ("" at the start)."""
    return words[n - 1][1] if n else ""


def _added(entry: Qualifier) -> Qualifier:
    """也说, 还表示, 还补充道: saying one more thing is "added", "further" in the English."""
    return Qualifier(entry.word, entry.gloss, entry.english + ("add(?:s|ed|ing)?", "further\\w*"))


@dataclass(frozen=True)
class FocusUse:
    qualifier: Qualifier
    start: int
    end: int


def _clause(words: list[tuple[str, str]], n: int, step: int) -> list[str]:
    """The words of the clause before (`step` -1, nearest last) or after (+1) word `n`."""
    out, k = [], n + step
    while 0 <= k < len(words) and words[k][0] not in _CLAUSE_END:
        out.append(words[k][0])
        k += step
    return out[::-1] if step < 0 else out


def _sentence_before(words: list[tuple[str, str]], n: int) -> list[str]:
    out, k = [], n - 1
    while k >= 0 and words[k][0] not in SENTENCE_END:
        out.append(words[k][0])
        k -= 1
    return out[::-1]


def reading(words: list[tuple[str, str]], n: int, source: str, at: int) -> Qualifier | None:
    """The adverb jieba's word `n` says in place, or None where the grammar gives it no sense of its own."""
    word, tag = words[n]
    entry = ENTRIES.get(word)
    if entry is None:
        return None
    before, after = _clause(words, n, -1), _clause(words, n, 1)
    sentence = _sentence_before(words, n)
    if word in ("也", "亦", "也是"):
        if any(w in _CORRELATIVE or w in CONCESSIVE or w in _ANY or w in _JOINERS for w in sentence) \
                or source.startswith("也就是", at):
            return None  # 不仅…也 "not only … but", 即使…也 "even if", 什么也不 "nothing", 同时…也 "meanwhile",
            # 也就是 "that is": no "also" of its own
        return _added(entry) if after[:1] and after[0] in _SPEAKING else entry
    if word == "还":
        if tag.startswith("v") or not after or "比" in "".join(before) or after[0] in _RATING \
                or any(w in _CORRELATIVE or w in _JOINERS for w in sentence) or source.startswith("还不如", at):
            return None  # 还钱, 借了不一定还 "pay back"; 比…还 "even more"; 还不错 "not bad"; 不仅…还 "and"
        # 还没收到: jieba may cut 没收 'confiscate'; the characters say 还没 "not yet"
        if source[at + 1 : at + 2] in ("没", "未", "不"):
            return NOT_YET
        return _added(entry) if after[0] in _SPEAKING else entry
    if word == "还是":
        rest = "".join(after) + source[at:].split("。")[0]
        if "是" in before or any(w in ("无论", "不管", "不论") for w in sentence) or re.search("[吗呢？?吧]", rest):
            return None  # 是…还是 "whether … or", 还是…吧 "had better", a question's "or"
        return entry
    if word in ("只", "只是", "只有"):
        if word == "只" and (tag in ("q", "m") or _DIGITS.search(source[:at]) or after[:1] and after[0] in _PERCEIVING):
            return None  # 一只, 这只: a measure word; 只听见, 只见 "then heard, saw": the storyteller's formula
        if word == "只是" and not before:
            return Qualifier(word, "but, only", BUT_ONLY)
        return entry
    if word == "才":
        if any(w in ("只有", "唯有", "只要") for w in sentence):
            return None  # 只有…才 "only if": 只有 says it
        return entry
    if word == "又":
        clause = source[source.rfind("，", 0, at) + 1 : at] + source[at + 1 :].split("，")[0]
        if "又" in clause or (tag_before(words, n)[:1] == "a" and (words[n + 1][1][:1] if n + 1 < len(words) else "") in "av"):
            return None  # 又高又瘦, 又快又准时 (jieba cuts 快又准) "both … and"; 古怪又可爱 "odd but adorable"
        return entry
    if word == "再":
        if any(w in _SEQUENCE for w in before + after[:1]) or "也" in after or (after[:1] and after[0] in _NEGATION):
            return None  # 先…再 "then", 再…也 "no matter how", 再不 "or else"
        return entry
    return entry


# "has risen", "have also come", "hasn't yet arrived", "I've not finished": the perfect with adverbs between
_BETWEEN = r"(?:\s+(?:not|also|already|just|now|since|yet|ever|never|still|\w+ly))*"
_PERFECT = re.compile(rf"\b(?:has|have|had|having)(?:n['’]t)?{_BETWEEN}\s+([a-z]+)\b|['’](?:ve|d){_BETWEEN}\s+([a-z]+)\b",
                      re.I)


def perfect_tense(target: str) -> bool:
    """Whether the English uses a perfect ("has risen", "has become", "hasn't arrived"): it says 已经
    'already' and 还没 'not yet' (the word after has/have/had is a past participle by lemminflect)."""
    from lemminflect import getAllInflections

    from qa.lang.lemmas import all_lemmas

    for m in _PERFECT.finditer(target):
        verb = (m.group(1) or m.group(2) or "").lower()
        forms = [getAllInflections(lemma, upos="VERB") for lemma in all_lemmas(verb).get("VERB", ())]
        # lemminflect leaves out a VBN spelt as the VBD ("indicated"); "put", "become" have their own
        if verb == "been" or any(verb in f.get("VBN", f.get("VBD", ())) for f in forms):
            return True
    return False


def focus_uses(source: str, skip: tuple[tuple[int, int], ...] = ()) -> list[FocusUse]:
    """The adverbs of ENTRIES the source says in place (jieba words), in reading order, but none inside a
    span of `skip` (what A007 reads there)."""
    from qa.lang.segment import segment

    words = list(segment(source))
    uses, at = [], 0
    for n, (word, _) in enumerate(words):
        if word in ENTRIES and not any(a <= at < b for a, b in skip):
            qualifier = reading(words, n, source, at)
            if qualifier is not None:
                uses.append(FocusUse(qualifier, at, at + len(word)))
        at += len(word)
    return uses


def missing_focus(source: str, target: str, skip: tuple[tuple[int, int], ...] = ()) -> list[FocusUse]:
    """The first use of each meaning of which nothing in the English is a rendering."""
    out: dict[str, FocusUse] = {}
    rendered: set[str] = set()  # a meaning rendered once answers its other uses (也 … 也 "also" once)
    for use in focus_uses(source, skip):
        gloss = use.qualifier.gloss
        if gloss in out or gloss in rendered:
            continue
        if renderings(use.qualifier.english).search(target) or (gloss in _PERFECT_SAYS and perfect_tense(target)):
            rendered.add(gloss)
            continue
        out[gloss] = use
    return sorted(out.values(), key=lambda u: u.start)
