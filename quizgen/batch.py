"""Batch generation: one question set per input file, in parallel, resumable.

Why it is shaped like this:

* The per-file job, :func:`process_one`, is a pure top-level function of its arguments
  (a path, an output folder and a :class:`BatchSettings`), so the same function runs in-process,
  in a :class:`~concurrent.futures.ProcessPoolExecutor` and on a Dask cluster. It never raises:
  every failure, a :class:`~quizgen.errors.QuizgenError` or a bug, becomes a ``failed`` record,
  so one bad file never stops the batch.
* Resumable: an output whose ``source.sha256`` matches its input and whose settings
  (``n``, ``types``, ``seed``, ``generator_version``) match the run's is skipped.
* Outputs are written with :func:`quizgen.fsutil.atomic_write_bytes`, so a killed batch leaves
  whole files only, and the next run picks up where it stopped.
* The manifest ``OUT_DIR/manifest.jsonl`` has one line per input, sorted by path, so two runs
  over the same inputs produce the same lines (apart from ``seconds``).
* A worker that dies (killed, out of memory) breaks a process pool; the files it may have held
  are run again, first in a fresh pool and then one at a time, so only the file that really
  kills its worker is listed as failed (``WorkerCrashed``).

The CLI (``quizgen batch``) calls :func:`run_batch` and maps ``summary.failed`` to exit code 1.
"""

from __future__ import annotations

import gc
import hashlib
import importlib
import json
import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from quizgen.errors import QuizgenError, SchemaError
from quizgen.fsutil import atomic_write_bytes
from quizgen.limits import MAX_UPLOAD_BYTES, check_items, check_upload_size

INPUT_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm")
"""File name endings taken as articles (case-insensitive); everything else is ignored."""

MANIFEST_NAME = "manifest.jsonl"
ITEM_TYPES = ("mcq", "tf")

GenerateFn = Callable[..., Any]  # (text: str | bytes, *, n, types, seed, title) -> QuestionSet


class BatchError(QuizgenError):
    """A batch cannot start: bad folder, bad settings, or a missing optional engine."""


@dataclass(frozen=True, slots=True)
class BatchSettings:
    """Everything a worker needs besides the file; picklable (plain values and a top-level function).

    ``generate_fn`` is ``None`` for :func:`quizgen.generate`; tests inject a fake.
    """

    input_dir: str
    n: int = 10
    types: tuple[str, ...] = ITEM_TYPES
    seed: int = 0
    generator_version: str = ""
    generate_fn: GenerateFn | None = None


@dataclass(slots=True)
class FileResult:
    """One manifest line: what happened to one input file."""

    path: str  # relative to the input folder, POSIX separators
    status: str  # "ok" | "skipped" | "failed"
    error_type: str | None = None
    error: str | None = None
    items: int | None = None
    seconds: float = 0.0
    output: str | None = None  # relative to the output folder

    def to_json_line(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=False)


@dataclass(slots=True)
class BatchSummary:
    """What a batch did. ``failed`` non-empty means the CLI exits with 1."""

    ok: list[FileResult] = field(default_factory=list)
    skipped: list[FileResult] = field(default_factory=list)
    failed: list[FileResult] = field(default_factory=list)
    manifest: Path | None = None
    seconds: float = 0.0
    workers: int = 1
    engine: str = "process"

    @property
    def total(self) -> int:
        return len(self.ok) + len(self.skipped) + len(self.failed)

    @property
    def exit_code(self) -> int:
        """0 when every file is ok or skipped, 1 when any failed."""
        return 1 if self.failed else 0

    def results(self) -> list[FileResult]:
        """All results sorted by path (the manifest order)."""
        return sorted([*self.ok, *self.skipped, *self.failed], key=lambda r: r.path)

    def format(self) -> str:
        """The human summary printed at the end of a batch: counts, then each failure."""
        lines = [
            f"{self.total} files: {len(self.ok)} generated, {len(self.skipped)} up to date, "
            f"{len(self.failed)} failed ({self.seconds:.1f} s, {self.workers} workers, {self.engine})"
        ]
        for r in sorted(self.failed, key=lambda r: r.path):
            lines.append(f"  FAILED {r.path}: {r.error_type}: {r.error}")
        if self.manifest is not None:
            lines.append(f"Manifest: {self.manifest}")
        return "\n".join(lines)


# --------------------------------------------------------------------------- the per-file job


def current_generator_version() -> str:
    """The ``generator_version`` a fresh run writes; part of the up-to-date check."""
    try:
        gen_mod = importlib.import_module("quizgen.pipeline")
        v = getattr(gen_mod, "GENERATOR_VERSION", None)
        if isinstance(v, str) and v:
            return v
    except Exception:  # the generator may not import (yet); fall back to the package version
        pass
    from quizgen import __version__

    return __version__


def output_relpath(rel: str) -> str:
    """``news/a.txt`` -> ``news/a.json``: the output mirrors the input's relative path."""
    p = Path(rel)
    return p.with_suffix(".json").as_posix()


def source_hashes(data: bytes) -> set[str]:
    """SHA-256 values an output made from ``data`` may record as ``source.sha256``.

    The raw bytes, and the UTF-8 text without a byte-order mark (what the generator hashes
    when it is given text). Either one matching means the input did not change.
    """
    hashes = {hashlib.sha256(data).hexdigest()}
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    hashes.add(hashlib.sha256(body).hexdigest())
    try:
        text = body.decode("utf-8")
        hashes.add(hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest())
    except UnicodeDecodeError:
        pass
    return hashes


def _up_to_date(out_path: Path, data: bytes, settings: BatchSettings) -> int | None:
    """Number of items of an existing output that matches input and settings, else ``None``."""
    try:
        raw = out_path.read_bytes()
    except OSError:
        return None
    from quizgen.models import QuestionSet

    try:
        qs = QuestionSet.from_json(raw)
    except SchemaError:
        return None
    s = qs.settings
    if (
        s.n != settings.n
        or list(s.types) != list(settings.types)
        or s.seed != settings.seed
        or s.generator_version != settings.generator_version
        or qs.source.sha256 not in source_hashes(data)
    ):
        return None
    return len(qs.items)


def process_one(
    path_str: str, out_dir_str: str, settings: BatchSettings, out_rel: str | None = None, *, force: bool = False
) -> dict:
    """Generate (or skip) one input file and write its question set; return its manifest record.

    Never raises for a bad file: errors become ``status="failed"`` with the error's class name
    and message. ``out_rel`` overrides the output's relative path (used when two inputs would
    map to the same output name); ``force`` regenerates even an up-to-date output.
    """
    t0 = time.perf_counter()
    path = Path(path_str)
    try:
        rel = path.relative_to(settings.input_dir).as_posix()
    except ValueError:
        rel = path.name
    out_rel = out_rel or output_relpath(rel)
    out_path = Path(out_dir_str) / out_rel
    rec = FileResult(path=rel, status="failed", output=out_rel)
    try:
        size = path.stat().st_size
        check_upload_size(size, name=f"The file {rel}")
        with path.open("rb") as f:
            data = f.read(MAX_UPLOAD_BYTES + 1)
        check_upload_size(len(data), name=f"The file {rel}")  # grew since stat
        items = None if force else _up_to_date(out_path, data, settings)
        if items is not None:
            rec.status, rec.items = "skipped", items
        else:
            fn = settings.generate_fn
            if fn is None:
                from quizgen import generate as fn  # the public API, with its input checks
            qs = fn(data, n=settings.n, types=tuple(settings.types), seed=settings.seed, title=None)
            atomic_write_bytes(out_path, qs.to_json().encode("utf-8"))
            rec.status, rec.items = "ok", len(qs.items)
    except QuizgenError as e:
        rec.error_type, rec.error = type(e).__name__, _one_line(str(e))
    except OSError as e:
        rec.error_type, rec.error = type(e).__name__, _one_line(f"{e.strerror or e}: {rel}")
    except Exception as e:  # a bug in a stage must not stop the batch; keep its name for the report
        rec.error_type, rec.error = type(e).__name__, _one_line(f"internal error: {e!r}")
    if rec.status == "failed":
        rec.output = None
    rec.seconds = round(time.perf_counter() - t0, 4)
    return asdict(rec)


def _one_line(msg: str, limit: int = 500) -> str:
    msg = " ".join(msg.split())
    return msg if len(msg) <= limit else msg[: limit - 1] + "…"


def _process_chunk(
    jobs: Sequence[tuple[str, str]], out_dir_str: str, settings: BatchSettings, force: bool = False
) -> list[dict]:
    """Run several jobs in one task, to keep the per-task overhead of a pool small."""
    return [process_one(p, out_dir_str, settings, out_rel, force=force) for p, out_rel in jobs]


# --------------------------------------------------------------------------- discovery


def find_inputs(input_dir: Path, exclude: Path | None = None) -> list[Path]:
    """Article files under ``input_dir``, recursively, sorted; hidden names and ``exclude`` skipped.

    ``os.walk`` without following directory links, so a link loop cannot hang a batch.
    """
    found: list[Path] = []
    excl = exclude.resolve() if exclude is not None else None
    for root, dirs, files in os.walk(input_dir):
        rootp = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (excl is None or (rootp / d).resolve() != excl))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(INPUT_SUFFIXES):
                continue
            p = rootp / name
            if p.is_file():
                found.append(p)
    return sorted(found, key=lambda p: p.relative_to(input_dir).as_posix())


def _plan(input_dir: Path, files: list[Path]) -> list[tuple[str, str]]:
    """(path, output rel) per input; inputs that would share an output keep their suffix."""
    rels = [f.relative_to(input_dir).as_posix() for f in files]
    outs = [output_relpath(r) for r in rels]
    counts: dict[str, int] = {}
    for o in outs:
        counts[o] = counts.get(o, 0) + 1
    return [(str(f), o if counts[o] == 1 else r + ".json") for f, r, o in zip(files, rels, outs)]


# --------------------------------------------------------------------------- engines


def default_workers() -> int:
    """CPUs this process may use (affinity-aware), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _mp_context() -> multiprocessing.context.BaseContext:
    """``fork`` on Linux when the caller is single-threaded (workers inherit the warmed-up
    pipeline for free); otherwise ``forkserver``/``spawn``, which are safe with threads."""
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["quizgen.batch", "quizgen.pipeline"])
        return ctx
    return multiprocessing.get_context("spawn")


_WARM_TEXT = (
    "The old bridge over the river was built in 1850 by workers from the town. "
    "Today thousands of people cross it every day, and many visitors come to see it in summer. "
    "The mayor said that the city would repair the bridge next year."
)


def _warm_parent(settings: BatchSettings) -> None:
    """Load the pipeline (modules, tagger, lexicons) once in the parent before forking, so the
    workers share it copy-on-write instead of each loading it again."""
    if settings.generate_fn is not None:
        return
    try:
        from quizgen import generate

        generate(_WARM_TEXT, n=1, seed=0)
    except Exception:  # warming is an optimisation; the real jobs report any error
        pass


def _chunks(jobs: list[tuple[str, str]], size: int) -> list[list[tuple[str, str]]]:
    return [jobs[i : i + size] for i in range(0, len(jobs), size)]


def _crash_record(job: tuple[str, str], settings: BatchSettings, err: BaseException) -> dict:
    path = job[0]
    try:
        rel = Path(path).relative_to(settings.input_dir).as_posix()
    except ValueError:
        rel = Path(path).name
    return asdict(
        FileResult(
            path=rel,
            status="failed",
            error_type="WorkerCrashed",
            error=_one_line(f"the worker process died on this file ({type(err).__name__}: {err})"),
        )
    )


def _run_pool(
    jobs: list[tuple[str, str]],
    out_dir: str,
    settings: BatchSettings,
    workers: int,
    on_done: Callable[[dict], None],
    ctx: multiprocessing.context.BaseContext,
) -> None:
    """Run jobs on a process pool; survive workers that die by isolating the culprit file.

    Round 0 runs chunks; after a pool breaks, its unfinished jobs are retried one per task in a
    fresh pool (round 1), and what still breaks is retried alone (round 2+), where a crash can
    only be that file's.
    """
    size = max(1, min(4, len(jobs) // (workers * 8)))  # small chunks: even load at the end
    pending: list[list[tuple[str, str]]] = _chunks(jobs, size)
    forked = ctx.get_start_method() == "fork"
    if forked:
        _warm_parent(settings)
        # Objects that exist now move out of the collector's reach, so collections in the
        # workers do not write to (and so copy) the pages they share with the parent.
        gc.freeze()
    try:
        _pool_rounds(pending, out_dir, settings, workers, on_done, ctx)
    finally:
        if forked:
            gc.unfreeze()


def _pool_rounds(
    pending: list[list[tuple[str, str]]],
    out_dir: str,
    settings: BatchSettings,
    workers: int,
    on_done: Callable[[dict], None],
    ctx: multiprocessing.context.BaseContext,
) -> None:
    rnd = 0
    while pending:
        if rnd >= 6:  # cannot happen with the rounds above; a guard against an endless retry
            for chunk in pending:
                for job in chunk:
                    on_done(_crash_record(job, settings, BrokenProcessPool("gave up after repeated crashes")))
            return
        isolate = rnd >= 2
        suspects: list[list[tuple[str, str]]] = []
        batches = [[c] for c in pending] if isolate else [pending]
        for batch in batches:
            # A retried job may have written its output before its pool broke: regenerate it
            # rather than report it as "skipped" (up to date from an earlier run).
            force = rnd > 0
            with ProcessPoolExecutor(max_workers=1 if isolate else workers, mp_context=ctx) as ex:
                futs: dict = {}
                try:
                    for chunk in batch:
                        try:
                            futs[ex.submit(_process_chunk, chunk, out_dir, settings, force)] = chunk
                        except BrokenProcessPool:  # a worker died while we were still submitting
                            suspects.extend([j] for j in chunk)
                    _collect(futs, set(futs), isolate, settings, suspects, on_done)
                except BaseException:
                    # Ctrl-C: cancel the queued chunks and wait only for the running ones. Not
                    # wait=False: the ``with`` exit calls shutdown() again, and that second call
                    # resets the cancel request before the pool's manager thread has seen it.
                    ex.shutdown(wait=True, cancel_futures=True)
                    raise
        pending = suspects
        rnd += 1


def _collect(
    futs: dict,
    not_done: set,
    isolate: bool,
    settings: BatchSettings,
    suspects: list[list[tuple[str, str]]],
    on_done: Callable[[dict], None],
) -> None:
    """Hand each finished chunk's records to ``on_done``; note the jobs of a broken pool."""
    while not_done:
        done, not_done = wait(not_done, return_when=FIRST_COMPLETED)
        for fut in done:
            chunk = futs[fut]
            try:
                results = fut.result()
            except BrokenProcessPool as e:
                if isolate:
                    on_done(_crash_record(chunk[0], settings, e))
                else:
                    suspects.extend([j] for j in chunk)
                continue
            except Exception as e:  # pickling errors and the like: report per file
                for job in chunk:
                    rec = _crash_record(job, settings, e)
                    rec["error_type"] = type(e).__name__
                    on_done(rec)
                continue
            for r in results:
                on_done(r)


def _run_dask(
    jobs: list[tuple[str, str]],
    out_dir: str,
    settings: BatchSettings,
    scheduler: str | None,
    workers: int,
    on_done: Callable[[dict], None],
) -> None:
    """Run :func:`process_one` on a Dask cluster (one task per file).

    Workers must see the input and output folders at the same paths (a shared filesystem).
    Without ``scheduler`` a ``LocalCluster`` of ``workers`` processes is started and closed.
    """
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as e:
        raise BatchError(
            "The Dask engine needs the optional extra: pip install 'quizgen[dask]' "
            "(or run without --engine dask)."
        ) from e
    cluster = None
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout="30s")
            except (OSError, TimeoutError) as e:
                raise BatchError(f"Cannot reach the Dask scheduler at {scheduler!r}: {e}") from e
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
        try:
            k = len(jobs)
            futs = client.map(
                process_one,
                [p for p, _ in jobs],
                [out_dir] * k,
                [settings] * k,
                [o for _, o in jobs],
                pure=False,
            )
            owner = {f.key: job for f, job in zip(futs, jobs)}
            for fut in as_completed(futs):
                try:
                    on_done(fut.result())
                except Exception as e:  # KilledWorker, lost connection: that file failed
                    on_done(_crash_record(owner[fut.key], settings, e))
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------- entry point


class _NoBar:
    """Stands in for tqdm when there is no terminal: no output, and no thread."""

    def update(self, n: int = 1) -> None:
        pass

    def set_postfix(self, **kwargs: Any) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, *, enabled: bool) -> Any:
    """A tqdm bar on stderr, without tqdm's monitor thread: the bar is updated on every file
    anyway, and a thread left running would make the next batch in this process give up
    ``fork`` (see :func:`_mp_context`)."""
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    class _Bar(tqdm):  # type: ignore[misc]
        monitor_interval = 0

    return _Bar(total=total, unit="file", file=sys.stderr, dynamic_ncols=True, mininterval=0.2)


def _validate(n: int, types: Iterable[str] | str, seed: int, engine: str, workers: int | None) -> tuple[str, ...]:
    try:
        check_items(n)
    except QuizgenError as e:
        raise BatchError(str(e)) from e
    wanted = [x.strip() for x in types.split(",")] if isinstance(types, str) else list(types)
    # The generator's own normal form: a set, in canonical order, so ("tf", "mcq") and
    # ("mcq", "tf") are the same settings and do not make a resumed batch start over.
    t = tuple(x for x in ITEM_TYPES if x in wanted)
    unknown = [x for x in wanted if x not in ITEM_TYPES]
    if unknown or not t:
        raise BatchError(f"types must be chosen from {ITEM_TYPES}; got {types!r}")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise BatchError(f"seed must be a whole number; got {seed!r}")
    if engine not in ("process", "dask"):
        raise BatchError(f"engine must be 'process' or 'dask'; got {engine!r}")
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise BatchError(f"workers must be a whole number of at least 1; got {workers!r}")
    return t


def write_manifest(out_dir: Path, results: list[FileResult]) -> Path:
    """Write ``manifest.jsonl`` atomically, one line per input sorted by path."""
    path = out_dir / MANIFEST_NAME
    lines = "".join(r.to_json_line() + "\n" for r in sorted(results, key=lambda r: r.path))
    atomic_write_bytes(path, lines.encode("utf-8"))
    return path


def run_batch(
    input_dir: Path,
    out_dir: Path,
    *,
    workers: int | None = None,
    n: int = 10,
    types: Sequence[str] | str = ITEM_TYPES,
    seed: int = 0,
    engine: str = "process",
    scheduler: str | None = None,
    progress: bool = True,
    generate_fn: GenerateFn | None = None,
) -> BatchSummary:
    """Generate one question set per article under ``input_dir`` into ``out_dir``.

    Args:
        workers: processes to use; default all CPUs this process may use. ``1`` runs in-process.
        engine: ``"process"`` (a local process pool) or ``"dask"`` (``scheduler`` address, or
            a local cluster of ``workers`` processes when no address is given).
        progress: show a tqdm bar on stderr (only when stderr is a terminal).
        generate_fn: replaces :func:`quizgen.generate` (tests); a top-level function so it pickles.

    Returns:
        A :class:`BatchSummary`; the manifest is at ``summary.manifest``.

    Raises:
        BatchError: the input folder is missing, a setting is invalid, or Dask is not installed.
    """
    t0 = time.perf_counter()
    types_t = _validate(n, types, seed, engine, workers)
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    if not input_dir.is_dir():
        raise BatchError(f"The input folder {str(input_dir)!r} does not exist or is not a folder.")
    out_dir.mkdir(parents=True, exist_ok=True)
    files = find_inputs(input_dir, exclude=out_dir)
    jobs = _plan(input_dir, files)
    settings = BatchSettings(
        input_dir=str(input_dir),
        n=n,
        types=types_t,
        seed=seed,
        generator_version=current_generator_version(),
        generate_fn=generate_fn,
    )
    n_workers = max(1, min(workers or default_workers(), len(jobs) or 1))
    summary = BatchSummary(workers=n_workers, engine=engine)
    results: list[FileResult] = []

    # Chosen once, before the progress bar or any pool starts a thread: a pool that breaks
    # leaves threads behind, and the retry rounds must not switch start method.
    ctx = _mp_context() if engine == "process" and n_workers > 1 else None

    bar = _progress_bar(len(jobs), enabled=progress and sys.stderr.isatty())

    def on_done(rec: dict) -> None:
        r = FileResult(**rec)
        results.append(r)
        {"ok": summary.ok, "skipped": summary.skipped}.get(r.status, summary.failed).append(r)
        bar.update(1)
        if r.status == "failed":
            bar.set_postfix(failed=len(summary.failed), refresh=False)

    # Largest files first, so no worker is left with a long file at the end.
    jobs_lpt = sorted(jobs, key=lambda j: (-_size(j[0]), j[0]))
    try:
        if not jobs:
            pass
        elif engine == "dask":
            _run_dask(jobs_lpt, str(out_dir), settings, scheduler, n_workers, on_done)
        elif n_workers == 1:
            for p, o in jobs:
                on_done(process_one(p, str(out_dir), settings, o))
        else:
            assert ctx is not None
            _run_pool(jobs_lpt, str(out_dir), settings, n_workers, on_done, ctx)
    finally:
        bar.close()
    for lst in (summary.ok, summary.skipped, summary.failed):
        lst.sort(key=lambda r: r.path)
    summary.manifest = write_manifest(out_dir, results)
    summary.seconds = time.perf_counter() - t0
    return summary


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


__all__ = [
    "INPUT_SUFFIXES",
    "MANIFEST_NAME",
    "BatchError",
    "BatchSettings",
    "BatchSummary",
    "FileResult",
    "current_generator_version",
    "default_workers",
    "find_inputs",
    "output_relpath",
    "process_one",
    "run_batch",
    "source_hashes",
    "write_manifest",
]
