"""Forms English gives a country (or a state) other than its name, so a country the target does not
name is not reported missing (M106) when one of them is there.

- its people or adjective: "The Dane", "the Danish captain" for 丹麦 (countryinfo's demonyms, and
  the nouns English makes from them: Danish → Dane, Swedish → Swede, Polish → Pole);
- a blend that opens with its short name: 英国脱欧 "Brexit", 英国退欧派 "Brexiteers";
- an acronym of a name that opens with it: 英国独立党 "Ukip", 鹿特丹管理学院 "RSM", 《英国医学期刊》 "the BMJ", or a state's postal
  code (亚利桑那州 "AZ", pycountry's subdivision codes);
- its institution with the definite article: 叙利亚政府 "the government", 美国政府 "the
  administration", 德国海军 "the Navy", 英国首相 "the premier";
- the first person plural of its own speaker: a country inside a quotation is "we", "our", "us"
  in the speaker's words (“朝鲜的国家安全” → "our national security").
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang import cedict, gazetteer
from qa.lang.en_dictionary import is_english_word, usage_frequency
from qa.lang.en_words import english_tokens
from qa.lang.zh import HAN
from qa.lang.zh_names import NameMention

# English words a generic gloss also goes by: a government is "the administration" in US news.
_SAME_OFFICE = {"government": ("administration", "authorities"), "prime minister": ("premier",),
                "premier": ("prime minister",), "military": ("army", "armed forces"), "armed forces": ("military",)}
# What a country has one of, so that "the" names it: its government, armed services, head of government.
_INSTITUTIONS = frozenset({"government", "administration", "authorities", "regime", "navy", "army", "air force",
                           "military", "armed forces", "parliament", "congress", "president", "prime minister",
                           "premier", "police", "embassy", "central bank", "foreign ministry", "cabinet"})
_DEMONYM_TAIL = re.compile(r"(?:ish|ian|ean|ese|an|i|ic)$")
# A body's name that opens with a place (英国独立党, 鹿特丹管理学院): an acronym of it holds the place.
# ... or a publication or broadcaster named after it (《英国医学期刊》 "the BMJ")
_BODY_END = re.compile(r".{0,8}?(?:党|学院|大学|公司|集团|银行|协会|组织|委员会|局|部|院|中心|基金会|联盟|俱乐部|期刊|杂志|日报|时报|周刊|"
                       r"月刊|通讯社|新闻社|电视台|广播公司|研究所)")
_QUOTES = re.compile(r"“[^”]*(?:”|$)|「[^」]*(?:」|$)|\"[^\"]*\"")  # a quotation may run on past the pair
# Case-sensitive: "US" is the United States, not "us".
_WE = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|[Oo]urselves)\b")
_ZH_WE = re.compile(r"我们|咱们|我国|本国|我方")


def rendered_as_country_form(mention: NameMention, names: list[str], source: str, target: str) -> bool:
    """Any of the forms above renders the place; `names` are its English names."""
    return _blend(mention, names, source, target) \
        or _acronym(mention, names, source, target) or _institution(mention, source, target) \
        or _own_speaker(mention, source, target)


@lru_cache(maxsize=512)
def demonyms(names: tuple[str, ...]) -> tuple[str, ...]:
    """The adjectives of the countries with these English names (Denmark → Danish), from countryinfo."""
    from qa.lang.country_demonyms import demonym

    return tuple(dict.fromkeys(found for found in map(demonym, names) if found and found[:1].isupper()))


@lru_cache(maxsize=512)
def demonym_pattern(names: tuple[str, ...]) -> re.Pattern | None:
    """A word that is the adjective of the countries with these names or their people's noun: "Danish",
    "Dane", "Swedes", "Brits"; None when countryinfo knows none of them."""
    forms = demonyms(names)
    if not forms:
        return None
    patterns = [re.escape(f) + "s?" for f in forms]
    patterns += [re.escape(stem) + r"(?:e|es|s|iard|iards|on|ons)?" for stem in
                 (_DEMONYM_TAIL.sub("", f) for f in forms) if len(stem) >= 3]
    return re.compile(rf"(?:{'|'.join(patterns)})")


def _followed_by_word(mention: NameMention, source: str) -> str:
    """The Han characters right after the mention (英国脱欧 → 脱欧派…), up to a punctuation mark."""
    end = mention.start + len(mention.text)
    found = re.match(rf"{HAN.pattern}+", source[end:])
    return found.group() if found else ""


def _blend(mention: NameMention, names: list[str], source: str, target: str) -> bool:
    """A word of the target that opens with the first letters of the country's name and goes on with an
    English word ("Br" + "exit"), where the source writes a word right after the country (英国脱欧)."""
    if not gazetteer.is_country(mention.text) or not _followed_by_word(mention, source):
        return False
    openings = {w[:2] for n in list(names) + list(demonyms(tuple(names))) for w in n.split()[:1] if len(w) >= 4}
    for token in english_tokens(target):
        for word in token.text.split("-"):  # "post-Brexit": the blend after a prefix
            if word[:1].isupper() and word[:2] in openings and not is_english_word(word) \
                    and any(is_english_word(word[2:k].lower()) for k in range(len(word), 5, -1)):
                return True
    return False


def _acronym(mention: NameMention, names: list[str], source: str, target: str) -> bool:
    """An acronym that names the place or a body named after it: a state's postal code ("AZ" for
    亚利桑那州), or capitals that open with the initial of the place or of its adjective, or with its code, where
    the source writes a longer name that opens with the place (英国独立党 "Ukip", 鹿特丹管理学院 "RSM",
    《英国医学期刊》 "BMJ")."""
    codes = _postal_codes(tuple(names))
    longer = _BODY_END.match(_followed_by_word(mention, source)) is not None
    initials = {n[0] for n in list(names) + list(demonyms(tuple(names))) if n[:1].isupper()}  # BMJ: British …
    short = set(codes) | {n for n in names if n.isupper() and len(n) <= 3}
    short |= {a for a in ("".join(w[0] for w in n.split() if w[:1].isupper()) for n in names) if 2 <= len(a) <= 3}
    for token in english_tokens(target):
        word = token.text
        if word in codes and usage_frequency(word.lower()) < ORDINARY:  # "IT industry" is no Italy
            return True
        if longer and 2 <= len(word) <= 5 and word[:1].isupper() and not is_english_word(word) and (
                (word.isupper() and word[0] in initials) or any(word.upper().startswith(s) for s in short)):
            return True
    return False


ORDINARY = 1e-4  # pyspellchecker's usage frequency: "it" 0.012, "oh" 3e-4 are words; "la" 4e-5, "az" 0 are codes


@lru_cache(maxsize=1024)
def _postal_codes(names: tuple[str, ...]) -> frozenset[str]:
    """The postal codes of the US states with these names (Arizona → AZ), from pycountry: the codes American
    news writes for its states. No other country's subdivisions (Luxembourg's LU is the country's own
    code), no country's alpha-2 code ("IT" or "IN" in English text is a word), no code English writes as
    a word or abbreviation of its own (OK, ID, PA)."""
    import pycountry

    out: set[str] = set()
    for name in names:
        for sub in pycountry.subdivisions.get(country_code="US") or ():
            if sub.name == name:
                out.add(sub.code.split("-")[-1])
    return frozenset(c for c in out if c.isalpha() and len(c) >= 2 and c not in _CODE_WORDS)


# US state codes that English writes in capitals as words or abbreviations of its own ("OK", "ID", "PA" …)
_CODE_WORDS = frozenset("OK ID PA MA PR ME OR IN HI DE CO MD MO AL LA GA".split())


def _institution(mention: NameMention, source: str, target: str) -> bool:
    """The country's government, armed service or head of government named right after it (叙利亚政府,
    德国海军, 英国首相), and the target calls it "the government", "the Navy", "the premier" — with no
    modifier that names another country (`_own_modifier`: "the US government", "the Russian military"),
    and more often than the source's other uses of that word (美国政府 … 叙利亚政府军 → "the US
    government" renders 美国政府, not 叙利亚)."""
    if not gazetteer.is_country(mention.text):
        return False
    after = _followed_by_word(mention, source)
    for k in (2, 3):
        office = after[:k]
        glosses = [g.lower() for g in cedict.english_glosses(office)[:3] if g.lower() in _INSTITUTIONS]
        words = set(glosses) | {s for g in glosses for s in _SAME_OFFICE.get(g, ())}
        said = sum(1 for w in words for m in re.finditer(
            rf"\b[Tt]he\s+(?:(?P<mod>[A-Za-z][\w.’'-]*)\s+)?(?i:{re.escape(w)})\b"
            rf"|\b(?:(?P<mod2>[A-Za-z][\w.’'-]*)\s+)?(?i:{re.escape(w)})\s+officials\b", target)
            if _own_modifier(m.group("mod") or m.group("mod2")))
        if said and said > source.count(office) - source.count(mention.text + office):
            return True
    return False


def _own_modifier(word: str | None) -> bool:
    """A word before "government"/"military" that leaves it this country's: none, a lower-case word ("the
    federal government"), or a capitalised one that names no country ("the Trump administration"); not
    "the US government" nor "the Russian military", which are another country's."""
    if not word or not word[:1].isupper():
        return True
    return not (word.isupper() or word.replace(".", "").isupper() or word in gazetteer.country_names()
                or _DEMONYM_TAIL.search(word) is not None)


def _own_speaker(mention: NameMention, source: str, target: str) -> bool:
    """A country inside a quotation its speaker belongs to, and the target's "we", "our", "us" outnumber
    the source's own first person plurals (我们, 我国): the speaker calls the country "we". Not when the
    quotation names a second country (特朗普说：“美国将对伊朗…” — "we" is 美国) unless the target names that
    one by its English name and the attribution ties the speaker to this country (朝鲜外长说：“…信任美国…”
    "trust in the U.S."); nor when the words that attribute it name another (美国官员说：“朝鲜必须…”)."""
    quote = next((q for q in _QUOTES.finditer(source) if q.start() <= mention.start < q.end()), None)
    if quote is None:
        return False
    said_by = _countries_in(_attribution(source, quote.start(), quote.end()))
    own = any(mention.text in c or c in mention.text for c in said_by)
    others = {o for o in _countries_in(quote.group()) - {mention.text}
              if not (own and _country_named_in(o, target))}  # 朝鲜外长 beside "the U.S.": "we" is 朝鲜
    if any(mention.text not in o and o not in mention.text for o in others):
        return False
    if said_by and not own:
        return False
    return len(_WE.findall(target)) > len(_ZH_WE.findall(source))


def _country_named_in(country: str, target: str) -> bool:
    """The target names the country by one of its English names ("the U.S." or "the US" for 美国), dots
    left out on both sides."""
    plain = target.replace(".", "")
    return any(re.search(rf"\b{re.escape(name.replace('.', ''))}\b", plain) for name in gazetteer.english_names(country))


def _attribution(source: str, start: int, end: int) -> str:
    """The words of the quotation's sentence outside it that say who speaks (美国官员说：“…” → 美国官员说),
    less a clause of time or an object (普京在会见美国总统时表示 → 普京表示: the American is no speaker)."""
    before = re.split(r"[。！？!?]", _QUOTES.sub("\u3000", source[:start]))[-1]
    after = re.split(r"[。！？!?]", _QUOTES.sub("\u3000", source[end:]))[0]
    return _NOT_THE_SPEAKER.sub("\u3000", before + "\u3000" + after)


# A clause of time (在…时, 在…期间) or the one spoken with or to (会见美国总统, 与美方, 向日本): their countries
# are not the speaker's.
_NOT_THE_SPEAKER = re.compile(r"在[^，,。：:\u3000]{1,30}?(?:时|期间|之际|前|后)|"
                              r"(?:会见|会晤|会谈|通话|致电|接见|与|同|向|对|和)[^，,。：:\u3000的]{1,20}?"
                              r"(?=时|期间|表示|说|称|指出|强调|透露|宣布|告诉|坦言|[，,：:])")


# regions of China the gazetteer lists as territories: no second country beside 中国 in a Chinese speaker's words
_NOT_ANOTHER_COUNTRY = frozenset({"香港", "澳门", "台湾", "内地", "中华"})


def _countries_in(text: str) -> set[str]:
    """The country names written in a Chinese text, as words (jieba): 广东加强 holds no 东加 (Tonga), and
    中非合作 "China–Africa" is a relation, not the Central African Republic (中 + a country's short form)."""
    from qa.lang.segment import segment

    return {w for w, _ in segment(text) if gazetteer.is_country(w) and w not in _NOT_ANOTHER_COUNTRY
            and not (len(w) == 2 and w[0] == "中" and w != "中国")}
