"""The single schema of QuizGen: question sets, items and generator settings.

JSON goes out through ``model_dump_json`` and comes in through ``model_validate_json``;
the JSON Schema is ``QuestionSet.model_json_schema()`` (``quizgen schema``). Exporters,
the bank, the store and the Streamlit pages all read these models; nothing else
defines a question set.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from quizgen.errors import SchemaError

SCHEMA_VERSION = "1.0"

ItemType = Literal["mcq", "tf"]
Difficulty = Literal["easy", "medium", "hard"]
Status = Literal["draft", "approved", "rejected"]
OptionOrigin = Literal["key", "article", "wordnet", "perturbation", "truth", "teacher"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Option(_Strict):
    """One answer option of an item."""

    text: str = Field(min_length=1, description="What the student reads.")
    correct: bool = Field(default=False, description="True for the one right option.")
    origin: OptionOrigin = Field(
        default="teacher",
        description=(
            "Where the option came from: the answer key, another phrase of the article, "
            "the WordNet lexicon, a numeric or date perturbation, the fixed True/False pair, "
            "or a teacher's edit."
        ),
    )


class SourceRef(_Strict):
    """Where in the article an item comes from (character offsets into the original text)."""

    sentence_index: int = Field(ge=0, description="Index of the source sentence in the Document.")
    start: int = Field(ge=0, description="Start of the source sentence in the original text.")
    end: int = Field(ge=0, description="End (exclusive) of the source sentence in the original text.")
    sentence: str = Field(description="The source sentence as it stands in the article.")

    @model_validator(mode="after")
    def _span_ordered(self) -> "SourceRef":
        if self.end < self.start:
            raise ValueError("end must not be before start")
        return self


class _ItemBase(_Strict):
    id: str = Field(min_length=1, description="Stable id: a hash of template, source span and key.")
    stem: str = Field(min_length=1, description="The question or statement shown to the student.")
    options: list[Option] = Field(description="Answer options; exactly one is correct.")
    explanation: str = Field(default="", description="Why the key is right; by default the source sentence.")
    source: SourceRef | None = Field(default=None, description="Source sentence and span; None for hand-written items.")
    template: str = Field(default="teacher", description="Id of the template that made the item, e.g. 'wh.who'.")
    score: float = Field(default=0.0, description="Ranking score; higher is better.")
    difficulty: Difficulty = Field(default="medium", description="Estimated difficulty.")
    tags: list[str] = Field(default_factory=list, description="Free tags: answer type, teacher labels.")
    status: Status = Field(default="draft", description="Teacher review state.")

    @field_validator("options")
    @classmethod
    def _one_correct_unique(cls, options: list[Option]) -> list[Option]:
        n_correct = sum(o.correct for o in options)
        if n_correct != 1:
            raise ValueError(f"exactly one option must be correct, found {n_correct}")
        seen: set[str] = set()
        for o in options:
            key = o.text.casefold()
            if key in seen:
                raise ValueError(f"options must be distinct; {o.text!r} appears twice")
            seen.add(key)
        return options

    @property
    def answer(self) -> str:
        """Text of the correct option."""
        return next(o.text for o in self.options if o.correct)

    @property
    def correct_index(self) -> int:
        return next(i for i, o in enumerate(self.options) if o.correct)


class MultipleChoiceItem(_ItemBase):
    """A question (wh-question, cloze or 'which statement is true') with 2-6 options."""

    type: Literal["mcq"] = "mcq"

    @field_validator("options")
    @classmethod
    def _mcq_size(cls, options: list[Option]) -> list[Option]:
        if not 2 <= len(options) <= 6:
            raise ValueError(f"a multiple-choice item needs 2 to 6 options, found {len(options)}")
        return options


class TrueFalseItem(_ItemBase):
    """A statement the student marks True or False. Options are exactly 'True' and 'False'."""

    type: Literal["tf"] = "tf"

    @field_validator("options")
    @classmethod
    def _true_false(cls, options: list[Option]) -> list[Option]:
        if [o.text for o in options] != ["True", "False"]:
            raise ValueError("a true/false item has exactly the options 'True' and 'False', in that order")
        return options

    @property
    def truth(self) -> bool:
        return self.options[0].correct


Item = Annotated[Union[MultipleChoiceItem, TrueFalseItem], Field(discriminator="type")]


class GeneratorSettings(_Strict):
    """The settings that, with the text, determine a question set exactly."""

    n: int = Field(default=10, ge=1, le=200, description="Number of items requested.")
    types: list[ItemType] = Field(default_factory=lambda: ["mcq", "tf"], min_length=1)
    seed: int = Field(default=0, description="Seed for option order and tie-breaking.")
    generator_version: str = Field(default="", description="QuizGen version that generated the set.")


class SourceText(_Strict):
    """The article a set was generated from."""

    sha256: str = Field(default="", description="SHA-256 of the original text (UTF-8).")
    chars: int = Field(default=0, ge=0)
    text: str | None = Field(default=None, description="The original text, when kept with the set.")


class QuestionSet(_Strict):
    """A titled, ordered list of items plus where they came from."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    title: str = Field(min_length=1)
    source: SourceText = Field(default_factory=SourceText)
    settings: GeneratorSettings = Field(default_factory=GeneratorSettings)
    items: list[Item] = Field(default_factory=list)

    @field_validator("items")
    @classmethod
    def _unique_ids(cls, items: list[MultipleChoiceItem | TrueFalseItem]) -> list[MultipleChoiceItem | TrueFalseItem]:
        seen: set[str] = set()
        for it in items:
            if it.id in seen:
                raise ValueError(f"item ids must be unique; {it.id!r} appears twice")
            seen.add(it.id)
        return items

    def to_json(self) -> str:
        """Canonical JSON: indented, key order of the models, newline at the end."""
        return self.model_dump_json(indent=2) + "\n"

    @classmethod
    def from_json(cls, data: str | bytes) -> "QuestionSet":
        """Parse and validate; raise :class:`SchemaError` with ``[path] message`` lines."""
        try:
            return cls.model_validate_json(data)
        except ValidationError as e:
            errors = validation_errors(e)
            lines = "\n".join(f"[{p}] {m}" for p, m in errors)
            raise SchemaError(f"The question set is not valid:\n{lines}", errors) from e
        except (UnicodeDecodeError, ValueError) as e:
            raise SchemaError(f"The file is not JSON text: {e}", [("$", str(e))]) from e


def validation_errors(e: ValidationError) -> list[tuple[str, str]]:
    """Turn a pydantic error into ``(json_path, message)`` pairs, e.g. ``$.items[2].options``."""
    out: list[tuple[str, str]] = []
    for err in e.errors():
        path = "$"
        for part in err.get("loc", ()):
            if isinstance(part, int):
                path += f"[{part}]"
            elif part in ("mcq", "tf"):
                continue  # discriminator tag in the location; not part of the JSON path
            else:
                path += f".{part}"
        out.append((path, err.get("msg", "invalid")))
    return out


def json_schema() -> str:
    """The published JSON Schema of a question set."""
    return json.dumps(QuestionSet.model_json_schema(), indent=2, sort_keys=True) + "\n"


__all__ = [
    "SCHEMA_VERSION",
    "Difficulty",
    "GeneratorSettings",
    "Item",
    "ItemType",
    "MultipleChoiceItem",
    "Option",
    "QuestionSet",
    "SourceRef",
    "SourceText",
    "Status",
    "TrueFalseItem",
    "json_schema",
    "validation_errors",
]
