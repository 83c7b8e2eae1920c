"""Wh-questions about a phrase of the predicate, with inversion and do-support.

* ``wh.where``: a location after a locative preposition ("in Switzerland").
* ``wh.when``: a date after a temporal preposition ("in May", "on Tuesday"), or a
  fronted time adverbial's date.
* ``wh.object``: a named person, organisation or place as the direct object.
"""

from __future__ import annotations

from typing import Iterator

from quizgen.answers import LOCATION_TYPES, WHEN_TYPES, Answer, entity_at, type_of
from quizgen.realize import ascii_cases
from quizgen.templates.base import Candidate, Context
from quizgen.templates.common import (
    LOC_PREPS,
    TIME_PREPS,
    clause_phrases,
    frame_of,
    has_unresolved_pronoun,
    inverted_question,
    without,
)
from quizgen.templates.registry import template

_LOC_PREPS_ANY = ascii_cases(LOC_PREPS)  # w.lower() in LOC_PREPS
_TIME_PREPS_ANY = ascii_cases(TIME_PREPS)

_OBJECT_WH = {"PERSON": ["Who"], "COUNTRY": ["Which", "country"], "CITY": ["Which", "city"], "ORGANIZATION": ["Which", "organization"]}


def _cand(name: str, ctx: Context, clause, stem: str, answer: Answer, removed, fact: str) -> Candidate:
    frame, neg = frame_of(clause.statement_tokens(), removed)
    return Candidate(
        template=name,
        kind="mcq",
        stem=stem,
        sentence=clause.sentence,
        fact=fact,
        answer_text=answer.text,
        answer=answer,
        atype=answer.atype,
        clause=clause,
        frame=frame,
        frame_negated=neg,
        tags=[answer.atype.lower()],
    )


@template("wh.where", kind="mcq", reliability=0.5, description="Where-question about a place after a locative preposition")
def where_questions(ctx: Context) -> Iterator[Candidate]:
    for clause in ctx.clauses:
        if _LOC_PREPS_ANY.isdisjoint([t.text for t in clause.rest]):
            continue  # no locative preposition: no phrase below can pass its first test
        phrases = clause_phrases(clause, ctx.memo)
        for k, ph in enumerate(phrases):
            if ph.kind != "PP" or ph.prep is None or ph.prep.text.lower() not in LOC_PREPS:
                continue
            atype, head = type_of(clause.sentence, ph.np)
            if atype not in LOCATION_TYPES:
                continue
            before = phrases[k - 1] if k > 0 else None
            if before is not None and before.kind == "PP" and before.index + len(before.tokens) == ph.index and before.prep.text.lower() not in {"on", "at", "during"}:
                continue  # "from a village in Bangladesh": the place belongs to the village, not the verb
            rest = without(clause.rest, ph.tokens)
            if has_unresolved_pronoun(rest):
                continue
            stem = inverted_question(clause, ["Where"], rest)
            if stem is None:
                continue
            ent = entity_at(clause.sentence, ph.np)
            key = clause.sentence.tokens[ent.first : ent.last] if ent is not None else ph.np  # "US", not "the US"
            ans = Answer(key, atype, head, ph.prep)
            yield _cand("wh.where", ctx, clause, stem, ans, ph.tokens, f"{clause.key}:{ph.np[0].start}")


_ONSET_WORDS = frozenset({"beginning", "starting", "effective", "commencing", "since", "from"})


@template("wh.when", kind="mcq", reliability=0.35, description="When-question about a date after a temporal preposition")
def when_questions(ctx: Context) -> Iterator[Candidate]:
    for clause in ctx.clauses:
        if clause.aux and clause.aux[0].lemma == "have":
            continue  # "When has Kiruna grown rich?": the present perfect does not take a point in time
        if clause.verb is not None and clause.verb.lemma == "be" and not clause.aux:
            continue  # "When was Nottingham BlackBerry Messenger?": a description has no time
        ids = {id(t) for t in clause.statement_tokens()}
        dates = [e for e in clause.sentence.entities if e.label == "DATE" and id(clause.sentence.tokens[e.first]) in ids]
        if len(dates) > 1:
            continue  # two dates in one clause: "When ... in 1998?" has two answers
        # (no temporal preposition in the predicate: no such phrase, and no phrases to build)
        phrases = [] if _TIME_PREPS_ANY.isdisjoint([t.text for t in clause.rest]) else [ph for ph in clause_phrases(clause, ctx.memo) if ph.kind == "PP" and ph.prep is not None and ph.prep.text.lower() in TIME_PREPS]
        fronted_dates = [e for e in clause.sentence.entities if e.label == "DATE" and clause.fronted and clause.fronted[0].start <= e.start and e.end <= clause.fronted[-1].end]
        for ph in phrases:
            atype, head = type_of(clause.sentence, ph.np)
            if atype not in WHEN_TYPES:
                continue
            rest = without(clause.rest, ph.tokens)
            if has_unresolved_pronoun(rest):
                continue
            stem = inverted_question(clause, ["When"], rest)
            if stem is None:
                continue
            ans = Answer(ph.tokens, atype, head, ph.prep)
            yield _cand("wh.when", ctx, clause, stem, ans, ph.tokens, f"{clause.key}:{ph.np[0].start}")
        # "During a visit to Beijing in May, Putin signalled ..." -> When did Putin signal ...?
        if not phrases and len(fronted_dates) == 1 and not clause.fronted_time:
            e = fronted_dates[0]
            toks = clause.sentence.tokens[e.first : e.last]
            prev = clause.sentence.tokens[e.first - 1] if e.first > 0 else None
            if prev is not None and prev.text.lower() in TIME_PREPS:
                if e.first > 1 and clause.sentence.tokens[e.first - 2].text.lower() in _ONSET_WORDS:
                    continue  # "Beginning in 1960, the requirements are being adjusted ... 25% a year": 1960 starts it, and 1961 is right too (review round 78)
                toks = [prev] + toks
            elif prev is not None and prev.pos in {"IN", "TO"}:
                continue  # "By 2012, ...", "Until 1990, ...": a bound, not the time of the event
            atype, head = type_of(clause.sentence, clause.sentence.tokens[e.first : e.last])
            if atype not in WHEN_TYPES or has_unresolved_pronoun(clause.rest):
                continue
            stem = inverted_question(clause, ["When"], clause.rest)
            if stem is None:
                continue
            ans = Answer(toks, atype, head, prev if prev is not None and prev.text.lower() in TIME_PREPS else None)
            yield _cand("wh.when", ctx, clause, stem, ans, toks, f"{clause.key}:{e.start}")


@template("wh.object", kind="mcq", reliability=0.5, description="Who/Which-X question about a named direct object")
def object_questions(ctx: Context) -> Iterator[Candidate]:
    for clause in ctx.clauses:
        rest = clause.rest
        if not rest or rest[0].chunk != "B-NP" or rest[0].pos == "POS":
            continue  # the predicate does not open with a noun phrase (what the test below asks, without the phrases)
        phrases = clause_phrases(clause, ctx.memo)
        if not phrases or phrases[0].kind != "NP" or phrases[0].index != 0:
            continue
        ph = phrases[0]
        atype, head = type_of(clause.sentence, ph.np)
        wh = _OBJECT_WH.get(atype)
        if wh is None or (clause.verb is not None and clause.verb.lemma == "be"):
            continue
        rest = without(clause.rest, ph.tokens)
        if has_unresolved_pronoun(rest):
            continue
        stem = inverted_question(clause, wh, rest)
        if stem is None:
            continue
        ans = Answer(ph.np, atype, head)
        yield _cand("wh.object", ctx, clause, stem, ans, ph.tokens, f"{clause.key}:{ph.np[0].start}")
