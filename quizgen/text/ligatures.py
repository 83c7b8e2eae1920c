"""Repair words that lost an "fi"/"fl"/"ff" ligature on their way out of a PDF.

Classroom texts copied from PDFs drop the ligature glyph: "The rst 30 seconds",
"ve minutes", "dif cult", "re ex". Such words reach questions as noise ("rst") or
break the tagger. A fragment is repaired only when the repaired word is in the
project's English word list and the fragment itself is not a word, so ordinary text
is never touched.
"""

from __future__ import annotations

import re

_LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")
# a ligature glyph that survived ("\ufb01ve", NFKC makes it "five" later) is no lost one
_WORD = re.compile(r"(?<![A-Za-z'\u2019\-\ufb00-\ufb06])([a-z]+)(?![A-Za-z'\u2019\ufb00-\ufb06])")
_ANY_WORD = re.compile(r"(?<![A-Za-z'\u2019\-\ufb00-\ufb06])[A-Za-z]+(?![A-Za-z'\u2019\ufb00-\ufb06])")
# "I ve", "we ll": contractions that lost their apostrophe, not ligatures
# fragments whose repair is a guess (a prefix went missing too: "de nitely", "af liate")
_AMBIGUOUS = {"etc", "ores", "ef", "rer", "tter", "liate", "ection", "nitely", "ll", "rm"}
_CONTRACTION_HOSTS = {"i", "we", "you", "they", "he", "she", "it", "could", "would", "should", "might", "must", "who", "that", "there"}


# Fragments that give a lost ligature away; a text without any is left alone cheaply.
_TELLTALE_FRAGMENTS = (
    "rst nal nally ve nancial nding ndings ying ight shing lled exibility ction tness ourish nished ght "
    "rmly nances nish nishing oor ooded fth ghting esh uency exible elds lming lmed gure gures uid eet erce c cult cient cial cially "
    "cant cantly cance ed ict uence ts t ce cally nitely nition ned dence dential rmed cation ective"
).split()


def _telltale_pattern(fragments: tuple[str, ...] | list[str]) -> str:
    """A fragment standing alone as a word. The alternatives are grouped by their first
    letter ("n(?:al|ally|...)"): one alternation of 60 fragments was tried branch by branch
    at every word of every text (this runs for every text analysed); grouped, a word
    starting with another letter is turned away after one test per group (~2x faster).
    The same texts match (only whether one does is used)."""
    by_first: dict[str, list[str]] = {}
    for f in sorted(set(fragments), key=lambda f: (-len(f), f)):
        by_first.setdefault(f[0], []).append(re.escape(f[1:]))
    groups = "|".join(first + "(?:" + "|".join(tails) + ")" for first, tails in sorted(by_first.items()))
    return r"(?<![A-Za-z'\u2019])(?:" + groups + r")(?![A-Za-z'\u2019])"


_TELLTALE = re.compile(_telltale_pattern(_TELLTALE_FRAGMENTS))


def has_lost_ligatures(text: str) -> bool:
    return _TELLTALE.search(text) is not None


class _Answers(dict):
    """``is_word``'s answers for one text: a word seen again costs one dict look-up (in C)."""

    def __init__(self, look) -> None:
        super().__init__()
        self._look = look

    def __missing__(self, w: str) -> bool:
        hit = self[w] = bool(self._look(w))
        return hit


def ligature_repairs(text: str, is_word, is_stopword, could_start=None) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for every broken word of ``text``; ``is_word(w)`` says
    whether a lower-case form is in the word list, ``is_stopword(w)`` whether it is a
    function word ("so it" is two words, not "soffit"). ``could_start(prefix, length)``,
    when given, is False only if no word of at least ``length`` characters starting with
    ``prefix`` passes ``is_word``: a pair whose joins cannot be words is then skipped with
    one test instead of five look-ups (most pairs that get that far are names and
    ordinary words, "Kenya said")."""
    is_word = _Answers(is_word).__getitem__  # words repeat; the list lookup is the cost
    out: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    # One scan gives every word with its offsets, for both loops below: the words of
    # ``_WORD`` are exactly those of ``_ANY_WORD`` that are all lower case (same
    # boundaries), and each match is read once instead of once per pair it is in.
    words = [(m.start(), m.end(), m.group()) for m in _ANY_WORD.finditer(text)]
    for (s1, e1, a), (s2, e2, b) in zip(words, words[1:]):  # "dif cult" -> "difficult", "arti cially" -> "artificially"
        if s2 != e1 + 1 or text[e1] != " " or s1 in taken or not b.islower():
            continue
        la = a.lower()
        if is_stopword(la) and is_word(b) or is_word(la) and is_word(b) and (len(a) > 3 or len(b) > 3):
            continue
        if could_start is not None and not could_start(la + "f", len(a) + 2 + len(b)):
            continue  # every ligature starts with "f" and adds at least two letters
        for lig in _LIGATURES:
            joined = a + lig + b
            if len(joined) >= 6 and is_word(joined.lower()):
                out.append((s1, e2, joined))
                taken.update(range(s1, e2))
                break
    for s1, e1, w in words:  # "rst" -> "first", "ying" -> "flying"
        if not w.islower() or s1 in taken:
            continue  # (a word of _WORD is all lower case)
        if w in _AMBIGUOUS or is_word(w) and w != "ve":
            continue
        if w == "ve":
            before = text[max(0, s1 - 8) : s1].split()
            if before and before[-1].lower().strip("'\u2019") in _CONTRACTION_HOSTS:
                continue
        for lig in _LIGATURES:
            if len(lig + w) >= 4 and is_word(lig + w):
                out.append((s1, e1, lig + w))
                break
    out.sort()
    return out
