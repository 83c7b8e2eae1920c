"""generate(): determinism, invariants, yield and clear failures."""

from __future__ import annotations

import pytest

import quizgen
from quizgen.errors import InputError, NoItemsError
from quizgen.invariants import set_violations
from quizgen.models import MultipleChoiceItem, QuestionSet, TrueFalseItem


@pytest.fixture(scope="module")
def seed_set(seed_text) -> QuestionSet:
    return quizgen.generate(seed_text, n=10, seed=0)


def test_same_text_settings_and_seed_give_byte_identical_json(seed_text, seed_set):
    again = quizgen.generate(seed_text, n=10, seed=0)
    assert again.to_json() == seed_set.to_json()


def test_another_seed_changes_option_order_not_the_facts(seed_text, seed_set):
    other = quizgen.generate(seed_text, n=10, seed=7)
    assert other.to_json() != seed_set.to_json()


def test_seed_set_has_ten_items_of_both_types_with_no_violations(seed_set):
    assert len(seed_set.items) == 10
    assert {it.type for it in seed_set.items} == {"mcq", "tf"}
    assert set_violations(seed_set) == {}


def test_items_are_traceable_to_their_source(seed_text, seed_set):
    for it in seed_set.items:
        assert it.source is not None
        assert seed_text[it.source.start : it.source.end] == it.source.sentence
        assert it.template and it.id.startswith("q-")
        assert it.source.sentence in it.explanation


def test_seed_set_contains_the_issue_examples(seed_text):
    from quizgen.pipeline import run

    gen = run(seed_text, n=10)
    got = {(c.stem, c.answer_text) for c in gen.candidates}
    assert ("Who hosted a peace summit in Switzerland last month?", "Volodymyr Zelenskyy") in got
    assert ("Where did Volodymyr Zelenskyy host a peace summit last month?", "Switzerland") in got
    assert any(s.startswith("About how many delegations did the summit draw") and a == "100" for s, a in got)
    assert ("When did Vladimir Putin signal his approval of China's plan?", "in May") in got


def test_json_round_trip(seed_set):
    assert QuestionSet.from_json(seed_set.to_json()) == seed_set


def test_types_are_respected(seed_text):
    only_tf = quizgen.generate(seed_text, n=5, types=("tf",))
    assert all(isinstance(i, TrueFalseItem) for i in only_tf.items)
    only_mcq = quizgen.generate(seed_text, n=5, types=("mcq",))
    assert all(isinstance(i, MultipleChoiceItem) for i in only_mcq.items)


def test_bad_settings_are_clear_errors(seed_text):
    with pytest.raises(InputError, match="item type"):
        quizgen.generate(seed_text, types=("essay",))
    with pytest.raises(InputError, match="number of items"):
        quizgen.generate(seed_text, n=0)


def test_text_that_yields_nothing_is_a_clear_error():
    with pytest.raises(NoItemsError, match="No question"):
        quizgen.generate("Hello there. Thanks!")


def test_a_sentence_that_starts_in_lower_case_gives_no_item():
    # review round 44: "rim-fire auto with a tubular magazine that holds 18 Long Rifles." is a
    # line of a broken source, not a sentence
    from quizgen.pipeline import run

    text = ("The Marlin Model 99 is a light rifle for young shooters in the field. The rifle weighs 5 pounds and costs $45.\n\n"
            "rim-fire auto with a tubular magazine that holds 18 Long Rifles. The Model 99 was first sold in 1959 in Texas.")
    cands = run(text, n=10).candidates
    assert cands and not any("Long Rifles" in c.sentence.text for c in cands)


@pytest.mark.parametrize("edge", ["\n", "\u3000\n", "\x1f", "\u200b", " \u2029"])
def test_the_stored_source_is_what_validation_would_store(seed_text, edge):
    # generate() builds SourceText without pydantic's copy of the text; what it stores must be
    # what the model's own validation stores (stripped of Unicode White_Space only, as pydantic
    # strips it: "\x1f" and "\u200b" are no White_Space and stay) and its digest the text's
    import hashlib

    from quizgen.models import SourceText

    text = edge + seed_text + edge
    got = quizgen.generate(text, n=3).source
    want = SourceText(sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), chars=len(text), text=text)
    assert got == want
    assert QuestionSet.model_validate_json(quizgen.generate(text, n=3).to_json()).source == want
