"""Shared helpers of the benchmark scripts: find the corpus, build articles, print figures.

Not a benchmark itself (``run_all.py`` skips files starting with ``_``). The corpus is read
from ``../shared`` next to the repository (or ``$QUIZGEN_SHARED``) and never copied.
A script calls :func:`corpus_or_exit` first, so it exits 0 with a message when the corpus is
absent (a clone without ``shared/``).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
from pathlib import Path
from typing import Iterable, Sequence

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from anywhere: import the working tree's quizgen
    sys.path.insert(0, str(REPO))
LEVELS = ("ele", "int", "adv")


def quick(args_quick: bool) -> bool:
    """A smoke run: ``--quick`` on the command line or ``QUIZGEN_BENCH_QUICK=1`` (run_all --quick)."""
    return args_quick or os.environ.get("QUIZGEN_BENCH_QUICK", "") not in ("", "0")


def shared_dir() -> Path:
    env = os.environ.get("QUIZGEN_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def corpus_dir() -> Path:
    return shared_dir() / "corpus" / "onestop"


def corpus_or_exit(script: str) -> Path:
    """The corpus folder; exit 0 with a message when it is absent."""
    d = corpus_dir()
    if not all((d / lvl).is_dir() for lvl in LEVELS):
        print(f"{script}: corpus not found at {d} (set QUIZGEN_SHARED); nothing measured.")
        raise SystemExit(0)
    return d


def pipeline_or_exit(script: str) -> None:
    """Exit 0 with a message when the generator is not in this tree."""
    try:
        import quizgen.pipeline  # noqa: F401
        import quizgen.text.analyze  # noqa: F401
    except ImportError as e:
        print(f"{script}: the generator is not importable ({e}); nothing measured.")
        raise SystemExit(0)


def read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")


def corpus_files(level: str | None = None) -> list[Path]:
    d = corpus_dir()
    levels = [level] if level else list(LEVELS)
    return [p for lvl in levels for p in sorted((d / lvl).glob("*.txt"))]


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n") if p.strip()]


def words(text: str) -> int:
    return len(text.split())


def thousand_word_articles(target: int = 1000, min_words: int = 950) -> list[tuple[str, str]]:
    """(name, text) of real ~1,000-word articles: advanced-level texts of at least ``min_words``
    words, cut after the first paragraph that brings them to ``target`` words. One text each,
    so every article is a single natural story (no concatenated topics)."""
    out: list[tuple[str, str]] = []
    for p in corpus_files("adv"):
        paras = paragraphs(read_text(p))
        if sum(words(x) for x in paras) < min_words:
            continue
        kept: list[str] = []
        for para in paras:
            kept.append(para)
            if sum(words(x) for x in kept) >= target:
                break
        out.append((p.stem, "\n\n".join(kept) + "\n"))
    return out


def median(xs: Iterable[float]) -> float:
    return statistics.median(list(xs))


def quantile(xs: Sequence[float], q: float) -> float:
    s = sorted(xs)
    if not s:
        return float("nan")
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def pin_one_core() -> str:
    """Run this process on one CPU, so 'per core' figures do not borrow the second core."""
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)"


def table(rows: list[tuple[str, str, str, str]]) -> str:
    """Rows of (figure, value, target, verdict) as an aligned text table."""
    head = ("figure", "value", "target", "met")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    fmt = "  ".join(f"{{:{'<' if i == 0 else '>'}{w}}}" for i, w in enumerate(widths))
    return "\n".join([fmt.format(*head), line, *(fmt.format(*map(str, r)) for r in rows)])


def verdict(ok: bool) -> str:
    return "yes" if ok else "NO"


def result(script: str, figures: dict) -> None:
    """One machine-readable line that run_all.py collects: ``RESULT {json}``."""
    print("RESULT " + json.dumps({"script": script, **figures}, sort_keys=True))
