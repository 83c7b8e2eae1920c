"""Kahoot spreadsheet: template layout, limits, word-boundary shortening and the report."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_fixtures import awkward_set, long_set, seed_set, simple_set  # noqa: E402

from quizgen.export import export_set, kahoot_report  # noqa: E402
from quizgen.export.kahoot import fit_question  # noqa: E402

TEMPLATE_HEADERS = (
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)


def _rows(qs):  # type: ignore[no-untyped-def]
    wb = openpyxl.load_workbook(io.BytesIO(export_set(qs, "kahoot")))
    ws = wb.worksheets[0]
    assert tuple(c.value for c in ws[8][1:8]) == TEMPLATE_HEADERS
    return ws, [r for r in ws.iter_rows(min_row=9, values_only=True) if any(v is not None for v in r)]


def _is_word_prefix(short: str, original: str) -> bool:
    """``short`` (minus an ellipsis) is whole words of ``original``, never a word cut in half."""
    kept = short.replace("…", " ").split()
    words = original.split()
    for start in range(len(words)):
        if words[start : start + len(kept)] == kept:
            return True
    return False


@pytest.mark.parametrize("maker", [simple_set, awkward_set, seed_set, long_set], ids=["simple", "awkward", "seed", "long"])
def test_rows_respect_kahoots_limits(maker) -> None:  # type: ignore[no-untyped-def]
    qs = maker()
    _, rows = _rows(qs)
    by_stem = {" ".join(it.stem.split()): it for it in qs.items}
    for n, row in enumerate(rows, 1):
        number, question, *answers_time_correct = row
        answers = [a for a in answers_time_correct[:4] if a is not None]
        time_limit, correct = answers_time_correct[4], answers_time_correct[5]
        assert number == n
        assert isinstance(question, str) and len(question) <= 120
        assert 2 <= len(answers) <= 4 and all(len(a) <= 75 for a in answers)
        assert time_limit in (5, 10, 20, 30, 60, 90, 120, 240)
        assert isinstance(correct, int) and 1 <= correct <= len(answers)
        item = by_stem.get(question) or next(it for it in qs.items if _is_word_prefix(question, it.stem))
        assert _is_word_prefix(question, item.stem), question
        right = item.answer
        assert answers[correct - 1] == right or _is_word_prefix(answers[correct - 1], right)


def test_long_items_are_shortened_at_word_boundaries_and_reported() -> None:
    qs = long_set()
    _, rows = _rows(qs)
    report = kahoot_report(qs)
    assert any("long-stem" in r and "question shortened" in r for r in report)
    assert any("long-answer" in r and "answer 1 shortened" in r for r in report)
    assert any("six-options" in r and "'Dnipro', 'Poltava'" in r for r in report)
    assert any("collide" in r and "left out" in r for r in report)
    assert any("long-tf" in r and "left out" in r and "true/false" in r for r in report)
    assert len(rows) == len(qs.items) - 2  # colliding answers and a long statement are left out, not mangled
    six = next(r for r in rows if r[1] == "Which city is the capital of Ukraine?")
    assert six[2:6] == ("Lviv", "Odesa", "Kharkiv", "Kyiv") and six[7] == 4
    cloze = next(r for r in rows if "_____" in r[1])
    assert cloze[1].startswith("… ") and "China’s _____," in cloze[1]
    assert all(r[1].endswith("…") or "…" not in r[1] or r[1].startswith("…") for r in rows)


def test_nothing_to_report_for_a_fitting_set() -> None:
    assert kahoot_report(seed_set()) == []


def test_fit_question_keeps_the_blank() -> None:
    text = " ".join(["word"] * 40) + " _____ tail."
    out = fit_question(text, 50)
    assert "_____" in out and len(out) <= 50 and out.startswith("… word")


def test_true_false_rows() -> None:
    _, rows = _rows(seed_set())
    tf_rows = [r for r in rows if r[2:4] == ("True", "False")]
    assert [r[7] for r in tf_rows] == [1, 2]


def test_formula_looking_text_stays_text() -> None:
    data = export_set(awkward_set(), "kahoot")
    ws, rows = _rows(awkward_set())
    cell = next(c for row in ws.iter_rows(min_row=9) for c in row if c.value == "=SUM(A1:A2) in a spreadsheet is what?")
    assert cell.data_type == "s"
    sheet_xml = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml


def test_reproducible_with_fixed_dates() -> None:
    a, b = export_set(seed_set(), "kahoot"), export_set(seed_set(), "kahoot")
    assert a == b
    core = zipfile.ZipFile(io.BytesIO(a)).read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z</dcterms:created>" in core and "2000-01-01T00:00:00Z</dcterms:modified>" in core
