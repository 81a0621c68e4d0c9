"""The zh → en profile: one place that says which side is Chinese; traditional script normalised once when read;
checks load only the language resources they declare."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest

from qa.errors import InputError
from qa.lang.profile import RESOURCES, ZH_EN, Lang, UnsupportedPair, profile_for
from qa.model import Alignment, Document, Pair

from tests.conftest import BUNDLED_SAMPLE, REPO


@pytest.mark.parametrize("source, target", [("zh", "en"), ("zh-Hant-TW", "en-US"), ("zh_CN", "en_GB"), ("cmn", "eng")])
def test_chinese_to_english_has_the_one_profile(source, target):
    profile = profile_for(source, target)
    assert profile is ZH_EN and (profile.source, profile.target) == (Lang.ZH, Lang.EN)


@pytest.mark.parametrize("source, target", [("fr", "en"), ("en", "zh"), ("zh", "de"), ("", "en")])
def test_any_other_pair_fails_naming_what_is_supported(source, target):
    with pytest.raises(UnsupportedPair) as caught:
        profile_for(source, target)
    message = str(caught.value)
    assert "\n" not in message and "zh → en" in message and f"{source or 'unknown'} → {target}" in message


def test_reading_a_document_in_another_pair_is_a_one_line_input_error():
    from qa.pipeline import align_document

    doc = Document("notes", "notes.xlf", source_lang="fr-FR", target_lang="en", pairs=(Pair("u1", "Bonjour.", "Hello."),))
    with pytest.raises(InputError, match=r"^notes.xlf: unsupported language pair fr-FR → en: qa checks .*\(zh → en\) only$"):
        align_document(doc)


def test_the_cli_refuses_a_french_xliff_with_one_line_and_exit_2(tmp_path):
    from click.testing import CliRunner

    from qa.cli import main

    (tmp_path / "fr.xlf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="a" source-language="fr-FR" target-language="en" datatype="plaintext"><body>'
        '<trans-unit id="1"><source>Bonjour tout le monde.</source><target>Hello everyone.</target></trans-unit>'
        "</body></file></xliff>\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", str(tmp_path / "fr.xlf"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "zh → en" in errors[0] and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_segments_are_joined_the_way_each_language_writes():
    assert ZH_EN.join(["第一句。", " 第二句。"], ZH_EN.source) == "第一句。第二句。"
    assert ZH_EN.join(["First.", " Second."], ZH_EN.target) == "First. Second."
    assert ZH_EN.split_sentences("我们来了。他们走了！", ZH_EN.source) == ["我们来了。", "他们走了！"]
    assert ZH_EN.length("数字 乡村", ZH_EN.source) == 4 and ZH_EN.length("two  words", ZH_EN.target) == 9


@pytest.fixture(scope="module")
def traditional(tmp_path_factory):
    """The bundled sample in traditional script, read and checked with every check."""
    import opencc

    from qa.checks.engine import run_checks
    from qa.pipeline import load_alignment

    path = tmp_path_factory.mktemp("trad") / "report.txt"
    path.write_text(opencc.OpenCC("s2t").convert(BUNDLED_SAMPLE.read_text(encoding="utf-8")), encoding="utf-8")
    alignment = load_alignment(path)
    return alignment, run_checks(alignment)


def test_traditional_script_gets_a_simplified_view_when_read(traditional):
    from qa.lang.traditional import to_simplified

    alignment, _ = traditional
    viewed = [p for p in alignment.pairs if p.source_view]
    assert viewed, "no pair of the traditional copy got a simplified view"
    for pair in viewed:
        assert pair.source_view == to_simplified(pair.source) != pair.source
    assert any("重慶" in p.source and "重庆" in p.source_view for p in viewed)


def test_checks_read_the_view_and_findings_quote_the_document_as_written(traditional):
    alignment, findings = traditional
    written = {p.id: p.source for p in alignment.pairs}
    assert ("M101", "重慶", "Zhongqing") in [(f.check_id, f.source_span, f.target_span) for f in findings]
    for f in findings:
        assert f.source == written[f.pair_id]
        assert f.source_span in f.source


def test_an_alignment_built_by_hand_is_viewed_by_the_engine_the_same_way(traditional):
    from qa.checks.engine import run_checks

    alignment, findings = traditional
    bare = Alignment(alignment.doc, tuple(replace(p, source_view="") for p in alignment.pairs))
    assert run_checks(bare) == findings


_PROBE = """
import json, sys
from qa.checks.engine import run_checks
from qa.checks.registry import check_set
from qa.config import Settings
from qa.pipeline import load_alignment
from qa.selection import select_checks

specs = select_checks(Settings(select=tuple(sys.argv[2:])), check_set())
run_checks(load_alignment(sys.argv[1]), specs)
import qa.align.cedict, qa.align.embed, qa.lang.cedict, qa.lang.en_dictionary
loaded = {
    "segmenter": "jieba" in sys.modules,
    "romaniser": "pypinyin" in sys.modules,
    "word-list": "spellchecker" in sys.modules or qa.lang.en_dictionary.english_dictionary.cache_info().currsize > 0,
    "encoder": qa.align.embed.load_count() > 0,
    "dictionary": qa.lang.cedict._index.cache_info().currsize > 0,
    "bilingual-index": qa.align.cedict.index.cache_info().currsize > 0,
    "lemmas": "lemminflect" in sys.modules,
}
print(json.dumps({"loaded": sorted(k for k, v in loaded.items() if v),
                  "declared": sorted(check_set().requirements(specs))}))
"""


@pytest.mark.parametrize(
    "select", [("P", "U", "T2", "A001", "A002", "A003", "A005", "R"), ("N",), ("G",), ("M",), ("S",), ("T1",), ("A004",)]
)
def test_a_run_loads_no_resource_its_checks_do_not_declare(select):
    """In a fresh interpreter: what the selected checks load is within what they declare in `requires=`."""
    done = subprocess.run([sys.executable, "-c", _PROBE, str(BUNDLED_SAMPLE), *select],
                          cwd=REPO, capture_output=True, text=True, check=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(report["loaded"]) <= set(report["declared"]), report
    assert set(report["declared"]) <= set(RESOURCES)
    if select[0] == "P":  # P503 for a capitalised repeat ("Han Han": a doubled name?), P501 for a run-together "X I"
        assert report["loaded"] == [] and report["declared"] == ["dictionary", "lemmas", "romaniser", "segmenter"]
    if select == ("M",):
        assert "romaniser" in report["loaded"]  # the probe sees a resource when one loads


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_every_resource_a_check_may_require_names_a_loader(name):
    """Naming a resource loads nothing; its loader must exist (it moves when the language layer moves)."""
    from qa.lang.profile import resource_loader

    assert callable(resource_loader(name))


def test_the_word_list_resource_loads_every_english_list_a_check_reads():
    """Warming up "word-list" (qa audit before its workers fork, the checks' resident child between documents)
    loads Hunspell's list and the word frequencies too, which S201 reads on its first capitalised word."""
    code = ("from qa.lang.profile import load_resources\n"
            "load_resources(['word-list'])\n"
            "from qa.lang import en_dictionary, hunspell_words\n"
            "print(en_dictionary.english_dictionary.cache_info().currsize, en_dictionary.word_counts.cache_info().currsize,"
            " hunspell_words.hunspell_words.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "1", "1"]
