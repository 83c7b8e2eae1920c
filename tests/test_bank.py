"""Question-bank files: listing, loading, atomic saves, conflict detection, and the editing functions."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from quizgen import bank
from quizgen.errors import ConflictError, SchemaError, StoreError
from quizgen.models import MultipleChoiceItem, Option, QuestionSet, SourceRef, TrueFalseItem


def make_set(title: str = "Kuleba in China") -> QuestionSet:
    return QuestionSet(
        title=title,
        items=[
            MultipleChoiceItem(
                id="q1",
                stem="Where will Ukraine's foreign minister go on Tuesday?",
                options=[Option(text="China", correct=True, origin="key"), Option(text="Russia", origin="article"),
                         Option(text="Japan", origin="wordnet")],
                explanation="Ukraine's foreign minister will head to China on Tuesday.",
                source=SourceRef(sentence_index=1, start=10, end=70, sentence="Ukraine's foreign minister will head to China on Tuesday."),
                tags=["COUNTRY"],
            ),
            TrueFalseItem(id="q2", stem="Beijing condemned the war.",
                          options=[Option(text="True", origin="truth"), Option(text="False", correct=True, origin="truth")]),
            MultipleChoiceItem(id="q3", stem="Who is the spokeswoman?",
                               options=[Option(text="Mao Ning", correct=True), Option(text="Wang Yi")]),
        ],
    )


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "bank"


def test_create_list_load_round_trip(root: Path) -> None:
    saved = bank.create_set(root, make_set())
    assert saved.name == "kuleba-in-china"
    [info] = bank.list_sets(root)
    assert (info.name, info.title, info.n_items, info.n_approved, info.error) == ("kuleba-in-china", "Kuleba in China", 3, 0, None)
    loaded = bank.load_set(root, saved.name)
    assert loaded.qs == make_set()
    assert loaded.version == saved.version == bank.version_of((root / "kuleba-in-china.json").read_bytes())


def test_create_refuses_taken_name_and_free_name_avoids_it(root: Path) -> None:
    bank.create_set(root, make_set(), "s")
    with pytest.raises(ConflictError, match="already exists"):
        bank.create_set(root, make_set(), "s")
    assert bank.create_set(root, make_set()).name == "kuleba-in-china"
    assert bank.create_set(root, make_set()).name == "kuleba-in-china-2"


@pytest.mark.parametrize("name", ["../evil", "a/b", ".hidden", "UPPER", "", "x" * 81, "a..b"])
def test_bad_names_are_refused(root: Path, name: str) -> None:
    with pytest.raises(StoreError, match="not a valid set name"):
        bank.load_set(root, name)


def test_listing_shows_broken_files_with_their_error(root: Path) -> None:
    bank.create_set(root, make_set(), "good")
    (root / "broken.json").write_text('{"title": ""}')
    infos = {i.name: i for i in bank.list_sets(root)}
    assert infos["good"].error is None
    assert infos["broken"].error and "title" in infos["broken"].error
    with pytest.raises(SchemaError):
        bank.load_set(root, "broken")


def test_second_concurrent_save_is_refused_and_first_edit_survives(root: Path) -> None:
    """Two teachers open the same set; A saves, then B's save must be refused, not overwrite A."""
    bank.create_set(root, make_set(), "shared")
    a = bank.load_set(root, "shared")
    b = bank.load_set(root, "shared")
    a_qs = bank.edit_item(a.qs, 0, stem="Teacher A's wording?")
    a_version = bank.save_set(root, "shared", a_qs, expected_version=a.version)
    b_qs = bank.edit_item(b.qs, 0, stem="Teacher B's wording?")
    with pytest.raises(ConflictError, match="Someone else saved"):
        bank.save_set(root, "shared", b_qs, expected_version=b.version)
    on_disk = bank.load_set(root, "shared")
    assert on_disk.qs.items[0].stem == "Teacher A's wording?"
    assert on_disk.version == a_version
    # after reloading, B can save on top of A's version
    b2 = bank.load_set(root, "shared")
    bank.save_set(root, "shared", bank.edit_item(b2.qs, 1, stem="B again."), expected_version=b2.version)
    final = bank.load_set(root, "shared").qs
    assert [final.items[0].stem, final.items[1].stem] == ["Teacher A's wording?", "B again."]


def test_racing_saves_from_threads_exactly_one_wins(root: Path) -> None:
    bank.create_set(root, make_set(), "race")
    start = bank.load_set(root, "race")
    barrier = threading.Barrier(8)
    outcomes: list[str] = []

    def worker(k: int) -> None:
        qs = bank.edit_item(start.qs, 0, stem=f"Version {k}?")
        barrier.wait()
        try:
            bank.save_set(root, "race", qs, expected_version=start.version)
            outcomes.append(f"ok {k}")
        except ConflictError:
            outcomes.append("conflict")

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [o for o in outcomes if o.startswith("ok")]
    assert len(winners) == 1 and outcomes.count("conflict") == 7
    assert bank.load_set(root, "race").qs.items[0].stem == f"Version {winners[0].split()[1]}?"


def test_save_refuses_when_file_was_deleted(root: Path) -> None:
    loaded = bank.create_set(root, make_set(), "gone")
    (root / "gone.json").unlink()
    with pytest.raises(ConflictError, match="deleted"):
        bank.save_set(root, "gone", loaded.qs, expected_version=loaded.version)


def test_invalid_set_is_never_saved(root: Path) -> None:
    loaded = bank.create_set(root, make_set(), "v")
    before = (root / "v.json").read_bytes()
    bad_item = loaded.qs.items[0].model_copy(update={"options": [Option(text="A"), Option(text="B")]})  # skips validation
    bad = loaded.qs.model_copy(update={"items": [bad_item, *loaded.qs.items[1:]]})
    with pytest.raises(SchemaError) as ei:
        bank.save_set(root, "v", bad, expected_version=loaded.version)
    assert any("options" in path for path, _ in ei.value.errors)
    assert (root / "v.json").read_bytes() == before
    assert [p.name for p in root.iterdir() if p.suffix == ".tmp"] == []


def test_save_is_atomic_via_rename(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash while writing leaves the old file intact (bytes go to a temp file, then os.replace)."""
    loaded = bank.create_set(root, make_set(), "atomic")
    before = (root / "atomic.json").read_bytes()

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        bank.save_set(root, "atomic", bank.edit_item(loaded.qs, 0, stem="New?"), expected_version=loaded.version)
    assert (root / "atomic.json").read_bytes() == before
    assert not [p for p in root.iterdir() if p.name.endswith(".tmp")]


def test_saved_file_is_canonical_json(root: Path) -> None:
    bank.create_set(root, make_set(), "canon")
    data = json.loads((root / "canon.json").read_text())
    assert data["schema_version"] == "1.0" and [i["id"] for i in data["items"]] == ["q1", "q2", "q3"]


# -- editing functions -------------------------------------------------------------------------

def test_edit_item_changes_fields_and_keeps_origin_of_unchanged_options() -> None:
    qs = make_set()
    rows = [{"text": "China", "correct": False}, {"text": "Russia", "correct": True}, {"text": "Korea", "correct": False}]
    new = bank.edit_item(qs, 0, stem="Which country?", options=rows, explanation="Because.", tags="country, geo, Country")
    it = new.items[0]
    assert it.stem == "Which country?" and it.answer == "Russia" and it.explanation == "Because."
    assert it.tags == ["country", "geo"]
    assert [o.origin for o in it.options] == ["key", "article", "teacher"]
    assert qs.items[0].stem.startswith("Where")  # the original set is untouched


def test_edit_item_drops_empty_editor_rows() -> None:
    rows = [{"text": "China", "correct": True}, {"text": None, "correct": None}, {"text": float("nan"), "correct": False},
            {"text": "Russia", "correct": False}]
    assert [o.text for o in bank.edit_item(make_set(), 0, options=rows).items[0].options] == ["China", "Russia"]


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"stem": "   "}, "stem"),
        ({"options": [{"text": "A", "correct": True}, {"text": "B", "correct": True}]}, "options"),
        ({"options": [{"text": "A", "correct": False}, {"text": "B", "correct": False}]}, "options"),
        ({"options": [{"text": "A", "correct": True}]}, "options"),
        ({"options": [{"text": "A", "correct": True}, {"text": "a", "correct": False}]}, "options"),
        ({"options": [{"text": "A", "correct": True}, {"text": "", "correct": True}]}, "options"),
    ],
)
def test_edit_item_errors_name_the_field(kwargs: dict, field: str) -> None:
    with pytest.raises(SchemaError) as ei:
        bank.edit_item(make_set(), 0, **kwargs)
    fields = {bank.field_of(path) for path, _ in ei.value.errors}
    assert fields == {field}, ei.value.errors
    assert all(msg for _, msg in ei.value.errors)


def test_true_false_edit_by_position() -> None:
    qs = bank.edit_item(make_set(), 1, correct=0)
    assert qs.items[1].answer == "True"
    with pytest.raises(SchemaError):
        bank.edit_item(make_set(), 1, options=[{"text": "Yes", "correct": True}, {"text": "No", "correct": False}])


def test_add_delete_move_and_status() -> None:
    qs, idx = bank.add_item(make_set(), "tf", at=1)
    assert idx == 1 and qs.items[1].type == "tf" and qs.items[1].status == "draft" and len(qs.items) == 4
    qs, idx = bank.add_item(qs, "mcq")
    assert idx == 4 and len({it.id for it in qs.items}) == 5
    qs = bank.delete_item(qs, 1)
    assert [it.id for it in qs.items][:3] == ["q1", "q2", "q3"]
    qs = bank.move_item(qs, 2, 0)
    assert [it.id for it in qs.items][:3] == ["q3", "q1", "q2"]
    assert [it.id for it in bank.move_item(qs, 0, -1).items][:1] == ["q3"]  # 'up' on the first is a no-op
    qs = bank.set_status(qs, [0, 2], "approved")
    qs = bank.set_status(qs, [1], "rejected")
    assert [it.status for it in qs.items][:3] == ["approved", "rejected", "approved"]
    with pytest.raises(StoreError):
        bank.delete_item(qs, 99)
    with pytest.raises(SchemaError):
        bank.add_item(qs, "essay")


def test_edited_set_saves_and_reloads(root: Path) -> None:
    loaded = bank.create_set(root, make_set(), "e")
    qs, _ = bank.add_item(loaded.qs, "mcq")
    qs = bank.set_title(qs, "Renamed")
    bank.save_set(root, "e", qs, expected_version=loaded.version)
    assert bank.load_set(root, "e").qs == qs
    with pytest.raises(SchemaError):
        bank.set_title(qs, "  ")


def test_slugify() -> None:
    assert bank.slugify("Kuleba’s visit to China!") == "kulebas-visit-to-china"
    assert bank.slugify("???") == "question-set"
