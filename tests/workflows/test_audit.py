"""`qa audit` over an archive of 50 generated documents plus an unreadable and an empty one.

The documents are the bundled sample with errors injected (tests/fixtures/archive.py:
numbers changed, a term rendered another way, a surname dropped); the tests
check the summary against each document's own report, the dashboard, the
cross-document terminology, the cache and the exit code.
"""

from __future__ import annotations

import csv
import importlib
import shutil
from pathlib import Path

import pytest

from tests.conftest import assert_one_line_error, run_cli

from tests.fixtures.archive import generate_archive
from qa.workflows.audit import AuditConfig, registered_check_modules, report_stems, run_audit
from qa.config import load_settings

CHECK_FAMILIES = ("qa.checks.numbers", "qa.checks.untranslated", "qa.checks.glosses", "qa.checks.names")
COUNT = 50


def _import_checks() -> None:
    for module in CHECK_FAMILIES:
        importlib.import_module(module)  # a missing family must fail the tests, not skip them


def make_config(outdir: Path, **changes) -> AuditConfig:
    _import_checks()
    settings = load_settings(None, {"formats": ("csv", "html")})
    return AuditConfig(settings=settings, outdir=str(outdir),
                       check_modules=registered_check_modules(), no_accept=True, **changes)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    docs = root / "docs"
    manifest = generate_archive(docs, COUNT)
    (docs / "empty.txt").write_text("", encoding="utf-8")
    (docs / "broken.xlf").write_text('<?xml version="1.0"?><xliff version="1.2"><file', encoding="utf-8")
    (docs / "notes.docx").write_bytes(b"PK\x03\x04")  # unsupported: not picked up from a folder
    out = root / "reports"
    first = run_audit([docs], make_config(out), jobs=2, progress=False)
    return docs, out, manifest, first


def read_summary(out: Path) -> dict[str, dict[str, str]]:
    with open(out / "summary.csv", encoding="utf-8", newline="") as handle:
        return {row["document"]: row for row in csv.DictReader(handle)}


def test_every_document_has_a_summary_row_and_the_bad_files_are_listed(archive):
    docs, out, manifest, first = archive
    rows = read_summary(out)
    assert len(rows) == COUNT + 2
    assert sum(r["status"] == "ok" for r in rows.values()) == COUNT
    assert rows["empty"]["status"] == "error" and "empty" in rows["empty"]["error"]
    assert rows["broken"]["status"] == "error" and "XLIFF" in rows["broken"]["error"]
    assert "notes" not in rows
    assert first.exit_code == 1  # the injected errors include major ones


def test_same_names_in_different_folders_get_separate_reports(archive):
    docs, out, manifest, first = archive
    rows = read_summary(out)
    assert {"batch0/report-000", "batch1/report-000"} <= set(rows)
    assert (out / "batch0" / "report-000.html").exists() and (out / "batch1" / "report-000.html").exists()
    assert report_stems(["a/x.txt", "a/x.tsv", "A/x.txt"]) == ["a/x", "a/x_tsv", "A/x_txt"]
    assert report_stems(["x.txt", "x_txt.tsv", "X.txt"]) == ["x", "x_txt", "X-2"]


def test_summary_counts_match_each_documents_report(archive):
    docs, out, manifest, first = archive
    for name, row in read_summary(out).items():
        if row["status"] != "ok":
            continue
        with open(out / f"{name}.csv", encoding="utf-8", newline="") as handle:
            findings = list(csv.DictReader(handle))
        assert int(row["findings"]) == len(findings), name
        for severity in ("critical", "major", "minor", "neutral"):
            assert int(row[severity]) == sum(f["severity"] == severity for f in findings), (name, severity)
        assert row["report"] == f"{name}.html"


def test_injected_number_errors_raise_the_documents_findings(archive):
    docs, out, manifest, first = archive
    changed = [rel for rel, what in manifest.items() if "number changed" in what]
    clean = [rel for rel, what in manifest.items() if not what]
    assert changed and clean

    def number_spans(rel: str) -> set[str]:
        with open(out / (rel[:-4] + ".csv"), encoding="utf-8", newline="") as handle:
            return {f["target_span"] for f in csv.DictReader(handle) if f["check_id"].startswith("N")}

    assert all(any("57,680" in s or s.startswith("30") for s in number_spans(rel)) for rel in changed)
    assert not any("57,680" in s for rel in clean for s in number_spans(rel))


def test_dashboard_lists_worst_documents_errors_and_links(archive):
    docs, out, manifest, first = archive
    html = (out / "index.html").read_text(encoding="utf-8")
    rows = read_summary(out)
    ok = {k: v for k, v in rows.items() if v["status"] == "ok"}
    worst = max(ok, key=lambda k: (float(ok[k]["score"]), int(ok[k]["findings"])))
    worst_section = html.split('id="worst"')[1].split("</section>")[0]
    assert f'href="./{worst}.html"' in worst_section
    for name in ok:
        assert f'href="./{name}.html"' in html
    errors_section = html.split('id="errors"')[1].split("</section>")[0]
    assert "empty.txt" in errors_section and "broken.xlf" in errors_section
    assert "<svg" in html and 'class="bin"' in html
    assert "http://" not in html and "https://" not in html  # self-contained


def test_cross_document_terminology_and_proposed_glossary(archive):
    docs, out, manifest, first = archive
    term = next(t for t in first.terminology if t["term"] == "三农")
    renderings = {v["rendering"]: len(v["docs"]) for v in term["variants"]}
    varied = sum("term rendered another way" in what for what in manifest.values())
    assert renderings["Three Agricultural Issues"] == varied
    assert renderings["Three Rural Issues"] == COUNT  # the last paragraph keeps it everywhere
    assert term["inconsistent"] and term["kind"] == "term"  # other words, not another form of them
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "Three Agricultural Issues" in html.split('id="terminology"')[1]
    proposed = (out / "glossary.proposed.tsv").read_text(encoding="utf-8").splitlines()
    assert proposed[0] == "source\ttarget\tstatus\tnote"
    assert any(line.startswith("三农\tThree Rural Issues\tpreferred\t") for line in proposed)


def test_renderings_that_differ_in_one_word_form_are_a_form_inconsistency():
    from qa.workflows.audit.records import DocumentResult
    from qa.workflows.audit.terminology import cross_document_terms

    def doc(stem: str, key: str, shown: str, count: int) -> DocumentResult:
        return DocumentResult(path=stem, rel=stem, stem=stem, terms={"工作机制": {key: [shown, count, "p0001", False, ""]}})

    rows = [doc("a", "work mechanism", "work mechanisms", 3), doc("b", "working mechanism", "working mechanisms", 2)]
    (entry,) = cross_document_terms(rows)
    assert entry["inconsistent"] and entry["kind"] == "form"
    rows.append(doc("c", "job system", "job systems", 4))
    (entry,) = cross_document_terms(rows)
    assert entry["kind"] == "term"


def test_second_run_is_served_from_the_cache_and_force_rechecks(archive, tmp_path):
    docs, out, manifest, first = archive
    assert first.checked == COUNT + 2
    report = out / "batch2" / "report-002.html"
    stamp = report.stat().st_mtime_ns
    before = read_summary(out)
    again = run_audit([docs], make_config(out), jobs=2, progress=False)
    # ok rows come from the cache; the two error rows are never cached (a failure may be transient)
    assert again.checked == 2 and again.cached == COUNT
    assert {r.stem for r in again.rows if r.status == "error"} == {"empty", "broken"}
    assert report.stat().st_mtime_ns == stamp
    assert read_summary(out) == before
    # one document edited: only it is checked again
    edited = docs / "batch3" / "report-001.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("rural roads", "rural highways"), encoding="utf-8")
    third = run_audit([docs], make_config(out), jobs=1, progress=False)
    assert third.checked == 1 + 2  # the edited document and the two that failed
    forced = run_audit([docs / "batch4"], make_config(tmp_path / "forced"), jobs=1, force=True, progress=False)
    assert forced.checked == COUNT // 5


def test_nothing_readable_exits_2(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    result = run_audit([tmp_path / "in"], make_config(tmp_path / "out"), jobs=1, progress=False)
    assert result.exit_code == 2 and len(result.errors) == 1


def test_reference_folder_flags_diverging_pairs(tmp_path):
    sample = Path(__file__).resolve().parents[2] / "samples" / "county-work-report.txt"
    (tmp_path / "docs").mkdir()
    (tmp_path / "refs").mkdir()
    text = sample.read_text(encoding="utf-8")
    shutil.copy(sample, tmp_path / "docs" / "report.txt")
    changed = "Premier Li Qiang, inspecting Chongqing, said that rural revitalization underpins shared prosperity for all."
    reference = text.replace(
        "Premier Qiang stressed during his inspection of Zhongqing that rural revitalization is the foundation of common prosperity.",
        changed,
    )
    assert reference != text
    (tmp_path / "refs" / "report.txt").write_text(reference, encoding="utf-8")
    config = make_config(tmp_path / "out", reference_dir=str(tmp_path / "refs"), min_chrf=60.0)
    result = run_audit([tmp_path / "docs"], config, jobs=1, progress=False)
    (row,) = result.ok
    with open(tmp_path / "out" / "report.csv", encoding="utf-8", newline="") as handle:
        flagged = [f for f in csv.DictReader(handle) if f["check_id"] == "R101"]
    assert [f["target"].startswith("Premier Qiang") for f in flagged] == [True]
    assert flagged[0]["severity"] == "neutral" and flagged[0]["suggestion"] == changed
    assert row.reference["flagged"] == 1


def test_dask_engine_on_a_local_cluster(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    sample = Path(__file__).resolve().parents[2] / "samples" / "county-work-report.txt"
    docs = tmp_path / "docs"
    generate_archive(docs, 3, sample)
    (docs / "empty.txt").write_text("", encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        result = run_audit([docs], make_config(tmp_path / "out"), engine="dask", scheduler=cluster.scheduler_address,
                           progress=False)
    assert len(result.ok) == 3 and len(result.errors) == 1
    assert (tmp_path / "out" / "index.html").exists()
    local = run_audit([docs], make_config(tmp_path / "out-local"), jobs=1, progress=False)
    assert [(r.stem, r.findings) for r in result.rows] == [(r.stem, r.findings) for r in local.rows]


def test_normalised_paths_never_share_a_report():
    stems = report_stems(["a/doc.txt", "../a/doc.txt", "./a/doc.txt", "../../a/doc.txt"])
    assert len({s.lower() for s in stems}) == 4
    assert all(not s.startswith((".", "/")) and ".." not in Path(s).parts for s in stems)
    assert stems[0] == "a/doc"
    assert report_stems([str(Path.cwd() / "b" / "x.txt")]) == ["b/x"]  # absolute: relative to the working directory






@pytest.fixture
def two_docs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sample = Path(__file__).resolve().parents[2] / "samples" / "county-work-report.txt"
    (tmp_path / "docs").mkdir()
    for name in ("one.txt", "two.txt"):
        shutil.copy(sample, tmp_path / "docs" / name)
    return tmp_path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_glossary_is_one_usage_error_whatever_the_jobs(two_docs, jobs):
    (two_docs / "terms.tsv").write_text("chinese\tenglish\n长安君\tChang'an Jun\n", encoding="utf-8")  # no source/target header
    result = run_cli("audit", "docs", "-o", "out", "-q", "-j", jobs, "--glossary", "terms.tsv")
    assert_one_line_error(result, "terms.tsv", "header")
    assert not (two_docs / "out" / "summary.csv").exists()


def test_a_cache_that_is_not_a_database_isassert_one_line_error(two_docs):
    (two_docs / "notadb.sqlite").write_bytes(b"not a database at all " * 50)
    result = run_cli("audit", "docs", "-o", "out", "-q", "-j", "1", "--cache", "notadb.sqlite")
    assert_one_line_error(result, "notadb.sqlite", "audit cache")


def test_warm_up_loads_what_the_omission_check_needs_before_workers_fork(tmp_path):
    """In a fresh interpreter: warm_up loads the sentence encoder and the aligner's dictionary only when A004 runs."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from qa.workflows.audit import AuditConfig, registered_check_modules, warm_up\n"
        "from qa.config import load_settings\n"
        "import qa.checks.structure\n"
        "from qa.align import embed\n"
        "from qa.align.cedict import index\n"
        "ignore = tuple(sys.argv[1:])\n"
        "settings = load_settings(None, {'formats': ('csv',), 'ignore': ignore})\n"
        "warm_up(AuditConfig(settings=settings, outdir=sys.argv[0], check_modules=registered_check_modules()))\n"
        "print(embed.load_count(), index.cache_info().currsize)\n"
    )
    root = Path(__file__).resolve().parents[2]
    def loaded(*ignore: str) -> str:
        done = subprocess.run([sys.executable, "-c", script, *ignore], cwd=root, capture_output=True, text=True, check=True)
        return done.stdout.split()
    assert loaded() == ["1", "1"]
    assert loaded("A") == ["0", "0"]
