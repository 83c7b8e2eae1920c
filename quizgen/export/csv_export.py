"""CSV: one row per item, for spreadsheets and mail merges.

Columns: number, id, type, stem, option_a..option_f, correct (letter), answer, explanation,
difficulty, status, tags (``;``-separated). RFC 4180 quoting with CRLF line ends, UTF-8 with a
byte-order mark because Excel otherwise reads UTF-8 as the local code page and garbles
"café". Cells that start with ``= + - @`` (or tab/CR) get a leading apostrophe, the OWASP
advice against spreadsheet formula injection: the article text is untrusted.
"""

from __future__ import annotations

import csv
import io

from quizgen.models import QuestionSet

MAX_OPTIONS = 6
HEADER = ["number", "id", "type", "stem", *(f"option_{c}" for c in "abcdef"), "correct", "answer", "explanation", "difficulty", "status", "tags"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_csv(qs: QuestionSet) -> bytes:
    """The set as CSV (UTF-8 with BOM), header row first."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    for n, item in enumerate(qs.items, 1):
        opts = [o.text for o in item.options] + [""] * (MAX_OPTIONS - len(item.options))
        row = [
            str(n),
            item.id,
            item.type,
            item.stem,
            *opts,
            "ABCDEF"[item.correct_index],
            item.answer,
            item.explanation,
            item.difficulty,
            item.status,
            ";".join(item.tags),
        ]
        w.writerow([_cell(c) for c in row])
    return buf.getvalue().encode("utf-8-sig")
