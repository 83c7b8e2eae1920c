"""Moodle GIFT: write a question set as GIFT text and read GIFT back into a set.

The rules follow Moodle's own reader (``question/format/gift/format.php``), because Moodle is
what teachers import into:

* questions are separated by blank lines; a line whose first non-blank characters are ``//``
  is a comment;
* ``\\`` escapes ``~ = # { } :`` and the backslash itself, and ``\\n`` is a line break;
* ``::name::`` starts a question, the first unescaped ``{`` opens the answers, the first
  unescaped ``}`` closes them;
* in the answers ``=`` marks the right option, ``~`` a wrong one, ``~%50%`` a weight, and
  ``#`` starts the feedback of the option before it; ``####`` starts general feedback;
* ``{T}``/``{TRUE}``/``{F}``/``{FALSE}`` is true/false, with ``#wrong-feedback#right-feedback``;
* a text may start with ``[html]``, ``[moodle]``, ``[plain]`` or ``[markdown]`` to name its
  format; answers and feedback default to the question's format.

Export writes ``$CATEGORY:`` from the set title, names every question ``::item id::`` (so a
round trip keeps ids) and puts the item's explanation (the source sentence) as feedback on
every option. Texts containing ``<``, ``>`` or ``&`` are written as ``[html]`` with those
characters escaped, so Moodle shows them literally instead of treating them as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizgen.errors import ImportFormatError
from quizgen.export._common import IdAllocator, html_to_text, make_item, make_set, stable_id, text_to_html
from quizgen.models import MultipleChoiceItem, QuestionSet, TrueFalseItem

_ESCAPES = {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n", "\r": ""}
_SPECIAL = set("~=#{}:")
_FORMATS = ("moodle", "html", "plain", "markdown")
_FORMAT_MARK = re.compile(r"\[(moodle|html|plain|markdown)\]")
# Moodle's answer-weight pattern; a wrong option whose text starts like this needs protecting.
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
_NEEDS_HTML = re.compile(r"[<>&]")


def gift_escape(text: str) -> str:
    """Escape GIFT's control characters (``~ = # { } :``), backslashes and line breaks.

    >>> gift_escape("a=b {c}: #1 ~x")
    'a\\\\=b \\\\{c\\\\}\\\\: \\\\#1 \\\\~x'
    """
    return "".join(_ESCAPES.get(c, c) for c in text)


# --------------------------------------------------------------------------- export


def _item_texts(item: MultipleChoiceItem | TrueFalseItem) -> list[str]:
    return [item.stem, item.explanation, *(o.text for o in item.options)]


def _field(text: str, fmt: str, *, weight_sensitive: bool = False) -> str:
    """One GIFT text field in the question's format, protected against marker/weight look-alikes."""
    body = text_to_html(text) if fmt == "html" else text
    guard = bool(_FORMAT_MARK.match(body)) or (weight_sensitive and bool(_WEIGHT.match(body)))
    return (f"[{fmt}]" if guard else "") + gift_escape(body)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _category_path(title: str) -> str:
    # Moodle splits category paths on "/", and reads "//" as a literal slash.
    return _one_line(title).replace("/", "//")


def _question(item: MultipleChoiceItem | TrueFalseItem) -> str:
    fmt = "html" if any(_NEEDS_HTML.search(t) for t in _item_texts(item)) else "moodle"
    stem = ("[html]" + gift_escape(text_to_html(item.stem))) if fmt == "html" else _field(item.stem, fmt)
    feedback = _field(item.explanation, fmt) if item.explanation else ""
    head = f"::{gift_escape(item.id)}::{stem}"
    if isinstance(item, TrueFalseItem):
        key = "T" if item.truth else "F"
        fb = f"#{feedback}#{feedback}" if feedback else ""
        return f"{head}{{{key}{fb}}}\n"
    lines = [head + "{"]
    for o in item.options:
        mark = "=" if o.correct else "~"
        text = _field(o.text, fmt, weight_sensitive=not o.correct)
        lines.append(f"\t{mark}{text}" + (f"#{feedback}" if feedback else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def export_gift(qs: QuestionSet) -> bytes:
    """The set as a GIFT file (UTF-8), one ``$CATEGORY:`` named after the title, then the items."""
    parts = [f"// {_one_line(qs.title)}\n// {len(qs.items)} questions exported by QuizGen\n", f"$CATEGORY: {_category_path(qs.title)}\n"]
    for n, item in enumerate(qs.items, 1):
        parts.append(f"// question {n}\n" + _question(item))
    return "\n".join(parts).encode("utf-8")


# --------------------------------------------------------------------------- import
#
# Like Moodle, escaped characters are first replaced by placeholders, so that every ~ = # { } :
# left in the text is a control character and plain string searches do the parsing. The
# placeholders are code points of Unicode's private use plane 15, which real text does not use;
# a file that contains them is refused rather than misread.

_PLACEHOLDER = {c: chr(0xF0000 + k) for k, c in enumerate("\\~=#{}:n")}
_RESTORE = {ord(p): ("\n" if c == "n" else c) for c, p in _PLACEHOLDER.items()}
_ESCAPED = re.compile(r"\\([\\~=#{}:n])")
_PLACEHOLDER_RANGE = re.compile("[\U000f0000-\U000f0007]")


def _protect(text: str) -> str:
    return _ESCAPED.sub(lambda m: _PLACEHOLDER[m.group(1)], text)


def _restore(text: str) -> str:
    return text.translate(_RESTORE)


def _text(raw: str, default_fmt: str) -> tuple[str, str]:
    """(plain text, format) of a protected field, honouring a leading ``[format]`` marker like Moodle."""
    s = raw.strip()
    fmt = default_fmt
    m = _FORMAT_MARK.match(s)
    if m:
        fmt, s = m.group(1), s[m.end() :]
    s = _restore(s)
    return (html_to_text(s) if fmt == "html" else s.strip()), fmt


def _category_title(path: str) -> str:
    segs = [seg.replace("\x00", "/") for seg in path.replace("//", "\x00").split("/")]
    segs = [s.strip() for s in segs if s.strip() and s.strip() not in ("$course$", "$system$", "$module$", "$coursecategory$", "top")]
    return segs[-1] if segs else ""


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """Questions as lists of (line number, trimmed line); comments dropped, blank lines split."""
    blocks: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    # Split on "\n" only and trim like PHP's trim(): Moodle reads the file with file() and
    # trim(), so U+2028, U+0085 and other Unicode separators are ordinary characters.
    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.strip(" \t\n\r\x00\x0b")
        if not line:
            if cur:
                blocks.append(cur)
                cur = []
            continue
        if line.startswith("//"):
            continue
        cur.append((n, line))
    if cur:
        blocks.append(cur)
    return blocks


@dataclass
class _Block:
    """One question's protected text and the file line of each of its lines."""

    text: str
    lines: list[int] = field(default_factory=list)

    def line(self, pos: int) -> int:
        return self.lines[min(self.text.count("\n", 0, max(pos, 0)), len(self.lines) - 1)]


@dataclass
class _Parsed:
    kind: str
    name: str | None
    stem: str
    options: list[tuple[str, bool]]
    explanation: str


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _parse_question(raw_block: list[tuple[int, str]]) -> _Parsed | str:
    """One block -> a parsed question, or the category path (str) for ``$CATEGORY:``."""
    blk = _Block(_protect("\n".join(line for _, line in raw_block)), [n for n, _ in raw_block])
    text, first = blk.text, blk.lines[0]
    if text.startswith("$CATEGORY:"):
        return _restore(text[len("$CATEGORY:") :]).strip()

    name: str | None = None
    start = 0
    if text.startswith("::"):
        end = text.find("::", 2)
        if end < 0:
            raise ImportFormatError(f"GIFT line {first}: the question name starts with '::' but has no closing '::'. Write ::name:: before the question text, or escape the colons as \\:.")
        name = _restore(text[2:end]).strip()
        start = end + 2

    open_at, close_at = text.find("{", start), text.find("}", start)
    if open_at < 0 and close_at < 0:
        raise ImportFormatError(f"GIFT line {first}: the question has no answer block {{...}}; it is a description, which QuizGen does not import. Add answers like {{=right ~wrong}} or remove it.")
    if open_at < 0 or (0 <= close_at < open_at):
        raise ImportFormatError(f"GIFT line {blk.line(close_at)}: found '}}' without an opening '{{'. Write a literal brace as \\}}.")
    if close_at < 0:
        raise ImportFormatError(f"GIFT line {blk.line(open_at)}: '{{' opens the answers but no '}}' closes them. Close the answer block, or write a literal brace as \\{{.")
    again = text.find("{", close_at + 1)
    if again >= 0:
        raise ImportFormatError(f"GIFT line {blk.line(again)}: a second answer block '{{' in one question. QuizGen imports one answer block per question; separate questions with a blank line.")

    before, after = text[start:open_at].strip(), text[close_at + 1 :].strip()
    stem, qfmt = _text(before + (" _____ " + after if after else ""), "moodle")
    if not stem:
        raise ImportFormatError(f"GIFT line {first}: the question has no text before its answers. Write the question before the '{{'.")
    a, b = _strip_span(text, open_at + 1, close_at)
    ans_line = blk.line(open_at)

    general = ""
    gf = text.rfind("####", a, b)
    if gf >= 0:
        general, _ = _text(text[gf + 4 : b], qfmt)
        a, b = _strip_span(text, a, gf)
    answers = text[a:b]
    if not answers:
        raise ImportFormatError(f"GIFT line {ans_line}: the answer block is empty (an essay question). QuizGen imports only multiple-choice and true/false questions.")
    if answers.startswith("#"):
        raise ImportFormatError(f"GIFT line {ans_line}: this is a numerical question ({{#...}}). QuizGen imports only multiple-choice and true/false questions.")
    if "~" in answers:
        return _parse_mcq(blk, a, b, name, stem, qfmt, general)
    if "=" in answers and "->" in answers:
        raise ImportFormatError(f"GIFT line {ans_line}: this is a matching question. QuizGen imports only multiple-choice and true/false questions.")
    head = answers.split("#", 2)
    key = _restore(head[0]).strip().upper()
    if key in ("T", "TRUE", "F", "FALSE"):
        wrong_fb = _text(head[1], qfmt)[0] if len(head) > 1 else ""
        right_fb = _text(head[2], qfmt)[0] if len(head) > 2 else ""
        truth = key.startswith("T")
        return _Parsed("tf", name, stem, [("True", truth), ("False", not truth)], right_fb or wrong_fb or general)
    raise ImportFormatError(
        f"GIFT line {ans_line}: expected multiple-choice answers ('=right ~wrong') or T/F, found {{{_restore(answers)[:40]}}}: "
        "a short-answer question, which QuizGen does not import."
    )


def _parse_mcq(blk: _Block, a: int, b: int, name: str | None, stem: str, qfmt: str, general: str) -> _Parsed:
    text = blk.text
    marks = [m.start() for m in re.finditer(r"[=~]", text[a:b])]
    lead_a, lead_b = _strip_span(text, a, a + marks[0])
    if lead_b > lead_a:
        raise ImportFormatError(
            f"GIFT line {blk.line(lead_a)}: expected '=' or '~' to start an answer, found {_restore(text[lead_a:lead_b])[:30]!r}. "
            "Put '=' before the right option and '~' before each wrong one."
        )
    options: list[tuple[str, bool]] = []
    feedbacks: list[tuple[bool, str]] = []
    for k, rel in enumerate(marks):
        pos = a + rel
        mark = text[pos]
        end = a + marks[k + 1] if k + 1 < len(marks) else b
        body = text[pos + 1 : end].strip()
        ln = blk.line(pos)
        weight = 1.0 if mark == "=" else 0.0
        if mark == "~":
            m = _WEIGHT.match(body)
            if m:
                try:
                    weight = float(body[1 : m.end() - 1]) / 100
                except ValueError:
                    weight = -1.0
                body = body[m.end() :]
        if weight not in (0.0, 1.0):
            raise ImportFormatError(f"GIFT line {ln}: an answer has partial credit ({weight:.0%}). QuizGen items have exactly one right option worth full marks; use '=' for it and '~' for the others.")
        text_fb = body.split("#", 1)
        option, _ = _text(text_fb[0], qfmt)
        if not option:
            raise ImportFormatError(f"GIFT line {ln}: an answer after '{mark}' is empty. Write the option text after the '{mark}'.")
        fb = _text(text_fb[1], qfmt)[0] if len(text_fb) > 1 else ""
        options.append((option, weight == 1.0))
        feedbacks.append((weight == 1.0, fb))
    n_right = sum(c for _, c in options)
    if n_right != 1:
        raise ImportFormatError(f"GIFT line {blk.line(a)}: expected exactly one right option marked '=', found {n_right}. QuizGen items have one right answer.")
    expl = next((fb for right, fb in feedbacks if right and fb), "") or next((fb for _, fb in feedbacks if fb), "") or general
    return _Parsed("mcq", name, stem, options, expl)


def import_gift(data: bytes, *, title: str | None = None) -> QuestionSet:
    """Read GIFT text into a set of multiple-choice and true/false items.

    Raises:
        ImportFormatError: naming the line and what was expected, for malformed GIFT and for
            question types QuizGen has no item kind for (short answer, numerical, matching,
            essay, description). Nothing is half-imported.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ImportFormatError(f"GIFT line {line}: the file is not UTF-8 text. Save it as UTF-8 and import again.") from e
    bad = _PLACEHOLDER_RANGE.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise ImportFormatError(f"GIFT line {line}: the file contains the private-use character U+{ord(bad.group()):X}, which GIFT text never needs. Remove it and import again.")
    category = ""
    items = []
    new_id = IdAllocator()
    for block in _blocks(text):
        parsed = _parse_question(block)
        if isinstance(parsed, str):
            category = category or _category_title(parsed)
            continue
        base = parsed.name or stable_id("gift", parsed.stem, *(t for t, _ in parsed.options))
        items.append(
            make_item(
                kind=parsed.kind,
                item_id=new_id(base),
                stem=parsed.stem,
                options=parsed.options,
                explanation=parsed.explanation,
                template="import.gift",
                where=f"GIFT line {block[0][0]}",
            )
        )
    return make_set(title or category or "Imported questions", items, "GIFT file")
