"""`qa corrections import`: reports that came by e-mail become ledger reports; no message is dropped silently."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage
from pathlib import Path

from tests.conftest import BUNDLED_SAMPLE, assert_one_line_error, run_cli

from qa.workflows.corrections import Ledger

NAME = BUNDLED_SAMPLE.name


def message(sender: str, subject: str, body: str, html: str | None = None, cte: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "corrections@example.org", subject
    msg.set_content(body, cte=cte) if cte else msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg


def write_mbox(path: Path, messages: list[EmailMessage]) -> Path:
    box = mailbox.mbox(path)
    for msg in messages:
        box.add(msg)
    box.flush()
    box.close()
    return path


def test_messages_in_the_convention_become_reports_and_the_others_are_listed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / NAME).write_bytes(BUNDLED_SAMPLE.read_bytes())
    box = write_mbox(tmp_path / "inbox.mbox", [
        message("Li Wei <li.wei@example.org>", "See an error? https://news.example.org/" + NAME,
                f"Hello,\n\nPage: https://news.example.org/{NAME}\nQuote: county government\n"
                "Suggestion: County Government\nNote: in the summary\n\nThanks"),
        message("reader@example.org", "Chinese side", f"Page: {NAME}\nQuote: 王小明\nSuggestion: 王晓明\n",
                cte="quoted-printable"),
        message("news@example.org", "Weekly newsletter", "Nothing to see here."),
        message("a@example.org", "Wrong page", "Page: other.txt\nQuote: county government\nSuggestion: x\n"),
        message("b@example.org", "Not in the text", f"Page: {NAME}\nQuote: purple elephants dancing\nSuggestion: x\n"),
        message("c@example.org", "Outside", "Page: ../../etc/passwd\nQuote: root\nSuggestion: x\n"),
        message("d@example.org", "HTML mail", f"> Page: {NAME}\n> Quote: Wang Xiaoming\n> Suggestion: Wang Xiaoming (王小明)\n",
                html="<p>Page: elsewhere</p>"),
    ])
    single = tmp_path / "one.eml"
    single.write_bytes(bytes(message("e@example.org", "Half", f"Page: {NAME}\nQuote: county government\n")))
    result = run_cli("corrections", "--ledger", "l.sqlite", "import", str(box), str(single), "--documents", "docs")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 9 and lines[-1] == "3 report(s) recorded, 5 message(s) not recorded (listed above)"
    assert "message 1 from li.wei@example.org: recorded #1" in lines[0]
    assert "message 2 from reader@example.org: recorded #2" in lines[1]
    assert "'Weekly newsletter': not understood: no Page:, Quote:, Suggestion: line" in lines[2]
    assert "'Wrong page': not recorded: unknown document 'other.txt'" in lines[3]
    assert "'Not in the text': not recorded:" in lines[4] and "not in the document" in lines[4]
    assert "'Outside': not recorded: document must be a file name in the documents folder" in lines[5]
    assert "message 7 from d@example.org: recorded #3" in lines[6]
    assert "one.eml from e@example.org 'Half': not understood: no Suggestion: line" in lines[7]
    with Ledger(tmp_path / "l.sqlite") as ledger:
        items = ledger.list()
    assert [(i.quote, i.suggest, i.email, i.side) for i in items] == [
        ("county government", "County Government", "li.wei@example.org", "target"),
        ("王小明", "王晓明", "reader@example.org", "source"),
        ("Wang Xiaoming", "Wang Xiaoming (王小明)", "d@example.org", "target"),
    ]
    assert items[0].note == "in the summary" and items[0].page == f"https://news.example.org/{NAME}"


def test_a_missing_mailbox_is_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert_one_line_error(run_cli("corrections", "--ledger", "l.sqlite", "import", "absent.mbox"), "absent.mbox", "no such file")


def test_a_file_that_is_not_a_mailbox_is_listed_not_skipped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("Page: x\nQuote: y\nSuggestion: z\n", encoding="utf-8")
    result = run_cli("corrections", "--ledger", "l.sqlite", "import", "notes.txt")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "notes.txt: not understood: no message in it (an mbox file starts with a 'From ' line; name a single message *.eml)",
        "0 report(s) recorded, 1 message(s) not recorded (listed above)"]
