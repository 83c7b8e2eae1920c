"""Kahoot: an .xlsx laid out like Kahoot's "Quiz spreadsheet template".

Kahoot's template (assumption, from the published template and tools that fill it, e.g.
pacphi/kahoot-quiz-generator writes data from the 9th row): rows 1-7 are a banner and
instructions, row 8 holds the column headers, data starts on row 9. Column A numbers the
questions; B is the question (max 120 characters), C-F answers 1-4 (max 75 each), G the time
limit (5, 10, 20, 30, 60, 90, 120 or 240 s), H the number of the correct answer.

What does not fit is changed visibly, never cut mid-word, and listed by :func:`kahoot_report`:

* a long question is shortened at a word boundary with an ellipsis; if the cloze blank
  ``_____`` would fall off the end, the words around the blank are kept instead;
* a long answer is shortened the same way;
* more than four options: the right one and the first wrong ones are kept (Kahoot has four
  answer slots);
* if shortening makes two answers identical, the item is left out, since the student could
  no longer tell them apart;
* a true/false statement over 120 characters is left out: cutting a statement can change
  whether it is true.

Every text cell is stored as a string, so an answer like ``=SUM(A1)`` is not a formula.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from quizgen.export._common import ELLIPSIS, FIXED_DATETIME, deterministic_zip, shorten, xml_safe
from quizgen.models import QuestionSet

QUESTION_MAX = 120
ANSWER_MAX = 75
MAX_ANSWERS = 4
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER_ROW = 8
FIRST_DATA_ROW = 9
HEADERS = [
    "",
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]
BLANK = "_____"


@dataclass(frozen=True)
class KahootRow:
    """One spreadsheet row: what Kahoot will show."""

    number: int
    question: str
    answers: list[str]
    time_limit: int
    correct: int  # 1-based


def fit_question(text: str, limit: int = QUESTION_MAX) -> str:
    """Shorten a question to ``limit`` characters, keeping a cloze blank visible.

    >>> fit_question("a " * 70 + "_____ end", 20)
    '… a a a a _____ end'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    at = text.find(BLANK)
    if at < 0 or at + len(BLANK) <= limit - len(ELLIPSIS):
        return shorten(text, limit)
    words = text.split(" ")
    i = next(k for k, w in enumerate(words) if BLANK in w)
    lo, hi = i, i

    def size(a: int, b: int) -> int:
        return len(" ".join(words[a : b + 1])) + (len(ELLIPSIS) + 1 if a > 0 else 0) + (len(ELLIPSIS) + 1 if b < len(words) - 1 else 0)

    grew = True
    while grew:
        grew = False
        if lo > 0 and size(lo - 1, hi) <= limit:
            lo, grew = lo - 1, True
        if hi < len(words) - 1 and size(lo, hi + 1) <= limit:
            hi, grew = hi + 1, True
    out = " ".join(words[lo : hi + 1])
    if size(lo, hi) > limit:  # the blank's own word is too long: fall back to a plain cut
        return shorten(text, limit)
    return (ELLIPSIS + " " if lo > 0 else "") + out + (" " + ELLIPSIS if hi < len(words) - 1 else "")


def time_limit_for(question: str, answers: list[str]) -> int:
    """Seconds to answer: about 8 s plus 0.6 s per word to read, at least Kahoot's default 20 s."""
    words = len(" ".join([question, *answers]).split())
    need = max(20.0, 8 + 0.6 * words)
    return next((t for t in TIME_LIMITS if t >= need), TIME_LIMITS[-1])


def plan(qs: QuestionSet) -> tuple[list[KahootRow], list[str]]:
    """The rows Kahoot will get, and one note per change (shortened, dropped option, left out)."""
    rows: list[KahootRow] = []
    notes: list[str] = []
    for n, item in enumerate(qs.items, 1):
        tag = f"Item {n} ({item.id})"
        opts = list(item.options)
        if len(opts) > MAX_ANSWERS:
            keep = [o for o in opts if o.correct] + [o for o in opts if not o.correct][: MAX_ANSWERS - 1]
            dropped = [o.text for o in opts if o not in keep]
            opts = [o for o in opts if o in keep]
            notes.append(f"{tag}: Kahoot takes {MAX_ANSWERS} answers; dropped {len(dropped)} wrong option(s): " + ", ".join(repr(d) for d in dropped) + ".")
        if item.type == "tf" and len(" ".join(xml_safe(item.stem).split())) > QUESTION_MAX:
            notes.append(f"{tag}: left out, because a true/false statement cut to {QUESTION_MAX} characters may no longer be true (or false). Shorten it by hand.")
            continue
        question = fit_question(xml_safe(item.stem))  # xlsx is XML: control characters cannot be stored
        if not question:
            notes.append(f"{tag}: left out, because its question is only control characters.")
            continue
        if question != " ".join(item.stem.split()):
            notes.append(f"{tag}: question shortened from {len(item.stem)} to {len(question)} characters: {question!r}.")
        answers = []
        for k, o in enumerate(opts, 1):
            a = shorten(xml_safe(o.text), ANSWER_MAX)
            if a != " ".join(o.text.split()):
                notes.append(f"{tag}: answer {k} shortened from {len(o.text)} to {len(a)} characters: {a!r}.")
            answers.append(a)
        if not all(answers):
            notes.append(f"{tag}: left out, because an answer is only control characters.")
            continue
        if len({a.casefold() for a in answers}) != len(answers):
            notes.append(f"{tag}: left out, because two answers become identical when shortened to {ANSWER_MAX} characters. Shorten them by hand.")
            continue
        correct = next(k for k, o in enumerate(opts, 1) if o.correct)
        rows.append(KahootRow(len(rows) + 1, question, answers, time_limit_for(question, answers), correct))
    return rows, notes


def kahoot_report(qs: QuestionSet) -> list[str]:
    """What the Kahoot export shortens, drops or leaves out, one line each (empty if nothing)."""
    return plan(qs)[1]


def _text_cell(ws, row: int, col: int, value: str) -> None:  # type: ignore[no-untyped-def]
    cell = ws.cell(row=row, column=col, value=xml_safe(value))
    cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula


_MODIFIED = re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>")


def export_kahoot(qs: QuestionSet) -> bytes:
    """The set as a Kahoot quiz spreadsheet (.xlsx); see :func:`kahoot_report` for what changed."""
    rows, _ = plan(qs)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    stamp = FIXED_DATETIME.replace(tzinfo=None)
    wb.properties.creator = "QuizGen"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.title = qs.title

    _text_cell(ws, 2, 2, "Quiz template")
    ws.cell(row=2, column=2).font = Font(bold=True, size=14)
    _text_cell(ws, 3, 2, qs.title)
    _text_cell(ws, 4, 2, "Questions have a limit of 120 characters and answers 75 characters. Exported by QuizGen.")
    for col, head in enumerate(HEADERS, 1):
        if head:
            _text_cell(ws, HEADER_ROW, col, head)
            ws.cell(row=HEADER_ROW, column=col).font = Font(bold=True)
    for r in rows:
        y = FIRST_DATA_ROW + r.number - 1
        ws.cell(row=y, column=1, value=r.number)
        _text_cell(ws, y, 2, r.question)
        ws.cell(row=y, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        for k, a in enumerate(r.answers):
            _text_cell(ws, y, 3 + k, a)
        ws.cell(row=y, column=7, value=r.time_limit)
        ws.cell(row=y, column=8, value=r.correct)
    for col, width in zip("ABCDEFGH", (4, 60, 30, 30, 30, 30, 14, 14)):
        ws.column_dimensions[col].width = width

    buf = io.BytesIO()
    wb.save(buf)
    # openpyxl stamps "modified" with the current time when saving; put the fixed date back
    # and rewrite the zip with fixed entry dates so the file is reproducible.
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src:
        entries = []
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _MODIFIED.sub(rb"<dcterms:modified\1>" + stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"</dcterms:modified>", data)
            entries.append((info.filename, data))
    return deterministic_zip(entries)
