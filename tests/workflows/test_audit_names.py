"""Hostile document names in an audit (issue 14 items 1, 2, 11, 21): links, CSV cells, bytes, collisions."""

from __future__ import annotations

import csv
import os
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.workflows.conftest import audit_config, put_sample
from qa.workflows.audit import glossary_tsv, run_audit
from qa.report.dashboard import href

GBK_NAME = "中文报告.txt".encode("gbk")  # as unzipped from a Windows archive: not UTF-8


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.hrefs += [value for name, value in attrs if name == "href" and value is not None]


def hrefs(page: Path) -> list[str]:
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.hrefs


def test_href_is_a_quoted_relative_path_never_a_scheme():
    assert href("javascript:alert(document.domain).html") == "./javascript%3Aalert%28document.domain%29.html"
    assert href("a/50%#1.html", "pair-p0002") == "./a/50%25%231.html#pair-p0002"
    assert urlsplit(href("data:text/html,x.html")).scheme == ""


def test_dashboard_links_of_hostile_names_open_their_own_reports(tmp_path, docs):
    put_sample(docs, "javascript:alert(document.domain).txt", "50%#1.txt", "plain.txt")
    out = tmp_path / "out"
    run_audit([docs], audit_config(out), jobs=1, progress=False)
    links = [h for h in hrefs(out / "index.html") if not h.startswith("#")]
    assert links and all(urlsplit(h).scheme == "" and h.startswith("./") for h in links)
    targets = {unquote(urlsplit(h).path) for h in links}
    assert {"./javascript:alert(document.domain).html", "./50%#1.html", "./plain.html"} <= targets
    assert all((out / t).is_file() for t in targets), targets
    assert 'href="javascript:' not in (out / "index.html").read_text(encoding="utf-8")


def test_a_name_that_is_not_utf8_is_audited_cached_and_shown_with_replacement_characters(tmp_path, docs):
    (path,) = put_sample(docs, GBK_NAME)
    assert os.fsencode(path).endswith(GBK_NAME)
    out = tmp_path / "out"
    first = run_audit([docs], audit_config(out), jobs=1, progress=False)
    assert [r.status for r in first.rows] == ["ok"], first.rows
    assert "\ufffd" in first.rows[0].rel and "\ufffd" in first.rows[0].stem
    summary = (out / "summary.csv").read_text(encoding="utf-8")  # valid UTF-8 throughout
    assert "\ufffd" in summary
    (link,) = {unquote(urlsplit(h).path) for h in hrefs(out / "index.html") if h.endswith(".html")}
    assert (out / link).is_file()
    second = run_audit([docs], audit_config(out), jobs=1, progress=False)  # the cache takes the name too
    assert (second.cached, second.checked) == (1, 0)


def test_documents_named_like_the_dashboard_files_get_reports_of_their_own(tmp_path, docs):
    put_sample(docs, "index.txt", "summary.txt")
    out = tmp_path / "out"
    result = run_audit([docs], audit_config(out), jobs=1, progress=False)
    assert sorted(r.stem for r in result.rows) == ["index_txt", "summary_txt"]
    assert "documents audited" in (out / "index.html").read_text(encoding="utf-8")
    with open(out / "summary.csv", encoding="utf-8", newline="") as handle:
        assert [row["document"] for row in csv.DictReader(handle)] == ["index_txt", "summary_txt"]


def test_an_unreadable_folder_is_an_error_row_not_skipped(tmp_path, docs, monkeypatch):
    put_sample(docs, "a.txt")
    put_sample(docs / "locked", "b.txt")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)  # root can read any folder: refuse it as chmod 000 would
    result = run_audit([docs], audit_config(tmp_path / "out"), jobs=1, progress=False)
    errors = [r for r in result.rows if not r.ok]
    assert [(r.rel, r.error) for r in errors] == [("locked/", "folder cannot be read: Permission denied")]
    assert len(result.ok) == 1 and result.exit_code != 2


def test_output_folder_dot_audits_the_documents_and_never_its_own_outputs(tmp_path, monkeypatch):
    put_sample(tmp_path, "a.txt")
    monkeypatch.chdir(tmp_path)
    first = run_audit(["."], audit_config(Path(".")), jobs=1, progress=False)
    assert [r.stem for r in first.rows] == ["a"] and first.exit_code != 2
    again = run_audit(["."], audit_config(Path(".")), jobs=1, progress=False)
    assert [r.stem for r in again.rows] == ["a"] and again.cached == 1  # a.csv, summary.csv … not audited


def test_summary_csv_cells_are_neutralised_for_spreadsheets(tmp_path, docs):
    put_sample(docs, "=HYPERLINK(x).txt", "@SUM(1).txt")
    out = tmp_path / "out"
    run_audit([docs], audit_config(out), jobs=1, progress=False)
    with open(out / "summary.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["document"] for r in rows) == ["'=HYPERLINK(x)", "'@SUM(1)"]
    assert all(r["path"].startswith("docs/") or r["path"].startswith(str(docs)) for r in rows)
    assert all(not r["report"].startswith(("=", "@")) for r in rows)


def test_proposed_glossary_is_exact_and_leaves_out_formula_cells():
    text = glossary_tsv([("三农", "Three Rural Issues", "preferred", "2 documents"),
                         ("公式", "=cmd|' /C calc'!A0", "preferred", "2 documents"),
                         ("引号", "'s-Hertogenbosch", "preferred", "2 documents")])
    assert text.splitlines() == ["source\ttarget\tstatus\tnote",
                                 "三农\tThree Rural Issues\tpreferred\t2 documents",
                                 "引号\t's-Hertogenbosch\tpreferred\t2 documents"]
