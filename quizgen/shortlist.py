"""The candidates kept for :func:`quizgen.ranking.select`, bounded on very long texts.

Generation overgenerates: every template on every clause. For an article that is the
right thing (select() needs the whole field for its coverage rules), and every candidate
is kept, so the output is exactly what ranking all of them gives. A very long text
(a book chapter, several MB pasted at once) gives tens of thousands of candidates while
select() picks at most 100, and keeping them all costs memory and time (each MCQ
candidate has its distractors chosen and checked). Above :data:`SHORTLIST_FROM_CHARS`,
each template keeps only its best :func:`shortlist_size` candidates in select()'s own
order (score, then sentence, template and stem), and an MCQ candidate whose best possible
score cannot enter its template's list is dropped before its distractors are chosen.

Deterministic: what is kept depends only on the candidates, taken in generation order;
the kept ones are returned in that order.
"""

from __future__ import annotations

from quizgen.ranking import FEATURES, WEIGHTS, combine
from quizgen.templates.base import Candidate

#: Texts of at most this many characters keep every candidate (their output is unchanged).
SHORTLIST_FROM_CHARS = 200_000


def shortlist_size(text_chars: int, n: int) -> int | None:
    """Candidates kept per template for a quiz of ``n`` items, or None (keep all)."""
    if text_chars <= SHORTLIST_FROM_CHARS:
        return None
    return max(100, 10 * n)


def rank_key(c: Candidate) -> tuple:
    """select()'s order: best score first, then earlier sentence, template, stem."""
    return (-c.score, c.sentence.index, c.template, c.stem)


def score_bound(c: Candidate, reliability: float, n_sentences: int) -> float:
    """The highest score ``c`` can get once its distractors are chosen.

    Every feature but ``distractors`` is known before the options are (it is 0..1, as all
    features are); it is summed in the same order as :func:`quizgen.ranking.score`, so the
    bound is never below the real score.
    """
    total = 0.0
    for name, fn in FEATURES.items():
        w = WEIGHTS[name]
        v = (1.0 if w > 0 else 0.0) if name == "distractors" else fn(c, reliability, n_sentences)
        total += w * v
    return combine(total)


class Shortlist:
    """Collects scored candidates; with ``keep`` set, only each template's best ``keep``."""

    __slots__ = ("keep", "_kept", "_cut", "_seq", "offered")

    def __init__(self, keep: int | None = None):
        self.keep = keep
        self._kept: dict[str, list[tuple[tuple, int, Candidate]]] = {}
        self._cut: dict[str, tuple] = {}  # template -> rank key of its worst kept candidate, once cut
        self._seq = 0
        self.offered = 0  # candidates offered to add() (kept or not)

    def hopeless(self, c: Candidate, reliability: float, n_sentences: int) -> bool:
        """True when ``c`` cannot be kept whatever its distractors: no need to choose them."""
        if self.keep is None:
            return False
        cut = self._cut.get(c.template)
        if cut is None:
            return False
        return (-score_bound(c, reliability, n_sentences), c.sentence.index, c.template, c.stem) > cut

    def add(self, c: Candidate) -> None:
        self.offered += 1
        self._seq += 1
        lst = self._kept.setdefault(c.template if self.keep is not None else "", [])
        if self.keep is None:
            lst.append(((), self._seq, c))
            return
        key = rank_key(c)
        cut = self._cut.get(c.template)
        if cut is not None and key > cut:
            return
        lst.append((key, self._seq, c))
        if len(lst) >= 2 * self.keep:
            lst.sort(key=lambda e: (e[0], e[1]))
            del lst[self.keep :]
            self._cut[c.template] = lst[-1][0]

    def result(self) -> list[Candidate]:
        """The kept candidates, in the order they were added."""
        if self.keep is None:
            return [c for lst in self._kept.values() for _, _, c in lst]
        entries = []
        for lst in self._kept.values():
            lst.sort(key=lambda e: (e[0], e[1]))
            entries.extend(lst[: self.keep])
        entries.sort(key=lambda e: e[1])
        return [c for _, _, c in entries]
