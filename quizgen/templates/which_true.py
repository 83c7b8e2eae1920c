""""Which statement is true according to the article?": one true clause, three false ones.

The false options are perturbations of *other* clauses near the true one, so the item
tests reading across the passage rather than one sentence.
"""

from __future__ import annotations

from typing import Iterator

from quizgen.templates.base import Candidate, Context
from quizgen.templates.registry import template
from quizgen.templates.truefalse import clause_falsehoods, clause_statement, statement_clauses

STEM = "Which statement is true according to the article?"


@template("which.true", kind="mcq", reliability=0.42, description="Pick the one true statement among three perturbed ones")
def which_true(ctx: Context) -> Iterator[Candidate]:
    usable_clauses = statement_clauses(ctx)
    if len(usable_clauses) < 4:
        return
    falses: dict[str, list[tuple[str, bool]]] = {}
    for c in usable_clauses:
        fs = list(clause_falsehoods(ctx, c))
        if fs:
            # one visible change of content reads better among four options than a bare "not"
            fs.sort(key=lambda f: (f.method == "negation", f.method))
            falses[c.key] = [(f.text, f.method == "negation") for f in fs]
    for i, clause in enumerate(usable_clauses):
        truth = clause_statement(ctx, clause)
        # nearest other clauses first, one false option from each; further variants take
        # the next nearest, so two such items in one quiz need not share their options
        taken: set[str] = set()
        for _variant in range(3):
            options, sources = _false_options(clause, truth, (usable_clauses[j] for j in _nearest_first(i, len(usable_clauses))), falses, taken)
            if len(options) < 3:
                break
            taken.update(sources)
            yield Candidate(
                "which.true", "mcq", STEM, clause.sentence, f"{clause.key}:tf", truth, None, "STATEMENT",
                None, clause, options=[(truth, "key")] + options, touches=tuple(sources), tags=["statement"],
            )


def _nearest_first(i: int, n: int):
    """Indices 0..n-1 by distance from i, the earlier one first on a tie (no sort: a long
    text has thousands of clauses, and only the nearest few are ever needed)."""
    yield i
    for d in range(1, n):
        if i - d >= 0:
            yield i - d
        if i + d < n:
            yield i + d
        if i - d < 0 and i + d >= n:
            return


def _false_options(clause, truth: str, others, falses, skip: set[str]) -> tuple[list[tuple[str, str]], list[str]]:
    """Three false statements from ``others`` (in order), at most one of them a bare "not"."""
    options: list[tuple[str, str]] = []
    sources: list[str] = []
    negations = 0
    here = clause.sentence.index
    for other in others:
        if other.sentence.index == here:
            continue
        key = other.key  # built once: this loop walks the whole document for every true clause
        if key not in falses or key in skip:
            continue
        text, is_neg = falses[key][0]
        if is_neg and negations >= 1:
            continue  # several "not"s would give the true option away
        if text != truth and all(text != o for o, _ in options):
            options.append((text, "perturbation"))
            sources.append(key)
            negations += is_neg
        if len(options) == 3:
            break
    return options, sources
