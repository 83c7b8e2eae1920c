"""Chunker: valid IOB, handwritten phrases, NP F1 on CoNLL-2000 test."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.text.chunker import chunk_spans, chunk_tags, repair_iob
from quizgen.text.tagger import pos_tag

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NLTK_DATA = SHARED / "nltk_data"


def _phrases(sentence: str) -> list[tuple[str, str]]:
    words = sentence.split()
    tags = chunk_tags(pos_tag(words))
    return [(kind, " ".join(words[a:b])) for kind, a, b in chunk_spans(tags)]


def _valid_iob(tags: list[str]) -> bool:
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            return False
        if t != "O" and not (t.startswith("B-") or t.startswith("I-")):
            return False
        prev = t
    return True


def test_handwritten_noun_phrases() -> None:
    phrases = _phrases("The Ukrainian foreign minister met his Chinese counterpart in Guangzhou on Wednesday .")
    nps = [p for k, p in phrases if k == "NP"]
    assert nps == ["The Ukrainian foreign minister", "his Chinese counterpart", "Guangzhou", "Wednesday"]
    assert ("VP", "met") in phrases
    assert ("PP", "in") in phrases and ("PP", "on") in phrases


def test_handwritten_verb_groups_and_particles() -> None:
    phrases = _phrases("The talks have been going on for three days and will end soon .")
    assert ("VP", "have been going") in phrases
    assert ("NP", "three days") in phrases
    assert ("VP", "will end") in phrases
    phrases = _phrases("She picked up the phone because she wanted to help .")
    assert ("PRT", "up") in phrases
    assert ("SBAR", "because") in phrases
    assert ("VP", "wanted to help") in phrases


def test_one_tag_per_token_and_valid_iob() -> None:
    assert chunk_tags([]) == []
    for text in ['He said " Stop . "', "( a ) ( b )", ". . .", "very very big and quite small"]:
        tagged = pos_tag(text.split())
        tags = chunk_tags(tagged)
        assert len(tags) == len(tagged)
        assert _valid_iob(tags), tags


def test_repair_iob() -> None:
    assert repair_iob(["I-NP", "I-NP", "O", "I-VP", "B-NP", "I-VP"]) == ["B-NP", "I-NP", "O", "B-VP", "B-NP", "B-VP"]
    assert repair_iob(["B-NP", "I-NP", "B-PP"]) == ["B-NP", "I-NP", "B-PP"]


def test_chunk_spans_conlleval_style() -> None:
    assert chunk_spans(["B-NP", "I-NP", "B-VP", "O", "I-NP", "B-NP"]) == [
        ("NP", 0, 2), ("VP", 2, 3), ("NP", 4, 5), ("NP", 5, 6)]
    assert chunk_spans(["B-NP", "I-VP"]) == [("NP", 0, 1), ("VP", 1, 2)]


@pytest.mark.corpus
def test_np_f1_on_conll2000_test_with_our_pos_at_least_92() -> None:
    if not (NLTK_DATA / "corpora" / "conll2000.zip").is_file():
        pytest.skip(f"needs {NLTK_DATA}/corpora/conll2000.zip (the shared build inputs)")
    from quizgen.resources.builders.chunker import evaluate

    ours = evaluate(NLTK_DATA, pos="ours")
    assert ours["gold"] > 12000
    assert ours["f1"] >= 92.0, ours
    gold = evaluate(NLTK_DATA, pos="gold")
    assert gold["f1"] >= ours["f1"] - 0.5, (gold, ours)


def test_vectorised_scores_equal_feature_by_feature_sums() -> None:
    """The numpy key/row lookup must give exactly the sums of the trained template weights."""
    from quizgen.resources import load_json_gz
    from quizgen.text.chunker import _model, static_features, streams

    payload = load_json_gz("chunker")
    weights = {(name, *e[:-1]): e[-1] for name, entries in payload["static"].items() for e in entries}
    model = _model()
    sentences = [
        "The Ukrainian foreign minister met his Chinese counterpart in Guangzhou on Wednesday .",
        'He said " We are ready to talk about 3.5 million tonnes in 2024 . "',
        "Zyxw qwerty blorf ( unknown-words ) everywhere !",
    ]
    for text in sentences:
        tagged = pos_tag(text.split())
        got = model.static_scores(tagged)
        st = streams(tagged)
        for i in range(len(tagged)):
            expected = dict.fromkeys(model.labels, 0)
            for feat in static_features(st, i):
                for label, w in weights.get(feat, {}).items():
                    expected[label] += w
            assert [expected[label] for label in model.labels] == [int(x) for x in got[i]]


def _sentences_for_decoding() -> list[list[tuple[str, str]]]:
    texts = [
        "The Ukrainian foreign minister met his Chinese counterpart in Guangzhou on Wednesday .",
        "She picked up the phone because she wanted to help .",
        "Hi",
        "",
        'He said " We are ready to talk about 3.5 million tonnes in 2024 . "',
        "Zyxw qwerty blorf ( unknown-words ) everywhere !",
    ]
    return [pos_tag(t.split()) for t in texts]


def test_batched_decoding_equals_sentence_by_sentence() -> None:
    from quizgen.text.chunker import chunk_sents

    sents = _sentences_for_decoding()
    assert chunk_sents(sents) == [chunk_tags(s) for s in sents]
    assert chunk_sents([]) == []
    assert chunk_sents([[]]) == [[]]


@pytest.mark.corpus
def test_batched_decoding_equals_sentence_by_sentence_on_conll() -> None:
    if not (NLTK_DATA / "corpora" / "conll2000.zip").is_file():
        pytest.skip(f"needs {NLTK_DATA}/corpora/conll2000.zip (the shared build inputs)")
    from quizgen.resources.builders.chunker import test_sentences
    from quizgen.text.chunker import chunk_sents

    sents = [[(w, t) for w, t, _ in s] for s in test_sentences(NLTK_DATA)[:600]]
    assert chunk_sents(sents) == [chunk_tags(s) for s in sents]
