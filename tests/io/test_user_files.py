"""Files the user names: only regular files, never more than the limit; names and text safe to print."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qa.errors import InputError
from qa.io.files import read_user_file, shown
from qa.terminal import printable


def test_a_device_is_refused_without_reading_it():
    with pytest.raises(InputError, match="not a regular file"):
        read_user_file("/dev/zero", "glossary")


def test_a_fifo_without_a_writer_is_refused_not_waited_on(tmp_path: Path):
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_user_file(fifo, "document")


def test_a_folder_and_a_missing_file_get_their_own_messages(tmp_path: Path):
    with pytest.raises(InputError, match="is a folder"):
        read_user_file(tmp_path)
    with pytest.raises(InputError, match="does not exist"):
        read_user_file(tmp_path / "absent.txt")


def test_the_limit_counts_bytes_read(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_bytes(b"x" * 2049)
    with pytest.raises(InputError, match="larger than"):
        read_user_file(page, limit=2048)
    assert read_user_file(page, limit=4096) == b"x" * 2049


def test_an_undecodable_file_name_is_shown_with_replacement_characters():
    assert shown(b"/archive/\xd6\xd0\xce\xc4.txt") == "/archive/\ufffd\ufffd\ufffd\ufffd.txt"


def test_terminal_escapes_are_printed_as_escapes():
    osc_clipboard = "Zhang\x1b]52;c;ZXZpbA==\x07 Anjun\u202e"
    assert printable(osc_clipboard) == "Zhang\\x1b]52;c;ZXZpbA==\\x07 Anjun\\u202e"
    assert printable("长安君 Chang'an Jun") == "长安君 Chang'an Jun"


def test_undecodable_name_bytes_print_as_replacement_characters():
    assert printable("page-\udcca\udcae.txt") == "page-\ufffd\ufffd.txt"
