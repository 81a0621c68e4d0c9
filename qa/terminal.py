"""Text from documents and readers made safe to print on a terminal.

A reader's report or a document can carry ANSI/OSC escape sequences (title
changes, clipboard writes, hidden text). Everything qa echoes from such
sources goes through `printable`, which shows control characters escaped and
the undecodable bytes of a file name as U+FFFD.
"""

from __future__ import annotations

import unicodedata


def printable(text: str) -> str:
    """`text` with every control or format character (but the emoji joiner) shown as an escape like \\x1b or \\u202e."""
    out = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":  # an undecodable byte of a file name (surrogateescape): shown, never an encode error
            out.append("\ufffd")
        elif category in ("Cc", "Cf", "Zl", "Zp") and char not in "\u200d":
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)
