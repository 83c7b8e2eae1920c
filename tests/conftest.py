"""Shared fixtures: paths to ../shared (the seed article, the OneStop corpus).

Tests that need ../shared skip with a clear reason when it is absent; CI has it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "kuleba-china-visit.txt"
CORPUS = SHARED / "corpus" / "onestop"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs ../shared next to the repository (CI has it)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return need(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    import quizgen

    return quizgen.analyze(seed_text)


def corpus_files(level: str | None = None) -> list[Path]:
    if not CORPUS.exists():
        return []
    levels = [level] if level else ["ele", "int", "adv"]
    return sorted(p for lv in levels for p in (CORPUS / lv).glob("*.txt"))
