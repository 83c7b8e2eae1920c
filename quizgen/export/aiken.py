"""Aiken: Moodle's simplest text format (stem line, ``A. option`` lines, ``ANSWER: X``).

Aiken has no names, feedback or escaping, so this is export only: every text is put on one
line, and a stem that would itself look like an option line (``A. Smith said...``) gets a
no-break space after its letter, which Moodle's pattern (letter, dot or bracket, space or
tab) does not match, while the reader sees the same text.
"""

from __future__ import annotations

import re

from quizgen.models import QuestionSet

_OPTION_LINE = re.compile(r"^([A-Z][.)])[ \t]")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _line(text: str) -> str:
    return " ".join(text.split())


def export_aiken(qs: QuestionSet) -> bytes:
    """The set in Aiken format (UTF-8); true/false items become ``A. True`` / ``B. False``."""
    blocks = []
    for item in qs.items:
        stem = _OPTION_LINE.sub(lambda m: m.group(1) + "\u00a0", _line(item.stem))
        lines = [stem]
        lines += [f"{_LETTERS[i]}. {_line(o.text)}" for i, o in enumerate(item.options)]
        lines.append(f"ANSWER: {_LETTERS[item.correct_index]}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks).encode("utf-8")
