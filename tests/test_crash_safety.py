"""Crash safety: SIGKILL in the middle of saving leaves the old file or the new one, never a part.

A real child process saves question sets in a loop and the test kills it with SIGKILL at
random (seeded) moments. The same harness run on a plain ``open(...).write`` writer must
catch a torn file, which shows the test can fail.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from quizgen.models import GeneratorSettings, Option, QuestionSet, SourceRef, SourceText, TrueFalseItem

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

ROUNDS = 8


def big_set(version: str, n_items: int = 200) -> QuestionSet:
    """A question set of a few MB, so that a save takes long enough to be interrupted."""
    filler = ("lorem ipsum dolor sit amet " * 400).strip()
    items = [
        TrueFalseItem(
            id=f"{version}-{i}",
            stem=f"Statement {i} of version {version}.",
            options=[Option(text="True", correct=i % 2 == 0, origin="truth"), Option(text="False", correct=i % 2 == 1, origin="truth")],
            explanation=filler,
            source=SourceRef(sentence_index=i, start=0, end=len(filler), sentence=filler),
        )
        for i in range(n_items)
    ]
    return QuestionSet(
        title=f"Version {version}",
        source=SourceText(sha256=version * 8, chars=len(filler)),
        settings=GeneratorSettings(n=n_items, seed=len(version)),
        items=items,
    )


WRITER = textwrap.dedent(
    """
    import sys, os
    from pathlib import Path
    from quizgen.fsutil import atomic_write_bytes
    target, a_path, b_path, mode = sys.argv[1:5]
    versions = [Path(a_path).read_bytes(), Path(b_path).read_bytes()]

    def plain_write(path, data):
        with open(path, "wb") as f:
            for i in range(0, len(data), 65536):
                f.write(data[i : i + 65536])
                f.flush()

    write = atomic_write_bytes if mode == "atomic" else plain_write
    i = 1
    while True:
        write(target, versions[i % 2])
        if i == 1:
            print("ready", flush=True)
        i += 1
    """
)


def _kill_rounds(tmp_path: Path, mode: str, rounds: int, seed: int) -> list[str]:
    """Run the writer ``rounds`` times, SIGKILL it at a random moment, classify the target file.

    Returns one of ``"A"``, ``"B"`` or ``"torn"`` per round.
    """
    a, b = big_set("A"), big_set("B")
    a_bytes, b_bytes = a.to_json().encode(), b.to_json().encode()
    (tmp_path / "a.bin").write_bytes(a_bytes)
    (tmp_path / "b.bin").write_bytes(b_bytes)
    rng = random.Random(seed)
    outcomes: list[str] = []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")])}
    for r in range(rounds):
        target = tmp_path / f"set-{mode}-{r}.json"
        target.write_bytes(a_bytes)  # the "old" file
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target), str(tmp_path / "a.bin"), str(tmp_path / "b.bin"), mode],
            stdout=subprocess.PIPE,
            env=env,
        )
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == b"ready", "writer did not start"
            time.sleep(rng.uniform(0.0, 0.25))
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            if proc.stdout is not None:
                proc.stdout.close()
        assert proc.returncode == -signal.SIGKILL
        data = target.read_bytes()
        if data == a_bytes:
            outcomes.append("A")
        elif data == b_bytes:
            outcomes.append("B")
        else:
            outcomes.append("torn")
    return outcomes


def test_sigkill_during_atomic_save_leaves_old_or_new_file(tmp_path: Path) -> None:
    outcomes = _kill_rounds(tmp_path, "atomic", ROUNDS, seed=1)
    assert "torn" not in outcomes, outcomes
    for r in range(ROUNDS):
        target = tmp_path / f"set-atomic-{r}.json"
        qs = QuestionSet.from_json(target.read_bytes())
        assert qs.title in ("Version A", "Version B")
    # Temporary files a killed save leaves behind are hidden and end in .tmp: never taken for a set.
    strays = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert all(s.endswith(".tmp") for s in strays), strays
    assert not [p for p in tmp_path.glob("*.json") if not p.name.startswith("set-atomic-")]


def test_harness_detects_a_non_atomic_writer(tmp_path: Path) -> None:
    """Control: the same kills against a plain overwrite must catch a torn file."""
    outcomes = _kill_rounds(tmp_path, "plain", ROUNDS, seed=2)
    assert "torn" in outcomes, outcomes


BATCH_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from quizgen.batch import run_batch
    from quizgen.models import QuestionSet, SourceText, GeneratorSettings, TrueFalseItem, Option
    from quizgen.batch import current_generator_version
    import hashlib

    def slow_generate(text, *, n=10, types=("mcq", "tf"), seed=0, title=None):
        text = text.decode("utf-8")
        time.sleep(0.05)
        items = [TrueFalseItem(id=f"i{k}", stem=f"{text[:20]} {k}" + " pad" * 20000,
                 options=[Option(text="True", correct=True), Option(text="False")]) for k in range(n)]
        return QuestionSet(title="t", source=SourceText(sha256=hashlib.sha256(text.encode()).hexdigest()),
                           settings=GeneratorSettings(n=n, types=list(types), seed=seed,
                                                      generator_version=current_generator_version()),
                           items=items)

    print("ready", flush=True)
    run_batch(Path(sys.argv[1]), Path(sys.argv[2]), workers=1, n=10, progress=False, generate_fn=slow_generate)
    """
)


def test_killed_batch_leaves_whole_outputs_and_resumes(tmp_path: Path) -> None:
    """A batch killed half-way leaves only whole question sets; the rerun does only what is missing."""
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(40):
        (inp / f"a{i:02d}.txt").write_text(f"Article number {i}. It has text.", encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen([sys.executable, "-c", BATCH_CHILD, str(inp), str(out)], stdout=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 5:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    done = sorted(out.glob("*.json"))
    assert 5 <= len(done) < 40, "the kill should land in the middle of the batch"
    for p in done:
        QuestionSet.from_json(p.read_bytes())  # whole, valid files only
    assert not (out / "manifest.jsonl").exists()

    # Rerun the same batch to the end: what the killed run finished is skipped, the rest is made.
    subprocess.run([sys.executable, "-c", BATCH_CHILD, str(inp), str(out)], env=env, check=True, capture_output=True, timeout=120)
    rows = [json.loads(x) for x in (out / "manifest.jsonl").read_text().splitlines()]
    assert len(rows) == 40
    assert sum(r["status"] == "skipped" for r in rows) == len(done)
    assert sum(r["status"] == "ok" for r in rows) == 40 - len(done)


def test_ctrl_c_stops_a_batch_promptly(tmp_path: Path) -> None:
    """Regression: on Ctrl-C the pool waited for every queued chunk before exiting."""
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(80):
        (inp / f"a{i:02d}.txt").write_text(f"Article number {i}. It has text.", encoding="utf-8")
    out = tmp_path / "out"
    child = BATCH_CHILD.replace("workers=1", "workers=2").replace("time.sleep(0.05)", "time.sleep(0.2)")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen([sys.executable, "-c", child, str(inp), str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 4:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGINT)
    t0 = time.monotonic()
    proc.wait(timeout=60)
    waited = time.monotonic() - t0
    proc.stdout.close()
    assert proc.stderr is not None and b"KeyboardInterrupt" in proc.stderr.read()
    proc.stderr.close()
    assert len(list(out.glob("*.json"))) < 60, "the batch went on after Ctrl-C"
    assert waited < 10, f"Ctrl-C took {waited:.1f} s to stop the batch"
    for p in out.glob("*.json"):
        QuestionSet.from_json(p.read_bytes())
