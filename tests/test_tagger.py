"""POS tagger: hand-checked fixture, PTB token forms, equivalence with NLTK's loop, accuracy."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.text.tagger import model_form, nltk_tagger, pos_tag, pos_tag_sents, tag_forms

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NLTK_DATA = SHARED / "nltk_data"

# Sentences written and tagged by hand (Penn Treebank conventions), in the token
# forms our tokenizer produces: straight quotes, PTB contraction splits.
FIXTURE: list[list[tuple[str, str]]] = [
    [("The", "DT"), ("foreign", "JJ"), ("minister", "NN"), ("arrived", "VBD"), ("in", "IN"),
     ("Beijing", "NNP"), ("on", "IN"), ("Monday", "NNP"), (".", ".")],
    [("He", "PRP"), ("said", "VBD"), ('"', "``"), ("We", "PRP"), ("are", "VBP"), ("ready", "JJ"),
     ("to", "TO"), ("talk", "VB"), (".", "."), ('"', "''")],
    [("She", "PRP"), ("does", "VBZ"), ("n't", "RB"), ("know", "VB"), ("where", "WRB"), ("the", "DT"),
     ("children", "NNS"), ("'re", "VBP"), ("going", "VBG"), (".", ".")],
    [("China", "NNP"), ("'s", "POS"), ("economy", "NN"), ("grew", "VBD"), ("5.2", "CD"),
     ("percent", "NN"), ("in", "IN"), ("2023", "CD"), (".", ".")],
    [("The", "DT"), ("two", "CD"), ("countries", "NNS"), ("signed", "VBD"), ("an", "DT"),
     ("agreement", "NN"), ("(", "("), ("the", "DT"), ("first", "JJ"), ("in", "IN"), ("years", "NNS"),
     (")", ")"), ("and", "CC"), ("promised", "VBD"), ("closer", "JJR"), ("ties", "NNS"), (".", ".")],
    [("Students", "NNS"), ("should", "MD"), ("read", "VB"), ("the", "DT"), ("article", "NN"),
     ("carefully", "RB"), ("before", "IN"), ("answering", "VBG"), ("the", "DT"), ("questions", "NNS"),
     (".", ".")],
    [("It", "PRP"), ("was", "VBD"), ("the", "DT"), ("largest", "JJS"), ("city", "NN"), ("in", "IN"),
     ("the", "DT"), ("region", "NN"), (",", ","), ("with", "IN"), ("about", "IN"), ("two", "CD"),
     ("million", "CD"), ("people", "NNS"), (".", ".")],
    [("Why", "WRB"), ("did", "VBD"), ("they", "PRP"), ("leave", "VB"), ("so", "RB"), ("early", "RB"),
     ("?", ".")],
]


def _words(sent: list[tuple[str, str]]) -> list[str]:
    return [w for w, _ in sent]


def test_fixture_accuracy() -> None:
    gold = [t for s in FIXTURE for _, t in s]
    pred = [t for s in FIXTURE for _, t in pos_tag(_words(s))]
    correct = sum(a == b for a, b in zip(pred, gold))
    assert correct / len(gold) >= 0.97, list(zip(pred, gold))


def test_contract_like_nltk_pos_tag() -> None:
    assert pos_tag([]) == []
    tokens = ["The", "cat", "sat", "."]
    out = pos_tag(tokens)
    assert [w for w, _ in out] == tokens
    assert all(isinstance(t, str) and t for _, t in out)
    assert pos_tag_sents([tokens, ["Hi"]])[0] == out


def test_straight_quotes_tagged_open_and_close() -> None:
    tags = [t for _, t in pos_tag('He said " Stop . " Then he left .'.split())]
    assert tags[2] == "``" and tags[5] == "''"
    tags = [t for _, t in pos_tag('The " big " dog barked .'.split())]
    assert tags[1] == "``" and tags[3] == "''"


def test_ptb_and_curly_forms_are_normalised() -> None:
    assert model_form("``") == '"' and model_form("''") == '"' and model_form("-LRB-") == "("
    assert model_form("don\u2019t") == "don't"
    out = pos_tag(["``", "Yes", "''", "-LRB-", "no", "-RRB-", "\u201c", "ok", "\u201d"])
    assert [t for _, t in out][:6] == ["``", "UH", "''", "(", "DT", ")"]
    assert out[6][1] == "``" and out[8][1] == "''"
    # Same tags as the straight-quote forms for the other tokens.
    assert pos_tag(["She", "did", "n\u2019t", "go"])[2][1] == "RB"


def test_fast_loop_matches_nltk_tag_loop_on_fixture() -> None:
    tagger = nltk_tagger()
    for sent in FIXTURE + [[("A", "DT")], [("zzyzx", "NN"), ("qqq-rrr", "JJ"), ("1999", "CD")]]:
        forms = [model_form(w) for w in _words(sent)]
        assert tag_forms(forms) == [t for _, t in tagger.tag(forms)]


def _conll_test():
    if not (NLTK_DATA / "corpora" / "conll2000.zip").is_file():
        pytest.skip(f"needs {NLTK_DATA}/corpora/conll2000.zip (the shared build inputs)")
    from quizgen.resources.builders.tagger import conll_reader

    return conll_reader(NLTK_DATA).tagged_sents("test.txt")


@pytest.mark.corpus
def test_fast_loop_matches_nltk_tag_loop_on_conll() -> None:
    tagger = nltk_tagger()
    for sent in _conll_test()[:400]:
        forms = [model_form(w) for w, _ in sent]
        assert tag_forms(forms) == [t for _, t in tagger.tag(forms)]


@pytest.mark.corpus
def test_accuracy_on_conll2000_test_at_least_97() -> None:
    sents = _conll_test()
    correct = total = 0
    for sent in sents:
        pred = pos_tag([w for w, _ in sent])
        correct += sum(p == g for (_, p), (_, g) in zip(pred, sent))
        total += len(sent)
    assert total > 40000
    assert correct / total >= 0.970, f"accuracy {correct / total:.4f}"
