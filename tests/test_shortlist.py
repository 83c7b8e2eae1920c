"""Very long texts: each template keeps only its best candidates (quizgen.shortlist).

Normal texts keep every candidate (their output is unchanged); above the size limit the
kept set must be exactly each template's top candidates in select()'s order, skipping the
distractors of a candidate must never lose one that would have been kept, and the result
must still be deterministic and pass the item invariants.
"""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

import quizgen
from conftest import corpus_files
from quizgen import pipeline
from quizgen.invariants import set_violations
from quizgen.ranking import select
from quizgen.shortlist import SHORTLIST_FROM_CHARS, Shortlist, rank_key, score_bound, shortlist_size
from quizgen.templates.registry import load_all

TYPES = ("mcq", "tf")


class _C:  # the fields Shortlist reads
    def __init__(self, template, score, index, stem):
        self.template, self.score, self.stem = template, score, stem
        self.sentence = type("S", (), {"index": index})()


def test_normal_texts_keep_everything():
    assert shortlist_size(SHORTLIST_FROM_CHARS, 10) is None
    assert shortlist_size(SHORTLIST_FROM_CHARS + 1, 10) >= 10 * 10
    s = Shortlist(None)
    cs = [_C("a", random.random(), i, "x") for i in range(50)]
    for c in cs:
        s.add(c)
    assert s.result() == cs


def test_keeps_each_templates_top_k_in_generation_order():
    rng = random.Random(3)
    cs = [_C(rng.choice("abc"), round(rng.random(), 2), rng.randrange(40), rng.choice("xyz")) for _ in range(2000)]
    s = Shortlist(7)
    for c in cs:
        s.add(c)
    got = s.result()
    by = defaultdict(list)
    for seq, c in enumerate(cs):
        by[c.template].append((rank_key(c), seq, c))
    want = sorted((e for lst in by.values() for e in sorted(lst, key=lambda e: (e[0], e[1]))[:7]), key=lambda e: e[1])
    assert [id(c) for c in got] == [id(e[2]) for e in want]
    assert s.offered == len(cs)


@pytest.fixture(scope="module")
def article_doc(seed_doc):
    return seed_doc


def test_score_bound_is_never_below_the_score(article_doc):
    n = len(article_doc.sentences)
    rel = {t.name: t.reliability for t in load_all().values()}
    cands = pipeline.candidates(article_doc, TYPES, 0)
    assert any(c.kind == "mcq" for c in cands)
    for c in cands:
        assert score_bound(c, rel[c.template], n) >= c.score


def test_shortlisted_candidates_are_the_top_of_the_full_set(article_doc):
    full = pipeline.candidates(article_doc, TYPES, 0)
    short = pipeline.candidates(article_doc, TYPES, 0, keep=2)
    by = defaultdict(list)
    for c in full:
        by[c.template].append(c)
    want = {(c.template, c.stem, c.sentence.index, c.score) for lst in by.values() for c in sorted(lst, key=rank_key)[:2]}
    assert {(c.template, c.stem, c.sentence.index, c.score) for c in short} == want
    assert len(short) < len(full)


def _long_text() -> str:
    files = corpus_files()
    if not files:
        pytest.skip("../shared/corpus/onestop is absent")
    parts, size = [], 0
    for f in files:
        t = f.read_text(encoding="utf-8-sig").strip()
        parts.append(t)
        size += len(t) + 2
        if size > SHORTLIST_FROM_CHARS + 20_000:
            break
    return "\n\n".join(parts)


def test_long_text_is_shortlisted_deterministic_and_valid():
    text = _long_text()
    assert len(text) > SHORTLIST_FROM_CHARS
    gen = pipeline.run(text, n=12, seed=5)
    keep = shortlist_size(len(text), 12)
    per = defaultdict(int)
    for c in gen.candidates:
        per[c.template] += 1
    assert max(per.values()) <= keep
    a = quizgen.generate(text, n=12, seed=5).to_json()
    b = quizgen.generate(text, n=12, seed=5)
    assert b.to_json() == a
    assert len(b.items) == 12
    assert set_violations(b) == {}
    assert [c.stem for c in gen.selected] == [c.stem for c in select(gen.candidates, 12, TYPES, len(gen.doc.paragraphs))]
