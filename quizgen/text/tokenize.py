"""Penn-Treebank-style word tokenisation with character offsets.

The tagger and chunker were trained on PTB tokens, so we split the way PTB does:
clitics ("Russia's" -> "Russia" "'s", "don't" -> "do" "n't"), punctuation, currency
symbols and percent signs, while keeping abbreviations ("U.S.", "Mr."), decimals
("3.5"), thousands ("200,000"), times ("10:30") and hyphenated words together.
"""

from __future__ import annotations

import re
import sys
from itertools import accumulate
from operator import sub

from quizgen.text.document import Token

_ABBREV = (
    "Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Gov|Sen|Sens|Rep|Reps|Lt|Col|Capt|Sgt|Rev|Hon|No|Nos|vs|v|etc|Inc|Ltd|Corp|Co|Bros|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Ave|approx|est|dept|univ|al|cf|ca|Fig|Figs|Eq|Eqs|Vol|Vols|pp|"
    # units of measure in older texts: "300 cc. of bile", "a 7.5 cm. area" (review round 47)
    "cm|mm|km|kg|gm|mg|ml|cc|lb|lbs|oz|ft|yd|yds|hr|hrs|mos"
)
# US state abbreviations, only before the comma that closes an address ("Campbell, Calif.,
# says"): at a sentence's end "Mass." or "Ill." is more often a word.
_STATES = "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo"
STATE_ABBREVIATIONS = frozenset(f"{s}." for s in _STATES.split("|"))
# The two lookahead guards only skip alternatives that cannot match (letters then a
# period; a digit), so the first alternative that matches is the same as without them.
_TOKEN = re.compile(
    r"""
    (?=[A-Za-z]++\.)(?:
    (?:[A-Za-z]\.){2,}(?![A-Za-z])            # U.S. U.K. e.g. i.e.
    |(?:""" + _ABBREV + r""")\.(?=\s|$|,|'s\b)  # Mr. Feb. Inc. (and "Co.'s")
    |(?:""" + _STATES + r""")\.(?=,)           # Fairless Hills, Pa., steel mill
    |[A-Z]\.(?=\s+[A-Z0-9])                    # initials: J. K. Rowling, P. L. 113
    )
    |(?=\d)(?:\d+(?:[.,:]\d+)+                 # 3.5 200,000 10:30
    |\d+(?:st|nd|rd|th|s)\b                    # 21st 1990s
    |\d+(?=[A-Za-z]))                           # 5m 3pm -> 5 | m
    |(?<![\w.])\.\d+(?![.,]?\w)               # $.07: a decimal without its zero
    |\w+(?:[-'&]\w+)*                           # words, hyphenated words, O'Brien
    |(?<=\.)'s\b                                # the clitic of "Co.'s", "U.S.'s"
    |\.\.\.+|--+|[?!]+|[^\w\s]                  # ellipsis, dash, punctuation
    """,
    re.X,
)
#: A token with the whitespace before it (see :func:`token_spans`).
_SPACED_TOKEN = re.compile(r"\s*(?:" + _TOKEN.pattern + ")", re.X)
_CLITIC = re.compile(r"(?i)(?:(?<=\w)(n't)|'(s|re|ve|ll|d|m))$")


# Contractions whose apostrophe was lost ("doesnt", "whats"), as in some classroom corpora.
# Only spellings that cannot be another word are split; the token text gets the apostrophe.
_LOST_APOSTROPHE = {
    "dont": ("do", "n't"), "doesnt": ("does", "n't"), "didnt": ("did", "n't"), "isnt": ("is", "n't"),
    "wasnt": ("was", "n't"), "arent": ("are", "n't"), "werent": ("were", "n't"), "cant": ("ca", "n't"),
    "couldnt": ("could", "n't"), "wouldnt": ("would", "n't"), "shouldnt": ("should", "n't"),
    "hasnt": ("has", "n't"), "havent": ("have", "n't"), "hadnt": ("had", "n't"), "mustnt": ("must", "n't"),
    "neednt": ("need", "n't"), "whats": ("what", "'s"), "thats": ("that", "'s"), "theres": ("there", "'s"),
    "theyre": ("they", "'re"), "youre": ("you", "'re"), "weve": ("we", "'ve"), "theyve": ("they", "'ve"),
    "ive": ("I", "'ve"), "youve": ("you", "'ve"),
}


_LOST_CAPITAL = {"Id": ("I", "'d"), "Im": ("I", "'m"), "Ill": ("I", "'ll")}  # only as capitalised words


def _split_clitic(word: str) -> tuple[str, str] | None:
    low = word.lower()
    if low.endswith("n't") and len(word) > 3:
        if low in ("can't",):
            return word[:2], word[2:]  # ca n't, as PTB
        if low == "won't":
            return word[:2], word[2:]
        return word[:-3], word[-3:]
    i = word.rfind("'")
    if i > 0 and low[i + 1 :] in ("s", "re", "ve", "ll", "d", "m"):
        return word[:i], word[i:]
    return None


def _casings(word: str) -> set[str]:
    out = {""}
    for ch in word:
        out = {p + c for p in out for c in {ch.lower(), ch.upper()}}
    return out


#: Every token whose ``lower()`` is a key of ``_LOST_APOSTROPHE`` (all ASCII casings: no other
#: character lowercases to one of their letters), plus the keys of ``_LOST_CAPITAL``, plus
#: "cannot", which PTB splits into "can" + "not".
_LOST_TRIGGERS = frozenset(v for k in _LOST_APOSTROPHE for v in _casings(k)) | frozenset(_LOST_CAPITAL) | _casings("cannot")


def token_spans(text: str, offset: int = 0) -> tuple[list[str], list[int], list[int]]:
    """:func:`tokenize` as three parallel lists (texts, starts, ends), without Token objects.

    The regular expression can start a match at every non-space character and at no
    space, so consecutive matches are separated by whitespace only. ``_SPACED_TOKEN``
    takes each token with the whitespace before it: the tokens are those strings
    stripped, their ends the running sum of the lengths. All of it runs in C; only
    the rare tokens with an apostrophe (or a lost one) are looked at one by one.
    """
    chunks = _SPACED_TOKEN.findall(text)
    words = list(map(str.lstrip, chunks))
    ends = list(accumulate(map(len, chunks), initial=offset))
    del ends[0]
    starts = list(map(sub, ends, map(len, words)))
    if "'" in text or not _LOST_TRIGGERS.isdisjoint(words):
        triggers = _LOST_TRIGGERS
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if w in triggers:
                if w.lower() == "cannot":
                    a, b = w[:3], w[3:]  # "cannot" -> "can" + "not", as PTB ("... cannot continue" negates like "can not")
                else:
                    a, b = _LOST_APOSTROPHE.get(w.lower()) or _LOST_CAPITAL[w]
                    a = a if w[0].islower() or a == "I" else a.capitalize()
                # "doesnt" -> "does" + "nt" (shown as "n't")
            elif "'" in w:
                split = _split_clitic(w)
                if split is None or not split[0]:
                    continue
                a, b = split
            else:
                continue
            s = starts[k]
            cut = s + len(a)
            words[k : k + 1] = [a, b]
            starts[k : k + 1] = [s, cut]
            ends[k : k + 1] = [cut, ends[k]]
    # A sentence-final abbreviation keeps its period ("in the U.S."), as PTB adds none.
    return list(map(sys.intern, words)), starts, ends  # one string object per word form


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokenise ``text``; token offsets are ``offset`` plus positions in ``text``."""
    return [Token(w, s, e) for w, s, e in zip(*token_spans(text, offset))]
