"""IMS QTI 1.2 zip as Canvas imports it ("QTI .zip file" in Course Import).

The zip holds ``imsmanifest.xml`` (an IMS content package whose resource has type
``imsqti_xmlv1p2``), the assessment ``<id>/<id>.xml`` and Canvas's own
``<id>/assessment_meta.xml`` (quiz title and settings). The assessment follows the QTI 1.2
ASI tree ``questestinterop/assessment/section/item``; each item has

* ``itemmetadata`` with Canvas's ``question_type`` (``multiple_choice_question`` or
  ``true_false_question``) and ``points_possible``;
* ``presentation``: ``material/mattext`` (the stem, as HTML) then ``response_lid`` with
  ``render_choice/response_label`` per option;
* ``resprocessing``: ``outcomes/decvar SCORE``, and a ``respcondition`` whose ``varequal`` on
  the right label sets ``SCORE`` to 100;
* the explanation as general feedback (``itemfeedback ident="general_fb"``), which Canvas
  shows as the question's neutral comment.

Identifiers are derived from the set and item ids, and the zip has fixed timestamps, so the
same set always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET

from quizgen.export._common import deterministic_zip, text_to_html, xml_safe
from quizgen.models import MultipleChoiceItem, QuestionSet, TrueFalseItem

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
QUESTION_TYPES = {"mcq": "multiple_choice_question", "tf": "true_false_question"}
RESPONSE_ID = "response1"


def _ident(text: str) -> str:
    """An XML-name-safe identifier (letters, digits, ``_ - .``), starting with a letter."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", text)
    return safe if safe[:1].isalpha() else "i" + safe


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = text
    return el


def _mattext(parent: ET.Element, text: str) -> None:
    _sub(_sub(parent, "material"), "mattext", text_to_html(text), texttype="text/html")


def _field(meta: ET.Element, label: str, entry: str) -> None:
    f = _sub(meta, "qtimetadatafield")
    _sub(f, "fieldlabel", label)
    _sub(f, "fieldentry", entry)


def _item(section: ET.Element, n: int, item: MultipleChoiceItem | TrueFalseItem) -> None:
    ident = _ident(f"item{n}_{item.id}")  # the number keeps sanitised ids unique
    el = _sub(section, "item", ident=ident, title=f"Question {n}")
    labels = [f"{ident}_{k + 1}" for k in range(len(item.options))]

    meta = _sub(_sub(el, "itemmetadata"), "qtimetadata")
    _field(meta, "question_type", QUESTION_TYPES[item.type])
    _field(meta, "points_possible", "1.0")
    _field(meta, "original_answer_ids", ",".join(labels))
    _field(meta, "assessment_question_identifierref", _ident(f"ref{n}_{item.id}"))

    pres = _sub(el, "presentation")
    _mattext(pres, item.stem)
    lid = _sub(pres, "response_lid", ident=RESPONSE_ID, rcardinality="Single")
    choice = _sub(lid, "render_choice")
    for label, opt in zip(labels, item.options):
        _mattext(_sub(choice, "response_label", ident=label), opt.text)

    proc = _sub(el, "resprocessing")
    _sub(_sub(proc, "outcomes"), "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    if item.explanation:
        cond = _sub(proc, "respcondition", **{"continue": "Yes"})
        _sub(_sub(cond, "conditionvar"), "other")
        _sub(cond, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    right = _sub(proc, "respcondition", **{"continue": "No"})
    _sub(_sub(right, "conditionvar"), "varequal", labels[item.correct_index], respident=RESPONSE_ID)
    _sub(right, "setvar", "100", action="Set", varname="SCORE")
    if item.explanation:
        fb = _sub(el, "itemfeedback", ident="general_fb")
        _mattext(_sub(fb, "flow_mat"), item.explanation)


def _xml(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False) + b"\n"


def _assessment(qs: QuestionSet, aid: str) -> bytes:
    root = ET.Element("questestinterop", {"xmlns": QTI_NS})
    assessment = _sub(root, "assessment", ident=aid, title=xml_safe(qs.title))
    meta = _sub(assessment, "qtimetadata")
    _field(meta, "cc_maxattempts", "1")
    section = _sub(assessment, "section", ident="root_section")
    for n, item in enumerate(qs.items, 1):
        _item(section, n, item)
    return _xml(root)


def _manifest(aid: str) -> bytes:
    root = ET.Element("manifest", {"identifier": f"{aid}_manifest", "xmlns": CP_NS})
    md = _sub(root, "metadata")
    _sub(md, "schema", "IMS Content")
    _sub(md, "schemaversion", "1.1.3")
    _sub(root, "organizations")
    res = _sub(root, "resources")
    r = _sub(res, "resource", identifier=aid, type="imsqti_xmlv1p2")
    _sub(r, "file", href=f"{aid}/{aid}.xml")
    _sub(r, "dependency", identifierref=f"{aid}_meta")
    m = _sub(res, "resource", identifier=f"{aid}_meta", type="associatedcontent/imscc_xmlv1p1/learning-application-resource", href=f"{aid}/assessment_meta.xml")
    _sub(m, "file", href=f"{aid}/assessment_meta.xml")
    return _xml(root)


def _meta(qs: QuestionSet, aid: str) -> bytes:
    root = ET.Element("quiz", {"identifier": aid, "xmlns": CANVAS_NS})
    _sub(root, "title", xml_safe(qs.title))
    _sub(root, "description", "")
    _sub(root, "shuffle_answers", "false")  # options are already in the set's seeded order
    _sub(root, "scoring_policy", "keep_highest")
    _sub(root, "quiz_type", "assignment")
    _sub(root, "points_possible", f"{float(len(qs.items)):.1f}")
    _sub(root, "show_correct_answers", "true")
    _sub(root, "allowed_attempts", "1")
    return _xml(root)


def assessment_id(qs: QuestionSet) -> str:
    """The set's QTI identifier: a hash of its title and item ids, so re-exports replace, not duplicate."""
    h = hashlib.sha256("\x1f".join([qs.title, *(i.id for i in qs.items)]).encode("utf-8")).hexdigest()[:16]
    return f"quizgen_{h}"


def export_qti(qs: QuestionSet) -> bytes:
    """The set as a Canvas-importable QTI 1.2 zip."""
    aid = assessment_id(qs)
    return deterministic_zip(
        [
            ("imsmanifest.xml", _manifest(aid)),
            (f"{aid}/{aid}.xml", _assessment(qs, aid)),
            (f"{aid}/assessment_meta.xml", _meta(qs, aid)),
        ]
    )
