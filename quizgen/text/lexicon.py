"""WordNet 3.0 lookups for typing answers and finding distractors, offline.

Backed by ``lexicon.json.gz`` (synsets with lexicographer file, lemmas, SemCor
counts and hypernyms; lemma index; precomputed antonyms) and ``words.json.gz``
(vocabulary, stopwords, inflection exceptions), both built by
:mod:`quizgen.resources.builders.lexicon`. Each is loaded on first use, once per
process.

Conventions: ``pos`` is a WordNet letter (``n``, ``v``, ``a``/``s``, ``r``) or a Penn
tag (``NN*``, ``VB*``, ``JJ*``, ``RB*``); lemma lookup ignores case and uses spaces in
multiword lemmas (``"united states"``); when a form is not a lemma, WordNet's
morphology (exception lists, then suffix rules, as ``morphy``) finds its base form.
Results keep WordNet's case (``"Japan"``) with spaces instead of underscores.
"""

from __future__ import annotations

import bisect
import functools
import operator
from itertools import accumulate, islice
from typing import Any

from quizgen.errors import ResourceError
from quizgen.resources import cached_model, load_json_gz

_PENN = {"N": "n", "V": "v", "J": "a", "R": "r"}
#: WordNet's morphy suffix rules (``nltk.corpus.reader.wordnet.WordNetCorpusReader.MORPHOLOGICAL_SUBSTITUTIONS``).
_SUFFIXES = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}


def _wn_pos(pos: str) -> str:
    if pos in ("n", "v", "a", "r"):
        return pos
    if pos == "s":
        return "a"
    p = _PENN.get(pos[:1].upper()) if pos else None
    if p is None:
        raise ValueError(f"unknown part of speech {pos!r}; use n, v, a, r or a Penn tag")
    return p


_SORT_BLOCK = 4096  # lines compared at a time by _WordList.is_sorted
_SAMPLE_EVERY = 32  # lines per block of _WordList's look-up index


def _line_offsets(text: str) -> "array":
    """Start offset of every line of ``text``, plus ``len(text) + 1`` (so line k is
    ``text[off[k] : off[k + 1] - 1]``).

    Summed from the line lengths of windows of the text ending at a newline (in C; a
    ``find`` per line took ~0.25 s for the word list), a window at a time so no list of
    every line is ever built."""
    from array import array

    off = array("I", [0])
    pos = 0
    while True:
        cut = text.find("\n", pos + _OFFSET_WINDOW)
        piece = text[pos:] if cut < 0 else text[pos:cut]
        # the start of the line after each line of the piece (after its last line: the
        # line after the newline at ``cut``, or ``len(text) + 1`` at the end)
        off.extend(islice(accumulate(map(_PLUS_ONE, map(len, piece.split("\n"))), initial=pos), 1, None))
        if cut < 0:
            return off
        pos = cut + 1


_OFFSET_WINDOW = 1 << 18  # characters split into lines at a time by _line_offsets
_PLUS_ONE = (1).__add__


def _key_hash(key: str) -> int:
    import zlib

    return zlib.crc32(key.encode("utf-8", "surrogatepass"))


class _Index:
    """A lemma index kept as its text (``lemma \\t ids`` lines): a sorted table of key
    hashes points at the lines, and a hit is confirmed against the line itself, so a
    look-up is exact. About 8 bytes per lemma instead of a dict of strings (~150)."""

    __slots__ = ("text", "hashes", "lines")

    def __init__(self, text: str) -> None:
        from array import array

        self.text = text
        off = _line_offsets(text) if text else array("I", [0])
        entries = sorted(
            (_key_hash(text[off[k] : text.index("\t", off[k])]), off[k]) for k in range(len(off) - 1) if text
        )
        self.hashes = array("I", [h for h, _ in entries])
        self.lines = array("I", [o for _, o in entries])

    def get(self, key: str) -> str | None:
        import bisect

        h = _key_hash(key)
        hashes, text = self.hashes, self.text
        k = bisect.bisect_left(hashes, h)
        n = len(key)
        while k < len(hashes) and hashes[k] == h:
            o = self.lines[k]
            if text.startswith(key, o) and text.startswith("\t", o + n):
                e = text.find("\n", o)
                return text[o + n + 1 : e if e >= 0 else len(text)]
            k += 1
        return None


class _Lexicon:
    """The WordNet graph in flat arrays indexed by synset id.

    Names and lemma lists stay in their joined text (sliced on use), hypernym links are
    two integer arrays (offsets and targets), the lemma index is hashed (:class:`_Index`):
    a few MB where lists of Python strings and lists took ~75 MB.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        from array import array

        try:
            syn = data["synsets"]
            self._names_text: str = syn["name"]
            lex: list[int] = syn["lex"]
            self._lemmas_text: str = syn["lemmas"]
            hyper: list[list[int]] = syn["hyper"]
            self.counts: dict[str, list[int]] = syn["counts"]
            self.lexnames: list[str] = data["lexnames"]
            index_text: dict[str, str] = data["index"]
            self.antonyms: dict[str, dict[str, list[str]]] = data["antonyms"]
        except (KeyError, TypeError, AttributeError):
            raise ResourceError("Language resource lexicon.json.gz has an unexpected layout; run `make resources`.") from None
        self._names_off = _line_offsets(self._names_text)
        self._lemmas_off = _line_offsets(self._lemmas_text)
        self.n = len(self._names_off) - 1
        self.lex = array("H", lex)
        off = array("I", [0])
        ids = array("I")
        for hs in hyper:
            ids.extend(hs)
            off.append(len(ids))
        self._hyper_off, self._hyper_ids = off, ids
        self._index: dict[str, _Index] = {pos: _Index(text) for pos, text in index_text.items()}
        self._by_name: dict[str, int] | None = None
        self._hypo: tuple[Any, Any] | None = None

    def name(self, sid: int) -> str:
        off = self._names_off
        return self._names_text[off[sid] : off[sid + 1] - 1]

    def lemmas(self, sid: int) -> list[str]:
        off = self._lemmas_off
        return self._lemmas_text[off[sid] : off[sid + 1] - 1].split("\t")

    def hyper(self, sid: int):
        """Hypernyms and instance hypernyms of a synset (ids, in the stored order)."""
        off = self._hyper_off
        return self._hyper_ids[off[sid] : off[sid + 1]]

    def senses(self, pos: str, key: str) -> list[int] | None:
        """Synset ids of lemma ``key`` (lowercase, spaces) in sense order, None if not a lemma."""
        table = self._index.get(pos)
        ids = table.get(key) if table is not None else None
        return None if ids is None else [int(x) for x in ids.split(",")]

    @property
    def by_name(self) -> dict[str, int]:
        if self._by_name is None:
            self._by_name = {n: i for i, n in enumerate(self._names_text.split("\n"))}
        return self._by_name

    def hypo(self, sid: int):
        """Hyponyms and instance hyponyms of a synset (inverse of ``hyper``, built on first use),
        in increasing id order, as the list-of-lists inversion gave them."""
        if self._hypo is None:
            from array import array

            import numpy as np

            off = np.frombuffer(self._hyper_off, dtype=np.uint32).astype(np.int64)
            targets = np.frombuffer(self._hyper_ids, dtype=np.uint32).astype(np.int64)
            sources = np.repeat(np.arange(self.n, dtype=np.int64), np.diff(off))
            order = np.lexsort((sources, targets))  # by target, then by source id (stable)
            hoff = np.zeros(self.n + 1, dtype=np.int64)
            np.cumsum(np.bincount(targets, minlength=self.n), out=hoff[1:])
            self._hypo = (array("I", hoff.astype(np.uint32).tobytes()), array("I", sources[order].astype(np.uint32).tobytes()))
        hoff, hids = self._hypo
        return hids[hoff[sid] : hoff[sid + 1]]

    def lemma_counts(self, sid: int) -> list[int]:
        return self.counts.get(str(sid)) or [0] * len(self.lemmas(sid))

    def head_lemma(self, sid: int) -> tuple[str, int]:
        """The synset's most frequent lemma (first on ties) and its count."""
        lemmas = self.lemmas(sid)
        best, best_c = lemmas[0], -1
        for lemma, c in zip(lemmas, self.lemma_counts(sid)):
            if c > best_c:
                best, best_c = lemma, c
        return best, best_c

    def closure(self, sid: int) -> set[int]:
        seen = {sid}
        stack = [sid]
        while stack:
            for h in self.hyper(stack.pop()):
                if h not in seen:
                    seen.add(h)
                    stack.append(h)
        return seen


_MODEL_VERSION = "compact1"


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return cached_model("lexicon", _Lexicon, version=_MODEL_VERSION)


class _Words:
    """``words.json.gz``: the exception lists at once, the vocabulary (~260k words, a sorted
    :class:`_WordList`) only when :func:`is_english_word` first needs it; generation never does."""

    def __init__(self, data: dict[str, Any]) -> None:
        try:
            self._vocabulary_text: str = data["vocabulary"]
            self.stopwords: frozenset[str] = frozenset(data["stopwords"])
            self.exceptions: dict[str, dict[str, list[str]]] = data["exceptions"]
            if not isinstance(self._vocabulary_text, str):
                raise TypeError
        except (KeyError, TypeError, AttributeError):
            raise ResourceError("Language resource words.json.gz has an unexpected layout; run `make resources`.") from None
        self._vocabulary: _WordList | frozenset[str] | None = None

    @property
    def vocabulary(self) -> "_WordList | frozenset[str]":
        """The word list, for ``in``: kept as its sorted text (a frozenset if it is not sorted)."""
        if self._vocabulary is None:
            words = _WordList(self._vocabulary_text)
            self._vocabulary = words if words.is_sorted() else frozenset(self._vocabulary_text.split("\n"))
        return self._vocabulary


class _WordList:
    """A sorted list of words kept as its newline-joined text, for membership tests.

    The line starts are an integer array and a look-up bisects over the lines, so the
    ~260k-word vocabulary costs about 1 MB beside its text instead of a set of strings
    (~24 MB). ``w in wl`` is true exactly when ``w`` is one of the lines, as for
    ``frozenset(text.split("\n"))``.

    A look-up bisects (in C) over every ``_SAMPLE_EVERY``-th line to find the block of
    lines that would hold the word, then searches that block's text for it as a whole
    line: a Python bisection over all the lines took ~8 us (18 slices and compares), and
    the lost-ligature repair asks about every join of two neighbouring words of a text.
    """

    __slots__ = ("text", "off", "samples")

    def __init__(self, text: str) -> None:
        self.text = text
        self.off = _line_offsets(text)
        self.samples = [self.line(k) for k in range(0, len(self), _SAMPLE_EVERY)]

    def __len__(self) -> int:
        return len(self.off) - 1

    def line(self, k: int) -> str:
        return self.text[self.off[k] : self.off[k + 1] - 1]

    def is_sorted(self) -> bool:
        """Every line before the next. Checked on blocks of lines split off the text (string
        comparisons in C, a few hundred kB at a time): a Python call per line took ~0.5 s
        on the first look-up of a word, in the middle of some article's ``analyze``."""
        text, off, n = self.text, self.off, len(self)
        last = None
        for a in range(0, n, _SORT_BLOCK):
            block = text[off[a] : off[min(n, a + _SORT_BLOCK)] - 1].split("\n")  # lines a .. a + block - 1
            if last is not None and not last < block[0]:
                return False
            if not all(map(operator.lt, block, islice(block, 1, None))):
                return False
            last = block[-1]
        return True

    def has_prefix(self, prefix: str) -> bool:
        """Some line starts with ``prefix``: the first line not before it does (lines are
        sorted), found like a look-up in :meth:`__contains__`."""
        block = max(bisect.bisect_right(self.samples, prefix) - 1, 0)
        first = block * _SAMPLE_EVERY
        last = min(first + _SAMPLE_EVERY, len(self))
        off = self.off
        lines = self.text[off[first] : off[last] - 1].split("\n")
        k = bisect.bisect_left(lines, prefix)
        if k < len(lines):
            return lines[k].startswith(prefix)
        return block + 1 < len(self.samples) and self.samples[block + 1].startswith(prefix)

    def __contains__(self, word: object) -> bool:
        """Lines are sorted and distinct (``is_sorted``), so a word that is a line lies in
        the block that starts at the last sample not after it."""
        if not isinstance(word, str) or "\n" in word:
            return False
        block = bisect.bisect_right(self.samples, word) - 1
        if block < 0:
            return False
        first = block * _SAMPLE_EVERY
        last = min(first + _SAMPLE_EVERY, len(self))
        off = self.off
        return f"\n{word}\n" in f"\n{self.text[off[first] : off[last] - 1]}\n"


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words(load_json_gz("words"))


@functools.lru_cache(maxsize=8192)
def base_forms(word: str, pos: str = "n") -> list[str]:
    """Candidate lemmas of an inflected form: the form itself, exception-list bases, suffix rules.

    Only candidates that are WordNet lemmas of ``pos`` are returned, in morphy's order.
    Cached (a pure function of the word; callers only read the list).
    """
    p = _wn_pos(pos)
    form = word.strip().lower().replace("_", " ")
    lx = _lexicon()
    out: list[str] = []
    for cand in [form, *_words().exceptions[p].get(form, []), *(
        form[: -len(old)] + new for old, new in _SUFFIXES[p] if form.endswith(old) and len(form) > len(old)
    )]:
        if cand not in out and lx.senses(p, cand) is not None:
            out.append(cand)
    return out


@functools.lru_cache(maxsize=8192)
def _senses(lemma: str, pos: str) -> list[int]:
    """Synset ids of ``lemma`` in WordNet sense order (most frequent first).

    Cached: an article asks about the same head nouns again and again (callers only read
    the list).
    """
    p = _wn_pos(pos)
    lx = _lexicon()
    key = lemma.strip().lower().replace("_", " ")
    ids = lx.senses(p, key)
    if ids is None:
        forms = base_forms(key, p)
        ids = lx.senses(p, forms[0]) if forms else None
    return ids or []


def lexname(lemma: str, pos: str = "n") -> str | None:
    """Lexicographer file of the lemma's most frequent sense (``"noun.person"``), None if unknown."""
    ids = _senses(lemma, pos)
    if not ids:
        return None
    lx = _lexicon()
    return lx.lexnames[lx.lex[ids[0]]]


def lexnames(lemma: str, pos: str = "n") -> list[str]:
    """Lexicographer files of all senses, in sense order, without repeats."""
    lx = _lexicon()
    out: list[str] = []
    for sid in _senses(lemma, pos):
        name = lx.lexnames[lx.lex[sid]]
        if name not in out:
            out.append(name)
    return out


def synonyms(lemma: str, pos: str = "n") -> frozenset[str]:
    """All lemmas (lowercased, spaces) of every synset of ``lemma``, the lemma itself included."""
    lx = _lexicon()
    return frozenset(l.lower() for sid in _senses(lemma, pos) for l in lx.lemmas(sid))


def antonyms(lemma: str, pos: str) -> list[str]:
    """Direct antonyms (adjectives also through their cluster head), most frequent first.

    Nouns have none here (WordNet's noun antonyms are few and odd); ``pos`` is required.
    """
    p = _wn_pos(pos)
    if p == "n":
        return []
    table = _lexicon().antonyms.get(p, {})
    key = lemma.strip().lower().replace("_", " ")
    found = table.get(key)
    if found is None:
        for form in base_forms(key, p):
            found = table.get(form)
            if found is not None:
                break
    return list(found or [])


def cohyponyms(lemma: str, pos: str = "n", limit: int = 30) -> list[str]:
    """Siblings of the lemma's first sense under each of its hypernyms (instance ones too).

    One lemma per sibling synset (its most frequent), ordered by SemCor count then
    alphabetically; the lemma and its synonyms are left out. ``cohyponyms("China")``
    gives other instances of ``asian_country.n.01`` such as ``"Japan"`` and ``"India"``.
    """
    return list(_cohyponyms(lemma, pos, limit))


@functools.lru_cache(maxsize=2048)
def _cohyponyms(lemma: str, pos: str, limit: int) -> tuple[str, ...]:
    ids = _senses(lemma, pos)
    if not ids or limit <= 0:
        return ()
    lx = _lexicon()
    first = ids[0]
    exclude = {lemma.strip().lower().replace("_", " ")} | synonyms(lemma, pos)
    seen_syn = {first}
    cands: list[tuple[int, str, str]] = []
    for h in lx.hyper(first):
        for sib in lx.hypo(h):
            if sib in seen_syn:
                continue
            seen_syn.add(sib)
            name, count = lx.head_lemma(sib)
            cands.append((-count, name.casefold(), name))
    cands.sort()
    out: list[str] = []
    seen: set[str] = set()
    for _, folded, name in cands:
        if folded in exclude or folded in seen:
            continue
        seen.add(folded)
        out.append(name)
        if len(out) >= limit:
            break
    return tuple(out)


def hypernym_chain(lemma: str, pos: str = "n") -> list[str]:
    """Synset names from the first sense's (first) hypernym up to the root.

    ``hypernym_chain("China")[0] == "asian_country.n.01"``; empty when unknown or a root.
    """
    return list(_hypernym_chain(lemma, pos))  # a fresh list: callers may change it


@functools.lru_cache(maxsize=8192)  # WordNet's chain of a word: the same in every document
def _hypernym_chain(lemma: str, pos: str) -> tuple[str, ...]:
    ids = _senses(lemma, pos)
    if not ids:
        return ()
    lx = _lexicon()
    chain: list[str] = []
    seen = {ids[0]}
    sid = ids[0]
    while lx.hyper(sid):
        sid = lx.hyper(sid)[0]
        if sid in seen:
            break
        seen.add(sid)
        chain.append(lx.name(sid))
    return tuple(chain)


def is_a(lemma: str, synset_name: str) -> bool:
    """True when any sense of ``lemma`` is ``synset_name`` or has it among its (instance) hypernyms.

    The part of speech comes from the synset name: ``is_a("delegation", "group.n.01")``.
    """
    lx = _lexicon()
    target = lx.by_name.get(synset_name)
    if target is None:
        return False
    pos = synset_name.rsplit(".", 2)[-2] if synset_name.count(".") >= 2 else "n"
    return any(target in lx.closure(sid) for sid in _senses(lemma, pos))


@functools.lru_cache(maxsize=8192)
def is_english_word(word: str) -> bool:
    """True for an English word form: in the word list, a WordNet lemma, a stopword, or an inflection of one.

    Memoised (a pure function of the word; the word list never changes once loaded): the
    ligature repair asks about every pair of neighbouring words of a text and their joins,
    ~24 us each (a form that is no word tries every suffix rule), and texts share most of
    their words."""
    w = word.strip().lower()
    if not w or not any(c.isalpha() for c in w):
        return False
    words = _words()
    if w in words.vocabulary or w in words.stopwords:
        return True
    for p, rules in _SUFFIXES.items():
        for base in words.exceptions[p].get(w, ()):
            if base in words.vocabulary:
                return True
        for old, new in rules:
            if w.endswith(old) and len(w) > len(old) and (w[: -len(old)] + new) in words.vocabulary:
                return True
    return w.endswith("'s") and w[:-2] in words.vocabulary


# is_english_word strips at most this many characters off a form before looking up what
# is left (a suffix rule's ending, or "'s")
_MAX_STRIPPED = max(2, *(len(old) for rules in _SUFFIXES.values() for old, _ in rules))


def could_start_english_word(prefix: str, length: int) -> bool:
    """False only when no form of ``length`` or more characters that starts with the
    lower-case ``prefix`` passes :func:`is_english_word`: a cheap test that lets the
    lost-ligature repair skip the five joins ("dif cult" -> "dif" + "fi" + "cult") of a
    word pair that cannot make a word. Such a form ``w`` is in the word list, a stopword,
    an exception form, or ``w`` less at most ``_MAX_STRIPPED`` characters begins a word of
    the list; when ``length - len(prefix) >= _MAX_STRIPPED`` each of these begins with
    ``prefix``, so one prefix test on each sorted list decides (shorter forms: True)."""
    if length - len(prefix) < _MAX_STRIPPED:
        return True
    words = _words()
    if isinstance(words.vocabulary, _WordList):
        if words.vocabulary.has_prefix(prefix):
            return True
    elif any(w.startswith(prefix) for w in words.vocabulary):
        return True
    others = _other_forms()
    k = bisect.bisect_left(others, prefix)
    return k < len(others) and others[k].startswith(prefix)


@functools.lru_cache(maxsize=1)
def _other_forms() -> list[str]:
    """Stopwords and exception forms, sorted: what :func:`is_english_word` accepts besides
    the word list and forms built on it."""
    words = _words()
    return sorted(set(words.stopwords).union(*(e.keys() for e in words.exceptions.values())))


def __getattr__(name: str) -> Any:
    # STOPWORDS is loaded on first access, so importing this module never needs the artifact.
    if name == "STOPWORDS":
        return _words().stopwords
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "STOPWORDS",
    "antonyms",
    "base_forms",
    "cohyponyms",
    "hypernym_chain",
    "is_a",
    "could_start_english_word",
    "is_english_word",
    "lexname",
    "lexnames",
    "synonyms",
]
