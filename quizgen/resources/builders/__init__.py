"""Builders of the language-resource artifacts, one module per artifact family.

:mod:`quizgen.resources.build` discovers every public module here (sorted by name)
and calls its ``build(nltk_data: Path, out_dir: Path) -> list[Path]``. This package
module holds the helpers they share so that every artifact is written the same way:
deterministic bytes (sorted-key compact JSON, gzip with ``mtime=0`` and no file
name), an atomic rename, and a metadata header naming each input zip and its sha256.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from quizgen.errors import ResourceError
from quizgen.fsutil import atomic_write_bytes

#: Bumped when the artifact layout changes incompatibly.
FORMAT_VERSION = 1


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in chunks (the WordNet zip is ~11 MB)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def input_zip(nltk_data: Path, rel: str) -> Path:
    """``nltk_data/rel`` if it exists, else a :class:`ResourceError` saying what is missing."""
    path = Path(nltk_data) / rel
    if not path.is_file():
        raise ResourceError(
            f"Build input {path} not found; pass --nltk-data DIR (or set $NLTK_DATA) to a folder "
            f"holding {rel}."
        )
    return path


def zip_root(nltk_data: Path, rel: str, inner: str):
    """An NLTK ``ZipFilePathPointer`` to folder ``inner`` inside zip ``nltk_data/rel``.

    Corpus readers built on it read straight from the zip. NLTK's path sandbox only
    opens files under a folder listed in ``nltk.data.path``, so the input folder is
    added there (build process only; run-time code never reads nltk_data).
    """
    import nltk.data
    from nltk.data import ZipFilePathPointer

    root = str(Path(nltk_data).resolve())
    if root not in nltk.data.path:
        nltk.data.path.insert(0, root)
    return ZipFilePathPointer(str(input_zip(nltk_data, rel)), inner)


def meta(artifact: str, nltk_data: Path, inputs: list[str], **params: Any) -> dict[str, Any]:
    """Metadata header: artifact name, format version, inputs with sha256, build parameters."""
    return {
        "artifact": artifact,
        "format": FORMAT_VERSION,
        "inputs": [{"file": rel, "sha256": sha256_file(input_zip(nltk_data, rel))} for rel in inputs],
        "params": params,
    }


def dumps_gz(obj: Any) -> bytes:
    """Deterministic gzip-compressed JSON bytes for ``obj``."""
    raw = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return gzip.compress(raw, compresslevel=9, mtime=0)


def write_json_gz(path: Path, obj: Any) -> Path:
    """Write ``obj`` to ``path`` atomically as deterministic gzip JSON and return the path."""
    atomic_write_bytes(path, dumps_gz(obj))
    os.chmod(path, 0o644)  # the temporary file was private; artifacts are package data
    return Path(path)
