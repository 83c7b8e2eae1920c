"""Invariants on every text of the shared OneStop corpus (zero violations), and yield.

Every item of every text must pass :mod:`quizgen.invariants` (one correct option, four
distinct options, key in the source sentence, wh-stems end with "?", one cloze blank,
no pronoun-initial stem, no empty option, false statements absent from the article).

Yield: the issue asks for 10 items from every article of 400+ words. We do not reach
that on all of them yet (first-person narratives and long, quote-heavy sentences give
few safe clauses), so this test pins the level reached, measured with
``python -m quizgen report`` (see the README): at least 17% of those texts give 10 items
(17.3% measured; 53% before the precision filters of 2026-11-28, 28.2% before those of the
next session, which drop items a blind reviewer rejected: list members, names cut apart,
numbers glued to units, repeated statements, garbled stems, cut ranked nouns, restrictive
relatives cut away, statements leaning on context, bare "the X" subjects, anaphoric
descriptions ("the Silicon Valley firm"), keys the article's topic gives away, bounds asked
as counts, a sentence's gap-fill beside a statement of that sentence, money that lost its
currency sign, views attributed at the end of a sentence, "Who left the job?") and every one gives
at least one. Raise the floor when the generator improves.
"""

from __future__ import annotations

import pytest

import quizgen
from conftest import corpus_files
from quizgen.invariants import set_violations

FILES = corpus_files()


@pytest.fixture(scope="module")
def corpus_sets():
    if not FILES:
        pytest.skip("../shared/corpus/onestop is absent: this test needs ../shared (CI has it)")
    out = {}
    for f in FILES:
        text = f.read_text(encoding="utf-8-sig")
        try:
            out[f] = (text, quizgen.generate(text, n=10, seed=0))
        except quizgen.NoItemsError:
            out[f] = (text, None)
    return out


@pytest.mark.corpus
def test_every_corpus_item_passes_the_invariants(corpus_sets):
    problems = {f"{f.parent.name}/{f.name}": set_violations(qs) for f, (_, qs) in corpus_sets.items() if qs is not None}
    assert {k: v for k, v in problems.items() if v} == {}


@pytest.mark.corpus
def test_yield_on_articles_of_400_words_or_more(corpus_sets):
    long = [(f, qs) for f, (text, qs) in corpus_sets.items() if len(text.split()) >= 400]
    counts = [len(qs.items) if qs is not None else 0 for _, qs in long]
    full = sum(c >= 10 for c in counts)
    assert min(counts) >= 1, "an article of 400+ words gave nothing"
    # The floor guards against regressions, it is not the target (every article): since
    # the score predicts review outcomes, items more likely to fail than pass are left out
    # (63 of 365 articles gave 10 items before the fitted score and the rules after it; 39 after
    # the review rounds of 2026-11-29; 35, 9.6%, once true/false items no longer lean to True:
    # a student who always answered True had scored 64-71% on them; 32, 8.8%, after review
    # round 22 refused "This fact ..." subjects and questions that drop a fronted scope; 28,
    # 7.7%, once only people and countries were swapped in false statements; 27, 7.4%, after
    # review round 26 refused bare-number subjects, such as an age read as the subject:
    # "According to _____, People see the Hamptons as ..." keyed 22; 26, 7.1%, once "a further
    # 56,000 asylum seekers" and "the windows of another" were read as leaning on the text; 25,
    # 6.8%, once review round 28 refused cuts before a participle that says which things:
    # "There were just 51m subscribers[ paying for ...]"; 24, 6.6%, once round 29 read "The
    # project ...", "The idea ..." as pointing back: reviewers passed 4 of 14 such items; 27,
    # 7.4%, once quotations and speech gave who-said questions, review rounds 31-33; 23, 6.3%,
    # once the score floor rose from 0.6 to 0.65, round 47: items scored 0.60-0.65 passed 56%;
    # 21, 5.8%, once round 84 refused the section number of "6 Users are changing Facebook" as a
    # count and "The percentage in Africa is 11.9%" as a statement: both judged defective; 20,
    # 5.5%, once antonym swaps stopped, round 85: reviewers passed 9 of 19; 18, 4.9%, once the
    # held-out Lee rounds 88-89 refused cuts that lose what is decided, shown or urged, list
    # tails as subjects, and negations of cut conditions: all judged defective).
    assert full / len(counts) >= 0.045, f"only {full} of {len(counts)} long articles gave 10 items"


@pytest.mark.corpus
def test_sets_never_exceed_the_request_and_mix_types(corpus_sets):
    for f, (_, qs) in corpus_sets.items():
        if qs is None:
            continue
        assert len(qs.items) <= 10
        n_tf = sum(i.type == "tf" for i in qs.items)
        assert n_tf <= 6, f"{f.name}: true/false is at most 60% of a quiz (half unless nothing else is left)"
