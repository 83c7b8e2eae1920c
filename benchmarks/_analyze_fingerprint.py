"""Canonical fingerprint of ``quizgen.analyze`` (and optionally ``generate``) output.

A guard for speed and memory work: every optimisation of the analysis must leave its
output byte-identical. Dumps, for the seed article and every corpus text, everything a
Document exposes (paragraphs, sentences, tokens with offsets, POS, lemma, chunk tags,
chunk spans, entity spans, removed regions), one JSON line per text, and compares it
with a saved baseline.

Usage::

    .venv/bin/python benchmarks/_analyze_fingerprint.py save /tmp/fp.jsonl [--generate 30]
    .venv/bin/python benchmarks/_analyze_fingerprint.py check /tmp/fp.jsonl [--generate 30]

``--generate N`` also records ``generate(text, n=10).to_json()`` for the first N texts
(compare only against a baseline made with the same generation code). Not a benchmark
(``run_all.py`` skips ``_*.py``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _corpus as C  # noqa: E402


def doc_record(doc) -> dict:
    return {
        "text_sha": hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest(),
        "removed": [[r.start, r.end, r.reason] for r in doc.removed],
        "paragraphs": [[p.index, p.start, p.end, list(p.sentence_indices)] for p in doc.paragraphs],
        "sentences": [
            {
                "i": s.index,
                "p": s.paragraph,
                "span": [s.start, s.end],
                "text": s.text,
                "tokens": [[t.text, t.start, t.end, t.pos, t.lemma, t.chunk] for t in s.tokens],
                "chunks": [[c.label, c.first, c.last, c.start, c.end, c.text] for c in s.chunks],
                "entities": [[e.label, e.first, e.last, e.start, e.end, e.text] for e in s.entities],
                "span_texts": [s.span_text(0, len(s.tokens)), s.words()],
            }
            for s in doc.sentences
        ],
        "str": str(doc),
    }


def texts() -> list[tuple[str, str]]:
    out = []
    seed = C.shared_dir() / "seed" / "kuleba-china-visit.txt"
    if seed.exists():
        out.append(("seed", C.read_text(seed)))
    for p in C.corpus_files():
        out.append((f"{p.parent.name}/{p.name}", C.read_text(p)))
    return out


def fingerprint(n_generate: int):
    import quizgen

    for k, (name, text) in enumerate(texts()):
        rec = {"name": name, "analyze": doc_record(quizgen.analyze(text))}
        if k < n_generate:
            try:
                rec["generate"] = quizgen.generate(text, n=10).to_json()
            except quizgen.QuizgenError as e:
                rec["generate"] = f"{type(e).__name__}: {e}"
        yield json.dumps(rec, sort_keys=True, ensure_ascii=False)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("save", "check"))
    ap.add_argument("path")
    ap.add_argument("--generate", type=int, default=0, help="also fingerprint generate() for the first N texts")
    args = ap.parse_args()
    lines = list(fingerprint(args.generate))
    if args.mode == "save":
        Path(args.path).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"saved {len(lines)} records, sha256 {hashlib.sha256(chr(10).join(lines).encode()).hexdigest()[:16]}")
        return 0
    base = Path(args.path).read_text(encoding="utf-8").splitlines()
    bad = 0
    for old, new in zip(base, lines):
        if old != new:
            o, n = json.loads(old), json.loads(new)
            bad += 1
            if bad <= 5:
                part = "analyze" if o.get("analyze") != n.get("analyze") else "generate"
                print(f"DIFF {o['name']} ({part})")
                if part == "analyze":
                    for so, sn in zip(o["analyze"]["sentences"], n["analyze"]["sentences"]):
                        if so != sn:
                            for key in so:
                                if so[key] != sn.get(key):
                                    print(f"  sentence {so['i']} {key}:\n    old {so[key]}\n    new {sn.get(key)}")
                            break
    if len(base) != len(lines):
        print(f"record count differs: baseline {len(base)}, now {len(lines)}")
        bad += 1
    print(f"{'IDENTICAL' if not bad else 'DIFFERENT'}: {len(lines)} records, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
