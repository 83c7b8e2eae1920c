"""Run one template through the registry, the way the generator does."""

from __future__ import annotations

import quizgen
from quizgen.pipeline import make_context
from quizgen.templates.registry import get


def run_template(name: str, text: str):
    doc = quizgen.analyze(text)
    ctx, _ = make_context(doc)
    return list(get(name)(ctx))


def stems(cands) -> dict[str, str]:
    return {c.stem: c.answer_text for c in cands}
