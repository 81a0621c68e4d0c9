"""Entity injectors: a place or person replaced, a surname dropped, a syllable altered, an outlet rendered
literally, an entity left out (contract: bench/inject_core.py; issue 15, "Benchmark").

Mentions and replacement names come from bench/entity_pool.py, never from the
checks' own name analysis, so recall is not inflated by construction. Each
injection returns a 4th element: whether CC-CEDICT knows the spoiled entity as
a proper noun, so bench.detect reports in- and out-of-dictionary recall apart.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

from bench.entity_pool import (PLACE_KINDS, UNIT_WORDS, Mention, find_mentions, fold, in_dictionary, pool,
                               read_as, readings)
from bench.inject_core import Injector, _with_target, splice
from qa.lang import cedict
from qa.terminology.entity_missing import BODY_HEAD  # a name of its own, as the checks read it (任城监狱)
from qa.model import Pair

Injection = tuple[list[Pair], str, None, bool]

# Titles that may stand before a name in English: "President Xi Jinping" → "President Jinping".
_TITLE_BEFORE = re.compile(
    r"(?:President|Premier|Chairman|Chairwoman|Chair|Secretary|Minister|Governor|Mayor|General|Director|Professor|"
    r"Prof\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Ambassador|Spokesman|Spokeswoman|Spokesperson|Commissioner|Councilor|"
    r"Councillor|Chief|Captain|Judge|Justice|Senator|Deputy|Vice|Officer|Manager|Teacher|Doctor|Master|Uncle|Aunt|"
    r"Auntie|Brother|Sister|Grandpa|Grandma|Elder|Madam|Lady|Sir|Commander|Colonel|Marshal|Admiral)\s$")

# Media outlets and bodies: (Chinese forms, standard English as a regex, a literal rendering no editor accepts).
# The bench's own knowledge of them, not the detector's.
OUTLETS = (
    (("新华社", "新华通讯社"), r"Xinhua News Agency|Xinhua", "New China News Agency"),
    (("人民日报",), r"People['’]s Daily", "People Daily Newspaper"),
    (("中新社", "中国新闻社"), r"China News Service", "China New Agency"),
    (("中央电视台", "央视"), r"China Central Television(?: \(CCTV\))?|CCTV", "Central Television Station"),
    (("光明日报",), r"Guangming Daily", "Bright Daily"),
    (("解放军报",), r"PLA Daily|People['’]s Liberation Army Daily", "Liberation Army Newspaper"),
    (("环球时报",), r"Global Times", "Global Times Newspaper"),
    (("经济日报",), r"Economic Daily", "Economy Daily"),
    (("中国日报",), r"China Daily", "China Daily Newspaper"),
    (("新京报",), r"The Beijing News|Beijing News", "New Beijing Newspaper"),
    (("北京青年报",), r"Beijing Youth Daily", "Beijing Youth Newspaper"),
    (("中国青年报",), r"China Youth Daily", "China Youth Newspaper"),
    (("参考消息",), r"Reference News", "Reference Message"),
    (("澎湃新闻",), r"The Paper", "Surging News"),
    (("中央人民广播电台",), r"China National Radio", "Central People Broadcasting Station"),
    (("国务院",), r"State Council", "National Affairs Hall"),
    (("外交部",), r"Ministry of Foreign Affairs|Foreign Ministry", "Outside Affairs Department"),
)


def _doc_text(pairs: list[Pair]) -> tuple[str, str]:
    return "\n".join(p.source for p in pairs), "\n".join(p.target for p in pairs)


def _sites(pairs: list[Pair], want) -> list[tuple[int, Mention]]:
    return [(i, m) for i, p in enumerate(pairs) if p.source.strip() and p.target.strip()
            for m in find_mentions(p) if want(m)]


def _has_word(text: str, words: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text) is not None


def _spliced(pairs: list[Pair], i: int, m: Mention, new: str, label: str) -> Injection:
    changed, pair_id = splice(pairs, i, m.start, m.end, new)
    return changed, pair_id, None, in_dictionary(label)


def _others(pairs: list[Pair], m: Mention, kinds: tuple[str, ...]) -> list:
    """Pool entries of those kinds from other documents: neither their Chinese nor English is in this one."""
    sources, targets = _doc_text(pairs)
    return [e for kind in kinds for e in pool().get(kind, ())
            if e.chinese not in sources and e.english.lower() != m.english.lower()
            and not _has_word(targets, e.english)]


_WITH_THE = {"United States", "US", "U.S.", "UK", "United Kingdom", "Netherlands", "Philippines"}


def _country_swap(pair: Pair, m: Mention, new: str) -> tuple[Mention, str]:
    """Move "the" with the country: "the United States" → "Spain", "Japan" → "the Netherlands"."""
    article = re.search(r"\b([Tt]he) $", pair.target[: m.start])
    if article and m.english in _WITH_THE:
        m = Mention(m.kind, m.chinese, article.start(), m.end, pair.target[article.start() : m.end])
        return m, (f"{article.group(1)} {new}" if new in _WITH_THE else new)
    return m, (f"the {new}" if new in _WITH_THE and not article else new)


def replace_place(pairs: list[Pair], rng: random.Random) -> Injection | None:
    """A place rendered as another place of the same kind: 山东 → "Shanxi", 广州市 → "Hefei", 日本 → "France"."""
    options = [(i, m) for i, m in _sites(pairs, lambda m: m.is_place) if not _named_more(pairs[i], m)]
    rng.shuffle(options)
    for i, m in options:
        others = _others(pairs, m, (m.kind,))
        if others:
            new = rng.choice(others).english
            if m.kind == "country":
                m, new = _country_swap(pairs[i], m, new)
            article = re.search(r"\b([Aa]n?) $", pairs[i].target[: m.start])
            if article:  # "a China" → "an Egypt"
                wanted = article.group(1)[0] + ("n" if new[:1] in "AEIOU" else "")
                m = Mention(m.kind, m.chinese, article.start(), m.end, "")
                new = f"{wanted} {new}"
            return _spliced(pairs, i, m, new, m.chinese)
    return None


def _named_more(pair: Pair, m: Mention) -> bool:
    """The English names the place more often than the source writes it: some of its mentions are the
    translator's own ("China Mobile, China Unicom, China Netcom" for 中国移动、联通、网通; "Zhejiang
    University" twice for 浙江大学 once), and which one renders the source cannot be told, so replacing
    one may spoil no rendering of the source at all."""
    written = len(re.findall(rf"(?<![\w-]){re.escape(m.english)}(?![\w-])", pair.target))
    return written > pair.source.count(m.chinese)


def replace_person(pairs: list[Pair], rng: random.Random) -> Injection | None:
    """A person rendered as another person: Chinese for Chinese, foreign for foreign (surname for surname)."""
    options = _sites(pairs, lambda m: m.kind in ("person", "foreign-person"))
    rng.shuffle(options)
    for i, m in options:
        others = _others(pairs, m, (m.kind,))
        if m.kind == "foreign-person":
            others = [e for e in others if (" " in e.english) == (" " in m.english)]
        if others:
            return _spliced(pairs, i, m, rng.choice(others).english, m.chinese)
    return None


def _titled(pair: Pair, m: Mention) -> bool:
    return _TITLE_BEFORE.search(pair.target[: m.start]) is not None


def drop_surname_titled(pairs: list[Pair], rng: random.Random) -> Injection | None:
    """ "President Xi Jinping" → "President Jinping"."""
    options = [(i, m) for i, m in _sites(pairs, lambda m: m.kind == "person") if _titled(pairs[i], m)]
    if not options:
        return None
    i, m = rng.choice(options)
    return _spliced(pairs, i, m, m.english.split()[1], m.chinese)


def drop_surname_bare(pairs: list[Pair], rng: random.Random) -> Injection | None:
    """ "Li Ming said" → "Ming said", at the first time the document's target gives the full name."""
    options = []
    targets = "\n".join(p.target for p in pairs)
    for i, m in _sites(pairs, lambda m: m.kind == "person"):
        earlier = "\n".join(p.target for p in pairs[:i]) + "\n" + pairs[i].target[: m.start]
        if not _titled(pairs[i], m) and not _has_word(earlier, m.english) and not _given_alone(targets, m):
            options.append((i, m))
    if not options:
        return None
    i, m = rng.choice(options)
    return _spliced(pairs, i, m, m.english.split()[1], m.chinese)


def _given_alone(targets: str, m: Mention) -> bool:
    """The document's English calls the person by the given name alone somewhere ("Baoyu", "Wenjie"): a
    translation's convention, so one more bare use is no error to inject."""
    surname, _, given = m.english.partition(" ")
    return bool(given) and re.search(rf"(?<!{re.escape(surname)} )(?<![\w-]){re.escape(given)}(?![\w-])", targets) is not None


@lru_cache(maxsize=1)
def _pool_syllables() -> list[str]:
    """Every pinyin syllable of the pooled Chinese names: the alternatives a misspelt name is made of."""
    kinds = ("person", *sorted(PLACE_KINDS))
    return sorted({s for kind in kinds for e in pool().get(kind, ()) for s in _split_known(e)})


def _split_known(entry) -> list[str]:
    """The syllables of a pooled Chinese name, read against its own characters."""
    word = fold(entry.english)
    found = read_as(word, entry.chinese, 0, len(entry.chinese))
    return list(found[0][1]) if found and found[0][0] == len(entry.chinese) else []


def _respelt(words: tuple[tuple[str, ...], ...], caps: list[str]) -> str:
    out = []
    for sylls, shape in zip(words, caps):
        text = sylls[0] + "".join(("'" + s) if s[0] in "aeo" else s for s in sylls[1:])
        out.append(text.upper() if shape.isupper() and len(shape) > 1 else text.capitalize())
    return " ".join(out)


def _altered(m: Mention, rng: random.Random, syllables: list[str]) -> str | None:
    """The name with one syllable swapped for a pooled one of like sound, or None if none is wrong."""
    w, k = rng.choice([(w, k) for w, sylls in enumerate(m.syllables) for k in range(len(sylls))])
    old = m.syllables[w][k]
    char = m.chinese[sum(len(s) for s in m.syllables[:w]) + k]
    near = [s for s in syllables if s not in readings(char) and (s[0] == old[0] or s[-2:] == old[-2:])]
    if not near:
        return None
    words = list(m.syllables)
    words[w] = words[w][:k] + (rng.choice(near),) + words[w][k + 1 :]
    new = _respelt(tuple(words), m.english.split())
    if any(n == len(m.chinese) for n, _ in read_as(fold(new), m.chinese, 0, len(m.chinese))):
        return None  # still a reading of the characters (a polyphone): not an error
    return new


def alter_syllable(pairs: list[Pair], rng: random.Random) -> Injection | None:
    """One syllable of a romanised Chinese name changed to another syllable: "Guo Shengkun" → "Guo Shengkai"."""
    options = _sites(pairs, lambda m: m.kind == "person" or m.kind in PLACE_KINDS)
    rng.shuffle(options)
    syllables = _pool_syllables()
    for i, m in options:
        new = _altered(m, rng, syllables)
        if new:
            return _spliced(pairs, i, m, new, m.chinese)
    return None


def literal_outlet(pairs: list[Pair], rng: random.Random) -> Injection | None:
    """An outlet's or body's standard English name rendered literally: "Xinhua" → "New China News Agency"."""
    options = []
    for i, p in enumerate(pairs):
        for chinese, standard, literal in OUTLETS:
            zh = next((c for c in chinese if c in p.source), None)
            if zh and re.search(rf"\b(?:{standard})(?![\w-])", p.target):
                options.append((i, zh, standard, literal))
    if not options:
        return None
    i, zh, standard, literal = rng.choice(options)
    target = re.sub(rf"\b(?:{standard})(?![\w-])", literal, pairs[i].target)
    changed, pair_id = _with_target(pairs, i, target)
    return changed, pair_id, None, in_dictionary(zh)


def _outlet_mentions(pair: Pair) -> list[Mention]:
    found = []
    for chinese, standard, _ in OUTLETS:
        zh = next((c for c in chinese if c in pair.source), None)
        if zh:
            found += [Mention("outlet", zh, m.start(), m.end(), m.group())
                      for m in re.finditer(rf"\b(?:{standard})(?![\w-])", pair.target)]
    return found


def _tidy(text: str) -> str:
    text = re.sub(r"  +", " ", text).replace(",,", ",")
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return re.sub(r",([.;:!?])", r"\1", text).strip()


# Words that may follow a prepositional phrase; a noun there means the entity was a modifier ("by Beijing police").
_FUNCTION_WORD = (r"(?:in|on|at|to|for|from|with|by|of|and|or|but|which|who|that|where|when|while|is|was|are|were|"
                  r"has|have|had|will|would|can|could|should|may|might|must|remain|remains|remained|during|since|"
                  r"after|before|as|through|until|under|over|into|last|this|these|its|their|his|her|so|because|"
                  r"to|than|recently|today|yesterday|now|again|also|too)")
_LEAD = re.compile(r"(?:^|(?<=[.!?] ))(?:In|At|From|For|By|According to|Across|Throughout) (?:the )?$")
_PREP = re.compile(r" (?:in|at|from|to|of|across|throughout|for|by|with|near|including|according to) (?:the )?$")


def without_entity(target: str, a: int, b: int, person: bool = False) -> str | None:
    """The target with the entity at [a, b) taken out with the words that only serve it, or None if that
    cannot be done cleanly: "farmers in Shandong Province, who" → "farmers, who"; "A, B and C" → "A and C".

    A person after "according to" is left alone: an apposition follows ("according to Li Yan, an analyst").
    """
    unit = re.match(rf" {UNIT_WORDS}\b", target[b:])
    b += unit.end() if unit else 0
    before, after = target[:a], target[b:]
    if re.match(r"['’]s\b|[\w-]", after):
        return None
    lead, prep = _LEAD.search(before), _PREP.search(before)
    if person and ((lead and "ccording" in lead.group()) or (prep and "according" in prep.group())):
        return None
    if lead and after.startswith(", "):
        rest = after[2:]
        return _tidy(before[: lead.start()] + rest[:1].upper() + rest[1:])
    ends = r"$|[.;:!?)]" if person else r"$|[.,;:!?)]"  # "from Li Yan, minister of …": the apposition dangles
    ends_phrase = re.match(rf"{ends}| {_FUNCTION_WORD}\b", after)
    if prep and ends_phrase and not re.match(r" (?:and|or) |, [A-Z]|, (?:the|a|an) ", after):
        head = before[: prep.start()]
        inside_name = prep.group().startswith(" of") and re.search(r"[A-Z][\w’']*$", head)
        after_be = re.search(r"\b(?:is|was|were|are|be|been|being|am)$", head)  # "he was in X." needs X
        return None if inside_name or after_be else _tidy(head + after)
    if before.endswith(", ") and re.match(r", [A-Z]| and ", after):  # a list, not an apposition
        return _tidy(before[:-2] + after)
    if before.endswith(" and "):
        return _tidy(before[:-5] + after)
    if re.match(r" and [A-Z]", after) and re.search(r"(?:^|[.:(] |, |\()$", before):  # "Beijing and Shanghai"
        return _tidy(before + after[5:])
    return None


def _before_own_place(pair: Pair, m: Mention, mentions: list[Mention]) -> bool:
    """The place is written right before another name of the pair that the target spells in pinyin
    (四川省泸州 "Luzhou") or renders (a mention of the pool): published translations keep the smaller place
    and drop this one ("Luzhou water … service area", news22 ref B gt22-d038/2), so leaving it out is no
    error to inject. Not before a body named after the smaller place (山东任城监狱): the checks report that
    drop, as an editor would."""
    end = pair.source.find(m.chinese) + len(m.chinese)
    end += 1 if pair.source[end : end + 1] in ("省", "市", "县", "区", "州") else 0
    if m.kind != "country" and BODY_HEAD.match(pair.source, end):
        return False  # 山东任城监狱 "Rencheng Prison in Shandong": a body's own name, and Shandong is no part of it
    if any(o.chinese != m.chinese and pair.source.startswith(o.chinese, end) for o in mentions):
        return True
    words = {w for w in re.findall(r"[A-Z][a-z]{3,}", pair.target) if w not in m.english.split()}
    return any(read_as(fold(w), pair.source, end, 4) for w in words)


def _acronym_left(m: Mention, new: str) -> bool:
    """The mended text still names the entity by its initials ("The US then threatened … doing business"
    once "in the United States" went, 美方 rendered "The US"): nothing is left out."""
    initials = "".join(w[0] for w in m.english.split() if w[:1].isupper())
    return len(initials) >= 2 and any(_has_word(new, form) for form in (initials, ".".join(initials) + "."))


def _adjective_left(pair: Pair, m: Mention, new: str) -> bool:
    """The place's adjective renders it in the mended text ("Chinese characteristics" for 中国特色 when
    "China" went): the adjective stands where the mention was rendered, or the source has no other word it
    translates (中文, 汉语, 中式), so the place is still there. "He studies Chinese in China" for
    他在中国学习中文 loses "in China": "Chinese" is 中文."""
    if len(m.english) < 4:
        return False
    adjective = re.compile(rf"\b{re.escape(m.english.split()[-1][:4])}[a-z]*(?:ese|ish|ian|an|i)\b")
    if any(a.group() not in m.english.split() for a in adjective.finditer(pair.target[m.start : m.end])):
        return True  # the name's own word ("Sichuan" of the stem "Sich") is no adjective
    at = pair.source.find(m.chinese)
    elsewhere = pair.source[:at] + "\u3000" + pair.source[at + len(m.chinese) :]
    return any(not _translated_in(word.group(), elsewhere) for word in adjective.finditer(new))


_ADJECTIVE_SOURCES = 4  # characters of the longest source word an adjective may translate (汉语, 中式菜肴)


def _translated_in(word: str, text: str) -> bool:
    """A word of the text (two to four characters) has the English word in one of its CC-CEDICT glosses:
    "Chinese" in 中文 "Chinese language", 华人 "ethnic Chinese"."""
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    return any(pattern.search(g) for i in range(len(text)) for n in range(2, _ADJECTIVE_SOURCES + 1)
               if i + n <= len(text) for g in cedict.english_glosses(text[i : i + n]))


def drop_entity(pairs: list[Pair], rng: random.Random) -> Injection | None:
    """A person, place or organisation the pair names once left out, the sentence mended around the gap."""
    options = []
    for i, p in enumerate(pairs):
        if not p.source.strip() or not p.target.strip():
            continue
        mentions = list(find_mentions(p)) + _outlet_mentions(p)
        for m in mentions:
            if p.source.count(m.chinese) != 1 or len(re.findall(rf"\b{re.escape(m.english)}\b", p.target)) != 1:
                continue
            if m.is_place and _before_own_place(p, m, mentions):
                continue
            new = without_entity(p.target, m.start, m.end, m.kind in ("person", "foreign-person"))
            if new and not any(_has_word(new, w) for w in m.english.split() if w[:1].isupper() and len(w) >= 2) \
                    and not _acronym_left(m, new) and not (m.is_place and _adjective_left(p, m, new)):
                options.append((i, m, new))
    if not options:
        return None
    i, m, new = rng.choice(options)
    changed, pair_id = _with_target(pairs, i, new)
    return changed, pair_id, None, in_dictionary(m.chinese)


INJECTORS = [
    Injector("replace-place", ("M107",), replace_place),
    Injector("replace-person", ("M107", "M104"), replace_person),
    Injector("drop-surname-titled", ("M102",), drop_surname_titled),
    Injector("drop-surname-bare", ("M102",), drop_surname_bare),
    Injector("alter-syllable", ("M104", "M107"), alter_syllable),
    Injector("literal-outlet", ("M108",), literal_outlet),
    Injector("drop-entity", ("M106", "M105"), drop_entity),
]
