"""Names the document's matcher never sees rendered but its English does name, in a form M106 reads.

qa.terminology.entities.never_rendered_names excuses a name the document mentions in
several pairs and renders in none (韦小宝 is "Trinket" throughout: a translation we
cannot see). The matcher knows only romanisations and dictionary names, so a country
the English calls "America" (美国) or "British" (英国) looks never rendered, and a pair
that leaves it out was excused with the rest. A name some pair's target does render
in a form the missing-entity check accepts (its meaning, its people's adjective, a
country form) is rendered: where another pair leaves it out, that is an omission.
"""

from __future__ import annotations

from qa.lang import gazetteer
from qa.lang.zh_names import NameMention


def rendered_somewhere(pairs, unrendered_by_pair: dict[str, list[NameMention]], never: frozenset[str],
                       glossary=None) -> frozenset[str]:
    """`never` (qa.terminology.entities.never_rendered_names) less the places some pair's target names by
    a form the matcher does not read: "America" for 美国, "the British government" for 英国政府."""
    from qa.terminology.country_forms import rendered_as_country_form
    from qa.terminology.english_forms import english_forms
    from qa.terminology.entity_missing import demonym_rendered, translated

    if not never:
        return never
    seen: set[str] = set()
    for pair in pairs:
        for mention in unrendered_by_pair.get(pair.id, ()):
            name = mention.forms[-1]
            if name not in never or name in seen or gazetteer.kind_of(name) != gazetteer.PLACE:
                continue
            if translated(mention, pair.target, glossary) \
                    or demonym_rendered(mention, pair.source, pair.target, glossary) \
                    or rendered_as_country_form(mention, english_forms(mention, glossary), pair.source, pair.target):
                seen.add(name)
    return never - frozenset(seen)
