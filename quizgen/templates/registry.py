"""The one place that lists every template.

Adding a template: write ``quizgen/templates/<family>.py`` with a function decorated by
``@template(...)``, and add the module's name to ``FAMILIES`` below.
"""

from __future__ import annotations

import importlib
import re
from typing import Literal

from quizgen.errors import TemplateError
from quizgen.templates.base import Template, TemplateFn

FAMILIES = ("wh_subject", "wh_object", "wh_quantity", "wh_speaker", "cloze", "truefalse", "which_true")

_NAME = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
_REGISTRY: dict[str, Template] = {}
_loaded = False


def template(name: str, *, kind: Literal["mcq", "tf"], reliability: float, description: str):
    """Decorator that registers ``fn`` as a template under ``name`` ("family.variant")."""

    def deco(fn: TemplateFn) -> TemplateFn:
        register(Template(name, kind, reliability, description, fn))
        return fn

    return deco


def register(t: Template) -> None:
    if not _NAME.match(t.name):
        raise TemplateError(f"Template name {t.name!r} is not of the form 'family.variant' in lower case.")
    if t.kind not in ("mcq", "tf"):
        raise TemplateError(f"Template {t.name!r} has kind {t.kind!r}; use 'mcq' or 'tf'.")
    if not 0.0 <= t.reliability <= 1.0:
        raise TemplateError(f"Template {t.name!r} has reliability {t.reliability}; use a number from 0 to 1.")
    old = _REGISTRY.get(t.name)
    if old is not None and old.fn is not t.fn:
        raise TemplateError(f"Template name {t.name!r} is already taken by {old.fn.__module__}.{old.fn.__qualname__}.")
    _REGISTRY[t.name] = t


def load_all() -> dict[str, Template]:
    """Import every family module once and return the registry (name -> Template)."""
    global _loaded
    if not _loaded:
        for fam in FAMILIES:
            importlib.import_module(f"quizgen.templates.{fam}")
        _loaded = True
    return dict(sorted(_REGISTRY.items()))


def get(name: str) -> Template:
    reg = load_all()
    try:
        return reg[name]
    except KeyError:
        raise TemplateError(f"No template named {name!r}. Known: {', '.join(reg)}.") from None
