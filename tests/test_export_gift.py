"""GIFT export checked by an independent reading of Moodle's GIFT importer, and GIFT import.

The reference reader (``tests/export_reference.py``) re-implements Moodle's
``qformat_gift::readquestion`` algorithm; it shares no code with ``quizgen.export.gift``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_fixtures import awkward_set, mcq, same_items, seed_set, simple_set, tf  # noqa: E402
from export_reference import moodle_gift_read, shown  # noqa: E402

from quizgen.errors import ImportFormatError  # noqa: E402
from quizgen.export import export_set, import_set  # noqa: E402
from quizgen.export.gift import gift_escape  # noqa: E402
from quizgen.models import QuestionSet  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "export"
SPECIALS = ["~", "=", "#", "{", "}", ":"]


def _moodle_view(qs: QuestionSet) -> list[dict]:
    qs_ = moodle_gift_read(export_set(qs, "gift").decode("utf-8"))
    assert qs_[0]["qtype"] == "category"
    return qs_[1:]


def _assert_moodle_reads_back(qs: QuestionSet) -> None:
    view = _moodle_view(qs)
    assert len(view) == len(qs.items)
    for item, q in zip(qs.items, view):
        assert q["name"] == item.id
        assert shown(q["questiontext"]) == item.stem, item.id
        if item.type == "tf":
            assert q["qtype"] == "truefalse", item.id
            assert q["correctanswer"] is item.truth
            right = q["feedbacktrue"] if item.truth else q["feedbackfalse"]
            assert shown(right) == item.explanation
        else:
            assert q["qtype"] == "multichoice", (item.id, q)
            assert q["single"] == 1
            assert [shown(a["answer"]) for a in q["answers"]] == [o.text for o in item.options], item.id
            assert [a["fraction"] for a in q["answers"]] == [1.0 if o.correct else 0.0 for o in item.options], item.id
            assert all(shown(a["feedback"]) == item.explanation for a in q["answers"]), item.id


@pytest.mark.parametrize("ch", SPECIALS)
def test_each_special_character_survives_moodles_reader(ch: str) -> None:
    """Stems, options and feedback containing ~ = # { } : read back exactly under Moodle's rules."""
    qs = QuestionSet(
        title=f"Set with {ch}",
        items=[
            mcq("m", f"Stem {ch} middle {ch}{ch} end{ch}", [f"{ch}", f"a{ch}b", f"{ch} lead", "plain"], 1, f"Because {ch} here."),
            tf("t", f"{ch}Statement {ch} here", False, f"Feedback {ch}"),
        ],
    )
    _assert_moodle_reads_back(qs)
    assert same_items(qs, import_set(export_set(qs, "gift"), "gift")) == []


@pytest.mark.parametrize("maker", [simple_set, awkward_set, seed_set], ids=["simple", "awkward", "seed"])
def test_moodle_reads_what_we_write(maker) -> None:  # type: ignore[no-untyped-def]
    _assert_moodle_reads_back(maker())


@pytest.mark.parametrize("maker", [simple_set, awkward_set, seed_set], ids=["simple", "awkward", "seed"])
def test_round_trip_json_gift_json(maker) -> None:  # type: ignore[no-untyped-def]
    qs = maker()
    back = import_set(export_set(qs, "gift"), "gift")
    assert same_items(qs, back) == []
    assert back.title == qs.title
    assert all(it.template == "import.gift" and it.source is None for it in back.items)
    # and a second trip is a fixed point
    assert export_set(back, "gift") == export_set(qs, "gift")


def test_escape_rules_match_moodles_exporter() -> None:
    """Moodle's repchar escapes backslash first, then # = ~ { } :, and writes newlines as \\n."""
    assert gift_escape("a\\b") == "a\\\\b"
    assert gift_escape("x#y=z~{w}:v") == "x\\#y\\=z\\~\\{w\\}\\:v"
    assert gift_escape("two\nlines\r") == "two\\nlines"


def test_html_text_is_marked_and_escaped() -> None:
    """Texts with < or & are written as [html] so Moodle shows them instead of running them."""
    gift = export_set(awkward_set(), "gift").decode()
    assert "[html]Which tag runs JavaScript\\: &lt;script&gt; or &lt;b&gt;?" in gift
    assert "<script>" not in gift.split("$CATEGORY")[1].split("\n", 1)[1]


def test_category_from_title_and_slash_escaped() -> None:
    gift = export_set(awkward_set(), "gift").decode()
    cat = [q for q in moodle_gift_read(gift) if q["qtype"] == "category"]
    assert cat == [{"qtype": "category", "category": "Awkward: {braces} // slashes & <tags> — naïve"}]


def test_weight_and_marker_lookalikes_are_protected() -> None:
    """A wrong option '%50% of voters' must not become a 50% weight; '[plain] text' must not lose its words."""
    q = next(q for q in _moodle_view(awkward_set()) if q["name"] == "marker")
    assert [a["fraction"] for a in q["answers"]] == [0.0, 0.0, 1.0]
    assert [shown(a["answer"]) for a in q["answers"]] == ["%50% of voters", "[plain] text", "none"]


def test_import_handwritten_moodle_style_file() -> None:
    qs = import_set((DATA / "moodle_style.gift").read_bytes(), "gift")
    assert qs.title == "Geography"
    by_id = {it.id: it for it in qs.items}
    grant = by_id["Grant"]
    assert grant.stem == "Who's buried in Grant's tomb?"
    assert [(o.text, o.correct) for o in grant.options] == [("Grant", False), ("Jefferson", False), ("no one", True)]
    assert grant.explanation == "Nobody is buried there; they are entombed."
    cloze = by_id["Missing word"]
    assert cloze.stem == "Grant is _____ in Grant's tomb."
    assert cloze.answer == "entombed"
    assert cloze.explanation == "General feedback for the cloze."
    tfq = by_id["Sun"]
    assert tfq.type == "tf" and tfq.truth is True and tfq.explanation == "Right: it rises in the east."
    false_q = by_id["Moon"]
    assert false_q.type == "tf" and false_q.truth is False and false_q.explanation == "It reflects sunlight."
    html_q = by_id["Escapes"]
    assert html_q.stem == "Is 1 < 2 & {a: b} = c?"
    assert [o.text for o in html_q.options] == ["yes ~ really", "no # way"]
    unnamed = [it for it in qs.items if it.id.startswith("gift-")]
    assert len(unnamed) == 1 and unnamed[0].stem == "Which ocean is the largest?"
    assert all(it.source is None and it.template == "import.gift" for it in qs.items)
    assert import_set((DATA / "moodle_style.gift").read_bytes(), "gift", title="Mine").title == "Mine"


def test_unnamed_ids_are_stable() -> None:
    data = b"What is 2+2?{=4 ~3 ~5}\n"
    a, b = import_set(data, "gift"), import_set(data, "gift")
    assert a.items[0].id == b.items[0].id and a.items[0].id.startswith("gift-")


def test_duplicate_names_get_suffixes() -> None:
    data = b"::q::One?{=a ~b}\n\n::q::Two?{=c ~d}\n"
    assert [it.id for it in import_set(data, "gift").items] == ["q", "q-2"]


MALFORMED = [
    ("::q1::First?{=a ~b}\n\n::q2:: Unclosed {=a ~b\n~c\n", "line 3", "no '}' closes"),
    ("Stray close } here {=a ~b}\n", "line 1", "without an opening"),
    ("::name without end Who?{=a ~b}\n", "line 1", "no closing '::'"),
    ("\n\nTwo right?{=a =b ~c}\n", "line 3", "exactly one right option"),
    ("Text before?{oops =a ~b}\n", "line 1", "expected '=' or '~'"),
    ("Capital of France?{=Paris =paris}\n", "line 1", "short-answer"),
    ("When?{#1822:5}\n", "line 1", "numerical"),
    ("Match{=a -> b =c -> d}\n", "line 1", "matching"),
    ("Essay question{}\n", "line 1", "essay"),
    ("Just a description with no answers.\n", "line 1", "no answer block"),
    ("Weights?{~%50%half =full ~none}\n", "line 1", "partial credit"),
    ("Options?{\n=a\n~\n}\n", "line 3", "is empty"),
    ("Dup?{=same ~Same}\n", "line 1", "distinct"),
    ("Two blocks?{=a ~b} and {=c ~d}\n", "line 1", "second answer block"),
    ("// only a comment\n$CATEGORY: x\n", "GIFT file", "no multiple-choice"),
]


@pytest.mark.parametrize("text,where,what", MALFORMED)
def test_malformed_gift_names_line_and_expectation(text: str, where: str, what: str) -> None:
    with pytest.raises(ImportFormatError) as e:
        import_set(text.encode(), "gift")
    assert where in str(e.value) and what in str(e.value), str(e.value)


def test_non_utf8_is_reported_with_line() -> None:
    with pytest.raises(ImportFormatError, match="line 2.*UTF-8"):
        import_set(b"Q?{=a ~b}\n\xff\xfe bad{=a ~b}\n", "gift")


def test_import_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Import is pure: no file is created, good input or bad."""
    monkeypatch.chdir(tmp_path)
    import builtins

    real_open = builtins.open

    def guarded_open(file, mode="r", *a, **k):  # type: ignore[no-untyped-def]
        if any(c in mode for c in "wax+"):
            raise AssertionError(f"import tried to write {file!r}")
        return real_open(file, mode, *a, **k)

    monkeypatch.setattr(builtins, "open", guarded_open)
    import_set(export_set(seed_set(), "gift"), "gift")
    with pytest.raises(ImportFormatError):
        import_set(b"Broken {=a", "gift")
    assert os.listdir(tmp_path) == []
