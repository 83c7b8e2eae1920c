"""Build ``morphology.json.gz``: lemma and verb-inflection tables.

Why a table: lemminflect (which ships its own data, so nothing is downloaded) takes
about 1.5 s to load its rules, which alone would break the 1-second cold start. We run
it once at build time over every word form a news text is likely to hold: the words of
the Penn Treebank sample and CoNLL-2000 with their tags, plus every WordNet verb and
noun lemma with its inflections. Run-time lookups are dict hits; words outside the
table fall back to a few suffix rules in :mod:`quizgen.text.morphology`.

Layout: ``{"lemma": {"NOUN": {form: lemma}, "VERB": {...}, "ADJ": {...}, "ADV": {...}},
"verb_forms": {lemma: [VBD, VBN, VBZ, VBG]}}`` with only the entries that differ from
the identity (a form that is its own lemma is not stored).
"""

from __future__ import annotations

from pathlib import Path

from quizgen.resources.builders import meta, write_json_gz, zip_root

ARTIFACT = "morphology.json.gz"
TREEBANK = "corpora/treebank.zip"
CONLL = "corpora/conll2000.zip"
WORDNET = "corpora/wordnet.zip"
_UPOS = {"N": "NOUN", "V": "VERB", "M": "VERB", "J": "ADJ", "R": "ADV"}


def _tagged_words(nltk_data: Path) -> set[tuple[str, str]]:
    from nltk.corpus.reader import BracketParseCorpusReader, ConllChunkCorpusReader

    pairs: set[tuple[str, str]] = set()
    tb = BracketParseCorpusReader(zip_root(nltk_data, TREEBANK, "treebank/combined/"), r"wsj_.*\.mrg")
    for w, t in tb.tagged_words():
        if t != "-NONE-":
            pairs.add((w.lower(), t))
    conll = ConllChunkCorpusReader(zip_root(nltk_data, CONLL, "conll2000/"), ["train.txt", "test.txt"], ("NP", "VP", "PP"))
    for w, t in conll.tagged_words():
        pairs.add((w.lower(), t))
    return pairs


def _wordnet_lemmas(nltk_data: Path) -> dict[str, set[str]]:
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    wn = WordNetCorpusReader(zip_root(nltk_data, WORDNET, "wordnet/"), None)
    out: dict[str, set[str]] = {"n": set(), "v": set()}
    for pos in ("n", "v"):
        for name in wn.all_lemma_names(pos):
            if "_" not in name and name.isalpha() and name.islower():
                out[pos].add(name)
    return out


def build(nltk_data: Path, out_dir: Path) -> list[Path]:
    from lemminflect import getInflection, getLemma

    lemma: dict[str, dict[str, str]] = {u: {} for u in ("NOUN", "VERB", "ADJ", "ADV")}

    def add(form: str, upos: str, lem: str) -> None:
        if lem and lem != form:
            lemma[upos][form] = lem

    for word, tag in sorted(_tagged_words(nltk_data)):
        upos = _UPOS.get(tag[:1])
        if upos is None or tag.startswith("NNP") or not word.isalpha():
            continue
        cands = getLemma(word, upos=upos, lemmatize_oov=True)
        if cands:
            add(word, upos, cands[0])
    wn = _wordnet_lemmas(nltk_data)
    verb_forms: dict[str, list[str]] = {}
    for lem in sorted(wn["v"]):
        forms = [(getInflection(lem, tag=t) or ("",))[0] for t in ("VBD", "VBN", "VBZ", "VBG")]
        if all(forms):
            verb_forms[lem] = forms
            for f in forms:
                lemma["VERB"].setdefault(f, lem) if f != lem else None
    for lem in sorted(wn["n"]):
        plural = (getInflection(lem, tag="NNS") or ("",))[0]
        if plural and plural != lem:
            lemma["NOUN"].setdefault(plural, lem)
    for v in ("be", "have", "do"):
        verb_forms[v] = [(getInflection(v, tag=t) or ("",))[0] for t in ("VBD", "VBN", "VBZ", "VBG")]
    data = {
        "meta": meta(ARTIFACT, nltk_data, [TREEBANK, CONLL, WORDNET], tool="lemminflect"),
        "lemma": lemma,
        "verb_forms": verb_forms,
    }
    return [write_json_gz(Path(out_dir) / ARTIFACT, data)]
