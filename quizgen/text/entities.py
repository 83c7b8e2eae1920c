"""Rule-based named-entity recognition over tagged tokens.

Why rules: no pretrained recogniser is available offline, and a wrongly typed answer
gives a wrong wh-word ("When hosted ...?") or distractors of the wrong category, so
precision matters more than recall. Every decision is therefore backed by evidence a
reader could point at: a gazetteer entry (WordNet 3.0, built by
:mod:`quizgen.resources.builders.gazetteer`), a cue word (a title before a person, an
organisation head like "Ministry"), a number shape, or an earlier mention in the same
article. A capitalised phrase with no evidence stays untyped.

Two passes over the tokens of one sentence:

1. numbers and time expressions (MONEY, PERCENT, TIME, DATE, NUMBER), found from the
   token shapes and a word or two of context;
2. capitalised runs ("Ukrainian Ministry of Foreign Affairs"), classified as
   ORGANIZATION, LOCATION, PERSON or NATIONALITY, after titles are peeled off.

:func:`find_entities_in_document` runs the sentences twice, remembering the people
and organisations found, so that "Kuleba" is a PERSON after "Foreign Minister Dmytro
Kuleba" (and before it, in the headline). The word lists live in
:mod:`quizgen.text.entity_rules`; the conventions (what a span covers) are documented
there and in ``tests/data/NER_GUIDELINES.md``.

Cost: dictionary and set look-ups and a few precompiled regexes per token; no WordNet
at run time (about 3-5 µs per token for a whole article on one core).

Measured on ``tests/data/ner_gold.jsonl`` (``python benchmarks/eval_ner.py``), exact
span and label. The held-out parts were scored blind once, before any rule was
changed because of them: ``heldout`` P 0.929 R 0.833 F1 0.878 (78 entities),
``heldout2`` P 0.914 R 0.780 F1 0.842 (41 entities) -- the honest estimate. Later
figures on the whole set are higher because the rules were fixed on it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from quizgen.resources import load_json_gz
from quizgen.text import entity_rules as R
from quizgen.text.document import Span, Token, join_tokens
from quizgen.text.lexicon import base_forms, is_english_word

PERSON = "PERSON"
LOCATION = "LOCATION"
ORGANIZATION = "ORGANIZATION"
DATE = "DATE"
TIME = "TIME"
NUMBER = "NUMBER"
MONEY = "MONEY"
PERCENT = "PERCENT"
NATIONALITY = "NATIONALITY"

_NUM = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_NUM_RANGE = re.compile(r"^\d+(?:\.\d+)?[-–]\d+(?:\.\d+)?$")
_YEAR = re.compile(r"^(?:1\d{3}|20\d{2})$")
_YEAR_RANGE = re.compile(r"^(?:1\d{3}|20\d{2})[-–/](?:\d{2}|1\d{3}|20\d{2})$")
_DECADE = re.compile(r"^(?:1\d|20)\d0s$")
_SHORT_DECADE = re.compile(r"^'?\d0s$")  # "the 90s"; "her early 30s" is an age
_CLOCK_COLON = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d$")
_CLOCK = re.compile(r"^(?:0?[1-9]|1[0-2])(?:[.:][0-5]\d)?$")
_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
_MONEY_TOKEN = re.compile(r"^(?:US)?[$£€¥]\d[\d,]*(?:\.\d+)?(?:m|bn|k|mn|tn)?$")
_PERCENT_TOKEN = re.compile(r"^\d+(?:\.\d+)?%$")
_TIME_TOKEN = re.compile(r"^(?:0?[1-9]|1[0-2])(?:[.:][0-5]\d)?(?:am|pm)$", re.I)
_AGE_WORD = re.compile(r"^\d+-year-old$")  # "36-year-old Junior Smart"
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’-]*\.?|[A-Z]\.)$")
_NOUN_TAGS = frozenset({"NN", "NNS"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_APPOSITIVE_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG", "CD", "POS", "HYPH"})
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", ")", "!", "?", '"', "–", "—"})
_NOMINAL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD"})
_CUE_NOUNS = R.PERSON_ROLES | R.LOCATION_CUE_NOUNS | R.ORG_CUE_NOUNS
_FUNCTION_TAGS = frozenset({"DT", "PRP", "PRP$", "CC", "IN", "WDT", "WP", "WP$", "WRB", "MD", "EX", "TO", "PDT", "UH"})


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The run-time view of ``gazetteer.json.gz`` merged with the hand lists."""

    names: dict[str, tuple[str, str | None]]  # surface -> (label, location kind)
    max_words: dict[str, int]  # first word of a name -> most words of a name starting with it
    ambiguous: frozenset[str]  # one-word names that are ordinary words when lower-cased
    given: frozenset[str]  # given names that are evidence of a person on their own
    surnames: frozenset[str]
    common_short: frozenset[str]


def _first_word(name: str) -> str:
    return re.split(r"[ ']", name, maxsplit=1)[0]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load the built gazetteer once (raises :class:`ResourceError` when it is missing)."""
    data = load_json_gz("gazetteer")
    names: dict[str, tuple[str, str | None]] = {}
    for n in data["person"]:
        names[n] = (PERSON, None)
    for n in data["nationality"]:
        names[n] = (NATIONALITY, None)
    for n in data["organization"]:
        names[n] = (ORGANIZATION, None)
    for kind in ("landform", "region", "city", "country"):
        for n in data[kind]:
            names[n] = (LOCATION, None if kind == "landform" else kind)
    for n in R.EXTRA_ORGANIZATIONS:
        names[n] = (ORGANIZATION, None)
    for n, kind in R.EXTRA_LOCATIONS.items():
        names[n] = (LOCATION, kind)
    max_words: dict[str, int] = {}
    for n in names:
        f = _first_word(n)
        max_words[f] = max(max_words.get(f, 0), n.count(" ") + n.count("'") + 1)
    common_short = frozenset(data["common_short"])
    ambiguous = set(data["ambiguous"])
    ambiguous.update(n for n in R.EXTRA_ORGANIZATIONS if " " not in n and n.lower() in common_short and not n.isupper())
    return Gazetteer(
        names=names,
        max_words=max_words,
        ambiguous=frozenset(ambiguous),
        # WordNet's given names that are also ordinary words ("Fox", "Iron") prove nothing;
        # the hand list is trusted ("John", "Mark").
        given=(frozenset(data["given_names"]) - ambiguous | R.GIVEN_NAMES) - {n for n, v in names.items() if v[0] != PERSON},
        surnames=frozenset(data["surnames"]),
        common_short=common_short,
    )


def location_kind(text: str) -> str | None:
    """``"country"``, ``"city"`` or ``"region"`` for a known place name, else ``None``.

    Distractor selection uses it to offer cities for a city and countries for a
    country. Rivers and mountains are places but have no kind here.
    """
    text = text.strip()
    if text[:4] in ("the ", "The "):
        text = text[4:]
    hit = gazetteer().names.get(text)
    if hit is None or hit[0] != LOCATION:
        return None
    return hit[1]


# ------------------------------------------------------------------ sentence context


class _Sentence:
    """Token texts, tags and bookkeeping for one sentence (kept out of the hot closures)."""

    __slots__ = ("tokens", "texts", "tags", "taken", "found", "n", "known", "g")

    def __init__(self, tokens: Sequence[Token], known: Mapping[str, str], g: Gazetteer,
                 texts: list[str] | None = None, tags: list[str] | None = None) -> None:
        self.tokens = tokens
        self.texts = [t.text for t in tokens] if texts is None else texts  # only read
        self.tags = [t.pos for t in tokens] if tags is None else tags
        self.n = len(tokens)
        self.taken = bytearray(self.n)
        self.found: list[tuple[int, int, str]] = []
        self.known = known
        self.g = g

    def add(self, a: int, b: int, label: str) -> None:
        for k in range(a, b):
            self.taken[k] = 1
        self.found.append((a, b, label))

    def surface(self, a: int, b: int) -> str:
        if b == a + 1:
            return self.texts[a]
        toks = self.tokens
        parts = [self.texts[a]]
        for k in range(a + 1, b):
            if toks[k].start > toks[k - 1].end:
                parts.append(" ")
            parts.append(self.texts[k])
        return "".join(parts)

    def word(self, i: int) -> str:
        return self.texts[i] if 0 <= i < self.n else ""

    def low(self, i: int) -> str:
        return self.texts[i].lower() if 0 <= i < self.n else ""

    def tag(self, i: int) -> str:
        return self.tags[i] if 0 <= i < self.n else ""


# ------------------------------------------------------------------ numbers and time


def _is_number_word(lw: str) -> bool:
    if lw in R.NUMBER_WORDS or lw in R.PLURAL_MAGNITUDES:
        return True
    if "-" in lw:
        parts = lw.split("-")
        return all(p in R.NUMBER_WORDS for p in parts)
    return False


def _number_end(s: _Sentence, i: int) -> int | None:
    """End of the number phrase starting at ``i`` ("1.5 million", "twenty-five"), or None."""
    w, lw = s.texts[i], s.low(i)
    if not (_NUM.match(w) or _NUM_RANGE.match(w) or _is_number_word(lw)):
        return None
    j = i + 1
    while j < s.n:
        lj = s.low(j)
        if lj in R.MAGNITUDES or (lj in R.NUMBER_WORDS and not _NUM.match(s.texts[j - 1])):
            j += 1
        elif lj == "and" and j + 1 < s.n and s.low(j + 1) in R.NUMBER_WORDS and s.low(j - 1) in R.MAGNITUDES:
            j += 2
        elif lj == "of" and s.low(j - 1) in R.PLURAL_MAGNITUDES and s.low(j + 1) in R.PLURAL_MAGNITUDES:
            j += 2  # "hundreds of thousands"
        else:
            break
    return j


def _month_tail(s: _Sentence, j: int) -> int:
    """After a month at ``j - 1``: take a day and/or a year ("May 5, 2020", "February 2022")."""
    if j < s.n and _DAY.match(s.texts[j]) and not _YEAR.match(s.texts[j]):
        j += 1
        if j + 1 < s.n and s.texts[j] == "," and _YEAR.match(s.texts[j + 1]):
            return j + 2
    if j < s.n and _YEAR.match(s.texts[j]):
        return j + 1
    if j + 1 < s.n and s.texts[j] == "," and _YEAR.match(s.texts[j + 1]) and _DAY.match(s.word(j - 2)):
        return j + 2  # "18 July, 1918"
    return j


def _decade_start(s: _Sentence, k: int) -> int:
    """Extend a decade at ``k`` back over "the" and "early/mid/late" ("the late 1990s")."""
    a = k
    if s.low(a - 1) in R.DECADE_MODIFIERS and not s.taken[a - 1]:
        a -= 1
    if s.low(a - 1) == "the" and not s.taken[a - 1]:
        a -= 1
    return a


def _after_number(s: _Sentence, i: int, j: int) -> tuple[int, int, str] | None:
    """Type the number phrase ``[i, j)`` from what follows and precedes it."""
    w = s.texts[i]
    if j + 1 < s.n and s.texts[j] == "-" and s.tokens[j].start == s.tokens[j - 1].end:
        return None  # "1,800-metre": part of a hyphenated word
    nxt, lnxt = s.word(j), s.low(j)
    if nxt in R.PERCENT_WORDS or (lnxt == "per" and s.low(j + 1) == "cent"):
        return (i, j + (2 if lnxt == "per" else 1), PERCENT)
    if lnxt in R.CURRENCY_WORDS:
        return (i, j + 1, MONEY)
    if nxt == "US" and s.low(j + 1) in ("dollars", "dollar"):
        return (i, j + 2, MONEY)
    one_token = j == i + 1
    if one_token:
        if _CLOCK.match(w) and (nxt in R.AM_PM or lnxt in R.OCLOCK):
            return (i, j + 1, TIME)
        if _CLOCK_COLON.match(w):
            return (i, j, TIME)
        if _YEAR_RANGE.match(w):
            return (i, j, DATE)
        if _DAY.match(w) and nxt in R.MONTHS:
            return (i, _month_tail(s, j + 1), DATE)
        if _YEAR.match(w):
            prev = s.low(i - 1)
            if prev in R.DATE_PREPOSITIONS or s.word(i - 1) in R.MONTHS or s.tag(j) not in ("NNS", "NNPS"):
                return (i, j, DATE)
    if lnxt in R.DATE_UNITS and s.low(j + 1) in R.AGO_WORDS:
        return (i, j + 2, DATE)
    if one_token and s.low(i) == "one":
        return None  # a pronoun or determiner far more often than a count
    return (i, j, NUMBER)


def _numeric_at(s: _Sentence, i: int) -> tuple[int, int, str] | None:
    """The MONEY/PERCENT/TIME/DATE/NUMBER expression starting at token ``i``, if any."""
    w, lw = s.texts[i], s.low(i)
    c = w[0]
    if w in R.CURRENCY_SYMBOLS and i + 1 < s.n:
        j = _number_end(s, i + 1)
        if j is not None:
            if j < s.n and s.low(j) in R.MONEY_MAGNITUDES:
                j += 1
            return (i, j, MONEY)
        return None
    if c.isdigit():
        if _MONEY_TOKEN.match(w):
            return (i, i + 1 + (s.low(i + 1) in R.MONEY_MAGNITUDES), MONEY)
        if _PERCENT_TOKEN.match(w):
            return (i, i + 1, PERCENT)
        if _TIME_TOKEN.match(w) or _CLOCK_COLON.match(w):
            return (i, i + 1 + (s.word(i + 1) in R.AM_PM), TIME)
        if _DECADE.match(w):
            return (_decade_start(s, i), i + 1, DATE)
        if _SHORT_DECADE.match(w):
            a = _decade_start(s, i)
            return (a, i + 1, DATE) if s.low(a) == "the" else None
        j = _number_end(s, i)
        return _after_number(s, i, j) if j is not None else None
    if c in "$£€¥" and _MONEY_TOKEN.match(w):
        return (i, i + 1 + (s.low(i + 1) in R.MONEY_MAGNITUDES), MONEY)
    if not c.isalpha():
        return None
    if w in R.MONTHS:
        j = _month_tail(s, i + 1)
        if j > i + 1:
            return (i, j, DATE)
        prev = s.low(i - 1)
        if w in R.AMBIGUOUS_MONTHS:
            if prev in R.DATE_PREPOSITIONS or prev in R.RELATIVE_MODIFIERS:
                return (i, j, DATE)
            return None
        if s.word(j)[:1].isupper() and s.tag(j) in _PROPER_TAGS:
            return None  # "April Jones", "June Carter"
        return (i, j, DATE)
    if w in R.WEEKDAYS:
        return (i, i + 1, DATE)
    if lw in R.RELATIVE_MODIFIERS:
        j = i + 1
        k = _number_end(s, j) if j < s.n else None
        if k is not None:
            j = k
        if j < s.n and (s.low(j) in R.DATE_UNITS or s.texts[j] in R.WEEKDAYS or s.texts[j] in R.MONTHS):
            a = i - 1 if s.low(i - 1) == "the" and not s.taken[i - 1] else i
            return (a, j + 1, DATE)
        return None
    if lw in R.TIME_WORDS:  # "at noon", but not "the midnight sun"
        return None if s.tag(i + 1) in _NOUN_TAGS and s.low(i + 1) not in R.DEICTIC_DAYS else (i, i + 1, TIME)
    if lw in ("a", "an") and s.low(i + 1) in R.DATE_UNITS and s.low(i + 2) in R.AGO_WORDS:
        return (i, i + 3, DATE)
    if w in R.HOLIDAYS:
        return (i, i + 1, DATE)
    if _is_number_word(lw):
        j = _number_end(s, i)
        return _after_number(s, i, j) if j is not None else None
    return None


def _variants(words) -> frozenset[str]:
    return frozenset(v for w in words for v in (w, w.lower(), w.capitalize(), w.upper()))


#: Tokens that may start a numeric or time expression (besides digits and currency signs).
_NUMERIC_TRIGGERS = (
    _variants(R.NUMBER_WORDS)
    | _variants(R.PLURAL_MAGNITUDES)
    | _variants(R.RELATIVE_MODIFIERS)
    | _variants(R.TIME_WORDS)
    | frozenset({"a", "an", "A", "An"})
    | frozenset(R.MONTHS)
    | R.WEEKDAYS
    | R.HOLIDAYS
    | R.CURRENCY_SYMBOLS
)


def _may_start_number(w: str) -> bool:
    """Whether a numeric or time expression can start at a token of this form (form only)."""
    return bool(w) and (
        w in _NUMERIC_TRIGGERS or w[0].isdigit() or w[0] in "$£€¥" or ("-" in w and _is_number_word(w.lower()))
    )


class _FormMemo(dict):
    """Token form -> a pure test of the form, filled as forms are seen: ``memo[w]`` is one
    dict look-up in C for a form seen before, so a sentence's positions that pass come
    from ``compress`` without a Python step per token. Bounded by its users (cleared
    past ``_FORM_MEMO_LIMIT`` forms); a cleared memo only costs the tests again."""

    def __init__(self, test) -> None:
        super().__init__()
        self._test = test

    def __missing__(self, w: str) -> bool:
        hit = self[w] = self._test(w)
        return hit


_FORM_MEMO_LIMIT = 300_000
_STARTS_NUMBER = _FormMemo(_may_start_number)  # token form -> _may_start_number(form)


def _numeric_pass(s: _Sentence) -> None:
    memo = _STARTS_NUMBER
    if len(memo) > _FORM_MEMO_LIMIT:
        memo.clear()
    starts = list(compress(range(s.n), map(memo.__getitem__, s.texts)))
    i = 0
    for k in starts:  # every other token is skipped by the test alone
        if k < i:
            continue
        i = k
        hit = _numeric_at(s, i)
        if hit is None:
            i += 1
            continue
        a, b, label = hit
        s.add(a, b, label)
        i = b


# ------------------------------------------------------------------ names


def _ordinary(s: _Sentence, w: str) -> bool:
    """A name that is also an ordinary word ("China", "Bush", "Cool")."""
    return w in s.g.ambiguous or w.lower() in s.g.common_short


def _cap(w: str) -> bool:
    return w[:1].isupper()


def _is_initial(s: _Sentence, i: int) -> bool:
    return i == 0 or s.texts[i - 1] in R.SENTENCE_OPENERS


def _title_end(s: _Sentence, i: int) -> int | None:
    """End of a title starting at ``i`` ("President", "Foreign Minister", "Attorney General")."""
    w = s.texts[i]
    j = i
    while j < s.n and s.texts[j] in R.TITLE_MODIFIERS and s.texts[j] not in R.TITLE_HEADS:
        j += 1
    if j < s.n and (s.texts[j] in R.TITLE_HEADS or (j == i and w in R.PERSON_TITLES)):
        j += 1
        while j < s.n and (s.texts[j] in R.TITLE_HEADS or s.texts[j] in R.PERSON_TITLES):
            j += 1  # "Chief Constable", "Attorney General"
        return j
    return None


#: Every word a title can start with (see :func:`_title_end`): any other word is turned
#: away with one set test (this runs for every capitalised word and inside every run).
_TITLE_STARTS = R.TITLE_MODIFIERS | R.TITLE_HEADS | R.PERSON_TITLES


def _title_then_name(s: _Sentence, i: int) -> int | None:
    """Index of the name after a title at ``i`` ("President [Putin]", "Attorney General, [Lynch]")."""
    if s.texts[i] not in _TITLE_STARTS:
        return None
    k = _title_end(s, i)
    if k is None or k >= s.n:
        return None
    if s.texts[k] == "," and k + 1 < s.n:
        k += 1
    w = s.texts[k]
    if _cap(w) and not s.taken[k] and w not in R.NEVER_NAMES and w not in R.ORG_CUES and w not in R.NON_ENTITY_HEADS:
        return k
    return None


def _fused_possessive(s: _Sentence, k: int) -> bool:
    """"Britains", "FIFAs": a name whose apostrophe was lost; it ends a run and is never labelled."""
    w = s.texts[k]
    if len(w) < 4 or w[-1] != "s" or w in s.g.names:
        return False
    stem = w[:-1]
    hit = s.g.names.get(stem)
    if hit is not None:
        return hit[0] in (LOCATION, ORGANIZATION) and stem not in s.g.ambiguous
    return stem in s.known


def _org_cue_ahead(s: _Sentence, k: int) -> bool:
    """Whether the capitalised stretch from ``k`` holds an organisation head ("... Organization")."""
    while k < s.n and _cap(s.texts[k]) and not s.taken[k]:
        if s.texts[k] in R.ORG_CUES:
            return True
        k += 1
    return False


def _run_end(s: _Sentence, i: int) -> int:
    """End of the capitalised run at ``i``, with "of"/"and"/particles inside names."""
    texts, n = s.texts, s.n
    j = i + 1
    of_seen = False
    org = texts[i] in R.ORG_CUES
    while j < n and not s.taken[j]:
        t = texts[j]
        nxt_ok = j + 1 < n and _cap(texts[j + 1]) and not s.taken[j + 1]
        if _cap(t) and t not in R.NEVER_NAMES:
            if (
                t in _TITLE_STARTS and _title_then_name(s, j) is not None  # (its first test, without the call)
                or t[-1] == "s" and _fused_possessive(s, j)  # (likewise)
                or t in ("A", "An")
            ):
                break  # "William Wordsworths A slumber did my spirit seal": the article opens a title (lost apostrophe; round 28 corpus run)
            org = org or t in R.ORG_CUES
            j += 1
        elif t in R.OF_WORDS and texts[j - 1] in R.OF_HEADS and (
            nxt_ok or (j + 2 < n and texts[j + 1] == "the" and _cap(texts[j + 2]) and not s.taken[j + 2])
        ):
            of_seen = True
            j += 1
        elif t == "the" and nxt_ok and texts[j - 1] in R.OF_WORDS:
            j += 1
        elif t == "&" and nxt_ok:
            org = True  # "Charles E. Simon & Co.", "Earle Palmer Brown & Spiro": a firm, not a person (review round 29)
            j += 1
        elif t == "and" and nxt_ok and ((org and of_seen) or (not org and _org_cue_ahead(s, j + 1) and _lookup(s, i, j) is None)):
            j += 1  # "Institute of Health Metrics and Evaluation", "Food and Agriculture Organization"
        elif t in R.NAME_PARTICLES:
            k = j
            while k < n and texts[k] in R.NAME_PARTICLES:
                k += 1
            if k < n and _cap(texts[k]) and not s.taken[k]:
                j = k  # "Eberhard van der Laan"
            else:
                break
        else:
            break
    while j > i + 1 and not _cap(texts[j - 1]):
        j -= 1
    return j


def _lookup(s: _Sentence, a: int, b: int) -> tuple[str, str | None] | None:
    key = s.surface(a, b)
    hit = s.g.names.get(key)
    if hit is not None:
        return hit
    label = s.known.get(key)
    return (label, None) if label else None


def _longest_match(s: _Sentence, a: int, b: int) -> tuple[int, tuple[str, str | None]] | None:
    """Longest gazetteer or memory name starting at ``a`` and ending by ``b``."""
    most = s.g.max_words.get(s.texts[a], 0)
    if s.texts[a] in s.known:
        most = max(most, 1)
    if not most:
        return None
    for e in range(min(b, a + most + 2), a, -1):
        hit = _lookup(s, a, e)
        if hit is not None:
            return e, hit
    return None


def _name_like(s: _Sentence, a: int, b: int) -> bool:
    """Tokens that can form a person's name: capitalised words, initials, particles, numerals."""
    if b - a > 5:
        return False
    for k in range(a, b):
        w = s.texts[k]
        if w in R.NAME_PARTICLES or w in R.ROMAN_NUMERALS or w in R.NAME_SUFFIXES:
            continue
        if not _NAME_WORD.match(w) or any(ch.isdigit() for ch in w):
            return False
    return True


def _role_before(s: _Sentence, a: int) -> bool:
    """'spokeswoman Mao Ning', 'his partner, Oliver Tambo', ', said Danny Kushlick'."""
    p = s.low(a - 1)
    if p in R.PERSON_ROLES and s.word(a - 1)[:1].islower():  # capitalised titles are handled apart
        return True
    if p == "," and s.low(a - 2) in R.PERSON_ROLES and s.word(a - 2)[:1].islower():
        return True
    if p in R.SPEECH_VERBS and (s.word(a - 2) in (",", '"', "'") or a - 1 == 0):
        return True
    return False


def _appositive_head(s: _Sentence, b: int, need_det: bool = False) -> str:
    """Head noun of an appositive after ``b``: ", the UN secretary-general," -> "secretary-general".

    Also "– the South African president who", ", an Arctic town in ...", ", 85,"
    (an age, returned as "#age"). Empty when no appositive follows. With
    ``need_det`` the appositive must start with a determiner (", a city in ..."), which
    keeps participle clauses (", holding swing state after ...") out.
    """
    t = s.word(b)
    if t not in R.APPOSITIVE_STARTS:
        return ""
    k = b + 1
    if t == "," and _NUM.match(s.word(k)) and s.word(k + 1) in (",", ")"):
        return "#age"  # "Paulo Muoka Nzili, 85, ..."
    if s.tag(k) in ("DT", "PRP$"):
        k += 1
    elif need_det:
        return ""
    if s.tag(k) in ("VBG", "VBN"):
        return ""
    head = ""
    end = min(s.n, k + 7)
    while k < end and s.tags[k] in _APPOSITIVE_TAGS:
        lw = s.low(k)
        if s.tags[k] in _NOUN_TAGS or lw in _CUE_NOUNS:  # taggers often call "secretary-general" JJ
            head = lw
        k += 1
    return head


def _role_after(s: _Sentence, b: int) -> bool:
    """', who', ', the UN secretary-general,', '– the South African president who', "'s partner"."""
    t = s.word(b)
    if t in R.APPOSITIVE_STARTS:
        if s.low(b + 1) == "who":
            return True
        head = _appositive_head(s, b)
        return head == "#age" or head in R.PERSON_ROLES
    if t in ("'s", "’s"):
        for k in range(b + 1, min(b + 4, s.n)):
            if s.low(k) in R.RELATION_ROLES:
                return True
            if s.tags[k] not in ("JJ", "NN", "VBG"):
                break
    return False


#: Words that make a title word (see :func:`_has_title_word`).
_TITLE_WORDS = R.TITLE_HEADS | R.PERSON_TITLES


def _has_title_word(s: _Sentence, a: int, b: int) -> bool:
    return not _TITLE_WORDS.isdisjoint(s.texts[a:b])  # a set test in C, not a scan


def _person_evidence(s: _Sentence, a: int, b: int, cue: bool) -> bool:
    if not _name_like(s, a, b):
        return False
    if cue and _has_title_word(s, a, b):
        cue = False  # "Chief [Medical Officer]": more title, not a name
    if cue or _role_before(s, a) or _role_after(s, b) or _AGE_WORD.match(s.word(a - 1)):
        return True
    g, first = s.g, s.texts[a]
    if first in g.given and (b - a > 1 or (first not in g.ambiguous and s.tag(b) not in _NOUN_TAGS)):
        return True
    if b - a > 1 and s.texts[b - 1] in g.surnames:
        return True
    if any(s.known.get(s.texts[k]) == PERSON for k in range(a, b)):
        return True
    if b - a > 1 and (s.low(b) in R.SPEECH_VERBS or (s.word(b) == "," and s.low(b + 1) in R.SPEECH_VERBS)):
        # organisations speak too ("Mars One said"): only words that are no ordinary word
        return not any(s.low(k) in g.common_short or s.texts[k] in g.ambiguous for k in range(a, b))
    return False


def _location_evidence(s: _Sentence, a: int, b: int) -> str | None:
    """A place by context: 'the capital Reykjavik', 'the town of X', 'Mountain View, California'."""
    words = s.texts[a:b]
    if any(w in R.ORG_CUES or w in R.NON_ENTITY_HEADS for w in words):
        return None
    if b - a > 1 and (words[-1] in R.LOCATION_SUFFIXES or words[0] in R.LOCATION_PREFIXES):
        return "region" if words[-1] in ("Island", "Islands", "Isles", "Province", "County", "Region") else ""
    p = s.low(a - 1)
    if p in R.LOCATION_CUE_NOUNS or (p == "of" and s.low(a - 2) in R.LOCATION_CUE_NOUNS):
        return "city" if (s.low(a - 2) if p == "of" else p) in ("city", "town", "village", "capital", "port") else ""
    if s.word(b) == "," and b + 1 < s.n:
        hit = _longest_match(s, b + 1, min(s.n, b + 6))
        if hit is not None and hit[1][0] == LOCATION and hit[1][1] in ("country", "region"):
            if hit[0] >= s.n or s.texts[hit[0]] in _CLAUSE_ENDS:
                return "city"  # "Dubuque, Iowa." but not "Mukesh Ambani, India's wealthiest man"
    head = _appositive_head(s, b, need_det=True)
    if head in R.LOCATION_CUE_NOUNS:
        return "city" if head in ("city", "town", "village", "capital", "port") else ""
    return None


def _org_evidence(s: _Sentence, a: int, b: int) -> bool:
    p = s.low(a - 1)
    if p in R.ORG_CUE_NOUNS or (p == "," and s.low(a - 2) in R.ORG_CUE_NOUNS):
        return True
    if _appositive_head(s, b, need_det=True) in R.ORG_CUE_NOUNS:
        return True  # "White, the Stockholm-based architects firm"
    if b - a == 1:
        w = s.texts[a]
        if _ACRONYM.match(w) and w not in R.ACRONYM_STOPLIST and w not in R.ROMAN_NUMERALS:
            if s.word(a - 1) == "(" or w.lower() not in s.g.common_short:
                return True
    return False


def _org_by_cue(s: _Sentence, a: int, b: int) -> bool:
    words = s.texts[a:b]
    if b - a == 1:
        return words[0] in R.SINGLE_WORD_ORGS
    if words[-1] in R.NON_ENTITY_HEADS:
        return False
    for k, w in enumerate(words):
        if w in R.ORG_CUES:
            return True
        if w == "Office" and ((k > 0 and words[k - 1] in R.OFFICE_MODIFIERS) or s.low(a + k + 1) in ("of", "for")):
            return True
    return False


def _segments(s: _Sentence, a: int, b: int) -> list[tuple[int, int, tuple[str, str | None] | None]]:
    """Greedy longest-match split of ``[a, b)`` into known names and unknown stretches."""
    out: list[tuple[int, int, tuple[str, str | None] | None]] = []
    k = a
    start_unknown = a
    while k < b:
        m = _longest_match(s, k, b)
        if m is None:
            k += 1
            continue
        if start_unknown < k:
            out.append((start_unknown, k, None))
        out.append((k, m[0], m[1]))
        k = start_unknown = m[0]
    if start_unknown < b:
        out.append((start_unknown, b, None))
    return out


def _only_titles(s: _Sentence, a: int, b: int) -> bool:
    return _TITLE_STARTS.issuperset(s.texts[a:b])  # every title word (a set test in C; true for none, as all())


def _classify(s: _Sentence, a: int, b: int, cue: bool) -> list[tuple[int, int, str]]:
    """Labelled pieces of the capitalised run ``[a, b)`` (empty when there is no evidence)."""
    g = s.g
    words = s.texts[a:b]
    if s.word(a - 1) in ("'s", "’s") and _cap(s.word(a - 2)) and not s.taken[a - 2]:
        return []  # the rest of a longer name: "Queen's University", "St Paul's Cathedral"
    if _only_titles(s, a, b):
        return []  # "the Pope", "the President": a title is not a name
    hit = _lookup(s, a, b)
    if hit is not None:
        label = hit[0]
        if label == NATIONALITY and b - a == 1 and words[0] in R.LANGUAGES and s.tag(b) not in _NOMINAL_TAGS:
            if s.tag(a - 1).startswith("VB") or s.low(a - 1) in R.LANGUAGE_CUES:
                return []  # "speaks fluent English", "classes in French": a language
        if label == LOCATION and b - a == 1 and s.tags[a] == "JJ" and hit[1] not in ("country", "city"):
            return []  # "an Arctic town": a region's adjective, not the region
        if label == LOCATION and hit[1] not in ("country", "city") and words[0] in g.given and _role_before(s, a):
            label = PERSON  # "his son James": a given name, not the James River
        if b - a == 1 and _ordinary(s, words[0]) and _is_initial(s, a):
            if s.tags[a] not in _PROPER_TAGS or s.tag(b) in _NOUN_TAGS:
                return []
            if label not in (NATIONALITY, LOCATION) or hit[1] not in (None, "country", "city"):
                if s.known.get(words[0]) != PERSON:
                    return []  # "City after city ...": only countries, cities and peoples start sentences
        if cue and label != PERSON and label != NATIONALITY:
            label = PERSON if _name_like(s, a, b) and not _has_title_word(s, a, b) else label
        elif label == PERSON and b - a == 1 and words[0] in g.ambiguous and not cue:
            # "White", "Brown", "Bush": ordinary words as often as surnames
            if s.known.get(words[0]) != PERSON and not (_role_before(s, a) or _role_after(s, b) or s.low(b) in R.SPEECH_VERBS):
                return [(a, b, ORGANIZATION)] if _org_evidence(s, a, b) else []
        return [(a, b, label)]
    if _org_by_cue(s, a, b):
        return [(a, b, ORGANIZATION)]
    if words[0] in ("St", "St.", "Saint") or any(w in R.NON_ENTITY_HEADS for w in words[1:]):
        return []
    loc = _location_evidence(s, a, b)
    if loc is not None and b - a > 1 and (words[-1] in R.LOCATION_SUFFIXES or words[0] in R.LOCATION_PREFIXES):
        return [(a, b, LOCATION)]
    segs = _segments(s, a, b)
    known = [seg for seg in segs if seg[2] is not None]
    if not known:
        if _person_evidence(s, a, b, cue):
            return [(a, b, PERSON)]
        if loc is not None:
            return [(a, b, LOCATION)]
        if _org_evidence(s, a, b):
            return [(a, b, ORGANIZATION)]
        return []
    # A known person name with other name words: one person ("Jeffrey Webb").
    if (
        _name_like(s, a, b)
        and all(info[0] == PERSON for _, _, info in known if info)
        and any(sb - sa > 1 or s.texts[sa] not in g.ambiguous for sa, sb, _ in known)
    ):
        return [(a, b, PERSON)]
    if words[0] in g.given and b - a > 1 and _name_like(s, a, b) and known[0][0] != a:
        return [(a, b, PERSON)]
    out: list[tuple[int, int, str]] = []
    for sa, sb, info in segs:
        if _only_titles(s, sa, sb) or (info and info[0] == PERSON and sb - sa == 1 and s.texts[sa] in g.ambiguous):
            continue  # "US [Attorney General]", "German [Pope]"
        if info is not None:
            out.append((sa, sb, info[0]))
        elif (sa > a and out and out[-1][2] == NATIONALITY) and _person_evidence(s, sa, sb, cue):
            out.append((sa, sb, PERSON))  # "the Paraguayan Juan Napout"
        else:
            return []  # a place name modifying an unknown name ("Leicester Cathedral"): untyped
    return out


def _capitalised(w: str) -> bool:
    return w[:1].isupper()


_CAPITALISED = _FormMemo(_capitalised)  # token form -> whether it starts with a capital


def _names_pass(s: _Sentence) -> None:
    texts, g = s.texts, s.g
    cue_at = -1
    i = 0
    memo = _CAPITALISED
    if len(memo) > _FORM_MEMO_LIMIT:
        memo.clear()
    for i0 in compress(range(s.n), map(memo.__getitem__, texts)):
        if i0 < i:
            continue
        i = i0
        w = texts[i]
        if s.taken[i] or w in R.NEVER_NAMES or w[-1] == "s" and _fused_possessive(s, i):
            i += 1
            continue
        k = _title_then_name(s, i) if w in _TITLE_STARTS else None  # (its own first test, without the call)
        if k is not None:
            cue_at = k
            i = k
            w = texts[i]
        if i != cue_at:
            tag = s.tags[i]
            if _is_initial(s, i):
                if tag not in _PROPER_TAGS and (_ordinary(s, w) or _longest_match(s, i, s.n) is None):
                    i += 1
                    continue
            elif tag in _FUNCTION_TAGS and w not in g.max_words:
                i += 1
                continue
        b = _run_end(s, i)
        for a2, b2, label in _classify(s, i, b, cue=i == cue_at):
            if label == PERSON and texts[a2] == "The" and a2 > 0:
                label = ORGANIZATION  # "told The Grayzone": a capital "The" inside a sentence starts a title, not a person (review round 92)
            s.add(a2, b2, label)
        i = b


# ------------------------------------------------------------------ public API


def find_entities(tokens: Sequence[Token], known: Mapping[str, str] | None = None) -> list[Span]:
    """Entities of one tagged sentence: non-overlapping spans sorted by position.

    ``tokens`` carry normalised ``text``, Penn ``pos`` tags and character offsets.
    ``known`` maps names already found in the same article to their label (see
    :func:`find_entities_in_document`); it is only read.
    """
    if not tokens:
        return []
    return _find(_Sentence(tokens, known or {}, gazetteer()))


def _find(s: _Sentence) -> list[Span]:
    """:func:`find_entities` of a sentence context (its tokens are not empty)."""
    tokens = s.tokens
    _numeric_pass(s)
    _names_pass(s)
    s.found.sort()
    return [Span(label, a, b, tokens[a].start, tokens[b - 1].end, s.surface(a, b)) for a, b, label in s.found]


def remember(spans: Sequence[Span], known: MutableMapping[str, str]) -> None:
    """Add the people and organisations of ``spans`` to ``known`` for later sentences.

    A person's full name and its words are remembered, so a later "Mandela" or
    "Kuleba" is a PERSON; a first or middle name that is an ordinary word is not, a
    surname always is ("Kate Bush" ... "Bush"), but at the start of a sentence an
    ordinary word needs a proper-noun tag as well ("Cool air" stays untyped).
    An organisation's full name and acronym are remembered as they stand.
    """
    g = gazetteer()
    for sp in spans:
        if sp.label == PERSON:
            known.setdefault(sp.text, PERSON)
            parts = sp.text.split()
            for k, part in enumerate(parts):
                if not _NAME_WORD.match(part) or len(part) < 3 or part in R.ROMAN_NUMERALS:
                    continue
                if g.names.get(part, (PERSON,))[0] != PERSON:
                    continue  # "Washington" stays a place
                surname = k == len(parts) - 1 and k > 0
                if surname or (part not in g.ambiguous and part.lower() not in g.common_short):
                    known.setdefault(part, PERSON)  # "Kate Bush" ... "Bush"; guarded at sentence start
        elif sp.label in (ORGANIZATION, LOCATION) and sp.text not in g.names:
            known.setdefault(sp.text, sp.label)


_QUOTE_ENDS = frozenset({",", '"', "'"})
_SAID = frozenset({"said", "says", "told", "tells", "added", "adds", "explained", "explains"})


def _unknown_name_word(w: str, g: Gazetteer) -> bool:
    """A capitalised word that no list types and that is no ordinary word: "Sekiguchi"."""
    return (len(w) >= 3 and w.isalpha() and w[0].isupper() and not w.isupper() and w not in g.names
            and w not in g.ambiguous and w not in R.PERSON_TITLES and w not in R.TITLE_HEADS and not is_english_word(w))


def _first_name_shape(w: str, g: Gazetteer) -> bool:
    """No list's name, no common word and no word of WordNet ("Erika", not "When",
    "Yesterday" or "Tokyo"); the Unix word list holds many first names, so it cannot be
    the test here."""
    return len(w) >= 3 and not w.isupper() and w.lower() not in g.common_short and w not in g.names and w not in R.PERSON_TITLES and w not in R.TITLE_HEADS and not any(base_forms(w.lower(), p) for p in "nvar")


def speaker_names(sentences: Sequence[Sequence[Token]]) -> dict[str, str]:
    """People known only from how the article quotes them: a word no list knows that
    speaks right after a quotation ('"...," Sekiguchi said.', '"...," said Keszler.')
    and also stands after a first name ("Erika Sekiguchi is not even an extreme
    example"). Either alone proves little ("Reuters said"; "Hong Kong"); together they
    are a full name and its surname, which :func:`remember` would have added had the
    gazetteer known the first name. Returns name -> PERSON for both forms."""
    return _speaker_names(sentences, gazetteer())


def _speaker_names(sentences: Sequence[Sequence[Token]], g: Gazetteer) -> dict[str, str]:
    """:func:`speaker_names` with the gazetteer given. Each pass makes a sentence's token
    texts as it reaches it (holding every sentence's list at once had cost ~20 MB of peak
    memory on a 5 MB text)."""
    quoted: set[str] = set()
    for t in _texts(sentences):
        if _SAID.isdisjoint(t):
            continue  # every test below needs a speech verb next to the word
        for k in range(1, len(t) - 1):
            w = t[k]
            if t[k + 1] in _SAID and t[k - 1] in _QUOTE_ENDS or t[k - 1] in _SAID and k >= 2 and t[k - 2] in _QUOTE_ENDS and t[k + 1] in (".", ","):
                if _unknown_name_word(w, g):
                    quoted.add(w)
    out: dict[str, str] = {}
    if not quoted:
        return out
    for t in _texts(sentences):
        if quoted.isdisjoint(t):
            continue
        for k in range(1, len(t)):
            w, first = t[k], t[k - 1]
            if w in quoted and first.isalpha() and first[0].isupper() and (first in g.given or _first_name_shape(first, g)):
                out[f"{first} {w}"] = PERSON
                out[w] = PERSON
    return out


_TEXT = attrgetter("text")  # a token's text, read in C by ``map``
_POS = attrgetter("pos")


def _texts(sentences: Sequence[Sequence[Token]]):
    return (list(map(_TEXT, toks)) for toks in sentences)


def find_entities_in_document(sentences: Sequence[Sequence[Token]]) -> list[list[Span]]:
    """Entities of every sentence of one article, using names found anywhere in it.

    The first pass collects the people and organisations that have direct evidence
    (a title, a cue word); the second re-reads the sentences that hold a capitalised
    word of a remembered name outside any span, so bare mentions are labelled too,
    including those before the full name (a headline "Kuleba visits China").
    """
    g = gazetteer()
    known: dict[str, str] = _speaker_names(sentences, g)
    first: list[list[Span]] = []
    for toks in sentences:
        # a sentence's texts and tags once for both passes of it, and for no longer (kept
        # for every sentence at once they had cost ~20 MB of peak memory on a 5 MB text)
        spans = _find(_Sentence(toks, known, g, list(map(_TEXT, toks)), list(map(_POS, toks)))) if toks else []
        remember(spans, known)
        first.append(spans)
    if not known:
        return first
    words = {w for name in known for w in name.split()}
    out: list[list[Span]] = []
    for toks, spans in zip(sentences, first):
        tx = list(map(_TEXT, toks))
        if not words.isdisjoint(tx):
            covered = bytearray(len(toks))
            for sp in spans:
                covered[sp.first : sp.last] = b"\x01" * (sp.last - sp.first)
            if not all(compress(covered, map(words.__contains__, tx))):  # a word of a name outside every span
                spans = _find(_Sentence(toks, known, g, tx, list(map(_POS, toks))))
        out.append(spans)
    return out


__all__ = [
    "DATE",
    "LOCATION",
    "MONEY",
    "NATIONALITY",
    "NUMBER",
    "ORGANIZATION",
    "PERCENT",
    "PERSON",
    "TIME",
    "Gazetteer",
    "find_entities",
    "find_entities_in_document",
    "gazetteer",
    "location_kind",
    "remember",
]
