"""The HTML report: one self-contained page an editor reads side by side.

The page carries its CSS and JavaScript inline and loads nothing, so it works
from file:// on a laptop with no network. Every piece of document text goes
through jinja2 autoescaping; highlighting is done by splitting the text into
segments here and letting the template wrap marked segments in <mark>, so no
document text is ever pasted into the page as markup.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

import jinja2

from qa.accept import HEADER
from qa.model import Alignment, Finding, Pair, Severity
from qa.report.summary import SEVERITY_ORDER, Summary, signature_line


def _rank(severity: str) -> int:
    return Severity(severity).rank


@dataclass(frozen=True)
class Segment:
    text: str
    finding_ids: tuple[str, ...] = ()  # empty: plain text
    severity: str = ""  # worst severity among the findings covering it
    linked: bool = False  # only the source sentence of a target-only finding covers it (qa.report.linking)


@dataclass
class FindingView:
    id: str  # DOM id, f0, f1, …
    finding: Finding

    @property
    def severity(self) -> str:
        return self.finding.severity.value

    @property
    def fingerprint(self) -> str:
        """The id `qa accept` and the accept-list know the finding by."""
        from qa.accept import fingerprint

        return fingerprint(self.finding)

    @property
    def where(self) -> str:
        """The input lines (or CAT unit id) that hold the finding's text, as the CSV's columns give them."""
        f = self.finding
        parts = []
        if f.source_line and f.source_line == f.target_line:
            parts.append(f"line {f.source_line}")  # a table row holds both sides
        else:
            parts += [f"source line {f.source_line}"] if f.source_line else []
            parts += [f"target line {f.target_line}"] if f.target_line else []
        parts += [f"unit {f.unit_id}"] if f.unit_id else []
        return " · ".join(parts)

    @property
    def accept_line(self) -> str:
        """The finding's line in an accept-list, as `--accept-all` and `qa accept` write it."""
        from qa.accept import entry_line

        return entry_line(self.finding)


@dataclass
class PairView:
    pair: Pair | None
    findings: list[FindingView] = field(default_factory=list)
    source: list[Segment] = field(default_factory=list)
    target: list[Segment] = field(default_factory=list)

    @property
    def dim(self) -> bool:
        """Page furniture, and one-sided pairs nothing was found on, recede."""
        if self.pair is None:
            return False
        return self.pair.kind == "furniture" or (self.pair.is_one_sided and not self.findings)

    @property
    def worst(self) -> str:
        return max((f.severity for f in self.findings), key=_rank, default="")


def segments(text: str, spans: Sequence[tuple]) -> list[Segment]:
    """Split `text` at the first occurrence of each span; `spans` holds (span, finding id, severity[, linked])."""
    ranges = []
    for span, finding_id, severity, *linked in spans:
        if not span:
            continue
        start = text.find(span)
        if start >= 0:
            ranges.append((start, start + len(span), finding_id, severity, bool(linked and linked[0])))
    if not ranges:
        return [Segment(text)] if text else []
    cuts = sorted({0, len(text), *(r[0] for r in ranges), *(r[1] for r in ranges)})
    result = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [r for r in ranges if r[0] <= start and end <= r[1]]
        if covering:
            worst = max((r[3] for r in covering), key=_rank)
            linked = all(r[4] for r in covering)
            result.append(Segment(text[start:end], tuple(dict.fromkeys(r[2] for r in covering)), worst, linked))
        else:
            result.append(Segment(text[start:end]))
    return result


def build_views(alignment: Alignment, findings: Iterable[Finding]) -> tuple[list[PairView], list[FindingView]]:
    """Pairs in reading order with their findings attached; findings naming no known pair apart."""
    views = {pair.id: PairView(pair) for pair in alignment.pairs}
    orphans: list[FindingView] = []
    for number, finding in enumerate(findings):
        view = FindingView(f"f{number}", finding)
        (views[finding.pair_id].findings if finding.pair_id in views else orphans).append(view)
    for pv in views.values():
        pv.source = segments(pv.pair.source, _source_spans(pv))
        pv.target = segments(pv.pair.target, [(f.finding.target_span, f.id, f.severity) for f in pv.findings])
    return list(views.values()), orphans


def _source_spans(pv: PairView) -> list[tuple[str, str, str, bool]]:
    """Each finding's source span, or for a target-only finding the source sentence(s) it is about."""
    from qa.report.linking import source_counterpart

    spans, counterparts = [], {}
    for fv in pv.findings:
        found = fv.finding
        if found.source_span:
            spans.append((found.source_span, fv.id, fv.severity, False))
        elif found.target_span:
            if found.target_span not in counterparts:
                counterparts[found.target_span] = source_counterpart(pv.pair, found.target_span)
            spans.extend((sentence, fv.id, fv.severity, True) for sentence in counterparts[found.target_span])
    return spans


def _template_source(name: str) -> str:
    """A file of qa/report/templates (the page, and the CSS and script it inlines)."""
    return resources.files("qa.report").joinpath("templates", name).read_text(encoding="utf-8")


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """The page template compiled once and kept in qa's per-user cache (compiling it cost 0.1-0.2 s a run).

    Jinja keys each file by the template's source checksum and its own
    version; a damaged file is compiled afresh (Jinja itself would raise on a
    truncated one), a file that cannot be written only costs time.
    """

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # pickle and marshal errors of a damaged file: compile again
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    from qa.lang.cache import ensure_cache_dir

    folder = ensure_cache_dir()
    if folder is None:
        return None
    try:
        (folder / "templates").mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None
    return _CompiledTemplates(str(folder / "templates"))


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FunctionLoader(_template_source), autoescape=True, trim_blocks=True,
                             lstrip_blocks=True, undefined=jinja2.StrictUndefined, bytecode_cache=_bytecode_cache())
    return env.get_template("report.html")


def render_html(alignment: Alignment, findings: Sequence[Finding], summary: Summary) -> str:
    pairs, orphans = build_views(alignment, findings)
    categories = sorted({f.category for f in findings})
    checks = sorted(Counter(f.check_id for f in findings).items())
    meta = {"doc": alignment.doc.id, "signature": signature_line(summary.signature), "accept_header": HEADER}
    return _template().render(
        checks=checks,
        meta=meta,
        doc=alignment.doc,
        summary=summary,
        signature_line=signature_line(summary.signature),
        pairs=pairs,
        orphans=orphans,
        categories=categories,
        severities=[s.value for s in SEVERITY_ORDER],
        total=len(findings),
        pairs_with_findings=sum(1 for p in pairs if p.findings),
        source_lang=alignment.doc.source_lang,
        target_lang=alignment.doc.target_lang,
    )
