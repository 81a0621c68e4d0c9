"""What in the target may stand for a source entity it does not name: a pronoun, "the city", or a
capitalised word we cannot read (a spelling we do not know).

An entity of the source with no rendering is reported missing (M106) only when
nothing here could be it. Each stand-in must be free to be one: "the country"
that translates the source's own 国家, "there" in "there were doubts", or a
plural ("provinces such as Hubei") refers to no dropped name; an unknown word
that another unrendered name of the source spells ("Xinhuanet" for 新华网) or a
name the target gives another entity ("Lahey" for 莱希) is taken.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from qa.lang import gazetteer
from qa.lang import pinyin as py
from qa.lang.en_dictionary import is_english_word
from qa.lang.en_words import english_tokens
from qa.lang.zh_names import NameMention
from qa.model import Pair
from qa.terminology.place_references import place_referred_to
from qa.terminology.pronoun_roles import HE as _HE
from qa.terminology.pronoun_roles import SHE as _SHE
from qa.terminology.pronoun_roles import ZH_HE as _ZH_HE
from qa.terminology.pronoun_roles import ZH_SHE as _ZH_SHE
from qa.terminology.pronoun_roles import placed_pronoun, possessives_apart, said_as_name
from qa.terminology.target_names import reading_spans

BODY_REFERENCES = frozenset(
    "ministry company agency bureau commission committee department university group association newspaper "
    "paper council office administration government authority institute academy court party treasury".split()
)


def _words(target: str) -> set[str]:
    return {t.text.lower() for t in english_tokens(target)}


def referred_to(kind: str, mention: NameMention, pair: Pair) -> bool:
    """Something in the target may stand for an entity of this kind: a pronoun for a person, "the city"
    for a place (qa.terminology.place_references), "the ministry" for a body."""
    words = _words(pair.target)
    if kind == gazetteer.PERSON:
        return spare_pronoun(pair, mention)
    if kind != gazetteer.PLACE:  # "the ministry", "this company"; not "it" (mostly no body) nor "government" alone
        return any(_refers(f"(?i:{word})", pair.target) for word in words & BODY_REFERENCES)
    return place_referred_to(mention, pair.source, pair.target)


_ZH_SELF = re.compile(r"自己|自个|其(?=[^他中实次余])")


def spare_pronoun(pair: Pair, mention: NameMention | None = None) -> bool:
    """A personal pronoun of the target that no pronoun of the source accounts for, so it may be a
    person the target does not name: 他说 → "he said" accounts for "he"; 李明说 → "he said" leaves it
    spare. Counted by gender (他 "he", 她 "she"); 自己 and 其 may be either. For a Chinese name whose
    given name is clearly a man's or a woman's (吴佩珍), only a pronoun of that gender may be it: a
    spare "his" is no 吴佩珍."""
    if _NAME_ITSELF.search(pair.target) and (mention is None or said_as_name(mention, pair)):
        return True  # "mentioned my name" for 提到王二: the narrator's name, said without saying it
    if mention is not None and _opens_both(mention, pair):
        return True
    tokens = [t.text.lower() for t in english_tokens(pair.target)]
    he, she = sum(t in _HE for t in tokens), sum(t in _SHE for t in tokens)
    his, zh_his = possessives_apart(mention, pair)  # a bare object ending its clause is no "his"
    spare_he = max(he - his - (len(_ZH_HE.findall(pair.source)) - zh_his), 0)
    spare_she = max(she - len(_ZH_SHE.findall(pair.source)), 0)
    selves = len(_ZH_SELF.findall(pair.source))
    gender = name_gender(mention.forms[-1]) if mention is not None else ""
    if mention is not None and pair.source.count(mention.text) >= 2:
        # Named twice: English may say "he" the second time, but that is one pronoun more than the source's
        # own 他/她 and 自己 account for (张光军…，他说张光军… → "he said the official": no spare "he").
        mine = {"male": spare_he, "female": spare_she}.get(gender, spare_he + spare_she)
        counted = mine - selves >= 1
    elif gender:
        counted = (spare_he if gender == "male" else spare_she) > selves
    else:
        counted = spare_he + spare_she > selves
    # and one such pronoun where the name stands, of the form its place in the clause takes (pronoun_roles)
    return counted and (mention is None or placed_pronoun(mention, pair, gender))


_OPENING_PRONOUN = re.compile(r"\W*(?:He|She)\b")


def _opens_both(mention: NameMention, pair: Pair) -> bool:
    """The name opens the source and "He" or "She" opens the target: the subject said as a pronoun,
    whatever later 他 the English folds into a verb (特莱克·佩林于周一…被捕，他被指控… → "He was arrested
    … and charged")."""
    opening = re.match(r"[\W\d_]*", pair.source).end()
    given = pair.source[opening : mention.start]  # 特莱克· before 佩林: the foreign name's first part
    pronoun = _OPENING_PRONOUN.match(pair.target)
    end = mention.start + len(mention.text)
    if pronoun is None or pair.source[end : end + 1] in ("的", "之"):
        return False  # 吴佩珍的丈夫 "He …": the pronoun is the husband
    gender = name_gender(mention.forms[-1])
    if gender and gender != ("male" if pronoun.group().strip(" \"'“‘(").startswith("He") else "female"):
        return False  # 吴佩珍 is no "He"
    return given == "" or re.fullmatch(r"[\u4e00-\u9fff]{1,6}[·•・]", given) is not None


GENDER_CERTAINTY = 0.9  # ngender's probability: 吴佩珍 0.97 female, 余占鳌 0.97 male; 任溶溶 0.85 is left unsure


@lru_cache(maxsize=4096)
def name_gender(name: str) -> str:
    """"male" or "female" when the given name of a Chinese personal name is clearly one (ngender's
    character frequencies of 20 million names); "" for a foreign name, a name too short, or a doubt."""
    from qa.lang.transliteration import looks_transliterated

    if not 2 <= len(name) <= 4 or not all("\u4e00" <= ch <= "\u9fa0" for ch in name) or looks_transliterated(name):
        return ""
    import ngender

    guess, certainty = ngender.guess(name[py.surname_length(name) - 1:] if py.surname_length(name) == 2 else name)
    return guess if guess in ("male", "female") and certainty >= GENDER_CERTAINTY else ""


_NAME_ITSELF = re.compile(r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Yy]our|[Tt]heir|[Ww]hose)\s+(?:own\s+)?(?:full\s+)?names?\b")


def _refers(word: str, target: str) -> bool:
    """The word refers back in the target: "the ministry", "this company"; not "a company" (any company),
    nor the head of another body's name ("the Department of Education" is no 新华社)."""
    return _reference_to(word).search(target) is not None


@lru_cache(maxsize=256)
def _reference_to(word: str) -> re.Pattern:
    """`_refers`'s pattern for one word, compiled once (it is asked for per mention and pair)."""
    return re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|whole|entire)\s+(?:[a-z-]+\s+)?{word}\b"
                      rf"(?!\s+(?:of|for|on)\s+(?:the\s+)?(?!{_WHEN}\b)[A-Z])")


# A day or month after "on"/"for" dates what the body did ("The agency on Wednesday reported"): no other body's name.
_WHEN = ("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
         "August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")


def unexplained_words(pair: Pair, claimed: set[int]) -> list[str]:
    """Capitalised words of the target that are no English word, no part of a name the analysis matched,
    and no reading of the source: a name we cannot account for ("Ri Yong Ho", "Sinopec", "ECNS") may be
    the missing entity under a spelling we do not know. A hyphenated word of English words
    ("Parent-Child", "Five-Year") is no name, nor a word written next to a matched name: it is part of
    that name ("Shuji" of "Shuji Nakamura", where 中村 was matched)."""
    out = []
    tokens = english_tokens(pair.target)
    for k, token in enumerate(tokens):
        word = token.text
        if k in claimed or not word[:1].isupper() or is_english_word(word) or len(word) < 2:
            continue
        if any(n in claimed and 0 <= n < len(tokens) and pair.target[min(tokens[n].end, token.end) :
                                                                     max(tokens[n].start, token.start)] == " "
               for n in (k - 1, k + 1)):
            continue
        if "-" in word and all(is_english_word(part) or not part for part in word.split("-")):
            continue
        if "-" in word and gazetteer.kind_of(next(iter(gazetteer.named_by(word.split("-")[0])), "")) == gazetteer.PLACE:
            continue  # "Guangdong-Hong" of "the Guangdong-Hong Kong-Macau Greater Bay Area": places joined
        if word.isupper() or not reading_spans(py.fold(word), pair.source):
            out.append(word)
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())


def spelt_by_other(word: str, others: list[NameMention], names_of: Callable[[NameMention], list[str]]) -> bool:
    """Another entity of the source accounts for the word: it opens with a reading of that entity's first
    two characters ("Xinhuanet" for 新华网), is the initials of one of its English names ("UAE" for 阿联酋,
    United Arab Emirates), or is a word of one of its English names ("Tsinghua" of Tsinghua University,
    "Lahey" where the sound model paired 莱希 with it). `names_of(mention)` gives a mention's English names."""
    folded = py.fold(word)
    for other in others:
        names = names_of(other)
        if word.isupper() and any(_initials(n) == word for n in names):
            return True
        if any(word.lower() in (w.lower() for w in re.findall(r"[A-Za-z]+", n)) for n in names):
            return True
        text = other.text
        if len(text) >= 2 and len(folded) >= 4 and any(folded.startswith(a + b) for a in py.char_syllables(text[0])
                                                       for b in py.char_syllables(text[1])):
            return True
    return False


def may_stand_for(kind: str, mention: NameMention, words: list[str], names: list[str]) -> bool:
    """Unknown capitalised words that may be the entity under a spelling we do not know. A body: any, or
    when its English name is known, an acronym of its initials or a spelling of its characters.
    A person: a word not in capitals, or the initials of the name's pinyin ("OSM" for 欧诗漫). A country:
    an acronym (DPRK; CRRC for 中国中车) or a word that sounds like it; its names are known, and "Zarif"
    is none. Another place: the initials of its names; a foreign place any acronym ("MSP" for 苏格兰) and, when
    English has a name for it, only a word spelt like that name ("Marubeni" is no Tokyo: `_spelling_of`); a
    Chinese place only a word spelt in pinyin syllables: "GDP", "CPPCC" or "Guajardo" is no Beijing."""
    if kind == gazetteer.PERSON:
        initials = {"".join(s[0] for s in r).upper() for r in _readings(mention.text)}
        return any((not w.isupper() and not _joined_to_english(w)) or w in initials or _sounds_like(mention.text, w)
                   for w in words)
    if kind != gazetteer.PLACE:  # a body the dictionary names in English: its acronym or its pinyin
        return any(_body_word(mention, w, names) for w in words) if names else bool(words)
    initials = {_initials(n) for n in names}
    if gazetteer.is_country(mention.text):  # a country has names everyone knows: "Zarif" is none of them,
        # nor an acronym that is none of its forms ("DPRK" is no Singapore, "SUV" no America, "CPI" no China),
        # save a body's name ending with the country ("PICC", People's Insurance Company of China, for 中国人保)
        from qa.terminology.country_forms import demonyms

        forms = initials | {n.replace(".", "") for n in names if n.replace(".", "").isupper()}
        heads = {w[:1] for n in list(names) + list(demonyms(tuple(names))) for w in n.split() if w[:1].isupper()}
        return any(w in forms or (w.isupper() and _ends_with_initial(w, heads))
                   or (_TIME_ZONE.fullmatch(w) is not None and w[0] in heads)
                   or _sounds_like(mention.text, w)
                   for w in words)
    foreign = _looks_foreign(mention.text) and not any(reading_spans(py.fold(n), mention.text) for n in names)
    return any(w in initials or (foreign if w.isupper() else (foreign and _spelling_of(w, names)) or py.split_syllables(w))
               for w in words)


SPELLING_SIMILARITY = 0.6  # Hannover for Hanover, Göteborg for Gothenburg; not Marubeni for Tokyo


def _spelling_of(word: str, names: list[str]) -> bool:
    """The word may be a foreign place's name under another spelling: any word when no English name is known,
    else one spelt like one of them ("Tokio" for Tokyo). A place with a name English knows is not stood for
    by an unrelated word: "Marubeni" (丸红) is no Tokyo (东京)."""
    from difflib import SequenceMatcher

    return not names or any(SequenceMatcher(None, py.fold(word), py.fold(n)).ratio() >= SPELLING_SIMILARITY
                            for n in names)


# A time zone's acronym opens with its country's initial (BST: British Summer Time; JST: Japan Standard Time).
_TIME_ZONE = re.compile(r"[A-Z][SD]T")


def _ends_with_initial(acronym: str, heads: set[str]) -> bool:
    """A part of the acronym of four letters or more ends with one of the country's initials: a body's
    name ending "of China" (PICC) or "of Korea" (DPRK). An acronym merely opening with one ("CPI", "CSI",
    "SUV") is any body's or thing's."""
    return any(len(part) >= 4 and part[-1:] in heads for part in acronym.split("-") if part)


def _joined_to_english(word: str) -> bool:
    """A hyphenated word with an English part ("Gorges-Gezhouba"): part of a place's or a body's name."""
    return "-" in word and any(is_english_word(part) for part in word.split("-") if part)


def _body_word(mention: NameMention, word: str, names: list[str]) -> bool:
    """The word may be the body: an acronym opening with an initial of its English names or of its
    pinyin (CRRC for 中国中车), holding the initials of one (ECNS for ChinaNews), or one its dictionary
    entry gives (SARFT); a spelling of some of its characters ("Xinhuanet"), or its sound."""
    from qa.lang import cedict

    initials = {w[0] for n in names for w in re.findall(r"[A-Z][a-z]*", n)}
    initials |= {s[0].upper() for s in py.char_syllables(mention.text[0])}
    if word.isupper():
        whole = {"".join(re.findall(r"[A-Z]", n)) for n in names}
        given = {a for g in cedict.english_glosses(mention.text) for a in re.findall(r"\b[A-Z]{2,}\b", g)}
        return word[0] in initials or word in given or any(len(a) >= 2 and a in word for a in whole)
    folded = py.fold(word)
    return any(folded.startswith(s) for s in py.char_syllables(mention.text[0])) or _sounds_like(mention.text, word)


@lru_cache(maxsize=1)
def _names_by_opening() -> dict[str, tuple[str, ...]]:
    """First words of the English names CC-CEDICT gives its entities, by their headwords' first two
    characters: 北 → 北京 gives "Peking" (Peking University, 北京大学), the form a body's name keeps.
    Built once into the per-user cache (walking CC-CEDICT costs half a second)."""
    from importlib.metadata import version

    from qa.lang import cedict

    return cedict.derived(f"names-by-opening-1-pycountry-{version('pycountry')}", _build_names_by_opening)


def _build_names_by_opening() -> dict[str, tuple[str, ...]]:
    from qa.lang import cedict

    out: dict[str, set[str]] = {}
    for entry in cedict.entries():
        word = entry["simplified"]
        if len(word) >= 3 and entry["pinyin"][:1].isupper():
            for name in gazetteer.english_names(word):
                first = name.split()[0]
                if first[:1].isupper() and len(first) >= 4 and _rare(first) \
                        and not any(gazetteer.is_country(w) for w in gazetteer.named_by(first)):
                    out.setdefault(word[:2], set()).add(first)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _rare(word: str) -> bool:
    """No common English word ("University", "National", "Chinese"): a name's own form ("Peking")."""
    from qa.lang.en_dictionary import usage_frequency

    return usage_frequency(word) < RARE


RARE = 1e-6  # pyspellchecker's usage frequency: "china" (porcelain) 1.8e-6, "peking" 5e-7


def older_spelling(target: str, mention: NameMention) -> bool:
    """A capitalised word of the target opens the English name of an entity whose Chinese opens with the
    mention, and is no pinyin of it: "Peking" for 北京 (Peking Union Medical College Hospital, 北京协和医院)."""
    text = mention.text
    opening = _names_by_opening().get(text[:2], ()) if len(text) >= 2 else ()
    return any(t.capitalised and t.text in opening and not reading_spans(py.fold(t.text), text)
               for t in english_tokens(target))


def sounded_in(mention: NameMention, target: str) -> bool:
    """A word of the target in capitals, or a rare capitalised word, sounds like the name: a brand or a
    foreign name the sound model was not asked about because the name looks Chinese ("DUNLOP" for 邓禄普)."""
    return any((t.text.isupper() or (t.capitalised and _rare(t.text))) and _sounds_like(mention.text, t.text)
               for t in english_tokens(target))


def _sounds_like(name: str, word: str) -> bool:
    """A word in capitals that sounds like the name: a brand written so ("DUNLOP" for 邓禄普)."""
    from qa.lang.transliteration import SAME_NAME, phonetic_similarity

    return len(word) >= 4 and phonetic_similarity(name, word) >= SAME_NAME


def _looks_foreign(text: str) -> bool:
    from qa.lang.transliteration import looks_transliterated

    return looks_transliterated(text)


def _readings(text: str) -> list[tuple[str, ...]]:
    """Up to a few pinyin readings of a name, one syllable per character."""
    options = [sorted(py.char_syllables(ch)) or ["?"] for ch in text]
    out: list[tuple[str, ...]] = [()]
    for choices in options:
        out = [r + (c,) for r in out for c in choices][:16]
    return out


MEANING_GLOSSES = 10  # a character's first glosses in CC-CEDICT: its common meanings, not its rare ones


@lru_cache(maxsize=8192)
def character_meanings(char: str) -> frozenset[str]:
    """Content words of a character's ordinary glosses (甘 "sweet", "willing"), less the surname,
    abbreviation and proper-noun senses that any name's characters have."""
    from qa.lang import cedict
    from qa.lang.en_words import content_words

    glosses = [g for g in cedict.english_glosses(char)[:MEANING_GLOSSES]
               if g[:1].islower() and not g.startswith(("surname", "abbr", "variant", "classifier", "suffix"))
               and not re.search(r"[\d:°]", g)]  # 子 "1st earthly branch: 11 p.m.", "compass point: 0°"
    return frozenset(w for g in glosses for w in content_words(g))


def rendered_by_meaning(mention: NameMention, target: str) -> bool:
    """The target translates the characters of the "name" one by one: all of them but one, two at least
    (味甘性温 "sweet in taste and warm in nature", 金资表 "gold … watches"). A word jieba took for a
    person or a place is then a phrase, or a name translated by its meaning (大洼子 "marshy stretch")."""
    from qa.lang.en_words import same_word

    words = {w for w in _words(target) if len(w) > 2}
    text = mention.text
    meant = sum(any(same_word(m, w) for m in character_meanings(ch) for w in words) for ch in text)
    return meant >= max(2, len(text) - 1)
