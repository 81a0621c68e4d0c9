"""The name checks' shortcuts (issue 19) answer exactly what the scans and calls they replace answered."""

from __future__ import annotations

from collections import defaultdict

from qa.lang import gazetteer
from qa.model import Pair


def test_country_initials_from_the_name_index_are_those_of_a_scan_over_every_place():
    """qa.lang.gazetteer.country_initials looks only at the headwords indexed under a country's English
    name; a scan of every place of two to four characters must find the same first characters."""
    scanned = frozenset(word[0] for word, kind in gazetteer.kinds().items()
                        if kind == gazetteer.PLACE and len(word) <= 4 and gazetteer.is_country(word))
    assert gazetteer.country_initials() == scanned
    assert {"中", "美", "英", "澳", "德", "日", "韩"} <= scanned and "京" not in scanned


def test_in_context_styles_answer_as_pypinyin_does_for_every_character_and_some_names():
    """qa.lang.romanisation reads GR and the plain pinyin from one toned pinyin() call per name: each
    syllable converted must be what pinyin(…, Style.GWOYEU) and pinyin(…, Style.NORMAL) give, for every
    fourth character pypinyin knows (all of them took 7 s) and for names whose phrase reading differs from
    the characters' own."""
    from pypinyin import Style, pinyin
    from pypinyin.constants import PINYIN_DICT

    from qa.lang.romanisation import _in_context_styles

    texts = [chr(num) for num in PINYIN_DICT][::4] + ["长安", "重庆", "马英九", "蒋经国", "朴槿惠", "吕秀莲", "厦门", "六安"]
    differ = []
    for text in texts:
        toned = pinyin(text, style=Style.TONE)
        expected = list(zip(pinyin(text, style=Style.NORMAL), pinyin(text, style=Style.GWOYEU)))
        if [_in_context_styles(t[0]) for t in toned] != [(n[0], g[0]) for n, g in expected]:
            differ.append(text)
    assert differ == []
    assert _in_context_styles("mǎ") == ("ma", "maa") and _in_context_styles("lǚ") == ("lv", "leu")


def _forms_scanned(pairs):
    """written_forms._forms as it was: every word of every target split, whether or not the document
    writes its letters the other way too."""
    from qa.lang.pinyin import split_syllables
    from qa.terminology.written_forms import _APART, _JOINED, _pinyin_name

    joined = defaultdict(lambda: defaultdict(set))
    apart = defaultdict(list)
    for pair in pairs:
        for m in _JOINED.finditer(pair.target):
            if _pinyin_name(m.group(1)):
                joined[m.group(1).lower()][m.group(1)].add(pair.id)
        for m in _APART.finditer(pair.target):
            if split_syllables(m.group(2).lower()) and split_syllables(m.group(3).lower()):
                apart[(m.group(2) + m.group(3)).lower()].append((pair, m.group(1)))
    return joined, apart


def test_written_apart_forms_are_those_of_the_full_scan(sample_page_pairs, monkeypatch):
    """Only letters the document writes both ways are split now; for those, the joined and the two-word
    forms are the full scan's, and the findings are the same, on the sample page with pairs that write
    names apart added."""
    from qa.terminology import written_forms
    from qa.terminology.written_forms import _JOINED, _forms, names_written_apart

    pairs = [p for p in sample_page_pairs.pairs if not p.is_one_sided]
    pairs += [Pair("x1", "浙江义乌", "Yiwu in Zhejiang"), Pair("x2", "义乌", "Yi Wu and Zhe Jiang"),
              Pair("x3", "白酒", "Bai-jiu and Lining"), Pair("x4", "白酒", "baijiu and Baijiu, Li Ning")]
    joined, apart = _forms(pairs)
    old_joined, old_apart = _forms_scanned(pairs)
    written_joined = {m.group(1).lower() for p in pairs for m in _JOINED.finditer(p.target)}
    assert dict(apart) == {k: v for k, v in old_apart.items() if k in written_joined}
    assert {k: dict(v) for k, v in joined.items()} == {k: dict(v) for k, v in old_joined.items() if k in apart}
    assert {"yiwu", "zhejiang", "baijiu", "lining"} <= set(joined) and len(old_joined) > 10 * len(joined)
    found = [(w.pair.id, w.written, w.usual) for w in names_written_apart(pairs)]
    monkeypatch.setattr(written_forms, "_forms", _forms_scanned)
    assert [(w.pair.id, w.written, w.usual) for w in names_written_apart(pairs)] == found
    assert ("x2", "Yi Wu", "Yiwu") in found and ("x3", "Bai-jiu", "baijiu") in found


def test_in_context_heteronyms_answer_as_pypinyin_does_on_its_characters_and_phrases():
    """qa.lang.pinyin.readings reads a name's per-character readings from pypinyin's tables: as sets, what
    pinyin(…, Style.NORMAL, heteronym=True) gives, for every character, every tenth phrase and names
    mixing phrases with characters; pypinyin's own call where a character is in neither table."""
    from pypinyin import Style, pinyin
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    from qa.lang.pinyin import _in_context_heteronyms, readings

    texts = [chr(num) for num in PINYIN_DICT] + sorted(PHRASES_DICT)[::10]
    texts += ["长安君", "重庆市", "银行行长", "朝阳区", "单于", "乐清", "六安县", "尉迟恭", "曾国藩", "曾经"]
    differ = [t for t in texts if (mine := _in_context_heteronyms(t)) is None
              or [set(r) for r in mine] != [set(r) for r in pinyin(t, style=Style.NORMAL, heteronym=True)]]
    assert differ == []
    assert _in_context_heteronyms("A股") is None  # pypinyin's call decides: "A" is an item of its own
    assert [(r.char, set(r.accepted)) for r in readings("A股")] == [("A", {"a"}), ("股", {"gu"})]
    assert [sorted(r) for r in _in_context_heteronyms("银行行长")] == [["yin"], ["hang"], ["hang"], ["zhang"]]
    assert {"hang", "xing"} <= set(_in_context_heteronyms("行")[0])


def test_in_context_syllables_and_toned_readings_answer_as_pypinyin_does():
    """The usual reading in context (lazy_pinyin, and the toned one qa.lang.romanisation turns into GR) read
    from the tables: what pypinyin's calls give, on every character, every tenth phrase and some names."""
    from pypinyin import Style, lazy_pinyin, pinyin
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

    from qa.lang.pinyin import in_context_syllables, in_context_toned

    texts = [chr(num) for num in PINYIN_DICT][::3] + sorted(PHRASES_DICT)[5::10]
    texts += ["长安君", "重庆市", "银行行长", "朝阳区", "单于", "乐清", "六安县", "尉迟恭", "曾国藩", "马英九"]
    assert [t for t in texts if in_context_syllables(t) != lazy_pinyin(t, style=Style.NORMAL)] == []
    assert [t for t in texts if [r[0] for r in in_context_toned(t)] != [r[0] for r in pinyin(t, style=Style.TONE)]] == []
    assert in_context_syllables("银行行长") == ["yin", "hang", "hang", "zhang"]
    assert in_context_syllables("A股") == ["A", "gu"]  # pypinyin's own call where its tables do not reach


def test_readings_fall_back_to_pypinyins_own_call_when_its_tables_have_moved(monkeypatch):
    """in_context_toned reads pypinyin's tables, which are not its public API: a release that moves them
    must leave qa on pypinyin's own call, with the same readings, not end every name check in an ImportError."""
    import sys

    from qa.lang import pinyin as qa_pinyin

    names = ["长安君", "银行行长", "马英九", "A股"]
    before = {name: [(r.char, set(r.accepted)) for r in qa_pinyin._readings.__wrapped__(name, False)] for name in names}
    monkeypatch.setitem(sys.modules, "pypinyin.seg.simpleseg", None)  # `from pypinyin.seg.simpleseg import seg` fails
    assert qa_pinyin.in_context_toned("长安君") is None
    assert qa_pinyin.in_context_syllables("银行行长") == ["yin", "hang", "hang", "zhang"]
    assert {name: [(r.char, set(r.accepted)) for r in qa_pinyin._readings.__wrapped__(name, False)] for name in names} == before


def test_readings_are_read_once_however_they_are_asked_for():
    """The romaniser asks readings(word), the name search readings(word, False): one reading of the word."""
    from qa.lang import pinyin as qa_pinyin

    qa_pinyin._readings.cache_clear()
    asked = [qa_pinyin.readings("长安"), qa_pinyin.readings("长安", False), qa_pinyin.readings("长安", person=False)]
    assert asked[0] == asked[1] == asked[2] and qa_pinyin._readings.cache_info().currsize == 1
    assert qa_pinyin.readings("曾国藩", True) != qa_pinyin.readings("曾国藩")  # a person's surname reading: zeng
    assert qa_pinyin._readings.cache_info().currsize == 3
