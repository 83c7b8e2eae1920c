"""Answer phrases and their semantic types.

The type of an answer decides its wh-word and where its distractors come from, so it
is decided once, here (see the primer: "answer-phrase typing decides wh-word and
distractors"). Types: PERSON, COUNTRY, CITY, REGION, LOCATION, ORGANIZATION, DATE,
YEAR, MONTH, WEEKDAY, TIME, NUMBER, MONEY, PERCENT, NATIONALITY and NP (a generic noun
phrase, typed further by its head noun's WordNet lexicographer file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.text.document import Sentence, Span, Token

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
PRONOUNS = {"he", "she", "it", "they", "them", "him", "her", "this", "that", "these", "those", "we", "us", "i", "me", "you", "one", "itself", "himself", "herself", "themselves", "something", "someone", "anything", "everything", "nothing"}
VAGUE_HEADS = {"thing", "things", "way", "ways", "lot", "part", "kind", "sort", "one", "ones", "other", "others", "something", "anything", "everything", "fact", "case", "time", "times", "people", "event", "issue", "matter", "area", "place", "use", "number", "amount", "end", "side", "sides", "point", "percent"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "any"}


@dataclass(slots=True)
class Answer:
    """A candidate answer phrase inside a sentence."""

    tokens: list[Token]  # the answer as shown to students
    atype: str
    head: Token | None = None  # head noun, for generic NPs and "how many" units
    prep: Token | None = None  # the preposition when the answer came from a PP

    @property
    def text(self) -> str:
        from quizgen.realize import render

        return render(self.tokens)

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def plural(self) -> bool:
        return self.head is not None and self.head.pos in ("NNS", "NNPS")


def entity_at(sent: Sentence, tokens: list[Token]) -> Span | None:
    """The entity that covers these tokens exactly, ignoring a leading determiner."""
    if not tokens:
        return None
    toks = tokens[1:] if tokens[0].text.lower() in ("the",) and len(tokens) > 1 else tokens
    for e in sent.entities:
        if e.start == toks[0].start and e.end == toks[-1].end:
            return e
    return None


def _location_type(text: str) -> str:
    try:
        from quizgen.text.entities import location_kind
    except ImportError:  # pragma: no cover - the recogniser ships with the package
        return "LOCATION"
    kind = location_kind(text)
    return {"country": "COUNTRY", "city": "CITY", "region": "REGION"}.get(kind or "", "LOCATION")


def date_type(tokens: list[Token]) -> str:
    words = [t.text for t in tokens]
    if len(words) == 1 and _YEAR.match(words[0]):
        return "YEAR"
    if len(words) == 1 and words[0] in MONTHS:
        return "MONTH"
    if len(words) == 1 and words[0] in WEEKDAYS:
        return "WEEKDAY"
    return "DATE"


def type_of(sent: Sentence, tokens: list[Token]) -> tuple[str, Token | None]:
    """Semantic type and head noun of a phrase."""
    head = None
    for t in reversed(tokens):
        if t.pos.startswith("NN"):
            head = t
            break
    ent = entity_at(sent, tokens)
    if ent is not None:
        label = ent.label
        if label == "LOCATION":
            return _location_type(ent.text), head
        if label == "DATE":
            return date_type(sent.tokens[ent.first : ent.last]), head
        return label, head
    if len(tokens) == 1 and tokens[0].pos == "CD":
        return ("YEAR" if _YEAR.match(tokens[0].text) else "NUMBER"), None
    if head is None:
        return "NONE", None
    if any(t.text.lower() in PRONOUNS and t.pos in ("PRP", "DT") for t in tokens) and len(tokens) == 1:
        return "PRONOUN", head
    from quizgen.text.lexicon import lexname

    ln = lexname(head.lemma or head.text.lower()) if not head.pos.startswith("NNP") else None
    if ln == "noun.person":
        return "PERSON_NP", head
    return "NP", head


WHEN_TYPES = {"DATE", "YEAR", "MONTH", "WEEKDAY", "TIME"}
LOCATION_TYPES = {"COUNTRY", "CITY", "REGION", "LOCATION"}


def is_pronoun_phrase(tokens: list[Token]) -> bool:
    return len(tokens) == 1 and tokens[0].text.lower() in PRONOUNS


def content_np(tokens: list[Token]) -> bool:
    """A noun phrase worth asking about: a real head noun, not a pronoun or vague word."""
    if not tokens or is_pronoun_phrase(tokens):
        return False
    heads = [t for t in tokens if t.pos.startswith("NN")]
    if not heads:
        return False
    head = heads[-1]
    if head.text.lower() in VAGUE_HEADS and not head.pos.startswith("NNP"):
        return False
    return True
