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

import functools
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


class _Lexicon:
    """The WordNet graph in flat lists indexed by synset id."""

    def __init__(self, data: dict[str, Any]) -> None:
        try:
            syn = data["synsets"]
            self.names: list[str] = syn["name"].split("\n")
            self.lex: list[int] = syn["lex"]
            self._lemma_lines: list[str] = syn["lemmas"].split("\n")
            self.hyper: list[list[int]] = syn["hyper"]
            self.counts: dict[str, list[int]] = syn["counts"]
            self.lexnames: list[str] = data["lexnames"]
            self._index_text: dict[str, str] = data["index"]
            self.antonyms: dict[str, dict[str, list[str]]] = data["antonyms"]
        except (KeyError, TypeError, AttributeError):
            raise ResourceError("Language resource lexicon.json.gz has an unexpected layout; run `make resources`.") from None
        self._index: dict[str, dict[str, str]] = {}
        self._by_name: dict[str, int] | None = None
        self._hypo: list[list[int]] | None = None

    def lemmas(self, sid: int) -> list[str]:
        return self._lemma_lines[sid].split("\t")

    def senses(self, pos: str, key: str) -> list[int] | None:
        """Synset ids of lemma ``key`` (lowercase, spaces) in sense order, None if not a lemma."""
        table = self._index.get(pos)
        if table is None:  # parsed on first use per part of speech
            text = self._index_text[pos]
            table = dict(line.split("\t", 1) for line in text.split("\n")) if text else {}
            self._index[pos] = table
        ids = table.get(key)
        return None if ids is None else [int(x) for x in ids.split(",")]

    @property
    def by_name(self) -> dict[str, int]:
        if self._by_name is None:
            self._by_name = {n: i for i, n in enumerate(self.names)}
        return self._by_name

    @property
    def hypo(self) -> list[list[int]]:
        """Hyponyms and instance hyponyms of each synset (inverse of ``hyper``, built on first use)."""
        if self._hypo is None:
            hypo: list[list[int]] = [[] for _ in self.names]
            for i, hs in enumerate(self.hyper):
                for h in hs:
                    hypo[h].append(i)
            self._hypo = hypo
        return self._hypo

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
            for h in self.hyper[stack.pop()]:
                if h not in seen:
                    seen.add(h)
                    stack.append(h)
        return seen


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return cached_model("lexicon", _Lexicon)


class _Words:
    def __init__(self, data: dict[str, Any]) -> None:
        try:
            self.vocabulary: frozenset[str] = frozenset(data["vocabulary"].split("\n"))
            self.stopwords: frozenset[str] = frozenset(data["stopwords"])
            self.exceptions: dict[str, dict[str, list[str]]] = data["exceptions"]
        except (KeyError, TypeError, AttributeError):
            raise ResourceError("Language resource words.json.gz has an unexpected layout; run `make resources`.") from None


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words(load_json_gz("words"))


def base_forms(word: str, pos: str = "n") -> list[str]:
    """Candidate lemmas of an inflected form: the form itself, exception-list bases, suffix rules.

    Only candidates that are WordNet lemmas of ``pos`` are returned, in morphy's order.
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


def _senses(lemma: str, pos: str) -> list[int]:
    """Synset ids of ``lemma`` in WordNet sense order (most frequent first)."""
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
    ids = _senses(lemma, pos)
    if not ids or limit <= 0:
        return []
    lx = _lexicon()
    first = ids[0]
    exclude = {lemma.strip().lower().replace("_", " ")} | synonyms(lemma, pos)
    seen_syn = {first}
    cands: list[tuple[int, str, str]] = []
    for h in lx.hyper[first]:
        for sib in lx.hypo[h]:
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
    return out


def hypernym_chain(lemma: str, pos: str = "n") -> list[str]:
    """Synset names from the first sense's (first) hypernym up to the root.

    ``hypernym_chain("China")[0] == "asian_country.n.01"``; empty when unknown or a root.
    """
    ids = _senses(lemma, pos)
    if not ids:
        return []
    lx = _lexicon()
    chain: list[str] = []
    seen = {ids[0]}
    sid = ids[0]
    while lx.hyper[sid]:
        sid = lx.hyper[sid][0]
        if sid in seen:
            break
        seen.add(sid)
        chain.append(lx.names[sid])
    return chain


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


def is_english_word(word: str) -> bool:
    """True for an English word form: in the word list, a WordNet lemma, a stopword, or an inflection of one."""
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
    "is_english_word",
    "lexname",
    "lexnames",
    "synonyms",
]
