"""Item analysis with Moodle's definitions: facility, discrimination (item vs rest of test), distractors."""

from __future__ import annotations

import math

import pytest

from quizgen.analysis import NO_ANSWER, analyse_items, item_score, pearson
from quizgen.models import MultipleChoiceItem, Option


def mcq(i: str, key: str, distractors: list[str]) -> MultipleChoiceItem:
    return MultipleChoiceItem(id=i, stem=f"{i}?", options=[Option(text=key, correct=True)] + [Option(text=d) for d in distractors])


ITEMS = [mcq("a", "A1", ["A2", "A3"]), mcq("b", "B1", ["B2", "B3"]), mcq("c", "C1", ["C2", "C3"])]


def test_pearson_matches_hand_computation() -> None:
    xs, ys = [1, 0, 1, 1, 0], [2, 1, 1, 2, 0]
    mx, my = sum(xs) / 5, sum(ys) / 5
    r = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / math.sqrt(
        sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys))
    assert pearson(xs, ys) == pytest.approx(r)
    assert pearson([0, 1], [1, 0]) == pytest.approx(-1.0)
    assert pearson([1], [1]) is None and pearson([1, 1, 1], [0, 1, 2]) is None
    with pytest.raises(ValueError):
        pearson([1, 2], [1])


def test_facility_is_share_correct() -> None:
    attempts = [{"a": "A1", "b": "B2"}, {"a": "A1", "b": "B1"}, {"a": "A2"}, {"a": "A1", "b": "B1"}]
    stats = analyse_items(ITEMS, attempts)
    assert [s.facility for s in stats] == [0.75, 0.5, 0.0]
    assert item_score(ITEMS[0], None) == 0 and item_score(ITEMS[0], "A1") == 1


def test_discrimination_uses_rest_of_test_score() -> None:
    """Moodle correlates the item with total minus the item, not with the total."""
    attempts = [
        {"a": "A1", "b": "B1", "c": "C1"},
        {"a": "A1", "b": "B1", "c": "C2"},
        {"a": "A2", "b": "B2", "c": "C1"},
        {"a": "A2", "b": "B1", "c": "C2"},
    ]
    stats = analyse_items(ITEMS, attempts)
    a_scores, rest = [1, 1, 0, 0], [2, 1, 1, 1]
    assert stats[0].discrimination == pytest.approx(pearson(a_scores, rest))
    total = [3, 2, 1, 1]
    assert stats[0].discrimination != pytest.approx(pearson(a_scores, total))


def test_good_item_is_not_flagged_and_bad_item_is() -> None:
    # a and b: the stronger students get them right -> high discrimination
    # c: only the weakest students get it right -> negative discrimination
    items = ITEMS + [mcq("d", "D1", ["D2"])]
    attempts = [
        {"a": "A1", "b": "B1", "c": "C2", "d": "D1"},
        {"a": "A1", "b": "B1", "c": "C3", "d": "D1"},
        {"a": "A1", "b": "B1", "c": "C2", "d": "D2"},
        {"a": "A1", "b": "B2", "c": "C3", "d": "D1"},
        {"a": "A2", "b": "B2", "c": "C1", "d": "D2"},
        {"a": "A3", "b": "B3", "c": "C1", "d": "D2"},
    ]
    stats = {s.item_id: s for s in analyse_items(items, attempts)}
    assert stats["a"].discrimination > 0.3 and not stats["a"].low_discrimination
    assert not any("discrimination" in f for f in stats["a"].flags)
    assert stats["c"].discrimination < 0 and stats["c"].low_discrimination
    assert any("low discrimination" in f for f in stats["c"].flags)


def test_undefined_discrimination_is_none_and_not_flagged() -> None:
    stats = analyse_items(ITEMS, [{"a": "A1", "b": "B1"}, {"a": "A1", "b": "B2"}])
    assert stats[0].discrimination is None and not stats[0].low_discrimination
    assert analyse_items(ITEMS, [])[0].facility is None


def test_option_counts_and_nonfunctional_distractors() -> None:
    # 20 students: A3 chosen by exactly one (5%): functional; A2 by none: non-functional
    attempts = [{"a": "A1"}] * 17 + [{"a": "A3"}] + [{}] * 2
    s = analyse_items(ITEMS, attempts)[0]
    assert s.option_counts == {"A1": 17, "A2": 0, "A3": 1, NO_ANSWER: 2}
    assert list(s.option_counts)[:3] == ["A1", "A2", "A3"]
    assert s.nonfunctional == ["A2"]
    assert "A2" in " ".join(s.flags) and "A3" not in " ".join(s.flags)
    # 21 students: one choice is 4.8% < 5% -> now non-functional
    s21 = analyse_items(ITEMS, attempts + [{"a": "A1"}])[0]
    assert s21.nonfunctional == ["A2", "A3"]
    assert s.correct_option == "A1"
