"""Write a blind-review sample: quizzes for N random corpus articles of 400+ words.

Each item is printed with its template, its source sentence, its stem and its options
(key marked), for a reviewer who reads the article and judges every item with Heilman &
Smith's rubric (see docs/quality.md). Articles already reviewed can be excluded by file
name, so every round sees texts nobody tuned on.

    .venv/bin/python scripts/quality_sample.py --seed 31337 --n 12 -o /tmp/review/quizzes.md \
        --exclude-from /tmp/review1/quizzes.md /tmp/review2/quizzes.md

Reads the corpus from ../shared (or $QUIZGEN_SHARED); never copies it into the repository.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n", type=int, default=10, help="articles in the sample")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--exclude-from", nargs="*", default=[], help="earlier samples whose articles to skip")
    args = ap.parse_args()
    shared = Path(os.environ.get("QUIZGEN_SHARED", ROOT.parent / "shared"))
    corpus = shared / "corpus" / "onestop"
    if not corpus.is_dir():
        print(f"quality_sample: {corpus} is missing; nothing to sample.")
        return 0
    import quizgen

    seen = set()
    for p in args.exclude_from:
        seen |= {line[2:].split("/")[-1].strip() for line in open(p, encoding="utf-8") if line.startswith("# ")}
    files = sorted(f for lvl in ("adv", "int", "ele") for f in (corpus / lvl).glob("*.txt"))
    files = [f for f in files if f.name not in seen and len(f.read_text(encoding="utf-8-sig").split()) >= 400]
    random.Random(args.seed).shuffle(files)
    out, items = [], 0
    for f in files[: args.n]:
        try:
            qs = quizgen.generate(f.read_text(encoding="utf-8-sig"), n=10, title=f.name)
        except quizgen.QuizgenError as e:
            out.append(f"# {f.parent.name}/{f.name}\n\n(no items: {e})\n")
            continue
        lines = [f"# {f.parent.name}/{f.name}", ""]
        for k, it in enumerate(qs.items, 1):
            items += 1
            lines += [f"## Item {k} [{it.template}]", f"Source sentence: {it.source.sentence}", f"Stem: {it.stem}"]
            if it.type == "mcq":
                lines += [f"  - {'(KEY) ' if o.correct else ''}{o.text}" for o in it.options]
            else:
                lines.append(f"  Answer: {it.answer}")
            lines.append("")
        out.append("\n".join(lines))
    Path(args.output).write_text("\n\n".join(out), encoding="utf-8")
    print(f"quality_sample: {items} items from {min(args.n, len(files))} articles -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
