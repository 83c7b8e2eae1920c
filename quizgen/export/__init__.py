"""Exchange formats: export a question set for Moodle, Canvas, Kahoot and print; import it back.

One entry point each way, so the CLI and the Streamlit page offer exactly the same formats::

    data = export_set(qs, "gift")                 # bytes, ready to write or download
    qs2 = import_set(data, "gift")                # ImportFormatError names the line if malformed
    for note in kahoot_report(qs): print(note)    # what the Kahoot export had to shorten or drop

:data:`FORMATS` lists every format with its file extension, MIME type, a label for menus and
whether it can be imported. Exports are deterministic: the same set gives byte-identical
files (fixed zip, xlsx and PDF dates). Nothing here writes files; callers do, e.g. with
:func:`quizgen.fsutil.atomic_write_bytes`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from quizgen.errors import ExportError, ImportFormatError
from quizgen.export.aiken import export_aiken
from quizgen.export.csv_export import export_csv
from quizgen.export.gift import export_gift, import_gift
from quizgen.export.json_format import export_json, import_json
from quizgen.export.kahoot import export_kahoot, kahoot_report
from quizgen.export.moodle_xml import export_moodle_xml, import_moodle_xml
from quizgen.export.qti import export_qti
from quizgen.export.worksheet import export_html, export_pdf
from quizgen.models import QuestionSet


@dataclass(frozen=True)
class FormatInfo:
    """What a caller needs to offer a format: file extension (with dot), MIME type, menu label."""

    name: str
    label: str
    extension: str
    mime: str
    can_import: bool
    binary: bool
    takes_article: bool = False  # the include_article switch changes the output


_TEXT = "text/plain; charset=utf-8"

FORMATS: dict[str, FormatInfo] = {
    f.name: f
    for f in (
        FormatInfo("json", "QuizGen JSON", ".json", "application/json", True, False),
        FormatInfo("gift", "Moodle GIFT", ".txt", _TEXT, True, False),
        FormatInfo("moodle-xml", "Moodle XML", ".xml", "application/xml", True, False),
        FormatInfo("qti", "Canvas (QTI 1.2 zip)", ".zip", "application/zip", False, True),
        FormatInfo("kahoot", "Kahoot spreadsheet", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", False, True),
        FormatInfo("aiken", "Aiken (Moodle)", ".txt", _TEXT, False, False),
        FormatInfo("csv", "CSV (one row per item)", ".csv", "text/csv; charset=utf-8", False, False),
        FormatInfo("html", "Printable worksheet (HTML)", ".html", "text/html; charset=utf-8", False, False, True),
        FormatInfo("pdf", "Printable worksheet (PDF)", ".pdf", "application/pdf", False, True, True),
    )
}

_EXPORTERS: dict[str, Callable[[QuestionSet], bytes]] = {
    "json": export_json,
    "gift": export_gift,
    "moodle-xml": export_moodle_xml,
    "qti": export_qti,
    "kahoot": export_kahoot,
    "aiken": export_aiken,
    "csv": export_csv,
}

_IMPORTERS: dict[str, Callable[..., QuestionSet]] = {
    "json": import_json,
    "gift": import_gift,
    "moodle-xml": import_moodle_xml,
}


def export_set(qs: QuestionSet, fmt: str, *, include_article: bool = False) -> bytes:
    """Write ``qs`` in format ``fmt`` (a key of :data:`FORMATS`) and return the file's bytes.

    ``include_article`` puts the article text on the html/pdf worksheet; other formats ignore it.

    Raises:
        ExportError: unknown format, an empty set (except JSON), or a worksheet asked to include
            an article the set did not keep.
    """
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}. Choose one of: {', '.join(FORMATS)}.")
    if not qs.items and fmt != "json":
        raise ExportError(f"The set {qs.title!r} has no items, so there is nothing to export as {FORMATS[fmt].label}. Generate or add items first.")
    if fmt == "html":
        return export_html(qs, include_article=include_article)
    if fmt == "pdf":
        return export_pdf(qs, include_article=include_article)
    return _EXPORTERS[fmt](qs)


def import_set(data: bytes, fmt: str, *, title: str | None = None) -> QuestionSet:
    """Read a file's bytes in format ``fmt`` (json, gift or moodle-xml) into a validated set.

    ``title`` replaces the title found in the file (GIFT/Moodle category, JSON title). Never
    writes anything.

    Raises:
        ImportFormatError: the format cannot be imported, or the file is malformed; the message
            names the line or element and what was expected.
    """
    if fmt not in _IMPORTERS:
        importable = ", ".join(n for n, f in FORMATS.items() if f.can_import)
        raise ImportFormatError(f"Cannot import format {fmt!r}. QuizGen imports: {importable}.")
    if isinstance(data, str):  # be forgiving with callers that already decoded the file
        data = data.encode("utf-8")
    return _IMPORTERS[fmt](data, title=title)


__all__ = ["FORMATS", "FormatInfo", "export_set", "import_set", "kahoot_report"]
