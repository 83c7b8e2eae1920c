"""Batch mechanics: discovery, resumability, bad files, worker crashes, manifest, engines.

Most tests inject :func:`fake_generate`, a fast deterministic stand-in for
:func:`quizgen.generate` whose behaviour is keyed by marker words in the text, so the batch
machinery is tested on its own. One test runs the real generator end to end.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import pytest

from quizgen.batch import (
    MANIFEST_NAME,
    BatchError,
    BatchSettings,
    current_generator_version,
    find_inputs,
    process_one,
    run_batch,
)
from quizgen.errors import EmptyInputError, NotEnglishError, NotTextError
from quizgen.limits import MAX_UPLOAD_BYTES
from quizgen.models import GeneratorSettings, Option, QuestionSet, SourceRef, SourceText, TrueFalseItem

ARTICLE = (
    "The river flows through the old town. Many visitors come in the summer. "
    "The bridge was built in 1850 by local workers. It is still used today."
)


def fake_generate(text, *, n=10, types=("mcq", "tf"), seed=0, title=None) -> QuestionSet:
    """A deterministic stand-in for quizgen.generate, driven by marker words in the text."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise NotTextError("not UTF-8 text") from e
    if not text.strip():
        raise EmptyInputError("the text is empty")
    if "NOT_ENGLISH" in text:
        raise NotEnglishError("the text is not English")
    if "CRASH_BUG" in text:
        raise RuntimeError("a bug in a stage")
    if "KILL_WORKER" in text:
        os._exit(3)  # simulate a worker killed by the OS (OOM killer, segfault)
    sents = [s.strip() + "." for s in text.split(".") if s.strip()]
    items = []
    pos = 0
    for i, s in enumerate(sents[:n]):
        start = text.find(s[:-1], pos)
        items.append(
            TrueFalseItem(
                id=hashlib.sha256(f"{seed}:{i}:{s}".encode()).hexdigest()[:12],
                stem=s,
                options=[Option(text="True", correct=True, origin="truth"), Option(text="False", origin="truth")],
                source=SourceRef(sentence_index=i, start=max(start, 0), end=max(start, 0) + len(s), sentence=s),
                template="fake",
            )
        )
    return QuestionSet(
        title=title or sents[0][:40],
        source=SourceText(sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), chars=len(text)),
        settings=GeneratorSettings(n=n, types=list(types), seed=seed, generator_version=current_generator_version()),
        items=items,
    )


def _tree(root: Path, files: dict[str, bytes | str]) -> Path:
    for rel, data in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return root


def _manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()]


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json"))}


def test_discovery_mirrors_relative_paths_and_ignores_other_files(tmp_path: Path) -> None:
    inp = _tree(
        tmp_path / "in",
        {
            "a.txt": ARTICLE,
            "sub/b.md": ARTICLE,
            "sub/deep/c.HTML": ARTICLE,
            "notes.pdf": b"%PDF-1.4",
            ".hidden.txt": ARTICLE,
            ".git/x.txt": ARTICLE,
        },
    )
    out = tmp_path / "out"
    s = run_batch(inp, out, workers=1, progress=False, generate_fn=fake_generate)
    assert [r.path for r in s.ok] == ["a.txt", "sub/b.md", "sub/deep/c.HTML"]
    assert sorted(_outputs(out)) == ["a.json", "sub/b.json", "sub/deep/c.json"]
    assert s.exit_code == 0 and not s.failed
    qs = QuestionSet.from_json((out / "sub/b.json").read_bytes())
    assert len(qs.items) == 4 and qs.settings.n == 10


def test_output_dir_inside_input_dir_is_not_scanned(tmp_path: Path) -> None:
    inp = _tree(tmp_path / "in", {"a.txt": ARTICLE})
    out = inp / "out"
    _tree(out, {"stray.txt": ARTICLE})
    assert [p.name for p in find_inputs(inp, exclude=out)] == ["a.txt"]


def test_two_inputs_with_one_output_name_keep_their_suffixes(tmp_path: Path) -> None:
    inp = _tree(tmp_path / "in", {"a.txt": ARTICLE, "a.md": ARTICLE + " More."})
    out = tmp_path / "out"
    s = run_batch(inp, out, workers=1, progress=False, generate_fn=fake_generate)
    assert len(s.ok) == 2
    assert sorted(_outputs(out)) == ["a.md.json", "a.txt.json"]


def test_resume_skips_up_to_date_outputs_and_redoes_changed_ones(tmp_path: Path) -> None:
    inp = _tree(tmp_path / "in", {"a.txt": ARTICLE, "b.txt": "\ufeff" + ARTICLE + " Extra line here.", "c.txt": ARTICLE})
    out = tmp_path / "out"
    first = run_batch(inp, out, workers=1, progress=False, generate_fn=fake_generate)
    assert len(first.ok) == 3
    before = _outputs(out)

    again = run_batch(inp, out, workers=1, progress=False, generate_fn=fake_generate)
    assert [r.path for r in again.skipped] == ["a.txt", "b.txt", "c.txt"] and not again.ok
    assert [r.items for r in again.skipped] == [r.items for r in first.ok]
    assert _outputs(out) == before

    (inp / "b.txt").write_text(ARTICLE + " Changed.", encoding="utf-8")
    changed = run_batch(inp, out, workers=1, progress=False, generate_fn=fake_generate)
    assert [r.path for r in changed.ok] == ["b.txt"]
    assert [r.path for r in changed.skipped] == ["a.txt", "c.txt"]

    reseeded = run_batch(inp, out, workers=1, seed=7, progress=False, generate_fn=fake_generate)
    assert len(reseeded.ok) == 3
    fewer = run_batch(inp, out, workers=1, seed=7, n=2, progress=False, generate_fn=fake_generate)
    assert len(fewer.ok) == 3
    tf_only = run_batch(inp, out, workers=1, seed=7, n=2, types=("tf",), progress=False, generate_fn=fake_generate)
    assert len(tf_only.ok) == 3
    both = run_batch(inp, out, workers=1, seed=7, n=2, types=("tf", "mcq"), progress=False, generate_fn=fake_generate)
    assert len(both.ok) == 3
    # types are a set: another order or a comma list is the same setting, so nothing is redone
    same = run_batch(inp, out, workers=1, seed=7, n=2, types="mcq,tf", progress=False, generate_fn=fake_generate)
    assert len(same.skipped) == 3 and not same.ok


def test_corrupt_or_foreign_output_is_regenerated(tmp_path: Path) -> None:
    inp = _tree(tmp_path / "in", {"a.txt": ARTICLE, "b.txt": ARTICLE})
    out = tmp_path / "out"
    run_batch(inp, out, workers=1, progress=False, generate_fn=fake_generate)
    (out / "a.json").write_text("{not json", encoding="utf-8")
    doc = json.loads((out / "b.json").read_text(encoding="utf-8"))
    doc["settings"]["generator_version"] = "0.0.0-old"
    (out / "b.json").write_text(json.dumps(doc), encoding="utf-8")
    s = run_batch(inp, out, workers=1, progress=False, generate_fn=fake_generate)
    assert [r.path for r in s.ok] == ["a.txt", "b.txt"]
    QuestionSet.from_json((out / "a.json").read_bytes())


def _bad_tree(root: Path) -> Path:
    _tree(
        root,
        {
            "good1.txt": ARTICLE,
            "good2.txt": ARTICLE + " Another sentence.",
            "binary.txt": bytes(range(256)) * 4,
            "empty.txt": "",
            "blank.md": "   \n\t\n",
            "foreign.txt": "NOT_ENGLISH Der Fluss fließt durch die Altstadt.",
            "bug.txt": "CRASH_BUG " + ARTICLE,
        },
    )
    with open(root / "huge.txt", "wb") as f:  # sparse: costs no disk
        f.truncate(MAX_UPLOAD_BYTES + 1)
    return root


EXPECTED_FAILURES = {
    "binary.txt": "NotTextError",
    "blank.md": "EmptyInputError",
    "bug.txt": "RuntimeError",
    "empty.txt": "EmptyInputError",
    "foreign.txt": "NotEnglishError",
    "huge.txt": "InputTooLargeError",
}


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_files_are_listed_and_never_stop_the_batch(tmp_path: Path, workers: int) -> None:
    inp = _bad_tree(tmp_path / "in")
    out = tmp_path / "out"
    s = run_batch(inp, out, workers=workers, progress=False, generate_fn=fake_generate)
    assert [r.path for r in s.ok] == ["good1.txt", "good2.txt"]
    assert {r.path: r.error_type for r in s.failed} == EXPECTED_FAILURES
    assert s.exit_code == 1
    assert all(r.error and "\n" not in r.error for r in s.failed)
    text = s.format()
    for name, etype in EXPECTED_FAILURES.items():
        assert f"FAILED {name}: {etype}" in text
    lines = _manifest(out)
    assert [d["path"] for d in lines] == sorted(d["path"] for d in lines)
    assert len(lines) == 8
    by_path = {d["path"]: d for d in lines}
    assert by_path["huge.txt"]["status"] == "failed" and "12.0 MiB" in by_path["huge.txt"]["error"]
    assert by_path["good1.txt"] == {**by_path["good1.txt"], "status": "ok", "error_type": None, "items": 4, "output": "good1.json"}
    assert set(lines[0]) == {"path", "status", "error_type", "error", "items", "seconds", "output"}
    assert sorted(_outputs(out)) == ["good1.json", "good2.json"]


def test_two_workers_write_the_same_bytes_as_one(tmp_path: Path) -> None:
    files = {f"t{i:02d}.txt": ARTICLE + f" Item number {i} is here." for i in range(20)}
    one = run_batch(_tree(tmp_path / "in", files), tmp_path / "o1", workers=1, progress=False, generate_fn=fake_generate)
    two = run_batch(tmp_path / "in", tmp_path / "o2", workers=2, progress=False, generate_fn=fake_generate)
    assert two.workers == 2 and len(two.ok) == 20
    assert _outputs(tmp_path / "o1") == _outputs(tmp_path / "o2")

    def strip(rows: list[dict]) -> list[dict]:
        return [{k: v for k, v in d.items() if k != "seconds"} for d in rows]

    assert strip(_manifest(tmp_path / "o1")) == strip(_manifest(tmp_path / "o2"))
    assert [r.path for r in one.ok] == [r.path for r in two.ok]


def test_a_worker_that_dies_fails_only_its_own_file(tmp_path: Path) -> None:
    files = {f"t{i:02d}.txt": ARTICLE + f" Number {i}." for i in range(12)}
    files["t05.txt"] = "KILL_WORKER " + ARTICLE
    inp = _tree(tmp_path / "in", files)
    for k in range(3):  # the crash races with submission and with other workers' writes
        s = run_batch(inp, tmp_path / f"out{k}", workers=2, progress=False, generate_fn=fake_generate)
        assert [(r.path, r.error_type) for r in s.failed] == [("t05.txt", "WorkerCrashed")]
        # a job whose pool broke after it wrote its output is redone, not reported "skipped"
        assert len(s.ok) == 11 and not s.skipped


def test_process_one_is_pure_and_reports_instead_of_raising(tmp_path: Path) -> None:
    inp = _tree(tmp_path / "in", {"a.txt": ARTICLE})
    settings = BatchSettings(input_dir=str(inp), generator_version=current_generator_version(), generate_fn=fake_generate)
    rec = process_one(str(inp / "a.txt"), str(tmp_path / "out"), settings)
    assert rec["status"] == "ok" and rec["output"] == "a.json"
    rec2 = process_one(str(inp / "a.txt"), str(tmp_path / "out"), settings)
    assert rec2["status"] == "skipped"
    missing = process_one(str(inp / "gone.txt"), str(tmp_path / "out"), settings)
    assert missing["status"] == "failed" and missing["error_type"] == "FileNotFoundError"


@pytest.mark.parametrize(
    "kwargs",
    [{"n": 0}, {"n": 201}, {"types": ()}, {"types": ("essay",)}, {"types": ("tf", "essay")}, {"workers": 0}, {"engine": "spark"}],
)
def test_bad_settings_raise_batch_error(tmp_path: Path, kwargs: dict) -> None:
    inp = _tree(tmp_path / "in", {"a.txt": ARTICLE})
    with pytest.raises(BatchError):
        run_batch(inp, tmp_path / "out", progress=False, generate_fn=fake_generate, **kwargs)


def test_missing_input_folder_raises_batch_error(tmp_path: Path) -> None:
    with pytest.raises(BatchError, match="does not exist"):
        run_batch(tmp_path / "nope", tmp_path / "out", progress=False)


def test_empty_folder_gives_an_empty_manifest(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    s = run_batch(tmp_path / "in", tmp_path / "out", progress=False, generate_fn=fake_generate)
    assert s.total == 0 and s.exit_code == 0
    assert (tmp_path / "out" / MANIFEST_NAME).read_text() == ""


def test_dask_missing_gives_install_hint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inp = _tree(tmp_path / "in", {"a.txt": ARTICLE})
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # makes the import fail
    with pytest.raises(BatchError, match=r"pip install 'quizgen\[dask\]'"):
        run_batch(inp, tmp_path / "out", engine="dask", scheduler="tcp://127.0.0.1:1", progress=False, generate_fn=fake_generate)


def test_dask_local_cluster_gives_the_same_outputs_as_processes(tmp_path: Path) -> None:
    try:
        import cloudpickle
        from dask.distributed import LocalCluster
    except ImportError:
        pytest.skip("dask[distributed] is not installed (optional extra quizgen[dask])")
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers need not import this test file
    files = {f"t{i}.txt": ARTICLE + f" Number {i}." for i in range(6)}
    files["binary.txt"] = b"\xff\xfe\x00bad"
    inp = _tree(tmp_path / "in", files)
    ref = run_batch(inp, tmp_path / "ref", workers=1, progress=False, generate_fn=fake_generate)
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        s = run_batch(
            inp, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, progress=False, generate_fn=fake_generate
        )
        again = run_batch(
            inp, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address, progress=False, generate_fn=fake_generate
        )
    assert [r.path for r in s.ok] == [r.path for r in ref.ok]
    assert [(r.path, r.error_type) for r in s.failed] == [("binary.txt", "NotTextError")]
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "ref")
    assert len(again.skipped) == 6 and not again.ok


@pytest.mark.corpus
def test_real_generator_end_to_end_and_resume(tmp_path: Path) -> None:
    """The real pipeline: an output written by quizgen.generate is recognised as up to date."""
    seed = Path(__file__).resolve().parents[2] / "shared" / "seed" / "kuleba-china-visit.txt"
    if not seed.exists():
        pytest.skip("needs ../shared/seed/kuleba-china-visit.txt")
    inp = _tree(tmp_path / "in", {"kuleba.txt": seed.read_bytes(), "sub/empty.txt": "", "bin.txt": b"\x00\xff" * 50})
    s = run_batch(inp, tmp_path / "out", workers=1, n=5, progress=False)
    assert [r.path for r in s.ok] == ["kuleba.txt"], s.format()
    assert {r.path: r.error_type for r in s.failed} == {"sub/empty.txt": "EmptyInputError", "bin.txt": "NotTextError"}
    qs = QuestionSet.from_json((tmp_path / "out" / "kuleba.json").read_bytes())
    assert 1 <= len(qs.items) <= 5 and qs.settings.seed == 0
    again = run_batch(inp, tmp_path / "out", workers=1, n=5, progress=False)
    assert [r.path for r in again.skipped] == ["kuleba.txt"], "real outputs must be recognised as up to date"


def test_batch_leaves_no_thread_behind(tmp_path: Path) -> None:
    """Regression: tqdm's monitor thread outlived a batch, so the next batch in the same process
    saw a thread, gave up ``fork`` and each worker reloaded the pipeline (2 workers 4x slower)."""
    import threading

    from quizgen.batch import _progress_bar

    before = {t.ident for t in threading.enumerate()}
    bar = _progress_bar(3, enabled=True)
    bar.update(1)
    bar.close()
    inp = _tree(tmp_path / "in", {"a.txt": ARTICLE, "b.txt": ARTICLE + " Two."})
    run_batch(inp, tmp_path / "out", workers=2, progress=True, generate_fn=fake_generate)
    assert {t.ident for t in threading.enumerate()} == before
