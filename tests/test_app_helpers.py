"""App-side helpers without Streamlit: upload extraction, safe Markdown, grades CSV."""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from appkit.extract import docx_to_text, html_to_text, markdown_to_text, text_from_upload  # noqa: E402
from appkit.grades import grades_csv  # noqa: E402
from appkit.render import escape_md, highlight_md  # noqa: E402
from quizgen.errors import InputError, InputTooLargeError, NotTextError  # noqa: E402
from quizgen.models import MultipleChoiceItem, Option  # noqa: E402
from quizgen.store import Attempt, Quiz, QuizSettings  # noqa: E402


def test_html_drops_scripts_styles_and_keeps_paragraphs() -> None:
    html = "<html><head><title>T</title><style>p{color:red}</style></head><body><h1>Head</h1><p>One &lt;b&gt;.</p>" \
           "<script>alert('x')</script><p>Two</p></body></html>"
    assert html_to_text(html) == "Head\n\nOne <b>.\n\nTwo"


def test_markdown_syntax_is_removed() -> None:
    md = "# Title\n\n![img](http://x/y.png)Some *very* **bold** [link](http://x).\n\n```\ncode\n```\n> quote"
    assert markdown_to_text(md) == "Title\n\nSome very bold link.\n\nquote"


def test_docx_paragraphs() -> None:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (f'<w:document xmlns:w="{ns}"><w:body><w:p><w:r><w:t>Hello </w:t></w:r><w:r><w:t>world.</w:t></w:r></w:p>'
           f'<w:p/><w:p><w:r><w:t>Second.</w:t></w:r></w:p></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", xml)
    assert docx_to_text(buf.getvalue()) == "Hello world.\n\nSecond."
    with pytest.raises(InputError, match="docx"):
        docx_to_text(b"not a zip")


def test_upload_dispatch_and_errors() -> None:
    assert text_from_upload("a.TXT", "\ufeffCafé.".encode()) == "Café."
    with pytest.raises(NotTextError, match="UTF-8"):
        text_from_upload("a.txt", b"\xff\xfe\x00bad")
    with pytest.raises(InputError, match="reads"):
        text_from_upload("a.exe", b"MZ")
    with pytest.raises(InputTooLargeError):
        text_from_upload("big.txt", b"a" * (12 * 1024 * 1024 + 1))


def test_escape_md_leaves_nothing_to_interpret() -> None:
    evil = "<script>alert(1)</script> ![x](http://evil/p.png) $x^2$ :red[boom] **b** [l](javascript:1)"
    out = escape_md(evil)
    # every ASCII punctuation character is escaped, so no Markdown/HTML/LaTeX/directive syntax survives
    assert all(out[i - 1] == "\\" for i, ch in enumerate(out) if ch in "<>![]()$:*" and i > 0)
    assert out.replace("\\", "") == evil


def test_highlight_marks_only_the_span() -> None:
    text = "First. Second <i>one</i>. Third."
    s = text.index("Second")
    md = highlight_md(text, s, s + len("Second <i>one</i>."))
    assert md == "First\\. :orange-background[Second \\<i\\>one\\<\\/i\\>\\.] Third\\."
    long = "word " * 400 + "KEY." + " word" * 400
    short = highlight_md(long, long.index("KEY"), long.index("KEY") + 4, context=100)
    assert short.startswith("… ") and short.endswith(" …") and len(short) < 400


def test_grades_csv_neutralises_formulas() -> None:
    item = MultipleChoiceItem(id="q", stem="s", options=[Option(text="a", correct=True), Option(text="b")])
    quiz = Quiz(1, "ABCDEF", "Quiz", "set", (item,), QuizSettings(), 0.0)
    attempts = [Attempt(1, 1, "=cmd|' /C calc'!A0", 1, 1, 0.0, 75.0, False),
                Attempt(2, 1, "Zoë", 0, 1, 0.0, 30.0, True)]
    rows = list(csv.reader(io.StringIO(grades_csv(quiz, attempts).decode("utf-8-sig"))))
    assert rows[0][:6] == ["quiz_code", "quiz_title", "student", "score", "max_score", "percent"]
    assert rows[1][2] == "'=cmd|' /C calc'!A0" and rows[1][3:7] == ["1", "1", "100.0", "75"]
    assert rows[2][2] == "Zoë" and rows[2][-1] == "yes"
