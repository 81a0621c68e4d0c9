"""Which English pronouns could stand for a source name, by the name's place in its clause.

qa.terminology.stand_ins.spare_pronoun counts the target's pronouns that no 他/她 of
the source accounts for: any spare one may be the person the target does not name. But
English writes possessives Chinese leaves implicit (腰里的家伙 "the object at his belt"),
so in a novel a spare "his" is common and says nothing of a name that ends its clause
as a bare object (看着余占鳌。): English would say "him" for it, never "his". Likewise "my
name" is the one name the source says as a name (提到王二), not another person beside it (除了罗小四).

Counting over the pair cannot tell a dropped name from the pronouns English adds for the subjects
Chinese leaves implicit, so the pronoun must also fit the name's role in its clause (forms_for: a
name a preposition governs, or an object no predicate follows, is no "she")
and stand where the name stands (aligned_window: the sentences aligned with the name's, give or take
one; a subject pronoun anywhere in the pair when the name attributes a quote or opens or closes the
paragraph, where translators move an attribution to: "He said: …" for “…”陈志强说。).
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang.zh_names import NameMention
from qa.model import Pair

ZH_HE = re.compile(r"他(?![们俩])")
ZH_SHE = re.compile(r"她(?![们俩])")
_ZH_HIS = re.compile(r"他(?=的)")

# What a name's place in its clause allows English to call it (forms_for).
NOMINATIVE = "nominative"
OBJECT = "object"
POSSESSIVE = "possessive"
_CLAUSE_END = frozenset("。，；！？、：…」』”）,;!?:")
_CLAUSE_START = _CLAUSE_END | frozenset("“「『（(—")
_OPENING_TAGS = ("c", "d", "t")  # 可是陈清扬…, 于是…, 这时…: words before a subject
# What makes the words after a name a predicate, the name its subject (说孙海涛聪明, 称韩志明周一已经离开,
# 说刘丽娟当时并不在场, 听说杨志明病了): a verb, adjective, adverb, preposition, conjunction, time word,
# number or idiom, or an aspect particle; not a noun or pronoun alone (陈志强这个人，: a topic).
_PREDICATE_TAGS = ("v", "a", "d", "p", "c", "t", "m", "l", "i", "ul", "uz", "ug")
_PASSIVE = frozenset("被遭挨")  # the subject of a passive, which English may make an active verb's object
_COORDINATORS = frozenset({"和", "与", "跟", "同", "及", "或", "以及"})  # 自己和阮玲玉: the conjunct's role is 自己's


def clause_ends_at(source: str, end: int) -> bool:
    """The clause ends at `end`, spaces aside (看着余占鳌。, 看着余占鳌\u3000。), or the text does."""
    rest = source[end:].lstrip(" \u3000")
    return not rest or rest[0] in _CLAUSE_END


def _clause_begin(source: str, start: int) -> int:
    begin = start
    while begin > 0 and source[begin - 1] not in _CLAUSE_START:
        begin -= 1
    return begin


def opens_clause(source: str, start: int) -> bool:
    """Nothing but conjunctions, adverbs and time words stands between the clause's start and `start`."""
    from qa.lang.segment import dictionary_tag, tokenize

    return all(dictionary_tag(word).startswith(_OPENING_TAGS) or word.endswith(("时", "时候"))
               for word, _, _ in tokenize(source[_clause_begin(source, start) : start].strip(" \u3000")))


def predicate_follows(source: str, end: int) -> bool:
    """The rest of the name's clause says something of it (孙海涛聪明, 李秀英脸色苍白, 王志强的病好多了): the
    name may be its subject. After 的 the head noun is skipped: 自己和阮玲玉的相像。 says nothing of 阮玲玉."""
    from qa.lang.segment import dictionary_tag, tokenize

    stop = end
    while stop < len(source) and source[stop] not in _CLAUSE_END:
        stop += 1
    words = [w for w, _, _ in tokenize(source[end:stop]) if w.strip(" \u3000")]
    if words[:1] == ["的"] or words[:1] == ["之"]:
        words = words[2:]
    return any(w.isdigit() or dictionary_tag(w).startswith(_PREDICATE_TAGS) for w in words)


def _governor(source: str, start: int) -> tuple[int, str]:
    """(start of the name's phrase, the word before it): a coordinated name takes its first conjunct's place
    (我和宋文杰一起去 "He and I went": 我 opens the clause)."""
    from qa.lang.segment import tokenize

    begin = _clause_begin(source, start)
    words = [(w, a) for w, a, _ in tokenize(source[begin:start]) if w.strip(" \u3000")]
    if len(words) >= 2 and words[-1][0] in _COORDINATORS:
        return begin + words[-2][1], words[-3][0] if len(words) >= 3 else ""
    return start, words[-1][0] if words else ""


def forms_for(source: str, start: int, end: int) -> frozenset[str]:
    """The pronoun classes English may use for the name at source[start:end], by its place in its clause.
    "he"/"she" is refused only where the grammar is plain: a preposition other than 把/被 governs the name
    (给李秀英打电话, 对王二说), or it follows a verb with no predicate after it (见到了张伟的母亲, 看着余占鳌。).
    A name that opens its clause, or that a predicate follows (大家都说孙海涛聪明, 报道称韩志明周一…), may be a subject: "he",
    "his" of what the clause says about it. An opening name no predicate follows is a topic, often a fronted
    object (杨志明，我很久没见到了 "I haven't seen him"); a passive's subject (王二被老师批评了) may be an
    English active verb's object. A bare object ending its clause is "him"/"her", never "his"."""
    from qa.lang.segment import dictionary_tag

    phrase, before = _governor(source, start)
    opens = opens_clause(source, phrase)
    if not opens and clause_ends_at(source, end):
        return frozenset({OBJECT})  # 看着余占鳌。: "him", no "his"
    predicate = predicate_follows(source, end)
    forms = {POSSESSIVE}
    if opens:
        forms.add(NOMINATIVE)
    else:
        forms.add(OBJECT)
        # 给李秀英打了个电话 "called her"; but English makes 把's object a passive's subject (这件事把王志强吓坏了
        # "He was terrified by this") and 被's agent an active verb's (被杨志明打破了 "He broke")
        prepositional = dictionary_tag(before).startswith("p") and before not in _PASSIVE | {"把", "将"}
        if predicate and not prepositional:
            forms.add(NOMINATIVE)
    if (opens and not predicate) or phrase != start or source[end : end + 1] in _PASSIVE:
        forms.add(OBJECT)  # a topic; a conjunct English may make an object (我和陈清扬… "I … with her")
    return frozenset(forms)


def ends_clause(mention: NameMention, pair: Pair) -> bool:
    """The name is the last word of its clause (看着余占鳌。): no possessor of anything after it."""
    return clause_ends_at(pair.source, mention.start + len(mention.text))


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


# The English forms by class; "her" is read by the word after it (_her_forms).
_FORMS = {"male": {"he": NOMINATIVE, "him": OBJECT, "himself": OBJECT, "his": POSSESSIVE},
          "female": {"she": NOMINATIVE, "herself": OBJECT, "hers": POSSESSIVE}}
HE = frozenset(_FORMS["male"])
SHE = frozenset(_FORMS["female"]) | {"her"}
_ZH_PRONOUNS = {"male": ZH_HE, "female": ZH_SHE}
# Words after "her" that leave it an object: time words that are nouns too ("saw her yesterday").
_ADVERBIAL_NOUNS = frozenset("today tonight tomorrow yesterday now then again home".split())


def _her_forms(words: list[str], k: int, joined: bool) -> frozenset[str]:
    """"her" before a noun is a possessive ("her book"); before punctuation, the end, a function word or a
    verb an object ("looked at her.", "have her come"); before an adjective or a word we cannot read,
    either ("made her happy", "her old book")."""
    from qa.lang.en_words import STOP_WORDS
    from qa.lang.lemmas import all_lemmas

    if k + 1 >= len(words) or not joined:
        return frozenset({OBJECT})
    nxt = words[k + 1]
    if nxt in STOP_WORDS or nxt in _ADVERBIAL_NOUNS:
        return frozenset({OBJECT})
    readings = set(all_lemmas(nxt))
    if "NOUN" in readings and "ADV" not in readings:
        return frozenset({POSSESSIVE})
    if readings and readings <= {"VERB", "ADV"}:
        return frozenset({OBJECT})
    return frozenset({OBJECT, POSSESSIVE})


def _written(target: str, sex: str) -> list[frozenset[str]]:
    """The classes each pronoun of `sex` in the target may be."""
    from qa.lang.en_words import english_tokens

    tokens = english_tokens(target)
    words = [t.text.lower() for t in tokens]
    out = []
    for k, word in enumerate(words):
        if sex == "female" and word == "her":
            joined = k + 1 < len(tokens) and not target[tokens[k].end : tokens[k + 1].start].strip()
            out.append(_her_forms(words, k, joined))
        elif word in _FORMS[sex]:
            out.append(frozenset({_FORMS[sex][word]}))
    return out


def _zh_form(source: str, start: int) -> str:
    """The class of English pronoun a 他/她 of the source accounts for: 他的 "his", 他说 "he", 看他 "him"."""
    if source[start + 1 : start + 2] == "的":
        return POSSESSIVE
    return NOMINATIVE if opens_clause(source, start) else OBJECT  # 让她去 "have her come": the object's form


def _spare(pair: Pair, window: tuple[tuple[int, int], tuple[int, int]], allowed: frozenset[str], gender: str) -> int:
    """Pronouns of a class in `allowed` that the target writes in the window beyond the source's own 他/她
    of that class there. A pronoun that may be either of two classes counts where it is spare."""
    (s_from, s_to), (t_from, t_to) = window
    spare = 0
    for sex in (gender,) if gender else ("male", "female"):
        own = {cls: 0 for cls in (NOMINATIVE, OBJECT, POSSESSIVE)}
        for found in _ZH_PRONOUNS[sex].finditer(pair.source, s_from, s_to):
            own[_zh_form(pair.source, found.start())] += 1
        written = _written(pair.target[t_from:t_to], sex)
        best = 0
        for lean in (OBJECT, POSSESSIVE):  # an "her" that may be either: try it as each
            counts = {cls: 0 for cls in own}
            for forms in written:
                counts[lean if len(forms) > 1 else next(iter(forms))] += 1
            best = max(best, sum(max(counts[c] - own[c], 0) for c in allowed))
        spare += best
    return spare


def placed_pronoun(mention: NameMention, pair: Pair, gender: str) -> bool:
    """A pronoun of the name's gender and of a class its place allows (forms_for), in the target sentences
    aligned with the name's own, that the source's 他/她 of those sentences leave spare. A "she"
    for a subject Chinese leaves implicit (只是有点喜欢… "but she did like…") is no 阮玲玉 dropped from
    inside the clause, nor "her face" two sentences before the one that named 陈清扬 (aligned_window).
    自己 is not weighed here: English mostly leaves it implicit, and spare_pronoun has counted it over the pair."""
    end = mention.start + len(mention.text)
    allowed = forms_for(pair.source, mention.start, end)
    if _spare(pair, aligned_window(pair, mention.start), allowed, gender) > 0:
        return True
    whole = (0, len(pair.source)), (0, len(pair.target))
    return NOMINATIVE in allowed and attributes(pair, mention.start, end) and \
        _spare(pair, whole, frozenset({NOMINATIVE}), gender) > 0


_QUOTE_CLOSE = "”」』\""
_QUOTE_OPEN = "“「『\""


def attributes(pair: Pair, start: int, end: int) -> bool:
    """The name stands where English may move its clause's subject to the other end of the paragraph:
    it attributes a quote (“…”陈志强说。, 陈志强说：“…”), or its sentence opens or closes a pair of several
    ("会后，孙海涛接受了采访。" last → "After the meeting, he told reporters that…" first)."""
    from qa.lang import zh

    source = pair.source
    sentences = zh.sentence_spans(source)
    if len(sentences) < 2:
        return False
    holding = next((k for k, (a, b) in enumerate(sentences) if a <= start < b), -1)
    if holding in (0, len(sentences) - 1):
        return True
    begin = sentences[holding][0]
    closing = source[max(begin - 1, 0) : start].strip(" \u3000")[:2]  # ”陈志强说, or ” ending the sentence before
    return any(q in closing for q in _QUOTE_CLOSE) or any(q in source[end : end + 8] for q in _QUOTE_OPEN)


@lru_cache(maxsize=64)
def _beads(source: str, target: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[tuple[tuple[int, ...], tuple[int, ...]]]]:
    """Sentence spans of both sides and their aligned beads (both sides non-empty), computed once per pair:
    every dropped name of a long pair asks for them."""
    from qa.align import align_segments
    from qa.lang import en, zh

    sources, targets = zh.sentence_spans(source), en.sentence_spans(target)
    if len(sources) < 2 or len(targets) < 2:
        return sources, targets, []
    beads = [(tuple(b.src), tuple(b.tgt)) for b in align_segments([source[a:b] for a, b in sources],
                                                                  [target[a:b] for a, b in targets]) if b.src and b.tgt]
    return sources, targets, beads


def aligned_window(pair: Pair, at: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(source span, target span) of the sentence bead holding source offset `at` and the beads either side
    of it: translators move a clause across a sentence boundary ("“足够了，”沙瑞山挥手打断了…" → '"That's
    more than enough," Sha interrupted' closing the sentence before), and the aligner cuts where they
    do. Both sides take the same beads, so a pronoun of the window is weighed against the source's own
    pronouns of the window. The whole pair when either side is one sentence."""
    whole = (0, len(pair.source)), (0, len(pair.target))
    sources, targets, beads = _beads(pair.source, pair.target)
    holding = [k for k, (src, _) in enumerate(beads) if sources[src[0]][0] <= at]
    if not beads or not holding:
        return whole
    near = beads[max(holding[-1] - 1, 0) : holding[-1] + 2]
    src = [i for bead in near for i in bead[0]]
    tgt = [j for bead in near for j in bead[1]]
    return (sources[min(src)][0], sources[max(src)][1]), (targets[min(tgt)][0], targets[max(tgt)][1])
