"""Lemmas and verb inflection from the built table (``morphology.json.gz``).

The table was made with lemminflect at build time (see the builder's docstring for
why). Words it does not hold go through a few suffix rules that only accept a result
the table knows as a lemma, so a rule never invents a verb.
"""

from __future__ import annotations

from functools import lru_cache

from quizgen.resources import load_json_gz

_UPOS = {"N": "NOUN", "V": "VERB", "M": "VERB", "J": "ADJ", "R": "ADV"}
_TAG_INDEX = {"VBD": 0, "VBN": 1, "VBZ": 2, "VBG": 3}
_IRREGULAR_BE = {"VBZ": "is", "VBD": "was", "VBP": "are", "VBN": "been", "VBG": "being", "VB": "be"}


def _table() -> dict:
    return load_json_gz("morphology")


def _verb_known(lem: str) -> bool:
    return lem in _table()["verb_forms"]


def _rule_lemma(low: str, upos: str) -> str:
    if upos == "NOUN":
        if low.endswith("ies") and len(low) > 4:
            return low[:-3] + "y"
        if low.endswith(("ches", "shes", "sses", "xes", "zes")):
            return low[:-2]
        if low.endswith("s") and not low.endswith(("ss", "us", "is")):
            return low[:-1]
        return low
    if upos == "VERB":
        for suffix in ("ed", "ing"):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                stem = low[: -len(suffix)]
                for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None, stem[:-1] + "y" if stem.endswith("i") else None):
                    if cand and _verb_known(cand):
                        return cand
                return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls" else stem
        if low.endswith("ies") and len(low) > 4:
            return low[:-3] + "y"
        if low.endswith("es") and _verb_known(low[:-2]):
            return low[:-2]
        if low.endswith("s") and not low.endswith("ss"):
            return low[:-1]
    return low


@lru_cache(maxsize=200_000)
def lemma(word: str, pos: str) -> str:
    """Dictionary form of ``word`` for its Penn tag ("visited"/VBD -> "visit")."""
    low = word.lower()
    if pos.startswith("VB") and low in ("'s", "'re", "'m"):
        return "be"  # "There's a lot": negated as "There's not", never "There does not's"
    if pos.startswith("NNP") or not word[:1].isalpha():
        return word
    upos = _UPOS.get(pos[:1])
    if upos is None:
        return low
    if upos == "VERB" and pos in ("VB", "VBP") and low not in ("am", "are", "'re", "'m"):
        return low if low != "'ve" else "have"
    found = _table()["lemma"][upos].get(low)
    if found is not None:
        return found
    if upos in ("NOUN",) and pos == "NN":
        return low
    if upos == "ADJ" or upos == "ADV":
        return low
    return _rule_lemma(low, upos)


@lru_cache(maxsize=50_000)
def inflect(lem: str, tag: str) -> str:
    """Inflect a verb lemma for a Penn tag (VBZ, VBD, VBN, VBG; VB/VBP give the lemma)."""
    if lem == "be":
        return _IRREGULAR_BE.get(tag, "be")
    i = _TAG_INDEX.get(tag)
    if i is None:
        return lem
    forms = _table()["verb_forms"].get(lem)
    if forms:
        return forms[i]
    if tag in ("VBD", "VBN"):
        return lem + "d" if lem.endswith("e") else lem[:-1] + "ied" if lem.endswith("y") and lem[-2:-1] not in "aeiou" else lem + "ed"
    if tag == "VBZ":
        return lem + "es" if lem.endswith(("s", "x", "z", "ch", "sh", "o")) else lem[:-1] + "ies" if lem.endswith("y") and lem[-2:-1] not in "aeiou" else lem + "s"
    return (lem[:-1] if lem.endswith("e") and not lem.endswith("ee") else lem) + "ing"
