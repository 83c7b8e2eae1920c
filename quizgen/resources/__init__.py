"""Built language resources (tagger, chunker, Punkt parameters, lexicon, gazetteer).

The artifacts are gzip-compressed JSON files committed next to this module and
rebuilt by ``make resources`` (:mod:`quizgen.resources.build`). At run time they
are only *read*, never downloaded: :func:`load_json_gz` is the one entry point, so a
missing or damaged file always produces the same actionable :class:`ResourceError`.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import os
import pickle
import sys
import zlib
from pathlib import Path
from typing import Any, Callable, TypeVar

T = TypeVar("T")

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


def cache_dir() -> Path:
    """Where built models are cached between processes (``$QUIZGEN_CACHE_DIR`` or the user cache)."""
    env = os.environ.get("QUIZGEN_CACHE_DIR")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "quizgen"


def cached_model(name: str, build: Callable[[Any], T], version: str = "") -> T:
    """``build(load_json_gz(name))``, kept between processes in :func:`cache_dir`.

    Why: turning the tagger's and chunker's JSON into their lookup tables takes about a
    second per process, most of a cold start. The built object is pickled once, keyed by
    the SHA-256 of the committed artifact and the Python version, so a rebuilt artifact or
    another interpreter never reads a stale cache; ``version`` names the layout of the built
    object, so changing the loading code (bump it) never unpickles an old layout. The cache is derived data: a missing,
    unreadable or unwritable cache only costs the build, never an error.
    """
    path = resource_path(name)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:20]
    except OSError:
        return build(load_json_gz(name))  # load_json_gz raises the helpful ResourceError
    tag = f"-{version}" if version else ""
    cfile = cache_dir() / f"{path.name.split('.')[0]}-{digest}{tag}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"
    try:
        with open(cfile, "rb") as f:
            return pickle.load(f)
    except Exception:  # noqa: BLE001 - any problem with the cache means: rebuild it
        pass
    model = build(load_json_gz(name))
    try:
        from quizgen.fsutil import atomic_write_bytes

        atomic_write_bytes(cfile, pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass
    return model


__all__ = ["RESOURCE_DIR", "cache_dir", "cached_model", "load_json_gz", "resource_path"]
