"""Build ``lexicon.json.gz`` (a compact WordNet 3.0 graph) and ``words.json.gz`` (vocabulary).

Why not ship WordNet itself: the NLTK database is 37 MB and its reader needs
nltk_data at run time. Distractor generation needs only a few relations, so the
builder reads WordNet once (NLTK's reader over the zip) and keeps, per synset, its
name, lexicographer file, lemmas with SemCor counts and hypernym links; per lemma,
its senses in WordNet order; and the antonym lists, precomputed (they need lemma
pointers and adjective clusters, which are not kept).

``words.json.gz`` holds what :func:`quizgen.text.lexicon.is_english_word` needs for
language detection: the ``words`` list and WordNet lemma forms, lowercased, plus the
English stopwords and WordNet's irregular-inflection exception lists.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from quizgen.resources.builders import meta, write_json_gz, zip_root

LEXICON = "lexicon.json.gz"
WORDS_ARTIFACT = "words.json.gz"
WORDNET = "corpora/wordnet.zip"
WORDS = "corpora/words.zip"
STOPWORDS = "corpora/stopwords.zip"
POSES = ("n", "v", "a", "r")


def wordnet_reader(nltk_data: Path):
    from nltk.corpus.reader import WordNetCorpusReader

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return WordNetCorpusReader(zip_root(nltk_data, WORDNET, "wordnet/"), None)


def _counts(wn) -> dict[str, int]:
    """Sense key -> SemCor tag count, read from ``cntlist.rev`` in one pass (Lemma.count() is a file search)."""
    counts: dict[str, int] = {}
    with wn.open("cntlist.rev") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                counts[parts[0]] = int(parts[2])
    return counts


def _by_name(related: list) -> list:
    """WordNet pointers sorted by name: NLTK returns them in set order, which varies per process."""
    return sorted(related, key=lambda x: (x.name(), x.synset().name()) if hasattr(x, "synset") else (x.name(), ""))


def _lemma_text(name: str) -> str:
    return name.replace("_", " ")


def _antonyms(wn, lemma: str, pos: str, counts: dict[str, int]) -> list[str]:
    """Direct antonyms of every sense; for adjectives also those of each satellite's head.

    Ordered by the antonym's SemCor count (descending), then first appearance.
    """
    found: dict[str, int] = {}
    order: list[str] = []

    def add(ant) -> None:
        text = _lemma_text(ant.name())
        c = counts.get(ant.key(), 0)
        if text not in found:
            order.append(text)
            found[text] = c
        else:
            found[text] = max(found[text], c)

    offsets = wn._lemma_pos_offset_map.get(lemma, {}).get(pos, [])
    for off in offsets:
        syn = wn.synset_from_pos_and_offset(pos, off)
        for lem in syn.lemmas():
            if lem.name().lower() == lemma.replace(" ", "_"):
                for ant in _by_name(lem.antonyms()):
                    add(ant)
        if pos == "a" and syn.pos() == "s":
            for head in _by_name(syn.similar_tos()):
                if head.pos() != "a":
                    continue
                for hl in head.lemmas():
                    for ant in _by_name(hl.antonyms()):
                        add(ant)
    rank = {t: i for i, t in enumerate(order)}
    return sorted(order, key=lambda t: (-found[t], rank[t]))


def build_lexicon(wn) -> dict:
    """The lexicon payload: synset table, lemma index and antonyms.

    ``synsets.name`` is newline-separated; ``synsets.lemmas`` has one line per synset
    with tab-separated lemmas; ``index[pos]`` has one ``lemma<TAB>id,id,...`` line per
    lemma (ids in WordNet sense order). Synset ids are positions in these tables.
    """
    counts = _counts(wn)
    lexnames: list[str] = []
    lex_id: dict[str, int] = {}
    synsets = sorted(wn.all_synsets(), key=lambda s: ("nvar".index("a" if s.pos() == "s" else s.pos()), s.offset()))
    sid = {s: i for i, s in enumerate(synsets)}
    names, lexes, lemmas, hyper = [], [], [], []
    count_table: dict[str, list[int]] = {}
    for i, s in enumerate(synsets):
        names.append(s.name())
        ln = s.lexname()
        if ln not in lex_id:
            lex_id[ln] = len(lexnames)
            lexnames.append(ln)
        lexes.append(lex_id[ln])
        lems = s.lemmas()
        lemmas.append([_lemma_text(l.name()) for l in lems])
        cs = [counts.get(l.key(), 0) for l in lems]
        if any(cs):
            count_table[str(i)] = cs
        hyper.append([sid[h] for h in _by_name(s.hypernyms()) + _by_name(s.instance_hypernyms())])
    index: dict[str, dict[str, list[int]]] = {}
    antonyms: dict[str, dict[str, list[str]]] = {}
    for pos in POSES:
        entries: dict[str, list[int]] = {}
        for lemma in sorted(wn.all_lemma_names(pos)):
            offsets = wn._lemma_pos_offset_map.get(lemma, {}).get(pos, [])
            ids = [sid[wn.synset_from_pos_and_offset(pos, off)] for off in offsets]
            if ids:
                entries[_lemma_text(lemma)] = ids
            if pos != "n":
                ants = _antonyms(wn, lemma, pos, counts)
                if ants:
                    antonyms.setdefault(pos, {})[_lemma_text(lemma)] = ants
        index[pos] = entries
    return {
        "lexnames": lexnames,
        "synsets": {
            # Long strings parse much faster than lists of small JSON strings; see lexicon.py.
            "name": "\n".join(names),
            "lex": lexes,
            "lemmas": "\n".join("\t".join(ls) for ls in lemmas),
            "hyper": hyper,
            "counts": count_table,
        },
        "index": {
            pos: "\n".join(f"{lemma}\t{','.join(map(str, ids))}" for lemma, ids in entries.items())
            for pos, entries in index.items()
        },
        "antonyms": antonyms,
    }


def build_words(wn, nltk_data: Path) -> dict:
    """The vocabulary payload: lowercase words, English stopwords, inflection exceptions."""
    from nltk.corpus.reader import WordListCorpusReader

    words = WordListCorpusReader(zip_root(nltk_data, WORDS, "words/"), ["en"]).words()
    stop = WordListCorpusReader(zip_root(nltk_data, STOPWORDS, "stopwords/"), ["english"]).words()
    vocab = {w.lower() for w in words if w.strip()}
    for pos in POSES:
        vocab.update(_lemma_text(l).lower() for l in wn.all_lemma_names(pos) if "_" not in l)
    exceptions: dict[str, dict[str, list[str]]] = {}
    for pos, file_pos in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        table: dict[str, list[str]] = {}
        with wn.open(f"{file_pos}.exc") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2:
                    table[parts[0].replace("_", " ")] = [p.replace("_", " ") for p in parts[1:]]
        exceptions[pos] = table
    return {
        "vocabulary": "\n".join(sorted(vocab)),
        "stopwords": sorted({w.strip().lower() for w in stop if w.strip()}),
        "exceptions": exceptions,
    }


def build(nltk_data: Path, out_dir: Path) -> list[Path]:
    wn = wordnet_reader(nltk_data)
    lexicon = build_lexicon(wn)
    lexicon["meta"] = meta("lexicon", nltk_data, [WORDNET], source="Princeton WordNet 3.0", licence="WORDNET_LICENSE.txt")
    words = build_words(wn, nltk_data)
    words["meta"] = meta(
        "words", nltk_data, [WORDS, STOPWORDS, WORDNET],
        source="words/en + WordNet 3.0 single-word lemmas (lowercased); stopwords/english; WordNet *.exc",
        licence="WORDNET_LICENSE.txt (WordNet parts)",
    )
    out = Path(out_dir)
    return [write_json_gz(out / LEXICON, lexicon), write_json_gz(out / WORDS_ARTIFACT, words)]
