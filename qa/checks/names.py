"""M checks: names romanized from the wrong reading, with a part dropped, or inconsistently.

For each name in a pair's source (qa.terms.source_names) we look in the
target for a run of capitalised words whose letters, folded (case, apostrophe,
hyphen and space ignored: Chang'an = Changan = Chang An), spell the name in
pinyin, or spell an accepted non-pinyin name (glossary, CC-CEDICT: Jalaid,
Hohhot, Chiang Kai-shek). A name translated rather than transliterated
(中央政法委 → Central Political and Legal Affairs Committee) has no such run and
is left alone: we only report what we can prove.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from qa.checks.context import DocContext, PairContext, Problem
from qa.checks.registry import check
from qa.lang import pinyin as py
from qa.model import Pair
from qa.terms import SURNAMES, TITLES, NameMention, english_tokens, joined, source_names

PLACE_WORDS = frozenset(
    "Banner League County City Province District Prefecture Town Township Village Municipality "
    "Region Autonomous Island Lake River Mountain Mountains Prison Street Road Temple Palace Jun".split()
)
_RUN = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|St)\.? )?([A-ZÀ-ÝĀ-Ž][\w'’\-]*(?: [A-ZÀ-ÝĀ-Ž][\w'’\-]*)*)")


@dataclass(frozen=True)
class Match:
    """One rendering of a source name found in the target."""

    name: NameMention
    status: str  # ok, exonym, wrong-reading, dropped-surname, truncated-given, misspelt
    span: str  # target text as written
    display: str  # span with a following place word: "Jalaid Banner"
    key: str  # what counts as the same rendering across the document
    suggestion: str = ""
    start: int = 0
    tokens: tuple[int, int] = (0, 0)


@lru_cache(maxsize=8192)
def cedict_exonyms(word: str) -> tuple[str, ...]:
    """Accepted English names from CC-CEDICT definitions: 扎赉特旗 → Jalaid; 蒋介石 → Chiang Kai-shek."""
    from qa.lang import cedict

    out: list[str] = []
    for entry in cedict.lookup(word):
        if not entry.is_proper_noun:
            continue
        for definition in entry.definitions:
            head = definition.split(",")[0].split(";")[0]
            for alt in head.split(" or "):
                m = _RUN.match(alt.strip())
                if m:
                    out.append(m.group(1))
    return tuple(dict.fromkeys(out))


def _suggest(form: str, kind: str) -> str:
    """The romanization to suggest: "Xi Jinping" for people, "Chang'an Jun" for 长安君."""
    from qa.lang import cedict

    person = kind == "person"
    sylls = py.expected_syllables(form, person=person)
    if person and 2 <= len(form) <= 4:
        n = py.surname_length(form)
        return f"{py.join_syllables(sylls[:n])} {py.join_syllables(sylls[n:])}"
    words: list[str] = []
    i = 0
    while i < len(form):  # longest CC-CEDICT word first: 长安 + 君
        for j in range(len(form), i, -1):
            if j - i == 1 or (form[i:j] != form and cedict.contains(form[i:j])) or (i == 0 and j == len(form) and cedict.contains(form)):
                words.append(py.join_syllables(sylls[i:j]))
                i = j
                break
    return " ".join(words)


def _spell_known(word: str) -> bool:
    from qa.checks.spelling import english_dictionary

    return word.lower() in english_dictionary()


class _Finder:
    """Windows of capitalised words in one target text."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.tokens = english_tokens(target)
        self._windows: dict[int, list[tuple[int, int, str]]] = {}

    def windows(self, max_words: int) -> list[tuple[int, int, str]]:
        if max_words not in self._windows:
            self._windows[max_words] = list(self._scan(max_words))
        return self._windows[max_words]

    def _scan(self, max_words: int) -> Iterable[tuple[int, int, str]]:
        toks = self.tokens
        for i, tok in enumerate(toks):
            if not tok.capitalised:
                continue
            for j in range(i + 1, min(len(toks), i + max_words) + 1):
                if not toks[j - 1].text[:1].isupper() and j - 1 > i and not _lower_syllable(toks[j - 1].text):
                    break
                if not joined(self.target, toks, i, j):
                    break
                yield i, j, py.fold("".join(t.text for t in toks[i:j]))

    def text(self, i: int, j: int) -> str:
        return self.target[self.tokens[i].start : self.tokens[j - 1].end]

    def display(self, i: int, j: int) -> str:
        """The rendering as an editor reads it, with a following place word: "Jalaid Banner"."""
        if j < len(self.tokens) and self.tokens[j].text in PLACE_WORDS and joined(self.target, self.tokens, j - 1, j + 1):
            j += 1
        return " ".join(self.text(i, j).split())


def _lower_syllable(word: str) -> bool:
    """A lowercase word may continue a name only when it is pinyin: "Chang an"."""
    return py.split_syllables(word) is not None and len(word) <= 6 and word.islower() and not _spell_known(word)


def _levenshtein(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _accepted_names(form: str, glossary) -> list[str]:
    names = list(cedict_exonyms(form))
    if glossary is not None:
        names += [e.target for e in glossary.preferred(form)]
    return names


def analyse_pair(pair: Pair, glossary=None) -> list[Match]:
    """Every rendering of every source name found in the pair's target."""
    if not pair.source.strip() or not pair.target.strip() or not py.has_han(pair.source):
        return []
    finder = _Finder(pair.target)
    mentions = source_names(pair.source, _glossary_words(glossary))
    claimed: set[int] = set()
    matches: list[Match] = []
    unresolved: list[NameMention] = []
    for mention in _dedupe(mentions):
        found = _find_full(mention, finder, glossary, claimed)
        matches += found
        for m in found:
            claimed.update(range(*m.tokens))
        if not found or mention.kind == "person":
            unresolved.append(mention)
    for mention in unresolved:
        # a person may be named in full once and cut short further on in the same pair
        found = _find_partial(mention, finder, claimed) if mention.kind == "person" else []
        if not found and not any(m.name == mention for m in matches):
            found = _find_misspelt(mention, finder, claimed)
        for m in found:
            claimed.update(range(*m.tokens))
        matches += found
    return matches


def _glossary_words(glossary) -> frozenset:
    """The glossary's terms for the segmenter, kept whole and taken as names."""
    return glossary.segmenter_words() if glossary is not None else frozenset()


def _dedupe(mentions: list[NameMention]) -> list[NameMention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.text not in seen:
            seen.add(m.text)
            out.append(m)
    return out


def _find_full(mention: NameMention, finder: _Finder, glossary, claimed: set[int]) -> list[Match]:
    person = mention.kind == "person"
    core_len = min(len(f) for f in mention.forms)
    results: dict[int, Match] = {}
    for form in mention.forms:
        reads = py.readings(form, person)
        if not reads:
            continue
        accepted = [r.accepted for r in reads]
        possible = [r.possible for r in reads]
        exonyms = {py.fold(n): n for n in _accepted_names(form, glossary)}
        for i, j, folded in finder.windows(len(form) + 2):
            if i in results or any(k in claimed for k in range(i, j)):
                continue
            sylls = py.match(folded, accepted) if j - i <= len(form) else None
            if sylls:
                key = "pinyin:" + "".join(sylls[:core_len])
                results[i] = Match(mention, "ok", finder.text(i, j), finder.display(i, j), key, start=i, tokens=(i, j))
                continue
            if folded in exonyms:
                core = _pinyin_head(finder, i, j, [r.accepted for r in py.readings(mention.forms[-1], person)])
                key = "pinyin:" + "".join(core[:core_len]) if core else "name:" + folded
                results[i] = Match(mention, "ok" if core else "exonym", finder.text(i, j), finder.display(i, j),
                                   key, start=i, tokens=(i, j))
                continue
            if j - i <= len(form) and py.match(folded, possible):
                suggestion = _suggest(form, mention.kind)
                results[i] = Match(mention, "wrong-reading", finder.text(i, j), finder.display(i, j),
                                   "wrong:" + folded, suggestion, i, (i, j))
    # a longer window found for the whole form wins over one inside it for the core
    out = sorted(results.values(), key=lambda m: (m.tokens[0], -m.tokens[1]))
    kept: list[Match] = []
    last_end = -1
    for m in out:
        if m.tokens[0] >= last_end:
            kept.append(m)
            last_end = m.tokens[1]
    return kept


def _pinyin_head(finder: _Finder, i: int, j: int, options: list[frozenset[str]]) -> tuple[str, ...] | None:
    """Syllables of the core name when the leading words of tokens i..j spell it: "Miyun County"."""
    for k in range(j, i, -1):
        found = py.match(py.fold("".join(t.text for t in finder.tokens[i:k])), options)
        if found:
            return found
    return None


ENGLISH_TITLES = frozenset(
    """premier president chairman chairwoman secretary minister governor mayor director comrade general
    vice-premier vice-president vice-chairman commissioner ambassador councillor councilor head chief
    leader marshal professor dr mr mrs ms""".split()
)


def _find_partial(mention: NameMention, finder: _Finder, claimed: set[int]) -> list[Match]:
    """Given name without the surname ("General Secretary Jinping"), or a given name cut short ("Guo Sheng")."""
    form = mention.forms[-1]
    if not 2 <= len(form) <= 4:
        return []
    reads = py.readings(form, True)
    if not reads:
        return []
    n = py.surname_length(form)
    surname = [r.possible for r in reads[:n]]
    given_acc = [r.accepted for r in reads[n:]]
    toks = finder.tokens
    target = finder.target
    full = _suggest(form, "person")
    out: list[Match] = []

    def is_surname(k: int) -> bool:
        return 0 <= k < len(toks) and py.match(py.fold(toks[k].text), surname) is not None

    for i, j, folded in finder.windows(len(form)):
        if any(k in claimed for k in range(i, j)):
            continue
        # a surname followed by only part of the given name
        if is_surname(i) and j - i >= 2:
            rest = py.fold("".join(t.text for t in toks[i + 1 : j]))
            longer = rest + py.fold(toks[j].text) if j < len(toks) and joined(target, toks, j - 1, j + 1) else ""
            for k in range(1, len(given_acc)):
                nxt_continues = bool(longer) and any(py.match(longer, given_acc[:m]) for m in range(k + 1, len(given_acc) + 1))
                if py.match(rest, given_acc[:k]) and not nxt_continues:
                    out.append(Match(mention, "truncated-given", finder.text(i, j), finder.text(i, j),
                                     "partial:" + folded, full, i, (i, j)))
                    break
            if out:
                break
        # the given name alone, no surname on either side; a one-syllable given name
        # (李强 → "Qiang") only counts right after an English title ("Premier Qiang"),
        # since a lone syllable is too often an ordinary word or another name
        single_after_title = (
            len(given_acc) == 1 and mention.titled and i > 0 and toks[i - 1].text.lower() in ENGLISH_TITLES
            and joined(target, toks, i - 1, i + 1)
        )
        if (len(given_acc) >= 2 or single_after_title) and py.match(folded, given_acc):
            before = i - 1 if i and joined(target, toks, i - 1, i + 1) else -1
            after = j if j < len(toks) and joined(target, toks, j - 1, j + 1) else -1
            if is_surname(before) or is_surname(after):
                continue
            start = i  # keep a title written before the name in the span: "General Secretary Jinping"
            while start > 0 and toks[start - 1].capitalised and joined(target, toks, start - 1, start + 1) \
                    and not is_surname(start - 1):
                start -= 1
            if start == i and not mention.titled:
                continue  # a bare given name is how fiction and familiar prose name people: only formal use is wrong
            span = target[toks[start].start : toks[j - 1].end]
            title = target[toks[start].start : toks[i].start]
            out.append(Match(mention, "dropped-surname", span, span, "partial:" + folded,
                             f"{title}{full}", start, (start, j)))
            break
    return out


def _find_misspelt(mention: NameMention, finder: _Finder, claimed: set[int]) -> list[Match]:
    """A run of capitalised words one or two letters away from the expected pinyin."""
    person = mention.kind == "person"
    for form in mention.forms:
        if len(form) < 2:
            continue
        expected = "".join(py.expected_syllables(form, person))
        if len(expected) < 6:
            continue
        limit = 1 if len(expected) < 10 else 2
        for i, j, folded in finder.windows(len(form)):
            if any(k in claimed for k in range(i, j)) or folded == expected or folded[:1] != expected[:1]:
                continue
            words = [t.text for t in finder.tokens[i:j]]
            if any(_spell_known(w) and py.split_syllables(w) is None for w in words):
                continue
            if _levenshtein(folded, expected, limit) <= limit:
                return [Match(mention, "misspelt", finder.text(i, j), finder.text(i, j), "misspelt:" + folded,
                              _suggest(form, mention.kind), i, (i, j))]
    return []


# ---------------------------------------------------------------- views


def document_matches(doc: DocContext) -> dict[str, list[Match]]:
    """Renderings of names for every body pair, computed once per document."""

    def compute() -> dict[str, list[Match]]:
        glossary = doc.glossary
        found = {pair.id: analyse_pair(pair, glossary) for pair in doc.pairs}
        # A name guessed from a surname (贾蓉笑 = 贾蓉 + 笑 "laughed") is only known to be longer than
        # its rendering when the document renders the long form in full somewhere.
        confirmed = {m.name.text for ms in found.values() for m in ms if m.status == "ok"}
        # Likewise 贾蓉笑 ("Jia Rong laughed", a dictionary word) when the document names 贾蓉 on its own.
        def doubtful(m: Match) -> bool:
            if m.status != "truncated-given":
                return False
            if m.name.text[:-1] in confirmed:
                return True
            return m.name.guessed and not m.name.titled and m.name.text not in confirmed \
                and _spill_over(m.name.forms[-1][-1])

        return {pid: [m for m in ms if not doubtful(m)] for pid, ms in found.items()}

    return doc.memo("names.matches", compute)


# jieba tags of a single character that often follows a name without being part of it:
# verbs (笑 "laughed", 说 "said"), particles, prepositions, adverbs, pronouns, measure words (道).
_SPILL_OVER_TAGS = ("v", "u", "p", "c", "d", "y", "r", "q", "e")


def _spill_over(char: str) -> bool:
    """A guessed name may have swallowed the word after it (贾蓉笑 = 贾蓉 + 笑): only then is a
    shorter rendering ("Jia Rong") doubtful; 申玉菲 → "Shen Yu" drops a name character."""
    from qa.terms import _posseg

    _, posseg = _posseg()
    tag = posseg.dt.word_tag_tab.get(char, "")
    return tag.startswith(_SPILL_OVER_TAGS)


def _all_matches(pair: Pair, ctx: PairContext) -> list[Match]:
    """Every rendering of the pair's source names, from the document view when it holds the pair."""
    found = document_matches(ctx.doc).get(pair.id)
    if found is None:  # a pair the document view did not include
        found = ctx.memo("names.pair", lambda: analyse_pair(pair, ctx.doc.glossary))
    return found


def _pair_matches(pair: Pair, ctx: PairContext) -> list[Match]:
    """The pair's name renderings, less those an explicit glossary rule forbids:
    T202 reports those, with the editor's own rule as the reason."""
    found = _all_matches(pair, ctx)
    glossary = ctx.doc.glossary
    if glossary is None:
        return found
    return [m for m in found if not any(py.fold(e.target) == py.fold(m.span) for e in glossary.forbidden(m.name.text))]


# ---------------------------------------------------------------- checks


REPORTING_CHECK = {"wrong-reading": "M101", "dropped-surname": "M102", "truncated-given": "M102", "misspelt": "M104"}


def names_reported(pair: Pair, ctx: PairContext) -> set[str]:
    """Source names whose rendering (or absence) in this pair a running names check reports (T201 leaves those to it)."""
    reported = {m.name.text for m in _pair_matches(pair, ctx)
                if m.status in REPORTING_CHECK and ctx.doc.runs(REPORTING_CHECK[m.status])}
    if ctx.doc.runs("M105"):
        reported.update(m.text for m in missing_titled_names(pair, ctx))
    return reported


def missing_titled_names(pair: Pair, ctx: PairContext) -> list[NameMention]:
    """People the source names with a title (习近平总书记, 秘书长陈一新) that have no rendering in the target.

    A rendering is any match of the names check, or the surname alone
    ("President Xi", "Premier Li": news style). Names written in Chinese
    characters for foreign people (马克龙, 默克尔, 何厚铧 → Edmund Ho) are not
    pinyin: while the target holds more unaccounted names than the source has
    unmatched names of foreign look, nothing is reported.
    """

    def compute() -> list[NameMention]:
        if not pair.source.strip() or not pair.target.strip():
            return []
        found = _all_matches(pair, ctx)
        rendered = {m.name.text for m in found}
        titled = [m for m in _dedupe(source_names(pair.source, _glossary_words(ctx.doc.glossary)))
                  if m.kind == "person" and _has_title(m, pair.source) and m.text not in rendered and not _common_word(m)]
        if not titled:
            return []
        tokens = english_tokens(pair.target)
        missing = [m for m in titled if _chinese_name(m.text) and not surname_in(m.text, tokens)]
        foreign = len(titled) - len(missing)
        if missing and len(_unaccounted_names(pair.target, found)) > foreign:
            return []
        return missing

    return ctx.memo("names.missing_titled", compute)


def _common_word(mention: NameMention) -> bool:
    """A name guessed from a surname that is an ordinary word (先生曾任 → 曾任 "formerly served as")."""
    from qa.lang import cedict

    return mention.guessed and any(not e.is_proper_noun for e in cedict.lookup(mention.text))


# Titles that follow a name and never precede one: 李登辉先生曾任… does not make 曾任 a titled name.
_TITLES_AFTER_ONLY = frozenset("先生 女士 小姐 同志 夫人 太后".split())
# Characters of foreign names written in Chinese (杜鲁门, 默克尔, 朔尔茨) that Chinese given names hardly use.
_TRANSLITERATION_CHARS = frozenset("尔斯鲁门顿勒瑟兹茨姆赫蒂娃丝莎娜埃奥默普")


def _has_title(mention: NameMention, source: str) -> bool:
    """A title right after the name (陈一新秘书长), or right before it (秘书长陈一新) when it can stand there."""
    after = source[mention.start + len(mention.text):]
    before = source[: mention.start]
    return any(after.startswith(t) for t in TITLES) or any(before.endswith(t) for t in TITLES - _TITLES_AFTER_ONLY)


def _chinese_name(name: str) -> bool:
    """Opens with a Chinese surname and reads like a Chinese name: 陈一新 yes; 特朗普, 杜鲁门 (foreign) no."""
    surname = py.surname_length(name)
    opens = name[:2] in py.COMPOUND_SURNAMES or name[:1] in SURNAMES
    return opens and not any(ch in _TRANSLITERATION_CHARS for ch in name[surname:])


def surname_in(name: str, tokens) -> bool:
    """The surname's pinyin is a capitalised word of the target: "President Xi", "Mr. Sima"."""
    n = py.surname_length(name)
    options = [r.accepted for r in py.readings(name, person=True)[:n]]
    return bool(options) and any(t.capitalised and py.match(py.fold(t.text), options) for t in tokens)


# English titles and title parts a name stands next to ("President Biden", "Vice Chairman Edmund Ho",
# "Secretary of State Blinken"): never a name themselves.
_EN_TITLES = frozenset(
    "President Premier Chancellor Minister Chairman Chairwoman Secretary Secretary-General General King Queen "
    "Prince Princess Emperor Governor Mayor Ambassador Director Director-General Senator Speaker Leader Chief "
    "Executive Commissioner Mr Mrs Ms Dr Professor Pope Vice Prime Deputy Comrade State Former".split()
)


def _foreign_word(word: str) -> bool:
    """In no English dictionary and no run of pinyin syllables (Heilongtan, Jingmi are Chinese places)."""
    parts = [p for p in re.split(r"[-‐‑'’]", word) if p]
    return not all(_spell_known(p) for p in parts) and py.split_syllables(py.fold(word)) is None


def _unaccounted_names(target: str, found: list[Match]) -> list[str]:
    """Runs of capitalised words that may be a person's name no source name explains.

    A run right after an English title counts whatever its words ("President
    Moon", "Chancellor Scholz"); elsewhere only words in no English dictionary
    that are no pinyin either (Merkel, not Heilongtan). Acronyms, titles and
    words opening a sentence never count.
    """
    claimed = {k for m in found for k in range(*m.tokens)}
    tokens = english_tokens(target)
    runs: list[str] = []
    current: list[str] = []
    for k, token in enumerate(tokens):
        word = token.text
        before = target[: token.start].rstrip()
        sentence_start = not before or before[-1] in ".!?\"“‘(:;–—"
        after_title = k > 0 and tokens[k - 1].text.rstrip(".") in _EN_TITLES and joined(target, tokens, k - 1, k + 1)
        name_like = (token.capitalised and k not in claimed and not word.isupper() and word.rstrip(".") not in _EN_TITLES
                     and not sentence_start
                     and (after_title or bool(current) or _foreign_word(word)))
        if name_like and (not current or joined(target, tokens, k - 1, k + 1)):
            current.append(word)
            continue
        if current:
            runs.append(" ".join(current))
        current = [word] if name_like else []
    if current:
        runs.append(" ".join(current))
    return runs


def _problem(m: Match, message: str, ctx: PairContext) -> Problem:
    """A finding on one rendering of a name: the name in the source, its rendering in the target.

    The suggestion is the glossary's required rendering when it has one (the
    editor's rule wins over the pinyin), else the corrected romanization.
    """
    required = _glossary_rendering(m.name.text, ctx)
    if required and required != m.suggestion:
        message += f" (the glossary requires {required!r})"
    return Problem(message, source_span=m.name.text, target_span=m.span, suggestion=required or m.suggestion)


def _glossary_rendering(name: str, ctx: PairContext) -> str:
    """The glossary's required rendering of a source name, or ""."""
    preferred = ctx.doc.glossary.preferred(name) if ctx.doc.glossary is not None else []
    return preferred[0].target if preferred else ""


@check(
    "M101",
    "wrong-polyphone-reading",
    category="Accuracy/Mistranslation",
    requires=("segmenter", "romaniser", "dictionary", "word-list"),
    severity="major",
    example="长安君 → Zhang Anjun (长 is cháng in 长安: Chang'an Jun)",
)
def wrong_polyphone_reading(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A name is romanized from a wrong reading of a polyphonic character.

    The rendering spells the name only with a reading the character has
    elsewhere (长 zhǎng, 重 zhòng, 曾 céng), not the one it has in this name
    (phrase dictionary, CC-CEDICT proper-noun reading, surname reading).
    """
    for m in _pair_matches(pair, ctx):
        if m.status == "wrong-reading":
            yield _problem(m, f"{m.name.text} is romanized from a wrong reading: {m.span!r} should be {m.suggestion!r}", ctx)


@check(
    "M102",
    "dropped-name-part",
    category="Accuracy/Omission",
    requires=("segmenter", "romaniser", "dictionary", "word-list"),
    severity="major",
    example="习近平总书记 → General Secretary Jinping (Xi dropped)",
)
def dropped_name_part(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A person named in full in the source loses the surname or part of the given name.

    "General Secretary Jinping" for 习近平总书记, "Guo Sheng" for 郭声琨.
    """
    for m in _pair_matches(pair, ctx):
        if m.status in ("dropped-surname", "truncated-given"):
            what = "surname" if m.status == "dropped-surname" else "part of the given name"
            yield _problem(m, f"{m.name.text}: the {what} is missing in {m.span!r}", ctx)


@check(
    "M104",
    "name-misspelt",
    category="Fluency/Spelling",
    requires=("segmenter", "romaniser", "dictionary", "word-list"),
    severity="major",
    example="郭声琨 → Guo Shengkum (Guo Shengkun)",
)
def name_misspelt(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A romanized name is one or two letters away from the name's pinyin.

    Only runs of capitalised words that are not English words and are close to
    the expected pinyin of a name in the source are considered.
    """
    for m in _pair_matches(pair, ctx):
        if m.status == "misspelt":
            yield _problem(m, f"{m.name.text} is misspelt: {m.span!r}, its pinyin is {m.suggestion!r}", ctx)


@check(
    "M105",
    "titled-name-missing",
    category="Accuracy/Omission",
    requires=("segmenter", "romaniser", "dictionary", "word-list"),
    severity="major",
    example="秘书长陈一新强调 → The Secretary-General stressed (Chen Yixin missing)",
)
def titled_name_missing(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A person the source names with a title has no rendering at all in the target.

    Official texts name office-holders with their title (习近平总书记,
    秘书长陈一新), and the English keeps the name: "the Secretary-General
    stressed" loses who spoke. Only names next to a title are judged: a bare
    name is too often rendered as "he", or by a translated nickname (韦小宝 →
    Trinket), to tell a drop from style. Any rendering counts as present, the
    surname alone too ("President Xi"), and a misspelt or wrong one (other
    checks report those). Foreign people's names written in Chinese are not
    pinyin: a name with no Chinese surname or with characters of
    transliteration (特朗普, 杜鲁门) is not judged, and nothing is reported
    while the target holds an unaccounted name ("Chancellor Merkel", "Vice
    Chairman Edmund Ho") that such a name could be.
    """
    for mention in missing_titled_names(pair, ctx):
        suggestion = _glossary_rendering(mention.text, ctx) or _suggest(mention.forms[-1], "person")
        yield Problem(f"{mention.text}, named with a title in the source, is not named in the target.",
                      source_span=mention.text, suggestion=suggestion)


@check(
    "M103",
    "name-romanized-inconsistently",
    category="Terminology/Inconsistent use",
    requires=("segmenter", "romaniser", "dictionary", "word-list"),
    severity="minor",
    scope="document",
    example="扎赉特旗 → Jalaid Banner (1) and Zhalaite Banner (3) in one document",
)
def name_romanized_inconsistently(ctx: DocContext) -> Iterable[Problem]:
    """One name is rendered in more than one way in the document.

    Pinyin and an accepted exonym are both fine alone, but not both in one
    document; every variant is listed with its count and pair ids.
    """
    by_name: dict[str, dict[str, list[tuple[Pair, Match]]]] = defaultdict(lambda: defaultdict(list))
    pairs = {p.id: p for p in ctx.pairs}
    for pair_id, matches in document_matches(ctx).items():
        for m in matches:
            if m.status in ("ok", "exonym"):
                by_name[m.name.forms[-1]][m.key].append((pairs[pair_id], m))
    for name, variants in by_name.items():
        if len(variants) < 2:
            continue
        if not any(k.startswith("pinyin:") for k in variants) and not (ctx.glossary and ctx.glossary.lookup(name)):
            continue  # two dictionary translations (Central Committee / Party Central Committee) are the term checks' business
        label = max((m.name.text for occ in variants.values() for _, m in occ), key=len)
        ranked = sorted(variants.items(), key=lambda kv: (-len(kv[1]), kv[1][0][0].id))
        preferred = _preferred_variant((label, name), ranked, ctx.glossary)
        listing = "; ".join(
            f"{occ[0][1].display!r} ×{len(occ)} ({', '.join(dict.fromkeys(p.id for p, _ in occ))})" for _, occ in ranked
        )
        minority = next(occ for key, occ in ranked if occ[0][1].display != preferred)
        pair, match = minority[0]
        yield Problem(
            f"{label} is rendered {len(variants)} ways: {listing}",
            source_span=match.name.text,
            target_span=match.span, suggestion=preferred, pair=pair,
        )


def _preferred_variant(forms: tuple[str, ...], ranked, glossary) -> str:
    """The glossary's rendering, else the established English name (CC-CEDICT), else the majority."""
    for form in forms:
        for entry in glossary.preferred(form) if glossary is not None else ():
            return entry.target
    exonyms = {py.fold(n) for form in forms for n in cedict_exonyms(form)}
    for key, occ in ranked:
        if key.startswith("name:") and key[5:] in exonyms:
            return occ[0][1].display
    return ranked[0][1][0][1].display
