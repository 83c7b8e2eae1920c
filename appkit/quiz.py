"""Delivering a quiz to a student without ever handing over the answer key.

The key lives only in :class:`quizgen.store.Quiz` (server side). A student's page is built from
a :class:`StudentQuiz`: a separate projection that has stems and option *texts* only, no
``correct`` flag, no explanation, no source sentence. The student's choices travel back as option
texts, and :func:`submit` grades them against the stored quiz and stores the attempt in one call.

Shuffling is seeded by quiz, student and attempt number, so a rerun (or a reload of the page)
shows a student the same order, while two students see different orders.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
import time
from dataclasses import dataclass

from quizgen.errors import StoreError
from quizgen.store import AnswerRecord, Attempt, Quiz, QuizStore, student_key

#: Seconds allowed after the time limit (page reruns, slow networks) before an attempt is late.
GRACE_S = 30


@dataclass(frozen=True, slots=True)
class StudentItem:
    """What a student may see of an item before submitting."""

    item_id: str
    number: int
    kind: str  # "mcq" | "tf"
    stem: str
    options: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StudentQuiz:
    quiz_id: int
    code: str
    title: str
    student: str
    items: tuple[StudentItem, ...]
    time_limit_s: int | None
    started_at: float


@dataclass(frozen=True, slots=True)
class Feedback:
    """Per-item feedback, built only after the attempt is stored."""

    number: int
    stem: str
    chosen: str | None
    correct: bool
    answer: str
    source: str


@dataclass(frozen=True, slots=True)
class Result:
    attempt: Attempt
    feedback: tuple[Feedback, ...]  # empty when the teacher did not allow feedback


def _rng(quiz: Quiz, student: str, attempt_no: int) -> random.Random:
    digest = hashlib.sha256(f"{quiz.id}|{quiz.code}|{student_key(student)}|{attempt_no}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def student_view(quiz: Quiz, student: str, *, attempt_no: int = 1, now: float | None = None) -> StudentQuiz:
    """The quiz as this student sees it: shuffled as the teacher chose, and without the key."""
    rng = _rng(quiz, student, attempt_no)
    items = list(quiz.items)
    if quiz.settings.shuffle_questions:
        rng.shuffle(items)
    out = []
    for number, it in enumerate(items, start=1):
        texts = [o.text for o in it.options]
        if quiz.settings.shuffle_options and it.type != "tf":  # True/False keeps its natural order
            rng.shuffle(texts)
        out.append(StudentItem(it.id, number, it.type, it.stem, tuple(texts)))
    return StudentQuiz(
        quiz_id=quiz.id,
        code=quiz.code,
        title=quiz.title,
        student=" ".join(student.split()),
        items=tuple(out),
        time_limit_s=quiz.settings.time_limit_s,
        started_at=time.time() if now is None else now,
    )


def grade(quiz: Quiz, view: StudentQuiz, responses: dict[str, str | None]) -> tuple[list[AnswerRecord], float]:
    """Score the responses against the stored key. Unknown option texts count as wrong."""
    answers = []
    for si in view.items:
        item = quiz.item(si.item_id)
        chosen = responses.get(si.item_id)
        if chosen is not None and chosen not in si.options:
            chosen = None  # not an option we offered: treat as blank rather than trust it
        answers.append(AnswerRecord(si.item_id, si.number, chosen, chosen == item.answer))
    return answers, float(sum(a.correct for a in answers))


def submit(
    store: QuizStore, view: StudentQuiz, responses: dict[str, str | None], *, now: float | None = None
) -> Result:
    """Grade on the server, store the attempt (atomically, with the attempt limit) and build feedback."""
    quiz = store.get_quiz(view.quiz_id)
    if {si.item_id for si in view.items} != {it.id for it in quiz.items}:
        raise StoreError("This quiz changed since you opened it; enter the join code again.")
    submitted = time.time() if now is None else now
    late = quiz.settings.time_limit_s is not None and submitted - view.started_at > quiz.settings.time_limit_s + GRACE_S
    answers, score = grade(quiz, view, responses)
    attempt = store.add_attempt(
        quiz_id=quiz.id,
        student=view.student,
        answers=answers,
        score=score,
        max_score=float(len(answers)),
        started_at=view.started_at,
        submitted_at=submitted,
        late=late,
    )
    feedback: tuple[Feedback, ...] = ()
    if quiz.settings.show_feedback:
        fb = []
        for a, si in zip(answers, view.items):
            item = quiz.item(a.item_id)
            source = item.source.sentence if item.source else item.explanation
            fb.append(Feedback(si.number, si.stem, a.chosen, a.correct, item.answer, source))
        feedback = tuple(fb)
    else:  # keep per-item right/wrong out of the student's session too; the score is all they get
        attempt = dataclasses.replace(attempt, answers=())
    return Result(attempt, feedback)


def attempts_left(store: QuizStore, quiz: Quiz, student: str) -> int | None:
    """How many more attempts this student may start (None = unlimited)."""
    if quiz.settings.max_attempts is None:
        return None
    return max(0, quiz.settings.max_attempts - store.count_attempts(quiz.id, student))
