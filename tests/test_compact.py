"""Memory-saving representations that must not change what they answer: lazily built
chunk spans (quizgen.text.document) and the sorted word list (quizgen.text.lexicon)."""

from __future__ import annotations

import random

import quizgen
from quizgen import pipeline
from quizgen.text.document import Sentence, Token
from quizgen.text.lexicon import _WordList, _words


def test_chunks_are_built_only_when_read(seed_text):
    doc = quizgen.analyze(seed_text)
    assert all(s._chunks is None for s in doc.sentences)  # analysis no longer builds them
    pipeline.candidates(doc, ("mcq", "tf"), 0)
    assert all(s._chunks is None for s in doc.sentences)  # nor does generation
    s = doc.sentences[0]
    chunks = s.chunks
    assert chunks and s.chunks is chunks  # built once, then kept


def test_lazy_chunks_follow_the_iob_tags(seed_doc):
    for s in seed_doc.sentences:
        covered = set()
        for c in s.chunks:
            toks = s.tokens[c.first : c.last]
            assert toks[0].chunk in (f"B-{c.label}", f"I-{c.label}")
            assert all(t.chunk == f"I-{c.label}" for t in toks[1:])
            assert (c.start, c.end, c.text) == (toks[0].start, toks[-1].end, s.span_text(c.first, c.last))
            covered.update(range(c.first, c.last))
        assert all(t.chunk == "O" for i, t in enumerate(s.tokens) if i not in covered)


def test_sentence_keeps_its_dataclass_behaviour():
    toks = [Token("Rain", 0, 4, "NN", "rain", "B-NP"), Token("fell", 5, 9, "VBD", "fall", "B-VP")]
    a = Sentence(0, 0, 0, 9, "Rain fell", toks)
    b = Sentence(0, 0, 0, 9, "Rain fell", list(toks))
    assert a == b and a != Sentence(1, 0, 0, 9, "Rain fell", toks)
    assert [(c.label, c.text) for c in a.chunks] == [("NP", "Rain"), ("VP", "fell")]
    given = Sentence(0, 0, 0, 9, "Rain fell", toks, chunks=[])
    assert given.chunks == []
    assert Sentence(0, 0, 0, 0, "").chunks == [] and Sentence(0, 0, 0, 0, "").entities == []
    assert "chunks=[" in repr(a)


def test_word_list_answers_as_a_set():
    words = sorted({"able", "about", "abc", "b", "zebra", "zoo", "'hood", ".22"})
    wl = _WordList("\n".join(words))
    assert wl.is_sorted() and len(wl) == len(words)
    for w in words:
        assert w in wl
    for w in ("", "ab", "abd", "zz", "a", "zoos", "able\nabout", "\n", 3):
        assert w not in wl
    assert not _WordList("b\na").is_sorted()


def test_line_offsets_and_sort_check_work_in_windows_as_over_the_whole_text(monkeypatch):
    import random

    from quizgen.text import lexicon

    def plain_offsets(text):
        out, k = [0], text.find("\n")
        while k >= 0:
            out.append(k + 1)
            k = text.find("\n", k + 1)
        return out + [len(text) + 1]

    monkeypatch.setattr(lexicon, "_OFFSET_WINDOW", 5)  # many windows, and windows of one line
    monkeypatch.setattr(lexicon, "_SORT_BLOCK", 3)
    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice("ab\n") for _ in range(rnd.randint(0, 30)))
        assert list(lexicon._line_offsets(text)) == plain_offsets(text)
        wl = _WordList(text)
        lines = text.split("\n")
        assert wl.is_sorted() == all(a < b for a, b in zip(lines, lines[1:]))


def test_vocabulary_is_the_compact_list_and_agrees_with_its_text():
    w = _words()
    vocab = w.vocabulary
    assert isinstance(vocab, _WordList)
    lines = w._vocabulary_text.split("\n")
    known = set(lines)
    rng = random.Random(1)
    for word in rng.sample(lines, 2000):
        assert word in vocab
        assert (word + "x" in vocab) == (word + "x" in known)
    assert "qzxv" not in vocab
