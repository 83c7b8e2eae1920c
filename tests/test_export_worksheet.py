"""Printable worksheet: escaped HTML, and a PDF whose extracted text and rendered page are right."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_fixtures import AWKWARD_TEXT, awkward_set, long_set, seed_set  # noqa: E402

from quizgen.errors import ExportError  # noqa: E402
from quizgen.export import export_set  # noqa: E402
from quizgen.export import worksheet  # noqa: E402


class _Collect(HTMLParser):
    """Tags and visible text of a page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append(tag)
        self._skip += tag in ("style", "title")

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        self._skip -= tag in ("style", "title")

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if not self._skip and data.strip():
            self.text.append(data.strip())


def _html(qs, **kw):  # type: ignore[no-untyped-def]
    p = _Collect()
    raw = export_set(qs, "html", **kw).decode("utf-8")
    p.feed(raw)
    return raw, p


def test_html_escapes_untrusted_text() -> None:
    raw, page = _html(awkward_set(), include_article=True)
    assert "script" not in page.tags and "b" not in page.tags  # no markup from the article or items
    assert AWKWARD_TEXT in page.text  # shown literally, entity-decoded by the parser
    assert "Which tag runs JavaScript: <script> or <b>?" in page.text
    assert "<script>" not in raw


def test_html_layout() -> None:
    qs = seed_set()
    raw, page = _html(qs)
    assert page.text[0] == qs.title and any(t.startswith("Name:") for t in page.text)
    assert "Read the text" not in page.text  # the article only when asked
    assert raw.count('<li class="item">') == len(qs.items)
    key = raw.split('<section class="answer-key">')[1]
    assert "break-before: page" in raw and key.count("<li>") == len(qs.items)
    assert "<strong>A &mdash; Ukraine’s foreign minister</strong>" in key
    assert "<strong>False</strong>" in key


def test_article_requires_text() -> None:
    with pytest.raises(ExportError, match="without its article"):
        export_set(seed_set(), "pdf", include_article=True)


def _pdf_pages(data: bytes) -> list[str]:
    pypdf = pytest.importorskip("pypdf")
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def _flat(s: str) -> str:
    return " ".join(s.split())


def test_pdf_text_worksheet_then_answer_key() -> None:
    qs = seed_set()
    pages = _pdf_pages(export_set(qs, "pdf"))
    key_at = next(i for i, p in enumerate(pages) if "Answer key" in p)
    sheet, key = _flat(" ".join(pages[:key_at])), _flat(" ".join(pages[key_at:]))
    assert key_at >= 1 and qs.title in sheet and "Name:" in sheet
    pos = [sheet.find(_flat(it.stem)) for it in qs.items]
    assert all(p >= 0 for p in pos) and pos == sorted(pos)  # every stem, in order
    assert "A. Ukraine’s foreign minister" in sheet and "True" in sheet
    assert "Ukraine’s foreign minister" in key and "political settlement" in key
    assert "Who will head to China" not in key and "Answer key" not in sheet  # the key is a separate page


def test_pdf_keeps_non_ascii_and_article() -> None:
    if worksheet.pdf_font() is None:
        pytest.skip("no DejaVu Sans on this machine (apt-get install fonts-dejavu-core); the Latin-1 fallback is tested below")
    pages = _pdf_pages(export_set(awkward_set(), "pdf", include_article=True))
    text = _flat(" ".join(pages))
    assert "Zelenskyy’s café — naïve “quotes” & <script>alert('x')</script>" in text
    assert "Which tag runs JavaScript: <script> or <b>?" in text


def test_pdf_metadata_is_fixed() -> None:
    pypdf = pytest.importorskip("pypdf")
    meta = pypdf.PdfReader(io.BytesIO(export_set(seed_set(), "pdf"))).metadata
    assert str(meta.get("/CreationDate", "")).startswith("D:20000101")


def test_pdf_without_unicode_font_falls_back_to_latin1(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worksheet, "pdf_font", lambda: None)
    text = _flat(" ".join(_pdf_pages(export_set(awkward_set(), "pdf", include_article=True))))
    assert "Zelenskyy's café - naïve \"quotes\"" in text
    assert "( ) True" in text


def test_long_items_wrap_and_do_not_split() -> None:
    pages = _pdf_pages(export_set(long_set(), "pdf"))
    text = _flat(" ".join(pages))
    for it in long_set().items:
        assert _flat(it.stem) in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_first_page_renders(tmp_path: Path) -> None:
    """Render page 1 to PNG (the same check done by eye during development) and see ink on it."""
    from PIL import Image

    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(export_set(seed_set(), "pdf"))
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True, timeout=60)
    png = next(tmp_path.glob("p*.png"))
    img = Image.open(png).convert("L")
    assert img.size[0] < img.size[1]  # portrait A4
    hist = img.histogram()
    dark = sum(hist[:128])
    assert 0.002 < dark / (img.size[0] * img.size[1]) < 0.2  # text present, not a black page


def test_items_never_split_across_pages() -> None:
    """Regression: every page after the first starts with a numbered item, never a stray option."""
    from quizgen.models import QuestionSet

    base = long_set().items + seed_set().items
    items = [it.model_copy(update={"id": f"{it.id}-{k}"}) for k in range(4) for it in base]
    pages = _pdf_pages(export_set(QuestionSet(title="Many", items=items), "pdf"))
    assert len(pages) > 3
    for text in pages[1:]:
        first = text.strip().splitlines()[0]
        assert re.match(r"^(\d+\.|Answer key)", first), first
