"""Chinese personal names the source finders miss, found from the English side: a capitalised pinyin
word of the target ("Runxin", "Longjie") that reads the characters right after a surname of the
source (毛润新, 文龙杰), which jieba did not tag as a name.

They are handed to the name analysis as mentions of their own, so that a given name standing alone
for a person the text has not introduced ("Chinese citizens Guo Yuqin and Runxin" for 郭玉芹和毛润新)
is judged like any other (M102), with the same allowance for a translation that calls the person so
throughout.
"""

from __future__ import annotations

from qa.lang import gazetteer
from qa.lang import pinyin as py
from qa.lang.en_dictionary import is_english_word
from qa.lang.en_words import english_tokens
from qa.lang.surnames import SURNAMES, TRANSLITERATION_CHARS
from qa.lang.zh_names import NameMention, title_ends_at
from qa.terminology.name_finder import ENGLISH_TITLES
from qa.terminology.target_names import reading_spans


def with_surnamed(source: str, target: str, mentions: list[NameMention]) -> list[NameMention]:
    """The source finders' mentions and, after them, surnamed_mentions."""
    return mentions + surnamed_mentions(source, target, mentions)


def _extendable(mention: NameMention) -> bool:
    """A surname and one character that jieba took for a whole name: the English may read one more."""
    return mention.kind == "person" and len(mention.text) == 2 and mention.text[:1] in SURNAMES


def surnamed_mentions(source: str, target: str, mentions: list[NameMention]) -> list[NameMention]:
    """Surname + given name spans of the source whose given name (two characters) a single capitalised
    pinyin word of the target reads, that no mention covers and that are no word of the language; the
    surname must not be read in the target right before the given name (then the name is whole)."""
    from qa.terminology.entities import ordinary_word  # entities reads names through this module's caller

    misread = {m.start + len(m.text) for m in mentions if _across_title(m, source)}  # 长江, then 明表示 after it
    taken = {k for m in mentions if not _extendable(m) and m.start + len(m.text) not in misread
             and not (m.guessed and m.start in misread) for k in range(m.start, m.start + len(m.text))}
    out: list[NameMention] = []
    tokens = english_tokens(target)
    for k, token in enumerate(tokens):
        if not token.capitalised:
            continue  # before splitting: most of a sentence's words are lowercase
        word = token.text
        syllables = len(py.split_syllables(word) or ())
        titled = k > 0 and tokens[k - 1].text.lower() in ENGLISH_TITLES  # "Deputy Mayor Ming"
        one = titled and syllables == 1  # a title's given name may be an English word too ("Mayor Ming")
        if (is_english_word(word.lower()) and not one) or not (syllables == 2 or one):
            continue
        for start, end in reading_spans(py.fold(word), source):
            at = start - 1
            name = source[at:end]
            titled_here = _after_title(source, at)  # 副市长|江明: 长江 is jieba's, the title ends at 长
            if syllables == 1 and not titled_here:
                continue  # one syllable is a given name only where the source's title stands before it
            glued = ordinary_word(source[max(0, at - 1) : at + 1]) or (at and gazetteer.kind_of(source[at - 1 : at + 1]))
            if at < 0 or end - start != syllables or source[at] not in SURNAMES or taken & set(range(at, end)) \
                    or TRANSLITERATION_CHARS & set(name) or ordinary_word(name) or (ordinary_word(name[1:]) and not (titled and titled_here)) \
                    or (glued and not titled_here) or any(m.text == name for m in out):  # 余姚丈亭: 姚 ends 余姚
                continue  # 蟹农金伟: 农金 is no name; a foreign name's characters are heard, not read
            out.append(NameMention(name, "person", at, (name,), guessed=True, titled=titled_here,
                                   before=source[at - 1] if at else ""))
            taken.update(range(at, end))
    return out


def _after_title(source: str, at: int) -> bool:
    """A title of the source ends right before position `at` (副市长|江明); not 城市|长江, where 市 is the city's."""
    return at > 0 and title_ends_at(source, at - 1)


def _across_title(mention: NameMention, source: str) -> bool:
    """A word jieba read across a title's last character and the surname after it (市|长江|明 of 副市长江明):
    no place stands there, so it does not keep the name after the title from being found."""
    return mention.kind != "person" and title_ends_at(source, mention.start)
