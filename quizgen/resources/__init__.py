"""Built language resources (tagger, chunker, Punkt parameters, lexicon, gazetteer).

The artifacts are gzip-compressed JSON files committed next to this module and
rebuilt by ``make resources`` (:mod:`quizgen.resources.build`). At run time they
are only *read*, never downloaded: :func:`load_json_gz` is the one entry point, so a
missing or damaged file always produces the same actionable :class:`ResourceError`.
"""

from __future__ import annotations

import functools
import gzip
import json
import zlib
from pathlib import Path
from typing import Any

from quizgen.errors import ResourceError

RESOURCE_DIR: Path = Path(__file__).resolve().parent


def resource_path(name: str) -> Path:
    """Path of artifact ``name`` (``"tagger"`` or ``"tagger.json.gz"``) in :data:`RESOURCE_DIR`."""
    file_name = name if name.endswith(".json.gz") else f"{name}.json.gz"
    return RESOURCE_DIR / file_name


@functools.lru_cache(maxsize=None)
def load_json_gz(name: str) -> Any:
    """Load and cache artifact ``name`` (once per process; callers must not mutate it).

    Raises :class:`ResourceError` telling the user to rebuild when the file is
    absent, truncated or not valid JSON.
    """
    path = resource_path(name)
    try:
        with gzip.open(path, "rb") as f:
            raw = f.read()
        return json.loads(raw)
    except FileNotFoundError:
        raise ResourceError(
            f"Language resource {path.name} is missing from {RESOURCE_DIR}; "
            "run `make resources` (needs ../shared/nltk_data or $NLTK_DATA) to rebuild it."
        ) from None
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise ResourceError(
            f"Language resource {path.name} in {RESOURCE_DIR} is corrupt ({exc.__class__.__name__}: {exc}); "
            "run `make resources` to rebuild it."
        ) from None


__all__ = ["RESOURCE_DIR", "load_json_gz", "resource_path"]
