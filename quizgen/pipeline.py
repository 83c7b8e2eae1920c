"""The one-way generation pipeline.

    text -> analyze -> clauses -> candidates (every registered template)
         -> distractors -> score -> select -> QuestionSet

Deterministic: the only randomness (which article distractors are drawn, option
order) comes from ``random.Random`` seeded with the user's seed and the item's id, so
the same text, settings and seed give byte-identical JSON.
"""

from __future__ import annotations

import functools
import hashlib
import random
import re
from dataclasses import dataclass
from typing import Iterable

from quizgen.answers import LOCATION_TYPES, demonym_in, described_organisation, family_after_the, presupposed_count, stands_alone
from quizgen.distractors import Pools, build_pools, choose
from quizgen.errors import InputError, NoItemsError
from quizgen.limits import check_items
from quizgen.numbers import parse_number
from quizgen.models import GeneratorSettings, MultipleChoiceItem, Option, QuestionSet, SourceRef, SourceText, TrueFalseItem
from quizgen.ranking import difficulty, score, select, word_count
from quizgen.shortlist import Shortlist, shortlist_size
from quizgen.simplify import document_clauses, forget_fronts
from quizgen.support import SupportIndex
from quizgen.templates.base import Candidate, Context
from quizgen.templates.common import anaphoric_description, headless_subject, possessive_without_owner, unowned_figure
from quizgen.templates.registry import load_all
from quizgen.text.analyze import _gc_paused, analyze, decode
from quizgen.text.document import Document
from quizgen.text.lexicon import lexname

VALID_TYPES = ("mcq", "tf")
MAX_STEM_WORDS = 32


@dataclass(slots=True)
class Generation:
    """Everything generation produced, for reports and debugging."""

    doc: Document
    candidates: list[Candidate]
    selected: list[Candidate]


def _normalise_types(types: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(types, str):
        types = [t.strip() for t in types.split(",")]
    out = tuple(t for t in VALID_TYPES if t in set(types))
    unknown = set(types) - set(VALID_TYPES)
    if unknown or not out:
        raise InputError(f"Unknown item type(s) {sorted(unknown) or list(types)}; choose from 'mcq' and 'tf'.")
    return out


def make_context(doc: Document) -> tuple[Context, Pools]:
    """What templates read (clauses, support index) and what distractors draw on."""
    clauses = document_clauses(doc)
    support = SupportIndex.build(doc)
    pools = build_pools(doc, clauses)
    not_places = names_used_as_non_places(clauses)
    for t in LOCATION_TYPES:
        if t in pools.entities:
            pools.entities[t] = [x for x in pools.entities[t] if x not in not_places]
    return Context(doc, clauses, support, pools.entities, not_places), pools


def names_used_as_non_places(clauses) -> set[str]:
    """Place names the article uses for something else: "Sudan is the last male rhino".

    A name that is the subject of "is a/the <person or animal noun>" is not a place in
    this article, whatever the gazetteer says, so it is neither a key nor a distractor
    of a place question.
    """
    out: set[str] = set()
    for c in clauses:
        if c.verb is None or c.verb.lemma != "be" or c.subject_entity is None or c.subject_entity.label != "LOCATION":
            continue
        heads = [t for t in c.rest if t.pos in {"NN", "NNS"}]
        if heads and lexname(heads[0].lemma) in {"noun.animal", "noun.person"}:
            out.add(c.subject_entity.text)
    return out


def gives_away(c: Candidate) -> bool:
    """The stem contains the key or a word built on it ("Indian rhinoceros" -> India)."""
    key = c.answer_text.lower()
    if len(key) < 4 or c.template == "which.true":
        return False
    stem = c.stem.lower().replace("_____", " ").replace("?", " ").replace(".", " ")
    if key[:4] not in stem:  # no word of the stem starts like the key (each test below needs one): only a demonym can tell
        return c.atype in LOCATION_TYPES and demonym_in(c.stem, key)
    words = [w.strip("'\"") for w in stem.split()]
    # a word built on the key ("Indian" for India) needs the key inside the stem; a word the
    # key is built on, one test in C (this runs for every candidate)
    return key in stem and any(w.startswith(key) for w in words) or key.startswith(tuple(w for w in words if len(w) >= 4)) or c.atype in LOCATION_TYPES and demonym_in(c.stem, key)


_STEM_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})*(?![\w.,]\d)")


_FIRM_ENDINGS = ("Inc.", "Corp.", "Co.", "Ltd.", "PLC", "plc", "Inc", "Corp", "Co", "Ltd", "Group", "Cos.")
_PER_SHARE_COUNT = re.compile(  # a total, its per-share figure and the share count: any one follows from the other two
    r"\$[\d.,]+ (?:million|billion)(?:[^_]*\ba share\b[^_]*_____ (?:million )?(?:common |average )?shares|, or _____ a share, based on [\d.,]+ (?:million )?(?:common |average )?shares)")
_STEM_YEAR = re.compile(r"(?<!\d)1[5-9]\d\d(?!\d)|(?<!\d)20\d\d(?!\d)")


# "fares at $98, $148 and _____": the last of a list with an even step (review round 69)
_STEPPED_LIST = re.compile(r"([$£€]?)(\d[\d,]*(?:\.\d+)?), \1(\d[\d,]*(?:\.\d+)?),? and _____")
# "The Nasdaq composite leaped 7.52 points, or 1.6%, to _____": the change over its share (review round 68)
_CHANGE_AND_SHARE = re.compile(r"\b(rose|fell|gained|lost|leaped|jumped|climbed|dropped|declined|slipped|advanced|added|eased|tumbled|surged|plunged|sank) (\d[\d,]*(?:\.\d+)?)(?: points?| cents?)?, or (\d+(?:\.\d+)?)%, to _____")
_FALLING = frozenset({"fell", "lost", "dropped", "declined", "slipped", "eased", "tumbled", "plunged", "sank"})


def _follows_from_the_stem(stem: str, key: float) -> bool:
    """The key is the next step of a stepped list, or the level a change and its percentage give."""
    m = _STEPPED_LIST.search(stem) if " and _____" in stem else None  # the regex's own words, tested first
    if m is not None:
        a, b = float(m.group(2).replace(",", "")), float(m.group(3).replace(",", ""))
        if b != a and abs((b + (b - a)) - key) < 1e-9 * max(1.0, key):
            return True
    m = _CHANGE_AND_SHARE.search(stem) if "%, to _____" in stem else None
    if m is not None:
        change, pct = float(m.group(2).replace(",", "")), float(m.group(3))
        if pct > 0:
            start = change / (pct / 100)
            level = start - change if m.group(1) in _FALLING else start + change
            return abs(level - key) <= 0.03 * key
    return False


_LISTED_NAME = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*(?:, \d+)?"  # a name, and an age after it ("Jim, 13")
_NAME_LIST = re.compile(rf"\b{_LISTED_NAME}((?:, {_LISTED_NAME})*),? (?:and|or) {_LISTED_NAME}")
_MORE_NAMES = re.compile(rf", {_LISTED_NAME}")
_SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def counted_in_stem(stem: str, key: str) -> bool:
    """The stem names the things its blank counts, right beside it: "capes Digges and
    Wolstenholme, for _____ of his backers", "_____ of his sons, John, 17, and Jim, 13",
    "split _____ ways, among Glen, Gordon and Tom"; or "either of _____ ways" (two).
    Reviewers found all six they saw obvious (rounds 60-72)."""
    k = _SMALL_COUNTS.get(key.lower()) or (int(key) if key.isdigit() else None)
    if k is None or not 2 <= k <= 6:
        return False
    if k == 2 and re.search(r"\b(?:either (?:of )?|neither (?:of )?|both (?:of )?|a combination of (?:the )?)_____", stem):
        return True
    at = stem.find("_____")
    if at == 0:
        pred = re.search(r"\b(?:are|were|include|included)\b(.*)$", stem)
        tail = pred.group(1) if pred else ""
        if k >= 3 and ", " in tail and re.search(r",? and ", tail) and not re.search(r"\b(?:is|are|was|were|has|have|had|will|would)\b", tail) and tail.count(",") + 1 + (", and " not in tail) == k:
            return True  # "_____ beneficial hurdles to progress are the lack of water, electricity, and telephones" (review round 75)
    for m in _NAME_LIST.finditer(stem):
        if m.start() <= at < m.end():
            continue
        gap = stem[m.end() : at] if m.end() <= at else stem[at + 5 : m.start()]
        if "," in gap and len(gap.split()) <= 4 and 2 + len(_MORE_NAMES.findall(m.group(1))) == k:
            return True
    return False


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twice": 2, "double": 2, "triple": 3}


def computable(c: Candidate) -> bool:
    """A whole-number key that two numbers of the stem add up to or differ by: "furnished
    156 cases, 87 boys and _____ girls" (69), "_____ cases, 36 boys and 36 girls" (72); or a
    year key one year from a year the stem shows: "the year ended December 31, 1960 showed
    an improvement over _____" (1959; review round 35)."""
    if c.atype == "YEAR" and c.answer_text.isdigit():
        return any(abs(int(y) - int(c.answer_text)) == 1 for y in _STEM_YEAR.findall(c.stem))
    if c.atype == "NUMBER" and "_____" in c.stem and counted_in_stem(c.stem, c.answer_text):
        return True
    if c.atype in {"NUMBER", "MONEY"} and "a share" in c.stem and _PER_SHARE_COUNT.search(c.stem):
        return True  # "net loss of $13.1 million, or 76 cents a share, based on _____ shares": the loss over the per-share loss (review round 61)
    if c.atype in {"NUMBER", "MONEY"} and "_____" in c.stem:
        value = parse_number(c.answer_text.lstrip("$£€").split()[0]) if c.answer_text.strip() else None
        if value is not None and _follows_from_the_stem(c.stem, value):
            return True
    if c.atype != "NUMBER" or not c.answer_text.replace(",", "").isdigit():
        return False
    key = int(c.answer_text.replace(",", ""))
    nums = [int(m.group().replace(",", "")) for m in _STEM_NUMBER.finditer(c.stem)]
    if any(a + b == key or abs(a - b) == key for i, a in enumerate(nums) for b in nums[i + 1 :]):
        return True
    # "the 300 metres freestyle ... contested by having three races over _____ metres": 300 / 3
    # (review round 88); a count in words times the key, or the key times it, is the other figure
    counts = [_COUNT_WORDS[w] for w in re.findall(r"[a-z]+", c.stem.lower()) if w in _COUNT_WORDS]
    return any(key * k == n or n * k == key for k in counts for n in nums if n != key)


# nouns a capital letter may follow at the end of a sentence: "vitamin C.", "plan B."
_LETTER_NAMED = ("vitamin", "type", "plan", "class", "grade", "group", "letter", "section", "part", "appendix", "exhibit", "schedule",
                 "category", "block", "level", "row", "column", "model", "option", "zone", "hepatitis", "wing", "ward", "gate", "terminal",
                 "platform", "division", "series", "form", "size", "point", "area", "company", "building", "channel", "route", "team", "pool")
_GARBLED = re.compile(
    r"\bnot[.?]$|\bworth\.$|\b(\w+) \1\b|\b(?:and|or|but|of|the|a|to) ?[,.?]|, ?[,.?]|\( ?\)|\b(?:of|the|an) (?:is|are|was|were)\b"
    r"|[A-Za-z]_|_[A-Za-z]|[A-Za-z]{25,}|[a-z]{2},[A-Za-z]{2}"  # "Solja__i__", "Writinginthejournal,Fansays"
    # "... marked the sailing of the S. S." (a name cut after its initials); "... is Railroad
    # Commission v." (a case name cut); "... on the proposed C." (a name cut at its first
    # initial, "C.&O.")
    r"|(?-i:\b(?!U\. [SNK]\.|D\. C\.)[A-Z]\. [A-Z]\.$| vs?\.$)"
    r"|(?-i:\b(?!(?:" + "|".join(_LETTER_NAMED) + r") )[a-z]+ [A-Z]\.$)",
    re.I,
)


@functools.lru_cache(maxsize=8192)
def garbled(stem: str) -> bool:
    """Surface signs of a clause put together wrongly: "and, chicks", "the the", ", ?",
    "... in the capital Reykjavik not." (a cut that kept the "not" of "not to ..."), and of
    source text that lost its spaces or its letters ("Writinginthejournal,Fansays",
    "Solja__i__").

    Memoised (a pure function of the string): a which-true item's options are other
    clauses' false statements, so one document asks about the same strings again and
    again (two calls in three repeat one), and the test costs ~10 us a call (see _garbled)."""
    return _garbled(stem.replace("_____", "BLANK"))


# _GARBLED branch by branch (one regex with all of them cost ~30 us a stem, tried at every
# position): a search with alternatives matches exactly when one of them matches
# somewhere, so each can be searched alone, the rare ones only where they can match.
# Same answers on every stem of the corpus and on 500,000 random strings.
# ", ,", "( )", "and ,", "the?" (\b(?:and|or|but|of|the|a|to) ?[,.?], found from the
# punctuation back) and "ab,cd" ([a-z]{2},[A-Za-z]{2}, from the comma): the branches that
# start at a punctuation mark, in one search that stops only at those marks (half the time
# of three searches)
_G_PUNCT_SIGNS = re.compile(
    r"[,.?(](?:(?<=,) ?[,.?]|(?<=\() ?\)"
    r"|(?<=\b(?:and|but|the)[,.?])|(?<=\b(?:or|of|to)[,.?])|(?<=\ba[,.?])"
    r"|(?<=\b(?:and|but|the) [,.?])|(?<=\b(?:or|of|to) [,.?])|(?<=\ba [,.?])"
    r"|(?<=[a-z]{2},)[a-z]{2})",
    re.I,
)
_G_REPEAT = re.compile(r"\b(\w++) \1\b", re.I)  # \b(\w+) \1\b: a shorter first word would be followed by a letter, not the space, so no backtracking
# "batting average of is": the source lost a figure (review round 72); \b(?:of|the|an) (?:is|are|was|were)\b, from the space
_G_LOST_WORD = re.compile(r" (?:(?<=\bof )|(?<=\bthe )|(?<=\ban ))(?:is|are|was|were)\b", re.I)
_G_NOT_END = re.compile(r"\bnot[.?]$|\bworth\.$", re.I)  # "... a pageant worth." lost what it is worth (review round 77); "How much is it worth?" asks
_G_INITIALS_END = re.compile(r"\b(?!U\. [SNK]\.|D\. C\.)[A-Z]\. [A-Z]\.$| vs?\.$")  # not "the U. S."
_CAPITAL_DOT = frozenset(c + "." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_G_INITIAL_CUT = re.compile(r"\b(?!(?:" + "|".join(_LETTER_NAMED) + r") )[a-z]+ [A-Z]\.$")
_G_UNDERSCORE = re.compile(r"[A-Za-z]_|_[A-Za-z]", re.I)
_G_LONG_WORD = re.compile(r"[A-Za-z]{25,}", re.I)


def _garbled(s: str) -> bool:
    """``_GARBLED.search(s) is not None``, about 4x faster."""
    if _G_PUNCT_SIGNS.search(s) or _G_REPEAT.search(s) or _G_LOST_WORD.search(s):
        return True
    if ("not" in s[-6:].lower() or "worth" in s[-8:].lower()) and _G_NOT_END.search(s):  # "not." or "worth." at the end, or before a final newline
        return True
    if "_" in s and _G_UNDERSCORE.search(s):
        return True
    if (". " in s[-6:] or " v" in s[-6:]) and _G_INITIALS_END.search(s):
        return True
    end = s[-4:].rstrip("\n")[-3:]  # "$" also matches before a final newline
    if end[1:] in _CAPITAL_DOT and end[:1] == " " and _G_INITIAL_CUT.search(s):
        return True
    return max(map(len, s.split()), default=0) >= 25 and _G_LONG_WORD.search(s) is not None  # the regex only with a long enough word


def candidates(doc: Document, types: tuple[str, ...], seed: int, *, keep: int | None = None) -> list[Candidate]:
    """Overgenerate: every template on every clause, with distractors and scores.

    With ``keep`` (very long texts, see :mod:`quizgen.shortlist`) only each template's
    best ``keep`` candidates are kept, and distractors are chosen only for candidates
    that can still be among them.

    The cyclic garbage collector is paused meanwhile, as :func:`quizgen.text.analyze.analyze`
    pauses it (the same switch, so concurrent analyses and generations share it): the
    stage allocates clauses, candidates, option lists and index entries that stay alive or
    are freed by reference counting (it leaves no cyclic garbage over the OneStop texts),
    so the collections their allocations set off scan them, and every other live object
    of their generations, in vain. With many Documents alive (the 378 OneStop texts
    analysed first, then generated from) that was ~8% of the stage's CPU time; one text
    at a time, as ``generate`` runs, it is ~1%. Results cannot change: the collector only
    frees unreachable cycles, and nothing here watches when an object is freed (no weak
    references or finalizers; the ``id()`` keys used are of objects kept alive).
    """
    with _gc_paused():
        return _candidates(doc, types, seed, keep)


def _candidates(doc: Document, types: tuple[str, ...], seed: int, keep: int | None) -> list[Candidate]:
    ctx, pools = make_context(doc)
    support = ctx.support
    not_places = ctx.not_places
    kept = Shortlist(keep)
    n_sent = len(doc.sentences)
    many_firms = len({e.text for s in doc.sentences for e in s.entities if e.label == "ORGANIZATION" and e.text.endswith(_FIRM_ENDINGS)}) >= 2  # companies by their legal names: a business page
    ownerless: dict[str, bool] = {}  # clause key -> the test below; a clause gives many candidates
    for name, tpl in load_all().items():
        if tpl.kind not in types:
            continue
        for c in tpl(ctx):
            if word_count(c.stem) > MAX_STEM_WORDS or garbled(c.stem) or c.template == "which.true" and any(garbled(o) for o, _ in c.options):
                continue  # too long to read as a question; the ranker would push it down anyway
            if c.kind == "mcq" and (c.answer_text in not_places and c.atype in LOCATION_TYPES or gives_away(c) or computable(c)):
                continue
            if c.atype == "NUMBER" and (c.answer_text.lower() in {"zero", "0", "none", "no"} or c.answer is not None and presupposed_count(c.sentence, c.answer.tokens)):
                continue  # "took zero nights in their stride": zero degrees, not a count; and nothing counts zero things (review round 41)
            if c.template.startswith("wh.") and word_count(c.stem) < 5:
                continue  # "How many examples follow?": too short to point to one fact (review round 25)
            if c.clause is not None:
                bad = ownerless.get(c.clause.key)
                if bad is None:
                    bad = ownerless[c.clause.key] = possessive_without_owner(c.clause.statement_tokens()) or headless_subject(c.clause.subject) or (
                        many_firms and not c.clause.scope and unowned_figure(c.clause.subject))  # "Sales rose 9%" in a text about several firms: whose?
                if bad:
                    continue  # "Who is sitting in his office?": whose office?
            if c.clause is not None and c.template.startswith("wh.") and c.template != "wh.subject" and anaphoric_description(c.clause.subject):
                continue  # "Where did the firm open ...?": which firm?
            if c.clause is not None and c.clause.scope and c.template.startswith("wh.") and not (c.answer is not None and {id(t) for t in c.answer.tokens} <= {id(t) for t in c.clause.scope}):
                continue  # "From 1 July 1960 through 31 January 1961, six courses ...": "How many courses were conducted?" lost its scope
            if c.answer is not None and (not stands_alone(c.sentence, c.answer.tokens) or described_organisation(c.sentence, c.answer.tokens, c.atype) or c.atype == "PERSON" and family_after_the(c.sentence, c.answer.tokens)):
                continue
            if c.kind == "mcq" and not c.options:
                if kept.hopeless(c, tpl.reliability, n_sent):
                    continue  # a very long text: its template has enough better candidates
                opts = choose(c, pools, support, f"{seed}:{c.fact}:{c.template}")  # the seed of its Random
                if opts is None:
                    continue
                if c.stem.startswith("_____"):
                    opts = [(t[:1].upper() + t[1:], o) for t, o in opts]  # "_____ great forces were ...": "Three", not "three" (review round 26)
                c.options = opts
            score(c, tpl.reliability, n_sent)
            if c.features.get("vague") and not c.template.startswith("cloze."):
                continue  # "There is a part of a population.": true, but tests nothing
            kept.add(c)
    forget_fronts()
    return without_ambiguous_questions(kept.result())


def without_ambiguous_questions(cands: list[Candidate]) -> list[Candidate]:
    """Drop every question the article answers twice, differently: "How many courses were
    conducted?" asked of "six courses" (1959) and "seven courses" (1960) has two right
    answers, whichever sentence it came from (review round 22)."""
    keys: dict[str, set[str]] = {}
    for c in cands:
        if c.kind == "mcq" and c.template != "which.true":
            keys.setdefault(c.stem.lower(), set()).add(c.answer_text.lower())
    bad = {stem for stem, answers in keys.items() if len(answers) > 1}
    return [c for c in cands if c.kind != "mcq" or c.stem.lower() not in bad] if bad else cands


def item_id(c: Candidate) -> str:
    h = hashlib.sha256(f"{c.template}|{c.sentence.start}|{c.sentence.end}|{c.answer_text}|{c.stem}".encode()).hexdigest()
    return f"q-{h[:12]}"


def to_item(c: Candidate, doc: Document, seed: int) -> MultipleChoiceItem | TrueFalseItem:
    iid = item_id(c)
    src = c.sentence
    source = SourceRef(sentence_index=src.index, start=src.start, end=src.end, sentence=doc.text[src.start : src.end])
    explanation = f"The article says: \u201c{source.sentence.strip()}\u201d"
    common = dict(
        id=iid, stem=c.stem, explanation=explanation, source=source, template=c.template,
        score=c.score, difficulty=difficulty(c), tags=sorted(set(c.tags)),
    )
    if c.kind == "tf":
        opts = [Option(text="True", correct=bool(c.truth), origin="truth"), Option(text="False", correct=not c.truth, origin="truth")]
        return TrueFalseItem(options=opts, **common)
    rng = random.Random(f"{seed}:{iid}")
    options = [Option(text=t, correct=(o == "key"), origin=("key" if o == "key" else o)) for t, o in c.options]
    rng.shuffle(options)
    return MultipleChoiceItem(options=options, **common)


def run(text: str | bytes, *, n: int = 10, types: Iterable[str] | str = VALID_TYPES, seed: int = 0) -> Generation:
    """Analyse, overgenerate, rank and select; return the whole trace."""
    check_items(n)
    tps = _normalise_types(types)
    doc = analyze(text)
    cands = candidates(doc, tps, seed, keep=shortlist_size(len(doc.text), n))
    chosen = select(cands, n, tps, len(doc.paragraphs))
    return Generation(doc, cands, chosen)


def default_title(doc: Document) -> str:
    first = doc.sentences[0]
    words = first.text.rstrip(".").split()
    title = " ".join(words[:12]) + ("..." if len(words) > 12 else "")
    return title or "Reading quiz"


def generate(text: str | bytes, *, n: int = 10, types: Iterable[str] | str = VALID_TYPES, seed: int = 0, title: str | None = None) -> QuestionSet:
    """Generate a ranked question set from an article.

    Raises:
        InputError (and subclasses): unusable text or settings; the message says what to do.
        NoItemsError: the text was read, but no item passed the quality checks.
    """
    text = decode(text)
    tps = _normalise_types(types)
    # The cyclic collector stays paused for the whole run, not only inside analyze() and
    # candidates() (see candidates): between and after them, selection and the models
    # allocate little, but each allocation that set off a collection made it scan the whole
    # young Document and every candidate again (~4% of generate over the OneStop texts).
    with _gc_paused():
        return to_question_set(run(text, n=n, types=tps, seed=seed), text, n=n, types=tps, seed=seed, title=title)


def _sha256(text: str) -> str:
    """SHA-256 of the text's UTF-8, encoded a megabyte of characters at a time: a 5 MB text's
    whole encoding was one more copy at the peak of a generation (see benchmarks/bench_memory.py)."""
    digest = hashlib.sha256()
    for k in range(0, len(text), 1 << 20):
        digest.update(text[k : k + (1 << 20)].encode("utf-8"))
    return digest.hexdigest()


# What the models' ``str_strip_whitespace`` strips (Unicode White_Space, as pydantic-core's
# Rust ``trim`` does): SourceText is built without validation below, so the stored text is the
# same without pydantic's copy of a 5 MB text through a UTF-8 buffer. Its fields are valid by
# construction (a digest, a length, a text).
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def to_question_set(gen: Generation, text: str, *, n: int, types: tuple[str, ...], seed: int, title: str | None) -> QuestionSet:
    """Turn a generation trace into the validated QuestionSet (raises NoItemsError when empty)."""
    from quizgen import __version__

    if not gen.selected:
        raise NoItemsError(
            f"No question passed the quality checks for this text ({len(gen.doc.sentences)} sentences, "
            f"{len(gen.candidates)} candidates). Try a longer article with full, factual sentences."
        )
    items = [to_item(c, gen.doc, seed) for c in gen.selected]
    settings = GeneratorSettings(n=n, types=list(types), seed=seed, generator_version=__version__)
    source = SourceText.model_construct(sha256=_sha256(text), chars=len(text), text=text.strip(_WHITE_SPACE))
    return QuestionSet(title=title or default_title(gen.doc), source=source, settings=settings, items=items)
