"""Penn-Treebank-style word tokenisation with character offsets.

The tagger and chunker were trained on PTB tokens, so we split the way PTB does:
clitics ("Russia's" -> "Russia" "'s", "don't" -> "do" "n't"), punctuation, currency
symbols and percent signs, while keeping abbreviations ("U.S.", "Mr."), decimals
("3.5"), thousands ("200,000"), times ("10:30") and hyphenated words together.
"""

from __future__ import annotations

import re

from quizgen.text.document import Token

_ABBREV = (
    "Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Rev|Hon|No|Nos|vs|etc|Inc|Ltd|Corp|Co|Bros|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Ave|approx|est|dept|univ|al|cf|ca"
)
_TOKEN = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z])            # U.S. U.K. e.g. i.e.
    |(?:""" + _ABBREV + r""")\.(?=\s|$|,)      # Mr. Feb. Inc.
    |[A-Z]\.(?=\s+[A-Z])                       # initials: J. K. Rowling
    |\d+(?:[.,:]\d+)+                         # 3.5 200,000 10:30
    |\d+(?:st|nd|rd|th|s)\b                    # 21st 1990s
    |\d+(?=[A-Za-z])                            # 5m 3pm -> 5 | m
    |\w+(?:[-'&]\w+)*                           # words, hyphenated words, O'Brien
    |\.\.\.+|--+|[?!]+|[^\w\s]                  # ellipsis, dash, punctuation
    """,
    re.X,
)
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


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokenise ``text``; token offsets are ``offset`` plus positions in ``text``."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        s = m.start() + offset
        lost = _LOST_APOSTROPHE.get(w.lower()) or _LOST_CAPITAL.get(w)
        if lost is not None:
            a, b = lost
            a = a if w[0].islower() or a == "I" else a.capitalize()
            cut = len(a)  # "doesnt" -> "does" + "nt" (shown as "n't")
            tokens.append(Token(a, s, s + cut))
            tokens.append(Token(b, s + cut, s + len(w)))
            continue
        if "'" in w:
            split = _split_clitic(w)
            if split is not None and split[0]:
                a, b = split
                tokens.append(Token(a, s, s + len(a)))
                tokens.append(Token(b, s + len(a), s + len(w)))
                continue
        tokens.append(Token(w, s, s + len(w)))
    # A sentence-final abbreviation keeps its period ("in the U.S."), as PTB adds none.
    return tokens
