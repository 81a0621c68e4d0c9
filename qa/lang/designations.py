"""Designations written in Latin letters and digits (H5N6, G586, MH370, F-35C, PM2.5): English copies them.

A figure glued to Latin letters is no figure of its own (qa.checks.numbers_exempt.designation): the
designation as a whole is what the translation keeps, and a changed or lost one is a wrong strain, train,
flight or model. Only designations that open with letters count: a figure with its unit (7cm, 18mm,
3K) or a generation (5G, 4K) opens with digits, and English may spell those out. On the five clean
corpora the sources hold 63 such designations; the English writes all but 3, which it left out.
"""

from __future__ import annotations

import re
import unicodedata

from qa.lang.number_mention import NumberMention
from qa.lang.numbers import find_numbers

_DESIGNATION = re.compile(
    r"(?<![A-Za-z0-9.\-])[A-Za-z]+(?:-?[0-9]+(?:\.[0-9]+)?[A-Za-z]*)+(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9%])")
# A currency before its amount (RMB100, US5, HK$…) is a sum, which the number checks read; B2B, P2P, O2O
# read "to", and English may spell them out.
_CURRENCIES = frozenset("rm rmb usd us hk hkd eur gbp jpy cny sgd aud cad nt ntd krw inr rs".split())
_TO = re.compile(r"[A-Za-z]2[A-Za-z]")


def designations(text: str) -> list[NumberMention]:
    """The designations of `text` that open with letters, as number mentions of kind "designation" (the
    value is the first figure's, for ordering; the text is what is compared)."""
    out = []
    for m in _DESIGNATION.finditer(text):
        word = m.group()
        if re.match(r"[A-Za-z]+", word).group().lower() in _CURRENCIES or _TO.fullmatch(word):
            continue
        out.append(NumberMention(float(re.search(r"[0-9]+", word).group()), word, m.start(), m.end(), "designation"))
    return out


def written_in(designation: str, text: str) -> bool:
    """`text` writes the designation, in any case and with a space, hyphen or stop between its characters or
    not ("Mate40" as "Mate 40", "F35C" as "F-35C", "WiFi6" as "Wi-Fi 6", "CO2" as "CO₂")."""
    pattern = r"[\s\-.]?".join(re.escape(ch) for ch in designation if ch.isalnum())
    return re.search(rf"(?<![A-Za-z0-9]){pattern}(?![A-Za-z0-9])", unicodedata.normalize("NFKC", text),
                     re.IGNORECASE) is not None


def kept_in(designation: NumberMention, text: str) -> bool:
    """The English keeps the designation: written as it is (`written_in`), or its figure given in digits or words
    ("Group of 20" for G20, "Terminal 3" for T3, "first quarter" for Q1, "flight 5735" for MU5735), or a name of
    three letters or more in it ("Covid" of COVID-19). Only a designation whose figure and name are both gone
    is lost: English spells many out."""
    if written_in(designation.text, text):
        return True
    figures = [float(f) for f in re.findall(r"[0-9]+(?:\.[0-9]+)?", designation.text)]
    given = {v for n in find_numbers(text, "en") for v in n.values}
    if any(f in given for f in figures):
        return True
    return any(re.search(rf"\b{w}\b", text, re.IGNORECASE) for w in re.findall(r"[A-Za-z]{3,}", designation.text))


def same_kind(a: str, b: str) -> bool:
    """Two designations with the same letters and other figures: H7N9 for H5N6, G586 for G568, not "under-17"
    for Q1. A changed designation keeps its letters; a word with a figure after it is no designation of it."""
    return re.sub(r"[^A-Za-z]", "", a).lower() == re.sub(r"[^A-Za-z]", "", b).lower() and a.lower() != b.lower()
