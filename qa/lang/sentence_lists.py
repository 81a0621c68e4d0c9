"""Lists inside a sentence (A、B、C和D; names joined by joiners only, 香港和维吾尔族及藏族): their items, read with jieba.

Split from qa.lang.enumerations (lists of paragraphs, 一是 … 十是), which
re-exports these names; the omission checks read these lists, the
consistency check the paragraph ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence


CLAUSE = re.compile(r"[^，。；：！？,;:!?\n…—（）()《》]+")  # a stretch of a sentence one 、-list may stand in
_JOINERS = frozenset({"和", "及", "以及", "与", "或", "或者", "及其"})
_NOMINAL = ("n", "vn", "a", "an", "b", "j", "l", "nz", "ns", "nt", "nr", "eng")
_NOUNS = ("n", "nr", "ns", "nt", "nz", "j")
_NEGATIONS = frozenset({"不", "未", "没", "没有", "无", "非", "不够"})
MAX_ITEM = 12  # characters: a longer chunk between two 、 is a clause, not a list item
MAX_ITEM_WORDS = 3  # jieba words: 船员提供全方位生产 between two 、 is a clause
_NOT_AN_ITEM = ("t", "d", "p", "c", "u", "r", "m", "q", "f", "uj", "ul", "ud", "ug", "uz", "uv", "y", "e", "o")


@dataclass(frozen=True)
class ListItem:
    """One item of a 、-list inside a sentence, as written in the source, with its offsets."""

    text: str
    start: int
    end: int


def inline_lists(source: str) -> list[list[ListItem]]:
    """The source's 、-lists (物理、化学和生物) and joiner-only lists of names, each as its items, three or more.

    The items between two 、 are whole; the first and last items are cut from
    their clause by jieba (the last word or two before the first 、, the first
    after the last joiner; a time word, adverb or negation there means the
    clause goes on, and no list is read), and a joiner (和/及/以及/与/或) inside a chunk
    splits it into two items, as the English "and" does.
    """
    lists = []
    for clause in CLAUSE.finditer(source):
        if not _may_hold_list(clause.group()):
            continue
        if "、" not in clause.group():
            lists.extend(_joined_lists(clause.group(), clause.start()))
            continue
        found = _clause_items(clause.group(), clause.start())
        if len(found) >= 3 and sum(_is_idiom(i.text) for i in found) < 2:
            lists.append(found)
    return lists


_JOINER_CHARACTERS = frozenset(j for j in _JOINERS if len(j) == 1)  # 和及与或: every joiner word holds one


def _may_hold_list(clause: str) -> bool:
    """Whether the clause may hold a list of three: three items need two cuts, each a 、 or a joiner word
    (and each joiner word holds a joiner character of its own), so a clause with fewer is not segmented
    (most clauses, and one in three with a 、 on the sample page: A006's CPU)."""
    return clause.count("、") + sum(clause.count(ch) for ch in _JOINER_CHARACTERS) >= 2


_NAMES = ("ns", "nr", "nrt", "nrfg", "nt", "nz", "j")  # jieba's tags of names: places, people, bodies, peoples


def _joined_lists(clause: str, offset: int) -> list[list[ListItem]]:
    """Lists of names with joiners only (俄亥俄州和宾夕法尼亚州及匹兹堡, 香港和维吾尔族及藏族): three or more names,
    each pair joined by a joiner, no nominal word right before the first (国家产业 would be one item) nor after
    the last (欧盟官方 "EU officials": the item runs on). Common nouns are not read: there a joiner often
    joins a compound's halves (产业及园区 "industrial parks"), a head shared by two items or a "with"
    (按照相关程序和美国及欧盟官方进行沟通), and the English merges or rewords them (房屋及财产 "other property").
    Quotes around the names are skipped.
    A 与 before the last name and a verb after it is "with" (中国和美国与欧盟举行了会谈), as is a joiner
    before a comparison (和…不同)."""
    from qa.lang.segment import segment

    words, at = [], offset
    for word, tag in segment(clause):
        if re.search(r"\w", word):  # quotes are no word of the list: "中国"和"美国"及"欧盟"
            words.append((word, tag, at))
        at += len(word)
    out, k = [], 0
    while k < len(words):
        run = [k]
        while run[-1] + 2 < len(words) and words[run[-1] + 1][0] in _JOINERS and words[run[-1] + 2][1] in _NAMES:
            run.append(run[-1] + 2)
        after = words[run[-1] + 1 :]
        with_ = words[run[-1] - 1][0] == "与" and bool(after) and after[0][1] == "v"
        if len(run) >= 3 and words[k][1] in _NAMES and not (k and _nominal(words[k - 1][1])) \
                and not (after and _nominal(after[0][1])) and not with_ \
                and not any(w in _COMPARED for w, _, _ in after[:5]):
            out.append([ListItem(words[j][0], words[j][2], words[j][2] + len(words[j][0])) for j in run])
        k = run[-1] + 1
    return out


def _clause_like(words: Sequence[tuple[str, str]]) -> bool:
    """A chunk between two 、 that is a clause: many words, several with a verb (船员提供全方位生产), or
    one opened by a preposition (以人民为重)."""
    words = [(w, t) for w, t in words if w.strip()]
    if words and words[0][1] == "p":  # 以人民为重: a preposition opens a predicate, not a thing
        return True
    return len(words) > 5 or (len(words) > MAX_ITEM_WORDS and any(t == "v" for _, t in words))


def _is_idiom(text: str) -> bool:
    """A chengyu (墨守成规, 因循守旧; CC-CEDICT marks them "(idiom)", jieba "i"): a list of them is
    rendered by its sense, and two near-synonyms often as one."""
    from qa.lang.cedict import lookup
    from qa.lang.segment import dictionary_tag

    if len(text) != 4:
        return False
    return dictionary_tag(text) in ("i", "l") or any("(idiom)" in d for e in lookup(text) for d in e.definitions)


def _clause_items(clause: str, offset: int) -> list[ListItem]:
    """The items of one clause's 、-list, or none when its chunks read as clauses or pairs."""
    from qa.lang.enumerations import _ZH_DIGITS  # here, not at the top: enumerations imports this module
    from qa.lang.segment import segment

    chunks, at = [], 0
    for part in clause.split("、"):
        chunks.append((part, at))
        at += len(part) + 1
    if any(len(part) > MAX_ITEM or not part.strip() for part, _ in chunks[1:-1]):
        return []
    if any(_clause_like(segment(part)) for part, _ in chunks[1:-1]):
        return []
    if _list_of_pairs([segment(part) for part, _ in chunks]):
        return []
    items: list[ListItem] = []
    for k, (part, start) in enumerate(chunks):
        words = segment(part)
        closed = False
        if k == len(chunks) - 1 and k:
            # 等, or the items' count (机构服务三方面), closes the list: reads no further
            cut = next((n for n, (w, t) in enumerate(words) if w in ("等", "等等") or t == "m" and re.fullmatch(
                "[三四五六七八九十]个?", w) and _ZH_DIGITS[w[0]] in (k + 1, k + 2)), len(words))
            closed = cut < len(words)
            # 与存储虚拟化、导航、文件系统和电源管理相关: 与 opened the comparison, so 和 joins the last item
            words = list(words[:cut]) if re.search("[与跟同]", chunks[0][0]) else _before_comparison(words[:cut])
            words = _before_becoming(words, _others_become(chunks))
        pieces = _split_at_joiners(words, start + offset)
        if k == 0:
            first = _first_chunk(pieces, _inner_heads(chunks))
            bare = bool(first) and first[-1] is not None and first[-1].text == pieces[-1][-1][0]  # 企业 alone
            pieces = [_shared_tail_first(pieces[-1])] if bare and _shared_tail(pieces[-1][-1][0], chunks) else first
        elif k == len(chunks) - 1:
            pieces = _last_chunk(pieces, closed)
        else:
            pieces = [_whole(p) for p in pieces]
        items.extend(p for p in pieces if p is not None)
    return items


def _nominal(tag: str) -> bool:
    """A noun, name or word jieba built from characters (脸书 'new'), as a pair's member is."""
    return tag in _NOMINAL or tag.startswith("n")


def _list_of_pairs(chunks: Sequence[Sequence[tuple[str, str]]]) -> bool:
    """Whether a 、-list is a list of pairs, each joined by its own 与 (数字技术企业与国家数字化转型、数字技术企业与新冠
    肺炎疫情: two topics). Every chunk must hold 与 in pair position — in the first, a noun right before it and
    nouns only after it; in each inner one, nouns on both sides; in the last, nouns only before its first joiner —
    and the last no comparison (与…相关 opens around the list). Else 与 is the clause's "with" (试图与脸书、
    亚马逊和谷歌, 我们将与俄罗斯、印度和巴西) or another joiner joins the list (中国与中亚、西亚以及欧洲)."""
    if len(chunks) < 2 or any(w in _COMPARED for w, _ in chunks[-1]):
        return False
    words = [[(w, t) for w, t in chunk if re.search(r"\w", w)] for chunk in chunks]
    first, last = words[0], words[-1]
    at = max((n for n, (w, _) in enumerate(first) if w in _JOINERS), default=None)
    if at is None or first[at][0] != "与" or not at or not _nominal(first[at - 1][1]):
        return False
    after = first[at + 1 :]
    if not after or sum(len(w) for w, _ in after) > MAX_ITEM or not all(_nominal(t) for _, t in after):
        return False
    for chunk in words[1:-1]:
        if not any(w == "与" and 0 < n < len(chunk) - 1 and _nominal(chunk[n - 1][1]) and _nominal(chunk[n + 1][1])
                   for n, (w, _) in enumerate(chunk)):
            return False
    at = next((n for n, (w, _) in enumerate(last) if w in _JOINERS), None)
    return bool(at) and last[at][0] == "与" and all(_nominal(t) for _, t in last[:at])


def _before_becoming(words: Sequence[tuple[str, str]], items_become: bool = False) -> list[tuple[str, str]]:
    """The words before a closing X化 predicate (推进政治督察、执法监督、纪律作风督查巡查常态化: the
    list is made 'normal', 常态化 is no part of its last item). When the other items end in 化 too
    (`items_become`), only if the words left end in 化 (农业现代化 is the last item; 农业现代化|常态化)."""
    words = list(words)
    last = words[-1][0] if words else ""
    cut = 2 if len(words) > 2 and last == "化" else int(len(words) > 1 and len(last) >= 3 and last.endswith("化"))
    left = words[: len(words) - cut]
    if items_become and (not left or not left[-1][0].endswith("化")):
        return words  # 农业现代化: 现代化 ends the item; 农业现代化常态化: 常态化 is the predicate
    return left


_COMPARED = frozenset({"不同", "一样", "相同", "相似", "相比", "一起", "之间", "无关", "有关", "相关", "比较"})


def _before_comparison(words: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words before a joiner that means "with/from": 眼神、神态和普通乘客不同 — 和 … 不同 is
    "different from", so 普通乘客 is no item."""
    for n, (word, _) in enumerate(words):
        if word in _JOINERS and any(w in _COMPARED for w, _ in words[n + 1 : n + 6]):
            return list(words[:n])
    return list(words)


_BOUND = frozenset({"以上", "以下", "以内", "以外"})  # 及以上 "and above": a limit, not another item


def _split_at_joiners(words: Sequence[tuple[str, str]], start: int) -> list[list[tuple[str, str, int]]]:
    """The words of one chunk (with offsets), cut into items at a joiner word."""
    pieces: list[list[tuple[str, str, int]]] = [[]]
    at = start
    for n, (word, tag) in enumerate(words):
        if word in _JOINERS and not (n + 1 < len(words) and words[n + 1][0] in _BOUND):  # 50岁及以上人士: one item
            pieces.append([])
        elif re.search(r"\w", word):  # quotes and brackets are no part of an item
            pieces[-1].append((word, tag, at))
        at += len(word)
    return [p for p in pieces if p]


def _others_become(chunks: Sequence[tuple[str, int]]) -> bool:
    """Whether every chunk before the last has a word ending in 化 (a list of X化 items: 信息化、城镇化建设)."""
    from qa.lang.segment import segment

    return len(chunks) > 1 and all(any(w.endswith("化") for w, _ in segment(part)) for part, _ in chunks[:-1])


def _shared_tail(word: str, chunks: Sequence[tuple[str, int]]) -> bool:
    """Whether every item after the first, the last included and at least two, is a longer compound
    ending in `word` (中小企业和外资企业 on 企业; not 中小企业和个体工商户): the inner chunks, the last chunk's
    pieces before its joiner, and the opening words of its last piece (外资企业的监管)."""
    from qa.lang.segment import segment

    pieces = _split_at_joiners(segment(chunks[-1][0]), 0) if len(chunks) > 1 else []
    later = [[part.strip()] for part, _ in chunks[1:-1]] + [["".join(w for w, _, _ in p)] for p in pieces[:-1]]
    later += [["".join(w for w, _, _ in pieces[-1][:n]) for n in (1, 2, 3)]] if pieces else []
    return len(later) >= 2 and all(any(t.endswith(word) and len(t) > len(word) for t in ts) for ts in later)


def _shared_tail_first(words: list[tuple[str, str, int]]) -> ListItem:
    """The first item of a list of X企业: the head, with the one word before it when a verb comes
    earlier in the chunk (支持|创新企业, 鼓励|出口企业) — else that word is the predicate (加强企业: 企业)."""
    glue = len(words) >= 3 and words[-2][0] not in ("的", "之") and any(t.startswith("v") for _, t, _ in words[:-2])
    return _whole(words[-2:] if glue else words[-1:])


def _inner_heads(chunks: Sequence[tuple[str, int]]) -> frozenset[str] | None:
    """The jieba tags the list's inner items (between two 、, or before the last chunk's joiner) open with,
    when all are nominal: a verb or adjective before the first item of another tag than these is then the
    clause's, not the item's (具有音乐、美术; but 生活服务、生产服务: 生活 opens it as 生产 does)."""
    from qa.lang.segment import segment

    inner = [segment(part) for part, _ in chunks[1:-1]]
    last = [w for w in _split_at_joiners(segment(chunks[-1][0]), 0)][:-1] if len(chunks) > 1 else []
    heads = [next((t for w, t in words if re.search(r"\w", w)), "") for words in inner]
    heads += [words[0][1] for words in last if words]
    if not heads or not all(t in _NOMINAL and t not in ("a", "ad") for t in heads):
        return None
    return frozenset(heads)


def _edge(words: list[tuple[str, str, int]], from_end: bool, heads: frozenset[str] | None = None) -> ListItem | None:
    """An item cut from the edge of its clause: one word, two when the next one in belongs to it (`_glues`)."""
    while words and words[-1][0] in ("等", "等等"):
        words = words[:-1]
    if not words:
        return None
    ordered = list(reversed(words)) if from_end else list(words)
    chosen = [ordered[0]]
    if len(ordered) > 1 and _glues(ordered, from_end, heads):
        chosen.append(ordered[1])
    if from_end and len(ordered) > len(chosen) and ordered[len(chosen)][0] in _NEGATIONS:
        return None  # 制度不健全、审查不严: a list of predicates, not of things
    if ordered[0][0] in _NEGATIONS or ordered[0][1] in _NOT_AN_ITEM:
        return None  # 不予注册, 目前: the clause goes on past the list
    chosen.sort(key=lambda w: w[2])
    start, end = chosen[0][2], chosen[-1][2] + len(chosen[-1][0])
    return ListItem("".join(w[0] for w in chosen), start, end)


_PREDICATIVE = frozenset({"v", "vn", "a", "ad", "vd"})


def _glues(ordered: Sequence[tuple[str, str, int]], from_end: bool, heads: frozenset[str] | None) -> bool:
    """Whether the edge item takes the next word in too: a nominal word, any word before a one-character
    one, a word jieba built from characters (呼吸骤停), a verb before a noun (促销人员 "promoters"). Not a
    verb or adjective before the first item when the inner items open with nouns (`heads`, their tags)
    and no 的 precedes: there it is the clause's predicate and the list its object (具有音乐、美术,
    宣传医疗、药品, 包括中国、印度)."""
    word, prev = ordered[0], ordered[1]
    if prev[0] in ("的", "之"):
        return False
    if not from_end and prev[1] == "a" and len(prev[0]) > 1 and len(ordered) > 2 and ordered[2][1] in _NOUNS \
            and len(word[0]) > 1:
        # 战略性重大问题: the adjective after the last item modifies the list's head noun (重大问题); a one-character
        # one is the item's own predicate (功耗低特点, as 体积小、重量轻 before it)
        return False
    if from_end and heads is not None and prev[1] in _PREDICATIVE and prev[1] not in heads and len(word[0]) > 1 \
            and not (len(ordered) > 2 and ordered[2][0] in ("的", "之")):
        return False
    return (prev[1] in _NOMINAL or len(word[0]) == 1 or prev[1] == "new"
            or (from_end and prev[1] == "v" and word[1].startswith("n")))


def _first_chunk(pieces: list[list[tuple[str, str, int]]], heads: frozenset[str] | None) -> list[ListItem | None]:
    """The first item, cut from the end of its chunk; two when a joiner inside the chunk joins two single
    nouns before a list of nominal items (以患者和医生、药师、专家: four people)."""
    if not pieces:
        return []
    last = _edge(pieces[-1], from_end=True, heads=heads)
    if heads is not None and len(pieces) >= 2 and last is not None and len(pieces[-1]) == 1 and pieces[-1][0][1] in _NOUNS:
        before = _edge(pieces[-2], from_end=True, heads=heads)
        if before is not None and before.text == pieces[-2][-1][0] and pieces[-2][-1][1] in _NOUNS:
            return [before, last]
    return [last]


def _last_chunk(pieces: list[list[tuple[str, str, int]]], closed: bool = False) -> list[ListItem | None]:  # noqa: D401
    """Items of the chunk after the last 、: whole pieces before a joiner, the head of the last one
    (the whole of it when 等 closes the list: 免费安葬等形式 ends with 免费安葬, not 免费)."""
    if not pieces:
        return []
    first = pieces[0]
    if len(pieces) == 1 and len(first) >= 2 and first[0][1] in _NOUNS and first[1][1] == "d":
        return [_whole(first[:1])]  # 执行权相互制约的体制机制: an adverb opens the predicate after the item
    if any(w == "的" for w, _, _ in pieces[0]):
        # 服务业的发展: the item modifies what follows 的; 遍布车身四周的巨大进气口 (a verb first): not read
        head = pieces[0][: [w for w, _, _ in pieces[0]].index("的")]
        return [_whole(head)] if head and len(head) <= 2 and head[0][1] != "v" and len(pieces) == 1 else []
    if len(pieces[0]) > MAX_ITEM_WORDS:
        # 经济管理、计算机、医学专业表现出兴趣: a noun the predicate follows is the last item
        first = pieces[0]
        if len(pieces) == 1 and first[0][1] in _NOMINAL and first[0][1] not in ("a", "vn") and first[1][1] == "v":
            return [_whole(first[:1])]
        return []
    # 法律和安全事务统筹部长…恢复电力供应和机场商业航班服务: the clause goes on past the item after the list's joiner,
    # and a later joiner joins the clause's own words
    long = next((n for n, p in enumerate(pieces[1:-1], 1) if len(p) > MAX_ITEM_WORDS), None)
    pieces = pieces if long is None else pieces[: long + 1]
    whole = [_edge(p, from_end=False) if len(p) > 2 else _whole(p) for p in pieces[:-1]]
    last = pieces[-1]
    if closed and len(last) <= 2 and last[0][1] in _NOMINAL and not any(t in _NOT_AN_ITEM for _, t, _ in last):
        return whole + [_whole(last)]
    return whole + [_edge(last, from_end=False)]


def _whole(words: list[tuple[str, str, int]]) -> ListItem:
    while len(words) > 1 and words[-1][0] in ("等", "等等"):  # 蛋等: the item is 蛋
        words = words[:-1]
    start, end = words[0][2], words[-1][2] + len(words[-1][0])
    return ListItem("".join(w[0] for w in words), start, end)
