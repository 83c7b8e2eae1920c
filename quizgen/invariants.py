"""Checks every generated item must pass, shared by the tests and the quality report.

Each check returns a list of violation messages (empty when the item is fine). They
read only the QuestionSet and the article text, so they also work on sets a teacher
edited or imported.
"""

from __future__ import annotations

import re

from quizgen.models import MultipleChoiceItem, QuestionSet, TrueFalseItem

BLANK = "_____"
_PRONOUN_START = re.compile(r"^(he|she|it|they|this|these|those|him|her|them)\b", re.I)


def normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def item_violations(item: MultipleChoiceItem | TrueFalseItem, article: str | None) -> list[str]:
    out: list[str] = []
    n_correct = sum(o.correct for o in item.options)
    if n_correct != 1:
        out.append(f"{n_correct} correct options")
    if any(not o.text.strip() for o in item.options):
        out.append("empty option")
    if _PRONOUN_START.match(item.stem.strip()):
        out.append("stem starts with a pronoun")
    if isinstance(item, MultipleChoiceItem):
        texts = [normalise(o.text) for o in item.options]
        if len(item.options) != 4:
            out.append(f"{len(item.options)} options instead of 4")
        if len(set(texts)) != len(texts):
            out.append("options are not distinct")
        if item.template.startswith("wh.") and not item.stem.endswith("?"):
            out.append("wh-stem does not end with '?'")
        if item.template.startswith("cloze."):
            if item.stem.count(BLANK) != 1 or "______" in item.stem:
                out.append("cloze blank does not appear exactly once")
        if item.source is not None and not item.template.startswith("which.") and normalise(item.answer) not in normalise(item.source.sentence):
            out.append("key is not in the source sentence")
        if item.template.startswith("which.") and article is not None:
            for o in item.options:
                if not o.correct and normalise(o.text.rstrip(".")) in normalise(article):
                    out.append(f"false option is in the article: {o.text!r}")
    if isinstance(item, TrueFalseItem) and not item.truth and article is not None:
        if normalise(item.stem.rstrip(".")) in normalise(article):
            out.append("false statement is in the article")
    return out


def set_violations(qs: QuestionSet) -> dict[str, list[str]]:
    """Item id -> its violations, for items that have any."""
    article = qs.source.text
    out: dict[str, list[str]] = {}
    for item in qs.items:
        v = item_violations(item, article)
        if v:
            out[item.id] = v
    return out
