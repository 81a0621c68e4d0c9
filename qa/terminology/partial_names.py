"""A name the target writes in part: the given name without the surname ("General Secretary Jinping"),
a given name cut short ("Guo Sheng"), a surname spelt as another one ("Ling Keqiang" for 李克强).

Split from qa.terminology.name_renderings, which looks for the full names first.
"""

from __future__ import annotations

from qa.lang import pinyin as py
from qa.lang.en_words import joined
from qa.lang.zh_names import NameMention
from qa.terminology.name_finder import ENGLISH_TITLES, Finder, Match, suggest


def find_partial(mention: NameMention, finder: Finder, claimed: set[int]) -> list[Match]:
    """Given name without the surname ("General Secretary Jinping"), or a given name cut short ("Guo Sheng")."""
    form = mention.forms[-1]
    if not 2 <= len(form) <= 4:
        return []
    reads = py.readings(form, True)
    if not reads:
        return []
    n = py.surname_length(form)
    surname = [r.possible for r in reads[:n]]
    given_acc = [r.accepted for r in reads[n:]]
    toks = finder.tokens
    target = finder.target
    full = suggest(form, "person")
    out: list[Match] = []

    def is_surname(k: int) -> bool:
        return 0 <= k < len(toks) and py.match(py.fold(toks[k].text), surname) is not None

    # only windows that open with a syllable of the surname or of the given name can match below
    for i, j, folded in finder.starting_with(len(form), surname[0] | given_acc[0]):
        if any(k in claimed for k in range(i, j)):
            continue
        if is_surname(i) and j - i >= 2 and (cut := _truncated_given(mention, finder, (i, j), folded, given_acc, full)):
            out.append(cut)
            break
        # the given name alone, no surname on either side; a one-syllable given name
        # (李强 → "Qiang") only counts right after an English title ("Premier Qiang"),
        # since a lone syllable is too often an ordinary word or another name
        after_title = i > 0 and toks[i - 1].text.lower() in ENGLISH_TITLES and joined(target, toks, i - 1, i + 1)
        single = len(given_acc) == 1 and (mention.titled and after_title or _bare_single(mention, finder, i, j))
        if (len(given_acc) >= 2 or single) and py.match(folded, given_acc):
            before = i - 1 if i and joined(target, toks, i - 1, i + 1) else -1
            after = j if j < len(toks) and joined(target, toks, j - 1, j + 1) else -1
            if is_surname(before) or is_surname(after):
                continue
            if before >= 0 and (_another_surname(toks[before].text) or _one_syllable(toks[before].text)):
                # "Ling Keqiang" for 李克强, "Na Wei" for 倪伟: the surname is there, spelt otherwise
                span = target[toks[before].start : toks[j - 1].end]
                out.append(Match(mention, "misspelt", span, span, "misspelt:" + py.fold(span), full, before, (before, j)))
                break
            start = i  # keep a title written before the name in the span: "General Secretary Jinping"
            while start > 0 and toks[start - 1].capitalised and joined(target, toks, start - 1, start + 1) \
                    and not is_surname(start - 1):
                start -= 1
            if start == i and not mention.titled \
                    and _surname_translated(mention, [t.text for t in toks[max(0, i - 2) : i]]):
                continue  # 蟹农金伟 "crab farmer Jin Wei": 农 is the farmer; after a title (主任叶红专) 叶 is a surname
            span = target[toks[start].start : toks[j - 1].end]
            title = target[toks[start].start : toks[i].start]
            # a bare given name ("Ming said") is how familiar prose names someone the text has introduced:
            # the document view keeps it only where the full name has not come before
            status = "dropped-surname" if start < i or mention.titled else "given-name-only"
            out.append(Match(mention, status, span, span, "partial:" + folded, f"{title}{full}", start, (start, j)))
            break
    return out


def _truncated_given(mention: NameMention, finder: Finder, window: tuple[int, int], folded: str,
                     given_acc: list[frozenset[str]], full: str) -> Match | None:
    """A surname followed by only part of the given name ("Guo Sheng" for 郭晟明), where the word after the
    window does not go on with the rest of it."""
    (i, j), toks, target = window, finder.tokens, finder.target
    rest = py.fold("".join(t.text for t in toks[i + 1 : j]))
    longer = rest + py.fold(toks[j].text) if j < len(toks) and joined(target, toks, j - 1, j + 1) else ""
    for k in range(1, len(given_acc)):
        if py.match(rest, given_acc[:k]) and not (longer and any(py.match(longer, given_acc[:m])
                                                                 for m in range(k + 1, len(given_acc) + 1))):
            text = finder.text(i, j)
            return Match(mention, "truncated-given", text, text, "partial:" + folded, full, i, (i, j))
    return None


def _surname_translated(mention: NameMention, before: list[str]) -> bool:
    """The word before the given name translates the character taken for the surname, or the word
    before that one translates the character before it (蟹农金伟 → "crab farmer Jin Wei"): the
    character ends a word before the name, which has no surname in the source. Not the word right
    before for the character before: 名唤王成 is "called Wang Cheng"."""
    from qa.lang.en_words import same_word
    from qa.terminology.stand_ins import character_meanings

    def means(word: str, char: str) -> bool:
        return len(word) > 2 and bool(char) and any(same_word(m, word.lower()) for m in character_meanings(char))

    return bool(before) and (means(before[-1], mention.text[0]) or (len(before) > 1 and means(before[-2], mention.before)))


def _another_surname(word: str) -> bool:
    """A capitalised word that is the pinyin of a common surname (Ling, Jin, Dan)."""
    from qa.terminology.target_names import surname_syllables

    return word[:1].isupper() and not word.isupper() and py.fold(word) in surname_syllables()


def _one_syllable(word: str) -> bool:
    """A capitalised word of one pinyin syllable that is no title ("Na", "Ba"): a surname misspelt
    where it stands right before the given name."""
    return word[:1].isupper() and not word.isupper() and word.lower() not in ENGLISH_TITLES \
        and len(py.split_syllables(word) or ()) == 1


def _bare_single(mention: NameMention, finder: Finder, i: int, j: int) -> bool:
    """A one-syllable given name alone ("Ming" for 李明) counts only as one word, for a name we are sure
    of (qa.terminology.entities.strong_kind): a lone syllable is too often something else."""
    from qa.terminology.entities import strong_kind

    return j == i + 1 and strong_kind(mention, (1,)) == "person"
