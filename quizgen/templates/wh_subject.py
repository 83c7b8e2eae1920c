"""Wh-questions about the subject: "Who hosted a peace summit in Switzerland last month?"

No inversion is needed: the wh-phrase takes the subject's place and the verb agrees
with it in the singular.
"""

from __future__ import annotations

from typing import Iterator

from quizgen.answers import MONTHS, WEEKDAYS, Answer, content_np, type_of
from quizgen.templates.base import Candidate, Context
from quizgen.templates.common import Phrase, clause_phrases, frame_of, has_unresolved_pronoun, subject_question
from quizgen.templates.registry import template

GOVERNMENT_VERBS = {"confirm", "release", "deny", "refuse", "say", "announce", "warn", "reject", "dismiss", "agree", "decide", "sign", "approve", "support", "call", "urge", "accuse", "condemn", "demand", "propose", "plan", "insist", "respond", "react", "threaten", "order", "ban", "impose", "send", "offer"}
_WH = {
    "PERSON": ["Who"],
    "ORGANIZATION": ["Which", "organization"],
    "COUNTRY": ["Which", "country"],
    "CITY": ["Which", "city"],
}


def _bare_definite_object(rest, phrases: list[Phrase]) -> bool:
    """"Who left the job in May 2015?": with the subject asked for, a bare "the X" object
    has nothing left to say which job; "the job of FIFA's treasurer" or a name would.
    ``phrases`` are the predicate phrases of ``rest``."""
    if not phrases or phrases[0].kind != "NP":
        return False
    np = phrases[0].np
    end = phrases[0].index + len(phrases[0].tokens)
    if np[0].text.lower() != "the" or any(t.pos in {"NNP", "NNPS", "CD", "POS"} for t in np):
        return False
    if end < len(rest) and rest[end].text.lower() == "of":
        return False
    nxt = phrases[1] if len(phrases) > 1 and phrases[1].kind == "PP" and phrases[1].index == end else None
    # "the proposal from Beijing" names it; "the job in May 2015" only dates it
    return not (nxt is not None and any(t.pos in {"NNP", "NNPS"} and t.text not in MONTHS + WEEKDAYS for t in nxt.np))


@template("wh.subject", kind="mcq", reliability=0.58, description="Who/Which-X question whose answer is a named subject")
def subject_questions(ctx: Context) -> Iterator[Candidate]:
    for clause in ctx.clauses:
        if clause.neg is not None or clause.origin == "reported" and clause.subject_entity is None:
            continue
        if clause.verb is not None and clause.verb.lemma == "be" and not clause.aux:
            continue  # "Which country is such a majestic animal?": copular clauses describe, not report
        ent = clause.subject_entity
        toks = clause.sentence.tokens[ent.first : ent.last] if ent is not None else clause.subject
        if not content_np(toks):
            continue
        atype, head = type_of(clause.sentence, toks)
        wh = _WH.get(atype)
        if atype == "CITY" and clause.verb is not None and clause.verb.lemma in GOVERNMENT_VERBS:
            wh = ["Which", "government"]  # "Beijing confirmed the talks": the capital stands for its government
        if wh is None or has_unresolved_pronoun(clause.rest) or _bare_definite_object(clause.rest, clause_phrases(clause, ctx.memo)):
            continue
        stem = subject_question(clause, wh)
        if stem is None or len(stem.split()) < 5:
            continue
        answer = Answer(toks, atype, head)
        frame, neg = frame_of(clause.statement_tokens(), clause.subject)
        yield Candidate(
            template="wh.subject",
            kind="mcq",
            stem=stem,
            sentence=clause.sentence,
            fact=f"{clause.key}:subject",
            answer_text=answer.text,
            answer=answer,
            atype=atype,
            clause=clause,
            frame=frame,
            frame_negated=neg,
            tags=[atype.lower()],
        )
