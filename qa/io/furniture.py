"""Page chrome that is not translation content: share links, "PDF", "Return to…".

Web pages copied as text carry navigation, share buttons, download links and a
citation block. They must not be paired or checked, but they must not vanish
either: they become one-sided pairs marked "furniture".
"""

from __future__ import annotations

import re

from qa.model import Lang, Paragraph

_CHROME = re.compile(
    r"""^(?:
        (?:facebook|twitter|linkedin|email|e-mail|print|copy\s*link|wechat|weibo|whatsapp|reddit|share)+
      | pdf | original\s+text | english\s+text | chinese\s+text | (?:back\s+)?to\s+top | top
      | return\s+to\b.* | back\s+to\b.* | see\s+an\s+error\b.* | view\s+the\s+(?:translated|original)\b.*
      | cite\s+this\s+page | download\b.* | share\s+this\b.* | related\b.{0,30} | tags?:.* | source:.*
      | 返回.{0,12} | 分享.{0,12} | 打印 | 下载.{0,12} | 原文 | 译文 | 来源[:：].*
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_SENTENCE_END = re.compile(r"[.!?。！？”\"’)）]\s*$")


def is_chrome(paragraph: Paragraph) -> bool:
    """Navigation and share links, recognised by their wording or by having no words at all."""
    return paragraph.lang is Lang.OTHER or bool(_CHROME.match(paragraph.text.strip()))


def is_fragment(paragraph: Paragraph) -> bool:
    """A line that is not prose: no sentence end and (for English) only a few words.

    Used only at the edges of a page, where such lines are headers, bylines and
    citations rather than translation content.
    """
    text = paragraph.text.strip()
    if _SENTENCE_END.search(text):
        return False
    if paragraph.lang is Lang.EN:
        return len(text.split()) <= 12 or not re.search(r"[.!?]\s", text)
    return len(text) <= 40
