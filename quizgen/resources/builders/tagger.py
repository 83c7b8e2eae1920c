"""Build ``tagger.json.gz``: an averaged-perceptron POS tagger with Penn Treebank tags.

Why our own model rather than NLTK's pretrained one: NLTK's model is a download
(forbidden at run time) and was trained on PTB-tokenised text with ````/''`` quote
tokens. We train NLTK's own :class:`~nltk.tag.perceptron.PerceptronTagger` on the
Penn Treebank sample plus CoNLL-2000 ``train.txt`` after mapping the training words
to the forms our tokenizer emits (straight ``"`` and ``'``, ``(`` instead of
``-LRB-``), keeping the PTB *tags* (````, ``''``, ``(``, ``)``), so the model learns
to tell opening from closing straight quotes from context.

Reproducible: NLTK shuffles with the global :mod:`random`, so training runs under a
fixed seed (the caller's random state is restored); weights are rounded and pruned
and then written with sorted keys.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Iterable

from quizgen.resources.builders import meta, write_json_gz, zip_root

ARTIFACT = "tagger.json.gz"
TREEBANK = "corpora/treebank.zip"
CONLL = "corpora/conll2000.zip"
SEED = 1234
NR_ITER = 5
#: Averaged weights with smaller magnitude are dropped (0: keep all; the model is ~1 MB gzipped).
PRUNE_BELOW = 0.0

#: Training word forms -> the forms our tokenizer produces (tags are kept as in PTB).
WORD_MAP = {
    "``": '"',
    "''": '"',
    "`": "'",
    "-LRB-": "(",
    "-RRB-": ")",
    "-LCB-": "{",
    "-RCB-": "}",
    "-LSB-": "[",
    "-RSB-": "]",
}
#: Treebank-only tag spellings -> the CoNLL/nltk.pos_tag spelling.
TAG_MAP = {"-LRB-": "(", "-RRB-": ")"}

CHUNK_TYPES = ("NP", "VP", "PP", "ADJP", "ADVP", "SBAR", "PRT", "CONJP", "INTJ", "LST", "UCP")


def conll_reader(nltk_data: Path):
    """CoNLL-2000 reader over the zip (train.txt / test.txt), all chunk types."""
    from nltk.corpus.reader import ConllChunkCorpusReader

    return ConllChunkCorpusReader(zip_root(nltk_data, CONLL, "conll2000/"), ["train.txt", "test.txt"], CHUNK_TYPES)


def treebank_reader(nltk_data: Path):
    """Penn Treebank sample (WSJ sections 00-01) reader over the zip."""
    from nltk.corpus.reader import BracketParseCorpusReader

    return BracketParseCorpusReader(zip_root(nltk_data, TREEBANK, "treebank/combined/"), r"wsj_.*\.mrg")


def normalise_sentence(sent: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop empty elements (``-NONE-`` traces) and map words/tags to run-time forms."""
    out = []
    for word, tag in sent:
        if tag == "-NONE-":
            continue
        out.append((WORD_MAP.get(word, word), TAG_MAP.get(tag, tag)))
    return out


def training_sentences(nltk_data: Path) -> list[list[tuple[str, str]]]:
    """Treebank sample then CoNLL-2000 train, normalised, in corpus order."""
    sents = [normalise_sentence(s) for s in treebank_reader(nltk_data).tagged_sents()]
    sents += [normalise_sentence(s) for s in conll_reader(nltk_data).tagged_sents("train.txt")]
    return [s for s in sents if s]


def train(sentences: list[list[tuple[str, str]]], *, nr_iter: int = NR_ITER, seed: int = SEED,
          prune_below: float = PRUNE_BELOW) -> dict:
    """Train a PerceptronTagger and return its JSON payload (weights, tagdict, classes).

    This is the single code path used by :func:`build` and by the reproducibility
    test (on a small subset).
    """
    from nltk.tag.perceptron import PerceptronTagger

    tagger = PerceptronTagger(load=False)
    state = random.getstate()
    random.seed(seed)
    try:
        tagger.train([list(s) for s in sentences], nr_iter=nr_iter)
    finally:
        random.setstate(state)
    weights: dict[str, dict[str, float]] = {}
    for feat, by_label in tagger.model.weights.items():
        kept = {label: w for label, w in by_label.items() if abs(w) >= prune_below and w != 0}
        if kept:
            weights[feat] = kept
    return {"weights": weights, "tagdict": dict(tagger.tagdict), "classes": sorted(tagger.classes)}


def build(nltk_data: Path, out_dir: Path) -> list[Path]:
    """Train on the full training data and write ``tagger.json.gz`` into ``out_dir``."""
    payload = train(training_sentences(nltk_data))
    payload["meta"] = meta(
        "tagger", nltk_data, [TREEBANK, CONLL],
        training="treebank sample (no -NONE-) + conll2000 train.txt",
        nr_iter=NR_ITER, seed=SEED, prune_below=PRUNE_BELOW, word_map=WORD_MAP,
    )
    return [write_json_gz(Path(out_dir) / ARTIFACT, payload)]
