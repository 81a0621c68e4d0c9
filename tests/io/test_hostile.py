"""Hostile and messy input: XML bombs and XXE, odd encodings, noise, big files, script in reports.

No timing thresholds here (speed belongs to bench/); a hang is caught by pytest-timeout.
"""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.fixtures.catbuild import po_bytes, xliff12_bytes
from qa.errors import InputError
from qa.io import read_document
from qa.io.safe_xml import check_xml_safe, parse_xml
from qa.model import Lang

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(300)  # a hang guard, not a speed requirement

# --------------------------------------------------------------------------- XML bombs and XXE

XLIFF_BODY = (
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
    '<file original="x" source-language="zh" target-language="en" datatype="plaintext"><body>'
    '<trans-unit id="1"><source>你好</source><target>{payload}</target></trans-unit>'
    "</body></file></xliff>"
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE xliff [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n"
    + XLIFF_BODY.format(payload="&lol9;")
)
QUADRATIC = '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "' + "A" * 50_000 + '">]>' + XLIFF_BODY.format(payload="&a;" * 50_000)


class _RecordingHandler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server API)
        type(self).hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY leaked "LEAKED-OVER-HTTP">')

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def listener():
    """A local HTTP server that records any request, standing in for an attacker's URL."""
    _RecordingHandler.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _RecordingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _RecordingHandler.hits
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def secret_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("secret") / "secret.txt"
    path.write_text("TOP-SECRET-MARKER")
    return path


def hostile_documents(url: str, secret: Path) -> dict[str, str]:
    return {
        "billion-laughs": BILLION_LAUGHS,
        "quadratic-blowup": QUADRATIC,
        "xxe-file": f'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file://{secret}">]>' + XLIFF_BODY.format(payload="&x;"),
        "xxe-passwd": '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + XLIFF_BODY.format(payload="&x;"),
        "xxe-http": f'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "{url}/xxe">]>' + XLIFF_BODY.format(payload="&x;"),
        "parameter-entity": f'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY % p SYSTEM "{url}/dtd"> %p;]>' + XLIFF_BODY.format(payload="&leaked;"),
        "after-comment": f'<?xml version="1.0"?><!-- hi --><!DOCTYPE xliff [\n<!entity x SYSTEM "{url}/lower">]>' + XLIFF_BODY.format(payload="&x;"),
    }


@pytest.mark.parametrize("suffix", [".xlf", ".tmx", ".xliff"])
@pytest.mark.parametrize(
    "name", ["billion-laughs", "quadratic-blowup", "xxe-file", "xxe-passwd", "xxe-http", "parameter-entity", "after-comment"]
)
def test_entity_attacks_are_refused_quickly_without_io(name, suffix, tmp_path, listener, secret_file):
    url, hits = listener
    text = hostile_documents(url, secret_file)[name]
    if suffix == ".tmx":
        text = text.replace("<!DOCTYPE xliff", "<!DOCTYPE tmx")
    path = tmp_path / f"{name}{suffix}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="entities") as info:
        read_document(path)
    message = str(info.value)
    assert "\n" not in message and "TOP-SECRET" not in message and "root:" not in message
    assert hits == []


def test_utf16_encoded_bomb_is_refused_too(tmp_path):
    path = tmp_path / "bomb16.xlf"
    path.write_bytes(BILLION_LAUGHS.replace('version="1.0"?>', 'version="1.0" encoding="UTF-16"?>', 1).encode("utf-16"))
    with pytest.raises(InputError, match="entities"):
        read_document(path)


def test_parser_itself_never_expands_or_fetches_even_without_the_prescan(listener, secret_file):
    """Defence in depth: the lxml parser settings alone keep the content out."""
    from lxml import etree

    from qa.io.safe_xml import safe_parser

    url, hits = listener
    for name, text in hostile_documents(url, secret_file).items():
        if name == "quadratic-blowup":
            continue
        try:
            root = etree.fromstring(text.encode(), parser=safe_parser())
        except etree.XMLSyntaxError:
            continue  # refusing is fine too
        content = etree.tostring(root, encoding="unicode")
        assert "TOP-SECRET" not in content and "lollollol" not in content and "root:x:0" not in content, name
    assert hits == []


def test_plain_doctype_without_entities_is_accepted():
    tmx = b'<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header srclang="zh"/><body/></tmx>'
    check_xml_safe(tmx)
    assert parse_xml(tmx).tag == "tmx"


def test_deeply_nested_xml_is_refused_not_a_stack_overflow(tmp_path):
    path = tmp_path / "deep.xlf"
    path.write_text(XLIFF_BODY.format(payload="<g>" * 100_000 + "x" + "</g>" * 100_000), encoding="utf-8")
    with pytest.raises(InputError):
        read_document(path)


def test_malformed_xml_gives_a_one_line_error():
    with pytest.raises(InputError, match="not well-formed") as info:
        parse_xml(b"<xliff><file></xliff>")
    assert "\n" not in str(info.value)


def test_prescan_of_a_large_file_reads_only_the_prolog(monkeypatch):
    """The safety check feeds the parser only up to the root's start tag, not the whole 10 MB."""
    import qa.io.safe_xml as safe_xml

    fed = []
    real = safe_xml.etree.XMLPullParser

    class Counting(real):
        def feed(self, data):
            fed.append(len(data))
            return super().feed(data)

    monkeypatch.setattr(safe_xml.etree, "XMLPullParser", Counting)
    big = xliff12_bytes([("你好", "Hello")]) + b"<!-- " + b"x" * 10_000_000 + b" -->"
    check_xml_safe(big)
    assert sum(fed) <= safe_xml.FEED_CHUNK


# --------------------------------------------------------------------------- encodings and noise

EN = "On February 2, the Central Political and Legal Affairs Committee held its annual meeting."
ZH = "2月2日，中央政法委召开年度工作总结暨部署大会。"
PAGE = f"{EN}\n\n{ZH}\n\nChen Yixin chaired the meeting and stressed five requirements.\n\n陈一新主持会议并强调五大要求。\n"


def paragraphs(path: Path) -> list[tuple[Lang, str]]:
    doc = read_document(path)
    return [(p.lang, p.text) for p in doc.paragraphs if not p.furniture]


EXPECTED = [
    (Lang.EN, EN),
    (Lang.ZH, ZH),
    (Lang.EN, "Chen Yixin chaired the meeting and stressed five requirements."),
    (Lang.ZH, "陈一新主持会议并强调五大要求。"),
]


@pytest.mark.parametrize(
    "encoding,data",
    [
        ("utf-8-bom", PAGE.encode("utf-8-sig")),
        ("utf-16-bom", PAGE.encode("utf-16")),
        ("utf-16-be-bom", b"\xfe\xff" + PAGE.encode("utf-16-be")),
        ("utf-16-le-no-bom", PAGE.encode("utf-16-le")),
        ("gb18030", PAGE.encode("gb18030")),
        ("crlf", PAGE.replace("\n", "\r\n").encode()),
        ("cr-only", PAGE.replace("\n", "\r").encode()),
        ("mixed-endings", f"{EN}\r\n\r\n{ZH}\n\n{EXPECTED[2][1]}\r\r{EXPECTED[3][1]}\n".encode()),
    ],
)
def test_encodings_and_line_endings_read_to_the_same_paragraphs(encoding, data, tmp_path):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(data)
    assert paragraphs(path) == EXPECTED


@pytest.mark.parametrize(
    "noise",
    ["\u200b", "\u200d", "\ufeff", "\u2060", "\x00", "\x07", "\x1b[31m", "\u202e"],
    ids=["zwsp", "zwj", "inner-bom", "word-joiner", "nul", "bell", "ansi-escape", "rtl-override"],
)
def test_zero_width_and_control_characters_give_a_clear_result(noise, tmp_path):
    """Either the text is read (with the noise out of the way of the language decision) or refused with InputError."""
    noisy = PAGE.replace("February", f"Feb{noise}ruary").replace("中央", f"中{noise}央")
    path = tmp_path / "noisy.txt"
    path.write_bytes(noisy.encode("utf-8"))
    try:
        got = paragraphs(path)
    except InputError as err:
        assert "\n" not in str(err)
        return
    assert [lang for lang, _ in got] == [Lang.EN, Lang.ZH, Lang.EN, Lang.ZH]
    assert "陈一新主持会议" in got[3][1]
    if noise in ZERO_WIDTH:  # invisible characters must not split words a check looks up
        assert "February" in got[0][1] and "中央" in got[1][1]


ZERO_WIDTH = {"\u200b", "\u200d", "\ufeff", "\u2060"}


def test_binary_and_empty_files_are_refused(tmp_path):
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\xef\xbb\xbf  \n\n")
    for path in (png, empty):
        with pytest.raises(InputError):
            read_document(path)


def test_xliff_in_utf16_and_po_in_gb18030_read_correctly(tmp_path):
    pairs = [(ZH, EN)]
    xlf = tmp_path / "u16.xlf"
    xlf.write_bytes(xliff12_bytes(pairs).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    assert [(p.source, p.target) for p in read_document(xlf).pairs] == pairs
    po = tmp_path / "gb.po"
    po.write_bytes(po_bytes(pairs).decode().replace("charset=UTF-8", "charset=GB18030").encode("gb18030"))
    assert [(p.source, p.target) for p in read_document(po).pairs] == pairs


# --------------------------------------------------------------------------- size: bounded memory

SIZE_PROBE = r"""
import json, resource, sys, time, tracemalloc
from pathlib import Path
from qa.io import read_document
read_document  # imports done before measuring
results = {}
for name in sys.argv[1:]:
    # Many small objects: peak RSS growth (tracemalloc would slow the read 4x).
    # One huge paragraph: tracemalloc's exact peak, since RSS growth hides under import-time peaks.
    exact = name.endswith("long-paragraph.txt")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if exact:
        tracemalloc.start()
    start = time.perf_counter()
    doc = read_document(Path(name))
    seconds = time.perf_counter() - start
    if exact:
        peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    else:
        peak_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    results[name] = {
        "seconds": seconds,
        "peak_growth_mb": peak_mb,
        "paragraphs": len(doc.paragraphs),
        "longest": max(len(p.text) for p in doc.paragraphs),
    }
print(json.dumps(results))
"""


def make_big_page(path: Path, megabytes: float) -> int:
    """An interleaved page of `megabytes` MB, written in chunks (never built whole in memory)."""
    unit = f"{EN}\n\n{ZH}\n\n".encode()
    count = int(megabytes * 2**20) // len(unit)
    with path.open("wb") as out:
        for _ in range(count // 1000):
            out.write(unit * 1000)
        out.write(unit * (count % 1000))
    return count * 2


def make_long_paragraph_page(path: Path, megabytes: float = 1.0) -> int:
    """One English paragraph and one Chinese paragraph of about `megabytes` MB each."""
    en = (EN + " ") * int(megabytes * 2**20 // (len(EN) + 1))
    zh = ZH * int(megabytes * 2**20 // len(ZH.encode()))
    path.write_text(f"{en.strip()}\n\n{zh}\n", encoding="utf-8")
    return len(zh)


@pytest.fixture(scope="module")
def size_results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    big, long = folder / "five-mb.txt", folder / "long-paragraph.txt"
    expected = {"big": make_big_page(big, 5), "long": make_long_paragraph_page(long)}
    run = subprocess.run(
        [sys.executable, "-c", SIZE_PROBE, str(big), str(long)], capture_output=True, text=True, timeout=120, cwd=REPO
    )
    assert run.returncode == 0, run.stderr[-2000:]
    results = json.loads(run.stdout)
    return results[str(big)], results[str(long)], expected, big.stat().st_size, long.stat().st_size


def test_five_mb_page_reads_in_bounded_memory(size_results):
    big, _, expected, size, _ = size_results
    assert big["paragraphs"] == expected["big"]
    # RSS growth over the post-import peak: an upper-bound check (measured 7-36 MB for 5 MB).
    assert big["peak_growth_mb"] < 15 * size / 2**20


def test_one_megabyte_paragraph_is_one_paragraph_in_bounded_memory(size_results):
    _, long, expected, _, size = size_results
    assert long["paragraphs"] == 2
    assert long["longest"] >= expected["long"]
    assert 0 < long["peak_growth_mb"] < 20 * size / 2**20  # measured about 15x (31 MB for the 2 MB file)


def test_file_over_the_size_limit_is_refused_without_reading(tmp_path):
    from qa.io import MAX_BYTES

    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(MAX_BYTES + 1)  # sparse: no disk, no memory
    with pytest.raises(InputError, match="limit"):
        read_document(path)


# --------------------------------------------------------------------------- HTML report safety in a browser

PAYLOADS = {
    "script": "<script>window.__pwned = 'script'; alert('script')</script>",
    "img": "<img src=x onerror=\"window.__pwned='img'; alert('img')\">",
    "link": '<a href="javascript:window.__pwned=\'link\';alert(1)">click me</a>',
    "entity": "&lt;b&gt;bold&lt;/b&gt; &amp; &#x3c;script&#x3e;",
    "svg": "<svg onload=\"window.__pwned='svg'\"></svg>",
    "breakout": "</textarea></script><script>window.__pwned='breakout'</script>",
}


def hostile_alignment_and_findings():
    from qa.model import Alignment, Document, Finding, Pair, Severity

    pairs = []
    findings = []
    for n, (name, payload) in enumerate(PAYLOADS.items(), start=1):
        pair = Pair(id=f"u{n:04d}", source=f"第{n}段 {payload}", target=f"Paragraph {n} {payload}", unit_id=name)
        pairs.append(pair)
        findings.append(
            Finding(
                check_id="X999",
                check="hostile",
                category="Accuracy/Mistranslation",
                severity=Severity.MAJOR,
                pair_id=pair.id,
                source=pair.source,
                target=pair.target,
                source_span=payload,
                target_span=payload,
                message=f"message {payload}",
                suggestion=payload,
                doc="hostile",
            )
        )
    doc = Document(id="hostile", path="hostile.txt", pairs=tuple(pairs), fmt="tsv")
    return Alignment(doc=doc, pairs=tuple(pairs)), findings


def test_html_report_shows_hostile_text_and_runs_none_of_it(browser, tmp_path):
    report = pytest.importorskip("qa.report")
    alignment, findings = hostile_alignment_and_findings()
    [html_path] = report.write_reports(alignment, findings, tmp_path, ["html"])
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(html_path.as_uri())
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)  # let any onerror/onload handler fire if one slipped through
    for link in page.locator("a").all():  # clicking every link must not run code either
        if link.is_visible():
            link.click(no_wait_after=True)
    page.wait_for_timeout(100)
    assert dialogs == []
    assert page.evaluate("window.__pwned === undefined")
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert not any(h.strip().lower().startswith("javascript:") for h in hrefs)
    assert page.eval_on_selector_all("img, svg[onload], iframe, object, embed", "els => els.filter(e => e.outerHTML.includes('__pwned')).length") == 0
    text = page.inner_text("body")
    for payload in PAYLOADS.values():
        assert payload in text  # shown exactly as written, entities not decoded
    assert all(url.startswith(("file:", "data:", "about:")) for url in requests), requests
    page.close()
