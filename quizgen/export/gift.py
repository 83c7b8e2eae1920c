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
from dataclasses import dataclass

from quizgen.errors import ImportFormatError
from quizgen.export._common import html_to_text, make_item, make_set, stable_id, text_to_html, unique_id
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


@dataclass(frozen=True)
class _Ch:
    """One character of a question after escape processing."""

    c: str
    special: bool  # an unescaped control character (~ = # { } :)
    line: int


def _tokens(lines: list[tuple[int, str]]) -> list[_Ch]:
    out: list[_Ch] = []
    for k, (lineno, text) in enumerate(lines):
        if k:
            out.append(_Ch("\n", False, lineno))
        i = 0
        while i < len(text):
            c = text[i]
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if c == "\\" and nxt == "\\":
                out.append(_Ch("\\", False, lineno))
                i += 2
            elif c == "\\" and nxt in _SPECIAL:
                out.append(_Ch(nxt, False, lineno))
                i += 2
            elif c == "\\" and nxt == "n":
                out.append(_Ch("\n", False, lineno))
                i += 2
            else:
                out.append(_Ch(c, c in _SPECIAL, lineno))
                i += 1
    return out


def _s(chs: list[_Ch]) -> str:
    return "".join(ch.c for ch in chs)


def _strip(chs: list[_Ch]) -> list[_Ch]:
    a, b = 0, len(chs)
    while a < b and chs[a].c.isspace():
        a += 1
    while b > a and chs[b - 1].c.isspace():
        b -= 1
    return chs[a:b]


def _find(chs: list[_Ch], c: str, start: int = 0) -> int:
    for i in range(start, len(chs)):
        if chs[i].special and chs[i].c == c:
            return i
    return -1


def _split(chs: list[_Ch], c: str, maxsplit: int = -1) -> list[list[_Ch]]:
    parts: list[list[_Ch]] = [[]]
    for ch in chs:
        if ch.special and ch.c == c and (maxsplit < 0 or len(parts) <= maxsplit):
            parts.append([])
        else:
            parts[-1].append(ch)
    return parts


def _text(chs: list[_Ch], default_fmt: str) -> tuple[str, str]:
    """(plain text, format) of a field, honouring a leading ``[format]`` marker like Moodle."""
    s = _s(_strip(chs))
    fmt = default_fmt
    m = _FORMAT_MARK.match(s)
    if m:
        fmt, s = m.group(1), s[m.end() :]
    s = html_to_text(s) if fmt == "html" else s.strip()
    return s, fmt


def _line(chs: list[_Ch], fallback: int) -> int:
    return chs[0].line if chs else fallback


def _category_title(path: str) -> str:
    segs = [seg.replace("\x00", "/") for seg in path.replace("//", "\x00").split("/")]
    segs = [s.strip() for s in segs if s.strip() and s.strip() not in ("$course$", "$system$", "$module$", "$coursecategory$", "top")]
    return segs[-1] if segs else ""


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """Questions as lists of (line number, trimmed line); comments dropped, blank lines split."""
    blocks: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
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


class _Parsed:
    def __init__(self, kind: str, name: str | None, stem: str, options: list[tuple[str, bool]], explanation: str, line: int) -> None:
        self.kind, self.name, self.stem, self.options, self.explanation, self.line = kind, name, stem, options, explanation, line


def _parse_question(block: list[tuple[int, str]]) -> _Parsed | str:
    """One block -> a parsed question, or the category path (str) for ``$CATEGORY:``."""
    first = block[0][0]
    chs = _tokens(block)
    raw = _s(chs)
    if raw.startswith("$CATEGORY:"):
        return raw[len("$CATEGORY:") :].strip()

    name: str | None = None
    if len(chs) >= 2 and chs[0].special and chs[1].special and chs[0].c == ":" and chs[1].c == ":":
        end = -1
        for i in range(2, len(chs) - 1):
            if chs[i].special and chs[i + 1].special and chs[i].c == ":" and chs[i + 1].c == ":":
                end = i
                break
        if end < 0:
            raise ImportFormatError(f"GIFT line {first}: the question name starts with '::' but has no closing '::'. Write ::name:: before the question text, or escape the colons as \\:.")
        name = _s(chs[2:end]).strip()
        chs = _strip(chs[end + 2 :])

    open_at, close_at = _find(chs, "{"), _find(chs, "}")
    if open_at < 0 and close_at < 0:
        raise ImportFormatError(f"GIFT line {first}: the question has no answer block {{...}}; it is a description, which QuizGen does not import. Add answers like {{=right ~wrong}} or remove it.")
    if open_at < 0 or (close_at >= 0 and close_at < open_at):
        ln = chs[close_at].line
        raise ImportFormatError(f"GIFT line {ln}: found '}}' without an opening '{{'. Write a literal brace as \\}}.")
    if close_at < 0:
        ln = chs[open_at].line
        raise ImportFormatError(f"GIFT line {ln}: '{{' opens the answers but no '}}' closes them. Close the answer block, or write a literal brace as \\{{.")
    after = chs[close_at + 1 :]
    again = _find(after, "{")
    if again >= 0:
        raise ImportFormatError(f"GIFT line {after[again].line}: a second answer block '{{' in one question. QuizGen imports one answer block per question; separate questions with a blank line.")

    before, answers = chs[:open_at], _strip(chs[open_at + 1 : close_at])
    after = _strip(after)
    stem_chs = _strip(before) + ([_Ch(" _____ ", False, first)] + after if after else [])
    stem, qfmt = _text(stem_chs, "moodle")
    if not stem:
        raise ImportFormatError(f"GIFT line {first}: the question has no text before its answers. Write the question before the '{{'.")
    ans_line = chs[open_at].line

    # General feedback after the last ####.
    general = ""
    for i in range(len(answers) - 4, -1, -1):
        if all(answers[i + k].special and answers[i + k].c == "#" for k in range(4)):
            general, _ = _text(answers[i + 4 :], qfmt)
            answers = _strip(answers[:i])
            break

    if not answers:
        raise ImportFormatError(f"GIFT line {ans_line}: the answer block is empty (an essay question). QuizGen imports only multiple-choice and true/false questions.")
    if answers[0].special and answers[0].c == "#":
        raise ImportFormatError(f"GIFT line {ans_line}: this is a numerical question ({{#...}}). QuizGen imports only multiple-choice and true/false questions.")

    if _find(answers, "~") >= 0:
        return _parse_mcq(answers, name, stem, qfmt, general, ans_line)
    if _find(answers, "=") >= 0 and "->" in _s(answers):
        raise ImportFormatError(f"GIFT line {ans_line}: this is a matching question. QuizGen imports only multiple-choice and true/false questions.")
    head = _split(answers, "#", 2)
    key = _s(_strip(head[0])).upper()
    if key in ("T", "TRUE", "F", "FALSE"):
        wrong_fb = _text(head[1], qfmt)[0] if len(head) > 1 else ""
        right_fb = _text(head[2], qfmt)[0] if len(head) > 2 else ""
        truth = key.startswith("T")
        expl = right_fb or wrong_fb or general
        return _Parsed("tf", name, stem, [("True", truth), ("False", not truth)], expl, first)
    raise ImportFormatError(
        f"GIFT line {ans_line}: expected multiple-choice answers ('=right ~wrong') or T/F, found {{{_s(answers)[:40]}}}: "
        "a short-answer question, which QuizGen does not import."
    )


def _parse_mcq(answers: list[_Ch], name: str | None, stem: str, qfmt: str, general: str, ans_line: int) -> _Parsed:
    pieces: list[tuple[str, int, list[_Ch]]] = []
    lead: list[_Ch] = []
    for ch in answers:
        if ch.special and ch.c in "=~":
            pieces.append((ch.c, ch.line, []))
        elif pieces:
            pieces[-1][2].append(ch)
        else:
            lead.append(ch)
    if _strip(lead):
        bad = _strip(lead)
        raise ImportFormatError(f"GIFT line {bad[0].line}: expected '=' or '~' to start an answer, found {_s(bad)[:30]!r}. Put '=' before the right option and '~' before each wrong one.")
    options: list[tuple[str, bool]] = []
    feedbacks: list[tuple[bool, str]] = []
    for mark, mark_line, body in pieces:
        body = _strip(body)
        ln = _line(body, mark_line)
        weight = 1.0 if mark == "=" else 0.0
        if mark == "~":
            m = _WEIGHT.match(_s(body))
            if m:
                pct = _s(body)[1 : m.end() - 1]
                try:
                    weight = float(pct) / 100
                except ValueError:
                    weight = -1.0
                body = body[m.end() :]
        if weight not in (0.0, 1.0):
            raise ImportFormatError(f"GIFT line {ln}: an answer has partial credit ({weight:.0%}). QuizGen items have exactly one right option worth full marks; use '=' for it and '~' for the others.")
        text_fb = _split(body, "#", 1)
        text, _ = _text(text_fb[0], qfmt)
        if not text:
            raise ImportFormatError(f"GIFT line {ln}: an answer after '{mark}' is empty. Write the option text after the '{mark}'.")
        fb = _text(text_fb[1], qfmt)[0] if len(text_fb) > 1 else ""
        options.append((text, weight == 1.0))
        feedbacks.append((weight == 1.0, fb))
    n_right = sum(c for _, c in options)
    if n_right != 1:
        raise ImportFormatError(f"GIFT line {ans_line}: expected exactly one right option marked '=', found {n_right}. QuizGen items have one right answer.")
    expl = next((fb for right, fb in feedbacks if right and fb), "") or next((fb for _, fb in feedbacks if fb), "") or general
    return _Parsed("mcq", name, stem, options, expl, ans_line)


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
    category = ""
    items = []
    taken: set[str] = set()
    for block in _blocks(text):
        parsed = _parse_question(block)
        if isinstance(parsed, str):
            category = category or _category_title(parsed)
            continue
        base = parsed.name or stable_id("gift", parsed.stem, *(t for t, _ in parsed.options))
        item_id = unique_id(base, taken)
        items.append(
            make_item(
                kind=parsed.kind,
                item_id=item_id,
                stem=parsed.stem,
                options=parsed.options,
                explanation=parsed.explanation,
                template="import.gift",
                where=f"GIFT line {block[0][0]}",
            )
        )
    return make_set(title or category or "Imported questions", items, "GIFT file")
