"""Gap-fill items: the clause, lightly simplified, with one key phrase blanked.

The robust fallback where a wh-transformation is unsafe. The blank is one run of
underscores, appears exactly once, and the key never appears elsewhere in the stem.
"""

from __future__ import annotations

from typing import Iterator

from quizgen.answers import LABEL_NOUNS, NAMED_DATES, Answer, position, type_of
from quizgen.realize import as_sentence, render
from quizgen.templates.base import Candidate, Context
from quizgen.templates.common import anaphoric_description, bare_definite_without_anchor, drop_unpaired_quotes, inner_according, has_unresolved_pronoun, leans_on_context, possessive_without_owner, statement_unfit
from quizgen.damage import damage_view
from quizgen.simplify import HEDGES, SAY_VERBS, TIME_UNITS, bare_number, conditional_front, core_tokens, dated_front, scoped_front
from quizgen.support import content_lemmas, negated
from quizgen.templates.registry import template

BLANK = "_____"
# Not a plain noun phrase ("Mr. Holden replaced _____ slowly": the phone): reviewers passed
# none of the 10 they saw, and its distractors are whatever noun phrases the article has
# ("the past 10 years" for "television"; review rounds 28-30).
_GOOD_TYPES = {"PERSON", "COUNTRY", "CITY", "REGION", "LOCATION", "ORGANIZATION", "NATIONALITY", "YEAR", "MONTH", "WEEKDAY", "DATE", "NUMBER", "MONEY", "PERCENT"}


def _possessor(sent, e) -> bool:
    """"_____'s President Vladimir Putin": whose president is trivia, not the sentence's point."""
    return e.last < len(sent.tokens) and sent.tokens[e.last].pos == "POS"


def _computable(atype: str, rest: list) -> bool:
    """"Sales rose _____ to $3.28 billion from $3.16 billion", "were $2.47, up 7.4% from _____":
    of a change, its two figures and its percentage, any one follows from the other two, so
    a student can work the key out without the article (review round 28)."""
    if atype not in {"PERCENT", "MONEY", "NUMBER"} or not any(t.text.lower() == "from" for t in rest):
        return False
    if any(t.text.lower() == "from" and k > 0 and rest[k - 1].text.lower() in {"unchanged", "changed", "steady", "flat"} for k, t in enumerate(rest)):
        return True  # "139, basically unchanged from _____": the key is the figure the stem shows (review round 29)
    figures = sum(1 for k, t in enumerate(rest) if t.pos == "CD" and not (len(t.text) == 4 and t.text.isdigit()) and (k + 1 == len(rest) or rest[k + 1].text.lower() not in {"million", "billion", "trillion"}))
    percent = atype == "PERCENT" or any(t.text == "%" or t.text.lower() == "percent" for t in rest)
    return percent and figures >= 2


def _splits_a_figure(sent, span) -> bool:
    """The blank would cut a word or a figure in two: "a _____ -owned unit" (from "62%-owned"),
    "rose to _____ 1/8" (from "4 1/8"; review round 29)."""
    toks = sent.tokens
    first = position(sent, span[0])
    if first is not None and first > 0 and toks[first - 1].text == "/":
        return True  # "42 5/ _____": a fraction's denominator (review round 64)
    k = position(sent, span[-1])
    if k is None or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    glued = nxt.start == span[-1].end and nxt.text not in (",", ".", ";", ":", ")", "'s", "'", '"', "!", "?")
    return glued or (nxt.pos == "CD" or nxt.text.isdigit()) and k + 2 < len(toks) and toks[k + 2].text == "/"  # "42 5/NN/8" (review round 64)


_IDIOMS = frozenset({("fourth", "of", "july"), ("divide", "in", "two"), ("flank", "by", "two")})  # two words before a key that give it away


def _unfit_figure(sent, span) -> bool:
    """A blank that cuts a figure in two, a number that only labels ("lobularity is well
    developed in type _____": the options are made-up types; review round 78), the end of a
    rough range ("four or _____"), a key an idiom gives away ("Fourth of _____"), or a figure
    the sentence gives in other units too ("$128 a year, or _____ a month": 128 / 12; round 78)."""
    if _splits_a_figure(sent, span):
        return True
    if " ".join(t.text.lower() for t in span) in NAMED_DATES:
        return True  # "wanted for the _____ terrorist atrocities": September 11 (review round 88)
    first = position(sent, span[0])
    if first is None or first == 0:
        return False
    toks = sent.tokens
    prev = toks[first - 1].text.lower()
    if len(span) == 1 and span[0].pos == "CD" and prev in LABEL_NOUNS:
        return True
    if prev == "or" and first > 1 and toks[first - 2].pos == "CD":
        return True  # "another four or _____": a rough range, whose other end gives the key away (review round 81)
    if first > 1 and (toks[first - 2].lemma.lower(), prev, span[0].text.lower()) in _IDIOMS:
        return True  # "last Fourth of _____" can only be July, "the steps divided in _____" only two (review round 80), "flanked by _____ men" (round 82)
    return _rate_restated(toks, first, first + len(span))


def _rate_restated(toks, first: int, last: int) -> bool:
    """The figure at ``toks[first:last]`` is a rate ("$11 a month") that the sentence also gives
    per another period ("$128 a year, or $11 a month"): one follows from the other."""
    def per_time(k: int) -> bool:
        return k + 1 < len(toks) and toks[k].text.lower() in {"a", "an", "per", "each"} and toks[k + 1].lemma in TIME_UNITS

    if not per_time(last):
        return False
    if first > 1 and toks[first - 1].text == "or" and toks[first - 2].text == ",":
        return any(per_time(k) for k in range(max(0, first - 5), first - 2))  # "$128 a year, or _____ a month"
    return last + 3 < len(toks) and toks[last + 2].text == "," and toks[last + 3].text == "or" and any(per_time(k) for k in range(last + 4, min(len(toks), last + 8)))  # "_____ a year, or $11 a month"


def _targets(clause, toks: list):
    """Phrases worth blanking: the clause's entities (names, places, dates and figures; a
    plain noun phrase makes no gap-fill, see ``_GOOD_TYPES``) among its statement's tokens ``toks``."""
    sent = clause.sentence
    ids = {id(t) for t in toks}
    for e in sent.entities:
        span = sent.tokens[e.first : e.last]
        if all(id(t) in ids for t in span) and not _possessor(sent, e):
            yield span


@template("cloze.phrase", kind="mcq", reliability=0.56, description="Gap-fill: the clause with one key phrase blanked")
def cloze_items(ctx: Context) -> Iterator[Candidate]:
    for clause in ctx.clauses:
        if not clause.sentence.entities:
            continue  # nothing to blank (see _targets): no statement made, no test asked (the statement templates ask theirs)
        toks = clause.statement_tokens(with_time=False)
        if clause.neg is not None or not 6 <= len(toks) <= 30 or statement_unfit(clause, ctx.memo):
            # "_____ has not condemned the war": other countries may not have either
            continue
        for span in _targets(clause, toks):
            atype, head = type_of(clause.sentence, span)
            if atype not in _GOOD_TYPES or _unfit_figure(clause.sentence, span):
                continue
            ids = {id(t) for t in span}
            rest = [t for t in toks if id(t) not in ids]  # read by both tests below
            if bare_definite_without_anchor(clause.subject, rest):
                continue  # "The site charges a _____ fee": which site?
            if _computable(atype, rest):
                continue
            words: list = []
            placed = False
            for t in toks:
                if id(t) in ids:
                    if not placed:
                        words.append(BLANK)
                        placed = True
                    continue
                words.append(t)
            while words and not isinstance(words[-1], str) and words[-1].text in {",", ".", ";", ":"}:
                words.pop()
            stem = as_sentence(render(inner_according(drop_unpaired_quotes(words))))
            ans = Answer(span, atype, head)
            key = ans.text  # rendered once (a property that renders the tokens each time)
            low = stem.lower()
            if key.lower() in low.replace(BLANK, " "):
                continue
            if stem.startswith(BLANK):
                stem = stem  # the blank opens the sentence; fine for a gap-fill
            yield Candidate(  # the frame is frame_of(toks, span), whose first step made ``rest``
                "cloze.phrase", "mcq", stem, clause.sentence, f"{clause.key}:{span[0].start}", key, ans, atype,
                None, clause, content_lemmas(rest), negated(toks), tags=[atype.lower(), "cloze"],
            )


def _sentence_targets(sent, ids: set[int]) -> list:
    """The entities of ``sent`` a sentence gap-fill may blank: wholly among the tokens ``ids``
    it shows, not a possessor (the caller then drops those a clause template already tests)."""
    out = []
    for e in sent.entities:
        span = sent.tokens[e.first : e.last]
        if ids.issuperset(map(id, span)) and not _possessor(sent, e):
            out.append(span)
    return out


_INTERJECTIONS = frozenset({"oh", "well", "yes", "no", "wow", "ah", "okay", "ok", "hey", "alas", "so", "now", "look"})
_COUNTERFACTUAL = {"would", "could", "might", "should"}  # before "have": "would have been", a claim about what did not happen


@template("cloze.sentence", kind="mcq", reliability=0.65, description="Gap-fill on a whole (lightly simplified) sentence, for facts no clause carries")
def sentence_cloze_items(ctx: Context) -> Iterator[Candidate]:
    """Sentences the simplifier could not split still carry names, places and numbers."""
    in_clauses: dict[int, list] = {}  # sentence index -> its clauses (their tokens are looked at only for a sentence that gets that far)
    for c in ctx.clauses:
        in_clauses.setdefault(c.sentence.index, []).append(c)
    damaged = damage_view(ctx.doc)
    for sent in ctx.doc.sentences:
        if not sent.entities or not sent.tokens or sent.tokens[-1].text not in {".", "!"}:
            continue  # (no entity: nothing to blank)
        toks = core_tokens(sent)
        # cheapest and most selective tests first (all are plain tests of the tokens): the
        # first word's tag alone turns away almost half of the sentences of the right length
        if not 8 <= len(toks) <= 32 or toks[0].pos not in {"DT", "NNP", "NNPS", "NN", "NNS", "CD", "JJ"}:
            continue  # a fragment, not a sentence
        ids = set(map(id, toks))
        # the phrases it could blank, found before the sentence tests below (most sentences
        # have none left that no clause covers, and those tests cost far more); the clauses'
        # tokens are gathered only for a sentence with such a phrase
        spans = _sentence_targets(sent, ids)
        if not spans:
            continue
        covered = {id(t) for c in in_clauses.get(sent.index, ()) for t in c.statement_tokens()}  # facts the clause templates already test
        spans = [span for span in spans if covered.isdisjoint(map(id, span))]
        if not spans or sent.index in damaged:
            continue  # (the damage test last: most sentences never get here)
        if has_unresolved_pronoun(toks) or any(t.text in ('"', "?", ";", ":", "(", ")") for t in toks) or negated(toks) or leans_on_context(toks) or possessive_without_owner(toks):
            continue
        if not any(t.pos in {"VBD", "VBZ", "VBP", "MD"} for t in toks):
            continue  # a fragment, not a sentence
        if any(t.pos == "MD" and t.text.lower() in _COUNTERFACTUAL and k + 1 < len(toks) and toks[k + 1].text.lower() == "have" or t.text.lower() in HEDGES for k, t in enumerate(toks)):
            continue  # "Sawtimber growth would have been nearly twice as great": a counterfactual, as the clause maker refuses (review round 22)
        first_finite = next(k for k, t in enumerate(toks) if t.pos in {"VBD", "VBZ", "VBP", "MD"})
        if bare_number(toks[:first_finite]):
            continue  # "(In this town of 18,000,) 2,600 are out of work": 2,600 of what? (review round 26)
        if anaphoric_description(toks[:first_finite]) and not any(t.text == "," for t in toks[:first_finite]) and toks[first_finite].lemma not in SAY_VERBS:
            continue  # "The firm ...", "The figure was ...": which firm? (review round 29)
        if any(t.text.lower() in {"who", "which", "whose", "whom"} for t in toks[:first_finite]):
            continue  # "John Thavis, who spent 30 years ...": the only verbs are the relative clause's
        if toks[0].text.lower() in {"this", "that", "these", "those"}:
            continue  # "This list was narrowed ...": which list? The sentence leans on the one before
        if toks[1].text == "," and toks[0].text.lower() in _INTERJECTIONS:
            continue  # "Oh, and nine million people watched ...": chatty, and "and" goes on from the sentence before (review round 92)
        if dated_front(sent) or scoped_front(sent) or conditional_front(sent) or toks[-2].pos in {"VBD", "VBZ", "VBP"} and len(toks) < len(sent.tokens):
            continue  # "(In 1958,) the Birds were 3-10 on May 1"; "... which imported(, wrote X, "that ...")": the cut lost what
        for span in spans:
            atype, head = type_of(sent, span)
            if atype not in _GOOD_TYPES or _unfit_figure(sent, span):
                continue
            sids = {id(t) for t in span}
            words: list = []
            for t in toks:
                if id(t) in sids:
                    if not words or words[-1] is not BLANK:  # (a token is never BLANK)
                        words.append(BLANK)
                    continue
                words.append(t)
            while words and not isinstance(words[-1], str) and words[-1].text in {",", ".", ";", ":", "!"}:
                words.pop()
            stem = as_sentence(render(drop_unpaired_quotes(words)))
            ans = Answer(span, atype, head)
            key = ans.text
            if key.lower() in stem.lower().replace(BLANK, " ") or BLANK + "," in stem:
                continue
            rest = [t for t in toks if id(t) not in sids]
            if _computable(atype, rest):
                continue
            yield Candidate(
                "cloze.sentence", "mcq", stem, sent, f"{sent.index}.s:{span[0].start}", key, ans, atype,
                None, None, content_lemmas(rest), negated(toks), tags=[atype.lower(), "cloze"],
            )
