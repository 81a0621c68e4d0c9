"""Error injectors for single words and phrases dropped or added inside a sentence (issue 18, stage 2).

The English words are chosen by English part of speech and structure only:
lemminflect's lexicon (which ships its data, via bench.inject_omission.tags),
suffix rules and a closed class of English function words. Never CC-CEDICT,
qa.lang.list_words or qa.terminology: a choice made with the detector's
dictionary would inflate recall by construction. Each deletion leaves
grammatical English: the word goes with one space, "an important" → "a",
a coordinated word or phrase goes with its "and", a sentence-opening adverb
with its comma.

Never touched: capitalised words (names), figures and number words, text
inside quotes or brackets, items of an English list of three or more (stage
1's list-item-dropped), and the focus and approximating adverbs of stage 1.

- adjective-dropped: an attributive adjective (lemminflect ADJ only, or ADJ
  and NOUN with an adjective suffix) right before a noun, not coordinated
  and not modified by an adverb ("an important meeting" → "a meeting").
- adverb-dropped: an -ly adverb (lemminflect ADV only), not a negator or a
  degree word, not before a figure ("quickly", "Finally, we" → "We").
- noun-dropped: a noun modifying another noun ("the tourism industry" → "the
  industry") or the second of two coordinated object nouns ("to economy and
  society." → "to economy."): never a sentence's subject head.
- verb-phrase-dropped: the second of two coordinated verb phrases of the same
  verb form ("to promote growth and boost jobs," → "to promote growth,").
- prepositional-phrase-dropped: a clause-final adjunct "in the region", "for
  the first time" after a noun.
- adjective-added: a generic evaluative adjective (a small pool, not chosen
  with qa's dictionary) put before a noun after an article.
- clause-added: a short generic clause (", which surprised many observers")
  put before a sentence's final stop.

Expects ("A",): any accuracy check. Today A004 (a sentence dropped inside a
pair) and A005 (length ratio) are the checks that could catch these, and
rarely do; a content-word coverage check being built by another helper (A010
for omissions, A011 for additions, off by default) runs with
`--extend-select A010 --extend-select A011`.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Callable, TypeVar

from bench.inject_core import Injector, pick_match, splice
from bench.inject_omission import _ENGLISH_LIST, tags
from qa.lang.en_words import STOP_WORDS
from qa.model import Pair

Edit = tuple[int, int, str]  # replace target[start:end] by text

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,:]*|\S")
_DETERMINERS = frozenset("the a an this these those its their our his her my your whose each every".split())
# English function words, quantifiers, number words, negators, degree words and stage 1's focus adverbs
_CLOSED = STOP_WORDS | frozenset(
    """many much few several various another same own certain whole entire next last previous following former
    latter lot lots kind sort number amount thing things part way percent cent per dozen hundred thousand million
    billion zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty first second
    third fourth fifth tenth never nothing nowhere hardly barely scarcely rarely seldom merely solely mainly mostly
    mostly especially particularly even still already again too quite rather pretty fairly really extremely
    nearly almost approximately roughly around am isn't aren't wasn't weren't don't doesn't didn't won't can't
    cannot here now today also further furthermore moreover however therefore thus hence behind beside besides above
    below inside outside beyond along against upon onto past via despite except near off ago among round""".split())
_DEGREE = frozenset("very so too quite rather more most less least as how fairly pretty".split())
_ADJ_SUFFIX = re.compile(r"(?:al|ic|ive|ous|ful|less|able|ible|ary|ant|ent|ish)$")
_PREPOSITIONS = frozenset("in at on for from with during across throughout within among around through under near "
                          "since without toward towards".split())
_PREPOSITIONS_ALL = _PREPOSITIONS | frozenset("of to into onto about by like than after before over under".split())
_ENDS = frozenset(",.;:!?")
# quotations (curly, straight, single quotes whose closing mark ends a word), titles and brackets
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’(?!\w)|(?<!\w)'(?:[^']|'(?=\w))*'(?!\w)"
                     r"|«[^»]*»|《[^》]*》|\([^)]*\)|\[[^]]*\]")
_LINKS = frozenset("and or".split())
_AFTER_HEAD = frozenset("of in for on at with from and or is was are were has have had will".split())
_PRONOUNS = frozenset("it them him her us me you all".split())
_FORM_WORDS = frozenset("to will would can could should must may might shall did does do not".split())
ADJECTIVES = ("significant", "remarkable", "unexpected", "controversial", "ambitious", "serious", "rapid",
              "enormous", "modest", "dramatic", "bitter", "careful")
CLAUSES = (", which surprised many observers", ", as many had feared", ", a move that drew wide criticism",
           ", which few had expected", ", as critics had long warned", ", despite strong objections")


T = TypeVar("T")


def on_target(find: Callable[[Pair], list[T]]) -> Callable[[Pair], list[T]]:
    """Cache a finder by the English it reads: every injection scans every pair of a document again."""
    cached = lru_cache(maxsize=65536)(lambda target: tuple(find(Pair("", "", target))))

    @wraps(find)
    def finder(pair: Pair) -> list[T]:
        return list(cached(pair.target))
    return finder


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int


def tokens(text: str) -> list[Tok]:
    """Words, figures and single punctuation marks, with their offsets."""
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def protected(text: str) -> list[tuple[int, int]]:
    """Spans no injection may touch: quotations, brackets, titles and English lists of three or more items."""
    spans = [m.span() for m in _QUOTED.finditer(text)]
    return spans + [m.span() for m in _ENGLISH_LIST.finditer(text)]


def _free(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return not any(a < end and start < b for a, b in spans)


def pos(tok: Tok | None) -> frozenset[str]:
    """lemminflect's parts of speech of a lower-case open-class word; empty for anything else."""
    if tok is None or not tok.text.isalpha() or not tok.text.islower() or tok.text in _CLOSED:
        return frozenset()
    return tags(tok.text)


def _word(toks: list[Tok], k: int) -> Tok | None:
    return toks[k] if 0 <= k < len(toks) else None


def _text(toks: list[Tok], k: int) -> str:
    tok = _word(toks, k)
    return tok.text if tok else ""


def adjective(tok: Tok | None) -> bool:
    found = pos(tok)
    return "ADJ" in found and "VERB" not in found and "ADV" not in found and (
        "NOUN" not in found or bool(_ADJ_SUFFIX.search(tok.text)))


def noun(tok: Tok | None) -> bool:
    return "NOUN" in pos(tok)


def article_for(word: str, like: str) -> str:
    """'a' or 'an' before `word` (by its first sound, roughly), capitalised as `like` is."""
    vowel = bool(re.match(r"[aeiou]", word, re.I)) and not re.match(r"(?:uni|use|usu|one|eu)", word, re.I) \
        or bool(re.match(r"(?:hour|honest|honou?r)", word, re.I))
    made = "an" if vowel else "a"
    return made.capitalize() if like[:1].isupper() else made


def _drop_word(toks: list[Tok], k: int) -> Edit:
    """Remove word k with one space; an article before it agrees with the word that now follows."""
    tok, nxt, prev = toks[k], _word(toks, k + 1), _word(toks, k - 1)
    if prev and prev.text.lower() in ("a", "an") and nxt and nxt.text[:1].isalpha():
        return prev.start, nxt.start, article_for(nxt.text, prev.text) + " "
    if nxt and nxt.start > tok.end:
        return tok.start, nxt.start, ""
    return (prev.end if prev else tok.start), tok.end, ""


def _sentence_start(toks: list[Tok], k: int) -> bool:
    return k == 0 or toks[k - 1].text in (".", "!", "?", "…")


@on_target
def adjective_drops(pair: Pair) -> list[Edit]:
    """Attributive adjectives before a noun (or before an adjective and a noun)."""
    toks, guard = tokens(pair.target), protected(pair.target)
    edits = []
    for k, tok in enumerate(toks):
        if not adjective(tok) or not _free(guard, tok.start, tok.end):
            continue
        nxt = _word(toks, k + 1)
        head = nxt if noun(nxt) else (_word(toks, k + 2) if adjective(nxt) else None)
        prev = _text(toks, k - 1).lower()
        if not noun(head) or prev in _LINKS | _DEGREE | {",", "-"}:
            continue
        if "ADV" in tags(prev) or tok.text.endswith("est") or _text(toks, k + 1) == "-":
            continue
        edits.append(_drop_word(toks, k))
    return edits


@on_target
def adverb_drops(pair: Pair) -> list[Edit]:
    """-ly adverbs (lemminflect ADV only), not next to and/or, not before a figure."""
    toks, guard = tokens(pair.target), protected(pair.target)
    edits = []
    for k, tok in enumerate(toks):
        if pos(tok) != {"ADV"} or not tok.text.endswith("ly") or not _free(guard, tok.start, tok.end):
            continue
        prev, nxt, after = _text(toks, k - 1), _text(toks, k + 1), _word(toks, k + 2)
        if prev.lower() in _LINKS | _DEGREE or nxt.lower() in _LINKS or nxt[:1].isdigit() or nxt in ("-", "'", "’"):
            continue
        if _sentence_start(toks, k) or (k > 0 and toks[k - 1].text in ("“", '"')):
            continue  # a capitalised adverb opening a sentence: lower-case words only
        if prev in _ENDS and nxt == "," and after:  # "X, gradually, Y" → "X, Y"; "X; fortunately, Y" → "X; Y"
            edits.append((tok.start, after.start, ""))
        elif prev == "," and nxt in _ENDS:  # "26.5%, respectively." → "26.5%."
            edits.append((toks[k - 1].start, tok.end, ""))
        elif nxt == ",":  # "he said quietly, and" → "he said, and"
            edits.append((toks[k - 1].end, tok.end, ""))
        else:
            edits.append(_drop_word(toks, k))
    for k, tok in enumerate(toks):  # "Finally, we agreed" → "We agreed"
        first = tok.text[:1].lower() + tok.text[1:]
        after = _word(toks, k + 2)
        if (_sentence_start(toks, k) and tok.text[:1].isupper() and first.endswith("ly") and first not in _CLOSED
                and tags(first) == {"ADV"} and _text(toks, k + 1) == "," and after and after.text[:1].isalpha()
                and after.text[:1].islower() and _free(guard, tok.start, after.end) and not after.text[1:2].isupper()):
            edits.append((tok.start, after.start + 1, after.text[0].upper()))
    return edits


@on_target
def noun_drops(pair: Pair) -> list[Edit]:
    """A noun modifying the noun after it, or the second of two coordinated nouns ending an object."""
    toks, guard = tokens(pair.target), protected(pair.target)
    edits = []
    for k, tok in enumerate(toks):
        if not _free(guard, tok.start, tok.end):
            continue
        found, head, prev = pos(tok), _word(toks, k + 1), _text(toks, k - 1).lower()
        if found and "NOUN" in found and "ADJ" not in found and "'" not in tok.text and "’" not in tok.text \
                and _singular(tok.text) \
                and noun(head) and "ADJ" not in pos(head) and not noun(_word(toks, k + 2)) \
                and (prev in _DETERMINERS or prev in _PREPOSITIONS or prev == "of" or adjective(_word(toks, k - 1))) \
                and ("VERB" not in pos(head) or _text(toks, k + 2).lower() in _AFTER_HEAD | _ENDS):
            edits.append(_drop_word(toks, k))
        # "… to economy and society." → "… to economy."
        if tok.text == "and" and noun(_word(toks, k - 1)) and pos(head) == {"NOUN"} \
                and _text(toks, k + 2) in _ENDS and _text(toks, k - 2) != "," \
                and not any(t.text.lower() in ("between", "both", "either", "neither") for t in toks[max(0, k - 4):k]) \
                and not noun(_word(toks, k - 2)) and head and _free(guard, toks[k - 1].start, head.end):
            edits.append((toks[k - 1].end, head.end, ""))
    return edits


def _singular(word: str) -> bool:
    """A noun modifier is singular ("the egrets prey" is no compound)."""
    from lemminflect import getLemma

    return word in getLemma(word, upos="NOUN")


def _form(word: str) -> str | None:
    """A verb's inflection by suffix: 'ed', 'ing', 's' or 'base' (None when lemminflect knows no verb)."""
    from lemminflect import getLemma

    if "VERB" not in tags(word):
        return None
    lemma = (getLemma(word, upos="VERB") or (word,))[0]
    if word == lemma:
        return "base"
    return "ing" if word.endswith("ing") else "s" if word.endswith("s") else "ed"  # "ed": any past form


@on_target
def verb_phrase_drops(pair: Pair) -> list[Edit]:
    """' and VERB object' ending a clause, after a verb of the same form earlier in the clause."""
    toks, guard = tokens(pair.target), protected(pair.target)
    edits = []
    for k, tok in enumerate(toks):
        verb = _word(toks, k + 1)
        if tok.text != "and" or not verb or "VERB" not in pos(verb):
            continue
        form = _form(verb.text)
        end = next((j for j in range(k + 2, len(toks)) if toks[j].text in _ENDS), len(toks))
        words = toks[k + 1:end]
        if form is None or not 2 <= len(words) <= 8 or end == len(toks):
            continue
        if any(not w.text.isalpha() or not w.text.islower() or w.text in _LINKS for w in words[1:]):
            continue  # no names, figures, quotes or a further "and" inside the dropped phrase
        if "VERB" in pos(_word(toks, k - 1)) and not (_text(toks, k - 2).lower() in _DETERMINERS
                                                     or adjective(_word(toks, k - 2)) or noun(_word(toks, k - 2))):
            continue  # "as well as stir and fry": two verbs sharing what follows, no second phrase
        before_and = _text(toks, k - 1).lower()
        if words[1].text.lower() in _PREPOSITIONS_ALL or before_and in _PREPOSITIONS_ALL | _DETERMINERS \
                or adjective(_word(toks, k - 1)) or "ADJ" in tags(verb.text):
            continue  # "support for us", "the safe and smooth", "catching up with and": no verb phrase
        clause = next((j for j in range(k - 1, -1, -1) if toks[j].text in _ENDS), -1)
        earlier = [j for j in range(clause + 1, k - 1) if "VERB" in pos(toks[j]) and _form(toks[j].text) == form]
        if form in ("base", "s") and "NOUN" in tags(verb.text):  # "the search and rescue costs" is a noun
            object_opens = words[1].text.lower() in _DETERMINERS | _PRONOUNS
            earlier = [j for j in earlier if _text(toks, j - 1).lower() in _FORM_WORDS] if object_opens else []
        if not earlier or not _free(guard, toks[k].start, words[-1].end):
            continue
        before = k - 2 if _text(toks, k - 1) == "," else k - 1  # ", and boost jobs" goes with its comma
        if before >= 0:
            edits.append((toks[before].end, words[-1].end, ""))
    return edits


@on_target
def prepositional_phrase_drops(pair: Pair) -> list[Edit]:
    """A clause-final 'in the region' / 'for the first time' after a noun."""
    toks, guard = tokens(pair.target), protected(pair.target)
    edits = []
    for k, tok in enumerate(toks):
        if tok.text not in _PREPOSITIONS:
            continue
        j = k + 1
        if _text(toks, j).lower() in _DETERMINERS:
            j += 1
        mods = j
        while _text(toks, j) in ("first", "last", "next") or adjective(_word(toks, j)) or noun(_word(toks, j)):
            j += 1
        if not mods < j <= mods + 3 or not noun(toks[j - 1]) or _text(toks, j) not in _ENDS:
            continue
        prev, before = _word(toks, k - 1), _word(toks, k - 2)
        if not noun(prev) or "ADJ" in pos(prev) or _text(toks, k - 2).lower() in _PREPOSITIONS | {"of", "to"}:
            continue  # "in accordance with the law": the phrase is part of another
        if "VERB" in pos(prev) and not (_text(toks, k - 2).lower() in _DETERMINERS or adjective(before)
                                        or "VERB" in pos(before)):
            continue
        if _text(toks, j) == "," and _text(toks, j + 1).lower() in ("who", "whom", "whose", "which", "where", "that"):
            continue  # "patience with the cousin, who slowed down": the clause after belongs to the phrase
        if _free(guard, prev.end, toks[j - 1].end):
            edits.append((prev.end, toks[j - 1].end, ""))
    return edits


@on_target
def adjective_slots(pair: Pair) -> list[tuple[int, str]]:
    """(offset of a noun after an article, the article) where an adjective can go."""
    toks, guard = tokens(pair.target), protected(pair.target)
    return [(toks[k + 1].start, tok.text) for k, tok in enumerate(toks[:-1])
            if tok.text.lower() in ("the", "a", "an") and noun(toks[k + 1]) and "ADJ" not in pos(toks[k + 1])
            and "VERB" not in pos(toks[k + 1]) and _free(guard, tok.start, toks[k + 1].end)]


@on_target
def clause_slots(pair: Pair) -> list[int]:
    """Offsets of the final stop of a sentence of six words or more that ends in a lower-case word."""
    from qa.lang.en import sentence_spans

    text, guard = pair.target, protected(pair.target)
    slots = []
    for a, b in sentence_spans(text):
        words = re.findall(r"[A-Za-z]+", text[a:b])
        if len(words) >= 6 and re.search(r"(?<![A-Z.])\b(?!etc\.)[a-z]{3,}\.$", text[a:b]) and _free(guard, b - 1, b):
            slots.append(b - 1)
    return slots


def _dropper(find: Callable[[Pair], list[Edit]]):
    def inject(pairs: list[Pair], rng: random.Random):
        picked = pick_match(pairs, rng, find)
        if not picked:
            return None
        i, (start, end, text) = picked
        return splice(pairs, i, start, end, text)
    return inject


def _unused(options: tuple[str, ...], target: str) -> list[str]:
    """The pool's entries none of whose words of four letters or more the English already has."""
    have = set(re.findall(r"[a-z]+", target.lower()))
    return [o for o in options if not any(w in have for w in re.findall(r"[a-z]{4,}", o))]


def adjective_added(pairs: list[Pair], rng: random.Random):
    picked = pick_match(pairs, rng, lambda p: adjective_slots(p) if _unused(ADJECTIVES, p.target) else [])
    if not picked:
        return None
    i, (at, article) = picked
    word = rng.choice(_unused(ADJECTIVES, pairs[i].target))
    if article.lower() in ("a", "an"):
        start = at - len(article) - 1
        return splice(pairs, i, start, at, f"{article_for(word, article)} {word} ")
    return splice(pairs, i, at, at, word + " ")


def clause_added(pairs: list[Pair], rng: random.Random):
    picked = pick_match(pairs, rng, lambda p: clause_slots(p) if _unused(CLAUSES, p.target) else [])
    if not picked:
        return None
    i, at = picked
    return splice(pairs, i, at, at, rng.choice(_unused(CLAUSES, pairs[i].target)))


INJECTORS = [
    Injector("adjective-dropped", ("A",), _dropper(adjective_drops)),
    Injector("adverb-dropped", ("A",), _dropper(adverb_drops)),
    Injector("noun-dropped", ("A",), _dropper(noun_drops)),
    Injector("verb-phrase-dropped", ("A",), _dropper(verb_phrase_drops)),
    Injector("prepositional-phrase-dropped", ("A",), _dropper(prepositional_phrase_drops)),
    Injector("adjective-added", ("A",), adjective_added),
    Injector("clause-added", ("A",), clause_added),
]
