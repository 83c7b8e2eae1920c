"""Antecedents: who a he, she, it or they in a sentence refers to.

Split out of :mod:`quizgen.simplify`. A clause whose subject is a pronoun is kept only
when the pronoun resolves to a named entity of the previous sentences;
:func:`_antecedents` does that resolution (with care for quotations, shared surnames
and a second person in view), :class:`_Antecedents` computes it lazily for the clause
builder, and :func:`speaker_of` and :func:`inside_quotation` answer the same questions
for the speaker template.
"""

from __future__ import annotations

from quizgen.answers import THIRD_PERSON
from quizgen.fronts import SAY_VERBS, _is_person_noun
from quizgen.realize import ascii_cases
from quizgen.text.document import Document, Sentence, Span, Token


def _antecedents(doc: Document, idx: int) -> dict[str, list[Token]]:
    """Pronoun -> the tokens of its antecedent, when the choice is clear.

    Only he/she resolve, and only when the sentences in view name exactly one person (by
    surname: "Riley B King" and "King" are one), no other person is the subject there
    ("His father was a farmer. He ..."), and this sentence names nobody: "Thatcher
    resigned in 1990. She ..." The sentences in view are the two before, and further back
    (at most six, across paragraphs) as long as they name nobody and go on about a he/she
    (a he/him/his or she/her anywhere): "Sir Alex Ferguson will retire. He will become a
    director. He is the most successful manager. He has won 13 titles."; "Turner was born
    in 1775. In 1786, he went to Margate. His love of painting began there. He ..."
    Anything less clear (two people in view)
    stays unresolved and the clause is skipped: a wrong referent would make a wrong key. So
    does a he/his after a "she" (or a she/her after a "he") earlier in the paragraph: that
    pronoun stood for someone the article did not name, or the name is of the other sex.
    """
    if idx <= 0 or any(e.label == "PERSON" for e in doc.sentences[idx].entities):
        return {}
    paragraph = doc.sentences[idx].paragraph
    start = max(0, idx - 2)
    while start > max(0, idx - 6) and _continues_with_pronoun(doc.sentences[start]) and not any(e.label == "PERSON" for e in doc.sentences[start].entities):
        start -= 1
    window = doc.sentences[start:idx]
    persons = [(s, e) for s in window for e in s.entities if e.label == "PERSON"]
    if any(_named_in_speech(doc, s, e) for s, e in persons):
        return {}  # '"... the cold air from Hirey's air conditioner". He walked past the sheriff': he is the unnamed speaker, not the man spoken of (review round 52)
    if not persons or len({s.tokens[e.last - 1].text for s, e in persons}) != 1:
        return {}
    # after the test above (either gives {}): this one scans the paragraph so far
    if inside_quotation(doc, idx):
        return {}  # 'Miliband said: "She will be remembered ... She changed ..."': the speaker is not "she"
    subjects = []
    surname = persons[0][0].tokens[persons[0][1].last - 1].text
    for s in window:
        if s.tokens and s.tokens[-1].text == "?":
            return {}
        if _another_person_in_view(s, surname):
            return {}
        if ":" in [t.text for t in s.tokens] and any(t.text == ":" and k > 0 and s.tokens[k - 1].lemma in SAY_VERBS for k, t in enumerate(s.tokens)):
            return {}  # 'Miliband said: She will be remembered ...' (quotes lost): the speaker is not "she"
        first_verb = next((k for k, t in enumerate(s.tokens) if t.pos.startswith("VB") or t.pos == "MD"), len(s.tokens))
        # the subject: before the first verb, or after an inverted "says": '"The hours," says Ryan.'
        named = [(s, e) for e in s.entities if e.label == "PERSON" and (e.first < first_verb or e.first > 0 and s.tokens[e.first - 1].lemma in SAY_VERBS) and not _modifies_a_noun(s, e)]
        if named:
            subjects += named
            continue  # "The Manchester United manager, Sir Alex Ferguson, will ...": the noun is the name's title
        if any(t.pos in {"NN", "NNS"} and _is_person_noun(t) for t in s.tokens[:first_verb]):
            return {}  # another person is the subject: "His father was a farmer."
        if 0 < first_verb <= 3 and all(t.pos in {"NNP", "NNPS"} for t in s.tokens[:first_verb]):
            return {}  # a bare name the NER did not take for a person is the subject: "Franklin retired ...
            # Washington never had a chance ... He served as Commander in Chief" had become Madison's (review round 42)
    if not subjects:
        return {}  # the one name in view is no subject ("Guided by his manager, Sidney Seidenberg, he ..."): "he" is someone else
    s, e = max(subjects, key=lambda p: (p[1].last - p[1].first, p[0].index))
    toks = s.tokens[e.first : e.last]
    if e.first > 0 and s.tokens[e.first - 1].text.rstrip(".") in _HONORIFICS:
        toks = s.tokens[e.first - 1 : e.last]  # "Miss Upton": her brother Winslow Upton is in the article too
    elif len(toks) == 1 and _surname_shared(doc, toks[0].text):
        return {}  # "Upton" alone could be Lucy or Winslow Upton (review round 43)
    elif e.first > 0 and s.tokens[e.first - 1].text.lower() == "the":
        the = s.tokens[e.first - 1]
        toks = [Token("the", the.start, the.end, "DT", "the", the.chunk)] + toks  # "the Old Man", not "Old Man was determined" (review round 56)
    # the other sex's pronoun before it in the paragraph stands for someone unnamed, or the
    # named one is of that sex: "Rachel talked to him. He nodded ... His toes pointed out"
    # had become "Rachel's toes" (review round 30)
    words = {t.text.lower() for k in range(max(0, min(start, idx - 8)), idx) if k >= start or doc.sentences[k].paragraph == paragraph for t in doc.sentences[k].tokens}
    out = {}
    if not words & {"she", "her", "hers", "herself"}:
        out["he"] = toks
    if not words & {"he", "him", "his", "himself"}:
        out["she"] = toks
    return out


def _modifies_a_noun(s: Sentence, e: Span) -> bool:
    """"The Hearst press followed ...": the name modifies the subject's noun, so the person
    is not the subject ("his editors" after it had become "the Hearst's editors", review round 72)."""
    return e.last < len(s.tokens) and s.tokens[e.last].pos in {"NN", "NNS"} and s.tokens[e.last].text.islower()


def _another_person_in_view(s: Sentence, surname: str) -> bool:
    """A sentence before a he/she that shows a man or woman besides the one named person
    (review rounds 51-52, where "he" had been given to the wrong man): "him" beside the
    name ("Jacopo Galli introduced him into several Roman homes. ... He was able to discern
    ...": him is someone else), or a capitalised word the NER took for no person right
    before a finite verb ("..., Gorton claimed the union was irregular. Then he became
    involved in a ruckus": he is Gorton, not Coddington), or a man or woman named by a
    word for an unnamed person after the verb ("Watson looked for the fourth man. He ...")."""
    toks = s.tokens
    if any(e.label == "PERSON" for e in s.entities) and any(t.text.lower() == "him" or t.text.lower() == "her" and t.pos == "PRP" for t in toks):
        return True  # "Archbishop Desmond Tutu suggested her for the Prize ... She has had many operations": her is Malala
    in_person = {k for e in s.entities if e.label == "PERSON" for k in range(e.first, e.last)}
    first_verb = next((k for k, t in enumerate(toks) if t.pos.startswith("VB") or t.pos == "MD"), len(toks))
    if first_verb < len(toks) and toks[first_verb].lemma not in _COPULAS and any(
        t.pos == "NN" and t.text.lower() in _SOMEONE and toks[k - 1].text.lower() not in {"like", "as"} for k, t in enumerate(toks[first_verb + 1 :], first_verb + 1)
    ):
        return True  # "Watson looked for the fourth man. He had reached the three passive guards": he is the fourth man (review round 56)
    for k in range(len(toks) - 1):
        t = toks[k]
        if t.pos == "NNP" and k not in in_person and t.text != surname and t.text.isalpha() and toks[k + 1].pos in {"VBD", "VBZ"} and (k == 0 or toks[k - 1].pos not in {"NNP", "DT", "POS"}):
            return True
    return False


_SOMEONE = frozenset({"man", "woman", "boy", "girl", "fellow", "stranger", "lady", "gentleman", "guy", "kid"})  # a story's unnamed people
_COPULAS = frozenset({"be", "become", "remain", "seem"})  # "Watson became a soldier": the noun is Watson
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr"})


def _surname_shared(doc: Document, surname: str) -> bool:
    """Two people of the article have this surname with different given names."""
    full = {e.text for s in doc.sentences for e in s.entities if e.label == "PERSON" and e.last - e.first > 1 and s.tokens[e.last - 1].text == surname}
    return len({name.split()[0] for name in full}) > 1


def speaker_of(doc: Document, idx: int, pronoun: str) -> list[Token] | None:
    """The person a he/she beside a verb of saying stands for ('"...," she said.'), or None.

    Stricter than a pronoun subject (:func:`_antecedents`, whose rule it also applies): the
    sentence just before must have that person as its subject or its speaker, so the he/she
    goes straight on from the name. The resolver knows no one's sex, and "she" had become
    "Desmond Tutu", the one name three sentences back in an article about Malala."""
    person = _antecedents(doc, idx).get(pronoun.lower())
    if not person:
        return None
    prev = doc.sentences[idx - 1]
    first_verb = next((k for k, t in enumerate(prev.tokens) if t.pos.startswith("VB") or t.pos == "MD"), len(prev.tokens))
    surname = person[-1].text
    for e in prev.entities:
        if e.label == "PERSON" and prev.tokens[e.last - 1].text == surname and (e.first < first_verb or e.first > 0 and prev.tokens[e.first - 1].lemma in SAY_VERBS or e.last < len(prev.tokens) and prev.tokens[e.last].lemma in SAY_VERBS):
            return person
    return None


class _Antecedents:
    """:func:`_antecedents` of one sentence, worked out at the first ``get``: only a clause
    whose subject is a pronoun or starts with "his"/"her" asks, and most sentences have none
    (the look-up scans back through the paragraph and its names for every sentence)."""

    __slots__ = ("_doc", "_idx", "_found")

    def __init__(self, doc: Document, idx: int) -> None:
        self._doc, self._idx = doc, idx
        self._found: dict[str, list[Token]] | None = None

    def get(self, pronoun: str, default: list[Token] | None = None) -> list[Token] | None:
        if self._found is None:
            self._found = _antecedents(self._doc, self._idx)
        return self._found.get(pronoun, default)


def _named_in_speech(doc: Document, s: Sentence, e: Span) -> bool:
    """The name stands inside quotation marks: someone speaks of that person."""
    marks = sum(1 for t in s.tokens[: e.first] if t.text == '"') + (1 if inside_quotation(doc, s.index) else 0)
    return marks % 2 == 1


def inside_quotation(doc: Document, idx: int) -> bool:
    """True when an earlier sentence of the paragraph opened a quotation this sentence continues."""
    paragraph = doc.sentences[idx].paragraph
    quotes = 0
    k = idx - 1
    while k >= 0 and doc.sentences[k].paragraph == paragraph:
        quotes += [t.text for t in doc.sentences[k].tokens].count('"')
        k -= 1
    return quotes % 2 == 1


def _continues_with_pronoun(s: Sentence) -> bool:
    """The sentence goes on about someone named earlier: a he/she, or a his/her/him, anywhere
    in it ("In 1786, he went to Margate", "Exerting himself ... has left his voice a growl")."""
    return not _THIRD_PERSON_ANY.isdisjoint([t.text for t in s.tokens])


_THIRD_PERSON_ANY = ascii_cases(THIRD_PERSON)  # w.lower() in THIRD_PERSON, without lower-casing w
