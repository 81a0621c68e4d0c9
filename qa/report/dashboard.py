"""The audit dashboard: one self-contained page over a whole archive.

Worst documents, counts per check and category, a histogram of scores drawn
as inline SVG (no plotting library, no network), terminology that differs
across documents, and a sortable table of every document with a link to its
report. All document text goes through jinja2 autoescaping, and every link
is built here as a URL-quoted relative path (`./` + `urllib.parse.quote`), so a
document named `javascript:alert(1).txt` or `50%#1.txt` links to its own
report and never to a scheme or the wrong fragment.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence
from urllib.parse import quote

import jinja2

from qa import __version__
from qa.report.summary import FORMULA, SEVERITY_ORDER

SEVERITIES = tuple(s.value for s in SEVERITY_ORDER)


def href(path: str, fragment: str = "") -> str:
    """A link to `path` relative to the dashboard: percent-quoted, `./` first, so it can never be a scheme."""
    if not path:
        return ""
    link = "./" + quote(path.lstrip("/"), safe="/")
    return link + "#" + quote(fragment, safe="") if fragment else link


@dataclass(frozen=True)
class DocView:
    """A document's row as the template sees it: the result's fields plus its report link."""

    doc: Any  # qa.workflows.audit.records.DocumentResult
    link: str

    def __getattr__(self, name: str) -> Any:
        if name == "doc":  # not set yet (copy, unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.doc, name)


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    low: float
    high: float
    count: int


@dataclass(frozen=True)
class Histogram:
    bars: tuple[Bar, ...]
    width: int
    height: int
    ticks: tuple[tuple[float, str], ...]  # (x, label) under the axis
    y_max: int
    y_ticks: tuple[tuple[float, str], ...]


def _nice_step(span: float, bins: int) -> float:
    raw = span / bins if span > 0 else 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)


def histogram(scores: Sequence[float], bins: int = 12, width: int = 560, height: int = 200) -> Histogram:
    """Equal-width bins from 0 with a round step, laid out in SVG user units."""
    left, bottom, top = 36, 26, 10
    plot_w, plot_h = width - left - 20, height - bottom - top  # room for the last tick label
    high = max(scores, default=0.0)
    step = _nice_step(high, bins) if high > 0 else 1.0
    count_bins = max(1, min(bins, math.floor(high / step) + 1))
    counts = Counter(min(int(s // step), count_bins - 1) for s in scores)
    y_max = max(counts.values(), default=0) or 1
    bar_w = plot_w / count_bins
    bars = []
    for i in range(count_bins):
        n = counts.get(i, 0)
        h = plot_h * n / y_max
        bars.append(Bar(left + i * bar_w + 1, top + plot_h - h, max(bar_w - 2, 1), h, i * step, (i + 1) * step, n))
    every = max(1, math.ceil(count_bins / 6))
    ticks = tuple((left + i * bar_w, f"{i * step:g}") for i in range(0, count_bins + 1, every))
    y_ticks = tuple((top + plot_h - plot_h * v / y_max, str(v)) for v in sorted({0, y_max // 2, y_max}))
    return Histogram(tuple(bars), width, height, ticks, y_max, y_ticks)


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    text = resources.files("qa.report").joinpath("templates/dashboard.html").read_text(encoding="utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env.from_string(text)


def _term_links(terminology: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Terms with each document's report link (to the pair) built once, quoted."""
    out = []
    for term in terminology:
        variants = [{**v, "docs": [{**d, "href": href(d["report"], f"pair-{d['pair']}")} for d in v["docs"]]}
                    for v in term["variants"]]
        out.append({**term, "variants": variants})
    return out


def _check_links(ok: Sequence[Any], name: str) -> list[tuple[str, str, int]]:
    """(document, link to its report filtered to this check, count), most findings first.

    `name` is "ID check-name" as the summary counts it; the report reads
    `#check=ID` and shows that check's findings only.
    """
    check_id = name.split(" ", 1)[0]
    docs = [(r.stem, href(r.html_report, f"check={check_id}"), int(r.by_check[name]))
            for r in ok if r.by_check.get(name)]
    return sorted(docs, key=lambda d: (-d[2], d[0]))


def _counts(ok: Sequence[Any]) -> tuple[Counter, Counter, Counter]:
    by_check: Counter = Counter()
    by_category: Counter = Counter()
    docs_per_check: Counter = Counter()
    for row in ok:
        for name, n in row.by_check.items():
            by_check[name] += n
            docs_per_check[name] += 1
        for name, n in row.by_category.items():
            by_category[name] += n
    return by_check, by_category, docs_per_check


def render_dashboard(audit, top: int = 15, max_terms: int = 60) -> str:
    """HTML of the dashboard for an AuditResult."""
    rows = [DocView(r, href(r.html_report)) for r in audit.rows]
    ok = [r for r in rows if r.ok]
    by_check, by_category, docs_per_check = _counts(ok)
    worst = sorted(ok, key=lambda r: (-r.score, -r.findings, r.stem))[:top]
    scores = [float(r.score) for r in ok]
    inconsistent = [t for t in audit.terminology if t["inconsistent"]]
    context = {
        "version": __version__, "documents": len(rows), "ok_count": len(ok), "rows": rows,
        "errors": [r for r in rows if not r.ok],
        "total_findings": sum(r.findings for r in ok),
        "total_pairs": sum(r.pairs for r in ok),
        "failing_docs": sum(1 for r in ok if r.failing),
        "fail_on": audit.fail_on,
        "severities": SEVERITIES,
        "severity_totals": {s.value: sum(r.severity_count(s) for r in ok) for s in SEVERITY_ORDER},
        "worst": [r for r in worst if r.findings],
        "checks": [(name, n, docs_per_check[name], _check_links(ok, name)) for name, n in by_check.most_common()],
        "categories": by_category.most_common(),
        "category_max": max(by_category.values(), default=1),
        "hist": histogram(scores),
        "median": sorted(scores)[len(scores) // 2] if scores else 0.0,
        "inconsistent": _term_links(inconsistent[:max_terms]),
        "inconsistent_total": len(inconsistent),
        "reference": any(r.reference for r in ok),
        "formula": FORMULA, "cached": audit.cached, "checked": audit.checked,
        "run_id": audit.run_id, "signature": audit.signature, "previous": audit.previous_set,
    }
    return _template().render(**context)
