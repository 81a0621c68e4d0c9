"""The audit dashboard: one self-contained page over a whole archive.

Worst documents, counts per check and category, a histogram of scores drawn
as inline SVG (no plotting library, no network), terminology that differs
across documents, and a sortable table of every document with a link to its
report. All document text goes through jinja2 autoescaping.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

import jinja2

from qa import __version__
from qa.report.summary import FORMULA


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


def _report_link(row: dict[str, Any]) -> str:
    return next((r for r in row.get("reports", ()) if r.endswith(".html")), "")


def render_dashboard(audit, top: int = 15, max_terms: int = 60) -> str:
    """HTML of the dashboard for an AuditResult."""
    rows: list[dict[str, Any]] = audit.rows
    ok = [r for r in rows if r["status"] == "ok"]
    errors = [r for r in rows if r["status"] != "ok"]
    for row in rows:
        row.setdefault("link", _report_link(row))
        row["link"] = _report_link(row)
    by_check: Counter = Counter()
    by_category: Counter = Counter()
    docs_per_check: Counter = Counter()
    for row in ok:
        for name, n in (row.get("by_check") or {}).items():
            by_check[name] += n
            docs_per_check[name] += 1
        for name, n in (row.get("by_category") or {}).items():
            by_category[name] += n
    severity_totals = {s: sum((r.get("by_severity") or {}).get(s, 0) for r in ok) for s in ("critical", "major", "minor", "neutral")}
    worst = sorted(ok, key=lambda r: (-r.get("score", 0), -r.get("findings", 0), r["stem"]))[:top]
    worst = [r for r in worst if r.get("findings")]
    scores = [float(r.get("score", 0)) for r in ok]
    inconsistent = [t for t in audit.terminology if t["inconsistent"]][:max_terms]
    context = {
        "version": __version__,
        "documents": len(rows),
        "ok_count": len(ok),
        "errors": errors,
        "rows": rows,
        "total_findings": sum(r.get("findings", 0) for r in ok),
        "total_pairs": sum(r.get("pairs", 0) for r in ok),
        "failing_docs": sum(1 for r in ok if r.get("failing")),
        "fail_on": audit.fail_on,
        "severity_totals": severity_totals,
        "worst": worst,
        "checks": [(name, n, docs_per_check[name]) for name, n in by_check.most_common()],
        "categories": by_category.most_common(),
        "category_max": max(by_category.values(), default=1),
        "hist": histogram(scores),
        "median": sorted(scores)[len(scores) // 2] if scores else 0.0,
        "inconsistent": inconsistent,
        "inconsistent_total": sum(1 for t in audit.terminology if t["inconsistent"]),
        "reference": any(r.get("reference") for r in ok),
        "formula": FORMULA,
        "cached": audit.cached,
        "checked": audit.checked,
    }
    return _template().render(**context)
