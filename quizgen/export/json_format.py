"""The native JSON format: the pydantic schema, validated on the way out and on the way in.

Export is :meth:`QuestionSet.to_json` (canonical: indented, model key order, trailing newline),
so the file matches the published JSON Schema (``quizgen schema``) by construction. Import
reports JSON syntax errors by line and column and schema errors by JSON path
(``$.items[2].options``), which is where a teacher editing the file by hand has to look.
"""

from __future__ import annotations

import json

from quizgen.errors import ImportFormatError, SchemaError
from quizgen.models import QuestionSet


def export_json(qs: QuestionSet) -> bytes:
    """The set as canonical JSON (UTF-8); re-validated so a hand-built model cannot slip through."""
    text = qs.to_json()
    QuestionSet.from_json(text)  # raises SchemaError if the in-memory set was built unvalidated
    return text.encode("utf-8")


def import_json(data: bytes, *, title: str | None = None) -> QuestionSet:
    """Parse and validate a QuizGen JSON file.

    Raises:
        ImportFormatError: with the line/column of a JSON syntax error, or one ``[json path]
            message`` line per schema problem.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ImportFormatError(f"JSON line {line}: the file is not UTF-8 text. Save it as UTF-8 and import again.") from e
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        raise ImportFormatError(f"JSON line {e.lineno}, column {e.colno}: {e.msg}. Fix the file (a missing comma or quote is the usual cause) and import again.") from e
    try:
        qs = QuestionSet.from_json(text)
    except SchemaError as e:
        lines = "\n".join(f"  [{p}] {m}" for p, m in e.errors)
        raise ImportFormatError(f"JSON: the file is valid JSON but not a QuizGen question set:\n{lines}\nFix the named fields and import again.") from e
    if title and title.strip():
        qs = qs.model_copy(update={"title": title.strip()})
    return qs
