"""Which English tokens carry a list item's senses (qa.lang.list_words): looked up sense by sense, as `renders` answers word by word."""

from __future__ import annotations

from qa.lang.en_words import stem
from qa.lang.list_gaps import compound_senses, gap_senses
from qa.lang.list_items import item_senses
from qa.lang.list_words import renders, rendering, target_words
from qa.lang.sentence_lists import inline_lists


def word_by_word(target: str, senses: frozenset[str]) -> set[int]:
    words = target_words(target).words
    return {j for j, w in enumerate(words) if w and renders(w, senses)}


def test_each_kind_of_rendering_is_found_sense_by_sense():
    target = "The burial of carriers and cities, a broadcast from the workplace, pro-activeness and costs."
    for senses in ({"bury"}, {"carry"}, {stem("city")}, {"road"}, {"work"}, {"activ"}, {"costs"}, {"happy"}, {"the"}):
        assert rendering(target_words(target), frozenset(senses)) == word_by_word(target, frozenset(senses)), senses
    words = target_words(target).words
    assert {words[j] for j in rendering(target_words(target), frozenset({"bury", "carry"}))} == {"burial", "carriers"}
    assert {words[j] for j in rendering(target_words(target), frozenset({"work"}))} == {"workplace"}
    assert rendering(target_words(target), frozenset({"road"})) == set()  # a four-letter stem inside: no


def test_every_item_of_the_sample_page_is_found_where_renders_finds_it(sample_page_pairs):
    # every sense set A006 looks up on the page: an item's senses, its gaps and compounds, each sense alone
    asked = 0
    for pair in sample_page_pairs.pairs:
        for items in inline_lists(pair.source):
            for item in items:
                senses = item_senses(item.text)
                for one in (senses, gap_senses(item.text), compound_senses(item.text), *({s} for s in senses)):
                    one = frozenset(one)
                    assert rendering(target_words(pair.target), one) == word_by_word(pair.target, one), (item, one)
                    asked += bool(word_by_word(pair.target, one))
    assert asked > 100  # the page's lists are rendered: the comparison is not of empty sets


def test_a_words_singular_and_a_stems_base_are_as_the_patterns_say(sample_page_pairs):
    # string tests in place of re.sub: the same forms for every word of the page (plural, -ies, -ss, y/i)
    import re

    from qa.lang.en_words import english_tokens
    from qa.lang.list_words import _base, _form_stems

    words = {t.text.lower() for p in sample_page_pairs.pairs for t in english_tokens(p.target)}
    words |= {"cities", "class", "s", "ies", "bias", "happiness", "costs"}
    for word in words:
        forms = {word, re.sub(r"ies$", "y", word), re.sub(r"(?<=[^s])s$", "", word)}
        assert _form_stems(word) == frozenset(stem(f) for f in forms), word
        for key in _form_stems(word):
            k = key[:-1] if len(key) == 5 and key.endswith("s") and not key.endswith("ss") else key
            assert _base(key) == re.sub(r"i$", "y", k), key
    assert len(words) > 1000


def test_a_stem_inside_a_word_is_found_as_the_lookahead_pattern_finds_it(sample_page_pairs):
    # `_inside` searches with str.find, not a pattern compiled per sense and word: the same answer for every
    # word of the page and every five-letter-or-longer sense of its list items (and overlapping places)
    import re

    from qa.lang.en_words import english_tokens
    from qa.lang.list_words import MIN_LEAD, SHORT_PREFIXES, _inside

    def by_pattern(sense: str, word: str) -> bool:
        return any(at == 0 or at >= MIN_LEAD or word[:at] in SHORT_PREFIXES
                   for at in (m.start() for m in re.finditer(f"(?={re.escape(sense)})", word)))

    words = {t.text.lower() for p in sample_page_pairs.pairs for t in english_tokens(p.target)}
    senses = {s for p in sample_page_pairs.pairs for items in inline_lists(p.source) for i in items
              for s in item_senses(i.text) if len(s) >= 5}
    pairs = [(s, w) for s in senses for w in words if s in w]
    pairs += [("elect", "reelection"), ("activ", "proactiveness"), ("perio", "superior"), ("anana", "bananana")]
    for sense, word in pairs:
        assert _inside(sense, word) == by_pattern(sense, word), (sense, word)
    assert sum(by_pattern(s, w) for s, w in pairs) > 50 and len(pairs) > 100


def test_a_gap_word_is_read_as_each_words_lemmas_read_it_on_the_sample_page(sample_page_pairs):
    """says_gap looks a gap's inflections up (qa.lang.lemmas.lemma_forms) instead of each word's lemmas: on
    every word of the sample page's English it answers as the word's own lemmas do, for the page's gaps and
    for adjectives with irregular forms."""
    from qa.lang.list_gaps import _lemmas_of, says_gap

    gaps = {gap_senses(item.text) for pair in sample_page_pairs.pairs for items in inline_lists(pair.source)
            for item in items} - {frozenset()}
    gaps |= {frozenset({"good", "bad"}), frozenset({"high", "strong", "big"}), frozenset({"far"})}
    words = {w for pair in sample_page_pairs.pairs for w in target_words(pair.target).words if w}
    said = 0
    for one in gaps:
        for w in words:
            assert says_gap(w, one) == (w in one or not one.isdisjoint(_lemmas_of(w))), (w, one)
            said += says_gap(w, one) and w not in one
    assert said >= 5  # inflected forms ("higher", "better", …) are on the page: not a comparison of misses
