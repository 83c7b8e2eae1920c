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
from quizgen.resources import cached_model

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
    # adverbs only, which the model's context can make nouns: "Martin seldom/NN felt ..."
    # made "Martin seldom" a subject and "Martin seldom did not feel ..." (review round 56)
    "seldom": "RB",
    "Seldom": "RB",
    "rarely": "RB",
    "Rarely": "RB",
}


#: NLTK's feature templates, in its order; the value follows the name and one space.
_TEMPLATES = (
    "bias", "i suffix", "i pref1", "i-1 tag", "i-2 tag", "i tag+i-2 tag", "i word", "i-1 tag+i word",
    "i-1 word", "i-1 suffix", "i-2 word", "i+1 word", "i+1 suffix", "i+2 word",
)  # fmt: skip
#: Columns of the per-word table (see :meth:`_Model.word_id`): the word's fixed tag id
#: (tagdict, else -1), the rows of its own features, of its features as a neighbour, and
#: its id among the words of ``i-1 tag+i word`` features.
_FIXED, _SUF, _PREF, _WORD, _M1W, _M1S, _M2W, _P1W, _P1S, _P2W, _TWID = range(11)
_MEMO_LIMIT = 400_000  # distinct token forms remembered (then the memo starts over)


class _Model:
    """The loaded tagger tables, shaped for a decoder over whole batches of sentences.

    The weights are a dense integer matrix ``W`` (one row per feature, row 0 all zeros
    for unknown features, one column per class) in units of 0.001: the trained weights
    are rounded to 3 decimals, so integer sums are exact and any summation order gives
    the same scores. NLTK sums floats in feature order; its float sums differ from the
    exact ones by far less than 0.001, so the best class agrees unless two classes tie
    exactly, and then the token is re-scored the NLTK way (:meth:`exact_best`, from the
    same integers: ``w / 1000`` is the stored float, bit for bit).

    Features are looked up per template (``rows[template][value]``). The features that
    depend on the previous two tags only are summed in advance for every pair of tags
    (``pair``); ``i-1 tag+i word`` rows are found by binary search in ``tw_keys``.
    """

    __slots__ = ("tagdict", "classes", "labels", "rows", "W", "pair", "tw_wid", "tw_keys", "tw_rows", "tag_id",
                 "pad_info", "_memo", "_table", "_n")

    def __init__(self, payload: dict[str, Any]) -> None:
        import sys

        import numpy as np

        try:
            weights: dict[str, dict[str, float]] = payload["weights"]
            self.tagdict: dict[str, str] = payload["tagdict"]
            self.classes: list[str] = list(payload["classes"])
        except (KeyError, TypeError):
            raise ResourceError("Language resource tagger.json.gz has an unexpected layout; run `make resources`.") from None
        self.labels: list[str] = sorted(self.classes)
        n_labels = len(self.labels)
        col = {label: j for j, label in enumerate(self.labels)}
        # tag ids: the labels, then the two start symbols (prev / prev2 of the first token)
        self.tag_id: dict[str, int] = {**col, START[0]: n_labels, START[1]: n_labels + 1}
        self.rows: dict[str, dict[str, int]] = {name: {} for name in _TEMPLATES}
        prefixes = [(name + " ", self.rows[name]) for name in _TEMPLATES[1:]]
        intern = sys.intern
        rows: list[int] = []
        cols: list[int] = []
        vals: list[int] = []
        for r, (feat, by_label) in enumerate(weights.items(), start=1):
            if feat == "bias":
                self.rows["bias"][""] = r
            else:
                for prefix, table in prefixes:
                    if feat.startswith(prefix):
                        table[intern(feat[len(prefix) :])] = r
                        break
                else:
                    raise ResourceError(f"Language resource tagger.json.gz has an unknown feature {feat!r}; run `make resources`.")
            for label, w in by_label.items():
                rows.append(r)
                cols.append(col[label])
                vals.append(round(w * 1000))
        peak = max(map(abs, vals), default=0)
        W = np.zeros((len(weights) + 1, n_labels), dtype=np.int16 if peak < 2**15 else np.int32)
        W[rows, cols] = vals
        self.W = W
        # Summed rows of bias + the features on the two previous tags, for every pair of tag ids.
        n_tags = n_labels + 2
        names = self.labels + list(START)
        get = {name: self.rows[name].get for name in ("i-1 tag", "i-2 tag", "i tag+i-2 tag")}
        bias = W[self.rows["bias"].get("", 0)].astype(np.int32)
        pair = np.zeros((n_tags, n_tags, n_labels), dtype=np.int32)
        for a, prev in enumerate(names):
            for b, prev2 in enumerate(names):
                pair[a, b] = bias + W[get["i-1 tag"](prev, 0)] + W[get["i-2 tag"](prev2, 0)] + W[get["i tag+i-2 tag"](prev + " " + prev2, 0)]
        self.pair = pair
        # i-1 tag+i word: key = word id * n_tags + tag id, sorted, for a binary search per token.
        self.tw_wid: dict[str, int] = {}
        keys: list[int] = []
        key_rows: list[int] = []
        for value, r in self.rows["i-1 tag+i word"].items():
            prev, _, word = value.partition(" ")
            wid = self.tw_wid.setdefault(intern(word), len(self.tw_wid) + 1)
            keys.append(wid * n_tags + self.tag_id[prev])
            key_rows.append(r)
        order = np.argsort(np.array(keys, dtype=np.int64), kind="stable")
        self.tw_keys = np.array(keys, dtype=np.int64)[order]
        self.tw_rows = np.array(key_rows, dtype=np.intp)[order]
        # Padding around a sentence: two start symbols before, two end symbols after. Their
        # fixed "tags" are what NLTK's loop starts with (prev = -START-, prev2 = -START2-).
        self.pad_info = [
            self._info(START[0], START[0], n_labels + 1),
            self._info(START[1], START[1], n_labels),
            self._info(END[0], END[0], n_labels),
            self._info(END[1], END[1], n_labels),
        ]
        self._reset_memo()

    def __getstate__(self):
        return {k: getattr(self, k) for k in self.__slots__ if k not in ("_memo", "_table", "_n")}

    def __setstate__(self, state) -> None:
        for k, v in state.items():
            setattr(self, k, v)
        self._reset_memo()

    def _reset_memo(self) -> None:
        import numpy as np

        self._memo: dict[str, int] = _FormIds(self.word_id)
        self._table = np.zeros((1024, 11), dtype=np.int32)
        for k, info in enumerate(self.pad_info):
            self._table[k] = info
        self._n = len(self.pad_info)

    def _info(self, word: str, context_form: str, fixed: int) -> tuple[int, ...]:
        r = self.rows
        suffix = context_form[-3:]
        return (
            fixed,
            r["i suffix"].get(word[-3:], 0),
            r["i pref1"].get(word[0] if word else "", 0),
            r["i word"].get(context_form, 0),
            r["i-1 word"].get(context_form, 0),
            r["i-1 suffix"].get(suffix, 0),
            r["i-2 word"].get(context_form, 0),
            r["i+1 word"].get(context_form, 0),
            r["i+1 suffix"].get(suffix, 0),
            r["i+2 word"].get(context_form, 0),
            self.tw_wid.get(context_form, 0),
        )

    def word_id(self, token: str) -> int:
        """Row of ``token`` (an input token, mapped to its model form here) in the per-word table."""
        k = self._memo.get(token)
        if k is None:
            word = model_form(token)
            tag = self.tagdict.get(word)
            k = self._n
            if k >= len(self._table):
                import numpy as np

                self._table = np.concatenate((self._table, np.zeros_like(self._table)))
            self._table[k] = self._info(word, normalize(word), self.tag_id[tag] if tag else -1)
            self._memo[token] = k
            self._n = k + 1
        return k

    def exact_best(self, features: list[tuple[str, str]]) -> str:
        """NLTK's ``AveragedPerceptron.predict`` over ``(template, value)`` features: float sums
        in feature order, ties to the larger label."""
        scores = [0.0] * len(self.labels)
        W = self.W
        for name, value in features:
            r = self.rows[name].get(value, 0)
            if r:
                for j, w in enumerate(W[r].tolist()):
                    if w:
                        scores[j] += w / 1000
        labels = self.labels
        return labels[max(range(len(labels)), key=lambda j: (scores[j], labels[j]))]

    def tag_ids(self, sentences: list[list[str]]) -> list[int]:
        """Tag ids of the tokens of ``sentences`` (input tokens), greedy as NLTK's loop.

        One flat list in the padded layout: every sentence is preceded and followed by
        two padding positions. Greedy decoding gives the unique sequence with
        ``tag[i] = best(i, tag[i-1], tag[i-2])``. The static part of every score
        (features on words only) is summed for all tokens in a few numpy operations;
        then the decisions are made for all tokens at once from a guess of their
        neighbours' tags, and re-made only where a neighbour's tag changed, until nothing
        changes: that fixed point is exactly the greedy sequence (each round settles at
        least one more position from the left). Tokens with a fixed tag (NLTK's
        tagdict) are never re-decided.
        """
        import numpy as np

        n_tokens = sum(map(len, sentences))
        if self._n + n_tokens > _MEMO_LIMIT:
            self._reset_memo()  # bounded memory; never in the middle of a batch
        ids = self._memo.__getitem__
        seq: list[int] = []
        starts: list[int] = []
        extend = seq.extend
        for sent in sentences:
            extend((0, 1))
            starts.append(len(seq))
            extend(map(ids, sent))
            extend((2, 3))
        info = self._table[np.array(seq, dtype=np.intp)]
        fixed = info[:, _FIXED]
        P = np.flatnonzero(fixed < 0)  # positions decided by the model
        cur = fixed.astype(np.intp)
        if len(P):
            W = self.W
            static = np.empty((len(P), W.shape[1]), dtype=np.int32)
            buf = np.empty((min(len(P), 4096), W.shape[1]), dtype=W.dtype)
            for b in range(0, len(P), 4096):
                p = P[b : b + 4096]
                acc = static[b : b + 4096]
                tmp = buf[: len(p)]
                # each feature's rows into one reused buffer, added in place (row ids are
                # valid, so "clip" changes none and spares ``take`` its own buffer)
                np.take(W, info[p, _SUF], axis=0, out=tmp, mode="clip")
                acc[:] = tmp
                for r in (info[p, _PREF], info[p, _WORD], info[p - 1, _M1W], info[p - 1, _M1S], info[p - 2, _M2W],
                          info[p + 1, _P1W], info[p + 1, _P1S], info[p + 2, _P2W]):
                    np.take(W, r, axis=0, out=tmp, mode="clip")
                    acc += tmp
            twid = info[P, _TWID].astype(np.int64) * self.pair.shape[0]
            model_at = np.full(len(seq) + 2, -1, dtype=np.intp)
            model_at[P] = np.arange(len(P))
            cur[P] = static.argmax(axis=1)  # first guess: the previous tags ignored
            D = np.arange(len(P))
            keys, krows = self.tw_keys, self.tw_rows
            top = max(len(keys) - 1, 0)
            last = W.shape[1] - 1
            while len(D):
                Pd = P[D]
                p1 = cur[Pd - 1]
                s = static[D]  # a copy, summed into in place
                s += self.pair[p1, cur[Pd - 2]]
                key = twid[D] + p1
                at = np.minimum(np.searchsorted(keys, key), top)
                tmp = np.take(W, np.where(keys[at] == key, krows[at], 0), axis=0, mode="clip")
                s += tmp
                best = s.argmax(axis=1)
                for k in np.flatnonzero(best != last - s[:, ::-1].argmax(axis=1)).tolist():
                    best[k] = self._tie_break(sentences, starts, cur, int(Pd[k]))  # exact tie: as NLTK
                changed = Pd[best != cur[Pd]]
                cur[Pd] = best
                nxt = model_at[np.concatenate((changed + 1, changed + 2))]
                D = np.unique(nxt[nxt >= 0])
        return cur.tolist()

    def _tie_break(self, sentences: list[list[str]], starts: list[int], cur, p: int) -> int:
        """NLTK's decision at padded position ``p`` given the current tags of its two predecessors."""
        import bisect

        k = bisect.bisect_right(starts, p) - 1
        i = p - starts[k]
        words = [model_form(t) for t in sentences[k]]
        context = [START[0], START[1], *map(normalize, words), END[0], END[1]]
        names = self.labels + list(START)
        tag = self.exact_best(_feature_pairs(i, words[i], context, names[cur[p - 1]], names[cur[p - 2]]))
        return self.tag_id[tag]


class _FormIds(dict):
    """Token -> its row in a model's per-word table; a token not seen yet gets its row from
    ``make`` (which stores it here). A look-up of a known token is one dict access in C, so
    a sentence's rows come from ``map`` without a Python step per token."""

    __slots__ = ("make",)

    def __init__(self, make) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, token: str) -> int:
        return self.make(token)


_MODEL_VERSION = "batch1"


@functools.lru_cache(maxsize=1)
def _model() -> _Model:
    return cached_model("tagger", _Model, version=_MODEL_VERSION)


def nltk_tagger():
    """An ``nltk`` :class:`PerceptronTagger` filled with our model (for checks and evaluation).

    Its weights are read from the artifact afresh (not kept: the fast tagger does not need them).
    """
    import gzip
    import json

    from nltk.tag.perceptron import PerceptronTagger

    from quizgen.resources import resource_path

    with gzip.open(resource_path("tagger"), "rb") as f:
        payload = json.loads(f.read())
    tagger = PerceptronTagger(load=False)
    tagger.model.weights = payload["weights"]
    tagger.tagdict = payload["tagdict"]
    tagger.classes = tagger.model.classes = set(payload["classes"])
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


def _feature_pairs(i: int, word: str, context: list[str], prev: str, prev2: str) -> list[tuple[str, str]]:
    """NLTK's ``PerceptronTagger._get_features`` as ``(template, value)``, in its order (``context`` is padded)."""
    c0 = context[i + 2]
    return [
        ("bias", ""),
        ("i suffix", word[-3:]),
        ("i pref1", word[0] if word else ""),
        ("i-1 tag", prev),
        ("i-2 tag", prev2),
        ("i tag+i-2 tag", prev + " " + prev2),
        ("i word", c0),
        ("i-1 tag+i word", prev + " " + c0),
        ("i-1 word", context[i + 1]),
        ("i-1 suffix", context[i + 1][-3:]),
        ("i-2 word", context[i]),
        ("i+1 word", context[i + 3]),
        ("i+1 suffix", context[i + 3][-3:]),
        ("i+2 word", context[i + 4]),
    ]


def _features(i: int, word: str, context: list[str], prev: str, prev2: str) -> list[str]:
    """NLTK's ``PerceptronTagger._get_features`` keys, in its order (``context`` is padded)."""
    return [name if name == "bias" else name + " " + value for name, value in _feature_pairs(i, word, context, prev, prev2)]


def tag_sents(sentences: list[list[str]]) -> list[list[str]]:
    """Penn tags of several sentences of input tokens (the tags of :func:`pos_tag`), batched."""
    if not sentences:
        return []
    m = _model()
    labels = m.labels
    forced = _FORCED
    ids = m.tag_ids(sentences)
    out: list[list[str]] = []
    label = labels.__getitem__
    k = 2
    for sent in sentences:
        n = len(sent)
        tags = list(map(label, ids[k : k + n]))
        if not forced.keys().isdisjoint(sent):
            tags = [forced.get(t, tag) for t, tag in zip(sent, tags)]
        out.append(tags)
        k += n + 4
    return out


def tag_forms(words: list[str]) -> list[str]:
    """Tag already-mapped word forms; identical to ``nltk_tagger().tag(words)`` tags."""
    if not words:
        return []
    m = _model()
    labels = m.labels
    return [labels[j] for j in m.tag_ids([list(words)])[2:-2]]


def pos_tag(tokens: list[str]) -> list[tuple[str, str]]:
    """Tag one sentence of tokens with Penn Treebank tags; same contract as ``nltk.pos_tag``.

    Returns ``[(token, tag), ...]`` with the tokens exactly as given.
    """
    if not tokens:
        return []
    return list(zip(tokens, tag_sents([list(tokens)])[0]))


def pos_tag_sents(sentences: list[list[str]]) -> list[list[tuple[str, str]]]:
    """:func:`pos_tag` over several sentences (like ``nltk.pos_tag_sents``), tagged in one batch."""
    sentences = [list(s) for s in sentences]
    return [list(zip(s, tags)) for s, tags in zip(sentences, tag_sents(sentences))]


__all__ = ["model_form", "nltk_tagger", "normalize", "pos_tag", "pos_tag_sents", "tag_forms", "tag_sents"]
