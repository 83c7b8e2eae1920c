"""Surface realisation: tokens back to text, do-support and subject-auxiliary inversion.

Kept apart from the templates so every template phrases questions the same way.
"""

from __future__ import annotations

from quizgen.answers import NUMBER_WORDS
from quizgen.text.morphology import inflect, lemma

_NO_SPACE_BEFORE = {",", ".", "?", "!", ";", ":", "%", ")", "]", "}", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "..."}
_NO_SPACE_AFTER = {"$", "(", "[", "{", "#", "£", "€"}

BE_FORMS = {"am", "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "'m"}
HAVE_FORMS = {"has", "have", "had", "'ve", "'d"}
DO_FORMS = {"do", "does", "did"}
NEGATIONS = {"not", "n't", "never"}


def ascii_cases(words: set[str]) -> frozenset[str]:
    """Every upper/lower-case spelling of ``words``: ``w in ascii_cases(S)`` is
    ``w.lower() in S`` without lower-casing ``w`` (exact for these ASCII words: the only
    non-ASCII letter whose ``lower()`` is an ASCII letter is the Kelvin sign, "k")."""
    spellings: set[str] = set()
    for word in words:
        out = {""}
        for ch in word:
            out = {o + c for o in out for c in {ch.lower(), ch.upper()}}
        spellings |= out
    return frozenset(spellings)


# w in _NO_SPACE_BEFORE, or w starts with "'" and its lower case is in _NO_SPACE_BEFORE
_NO_SPACE_BEFORE_ANY = frozenset(_NO_SPACE_BEFORE) | ascii_cases({w for w in _NO_SPACE_BEFORE if w.startswith("'")})
_CLITICS_ANY = ascii_cases({"'s", "n't"})  # w.lower() in {"'s", "n't"}


def render(pieces: list) -> str:
    """Join words or tokens with English spacing.

    Two article tokens that were adjacent in the text keep the text's spacing ("£320m",
    "18- to 34-year-olds"); elsewhere the rules apply: no space before punctuation or
    clitics, none after an opening bracket or currency sign, quotes paired.

    This loop runs for every word of every stem, statement and option, so its tests are
    set look-ups on the word as it is (every case spelling precomputed, see
    :func:`ascii_cases`) rather than ``lower()`` calls.
    """
    if len(pieces) == 1:  # a one-word answer or option (a third of all calls): the word itself
        p = pieces[0]
        return p if isinstance(p, str) else p.text
    out: list[str] = []
    quote_open = False
    no_space_next = True
    # the end offset of the piece before, when it was a token at a place in the article
    # (start >= 0); None after a plain string, which breaks adjacency, or a made-up token
    prev_end = None
    no_before = _NO_SPACE_BEFORE_ANY
    no_after = _NO_SPACE_AFTER
    for p in pieces:
        # one type test per piece
        if isinstance(p, str):
            tok = None
            w = p
        else:
            tok = p
            w = p.text
        if not w:
            continue
        space = not no_space_next and w not in no_before
        if w == '"':
            if quote_open:
                space = False
            quote_open = not quote_open
            no_space_next = quote_open
        else:
            no_space_next = w in no_after
        if tok is None:
            prev_end = None
        else:
            start = tok.start
            if prev_end is not None and start >= 0 and prev_end <= start < prev_end + 3:
                space = start > prev_end  # adjacent in the article: keep its spacing
                if tok.pos == "POS" or w in _CLITICS_ANY:
                    space = False  # "Dürer 's" in the source is a typo, not a style
            prev_end = tok.end if start >= 0 else None
        if space and out:
            out.append(" ")
        out.append(w)
    return "".join(out)


def as_sentence(s: str) -> str:
    """Capital first, one full stop last: "at 8 p.m." keeps its own period, not "p.m.."."""
    s = capitalize_first(s)
    return s if s.endswith(".") else s + "."


def capitalize_first(s: str) -> str:
    """Upper-case the first character when it is a letter (a leading quote is skipped)."""
    i = 1 if s[:1] in ('"', "'") else 0
    if s[i + 1 : i + 2].isupper():
        return s  # "iTunes", "eBay": a brand's own capitals
    if s[i : i + 1].isalpha():
        return s[:i] + s[i].upper() + s[i + 1 :]
    return s


def lower_first_word(words: list[str], tags: list[str]) -> list[str]:
    """Lower-case a sentence-initial word that is not a proper noun ("The" -> "the"); a
    number compound the tagger read as a name is not one ("Thirteen-year-old Bennett")."""
    if words and tags and (not tags[0].startswith("NNP") or "-" in words[0] and words[0].split("-")[0].lower() in NUMBER_WORDS) and words[0] not in ("I",) and not (words[0].isupper() and len(words[0]) > 1):  # "A" -> "a", "UN" stays
        if _nationality(words[0]):
            return words  # "Finnish/JJ mobile-phone company Nokia": not "finnish"
        if _country(words[0]):
            return words  # "Zimbabwe/NN has been given ...": a country the tagger missed, not "zimbabwe" (review round 88)
        return [words[0][:1].lower() + words[0][1:]] + words[1:]
    return words


def _nationality(word: str) -> bool:
    from quizgen.text.entities import NATIONALITY, gazetteer

    hit = gazetteer().names.get(word)
    # "Canadian" is also a river in the gazetteer: "canadian steel ingot production" (review round 66)
    return hit is not None and (hit[0] == NATIONALITY or hit[1] is None and word.endswith(("ian", "ean", "ese", "ish")))


def _country(word: str) -> bool:
    from quizgen.text.entities import gazetteer

    hit = gazetteer().names.get(word)
    return hit is not None and hit[1] == "country"


def base_form(verb: str) -> str:
    return lemma(verb.lower(), "VBD")


def do_support(tag: str) -> str | None:
    """The form of "do" that carries tense for a finite main verb's tag."""
    return {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(tag)


def singular_agreement(word: str, tag: str) -> str:
    """A finite verb agreeing with a singular wh-subject ("have" -> "has", "are" -> "is")."""
    low = word.lower()
    if low == "are":
        return "is"
    if low == "were":
        return "was"
    if low == "have":
        return "has"
    if low == "do":
        return "does"
    if tag == "VBP":
        return inflect(base_form(low), "VBZ")
    return word
