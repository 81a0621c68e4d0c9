"""A place no dictionary knows standing where the source names a province or city: "a female of Palu,
Liaoning" for 辽宁省鞍山市, "Palu Metro Company" for 合肥市轨道公司 (M107).

Most places in the news are in no dictionary, so a place put in another's stead is often one CC-CEDICT
cannot name either; what tells it from a spelling of the source's own place is that it shares no
syllable with any reading of it.
"""

from __future__ import annotations

from qa.lang import gazetteer
from qa.lang import pinyin as py
from qa.lang.en_dictionary import is_english_word
from qa.lang.zh_names import NameMention
from qa.terminology.entities import strong_kind
from qa.terminology.stray_names import EntityIssue, replaced_issue
from qa.terminology.target_names import NameRun


def unknown_place(run: NameRun, candidates: list[NameMention], used: set[str], glossary) -> EntityIssue | None:
    """The run, one word of two pinyin syllables or more that CC-CEDICT does not know and no span of the
    source reads (the caller has asked), replaces the first of the `candidates` (the pair's places left
    unrendered or rendered fewer times than written) that is a Chinese province or city CC-CEDICT knows and shares
    no syllable with it. A person's name, a hyphened word or an English word ("Reading") is none."""
    if run.known_as or run.person_shaped or run.place_word or not run.syllables or len(run.syllables) < 2 \
            or " " in run.text or "-" in run.text or is_english_word(run.text.lower()):
        return None
    for mention in candidates:
        if mention.text in used or strong_kind(mention, (1, 2)) != gazetteer.PLACE \
                or not any(gazetteer.city_or_larger(form) for form in mention.forms) \
                or any(gazetteer.is_country(form) for form in mention.forms):
            continue  # a country stands against a foreign word that only looks like pinyin ("Takeshi", "Mueang")
        heard = {s for form in mention.forms for ch in form for s in py.char_syllables(ch)}
        if heard & set(run.syllables):
            return None  # "Anshang" for 鞍山: its own name spelt another way, which M104 judges
        return replaced_issue(run, mention, glossary)
    return None
