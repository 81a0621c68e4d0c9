"""Sentence splitting on real text from the sample page and on the classic edge cases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qa.lang import en, zh

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLE = SHARED / "samples" / "ten-key-points-2021.txt"


def _no_space(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def sample_paragraphs() -> list[str]:
    if not SAMPLE.exists():
        pytest.skip(f"../shared not present: {SAMPLE}")
    return [p.strip() for p in SAMPLE.read_text(encoding="utf-8").splitlines() if p.strip()]


def test_sample_page_splits_losslessly_in_order(sample_paragraphs):
    chinese = [p for p in sample_paragraphs if zh.han_ratio(p) > 0.5]
    english = [p for p in sample_paragraphs if zh.han_ratio(p) < 0.1]
    assert len(chinese) > 60 and len(english) > 60
    for lang, module, paras in (("zh", zh, chinese), ("en", en, english)):
        for para in paras:
            pieces = {"zh": zh, "en": en}[lang].split_sentences(para)
            assert _no_space("".join(pieces)) == _no_space(para)
            assert all(p == p.strip() and p for p in pieces)
            position = 0
            for piece in pieces:  # each sentence is a slice of the paragraph, in order
                position = para.index(piece, position) + len(piece)
    assert sum(len(zh.split_sentences(p)) for p in chinese) > len(chinese) * 2


def test_chinese_stops_and_closing_quotes(sample_paragraphs):
    para = next(p for p in sample_paragraphs if p.startswith("2月2日"))
    sentences = zh.split_sentences(para)
    assert sentences[0].startswith("2月2日") and sentences[0].endswith("研究政法工作高质量发展。")
    text = "他说：“政法工作要高质量发展。”大家都同意！真的吗？！……是的；不过……算了。（完）"
    assert zh.split_sentences(text) == [
        "他说：“政法工作要高质量发展。”",
        "大家都同意！",
        "真的吗？！……",
        "是的；",
        "不过……",
        "算了。",
        "（完）",
    ]
    assert zh.split_sentences("《决定》指出：“坚持人民至上。”") == ["《决定》指出：“坚持人民至上。”"]


def test_chinese_keeps_ascii_commas_and_digits_inside(sample_paragraphs):
    # the sample page writes ASCII commas in Chinese; they never end a sentence
    para = next(p for p in sample_paragraphs if p.startswith("2月2日"))
    assert all("," in s or "。" in s for s in zh.split_sentences(para))
    assert zh.split_sentences("2020年增长2.3%,好于预期。下一句。") == ["2020年增长2.3%,好于预期。", "下一句。"]


def test_english_sample_sentences_are_not_cut_at_headings_or_numbers(sample_paragraphs):
    heading = next(p for p in sample_paragraphs if p.startswith("II. "))
    assert en.split_sentences(heading)[0].startswith("II. The “Ten Highlights”")
    meeting = next(p for p in sample_paragraphs if p.startswith("On February 2,"))
    first = en.split_sentences(meeting)[0]
    assert first.startswith("On February 2, the Central") and first.endswith("held an annual work summary and deployment meeting.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Chen met Dr. Guo in Beijing. They talked.", ["Mr. Chen met Dr. Guo in Beijing.", "They talked."]),
        ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
        ("J. K. Rowling wrote it. The U.S. Congress agreed.", ["J. K. Rowling wrote it.", "The U.S. Congress agreed."]),
        ("See Document No. 5 of Jan. 12. Then act.", ["See Document No. 5 of Jan. 12.", "Then act."]),
        ("Fruit, e.g. apples, i.e. food, etc. and more.", ["Fruit, e.g. apples, i.e. food, etc. and more."]),
        ('He said, "We must act." Next came the vote.', ['He said, "We must act."', "Next came the vote."]),
        ("He said, “We must act.” Next came the vote.", ["He said, “We must act.”", "Next came the vote."]),
        ("Is it done? Yes! It is.", ["Is it done?", "Yes!", "It is."]),
        ("They waited... Then it came. It went … Away.", ["They waited...", "Then it came.", "It went …", "Away."]),
        ("III. The Ten Key Points. 2. Improve the system.", ["III. The Ten Key Points.", "2. Improve the system."]),
        ("The gloss 长安君 (Chang'an Jun). 扎赉特旗 is a banner.", ["The gloss 长安君 (Chang'an Jun).", "扎赉特旗 is a banner."]),
    ],
)
def test_english_edge_cases(text, expected):
    assert en.split_sentences(text) == expected
    assert _no_space("".join(en.split_sentences(text))) == _no_space(text)


def test_empty_and_whitespace():
    assert zh.split_sentences("") == [] and en.split_sentences("  \n ") == []
    assert zh.split_sentences("没有句号") == ["没有句号"]


def test_han_measures():
    assert zh.is_han("长") and not zh.is_han("A") and not zh.is_han("。")
    assert zh.han_count("长安君 (Chang'an Jun)") == 3
    assert zh.han_ratio("长安君 (Chang'an Jun)") == pytest.approx(3 / 13)  # 长安君 + Changan + Jun
    assert zh.han_ratio("2021, ...") == 0.0


def test_english_split_is_kept_per_text_and_each_caller_gets_its_own_list(sample_paragraphs):
    """split_sentences and sentence_spans keep one split per text (A004 splits each target three or four
    times): a caller that changes the list it gets must not change what the next caller gets."""
    english = [p for p in sample_paragraphs if zh.han_ratio(p) < 0.1 and len(en.split_sentences(p)) > 1]
    assert len(english) > 20
    for text in english:
        first, spans = en.split_sentences(text), en.sentence_spans(text)
        assert first == [text[a:b] for a, b in spans]
        first.pop()
        spans.append((0, 0))
        assert len(en.split_sentences(text)) == len(first) + 1
        assert en.sentence_spans(text) == spans[:-1]
