"""Where a country's one-character short form stands for the country in Chinese text (中美关系, 日媒, 访台,
（德）魏思诺): what lets a target's "the United States" or "Germany" count as rendered when the source
never writes 美国 or 德国 (qa.terminology.target_names.accounted_by asks)."""

from __future__ import annotations

from qa.lang import cedict, gazetteer
from qa.lang.surnames import TRANSLITERATION_SYLLABLE_CHARS
from qa.lang.zh import NAME_DOTS

_SHORT_FORM_AFTER = "方军籍媒企股币元"  # 美元 "US dollar"
_OPENING_BRACKETS, _CLOSING_BRACKETS = "(（[【〔［", ")）]】〕］"
# A verb or preposition of travel or dealings before a territory's one character: 访台 "visit Taiwan", 过港
# "into Hong Kong", 对华 "towards China" (qa.terminology.target_names.HUA reads 华 after the same list).
TO_A_TERRITORY = "来访赴在离抵过返到驻对旅援侵"
_OF_A_TERRITORY = "人府股元币胞商资籍区"
# The characters Chinese uses alone for a country or territory (中美, 日媒, 港澳台, 中缅): the first character
# of many a country's name (巴 of 巴拿马, 北 of 北朝鲜) is no short form of it.
COUNTRY_SHORT_FORMS = "中美英法德日俄韩朝印澳加巴以伊叙越泰新马菲意荷西葡土乌欧非埃蒙港台缅老柬希瑞丹挪芬波匈捷墨古哈吉塔"


def short_form(char: str, source: str) -> bool:
    """A country's one-character short form used as one: beside another country's (中美, 澳中) or before
    方 "side", 军 "forces", 籍 "nationality", 媒 "media" (美方, 日媒). A bare 以 or 法 is no Israel or France."""
    initials = "".join(gazetteer.country_initials())  # and 欧 "Europe" (美欧俄: the US, Europe and Russia); 本澳 "Macao"
    # a short form in common use beside any country's first character (中美, 日韩), any first character beside
    # one in common use (中哈 "China and Kazakhstan"); 北 of 北朝鲜 alone, or 沙 of 沙巴, is no short form
    shorts = initials + COUNTRY_SHORT_FORMS if char in COUNTRY_SHORT_FORMS else COUNTRY_SHORT_FORMS
    for k, ch in enumerate(source):
        if ch != char:
            continue
        after = source[k + 1 : k + 2]
        before = source[k - 1 : k] if k else ""
        if (cedict.has_common_sense(source[k : k + 2]) and not _country_pair(source, k)) or _inside_entity(source, k):
            continue  # 大多 "mostly" is no 大马 beside 多哥 (和美俄 is: 和美 "harmonious" is read backwards)
        if _inside_foreign_name(source, k):
            continue  # 加 of 赞加内 (Zanganeh) is no Canada beside 赞 of Zambia
        if after in _SHORT_FORM_AFTER or (after and after in shorts + "欧") or (before and before in shorts + "欧本"):
            return True
        if ch in "港澳台" and (before in TO_A_TERRITORY + "全" or after in _OF_A_TERRITORY):
            return True  # 过港 "into Hong Kong", 全港 "all Hong Kong", 港人 "Hongkongers", 访台 "visit Taiwan"
        if before and after and before in _OPENING_BRACKETS and after in _CLOSING_BRACKETS:
            return True  # （德）魏思诺 "by [Germany] Jorg Weisner": an author's country in a book listing
    return False


_RELATION_WORDS = ("两国", "关系", "双方", "合作", "友好", "之间", "贸易", "外交", "建交", "边境", "联合", "元首")


def _country_pair(source: str, k: int) -> bool:
    """Two countries' short forms before a word of their relations (中波两国 "China and Poland"), though
    the two characters also make a word (中波 "medium wave")."""
    return all(ch in COUNTRY_SHORT_FORMS for ch in source[k : k + 2]) and source.startswith(_RELATION_WORDS, k + 2)


def _inside_entity(source: str, k: int) -> bool:
    """The character at k is part of a longer entity CC-CEDICT knows: 巴 of 巴基斯坦 (Pakistan) is no
    Brazil, 沙 of 沙巴 (Sabah) no Saudi Arabia, 日 of 日电 (NEC) no Japan. A pair of places the dictionary
    names together stays short forms (港澳台 Hong Kong, Macao and Taiwan; 中非 China–Africa)."""
    for a in range(max(0, k - 5), k + 1):
        for b in range(max(k + 1, a + 2), min(len(source), a + 6) + 1):
            word = source[a:b]
            if gazetteer.kind_of(word) and not set(word) <= set(COUNTRY_SHORT_FORMS) \
                    and not cedict.has_common_sense(word):  # 和美 "harmonious" (and a town) before 俄
                return True
    return False


# Characters beside a short form that make no name of it: its partner words, and the function words
# transliterations also use (的, 等, 于: 本澳的疫情 "Macao's epidemic" is no foreign name).
_PARTNERS = "本全" + _SHORT_FORM_AFTER + TO_A_TERRITORY + _OF_A_TERRITORY + "的了和与在等是于及或"


def _inside_foreign_name(source: str, k: int) -> bool:
    """The character at k is part of a foreign name written in characters: its run of transliteration
    characters touches a name dot (赞加内·…), or reads as a name and holds a character that is no country's
    short form or partner word (加内 of 赞加内 "Zanganeh"). Two short forms side by side are a list
    (受制于美欧俄 "the US, Europe and Russia"), whatever transliteration characters stand beside them."""
    start = end = k
    while start > 0 and source[start - 1] in TRANSLITERATION_SYLLABLE_CHARS:
        start -= 1
    while end + 1 < len(source) and source[end + 1] in TRANSLITERATION_SYLLABLE_CHARS:
        end += 1
    edges = (source[start - 1] if start else "", source[end + 1] if end + 1 < len(source) else "")
    if any(edge and edge in NAME_DOTS for edge in edges):
        return True
    from qa.lang.transliteration import looks_transliterated

    run, plain = source[start : end + 1], COUNTRY_SHORT_FORMS + _PARTNERS
    listed = any(a in COUNTRY_SHORT_FORMS and b in COUNTRY_SHORT_FORMS for a, b in zip(run, run[1:]))
    return not listed and any(ch not in plain for ch in run) and looks_transliterated(run)  # 于美欧俄: a list
