"""Analysis speed on the shared corpus: analyze tokens/s, tagging tokens/s, cold start.

Texts are analysed repeatedly here, so per-word memos (tagger, chunker, Punkt decisions)
are warm; ``bench_generate.py`` reports the first-sight ``analyze`` speed next to
``generate``.

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
    from quizgen.text.tagger import pos_tag, pos_tag_sents

    files = corpus_files()
    if quick(False):
        files = files[:30]
    texts = [read_text(p) for p in files]
    # warm up: resources loaded, caches filled once
    docs = [quizgen.analyze(t) for t in texts]
    n_tokens = sum(len(s.tokens) for d in docs for s in d.sentences)
    n_sents = sum(len(d.sentences) for d in docs)
    sents = [[t.text for t in s.tokens] for d in docs for s in d.sentences]
    doc_sents = [[[t.text for t in s.tokens] for s in d.sentences] for d in docs]
    a_rates, a_cpu_rates, t_rates, b_rates = [], [], [], []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            quizgen.analyze(t)
        a_rates.append(n_tokens / (time.perf_counter() - t0))
        a_cpu_rates.append(n_tokens / (time.process_time() - c0))
        t0 = time.perf_counter()
        for s in sents:
            pos_tag(s)
        t_rates.append(n_tokens / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        for ds in doc_sents:
            pos_tag_sents(ds)
        b_rates.append(n_tokens / (time.perf_counter() - t0))
    colds = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True)
        colds.append(float(out.stdout.strip()))
    a, tg, tb, cold = median(a_rates), median(t_rates), median(b_rates), median(colds)
    print(f"{len(texts)} texts, {n_tokens:,} tokens; {pinned}")
    print(table([
        ("analyze tokens/s (median of 3)", f"{a:,.0f}", ">= 20,000", verdict(a >= 20_000)),
        ("analyze sentences/s (same runs)", f"{a * n_sents / n_tokens:,.0f}", "-", "-"),
        ("analyze tokens/s by CPU time (median of 3)", f"{median(a_cpu_rates):,.0f}", "-", "-"),
        ("pos_tag tokens/s, one call per sentence", f"{tg:,.0f}", "-", "-"),
        ("pos_tag_sents tokens/s, one call per text (as analyze)", f"{tb:,.0f}", "-", "-"),
        ("analyze / pos_tag time ratio", f"{tg / a:.2f}", "-", "-"),
        ("cold start s (median of 5)", f"{cold:.2f}", "< 1.0", verdict(cold < 1.0)),
    ]))
    result(SCRIPT, {"analyze_tokens_per_s": round(a), "analyze_sent_per_s": round(a * n_sents / n_tokens),
                    "pos_tag_tokens_per_s": round(tg), "pos_tag_sents_tokens_per_s": round(tb), "analyze_cpu_tokens_per_s": round(median(a_cpu_rates)), "cold_start_s": round(cold, 3)})


if __name__ == "__main__":
    main()
