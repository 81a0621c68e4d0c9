"""Property-based tests: readers, number normalisation and the aligner on arbitrary input.

The properties are plain functions so bench/robust.py can run them with a large
example count; here they run with a small, derandomised budget.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.errors import InputError
from qa.model import Document

# --------------------------------------------------------------------------- strategies

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
ZH_NUMERALS = st.sampled_from(list("零〇一二两三四五六七八九十百千万亿点负第个年月日号%％．.,，、0123456789０１２３４５６７８９ 分之"))
EN_NUMBERISH = st.sampled_from(
    "zero one two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand million "
    "billion trillion first second third half quarter percent per cent and a - , . % $ 0 1 2 3 4 5 6 7 8 9 1,000 "
    "2.5 10th 1990s January February March 14th".split(" ") + [" "]
)
ANY_TEXT = st.text(max_size=300)
ZH_TEXT = st.one_of(st.text(alphabet=st.one_of(HAN, ZH_NUMERALS), max_size=80), st.text(alphabet=ZH_NUMERALS, max_size=40))
EN_TEXT = st.lists(EN_NUMBERISH, max_size=40).map(" ".join)
LANG_TAGS = st.sampled_from(["zh", "zh-CN", "zh_TW", "zh-Hant", "en", "en-US", "fr", "", "*all*", "x\"y", "zh\x00"])
XML_TEXT = st.text(max_size=60)  # includes characters XML forbids and markup characters


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


@st.composite
def xliff_like(draw) -> bytes:
    """Mostly-valid XLIFF 1.2/2.0, TMX or PO with arbitrary text, languages and occasional breakage."""
    kind = draw(st.sampled_from(["xliff12", "xliff20", "tmx", "po"]))
    src, tgt = draw(LANG_TAGS), draw(LANG_TAGS)
    units = draw(st.lists(st.tuples(XML_TEXT, XML_TEXT, st.booleans()), max_size=5))
    escape = draw(st.booleans())
    esc = _xml_escape if escape else (lambda t: t)
    if kind == "xliff12":
        body = "".join(
            f'<trans-unit id="{n}"><source>{esc(a)}</source>' + (f"<target>{esc(b)}</target>" if has else "") + "</trans-unit>"
            for n, (a, b, has) in enumerate(units)
        )
        text = (
            f'<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
            f'<file original="f" source-language="{src}" target-language="{tgt}" datatype="plaintext"><body>{body}</body></file></xliff>'
        )
    elif kind == "xliff20":
        body = "".join(
            f'<unit id="u{n}"><segment><source>{esc(a)}</source>' + (f"<target>{esc(b)}</target>" if has else "") + "</segment></unit>"
            for n, (a, b, has) in enumerate(units)
        )
        text = f'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="{src}" trgLang="{tgt}"><file id="f">{body}</file></xliff>'
    elif kind == "tmx":
        body = "".join(
            f'<tu><tuv xml:lang="{src}"><seg>{esc(a)}</seg></tuv>' + (f'<tuv xml:lang="{tgt}"><seg>{esc(b)}</seg></tuv>' if has else "") + "</tu>"
            for a, b, has in units
        )
        text = f'<tmx version="1.4"><header srclang="{src}"/><body>{body}</body></tmx>'
    else:
        quote = (lambda t: t.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")) if escape else (lambda t: t)
        header = f'msgid ""\nmsgstr ""\n"Language: {tgt}\\n"\n"X-Source-Language: {src}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        text = header + "".join(f'msgctxt "{n}"\nmsgid "{quote(a)}"\nmsgstr "{quote(b)}"\n\n' for n, (a, b, _) in enumerate(units))
    data = text.encode("utf-8", errors="surrogatepass")
    cut = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=max(len(data), 1))))
    return data if cut is None else data[:cut]


SUFFIXES = [".txt", ".xlf", ".xliff", ".tmx", ".po", ".tsv", ".csv", ""]
READER_INPUT = st.tuples(
    st.sampled_from(SUFFIXES),
    st.one_of(st.binary(max_size=600), ANY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")), xliff_like()),
)

# --------------------------------------------------------------------------- properties


_SCRATCH = Path(tempfile.mkdtemp(prefix="qa-properties-"))


def reader_property(suffix: str, data: bytes) -> None:
    """read_document on any bytes returns a Document or raises InputError, nothing else."""
    from qa.io import read_document

    path = _SCRATCH / f"input{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except InputError as err:
        assert str(err) and "\n" not in str(err), repr(err)
        return
    assert isinstance(doc, Document)
    for pair in doc.pairs:
        assert isinstance(pair.source, str) and isinstance(pair.target, str)


def cat_reader_property(data: bytes) -> None:
    """The CAT readers called directly, each on any bytes: Document or InputError."""
    from qa.io.catformats import read_po, read_tmx, read_xliff

    for reader, name in ((read_xliff, "x.xlf"), (read_tmx, "x.tmx"), (read_po, "x.po")):
        try:
            doc = reader(Path(name), data)
        except InputError:
            continue
        assert doc.fmt in ("xliff", "tmx", "po") and doc.pairs


def numbers_property(text: str, lang: str) -> None:
    """Number normalisation never raises and its spans are the text exactly where it stands."""
    from qa.lang.numbers import find_numbers, number_values

    mentions = find_numbers(text, lang)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text, (text, mention)
        assert mention.value == mention.value  # not NaN
    assert number_values(text, lang) == [m.value for m in mentions]


def aligner_property(src: list[str], tgt: list[str]) -> None:
    """Every source and target index appears exactly once, in order; no empty bead."""
    from qa.align import align_segments

    beads = align_segments(src, tgt)
    assert [i for bead in beads for i in bead.src] == list(range(len(src)))
    assert [j for bead in beads for j in bead.tgt] == list(range(len(tgt)))
    assert all(bead.src or bead.tgt for bead in beads)


def fake_embed(texts) -> "np.ndarray":
    """Deterministic unit vectors from a hash of each text: the DP's structure without the model's cost."""
    import hashlib

    import numpy as np

    from qa.align.embed import DIM

    rows = []
    for text in texts:
        seed = int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
        vector = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
        rows.append(vector / np.linalg.norm(vector))
    return np.array(rows, dtype=np.float32).reshape(-1, DIM)


SENTENCE = st.one_of(
    st.text(alphabet=st.one_of(HAN, st.sampled_from("，。、“”0123456789")), min_size=0, max_size=30),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60),
    st.text(max_size=20),
)
ALIGN_INPUT = st.tuples(st.lists(SENTENCE, max_size=5), st.lists(SENTENCE, max_size=5))
# Longer, lopsided lists exercise band widening and long runs of 1-0/0-1 beads.
LONG_ALIGN_INPUT = st.tuples(st.lists(SENTENCE, max_size=60), st.lists(SENTENCE, max_size=60))
NUMBER_INPUT = st.one_of(
    st.tuples(ZH_TEXT, st.just("zh")),
    st.tuples(EN_TEXT, st.just("en")),
    st.tuples(ANY_TEXT, st.sampled_from(["zh", "en"])),
)

# --------------------------------------------------------------------------- tests (small, deterministic budget)

FAST = settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


@FAST
@given(READER_INPUT)
def test_read_document_raises_only_input_error(case):
    reader_property(*case)


@FAST
@given(st.one_of(xliff_like(), st.binary(max_size=300)))
def test_cat_readers_raise_only_input_error(data):
    cat_reader_property(data)


@FAST
@given(NUMBER_INPUT)
def test_number_normalisation_never_raises_and_keeps_spans(case):
    numbers_property(*case)


@settings(max_examples=5, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(ALIGN_INPUT)
def test_aligner_never_loses_or_reorders_a_segment(case):
    """With the real sentence encoder (about 0.2 s per embedding call, so a small budget)."""
    aligner_property(*case)


@FAST
@given(LONG_ALIGN_INPUT)
def test_aligner_dp_never_loses_or_reorders_on_long_lopsided_lists(case):
    """Same property over many shapes, with cheap stand-in embeddings."""
    import qa.align.embed

    original = qa.align.embed.embed
    qa.align.embed.embed = fake_embed
    try:
        aligner_property(*case)
    finally:
        qa.align.embed.embed = original


def test_properties_can_fail():
    """The aligner property rejects a bead list that drops or reorders a segment."""
    from qa.align.bead import Bead

    import qa.align

    original = qa.align.align_segments
    try:
        qa.align.align_segments = lambda s, t: [Bead((1,), (0,)), Bead((0,), ())]
        with pytest.raises(AssertionError):
            aligner_property(["a", "b"], ["x"])
    finally:
        qa.align.align_segments = original
