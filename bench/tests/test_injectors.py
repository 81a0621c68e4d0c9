"""The error injectors do what their names say, on real text, and nothing else.

Recall figures are only as good as the injected errors: an injector that
changes the wrong pair, changes nothing, or changes more than one thing
inflates or deflates every figure `bench.detect` prints.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench.detect import load_injectors

HAN = re.compile(r"[\u4e00-\u9fff]")



def _inject(name: str, pairs, seed: int = 7):
    injector = next(i for i in load_injectors() if i.name == name)
    result = injector.inject(list(pairs), random.Random(seed))
    assert result is not None, f"{name} found no place on the sample page"
    changed, pair_id = result[0], result[1]
    before = {p.id: p for p in pairs}
    differing = [p for p in changed if p.target != before[p.id].target or p.source != before[p.id].source]
    assert [p.id for p in differing] == [pair_id], "exactly the reported pair changes"
    assert differing[0].source == before[pair_id].source, "injectors spoil the translation, never the source"
    return before[pair_id].target, differing[0].target


def _diff_tokens(old: str, new: str) -> tuple[Counter, Counter]:
    a, b = Counter(old.split()), Counter(new.split())
    return a - b, b - a


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_wrong_number_changes_one_digit_or_number_word(sample_pairs, seed):
    old, new = _inject("wrong number", sample_pairs, seed)
    assert len(old) - 1 <= len(new) <= len(old) + 8
    removed, added = _diff_tokens(old, new)
    assert sum(removed.values()) == 1 and sum(added.values()) == 1
    (was,), (now,) = removed, added
    assert re.search(r"\d|three|four|five|six|seven|eight|nine|ten|eleven|twelve", now, re.I)
    assert was != now


def test_dropped_number_leaves_a_vague_word(sample_pairs):
    old, new = _inject("dropped number", sample_pairs)
    removed, added = _diff_tokens(old, new)
    assert {w.strip("“”\"',.;:()") for w in added} <= {"several", "some"}
    assert any(re.search(r"\d|[a-z]+", w) for w in removed)


def test_chinese_in_target_puts_han_characters_from_the_source(sample_pairs):
    old, new = _inject("Chinese left in target", sample_pairs)
    assert not HAN.search(old)
    chunk = "".join(HAN.findall(new))
    assert 2 <= len(chunk) <= 4


def test_truncated_gloss_adds_a_bracketed_part_of_a_source_term(sample_pairs):
    old, new = _inject("truncated gloss", sample_pairs)
    gloss = re.search(r" \(([\u4e00-\u9fff]+)\)", new).group(1)
    assert new.replace(f" ({gloss})", "", 1) == old


def test_run_together_removes_one_full_stop(sample_pairs):
    old, new = _inject("run-together sentences", sample_pairs)
    assert old.count(". ") == new.count(". ") + 1 and len(new) == len(old) - 1


def test_unbalanced_quote_removes_one_closing_mark(sample_pairs):
    old, new = _inject("unbalanced quote", sample_pairs)
    assert len(new) == len(old) - 1
    assert old.count("”") + old.count(")") == new.count("”") + new.count(")") + 1


def test_repeated_word_doubles_one_word(sample_pairs):
    old, new = _inject("repeated word", sample_pairs)
    assert re.search(r"\b(\w+) \1\b", new) and len(re.findall(r"\b(\w+) \1\b", old)) < len(re.findall(r"\b(\w+) \1\b", new))


def test_full_width_punctuation_swaps_one_mark(sample_pairs):
    old, new = _inject("full-width punctuation", sample_pairs)
    assert len(new) == len(old)
    assert sum(1 for a, b in zip(old, new) if a != b) == 1
    assert re.search("[，。；：？！]", new) and not re.search("[，。；：？！]", old)


def test_sentence_omission_removes_forty_characters_or_more(sample_pairs):
    old, new = _inject("one English sentence dropped", sample_pairs)
    assert len(old) - len(new) >= 40 and new.split()[0] in old


def test_empty_target_empties_the_pair(sample_pairs):
    old, new = _inject("empty target", sample_pairs)
    assert old and new == ""


def test_dropped_titled_name_removes_the_whole_name(sample_pairs):
    old, new = _inject("dropped-titled-name", sample_pairs)
    assert "Xi Jinping" in old or "Chen Yixin" in old
    gone = {"Xi Jinping", "Chen Yixin"} & {n for n in ("Xi Jinping", "Chen Yixin") if n in old and n not in new}
    assert gone, "the titled person's rendering is gone"


def test_forbidden_glossary_term_comes_with_the_glossary_that_forbids_it(sample_pairs):
    injector = next(i for i in load_injectors() if i.name == "forbidden-glossary-term")
    changed, pair_id, glossary = injector.inject(list(sample_pairs), random.Random(7))
    forbidden = [e for e in glossary.entries if e.status == "forbidden"]
    assert len(forbidden) == 1
    target = next(p.target for p in changed if p.id == pair_id)
    assert forbidden[0].target in target


def test_repeated_name_or_number_types_one_capitalised_word_or_figure_twice(sample_pairs):
    old, new = _inject("repeated name or number", sample_pairs)
    doubled = re.search(r"(?<![\w.,])([A-Z][a-z]{2,}|\d+(?:[.,]\d+)*) \1(?![\w.,])", new)
    assert doubled and new.replace(doubled.group(0), doubled.group(1), 1) == old
