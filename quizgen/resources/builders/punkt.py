"""Build ``punkt.json.gz``: Punkt sentence-splitter parameters for English news prose.

Why train our own: NLTK's pretrained Punkt pickle is a download and a pickle (unsafe
to load, not reviewable). We train :class:`nltk.tokenize.punkt.PunktTrainer` on the
Brown corpus (re-joined from its tokens into ordinary running text with paragraphs),
then add a hand-written list of abbreviations that quizzes meet in news articles
(titles, months, ``U.S.``, ``e.g.``) so those never depend on training counts.

The result is plain data (abbreviation types, collocations, frequent sentence
starters and orthographic-context flags), written with sorted keys: deterministic.
"""

from __future__ import annotations

from pathlib import Path

from quizgen.resources.builders import meta, write_json_gz, zip_root

ARTIFACT = "punkt.json.gz"
BROWN = "corpora/brown.zip"
WORDS = "corpora/words.zip"

#: Abbreviation types (lowercase, without the final period) always treated as abbreviations.
EXTRA_ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof st sr jr rev hon capt cmdr sgt cpl pvt gen lt col maj adm gov sen rep pres
    supt insp det atty fr sec treas amb dept univ assn bros co corp inc ltd plc llc est approx fig figs
    vol vols pp ed eds no nos vs etc al cf ca
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    u.s u.s.a u.k u.n e.u u.a.e d.c n.y l.a
    e.g i.e a.m p.m ph.d m.d b.a m.a b.sc m.sc
    ave blvd rd mt ft mts
    cm mm km kg gm mg ml lb yd yds hr hrs mos
    """.split()
)

#: Learned "abbreviations" that are really words or fragments of Brown's odd texts.
NOT_ABBREVIATIONS = frozenset("em op os hel ter stat var rul rak cu ath aj sha".split())

_CLOSERS = {".", ",", ";", ":", "?", "!", ")", "]", "}", "''", "'", "%"}
_OPENERS = {"``", "(", "[", "{", "$"}


def detokenize(tokens: list[str]) -> str:
    """Join Brown tokens back into running text (``Mr. Smith left.``), straight quotes."""
    out: list[str] = []
    glue_next = False
    for tok in tokens:
        form = '"' if tok in ("``", "''") else tok
        if out and not glue_next and tok not in _CLOSERS and not tok.startswith("'"):
            out.append(" ")
        out.append(form)
        glue_next = tok in _OPENERS
    return "".join(out)


def training_text(nltk_data: Path) -> str:
    """The whole Brown corpus as paragraphs of running text separated by blank lines."""
    from nltk.corpus.reader import CategorizedTaggedCorpusReader

    reader = CategorizedTaggedCorpusReader(
        zip_root(nltk_data, BROWN, "brown/"), r"c[a-z]\d\d", cat_file="cats.txt", encoding="ascii"
    )
    paras = []
    for para in reader.paras():
        paras.append(" ".join(detokenize(sent) for sent in para))
    return "\n\n".join(paras)


def english_words(nltk_data: Path) -> frozenset[str]:
    """Lowercased entries of the ``words`` list (to veto learned abbreviations like ``elk``)."""
    from nltk.corpus.reader import WordListCorpusReader

    reader = WordListCorpusReader(zip_root(nltk_data, WORDS, "words/"), ["en"])
    return frozenset(w.lower() for w in reader.words())


def keep_learned(abbrev: str, words: frozenset[str]) -> bool:
    """Keep a learned abbreviation unless it is a plain English word of 3+ letters.

    Brown teaches Punkt that e.g. ``elk.`` and ``gut.`` are abbreviations (from a
    handful of odd passages); in quiz texts those are sentence ends.
    """
    if abbrev in NOT_ABBREVIATIONS:
        return False
    return "." in abbrev or len(abbrev) < 3 or abbrev not in words


def train(text: str, words: frozenset[str] = frozenset()) -> dict:
    """Train Punkt on ``text``, filter and extend its abbreviations, return the JSON payload."""
    from nltk.tokenize.punkt import PunktTrainer

    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    trainer.train(text, finalize=True)
    params = trainer.get_params()
    abbrevs = {a for a in params.abbrev_types if keep_learned(a, words)} | EXTRA_ABBREVIATIONS
    return {
        "abbrev_types": sorted(abbrevs),
        "collocations": sorted([a, b] for a, b in params.collocations),
        "sent_starters": sorted(params.sent_starters),
        "ortho_context": {k: v for k, v in params.ortho_context.items() if v},
    }


def build(nltk_data: Path, out_dir: Path) -> list[Path]:
    payload = train(training_text(nltk_data), english_words(nltk_data))
    payload["meta"] = meta(
        "punkt", nltk_data, [BROWN, WORDS],
        training="Brown corpus paragraphs, detokenized, PunktTrainer(INCLUDE_ALL_COLLOCS=True)",
        extra_abbreviations=len(EXTRA_ABBREVIATIONS),
    )
    return [write_json_gz(Path(out_dir) / ARTIFACT, payload)]
