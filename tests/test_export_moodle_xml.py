"""Moodle XML export read the way Moodle's qformat_xml reads it, and Moodle XML import."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_fixtures import awkward_set, same_items, seed_set, simple_set  # noqa: E402
from export_reference import moodle_xml_read  # noqa: E402

from quizgen.errors import ImportFormatError  # noqa: E402
from quizgen.export import export_set, import_set  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "export"


@pytest.mark.parametrize("maker", [simple_set, awkward_set, seed_set], ids=["simple", "awkward", "seed"])
def test_moodle_reads_what_we_write(maker) -> None:  # type: ignore[no-untyped-def]
    qs = maker()
    questions = moodle_xml_read(export_set(qs, "moodle-xml"))
    assert questions[0]["qtype"] == "category"
    assert questions[0]["category"] == "$course$/top/" + qs.title.replace("/", "//")
    for item, q in zip(qs.items, questions[1:], strict=True):
        assert q["name"] == item.id
        assert q["questiontextformat"] == "html"
        assert html.unescape(q["questiontext"]) == item.stem
        if item.type == "mcq":
            assert q["qtype"] == "multichoice"
            assert q["single"] == 1 and q["shuffleanswers"] == 1
            assert [html.unescape(a["text"]) for a in q["answers"]] == [o.text for o in item.options]
            assert [a["fraction"] for a in q["answers"]] == [1.0 if o.correct else 0.0 for o in item.options]
            assert all(html.unescape(a["feedback"]) == item.explanation for a in q["answers"])
        else:
            assert q["qtype"] == "truefalse"
            assert q["correctanswer"] is item.truth
            assert html.unescape(q["feedbacktrue"]) == item.explanation == html.unescape(q["feedbackfalse"])


def test_texts_are_in_cdata_and_markup_is_escaped() -> None:
    raw = export_set(awkward_set(), "moodle-xml").decode()
    for tag in ("questiontext", "answer", "feedback"):
        for m in re.finditer(rf"<{tag}[^>]*>\s*<text>(.*?)</text>", raw, re.S):
            if m.group(1) and m.group(1) not in ("true", "false"):  # truefalse answers are keywords
                assert m.group(1).startswith("<![CDATA[") and m.group(1).endswith("]]>"), m.group(0)[:80]
    assert "<script>" not in raw and "&lt;script&gt;" in raw
    # "]]>" inside a text cannot end the CDATA section early
    assert "<![CDATA[]]&gt;]]>" in raw


@pytest.mark.parametrize("maker", [simple_set, awkward_set, seed_set], ids=["simple", "awkward", "seed"])
def test_round_trip_json_moodle_xml_json(maker) -> None:  # type: ignore[no-untyped-def]
    qs = maker()
    back = import_set(export_set(qs, "moodle-xml"), "moodle-xml")
    assert same_items(qs, back) == []
    assert back.title == qs.title
    assert all(it.template == "import.moodle-xml" and it.source is None for it in back.items)
    assert export_set(back, "moodle-xml") == export_set(qs, "moodle-xml")


def test_import_handwritten_moodle_export() -> None:
    qs = import_set((DATA / "moodle_style.xml").read_bytes(), "moodle-xml")
    assert qs.title == "Reading"
    cap, moon, plain = qs.items
    assert cap.id == "Capital" and cap.stem == "What is the capital of Ukraine?"
    assert [(o.text, o.correct) for o in cap.options] == [("Lviv", False), ("Kyiv", True), ("Odesa & Kharkiv", False)]
    assert cap.explanation == "Kyiv is the capital & largest city."
    assert moon.type == "tf" and moon.truth is False and moon.stem == "The moon makes its own light <really>."
    assert moon.explanation == "It reflects sunlight."
    assert plain.id.startswith("moodle-") and plain.stem == "Plain text with <tags> & ampersands kept as written."
    assert import_set((DATA / "moodle_style.xml").read_bytes(), "moodle-xml", title="T").title == "T"


def _q(body: str, qtype: str = "multichoice") -> str:
    return f'<?xml version="1.0"?>\n<quiz>\n<question type="{qtype}">\n{body}\n</question>\n</quiz>\n'


GOOD_TEXT = '<questiontext format="html"><text>Q?</text></questiontext>'
MALFORMED = [
    ('<?xml version="1.0"?>\n<quiz>\n<question type="multichoice">\n<name><text>x</name>\n</question></quiz>', "line 4", "not well-formed"),
    ('<?xml version="1.0"?>\n<questions/>\n', "line 2", "expected <quiz>"),
    (_q(GOOD_TEXT + '\n<answer fraction="100"><text>a</text></answer>', "shortanswer"), "line 3", "shortanswer question"),
    (_q('<answer fraction="100"><text>a</text></answer>'), "line 3", "has no <questiontext>"),
    (_q(GOOD_TEXT + '\n<answer fraction="100"><text>a</text></answer>\n<answer fraction="100"><text>b</text></answer>'), "line 3", "expected exactly one"),
    (_q(GOOD_TEXT + '\n<answer fraction="50"><text>a</text></answer>\n<answer fraction="50"><text>b</text></answer>'), "line 5", "partial credit"),
    (_q(GOOD_TEXT + '\n<answer fraction="abc"><text>a</text></answer>'), "line 5", "expected a number"),
    (_q(GOOD_TEXT), "line 3", "no <answer> elements"),
    (_q(GOOD_TEXT + '\n<answer fraction="100"></answer>\n<answer fraction="0"><text>b</text></answer>'), "line 5", "has no <text>"),
    (_q('<questiontext><text>Q?</text></questiontext>\n<answer fraction="100"><text>a</text></answer>', "truefalse"), "line 3", "true and false"),
    (_q('<questiontext>Q?</questiontext>'), "line 4", "has no <text>"),
    ('<?xml version="1.0"?>\n<quiz>\n<question>\n</question>\n</quiz>', "line 3", "no type attribute"),
    ('<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<quiz>&b;</quiz>', "line 2", "DOCTYPE"),
    ('<?xml version="1.0"?>\n<quiz>\n<question type="category"><category><text>x</text></category></question>\n</quiz>', "Moodle XML file", "no multiple-choice"),
]


@pytest.mark.parametrize("text,where,what", MALFORMED)
def test_malformed_xml_names_line_and_element(text: str, where: str, what: str) -> None:
    with pytest.raises(ImportFormatError) as e:
        import_set(text.encode(), "moodle-xml")
    assert where in str(e.value) and what in str(e.value), str(e.value)
