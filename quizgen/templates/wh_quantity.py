"""How-many questions: "The summit drew about 100 delegations" -> "About how many delegations did the summit draw?"

The number is the answer; the unit noun stays in the stem, and an approximator
("about", "nearly", "more than") moves to the front of the wh-phrase.
"""

from __future__ import annotations

from typing import Iterator

from quizgen.answers import Answer, position
from quizgen.numbers import FALL_WORDS, RISE_WORDS, parse_number
from quizgen.realize import ascii_cases, capitalize_first
from quizgen.simplify import TIME_UNITS
from quizgen.templates.base import Candidate, Context
from quizgen.templates.common import clause_phrases, frame_of, has_unresolved_pronoun, inverted_question, leans_on_context, subject_question, without
from quizgen.templates.registry import template

APPROX = {"about": "about", "around": "about", "approximately": "about", "roughly": "about", "nearly": "about", "almost": "about", "some": "about", "over": "more than", "more": "more than", "at": "at least"}
_SCALE = {"hundred", "thousand", "million", "billion", "trillion", "dozen"}
_SCALE_ANY = ascii_cases(_SCALE)  # w.lower() in _SCALE


def _has_count_word(tokens: list) -> bool:
    """A word that :func:`_split_number_np` needs in a phrase (a number or a scale word): a
    clause with none in its subject and predicate has no count to ask about."""
    return "CD" in [t.pos for t in tokens] or not _SCALE_ANY.isdisjoint([t.text for t in tokens])


def _split_number_np(np: list) -> tuple[list, list, list] | None:
    """(approximator, number tokens, unit tokens) of "about 100 delegations"; None if not that shape."""
    i = 0
    approx: list = []
    while i < len(np) and np[i].text.lower() in {"about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "more", "than", "at", "least", "up", "to"}:
        approx.append(np[i])
        i += 1
    j = i
    while j < len(np) and (np[j].pos == "CD" or np[j].text.lower() in _SCALE):
        j += 1
    if j == i:
        return None
    unit = np[j:]
    if not unit or not unit[-1].pos in {"NNS", "NNPS"} or any(t.pos not in {"JJ", "NNS", "NN", "NNPS", "NNP", "VBN", "VBG"} for t in unit):
        return None
    number = np[i:j]
    if any(t.text.lower() in ("one",) for t in number) or any(t.text.isdigit() and len(t.text) == 4 and 1500 < int(t.text) < 2100 for t in number):
        return None
    return approx, number, unit


_MEASURES = {"long", "high", "wide", "deep", "tall", "thick", "across", "away", "apart", "ahead", "behind"}  # "landed 50 feet away": "How many feet away ...?" (review round 72)
_POSITIONS = frozenset({"above", "below", "beneath", "under", "over", "underground", "offshore", "inland", "beyond"})
_PERCENT_WORDS = frozenset({"percent", "%", "per", "cent", "pct"})  # a share is no count: "How many percent ...?"
_PLACED = frozenset({"lie", "be", "sit", "stand", "locate", "situate", "live"})  # verbs whose distance needs a place to count from
_DISTANCE_UNITS = frozenset({"miles", "mile", "kilometres", "kilometers", "km", "metres", "meters", "feet", "yards", "inches", "centimetres", "centimeters"})
_DIMENSIONS = frozenset({"diameter", "length", "width", "height", "depth", "size", "area", "circumference", "thickness", "radius", "volume", "weight"})
_TAKES_AN_OBJECT = {"from", "of", "to"}  # "50 feet away from the car": the measure cannot move without its phrase
_LEFT_APPROXIMATORS = {"around", "about", "nearly", "almost", "roughly", "approximately", "some", "over", "under", "just"}


def _rate_or_time(sent, np: list) -> bool:
    """"more than one in 100 people", "1 in 5", "45 minutes after the test": not a count to ask about."""
    sent_tokens = sent.tokens
    at = position(sent, np[0])
    if at is None:
        return False
    end = at + len(np)
    before = [t.text.lower() for t in sent_tokens[max(0, at - 2) : at]]
    nxt = sent_tokens[end].text.lower() if end < len(sent_tokens) else ""
    after_nxt = sent_tokens[end + 1] if end + 1 < len(sent_tokens) else None
    if len(before) == 2 and before[1] == "in" and sent_tokens[at - 2].pos == "CD":
        return True
    return nxt == "in" and after_nxt is not None and after_nxt.pos == "CD" or nxt in {"after", "before", "later", "earlier", "ago"}


def is_bound(approx: list) -> bool:
    """"more than 1,000 samples": the article gives a bound, not a count, so no number is
    the answer to "How many samples ...?" (1,500 may be right too)."""
    a = " ".join(t.text.lower() for t in approx)
    return a.startswith(("more", "over", "at least", "up to"))


def _wh(approx: list, unit: list) -> list[str]:
    a = " ".join(t.text.lower() for t in approx)
    lead = APPROX.get(approx[0].text.lower(), "") if approx else ""
    if a in {"more than", "over"}:
        lead = ""
    return ([capitalize_first(lead)] if lead else []) + ["how" if lead else "How", "many"] + [t.text for t in unit]


def _second_count(rest: list, start: int) -> bool:
    """"... in the morning and ten more in the afternoon": a second count after "and" stays
    in the question and gives the first one away."""
    return any(rest[m].text.lower() in {"and", "or"} and any(u.pos == "CD" or parse_number(u.text) is not None for u in rest[m + 1 : m + 4]) for m in range(start, len(rest)))


_CHANGE_VERBS = (RISE_WORDS | FALL_WORDS) - {"cut", "reduce", "lower", "up", "growth"}
_CHANGE_UNITS = {"cent", "cents", "point", "points", "dollar", "dollars", "penny", "pence", "yen", "franc", "francs", "mark", "marks", "percent"}


def _change_amount(verb, unit: list) -> bool:
    """"rose 17 cents", "fell 3 points": the number is the size of a change, asked with "By how many"."""
    return verb is not None and verb.lemma in _CHANGE_VERBS and unit[-1].text.lower() in _CHANGE_UNITS


def _has_object(rest: list, k: int) -> bool:
    """The word at ``k`` is a preposition with its object ("4,000 bazaars across Spain"), not a
    measure of the number before it ("10 miles across"): "How many bazaars across did ... supply
    Spain?" (round 99's stem diff)."""
    return k + 1 < len(rest) and rest[k + 1].pos in {"NNP", "NNPS", "DT", "PRP$", "NN", "NNS", "CD", "JJ", "PRP"}


@template("wh.how_many", kind="mcq", reliability=0.63, description="How-many question about a counted noun phrase")
def how_many(ctx: Context) -> Iterator[Candidate]:
    for clause in ctx.clauses:
        if clause.subject and clause.subject[0].pos == "EX":
            continue  # "How many challenges are there?" cannot be answered without the article
        if not _has_count_word(clause.rest) and not _has_count_word(clause.subject):
            continue  # no number anywhere: neither branch below can find a count (skips the costly test below)
        if leans_on_context(clause.statement_tokens()):
            continue  # "How many other Communist offensives stirred ...?": other than which?
        # in the predicate
        for ph in clause_phrases(clause, ctx.memo):
            lead: list = []
            if ph.kind == "PP" and ph.index == 0 and ph.prep is not None and ph.prep.text.lower() in {"about", "around", "nearly", "almost", "some"} and ph.np and ph.np[0].pos == "CD":
                lead = [ph.prep]  # the chunker read "about" as a preposition
            elif ph.kind != "NP":
                continue
            parts = _split_number_np(ph.np)
            if parts is None:
                continue
            end = ph.index + len(ph.tokens)
            if end < len(clause.rest) and clause.rest[end].text.lower() == "of":
                continue  # "170,000 miles of roads": the unit is the whole phrase
            if ph.index > 0 and clause.rest[ph.index - 1].text.lower() in _LEFT_APPROXIMATORS or end < len(clause.rest) and clause.rest[end].text.lower() == "old":
                continue  # "animals around 40 years old" gave "How many years are animals around old?"
            if end < len(clause.rest) and (clause.rest[end].pos in {"JJR", "RBR"} or clause.rest[end].text.lower() in {"a", "an", "per"} and end + 1 < len(clause.rest) and clause.rest[end + 1].lemma not in TIME_UNITS):
                continue  # "closed 17.5 points higher at 2160.1", "advanced 2.50 cents a pound": "How many points did it close higher at ...?" strands the comparison or the price's unit ("14 hours a day" is fine; review round 28)
            measure = clause.rest[end] if end < len(clause.rest) and clause.rest[end].text.lower() in _MEASURES and not _has_object(clause.rest, end) else None
            if measure is not None and end + 1 < len(clause.rest) and clause.rest[end + 1].text.lower() in _TAKES_AN_OBJECT:
                continue  # "landed 50 feet away from the car"
            if ph.index == 0 and clause.verb is not None and clause.verb.lemma == "be" and measure is None:
                continue  # "Volume was 372.9 million shares": "How many shares was volume?" (review round 28)
            if _rate_or_time(clause.sentence, ph.tokens):
                continue  # "one in 100 people" is a rate; "45 minutes after ..." a time, not a count
            if ph.index > 0 and clause.rest[ph.index - 1].text.lower() in {"and", "or"} or end < len(clause.rest) and clause.rest[end].text.lower() in {"and", "or"}:
                continue  # "painted 550 oil paintings and 2,000 watercolours": asking one leaves "paintings and in his lifetime"
            if ph.index > 1 and clause.rest[ph.index - 2].pos == "CD" and clause.rest[ph.index - 1].pos == "NNS" or end < len(clause.rest) and clause.rest[end].pos == "CD":
                continue  # "was only 3 feet 11 inches long": one length in two units, not a count of inches (review round 78)
            if ph.index > 0 and clause.rest[ph.index - 1].pos in {"NN", "NNS"} and (measure is not None or end + 1 < len(clause.rest) and (clause.rest[end].text.lower() == "in" and clause.rest[end + 1].text.lower() in _DIMENSIONS or clause.rest[end].text.lower() in _POSITIONS or clause.rest[end].text.lower() == "from" and clause.rest[end - 1].text.lower() in _DISTANCE_UNITS)):
                continue  # "with a reflector 22 meters in diameter", "from a balloon 19 miles above the planet", "towns and villages 100 miles from Manhattan": the measure describes the noun before it (review rounds 79, 86, 92)
            if ph.index > 1 and clause.rest[ph.index - 1].pos == "VBG" and clause.rest[ph.index - 2].pos == "IN":
                continue  # "accused Israel of escalating violence by killing three Palestinians": "How many ... by killing?" is no English (review round 89)
            if end + 1 < len(clause.rest) and clause.rest[end].text == "," and any(u.text.lower() in {"and", "or"} for u in clause.rest[end + 1 : end + 7]) and not any(u.pos.startswith("VB") for u in clause.rest[end + 1 : end + 7]):
                continue  # "killing two nuns, three priests and an Indonesian journalist": the rest of the list dangles (review round 89)
            if _second_count(clause.rest, end):
                continue  # "tested ten salesmen in the morning and ten more in the afternoon": the second count stays in the question (review round 23)
            approx, number, unit = parts
            if not _PERCENT_WORDS.isdisjoint(u.text.lower() for u in unit):
                continue  # "bought 10 percent stakes": "How many percent stakes ...?" is no English (review round 97)
            if unit[-1].text.lower() in _DISTANCE_UNITS and end >= len(clause.rest) and clause.verb is not None and clause.verb.lemma in _PLACED:
                continue  # "Lake Oroville, which lies 65 miles | north of Sacramento": "How many miles does Lake Oroville lie?" from where? (review round 94)
            approx = lead + approx
            if is_bound(approx):
                continue
            rest = without(clause.rest, ph.tokens + ([measure] if measure is not None else []))
            if has_unresolved_pronoun(rest) or clause.neg is not None:
                continue
            # "was 50 metres long": "How many metres long was the drainpipe?", the measure goes with its number
            wh = _wh(approx, unit) + ([measure.text.lower()] if measure is not None else [])
            if ph.index == 0 and _change_amount(clause.verb, unit):
                wh = ["By", wh[0].lower()] + wh[1:]  # "rose 17 cents to $20.42": "By how many cents did ... rise to $20.42?" (review round 65)
            stem = inverted_question(clause, wh, rest)
            if stem is None:
                continue
            ans = Answer(number, "NUMBER", unit[-1])
            frame, neg = frame_of(clause.statement_tokens(), number)
            yield Candidate("wh.how_many", "mcq", stem, clause.sentence, f"{clause.key}:{number[0].start}", ans.text, ans, "NUMBER", None, clause, frame, neg, tags=["number"])
        # as the subject: "About 200 people died" -> "About how many people died?"
        parts = _split_number_np(clause.subject)
        if parts is not None and clause.neg is None and not is_bound(parts[0]) and not _second_count(clause.rest, 0) and not has_unresolved_pronoun(clause.rest):
            # (not "How many hands were stretched toward me by my comrades?": whose "me"? review round 73)
            approx, number, unit = parts
            if not _PERCENT_WORDS.isdisjoint(u.text.lower() for u in unit):
                continue
            if number[0] is clause.sentence.tokens[0] and number[0].text.isdigit() and unit[0].text[:1].isupper():
                continue  # "6 Users are changing Facebook": a numbered heading, not a count of users (review round 84)
            stem = subject_question(clause, _wh(approx, unit), plural=unit[-1].pos in {"NNS", "NNPS"} or unit[-1].text.lower() in {"people", "police"})
            if stem is None:
                continue
            ans = Answer(number, "NUMBER", unit[-1])
            frame, neg = frame_of(clause.statement_tokens(), number)
            yield Candidate("wh.how_many", "mcq", stem, clause.sentence, f"{clause.key}:{number[0].start}", ans.text, ans, "NUMBER", None, clause, frame, neg, tags=["number"])
