"""Chinese names and terms of a pair, and the English word tokens they are matched against.

jieba (POS tags nr/nrfg/ns/nt/nz) finds the names, helped by CC-CEDICT's
proper-noun headwords (jieba tags 怀化 as a verb), the glossary (its terms are cut out
whole before jieba segments the rest, so 陈一新 and 长安君 stay whole) and two repairs for what
jieba splits: a one-character surname tagged nr followed by one or two
characters (陈/nr 一新/d), and a name followed by an honorific or a place
suffix (长安/ns 君). jieba takes about 0.6 s to load, so it loads on first use.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from qa.lang.pinyin import COMPOUND_SURNAMES
from qa.lang.zh import HAN_CLASS

TITLES = frozenset(
    "总书记 秘书长 副秘书长 书记 副书记 主任 副主任 同志 主席 副主席 总理 副总理 委员长 部长 副部长 "
    "省长 市长 县长 区长 镇长 乡长 村长 局长 院长 厅长 处长 科长 校长 总统 先生 女士 小姐 教授 博士 "
    "将军 司令 委员 常委 检察长 行长 董事长 总经理 经理 主编 大使 领事 首相 国王 皇帝 太后 夫人".split()
)
HONORIFICS = frozenset("君 公 王 侯 氏 翁 老 帝 后 妃 子".split())
PLACE_SUFFIXES = ("自治区", "自治州", "自治县", "特别行政区", "街道", "省", "市", "县", "旗", "盟", "区",
                  "镇", "乡", "村", "州", "府", "岛", "港")
NAME_TAGS = frozenset({"nr", "nrg", "nrfg", "nrt", "ns", "nt", "nz"})
_HAN = re.compile(f"^[{HAN_CLASS}]+$")



@lru_cache(maxsize=1)
def _posseg():
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba, jieba.posseg


Forced = frozenset  # of (word, POS tag): words that must stay whole, e.g. a glossary's names


@lru_cache(maxsize=4096)
def segment(text: str, forced: Forced = frozenset()) -> tuple[tuple[str, str], ...]:
    """(word, POS tag) for every token of `text`; `forced` words are kept whole.

    Forced words (a glossary's 陈一新, 长安君) are cut out of the text first,
    longest first, and jieba segments what lies between them. jieba's global
    dictionary is never changed, so one document's glossary cannot change how
    another document is segmented.
    """
    if not forced:
        return _segment_plain(text)
    tags = dict(forced)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(tags, key=len, reverse=True)))
    out: list[tuple[str, str]] = []
    last = 0
    for match in pattern.finditer(text):
        if match.start() > last:
            out.extend(_segment_plain(text[last : match.start()]))
        out.append((match.group(0), tags[match.group(0)]))
        last = match.end()
    if last < len(text):
        out.extend(_segment_plain(text[last:]))
    return tuple(out)


@lru_cache(maxsize=4096)
def _segment_plain(text: str) -> tuple[tuple[str, str], ...]:
    """(word, POS tag) for every token of `text`, as jieba's own dictionary cuts it.

    jieba.posseg's HMM tagger runs at about 6k characters a second; plain
    jieba.cut (with HMM for new words) runs at about 100k. So we cut with
    jieba.cut and take tags from jieba's dictionary; a word the dictionary
    does not know that starts with a common surname is tagged nrg (a guessed
    person name), others "new".
    """
    jieba, posseg = _posseg()
    tags = posseg.dt.word_tag_tab
    out = []
    for word in jieba.cut(text):
        tag = tags.get(word)
        if tag is None:
            tag = "nrg" if 2 <= len(word) <= 4 and word[0] in SURNAMES and _HAN.match(word) else "new"
        out.append((word, tag))
    return tuple(out)


SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习"
)


@lru_cache(maxsize=65536)
def is_proper_headword(word: str) -> bool:
    from qa.lang import cedict

    return len(word) > 1 and any(e.is_proper_noun for e in cedict.lookup(word))


@dataclass(frozen=True)
class NameMention:
    """A name in the source. `forms` are the spellings worth romanizing (whole, then core)."""

    text: str
    kind: str  # person, place, org, other
    start: int
    forms: tuple[str, ...]
    guessed: bool = False  # a person found by the surname rule, not by the dictionary
    titled: bool = False  # a title stands next to the name: 习近平总书记, 秘书长陈一新


def _index_at(tokens: tuple[tuple[str, str], ...], offset: int) -> int:
    pos = 0
    for k, (word, _) in enumerate(tokens):
        if pos == offset:
            return k
        pos += len(word)
    return -1


def _given_after(tokens: tuple[tuple[str, str], ...], i: int) -> str:
    """One or two characters after a lone surname that could be a given name: whole tokens only."""
    given = ""
    while i < len(tokens) and len(given) < 2:
        word, tag = tokens[i]
        if not _HAN.match(word) or word in TITLES or tag[:1] in ("p", "c", "u", "x", "m", "q", "r", "y", "e") \
                or len(given) + len(word) > 2:
            break
        given += word
        i += 1
    return given


def _kind(tag: str) -> str:
    return {"nr": "person", "nrg": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "org"}.get(tag, "other")


def source_names(text: str, glossary_words: Forced = frozenset()) -> list[NameMention]:
    """Names in a Chinese text, in order, each with the forms to look for in the English.

    `glossary_words` are (term, POS tag) pairs from the glossary: kept whole and taken as names.
    """
    tokens = segment(text, glossary_words)
    glossary_terms = {word for word, _ in glossary_words}
    names: list[NameMention] = []
    pos = 0
    i = 0
    while i < len(tokens):
        word, tag = tokens[i]
        start = pos
        pos += len(word)
        i += 1
        if not _HAN.match(word) or word in TITLES:
            continue
        nxt = tokens[i] if i < len(tokens) else ("", "x")
        lone_surname = len(word) == 1 and (tag == "nr" or (word in SURNAMES and tag[:1] in ("n", "j", "g", "v", "a")))
        given = _given_after(tokens, i) if lone_surname else ""
        guessed = bool(given) or tag == "nrg"
        if given:
            word, kind = word + given, "person"  # 陈/nr 一新/d, 罗/j 占/v 鳌/g
            while given:
                given = given[len(tokens[i][0]):]
                pos += len(tokens[i][0])
                i += 1
        elif tag in NAME_TAGS or word in glossary_terms or is_proper_headword(word):
            kind = _kind(tag) if tag in NAME_TAGS else "other"
        else:
            continue
        if len(word) < 2:
            continue
        forms = [word]
        nxt = tokens[i] if i < len(tokens) else ("", "x")
        if nxt[0] in HONORIFICS or nxt[0] in PLACE_SUFFIXES:
            forms.insert(0, word + nxt[0])  # 长安/ns 君 → 长安君
        if kind == "person" and len(word) == 4 and word[:2] not in COMPOUND_SURNAMES:
            forms.append(word[:3])  # 孙小果案: a new word that swallowed the next character
        for suffix in PLACE_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                forms.append(word[: -len(suffix)])  # 扎赉特旗 → 扎赉特
                break
        before = tokens[k - 1][0] if (k := _index_at(tokens, start)) > 0 else ""
        titled = nxt[0] in TITLES or before in TITLES
        names.append(NameMention(forms[0], kind, start, tuple(dict.fromkeys(forms)), guessed, titled))
    return names


# ---------------------------------------------------------------- English side

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+(?:['’‘\-][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+)*")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@lru_cache(maxsize=4096)
def english_tokens(text: str) -> tuple[Token, ...]:
    """Words of an English text with their offsets; a possessive 's is left out of the word."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        end = m.end()
        poss = _POSSESSIVE.search(word)
        if poss and len(word) > 2:
            word = word[: poss.start()]
            end = m.start() + len(word)
        out.append(Token(word, m.start(), end))
    return tuple(out)


def joined(text: str, tokens: tuple[Token, ...], i: int, j: int) -> bool:
    """True when tokens i..j-1 are separated only by spaces or hyphens (one phrase)."""
    return all(re.fullmatch(r"[\s\-‐‑]+", text[tokens[k].end : tokens[k + 1].start] or "x") for k in range(i, j - 1))


# ---------------------------------------------------------------- quoted terms

_ZH_QUOTE = re.compile(r"“([^“”]{1,40})”|「([^「」]{1,40})」|《([^《》]{1,40})》")
_EN_QUOTE = re.compile(r"“([^“”]{1,120})”|\"([^\"]{1,120})\"")


def chinese_quoted(text: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in _ZH_QUOTE.finditer(text)]


def english_quoted(text: str) -> list[str]:
    """Quoted English phrases, trailing punctuation inside the quotes removed: “Ten Highlights,”."""
    out = []
    for m in _EN_QUOTE.finditer(text):
        phrase = next(g for g in m.groups() if g).strip().rstrip(",.;:!?").strip()
        if phrase:
            out.append(phrase)
    return out


def fold_phrase(text: str) -> str:
    """Case and spacing folded, so that capitalisation alone is never a variant."""
    text = text.replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


# ---------------------------------------------------------------- recurring terms and their renderings

TERM_TAGS = frozenset({"n", "vn", "v", "nz", "l", "i", "j", "nt", "ns", "m", "an", "b"})
CONNECTORS = frozenset("and of the a an for on in to one with".split())
_LETTERS = re.compile(r"[a-z]+")


def term_candidates(text: str | tuple[tuple[str, str], ...]) -> set[str]:
    """Multi-word Chinese terms of 4–8 characters: runs of one to three content words (社会治理).

    `text` may be given already segmented."""
    tokens = segment(text) if isinstance(text, str) else text
    out: set[str] = set()
    for i in range(len(tokens)):
        term = ""
        for j in range(i, min(i + 3, len(tokens))):
            word, tag = tokens[j]
            if tag == "nr" and len(word) > 1 and not is_proper_headword(word) and cedict_contains(word):
                tag = "n"  # jieba tags 智慧 and 文明 as person names; CC-CEDICT knows them as common words
            if not _HAN.match(word) or tag not in TERM_TAGS or word in TITLES or (j == i and tag == "v"):
                break
            term += word
            if 4 <= len(term) <= 8 and (j > i or len(word) >= 4):
                out.add(term)
    return out


@lru_cache(maxsize=65536)
def cedict_contains(word: str) -> bool:
    from qa.lang import cedict

    return cedict.contains(word)


def _content_words(gloss: str) -> set[str]:
    return {w for w in _LETTERS.findall(gloss.lower()) if w not in CONNECTORS and len(w) > 2}


def same_word(a: str, b: str) -> bool:
    """Crude stemming: social ~ society, govern ~ governance, political ~ politics; not construct ~ constitute."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= max(4, min(len(a), len(b)) - 3)


@dataclass(frozen=True)
class TermVocab:
    parts: tuple[frozenset[str], ...]  # CC-CEDICT gloss words of each sub-word
    whole: frozenset[str]  # gloss words of the whole term's own dictionary name
    keys: frozenset[str]  # four-letter prefixes of every known word, for a quick pre-test
    learned: tuple[frozenset[str], ...] = ()  # words the document's own pairs link to each sub-word

    def known(self, k: int) -> frozenset[str]:
        return self.parts[k] | (self.learned[k] if k < len(self.learned) else frozenset())


Learned = tuple[frozenset[str], ...]  # per sub-word of one term, from learn_lexicon: part of every cache key


@lru_cache(maxsize=16384)
def term_vocab(term: str, learned: Learned = ()) -> TermVocab | None:
    """English words for the term and each of its words: CC-CEDICT's, plus `learned` from the document.

    None when a word has neither; `learned` is the document's lexicon for
    this term's sub-words (learn_lexicon), passed in so that two documents
    never share what one of them taught.
    """
    from qa.lang import cedict

    whole: set[str] = set()
    for gloss in cedict.english_glosses(term)[:3]:
        whole |= _content_words(gloss.split(",")[0])
    parts = []
    for k, (word, _) in enumerate(segment(term)):
        words: set[str] = set()
        for gloss in cedict.english_glosses(word)[:8]:
            words |= _content_words(gloss)
        if not words and not whole and not (k < len(learned) and learned[k]):
            return None
        parts.append(frozenset(words))
    if len(parts) < 2 and not whole:
        return None
    extra = tuple(learned[k] - parts[k] if k < len(learned) else frozenset() for k in range(len(parts)))
    every = whole.union(*parts, *extra)
    return TermVocab(tuple(parts), frozenset(whole), frozenset(w[:4] for w in every), extra if any(extra) else ())


_PHRASE_GAP = re.compile(r"[\s,\-]+")  # between the words of one rendering: "One Belt, One Road"
_WORD_GAP = re.compile(r"[\s\-]+")  # between a word and its variant neighbour


@lru_cache(maxsize=4096)
def _target_view(target: str) -> tuple[tuple[Token, ...], tuple[str, ...], dict[str, tuple[int, ...]], tuple[str, ...]]:
    """Tokens, their lower case, where each four-letter prefix occurs and the text before each
    token: read once per target, however many terms its pair holds."""
    tokens = english_tokens(target)
    lowered = tuple(t.text.lower() for t in tokens)
    gaps = tuple(target[tokens[k - 1].end : tokens[k].start] or "x" if k else "" for k in range(len(tokens)))
    positions: dict[str, list[int]] = {}
    for k, word in enumerate(lowered):
        positions.setdefault(word[:4], []).append(k)
    return tokens, lowered, {key: tuple(ks) for key, ks in positions.items()}, gaps


def renderings(term: str, target: str, learned: Learned = ()) -> list[str]:
    """English phrases in `target` that spell `term` word by word ("social governance").

    A word counts for a sub-word when CC-CEDICT glosses it that way, when the
    document's pairs link it to the sub-word (`learned`), or, next to a word
    that does count, when it is a variant spelling of a known word whose
    sub-word is still missing (rural *vitalization* for revitalization). A
    rendering needs every sub-word covered and at least one word the
    dictionary vouches for, so co-occurrence alone never makes one.
    """
    vocab = term_vocab(term, learned)
    if vocab is None:
        return []
    tokens, lowered, positions, gaps = _target_view(target)
    keys = vocab.keys.intersection(positions)
    if not keys:
        return []
    starts = sorted({k for key in keys | {"one"} for k in positions.get(key, ())})
    known: dict[int, tuple[int, ...]] = {}

    def match(k: int) -> tuple[int, ...]:
        if k not in known:
            known[k] = word_match(term, lowered[k], learned) if lowered[k][:4] in keys else ()
        return known[k]

    def spaced(k: int, pattern: re.Pattern = _PHRASE_GAP) -> bool:
        return bool(pattern.fullmatch(gaps[k]))

    def variant(k: int, covered: set[int]) -> tuple[int, bool] | None:
        found = variant_part(term, lowered[k], learned)
        return found if found is not None and found[0] not in covered else None

    found: list[str] = []
    done = 0
    for i in starts:
        if i < done or (not match(i) and lowered[i] != "one"):
            continue
        first = match(i)[0] if match(i) else NO_PART
        cands: dict[int, tuple[int, ...]] = {i: match(i)}
        anchored: set[int] = {i} if match(i) and _dictionary_word(term, lowered[i], learned) else set()
        used: list[int] = [first]
        start = i
        if i > done and match(i) and not match(i - 1) and spaced(i, _WORD_GAP):
            before = variant(i - 1, {first})  # "vitalization of"… is not joined; "re-vitalized rural" is
            if before is not None:
                start = i - 1
                cands[start] = (before[0],)
                used.insert(0, before[0])
                if before[1]:
                    anchored.add(start)
        j = i + 1
        while j < len(tokens) and spaced(j):
            word = lowered[j]
            if word in CONNECTORS:
                if lowered[j - 1] in CONNECTORS and lowered[j - 1] != "one" and word != "one":
                    break  # "… Initiative and the One Belt": two renderings side by side
            elif match(j):
                part = match(j)[0]
                if part >= 0 and part in used and lowered[j - 1] in CONNECTORS:
                    break  # "social management and governance": a second rendering starts
                used.append(part)
                cands[j] = match(j)
                if _dictionary_word(term, word, learned):
                    anchored.add(j)
            elif match(j - 1) and spaced(j, _WORD_GAP) and (v := variant(j, set(used))) is not None:
                used.append(v[0])
                cands[j] = (v[0],)
                if v[1]:
                    anchored.add(j)
                j += 1
                break  # a variant ends the phrase: "rural vitalization", never "rural vitalization villages"
            else:
                break
            j += 1
        while j > start and lowered[j - 1] in CONNECTORS:
            j -= 1
        done = max(j, i + 1)
        if len(cands) < 2 or not anchored:
            continue  # one word is never a rendering
        start, j = _trim_learned(start, j, lowered, cands, anchored)
        content = [k for k in range(start, j) if lowered[k] not in CONNECTORS]
        parts_used = set(assign_parts([cands.get(k, ()) for k in content]))
        covered = all(k in parts_used for k in range(len(vocab.parts)) if vocab.known(k))
        whole_hits = sum(1 for k in content if word_in_whole(term, lowered[k]))
        if len(content) >= 2 and anchored and (covered or whole_hits >= 2):
            found.append(target[tokens[start].start : tokens[j - 1].end])
    return found


NO_PART = -2


def _trim_learned(start: int, end: int, lowered: list[str], cands: dict[int, tuple[int, ...]],
                  anchored: set[int]) -> tuple[int, int]:
    """Drop words at either end that only co-occurrence links to the term and whose sub-words the
    dictionary words of the run already cover: the neighbour term's words ("affairs" before
    "work conference", which co-occurs with 工作 because 政法工作 does) are not this rendering."""

    def redundant(k: int, lo: int, hi: int) -> bool:
        if k in anchored or not cands.get(k):
            return False
        vouched = {p for m in range(lo, hi) if m != k and m in anchored for p in cands.get(m, ())}
        return set(cands[k]) <= vouched

    changed = True
    while changed and end - start > 1:
        changed = False
        if redundant(start, start, end):
            start += 1
            while start < end and lowered[start] in CONNECTORS:
                start += 1
            changed = True
        if end - start > 1 and redundant(end - 1, start, end):
            end -= 1
            while end > start and lowered[end - 1] in CONNECTORS:
                end -= 1
            changed = True
    return start, end


@lru_cache(maxsize=262144)
def word_match(term: str, word: str, learned: Learned = ()) -> tuple[int, ...]:
    """Sub-words `word` can stand for: the CC-CEDICT one, else (-1,) for the term's own name,
    else every sub-word the document links it to (one word may co-occur with several); () if none."""
    vocab = term_vocab(term, learned)
    if vocab is None or word[:4] not in vocab.keys:
        return ()
    for k, part in enumerate(vocab.parts):
        if any(same_word(word, v) for v in part):
            return (k,)
    if word_in_whole(term, word):
        return (-1,)
    return tuple(k for k, part in enumerate(vocab.learned) if any(same_word(word, v) for v in part))


def word_part(term: str, word: str, learned: Learned = ()) -> int:
    """Index of the term's sub-word `word` stands for; -1 for the term's own name; NO_PART if none."""
    found = word_match(term, word, learned)
    return found[0] if found else NO_PART


@lru_cache(maxsize=262144)
def _dictionary_word(term: str, word: str, learned: Learned = ()) -> bool:
    """CC-CEDICT (not co-occurrence) links `word` to the term or one of its sub-words."""
    vocab = term_vocab(term, learned)
    return vocab is not None and (word_in_whole(term, word) or any(any(same_word(word, v) for v in p) for p in vocab.parts))


@lru_cache(maxsize=262144)
def word_in_whole(term: str, word: str) -> bool:
    vocab = term_vocab(term)
    return vocab is not None and any(same_word(word, v) for v in vocab.whole)


def assign_parts(candidates: list[tuple[int, ...]]) -> tuple[int, ...]:
    """One sub-word per word: words with one reading first, then each other word takes its first
    reading not yet taken ("rural" co-occurs with both 乡村 and 振兴, "revitalization" is 振兴's)."""
    taken = {c[0] for c in candidates if len(c) == 1}
    out = []
    for c in candidates:
        if len(c) > 1:
            pick = next((k for k in c if k not in taken), c[0])
            taken.add(pick)
            out.append(pick)
        else:
            out.append(c[0] if c else NO_PART)
    return tuple(out)


# ---------------------------------------------------------------- variants of a known word

_SUFFIXES = sorted(
    "izations isations ization isation ations ation itions ition ions ion ments ment ances ance ences ence "
    "ities ity ness ings ing ives ive izes ized ize ises ised ise ers er ed es s ally al ly".split(),
    key=len, reverse=True,
)
MIN_VARIANT_CORE = 5  # letters a variant must share with a known word once suffixes are gone


def word_core(word: str) -> str:
    """The word without one inflectional or derivational ending, keeping at least four letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _longest_common_run(a: str, b: str) -> int:
    best = 0
    prev = [0] * (len(b) + 1)
    for x in a:
        row = [0]
        for k, y in enumerate(b):
            row.append(prev[k] + 1 if x == y else 0)
        best = max(best, row[-1])
        prev = row
    return best


@lru_cache(maxsize=262144)
def is_variant(a: str, b: str) -> bool:
    """Two spellings of one word root: vitalization ~ revitalize (cores "vital" / "revital").

    Endings are removed first so that a shared "-ization" is never enough.
    """
    if a == b:
        return False
    return _longest_common_run(word_core(a), word_core(b)) >= MIN_VARIANT_CORE


@lru_cache(maxsize=262144)
def variant_part(term: str, word: str, learned: Learned = ()) -> tuple[int, bool] | None:
    """(sub-word, from the dictionary?) when `word` is a variant of a word known for that sub-word."""
    vocab = term_vocab(term, learned)
    if vocab is None or word in CONNECTORS or len(word) < MIN_VARIANT_CORE or word_match(term, word, learned):
        return None
    for k, part in enumerate(vocab.parts):
        if any(is_variant(word, v) for v in part):
            return k, True
    for k, part in enumerate(vocab.learned):
        if any(is_variant(word, v) for v in part):
            return k, False
    return None


def rendering_shape(term: str, text: str, learned: Learned = ()) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Sub-word index and word of each content word of a rendering, in order."""
    words = [w for w in _LETTERS.findall(text.lower()) if w not in CONNECTORS]
    candidates = []
    for w in words:
        found = word_match(term, w, learned)
        if not found and (v := variant_part(term, w, learned)) is not None:
            found = (v[0],)
        candidates.append(found)
    return assign_parts(candidates), tuple(words)


def same_rendering(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same words up to inflection: "studied and formulated" = "study and formulate"."""
    return len(a) == len(b) and all(same_word(x, y) for x, y in zip(a, b))


# ---------------------------------------------------------------- the document's own lexicon

MIN_DICE = 0.5  # 2·both / (pairs with the Chinese word + pairs with the English word)
MIN_COOCCURRENCE = 2  # one shared pair is chance
RIVAL_RATIO = 0.85  # a word goes to the term whose words it links to best, or nearly as well
STOP_WORDS = CONNECTORS | frozenset(
    """or with by as at from be is are was were it its this that these those sb sth used something someone
    also into out up down not no his her their them they he she we you your our who which what when where how
    than then there so such have has had do does did can could will would may might must shall should very
    more most all each every other some any only just well been being over under about after before through
    during between while because if but nor yet both either me my him us said says mr mrs ms""".split()
)
_FUNCTION_TAGS = ("u", "p", "c", "r", "x", "m", "q", "y", "e", "d", "f")


def english_keys(text: str) -> dict[str, str]:
    """Content words of an English text, plural -s folded: key -> first spelling seen."""
    out: dict[str, str] = {}
    for w in _LETTERS.findall(text.lower().replace("’", "'")):
        if len(w) > 2 and w not in STOP_WORDS:
            key = w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w
            out.setdefault(key, w)
    return out


@lru_cache(maxsize=65536)
def gloss_words(word: str) -> frozenset[str]:
    """CC-CEDICT's English content words for one Chinese word."""
    from qa.lang import cedict

    out: set[str] = set()
    for gloss in cedict.english_glosses(word)[:8]:
        out |= _content_words(gloss)
    return frozenset(out)


Segmented = tuple[tuple[str, str], ...]


def cooccurrence(pairs: Iterable[tuple[str | Segmented, str]], parts: Iterable[str]) -> dict[tuple[str, str], float]:
    """Dice coefficient of each (Chinese word in `parts`, English word) sharing MIN_COOCCURRENCE pairs.

    The Chinese of a pair may be given already segmented (segment()), which
    spares a second jieba pass over a long document.

    Counts are per pair (does the pair hold the Chinese word, the English
    word, both), so the cost is one pass over the pairs, never a comparison
    of every pair with every other. A shared pair does not count
    when CC-CEDICT explains the English word by another word of that pair's
    Chinese ("county" by 全县), which keeps the small documents' chance
    companions out.
    """
    wanted = frozenset(parts)
    zh_count: Counter[str] = Counter()
    en_count: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    for source, target in pairs:
        keys = english_keys(target)
        en_count.update(keys.keys())
        tokens = segment(source) if isinstance(source, str) else source
        present = {w for w, _ in tokens if w in wanted}
        if not present or not keys:
            zh_count.update(present)
            continue
        zh_count.update(present)
        by_prefix: dict[str, list[tuple[str, str]]] = {}
        for word, tag in tokens:
            if _HAN.match(word) and not tag.startswith(_FUNCTION_TAGS):
                for gloss in gloss_words(word) or frozenset().union(*map(gloss_words, word)):  # 全县: 县 "county"
                    by_prefix.setdefault(gloss[:4], []).append((word, gloss))
        for key in keys:
            explainers = {w for w, g in by_prefix.get(key[:4], ()) if same_word(key, g)}
            for chinese in present:
                if not explainers - {chinese}:
                    both[chinese, key] += 1
    dice = {
        (chinese, key): 2 * n / (zh_count[chinese] + en_count[key])
        for (chinese, key), n in both.items()
        if n >= MIN_COOCCURRENCE
    }
    return dice


@dataclass(frozen=True)
class Lexicon:
    """What one document's pairs say: Dice of each (Chinese word, English word) sharing two pairs or more."""

    by_chinese: dict[str, dict[str, float]]
    by_english: dict[str, dict[str, float]]


def learn_lexicon(pairs: Iterable[tuple[str | Segmented, str]], parts: Iterable[str]) -> Lexicon:
    """Co-occurrence of the Chinese words in `parts` with the English words of the same pairs."""
    by_chinese: dict[str, dict[str, float]] = {}
    by_english: dict[str, dict[str, float]] = {}
    for (chinese, key), score in cooccurrence(pairs, parts).items():
        by_chinese.setdefault(chinese, {})[key] = score
        by_english.setdefault(key, {})[chinese] = score
    return Lexicon(by_chinese, by_english)


def learned_for(term: str, lexicon: Lexicon) -> Learned:
    """English words the document links to each sub-word of `term`: the `learned` argument above.

    A word is kept for a sub-word when its Dice reaches MIN_DICE and no Chinese
    word outside the term links to it clearly more strongly (RIVAL_RATIO):
    "legal" is not 工作's in 工作会议 when 政法 (of 政法工作) holds it better.
    Sub-words of one term are no rivals: 乡村 and 振兴 always occur together,
    both link to "rural", and renderings() sorts out which is which.
    """
    words = [word for word, _ in segment(term)]
    inside = set(words)
    found = []
    for word in words:
        kept = set()
        for key, score in lexicon.by_chinese.get(word, {}).items():
            rival = max((s for other, s in lexicon.by_english[key].items() if other not in inside), default=0.0)
            if score >= MIN_DICE and score >= RIVAL_RATIO * rival:
                kept.add(key)
        found.append(frozenset(kept))
    return tuple(found) if any(found) else ()


def phrase_key(text: str) -> str:
    """Lowercase words only: "One Belt, One Road" → "one belt one road"."""
    return " ".join(_LETTERS.findall(text.lower().replace("’", "'")))
