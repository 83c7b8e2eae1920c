"""Helpers shared by the exchange formats: text<->HTML, shortening, ids, reproducible zips.

Kept private (leading underscore) because the format modules are the public surface; these
exist so that every format escapes, shortens and timestamps in exactly the same way.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone

from pydantic import ValidationError

from quizgen.errors import ImportFormatError
from quizgen.models import MultipleChoiceItem, Option, QuestionSet, TrueFalseItem, validation_errors

#: The one timestamp written into every export (zip entries, xlsx and PDF metadata), so the
#: same set always gives byte-identical files. 2000-01-01 rather than the zip epoch (1980)
#: because some spreadsheet tools treat pre-1990 document dates as "unset".
FIXED_DATETIME = datetime(2000, 1, 1, 0, 0, 0, tzinfo=timezone.utc)
_ZIP_DATE = (2000, 1, 1, 0, 0, 0)

ELLIPSIS = "\u2026"

# Characters XML 1.0 forbids outright (C0 controls except tab/newline/CR, surrogates, U+FFFE/F).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Drop the characters XML 1.0 cannot carry at all (they cannot be escaped either)."""
    return _XML_ILLEGAL.sub("", text)


def text_to_html(text: str) -> str:
    """Plain text -> HTML fragment that displays as that text (``<``, ``&``, ``>`` escaped).

    Newlines become ``<br>`` so that an HTML reader (Moodle, Canvas) keeps the line break
    and :func:`html_to_text` can turn it back. Quotes are left alone: they are harmless in
    element content and escaping them would add ``#`` characters GIFT must then escape.
    """
    return html.escape(xml_safe(text), quote=False).replace("\r\n", "\n").replace("\n", "<br>")


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK_END = re.compile(r"</(p|div|li|h[1-6]|tr)\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SOURCE_BREAK = re.compile(r"[ \t]*[\r\n][\s]*")


def html_to_text(fragment: str) -> str:
    """HTML fragment -> plain text: tags dropped, entities decoded, ``<br>``/paragraphs -> newline.

    Whitespace runs that contain a source line break are insignificant in HTML and collapse to
    one space; runs of plain spaces are kept, so text written by :func:`text_to_html` comes
    back unchanged.
    """
    s = _SOURCE_BREAK.sub(" ", fragment)
    s = _BR.sub("\n", s)  # a <br> is exactly one line break; spaces around it are text
    s = _BLOCK_END.sub("\x00", s)  # a paragraph end is a break, and trims the spaces around it
    s = _TAG.sub("", s)
    s = re.sub(r"[ \t]*\x00[ \t]*", "\n", s.strip())
    return html.unescape(s).strip()


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters at a word boundary, ending with an ellipsis.

    Never cuts inside a word: if the first word alone is too long (a URL, a chemical name),
    the result is that word's start plus the ellipsis, which is the only honest option left.

    >>> shorten("The quick brown fox jumps", 16)
    'The quick brown…'
    >>> shorten("short", 10)
    'short'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    cut = text[: room + 1]
    space = cut.rfind(" ")
    if space > 0:
        head = cut[:space]
    else:
        head = text[:room]
    head = head.rstrip(" ,;:-\u2013\u2014")
    return head + ELLIPSIS


def stable_id(prefix: str, *parts: str) -> str:
    """A short id that depends only on ``parts``, for imported items that carry no name."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}-{h}"


class IdAllocator:
    """Hands out ``wanted``, or ``wanted-2``, ``wanted-3``... when an earlier item already has it.

    Remembers the next free suffix per name, so a file with thousands of questions of the same
    name stays linear.

    >>> ids = IdAllocator()
    >>> [ids("q"), ids("q"), ids("q-2"), ids("q")]
    ['q', 'q-2', 'q-2-2', 'q-3']
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self._next: dict[str, int] = {}

    def __call__(self, wanted: str) -> str:
        candidate = wanted
        if candidate in self._taken:
            n = self._next.get(wanted, 2)
            while f"{wanted}-{n}" in self._taken:
                n += 1
            candidate = f"{wanted}-{n}"
            self._next[wanted] = n + 1
        self._taken.add(candidate)
        return candidate


def deterministic_zip(entries: Sequence[tuple[str, bytes]]) -> bytes:
    """A deflated zip whose bytes depend only on the entries (fixed dates and permissions)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            zf.writestr(info, data)
    return buf.getvalue()


def renormalize_zip(data: bytes) -> bytes:
    """Rewrite a zip (an xlsx) with fixed entry dates, keeping entry order and contents."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    return deterministic_zip(entries)


def _location_errors(e: ValidationError) -> str:
    return "; ".join(f"{p.removeprefix('$.')}: {m}" for p, m in validation_errors(e))


def make_item(
    *,
    kind: str,
    item_id: str,
    stem: str,
    options: Iterable[tuple[str, bool]],
    explanation: str,
    template: str,
    where: str,
) -> MultipleChoiceItem | TrueFalseItem:
    """Build and validate one imported item; a schema failure becomes an ImportFormatError at ``where``."""
    opts = list(options)
    try:
        if kind == "tf":
            truth = next(c for t, c in opts if t == "True")
            return TrueFalseItem(
                id=item_id,
                stem=stem,
                options=[Option(text="True", correct=truth, origin="truth"), Option(text="False", correct=not truth, origin="truth")],
                explanation=explanation,
                template=template,
            )
        return MultipleChoiceItem(
            id=item_id,
            stem=stem,
            options=[Option(text=t, correct=c, origin="teacher") for t, c in opts],
            explanation=explanation,
            template=template,
        )
    except ValidationError as e:
        raise ImportFormatError(f"{where}: this question cannot become a QuizGen item ({_location_errors(e)}). Fix the question in the file and import again.") from e


def make_set(title: str, items: list[MultipleChoiceItem | TrueFalseItem], where: str) -> QuestionSet:
    """Assemble the imported set; ``where`` names the file for the (unlikely) schema failure."""
    if not items:
        raise ImportFormatError(f"{where}: no multiple-choice or true/false question found. Check that this is the right file and format.")
    try:
        return QuestionSet(title=title.strip() or "Imported questions", items=items)
    except ValidationError as e:
        raise ImportFormatError(f"{where}: the imported questions do not form a valid set ({_location_errors(e)}).") from e
