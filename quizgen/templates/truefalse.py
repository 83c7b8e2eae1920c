"""True/false statements from simplified clauses.

``tf.true`` states a clause as the article does (simplified). ``tf.false`` makes one
controlled change to a clause (see :mod:`quizgen.perturb`) and is kept only when no
sentence of the article supports the changed statement.
"""

from __future__ import annotations

from typing import Iterator

from quizgen.perturb import false_statements
from quizgen.templates.base import Candidate, Context
from quizgen.templates.common import bare_definite_without_anchor, possessive_without_owner, statement, statement_unfit
from quizgen.templates.registry import template

_METHOD_TAG = {"negation": "negation", "entity_swap": "entity-swap", "number": "number-change", "date": "date-change"}


def statement_clauses(ctx: Context) -> list:
    """The clauses fit to be stated on their own (computed once per document)."""
    if "usable" not in ctx.memo:
        ctx.memo["usable"] = [c for c in ctx.clauses if usable(c, ctx.memo)]
    return ctx.memo["usable"]


def clause_falsehoods(ctx: Context, clause) -> list:
    """Every false statement made from a clause, computed once for the three templates that use them."""
    memo = ctx.memo.setdefault("false", {})
    if clause.key not in memo:
        memo[clause.key] = false_statements(clause, ctx.doc, ctx.support, ctx.entity_pools)
    return memo[clause.key]


def clause_statement(ctx: Context, clause) -> str:
    """The clause stated as a sentence, rendered once for the true-statement and which-true
    templates (both state every usable clause)."""
    memo = ctx.memo.setdefault("statement", {})
    text = memo.get(clause.key)
    if text is None:
        text = memo[clause.key] = statement(clause.statement_tokens(with_time=False))
    return text


MIN_STATEMENT_WORDS = 6  # reviewers passed 3 of 11 shorter statements ("Tabata doesn't completely agree.")


def usable(clause, memo: dict | None = None) -> bool:
    """A clause fit to be stated on its own; ``memo`` shares the checks the gap-fill template also makes."""
    toks = clause.statement_tokens(with_time=False)
    return len(toks) <= 28 and len([t for t in toks if t.text[0].isalnum()]) >= MIN_STATEMENT_WORDS and not statement_unfit(clause, memo) and not possessive_without_owner(toks) and not bare_definite_without_anchor(clause.subject, toks) and clause.subject[0].text.lower() not in {"this", "that", "it", "these", "those"}


@template("tf.true", kind="tf", reliability=0.67, description="A simplified clause of the article, stated as true")
def true_statements(ctx: Context) -> Iterator[Candidate]:
    for clause in statement_clauses(ctx):
        text = clause_statement(ctx, clause)
        yield Candidate("tf.true", "tf", text, clause.sentence, f"{clause.key}:tf", "True", truth=True, clause=clause, tags=["true"])


def _false_items(ctx: Context, *, negation: bool, name: str) -> Iterator[Candidate]:
    for clause in statement_clauses(ctx):
        for fs in clause_falsehoods(ctx, clause):
            if (fs.method == "negation") != negation:
                continue
            if clause.origin == "appositive" and fs.method == "entity_swap":
                continue  # "Alan Stern is a mission scientist": roles overlap (he leads the mission), so a swap may be true
            yield Candidate(
                name, "tf", fs.text, clause.sentence, f"{clause.key}:tf", "False", truth=False, clause=clause,
                tags=["false", _METHOD_TAG.get(fs.method, fs.method)],
            )


@template("tf.false", kind="tf", reliability=0.47, description="A clause with one changed entity, number, date or adjective that the article does not support")
def false_statement_items(ctx: Context) -> Iterator[Candidate]:
    return _false_items(ctx, negation=False, name="tf.false")


@template("tf.negation", kind="tf", reliability=0.62, description="A clause with its negation added or removed (easy to spot, so ranked lower)")
def negated_statement_items(ctx: Context) -> Iterator[Candidate]:
    return _false_items(ctx, negation=True, name="tf.negation")
