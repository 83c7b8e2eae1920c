"""Shallow phrase chunking: IOB tags with CoNLL-2000 phrase types.

A greedy averaged-perceptron chunker (model ``chunker.json.gz``, trained on
CoNLL-2000 by :mod:`quizgen.resources.builders.chunker`). Each token is scored from
its word/POS window and the two chunk tags already assigned to its left. Templates
need noun phrases as answer keys and verb groups as predicates; a perceptron over
that window finds NP boundaries far better than a regular-expression grammar.

Features are declared once, as *templates* over four per-token streams (word form,
POS, suffix, capitalisation shape) at relative offsets; training and run time both
derive features from :data:`TEMPLATES`, so they cannot drift apart. At run time
every template value is turned into an integer key with numpy for the whole
sentence at once, keys are mapped to weight rows (dense table or binary search),
and the rows are summed in one operation; the previous-chunk-tag features are added
in a fixed-point decoding over whole batches (:meth:`_Model.decode_tags`). Weights are
integers (units of 0.001), so sums are exact.
"""

from __future__ import annotations

import functools
from typing import Any

from quizgen.errors import ResourceError
from quizgen.resources import cached_model, load_json_gz

PAD = "-PAD-"
#: Chunk types of CoNLL-2000.
CHUNK_TYPES = ("NP", "VP", "PP", "ADJP", "ADVP", "SBAR", "PRT", "CONJP", "INTJ", "LST", "UCP")
STREAMS = ("w", "t", "s", "h")  # word form, POS tag, 3-letter suffix, shape

#: Static templates: name -> ((stream, offset), ...). The empty template is the bias.
TEMPLATES: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = (
    ("bias", ()),
    ("w0", (("w", 0),)),
    ("w-1", (("w", -1),)),
    ("w+1", (("w", 1),)),
    ("w-2", (("w", -2),)),
    ("w+2", (("w", 2),)),
    ("w-1 w0", (("w", -1), ("w", 0))),
    ("w0 w+1", (("w", 0), ("w", 1))),
    ("t0", (("t", 0),)),
    ("t-1", (("t", -1),)),
    ("t-2", (("t", -2),)),
    ("t+1", (("t", 1),)),
    ("t+2", (("t", 2),)),
    ("t-1 t0", (("t", -1), ("t", 0))),
    ("t0 t+1", (("t", 0), ("t", 1))),
    ("t-2 t-1", (("t", -2), ("t", -1))),
    ("t+1 t+2", (("t", 1), ("t", 2))),
    ("t-1 t0 t+1", (("t", -1), ("t", 0), ("t", 1))),
    ("t-2 t-1 t0", (("t", -2), ("t", -1), ("t", 0))),
    ("t0 t+1 t+2", (("t", 0), ("t", 1), ("t", 2))),
    ("w0 t0", (("w", 0), ("t", 0))),
    ("w0 t+1", (("w", 0), ("t", 1))),
    ("w-1 t0", (("w", -1), ("t", 0))),
    ("w+1 t0", (("w", 1), ("t", 0))),
    ("s0 t0", (("s", 0), ("t", 0))),
    ("h0 t0", (("h", 0), ("t", 0))),
    ("h-1 h0 h+1", (("h", -1), ("h", 0), ("h", 1))),
)
#: Names of the features on previous chunk tags (p1 nearest), see :func:`dynamic_features`.
DYNAMIC = ("p1", "p2 p1", "p1 t0", "p1 t0 t+1")

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


def streams(tagged: list[tuple[str, str]]) -> dict[str, list[str]]:
    """The four feature streams of a tagged sentence, each padded with two :data:`PAD` per side."""
    pad = [PAD, PAD]
    words = [word_feature(w) for w, _ in tagged]
    return {
        "w": pad + words + pad,
        "t": pad + [t for _, t in tagged] + pad,
        "s": pad + [w[-3:] for w in words] + pad,
        "h": pad + [shape(w) for w, _ in tagged] + pad,
    }


def static_features(st: dict[str, list[str]], i: int) -> list[tuple[str, ...]]:
    """Template features of token ``i`` as tuples ``(template, value, ...)`` (training form)."""
    j = i + 2
    return [(name, *(st[s][j + o] for s, o in parts)) for name, parts in TEMPLATES]


def dynamic_features(p1: str, p2: str, t0: str, t1: str) -> list[tuple[str, ...]]:
    """Features on the two previous chunk tags, with the POS of tokens 0 and +1."""
    return [("p1", p1), ("p2 p1", p2, p1), ("p1 t0", p1, t0), ("p1 t0 t+1", p1, t0, t1)]


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


#: Templates whose key space is at most this large get a direct key -> row table (word x
#: tag templates, ~464k keys each, included: a table look-up is several times faster than
#: the binary search, for ~2 MB each).
_DENSE_LIMIT = 500_000
_MEMO_LIMIT = 400_000  # distinct token forms remembered (then the memo starts over)
_MODEL_VERSION = "batch2"


class _Model:
    """Integer weight matrix, a sorted table of template keys, and a previous-tag vector cache.

    Every static feature becomes one integer: the template's base offset plus the
    mixed-radix number formed by the integer ids of its stream values. All keys of a
    sentence are computed, looked up (a direct table for small key spaces, one binary
    search over a sorted key table for the rest) and their weight rows summed in a fixed number of numpy operations, however many
    templates there are.
    """

    def __init__(self, payload: dict[str, Any]) -> None:
        import numpy as np

        try:
            self.labels: list[str] = sorted(payload["classes"], reverse=True)
            tables: dict[str, list[list[Any]]] = payload["static"]
            dynamic: dict[str, list[list[Any]]] = payload["dynamic"]
        except (KeyError, TypeError):
            raise ResourceError("Language resource chunker.json.gz has an unexpected layout; run `make resources`.") from None
        col = {label: j for j, label in enumerate(self.labels)}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[int] = []
        n_rows = 1  # row 0: unknown feature, all zeros

        def add_row(weights: dict[str, int]) -> int:
            nonlocal n_rows
            r = n_rows
            n_rows += 1
            for label, w in weights.items():
                rows.append(r)
                cols.append(col[label])
                vals.append(w)
            return r

        # Integer ids of stream values (0 = unseen), in first-seen order of the sorted tables.
        self.vocab: dict[str, dict[str, int]] = {s: {} for s in STREAMS}
        for name, parts in TEMPLATES:
            for entry in tables.get(name, []):
                for (s, _), value in zip(parts, entry[:-1]):
                    self.vocab[s].setdefault(value, len(self.vocab[s]) + 1)
        radix = {s: len(v) + 1 for s, v in self.vocab.items()}
        arity = max(len(parts) for _, parts in TEMPLATES)
        stream_no = {s: k for k, s in enumerate(STREAMS)}
        s_idx = np.zeros((len(TEMPLATES), arity), dtype=np.intp)
        offsets = np.zeros((len(TEMPLATES), arity), dtype=np.intp)
        mults = np.zeros((len(TEMPLATES), arity), dtype=np.int64)  # 0 pads short templates
        bases = np.zeros(len(TEMPLATES), dtype=np.int64)
        dense: list[int] = []  # templates with a small key space: direct table
        keys: list[int] = []  # the other templates: sorted keys + binary search
        key_rows: list[int] = []
        dense_entries: list[tuple[int, int]] = []
        dense_base = sparse_base = 0
        for t, (name, parts) in enumerate(TEMPLATES):
            m = 1
            tmults = [0] * len(parts)
            for a in range(len(parts) - 1, -1, -1):
                tmults[a] = m
                m *= radix[parts[a][0]]
            for a, ((s, o), k) in enumerate(zip(parts, tmults)):
                s_idx[t, a] = stream_no[s]
                offsets[t, a] = o
                mults[t, a] = k
            is_dense = m <= _DENSE_LIMIT
            base = dense_base if is_dense else sparse_base
            bases[t] = base
            for entry in tables.get(name, []):
                key = base + sum(self.vocab[s][v] * k for (s, _), v, k in zip(parts, entry[:-1], tmults))
                if is_dense:
                    dense_entries.append((key, add_row(entry[-1])))
                else:
                    keys.append(key)
                    key_rows.append(add_row(entry[-1]))
            if is_dense:
                dense.append(t)
                dense_base += m
            else:
                sparse_base += m
        self.dense = np.array(dense, dtype=np.intp)
        self.sparse = np.array([t for t in range(len(TEMPLATES)) if t not in dense], dtype=np.intp)
        self.dense_table = np.zeros(dense_base, dtype=np.int32 if n_rows < 2**31 else np.intp)
        if dense_entries:
            dk, dr = zip(*dense_entries)
            self.dense_table[list(dk)] = dr
        order = np.argsort(np.array(keys, dtype=np.int64), kind="stable")
        self.sorted_keys = np.array(keys, dtype=np.int64)[order]
        self.sorted_rows = np.array(key_rows, dtype=np.intp)[order]
        self.s_idx = s_idx[:, :, None]
        self.offsets = offsets[:, :, None] + 2  # streams are padded by two
        self.mults = mults[:, :, None]
        self.bases = bases[:, None]
        # The same, per template as plain numbers: (stream index, offset + 2, multiplier)
        # for each part, and the base, for keys computed from slices of the id streams.
        self.key_parts: list[tuple[list[tuple[int, int, int]], int]] = [
            ([(stream_no[st], o + 2, int(mults[t, a])) for a, (st, o) in enumerate(parts)], int(bases[t]))
            for t, (_, parts) in enumerate(TEMPLATES)
        ]
        self.dyn_row: dict[tuple[str, ...], int] = {}
        for name in DYNAMIC:
            for entry in dynamic.get(name, []):
                self.dyn_row[(name, *entry[:-1])] = add_row(entry[-1])
        peak = max(map(abs, vals), default=0)
        W = np.zeros((n_rows, len(self.labels)), dtype=np.int16 if peak < 2**15 else np.int32)
        W[rows, cols] = vals
        self.W = W
        self.dyn_cache: dict[tuple[str, str, str, str], Any] = {}
        self._dense_dynamic(np)
        self._plan_static()
        self._reset_memo()

    def __getstate__(self):
        state = dict(self.__dict__)
        for k in ("_memo", "_table", "_n", "_tag_codes", "_plan"):
            state.pop(k, None)
        return state

    def __setstate__(self, state) -> None:
        self.__dict__.update(state)
        self._plan_static()
        self._reset_memo()

    def _plan_static(self) -> None:
        """The static templates as :meth:`stream_scores_ids` sums them (derived, not pickled).

        A template without parts (the bias) has one key, so one row for every position:
        its weights are summed once into ``bias`` instead of gathered per position. The
        others are split into those looked up in the direct table and those found by
        binary search, each with its key parts.
        """
        import numpy as np

        bias = np.zeros(self.W.shape[1], dtype=np.int32)
        dense_t = set(self.dense.tolist())
        direct: list[tuple[list[tuple[int, int, int]], int]] = []
        searched: list[tuple[list[tuple[int, int, int]], int]] = []
        for t, (parts, base) in enumerate(self.key_parts):
            if parts:
                (direct if t in dense_t else searched).append((parts, base))
            elif t in dense_t:
                bias += self.W[int(self.dense_table[base])]
            else:
                at = int(np.searchsorted(self.sorted_keys, base))
                if at < len(self.sorted_keys) and self.sorted_keys[at] == base:
                    bias += self.W[int(self.sorted_rows[at])]
        self._plan = (bias, direct, searched)

    def _reset_memo(self) -> None:
        """Per-token-form stream ids ``(w, s, h)``; row 0 is the padding."""
        import numpy as np

        from quizgen.text.tagger import _FormIds

        self._memo: dict[str, int] = _FormIds(self.word_id)
        self._table = np.zeros((1024, 3), dtype=np.int64)
        self._table[0] = (self.vocab["w"].get(PAD, 0), self.vocab["s"].get(PAD, 0), self.vocab["h"].get(PAD, 0))
        self._n = 1
        self._tag_codes: dict[str, int] = _FormIds(self.tag_code)

    def word_id(self, token: str) -> int:
        k = self._memo.get(token)
        if k is None:
            import numpy as np

            form = word_feature(token)
            k = self._n
            if k >= len(self._table):
                self._table = np.concatenate((self._table, np.zeros_like(self._table)))
            v = self.vocab
            self._table[k] = (v["w"].get(form, 0), v["s"].get(form[-3:], 0), v["h"].get(shape(token), 0))
            self._memo[token] = k
            self._n = k + 1
        return k

    def tag_code(self, tag: str) -> int:
        """Id in the ``t`` stream * 65536 + id in the dynamic tables, of a POS tag."""
        code = self._tag_codes.get(tag)
        if code is None:
            code = self._tag_codes[tag] = (self.vocab["t"].get(tag, 0) << 16) | self.dyn_pos.get(tag, 0)
        return code

    def _dense_dynamic(self, np) -> None:
        """Previous-tag features as dense row-index tables, for the parallel decoder."""
        n_labels = len(self.labels)
        self.pad_id = n_labels  # label id of PAD (no previous tag)
        label_id = {label: j for j, label in enumerate(self.labels)}
        label_id[PAD] = n_labels
        self.dyn_pos: dict[str, int] = {PAD: 1}  # POS ids of the dynamic tables (0 = unseen)
        for (name, *values) in self.dyn_row:
            for v in values[1:] if name in ("p1 t0", "p1 t0 t+1") else ():
                self.dyn_pos.setdefault(v, len(self.dyn_pos) + 1)
        n_l, n_p = n_labels + 1, len(self.dyn_pos) + 1
        self.d_p1 = np.zeros(n_l, dtype=np.intp)
        self.d_p2p1 = np.zeros((n_l, n_l), dtype=np.intp)
        self.d_p1t0 = np.zeros((n_l, n_p), dtype=np.intp)
        self.d_p1t0t1 = np.zeros((n_l, n_p, n_p), dtype=np.intp)
        for (name, *values), row in self.dyn_row.items():
            if name == "p1":
                self.d_p1[label_id[values[0]]] = row
            elif name == "p2 p1":
                self.d_p2p1[label_id[values[0]], label_id[values[1]]] = row
            elif name == "p1 t0":
                self.d_p1t0[label_id[values[0]], self.dyn_pos[values[1]]] = row
            elif name == "p1 t0 t+1":
                self.d_p1t0t1[label_id[values[0]], self.dyn_pos[values[1]], self.dyn_pos[values[2]]] = row
        # IOB repair as arrays: an I-X label whose previous label is not of type X becomes B-X.
        types = [label[2:] if label[:2] in ("B-", "I-") else "" for label in self.labels]
        type_id = {t: k for k, t in enumerate(sorted(set(types)))}
        self.l_type = np.array([type_id[t] if t else -2 for t in types] + [-1], dtype=np.intp)
        self.l_is_i = np.array([label.startswith("I-") for label in self.labels], dtype=bool)
        self.l_b_of = np.array(
            [label_id.get("B-" + label[2:], j) if label.startswith("I-") else j for j, label in enumerate(self.labels)],
            dtype=np.intp,
        )

    def decode(self, sentences: list[list[tuple[str, str]]]) -> list[list[str]]:
        """Greedy left-to-right decoding (as :func:`chunk_tags`) of tagged sentences."""
        return self.decode_tags([[w for w, _ in s] for s in sentences], [[t for _, t in s] for s in sentences])

    def decode_tags(self, words: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
        """Greedy left-to-right decoding (as :func:`chunk_tags`), as a fixed point in whole-text numpy steps.

        Greedy decoding gives the unique sequence with ``label[i] = best(label[i-1],
        label[i-2], i)`` for every ``i``. Starting from a guess and re-deciding every
        token whose left neighbours' labels changed fixes at least one more position from
        the left per round, so the rounds reach exactly the greedy sequence (usually
        in 3-6 rounds); a round that changes nothing proves it. All sentences are
        decoded together: they are laid end to end with two padding positions between
        them, which gives every token exactly its own sentence's padded window.
        """
        import numpy as np

        n_tokens = sum(map(len, words))
        if self._n + n_tokens > _MEMO_LIMIT:
            self._reset_memo()  # bounded memory; never in the middle of a batch
        ids, codes = self._memo.__getitem__, self._tag_codes.__getitem__
        seq: list[int] = [0, 0]
        pad_code = self.tag_code(PAD)
        tseq: list[int] = [pad_code, pad_code]
        for ws, ts in zip(words, tags):
            seq.extend(map(ids, ws))
            seq.extend((0, 0))
            tseq.extend(map(codes, ts))
            tseq.extend((pad_code, pad_code))
        n = len(seq) - 4  # positions 0..n-1: tokens, and two pads between sentences
        if n <= 0:
            return [[] for _ in words]
        wsh = self._table[np.array(seq, dtype=np.intp)]
        tt = np.array(tseq, dtype=np.int64)
        ids = np.stack((wsh[:, 0], tt >> 16, wsh[:, 1], wsh[:, 2]))  # STREAMS order: w, t, s, h
        static = self.stream_scores_ids(ids, n)
        dpos = tt[2:] & 0xFFFF
        t0, t1 = dpos[:n], dpos[1 : n + 1]
        is_pad = np.array(seq[2 : n + 2], dtype=np.intp) == 0
        real = np.flatnonzero(~is_pad)
        cur = np.full(n + 2, self.pad_id, dtype=np.intp)  # cur[i + 2]: label of position i
        cur[real + 2] = static.argmax(axis=1)[real]  # (rows are independent: no copy of the rows first)
        W = self.W
        D = real
        while len(D):
            p1 = cur[D + 1]
            p2 = cur[D]
            ta, tb = t0[D], t1[D]
            s = static[D]  # a copy: the previous-tag rows are added to it in place
            tmp = np.empty(s.shape, dtype=W.dtype)
            for r in (self.d_p1[p1], self.d_p2p1[p2, p1], self.d_p1t0[p1, ta], self.d_p1t0t1[p1, ta, tb]):
                np.take(W, r, axis=0, out=tmp, mode="clip")  # valid row ids: "clip" changes none
                s += tmp
            new = s.argmax(axis=1)
            new = np.where(self.l_is_i[new] & (self.l_type[new] != self.l_type[p1]), self.l_b_of[new], new)
            changed = D[new != cur[D + 2]]
            cur[D + 2] = new
            nxt = np.concatenate((changed + 1, changed + 2))
            nxt = nxt[nxt < n]
            D = np.unique(nxt[~is_pad[nxt]])
        labels = self.labels
        flat = list(map(labels.__getitem__, cur[real + 2].tolist()))
        out: list[list[str]] = []
        start = 0
        for ws in words:
            out.append(flat[start : start + len(ws)])
            start += len(ws)
        return out

    def static_scores(self, tagged: list[tuple[str, str]]):
        """Summed static-feature weights: an ``(n_tokens, n_labels)`` integer array."""
        return self.stream_scores(streams(tagged), len(tagged))

    def stream_scores(self, st: dict[str, list[str]], n: int):
        """:meth:`static_scores` for ``n`` positions of already built (padded) streams."""
        import numpy as np

        ids = np.array([[self.vocab[s].get(v, 0) for v in st[s]] for s in STREAMS], dtype=np.int64)
        return self.stream_scores_ids(ids, n)

    def stream_scores_ids(self, ids, n: int):
        """:meth:`stream_scores` from the streams' integer ids, ``(len(STREAMS), n + 4)``.

        Worked out in blocks of positions, so the temporary key and row arrays (a few
        hundred bytes per position) stay small whatever the text's length. A template's
        keys are sums of shifted slices of the id streams (no gather). Each template's
        rows are taken into one reused int16 buffer and added to the block's int32 sums
        in place (a fresh array per template and the mixed-type ``+=`` cost ~30% more).
        """
        import numpy as np

        W = self.W
        bias, direct, searched = self._plan
        out = np.empty((n, W.shape[1]), dtype=np.int32)
        top = max(len(self.sorted_keys) - 1, 0)
        block = 8192
        buf = np.empty((min(n, block), W.shape[1]), dtype=W.dtype)
        for start in range(0, n, block):
            stop = min(n, start + block)
            rows = self.dense_table[self._keys(ids, direct, start, stop)]
            if searched:
                skeys = self._keys(ids, searched, start, stop)
                pos = np.searchsorted(self.sorted_keys, skeys)
                np.minimum(pos, top, out=pos)
                rows = np.concatenate((rows, np.where(self.sorted_keys[pos] == skeys, self.sorted_rows[pos], 0)))
            # Integer sums: int32 cannot overflow here (a few dozen weights of at most a
            # few thousand units each), and their order does not change them.
            acc = out[start:stop]
            acc[:] = bias
            tmp = buf[: stop - start]
            for r in rows:  # (every row id is valid: "clip" never moves one, and unlike
                # the default mode it writes to ``out`` without an intermediate buffer)
                np.take(W, r, axis=0, out=tmp, mode="clip")
                acc += tmp
        return out

    @staticmethod
    def _keys(ids, templates: list[tuple[list[tuple[int, int, int]], int]], start: int, stop: int):
        """Keys of ``templates`` (parts and base, see ``key_parts``) at positions ``start:stop``."""
        import numpy as np

        keys = np.empty((len(templates), stop - start), dtype=np.int64)
        for k, (parts, base) in zip(keys, templates):
            st, o, m = parts[0]
            np.multiply(ids[st, o + start : o + stop], m, out=k)
            for st, o, m in parts[1:]:
                k += ids[st, o + start : o + stop] * m
            k += base
        return keys

    def dynamic(self, p1: str, p2: str, t0: str, t1: str):
        key = (p1, p2, t0, t1)
        vec = self.dyn_cache.get(key)
        if vec is None:
            get = self.dyn_row.get
            vec = self.W[[get(f, 0) for f in dynamic_features(p1, p2, t0, t1)]].sum(axis=0, dtype="int32")
            self.dyn_cache[key] = vec
        return vec


@functools.lru_cache(maxsize=1)
def _model() -> _Model:
    return cached_model("chunker", _Model, version=_MODEL_VERSION)


def chunk_tags(tagged: list[tuple[str, str]]) -> list[str]:
    """IOB chunk tags (``B-NP``, ``I-NP``, ``B-VP``, ``B-PP``, ``O`` ...) for a POS-tagged sentence.

    ``tagged`` is the output of :func:`quizgen.text.tagger.pos_tag`. The result has one
    tag per token and is always a valid IOB sequence. Among equal scores the
    alphabetically largest tag wins (deterministic). For many sentences use
    :func:`chunk_sents` (same tags, about twice as fast per token).
    """
    if not tagged:
        return []
    m = _model()
    labels = m.labels
    static = m.static_scores(tagged)
    cache = m.dyn_cache
    tags = [PAD, PAD, *(t for _, t in tagged), PAD, PAD]
    out: list[str] = []
    p1 = p2 = PAD
    for i, row in enumerate(static):
        key = (p1, p2, tags[i + 2], tags[i + 3])
        vec = cache.get(key)
        if vec is None:
            vec = m.dynamic(*key)
        label = labels[(row + vec).argmax()]
        if label[0] == "I" and p1[2:] != label[2:]:
            label = "B-" + label[2:]  # keep the sequence valid as we go
        out.append(label)
        p2, p1 = p1, label
    return out


def chunk_sents(tagged_sents: list[list[tuple[str, str]]]) -> list[list[str]]:
    """:func:`chunk_tags` for several sentences at once: same tags, much faster per token.

    The numpy work is done once for the whole list, so chunking a document's sentences
    in one call costs a fraction of calling :func:`chunk_tags` per sentence.
    """
    if not tagged_sents:
        return []
    return _model().decode(list(tagged_sents))


def chunk_tag_sents(words: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """:func:`chunk_sents` from parallel lists of tokens and POS tags (no tuples built)."""
    if not words:
        return []
    return _model().decode_tags(words, tags)


__all__ = ["CHUNK_TYPES", "chunk_sents", "chunk_tag_sents", "chunk_spans", "chunk_tags", "repair_iob"]
