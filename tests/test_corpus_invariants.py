"""Invariants on every text of the shared OneStop corpus (zero violations), and yield."""

from __future__ import annotations

import pytest

import quizgen
from conftest import corpus_files
from quizgen.invariants import set_violations

FILES = corpus_files()


@pytest.mark.corpus
@pytest.mark.skipif(not FILES, reason="../shared/corpus/onestop is absent: this test needs ../shared (CI has it)")
def test_every_corpus_text_gives_items_with_no_invariant_violations():
    problems = {}
    short = []
    for f in FILES:
        text = f.read_text(encoding="utf-8-sig")
        qs = quizgen.generate(text, n=10, seed=0)
        v = set_violations(qs)
        if v:
            problems[f.name] = v
        if len(text.split()) >= 400 and len(qs.items) < 10:
            short.append((f.parent.name, f.name, len(qs.items)))
    assert problems == {}
    assert short == []
