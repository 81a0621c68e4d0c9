"""People the source names with a title (习近平总书记, 秘书长陈一新) whom the target does not name.

A rendering is any match of the name analysis, or the surname alone
("President Xi", "Premier Li": news style). Names written in Chinese
characters for foreign people (马克龙, 默克尔, 何厚铧 → Edmund Ho) are not
pinyin: while the target holds more unaccounted names than the source has
unmatched names of foreign look, nothing is reported.
"""

from __future__ import annotations

import re

from qa.lang import pinyin as py
from qa.lang.en_dictionary import is_english_word
from qa.lang.en_words import english_tokens, joined
from qa.lang.surnames import SURNAMES, TITLES, TITLES_AFTER_ONLY, TRANSLITERATION_CHARS
from qa.lang.zh_names import NameMention, source_names
from qa.model import Pair
from qa.terminology.name_finder import Match
from qa.terminology.name_renderings import dedupe, glossary_words


def missing_titled(pair: Pair, found: list[Match], glossary=None) -> list[NameMention]:
    """Titled people of the pair's source with no rendering among `found` (the pair's name matches)."""
    if not pair.source.strip() or not pair.target.strip():
        return []
    from qa.terminology.english_forms import rendered_otherwise
    from qa.terminology.entities import whole_mention

    rendered = {m.name.text for m in found}
    mentions = [whole_mention(m, pair.source) for m in source_names(pair.source, glossary_words(glossary))]
    titled = [m for m in dedupe(mentions)
              if m.kind == "person" and _has_title(m, pair.source) and m.text not in rendered and not _common_word(m)]
    titled = [m for m in titled if not rendered_otherwise(m, pair.target, glossary)]  # 马克龙 "Macron"
    if not titled:
        return []
    tokens = english_tokens(pair.target)
    missing = [m for m in titled if _chinese_name(m.text) and not surname_in(m.text, tokens)]
    foreign = len(titled) - len(missing)
    if missing and len(_unaccounted_names(pair.target, found)) > foreign:
        return []
    return missing


def _common_word(mention: NameMention) -> bool:
    """A name guessed from a surname that is an ordinary word (先生曾任 → 曾任 "formerly served as"), or a
    word jieba lists as a name that the dictionary knows as an ordinary word and as no person's name
    (荣誉博士 "honorary doctor": 荣誉 is "honorary", not someone called Rong Yu)."""
    from qa.lang import cedict, gazetteer

    if not cedict.has_common_sense(mention.text):
        return False
    return mention.guessed or (len(mention.text) == 2 and gazetteer.kind_of(mention.text) != gazetteer.PERSON)


def _has_title(mention: NameMention, source: str) -> bool:
    """A title right after the name (陈一新秘书长), or right before it (秘书长陈一新) when it can stand there."""
    after = mention.start + len(mention.text)
    return any(source.startswith(t, after) for t in TITLES) \
        or any(source.endswith(t, 0, mention.start) for t in TITLES - TITLES_AFTER_ONLY)


def _chinese_name(name: str) -> bool:
    """Opens with a Chinese surname and reads like a Chinese name: 陈一新 yes; 特朗普, 杜鲁门 (foreign) no."""
    surname = py.surname_length(name)
    opens = name[:2] in py.COMPOUND_SURNAMES or name[:1] in SURNAMES
    return opens and not any(ch in TRANSLITERATION_CHARS for ch in name[surname:])


def surname_in(name: str, tokens) -> bool:
    """The surname's pinyin is a capitalised word of the target: "President Xi", "Mr. Sima"."""
    n = py.surname_length(name)
    options = [r.accepted for r in py.readings(name, person=True)[:n]]
    return bool(options) and any(t.capitalised and py.match(py.fold(t.text), options) for t in tokens)


# English titles and title parts a name stands next to ("President Biden", "Vice Chairman Edmund Ho",
# "Secretary of State Blinken"): never a name themselves.
EN_TITLES = frozenset(
    "President Premier Chancellor Minister Chairman Chairwoman Secretary Secretary-General General King Queen "
    "Prince Princess Emperor Governor Mayor Ambassador Director Director-General Senator Speaker Leader Chief "
    "Executive Commissioner Mr Mrs Ms Dr Professor Pope Vice Prime Deputy Comrade State Former".split()
)
_SENTENCE_OPENERS = ".!?\"“‘(:;–—"


def _foreign_word(word: str) -> bool:
    """In no English dictionary and no run of pinyin syllables (Heilongtan, Jingmi are Chinese places)."""
    parts = [p for p in re.split(r"[-‐‑'’]", word) if p]
    return not all(is_english_word(p) for p in parts) and py.split_syllables(py.fold(word)) is None


def _opens_sentence(target: str, start: int) -> bool:
    """Nothing but spaces before `start`, or a sentence stop: looks back over the gap only (linear overall)."""
    j = start
    while j > 0 and target[j - 1].isspace():
        j -= 1
    return j == 0 or target[j - 1] in _SENTENCE_OPENERS


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
        after_title = k > 0 and tokens[k - 1].text.rstrip(".") in EN_TITLES and joined(target, tokens, k - 1, k + 1)
        name_like = (token.capitalised and k not in claimed and not word.isupper() and word.rstrip(".") not in EN_TITLES
                     and not _opens_sentence(target, token.start)
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
