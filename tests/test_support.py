"""The support index (quizgen.support): compact posting lists, same answers as the
plain definition "some sentence holds every content lemma, with the same polarity"."""

from __future__ import annotations

import random

from quizgen.support import _FUNCTION, SupportIndex, content_lemmas, negated


def _plain(doc):
    """The definition the index replaced: one set of lemmas (and lower-cased words) per sentence."""
    sets = [content_lemmas(s.tokens) | {t.text.lower() for t in s.tokens} for s in doc.sentences]
    pol = [negated(s.tokens) for s in doc.sentences]

    def supported(content, is_negated):
        if not content:
            return True
        if any(lem in _FUNCTION for lem in content):
            return False  # function words are never indexed: such a query finds no sentence
        return any(content <= s and p == is_negated for s, p in zip(sets, pol))

    return supported


def test_supported_agrees_with_the_plain_definition(seed_doc):
    index = SupportIndex.build(seed_doc)
    plain = _plain(seed_doc)
    rng = random.Random(7)
    vocab = sorted(set(index.by_lemma))
    queries = []
    for s in seed_doc.sentences:
        lem = sorted(content_lemmas(s.tokens))
        queries.append(set(lem))  # a whole sentence
        queries.append(set(rng.sample(lem, min(3, len(lem)))))  # part of one
        queries.append(set(rng.sample(vocab, 2)))  # words from anywhere: mostly no one sentence
        queries.append(set(lem[:2]) | {"the"})  # with a function word
        queries.append(set(lem[:2]) | {"zzzunseen"})
    queries.append(set())
    for q in queries:
        for neg in (False, True):
            assert index.supported(q, neg) == plain(q, neg), (q, neg)
    assert any(index.supported(q, False) for q in queries) and not all(index.supported(q, False) for q in queries)


def test_posting_lists_are_sorted_and_exact(seed_doc):
    index = SupportIndex.build(seed_doc)
    for lem, post in index.by_lemma.items():
        assert list(post) == sorted(set(post)), lem
        assert lem not in _FUNCTION
    s = seed_doc.sentences[0]
    for lem in content_lemmas(s.tokens):
        assert index.holds(0, lem)
    assert not index.holds(0, "zzzunseen")


def test_polarity_must_match(seed_doc):
    index = SupportIndex.build(seed_doc)
    for s in seed_doc.sentences:
        q, neg = content_lemmas(s.tokens), negated(s.tokens)
        if not q:
            continue
        assert index.supported(q, neg)
        if not any(q <= content_lemmas(o.tokens) and negated(o.tokens) != neg for o in seed_doc.sentences):
            assert not index.supported(q, not neg)
