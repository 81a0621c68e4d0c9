"""Language profiles: sentence splitting and script tests per language (zh source, en target)."""

from __future__ import annotations

from types import ModuleType


def profile(lang: str) -> ModuleType:
    """The module that splits and measures text of `lang` ("zh" or "en")."""
    if lang == "zh":
        from qa.lang import zh

        return zh
    if lang == "en":
        from qa.lang import en

        return en
    raise ValueError(f"no language profile for {lang!r} (known: zh, en)")


def split_sentences(text: str, lang: str) -> list[str]:
    """Sentences of `text` in `lang`, stripped, in order, nothing lost but whitespace."""
    return profile(lang).split_sentences(text)
