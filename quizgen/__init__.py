"""QuizGen: offline, rule-based reading-comprehension quiz generation.

Public API::

    doc = quizgen.analyze(text)                 # Document: sentences, tokens, chunks, entities
    qs = quizgen.generate(text, n=10, seed=0)   # QuestionSet (pydantic)
    quizgen.pos_tag(["The", "cat"])             # same contract as nltk.pos_tag
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING

from quizgen.errors import (
    ConflictError,
    EmptyInputError,
    ExportError,
    ImportFormatError,
    InputError,
    InputTooLargeError,
    NoItemsError,
    NotEnglishError,
    NotTextError,
    QuizgenError,
    ResourceError,
    SchemaError,
    StoreError,
    TemplateError,
)

if _TYPE_CHECKING:  # the models load lazily (see __getattr__); type checkers see them here
    from quizgen.models import QuestionSet

_LAZY_MODELS = (
    "GeneratorSettings",
    "Item",
    "MultipleChoiceItem",
    "Option",
    "QuestionSet",
    "SourceRef",
    "SourceText",
    "TrueFalseItem",
)


def __getattr__(name: str):
    """The pydantic models load on first use: building their schemas is a third of a cold
    start, and ``analyze`` never needs them."""
    if name in _LAZY_MODELS:
        from quizgen import models

        return getattr(models, name)
    raise AttributeError(f"module 'quizgen' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY_MODELS))


__version__ = "0.1.0"


def analyze(text: str | bytes):  # -> Document
    """Clean and analyse an article; see :mod:`quizgen.text.analyze`."""
    from quizgen.text.analyze import analyze as _analyze

    return _analyze(text)


def generate(text: str | bytes, *, n: int = 10, types=("mcq", "tf"), seed: int = 0, title: str | None = None) -> "QuestionSet":
    """Generate a ranked question set from an article; see :mod:`quizgen.pipeline`."""
    from quizgen.pipeline import generate as _generate

    return _generate(text, n=n, types=types, seed=seed, title=title)


def pos_tag(tokens: list[str]) -> list[tuple[str, str]]:
    """Tag tokens with Penn Treebank tags using the project's own perceptron tagger."""
    from quizgen.text.tagger import pos_tag as _pos_tag

    return _pos_tag(tokens)


__all__ = [
    "ConflictError",
    "EmptyInputError",
    "ExportError",
    "GeneratorSettings",
    "ImportFormatError",
    "InputError",
    "InputTooLargeError",
    "Item",
    "MultipleChoiceItem",
    "NoItemsError",
    "NotEnglishError",
    "NotTextError",
    "Option",
    "QuestionSet",
    "QuizgenError",
    "ResourceError",
    "SchemaError",
    "SourceRef",
    "SourceText",
    "StoreError",
    "TemplateError",
    "TrueFalseItem",
    "__version__",
    "analyze",
    "generate",
    "pos_tag",
]
