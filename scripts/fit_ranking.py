"""Fit the ranking weights to the blind reviews, and say how well the score ranks them.

``tests/data/review_labels.jsonl`` holds one line per item a blind reviewer judged with Heilman &
Smith's rubric (rounds 2-8 of ``scripts/quality_sample.py`` samples): the article, the
template, a hash of the normalised stem, whether it was acceptable and its defects. No
article text is stored: the items are made again from ``../shared/corpus/onestop`` by the
current generator and matched by template and stem hash. Items the generator no longer
makes (a later rule refused them) are left out.

Prints the pass rates that ``quizgen.ranking`` and the templates use as priors (smoothed
towards 0.6 by five pseudo-items), the AUC of the current score, the five-fold
cross-validated AUC of a logistic regression on the current features (articles held
out), and the fitted ``BIAS`` and ``WEIGHTS`` to copy into ``quizgen/ranking.py``.

Usage: ``python scripts/fit_ranking.py [--labels tests/data/review_labels.jsonl
[tests/data/review_labels_brown.jsonl] [tests/data/review_labels_wsj.jsonl]] [--by-source]``.
The Brown file holds the held-out rounds 12-27 and 30 (Brown news, lore, essays, editorials,
reviews, hobbies, religion, government and learned texts of 1961; round 30 its fiction, made from
``../shared/nltk_data`` as ``scripts/quality_sample.py --brown`` made them); the WSJ file
holds rounds 28-29 (the Penn Treebank sample's Wall Street Journal articles, ``--wsj``).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quizgen.errors import QuizgenError  # noqa: E402
from quizgen.pipeline import run  # noqa: E402
from quizgen.ranking import BIAS, FEATURES, WEIGHTS  # noqa: E402

NUMERIC = {"NUMBER", "MONEY", "PERCENT", "YEAR"}
NAMES = {"PERSON", "ORGANIZATION", "CITY", "REGION", "LOCATION", "NATIONALITY"}
PRIOR, PSEUDO = 0.6, 5


def stem_hash(stem: str) -> str:
    return hashlib.sha1(re.sub(r"[^a-z0-9_]+", "", stem.lower()).encode()).hexdigest()


@dataclass
class Judged:
    article: str
    template: str
    atype: str
    kind: str
    origins: list[str]
    features: dict[str, float]
    score: float
    acceptable: bool


def corpus_dir() -> Path:
    import os

    shared = Path(os.environ.get("QUIZGEN_SHARED", REPO.parent / "shared"))
    return shared / "corpus" / "onestop"


def brown_articles(nltk_data: Path) -> dict[str, str]:
    """The Brown texts of the held-out review rounds (12-27 non-fiction, 30 fiction, 39 the
    non-fiction files' second parts), rejoined and cut exactly as ``scripts/quality_sample.py
    --brown`` made them for the reviewers, by "brown/<file>" (and "brown2/<file>", "brown3/<file>")."""
    import tempfile

    sys.path.insert(0, str(REPO / "scripts"))
    from quality_sample import brown_texts

    categories = ("ca", "cb", "cc", "cd", "ce", "cf", "cg", "ch", "cj", "ck", "cl", "cm", "cn", "cp", "cr")
    with tempfile.TemporaryDirectory() as tmp:
        out = {f"brown/{p.name}": p.read_text(encoding="utf-8") for p in brown_texts(nltk_data, Path(tmp) / "1", categories)}
        # round 39: each file's next part (``--brown-skip 650``), by "brown2/<file>"; the
        # fiction files' next parts since round 52
        out.update({f"brown2/{p.name}": p.read_text(encoding="utf-8") for p in brown_texts(nltk_data, Path(tmp) / "2", categories, skip=650)})
        # round 72: the parts after those (``--brown-skip 1300``), by "brown3/<file>"
        out.update({f"brown3/{p.name}": p.read_text(encoding="utf-8") for p in brown_texts(nltk_data, Path(tmp) / "3", categories, skip=1300)})
        return out


def wsj_articles(nltk_data: Path) -> dict[str, str]:
    """The held-out WSJ texts of review round 28, as ``scripts/quality_sample.py --wsj`` made
    them for the reviewers, by "wsj/<file>"."""
    import tempfile

    sys.path.insert(0, str(REPO / "scripts"))
    from quality_sample import wsj_texts

    with tempfile.TemporaryDirectory() as tmp:
        return {f"wsj/{p.name}": p.read_text(encoding="utf-8") for p in wsj_texts(nltk_data, Path(tmp))}


def conll_articles(nltk_data: Path) -> dict[str, str]:
    """The news of review rounds 57-59, as ``scripts/quality_sample.py --conll`` made them for
    the reviewers, by "conll/<file>" (the test section) and "conll-train/<file>"."""
    import tempfile

    sys.path.insert(0, str(REPO / "scripts"))
    from quality_sample import conll_texts

    with tempfile.TemporaryDirectory() as tmp:
        out = {f"conll/{p.name}": p.read_text(encoding="utf-8") for p in conll_texts(nltk_data, Path(tmp) / "test")}
        out.update({f"conll-train/{p.name}": p.read_text(encoding="utf-8") for p in conll_texts(nltk_data, Path(tmp) / "train", part="train")})
        return out


HELD_OUT = ("brown/", "brown2/", "brown3/", "wsj/", "conll/", "conll-train/")  # article names of texts made from nltk_data


def load_judged(labels: Path | list[Path], corpus: Path) -> tuple[list[Judged], int]:
    """The reviewed items the current generator still makes, with their features. Articles
    named "brown/...", "wsj/..." and "conll/..." are the held-out Brown and WSJ texts, made
    from ``nltk_data`` beside the corpus."""
    files = [labels] if isinstance(labels, Path) else labels
    rows = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_article: dict[str, list[dict]] = collections.defaultdict(list)
    for r in rows:
        by_article[r["article"]].append(r)
    held_out = brown_articles(corpus.parent.parent / "nltk_data") if any(a.startswith(("brown/", "brown2/", "brown3/")) for a in by_article) else {}
    if any(a.startswith("wsj/") for a in by_article):
        held_out.update(wsj_articles(corpus.parent.parent / "nltk_data"))
    if any(a.startswith(("conll/", "conll-train/")) for a in by_article):
        held_out.update(conll_articles(corpus.parent.parent / "nltk_data"))
    out: list[Judged] = []
    for article in sorted(by_article):
        text = held_out[article] if article.startswith(HELD_OUT) else (corpus / article).read_text(encoding="utf-8-sig")
        try:
            cands = run(text, n=10).candidates
        except QuizgenError:
            continue
        made = {}
        for c in cands:
            made.setdefault((c.template, stem_hash(c.stem)), c)
        for r in by_article[article]:
            c = made.get((r["template"], r["stem_sha1"]))
            if c is not None:
                out.append(Judged(article, c.template, c.atype, c.kind, [o for _, o in c.options[1:]], dict(c.features), c.score, bool(r["acceptable"])))
    return out, len(rows)


def auc(scores: list[float], labels: list[bool]) -> float:
    """The chance that an acceptable item outranks a defective one (ties count half)."""
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def rate(items: list[Judged], key) -> dict[str, tuple[float, int, int]]:
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for j in items:
        k = key(j)
        if k is not None:
            counts[k][0] += j.acceptable
            counts[k][1] += 1
    return {k: ((a + PRIOR * PSEUDO) / (n + PSEUDO), a, n) for k, (a, n) in sorted(counts.items())}


def answer_group(j: Judged) -> str:
    if j.kind == "tf":
        return "true/false"
    return "numeric" if j.atype in NUMERIC else "name" if j.atype in NAMES else j.atype


def fit(x: np.ndarray, y: np.ndarray, l2: float = 2.0, steps: int = 4000, lr: float = 0.5) -> np.ndarray:
    """Logistic regression by gradient descent; column 0 is the (unpenalised) bias."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        g = x.T @ (p - y) / len(y)
        g[1:] += l2 * w[1:] / len(y)
        w -= lr * g
    return w


def design(items: list[Judged], names: list[str]) -> np.ndarray:
    return np.array([[1.0] + [j.features[n] for n in names] for j in items])


def cross_validated_auc(items: list[Judged], names: list[str], folds: int = 5) -> float:
    articles = sorted({j.article for j in items})
    random.Random(1).shuffle(articles)
    fold = {a: i % folds for i, a in enumerate(articles)}
    y = np.array([float(j.acceptable) for j in items])
    x = design(items, names)
    pred = np.zeros(len(items))
    for f in range(folds):
        train = np.array([fold[j.article] != f for j in items])
        w = fit(x[train], y[train])
        pred[~train] = x[~train] @ w
    return auc(list(pred), [j.acceptable for j in items])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels", type=Path, nargs="+", default=[REPO / "tests" / "data" / "review_labels.jsonl"],
                    help="label files (tests/data/review_labels_brown.jsonl: the held-out Brown rounds 12-27 and 30; review_labels_wsj.jsonl: the WSJ rounds 28-29; review_labels_conll.jsonl: the unseen WSJ of round 57)")
    ap.add_argument("--by-source", action="store_true", help="also print the current score's AUC per label file")
    args = ap.parse_args(argv)
    corpus = corpus_dir()
    if not corpus.is_dir():
        print(f"The shared corpus is not at {corpus}; set QUIZGEN_SHARED to the folder that holds corpus/onestop.")
        return 0
    items, total = load_judged(args.labels, corpus)
    print(f"{total} reviewed items; {len(items)} still made by the generator, {sum(j.acceptable for j in items)} of them acceptable")
    for title, key in (("template", lambda j: j.template), ("answer type", answer_group)):
        print(f"\npass rate by {title} (smoothed, passed/reviewed)")
        for k, (r, a, n) in rate(items, key).items():
            print(f"  {k:22s} {r:.2f}  {a}/{n}")
    print("\npass rate by distractor source (multiple choice, all three from one source)")
    for k, (r, a, n) in rate(items, lambda j: j.origins[0] if j.kind == "mcq" and j.origins and len(set(j.origins)) == 1 else None).items():
        print(f"  {k:22s} {r:.2f}  {a}/{n}")
    names = list(FEATURES)
    print(f"\nAUC of the current score: {auc([j.score for j in items], [j.acceptable for j in items]):.3f}")
    if args.by_source:
        for name, part in (("OneStop", [j for j in items if not j.article.startswith(HELD_OUT)]), ("Brown", [j for j in items if j.article.startswith(("brown/", "brown2/", "brown3/"))]),
                           ("WSJ", [j for j in items if j.article.startswith("wsj/")]), ("CoNLL WSJ", [j for j in items if j.article.startswith(("conll/", "conll-train/"))])):
            print(f"  {name}: {len(part)} items, AUC {auc([j.score for j in part], [j.acceptable for j in part]):.3f}")
    print(f"five-fold AUC of a refit (articles held out): {cross_validated_auc(items, names):.3f}")
    w = fit(design(items, names), np.array([float(j.acceptable) for j in items]))
    print(f"\nBIAS = {w[0]:.2f}  (now {BIAS})")
    for n, v in zip(names, w[1:]):
        print(f'    "{n}": {v:.2f},  # now {WEIGHTS[n]}')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
