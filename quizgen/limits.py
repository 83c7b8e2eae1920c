"""Documented input limits, in one place, with the checks that enforce them.

Why these numbers:

* ``MAX_TEXT_CHARS`` (6,000,000 characters) is the largest article :func:`quizgen.analyze`
  and :func:`quizgen.generate` accept. It is above the 5 MB text of the memory benchmark
  (``benchmarks/bench_memory.py``: peak RSS at most 500 MB), so everything up to the limit
  is measured, and far above any real article (a 1,000-word article is about 6,000
  characters), so the limit only stops mistakes such as a whole book or a log file.
* ``MAX_UPLOAD_BYTES`` (12 MiB) is the largest file read from disk or accepted by an
  upload widget. It is checked *before* the bytes are read or decoded, so a huge or binary
  file costs nothing. It is twice ``MAX_TEXT_CHARS`` in bytes (rounded) so that any text
  under the character limit also fits in UTF-8 with a fair share of non-ASCII characters;
  the character limit is then checked on the decoded text.
* ``MAX_ITEMS`` (200) is the most items one question set may ask for; it matches
  ``GeneratorSettings.n`` (``le=200``) in :mod:`quizgen.models`.

The checks raise :class:`~quizgen.errors.QuizgenError` subclasses whose message says the
limit and what to do, so the CLI, the app and batch jobs can show them as they are.
"""

from __future__ import annotations

from quizgen.errors import InputError, InputTooLargeError

MAX_TEXT_CHARS: int = 6_000_000
"""Largest text (in characters, after decoding) that analyze/generate accept."""

MAX_UPLOAD_BYTES: int = 12 * 1024 * 1024
"""Largest input file or upload (in bytes), checked before reading or decoding."""

MAX_UPLOAD_MB: int = MAX_UPLOAD_BYTES // (1024 * 1024)
"""``MAX_UPLOAD_BYTES`` in whole MiB, e.g. for Streamlit's ``server.maxUploadSize``."""

MAX_ITEMS: int = 200
"""Most items one question set may request (``n``)."""

MIN_ITEMS: int = 1
"""Fewest items one question set may request."""


def _human_bytes(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n} bytes"


def check_upload_size(n_bytes: int, *, name: str = "The file") -> None:
    """Raise :class:`InputTooLargeError` when a file or upload is over ``MAX_UPLOAD_BYTES``."""
    if n_bytes > MAX_UPLOAD_BYTES:
        raise InputTooLargeError(
            f"{name} is {_human_bytes(n_bytes)}; the largest accepted is "
            f"{_human_bytes(MAX_UPLOAD_BYTES)} ({MAX_UPLOAD_BYTES:,} bytes). "
            "Split it into smaller articles."
        )


def check_text_size(n_chars: int) -> None:
    """Raise :class:`InputTooLargeError` when a decoded text is over ``MAX_TEXT_CHARS``."""
    if n_chars > MAX_TEXT_CHARS:
        raise InputTooLargeError(
            f"The text has {n_chars:,} characters; the largest accepted is "
            f"{MAX_TEXT_CHARS:,}. Split it into smaller articles."
        )


def check_items(n: int) -> None:
    """Raise :class:`InputError` when ``n`` is not a whole number from 1 to ``MAX_ITEMS``."""
    if isinstance(n, bool) or not isinstance(n, int) or not MIN_ITEMS <= n <= MAX_ITEMS:
        raise InputError(
            f"The number of items must be a whole number from {MIN_ITEMS} to {MAX_ITEMS}; got {n!r}."
        )


__all__ = [
    "MAX_ITEMS",
    "MAX_TEXT_CHARS",
    "MAX_UPLOAD_BYTES",
    "MAX_UPLOAD_MB",
    "MIN_ITEMS",
    "check_items",
    "check_text_size",
    "check_upload_size",
]
