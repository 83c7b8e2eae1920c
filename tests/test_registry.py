"""The template registry refuses bad names and name clashes."""

import pytest

from quizgen.errors import TemplateError
from quizgen.templates.base import Template
from quizgen.templates.registry import FAMILIES, get, load_all, register


def test_every_family_registers_templates():
    reg = load_all()
    assert {name.split(".")[0] for name in reg} >= {"wh", "cloze", "tf", "which"}
    assert len(FAMILIES) == 7


def test_bad_names_and_duplicates_are_refused():
    fn = lambda ctx: []  # noqa: E731
    with pytest.raises(TemplateError, match="family.variant"):
        register(Template("NoDot", "mcq", 0.5, "x", fn))
    with pytest.raises(TemplateError, match="already taken"):
        register(Template("wh.subject", "mcq", 0.5, "x", fn))
    with pytest.raises(TemplateError, match="reliability"):
        register(Template("x.y", "mcq", 2.0, "x", fn))


def test_unknown_template_lookup_is_a_clear_error():
    with pytest.raises(TemplateError, match="No template named"):
        get("wh.nonexistent")
