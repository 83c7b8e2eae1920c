"""Shallow phrase chunking: IOB tags with CoNLL-2000 phrase types.

A greedy averaged-perceptron chunker (model ``chunker.json.gz``, trained on
CoNLL-2000 by :mod:`quizgen.resources.builders.chunker`). Each token is scored from
its word/POS window and the two chunk tags already assigned to its left. Templates
need noun phrases as answer keys and verb groups as predicates; a perceptron over
that window finds NP boundaries far better than a regular-expression grammar.

The feature functions here are used both for training and at run time, so they
cannot drift apart. Scoring uses a dense integer weight matrix (weights are rounded
to 0.001 when trained): the word/POS features of a whole sentence are summed in one
numpy operation, and only the previous-tag features are added token by token.
"""

from __future__ import annotations

import functools
from typing import Any

from quizgen.errors import ResourceError
from quizgen.resources import load_json_gz

PAD = "-PAD-"
#: Chunk types of CoNLL-2000.
CHUNK_TYPES = ("NP", "VP", "PP", "ADJP", "ADVP", "SBAR", "PRT", "CONJP", "INTJ", "LST", "UCP")

#: Token forms -> the forms the chunker was trained on (same as the tagger's training map).
_FORM_MAP = {"``": '"', "''": '"', "`": "'", "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
             "-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}", "-LSB-": "[", "-RSB-": "]"}


def word_feature(word: str) -> str:
    """Word form for features: lowercased, digits collapsed (``!DIGITS``/``!YEAR``)."""
    word = _FORM_MAP.get(word, word)
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word and word[0].isdigit():
        return "!DIGITS"
    return word.lower()


def shape(word: str) -> str:
    """Coarse capitalisation class: ``X`` capitalised, ``x`` lower, ``d`` digit, ``p`` other."""
    if not word:
        return "p"
    c = word[0]
    if c.isupper():
        return "X"
    if c.islower():
        return "x"
    if c.isdigit():
        return "d"
    return "p"


def static_features(words: list[str], tags: list[str], i: int) -> list[str]:
    """Features of token ``i`` that do not depend on earlier chunk decisions.

    ``words`` are :func:`word_feature` forms and both lists are padded with two
    :data:`PAD` entries on each side (``i`` indexes the unpadded sentence).
    """
    j = i + 2
    w0, wm1, wm2, wp1, wp2 = words[j], words[j - 1], words[j - 2], words[j + 1], words[j + 2]
    t0, tm1, tm2, tp1, tp2 = tags[j], tags[j - 1], tags[j - 2], tags[j + 1], tags[j + 2]
    return [
        "bias",
        "w0 " + w0,
        "w-1 " + wm1,
        "w+1 " + wp1,
        "w-2 " + wm2,
        "w+2 " + wp2,
        "w-1 w0 " + wm1 + " " + w0,
        "w0 w+1 " + w0 + " " + wp1,
        "t0 " + t0,
        "t-1 " + tm1,
        "t-2 " + tm2,
        "t+1 " + tp1,
        "t+2 " + tp2,
        "t-1 t0 " + tm1 + " " + t0,
        "t0 t+1 " + t0 + " " + tp1,
        "t-2 t-1 " + tm2 + " " + tm1,
        "t+1 t+2 " + tp1 + " " + tp2,
        "t-1 t0 t+1 " + tm1 + " " + t0 + " " + tp1,
        "t-2 t-1 t0 " + tm2 + " " + tm1 + " " + t0,
        "t0 t+1 t+2 " + t0 + " " + tp1 + " " + tp2,
        "w0 t0 " + w0 + " " + t0,
        "w0 t+1 " + w0 + " " + tp1,
        "w-1 t0 " + wm1 + " " + t0,
        "w+1 t0 " + wp1 + " " + t0,
        "suf3 t0 " + w0[-3:] + " " + t0,
        "shape t0 " + shape(words[j]) + " " + t0,
    ]


def dynamic_features(p1: str, p2: str, t0: str, t1: str) -> list[str]:
    """Features on the two previous chunk tags (``p1`` nearest), with the POS of tokens 0 and +1."""
    return [
        "p1 " + p1,
        "p2 p1 " + p2 + " " + p1,
        "p1 t0 " + p1 + " " + t0,
        "p1 t0 t+1 " + p1 + " " + t0 + " " + t1,
    ]


def padded(tagged: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """Word-feature forms and POS tags of a sentence, padded for :func:`static_features`."""
    words = [PAD, PAD, *(word_feature(w) for w, _ in tagged), PAD, PAD]
    tags = [PAD, PAD, *(t for _, t in tagged), PAD, PAD]
    return words, tags


def repair_iob(tags: list[str]) -> list[str]:
    """Make an IOB sequence valid: ``I-X`` not preceded by ``B-X``/``I-X`` becomes ``B-X``."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def chunk_spans(tags: list[str]) -> list[tuple[str, int, int]]:
    """Phrases ``(type, first, last)`` (``last`` exclusive) of an IOB sequence, conlleval-style.

    A chunk starts at ``B-X``, or at ``I-X`` after anything but ``X``; it ends before
    the next ``B``, ``O`` or change of type.
    """
    spans: list[tuple[str, int, int]] = []
    start = -1
    kind = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        if start >= 0 and (prefix != "I" or typ != kind):
            spans.append((kind, start, i))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, kind = i, typ
    return spans


class _Model:
    """Dense integer weights (milli-units) of the chunker, plus a cache of previous-tag vectors."""

    __slots__ = ("labels", "feat_row", "W", "dyn_cache")

    def __init__(self, payload: dict[str, Any]) -> None:
        import numpy as np

        try:
            self.labels: list[str] = sorted(payload["classes"], reverse=True)
            weights: dict[str, dict[str, int]] = payload["weights"]
        except (KeyError, TypeError):
            raise ResourceError("Language resource chunker.json.gz has an unexpected layout; run `make resources`.") from None
        col = {label: j for j, label in enumerate(self.labels)}
        self.feat_row: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[int] = []
        for r, (feat, by_label) in enumerate(weights.items(), start=1):
            self.feat_row[feat] = r
            for label, w in by_label.items():
                rows.append(r)
                cols.append(col[label])
                vals.append(w)
        W = np.zeros((len(weights) + 1, len(self.labels)), dtype=np.int32)
        W[rows, cols] = vals
        self.W = W
        self.dyn_cache: dict[tuple[str, str, str, str], Any] = {}

    def dynamic(self, p1: str, p2: str, t0: str, t1: str):
        key = (p1, p2, t0, t1)
        vec = self.dyn_cache.get(key)
        if vec is None:
            get = self.feat_row.get
            vec = self.W[[get(f, 0) for f in dynamic_features(p1, p2, t0, t1)]].sum(axis=0)
            self.dyn_cache[key] = vec
        return vec


@functools.lru_cache(maxsize=1)
def _model() -> _Model:
    return _Model(load_json_gz("chunker"))


def chunk_tags(tagged: list[tuple[str, str]]) -> list[str]:
    """IOB chunk tags (``B-NP``, ``I-NP``, ``B-VP``, ``B-PP``, ``O`` ...) for a POS-tagged sentence.

    ``tagged`` is the output of :func:`quizgen.text.tagger.pos_tag`. The result has one
    tag per token and is always a valid IOB sequence. Among equal scores the
    alphabetically largest tag wins (deterministic).
    """
    if not tagged:
        return []
    import numpy as np

    m = _model()
    get = m.feat_row.get
    labels = m.labels
    words, tags = padded(tagged)
    rows = [[get(f, 0) for f in static_features(words, tags, i)] for i in range(len(tagged))]
    static = m.W[np.array(rows, dtype=np.intp)].sum(axis=1)
    out: list[str] = []
    p1 = p2 = PAD
    for i in range(len(tagged)):
        s = static[i] + m.dynamic(p1, p2, tags[i + 2], tags[i + 3])
        label = labels[int(s.argmax())]
        if label.startswith("I-") and p1[2:] != label[2:]:
            label = "B-" + label[2:]  # keep the sequence valid as we go
        out.append(label)
        p2, p1 = p1, label
    return out


def chunk_sents(tagged_sents: list[list[tuple[str, str]]]) -> list[list[str]]:
    """:func:`chunk_tags` for several sentences."""
    return [chunk_tags(s) for s in tagged_sents]


__all__ = ["CHUNK_TYPES", "chunk_sents", "chunk_spans", "chunk_tags", "repair_iob"]
