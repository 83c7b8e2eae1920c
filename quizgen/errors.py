"""Typed errors for QuizGen.

Every error a user can cause is a :class:`QuizgenError`, so callers (the CLI, the
Streamlit pages, batch jobs) can catch one base class and show its message, which
always says what to do next.

    QuizgenError
    ├── InputError               the text given cannot be used
    │   ├── EmptyInputError      nothing but whitespace, or no sentence at all
    │   ├── InputTooLargeError   over the documented size limit
    │   ├── NotTextError         bytes that are not UTF-8 text (binary files)
    │   └── NotEnglishError      mostly not English
    ├── NoItemsError             the text yielded no usable question
    ├── ResourceError            a built language resource is missing or corrupt
    ├── TemplateError            a template registry misuse (bad or duplicate name)
    ├── SchemaError              a question set does not match the schema
    ├── ExportError              a question set cannot be written in a format
    ├── ImportFormatError        a file in an exchange format is malformed
    └── StoreError               the question bank or quiz store refused an operation
        └── ConflictError        someone else saved first (concurrent edit)
"""

from __future__ import annotations


class QuizgenError(Exception):
    """Base class of every error QuizGen raises on purpose."""


class InputError(QuizgenError):
    """The input text cannot be used."""


class EmptyInputError(InputError):
    """The input is empty, whitespace only, or contains no sentence."""


class InputTooLargeError(InputError):
    """The input is larger than the documented limit."""


class NotTextError(InputError):
    """The input is binary data or not valid UTF-8."""


class NotEnglishError(InputError):
    """The input is mostly not English."""


class NoItemsError(QuizgenError):
    """The text was analysed, but no item passed the quality checks."""


class ResourceError(QuizgenError):
    """A built language resource is missing or unreadable."""


class TemplateError(QuizgenError):
    """A template was registered or looked up wrongly."""


class SchemaError(QuizgenError):
    """A question set does not match the schema.

    ``errors`` holds one ``(json_path, message)`` pair per problem.
    """

    def __init__(self, message: str, errors: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


class ExportError(QuizgenError):
    """A question set cannot be written in the requested format."""


class ImportFormatError(QuizgenError):
    """A file in an exchange format is malformed; the message names where."""


class StoreError(QuizgenError):
    """The question bank or quiz store refused an operation."""


class ConflictError(StoreError):
    """The stored copy changed since it was loaded; saving would overwrite someone's edit."""
