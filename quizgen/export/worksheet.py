"""Printable worksheet (HTML and PDF): title, name line, optional article, numbered items, and
an answer key on a separate page.

Both renderings read one :class:`Worksheet` built from the set, so the HTML and the PDF say
the same thing. The HTML escapes every text with :func:`html.escape` (the article is
untrusted input) and uses print CSS (``break-before: page``) for the answer key.

The PDF comes from fpdf2 (pure Python). fpdf2's built-in fonts are Latin-1 only, so the PDF
embeds DejaVu Sans, looked up in this order: ``$QUIZGEN_PDF_FONT_DIR``, the Debian/Ubuntu
``fonts-dejavu-core`` folder, other usual font folders, and matplotlib's bundled copy if
matplotlib happens to be installed. If none is found (a bare machine), the PDF still renders
with Helvetica and every character outside Latin-1 is transliterated (curly quotes to straight
ones, dashes to ``-``, ``ł`` to ``l``...) or replaced by ``?``; :func:`pdf_font` tells which
case applies.
"""

from __future__ import annotations

import html
import importlib.util
import os
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from quizgen.errors import ExportError
from quizgen.export._common import FIXED_DATETIME
from quizgen.models import QuestionSet, TrueFalseItem

LETTERS = "ABCDEF"


@dataclass(frozen=True)
class SheetItem:
    number: int
    stem: str
    options: list[str]  # lettered choices; empty for true/false
    is_tf: bool
    key_letter: str  # "A".."F", or "True"/"False"
    key_text: str
    explanation: str


@dataclass(frozen=True)
class Worksheet:
    title: str
    article: list[str] | None  # paragraphs, when asked for
    items: list[SheetItem]


def build(qs: QuestionSet, *, include_article: bool) -> Worksheet:
    """What both renderings print.

    Raises:
        ExportError: ``include_article`` was asked but the set does not keep its article text.
    """
    article = None
    if include_article:
        text = qs.source.text
        if not text or not text.strip():
            raise ExportError("This set was saved without its article text, so the worksheet cannot include it. Export without the article, or regenerate the set with the text kept.")
        article = [p.strip() for p in text.replace("\r\n", "\n").split("\n") if p.strip()]
    items = []
    for n, it in enumerate(qs.items, 1):
        is_tf = isinstance(it, TrueFalseItem)
        items.append(
            SheetItem(
                number=n,
                stem=it.stem,
                options=[] if is_tf else [o.text for o in it.options],
                is_tf=is_tf,
                key_letter=it.answer if is_tf else LETTERS[it.correct_index],
                key_text=it.answer,
                explanation=it.explanation,
            )
        )
    return Worksheet(title=qs.title, article=article, items=items)


# --------------------------------------------------------------------------- HTML

_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; max-width: 48em; margin: 2em auto; color: #111; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 13pt; margin-top: 1.4em; }
.name-line { margin: 1em 0 1.5em; }
.blank { display: inline-block; border-bottom: 1px solid #000; width: 16em; margin-right: 1.5em; }
.blank.short { width: 7em; }
.article p { text-align: justify; }
ol.items > li { margin-bottom: 1em; break-inside: avoid; page-break-inside: avoid; }
ol.options { list-style-type: upper-alpha; margin: 0.3em 0; }
.tf { list-style: none; padding-left: 1.5em; margin: 0.3em 0; }
.tf li { display: inline-block; margin-right: 3em; }
.answer-key { break-before: page; page-break-before: always; }
.answer-key .why { color: #555; font-size: 9.5pt; margin: 0.1em 0 0.6em; }
@page { size: A4; margin: 18mm; }
@media print { body { margin: 0; max-width: none; } }
""".strip()


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def export_html(qs: QuestionSet, *, include_article: bool = False) -> bytes:
    """A self-contained, printable HTML worksheet plus answer key (UTF-8)."""
    ws = build(qs, include_article=include_article)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_e(ws.title)}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        '<section class="worksheet">',
        f"<h1>{_e(ws.title)}</h1>",
        '<p class="name-line">Name: <span class="blank"></span> Class: <span class="blank short"></span> Date: <span class="blank short"></span></p>',
    ]
    if ws.article is not None:
        out.append('<section class="article">\n<h2>Read the text</h2>')
        out += [f"<p>{_e(p)}</p>" for p in ws.article]
        out.append("</section>")
    out.append("<h2>Questions</h2>")
    out.append('<ol class="items">')
    for it in ws.items:
        out.append(f'<li class="item"><p class="stem">{_e(it.stem)}</p>')
        if it.is_tf:
            out.append('<ul class="tf"><li>&#9675; True</li><li>&#9675; False</li></ul>')
        else:
            out.append('<ol class="options">' + "".join(f"<li>{_e(o)}</li>" for o in it.options) + "</ol>")
        out.append("</li>")
    out.append("</ol>")
    out.append("</section>")
    out.append('<section class="answer-key">')
    out.append(f"<h1>Answer key</h1>\n<p>{_e(ws.title)}</p>")
    out.append("<ol>")
    for it in ws.items:
        key = _e(it.key_text) if it.is_tf else f"{it.key_letter} &mdash; {_e(it.key_text)}"
        why = f'<div class="why">{_e(it.explanation)}</div>' if it.explanation else ""
        out.append(f"<li><strong>{key}</strong>{why}</li>")
    out.append("</ol>")
    out.append("</section>")
    out.append("</body>")
    out.append("</html>")
    return ("\n".join(out) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- PDF

_FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}


def _font_dirs() -> list[Path]:
    dirs = []
    if os.environ.get("QUIZGEN_PDF_FONT_DIR"):
        dirs.append(Path(os.environ["QUIZGEN_PDF_FONT_DIR"]))
    dirs += [
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts/TTF"),
        Path("/usr/local/share/fonts"),
        Path("/Library/Fonts"),
        Path.home() / "Library/Fonts",
        Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
    ]
    spec = importlib.util.find_spec("matplotlib")
    if spec and spec.submodule_search_locations:
        dirs.append(Path(next(iter(spec.submodule_search_locations))) / "mpl-data/fonts/ttf")
    return dirs


@lru_cache(maxsize=1)
def pdf_font() -> dict[str, Path] | None:
    """The DejaVu Sans files the PDF will embed (style -> path), or None for the Latin-1 fallback."""
    for d in _font_dirs():
        paths = {style: d / name for style, name in _FONT_FILES.items()}
        if all(p.is_file() for p in paths.values()):
            return paths
    return None


_LATIN1_MAP = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u2026": "...", "\u2022": "*", "\u25cb": "o", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
        "\u0141": "L", "\u0142": "l", "\u0110": "D", "\u0111": "d", "\u0131": "i", "\u20ac": "EUR",
    }
)


def to_latin1(text: str) -> str:
    """Transliterate to Latin-1 for the no-font fallback; characters with no fair stand-in become ``?``.

    >>> to_latin1("Zelenskyy’s café — naïve “ok” Łódź")
    'Zelenskyy\\'s café - naïve "ok" Lódz'
    """
    out = []
    for ch in text.translate(_LATIN1_MAP):
        if ord(ch) < 256:
            out.append(ch)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if ord(c) < 256 and not unicodedata.combining(c))
        out.append(base or "?")
    return "".join(out)


class _SheetPDF(FPDF):
    def __init__(self, title: str, font: str, clean) -> None:  # type: ignore[no-untyped-def]
        super().__init__(orientation="P", unit="mm", format="A4")
        self._title, self._font, self._clean = title, font, clean

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self._font, "", 8)
        self.set_text_color(110)
        self.cell(0, 5, self._clean(f"{self._title}  \u2014  page {self.page_no()}"), align="C")
        self.set_text_color(0)


def export_pdf(qs: QuestionSet, *, include_article: bool = False) -> bytes:
    """The worksheet and answer key as an A4 PDF (fixed creation date, so reproducible)."""
    ws = build(qs, include_article=include_article)
    fonts = pdf_font()
    if fonts:
        family, clean = "DejaVu", (lambda s: s)
    else:
        family, clean = "helvetica", to_latin1
    pdf = _SheetPDF(ws.title, family, clean)
    if fonts:
        for style, path in fonts.items():
            pdf.add_font(family, style, str(path))
    pdf.set_creation_date(FIXED_DATETIME)
    pdf.set_title(clean(ws.title))
    pdf.set_creator("QuizGen")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font(family, "B", 18)
    pdf.multi_cell(width, 8, clean(ws.title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font(family, "", 11)
    pdf.cell(width, 7, "Name: ______________________________    Class: ___________    Date: ___________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    if ws.article is not None:
        pdf.set_font(family, "B", 12)
        pdf.cell(width, 7, "Read the text", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(family, "", 10.5)
        for para in ws.article:
            pdf.multi_cell(width, 5.2, clean(para), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        pdf.ln(3)

    pdf.set_font(family, "B", 12)
    pdf.cell(width, 7, "Questions", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    indent = 8
    circle = "\u25cb" if fonts else "( )"

    def lines(style: str, size: float, w: float, text: str) -> int:
        pdf.set_font(family, style, size)
        return len(pdf.multi_cell(w, 5, text, dry_run=True, output="LINES"))

    def keep_together(height: float) -> None:
        # Start a new page rather than split an item. (fpdf2's unbreakable() does the same by
        # deep-copying the whole document per item, which took a minute for 200 items.)
        if pdf.get_y() + height > pdf.page_break_trigger and pdf.get_y() > pdf.t_margin + 1:
            pdf.add_page()

    for it in ws.items:
        stem = clean(it.stem)
        height = 5.6 * lines("", 11, width - indent, stem) + 3.5
        height += 6 if it.is_tf else sum(5.4 * lines("", 10.5, width - 2 * indent, clean(o)) for o in it.options)
        keep_together(height)
        pdf.set_font(family, "B", 11)
        pdf.cell(indent, 5.6, f"{it.number}.")
        pdf.set_font(family, "", 11)
        pdf.multi_cell(width - indent, 5.6, stem, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(family, "", 10.5)
        if it.is_tf:
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(width - indent, 6, f"{circle} True          {circle} False", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            for k, opt in enumerate(it.options):
                pdf.set_x(pdf.l_margin + indent)
                pdf.cell(indent, 5.4, f"{LETTERS[k]}.")
                pdf.multi_cell(width - 2 * indent, 5.4, clean(opt), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3.5)

    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.cell(width, 8, "Answer key", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(family, "", 10)
    pdf.multi_cell(width, 5, clean(ws.title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for it in ws.items:
        key = clean(it.key_text if it.is_tf else f"{it.key_letter} \u2014 {it.key_text}")
        why = clean(it.explanation)
        height = 5.6 * lines("B", 11, width - indent, key) + 2 + (4.6 * lines("I", 9, width - indent, why) if why else 0)
        keep_together(height)
        pdf.set_font(family, "B", 11)
        pdf.cell(indent, 5.6, f"{it.number}.")
        pdf.multi_cell(width - indent, 5.6, key, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if why:
            pdf.set_font(family, "I", 9)
            pdf.set_text_color(90)
            pdf.set_x(pdf.l_margin + indent)
            pdf.multi_cell(width - indent, 4.6, why, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0)
        pdf.ln(2)
    return bytes(pdf.output())
