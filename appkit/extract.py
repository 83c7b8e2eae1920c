"""Plain text from what a teacher uploads: .txt, .md, .html, .docx and (if pypdf is installed) .pdf.

Markup is stripped here, before the library sees the text, because the generator works on
prose: a tag or a Markdown link would otherwise end up inside a question. Only the standard
library is needed, except for PDF.
"""

from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree

from quizgen.errors import InputError, NotTextError
from quizgen.limits import check_upload_size

EXTENSIONS = ("txt", "md", "html", "htm", "docx", "pdf")


def decode_text(data: bytes, filename: str = "the file") -> str:
    """UTF-8 (with or without a BOM); anything else is refused with a way out."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise NotTextError(
            f"{filename} is not UTF-8 text (byte {e.start} cannot be read). "
            "Save it as UTF-8, or copy the text and paste it instead."
        ) from e


class _TextOnly(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
              "blockquote", "pre", "header", "footer", "figcaption", "title", "dd", "dt"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _tidy(text: str) -> str:
    """Collapse runs of spaces inside lines and of blank lines between paragraphs."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> str:
    """Visible text of an HTML page; scripts and styles are dropped, entities decoded.

    >>> html_to_text("<p>Hi &amp; bye<script>alert(1)</script></p><p>Two</p>")
    'Hi & bye\\n\\nTwo'
    """
    p = _TextOnly()
    p.feed(html)
    p.close()
    return _tidy("".join(p.parts).replace("\n", "\n\n"))


def markdown_to_text(md: str) -> str:
    """Markdown without its syntax: headings, emphasis, links, images, code fences, lists.

    >>> markdown_to_text("# Title\\n\\nSee [the report](http://x) **now**.\\n- item")
    'Title\\n\\nSee the report now.\\nitem'
    """
    s = re.sub(r"```.*?```", "", md, flags=re.S)
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)  # images
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)  # links -> their text
    s = re.sub(r"^[ \t]{0,3}#{1,6}[ \t]*", "", s, flags=re.M)  # headings
    s = re.sub(r"^[ \t]{0,3}>[ \t]?", "", s, flags=re.M)  # quotes
    s = re.sub(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", "", s, flags=re.M)  # list markers
    s = re.sub(r"(\*\*|__|\*|`)(.+?)\1", r"\2", s)  # emphasis, inline code
    return _tidy(s)


def docx_to_text(data: bytes) -> str:
    """Paragraph texts of a Word file (no formatting)."""
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            root = ElementTree.fromstring(z.read("word/document.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as e:
        raise InputError(f"This .docx file cannot be read ({e}). Save it again from Word, or paste the text.") from e
    paras = ["".join(t.text or "" for t in p.iter(f"{ns}t")) for p in root.iter(f"{ns}p")]
    return _tidy("\n\n".join(p for p in paras if p.strip()))


def pdf_to_text(data: bytes) -> str:
    try:
        from pypdf import PdfReader
    except ImportError as e:
        raise InputError("Reading PDF needs the 'pypdf' package, which is not installed; paste the text instead.") from e
    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as e:  # pypdf raises many types for damaged files
        raise InputError(f"This PDF cannot be read ({e}); paste the text instead.") from e
    if not text.strip():
        raise InputError("This PDF has no text layer (is it a scan?); paste the text instead.")
    return _tidy(text)


def text_from_upload(filename: str, data: bytes) -> str:
    """The article text inside an uploaded file, chosen by its extension."""
    check_upload_size(len(data), name=filename)
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if ext == "txt":
        return decode_text(data, filename)
    if ext == "md":
        return markdown_to_text(decode_text(data, filename))
    if ext in ("html", "htm"):
        return html_to_text(decode_text(data, filename))
    if ext == "docx":
        return docx_to_text(data)
    if ext == "pdf":
        return pdf_to_text(data)
    raise InputError(f"{filename}: QuizGen reads {', '.join('.' + e for e in EXTENSIONS)} files.")
