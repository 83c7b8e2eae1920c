"""SQLite quiz store: quizzes, attempts, answers, the attempt limit, and the key-free student view."""

from __future__ import annotations

import sqlite3
import sys
import threading
from dataclasses import asdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # appkit/ lives at the repo root

from appkit.quiz import grade, student_view, submit  # noqa: E402
from quizgen.errors import StoreError  # noqa: E402
from quizgen.models import MultipleChoiceItem, Option, SourceRef, TrueFalseItem  # noqa: E402
from quizgen.store import (  # noqa: E402
    CODE_ALPHABET,
    AnswerRecord,
    AttemptLimitError,
    QuizSettings,
    SQLiteQuizStore,
    normalize_code,
)

SENTENCE = "Ukraine's foreign minister will head to China on Tuesday."


def items() -> list:
    return [
        MultipleChoiceItem(id="q1", stem="Where will the minister go?",
                           options=[Option(text="China", correct=True), Option(text="Russia"), Option(text="Japan"),
                                    Option(text="India")],
                           explanation="EXPLANATION-Q1",
                           source=SourceRef(sentence_index=0, start=0, end=len(SENTENCE), sentence=SENTENCE)),
        TrueFalseItem(id="q2", stem="Beijing condemned the war.",
                      options=[Option(text="True"), Option(text="False", correct=True)], explanation="EXPLANATION-Q2"),
        MultipleChoiceItem(id="q3", stem="Who is the spokeswoman?",
                           options=[Option(text="Mao Ning", correct=True), Option(text="Wang Yi")]),
    ]


@pytest.fixture
def store(tmp_path: Path) -> SQLiteQuizStore:
    return SQLiteQuizStore(tmp_path / "sub" / "q.db")


def test_database_is_in_wal_mode(store: SQLiteQuizStore) -> None:
    con = sqlite3.connect(store.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_create_and_find_quiz_by_code(store: SQLiteQuizStore) -> None:
    q = store.create_quiz(title="Kuleba", set_name="kuleba", items=items(),
                          settings=QuizSettings(max_attempts=None, time_limit_s=600))
    assert len(q.code) == 6 and set(q.code) <= set(CODE_ALPHABET)
    found = store.find_quiz(q.code.lower()[:3] + "-" + q.code.lower()[3:])
    assert found == q
    assert found.items[0].answer == "China" and found.settings.time_limit_s == 600
    assert store.find_quiz("ZZZZZZ") is None
    assert store.list_quizzes() == [q]
    assert normalize_code(" k7q-x2m ") == "K7QX2M"


def test_create_quiz_refuses_empty(store: SQLiteQuizStore) -> None:
    with pytest.raises(StoreError, match="at least one item"):
        store.create_quiz(title="x", set_name="x", items=[], settings=QuizSettings())


def test_quiz_is_a_frozen_snapshot(store: SQLiteQuizStore) -> None:
    its = items()
    q = store.create_quiz(title="t", set_name="s", items=its, settings=QuizSettings())
    its[0] = its[0].model_copy(update={"stem": "changed later in the bank"})
    assert store.get_quiz(q.id).items[0].stem == "Where will the minister go?"


def test_attempt_and_answers_are_stored(store: SQLiteQuizStore) -> None:
    q = store.create_quiz(title="t", set_name="s", items=items(), settings=QuizSettings())
    answers = [AnswerRecord("q1", 1, "China", True), AnswerRecord("q2", 2, None, False), AnswerRecord("q3", 3, "Wang Yi", False)]
    a = store.add_attempt(quiz_id=q.id, student="  Ana   Lee ", answers=answers, score=1, max_score=3,
                          started_at=100.0, submitted_at=160.0)
    assert a.student == "Ana Lee" and a.seconds_taken == 60
    [stored] = store.list_attempts(q.id, with_answers=True)
    assert stored == a
    assert store.list_attempts(q.id)[0].answers == ()


def test_one_attempt_rule_ignores_case_and_spacing(store: SQLiteQuizStore) -> None:
    q = store.create_quiz(title="t", set_name="s", items=items(), settings=QuizSettings(max_attempts=1))
    kw = dict(quiz_id=q.id, answers=[], score=0, max_score=3, started_at=0.0, submitted_at=1.0)
    store.add_attempt(student="Ana Lee", **kw)
    with pytest.raises(AttemptLimitError, match="only one attempt"):
        store.add_attempt(student="ana  LEE", **kw)
    store.add_attempt(student="Ben", **kw)
    assert [a.student for a in store.list_attempts(q.id)] == ["Ana Lee", "Ben"]
    assert store.count_attempts(q.id, " ANA LEE") == 1


def test_unlimited_and_n_attempts(store: SQLiteQuizStore) -> None:
    kw = dict(answers=[], score=0, max_score=3, started_at=0.0, submitted_at=1.0, student="Ana")
    q2 = store.create_quiz(title="t", set_name="s", items=items(), settings=QuizSettings(max_attempts=2))
    qn = store.create_quiz(title="t", set_name="s", items=items(), settings=QuizSettings(max_attempts=None))
    store.add_attempt(quiz_id=q2.id, **kw)
    store.add_attempt(quiz_id=q2.id, **kw)
    with pytest.raises(AttemptLimitError, match="2 attempts"):
        store.add_attempt(quiz_id=q2.id, **kw)
    for _ in range(5):
        store.add_attempt(quiz_id=qn.id, **kw)
    assert len(store.list_attempts(qn.id)) == 5


def test_one_attempt_rule_holds_under_a_race(store: SQLiteQuizStore) -> None:
    """Ten tabs of the same student submitting at once: exactly one attempt is stored."""
    q = store.create_quiz(title="t", set_name="s", items=items(), settings=QuizSettings(max_attempts=1))
    barrier = threading.Barrier(10)
    results: list[str] = []

    def go() -> None:
        barrier.wait()
        try:
            store.add_attempt(quiz_id=q.id, student="Ana", answers=[AnswerRecord("q1", 1, "China", True)], score=1,
                              max_score=3, started_at=0.0, submitted_at=1.0)
            results.append("ok")
        except AttemptLimitError:
            results.append("refused")

    threads = [threading.Thread(target=go) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["ok"] + ["refused"] * 9
    assert len(store.list_attempts(q.id, with_answers=True)[0].answers) == 1


def test_failed_attempt_leaves_nothing_behind(store: SQLiteQuizStore) -> None:
    q = store.create_quiz(title="t", set_name="s", items=items(), settings=QuizSettings(max_attempts=None))
    dup = [AnswerRecord("q1", 1, "China", True), AnswerRecord("q1", 2, "China", True)]  # violates the primary key
    with pytest.raises(StoreError, match="Nothing was saved"):
        store.add_attempt(quiz_id=q.id, student="Ana", answers=dup, score=1, max_score=3, started_at=0, submitted_at=1)
    assert store.list_attempts(q.id) == []


def test_bad_path_gives_a_helpful_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="QUIZGEN_DB"):
        SQLiteQuizStore(tmp_path / "file" / "q.db")


# -- student view and grading ----------------------------------------------------------------

def _flatten(obj) -> str:
    return repr(asdict(obj))


def test_student_view_carries_no_key(store: SQLiteQuizStore) -> None:
    q = store.create_quiz(title="t", set_name="s", items=items(),
                          settings=QuizSettings(shuffle_options=True, shuffle_questions=True))
    view = student_view(q, "Ana")
    text = _flatten(view)
    assert "correct" not in text and "EXPLANATION" not in text and SENTENCE not in text
    assert not any(hasattr(si, "answer") or hasattr(si, "correct") for si in view.items)
    assert {si.item_id for si in view.items} == {"q1", "q2", "q3"}


def test_shuffle_is_deterministic_per_student_and_tf_stays_ordered(store: SQLiteQuizStore) -> None:
    its = items() + [MultipleChoiceItem(id=f"x{k}", stem=f"S{k}?", options=[Option(text=f"o{j}", correct=j == 0) for j in range(6)])
                     for k in range(6)]
    q = store.create_quiz(title="t", set_name="s", items=its, settings=QuizSettings(shuffle_options=True, shuffle_questions=True))
    a1, a2, b = student_view(q, "Ana"), student_view(q, " ana "), student_view(q, "Ben")
    assert [(s.item_id, s.options) for s in a1.items] == [(s.item_id, s.options) for s in a2.items]
    assert [(s.item_id, s.options) for s in a1.items] != [(s.item_id, s.options) for s in b.items]
    assert next(s for s in a1.items if s.item_id == "q2").options == ("True", "False")
    assert [s.number for s in a1.items] == list(range(1, len(its) + 1))
    plain = store.create_quiz(title="t", set_name="s", items=its, settings=QuizSettings())
    assert [s.item_id for s in student_view(plain, "Ana").items] == [it.id for it in its]


def test_grade_and_submit_compute_score_on_the_server(store: SQLiteQuizStore) -> None:
    q = store.create_quiz(title="t", set_name="s", items=items(), settings=QuizSettings(show_feedback=True))
    view = student_view(q, "Ana", now=1000.0)
    answers, score = grade(q, view, {"q1": "China", "q2": "True", "q3": "not an option"})
    assert score == 1 and [a.chosen for a in answers] == ["China", "True", None]
    result = submit(store, view, {"q1": "China", "q2": "False"}, now=1090.0)
    assert result.attempt.score == 2 and result.attempt.max_score == 3 and result.attempt.seconds_taken == 90
    assert [f.correct for f in result.feedback] == [True, True, False]
    assert result.feedback[0].source == SENTENCE and result.feedback[2].answer == "Mao Ning"
    assert store.list_attempts(q.id, with_answers=True)[0].answers == result.attempt.answers


def test_no_feedback_when_teacher_disallows_it(store: SQLiteQuizStore) -> None:
    q = store.create_quiz(title="t", set_name="s", items=items(), settings=QuizSettings(show_feedback=False))
    result = submit(store, student_view(q, "Ana"), {"q1": "China"})
    assert result.feedback == () and result.attempt.answers == () and result.attempt.score == 1
    assert len(store.list_attempts(q.id, with_answers=True)[0].answers) == 3  # stored in full all the same


def test_late_submission_is_marked(store: SQLiteQuizStore) -> None:
    q = store.create_quiz(title="t", set_name="s", items=items(),
                          settings=QuizSettings(time_limit_s=60, max_attempts=None))
    assert not submit(store, student_view(q, "Ana", now=0.0), {}, now=80.0).attempt.late
    assert submit(store, student_view(q, "Ana", now=0.0), {}, now=200.0).attempt.late


def test_settings_validation() -> None:
    with pytest.raises(StoreError):
        QuizSettings(max_attempts=0)
    with pytest.raises(StoreError):
        QuizSettings(time_limit_s=0)
