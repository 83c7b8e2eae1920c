"""Rebuild the language-resource artifacts: ``python -m quizgen.resources.build``.

Usage::

    python -m quizgen.resources.build [--nltk-data DIR] [--out DIR] [--only NAME]...

The NLTK data folder is build input only (the app never reads it): ``--nltk-data``,
else ``$NLTK_DATA``, else ``../shared/nltk_data`` next to the repository. Every public
module of :mod:`quizgen.resources.builders` is a builder (found with :mod:`pkgutil`,
run sorted by name, so a new ``builders/foo.py`` needs no registration here) exposing
``build(nltk_data: Path, out_dir: Path) -> list[Path]``. Builders write atomically and
deterministically: the same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import time
from pathlib import Path
from types import ModuleType

from quizgen.errors import QuizgenError, ResourceError
from quizgen.resources import RESOURCE_DIR

#: Total size budget for all committed artifacts (the app ships them in the wheel).
SIZE_BUDGET_BYTES = 15_000_000


def default_nltk_data() -> Path:
    """``$NLTK_DATA`` (first entry) if set, else ``<repo>/../shared/nltk_data``."""
    env = os.environ.get("NLTK_DATA")
    if env:
        return Path(env.split(os.pathsep)[0])
    repo = Path(__file__).resolve().parents[2]
    return repo.parent / "shared" / "nltk_data"


def builder_names() -> list[str]:
    """Names of all builder modules, sorted (``_private`` modules are helpers, not builders)."""
    from quizgen.resources import builders

    return sorted(m.name for m in pkgutil.iter_modules(builders.__path__) if not m.name.startswith("_"))


def load_builder(name: str) -> ModuleType:
    module = importlib.import_module(f"quizgen.resources.builders.{name}")
    if not callable(getattr(module, "build", None)):
        raise ResourceError(f"Builder module {module.__name__} has no build(nltk_data, out_dir) function.")
    return module


def run(nltk_data: Path, out_dir: Path, only: list[str] | None = None, *, log=print) -> list[Path]:
    """Run the selected builders (all when ``only`` is empty) and return the files written."""
    nltk_data = Path(nltk_data)
    if not nltk_data.is_dir():
        raise ResourceError(
            f"NLTK data folder {nltk_data} not found; pass --nltk-data DIR or set $NLTK_DATA "
            "(the repository expects ../shared/nltk_data)."
        )
    names = builder_names()
    if only:
        unknown = sorted(set(only) - set(names))
        if unknown:
            raise ResourceError(f"Unknown builder(s) {', '.join(unknown)}; choose from {', '.join(names)}.")
        names = [n for n in names if n in only]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in names:
        t0 = time.perf_counter()
        paths = load_builder(name).build(nltk_data, out_dir)
        for p in paths:
            log(f"{name}: wrote {p} ({Path(p).stat().st_size:,} bytes) in {time.perf_counter() - t0:.1f}s")
        written.extend(Path(p) for p in paths)
    total = sum(p.stat().st_size for p in out_dir.glob("*.json.gz"))
    log(f"all artifacts in {out_dir}: {total:,} bytes (budget {SIZE_BUDGET_BYTES:,})")
    if total > SIZE_BUDGET_BYTES:
        raise ResourceError(f"Artifacts total {total:,} bytes, over the {SIZE_BUDGET_BYTES:,}-byte budget; prune them.")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quizgen.resources.build", description=__doc__.splitlines()[0])
    parser.add_argument("--nltk-data", type=Path, default=None, help="NLTK data folder (default: $NLTK_DATA or ../shared/nltk_data)")
    parser.add_argument("--out", type=Path, default=RESOURCE_DIR, help=f"output folder (default: {RESOURCE_DIR})")
    parser.add_argument("--only", action="append", default=[], metavar="NAME", help=f"run only this builder (repeatable): {', '.join(builder_names())}")
    args = parser.parse_args(argv)
    try:
        run(args.nltk_data or default_nltk_data(), args.out, args.only)
    except QuizgenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
