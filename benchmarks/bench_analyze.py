"""Analysis speed on the shared corpus: analyze tokens/s, pos_tag tokens/s, cold start.

Targets (issue "Foundation"): analyze at 20,000 tokens/s or more on one core, and a cold
start (import plus resource loading, in a fresh interpreter) under 1.0 s. Medians of
repeated runs, measured in one run of this script, pinned to one core.
"""

from __future__ import annotations

import subprocess
import sys
import time

from _corpus import corpus_files, corpus_or_exit, median, pin_one_core, pipeline_or_exit, read_text, result, table, verdict, quick

SCRIPT = "bench_analyze"
COLD = (
    "import time; t=time.perf_counter(); import quizgen; "
    "quizgen.analyze('The minister visited Beijing on Tuesday. The talks lasted two days.'); "
    "print(time.perf_counter()-t)"
)


def main() -> None:
    corpus_or_exit(SCRIPT)
    pipeline_or_exit(SCRIPT)
    pinned = pin_one_core()
    import quizgen
    from quizgen.text.tagger import pos_tag

    files = corpus_files()
    if quick(False):
        files = files[:30]
    texts = [read_text(p) for p in files]
    # warm up: resources loaded, caches filled once
    docs = [quizgen.analyze(t) for t in texts]
    n_tokens = sum(len(s.tokens) for d in docs for s in d.sentences)
    sents = [[t.text for t in s.tokens] for d in docs for s in d.sentences]
    a_rates, t_rates = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        for t in texts:
            quizgen.analyze(t)
        a_rates.append(n_tokens / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        for s in sents:
            pos_tag(s)
        t_rates.append(n_tokens / (time.perf_counter() - t0))
    colds = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True)
        colds.append(float(out.stdout.strip()))
    a, tg, cold = median(a_rates), median(t_rates), median(colds)
    print(f"{len(texts)} texts, {n_tokens:,} tokens; {pinned}")
    print(table([
        ("analyze tokens/s (median of 3)", f"{a:,.0f}", ">= 20,000", verdict(a >= 20_000)),
        ("pos_tag tokens/s (median of 3)", f"{tg:,.0f}", "-", "-"),
        ("analyze / pos_tag time ratio", f"{tg / a:.2f}", "-", "-"),
        ("cold start s (median of 5)", f"{cold:.2f}", "< 1.0", verdict(cold < 1.0)),
    ]))
    result(SCRIPT, {"analyze_tokens_per_s": round(a), "pos_tag_tokens_per_s": round(tg), "cold_start_s": round(cold, 3)})


if __name__ == "__main__":
    main()
