"""Property test: any item text (Unicode, GIFT specials, markup, tabs, line breaks) survives
JSON -> GIFT -> JSON and JSON -> Moodle XML -> JSON exactly.

Control characters (Unicode category Cc other than tab and newline) are outside the contract:
XML cannot carry them, and the exporters drop them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_fixtures import mcq, same_items, tf  # noqa: E402

from quizgen.export import export_set, import_set  # noqa: E402
from quizgen.models import QuestionSet  # noqa: E402

_chars = st.one_of(
    st.characters(blacklist_categories=("Cs", "Cc")),
    st.sampled_from(list("~=#{}:\\<>&[]%;/ \n\t") + ["[html]", "[plain]", "%50%", "&amp;", "<br>", "]]>", "::", "####", "->", "//", "\u2028", "\u00a0"]),
)
_text = st.lists(_chars, min_size=1, max_size=25).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(stem=_text, options=st.lists(_text, min_size=2, max_size=6), explanation=_text, k=st.integers(0, 5), truth=st.booleans(), item_id=_text, title=_text)
@pytest.mark.parametrize("fmt", ["gift", "moodle-xml"])
def test_any_text_round_trips(fmt: str, stem: str, options: list[str], explanation: str, k: int, truth: bool, item_id: str, title: str) -> None:
    try:
        qs = QuestionSet(title=title, items=[mcq(item_id, stem, options, k % len(options), explanation), tf(item_id + "-tf", stem, truth, explanation)])
    except ValidationError:
        return  # not a valid set to begin with (blank or duplicate texts)
    back = import_set(export_set(qs, fmt), fmt)
    assert same_items(qs, back) == []


_any = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(stem=_any, options=st.lists(_any, min_size=2, max_size=6), explanation=_any, title=_any, article=_any)
def test_every_format_accepts_any_text(stem: str, options: list[str], explanation: str, title: str, article: str) -> None:
    """Control characters, emoji, RTL text...: every exporter returns bytes, never a crash."""
    from quizgen.export import FORMATS
    from quizgen.models import SourceText

    try:
        qs = QuestionSet(title=title, source=SourceText(text=article), items=[mcq("m", stem, options, 0, explanation), tf("t", stem, True, explanation)])
    except ValidationError:
        return
    for fmt in FORMATS:
        assert export_set(qs, fmt, include_article=bool(article.strip()))
