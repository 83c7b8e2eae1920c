"""Run every benchmark script in benchmarks/ and print their figures, then one summary.

Every ``benchmarks/*.py`` except this file and helpers starting with ``_`` is run, in name
order, each in its own interpreter (so one script's memory or warm caches cannot flatter the
next), one at a time (the machine has 2 cores; parallel benchmarks would spoil each other).
Scripts print their own tables; lines of the form ``RESULT {json}`` are collected and shown
again at the end. ``--quick`` sets ``QUIZGEN_BENCH_QUICK=1`` for every script (a smoke run
with fewer texts; scripts that do not know it ignore it); names given (``bench_batch``) run
only those scripts.

Exit code: 1 if a script crashed (non-zero exit), else 0. A missed target is a figure, not a
crash; ``--strict`` turns a missed target (a table row ending in ``NO``) into exit code 1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def scripts() -> list[Path]:
    return [p for p in sorted(HERE.glob("*.py")) if p.name != Path(__file__).name and not p.name.startswith("_")]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    strict = "--strict" in args
    if strict:
        args.remove("--strict")
    quick = "--quick" in args
    only = [a for a in args if not a.startswith("-")]
    summary: list[tuple[str, int, float, bool]] = []
    results: list[dict] = []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    if quick:
        env["QUIZGEN_BENCH_QUICK"] = "1"
    for script in scripts():
        if only and script.stem not in only:
            continue
        print(f"\n===== {script.name}{' (quick)' if quick else ''}", flush=True)
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, str(script)],
            cwd=str(REPO),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        missed = False
        assert proc.stdout is not None
        for line in proc.stdout:
            print(line, end="", flush=True)
            if line.startswith("RESULT "):
                try:
                    results.append(json.loads(line[len("RESULT "):]))
                except json.JSONDecodeError:
                    pass
            elif line.rstrip().endswith("  NO"):
                missed = True
        rc = proc.wait()
        summary.append((script.name, rc, time.perf_counter() - t0, missed))

    print("\n===== summary")
    for name, rc, dt, missed in summary:
        state = "crashed" if rc else ("target missed" if missed else "ok")
        print(f"{name:28} exit {rc:3}  {dt:7.1f} s  {state}")
    if results:
        print("\nRESULT lines:")
        for r in results:
            print(json.dumps(r, sort_keys=True))
    crashed = any(rc for _, rc, _, _ in summary)
    missed_any = any(m for *_, m in summary)
    return 1 if crashed or (strict and missed_any) else 0


if __name__ == "__main__":
    raise SystemExit(main())
