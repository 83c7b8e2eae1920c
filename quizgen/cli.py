"""The ``quizgen`` command line.

    quizgen generate ARTICLE.txt -o question_bank/NAME.json [--n 10 --types mcq,tf --seed 0]
    quizgen validate FILE.json
    quizgen schema [-o schema.json]
    quizgen report DIR_OR_FILES... -o report.md
    quizgen export SET.json --format gift -o OUT
    quizgen import FILE --format gift -o SET.json
    quizgen batch INPUT_DIR -o OUT_DIR [--workers N] [--engine dask --scheduler ADDR]

Every command exits 0 on success, 1 when the input was bad (with a message saying what
to do, never a traceback) and 2 on a usage error. Output files are written atomically.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizgen.errors import QuizgenError, SchemaError


def _read_bytes(path: str) -> bytes:
    from quizgen.limits import check_upload_size

    p = Path(path)
    if not p.is_file():
        raise QuizgenError(f"No such file: {path}. Check the path and try again.")
    check_upload_size(p.stat().st_size, name=f"The file {path}")
    return p.read_bytes()


def _write(path: str, data: bytes) -> None:
    from quizgen.fsutil import atomic_write_bytes

    if path == "-":
        sys.stdout.buffer.write(data)
    else:
        atomic_write_bytes(path, data)


def cmd_generate(a: argparse.Namespace) -> int:
    from quizgen.pipeline import generate

    data = _read_bytes(a.article)
    qs = generate(data, n=a.n, types=a.types, seed=a.seed, title=a.title or Path(a.article).stem.replace("-", " ").replace("_", " ").capitalize())
    _write(a.output, qs.to_json().encode("utf-8"))
    if a.output != "-":
        print(f"Wrote {len(qs.items)} items to {a.output}", file=sys.stderr)
    return 0


def cmd_validate(a: argparse.Namespace) -> int:
    from quizgen.invariants import set_violations
    from quizgen.models import QuestionSet

    try:
        qs = QuestionSet.from_json(_read_bytes(a.file))
    except SchemaError as e:
        print(f"{a.file}: invalid question set", file=sys.stderr)
        for path, msg in e.errors:
            print(f"  {path}: {msg}", file=sys.stderr)
        return 1
    problems = set_violations(qs)
    for item_id, msgs in problems.items():
        print(f"  warning: item {item_id}: {'; '.join(msgs)}", file=sys.stderr)
    print(f"{a.file}: valid ({len(qs.items)} items)")
    return 0


def cmd_schema(a: argparse.Namespace) -> int:
    from quizgen.models import json_schema

    _write(a.output, json_schema().encode("utf-8"))
    return 0


def cmd_report(a: argparse.Namespace) -> int:
    from quizgen.report import build_report

    def progress(k: int, total: int) -> None:
        print(f"\r  {k}/{total} texts", end="", file=sys.stderr, flush=True)

    md, reports = build_report([Path(p) for p in a.inputs], n=a.n, seed=a.seed, progress=progress)
    print(file=sys.stderr)
    _write(a.output, md.encode("utf-8"))
    n_items = sum(len(r.qs.items) for r in reports if r.qs)
    n_viol = sum(len(v) for r in reports for v in r.violations.values())
    print(f"Report on {len(reports)} texts, {n_items} items, {n_viol} invariant violations: {a.output}", file=sys.stderr)
    return 0


def cmd_export(a: argparse.Namespace) -> int:
    from quizgen.export import FORMATS, export_set, kahoot_report
    from quizgen.models import QuestionSet

    qs = QuestionSet.from_json(_read_bytes(a.set))
    data = export_set(qs, a.format, include_article=a.include_article)
    if a.format == "kahoot":
        for note in kahoot_report(qs):
            print(f"  note: {note}", file=sys.stderr)
    out = a.output or str(Path(a.set).with_suffix(FORMATS[a.format].extension))
    _write(out, data)
    print(f"Wrote {FORMATS[a.format].label} to {out}", file=sys.stderr)
    return 0


def cmd_import(a: argparse.Namespace) -> int:
    from quizgen.export import import_set

    qs = import_set(_read_bytes(a.file), a.format, title=a.title)
    _write(a.output, qs.to_json().encode("utf-8"))
    print(f"Imported {len(qs.items)} items to {a.output}", file=sys.stderr)
    return 0


def cmd_batch(a: argparse.Namespace) -> int:
    from quizgen.batch import run_batch

    summary = run_batch(
        Path(a.input_dir), Path(a.output), workers=a.workers, n=a.n, types=a.types.split(","), seed=a.seed,
        engine=a.engine, scheduler=a.scheduler, progress=not a.no_progress,
    )
    print(summary.format(), file=sys.stderr)
    return summary.exit_code


def _types(value: str) -> str:
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not parts or any(p not in ("mcq", "tf") for p in parts):
        raise argparse.ArgumentTypeError("use mcq, tf or mcq,tf")
    return ",".join(parts)


def build_parser() -> argparse.ArgumentParser:
    from quizgen import __version__

    p = argparse.ArgumentParser(prog="quizgen", description="Offline reading-comprehension quiz generator.")
    p.add_argument("--version", action="version", version=f"quizgen {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def gen_opts(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--n", type=int, default=10, help="number of items (default 10)")
        sp.add_argument("--types", type=_types, default="mcq,tf", help="item types: mcq, tf or mcq,tf (default)")
        sp.add_argument("--seed", type=int, default=0, help="seed for option order and distractor choice")

    g = sub.add_parser("generate", help="generate a question set from an article")
    g.add_argument("article")
    g.add_argument("-o", "--output", required=True, help="output JSON file ('-' for stdout)")
    g.add_argument("--title")
    gen_opts(g)
    g.set_defaults(fn=cmd_generate)

    v = sub.add_parser("validate", help="check a question set against the schema")
    v.add_argument("file")
    v.set_defaults(fn=cmd_validate)

    s = sub.add_parser("schema", help="write the JSON Schema of question sets")
    s.add_argument("-o", "--output", default="-")
    s.set_defaults(fn=cmd_schema)

    r = sub.add_parser("report", help="quality report over articles")
    r.add_argument("inputs", nargs="+")
    r.add_argument("-o", "--output", required=True)
    r.add_argument("--n", type=int, default=10)
    r.add_argument("--seed", type=int, default=0)
    r.set_defaults(fn=cmd_report)

    from quizgen.export import FORMATS

    e = sub.add_parser("export", help="export a question set to another format")
    e.add_argument("set")
    e.add_argument("--format", "-f", required=True, choices=sorted(FORMATS))
    e.add_argument("-o", "--output")
    e.add_argument("--include-article", action="store_true", help="put the article on html/pdf worksheets")
    e.set_defaults(fn=cmd_export)

    i = sub.add_parser("import", help="import a question set from GIFT, Moodle XML or JSON")
    i.add_argument("file")
    i.add_argument("--format", "-f", required=True, choices=sorted(n for n, f in FORMATS.items() if f.can_import))
    i.add_argument("-o", "--output", required=True)
    i.add_argument("--title")
    i.set_defaults(fn=cmd_import)

    b = sub.add_parser("batch", help="generate one question set per article in a folder")
    b.add_argument("input_dir")
    b.add_argument("-o", "--output", required=True)
    b.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    b.add_argument("--engine", choices=["process", "dask"], default="process")
    b.add_argument("--scheduler", help="Dask scheduler address (with --engine dask)")
    b.add_argument("--no-progress", action="store_true")
    gen_opts(b)
    b.set_defaults(fn=cmd_batch)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    a = parser.parse_args(argv)
    try:
        return a.fn(a)
    except QuizgenError as e:
        print(f"quizgen {a.command}: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
