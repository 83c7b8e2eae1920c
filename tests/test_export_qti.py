"""Canvas QTI 1.2 zip checked against the QTI 1.2 ASI content models and Canvas's conventions."""

from __future__ import annotations

import io
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_fixtures import awkward_set, long_set, seed_set, simple_set  # noqa: E402
from export_reference import qti_items, qti_problems  # noqa: E402

from quizgen.export import export_set  # noqa: E402

CP = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"


def _zip(qs) -> zipfile.ZipFile:  # type: ignore[no-untyped-def]
    return zipfile.ZipFile(io.BytesIO(export_set(qs, "qti")))


def _assessment(z: zipfile.ZipFile) -> bytes:
    manifest = ET.fromstring(z.read("imsmanifest.xml"))
    res = [r for r in manifest.iter(f"{CP}resource") if r.get("type") == "imsqti_xmlv1p2"]
    assert len(res) == 1
    href = res[0].find(f"{CP}file").get("href")
    return z.read(href)


@pytest.mark.parametrize("maker", [simple_set, awkward_set, seed_set, long_set], ids=["simple", "awkward", "seed", "long"])
def test_assessment_matches_qti_12_and_canvas(maker) -> None:  # type: ignore[no-untyped-def]
    qs = maker()
    z = _zip(qs)
    assert z.testzip() is None
    assert qti_problems(_assessment(z)) == []
    items = qti_items(_assessment(z))
    assert len(items) == len(qs.items)
    for item, got in zip(qs.items, items):
        assert got["question_type"] == ("multiple_choice_question" if item.type == "mcq" else "true_false_question")
        assert got["stem"] == item.stem
        assert got["options"] == [o.text for o in item.options]
        assert got["right"] == item.answer
        assert got["feedback"] == item.explanation


def test_manifest_references_exist_and_zip_is_reproducible() -> None:
    z = _zip(seed_set())
    names = set(z.namelist())
    manifest = ET.fromstring(z.read("imsmanifest.xml"))
    assert manifest.tag == f"{CP}manifest"
    hrefs = [f.get("href") for f in manifest.iter(f"{CP}file")]
    assert hrefs and all(h in names for h in hrefs)
    ids = {r.get("identifier") for r in manifest.iter(f"{CP}resource")}
    assert all(d.get("identifierref") in ids for d in manifest.iter(f"{CP}dependency"))
    assert all(i.date_time == (2000, 1, 1, 0, 0, 0) for i in z.infolist())
    assert export_set(seed_set(), "qti") == export_set(seed_set(), "qti")


def test_checker_catches_broken_structure() -> None:
    """The structural checker itself must fail on a QTI file with the usual mistakes."""
    good = _assessment(_zip(simple_set())).decode()
    assert qti_problems(good.encode()) == []
    broken = [
        good.replace("<fieldentry>multiple_choice_question</fieldentry>", "<fieldentry>multiple_choice</fieldentry>", 1),
        good.replace('<setvar action="Set" varname="SCORE">100</setvar>', '<setvar action="Set" varname="SCORE">0</setvar>', 1),
        good.replace("<resprocessing>", "<resprocessing><bogus/>", 1),
        good.replace('rcardinality="Single"', 'rcardinality="One"', 1),
        good.replace('linkrefid="general_fb"', 'linkrefid="nowhere"', 1),
    ]
    for b in broken:
        assert qti_problems(b.encode()), b[:200]


def test_markup_is_escaped_html() -> None:
    raw = _assessment(_zip(awkward_set())).decode()
    assert "<script>" not in raw
    assert "&amp;lt;script&amp;gt;" in raw  # HTML-escaped text, then XML-escaped
