"""Settings: [qa] in setup.cfg found above the input, CLI flags on top, bad values refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.config import DEFAULT_ACCEPT_FILE, Settings, find_config, load_settings, settings_from_cli
from qa.errors import InputError, UsageError
from qa.model import Severity


def write_cfg(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "setup.cfg"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path):
    cfg = write_cfg(
        tmp_path,
        "[metadata]\nname = x\n\n[qa]\nselect = N, P5\nignore = N2\n"
        "severity-overrides = N2=minor, P504=neutral\nfail-on = minor\nglossary = terms/glossary.csv\n",
    )
    doc = tmp_path / "docs" / "deep" / "page.txt"
    doc.parent.mkdir(parents=True)
    doc.write_text("x", encoding="utf-8")
    return cfg, doc


def test_config_found_by_walking_up_from_the_input(project):
    cfg, doc = project
    assert find_config(doc) == cfg
    settings = load_settings(doc)
    assert settings.select == ("N", "P5")
    assert settings.ignore == ("N2",)
    assert settings.overrides == {"N2": Severity.MINOR, "P504": Severity.NEUTRAL}
    assert settings.fail_on is Severity.MINOR
    assert settings.glossary == (cfg.parent / "terms" / "glossary.csv").resolve()  # relative to the cfg file
    assert settings.config_path == cfg


def test_nearest_setup_cfg_without_qa_section_is_skipped(project):
    cfg, doc = project
    write_cfg(doc.parent, "[metadata]\nname = inner\n")
    assert find_config(doc) == cfg


def test_no_config_gives_defaults(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("x")
    settings = load_settings(doc)
    assert settings == Settings()
    assert settings.fail_on is Severity.MAJOR and settings.select == ()
    assert settings.accept_path == DEFAULT_ACCEPT_FILE


def test_cli_flags_replace_config_values(project):
    _, doc = project
    settings = load_settings(doc, {"select": "T,g1", "fail_on": "critical", "ignore": None, "formats": ("html",)})
    assert settings.select == ("T", "G1")  # ids are case-insensitive on input
    assert settings.ignore == ("N2",)  # not given on the command line: config kept
    assert settings.fail_on is Severity.CRITICAL
    assert settings.formats == ("html",)


def test_unknown_key_warns_once_on_one_line(tmp_path):
    write_cfg(tmp_path, "[qa]\nselect = N\nfial-on = major\ncolour = red\n")
    warnings: list[str] = []
    settings = load_settings(tmp_path / "x.txt", warn=warnings.append)
    assert settings.select == ("N",)
    assert len(warnings) == 1 and "\n" not in warnings[0]
    assert "fial-on" in warnings[0] and "colour" in warnings[0]


@pytest.mark.parametrize(
    "body, fragment",
    [
        ("fail-on = severe\n", "severe"),
        ("select = N, numbers\n", "numbers"),
        ("ignore = N2011\n", "N2011"),
        ("severity-overrides = N2 minor\n", "N2 minor"),
        ("severity-overrides = N2=urgent\n", "urgent"),
        ("format = csv, pdf\n", "pdf"),
    ],
)
def test_invalid_config_values_raise_usage_error(tmp_path, body, fragment):
    write_cfg(tmp_path, "[qa]\n" + body)
    with pytest.raises(UsageError, match=fragment):
        load_settings(tmp_path / "x.txt")


def test_invalid_cli_value_raises_usage_error(tmp_path):
    with pytest.raises(UsageError, match="--fail-on"):
        load_settings(tmp_path / "x.txt", {"fail_on": "blocker"})


def test_garbled_config_file_is_a_usage_error(tmp_path):
    write_cfg(tmp_path, "[qa]\nselect = N\nselect = P\n")  # duplicate key
    with pytest.raises(UsageError, match="cannot read configuration"):
        load_settings(tmp_path / "x.txt")


def test_corrections_ledger_is_relative_to_the_config_file(tmp_path):
    (tmp_path / "setup.cfg").write_text("[qa]\ncorrections-ledger = shared/ledger.sqlite\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    settings = load_settings(tmp_path / "docs" / "page.txt")
    assert settings.corrections_ledger == (tmp_path / "shared" / "ledger.sqlite").resolve()
    assert load_settings(None).corrections_ledger is None


def test_settings_from_cli_parses_formats_and_requires_the_glossary(tmp_path):
    (tmp_path / "setup.cfg").write_text("[qa]\nglossary = terms.tsv\nformat = csv\n", encoding="utf-8")
    doc = tmp_path / "page.txt"
    with pytest.raises(InputError, match="terms.tsv"):  # named in the file but missing
        settings_from_cli(doc)
    with pytest.raises(InputError, match="other.tsv"):  # named on the command line but missing
        settings_from_cli(doc, glossary=tmp_path / "other.tsv")
    (tmp_path / "terms.tsv").write_text("source\ttarget\n三农\tThree Rural Issues\n", encoding="utf-8")
    settings = settings_from_cli(doc, formats="html, xlsx", fail_on="minor")
    assert settings.formats == ("html", "xlsx") and settings.glossary == (tmp_path / "terms.tsv").resolve()
    assert settings_from_cli(doc).formats == ("csv",)
    with pytest.raises(UsageError, match="pdf"):
        settings_from_cli(doc, formats="csv,pdf")


def test_the_readme_configuration_example_is_accepted_as_written(tmp_path):
    import re

    from qa.config import load_settings
    from qa.model import Severity

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    (tmp_path / "setup.cfg").write_text(re.search(r"```ini\n(.*?)```", readme, re.S).group(1), encoding="utf-8")
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "glossary.tsv").write_text("source\ttarget\n重庆\tChongqing\n", encoding="utf-8")
    document = tmp_path / "page.txt"
    document.write_text("Hello.\n\n你好。\n", encoding="utf-8")
    settings = load_settings(document, {})
    assert settings.select == ("A", "N", "M", "T", "U", "G", "P")  # inline comments are not part of values
    assert settings.ignore == ("P504",)
    assert settings.fail_on is Severity.MAJOR
    assert settings.glossary == tmp_path / "terms" / "glossary.tsv"


def test_pyproject_tool_qa_is_read_like_a_qa_section(tmp_path):
    from qa.config import find_config, load_settings

    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "site"\n\n[tool.qa]\nignore = ["N", "P504"]\nseverity-overrides = {M103 = "major"}\n'
        'fail-on = "minor"\nglossary = "terms/glossary.tsv"\n',
        encoding="utf-8",
    )
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "glossary.tsv").write_text("source\ttarget\n长安君\tChang'an Jun\n", encoding="utf-8")
    page = tmp_path / "docs" / "page.txt"
    page.parent.mkdir()
    page.write_text("x", encoding="utf-8")
    assert find_config(page) == tmp_path / "pyproject.toml"
    settings = load_settings(page)
    assert settings.ignore == ("N", "P504") and settings.fail_on.value == "minor"
    assert dict(settings.severity_overrides)["M103"].value == "major"
    assert settings.glossary == (tmp_path / "terms" / "glossary.tsv").resolve()


def test_setup_cfg_wins_over_pyproject_in_the_same_folder_and_a_pyproject_without_tool_qa_is_skipped(tmp_path):
    from qa.config import find_config

    (tmp_path / "pyproject.toml").write_text("[tool.qa]\nignore = ['N']\n", encoding="utf-8")
    (tmp_path / "setup.cfg").write_text("[qa]\nignore = M\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[tool.black]\nline-length = 100\n", encoding="utf-8")
    assert find_config(inner / "page.txt") == tmp_path / "setup.cfg"


def test_a_misspelt_key_gets_a_did_you_mean(tmp_path):
    from qa.config import read_config

    (tmp_path / "setup.cfg").write_text("[qa]\nfial-on = minor\nignore = P504\n", encoding="utf-8")
    warnings = []
    assert read_config(tmp_path / "setup.cfg", warn=warnings.append) == {"ignore": ("P504",)}
    assert len(warnings) == 1 and "fial-on (did you mean fail-on?)" in warnings[0]
