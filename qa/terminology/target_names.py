"""Names written in the English, and whether the Chinese source can account for them.

The other direction from qa.terminology.name_renderings: instead of looking
for each source name in the target, take every romanized or known name the
target writes ("Wang Jianguo", "Shanxi", "Hubei Province") and ask whether
some span of the source reads as it (any reading of its characters, so a
name jieba failed to find still accounts for its rendering) or is the entity
CC-CEDICT gives that English name to. A name the source cannot account for
names someone or somewhere the source does not: with a source name left
unrendered beside it, that is an entity replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from qa.lang import cedict, gazetteer
from qa.lang import pinyin as py
from qa.lang.en_dictionary import is_english_word
from qa.lang.segment import dictionary_tag
from qa.lang.en_words import Token, english_tokens, joined
from qa.lang.surnames import PLACE_SUFFIXES, SURNAMES
from qa.terminology.name_finder import ENGLISH_TITLES, PLACE_WORDS, written_in_source
from qa.terminology.short_forms import TO_A_TERRITORY, short_form
from qa.terminology.confusable_places import names_another_place
from qa.terminology.nicknames import nicknamed_in

_MAX_WORDS = 4


@dataclass(frozen=True)
class NameRun:
    """A run of capitalised words in the target that spells a name we can judge."""

    text: str
    start: int  # character offsets in the target
    end: int
    tokens: tuple[int, int]
    syllables: tuple[str, ...] | None  # pinyin syllables, when every word is pinyin
    person_shaped: bool  # a surname syllable, then a given name: "Wang Jianguo", "Li Ming"
    place_word: str  # a place word right after it: "Province" in "Hubei Province"
    known_as: tuple[str, ...]  # headwords CC-CEDICT gives this English name to

    @property
    def kind(self) -> str:
        """What the run names, as far as its form tells: person, place, or "" (either)."""
        kinds = {gazetteer.kind_of(w) for w in self.known_as} - {""}
        if self.place_word or kinds == {gazetteer.PLACE} or self.text in gazetteer.country_names() \
                or (not self.person_shaped and self.text in _place_names(self.known_as)) \
                or any(gazetteer.is_country(w) and self.text in gazetteer.english_names(w) for w in self.known_as):
            return gazetteer.PLACE
        if self.person_shaped and gazetteer.PLACE not in kinds:
            return gazetteer.PERSON
        return kinds.pop() if len(kinds) == 1 else ""


def _place_names(headwords: tuple[str, ...]) -> set[str]:
    """The English names of the places among the headwords: "Liaoning" is the province 辽宁 though
    CC-CEDICT also names a ship so."""
    return {n for w in headwords if gazetteer.kind_of(w) == gazetteer.PLACE for n in gazetteer.english_names(w)}


@lru_cache(maxsize=1)
def surname_syllables() -> frozenset[str]:
    return frozenset(s for ch in SURNAMES for s in py.readings(ch, person=True)[0].accepted)


def _pinyin_word(word: str) -> tuple[str, ...] | None:
    """The syllables of a word written as pinyin (at most four), else None."""
    if not word[:1].isupper() or (word.isupper() and len(word) > 1):
        return None
    sylls = py.split_syllables(word)
    return sylls if sylls and len(sylls) <= 4 else None


def _is_person_shaped(words: list[str], sylls: list[tuple[str, ...]]) -> bool:
    """"Surname Given": one surname syllable (or a two-character surname's), then one word of one or two
    syllables."""
    if len(words) != 2 or len(sylls[1]) > 2:
        return False
    return (len(sylls[0]) == 1 and sylls[0][0] in surname_syllables()) or tuple(sylls[0]) in compound_surname_syllables()


@lru_cache(maxsize=1)
def compound_surname_syllables() -> frozenset[tuple[str, ...]]:
    """The readings of the two-character surnames ("Ouyang", "Sima", "Zhuge") as syllable pairs."""
    import itertools

    return frozenset(pair for cs in py.COMPOUND_SURNAMES
                     for pair in itertools.product(*(r.accepted for r in py.readings(cs, person=True))))


def _opens_sentence(target: str, start: int) -> bool:
    before = target[:start].rstrip()
    return not before or before[-1] in ".!?\"“‘(:;–—"


def name_runs(target: str) -> list[NameRun]:
    """Romanized or CC-CEDICT-known names in the target, left to right, longest first at each start.

    Titles ("President", "Premier") are not part of a run; a place word after
    it is kept apart ("Hubei" + "Province"). A run made only of English words
    ("China", "Long Hair") is left out: it may be a translation, not a romanization.
    """
    return list(_name_runs(target))


@lru_cache(maxsize=4096)
def _name_runs(target: str) -> tuple[NameRun, ...]:
    """name_runs, once per target: the entity accounting asks for them from several places."""
    tokens = english_tokens(target)
    out: list[NameRun] = []
    k = 0
    while k < len(tokens):
        run = _run_at(target, tokens, k)
        if run is None:
            k += 1
            continue
        out.append(run)
        k = run.tokens[1]
    return tuple(out)


# The short English names of countries that neither CC-CEDICT nor ISO 3166 gives ("Britain" is 不列颠 there,
# "US" too short to look up), with the country they stand for.
COUNTRY_ALIASES = {"US": "美国", "USA": "美国", "U.S.": "美国", "America": "美国", "UK": "英国", "U.K.": "英国",
                   "Britain": "英国", "Great Britain": "英国", "UAE": "阿联酋", "Holland": "荷兰"}


def _alias_at(target: str, tokens: tuple[Token, ...], i: int) -> NameRun | None:
    """A country by one of its COUNTRY_ALIASES ("the US", "the U.S.", "Britain") starting at token i."""
    start = tokens[i].start
    for text, width in ((target[start : start + 4], 2), (" ".join(t.text for t in tokens[i : i + 2]), 2),
                        (tokens[i].text, 1)):
        end = start + len(text)
        if target[end : end + 1] == "$":
            return None  # "US$1.4 trillion": a currency, which 美元 names
        if text in COUNTRY_ALIASES and i + width <= len(tokens) and (width == 1 or joined(target, tokens, i, i + 2)
                                                                      or text.endswith(".")):
            return NameRun(text, start, end, (i, i + width), None, False, "", (COUNTRY_ALIASES[text],))
    return None


def _run_at(target: str, tokens: tuple[Token, ...], i: int) -> NameRun | None:
    if not tokens[i].capitalised or tokens[i].text.lower() in ENGLISH_TITLES or tokens[i].text in PLACE_WORDS:
        return None
    alias = _alias_at(target, tokens, i)
    if alias is not None:
        end = alias.tokens[1]
        after = end < len(tokens) and tokens[end].capitalised and joined(target, tokens, i, end + 1) \
            and tokens[end].text.lower() not in ENGLISH_TITLES  # "US President" is the US
        before = i > 0 and tokens[i - 1].capitalised and joined(target, tokens, i - 1, i + 1)
        return None if after or before else alias  # "US Navy", "Latin America": a longer name's
    for j in range(min(len(tokens), i + _MAX_WORDS), i, -1):
        run = _run_of(target, tokens, i, j)
        if run is not None:
            return run
    return None


def word_places(run: NameRun, target: str) -> list[NameRun]:
    """The words of a longer run that are each a place CC-CEDICT knows or a word of pinyin, as runs of their
    own: "Anhui" of "Anhui Hengshui" (High-tech Zone), "Chengdan" of "Chengdan Qingbaijiang Chengxiang"
    (Station), when the run as a whole is read in the source through its other words. A person's name is
    no string of places."""
    if run.person_shaped or run.tokens[1] - run.tokens[0] < 2:
        return []
    tokens = english_tokens(target)
    words = [_run_of(target, tokens, k, k + 1) for k in range(*run.tokens)]
    return [w for w in words if w is not None and not w.person_shaped and not is_english_word(w.text.lower())
            and ((w.kind == gazetteer.PLACE and w.known_as) or (w.syllables and len(w.syllables) >= 2))]


def _run_of(target: str, tokens: tuple[Token, ...], i: int, j: int) -> NameRun | None:
    """The run of tokens i..j-1 when they spell a name we can judge (see _run_at)."""
    if not joined(target, tokens, i, j) or not all(t.capitalised for t in tokens[i:j]):
        return None
    words = [t.text for t in tokens[i:j]]
    if any(w in PLACE_WORDS or w.lower() in ENGLISH_TITLES for w in words) or all(w.isupper() for w in words):
        return None  # titles, place words; "GUANGDONG MACRO" in capitals is a brand
    text = target[tokens[i].start : tokens[j - 1].end]
    sylls = [_pinyin_word(w) for w in words]
    all_pinyin = all(s is not None for s in sylls)
    english = [is_english_word(w) for w in words]
    known = gazetteer.named_by(text) if len(py.fold(text)) >= 4 else ()
    person = all_pinyin and _is_person_shaped(words, sylls)
    spelt = all_pinyin and any(gazetteer.spelt_by(text, w) for w in known)  # "Shanghai" is also an English verb
    country = bool(known) and (text in gazetteer.country_names()  # "Egypt", "United Kingdom"
                               or _country_word(text, known, _opens_sentence(target, tokens[i].start)))
    if (all(english) and not person and not spelt and not country) or (not all_pinyin and not known):
        return None  # "China", "Long Hair": English words are no romanization we can judge
    if not known and not person and len(words) > 1 and english[-1]:
        return None  # "Jiangxi Tea" (Expo), "Palu Human" (Resources Bureau): a name, then an English word
    place = tokens[j].text if j < len(tokens) and tokens[j].text in PLACE_WORDS and joined(target, tokens, j - 1, j + 1) else ""
    flat = tuple(s for group in sylls for s in group) if all_pinyin else None
    return NameRun(text, tokens[i].start, tokens[j - 1].end, (i, j), flat, person, place, known)


def _country_word(text: str, known: tuple[str, ...], first: bool) -> bool:
    """An English word that is a country's name in CC-CEDICT ("Turkey" 土耳其, "Russia" 俄罗斯), capitalised
    inside a sentence, where it is the country and not the bird or a verb."""
    return not first and len(text.split()) == 1 and any(
        gazetteer.is_country(w) and gazetteer.english_names(w)[:1] == (text,)
        for w in known)


@lru_cache(maxsize=2048)
def _source_syllables(source: str) -> tuple[frozenset[str], ...]:
    """Every reading of every character of a text (empty for non-Han): what a romanization may spell."""
    return tuple(py.char_readings(ch)[0] for ch in source)


@lru_cache(maxsize=2048)
def _source_index(source: str) -> tuple[tuple[tuple[str, ...], ...], dict[str, tuple[int, ...]], int]:
    """Per character of a text, its readings longest first; each reading's positions; the longest reading.
    Once per text: reading_spans is asked for every capitalised word of a pair's English."""
    options = tuple(py.char_readings(ch)[1] for ch in source)
    at: dict[str, list[int]] = {}
    for k, readings in enumerate(options):
        for s in readings:
            at.setdefault(s, []).append(k)
    longest = max(map(len, at), default=0)
    return options, {s: tuple(v) for s, v in at.items()}, longest


def reading_spans(folded: str, source: str) -> list[tuple[int, int]]:
    """Spans of the source whose characters, in some reading each, spell `folded` ("shanxi" → 山西, 陕西)."""
    options, at, longest = _source_index(source)
    found: list[tuple[int, int]] = []

    def go(pos: int, k: int) -> int:
        if pos == len(folded):
            return k
        if k >= len(options):
            return -1
        for s in options[k]:  # longest first; two readings of one length cannot both open `folded` at `pos`
            if folded.startswith(s, pos):
                end = go(pos + len(s), k + 1)
                if end >= 0:
                    return end
        return -1

    # a span opens only where a reading of the character opens `folded`: its positions, not every character's
    starts = sorted({k for n in range(1, min(longest, len(folded)) + 1) for k in at.get(folded[:n], ())})
    for start in starts:
        end = go(0, start)
        if end > start and not names_another_place(source[start:end], folded):
            found.append((start, end))  # "shanxi" reads 陕西 but names 山西 (confusable_places)
    return found


def abbreviates(short: str, long: str) -> bool:
    """Chinese abbreviation: the short form keeps the first character and others in order
    (国际足联 of 国际足球联合会, 中油 of 中石油, 北大 of 北京大学)."""
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(ch in rest for ch in short[1:])


def _source_holds(word: str, source: str) -> bool:
    """The source writes the entity `word`, or an abbreviation of it, or a longer form it abbreviates."""

    if word in source:
        return True
    for k, ch in enumerate(source):
        if ch != word[0]:
            continue
        window = source[k : k + 3 * len(word)]
        for n in range(2, len(window) + 1):
            if abbreviates(window[:n], word) and (_named_short(window[:n], word) or _bare(window[:n], word)) \
                    and not _other_entity(window[:n], word):
                return True
            if abbreviates(word, window[:n]) and (window[:n] == word + window[n - 1] or cedict.contains(window[:n])) \
                    and not _other_entity(window[:n], word):
                return True
    return False


def _named_short(form: str, word: str) -> bool:
    """A dictionary word that may abbreviate `word`: a name of its own (北大, 中油) or the word's opening
    (清华 of 清华大学). A common word is none, whose characters occur in order (大国 "great power" in
    大韩民国) or that opens the name (联合 "joint" of 联合王国): "South Korea", "United Kingdom" stay unaccounted."""

    return cedict.contains(form) and (bool(gazetteer.english_names(form)) or (word.startswith(form) and not (
        cedict.has_common_sense(form) or dictionary_tag(form)[:2] not in ("", "nr", "ns", "nt", "nz"))))


_NATURE_SUFFIXES = ("湖", "山", "河", "江", "峰", "湾", "海", "峡", "谷", "岭")


def _bare(form: str, word: str) -> bool:
    """The place without its unit word: 喀纳斯 for 喀纳斯湖 "Kanas Lake", 沙雅 for 沙雅县."""
    return len(form) >= 2 and word.startswith(form) and word[len(form) :] in PLACE_SUFFIXES + _NATURE_SUFFIXES


def _other_entity(form: str, word: str) -> bool:
    """`form` is an entity of its own that CC-CEDICT names otherwise than `word`: 中国 "China" is no short
    form of 中国台湾省 "Taiwan Province"; 北大 "Peking University" is one of 北京大学."""
    names = set(gazetteer.english_names(form))
    return bool(names) and not names & set(gazetteer.english_names(word))


def accounted_by(run: NameRun, source: str, familiar: bool = True) -> bool:
    """The source reads as the run, or holds an entity CC-CEDICT gives the run's name to, or a
    country's one-character short form (美 for the United States in 中美关系, 澳 in 澳中两国).
    `familiar`: a familiar form (凤姐, 老王) may stand for the person; not across a whole document's
    names, where some 小 or 老 stands before a character of almost any given name."""
    if any(_source_holds(word, source) and not names_another_place(word, py.fold(run.text))
           for word in run.known_as) or written_in_source(run.text, source) or nicknamed_in(source) & set(run.known_as):
        return True  # or the source spells it itself: 韩后(Hanhoo)
    country = run.text in gazetteer.country_names() or any(gazetteer.is_country(w) for w in run.known_as)
    if country and any(short_form(w[0], source) for w in run.known_as if gazetteer.kind_of(w) != gazetteer.PERSON):
        return True
    if country and _home_country(run) and (any(word in source for word in HOME_WORDS) or HUA.search(source)):
        return True  # 我国, 全国, 访华 "China": the source language's own country, named or not
    if any(ch in source if not country else short_form(ch, source) for ch in gazetteer.short_forms(run.text)):
        return True  # 浙商 "Zhejiang merchants": a province's one-character short form (a country's used as one)
    if run.syllables and reading_spans(py.fold(run.text), source):
        return True
    if familiar and run.person_shaped and _familiar_form(run, source):
        return True
    words = run.text.split()  # two names side by side: "Wuhan Xinhua", "Sichuan Luzhou"
    read = [bool(reading_spans(py.fold(w), source)) for w in words]
    return not run.person_shaped and len(words) > 1 and any(read) \
        and all(r or is_english_word(w) for w, r in zip(words, read))  # not "North Korea": English words only


# What the source language calls its own country without naming it; "China" in the English may translate them.
HOME_WORDS = ("我国", "全国", "国内", "本国", "祖国", "举国", "国人", "中方", "中华")
# 华 for China after a verb or preposition of travel or dealings (访华 "visit China", 对华, 驻华, 在华); not the
# 华 opening another word (在华人社区 "in the Chinese community", 在华为 "at Huawei", 华尔街 Wall Street)
HUA = re.compile(f"[{TO_A_TERRITORY}]华(?![人侨裔语文府盛为丽夏东南北西中山灯章尔纳润帝硕])")


def _home_country(run: NameRun) -> bool:
    return any(w in ("中国", "中华人民共和国") for w in run.known_as)


_FAMILIAR_BEFORE = "阿小老大"
_FAMILIAR_AFTER = "姐哥妹弟嫂爷娘儿"


def _familiar_form(run: NameRun, source: str) -> bool:
    """The source calls the person by a familiar form of the given name: one of its characters with
    a kinship or endearment word (凤姐 for Wang Xi-feng, 阿Q, 小林), as Chinese prose does."""
    if not run.syllables:
        return False
    surname, given = {run.syllables[0]}, set(run.syllables[1:])
    options = _source_syllables(source)
    for k, readings in enumerate(options):
        before = k > 0 and source[k - 1] in _FAMILIAR_BEFORE and _familiar_word(source[k - 1 : k + 1])
        after = source[k + 1 : k + 2] in tuple(_FAMILIAR_AFTER) and _familiar_word(source[k : k + 2])  # 为姐姐: no 为姐
        if readings & given and (before or after):
            return True
        if readings & surname and before:  # 老王, 大史: the surname with 老, 大, 小
            return True
    return False


def _familiar_word(pair: str) -> bool:
    """Two characters that may be a familiar name (凤姐, 小林, 老王): no everyday word (大学, 老师, 儿子)
    and no function word in it (为, 的)."""
    return not cedict.has_common_sense(pair) and not any(
        dictionary_tag(ch).startswith(("p", "u", "c", "d", "r", "y")) for ch in pair if ch not in _FAMILIAR_BEFORE)


def near_readings(run: NameRun, source: str) -> list[tuple[int, int, int]]:
    """Spans of the source that read as the run with exactly one syllable different:
    (start, end, index of the different syllable). "Zhang Hui" against 张伟 gives one."""
    if not run.syllables or len(run.syllables) < 2:
        return []
    options = _source_syllables(source)
    n = len(run.syllables)
    out = []
    for start in range(0, len(options) - n + 1):
        misses = [k for k in range(n) if run.syllables[k] not in options[start + k]]
        if len(misses) == 1 and all(options[start + k] for k in range(n)):
            out.append((start, start + n, misses[0]))
    return out


def capitalised_runs(text: str) -> list[str]:
    """Runs of capitalised words of an English text ("Angela Merkel", "Moscow"): the names it may hold."""
    runs: list[list[str]] = []
    last_end: int | None = None
    for token in english_tokens(text):
        if not token.capitalised:
            last_end = None
            continue
        if last_end is not None and not text[last_end : token.start].strip():
            runs[-1].append(token.text)
        else:
            runs.append([token.text])
        last_end = token.end
    return [" ".join(r) for r in runs]
