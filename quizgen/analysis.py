"""Item analysis after students take a quiz, with Moodle's definitions.

* **Facility index**: mean score on the item / maximum score. For right-or-wrong items, the share
  of students who got it right (0..1).
* **Discrimination index**: Pearson correlation between the item score and the *rest-of-test*
  score (total minus this item). Moodle prints it ×100; here it is the plain correlation in
  -1..1, so Moodle's "check below 30" is :data:`LOW_DISCRIMINATION` = 0.3. It is ``None`` when it
  cannot be computed (fewer than two attempts, or everybody scored the same on the item or on
  the rest), as Moodle leaves the cell blank.
* **Distractor use**: how often each option was chosen; a distractor chosen by fewer than
  :data:`NONFUNCTIONAL_SHARE` (5%) of students is non-functional and worth replacing.

Pure functions over plain data, so they are tested without a database or a browser.

>>> from quizgen.models import TrueFalseItem, Option
>>> tf = TrueFalseItem(id="t", stem="s", options=[Option(text="True", correct=True), Option(text="False")])
>>> [round(s.facility, 2) for s in analyse_items([tf], [{"t": "True"}, {"t": "False"}])]
[0.5]
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from quizgen.models import Item

LOW_DISCRIMINATION = 0.3
NONFUNCTIONAL_SHARE = 0.05
NO_ANSWER = "(no answer)"

#: One attempt: item id -> the option text the student chose (None or missing = left blank).
Responses = Mapping[str, str | None]


@dataclass(frozen=True, slots=True)
class ItemStats:
    item_id: str
    position: int
    stem: str
    n: int
    facility: float | None
    discrimination: float | None
    option_counts: dict[str, int]  # option text (and NO_ANSWER) -> times chosen, in option order
    correct_option: str
    nonfunctional: list[str] = field(default_factory=list)

    @property
    def low_discrimination(self) -> bool:
        return self.discrimination is not None and self.discrimination < LOW_DISCRIMINATION

    @property
    def flags(self) -> list[str]:
        """Plain-language reasons to review this item; empty when nothing stands out."""
        out = []
        if self.low_discrimination:
            out.append(f"low discrimination ({self.discrimination:.2f} < {LOW_DISCRIMINATION})")
        if self.nonfunctional:
            out.append("distractors chosen by under 5%: " + "; ".join(self.nonfunctional))
        return out


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r, or None when it is undefined (n < 2 or a constant variable).

    >>> pearson([0, 1, 1, 0], [1, 3, 3, 1])
    1.0
    >>> pearson([1, 1], [0, 2]) is None
    True
    """
    n = len(xs)
    if n != len(ys):
        raise ValueError("pearson() needs two sequences of the same length")
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def item_score(item: Item, chosen: str | None) -> float:
    """1 for the correct option, else 0 (comparison as the grader does it: exact option text)."""
    return 1.0 if chosen is not None and chosen == item.answer else 0.0


def analyse_items(items: Sequence[Item], attempts: Sequence[Responses]) -> list[ItemStats]:
    """Facility, discrimination and option counts for every item, over all ``attempts``."""
    n = len(attempts)
    scores = [[item_score(it, a.get(it.id)) for it in items] for a in attempts]
    totals = [sum(row) for row in scores]
    out: list[ItemStats] = []
    for j, it in enumerate(items):
        col = [row[j] for row in scores]
        rest = [t - s for t, s in zip(totals, col)]
        counts = {o.text: 0 for o in it.options}
        blank = 0
        for a in attempts:
            chosen = a.get(it.id)
            if chosen in counts:
                counts[chosen] += 1
            else:
                blank += 1  # blank, or an option text the item no longer has
        if blank:
            counts[NO_ANSWER] = blank
        nonfunctional = (
            [o.text for o in it.options if not o.correct and counts[o.text] < NONFUNCTIONAL_SHARE * n] if n else []
        )
        out.append(
            ItemStats(
                item_id=it.id,
                position=j,
                stem=it.stem,
                n=n,
                facility=(sum(col) / n) if n else None,
                discrimination=pearson(col, rest),
                option_counts=counts,
                correct_option=it.answer,
                nonfunctional=nonfunctional,
            )
        )
    return out


__all__ = [
    "ItemStats",
    "LOW_DISCRIMINATION",
    "NONFUNCTIONAL_SHARE",
    "NO_ANSWER",
    "Responses",
    "analyse_items",
    "item_score",
    "pearson",
]
