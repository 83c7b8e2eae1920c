"""Grades as CSV for a spreadsheet or an LMS import.

Student names are typed by students, so a cell that starts with ``= + - @`` (or a tab/CR) is
prefixed with an apostrophe: spreadsheets would otherwise run it as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Sequence

from quizgen.store import Attempt, Quiz


def _cell(value: object) -> str:
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def grades_csv(quiz: Quiz, attempts: Sequence[Attempt]) -> bytes:
    """One row per attempt: student, score, max, percent, seconds taken, submitted (ISO), late."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["quiz_code", "quiz_title", "student", "score", "max_score", "percent", "seconds_taken",
                "submitted_at", "late"])
    for a in attempts:
        pct = round(100 * a.score / a.max_score, 1) if a.max_score else 0.0
        w.writerow([quiz.code, _cell(quiz.title), _cell(a.student), f"{a.score:g}", f"{a.max_score:g}", pct,
                    round(a.seconds_taken), dt.datetime.fromtimestamp(a.submitted_at).isoformat(timespec="seconds"),
                    "yes" if a.late else "no"])
    return buf.getvalue().encode("utf-8-sig")  # BOM: Excel then reads accented names correctly
