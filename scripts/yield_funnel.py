"""Where the items of an article go: a yield funnel over the OneStop corpus.

The issue asks for ten items from a 400-word article; most articles give five or six.
This prints, stage by stage, what is left of the article's sentences (a clause the
templates can use, a candidate scored above the selection floor, a selected item) and,
for the sentences that give no clause at all, which refusal in the clause builder
stopped them: the ``return`` line of :func:`quizgen.simplify.clauses_of` or
:func:`quizgen.simplify._clause_from` that ran, with its source line (each refusal
carries a comment naming its reason, usually with the review round that asked for it).

    .venv/bin/python scripts/yield_funnel.py                 # every third corpus file
    .venv/bin/python scripts/yield_funnel.py --every 1 --top 40 --examples 2

A development tool (it traces the interpreter, so it is slow and never used by the
library). Reads the corpus from ../shared (or $QUIZGEN_SHARED).
"""

from __future__ import annotations

import argparse
import linecache
import os
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus_files(every: int) -> list[Path]:
    shared = Path(os.environ.get("QUIZGEN_SHARED", ROOT.parent / "shared"))
    files = sorted((shared / "corpus" / "onestop").glob("[aei][dnl][tve]/*.txt"))
    if not files:
        raise SystemExit(f"No OneStop texts under {shared}/corpus/onestop; set QUIZGEN_SHARED.")
    return files[::every]


def refusal_site(doc, sent) -> str | None:
    """The refusal that left ``sent`` without a clause ("file:line  source"), or None when it has one."""
    from quizgen import simplify

    codes = {simplify._clause_from.__code__: "_clause_from", simplify.clauses_of.__code__: "clauses_of"}
    refusals: list[tuple[str, int]] = []

    def tracer(frame, event, arg):
        name = codes.get(frame.f_code)
        if name is None:
            return None

        def local(frame, event, arg):
            if event == "return":
                empty = not arg if name == "clauses_of" else arg is None or arg[0] is None
                if empty:
                    refusals.append((name, frame.f_lineno))
            return local

        return local

    sys.settrace(tracer)
    try:
        clauses = simplify.clauses_of(doc, sent)
    finally:
        sys.settrace(None)
    if any(not simplify.misparsed(c) for c in clauses):
        return None
    if clauses:
        return "misparsed()  (every clause the builder made was refused as misparsed)"
    # clauses_of's own early refusals name the reason; its final "return out" means every
    # _clause_from attempt failed, and the first attempt (the main clause) is the one that counts
    early = [r for r in refusals if r[0] == "clauses_of" and not _is_final_return(r[1])]
    site = early[-1] if early else next((r for r in refusals if r[0] == "_clause_from"), None)
    if site is None:
        return "unknown"
    path = simplify.__file__
    src = linecache.getline(path, site[1]).strip()
    if "#" not in src:  # no comment on the return: show the test that led to it
        for back in range(1, 4):
            cond = linecache.getline(path, site[1] - back).strip()
            if cond.startswith(("if ", "elif ")):
                src = f"{cond[:150]} -> {src}"
                break
    return f"simplify.py:{site[1]} {site[0]}: {src}"


def _is_final_return(line: int) -> bool:
    from quizgen import simplify

    return linecache.getline(simplify.__file__, line).strip() == "return out"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=3, help="take every Nth corpus file (default 3: 126 files)")
    ap.add_argument("--top", type=int, default=15, help="refusal sites to list")
    ap.add_argument("--examples", type=int, default=1, help="example sentences per site")
    args = ap.parse_args()

    from quizgen.damage import damaged_sentences
    from quizgen.pipeline import run
    from quizgen.ranking import MIN_SCORE
    from quizgen.simplify import document_clauses

    n_sent = with_clause = with_good = 0
    items_long: list[int] = []
    reasons: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for path in corpus_files(args.every):
        text = path.read_bytes().decode("utf-8-sig")
        gen = run(text, n=10)
        doc = gen.doc
        clause_sents = {c.sentence.index for c in document_clauses(doc)}
        good_sents = {c.sentence.index for c in gen.candidates if c.score >= MIN_SCORE}
        damaged = damaged_sentences(doc)
        n_sent += len(doc.sentences)
        with_clause += len(clause_sents)
        with_good += len(good_sents)
        if len(text.split()) >= 400:
            items_long.append(len(gen.selected))
        for s in doc.sentences:
            if s.index in clause_sents:
                continue
            why = "damaged_sentences()  (noise: a heading, a caption, lost characters)" if s.index in damaged else refusal_site(doc, s)
            if why is None:
                continue
            reasons[why] += 1
            if len(examples[why]) < args.examples:
                examples[why].append(s.text[:160])
    pct = lambda k: f"{k:,} ({100 * k / max(1, n_sent):.0f}%)"  # noqa: E731
    print(f"sentences: {n_sent:,}")
    print(f"  with a clause the templates can use: {pct(with_clause)}")
    print(f"  with a candidate scored >= {MIN_SCORE}: {pct(with_good)}")
    if items_long:
        dist = Counter(items_long)
        print(f"articles of 400+ words: {len(items_long)}; items of a 10-item quiz: median {statistics.median(items_long)}, "
              f"10 items in {dist[10]}; distribution {dict(sorted(dist.items()))}")
    print(f"\nsentences without a clause: {pct(sum(reasons.values()))}, by the refusal that stopped them:")
    for why, k in reasons.most_common(args.top):
        print(f"{k:6,}  {why}")
        for ex in examples[why]:
            print(f"          e.g. {ex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
