"""Scaling: time per token of ``generate`` for inputs 1, 2, 4 and 8 times as long.

An input of scale k is k *different* ~1,000-word corpus articles joined as paragraphs
(repeating one article would let deduplication hide work). Several start offsets give
several inputs per scale; each is timed 3 times (median), and the figure per scale is the
median microseconds per token. Target: the 8x figure is at most 1.2 times the 1x figure,
so nothing is quadratic. ``analyze`` is measured the same way, to show which stage grows.

Usage: ``python benchmarks/bench_scaling.py [--quick]``. Runs on one pinned core.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _corpus as C  # noqa: E402

SCRIPT = "bench_scaling"
SCALES = (1, 2, 4, 8)


def _time(fn, text: str, repeats: int) -> tuple[float, float]:
    """(median wall seconds, median CPU seconds) of ``fn(text)``; CPU time is immune to other
    processes competing for the core, wall time is what a user waits."""
    ts, cs = [], []
    for k in range(repeats):
        t = text + "\n" * (k + 1)  # unique per run: no cache can answer
        c0, t0 = time.process_time(), time.perf_counter()
        fn(t)
        ts.append(time.perf_counter() - t0)
        cs.append(time.process_time() - c0)
    return C.median(ts), C.median(cs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    args.quick = C.quick(args.quick)
    C.corpus_or_exit(SCRIPT)
    C.pipeline_or_exit(SCRIPT)
    import quizgen

    pinned = C.pin_one_core()
    articles = [t for _, t in C.thousand_word_articles()]
    n_inputs = 2 if args.quick else 5
    repeats = 1 if args.quick else 3
    step = max(1, len(articles) // n_inputs)
    quizgen.generate(articles[0], n=10)  # warm

    gen_us: dict[int, list[float]] = {s: [] for s in SCALES}
    an_us: dict[int, list[float]] = {s: [] for s in SCALES}
    gen_cpu: dict[int, list[float]] = {s: [] for s in SCALES}
    an_cpu: dict[int, list[float]] = {s: [] for s in SCALES}
    tokens: dict[int, list[int]] = {s: [] for s in SCALES}
    for i in range(n_inputs):
        for s in SCALES:  # interleave scales so drift does not favour one
            parts = [articles[(i * step + j) % len(articles)] for j in range(s)]
            text = "\n\n".join(p.strip() for p in parts) + "\n"
            doc = quizgen.analyze(text)
            ntok = sum(len(x.tokens) for x in doc.sentences)
            tokens[s].append(ntok)
            wall, cpu = _time(quizgen.analyze, text, repeats)
            an_us[s].append(wall / ntok * 1e6)
            an_cpu[s].append(cpu / ntok * 1e6)
            wall, cpu = _time(lambda t: quizgen.generate(t, n=10), text, repeats)
            gen_us[s].append(wall / ntok * 1e6)
            gen_cpu[s].append(cpu / ntok * 1e6)

    g = {s: C.median(gen_us[s]) for s in SCALES}
    a = {s: C.median(an_us[s]) for s in SCALES}
    gc = {s: C.median(gen_cpu[s]) for s in SCALES}
    ac = {s: C.median(an_cpu[s]) for s in SCALES}
    print(f"{SCRIPT}: {n_inputs} inputs per scale, {repeats} runs each (median); {pinned}")
    rows = []
    for s in SCALES:
        rows.append(
            (
                f"{s}x: ~{C.median(tokens[s]):,.0f} tokens  us/token generate / analyze (wall; CPU)",
                f"{g[s]:.1f} / {a[s]:.1f}; {gc[s]:.1f} / {ac[s]:.1f}",
                "",
                "",
            )
        )
    ratio, ratio_cpu = g[8] / g[1], gc[8] / gc[1]
    rows.append(("generate: 8x per-token time / 1x (wall)", f"{ratio:.2f}", "<= 1.2", C.verdict(ratio <= 1.2)))
    rows.append(("generate: 8x per-token time / 1x (CPU)", f"{ratio_cpu:.2f}", "<= 1.2", C.verdict(ratio_cpu <= 1.2)))
    rows.append(("analyze: 8x / 1x (wall; CPU)", f"{a[8] / a[1]:.2f}; {ac[8] / ac[1]:.2f}", "", ""))
    print(C.table(rows))
    C.result(
        SCRIPT,
        {
            "generate_us_per_token": {str(s): round(g[s], 2) for s in SCALES},
            "analyze_us_per_token": {str(s): round(a[s], 2) for s in SCALES},
            "tokens_median": {str(s): C.median(tokens[s]) for s in SCALES},
            "ratio_8x_1x": round(ratio, 3),
            "ratio_8x_1x_cpu": round(ratio_cpu, 3),
            "generate_cpu_us_per_token": {str(s): round(gc[s], 2) for s in SCALES},
            "analyze_cpu_us_per_token": {str(s): round(ac[s], 2) for s in SCALES},
            "analyze_ratio_8x_1x": round(a[8] / a[1], 3),
        },
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
