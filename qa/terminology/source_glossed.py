"""Words of the source that the dictionary glosses with a given English word: "Chinese" translates 华侨
"overseas Chinese" or 华人 "ethnic Chinese", "Washington" translates 华府 — so such a word in the target stands for no
country the target leaves out (M106)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from qa.lang.capitals import capitals_of, named_by_capital
from qa.lang.zh_names import NameMention

_LONGEST = 4  # characters of the longest source word looked up (华侨华人 is two words)


@lru_cache(maxsize=256)
def _pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])")


def glossed_words(word: str, text: str, target: str) -> int:
    """How many words of the Chinese `text` (two to four characters, apart from one another) have `word`
    in the head of one of their first CC-CEDICT glosses, and that head (_phrase) written in the `target`: the target
    renders that word with it ("overseas Chinese" for 华侨), while 美元 "American dollar" written "$" leaves
    "American aid" to 美国."""
    from qa.lang import cedict

    pattern, found, k, written = _pattern(word), Counter[str](), 0, target.lower()
    while k < len(text) - 1:
        hit = next(((n, p) for n in range(_LONGEST, 1, -1) if k + n <= len(text)
                    for h in map(_head, cedict.english_glosses(text[k : k + n])[:3])
                    if (p := _phrase(h, pattern)) and p in written), None)
        if hit:
            found[hit[1]] += 1
        k += hit[0] if hit else 1
    # each gloss as often as the target writes it: 华侨 twice and "overseas Chinese" once leave one "Chinese"
    return sum(min(n, len(_pattern(head).findall(written))) for head, n in found.items())


def _phrase(head: str, pattern: re.Pattern[str]) -> str:
    """The head up to the word, where words lead to it ("ethnic Chinese" of 华人's "ethnic Chinese person or
    people", which the English shortens), else the whole head ("American dollar", not "American"); "" where
    the head lacks the word."""
    found = pattern.search(head)
    if found is None:
        return ""
    lead = head[: found.end()]
    return (lead if len(lead.split()) >= 2 else head).lower()


def _head(gloss: str) -> str:
    """What a gloss says the word is, before any comma or bracket: "Washington" of "Washington, D.C", not
    "Chinese" of "Lang Ping (1960-), Chinese volleyball player" (郎平 is no word "Chinese" translates)."""
    return re.split(r"[,(;]", gloss, maxsplit=1)[0].strip()


def capital_stands(mention: NameMention, source: str, target: str) -> bool:
    """The target names the country's capital for it ("Washington" for 美国), unless the capital translates
    another word of the source (华府 "Washington, D.C"): that word is rendered, and the country left out."""
    return named_by_capital(mention.text, source, target) \
        and not any(glossed_words(city, without_name(mention, source), target) for city in capitals_of(mention.text))


def without_name(mention: NameMention, source: str) -> str:
    """The source with the name blanked wherever it is written: its other mentions are the same entity."""
    return re.sub("|".join(re.escape(f) for f in sorted({mention.text, *mention.forms}, key=len, reverse=True)),
                  lambda m: "\u3000" * len(m.group()), source)
