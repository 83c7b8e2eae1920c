"""Does the article support a statement? Used to keep false statements false.

A false true/false statement, a perturbed "which is true" option, or a distractor put
back into its question must not be stated anywhere in the article. We check this
against the whole Document, not only the source sentence: a statement counts as
supported when one sentence contains all of its content lemmas with the same polarity
(negated or not). That is deliberately generous: it errs towards calling a statement
supported, which only costs us an item, never a wrong key.
"""

from __future__ import annotations

import functools
import operator
import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import repeat

from quizgen.realize import ascii_cases
from quizgen.text.document import Document, Token

_FUNCTION = frozenset(
    """a an the of in on at to for from by with about as into over after before during since until and or but
    be is are was were been being am have has had do does did will would shall should can could may might must
    not n't never no that this these those it its he she they them his her their which who whom whose what
    there here than then so also very just only both either neither each every some any such own same
    's ' " , . ? ! ; : - -- ( )""".split()
)
_NEG = frozenset({"not", "n't", "never", "no", "nor", "without"})
_WORD = re.compile(r"[\w$%£€]+")


class _WordMemo(dict):
    """A bounded per-word-form memo, ``(lemma, text) -> fn(lemma, text)``, whose missing
    entries are made by its own look-up: ``map(memo.__getitem__, keys)`` then runs the
    whole loop in C, with no ``None`` to test for afterwards (one comparison per token)."""

    __slots__ = ("fn",)

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def __missing__(self, key: tuple[str, str]):
        if len(self) > 200_000:  # bounded: a long text's word forms are a few tens of thousands
            self.clear()
        value = self[key] = self.fn(*key)
        return value


def content_lemmas(tokens: list[Token]) -> set[str]:
    out = set(map(_CONTENT.__getitem__, map(_LEMMA_TEXT, tokens)))  # the memo's answers, looked up in C
    out.discard("")  # "" stands for "no content lemma"
    return out


def _content_lemma(lemma: str, text: str) -> str:
    """The content lemma of one word form ("" for a function word or punctuation)."""
    low = (lemma or text).lower()
    return low if low not in _FUNCTION and any(ch.isalnum() for ch in text) else ""


_CONTENT = _WordMemo(_content_lemma)  # (lemma, text) -> content lemma or ""


_LEMMA_TEXT = operator.attrgetter("lemma", "text")  # a token's key in the per-word memos
_TEXT = operator.attrgetter("text")


def words_lemmas(text: str) -> set[str]:
    """Content words of a plain string (for options that are not article tokens).

    A fresh set each call (callers may change it); the work is memoised in
    :func:`_words_lemmas`: distractor checks ask about the article's same few names and
    phrases for every question of the document."""
    return set(_words_lemmas(text))


@functools.lru_cache(maxsize=8192)  # a pure function of the string: no document state
def _words_lemmas(text: str) -> frozenset[str]:
    from quizgen.text.morphology import lemma

    out = set()
    for w in _WORD.findall(text):
        low = w.lower()
        if low in _FUNCTION:
            continue
        out.add(low)
        out.add(lemma(low, "NNS"))
        out.add(lemma(low, "VBD"))
    return frozenset(out)


_NEG_ANY = ascii_cases(_NEG)  # every case spelling: ``w in _NEG_ANY`` is ``w.lower() in _NEG``


def negated(tokens: list[Token]) -> bool:
    return not _NEG_ANY.isdisjoint(map(_TEXT, tokens))  # = any(t.text.lower() in _NEG ...)


def _index_keys(lemma: str, text: str) -> frozenset[str]:
    """What one token adds to its sentence's entry in the index: its content lemma (as
    :func:`content_lemmas` finds it) and its lower-cased word, function words left out. A
    pure function of the token's lemma and text, so :meth:`SupportIndex.build` memoises it
    per word form (one dict look-up per token instead of a ``lower()``, two set insertions
    and the content-lemma look-up)."""
    keys = {text.lower()}
    c = (lemma or text).lower()
    if any(ch.isalnum() for ch in text):  # else content_lemmas gives "" for it: no lemma
        keys.add(c)
    return frozenset(keys - _FUNCTION)


_INDEX_KEYS = _WordMemo(_index_keys)  # (lemma, text) -> see _index_keys


@dataclass(slots=True)
class SupportIndex:
    """Which sentences hold each content lemma, and each sentence's polarity.

    Compact, for long texts: one sorted tuple of sentence indices per content lemma
    instead of a set of lemmas per sentence. "Sentence ``i`` holds every lemma of a query"
    is "``i`` is in every lemma's posting list", found by bisection. Tuples, not ``array``s:
    most lemmas occur in one sentence, where a tuple is the smaller (1.6 MB against 2.3 MB
    at 1 MB of text), and a tuple of ints leaves the garbage collector's lists at its first
    collection, where tens of thousands of arrays living through generation had set off
    full collections (the index's build took twice as long with the collector on).
    Function words are not indexed: a query never holds one (``content_lemmas`` and
    ``words_lemmas`` drop them), and one that did would find no sentence, as before.
    """

    polarity: bytearray  # 1 where the sentence is negated
    by_lemma: dict[str, tuple[int, ...]]  # content lemma -> sorted sentence indices

    @classmethod
    def build(cls, doc: Document) -> "SupportIndex":
        pol = bytearray()
        by: dict[str, list[int]] = {}
        keys_of = _INDEX_KEYS.__getitem__
        for i, s in enumerate(doc.sentences):
            toks = s.tokens
            pol.append(negated(toks))
            # content_lemmas(toks) | {lower-cased words} - _FUNCTION, word form by word form, the loop in C
            for lem in set().union(*map(keys_of, map(_LEMMA_TEXT, toks))):
                post = by.get(lem)
                if post is None:
                    by[lem] = [i]
                else:
                    post.append(i)
        return cls(pol, {lem: tuple(post) for lem, post in by.items()})

    def holds(self, i: int, lem: str) -> bool:
        """Sentence ``i`` holds the content lemma ``lem``."""
        post = self.by_lemma.get(lem)
        if not post:
            return False
        k = bisect_left(post, i)
        return k < len(post) and post[k] == i

    def supported(self, content: set[str], is_negated: bool) -> bool:
        """True when some sentence holds every content lemma, with the same polarity."""
        if not content:
            return True
        posts = sorted(map(self.by_lemma.get, content, repeat(())), key=len)
        rarest, others = posts[0], posts[1:]
        if not rarest:
            return False  # a lemma no sentence holds
        pol = self.polarity
        for i in rarest:
            if pol[i] != is_negated:
                continue
            for post in others:
                k = bisect_left(post, i)
                if k == len(post) or post[k] != i:
                    break
            else:
                return True
        return False
