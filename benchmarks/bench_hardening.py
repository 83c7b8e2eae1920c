"""Hardening, the long run: tests/test_hardening.py with more hypothesis examples than CI.

CI runs 500 derandomized examples per property; this runs ``--examples`` (default 5,000)
fresh random ones, via ``QUIZGEN_HYPOTHESIS_EXAMPLES``, and prints how long it took and
whether every property held. A failure prints hypothesis' shrunk example.

Usage: ``python benchmarks/bench_hardening.py [--examples 5000] [--quick]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _corpus as C  # noqa: E402

SCRIPT = "bench_hardening"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=5000)
    ap.add_argument("--quick", action="store_true", help="500 examples (as CI)")
    args = ap.parse_args(argv)
    args.quick = C.quick(args.quick)
    n = 500 if args.quick else args.examples
    env = {**os.environ, "QUIZGEN_HYPOTHESIS_EXAMPLES": str(n), "PYTHONPATH": str(C.REPO)}
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_hardening.py"],
        cwd=str(C.REPO),
        env=env,
        capture_output=True,
        text=True,
    )
    dt = time.perf_counter() - t0
    tail = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else "(no output)"
    if proc.returncode not in (0, 5):
        print(proc.stdout[-8000:])
        print(proc.stderr[-2000:])
    print(f"{SCRIPT}: {n:,} examples per property")
    print(C.table([
        ("tests/test_hardening.py", tail, "all pass", C.verdict(proc.returncode == 0)),
        ("seconds", f"{dt:.0f} s", "", ""),
    ]))
    C.result(SCRIPT, {"examples": n, "returncode": proc.returncode, "summary": tail, "seconds": round(dt, 1)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
