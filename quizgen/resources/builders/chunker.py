"""Build ``chunker.json.gz``: a greedy averaged-perceptron IOB chunker (CoNLL-2000 types).

Trained on CoNLL-2000 ``train.txt`` (WSJ sections 15-18) with gold POS tags, using
NLTK's :class:`~nltk.tag.perceptron.AveragedPerceptron` for the weight updates and
averaging, and :mod:`quizgen.text.chunker`'s own feature functions, so training and
run time compute identical features. During training the previous-chunk features
come from the model's own (repaired) guesses, as at run time.

Deterministic: sentences are shuffled with a seeded :class:`random.Random`; the
averaged weights are stored as integers in units of 0.001 with sorted keys.
"""

from __future__ import annotations

import random
from pathlib import Path

from quizgen.resources.builders import meta, write_json_gz
from quizgen.resources.builders.tagger import CONLL, conll_reader
from quizgen.text.chunker import DYNAMIC, PAD, TEMPLATES, chunk_spans, dynamic_features, static_features, streams

ARTIFACT = "chunker.json.gz"
SEED = 2000
NR_ITER = 6
#: Averaged weights below this magnitude (in 0.001 units) are dropped to keep the file small.
PRUNE_BELOW = 0

Sentence = list[tuple[str, str, str]]  # (word, pos, iob)


def training_sentences(nltk_data: Path) -> list[Sentence]:
    return [list(s) for s in conll_reader(nltk_data).iob_sents("train.txt")]


def test_sentences(nltk_data: Path) -> list[Sentence]:
    return [list(s) for s in conll_reader(nltk_data).iob_sents("test.txt")]


def train(sentences: list[Sentence], *, nr_iter: int = NR_ITER, seed: int = SEED,
          prune_below: int = PRUNE_BELOW) -> dict:
    """Train the chunker and return its JSON payload.

    ``static``/``dynamic`` map each template name to entries ``[value, ..., {label: weight}]``
    (weights in 0.001 units), sorted by values.
    """
    from nltk.tag.perceptron import AveragedPerceptron

    model = AveragedPerceptron()
    model.classes = {iob for s in sentences for _, _, iob in s}
    order = list(range(len(sentences)))
    rng = random.Random(seed)
    for _ in range(nr_iter):
        for k in order:
            sent = sentences[k]
            st = streams([(w, t) for w, t, _ in sent])
            tags = st["t"]
            p1 = p2 = PAD
            for i, (_, _, gold) in enumerate(sent):
                feats = dict.fromkeys(
                    static_features(st, i) + dynamic_features(p1, p2, tags[i + 2], tags[i + 3]), 1
                )
                guess, _ = model.predict(feats)
                model.update(gold, guess, feats)
                if guess.startswith("I-") and p1[2:] != guess[2:]:
                    guess = "B-" + guess[2:]
                p2, p1 = p1, guess
        rng.shuffle(order)
    model.average_weights()
    static: dict[str, list[list]] = {name: [] for name, _ in TEMPLATES}
    dynamic: dict[str, list[list]] = {name: [] for name in DYNAMIC}
    for feat, by_label in model.weights.items():
        kept = {label: round(w * 1000) for label, w in by_label.items()}
        kept = {label: w for label, w in kept.items() if w and abs(w) >= prune_below}
        if kept:
            table = static if feat[0] in static else dynamic
            table[feat[0]].append([*feat[1:], kept])
    for table in (static, dynamic):
        for entries in table.values():
            entries.sort(key=lambda e: e[:-1])
    return {"classes": sorted(model.classes), "static": static, "dynamic": dynamic}


def np_scores(gold_tags: list[list[str]], pred_tags: list[list[str]], kind: str = "NP") -> dict[str, float]:
    """conlleval-style exact-match precision/recall/F1 (percent) for chunks of type ``kind``."""
    tp = n_gold = n_pred = 0
    for gold, pred in zip(gold_tags, pred_tags):
        g = {s for s in chunk_spans(gold) if s[0] == kind}
        p = {s for s in chunk_spans(pred) if s[0] == kind}
        tp += len(g & p)
        n_gold += len(g)
        n_pred += len(p)
    precision = 100.0 * tp / n_pred if n_pred else 0.0
    recall = 100.0 * tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "gold": n_gold, "pred": n_pred}


def evaluate(nltk_data: Path, pos: str = "ours", kind: str = "NP") -> dict[str, float]:
    """Score the installed chunker on CoNLL-2000 test with gold POS or our tagger's POS."""
    from quizgen.text.chunker import chunk_sents
    from quizgen.text.tagger import pos_tag

    sents = test_sentences(nltk_data)
    gold, tagged = [], []
    for s in sents:
        gold.append([c for _, _, c in s])
        tagged.append(pos_tag([w for w, _, _ in s]) if pos == "ours" else [(w, t) for w, t, _ in s])
    return np_scores(gold, chunk_sents(tagged), kind)


def build(nltk_data: Path, out_dir: Path) -> list[Path]:
    payload = train(training_sentences(nltk_data))
    payload["meta"] = meta(
        "chunker", nltk_data, [CONLL],
        training="conll2000 train.txt, gold POS", nr_iter=NR_ITER, seed=SEED, prune_below=PRUNE_BELOW,
        weight_unit=0.001,
    )
    return [write_json_gz(Path(out_dir) / ARTIFACT, payload)]
