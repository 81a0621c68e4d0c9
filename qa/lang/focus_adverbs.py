"""Focusing and time adverbs of the source a translation must carry (再次 'again', 尤其 'especially',
仍然 'still', 率先 'first', 只能 'can only'), read as jieba words in place, and the English that renders them.

These adverbs change what a sentence claims (done again is not done; "can
only" is not "can"), yet many are dropped or restructured routinely by
translators: a rule on them is precise only word by word. Each entry was
measured on the clean pairs of the five dev corpora (MAC-Dev, WMT22
references A and B, WMT19, NTREX): the comment beside it gives how many of
its uses as a word of its own leave all its renderings out of the English
(再次 4 of 36, 仍然 2 of 30, 只能 1 of 22, the others fewer, as first
measured), and those pairs were read: most are real omissions. Reading 但仍
"but still", 仍不 "still not" and the adverbs jieba glues (仍会) adds three
clean findings, all read real (bench/review); 到目前为止…依然 (WMT19
l1431) is no longer reported. Its English is what carries the
adverb's own sense: its CC-CEDICT senses plus "remain" for 仍, re-verbs for
再次, "have to" for 只能; never a word that renders the verb it stands
before (仍保持 "still holds": "holds" is 保持) or another word of the
sentence ("but" alone is no "can only", "very" is 很).

Left out, as unrendered in too many clean uses (generous renderings counted):
也/亦/还有 'also' (47 %, 50 %, 63 %), 还/还是 'also, still' (33 %, 50 %), 已/已经
'already' (21 %, 22 % with the perfect tense counted), 只 'only' before a
verb, 只是, 只有 (19 %, 18 %, 17 %: 19 new clean findings, most noise), 才 (46 %),
主要 'mainly' (10 clean findings, all before a verb the English renders alone),
又/再 'again' (15 %; with the others above, A008's: qa.lang.focus_optin), 首先 'first of all' (2 of 19,
both a sequence the English keeps another way), 第一次 (5 clean findings: 第一次
来到这个世界 "when you came into the world" is the once-only first), 格外 (1 of 2).
连 'even' (55 %) and 乃至 (38 %) were left out as words; read as 连…都/也 and beside 甚至 (qa.lang.qualifiers,
with EVEN below), 乃至 is A007's and 连 A008's (6 of its 7 clean findings were restructured English).
"""

from __future__ import annotations

import re

from qa.lang import cedict
from qa.lang.qualifier_entry import Qualifier

ESPECIALLY = ("especially", "particular\\w*", "notabl\\w*", "special\\w*", "above all", "chiefly", "mainly",
              "most\\w*", "even", "in particular", "not least", "primarily", "specific\\w*", "including",
              "such as", "more so", "\\w+st of all", "focus\\w*", "priorit\\w*")  # "worst of all", "with a focus on"
STILL = ("still", "remain\\w*", "continu\\w*", "yet", "persist\\w*", "as (?:ever|before|always|usual)",
         "keep\\w*", "kept", "unchang\\w*", "nevertheless", "nonetheless", "again", "stay\\w*", "h[eo]ld\\w*",
         "maintain\\w*", "steady", "once more", "ongoing", "even now")
# 仍 before a verb of keeping (仍保持, 仍坚持): "hold", "maintain", "keep" render that verb, not the "still"
STILL_OWN = ("still", "yet", "as (?:ever|before|always|usual)", "nevertheless", "nonetheless", "again",
             "once more", "even now", "unchang\\w*")  # 仍保持不变 "remained unchanged"
_KEEPING = frozenset({"保持", "维持", "坚持", "保留", "停留"})
# 仍将持续 "will go on", 争论仍在继续 "as the fight continues": a verb of going on says the "still"
_GOING_ON = frozenset({"持续", "延续", "继续"})
# 但…仍 "but still": its English may move the contrast to a concession ("… despite the testimony")
CONTRAST = ("despite", "in spite of", "although", "though", "even so", "regardless", "notwithstanding")
_BUT = frozenset({"但", "但是", "可是", "然而", "不过", "却"})
AGAIN = ("again", "once more", "anew", "afresh", "another", "second", "renew\\w*", "repeat\\w*", "re-\\w+",
         "reiterat\\w*", "reaffirm\\w*", "revisit\\w*", "reappear\\w*", "resum\\w*", "reopen\\w*", "reelect\\w*",
         "further", "more", "new (?:\\w+ )?records?", "return\\w*", "resurg\\w*", "recur\\w*", "rebound\\w*",
         "back")
# 连…都 'even' (A008), 乃至 'and even' (A007): with both, 0.95-1.00 of dropped "even" found on every corpus and
# both seeds; 连 alone raised 7 clean findings, 6 noise, so it is off by default: "not a single", "every single" say 连一个都
EVEN = ("even", "including", "let alone", "so much as", "down to", "up to", "as well as", "all the way",
        "beyond", "and (?:also )?even", "or even", "not a single", "every single")
FIRST_TIME = ("first\\w*", "debut", "maiden", "never before", "inaugural", "premiere", "initial\\w*", "opener")
# 率先 "be the first to", "take the lead": ahead of the others
AHEAD = ("first\\w*", "lead\\w*", "led", "pioneer\\w*", "ahead", "forefront", "before", "earliest", "vanguard",
         "spearhead\\w*", "initiat\\w*", "front\\w*")
# 只能 "can only": the only way left (have to, no choice); "but" only in "nothing but", "cannot but", "no choice
# but"; "all we could do was wait", "all I can say is"
CAN_ONLY = ("only", "just", "mere\\w*", "solely", "simply", "no more than", "ha(?:ve|s|d|ving) to", "must",
            "forced", "obliged", "no (?:choice|option|alternative|other)", "nothing (?:else )?but", "cannot but",
            "could not but", "left (?:with|to)", "limited to", "restricted to", "confined to", "alone",
            "all (?:that )?\\w+ (?:can|could|will|would)",
            "(?:not|never|\\w+n't)(?:\\W+\\w+){0,6}?\\W+until")  # 只能等到周一才 "won't … until Monday"
# 刚, 刚刚 "just (now)": a moment ago ("died only days before"), "barely" an age ("in his early twenties"), 刚要
# "about to"
JUST = ("just", "recent\\w*", "newly", "fresh\\w*", "barely", "moment", "ago", "soon after", "no sooner",
        "hardly", "right after", "as soon as", "about to", "on the (?:point|verge|brink) of",
        "only (?:a )?(?:few )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)", "early (?:\\w+ties|\\d+s)",
        "today", "tonight", "this (?:morning|afternoon|evening|week)")  # 今天刚到的 "arrived today"
# 刚…就, 刚…，… "as soon as": "the day he arrived", "on arrival", "the minute she walked in", or a sequence
# the English keeps with "as", "when" (刚来的时候 "when I first came")
JUST_THEN = JUST + ("(?:the|that) (?:very )?(?:moment|minute|instant|second|day|night|morning|evening|week)",
                    "(?:on|upon) (?:(?:his|her|their|its|my|our|your|the) )?\\w+(?:al|ing)", "once", "immediately",
                    "when", "as", "after", "while")
# 尤为 "particularly": a degree, also given by a superlative (counted apart: focus_adjustment) or an adjective
# of the highest degree ("of the utmost importance", "crucial"); not "very" or "great", which render 很, 大
ABOVE_ALL = ESPECIALLY + ("extremely", "exceptional\\w*", "all the more", "even more", "utmost",
                          "more than anything", "crucial\\w*", "vital\\w*", "critical\\w*", "paramount")

FOCUS_QUALIFIERS: tuple[Qualifier, ...] = (
    # unrendered in n of m clean uses of the five dev corpora; each counted once per sentence (once=True)
    Qualifier("再次", "again", AGAIN, once=True),  # 4 of 36
    Qualifier("再度", "again", AGAIN, once=True),  # 0 of 3
    Qualifier("尤其", "especially", ESPECIALLY, once=True),  # 2 of 34
    Qualifier("尤其是", "especially", ESPECIALLY, once=True),
    Qualifier("特别是", "especially", ESPECIALLY, once=True),  # 0 of 17 (特别 before 是: jieba cuts 特别 + 是)
    Qualifier("尤为", "particularly", ABOVE_ALL, once=True),  # 0 of 8
    Qualifier("依然", "still", STILL, once=True),  # 1 of 15
    Qualifier("依旧", "still", STILL, once=True),  # 0 of 6
    Qualifier("仍然", "still", STILL, once=True),  # 2 of 30
    Qualifier("仍", "still", STILL, once=True),  # 2 of 37 kept uses (of 78), see the module docstring
    Qualifier("率先", "first, ahead of others", AHEAD, once=True),  # 0 of 8
    Qualifier("刚", "just (now)", JUST, once=True),  # 0 of 18
    Qualifier("刚刚", "just (now)", JUST, once=True),  # 0 of 9 (刚刚好 'just right' is no time)
    Qualifier("首度", "for the first time", FIRST_TIME, once=True),  # no clean use
    Qualifier("初次", "for the first time", FIRST_TIME, once=True),  # 0 of 1
    Qualifier("只能", "can only", CAN_ONLY, once=True),  # 1 of 22
)
_BY_WORD = {q.word: q for q in FOCUS_QUALIFIERS}
_STILL_ADVERBS = frozenset({"仍", "仍然", "依然", "依旧"})
# adverbs jieba glues to what follows (仍会/new, 仍早/new, 刚用/new; 尤为重要/nr): longest first
_GLUED = ("仍然", "仍", "刚刚", "刚", "只能", "尤为")
# the first characters of every word `focus_use` may read (an adverb, one glued to what follows, 特别是): a word
# opening with another says none, so a caller walking every word of a paragraph asks only about these
FOCUS_OPENINGS = frozenset(w[0] for w in (*_BY_WORD, *_GLUED, "特别"))
SENTENCE_END = frozenset("。！？；!?;")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# "although": a concession whose English ("although", "despite") carries the contrast; 但/却 "but" do not
# (但仍 is "but still")
CONCESSIVE = frozenset({"虽然", "虽", "虽说", "尽管", "尽管如此", "即使", "即便", "哪怕", "纵然", "纵使", "虽然如此"})
# "until now": 至今仍 'to this day … still', where the English perfect with "to this day", "so far" carries it
_UNTIL_NOW = ("至今", "迄今", "直到今天", "目前为止", "到现在", "直到现在", "到今天", "截至", "截止目前", "截止到")
_AUXILIARY = frozenset({"将", "会", "要", "能", "在", "得", "需", "需要", "可能", "可以", "还", "是"})


def focus_use(words: list[tuple[str, str]], n: int) -> tuple[Qualifier, int] | None:
    """The focusing adverb the jieba word `words[n]` says, with its length, or None.

    特别 counts only before 是 (特别是 "especially"): before a verb or an
    adjective it is as often "very" or "specially", and translators render
    its degree freely (4 of 41 clean uses unrendered). An adverb jieba glues
    to the next word (仍会) is read at the start of a word neither jieba's
    dictionary nor CC-CEDICT holds (刚性, 刚需, 刚好, 仍旧 are words of their own).
    """
    word = words[n][0]
    if word == "特别":
        return (_BY_WORD["特别是"], 3) if n + 1 < len(words) and words[n + 1][0] == "是" else None
    adverb = word if word in _BY_WORD else _glued_adverb(*words[n])
    if adverb is None:
        return None
    following = [w for w, _ in words[n + 1 :]]  # only for an adverb: asked of every word of a sentence
    if adverb != word:
        following.insert(0, word[len(adverb) :])
    after = following[0] if following else ""
    if adverb in ("刚", "刚刚") and (after == "好" or not _HAN.match(after)):
        return None  # 刚刚好 'just right' (an amount, not a time); 他叫刚。 the given name, qualifying nothing
    qualifier: Qualifier | None = _BY_WORD[adverb]
    if adverb in _STILL_ADVERBS:
        qualifier = still_reading(_BY_WORD[adverb], words[:n], following)
    elif adverb in ("刚", "刚刚"):
        qualifier = _just_reading(_BY_WORD[adverb], following)
    return (qualifier, len(adverb)) if qualifier else None


def _just_reading(just: Qualifier, following: list[str]) -> Qualifier | None:
    """刚开始 'at first' is a phrase of its own ("in the beginning", "when I started out"). 刚 opening a
    time clause (刚…就, 刚…的时候, 刚伸手至大腿处，只觉…) says "as soon as", "when first": also "the day he
    arrived", "on arrival", "when I first came", "as her hand strayed"."""
    if following[0] in ("开始", "起步"):
        return None
    sentence = []
    for word in following:
        if word in SENTENCE_END:
            break
        sentence.append(word)
    clause = sentence[: next((k for k, w in enumerate(sentence) if w in ("，", ",")), len(sentence))]
    if "就" in sentence or len(clause) < len(sentence) - 1 or any(w in ("时候", "时", "之初") for w in clause):
        return Qualifier(just.word, just.gloss, JUST_THEN, once=True)
    if "的" in clause:  # 刚上任的市长, 刚秀出来的穗子: "the newly elected mayor", "new ears"
        return Qualifier(just.word, just.gloss, JUST + ("new",), once=True)
    return just


def _glued_adverb(word: str, tag: str) -> str | None:
    """The adverb a word jieba guessed (tag "new": its dictionary does not hold it) starts with, unless
    CC-CEDICT holds the word (刚需 'rigid demand')."""
    adverb = next((a for a in _GLUED if word.startswith(a) and len(word) > len(a)), None)
    if adverb == "尤为":  # 尤为重要/nr: jieba's dictionary holds it as a name
        return adverb
    return adverb if adverb and tag == "new" and not cedict.contains(word) else None


def still_reading(still: Qualifier, before: list[tuple[str, str]], following: list[str]) -> Qualifier | None:
    """仍, 仍然, 依然, 依旧 'still' when it adds a meaning the rest of the sentence does not give: not after
    "until now" (至今仍, 截至目前仍: "to this day", "so far" with the perfect carry it), a concession
    (虽然…仍: "although", "despite" carry the contrast) or inside an exception (除少数路段仍有…外 "except");
    not before 未, 没 or 是 (仍未 "had not been counted": the perfect says the "not yet"; 仍是 describes a
    state translators restate; 仍然不肯 "still would not" is no "not yet": before 不, 无 1 of 7 clean uses
    unrendered), nor before a verb of going on (仍将持续 "will go on"). Before a verb of keeping (仍保持)
    only "still" and its like render it: "holds", "maintains" render the verb."""
    tagged: list[tuple[str, str]] = []
    for word, tag in reversed(before):
        if word in SENTENCE_END:
            break
        tagged.insert(0, (word, tag))
    clause = [word for word, _ in tagged]
    if any(word in CONCESSIVE for word in clause) or _in_exception(tagged):
        return None
    if any(u in "".join(clause) for u in _UNTIL_NOW):
        return None
    after = following[0] if following else ""
    if after[:1] in ("未", "没") or after == "是":
        return None
    verb = next((w for w in following if w not in _AUXILIARY), "")
    if verb in _GOING_ON:
        return None
    english = STILL_OWN if verb in _KEEPING else still.english
    if any(word in _BUT for word in clause):
        english += CONTRAST
    return still if english == still.english else Qualifier(still.word, still.gloss, english, once=still.once)


def _in_exception(clause: list[tuple[str, str]]) -> bool:
    """除少数节点路段仍有车辆缓行外: the adverb stands inside 除…外 'except', whose 外 has not closed yet
    (除此之外 'besides' has; 除夕/t 'New Year's Eve' and 除非 'unless' open none)."""
    opened = [k for k, (word, tag) in enumerate(clause) if word[:1] == "除" and tag != "t" and word != "除非"]
    return bool(opened) and not any(word in ("外", "以外", "之外") or (word[:1] == "除" and word.endswith("外"))
                                    for word, _ in clause[opened[-1] :])


def focus_adjustment(gloss: str, words: list[tuple[str, str]], target: str) -> int:
    """Renderings of a meaning in the English beyond its listed words (+) or taken by another source word
    (-): a superlative (by lemminflect: "hardest", "worst", not "forest") says 尤为 'particularly' ("hit
    hardest"); 还在 + verb 'is still …ing' takes a "still"."""
    if gloss == "particularly":
        return sum(1 for w in re.findall(r"[A-Za-z]+st\b", target) if _superlative(w.lower()))
    if gloss == "still":
        return -sum(1 for k in range(len(words) - 2) if words[k][0] == "还" and words[k + 1][0] == "在"
                    and words[k + 2][1].startswith("v"))
    return 0


def _superlative(word: str) -> bool:
    from qa.lang.lemmas import all_lemmas

    return any(lemma != word for lemma in all_lemmas(word).get("ADJ", ()))
