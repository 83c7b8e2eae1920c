"""Memory: peak RSS while generating a 10-item quiz from a 5 MB text. Target <= 500 MB.

The text is every corpus text (all levels) joined as paragraphs, repeated until it is
5,000,000 bytes of UTF-8, and cut at a paragraph end. A fresh child process imports quizgen,
records its RSS, generates, and reports its peak RSS (``ru_maxrss``, which includes the
interpreter and the loaded resources) and a psutil sample of RSS over time. The peak of a
plain ``import quizgen`` + ``analyze`` of the same text is reported too.

Usage: ``python benchmarks/bench_memory.py [--mb 5]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _corpus as C  # noqa: E402

SCRIPT = "bench_memory"
CHILD = r"""
import json, resource, sys, threading, time
import psutil
mode, path = sys.argv[1], sys.argv[2]
proc = psutil.Process()
text = open(path, encoding="utf-8").read()
import quizgen
import quizgen.pipeline, quizgen.text.analyze
base = proc.memory_info().rss
peak_sampled = base
stop = False
def sample():
    global peak_sampled
    while not stop:
        peak_sampled = max(peak_sampled, proc.memory_info().rss)
        time.sleep(0.01)
th = threading.Thread(target=sample, daemon=True); th.start()
t0 = time.perf_counter()
if mode == "generate":
    qs = quizgen.generate(text, n=10); items = len(qs.items); sents = None
else:
    doc = quizgen.analyze(text); items = None; sents = len(doc.sentences)
dt = time.perf_counter() - t0
stop = True; th.join()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
print(json.dumps({"base": base, "peak": peak, "peak_sampled": peak_sampled, "seconds": dt,
                  "items": items, "sentences": sents, "chars": len(text)}))
"""


def build_text(n_bytes: int) -> str:
    paras = [p for f in C.corpus_files() for p in C.paragraphs(C.read_text(f))]
    out: list[str] = []
    size = 0
    i = 0
    while size < n_bytes:
        p = paras[i % len(paras)]
        b = len(p.encode("utf-8")) + 2
        if size + b > n_bytes:
            break
        out.append(p)
        size += b
        i += 1
    return "\n\n".join(out) + "\n"


def run_child(mode: str, path: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, path],
        capture_output=True,
        text=True,
        cwd=str(C.REPO),
        env={**os.environ, "PYTHONPATH": str(C.REPO)},
    )
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="text size in MB (10^6 bytes)")
    ap.add_argument("--quick", action="store_true", help="a 1 MB text")
    args = ap.parse_args(argv)
    if C.quick(args.quick):
        args.mb = 1.0
    C.corpus_or_exit(SCRIPT)
    C.pipeline_or_exit(SCRIPT)
    from quizgen.limits import MAX_TEXT_CHARS

    text = build_text(int(args.mb * 1_000_000))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        gen = run_child("generate", path)
        ana = run_child("analyze", path)
    finally:
        Path(path).unlink()
    mb = 1_000_000  # MB as in the target (10^6 bytes)
    print(f"{SCRIPT}: {len(text.encode()):,} bytes / {len(text):,} characters / {C.words(text):,} words "
          f"(MAX_TEXT_CHARS {MAX_TEXT_CHARS:,})")
    if "error" in gen:
        print(f"generate failed: {gen['error']}")
        C.result(SCRIPT, {"error": gen["error"]})
        return 0
    rows = [
        ("generate: peak RSS (ru_maxrss)", f"{gen['peak'] / mb:,.0f} MB", "<= 500 MB", C.verdict(gen["peak"] <= 500 * 1_000_000)),
        ("generate: RSS after import (baseline)", f"{gen['base'] / mb:,.0f} MB", "", ""),
        ("generate: growth over baseline", f"{(gen['peak'] - gen['base']) / mb:,.0f} MB", "", ""),
        ("generate: seconds / items", f"{gen['seconds']:.1f} s / {gen['items']}", "", ""),
    ]
    if "error" not in ana:
        rows += [
            ("analyze only: peak RSS", f"{ana['peak'] / mb:,.0f} MB", "", ""),
            ("analyze only: seconds / sentences", f"{ana['seconds']:.1f} s / {ana['sentences']:,}", "", ""),
        ]
    print(C.table(rows))
    C.result(
        SCRIPT,
        {
            "bytes": len(text.encode()),
            "generate_peak_rss_mb": round(gen["peak"] / mb, 1),
            "generate_base_rss_mb": round(gen["base"] / mb, 1),
            "generate_seconds": round(gen["seconds"], 2),
            "analyze_peak_rss_mb": round(ana.get("peak", 0) / mb, 1),
            "analyze_seconds": round(ana.get("seconds", 0), 2),
        },
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
