"""Load check: 30 simulated students submit the same quiz at once.

Each student is a thread that builds its key-free view, waits on a barrier, and then calls
:func:`appkit.quiz.submit` (server-side grading + one SQLite transaction), exactly what the
"Submit answers" button runs. The script then checks that all attempts and every answer are
stored, and prints submit latency percentiles. Target: p95 <= 300 ms.

    .venv/bin/python benchmarks/bench_submit_load.py [--students 30] [--items 10] [--rounds 3]

Exit code 1 if anything was lost (the latency target is reported, not enforced: machines vary).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from appkit.quiz import student_view, submit  # noqa: E402
from quizgen.models import MultipleChoiceItem, Option, TrueFalseItem  # noqa: E402
from quizgen.store import QuizSettings, SQLiteQuizStore  # noqa: E402


def make_items(n: int) -> list:
    items = []
    for k in range(n):
        if k % 4 == 3:
            items.append(TrueFalseItem(id=f"tf{k}", stem=f"Statement {k}.",
                                       options=[Option(text="True", correct=k % 2 == 0), Option(text="False", correct=k % 2 == 1)]))
        else:
            items.append(MultipleChoiceItem(id=f"mc{k}", stem=f"Question {k}?",
                                            options=[Option(text=f"Answer {k}.{j}", correct=j == 0) for j in range(4)]))
    return items


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    k = (len(xs) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def one_round(db: Path, students: int, n_items: int, seed: int) -> tuple[list[float], bool]:
    store = SQLiteQuizStore(db)
    quiz = store.create_quiz(title="Load", set_name="load", items=make_items(n_items),
                             settings=QuizSettings(shuffle_questions=True, shuffle_options=True, max_attempts=1))
    rng = random.Random(seed)
    views = [student_view(quiz, f"Student {i:02d}") for i in range(students)]
    responses = [{si.item_id: rng.choice(si.options) for si in v.items} for v in views]
    barrier = threading.Barrier(students)
    latencies: list[float] = [0.0] * students
    errors: list[BaseException] = []

    def run(i: int) -> None:
        barrier.wait()
        t0 = time.perf_counter()
        try:
            submit(store, views[i], responses[i])
        except BaseException as e:  # recorded and reported below
            errors.append(e)
        latencies[i] = (time.perf_counter() - t0) * 1000

    threads = [threading.Thread(target=run, args=(i,)) for i in range(students)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    attempts = store.list_attempts(quiz.id, with_answers=True)
    complete = (
        not errors
        and len(attempts) == students
        and all(len(a.answers) == n_items for a in attempts)
        and {a.student for a in attempts} == {f"Student {i:02d}" for i in range(students)}
    )
    for e in errors[:3]:
        print(f"  error: {type(e).__name__}: {e}")
    return latencies, complete


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--students", type=int, default=30)
    ap.add_argument("--items", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=1 if os.environ.get("QUIZGEN_BENCH_QUICK") == "1" else 3)
    ap.add_argument("--db", type=Path, default=None, help="database file (default: a temporary one)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "load.db"
    all_ms: list[float] = []
    ok = True
    for r in range(args.rounds):
        ms, complete = one_round(db, args.students, args.items, seed=r)
        ok &= complete
        all_ms += ms
        print(f"round {r + 1}: {args.students} simultaneous submits, all stored: {complete}, "
              f"p50 {percentile(ms, 0.5):.1f} ms, p95 {percentile(ms, 0.95):.1f} ms, max {max(ms):.1f} ms")
    p50, p95 = percentile(all_ms, 0.5), percentile(all_ms, 0.95)
    print(f"submit latency over {len(all_ms)} submits: p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
          f"mean {statistics.fmean(all_ms):.1f} ms")
    print(f"{'check':44} {'figure':>12}  met")
    print(f"{'submit p95 latency (target <= 300 ms)':44} {p95:>9.1f} ms  {'YES' if p95 <= 300 else 'NO'}")
    print(f"{'all attempts and answers stored':44} {str(ok):>12}  {'YES' if ok else 'NO'}")
    print("RESULT " + json.dumps({"bench": "submit_load", "students": args.students, "items": args.items,
                                  "submits": len(all_ms), "p50_ms": round(p50, 1), "p95_ms": round(p95, 1),
                                  "target_p95_ms": 300, "all_stored": ok}))
    tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
