"""Penn Treebank POS tagging with the project's own averaged-perceptron model.

The model (``tagger.json.gz``, built by :mod:`quizgen.resources.builders.tagger`) is
an NLTK :class:`~nltk.tag.perceptron.PerceptronTagger` trained on the Penn Treebank
sample and CoNLL-2000. It is loaded once per process from the package, never from
nltk_data. :func:`pos_tag` runs a tight re-implementation of NLTK's greedy tag loop
(same features, same feature order, same float sums, same tie-break) which gives
identical tags to ``PerceptronTagger.tag`` several times faster;
``tests/test_tagger.py`` checks the two agree.

Token forms: our tokenizer emits straight ``"`` and ``'`` and PTB splits (``n't``,
``'s``). The model was trained on those forms and tags ``"`` as ```` (opening) or
``''`` (closing) from context. PTB-style inputs (````, ``''``, ``-LRB-``) and curly
quotes are mapped to the trained forms before tagging; literal ```` / ``''`` /
bracket tokens keep their unambiguous PTB tag.
"""

from __future__ import annotations

import functools
from typing import Any

from quizgen.errors import ResourceError
from quizgen.resources import cached_model, load_json_gz

START = ("-START-", "-START2-")
END = ("-END-", "-END2-")

#: Input token -> form the model was trained on.
_FORM_MAP = {
    "``": '"',
    "''": '"',
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2018": "'",
    "\u2019": "'",
    "-LRB-": "(",
    "-RRB-": ")",
    "-LCB-": "{",
    "-RCB-": "}",
    "-LSB-": "[",
    "-RSB-": "]",
    "\u2014": "--",
    "\u2013": "--",
    "\u2026": "...",
}
#: Tokens whose tag is fixed whatever the model says (PTB conventions).
_FORCED = {
    "``": "``",
    "\u201c": "``",
    "`": "``",
    "\u2018": "``",
    "''": "''",
    "\u201d": "''",
    "(": "(",
    ")": ")",
    "-LRB-": "(",
    "-RRB-": ")",
    "[": "(",
    "]": ")",
    "{": "(",
    "}": ")",
    "-LCB-": "(",
    "-RCB-": ")",
    "-LSB-": "(",
    "-RSB-": ")",
}


class _Model:
    """The loaded tagger tables, shaped for the fast loop.

    Besides NLTK's ``weights`` dict, the weights are held as a dense integer matrix
    ``W`` (one row per feature, row 0 all zeros for unknown features, one column per
    class) in units of 0.001: the trained weights are rounded to 3 decimals, so integer
    sums are exact and any summation order gives the same scores. NLTK sums floats in
    feature order; its float sums differ from the exact ones by far less than 0.001,
    so the best class agrees unless two classes tie exactly, and then the token is
    re-scored the NLTK way (:meth:`exact_best`).
    """

    __slots__ = ("weights", "tagdict", "classes", "labels", "feat_row", "W", "pair_cache")

    def __init__(self, payload: dict[str, Any]) -> None:
        import numpy as np

        try:
            self.weights: dict[str, dict[str, float]] = payload["weights"]
            self.tagdict: dict[str, str] = payload["tagdict"]
            self.classes: list[str] = list(payload["classes"])
        except (KeyError, TypeError):
            raise ResourceError("Language resource tagger.json.gz has an unexpected layout; run `make resources`.") from None
        self.labels: list[str] = sorted(self.classes)
        col = {label: j for j, label in enumerate(self.labels)}
        self.feat_row: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[int] = []
        for r, (feat, by_label) in enumerate(self.weights.items(), start=1):
            self.feat_row[feat] = r
            for label, w in by_label.items():
                rows.append(r)
                cols.append(col[label])
                vals.append(round(w * 1000))
        W = np.zeros((len(self.weights) + 1, len(self.labels)), dtype=np.int64)
        W[rows, cols] = vals
        self.W = W
        self.pair_cache: dict[tuple[str, str], Any] = {}

    def pair_vector(self, prev: str, prev2: str):
        """Summed rows of the features that depend only on the two previous tags (+ bias)."""
        key = (prev, prev2)
        vec = self.pair_cache.get(key)
        if vec is None:
            get = self.feat_row.get
            W = self.W
            vec = W[get("bias", 0)] + W[get("i-1 tag " + prev, 0)] + W[get("i-2 tag " + prev2, 0)] + W[
                get("i tag+i-2 tag " + prev + " " + prev2, 0)
            ]
            self.pair_cache[key] = vec
        return vec

    def exact_best(self, features: list[str]) -> str:
        """NLTK's ``AveragedPerceptron.predict``: float sums in feature order, ties to the larger label."""
        scores = dict.fromkeys(self.labels, 0.0)
        for feat in features:
            w = self.weights.get(feat)
            if w:
                for label, weight in w.items():
                    scores[label] += weight
        return max(self.labels, key=lambda label: (scores[label], label))


@functools.lru_cache(maxsize=1)
def _model() -> _Model:
    return cached_model("tagger", _Model)


def nltk_tagger():
    """An ``nltk`` :class:`PerceptronTagger` filled with our model (for checks and evaluation)."""
    from nltk.tag.perceptron import PerceptronTagger

    m = _model()
    tagger = PerceptronTagger(load=False)
    tagger.model.weights = m.weights
    tagger.tagdict = m.tagdict
    tagger.classes = tagger.model.classes = set(m.classes)
    return tagger


def normalize(word: str) -> str:
    """NLTK's PerceptronTagger.normalize: the word form used in context features."""
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word and word[0].isdigit():
        return "!DIGITS"
    return word.lower()


def model_form(token: str) -> str:
    """The form of ``token`` the model was trained on (straight quotes, ``(`` for ``-LRB-``)."""
    form = _FORM_MAP.get(token)
    if form is not None:
        return form
    if "\u2019" in token:
        return token.replace("\u2019", "'")
    return token


def _features(i: int, word: str, context: list[str], prev: str, prev2: str) -> list[str]:
    """NLTK's ``PerceptronTagger._get_features`` keys, in its order (``context`` is padded)."""
    c0 = context[i + 2]
    return [
        "bias",
        "i suffix " + word[-3:],
        "i pref1 " + (word[0] if word else ""),
        "i-1 tag " + prev,
        "i-2 tag " + prev2,
        "i tag+i-2 tag " + prev + " " + prev2,
        "i word " + c0,
        "i-1 tag+i word " + prev + " " + c0,
        "i-1 word " + context[i + 1],
        "i-1 suffix " + context[i + 1][-3:],
        "i-2 word " + context[i],
        "i+1 word " + context[i + 3],
        "i+1 suffix " + context[i + 3][-3:],
        "i+2 word " + context[i + 4],
    ]


def tag_forms(words: list[str]) -> list[str]:
    """Tag already-mapped word forms; identical to ``nltk_tagger().tag(words)`` tags.

    The features that do not depend on earlier tags are looked up and summed for the
    whole sentence in one numpy operation; the greedy left-to-right loop then only
    adds the cached previous-tags vector and one ``prev tag + word`` row per token.
    """
    import numpy as np

    m = _model()
    tagdict = m.tagdict
    get = m.feat_row.get
    W = m.W
    labels = m.labels
    last = len(labels) - 1
    context = [START[0], START[1], *map(normalize, words), END[0], END[1]]
    model_idx = [i for i, w in enumerate(words) if not tagdict.get(w)]
    static = None
    if model_idx:
        rows = []
        for i in model_idx:
            word = words[i]
            cm1 = context[i + 1]
            cp1 = context[i + 3]
            rows.append((
                get("i suffix " + word[-3:], 0),
                get("i pref1 " + (word[0] if word else ""), 0),
                get("i word " + context[i + 2], 0),
                get("i-1 word " + cm1, 0),
                get("i-1 suffix " + cm1[-3:], 0),
                get("i-2 word " + context[i], 0),
                get("i+1 word " + cp1, 0),
                get("i+1 suffix " + cp1[-3:], 0),
                get("i+2 word " + context[i + 4], 0),
            ))
        static = W[np.array(rows, dtype=np.intp)].sum(axis=1)
    prev, prev2 = START
    tags: list[str] = []
    append = tags.append
    k = 0
    for i, word in enumerate(words):
        tag = tagdict.get(word)
        if not tag:
            s = static[k] + m.pair_vector(prev, prev2) + W[get("i-1 tag+i word " + prev + " " + context[i + 2], 0)]
            k += 1
            j = int(s.argmax())
            if j != last - int(s[::-1].argmax()):  # exact tie at the top: decide as NLTK does
                tag = m.exact_best(_features(i, word, context, prev, prev2))
            else:
                tag = labels[j]
        append(tag)
        prev2 = prev
        prev = tag
    return tags


def pos_tag(tokens: list[str]) -> list[tuple[str, str]]:
    """Tag one sentence of tokens with Penn Treebank tags; same contract as ``nltk.pos_tag``.

    Returns ``[(token, tag), ...]`` with the tokens exactly as given.
    """
    if not tokens:
        return []
    tags = tag_forms([model_form(t) for t in tokens])
    forced = _FORCED
    return [(t, forced.get(t, g)) for t, g in zip(tokens, tags)]


def pos_tag_sents(sentences: list[list[str]]) -> list[list[tuple[str, str]]]:
    """:func:`pos_tag` over several sentences (like ``nltk.pos_tag_sents``)."""
    return [pos_tag(s) for s in sentences]


__all__ = ["model_form", "nltk_tagger", "normalize", "pos_tag", "pos_tag_sents", "tag_forms"]
