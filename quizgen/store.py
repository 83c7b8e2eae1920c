"""Quizzes, attempts and answers: one small interface, with SQLite behind it.

Question *sets* live as JSON files in the question bank (:mod:`quizgen.bank`); a *quiz* is a
published, frozen snapshot of some of a set's items plus delivery settings and a join code, and
*attempts* are what students submitted. The pages only ever talk to :class:`QuizStore`, so a
server database can replace :class:`SQLiteQuizStore` later without touching them.

Why SQLite in WAL mode: the standard library has it, readers never block the one writer, and a
submitted attempt is durable the moment :meth:`QuizStore.add_attempt` returns. Every write runs
in a short ``BEGIN IMMEDIATE`` transaction, which is also what makes the attempt limit race-free
(two tabs submitting at once cannot both be "the first attempt").

>>> import tempfile, os
>>> from quizgen.models import MultipleChoiceItem, Option
>>> item = MultipleChoiceItem(id="q1", stem="2+2?", options=[Option(text="4", correct=True), Option(text="5")])
>>> store = SQLiteQuizStore(os.path.join(tempfile.mkdtemp(), "q.db"))
>>> quiz = store.create_quiz(title="Sums", set_name="sums", items=[item], settings=QuizSettings())
>>> store.find_quiz(quiz.code).title
'Sums'
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, Sequence

from pydantic import TypeAdapter, ValidationError

from quizgen.errors import StoreError
from quizgen.models import Item

DEFAULT_DB_PATH = "data/quizgen.db"

#: Join codes avoid characters that are easy to misread (0/O, 1/I/L) when written on a board.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6

_ITEMS = TypeAdapter(list[Item])


class AttemptLimitError(StoreError):
    """The student already used every attempt the quiz allows."""


class QuizNotFoundError(StoreError):
    """No quiz has this join code or id."""


def normalize_code(code: str) -> str:
    """Join codes are typed by hand: ignore case, spaces and dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def student_key(name: str) -> str:
    """The identity used for the attempt limit: 'Ana  Lee' and 'ana lee' are the same student."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True, slots=True)
class QuizSettings:
    """How a quiz is delivered. ``max_attempts=None`` means unlimited."""

    shuffle_questions: bool = False
    shuffle_options: bool = False
    max_attempts: int | None = 1
    show_feedback: bool = True
    time_limit_s: int | None = None

    def __post_init__(self) -> None:
        if self.max_attempts is not None and self.max_attempts < 1:
            raise StoreError("max_attempts must be at least 1 (or None for unlimited).")
        if self.time_limit_s is not None and self.time_limit_s < 1:
            raise StoreError("time_limit_s must be a positive number of seconds (or None for no limit).")

    def to_json(self) -> str:
        return json.dumps(
            {
                "shuffle_questions": self.shuffle_questions,
                "shuffle_options": self.shuffle_options,
                "max_attempts": self.max_attempts,
                "show_feedback": self.show_feedback,
                "time_limit_s": self.time_limit_s,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> "QuizSettings":
        return cls(**json.loads(text))


@dataclass(frozen=True, slots=True)
class Quiz:
    """A published quiz. ``items`` carries the answer key: server side only, never to a student."""

    id: int
    code: str
    title: str
    set_name: str
    items: tuple[Item, ...]
    settings: QuizSettings
    created_at: float

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise StoreError(f"Quiz {self.code} has no item {item_id!r}.")


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    """One item of one attempt: what the student chose (None = left blank) and whether it was right."""

    item_id: str
    position: int
    chosen: str | None
    correct: bool


@dataclass(frozen=True, slots=True)
class Attempt:
    id: int
    quiz_id: int
    student: str
    score: float
    max_score: float
    started_at: float
    submitted_at: float
    late: bool
    answers: tuple[AnswerRecord, ...] = field(default=())

    @property
    def seconds_taken(self) -> float:
        return max(0.0, self.submitted_at - self.started_at)


class QuizStore(Protocol):
    """What the pages need from storage. Implementations must make ``add_attempt`` atomic."""

    def create_quiz(self, *, title: str, set_name: str, items: Sequence[Item], settings: QuizSettings) -> Quiz: ...

    def get_quiz(self, quiz_id: int) -> Quiz: ...

    def find_quiz(self, code: str) -> Quiz | None: ...

    def list_quizzes(self) -> list[Quiz]: ...

    def count_attempts(self, quiz_id: int, student: str) -> int: ...

    def add_attempt(
        self,
        *,
        quiz_id: int,
        student: str,
        answers: Sequence[AnswerRecord],
        score: float,
        max_score: float,
        started_at: float,
        submitted_at: float,
        late: bool = False,
    ) -> Attempt: ...

    def list_attempts(self, quiz_id: int, *, with_answers: bool = False) -> list[Attempt]: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS quizzes (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    set_name TEXT NOT NULL,
    items_json TEXT NOT NULL,
    settings_json TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    quiz_id INTEGER NOT NULL REFERENCES quizzes(id),
    student TEXT NOT NULL,
    student_key TEXT NOT NULL,
    score REAL NOT NULL,
    max_score REAL NOT NULL,
    started_at REAL NOT NULL,
    submitted_at REAL NOT NULL,
    late INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS attempts_by_student ON attempts(quiz_id, student_key);
CREATE TABLE IF NOT EXISTS answers (
    attempt_id INTEGER NOT NULL REFERENCES attempts(id),
    item_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    chosen TEXT,
    correct INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, item_id)
);
"""


class SQLiteQuizStore:
    """:class:`QuizStore` on a SQLite file (WAL). Safe to share between threads and processes.

    A fresh connection per operation keeps it thread-safe without locks of our own; opening a
    SQLite file costs tens of microseconds, far below a submit's budget.
    """

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_DB_PATH, *, busy_timeout_s: float = 30.0) -> None:
        self.path = Path(path)
        self._timeout = busy_timeout_s
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with _closing(self._connect()) as con:
                con.execute("PRAGMA journal_mode=WAL")
                con.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as e:
            raise StoreError(
                f"Cannot open the quiz database at {self.path}: {e}. "
                "Set QUIZGEN_DB to a writable file path."
            ) from e

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("PRAGMA synchronous=NORMAL")  # durable across app crashes in WAL mode
        return con

    # -- quizzes ---------------------------------------------------------------------------
    def create_quiz(self, *, title: str, set_name: str, items: Sequence[Item], settings: QuizSettings) -> Quiz:
        if not items:
            raise StoreError("A quiz needs at least one item; choose some items to publish.")
        if not title.strip():
            raise StoreError("A quiz needs a title.")
        items_json = _ITEMS.dump_json(list(items)).decode("utf-8")
        now = time.time()
        con = self._connect()
        try:
            for _ in range(20):
                code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
                try:
                    cur = con.execute(
                        "INSERT INTO quizzes (code, title, set_name, items_json, settings_json, created_at)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        (code, title.strip(), set_name, items_json, settings.to_json(), now),
                    )
                except sqlite3.IntegrityError:
                    continue  # join code already taken; draw another
                return Quiz(int(cur.lastrowid), code, title.strip(), set_name, tuple(items), settings, now)
        except sqlite3.Error as e:
            raise StoreError(f"Could not save the quiz: {e}") from e
        finally:
            con.close()
        raise StoreError("Could not find a free join code; try again.")

    def _quiz_from_row(self, row: sqlite3.Row) -> Quiz:
        try:
            items = tuple(_ITEMS.validate_json(row["items_json"]))
        except ValidationError as e:
            raise StoreError(f"Quiz {row['code']} is stored in an unreadable form: {e}") from e
        return Quiz(
            id=row["id"],
            code=row["code"],
            title=row["title"],
            set_name=row["set_name"],
            items=items,
            settings=QuizSettings.from_json(row["settings_json"]),
            created_at=row["created_at"],
        )

    def get_quiz(self, quiz_id: int) -> Quiz:
        with _closing(self._connect()) as con:
            row = con.execute("SELECT * FROM quizzes WHERE id = ?", (quiz_id,)).fetchone()
        if row is None:
            raise QuizNotFoundError(f"There is no quiz with id {quiz_id}.")
        return self._quiz_from_row(row)

    def find_quiz(self, code: str) -> Quiz | None:
        with _closing(self._connect()) as con:
            row = con.execute("SELECT * FROM quizzes WHERE code = ?", (normalize_code(code),)).fetchone()
        return None if row is None else self._quiz_from_row(row)

    def list_quizzes(self) -> list[Quiz]:
        with _closing(self._connect()) as con:
            rows = con.execute("SELECT * FROM quizzes ORDER BY created_at DESC, id DESC").fetchall()
        return [self._quiz_from_row(r) for r in rows]

    # -- attempts --------------------------------------------------------------------------
    def count_attempts(self, quiz_id: int, student: str) -> int:
        with _closing(self._connect()) as con:
            (n,) = con.execute(
                "SELECT COUNT(*) FROM attempts WHERE quiz_id = ? AND student_key = ?", (quiz_id, student_key(student))
            ).fetchone()
        return int(n)

    def add_attempt(
        self,
        *,
        quiz_id: int,
        student: str,
        answers: Sequence[AnswerRecord],
        score: float,
        max_score: float,
        started_at: float,
        submitted_at: float,
        late: bool = False,
    ) -> Attempt:
        name = " ".join(student.split())
        if not name:
            raise StoreError("Enter your name before submitting.")
        con = self._connect()
        try:
            con.execute("BEGIN IMMEDIATE")  # take the write lock first: the limit check and insert are one step
            try:
                row = con.execute("SELECT settings_json FROM quizzes WHERE id = ?", (quiz_id,)).fetchone()
                if row is None:
                    raise QuizNotFoundError(f"There is no quiz with id {quiz_id}.")
                limit = QuizSettings.from_json(row["settings_json"]).max_attempts
                if limit is not None:
                    (used,) = con.execute(
                        "SELECT COUNT(*) FROM attempts WHERE quiz_id = ? AND student_key = ?",
                        (quiz_id, student_key(name)),
                    ).fetchone()
                    if used >= limit:
                        raise AttemptLimitError(
                            f"{name} has already submitted this quiz"
                            + (" once" if limit == 1 else f" {used} times")
                            + "; it allows "
                            + ("only one attempt." if limit == 1 else f"{limit} attempts.")
                            + " Ask your teacher if you need another try."
                        )
                cur = con.execute(
                    "INSERT INTO attempts (quiz_id, student, student_key, score, max_score, started_at, submitted_at, late)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (quiz_id, name, student_key(name), score, max_score, started_at, submitted_at, int(late)),
                )
                attempt_id = int(cur.lastrowid)
                con.executemany(
                    "INSERT INTO answers (attempt_id, item_id, position, chosen, correct) VALUES (?, ?, ?, ?, ?)",
                    [(attempt_id, a.item_id, a.position, a.chosen, int(a.correct)) for a in answers],
                )
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        except sqlite3.Error as e:
            raise StoreError(f"Could not store the attempt: {e}. Nothing was saved; submit again.") from e
        finally:
            con.close()
        return Attempt(attempt_id, quiz_id, name, score, max_score, started_at, submitted_at, late, tuple(answers))

    def list_attempts(self, quiz_id: int, *, with_answers: bool = False) -> list[Attempt]:
        with _closing(self._connect()) as con:
            rows = con.execute(
                "SELECT * FROM attempts WHERE quiz_id = ? ORDER BY submitted_at, id", (quiz_id,)
            ).fetchall()
            by_attempt: dict[int, list[AnswerRecord]] = {}
            if with_answers:
                for a in con.execute(
                    "SELECT a.* FROM answers a JOIN attempts t ON t.id = a.attempt_id"
                    " WHERE t.quiz_id = ? ORDER BY a.attempt_id, a.position",
                    (quiz_id,),
                ):
                    by_attempt.setdefault(a["attempt_id"], []).append(
                        AnswerRecord(a["item_id"], a["position"], a["chosen"], bool(a["correct"]))
                    )
        return [
            Attempt(
                id=r["id"],
                quiz_id=r["quiz_id"],
                student=r["student"],
                score=r["score"],
                max_score=r["max_score"],
                started_at=r["started_at"],
                submitted_at=r["submitted_at"],
                late=bool(r["late"]),
                answers=tuple(by_attempt.get(r["id"], ())),
            )
            for r in rows
        ]


class _closing:
    """``with`` for a connection that closes it (sqlite3's own context manager only commits)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def __enter__(self) -> sqlite3.Connection:
        return self.con

    def __exit__(self, *exc: object) -> None:
        self.con.close()


def open_store(path: str | os.PathLike[str] | None = None) -> QuizStore:
    """The store the app uses: ``path``, else ``$QUIZGEN_DB``, else ``data/quizgen.db``."""
    return SQLiteQuizStore(path or os.environ.get("QUIZGEN_DB") or DEFAULT_DB_PATH)


__all__ = [
    "AnswerRecord",
    "Attempt",
    "AttemptLimitError",
    "CODE_ALPHABET",
    "DEFAULT_DB_PATH",
    "Quiz",
    "QuizNotFoundError",
    "QuizSettings",
    "QuizStore",
    "SQLiteQuizStore",
    "normalize_code",
    "open_store",
    "student_key",
]
