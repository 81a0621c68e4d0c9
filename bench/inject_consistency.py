"""Error injectors for consistency (issue 17): one occurrence of something the document writes
the same way elsewhere is written otherwise.

Each injector picks a form the clean document repeats (in three pairs or more),
changes one occurrence the way translators slip — a word of a body's name
swapped or dropped, an article in a long title, a word's form in a recurring
term, an enumerator's style, a capital, a name's syllables split — and expects
a consistency finding (T1xx, or M103 for names) on that pair. They read the
text with their own regular expressions, not with the checks' code.
"""

from __future__ import annotations

import csv
import random
import re
from collections import defaultdict
from functools import lru_cache

from bench.corpora import SHARED
from bench.inject_core import Injector, splice
from qa.lang.en_dictionary import is_english_word
from qa.lang.en_words import DETERMINERS
from qa.lang.gazetteer import named_by
from qa.lang.hunspell_words import singular
from qa.lang.pinyin import split_syllables
from qa.model import Pair
from qa.terminology.case_names import name_word_before

EXPECTS = ("T1", "M103")
_CAP_PHRASE = re.compile(r"\b[A-Z][a-z]+(?:[ -](?:(?:of|and|for|on|the|a|in) )*[A-Z][a-z]+){2,}\b")
_SMALL_SWAP = {"the": "a", "a": "the", "of": "for", "for": "of", "on": "of", "in": "of", "and": "&"}
_WORD_SWAP = {
    "Committee": "Commission", "Commission": "Committee", "Ministry": "Department", "Department": "Ministry",
    "Bureau": "Office", "Office": "Bureau", "National": "State", "State": "National", "Council": "Committee",
    "Administration": "Authority", "Authority": "Administration", "Association": "Society", "Society": "Association",
    "Institute": "Centre", "Center": "Institute", "Centre": "Institute", "University": "College", "College": "University",
    "Agency": "Administration", "Federation": "Union", "Union": "Federation", "Group": "Corporation",
    "Corporation": "Group", "Company": "Corporation", "Conference": "Meeting", "Meeting": "Conference",
    "Congress": "Conference", "Court": "Tribunal", "Party": "Parties", "Province": "Provincial", "City": "Municipal",
    "Research": "Study", "Development": "Developing", "Security": "Safety", "Safety": "Security",
    "International": "Global", "Global": "International", "Central": "Centre", "Public": "People's",
}
_CONTENT_PAIR = re.compile(r"(?<![\w-])([a-z]{4,}) ([a-z]{4,})(?![\w-])")
_STOP = frozenset("that this with from have been were they their there which would could should about into than "
                  "then what when where will also only very more most some such other these those over".split())
# a word followed by one of these is a verb or a gerund with its preposition ("fighting against"), not a term
_NOT_TERM = frozenset("""against among amongst within without across along around behind beyond toward towards upon
    onto through under after before since during between""".split())
# the slips translators make between forms of one word: economic/economical, experimental/experiment,
# working/work, modernization/modernizing, management/managing
_DERIVE = (("ical", "ic"), ("ic", "ical"), ("al", ""), ("ation", "ing"), ("ment", "ing"), ("ing", ""), ("ive", "ion"))
_MID_CAP = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{3,})(?= [a-z])")
_ENUM_SOURCE = re.compile(r"^\s*(?:——)?(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、：:是])")
_ORDINAL_START = re.compile(r"^(\s*)(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(ly)?(?=[,:])")
_CARDINAL = {"First": "One", "Second": "Two", "Third": "Three", "Fourth": "Four", "Fifth": "Five", "Sixth": "Six",
             "Seventh": "Seven", "Eighth": "Eight", "Ninth": "Nine", "Tenth": "Ten"}
_NAME_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z]{4,})(?![\w'’-])")


def _recurring(pairs: list[Pair], pattern: re.Pattern, usable=lambda m: True,
               overlapping: bool = False) -> dict[str, list[tuple[int, re.Match]]]:
    """Matches of `pattern` written the same in three pairs or more (two stay as they were after the
    injection: the document's majority): text → [(pair index, match)]."""
    found: dict[str, list[tuple[int, re.Match]]] = defaultdict(list)
    for i, pair in enumerate(pairs):
        if not pair.source.strip() or not pair.target.strip():
            continue
        for m in _overlapping(pattern, pair.target) if overlapping else pattern.finditer(pair.target):
            if usable(m):
                found[m.group()].append((i, m))
    return {text: occ for text, occ in found.items() if len({i for i, _ in occ}) >= 3}


def _overlapping(pattern: re.Pattern, text: str):
    """Every match, starting again one character after each match's start ("with economic growth"
    holds both "with economic" and "economic growth")."""
    at = 0
    while (m := pattern.search(text, at)) is not None:
        yield m
        at = m.start() + 1


def _replace_one(pairs: list[Pair], rng: random.Random, options: list[tuple[int, re.Match, str]]):
    """Put `new` for one chosen match; other occurrences of the phrase stay as they were."""
    if not options:
        return None
    i, m, new = rng.choice(sorted(options, key=lambda o: (o[0], o[1].start(), o[2])))
    return splice(pairs, i, m.start(), m.end(), new)


def name_word_changed(pairs: list[Pair], rng: random.Random):
    """A body's recurring name with one word swapped for a near synonym or an inner word dropped."""
    options = []
    for text, occ in _recurring(pairs, _CAP_PHRASE).items():
        words = text.split(" ")
        for k, word in enumerate(words):
            if word in _WORD_SWAP:
                options += [(i, m, " ".join(words[:k] + [_WORD_SWAP[word]] + words[k + 1 :])) for i, m in occ[1:]]
            elif 0 < k < len(words) - 1 and word[0].isupper() and len(words) >= 4 and not _romanised(word):
                options += [(i, m, " ".join(words[:k] + words[k + 1 :])) for i, m in occ[1:]]
    return _replace_one(pairs, rng, options)


def _romanised(word: str) -> bool:
    """A romanised Chinese name part (Xi, Baiyun): dropping it loses a person or a place, which
    the entity injectors measure (bench/inject_entities.py), not a body's wording."""
    low = word.lower()
    return split_syllables(low) is not None and (len(low) <= 3 or not is_english_word(low))


def title_small_word_changed(pairs: list[Pair], rng: random.Random):
    """A recurring title of four words or more with one article or preposition swapped."""
    options = []
    for text, occ in _recurring(pairs, _CAP_PHRASE).items():
        words = text.split(" ")
        if len(words) < 4:
            continue
        for k, word in enumerate(words):
            if word in _SMALL_SWAP and word != "and":
                options += [(i, m, " ".join(words[:k] + [_SMALL_SWAP[word]] + words[k + 1 :])) for i, m in occ[1:]]
    return _replace_one(pairs, rng, options)


def _derived(word: str) -> str:
    for old, new in _DERIVE:
        if word.endswith(old) and len(word) - len(old) >= 4:
            candidate = word[: len(word) - len(old)] + new
            if candidate != word and is_english_word(candidate):
                return candidate
    return ""


def term_form_changed(pairs: list[Pair], rng: random.Random):
    """A recurring two-word lower-case term with its first word in another form ("work mechanisms"
    → "working mechanisms", "economic growth" → "economical growth")."""
    options = []
    usable = lambda m: m.group(1) not in _STOP and m.group(2) not in _STOP | _NOT_TERM
    for text, occ in _recurring(pairs, _CONTENT_PAIR, usable, overlapping=True).items():
        first, second = text.split(" ")
        derived = _derived(first)
        if derived:
            options += [(i, m, f"{derived} {second}") for i, m in occ[1:]]
    return _replace_one(pairs, rng, options)


def enumerator_style_changed(pairs: list[Pair], rng: random.Random):
    """One item of a 一是/第一 list opening with "Third," written "Three,"."""
    items = [i for i, p in enumerate(pairs) if _ENUM_SOURCE.match(p.source) and _ORDINAL_START.match(p.target)]
    if len(items) < 3:
        return None
    options = []
    for i in items[1:]:
        m = _ORDINAL_START.match(pairs[i].target)
        options.append((i, m, m.group(1) + _CARDINAL[m.group(2)]))
    return _replace_one(pairs, rng, options)


def capital_lowered(pairs: list[Pair], rng: random.Random):
    """A word the document capitalises mid-sentence (the Party, the State) written once in lower case."""
    options = []
    lowered = {w for p in pairs for w in re.findall(r"(?<=[a-z,] )([a-z]{4,})(?= [a-z])", p.target)}
    # a common word with a proper use (council, province, league), not a name in lower case (taiwan):
    # CC-CEDICT does not name it, or the document itself writes it in lower case elsewhere
    usable = lambda m: is_english_word(m.group(1).lower()) and (m.group(1).lower() in lowered or not named_by(m.group(1)))
    for text, occ in _recurring(pairs, _MID_CAP, usable).items():
        if _house_capital(pairs, text):
            options += [(i, m, text.lower()) for i, m in occ[1:]
                        if _house_capital(pairs, text, _after_determiner(pairs[i].target, m.start()))]
    return _replace_one(pairs, rng, options)


_DETERMINER_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(DETERMINERS))}) $", re.I)


def _after_determiner(text: str, start: int) -> bool:
    return _DETERMINER_BEFORE.search(text, 0, start) is not None


def _house_capital(pairs: list[Pair], word: str, after_determiner: bool | None = None) -> bool:
    """The document writes the word with its capital far more often than without (three pairs to
    one): lowering one more in a document that already writes "the Internet" four times and "the
    internet" twice, or "Central Committee" three times and "Central committee" three, makes no
    slip of one occurrence against a house style, only one more of a mix. Singular and plural
    count together: news22 gt22-d028 writes "Leftists" in five pairs and "the leftist" once, a
    house style with one slip (five to one), so lowering "crazy Leftists" is a slip an editor marks;
    with "leftists" in two pairs it would be a mix, and the injector leaves the word alone. `after_determiner`
    counts one use only: after a determiner ("the Party") or bare ("Party committees"), where the
    sample page writes "Party discipline", "Party committees" four times and "party members",
    "party lectures" twice: a mixed use there, however often "the Party" is capitalised."""
    forms = "|".join(re.escape(form) for form in _numbers(word))  # "Leftists" counts "the leftist" too
    capital = re.compile(rf"\b(?:{forms})\b")
    lower = re.compile(rf"\b(?:{forms.lower()})\b")

    def in_use(pattern: re.Pattern, text: str) -> bool:
        return any(after_determiner is None or _after_determiner(text, m.start()) == after_determiner
                   and not name_word_before(text, m.start())  # "Communist Party": a name's word
                   for m in pattern.finditer(text))

    with_capital = sum(1 for p in pairs if in_use(capital, p.target))
    without = sum(1 for p in pairs if in_use(lower, p.target))
    return with_capital >= 3 * without


def _numbers(word: str) -> list[str]:
    """The word in the singular and the plural, as an editor counts one word's case: "Leftists",
    "Leftist"; Hunspell's singular, so that no unrelated word shares the count ("News" is not
    "New", "Series" not "Serie", "Congress" not "Congres")."""
    base = singular(word)
    if base != word.lower():  # a regular plural: its singular in the word's own case
        return [word, word[:1] + base[1:]]
    if re.search(r"[^s]s$", word, re.I):
        return [word]  # a noun its own singular (News, Series): no other number
    if re.search(r"[^aeiou]y$", word, re.I):
        plural = word[:-1] + "ies"
    elif re.search(r"(?:s|x|z|ch|sh)$", word, re.I):
        plural = word + "es"
    else:
        plural = word + "s"
    # the plural only when it is this word's (not "Newss", not "Seriess")
    return [word, plural] if singular(plural) == word.lower() else [word]


def name_syllables_split(pairs: list[Pair], rng: random.Random):
    """A recurring romanised name (Zhejiang, Jinping) written once with its syllables apart (Zhe Jiang, Jin-ping)."""
    options = []

    def usable(m: re.Match) -> bool:
        syllables = split_syllables(m.group(1).lower())
        return bool(syllables) and len(syllables) >= 2 and not is_english_word(m.group(1))

    for text, occ in _recurring(pairs, _NAME_WORD, usable).items():
        if not any(text.lower() in _source_pinyin(pairs[i].source) for i, _ in occ):
            continue  # a foreign name that happens to split into syllables (Kanye, Donggala) is not pinyin
        syllables = split_syllables(text.lower())
        first, rest = syllables[0], "".join(syllables[1:])
        joiner = rng.choice([" ", "-"])
        split = text[: len(first)] + joiner + (text[len(first)].upper() if joiner == " " else text[len(first)]) + text[len(first) + 1 :]
        if len(first) < len(text) and rest:
            options += [(i, m, split) for i, m in occ[1:]]
    return _replace_one(pairs, rng, options)


def _source_pinyin(source: str) -> set[str]:
    """Pinyin of every run of two to four Chinese characters of the source, syllables joined."""
    from pypinyin import lazy_pinyin

    out = set()
    for run in re.findall(r"[\u4e00-\u9fff]+", source):
        syllables = lazy_pinyin(run)
        for i in range(len(syllables)):
            for n in range(2, 5):
                if i + n <= len(syllables):
                    out.add("".join(syllables[i : i + n]))
    return out


_CEDICT_NAMES = SHARED / "dev-corpora" / "cedict-names-zhen" / "names.tsv"


# the exonyms Chinese news uses most, which the dev corpora's name list (places below county level,
# banners, bodies) lacks: the injector's own list, not the package's dictionary the checks read
_EXONYMS = {"内蒙古": ("Inner Mongolia", "Neimenggu"), "西藏": ("Tibet", "Xizang"), "香港": ("Hong Kong", "Xianggang"),
            "澳门": ("Macao", "Aomen"), "长江": ("Yangtze", "Changjiang"), "黄河": ("Yellow River", "Huanghe"),
            "珠江": ("Pearl River", "Zhujiang"), "南海": ("South China Sea", "Nanhai"), "朝鲜": ("North Korea", "Chaoxian"),
            "韩国": ("South Korea", "Hanguo"), "青海湖": ("Qinghai Lake", "Qinghaihu"), "新华社": ("Xinhua News Agency", "Xinhuashe")}


@lru_cache(maxsize=1)
def _names_not_in_pinyin() -> dict[str, tuple[str, str]]:
    """Places whose English name is not their pinyin, from the dev corpora's CC-CEDICT name list and
    the exonyms above: 内蒙古 → ("Inner Mongolia", "Neimenggu")."""
    out: dict[str, tuple[str, str]] = dict(_EXONYMS)
    if not _CEDICT_NAMES.exists():
        return out
    with _CEDICT_NAMES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            words = re.match(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", row["english_cc_cedict"])  # capitalised words first
            name = words.group() if words else ""
            pinyin = "".join(re.sub(r"[^a-z]", "", s.lower()) for s in row["pinyin"].split())
            letters = re.sub(r"[^a-z]", "", name.lower())
            if (row["category"] == "place" and len(row["simplified"]) >= 2 and len(name) >= 4
                    and pinyin[:4] not in letters and row["simplified"][-1] not in "省市县区乡镇"):
                out[row["simplified"]] = (name, pinyin.capitalize())
    return out


def english_name_in_pinyin(pairs: list[Pair], rng: random.Random):
    """A place or body the document calls by its English name (Inner Mongolia) written once in pinyin
    (Neimenggu), where another pair keeps the English name."""
    options = []
    for chars, (name, pinyin) in _names_not_in_pinyin().items():
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        occ = [(i, m) for i, pair in enumerate(pairs) if chars in pair.source
               for m in [pattern.search(pair.target)] if m is not None]
        options += [(i, m, pinyin) for i, m in occ[1:]]
    return _replace_one(pairs, rng, options)


INJECTORS = [
    Injector("body name: word changed or dropped", EXPECTS, name_word_changed),
    Injector("title: small word changed", EXPECTS, title_small_word_changed),
    Injector("term: word form changed", EXPECTS, term_form_changed),
    Injector("enumeration: style changed", EXPECTS, enumerator_style_changed),
    Injector("capital lowered", EXPECTS, capital_lowered),
    Injector("name: syllables split", EXPECTS, name_syllables_split),
    Injector("name: pinyin for its English name", EXPECTS, english_name_in_pinyin),
]
