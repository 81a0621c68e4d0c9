"""Deprecated: the old home of name and term analysis, kept only so qa.audit and bench/inject_names.py
keep importing while they move to the language layer (qa.lang) and the terminology layer
(qa.terminology). Remove once nothing imports it (grep "qa.terms").
"""

from __future__ import annotations

from qa.lang.en_words import CONNECTORS, STOP_WORDS, Token, english_tokens, is_variant, joined, same_word, word_core
from qa.lang.quotes import chinese_quoted, english_quoted, fold_phrase, phrase_key
from qa.lang.segment import segment
from qa.lang.surnames import HONORIFICS, PLACE_SUFFIXES, SURNAMES, TITLES
from qa.lang.zh_names import NameMention, is_proper_headword, source_names
from qa.terminology.lexicon import Lexicon, cooccurrence, learn_lexicon, learned_for
from qa.terminology.renderings import renderings
from qa.terminology.vocab import (
    Learned,
    TermVocab,
    rendering_shape,
    same_rendering,
    term_candidates,
    term_vocab,
    variant_part,
    word_match,
    word_part,
)

__all__ = [
    "CONNECTORS", "HONORIFICS", "Learned", "Lexicon", "NameMention", "PLACE_SUFFIXES", "STOP_WORDS", "SURNAMES",
    "TITLES", "TermVocab", "Token", "chinese_quoted", "cooccurrence", "english_quoted", "english_tokens",
    "fold_phrase", "is_proper_headword", "is_variant", "joined", "learn_lexicon", "learned_for", "phrase_key",
    "rendering_shape", "renderings", "same_rendering", "same_word", "segment", "source_names", "term_candidates",
    "term_vocab", "variant_part", "word_core", "word_match", "word_part",
]
