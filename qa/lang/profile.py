"""The language pair qa checks, in one place: Chinese → English, the only one.

Code outside `qa/lang` does not say which side is Chinese; it asks the
profile of the document's languages (`profile_for(doc.source_lang,
doc.target_lang)`) for its source and target language, how their segments
are joined, split into sentences and measured, which quote marks they use,
where their numbers are, and how the source is normalised (traditional →
simplified, once, when the document is read). The romaniser (pinyin) and the
dictionaries are language resources that load on first use; a check declares
the ones it needs (`@check(..., requires=("romaniser",))`) so a run, or a
warm-up before forking workers, loads only those (`load_resources`).

A document in any other pair fails with one line naming what is supported.
Only zh → en exists, so nothing here is generic beyond what that one pair uses.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from enum import Enum
from typing import Callable, Iterable


class Lang(str, Enum):
    """Language of a paragraph, as decided from its script."""

    ZH = "zh"
    EN = "en"
    OTHER = "other"  # page furniture: links, "PDF", empty lines of symbols


# Language tags by their primary subtag (BCP 47 / ISO 639): what a CAT file may call each side.
_TAGS = {Lang.ZH: ("zh", "cmn", "zho", "chi", "yue"), Lang.EN: ("en", "eng")}
SUPPORTED = "Chinese → English (zh → en)"


class UnsupportedPair(ValueError):
    """A document in a language pair qa has no profile for."""


def language_of(tag: str | None) -> Lang | None:
    """The language a tag names (zh-Hant-TW → ZH, en_US → EN), or None for any other."""
    base = re.split(r"[-_@.]", (tag or "").strip().lower(), maxsplit=1)[0]
    return next((lang for lang, codes in _TAGS.items() if base in codes), None)


def is_supported(source_tag: str | None, target_tag: str | None) -> bool:
    return (language_of(source_tag), language_of(target_tag)) == (ZH_EN.source, ZH_EN.target)


def profile_for(source_tag: str | None, target_tag: str | None) -> "PairProfile":
    """The profile of a document's languages; UnsupportedPair (one line) for any pair but zh → en."""
    if not is_supported(source_tag, target_tag):
        raise UnsupportedPair(
            f"unsupported language pair {source_tag or 'unknown'} → {target_tag or 'unknown'}: qa checks {SUPPORTED} only"
        )
    return ZH_EN


@dataclass(frozen=True)
class PairProfile:
    """What the checks, the aligner and the readers need to know about one language pair."""

    source: Lang
    target: Lang

    def join(self, texts: Iterable[str], lang: Lang) -> str:
        """Segments merged into one text: Chinese without spaces, English with one."""
        return ("" if lang is Lang.ZH else " ").join(t.strip() for t in texts if t.strip())

    def split_sentences(self, text: str, lang: Lang) -> list[str]:
        """Sentences of `text`, stripped, in order (lossless slices)."""
        from qa.lang import en, zh

        return (zh if lang is Lang.ZH else en).split_sentences(text)

    def length(self, text: str, lang: Lang) -> int:
        """The length unit of a length ratio: Han characters for Chinese, characters (runs of space as one) for English."""
        from qa.lang.zh import han_count

        return han_count(text) if lang is Lang.ZH else len(re.sub(r"\s+", " ", text.strip()))

    def normalise_source(self, text: str, script: str) -> str:
        """The source as dictionaries and readings know it: traditional script → simplified; else as written."""
        if script != "traditional":
            return text
        from qa.lang.traditional import to_simplified

        return to_simplified(text)


ZH_EN = PairProfile(source=Lang.ZH, target=Lang.EN)


def with_source_views(alignment):
    """The alignment with each pair's source view set (`Pair.source_view`), made once when it is read.

    A traditional-script document (meta "script") is checked through a
    simplified copy of its source, because dictionaries, pinyin readings and
    the segmenter know simplified characters; the text as written stays in
    `Pair.source`, which is what findings quote. Any other document comes
    back as it is.
    """
    from dataclasses import replace

    doc = alignment.doc
    script = dict(doc.meta).get("script", "")
    if script != "traditional":
        return alignment
    profile = profile_for(doc.source_lang, doc.target_lang)
    pairs = []
    for pair in alignment.pairs:
        view = profile.normalise_source(pair.source, script)
        pairs.append(replace(pair, source_view=view if view != pair.source else ""))
    return replace(alignment, pairs=tuple(pairs))


# ---------------------------------------------------------------- language resources

# What a check may declare in `requires=`: each loads once per process, on first use.
# (module, function) so that naming a resource loads nothing.
RESOURCES: dict[str, tuple[str, str]] = {
    "segmenter": ("qa.lang.segment", "load_jieba"),  # jieba, with its part-of-speech tagger
    "romaniser": ("qa.lang.pinyin", "load"),  # pypinyin readings of Chinese characters
    "dictionary": ("qa.lang.cedict", "load"),  # CC-CEDICT (headwords, readings, English)
    "word-list": ("qa.lang.profile", "load_word_list"),  # English words, Hunspell's list, word frequencies
    "encoder": ("qa.align.embed", "model"),  # the multilingual sentence encoder
    "bilingual-index": ("qa.align.cedict", "index"),  # the aligner's Chinese → English word index
    "lemmas": ("qa.lang.lemmas", "load"),  # lemminflect's lexicon: a word's parts of speech and lemmas
}


def load_word_list() -> object:
    """The English word lists S201 and the name checks read: pyspellchecker's words with CC-CEDICT's, Hunspell's
    expanded list and pyspellchecker's frequencies (each cached apart; loaded together so that a process
    warming up before its checks, `qa audit`'s or the checks' resident child, has them all)."""
    from qa.lang.en_dictionary import english_dictionary, word_counts
    from qa.lang.hunspell_words import hunspell_words

    hunspell_words()
    word_counts()
    return english_dictionary()


def resource_loader(name: str) -> Callable[[], object]:
    module, function = RESOURCES[name]
    return getattr(importlib.import_module(module), function)


def load_resources(names: Iterable[str]) -> None:
    """Load the named resources now (before forking workers, say) instead of on first use."""
    for name in sorted(set(names)):
        resource_loader(name)()
