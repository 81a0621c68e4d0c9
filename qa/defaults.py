"""Names and defaults shared by the commands and the layers below, importable at no cost.

The command-line help is built when `qa` starts; taking these from here keeps
`qa --help` from loading the readers, the check registry or the data model.
"""

from __future__ import annotations

SEVERITY_NAMES: tuple[str, ...] = ("critical", "major", "minor", "neutral")  # the one order, most serious first
REPORT_FORMATS: tuple[str, ...] = ("csv", "jsonl", "html", "xlsx", "xliff")
DEFAULT_FORMATS: tuple[str, ...] = ("csv", "jsonl", "html")
DEFAULT_MIN_CHRF = 40.0  # with a reference translation (R101): chrF below this is worth a look
