"""Fault cases for what qa reads: devices, FIFOs, hostile names, XML tricks, outputs aimed at inputs.

Every case runs the real `qa` in a child process (with a timeout, so a hang is
an observation, not a stuck bench) in its own folder under `workdir`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from bench.faults import FaultCase
from qa.io.files import sha256_file

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "county-work-report.txt"
PAGE = (
    "source,target\n"
    "今年建成5768个站。,\"This year 5,786 stations were built.\"\n"
    "长沙举办读书节。,Changsha held a reading festival.\n"
)
GLOSSARY = "source\ttarget\tstatus\n长沙\tChangsha\tpreferred\n"
ONE_LINE = "exit 2, one line, no traceback"
XLIFF = (
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
    '<file original="x" source-language="zh" target-language="en" datatype="plaintext"><body>'
    '<trans-unit id="1"><source>长沙举办读书节。</source><target>Changsha held a &xxe; festival.</target></trans-unit>'
    "</body></file></xliff>"
)
ENTITY = '<!DOCTYPE xliff [<!ENTITY xxe "reading">]>'


@dataclass(frozen=True)
class Run:
    code: int | None  # None: killed at the timeout
    stdout: str
    stderr: str

    def summary(self) -> str:
        if self.code is None:
            return "hung (killed at the timeout)"
        last = (self.stderr.strip().splitlines() or [""])[-1]
        traceback = " TRACEBACK" if "Traceback" in self.stderr else ""
        return f"exit {self.code}{traceback}: {last[:110]!r}"


def qa(args: Iterable[str | bytes], cwd: Path, timeout: float = 120) -> Run:
    """`qa ARGS` in a child process; arguments may be bytes (names that are not UTF-8)."""
    command = [os.fsencode(sys.executable), b"-c", b"from qa.cli import main; main()", *map(os.fsencode, args)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    try:
        done = subprocess.run(command, capture_output=True, cwd=cwd, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as expired:
        return Run(None, (expired.stdout or b"").decode("utf-8", "replace"), (expired.stderr or b"").decode("utf-8", "replace"))
    return Run(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


def one_line_error(run: Run, *fragments: str) -> bool:
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    return (
        run.code == 2 and "Traceback" not in run.stderr and len(lines) == 1
        and lines[0].startswith("qa: error:") and all(f in lines[0] for f in fragments)
    )


def checked(run: Run) -> bool:
    """The document was checked: exit 0 or 1 (findings), no traceback."""
    return run.code in (0, 1) and "Traceback" not in run.stderr


def folder(workdir: Path, name: str) -> Path:
    path = workdir / name
    path.mkdir(parents=True, exist_ok=True)
    (path / "page.csv").write_text(PAGE, encoding="utf-8")
    return path


def case(label: str, expected: str, run: Run, ok: bool, note: str = "") -> FaultCase:
    return FaultCase(label, expected, run.summary() + (f"; {note}" if note else ""), ok)


# ---------------------------------------------------------------- devices and FIFOs


def device_cases(workdir: Path) -> Iterable[FaultCase]:
    here = folder(workdir, "devices")
    run = qa(["check", "/dev/zero", "-o", "out"], here)
    yield case("qa check /dev/zero", ONE_LINE, run, one_line_error(run, "regular file"))
    for option in ("--glossary", "--config", "--accept-file"):
        run = qa(["check", "page.csv", "-o", "out", option, "/dev/zero"], here)
        yield case(f"qa check page.csv {option} /dev/zero", ONE_LINE, run, one_line_error(run, "/dev/zero"))
    cfg = folder(workdir, "devices-cfg")
    (cfg / "setup.cfg").write_text("[qa]\nglossary = /dev/zero\n", encoding="utf-8")
    run = qa(["check", "page.csv", "-o", "out"], cfg)
    yield case("setup.cfg: glossary = /dev/zero", ONE_LINE, run, one_line_error(run, "/dev/zero"))
    if not hasattr(os, "mkfifo"):
        return
    fifo_dir = workdir / "fifo"
    fifo_dir.mkdir()
    os.mkfifo(fifo_dir / "page.txt")
    run = qa(["check", "page.txt", "-o", "out"], fifo_dir, timeout=60)
    yield case("qa check FIFO (no writer)", ONE_LINE + ", no hang", run, one_line_error(run, "regular file"))
    run = qa(["audit", "page.txt", "-o", "out", "-q", "-j", "1"], fifo_dir, timeout=60)
    yield case("qa audit FIFO (no writer)", "exit 2, no hang, no traceback", run,
               run.code == 2 and "Traceback" not in run.stderr)


# ---------------------------------------------------------------- names


def name_cases(workdir: Path) -> Iterable[FaultCase]:
    names = {
        "GBK bytes (Windows zip)": "十大要点".encode("gbk") + b".txt",
        "javascript: scheme": b"javascript:alert(document.domain).txt",
        "# and % in the name": b"50% #1 report.txt",
        "formula name": b"=HYPERLINK(1).txt",
    }
    for label, raw in names.items():
        here = workdir / "names" / label.split()[0].strip(":#=")
        here.mkdir(parents=True, exist_ok=True)
        (Path(os.fsdecode(os.fsencode(here) + b"/" + raw))).write_bytes(SAMPLE.read_bytes())
        run = qa(["check", raw, "-o", "out", "--format", "csv,jsonl,html,xlsx"], here)
        out = os.fsencode(here / "out")
        written = sum(1 for n in os.listdir(out) if not n.startswith(b".")) if (here / "out").exists() else 0  # not the manifest
        yield case(f"qa check <{label}>", "checked (exit 0/1), 4 reports, no traceback", run,
                   checked(run) and written == 4, f"{written} reports")
    here = workdir / "names" / "audit"
    here.mkdir(parents=True)
    docs = here / "docs"
    docs.mkdir()
    for raw in names.values():
        Path(os.fsdecode(os.fsencode(docs) + b"/" + raw)).write_bytes(SAMPLE.read_bytes())
    run = qa(["audit", "docs", "-o", "out", "-q", "-j", "1"], here, timeout=300)
    yield case("qa audit folder of the four hostile names", "exit 0/1, no traceback", run, checked(run))
    raw = b"missing-" + names["GBK bytes (Windows zip)"]
    run = qa(["check", raw], here)
    yield case("qa check <missing GBK name>", ONE_LINE + ", name with U+FFFD", run, one_line_error(run, "\ufffd"))


# ---------------------------------------------------------------- XML and encodings


def xml_cases(workdir: Path) -> Iterable[FaultCase]:
    here = workdir / "xml"
    here.mkdir()
    decl = '<?xml version="1.0"?>'
    files = {
        "entity after a 200 KB comment": (decl + "<!--" + "x" * 200_000 + "-->" + ENTITY + XLIFF).encode(),
        "entity after a 200 KB processing instruction": (decl + "<?pad " + "x" * 200_000 + "?>" + ENTITY + XLIFF).encode(),
        "entity in UTF-32 without BOM": ('<?xml version="1.0" encoding="UTF-32"?>' + ENTITY + XLIFF).encode("utf-32-le"),
    }
    for i, (label, data) in enumerate(files.items()):
        (here / f"x{i}.xlf").write_bytes(data)
        run = qa(["check", f"x{i}.xlf", "-o", "out"], here)
        yield case(f"XLIFF: {label}", ONE_LINE + ", refused as unsafe", run, one_line_error(run, "refused as unsafe"))
    (here / "u16.xlf").write_bytes(('<?xml version="1.0" encoding="UTF-16"?>' + XLIFF.replace("&xxe;", "reading")).encode())
    run = qa(["check", "u16.xlf", "-o", "out"], here)
    yield case('XLIFF declaring encoding="UTF-16", written in ASCII', ONE_LINE, run, one_line_error(run, "UTF-16"))
    text = "长沙举办读书节。\n\nChangsha held a reading festival.\n\n会议强调落实。\n\nThe meeting stressed implementation.\n"
    (here / "stray.txt").write_bytes(text.encode().replace(b"Changsha", b"Chang\xe9sha"))
    run = qa(["check", "stray.txt", "-o", "out"], here)
    yield case("UTF-8 page with one stray byte", ONE_LINE + ", line and column named", run,
               one_line_error(run, "line 3, column 6"))
    (here / "gbk.txt").write_bytes(text.encode("gbk"))
    run = qa(["check", "gbk.txt", "-o", "out"], here)
    yield case("page wholly in GBK", "checked (exit 0/1)", run, checked(run))


# ---------------------------------------------------------------- configuration


def config_cases(workdir: Path) -> Iterable[FaultCase]:
    here = folder(workdir, "config")
    (here / "setup.cfg").write_text("[qa]\nignore = A, G, M, N, P, S, T, U\n", encoding="utf-8")
    run = qa(["check", "page.csv", "-o", "out"], here)
    yield case("planted setup.cfg ignoring every family", ONE_LINE, run, one_line_error(run, "every check off"))
    run = qa(["check", "page.csv", "-o", "out", "--isolated"], here)
    yield case("same, with --isolated", "checked, the wrong number found (exit 1)", run, run.code == 1)
    run = qa(["check", "page.csv", "-o", "out", "--select", "N"], here)
    yield case("same, with --select N", "N runs despite the file's ignore (exit 1)", run, run.code == 1)


# ---------------------------------------------------------------- outputs aimed at inputs


def _guarded(label: str, here: Path, args: list[str], protected: Path, timeout: float = 120) -> FaultCase:
    before = sha256_file(protected)
    run = qa(args, here, timeout)
    kept = sha256_file(protected) == before
    return case(label, ONE_LINE + ", input sha256 unchanged", run, one_line_error(run) and kept,
                "input unchanged" if kept else "INPUT OVERWRITTEN")


def overwrite_cases(workdir: Path) -> Iterable[FaultCase]:
    here = folder(workdir, "overwrite")
    (here / "out").mkdir()
    glossary = here / "out" / "page.csv"
    glossary.write_text(GLOSSARY.replace("\t", ","), encoding="utf-8")
    yield _guarded("qa check page.csv -o out --glossary out/page.csv", here,
                   ["check", "page.csv", "-o", "out", "--glossary", "out/page.csv"], glossary)
    config = here / "out" / "page.html"
    config.write_text("[qa]\nfail-on = minor\n", encoding="utf-8")
    yield _guarded("qa check page.csv -o out --config out/page.html", here,
                   ["check", "page.csv", "-o", "out", "--config", "out/page.html"], config)
    (here / "b.csv").write_text(PAGE.replace("5,786", "5,768"), encoding="utf-8")
    yield _guarded("qa compare page.csv b.csv --csv b.csv", here, ["compare", "page.csv", "b.csv", "--csv", "b.csv"], here / "b.csv")
    (here / "docs").mkdir()
    (here / "docs" / "page.csv").write_text(PAGE, encoding="utf-8")
    proposed = here / "out" / "glossary.proposed.tsv"
    proposed.write_text(GLOSSARY, encoding="utf-8")
    yield _guarded("qa audit docs -o out --glossary out/glossary.proposed.tsv", here,
                   ["audit", "docs", "-o", "out", "--glossary", "out/glossary.proposed.tsv", "-q", "-j", "1"], proposed, 300)
    page = here / "page.txt"
    page.write_bytes(SAMPLE.read_bytes())
    quote = "Changsha"
    add = qa(["corrections", "--ledger", "ledger.sqlite", "add", "--doc", "page.txt", "--quote", quote], here)
    if add.code != 0:
        yield case("qa corrections accept --rule --glossary page.txt", "set-up: add a report", add, False)
        return
    yield _guarded("qa corrections accept 1 --rule --glossary page.txt", here,
                   ["corrections", "--ledger", "ledger.sqlite", "accept", "1", "--fix", "Chang Sha", "--rule",
                    "--term", "长沙", "--glossary", "page.txt"], page)


SECTIONS: tuple[Callable[[Path], Iterable[FaultCase]], ...] = (
    device_cases, name_cases, xml_cases, config_cases, overwrite_cases,
)


def cases(workdir: Path) -> Iterable[FaultCase]:
    """Every input fault, section by section."""
    for section in SECTIONS:
        yield from section(workdir)
