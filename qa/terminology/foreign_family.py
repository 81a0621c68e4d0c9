"""A foreign person's family name replaced beside the given name kept: 哈里·杜鲁门 "Harry Waters",
詹姆斯·艾利森 "James West" (M107).

The source writes the person with a name dot, so both halves are sure; the target keeps the given name
(it sounds like the first half) and puts in the family name's slot a word that sounds like nothing the
source or the document writes, while no word of the target sounds even faintly like the family name.
The faint-sound bar is far below the one that pairs a name with its transliteration: where the sound
model only half hears a real family name ("Juric" for 尤里奇), the pair is left alone.
"""

from __future__ import annotations

import re

from qa.lang import pinyin as py
from qa.lang.transliteration import SAME_NAME, phonetic_similarity, sounded_in_source
from qa.terminology.name_finder import ENGLISH_TITLES
from qa.terminology.stray_names import DOTTED_NAME, NOT_A_PERSON_WORD, EntityIssue
from qa.model import Pair
from qa.terminology.target_names import capitalised_runs

FAINT = 0.3  # below this, a word shares no sound worth the name with the family name (Waters / 杜鲁门: 0.0)


def family_replaced(pair: Pair, document_source: str = "") -> EntityIssue | None:
    """The first dotted name of the source whose given name the target writes and whose family name it
    replaces by a word heard nowhere in the source or the document."""
    runs = [run.split() for run in capitalised_runs(pair.target)]
    words = {w for run in runs for w in run}
    for name in DOTTED_NAME.findall(pair.source):
        parts = re.split("[·•‧・]", name.rstrip("的了和与在等是"))
        given, family = parts[0], parts[-1]
        if len(family) < 2 or any(phonetic_similarity(family, w) >= SAME_NAME for w in words):
            continue  # the family name is heard somewhere, or too short to judge (梅 "May")
        for run in runs:
            if len(run) < 2 or phonetic_similarity(given, run[-2]) < SAME_NAME or run[-2].lower() in ENGLISH_TITLES:
                continue  # the given name, then the family name's slot, ending the run
            stranger = run[-1]
            if NOT_A_PERSON_WORD.match(stranger) or len(stranger) < 3 or phonetic_similarity(family, stranger) >= FAINT:
                continue  # "Harry Potter Museum": no family name's slot; "Sturridge" half heard in 尤里奇
            if sounded_in_source(stranger, pair.source) or (document_source and sounded_in_source(stranger, document_source)) \
                    or _same_opening(family, stranger):
                continue
            shown = " ".join(run[-2:])
            return EntityIssue("replaced", "·".join(parts), shown, "",
                               f"the target names {shown!r}, whose family name sounds like nothing in the source")
    return None


def _same_opening(family: str, word: str) -> bool:
    """Both the family name and the word open with a vowel (埃诺 "Ayral", a French name): a spelling the sound
    model may simply miss, not another person to report. A shared consonant is no such excuse: 默克尔
    "Miller" and "Morris" are other people."""
    syllables = py.char_syllables(family[0])
    return word[:1].lower() in "aeiou" and any(s[:1] in "aeo" for s in syllables)
