"""Independent readers of the exchange formats, for testing our exporters against the formats'
own definitions rather than against our own importers.

* :func:`moodle_gift_read` follows the algorithm of Moodle's GIFT importer
  (``question/format/gift/format.php``, ``qformat_gift::readquestion`` and the line splitting
  of ``qformat_default::readquestions``) step by step: escaped characters become ``&&NNN;``
  placeholders, the first ``{`` and first ``}`` bound the answers, ``=`` is rewritten to
  ``~=`` and the answers are split on ``~``, feedback is what follows the first ``#``.
  It shares no code with ``quizgen.export.gift``.
* :func:`moodle_xml_read` reads Moodle XML the way ``qformat_xml::import_multichoice`` and
  ``import_truefalse`` do (``trans_single``, ``fraction / 100``, ``true``/``false`` answers).
* :func:`moodle_aiken_read` follows ``qformat_aiken::readquestions``.
* :func:`qti_problems` checks an assessment against the QTI 1.2 ASI content models (the
  ``<!ELEMENT ...>`` declarations of ``ims_qtiasiv1p2.dtd``) for every element we emit, plus
  the Canvas conventions (question_type metadata, ``varequal`` -> ``SCORE`` 100).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from typing import Any

# --------------------------------------------------------------------------- GIFT (Moodle)

_PRE = [("\\:", "&&058;"), ("\\#", "&&035;"), ("\\=", "&&061;"), ("\\{", "&&123;"), ("\\}", "&&125;"), ("\\~", "&&126;"), ("\\n", "&&010")]
_POST = [("&&058;", ":"), ("&&035;", "#"), ("&&061;", "="), ("&&123;", "{"), ("&&125;", "}"), ("&&126;", "~"), ("&&010", "\n")]
_WEIGHT = re.compile(r"^%\-*([0-9]{1,2})\.?([0-9]*)%")


def _escapedchar_pre(s: str) -> str:
    s = s.replace("\\\\", "&&092;")
    for a, b in _PRE:
        s = s.replace(a, b)
    return s.replace("&&092;", "\\")


def _escapedchar_post(s: str) -> str:
    for a, b in _POST:
        s = s.replace(a, b)
    return s


def _with_format(text: str, default: str = "moodle") -> dict[str, str]:
    fmt = default
    if text.startswith("["):
        end = text.find("]")
        name = text[1:end]
        if name in ("moodle", "html", "plain", "markdown"):
            fmt, text = name, text[end + 1 :]
    return {"text": _escapedchar_post(text).strip(), "format": fmt}


def _read_question(lines: list[str]) -> dict[str, Any] | None:
    lines = [" " if ln.strip().startswith("//") else ln for ln in lines]
    text = "\n".join(lines).strip()
    if not text:
        return None
    text = _escapedchar_pre(text)
    if text.startswith("$CATEGORY:"):
        return {"qtype": "category", "category": text[10:].strip()}
    q: dict[str, Any] = {"name": None}
    if text.startswith("::"):
        text = text[2:]
        end = text.find("::")
        if end >= 0:
            q["name"] = _escapedchar_post(text[:end]).strip()
            text = text[end + 2 :].strip()
    start, finish = text.find("{"), text.find("}")
    if start < 0 and finish < 0:
        return {**q, "qtype": "description", "questiontext": _with_format(text)}
    if start < 0 or finish < 0:
        return {**q, "qtype": "error", "error": "braceerror"}
    answertext = text[start + 1 : finish].strip()
    if text.endswith("}"):
        questiontext = text[:start] + text[finish + 1 :]
    else:
        questiontext = text[:start] + "_____" + text[finish + 1 :]
    general = ""
    gf = answertext.rfind("####")
    if gf >= 0:
        general = answertext[gf + 4 :]
        answertext = answertext[:gf].strip()
    q["questiontext"] = _with_format(questiontext)
    qfmt = q["questiontext"]["format"]
    q["generalfeedback"] = _with_format(general, qfmt)
    if answertext == "":
        q["qtype"] = "essay"
    elif answertext[0] == "#":
        q["qtype"] = "numerical"
    elif "~" in answertext:
        q["qtype"] = "multichoice"
        q["single"] = 1 if "=" in answertext else 0
        answers = answertext.replace("=", "~=").split("~")
        answers[0] = answers[0].strip()
        if not answers[0]:
            answers.pop(0)
        q["answers"] = []
        for a in answers:
            a = a.strip()
            if a[:1] == "=":
                weight, a = 1.0, a[1:]
            elif _WEIGHT.match(a):
                a = a[1:]
                end = a.find("%")
                weight, a = float(a[:end]) / 100, a[end + 1 :]
            else:
                weight = 0.0
            bits = a.split("#", 1)
            ans = _with_format(bits[0].strip(), qfmt)
            fb = _with_format(bits[1].strip(), qfmt) if len(bits) > 1 else {"text": "", "format": qfmt}
            q["answers"].append({"answer": ans, "fraction": weight, "feedback": fb})
    elif "=" in answertext and "->" in answertext:
        q["qtype"] = "match"
    else:
        check = answertext
        if answertext.find("#") > 0:
            check = answertext[: answertext.find("#")].strip()
        if check in ("T", "TRUE", "F", "FALSE"):
            q["qtype"] = "truefalse"
            bits = answertext.split("#", 2)
            ans = _with_format(bits[0].strip(), qfmt)["text"]
            wrong = _with_format(bits[1].strip(), qfmt) if len(bits) > 1 else {"text": "", "format": qfmt}
            right = _with_format(bits[2].strip(), qfmt) if len(bits) > 2 else {"text": "", "format": qfmt}
            q["correctanswer"] = ans in ("T", "TRUE")
            q["feedbacktrue"] = right if q["correctanswer"] else wrong
            q["feedbackfalse"] = wrong if q["correctanswer"] else right
        else:
            q["qtype"] = "shortanswer"
    return q


def moodle_gift_read(text: str) -> list[dict[str, Any]]:
    """Questions (dicts shaped like Moodle's question objects) from GIFT text."""
    blocks: list[list[str]] = []
    cur: list[str] = []
    for line in text.splitlines():
        if line.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(line.strip())
    if cur:
        blocks.append(cur)
    out = [_read_question(b) for b in blocks]
    return [q for q in out if q is not None]


def shown(field: dict[str, str]) -> str:
    """What Moodle displays for a text field: HTML is decoded, other formats shown as written."""
    return html.unescape(field["text"]) if field["format"] == "html" else field["text"]


# --------------------------------------------------------------------------- Moodle XML


def _trans_single(value: str) -> int:
    value = value.strip()
    return 0 if value in ("false", "") or value == "0" else 1


def _getpath(el: ET.Element, path: str, default: str) -> str:
    found = el.find(path)
    return found.text or "" if found is not None else default


def moodle_xml_read(data: bytes) -> list[dict[str, Any]]:
    """Questions from Moodle XML, with the fields ``qformat_xml`` derives."""
    root = ET.fromstring(data)
    assert root.tag == "quiz"
    out: list[dict[str, Any]] = []
    for q in root.findall("question"):
        qtype = q.get("type")
        if qtype == "category":
            out.append({"qtype": "category", "category": _getpath(q, "category/text", "")})
            continue
        d: dict[str, Any] = {
            "qtype": qtype,
            "name": _getpath(q, "name/text", ""),
            "questiontext": _getpath(q, "questiontext/text", ""),
            "questiontextformat": q.find("questiontext").get("format", "moodle_auto_format"),
        }
        if qtype == "multichoice":
            d["single"] = _trans_single(_getpath(q, "single", "true"))
            d["shuffleanswers"] = _trans_single(_getpath(q, "shuffleanswers", "false"))
            d["answers"] = [
                {"text": _getpath(a, "text", ""), "fraction": float(a.get("fraction", "0")) / 100, "feedback": _getpath(a, "feedback/text", "")} for a in q.findall("answer")
            ]
        elif qtype == "truefalse":
            for a in q.findall("answer"):
                text = _getpath(a, "text", "")
                fb = _getpath(a, "feedback/text", "")
                if text == "true":
                    d["correctanswer"] = a.get("fraction") == "100"
                    d["feedbacktrue"] = fb
                else:
                    d["feedbackfalse"] = fb
        out.append(d)
    return out


# --------------------------------------------------------------------------- Aiken


def moodle_aiken_read(text: str) -> list[dict[str, Any]]:
    """Questions from Aiken text, as ``qformat_aiken::readquestions`` reads them."""
    out: list[dict[str, Any]] = []
    q: dict[str, Any] = {"questiontext": "", "answers": []}
    for line in text.splitlines():
        now = line.strip()
        if not now:
            continue
        if re.match(r"^[A-Z][).][ \t]", now):
            q["answers"].append(now[3:].strip())
        elif now.startswith("ANSWER:"):
            letter = now[7:].strip()[:1]
            q["correct"] = ord(letter) - ord("A")
            out.append(q)
            q = {"questiontext": "", "answers": []}
        else:
            if q["answers"]:
                raise AssertionError(f"question text after options: {now!r}")
            q["questiontext"] = (q["questiontext"] + " " + now).strip()
    assert not q["answers"], "options without an ANSWER: line"
    return out


# --------------------------------------------------------------------------- QTI 1.2

_Q = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"

# Content models from ims_qtiasiv1p2.dtd, written as regexes over "tag " sequences.
_MODELS = {
    "questestinterop": r"(qticomment )?(objectbank |assessment |(section |item )+)",
    "assessment": r"(qticomment )?(duration )?(qtimetadata )*(objectives )*(assessmentcontrol )*(rubric )*(presentation_material )?(outcomes_processing )*(assessproc_extension )?(assessfeedback )*(selection_ordering )?(reference )?(sectionref |section )+",
    "section": r"(qticomment )?(duration )?(qtimetadata )*(objectives )*(sectioncontrol )*(sectionprecondition )*(sectionpostcondition )*(rubric )*(presentation_material )?(outcomes_processing )*(sectionproc_extension )?(sectionfeedback )*(selection_ordering )?(reference )?(itemref |item |sectionref |section )*",
    "item": r"(qticomment )?(duration )?(itemmetadata )?(objectives )*(itemcontrol )*(itemprecondition )*(itempostcondition )*(itemrubric |rubric )*(presentation )?(resprocessing )*(itemproc_extension )?(itemfeedback )*(reference )?",
    "itemmetadata": r"(qtimetadata )*",
    "qtimetadata": r"(vocabulary )?(qtimetadatafield )+",
    "qtimetadatafield": r"fieldlabel fieldentry ",
    "presentation": r"(qticomment )?(flow |(material |material_ref |response_lid |response_xy |response_str |response_num |response_grp |response_extension )+)",
    "material": r"(qticomment )?(mattext |matemtext |matimage |mataudio |matvideo |matapplet |matapplication |matref |matbreak |mat_extension )+(altmaterial )*",
    "response_lid": r"(material |material_ref )?(render_choice |render_hotspot |render_slider |render_fib |render_extension )(material |material_ref )?",
    "render_choice": r"(material |material_ref |response_label |flow_label )*(response_na )?",
    "response_label": r"(qticomment |material |material_ref |flow_mat )*",
    "resprocessing": r"(qticomment )?outcomes (respcondition |itemproc_extension )+",
    "outcomes": r"(qticomment )?(decvar (interpretvar )*)+",
    "respcondition": r"(qticomment )?conditionvar (setvar )*(displayfeedback )*(respcond_extension )?",
    "conditionvar": r"(not |and |or |unanswered |other |varequal |varlt |varlte |vargt |vargte |varsubset |varinside |varsubstring |durequal |durlt |durlte |durgt |durgte |var_extension )+",
    "itemfeedback": r"(flow_mat |material |solution |hint )+",
    "flow_mat": r"(qticomment )?(flow_mat |material |material_ref )+",
}
_LEAVES = {"mattext", "fieldlabel", "fieldentry", "varequal", "setvar", "decvar", "displayfeedback", "other", "qticomment"}
_REQUIRED = {
    "assessment": ["ident"],
    "section": ["ident"],
    "item": ["ident"],
    "response_lid": ["ident"],
    "response_label": ["ident"],
    "varequal": ["respident"],
    "displayfeedback": ["linkrefid"],
    "itemfeedback": ["ident"],
}
_ENUMS = {
    ("response_lid", "rcardinality"): {"Single", "Multiple", "Ordered"},
    ("setvar", "action"): {"Set", "Add", "Subtract", "Multiply", "Divide"},
    ("respcondition", "continue"): {"Yes", "No"},
    ("decvar", "vartype"): {"Integer", "String", "Decimal", "Scientific", "Boolean", "Enumerated", "Set"},
    ("displayfeedback", "feedbacktype"): {"Response", "Solution", "Hint"},
}


def _local(tag: str) -> str:
    return tag.split("}", 1)[-1]


def qti_problems(xml_bytes: bytes) -> list[str]:
    """Every departure from the QTI 1.2 content models and Canvas's conventions (empty if none)."""
    problems: list[str] = []
    root = ET.fromstring(xml_bytes)
    if root.tag != f"{{{_Q}}}questestinterop":
        problems.append(f"root is {root.tag}, expected questestinterop in {_Q}")
    idents: dict[str, int] = {}
    for el in root.iter():
        tag = _local(el.tag)
        if not el.tag.startswith(f"{{{_Q}}}"):
            problems.append(f"<{tag}> is outside the QTI namespace")
        kids = "".join(_local(c.tag) + " " for c in el)
        if tag in _MODELS:
            if not re.fullmatch(_MODELS[tag], kids):
                problems.append(f"<{tag} {el.attrib}> children '{kids.strip()}' do not match ({_MODELS[tag]})")
        elif tag in _LEAVES:
            if len(el):
                problems.append(f"<{tag}> must not have child elements")
        else:
            problems.append(f"<{tag}> is not an element this checker knows from the QTI 1.2 DTD")
        for attr in _REQUIRED.get(tag, []):
            if not el.get(attr):
                problems.append(f"<{tag}> lacks required attribute {attr}")
        for (t, a), allowed in _ENUMS.items():
            if tag == t and el.get(a) is not None and el.get(a) not in allowed:
                problems.append(f"<{tag} {a}={el.get(a)!r}> not in {sorted(allowed)}")
        if tag in ("assessment", "section", "item"):
            idents[el.get("ident", "")] = idents.get(el.get("ident", ""), 0) + 1
    problems += [f"ident {k!r} used {n} times" for k, n in idents.items() if n > 1]

    ns = {"q": _Q}
    for item in root.iterfind(".//q:item", ns):
        iid = item.get("ident")
        meta = {f.findtext("q:fieldlabel", namespaces=ns): f.findtext("q:fieldentry", namespaces=ns) for f in item.iterfind(".//q:qtimetadatafield", ns)}
        if meta.get("question_type") not in ("multiple_choice_question", "true_false_question"):
            problems.append(f"{iid}: question_type {meta.get('question_type')!r}")
        if "points_possible" not in meta:
            problems.append(f"{iid}: no points_possible")
        lids = item.findall("q:presentation/q:response_lid", ns)
        if len(lids) != 1:
            problems.append(f"{iid}: expected one response_lid, found {len(lids)}")
            continue
        labels = [lb.get("ident") for lb in lids[0].iterfind("q:render_choice/q:response_label", ns)]
        if len(labels) != len(set(labels)):
            problems.append(f"{iid}: duplicate response_label idents")
        scoring = [
            rc
            for rc in item.iterfind("q:resprocessing/q:respcondition", ns)
            if any(sv.get("varname", "SCORE") == "SCORE" and (sv.text or "").strip() == "100" and sv.get("action", "Set") == "Set" for sv in rc.iterfind("q:setvar", ns))
        ]
        if len(scoring) != 1:
            problems.append(f"{iid}: expected one respcondition setting SCORE to 100, found {len(scoring)}")
        else:
            eqs = scoring[0].findall("q:conditionvar/q:varequal", ns)
            if len(eqs) != 1 or eqs[0].get("respident") != lids[0].get("ident") or (eqs[0].text or "").strip() not in labels:
                problems.append(f"{iid}: the SCORE condition does not test one response_label of the response_lid")
        feedback_ids = {fb.get("ident") for fb in item.iterfind("q:itemfeedback", ns)}
        for df in item.iterfind(".//q:displayfeedback", ns):
            if df.get("linkrefid") not in feedback_ids:
                problems.append(f"{iid}: displayfeedback {df.get('linkrefid')!r} has no itemfeedback")
    return problems


def qti_items(xml_bytes: bytes) -> list[dict[str, Any]]:
    """Per item: stem, options, the right option's text and the general feedback, as displayed."""
    ns = {"q": _Q}
    root = ET.fromstring(xml_bytes)
    out = []
    for item in root.iterfind(".//q:item", ns):
        pres = item.find("q:presentation", ns)
        labels = {lb.get("ident"): html.unescape(lb.findtext("q:material/q:mattext", namespaces=ns) or "") for lb in pres.iterfind(".//q:response_label", ns)}
        right = None
        for rc in item.iterfind("q:resprocessing/q:respcondition", ns):
            if any((sv.text or "").strip() == "100" for sv in rc.iterfind("q:setvar", ns)):
                right = labels[rc.findtext("q:conditionvar/q:varequal", namespaces=ns).strip()]
        fb = item.find("q:itemfeedback/q:flow_mat/q:material/q:mattext", ns)
        meta = {f.findtext("q:fieldlabel", namespaces=ns): f.findtext("q:fieldentry", namespaces=ns) for f in item.iterfind(".//q:qtimetadatafield", ns)}
        out.append(
            {
                "question_type": meta.get("question_type"),
                "stem": html.unescape(pres.findtext("q:material/q:mattext", namespaces=ns) or ""),
                "options": list(labels.values()),
                "right": right,
                "feedback": html.unescape(fb.text or "") if fb is not None else "",
            }
        )
    return out
