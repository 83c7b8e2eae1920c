"""Moodle XML: write a set as ``<quiz>`` with multichoice/truefalse questions, and read it back.

The layout is the one Moodle's own exporter writes (``question/format/xml/format.php``): a
``type="category"`` pseudo-question carrying ``$course$/top/<title>``, then one ``<question>``
per item with ``<name>``, ``<questiontext format="html">`` (text in CDATA), and
``<answer fraction="100|0">`` elements each with a ``<feedback>``. Multiple choice adds
``<single>true</single>`` and ``<shuffleanswers>true</shuffleanswers>``; true/false has the two
answers ``true`` and ``false``.

Text is HTML inside CDATA, so plain text is HTML-escaped first (``<script>`` is shown, not
run); escaping ``>`` also guarantees that ``]]>`` can never end a CDATA section early.

The reader is a small expat-based tree that remembers line numbers, so every error names the
line and element. A DOCTYPE or entity declaration is refused: Moodle files have none, and this
closes the door on entity-expansion attacks.
"""

from __future__ import annotations

import xml.parsers.expat
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from quizgen.errors import ImportFormatError
from quizgen.export._common import IdAllocator, html_to_text, make_item, make_set, stable_id, text_to_html, xml_safe
from quizgen.models import MultipleChoiceItem, QuestionSet, TrueFalseItem

# --------------------------------------------------------------------------- export


def _cdata(text: str) -> str:
    return f"<![CDATA[{text_to_html(text)}]]>"


def _answer(fraction: int, text_xml: str, fmt: str, feedback: str, indent: str = "    ") -> list[str]:
    return [
        f'{indent}<answer fraction="{fraction}" format="{fmt}">',
        f"{indent}  <text>{text_xml}</text>",
        f'{indent}  <feedback format="html">',
        f"{indent}    <text>{_cdata(feedback) if feedback else ''}</text>",
        f"{indent}  </feedback>",
        f"{indent}</answer>",
    ]


def _question(item: MultipleChoiceItem | TrueFalseItem) -> list[str]:
    qtype = "truefalse" if isinstance(item, TrueFalseItem) else "multichoice"
    out = [
        f'  <question type="{qtype}">',
        "    <name>",
        f"      <text>{escape(xml_safe(item.id))}</text>",
        "    </name>",
        '    <questiontext format="html">',
        f"      <text>{_cdata(item.stem)}</text>",
        "    </questiontext>",
        '    <generalfeedback format="html">',
        "      <text></text>",
        "    </generalfeedback>",
        "    <defaultgrade>1.0000000</defaultgrade>",
    ]
    if isinstance(item, TrueFalseItem):
        out += ["    <penalty>1.0000000</penalty>", "    <hidden>0</hidden>", "    <idnumber></idnumber>"]
        out += _answer(100 if item.truth else 0, "true", "moodle_auto_format", item.explanation)
        out += _answer(0 if item.truth else 100, "false", "moodle_auto_format", item.explanation)
    else:
        out += [
            "    <penalty>0.3333333</penalty>",
            "    <hidden>0</hidden>",
            "    <idnumber></idnumber>",
            "    <single>true</single>",
            "    <shuffleanswers>true</shuffleanswers>",
            "    <answernumbering>abc</answernumbering>",
            "    <showstandardinstruction>0</showstandardinstruction>",
            '    <correctfeedback format="html">',
            "      <text></text>",
            "    </correctfeedback>",
            '    <partiallycorrectfeedback format="html">',
            "      <text></text>",
            "    </partiallycorrectfeedback>",
            '    <incorrectfeedback format="html">',
            "      <text></text>",
            "    </incorrectfeedback>",
        ]
        for o in item.options:
            out += _answer(100 if o.correct else 0, _cdata(o.text), "html", item.explanation)
    out.append("  </question>")
    return out


def export_moodle_xml(qs: QuestionSet) -> bytes:
    """The set as a Moodle XML ``<quiz>`` file (UTF-8)."""
    category = "$course$/top/" + " ".join(qs.title.split()).replace("/", "//")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<quiz>",
        '  <question type="category">',
        "    <category>",
        f"      <text>{escape(xml_safe(category))}</text>",
        "    </category>",
        '    <info format="html">',
        "      <text></text>",
        "    </info>",
        "  </question>",
    ]
    for item in qs.items:
        lines += _question(item)
    lines.append("</quiz>")
    return ("\n".join(lines) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- import


@dataclass
class _El:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list["_El"] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def child(self, tag: str) -> "_El | None":
        return next((c for c in self.children if c.tag == tag), None)

    def all(self, tag: str) -> list["_El"]:
        return [c for c in self.children if c.tag == tag]

    def describe(self) -> str:
        attrs = "".join(f" {k}={quoteattr(v)}" for k, v in self.attrs.items())
        return f"<{self.tag}{attrs}> at line {self.line}"


class _Refused(Exception):
    def __init__(self, line: int, what: str) -> None:
        self.line, self.what = line, what


def _parse_tree(data: bytes) -> _El:
    parser = xml.parsers.expat.ParserCreate()
    root: list[_El] = []
    stack: list[_El] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        el = _El(tag, dict(attrs), parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(el)
        else:
            root.append(el)
        stack.append(el)

    def end(tag: str) -> None:
        stack.pop()

    def chars(data: str) -> None:
        if stack:
            stack[-1].parts.append(data)

    def refuse_doctype(*_args: object) -> None:
        raise _Refused(parser.CurrentLineNumber, "a DOCTYPE declaration")

    def refuse_entity(*_args: object) -> None:
        raise _Refused(parser.CurrentLineNumber, "an entity declaration")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_entity
    try:
        parser.Parse(data, True)
    except _Refused as e:
        raise ImportFormatError(f"Moodle XML line {e.line}: the file contains {e.what}, which Moodle XML files never have. Remove it and import again.") from None
    except xml.parsers.expat.ExpatError as e:
        raise ImportFormatError(
            f"Moodle XML line {e.lineno}, column {e.offset + 1}: the file is not well-formed XML ({xml.parsers.expat.ErrorString(e.code)}). "
            "Fix the file (or export it again from Moodle) and import again."
        ) from None
    return root[0]


def _text_child(el: _El, tag: str, *, required: bool, default_format: str = "html") -> tuple[str, _El | None]:
    """The plain text of ``<tag><text>...</text></tag>`` under ``el``, HTML decoded as its format says."""
    holder = el.child(tag)
    if holder is None:
        if required:
            raise ImportFormatError(f"Moodle XML: {el.describe()} has no <{tag}>; expected <{tag} format=\"html\"><text>...</text></{tag}>.")
        return "", None
    t = holder.child("text")
    if t is None:
        raise ImportFormatError(f"Moodle XML: <{tag}> at line {holder.line} has no <text> element; expected <{tag}><text>...</text></{tag}>.")
    return _decode(t.text, holder.attrs.get("format", default_format)), holder


def _decode(raw: str, fmt: str) -> str:
    if fmt in ("html", "moodle_auto_format"):
        return html_to_text(raw)
    return raw.strip()


def _fraction(ans: _El) -> float:
    raw = ans.attrs.get("fraction", "0")
    try:
        return float(raw)
    except ValueError:
        raise ImportFormatError(f"Moodle XML: {ans.describe()} has fraction={raw!r}; expected a number such as 100 or 0.") from None


def _category_title(path: str) -> str:
    segs = [seg.replace("\x00", "/") for seg in path.replace("//", "\x00").split("/")]
    segs = [s.strip() for s in segs if s.strip() and s.strip() not in ("$course$", "$system$", "$module$", "$coursecategory$", "top")]
    return segs[-1] if segs else ""


def _read_question(q: _El, new_id: IdAllocator) -> MultipleChoiceItem | TrueFalseItem:
    qtype = q.attrs["type"]
    stem, qt = _text_child(q, "questiontext", required=True)
    qfmt = qt.attrs.get("format", "html") if qt is not None else "html"
    if not stem:
        raise ImportFormatError(f"Moodle XML: {q.describe()} has an empty <questiontext>; write the question text.")
    name_el = q.child("name")
    name = (name_el.child("text").text.strip() if name_el is not None and name_el.child("text") is not None else "")
    general, _ = _text_child(q, "generalfeedback", required=False, default_format=qfmt)
    answers = q.all("answer")
    if not answers:
        raise ImportFormatError(f"Moodle XML: {q.describe()} has no <answer> elements; expected one <answer fraction=\"100\"> and the wrong ones with fraction=\"0\".")

    options: list[tuple[str, bool]] = []
    feedback: list[tuple[bool, str]] = []
    for k, ans in enumerate(answers):
        frac = _fraction(ans)
        if frac not in (0.0, 100.0):
            raise ImportFormatError(f"Moodle XML: {ans.describe()} gives partial credit (fraction={ans.attrs.get('fraction')}). QuizGen items have one right option: use fraction=\"100\" for it and \"0\" for the others.")
        t = ans.child("text")
        if t is None:
            raise ImportFormatError(f"Moodle XML: {ans.describe()} has no <text>; expected <answer fraction=\"...\"><text>option</text>...</answer>.")
        fb, _ = _text_child(ans, "feedback", required=False, default_format=qfmt)
        if qtype == "truefalse":
            word = t.text.strip().lower()
            if word not in ("true", "false"):  # Moodle's fallback for old files: first is true
                word = "true" if k == 0 else "false"
            options.append(("True" if word == "true" else "False", frac == 100.0))
        else:
            text = _decode(t.text, ans.attrs.get("format", qfmt))
            if not text:
                raise ImportFormatError(f"Moodle XML: {ans.describe()} has empty option text; write the option.")
            options.append((text, frac == 100.0))
        feedback.append((frac == 100.0, fb))

    if qtype == "truefalse":
        if sorted(t for t, _ in options) != ["False", "True"]:
            raise ImportFormatError(f"Moodle XML: {q.describe()} needs exactly two answers, true and false.")
        options.sort(key=lambda o: o[0] != "True")
    n_right = sum(c for _, c in options)
    if n_right != 1:
        raise ImportFormatError(f"Moodle XML: {q.describe()} has {n_right} answers with fraction=\"100\"; expected exactly one.")
    expl = next((f for right, f in feedback if right and f), "") or next((f for _, f in feedback if f), "") or general
    item_id = new_id(name or stable_id("moodle", stem, *(t for t, _ in options)))
    return make_item(
        kind="tf" if qtype == "truefalse" else "mcq",
        item_id=item_id,
        stem=stem,
        options=options,
        explanation=expl,
        template="import.moodle-xml",
        where=f"Moodle XML: {q.describe()}",
    )


def import_moodle_xml(data: bytes, *, title: str | None = None) -> QuestionSet:
    """Read a Moodle XML ``<quiz>`` of multichoice and truefalse questions into a set.

    Raises:
        ImportFormatError: naming the line and element, for XML that is not well formed, a
            root other than ``<quiz>``, missing parts, partial credit, or question types QuizGen
            has no item kind for.
    """
    root = _parse_tree(data)
    if root.tag != "quiz":
        raise ImportFormatError(f"Moodle XML line {root.line}: the root element is <{root.tag}>; expected <quiz>. Is this a Moodle XML question export?")
    category = ""
    items: list[MultipleChoiceItem | TrueFalseItem] = []
    new_id = IdAllocator()
    for q in root.children:
        if q.tag != "question":
            raise ImportFormatError(f"Moodle XML: unexpected {q.describe()} inside <quiz>; expected <question> elements only.")
        qtype = q.attrs.get("type")
        if qtype is None:
            raise ImportFormatError(f"Moodle XML: {q.describe()} has no type attribute; expected type=\"multichoice\" or \"truefalse\".")
        if qtype == "category":
            cat = q.child("category")
            path = cat.child("text").text if cat is not None and cat.child("text") is not None else (cat.text if cat is not None else "")
            category = category or _category_title(path.strip())
            continue
        if qtype not in ("multichoice", "truefalse"):
            raise ImportFormatError(f"Moodle XML: {q.describe()} is a {qtype} question. QuizGen imports only multichoice and truefalse questions; remove it or export only those.")
        items.append(_read_question(q, new_id))
    return make_set(title or category or "Imported questions", items, "Moodle XML file")
