"""Quality and speed of the language resources (tagger, chunker, sentence splitter, lexicon).

Prints, with targets:

* POS tagger token accuracy on CoNLL-2000 ``test.txt`` (WSJ section 20, held out),
* NP chunk F1 (conlleval exact match) on the same test set, with gold POS and with our POS,
* ``pos_tag``, ``chunk_tags`` (per sentence) and ``chunk_sents`` (per text) tokens/s on the
  OneStop corpus (median of 5 runs, one core, sentences from ``split_sentences``,
  whitespace-tokenised), in wall time and per CPU-second,
* cold load time of each artifact, each in a fresh subprocess.

Needs ``../shared`` (nltk_data and the corpus); exits 0 with a message without it.
``--quick`` (or ``QUIZGEN_BENCH_QUICK=1``) uses one corpus level and 3 runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _corpus as C  # noqa: E402

TAGGER_ACCURACY_TARGET = 97.0
NP_F1_TARGET = 92.0
PIPELINE_TARGET = 20_000  # tokens/s for the whole analysis on one core
TAG_SPEED_TARGET = 3 * PIPELINE_TARGET  # tagging may take at most a third of the budget
CHUNK_SPEED_TARGET = 2 * PIPELINE_TARGET

_LOADERS = {
    "tagger": "from quizgen.text.tagger import _model; _model()",
    "chunker": "from quizgen.text.chunker import _model; _model()",
    "punkt": "from quizgen.text.sentences import _tokenizer; _tokenizer()",
    "lexicon": "from quizgen.text.lexicon import _lexicon; _lexicon()",
    "words": "from quizgen.text.lexicon import _words; _words()",
}


def _normalise(text: str) -> str:
    """Straight quotes and dashes, as the cleaner gives the splitter."""
    table = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                           "\ufeff": "", "\u00a0": " "})
    return text.translate(table)


def cold_load_seconds(name: str) -> float:
    code = f"import time; t = time.perf_counter(); {_LOADERS[name]}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=str(C.REPO))
    return float(out.stdout.strip())


def main() -> int:
    corpus = C.corpus_or_exit("eval_resources.py")
    nltk_data = C.shared_dir() / "nltk_data"
    if not (nltk_data / "corpora" / "conll2000.zip").is_file():
        print(f"eval_resources.py: {nltk_data} not found; nothing measured.")
        return 0
    quick = C.quick("--quick" in sys.argv)
    print(C.pin_one_core(), "| corpus", corpus)

    from quizgen.resources.builders.chunker import evaluate
    from quizgen.resources.builders.tagger import conll_reader
    from quizgen.text.chunker import chunk_sents, chunk_tags
    from quizgen.text.sentences import split_sentences
    from quizgen.text.tagger import pos_tag

    test = conll_reader(nltk_data).tagged_sents("test.txt")
    correct = total = 0
    for sent in test:
        pred = pos_tag([w for w, _ in sent])
        correct += sum(p == g for (_, p), (_, g) in zip(pred, sent))
        total += len(sent)
    accuracy = 100.0 * correct / total
    np_gold = evaluate(nltk_data, pos="gold")
    np_ours = evaluate(nltk_data, pos="ours")

    files = C.corpus_files("adv") if quick else C.corpus_files()
    sentences: list[list[str]] = []
    doc_bounds: list[tuple[int, int]] = []  # sentence index range of each text
    n_chars = 0
    t0 = time.perf_counter()
    for path in files:
        text = _normalise(C.read_text(path))
        n_chars += len(text)
        first = len(sentences)
        for a, b in split_sentences(text):
            sentences.append(text[a:b].split())
        doc_bounds.append((first, len(sentences)))
    split_s = time.perf_counter() - t0
    n_tokens = sum(map(len, sentences))
    runs = 3 if quick else 5
    tag_times, chunk_times, tag_cpu, chunk_cpu, doc_times = [], [], [], [], []
    tagged = [pos_tag(s) for s in sentences]  # warm-up (model load) and chunker input
    chunk_tags(tagged[0])
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for s in sentences:
            pos_tag(s)
        tag_times.append(time.perf_counter() - t0)
        tag_cpu.append(time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        for s in tagged:
            chunk_tags(s)
        chunk_times.append(time.perf_counter() - t0)
        chunk_cpu.append(time.process_time() - c0)
        t0 = time.perf_counter()
        for a, b in doc_bounds:
            chunk_sents(tagged[a:b])
        doc_times.append(time.perf_counter() - t0)
    tag_speed = n_tokens / C.median(tag_times)
    chunk_speed = n_tokens / C.median(chunk_times)
    chunk_doc_speed = n_tokens / C.median(doc_times)
    # CPU time is shown too: on a shared machine wall time also counts other people's work.
    tag_speed_cpu = n_tokens / C.median(tag_cpu)
    chunk_speed_cpu = n_tokens / C.median(chunk_cpu)
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    loads = {name: cold_load_seconds(name) for name in _LOADERS}

    def verdict(ok: bool) -> str:
        return "yes" if ok else "NO"

    rows = [
        ("tagger accuracy, CoNLL-2000 test (%)", f"{accuracy:.2f}", f">= {TAGGER_ACCURACY_TARGET}",
         verdict(accuracy >= TAGGER_ACCURACY_TARGET)),
        ("NP F1, gold POS", f"{np_gold['f1']:.2f}", "-", "-"),
        ("NP F1, our POS", f"{np_ours['f1']:.2f}", f">= {NP_F1_TARGET}", verdict(np_ours["f1"] >= NP_F1_TARGET)),
        (f"pos_tag tokens/s (median of {runs})", f"{tag_speed:,.0f}", f">= {TAG_SPEED_TARGET:,}",
         verdict(tag_speed >= TAG_SPEED_TARGET)),
        (f"chunk_sents tokens/s, one call per text (median of {runs})", f"{chunk_doc_speed:,.0f}",
         f">= {CHUNK_SPEED_TARGET:,}", verdict(chunk_doc_speed >= CHUNK_SPEED_TARGET)),
        (f"chunk_tags tokens/s, one call per sentence (median of {runs})", f"{chunk_speed:,.0f}", "-", "-"),
        ("pos_tag tokens per CPU-second", f"{tag_speed_cpu:,.0f}", "-", "-"),
        ("chunk_tags tokens per CPU-second", f"{chunk_speed_cpu:,.0f}", "-", "-"),
        ("split_sentences chars/s (one pass)", f"{n_chars / split_s:,.0f}", "-", "-"),
        *((f"cold load {name} (s)", f"{sec:.2f}", "-", "-") for name, sec in loads.items()),
    ]
    print(f"{len(files)} texts, {len(sentences):,} sentences, {n_tokens:,} tokens; load average {load:.1f}")
    print(C.table(rows))
    print("RESULT " + json.dumps({
        "script": "eval_resources", "tagger_accuracy": round(accuracy, 3), "np_f1_gold_pos": round(np_gold["f1"], 3),
        "np_f1_our_pos": round(np_ours["f1"], 3), "pos_tag_tokens_per_s": round(tag_speed),
        "chunk_tags_tokens_per_s": round(chunk_speed), "chunk_sents_tokens_per_s": round(chunk_doc_speed),
        "pos_tag_tokens_per_cpu_s": round(tag_speed_cpu), "chunk_tags_tokens_per_cpu_s": round(chunk_speed_cpu), "cold_load_s": {k: round(v, 3) for k, v in loads.items()},
    }, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
