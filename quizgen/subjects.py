"""Subjects: whether a candidate subject will do, and how to shorten it.

Split out of :mod:`quizgen.simplify`. :func:`_subject_ok` refuses subjects that are
really clause fragments, :func:`_agrees` checks number agreement with the finite verb,
and :func:`_simplify_subject` drops appositives, short parentheses and trailing
descriptions from a subject. :func:`appositives` and :func:`name_relatives` find the
"Name, a description," and "Name, who ..." structures a sentence carries, which the
clause builder turns into clauses of their own.
"""

from __future__ import annotations

import operator
from collections.abc import Set as AbstractSet

from quizgen.answers import NUMBER_WORDS, PRONOUNS, SOCIAL_TITLES, TITLES, place_class
from quizgen.fronts import SAY_VERBS, _has_finite_verb, _is_person_noun, _is_time_phrase, _until_comma
from quizgen.realize import ascii_cases
from quizgen.text.document import Sentence, Span, Token
from quizgen.text.lexicon import base_forms, lexname
from quizgen.text.tokenize import STATE_ABBREVIATIONS

_SUBJECT_PUNCT = frozenset({";", ":", "(", ")", '"', "-", "--"})
_SUBJECT_REFUSED = frozenset({"which", "who", "whose", "whom", "that", "what", "whether", "if", "when", "because", "though", "although", "while",
                              "since", "unless", "whereas", "before", "after", "until", "et", "al", "al."})


_SUBJECT_REFUSED_ANY = _SUBJECT_PUNCT | ascii_cases(_SUBJECT_REFUSED)  # the marks, and every case of the words (exact: no "k" in them)
_THEN_ANY = ascii_cases({"then"})
_AND_BUT_ANY = ascii_cases({"and", "but"})
_POS = operator.attrgetter("pos")
_TEXT = operator.attrgetter("text")


def _subject_ok(subj: list[Token]) -> bool:
    if not subj or len(subj) > 14:
        return False
    # the word-by-word refusals, as set operations (``_SUBJECT_REFUSED_ANY`` holds every case
    # of the refused words, so no word is lower-cased)
    if not _SUBJECT_REFUSED_ANY.isdisjoint(map(_TEXT, subj)):
        return False  # a clause in the subject; "Castaneda et al revised the scale": a citation, and "Et al revised ..." once cut (review round 25)
    for p in set(map(_POS, subj)):  # (each tag once)
        if p[:2] == "VB" and p != "VBN" and p != "VBG":
            return False
    text0 = subj[0].text
    first = text0.lower()
    if len(subj) == 1 and text0.endswith("ly") and base_forms(first, "r") and not base_forms(first, "n"):
        return False  # "Deeply/NNP ingrained in ... is the assumption": an adverb the tagger took for a name (review round 57)
    if len(subj) == 4 and first == "one" and subj[1].text.lower() == "of" and (subj[3].pos == "JJS" or subj[3].text.endswith("est") and base_forms(subj[3].text.lower(), "a")):
        return False  # "One of the roughest was the TV quiz shows": one of the roughest what? (review round 75)
    if len(subj) == 1 and first in _INVERTED_FRONTS or len(subj) > 1 and first in {"there", "here"}:
        return False  # "Out went letters to 60,000 old grads", "Gone is the tabula rasa", "There Huff wrote ...": an inverted or located clause (review round 74)
    if subj[0].pos == "VB" or text0 in {"Be", "Let", "Make"}:
        return False  # "Be/NNP sure all members | are parallel": an instruction, not a statement
    if first in {"assuming", "supposing", "provided", "providing", "granted"} or len(subj) > 1 and text0 == "Subject" and subj[1].text == "to":
        return False  # "Assuming the weather | is halfway decent (that day, ...)", "Subject to certain restraints(,) ... | is free": a condition, not a subject (review round 79)
    if first == "according":
        return False  # "According to a secret report | leaked/VBD to RBB, ...": a source, not a subject (review round 93)
    if first == "as" or first == "much" and not (len(subj) > 1 and subj[1].text.lower() == "of"):
        return False  # "(had as) much business there as Ulbricht | had": the second half of a comparison
    lead = 1 if len(subj) > 1 and first in {"about", "around", "nearly", "almost", "over", "some", "roughly", "approximately"} and (subj[1].pos == "CD" or subj[1].text.lower() == "half") else 0
    if lead and len(subj) == 2 and len(subj[1].text) == 4 and subj[1].text.isdigit() and subj[1].text[0] in "12":
        return False  # "Ballet flowered in Italy ..., and about 1550 | was carried to France": a time, not a count (review round 78)
    if subj[lead].pos not in {"DT", "NNP", "NNPS", "NN", "NNS", "PRP", "PRP$", "JJ", "CD", "JJS", "JJR", "PDT", "EX", "VBG", "VBN"}:
        return False  # "About 800 million people", "Almost half the new multimillionaires" are noun phrases; "In 2006" is not
    for k, (a, b) in enumerate(zip(subj, subj[1:])):
        if a.pos == "RB" and b.pos == "VBN" and k > 0 and subj[k - 1].pos in {"NN", "NNS", "NNP", "NNPS"}:
            return False  # "Biblical scholars frequently attested/VBN to ...": the main verb read as a participle (review round 40); "the internationally renowned artist" stays
        if b.chunk == "B-NP" and a.chunk in {"B-NP", "I-NP"} and a.pos.startswith("NN") and not b.pos.startswith("NNP") and b.pos != "POS":
            return False  # "The reasons people were protesting": a relative clause without "that"
        if b.text in _THEN_ANY and a.text in _AND_BUT_ANY:
            return False  # "The secretary sighed/VBN with relief and then the telephone | clicked": two clauses (review round 56)
        if b.pos == "NNP" and a.pos == "NN" and a.text in _CONTACT_TIMES:
            return False  # "The day Alfred | left his home": a time with its clause, not a subject
    last = subj[-1].pos
    if last not in {"NN", "NNS", "NNP", "NNPS", "PRP", "CD", "EX", "POS"} and subj[-1].text.lower() not in {"themselves", "itself"}:
        return False  # "A decade on": not a noun phrase
    if last.startswith("NN") or last in {"PRP", "CD", "EX"}:
        return True  # the last word is the noun the check below looks for
    return any(t.pos.startswith("NN") or t.pos in {"PRP", "CD", "EX"} for t in subj)


_INVERTED_FRONTS = frozenset({"out", "in", "up", "down", "off", "away", "back", "over", "gone", "here", "so", "such", "thus"})
_KIN = frozenset({"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow", "widower", "child", "grandson", "granddaughter", "nephew", "niece", "cousin", "friend", "stepson", "stepdaughter"})
_STREET_WORDS = frozenset({"Ave.", "Ave", "Avenue", "St.", "Street", "Rd.", "Road", "Blvd.", "Boulevard", "Dr.", "Drive", "Lane", "Ln.", "Pl.", "Place", "Way"})
_COMPANY_SUFFIXES = {"Inc.", "Inc", "Ltd.", "Ltd", "Co.", "Corp.", "Corp", "LLC", "plc", "PLC", "Jr.", "Sr."}
_CONTACT_TIMES = {"day", "night", "moment", "time", "year", "week", "month", "morning", "evening", "afternoon", "hour", "minute", "summer", "winter", "spring"}
_PARTITIVES = {"number", "lot", "lots", "majority", "minority", "half", "third", "quarter", "fifth", "percent", "%", "part", "proportion", "share", "rest", "most", "some", "all", "none", "range", "variety", "group", "couple", "total", "bit", "kind", "type", "sort", "amount", "quantity", "plenty", "dozens", "hundreds", "thousands", "millions", "one", "two", "three", "each", "any"}


def _agrees(subj: list[Token], finite: Token, sent: Sentence) -> bool:
    """Subject-verb agreement as a parse check: singular noun + VBP, or plural + VBZ, is a misparse."""
    low = finite.text.lower()
    pos = "VBZ" if low == "was" else "VBP" if low == "were" else finite.pos  # "Jones were limited": a misparse too
    if not subj or pos not in {"VBZ", "VBP"}:
        return True
    tags = [t.pos for t in subj]
    if "CC" in tags and not _one_organisation(subj, sent):
        return pos == "VBP"
    # the head comes before a prepositional phrase: "TV programmes [about astronomy] have",
    # "The number [of wealthy people] has"
    cut = next((k for k in range(1, len(tags)) if tags[k] in {"IN", "TO"}), len(subj))  # "message [to the delegates]"
    head = next((subj[k] for k in range(cut - 1, -1, -1) if tags[k].startswith("NN") or tags[k] in {"PRP", "CD"}), None)
    if head is None or head.pos == "PRP" or head.pos == "CD" or cut < len(subj) and (head.text.lower() in _PARTITIVES or head.text.lower() in NUMBER_WORDS):
        return True  # "A number of people are", "Half of the money was", "Eleven/NN of the 18 trees have": the noun after "of" decides
    plural = head.pos in {"NNS", "NNPS"}
    if head.pos == "NN" and head.text.endswith("s") and not head.text.endswith(("ss", "us", "is", "ics")):
        return True  # "crowds/NN of demonstrators were": a plural the tagger missed, not a misparse
    if pos == "VBZ":
        return not plural or head.text.lower().endswith(("ics", "news", "series", "species"))
    return plural or head.text.lower() in {"people", "police", "staff", "government", "team", "family", "public", "majority", "data"}


def _one_organisation(subj: list[Token], sent: Sentence) -> bool:
    """Every "and" of the subject is inside an organisation's name: "The Internet Corporation
    for Assigned Names and Numbers has ..." is one body, not two."""
    inside = {id(t) for e in sent.entities if e.label == "ORGANIZATION" for t in sent.tokens[e.first : e.last]}
    return all(id(t) in inside for t in subj if t.pos == "CC")


# In an appositive no comma closes, these (before a subject) start the clause the verb belongs
# to: "Merkur, the company's first new car franchise since the Edsel | was unveiled in 1957"
# (review round 65); "The Senate, after deleting the repeal ..., still is" is no clause.
_UNCLOSED_SUBORDINATORS = frozenset({"since", "although", "though", "when", "while", "until", "unless", "after", "before"})


def _simplify_subject(subj: list[Token], sent: Sentence, appositive: bool = True, present: AbstractSet[str] | None = None) -> tuple[list[Token], Span | None]:
    """Drop appositives and find the entity the subject names.

    "Mao Ning, a spokeswoman," -> "Mao Ning"; "Ukraine's President Volodymyr Zelenskyy"
    keeps its words but records the PERSON entity, which stems may use instead. When no
    comma closes the subject (``appositive`` False), what stands before the last comma
    is fronted material: "on a grey, cold Monday in February, Pope Benedict signed". A
    name's abbreviation in brackets goes: "The European Commission (EC)". ``present``: the
    words of the whole sentence, or None; without a comma or bracket in it, the subject's own
    words are not made.
    """
    words = [t.text for t in subj] if present is None or "," in present or "(" in present else ()
    if "(" in words:
        subj = _without_short_parenthesis(subj)
        words = [t.text for t in subj]
    if "," in words:
        tail = subj[words.index(",") + 1 :]
        if any(t.text.lower() in {"whose", "which", "whom", "who"} or t.text.lower() == "where" and k == 0 for k, t in enumerate(tail)) or any(t.text.lower() == "whose" for t in subj):
            # "Stillwell, a Georgian whose correspondence | is preserved", "a release from
            # OPS, of which Harvey | is president", "Bolivia - whose President, Evo Morales, | is":
            # the verb is the relative clause's
            return [], None
        before = subj[: words.index(",")]
        if any(t.text.lower() in {"and", "or"} and k > 0 and tail[k - 1].text == "," for k, t in enumerate(tail)):
            return [], None  # "Sales of Cherokee, the best-selling Jeep, and the lower-volume Wagoneer were": a list, not "Sales of Cherokee were" (review round 69)
        if not appositive and any(t.text.lower() == "but" for t in tail):
            return [], None  # "Bristol-Myers Co. and Squibb Corp., ..., merged/VBN Oct. 4, but the new company | reported": the verb is the second clause's (review round 69)
        if tail and tail[0].text.lower() in {"named", "called", "dubbed", "titled", "entitled"} and before and before[0].text.lower() == "the":
            return [], None  # "The event, named Malala Day, was the culmination of ...": the name says which event (review round 71)
        if tail and tail[0].text in {'"', "'"} and before and before[0].text.lower() in _INDEFINITES:
            return [], None  # 'An exhibit, "Macropathology -- An Ancient Art", was presented': the title said which (review round 47)
        if tail and tail[0].pos == "PRP$" and before and before[0].pos == "PRP$":
            return [], None  # "His zest for detail, his sensitivity to atmosphere, his industry ...": a list, not an appositive (review round 48)
        if tail and tail[0].pos == "CC":
            return [], None  # "the innovations of bop, and of Parker particularly, have been": a second subject, not an appositive (review round 47)
        # up to the next comma: "Nottingham, Liverpool and Manchester, so effective | was" is a list too
        seg = tail[: [t.text for t in tail].index(",")] if any(t.text == "," for t in tail) else tail
        if len(seg) == 1 and seg[0].text in _COMPANY_SUFFIXES and len(seg) < len(tail):
            return before, None  # "M & R Dietetic Laboratories, Inc., Columbus, gives": the company's address, not "Columbus gives" (review round 47)
        if before and before[-1].text in _COMPANY_SUFFIXES and 0 < len(seg) <= 3 and all(t.pos in {"NNP", "NNPS"} for t in seg):
            return before, None  # "J.P. Morgan & Co., New York, will help": the company's city, not "New York will help" (review round 57)
        if len(seg) <= 6 and any(t.pos == "CC" for t in seg) and all(t.pos in {"NN", "NNS", "NNP", "NNPS", "JJ", "CC", ","} or t.text.lower() in PRONOUNS for t in seg) and not (_is_person_noun(seg[-1]) and all(t.pos in {"NN", "JJ", "CC"} for t in seg)):
            return [], None  # "all but fifty of the Scots, Swiss and metis moved": a list, not an appositive ("vice president and business manager" is one)
        if len(tail) <= 8 and any(t.pos == "CC" for t in tail) and tail[-1].pos in {"NNS", "NN"} and all(t.pos in {"NN", "NNS", "JJ", "CC", ","} for t in tail) and before and before[-1].pos in ("NNS", "NN"):
            return [], None  # "Smith's first workout with stresses, pitches, and junctures was": a list of plain nouns, not an appositive (review round 40)
        after = subj[len(words) - words[::-1].index(",") :]
        if after and after[0].pos in {"NN", "NNS", "JJ"} and len(seg) == 1 and (seg[0].text in STATE_ABBREVIATIONS or place_class(seg[0].text) == "american_state"):
            return [], None  # "The Needham, Mass., concern tracks ...": the address sits inside the noun phrase (review round 28)
        if len(after) == 1 and after[0].text in _COMPANY_SUFFIXES:
            return subj, None  # "Bostitch, Inc. is ...": one name, not "Inc. is"
        if tail and tail[0].pos == "NNP" and "-based" in "".join(t.text for t in tail[:4]):
            return [], None  # "The Thousand Oaks, Calif.-based biotechnology company": one noun phrase, not "The Thousand Oaks" (review round 64)
        if len(after) == 1 and after[0].text in STATE_ABBREVIATIONS:
            return before, None  # "Great Western, based in Beverly Hills, Calif., is ...": the name before its address, not "Calif. is" (review round 63)
        if _is_time_phrase(after):
            return [], None  # "The Symphony Of The Air, greatly assisted by Van Cliburn, last night | got": no time is a subject
        # the name may follow a title: "The Manchester United manager, Sir Alex Ferguson,"
        named = [e for e in sent.entities if after and e.end == after[-1].end and e.start >= after[0].start and all(t.text in TITLES for t in after if t.end <= e.start)]
        one_np = bool(after) and after[0].chunk == "B-NP" and all(t.chunk == "I-NP" for t in after[1:])
        before = subj[: words.index(",")]
        if not appositive:  # no comma closes the subject: what comes before the last comma is fronted, or a misparse
            if tail and tail[0].pos == "VBG" and tail[0].lemma in SAY_VERBS:
                return [], None  # "Moody's downgraded/VBN $400 million of the company's debt, saying the bank holding company | hadn't taken": the verb is the report's (review round 66)
            if _is_time_phrase(tail[-4:]) and _is_time_phrase(after) or any(t.text.lower() in {"that", "whether", "because"} or t.text.lower() in _UNCLOSED_SUBORDINATORS and k + 1 < len(tail) and tail[k + 1].pos in {"DT", "NNP", "NNPS", "PRP", "PRP$", "NN", "NNS"} for k, t in enumerate(tail)):
                # "James P. Mitchell and Sen. Walter H. Jones, last night disagreed": the subject is
                # no time phrase; "Jones, unhappy that the candidates | were limited": not his verb
                return [], None
            if one_np and after[-1].pos == "NN" and before[0].pos == "DT" and not any(t.pos in {"DT", "PRP$", "CD", "POS"} for t in after) and not any(t.pos == "IN" for t in before):
                return [], None  # "The World War 2, German bomber rolled" or "The general, remarkably courteous, explanation": one noun phrase split by commas
            if after and after[0].text.lower() in {"the", "a", "an"} and before and before[0].text.lower() in {"the", "a", "an"} and not named:
                return [], None  # "the first day of the Masters, the contest between Palmer and Player developed": which is the subject? (review round 50)
            lead = subj[: len(subj) - len(after) - 1]
            if any(t.text.lower() == "that" and t.pos in {"IN", "WDT"} for t in lead):
                return [], None  # "The Pentagon claims/NNS that in spite of Moscow's words, East bloc weapons | continue": a claim's clause (review round 59)
            name = lead[max((k for k, t in enumerate(lead) if t.text == ","), default=-1) + 1 :]  # the phrase just before the last comma
            if after and after[0].text.lower() in {"a", "an"} and name and all(t.pos in {"NNP", "NNPS"} for t in name):
                return [], None  # "Benjamin Franklin, a New Englander transplanted/VBD to ..., wrote": a description, not the subject
            if after and after[0].pos in {"NN", "NNS"} and after[0].text.islower() and any(t.pos == "IN" for t in after):
                return [], None  # "The monk Savonarola, brought over ..., protests/NNS against the works | displayed": the main verb was read as a noun (review round 72)
            if any(t.pos in {"VBN", "VBD"} and t.chunk.endswith("VP") for t in after):
                return [], None  # "NCNB Corp., N.C., recently introduced/VBN its program aimed/VBD at ...": the main verb was read as a participle (review round 28)
            if not (named or one_np) and len(before) == 1 and before[0].text.islower():
                return [], None  # "dark, relatively quiet corner in the room otherwise | suffused": no subject before the verb
            if len(after) == 1 and after[0].pos == "NN" and after[0].text.islower() and any(t.pos in {"NNP", "NNPS"} for t in before):
                return [], None  # "And Secretary Rusk, en route to Bangkok, doubtless/NN is trying": the name is the subject, the word before the verb an adverb (review round 47)
        if named and before[-1].pos == "NNP" and any(t.pos == "IN" for t in before) and place_class(" ".join(t.text for t in after)) in {"american_state", "country"} and place_class(before[-1].text) not in {"american_state", "country"}:
            return subj, None  # "Scientists in Stanford, California, found": one place, not "California found"
        if named and _a_name(before) and place_class(" ".join(t.text for t in after)) is not None and any(e.label == "LOCATION" and e.end == after[-1].end for e in sent.entities):
            return before, None  # "The Structural Clay Products Institute, Washington, D.C., is working": its address, not "D.C. is working" (review round 26)
        if named and appositive and _ends_in_described_object(before):
            return before, None  # "A small cultural centre in the capital city, Havana, has become ...": Havana names the city, not the centre
        if named and _address_before(subj[: len(subj) - len(after) - 1]):
            return [], None  # "Walter Stickney, 27, of 1540 Main St., Evanston, ... was ordered": the town is his address, not "Evanston was ordered" (review round 73)
        # "A close ally of Moscow, Beijing denies ..." -> Beijing; "Mao Ning, a spokeswoman," -> Mao Ning
        subj = after if named or (not appositive and one_np) else before
    ent = None
    if subj:
        end, start = subj[-1].end, subj[0].start
        for e in sent.entities:
            if e.end == end and e.start >= start and e.label in {"PERSON", "ORGANIZATION", "LOCATION"}:
                before = [t for t in subj if t.end <= e.start]
                # only titles and possessors may precede the name ("Ukraine's President"),
                # never a coordination ("Kyiv and Moscow") or a relative clause
                if not any(t.pos in {"CC", ",", "IN", "WDT", "WP"} or t.pos.startswith("VB") for t in before):
                    ent = e
    return subj, ent


def _address_before(lead: list[Token]) -> bool:
    """The phrase before the last comma is a street address ("of 1540 Main St."), so the
    place after the comma is the address's town, not the subject."""
    seg = lead[max((k for k, t in enumerate(lead) if t.text == ","), default=-1) + 1 :]
    numbered = any(t.pos == "CD" for t in seg)  # "1540 Main St."; "the Abbot of St. Eloi" is no address
    return numbered and (any(t.text in _STREET_WORDS for t in seg) or len(seg) >= 2 and seg[0].text.lower() == "of" and seg[1].pos == "CD")


def _without_short_parenthesis(subj: list[Token]) -> list[Token]:
    """The subject without a name's abbreviation in brackets: "The Federal Aviation
    Authority (FAA) will ..." -> "The Federal Aviation Authority will ..."."""
    if "(" not in [t.text for t in subj]:
        return subj
    k = next(k for k, t in enumerate(subj) if t.text == "(")
    close = next((j for j in range(k + 1, min(k + 7, len(subj))) if subj[j].text == ")"), None)
    inside = subj[k + 1 : close] if close is not None else []
    if not inside or k == 0 or not subj[k - 1].pos.startswith("NNP") or not all(t.pos in {"NNP", "NNPS"} or t.text.isupper() for t in inside):
        return subj  # "The majority (68%)" keeps its figure: without it, the majority of whom?
    return subj[:k] + subj[close + 1 :]


def _ends_in_described_object(before: list[Token]) -> bool:
    """The phrase ends in a preposition's object that is a description ("... in the capital
    city"), which a name after the comma names: the name is that object's appositive, and
    the subject is the whole phrase before it. "A close ally of Moscow, Beijing" ends in a
    name, so Beijing is the subject there."""
    k = max((j for j, t in enumerate(before) if t.pos == "IN"), default=-1)
    obj = before[k + 1 :]
    return k > 0 and len(obj) >= 2 and obj[0].text.lower() in {"the", "a", "an", "its", "their"} and obj[-1].pos in {"NN", "NNS"}


def _a_name(toks: list[Token]) -> bool:
    """Only a name, after an optional "The": "The Structural Clay Products Institute"."""
    words = toks[1:] if toks and toks[0].text == "The" else toks
    return bool(words) and all(t.pos in {"NNP", "NNPS"} for t in words)


_INDEFINITES = frozenset({"a", "an", "one", "another"})


def name_relatives(sent: Sentence) -> list[list[Token]]:
    """"Modi, who led his party to a landslide victory in 2014, ...": a non-restrictive
    relative clause on a name is a fact about that name (Heilman & Smith extract it as
    "Modi led his party ..."). Returns name + verb phrase token runs for the clause maker."""
    toks = sent.tokens
    n = len(toks)
    out = []
    for e in sent.entities:
        if e.label not in _APPOSITIVE_NAMES or e.last + 2 >= n or toks[e.last].text != ",":
            continue
        rel = toks[e.last + 1]
        if rel.text.lower() not in {"who", "which"} or not _has_finite_verb(toks[e.last + 2 : e.last + 5]):
            continue
        if toks[e.last + 2].pos in {"NNP", "NNPS", "PRP", "DT", "NN", "NNS"}:
            continue  # "X, which Kyiv says ...": an object relative, the name is not its subject
        if toks[e.last - 1].text in _STREET_WORDS:
            continue  # "William Brett, 1926 NE 50th Ave., who died": the address is no "who" (review round 48)
        first = _name_start(toks, e)
        if first > 1 and toks[first - 1].text == "," and _address_before(toks[: first - 1]):
            continue  # "William L. Stickney, 23, of 3211 Park pl., Evanston, who pleaded guilty": the town of his address is no "who" (review round 73)
        if rel.text.lower() == "who" and e.label == "LOCATION" or first > 0 and toks[first - 1].pos == "IN" or first > 2 and toks[first - 1].pos == "POS" and toks[first - 3].pos == "IN":
            continue  # "Julia Rochester, from London, who described herself ...": London is no "who"; nor is the department of "Robert West, of UCL's Department of ..., who collates"
        if e.label == "LOCATION" and first > 1 and toks[first - 1].text == "," and toks[first - 2].pos in {"NNP", "NNPS"}:
            continue  # "Shearson Lehman Hutton Inc., New York, which is 62%-owned by ...": the address's name is what is owned (review round 29)
        if rel.text.lower() == "who" and e.label != "PERSON" and first > 1 and toks[first - 1].text.lower() == "the" and toks[first - 2].pos == "IN":
            continue  # "Robert M.A. Hirschfeld, of the National Institute of Mental Health, who spoke ...": he spoke, not the institute (review round 65)
        if rel.text.lower() == "which" and first > 2 and toks[first - 1].text.lower() == "the" and toks[first - 2].pos in {"IN", "TO"} and toks[first - 3].pos in {"NN", "NNS"}:
            continue  # "the report by the International Federation for Human Rights, which was released", "ambassador to the United Nations, which are cabinet-rank positions": the noun before may be what "which" is (review round 95)
        if rel.text.lower() == "which" and e.label == "PERSON" and first > 0 and toks[first - 1].text.lower() in {"and", "or"}:
            continue  # "The list included ... William Morris and Vanessa Bell, which was then narrowed down": the list was (corpus report, 2026-12-06)
        if any(t.text.lower() in {"and", "or"} for t in toks[first : e.last]):
            continue  # "creditors, including Minpeco and Manufacturers Hanover Trust Co., which is seeking ...": one of the two, or both? (review round 65)
        seg = _until_comma(toks, e.last + 2)
        if e.label != "PERSON" and seg and seg[0].lemma == "be" and all(t.pos in {"CD", "RB", "DT", "NN", "NNS", "$"} and (t.pos != "NN" or t.text in {"percent", "%"}) for t in seg[1:] if t.text != ".") and any(t.pos == "CD" for t in seg):
            continue  # "ran for the White House, which was just 14 percent": a place or body is no figure; the "which" is what he paid (review round 95)
        end = e.last + 2 + len(seg)
        if end < n and toks[end].text not in {",", "."}:
            continue
        if first > 0 and toks[first - 1].text.lower() == "the":
            first -= 1  # "from the Los Angeles Daily News, which sells": "The Los Angeles Daily News sells" (review round 28)
        out.append(toks[first : e.last] + seg)
    return out


def _name_start(toks: list[Token], e: Span) -> int:
    """Where a name starts, with its title: "Dr Christopher Mason", "Vice President Dan
    Quayle" (without "Vice" he is another man; review round 65)."""
    first = e.first - 1 if e.first > 0 and (toks[e.first - 1].text in TITLES or toks[e.first - 1].text in SOCIAL_TITLES) else e.first  # "Mrs. Mathias, who ..." (review round 82)
    if first < e.first and first > 0 and toks[first - 1].text in {"Vice", "Deputy", "Acting", "Associate", "Assistant"}:
        first -= 1
    return first


_APPOSITIVE_NAMES = ("PERSON", "ORGANIZATION", "LOCATION")
_DESCRIPTION_POS = ("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "IN", "CD", "CC", "VBN", "VBG", "HYPH", "PRP$")


def _description(toks: list[Token]) -> bool:
    """"a scientist at Weill Cornell Medical College", "Steck's climbing partner": a noun
    phrase (with its prepositional phrases) whose head is a common noun, so it says what
    the name is."""
    if not toks or len(toks) > 12:
        return False
    first = toks[0]
    if not (first.text.lower() in {"a", "an", "the"} or first.pos in {"NNP", "NNPS"} and len(toks) > 2 and toks[1].pos == "POS"):
        return False
    if any(t.pos not in _DESCRIPTION_POS and not _common_noun(t) or t.text == "-" for t in toks) or any(t.pos == "CC" and (k + 1 == len(toks) or not toks[k + 1].pos.startswith("JJ")) for k, t in enumerate(toks)):
        return False  # a verb or relative clause inside, or "X and Y": a list, not a description
    if any(t.text.lower() == "that" for t in toks):
        return False
    head_end = next((k for k, t in enumerate(toks) if t.pos == "IN"), len(toks))
    if head_end < 2 or any(t.chunk not in {"I-NP", "B-NP"} for t in toks[:head_end]) or any(t.chunk == "B-NP" for t in toks[1:head_end]):
        return False  # the words before the first preposition are one noun phrase
    return _common_noun(toks[head_end - 1]) and (head_end == len(toks) or toks[-1].pos.startswith("NN"))


def _common_noun(t: Token) -> bool:
    """A common noun head, also where the tagger said otherwise ("ally" read as an adverb)."""
    if t.pos in {"NN", "NNS"}:
        return True
    if t.pos in {"RB", "JJ"} and t.text.islower():
        return (lexname(t.lemma or t.text) or "").startswith("noun.")
    return False


def desc_plural(desc: list[Token]) -> bool:
    head_end = next((k for k, t in enumerate(desc) if t.pos == "IN"), len(desc))
    return desc[head_end - 1].pos == "NNS" or desc[head_end - 1].text.endswith("s") and not desc[head_end - 1].text.endswith("ss") and desc[head_end - 1].pos != "NN"


def _list_goes_on(toks: list[Token], start: int) -> bool:
    """After the comma that would close a description, a noun phrase, "and", and another
    noun phrase, with no verb: the description was an item of a list."""
    k = start
    while k < len(toks) and toks[k].text not in {",", ".", ";", ":", "(", ")"}:
        if toks[k].pos.startswith("VB") or toks[k].pos == "MD":
            return False
        if toks[k].text.lower() in {"and", "or"} and k > start and k + 1 < len(toks) and toks[k + 1].pos in {"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "PRP$", "CD"}:
            return True
        k += 1
    return False


def appositives(sent: Sentence) -> list[tuple[list[Token], Span, list[Token]]]:
    """(name, entity, description) for each appositive of a name in the sentence.

    Heilman & Smith extract appositives as statements of their own: "Dr Christopher Mason,
    a scientist at Weill Cornell Medical College, led a team" says "Dr Christopher Mason is
    a scientist at Weill Cornell Medical College"; so does a description before the
    subject ("A close ally of Moscow, Beijing denies ..."). Only a description closed by a
    comma (or the sentence's end) counts, never one before "and" (that is a list)."""
    toks = sent.tokens
    n = len(toks)
    out = []
    for e in sent.entities:
        if e.label not in _APPOSITIVE_NAMES or e.last >= n or toks[e.last].text != ",":
            continue
        first = _name_start(toks, e)
        if first > 0 and toks[first - 1].pos in {"POS", "DT", "NNP", "NNPS", "JJ", "CC", ","}:
            continue  # part of a longer phrase or list
        if first > 1 and toks[first - 1].text.lower() == "of" and toks[first - 2].lemma in _KIN:
            continue  # "her stepson Adrian, son of George Bardell, a place in London": which of the two does the phrase describe? (review round 49)
        if toks[0].pos in {"IN", "RB"} and not any(t.text == "," for t in toks[: e.last]):
            continue  # "In the district of South Kensington, the pupils ...": the comma ends a fronted phrase
        j = e.last + 1
        k = j
        while k < n and toks[k].text not in (",", ".", ";", ":", "(", ")", '"'):
            k += 1
        if k >= n or toks[k].text == "," and k + 1 < n and toks[k + 1].text.lower() in {"and", "or", "but"}:
            continue
        if toks[k].text not in {",", "."}:
            continue
        if any(toks[m].text == "," and toks[m + 1].text.lower() in {"and", "or"} for m in range(k + 1, min(n - 1, k + 5))):
            continue  # "Honeywell in Minneapolis, a General Electric plant in Columbia, Md., or a number of ...": a list of places (review round 68)
        if toks[k].text == "," and _list_goes_on(toks, k + 1):
            continue  # "the World Trade Centre in New York, the British parliament, a tower block in Australia and India's parliament": a list of targets (review round 89)
        desc = toks[j:k]
        if e.label != "PERSON" and _describes_a_person(desc):
            continue  # "born in Mississippi, the son of farm workers": the son is the subject, not the place
        if e.label == "LOCATION" and _describes_a_state(desc):
            continue  # "the tiger in India, the perilous existence of the orangutan in Indonesia, ...": a list of plights, not India
        if _description(desc) and not any(f.first >= j and f.last <= k and f.first == j for f in sent.entities):
            out.append((toks[first : e.last], e, desc))
    # "A close political and economic ally of Moscow, Beijing denies ...": description first
    if n > 4 and toks[0].text.lower() in {"a", "an"}:
        comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
        if comma is not None and _description(toks[:comma]):
            e = next((f for f in sent.entities if f.first == comma + 1 and f.label in _APPOSITIVE_NAMES), None)
            if e is not None and e.last < n and toks[e.last].pos in {"VBZ", "VBD", "VBP", "MD"}:
                desc = [Token("a" if toks[0].text == "A" else "an", toks[0].start, toks[0].end, "DT", toks[0].text.lower(), toks[0].chunk)] + toks[1:comma] if toks[0].text[0].isupper() else toks[:comma]
                out.append((toks[e.first : e.last], e, desc))
    return out


_ABSTRACT_KINDS = frozenset({"noun.state", "noun.act", "noun.attribute", "noun.feeling", "noun.event", "noun.process", "noun.phenomenon"})


def _describes_a_state(desc: list[Token]) -> bool:
    """The description's head is a state or an act ("the perilous existence of ...", "the
    plight of ..."), which no place is."""
    head = _head_noun(desc)
    return head is not None and lexname(head.lemma or head.text.lower()) in _ABSTRACT_KINDS


def _head_noun(desc: list[Token]) -> Token | None:
    """The last noun of the description's first noun run ("the son | of farm workers")."""
    return next((t for k, t in enumerate(desc) if t.pos in {"NN", "NNS"} and (k + 1 == len(desc) or desc[k + 1].pos not in {"NN", "NNS"})), None)


_HEADS_OF_STATE = frozenset({"president", "minister", "chancellor", "king", "queen", "pope", "premier", "monarch", "emperor"})


def _head_of_state(desc: list[Token]) -> bool:
    """"the British prime minister", "the US president": a role the whole world knows the
    holder of, so the statement tests general knowledge. Not "a former minister", "the
    president of the club" (an "of" names a smaller body)."""
    head = _head_noun(desc)
    return (head is not None and head.text.lower() in _HEADS_OF_STATE and desc[0].text.lower() == "the"
            and not any(t.text.lower() in {"of", "former", "deputy", "vice"} for t in desc))


def _describes_a_person(desc: list[Token]) -> bool:
    head = _head_noun(desc)
    return head is not None and _is_person_noun(head)
