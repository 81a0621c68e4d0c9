"""Which English pronouns could stand for a source name, by the name's place in its clause.

qa.terminology.stand_ins.spare_pronoun counts the target's pronouns that no 他/她 of
the source accounts for: any spare one may be the person the target does not name. But
English writes possessives Chinese leaves implicit (腰里的家伙 "the object at his belt"),
so in a novel a spare "his" is common and says nothing of a name that ends its clause
as a bare object (看着余占鳌。): English would say "him" for it, never "his". Likewise "my
name" is the one name the source says as a name (提到王二), not another person beside it (除了罗小四).

Counting over the pair cannot tell a dropped name from the pronouns English adds for the subjects
Chinese leaves implicit, so the pronoun must also fit the name's role in its clause (forms_for: a
name inside its clause is no "she") and stand where the name stands (aligned_window: the sentences
aligned with the name's, give or take one).
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


# What a name's place in its clause allows English to call it. A name that opens its clause, or that a
# verb follows (沙瑞山见到…, 问汪淼看完了没有), is a subject or a topic: "he"/"she", or "his"/"her" of what
# the clause says about it (单廷秀是个小老头 "His father was…", 吴佩珍对王琦瑶的心情 "her feeling"). A name
# inside its clause is an object or a possessor (喜欢自己和阮玲玉的相像): "him"/"her"/"his", never "she" or
# "he", which open a clause of their own. A bare object ending its clause is "him"/"her" only (ends_clause).
NOMINATIVE = "nominative"
OBJECT = "object"
POSSESSIVE = "possessive"
_FORMS = {"male": {"he": NOMINATIVE, "him": OBJECT, "himself": OBJECT, "his": POSSESSIVE},
          # "her" is an object and a possessive alike: one class, so 她 and 她的 both account for it
          "female": {"she": NOMINATIVE, "her": OBJECT, "hers": OBJECT, "herself": OBJECT}}
_ZH_PRONOUNS = {"male": re.compile(r"他(?![们俩])"), "female": re.compile(r"她(?![们俩])")}
_CLAUSE_START = frozenset("。，；！？、：…」』”）,;!?:“「『（(—")
_OPENING_TAGS = ("c", "d", "t")  # 可是陈清扬…, 于是…, 这时…: words before a subject
_SUBJECT_NEXT_TAGS = ("v", "d", "p", "c")  # 沙瑞山见到, 陈清扬并不, 吴佩珍对, 汪淼却
_PASSIVE = frozenset("被遭挨")  # the subject of a passive, which English may make an active verb's object
_COORDINATORS = frozenset("和与跟同及或")  # 自己和阮玲玉…: a name joined to another is no verb's subject by that


def opens_clause(source: str, start: int) -> bool:
    """Nothing but conjunctions, adverbs and time words stands between the clause's start and `start`."""
    from qa.lang.segment import dictionary_tag, tokenize

    begin = start
    while begin > 0 and source[begin - 1] not in _CLAUSE_START:
        begin -= 1
    before = source[begin:start].strip(" \u3000")
    if not before:
        return True
    return all(dictionary_tag(word).startswith(_OPENING_TAGS) or word.endswith(("时", "时候"))
               for word, _, _ in tokenize(before))


def subject_of_verb(source: str, end: int) -> bool:
    """A verb, an adverb or a preposition follows the name (沙瑞山见到, 汪淼看完, 吴佩珍对): its clause's
    subject, whatever stands before it."""
    from qa.lang.segment import dictionary_tag, tokenize

    rest = source[end : end + 6]
    if not rest or rest[0] in _CLAUSE_START or rest[0] in _COORDINATORS or rest[0] in "的之":
        return False
    word = tokenize(rest)[0][0]
    return dictionary_tag(word).startswith(_SUBJECT_NEXT_TAGS)


def forms_for(source: str, start: int, end: int) -> frozenset[str]:
    """The pronoun classes English may use for the name at source[start:end], by its place in its clause."""
    subject = opens_clause(source, start) or subject_of_verb(source, end)
    inside = not opens_clause(source, start)
    if end < len(source) and source[end] in _CLAUSE_END and inside:
        return frozenset({OBJECT})  # 看着余占鳌。: "him", no "his"
    forms = {POSSESSIVE}
    if subject:
        forms.add(NOMINATIVE)
    if inside or source[end : end + 1] in _PASSIVE:  # 王二被老师批评了 "the teacher criticised him"
        forms.add(OBJECT)
    return frozenset(forms)


def _zh_form(source: str, start: int) -> str:
    """The class of English pronoun a 他/她 of the source accounts for: 他的 "his", 他说 "he", 看他 "him"."""
    if source[start + 1 : start + 2] == "的":
        return POSSESSIVE
    return NOMINATIVE if opens_clause(source, start) else OBJECT  # 让她去 "have her come": the object's form


def placed_pronoun(mention: NameMention, pair: Pair, gender: str) -> bool:
    """A pronoun of the name's gender and of a class its place allows (forms_for), in the target sentences
    aligned with the name's own, that the source's 他/她 of those sentences leave spare. A "she"
    for a subject Chinese leaves implicit (只是有点喜欢… "but she did like…") is no 阮玲玉 dropped from
    inside the clause, nor "her face" two sentences before the one that named 陈清扬 (aligned_window)."""
    from qa.lang.en_words import english_tokens

    end = mention.start + len(mention.text)
    allowed = forms_for(pair.source, mention.start, end)
    (s_from, s_to), (t_from, t_to) = aligned_window(pair, mention.start)
    tokens = [t.text.lower() for t in english_tokens(pair.target[t_from:t_to])]
    spare = 0
    for sex in (gender,) if gender else ("male", "female"):
        forms = _FORMS[sex]
        own = {cls: 0 for cls in (NOMINATIVE, OBJECT, POSSESSIVE)}
        for found in _ZH_PRONOUNS[sex].finditer(pair.source, s_from, s_to):
            cls = _zh_form(pair.source, found.start())
            own[OBJECT if sex == "female" and cls == POSSESSIVE else cls] += 1
        for cls in own:
            written = sum(forms.get(t) == cls for t in tokens)
            wanted = cls in allowed or (sex == "female" and cls == OBJECT and POSSESSIVE in allowed)
            if wanted:
                spare += max(written - own[cls], 0)
    # 自己 is left out here: English mostly leaves it implicit (喜欢自己和阮玲玉的相像 "like being compared to
    # her"), and spare_pronoun has weighed it over the whole pair already
    return spare > 0


def aligned_window(pair: Pair, at: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(source span, target span) of the sentence bead holding source offset `at` and the beads either side
    of it: translators move a clause across a sentence boundary ("“足够了，”沙瑞山挥手打断了…" → '"That's
    more than enough," Sha interrupted' closing the sentence before), and the aligner cuts where they
    do. Both sides take the same beads, so a pronoun of the window is weighed against the source's own
    pronouns of the window. The whole pair when either side is one sentence."""
    from qa.align import align_segments
    from qa.lang import en, zh

    whole = (0, len(pair.source)), (0, len(pair.target))
    sources, targets = zh.sentence_spans(pair.source), en.sentence_spans(pair.target)
    if len(sources) < 2 or len(targets) < 2:
        return whole
    beads = [b for b in align_segments([pair.source[a:b] for a, b in sources], [pair.target[a:b] for a, b in targets])
             if b.src and b.tgt]
    holding = [k for k, bead in enumerate(beads) if sources[bead.src[0]][0] <= at]
    if not holding:
        return whole
    near = beads[max(holding[-1] - 1, 0) : holding[-1] + 2]
    src = [i for bead in near for i in bead.src]
    tgt = [j for bead in near for j in bead.tgt]
    return (sources[min(src)][0], sources[max(src)][1]), (targets[min(tgt)][0], targets[max(tgt)][1])
