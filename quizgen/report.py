"""Quality report for people reviewing generated items (``quizgen report``).

For each text: yield (candidates, selected), type and template mix, invariant
violations, and every selected item next to its source sentence, with its score and
difficulty. Reading this is how template and ranking changes are judged.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from quizgen.errors import QuizgenError
from quizgen.pipeline import run, to_question_set
from quizgen.invariants import set_violations
from quizgen.models import MultipleChoiceItem, QuestionSet


@dataclass(slots=True)
class TextReport:
    name: str
    words: int = 0
    candidates: int = 0
    qs: QuestionSet | None = None
    error: str = ""
    violations: dict[str, list[str]] = field(default_factory=dict)


def report_text(name: str, text: str, *, n: int = 10, seed: int = 0) -> TextReport:
    r = TextReport(name, words=len(text.split()))
    try:
        gen = run(text, n=n, seed=seed)
        r.candidates = len(gen.candidates)
        r.qs = to_question_set(gen, text, n=n, types=("mcq", "tf"), seed=seed, title=name)
        r.violations = set_violations(r.qs)
    except QuizgenError as e:
        r.error = f"{type(e).__name__}: {e}"
    return r


def _item_md(i: int, item) -> list[str]:
    lines = [f"**{i}. [{item.template}] {item.stem}**  ", f"score {item.score:.2f}, {item.difficulty}  "]
    if isinstance(item, MultipleChoiceItem):
        for o in item.options:
            mark = "x" if o.correct else " "
            lines.append(f"- [{mark}] {o.text} _({o.origin})_")
    else:
        lines.append(f"- answer: **{item.answer}**")
    if item.source is not None:
        lines.append(f"> source [{item.source.sentence_index}]: {item.source.sentence}")
    lines.append("")
    return lines


def render_markdown(reports: list[TextReport]) -> str:
    total_items = sum(len(r.qs.items) for r in reports if r.qs)
    total_viol = sum(len(v) for r in reports for v in r.violations.values())
    types = Counter(it.type for r in reports if r.qs for it in r.qs.items)
    templates = Counter(it.template for r in reports if r.qs for it in r.qs.items)
    failed = [r for r in reports if r.error]
    lines = [
        "# QuizGen quality report",
        "",
        f"- texts: {len(reports)}; items: {total_items}; texts with no items: {len(failed)}",
        f"- invariant violations: {total_viol}",
        f"- type mix: {dict(sorted(types.items()))}",
        f"- template mix: {dict(sorted(templates.items()))}",
        "",
        "| text | words | candidates | items | violations | error |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for r in reports:
        n_items = len(r.qs.items) if r.qs else 0
        lines.append(f"| {r.name} | {r.words} | {r.candidates} | {n_items} | {sum(len(v) for v in r.violations.values())} | {r.error} |")
    lines.append("")
    for r in reports:
        lines.append(f"## {r.name}")
        lines.append("")
        if r.error:
            lines += [f"_{r.error}_", ""]
            continue
        assert r.qs is not None
        for item_id, v in r.violations.items():
            lines.append(f"- VIOLATION {item_id}: {'; '.join(v)}")
        for i, item in enumerate(r.qs.items, 1):
            lines += _item_md(i, item)
    return "\n".join(lines) + "\n"


def collect_inputs(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.suffix.lower() in (".txt", ".md") and q.is_file()))
        else:
            out.append(p)
    return out


def build_report(paths: list[Path], *, n: int = 10, seed: int = 0, progress: Callable[[int, int], None] | None = None) -> tuple[str, list[TextReport]]:
    files = collect_inputs(paths)
    reports = []
    for k, f in enumerate(files):
        try:
            text = f.read_bytes().decode("utf-8-sig", errors="replace")
        except OSError as e:
            reports.append(TextReport(str(f), error=f"cannot read: {e}"))
            continue
        reports.append(report_text(str(f), text, n=n, seed=seed))
        if progress:
            progress(k + 1, len(files))
    return render_markdown(reports), reports
