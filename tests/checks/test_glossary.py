"""Glossary files and the T2 checks."""

import pytest

from tests.conftest import check_pair, check_pairs
from qa.errors import InputError
from qa.glossary import load_glossary


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_tsv_with_status_and_note(tmp_path):
    g = load_glossary(write(tmp_path, "g.tsv", "source\ttarget\tstatus\tnote\n长安君\tChang'an Jun\tpreferred\t\n"
                                              "长安君\tZhang Anjun\tforbidden\twrong reading of 长\n"))
    assert [e.target for e in g.preferred("长安君")] == ["Chang'an Jun"]
    assert [e.note for e in g.forbidden("长安君")] == ["wrong reading of 长"]
    assert len(g.hash) == 16


def test_csv_without_status_and_stable_hash(tmp_path):
    a = load_glossary(write(tmp_path, "a.csv", "source,target\n社会治理,social governance\n"))
    b = load_glossary(write(tmp_path, "b.csv", "target,source\nsocial governance,社会治理\n"))
    c = load_glossary(write(tmp_path, "c.csv", "source,target\n社会治理,social management\n"))
    assert a.hash == b.hash != c.hash
    assert a.preferred("社会治理")[0].status == "preferred"


TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1">
 <langSet xml:lang="zh"><tig><term>扎赉特旗</term></tig></langSet>
 <langSet xml:lang="en">
  <tig><term>Jalaid Banner</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
  <tig><term>Zhalaite Banner</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
 </langSet>
</termEntry></body></text></martif>"""


def test_tbx(tmp_path):
    g = load_glossary(write(tmp_path, "g.tbx", TBX))
    assert [e.target for e in g.preferred("扎赉特旗")] == ["Jalaid Banner"]
    assert [e.target for e in g.forbidden("扎赉特旗")] == ["Zhalaite Banner"]


@pytest.mark.parametrize(
    "name, text",
    [
        ("empty.tsv", ""),
        ("noheader.tsv", "长安君\tChang'an Jun\n"),
        ("status.tsv", "source\ttarget\tstatus\n长安君\tChang'an Jun\tmaybe\n"),
        ("bad.tbx", "<martif><text><body><termEntry>"),
        ("entity.tbx", '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><martif>&x;</martif>'),
    ],
)
def test_bad_files_are_input_errors(tmp_path, name, text):
    with pytest.raises(InputError):
        load_glossary(write(tmp_path, name, text))


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        load_glossary(tmp_path / "none.tsv")


def run(pairs, glossary):
    return [(f.check_id, f.pair_id, f.source_span, f.target_span, f.suggestion)
            for f in check_pairs(pairs, ["T201", "T202"], glossary=glossary)]


def test_forbidden_and_missing_renderings(tmp_path):
    g = load_glossary(write(tmp_path, "g.tsv", "source\ttarget\tstatus\n长安君\tChang'an Jun\tpreferred\n"
                                              "长安君\tZhang Anjun\tforbidden\n社会治理\tsocial governance\t\n"))
    found = run([
        ("长安君在现场聆听了讲话。", "Zhang Anjun listened to the speech."),
        ("长安君在现场。", "Chang’an Jun was there."),
        ("加强社会治理。", "Strengthen social management."),
        ("加强社会治理。", "Strengthen Social Governance."),
    ], g)
    assert found == [
        ("T202", "p1", "长安君", "Zhang Anjun", "Chang'an Jun"),  # one error, one finding: not also T201
        ("T201", "p3", "社会治理", "", "social governance"),
    ]


def test_glossary_names_stay_whole_for_jieba(tmp_path):
    from qa.lang.segment import segment

    g = load_glossary(write(tmp_path, "g.tsv", "source\ttarget\n罗占鳌\tLuo Zhan'ao\n"))
    assert ("罗占鳌", "nr") in segment("昨天罗占鳌来了", g.segmenter_words())
    assert ("罗占鳌", "nr") not in segment("昨天罗占鳌来了")  # jieba's own dictionary is left as it was


def test_a_name_check_finding_carries_the_glossary_rendering_once(tmp_path):
    """Zhang Anjun for 长安君 with only a preferred entry: M101 reports it with the glossary's rendering, T201 not."""
    g = load_glossary(write(tmp_path, "g.csv", "source,target\n长安君,Lord Chang'an\n"))
    pair = ("长安君说，要加强合作。", "Zhang Anjun said cooperation must grow.")
    both = [(f.check_id, f.target_span, f.suggestion) for f in check_pair(*pair, ["M101", "T201"], glossary=g)]
    assert both == [("M101", "Zhang Anjun", "Lord Chang'an")]
    # with the names check not running, the glossary check reports the term itself
    alone = [(f.check_id, f.source_span) for f in check_pair(*pair, ["T201"], glossary=g)]
    assert alone == [("T201", "长安君")]
