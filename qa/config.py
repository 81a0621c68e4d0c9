"""Settings for `qa check`: the `[qa]` section of setup.cfg, then CLI flags.

The config file is found the way flake8 finds its own: walk up from the
input file's directory to the first `setup.cfg` that has a `[qa]` section, so
a project's defaults follow its documents. CLI flags given explicitly win over
the file. Bad values fail early with a UsageError (exit 2) rather than being
silently ignored; unknown keys only warn, so a newer config still runs.
"""

from __future__ import annotations

import configparser
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

from qa.defaults import DEFAULT_FORMATS, REPORT_FORMATS  # noqa: F401 (re-exported)
from qa.errors import InputError, UsageError
from qa.config_values import (ID_PREFIX, parse_formats, parse_id_prefixes, parse_overrides,  # noqa: F401 (re-exported)
                              parse_severity)
from qa.io.files import read_user_file, require_regular_file, shown
from qa.model import Severity

CONFIG_NAME = "setup.cfg"
PYPROJECT_NAME = "pyproject.toml"
SECTION = "qa"
DEFAULT_ACCEPT_FILE = Path(".qa") / "accepted.txt"
KNOWN_KEYS = ("select", "extend-select", "ignore", "severity-overrides", "fail-on", "glossary", "accept-file", "format", "corrections-ledger",
              "words")


@dataclass(frozen=True)
class Settings:
    """What to check and how strictly; immutable once resolved."""

    select: tuple[str, ...] = ()  # id prefixes; empty means every check on by default
    extend_select: tuple[str, ...] = ()  # id prefixes added to `select` (or to the default set), as ruff's
    ignore: tuple[str, ...] = ()
    severity_overrides: tuple[tuple[str, Severity], ...] = ()  # (id prefix, severity)
    fail_on: Severity = Severity.MAJOR
    glossary: Path | None = None
    accept_file: Path | None = None  # None: DEFAULT_ACCEPT_FILE in the working directory
    formats: tuple[str, ...] = DEFAULT_FORMATS
    corrections_ledger: Path | None = None  # None: qa.workflows.corrections.DEFAULT_LEDGER
    words: Path | None = None  # the project's word list: words S201 accepts, one a line
    config_path: Path | None = field(default=None, compare=False)

    @property
    def overrides(self) -> dict[str, Severity]:
        return dict(self.severity_overrides)

    @property
    def accept_path(self) -> Path:
        return self.accept_file if self.accept_file is not None else DEFAULT_ACCEPT_FILE

    def describe(self) -> dict[str, str]:
        """The settings as short strings, for the report's run signature."""
        return {
            "config": str(self.config_path) if self.config_path else "(none)",
            "select": ",".join(self.select) or "(default)",
            **({"extend-select": ",".join(self.extend_select)} if self.extend_select else {}),
            "ignore": ",".join(self.ignore) or "(none)",
            "severity-overrides": ", ".join(f"{k}={v.value}" for k, v in self.severity_overrides) or "(none)",
            "fail-on": self.fail_on.value,
        }


# ---------------------------------------------------------------- finding and reading


def folders_up(start: Path) -> tuple[Path, ...]:
    """`start`'s folder (itself if it is one) and every parent: where the configuration, and the ledger, are looked for."""
    start = start.resolve()
    directory = start if start.is_dir() else start.parent
    return (directory, *directory.parents)


def find_config(start: Path) -> Path | None:
    """The first setup.cfg with a [qa] section, or pyproject.toml with [tool.qa], in `start` or a parent."""
    for folder in folders_up(start):
        for name, header in ((CONFIG_NAME, r"^\[qa\]\s*$"), (PYPROJECT_NAME, r"^\[tool\.qa\]\s*$")):
            candidate = folder / name
            if candidate.is_file() and _has_section(candidate, header):
                return candidate
    return None


CONFIG_LIMIT = 1 << 20  # a [qa] section is a few lines; /dev/zero or a huge file is refused, not read


def _config_text(path: Path) -> str:
    """The configuration file's text: a regular file, bounded, UTF-8 (see qa.io.files)."""
    data = read_user_file(path, "configuration", CONFIG_LIMIT)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UsageError(f"{shown(path)}: cannot read configuration: not UTF-8 text (byte {err.start})") from None


def _read_parser(path: Path) -> configparser.ConfigParser:
    # default_section renamed so a [DEFAULT] elsewhere in setup.cfg cannot leak keys into [qa]
    parser = configparser.ConfigParser(interpolation=None, default_section="\0none", inline_comment_prefixes=("#", ";"))
    try:
        parser.read_string(_config_text(path), source=shown(path))
    except configparser.Error as err:
        raise UsageError(f"{shown(path)}: cannot read configuration: {str(err).splitlines()[0]}") from None
    return parser


def _has_section(path: Path, header: str = r"^\[qa\]\s*$") -> bool:
    try:
        text = read_user_file(path, "configuration", CONFIG_LIMIT).decode("utf-8", errors="replace")
    except InputError:
        return False  # no regular file, or too large to be a configuration: not ours; keep walking up
    return re.search(header, text, re.MULTILINE) is not None


def _toml_section(path: Path) -> dict[str, str] | None:
    """[tool.qa] of a pyproject.toml as the same strings a [qa] section holds (lists joined, tables as k=v)."""
    import tomllib

    try:
        table = tomllib.loads(_config_text(path)).get("tool", {}).get("qa")
    except tomllib.TOMLDecodeError as err:
        raise UsageError(f"{shown(path)}: cannot read configuration: {err}") from None
    if not isinstance(table, dict):
        return None

    def text(value: Any) -> str:
        if isinstance(value, list):
            return ", ".join(map(str, value))
        if isinstance(value, dict):
            return ", ".join(f"{k}={v}" for k, v in value.items())
        return str(value)

    return {str(key): text(value) for key, value in table.items()}


def _section(path: Path) -> tuple[Mapping[str, str] | None, str]:
    """The qa settings of a setup.cfg [qa] section or a pyproject.toml [tool.qa] table, and how to name it."""
    if path.name == PYPROJECT_NAME:
        return _toml_section(path), f"{shown(path)} [tool.{SECTION}]"
    parser = _read_parser(path)
    return (parser[SECTION] if parser.has_section(SECTION) else None), f"{shown(path)} [{SECTION}]"


def _unknown_keys(section: Mapping[str, str]) -> str:
    """The keys qa does not know, each with the known key it is probably a misspelling of."""
    import difflib

    parts = []
    for key in section:
        if key not in KNOWN_KEYS:
            close = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
            parts.append(f"{key} (did you mean {close[0]}?)" if close else key)
    return ", ".join(parts)


def read_config(path: Path, warn=None) -> dict[str, Any]:
    """The qa section of `path` as Settings fields; paths are relative to the file."""
    warn = warn or _warn
    section, where = _section(path)
    if section is None:
        return {}
    unknown = _unknown_keys(section)
    if unknown:
        warn(f"qa: warning: {where}: unknown key(s) ignored: {unknown} (known: {', '.join(KNOWN_KEYS)})")
    values: dict[str, Any] = {}
    if "select" in section:
        values["select"] = parse_id_prefixes(section["select"], f"{where} select")
    if "extend-select" in section:
        values["extend_select"] = parse_id_prefixes(section["extend-select"], f"{where} extend-select")
    if "ignore" in section:
        values["ignore"] = parse_id_prefixes(section["ignore"], f"{where} ignore")
    if "severity-overrides" in section:
        values["severity_overrides"] = parse_overrides(section["severity-overrides"], f"{where} severity-overrides")
    if "fail-on" in section:
        values["fail_on"] = parse_severity(section["fail-on"], f"{where} fail-on")
    if section.get("glossary", "").strip():
        values["glossary"] = (path.parent / section["glossary"].strip()).resolve()
    if section.get("accept-file", "").strip():
        values["accept_file"] = (path.parent / section["accept-file"].strip()).resolve()
    if "format" in section:
        values["formats"] = parse_formats(section["format"])
    if section.get("corrections-ledger", "").strip():
        values["corrections_ledger"] = (path.parent / section["corrections-ledger"].strip()).resolve()
    if section.get("words", "").strip():
        values["words"] = (path.parent / section["words"].strip()).resolve()
    return values


def _warn(message: str) -> None:
    print(message, file=sys.stderr)


def load_settings(
    input_path: str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    config_path: str | Path | None = None,
    warn=None,
    *,
    isolated: bool = False,
) -> Settings:
    """Settings from the [qa] section nearest `input_path` (none when `isolated`), then CLI `overrides`.

    `overrides` holds only the flags the user actually gave (None means not
    given): select, ignore, severity_overrides, fail_on, glossary, accept_file,
    formats, as strings or already parsed values.
    """
    if isolated and config_path:
        raise UsageError("--isolated ignores configuration files; it cannot go with --config")
    settings = Settings()
    cfg = None
    if not isolated:
        cfg = Path(config_path) if config_path else (find_config(Path(input_path)) if input_path else None)
    if cfg is not None:
        settings = replace(settings, config_path=cfg, **read_config(cfg, warn=warn))
    return apply_overrides(settings, overrides or {})


def apply_overrides(settings: Settings, overrides: Mapping[str, Any]) -> Settings:
    """Settings with the CLI flags that were given replacing the file's values.

    The command line is a layer above the file, as in ruff: a `--select` replaces the
    file's select and extend-select and drops the file's ignores that overlap it, so `--select N` runs
    N even where the file ignores N or N2 (an unrelated ignore such as P504 stays). An
    `--extend-select` adds to the selection the layers below give.
    """
    changes: dict[str, Any] = {}
    for key, value in overrides.items():
        if value is None:
            continue
        if key in ("select", "ignore", "extend_select"):
            changes[key] = parse_id_prefixes(value, "--" + key.replace("_", "-"))
        elif key == "severity_overrides":
            changes[key] = parse_overrides(value, "--severity-overrides") if isinstance(value, str) else tuple(value)
        elif key == "fail_on":
            changes[key] = value if isinstance(value, Severity) else parse_severity(value, "--fail-on")
        elif key in ("glossary", "accept_file"):
            changes[key] = Path(value)
        elif key == "formats":
            changes[key] = parse_formats(value)
        else:
            raise UsageError(f"unknown setting {key!r}")
    if "select" in changes and "ignore" not in changes:
        chosen = changes["select"]
        changes["ignore"] = tuple(
            i for i in settings.ignore if not any(i.startswith(c) or c.startswith(i) for c in chosen)
        )
    added = changes.get("extend_select", ())
    # the longest prefix wins already (the file's ignore A with --extend-select A008 runs A008); only a tie,
    # the very code the file ignores, is dropped from the file's ignores
    if added and "ignore" not in changes:
        changes["ignore"] = tuple(i for i in changes.get("ignore", settings.ignore) if i not in added)
    base = () if "select" in changes else settings.extend_select
    changes["extend_select"] = tuple(dict.fromkeys((*base, *added)))
    return replace(settings, **changes)


def describe_config(settings: Settings) -> str | None:
    """One line naming the configuration file used and what it sets, or None when there was none.

    Printed on every run so a gate over submitted folders shows when a planted
    setup.cfg changed what is checked.
    """
    if settings.config_path is None:
        return None
    parts = [f"select {','.join(settings.select) or '(default)'}"]
    if settings.extend_select:
        parts.append(f"extend-select {','.join(settings.extend_select)}")
    parts.append(f"ignore {','.join(settings.ignore) or '(none)'}")
    if settings.severity_overrides:
        parts.append("severity-overrides " + ",".join(f"{k}={v.value}" for k, v in settings.severity_overrides))
    parts.append(f"fail-on {settings.fail_on.value}")
    if settings.glossary is not None:
        parts.append(f"glossary {shown(settings.glossary)}")
    return f"qa: configuration {shown(settings.config_path)}: " + "; ".join(parts) + " (--isolated to ignore it)"


def require_some_check(settings: Settings, select_given: bool, checks: Iterable | None = None) -> None:
    """Refuse a configuration that switches every check off, unless `--select` said so on the command line.

    A setup.cfg dropped next to submitted documents must not turn a gate into a pass.
    """
    if select_given:
        return
    from qa.checks.registry import all_checks
    from qa.selection import select_checks

    # R101 runs only against a reference translation: leaving it on does not keep a gate on the document
    candidates = [c for c in (all_checks(with_off_by_default=True) if checks is None else checks) if c.scope != "reference"]
    if select_checks(settings, candidates):
        return
    where = f"the configuration {shown(settings.config_path)}" if settings.config_path else "--ignore"
    raise UsageError(
        f"{where} switches every check off (select {','.join(settings.select) or '(all)'}, "
        f"ignore {','.join(settings.ignore)}); give --select to choose checks, or --isolated to ignore the file"
    )


def settings_from_cli(
    input_path: str | Path | None,
    *,
    select: str | None = None,
    extend_select: str | None = None,
    ignore: str | None = None,
    severity_overrides: str | None = None,
    fail_on: str | None = None,
    glossary: Path | None = None,
    accept_file: Path | None = None,
    formats: str | None = None,
    config_file: Path | None = None,
    isolated: bool = False,
    checks: Iterable | None = None,
    warn=None,
    announce: bool = True,
) -> Settings:
    """Settings as every command builds them from its flags: the nearest [qa] section, then the flags given.

    A glossary that is named (by flag or file) but missing is an InputError
    here, once, so no command checks it twice or forgets to. The file used is
    announced through `warn` (unless `announce` is False: the caller prints
    `describe_config` once its own checks passed), and a selection that leaves none of `checks` (default:
    the registry) is refused.
    """
    if glossary is not None and not Path(glossary).exists():
        raise InputError(f"{shown(glossary)}: no such file (--glossary)")
    if glossary is not None:
        require_regular_file(glossary, "glossary")
    settings = load_settings(
        input_path,
        {
            "select": select,
            "extend_select": extend_select,
            "ignore": ignore,
            "severity_overrides": severity_overrides,
            "fail_on": fail_on,
            "glossary": glossary,
            "accept_file": accept_file,
            "formats": formats or None,  # parse_formats splits a comma/space separated string
        },
        config_path=config_file,
        warn=warn,
        isolated=isolated,
    )
    require_some_check(settings, select_given=select is not None or extend_select is not None, checks=checks)
    if settings.glossary is not None and not settings.glossary.exists():
        raise InputError(f"{shown(settings.glossary)}: no such file (glossary)")
    if settings.glossary is not None:
        require_regular_file(settings.glossary, "glossary")
    line = describe_config(settings) if announce else None  # after validation: an error stays the only line
    if line:
        (warn or _warn)(line)
    return settings
