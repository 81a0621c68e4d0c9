"""A small hand-made document and findings shared by the report and CLI tests.

The text is the project's own (not from any published page): a few
Chinese paragraphs with English translations that carry typical faults.
"""

from __future__ import annotations

from qa.model import Alignment, Document, Finding, Pair, Severity

PAIRS = (
    Pair("p0001", "", "Return to the Library", type="0-1", kind="furniture"),
    Pair("p0002", "今年全省共建成5768个村级服务站。", "This year the province built 5,786 village service stations."),
    Pair("p0003", "会议强调,要把“三个务必”落到实处。", "The meeting stressed that the “Three Musts” must be implemented implemented."),
    Pair("p0004", "代码示例:<script>alert(1)</script>", "Code sample: <script>alert(1)</script> & <b>bold</b>"),
    Pair("p0005", "长沙市举办了第三届读书节。", "Changsha held its third reading festival We promoted reading."),
    Pair("p0006", "这一段没有翻译。", "", type="1-0", kind="unmatched"),
)

DOC = Document(id="toy-doc", path="/nonexistent/toy-doc.txt")
ALIGNMENT = Alignment(DOC, PAIRS)


def finding(pair: Pair, check_id: str, check: str, category: str, severity: Severity, src="", tgt="", message="", suggestion=""):
    return Finding(check_id, check, category, severity, pair.id, pair.source, pair.target, src, tgt, message, suggestion, doc=DOC.id)


FINDINGS = [
    finding(PAIRS[1], "N201", "number-mismatch", "Accuracy/Mistranslation", Severity.MAJOR, "5768", "5,786",
            "Source number 5768 has no counterpart in the target; the target has 5,786.", "5,768"),
    finding(PAIRS[2], "P301", "repeated-word", "Fluency/Grammar", Severity.MINOR, "", "implemented implemented",
            "Word repeated: “implemented implemented”.", "implemented"),
    finding(PAIRS[3], "P302", "run-on-sentence", "Fluency/Punctuation", Severity.MINOR, "", "<script>alert(1)</script>",
            "Markup <script> in the target.", "remove <b>tags</b>"),
    finding(PAIRS[4], "P303", "missing-full-stop", "Fluency/Punctuation", Severity.MAJOR, "", "festival We",
            "Two sentences run together without a full stop.", "festival. We"),
    finding(PAIRS[5], "A101", "untranslated-paragraph", "Accuracy/Omission", Severity.CRITICAL, "这一段没有翻译。", "",
            "Source paragraph has no translation."),
]
