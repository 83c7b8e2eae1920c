"""Question-formation steps shared by the wh-, cloze and statement templates.

Heilman & Smith's stage 2 over chunks: split the predicate into movable phrases,
block the unmovable ones, then invert subject and auxiliary with do-support.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from quizgen.answers import PRONOUNS
from quizgen.realize import as_sentence, ascii_cases, capitalize_first, do_support, lower_first_word, render, singular_agreement
from quizgen.simplify import Clause
from quizgen.support import content_lemmas, negated
from quizgen.text.document import Token

LOC_PREPS = {"in", "at", "to", "near", "into", "inside", "across", "throughout", "outside", "around"}  # not "from": "Where ...?" would ask for the goal
TIME_PREPS = {"in", "on", "at", "during"}


@dataclass(slots=True)
class Phrase:
    """A movable phrase of a clause's predicate."""

    kind: str  # NP or PP
    tokens: list[Token]  # whole phrase, preposition included
    prep: Token | None
    np: list[Token]  # the noun phrase (without preposition)
    index: int  # position in clause.rest of the first token


def predicate_phrases(rest: list[Token]) -> list[Phrase]:
    """NP and PP phrases of a predicate, in order.

    Possessives and "of" phrases join the noun phrase before them ("his approval of
    China's plan"). Phrases inside a quotation are unmovable and left out.
    """
    out: list[Phrase] = []
    i = 0
    n = len(rest)
    in_quote = False
    while i < n:
        t = rest[i]
        if t.text == '"':
            in_quote = not in_quote
            i += 1
            continue
        if in_quote:
            i += 1
            continue
        if t.pos == "POS":  # a stray possessive never starts a phrase
            i += 1
            continue
        if t.chunk.endswith("PP") and t.chunk.startswith("B") and i + 1 < n and rest[i + 1].chunk == "B-NP":
            j = _np_end(rest, i + 1)
            out.append(Phrase("PP", rest[i:j], t, rest[i + 1 : j], i))
            i = j
            continue
        if t.chunk == "B-NP":
            j = _np_end(rest, i)
            out.append(Phrase("NP", rest[i:j], None, rest[i:j], i))
            i = j
            continue
        i += 1
    return out


def clause_phrases(clause: Clause, memo: dict) -> list[Phrase]:
    """``predicate_phrases(clause.rest)``, worked out once per clause: four wh-templates
    read them. ``memo`` is a template context's per-document memo, keyed by clause key;
    the list is shared, so callers must not change it."""
    cache = memo.setdefault("phrases", {})
    hit = cache.get(clause.key)
    if hit is None:
        hit = cache[clause.key] = predicate_phrases(clause.rest)
    return hit


def _np_end(rest: list[Token], i: int) -> int:
    """End of the NP starting at i, absorbing possessive continuations."""
    j = i + 1
    n = len(rest)
    while j < n and rest[j].chunk == "I-NP":
        j += 1
    # "China 's" + "plan": the possessive closes one chunk, the next NP continues it
    while j < n and (rest[j].pos == "POS" or rest[j - 1].pos == "POS" and rest[j].chunk == "B-NP"):
        j += 1
        while j < n and rest[j].chunk == "I-NP":
            j += 1
    return j


def subject_words(clause: Clause, *, sentence_initial: bool) -> list[str]:
    """The subject as it should read inside a question (titles dropped for a named person)."""
    ent = clause.subject_entity
    toks = clause.sentence.tokens[ent.first : ent.last] if ent is not None and ent.label == "PERSON" else clause.subject
    if not sentence_initial or not toks:
        return list(toks)
    first = lower_first_word([toks[0].text], [toks[0].pos])[0]
    return [first] + list(toks[1:]) if first != toks[0].text else list(toks)


def time_suffix(clause: Clause) -> list[str]:
    if not clause.fronted_time:
        return []
    toks = clause.fronted_time
    first = lower_first_word([toks[0].text], [toks[0].pos])[0]
    return [first] + list(toks[1:])


_REFLEXIVES = {"himself", "herself", "itself", "themselves"}
_FIRST_SECOND = {"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "myself", "ourselves"}
_DEMONSTRATIVES = {"this", "that", "these", "those"}
_DOCUMENT_PARTS = frozenset({"fig", "fig.", "figs.", "figure", "figures", "table", "tables", "eq.", "equation", "page", "pp.", "p.", "chapter", "section", "reference", "ref.", "appendix"})
# every word that any test of has_unresolved_pronoun looks at; other words are skipped at once
_OWNERS = {"theirs", "hers"}  # "Shayne's pistol permit was just as good as theirs": whose? (review round 81)
_PRONOUN_WORDS = frozenset(_REFLEXIVES | PRONOUNS | _FIRST_SECOND | _DEMONSTRATIVES | _OWNERS)
_PRONOUN_ANY = ascii_cases(_PRONOUN_WORDS)  # w.lower() in _PRONOUN_WORDS, without lower-casing w


def has_unresolved_pronoun(words: list[Token]) -> bool:
    """A personal pronoun, or a demonstrative standing alone ("confirmed this to be ...")."""
    for k, t in enumerate(words):
        if t.text not in _PRONOUN_ANY:
            continue  # no test below can fire (most words of a statement; no lower() for them)
        low = t.text.lower()
        if low in _REFLEXIVES and any(u.pos.startswith("NN") or u.pos == "CD" for u in words[:k]):
            continue  # "12 of 18 men gave themselves shocks": the subject is the antecedent
        if t.pos == "PRP" and low in PRONOUNS or low in _OWNERS:
            return True
        if low in _FIRST_SECOND and (t.pos in {"PRP", "PRP$"} or t.text != t.text.upper() or t.text == "I"):
            return True  # a speaker or reader the stem cannot name
        if low in _DEMONSTRATIVES and t.pos == "DT":  # a relative "that" (WDT) has its noun
            nxt = words[k + 1] if k + 1 < len(words) else None
            if nxt is None or not (nxt.pos.startswith(("NN", "JJ", "CD")) or nxt.pos == "VBG"):
                return True
    return False


_PLURAL_SINGULARS = {"people", "police", "staff", "team", "family", "public", "government", "company", "club", "group", "couple", "everyone", "everybody", "someone", "somebody", "anyone", "each", "every"}


def _capitalised_word(words: list[Token], j: int) -> bool:
    """The first word, tagged as a name for its capital but modifying the noun after it:
    "Unruly hair goes ...", not "Amin has seen ..." or "Gary Player won ..."."""
    return j == 0 and len(words) > 1 and words[1].pos in {"NN", "NNS"}


def possessive_without_owner(words: list[Token]) -> bool:
    """"the horror of her past", "sitting in his office": whose? In a whole statement a
    name must come before his/her, a noun before its, and a plural, a name or a group before
    their, for the owner to be in view."""
    for k, t in enumerate(words):
        if t.pos != "PRP$":
            continue  # the tag first: most words are not possessive pronouns, no lower() for them
        low = t.text.lower()
        if low in {"his", "her", "its", "their"}:
            before = words[:k]
            if low in {"his", "her"} and not any(u.pos in {"NNP", "NNPS"} and not _capitalised_word(before, j) for j, u in enumerate(before)):
                return True  # "Unruly (NNP) hair goes straight up from his forehead": no name in view
            if low in {"its", "their"} and not any(u.pos.startswith("NN") for u in before):
                return True
            if low == "its" and not any(u.pos in {"NN", "NNP"} and "CC" not in (before[j - 1].pos if j else "", before[j + 1].pos if j + 1 < len(before) else "") for j, u in enumerate(before)):
                return True  # "Relativism and equality are its characteristic diseases": two nouns, so whose?
            if low == "their" and not any(u.pos in {"NNS", "NNP", "NNPS", "CC"} or u.text.lower() in _PLURAL_SINGULARS for u in before):
                return True  # "A wolf kills their farm animals": one wolf, so whose animals?
    return False


# Heads that many things in an article are: "the firm", "the country", "the man". A
# definite description with such a head points back to a name the statement does not give.
GENERIC_REFERENTS = {
    "firm", "company", "country", "city", "town", "village", "nation", "state", "region", "island", "group",
    "organisation", "organization", "team", "club", "band", "brand", "man", "woman", "boy", "girl", "couple",
    "family", "star", "singer", "actor", "actress", "player", "artist", "author", "writer", "scientist",
    "researcher", "pair", "animal", "creature", "business", "site", "charity", "airline", "store", "shop",
    "restaurant", "website", "app", "device", "product", "child", "person", "student", "teacher", "athlete",
    "chain", "industry", "image", "picture", "photo", "drop", "rise", "fall", "increase", "proportion", "bill",
    # what a news story names once and then calls by its kind (review rounds 28-29: "The move
    # ...", "The offer ...", "The issue ...", "The figure ...")
    "move", "offer", "issue", "bond", "figure", "measure", "deal", "proposal", "decision", "agreement",
    "transaction", "leadership", "concern", "effort", "idea", "project", "turf",
    "amount", "office",  # "The amount was not disclosed", "The office opened in May" (review round 94); "The amount of X" names itself (below)
}


_NAMED_BY_COMPLEMENT = frozenset({"move", "offer", "issue", "figure", "measure", "deal", "proposal", "decision", "agreement", "transaction", "effort", "idea", "project", "drop", "rise", "fall", "increase", "proportion"})


def anaphoric_description(subject: list[Token]) -> bool:
    """"The Silicon Valley firm has seen ...", "The country's naming laws ...": a definite
    description whose head is a kind (firm, country, man) stands for a name given earlier
    in the article; a modifier ("Silicon Valley") does not say which one."""
    if not subject or subject[0].text.lower() != "the":
        return False
    if len(subject) == 2 and subject[1].text.lower() == "news":
        return True  # "The news brought hundreds of journalists ... to Benares": which news? (review round 88)
    nouns = []
    for k, t in enumerate(subject[1:], 1):
        if t.pos in {"POS", "IN", "WDT", "WP"} or t.text == ",":
            if t.pos == "IN" and nouns and (nouns[-1].lemma or nouns[-1].text.lower()) in _NAMED_BY_COMPLEMENT and k + 1 < len(subject):
                return False  # "The global figure for women attacked by partners": the phrase after it says which
            if t.text.lower() == "of" and nouns and (nouns[-1].lemma or nouns[-1].text.lower()) in {"number", "amount"} and k + 1 < len(subject):
                return False  # "The number of bike commuters grew ...": what is counted says which number
            break
        if t.pos.startswith("NN"):
            nouns.append(t)
    return bool(nouns) and nouns[-1].pos in {"NN", "NNS"} and (nouns[-1].lemma or nouns[-1].text.lower()) in GENERIC_REFERENTS


def bare_predicate(clause: Clause) -> bool:
    """"Tabata doesn't completely agree.": a verb with nothing after it has lost what it was
    about (agree with whom? on what?), and a statement of it tests nothing."""
    return clause.verb is not None and not any(t.pos.startswith(("NN", "CD", "JJ", "PRP", "RB", "VB")) for t in clause.rest)


_CONTENT_NOUNS = {"headline", "title", "slogan", "motto", "message", "words", "question", "phrase", "caption", "sign", "answer", "verdict", "warning", "advice", "tweet", "post", "statement",
                  "doubt", "misgiving", "reservation", "suspicion",  # "voiced some early doubts[ concerning ...]": about what?
                  "interest"}  # "has expressed interest[ in ...]" (review round 98)
_QUOTING_FORMS = frozenset({"reading", "saying", "stating", "titled", "entitled", "headlined"})  # "signs reading[ "..."]" (review round 98)


# nouns that, after "the", name what the article said just before: "Mobike did not disclose the
# specific amount", "appointed Kushner to lead the office", "worked with Bowie on the album" (review rounds 93-94)
_BACK_POINTING_ENDS = frozenset({"amount", "sum", "figure", "details", "terms", "office", "album"})


def content_cut_off(clause: Clause) -> bool:
    """"One local newspaper had the headline[, ...]": the predicate ends on a noun whose
    content followed it (a headline, a message) and was cut, or on a word that introduced a
    quotation ("signs reading"), so the statement says nothing; or on "the" + a noun that
    stands for what the article named before it ("the amount")."""
    rest = [t for t in clause.rest if t.text not in {".", ",", ":", "!"}]
    last = rest[-1] if rest else None
    if last is not None and last.text.lower() in _QUOTING_FORMS:
        return True  # the words that followed were cut
    if last is None or last.pos not in {"NN", "NNS"}:
        return False
    head = last.lemma or last.text.lower()
    if head in _CONTENT_NOUNS and not (head == "interest" and (last.pos == "NNS" or len(rest) >= 2 and rest[-2].pos == "IN")):
        return True  # ("list their interests": hobbies; "watching with interest": both complete)
    return head in _BACK_POINTING_ENDS and len(rest) >= 2 and (rest[-2].text.lower() == "the" or len(rest) >= 3 and rest[-3].text.lower() == "the" and rest[-2].pos == "JJ")


def headless_subject(subject: list[Token]) -> bool:
    """"All across India (is left)": a subject whose first noun comes after a preposition
    is a fronted phrase read as a subject, not a noun phrase ("Most of the brands" is fine)."""
    for k, t in enumerate(subject):
        if t.pos.startswith(("NN", "PRP", "CD")) or t.pos == "EX":
            return False
        if t.pos == "IN" and t.text.lower() != "of" and not (k + 1 < len(subject) and subject[k + 1].pos == "CD" and t.text.lower() in _APPROXIMATORS):
            if t.text.lower() == "than" and k > 0 and subject[k - 1].text.lower() in {"more", "less", "fewer"}:
                continue  # "More than 500 apes", "More than a million tourists": a quantity
            return True
    return False


_APPROXIMATORS = frozenset({"around", "about", "over", "under", "nearly", "almost", "some", "roughly", "approximately"})  # "around 66% of adults" is a noun phrase


_TIME_NOUNS = {"year", "years", "week", "weeks", "month", "months", "time", "summer", "winter", "spring", "autumn", "morning", "evening", "weekend", "century", "decade", "season"}


def bare_definite_without_anchor(subject: list[Token], words: list[Token]) -> bool:
    """"The grain is also central.", "The man had been adrift.": a subject that is just
    "the" + noun points back into the article, and with no name or number anywhere in the
    statement nothing says which grain or man. Such statements are vague on a quiz."""
    if not subject or subject[0].text.lower() != "the":
        return False
    if anaphoric_description(subject):
        return True
    if any(t.pos in {"NNP", "NNPS", "CD", "IN", "POS"} for t in subject):
        return False  # "The president of Ukraine", "The UN's plan": the subject names itself
    return not any(t.pos in {"NNP", "NNPS", "CD"} for t in words)


def _not_a_noun(t: Token) -> bool:
    return t.pos.startswith(("VB", "MD", "RB"))


_PREVIOUS_TIMES = {"day", "night", "week", "weekend", "month", "year", "season", "decade", "century"}  # "the previous day's close" is anchored


def _elliptical_verb(words: list[Token], lows: list[str]) -> bool:
    """A verb with nothing after it but a comma or the end, after a figure or a noun: "28% are,"."""
    n = len(lows)
    for k, w in enumerate(lows):  # a plain loop: "is", "was" are in most statements, so it runs often
        if w in _ELLIPTICAL and k > 0 and (k + 1 == n or lows[k + 1] in {",", "."}) and words[k].pos.startswith("VB") and words[k - 1].pos in {"CD", "NN", "NNS", "NNP", "NNPS"}:
            return True
    return False


_BODY_PUNCT = frozenset({".", "!", ","})


def _last_words(words: list[Token]) -> list[Token]:
    """The last three tokens of ``words`` that are no full stop, "!" or comma, in order: all
    that :func:`leans_on_context` reads of them (its tests ask for the last two and whether
    there are more than two), without filtering the whole statement."""
    out: list[Token] = []
    for t in reversed(words):
        if t.text not in _BODY_PUNCT:
            out.append(t)
            if len(out) == 3:
                break
    out.reverse()
    return out


def _there_pointing(words: list[Token], lows: list[str]) -> bool:
    """A "there" that points to a place named before ("were being held there as human
    shields", tagged RB or, after a verb, EX), not an existential one ("said there were ...")."""
    n = len(words)
    for k, w in enumerate(lows):
        if w == "there" and (words[k].pos == "RB" or k > 0 and words[k - 1].pos.startswith("VB")) and not (k + 1 < n and words[k + 1].pos.startswith(("VB", "MD"))):
            return True
    return False


def leans_on_context(words: list[Token]) -> bool:
    """A statement that points back into the article: "All this attention came at a
    price", "those bottles", or an existential "There are many good reasons" that names
    nothing. Fine inside the article, vague as a quiz statement."""
    lows = [t.text.lower() for t in words]  # once, for every test below
    body = _last_words(words)
    no_than = "than" not in lows
    if body and (body[-1].pos == "JJR" or body[-1].text.lower() in {"different", "worse", "better"} or len(body) > 1 and body[-2].text.lower() in {"more", "less"} and body[-1].pos in {"JJ", "VBN"}) and no_than:
        return True  # "Drones are much less safe.": than what?
    if no_than and _compares_without_reference(words, lows):
        return True
    if len(words) > 3 and lows[0] == "the" and words[1].pos == "JJS" and words[2].pos in {"NN", "NNS"} and words[3].lemma == "be":
        return True  # "The worst case is Saudi Arabia": the worst of what? (corpus report, 2026-12-07)
    if len(words) > 3 and lows[0] == "the" and (lows[1] in _RELATIONAL_HEADS and _be_before_of(words, lows) or lows[1] in {"next", "following"} and words[2].pos in {"NN", "NNS"} and lows[2] not in _TIME_NOUNS):
        return True  # "The range is from 14 to 25 inches": of what? "The next speaker was George T. Day": after whom? (review round 78)
    if not _ELLIPTICAL.isdisjoint(lows) and _elliptical_verb(words, lows):
        return True  # "where people think only 28% are, when _____ are": are what? (the sentence before says; corpus report, 2026-12-07)
    if body and body[-1].text.lower() in {"there", "here"} and body[-1].pos == "RB" or "there" in lows and _there_pointing(words, lows):
        return True  # "How many Israeli soldiers did a Palestinian mob lynch there?", "civilians were being held there as human shields": where? (review rounds 90, 98)
    if "instead" in lows and lows[lows.index("instead") + 1 : lows.index("instead") + 2] != ["of"]:
        return True  # "Harrison was honoured instead by dozens of pictures": instead of what? (review round 89)
    if _CONTEXT_WORDS.isdisjoint(lows):
        return _leans_by_tags(words)  # no word that the tests in between look for (most statements)
    # (each loop below runs only when the statement has a word it looks for)
    if not _DEICTIC.isdisjoint(lows):
        for k, t in enumerate(words):
            low = lows[k]
            if low in {"this", "these", "those", "such"} and t.pos in {"DT", "JJ", "PDT"} or low == "that" and t.pos == "DT" and k + 1 < len(words) and words[k + 1].pos.startswith(("NN", "JJ")):
                nxt = words[k + 1] if k + 1 < len(words) else None
                if nxt is None or lows[k + 1] not in _TIME_NOUNS:
                    return True
    if lows and lows[0] == "another":
        return True  # "Another controversy centered on Robert": another besides which?
    if "further" in lows or "another" in lows:
        for k in range(1, len(lows)):
            if lows[k] == "further" and lows[k - 1] == "a" or lows[k] == "another" and (k + 1 == len(words) or not words[k + 1].pos.startswith(("NN", "JJ", "CD"))) and "one" not in lows[:k]:
                return True  # "There are a further 56,000 asylum seekers", "the windows of another": besides which? (corpus report, 2026-12-06)
    if not _DOCUMENT_PARTS.isdisjoint(lows) and any(w in _DOCUMENT_PARTS and k + 1 < len(words) and words[k + 1].pos == "CD" for k, w in enumerate(lows)):
        return True  # "A band viscometer is shown in Figure 2": about the layout of a page the student does not have (review round 23)
    if len(body) > 2 and body[-1].text.lower() == "job" and body[-2].pos == "JJ":
        return True  # "Andrena will do a reasonably good job[, so that ...]": a good job at what? (review round 78)
    if body and body[-1].text.lower() in {"example", "exception", "enough"} and len(body) > 2 or "point" in lows and "case in point" in " ".join(lows):
        return True  # "UAL Corp. is a good example.": of what? "Mr. Pope has changed jobs enough.": to do what? (review round 57)
    if "comparable" in lows and not {"to", "with"} & set(lows[lows.index("comparable") :]):
        return True  # "The comparable year-earlier number was $56 million": comparable to which? (review round 57)
    if "latter" in lows:
        return True  # "Lincoln did not make the latter point clear": of which two?
    if "each" in lows and any(w == "each" and lows[k + 1 : k + 2] in (["time"], ["case"]) and (k == 0 or lows[k - 1] in {"in", ","}) for k, w in enumerate(lows)):
        return True  # "Each time, the bank's 90% shareholder ...", "In each case, the exchange is valued at ...": which times? (review rounds 67-68)
    if "thus" in lows and any(w == "thus" and k + 1 < len(words) and words[k + 1].pos in {"VBN", "JJ"} for k, w in enumerate(lows)):
        return True  # "No American bridge had been thus protected in 1792": protected how? (review round 49)
    if not _QUANTITY_POINTERS.isdisjoint(lows):
        for k, w in enumerate(lows):
            nxt = words[k + 1] if k + 1 < len(words) else None
            if w in {"both", "either", "neither"} and nxt is not None and nxt.pos in {"NN", "NNS"} and "and" not in lows and "or" not in lows and "nor" not in lows:
                return True  # "The figures in both reports", "either party": which two? (review round 28)
            if w == "previous" and words[k].pos == "JJ" and k > 0 and lows[k - 1] == "the" and not (nxt is not None and (nxt.lemma in _PREVIOUS_TIMES or nxt.text.lower() in _PREVIOUS_TIMES)):
                return True  # "The previous record was $57.7 billion": previous to what? (review round 28)
            if w == "one" and k > 0 and words[k - 1].pos in {"JJ", "JJS", "JJR"} and (nxt is None or nxt.text.lower() != "of"):
                return True  # "a medium-sized one": one what? (review round 28)
    if "equally" in lows and "as" not in lows[lows.index("equally") :]:
        return True  # "Yanks were equally adept at figurative expression": as adept as whom?
    if "here" in lows and any(lows[k] == "here" and t.pos == "RB" for k, t in enumerate(words)):
        return True  # "birds rest here every year": where is here?
    if words and lows[0] in {"few", "many", "most", "some", "others", "both", "all", "several"} and len(words) > 1 and (_not_a_noun(words[1]) or words[1].text == ","):
        return True  # "Few come even close": few of whom?
    if not _LIKENESS.isdisjoint(lows):
        for k in range(len(words)):
            low = lows[k]
            if low in {"similar", "similarly", "likewise"} and "to" not in lows[k + 1 : k + 4] or low == "same" and k > 0 and lows[k - 1] == "the" and "as" not in lows[k + 1 :] and "that" not in lows[k + 1 :]:
                return True  # "Similar incidents were reported", "the same problem": similar to what?
            if low == "other" and (k == 0 or lows[k - 1] not in {"and", "or", "each", "among"}) and "than" not in lows[k + 1 :]:
                return True  # "Several other people were injured": other than whom?
            if low == "others" and k > 0 and words[k - 1].pos == "CD" and "than" not in lows[k + 1 :]:
                return True  # "Ten others made no reply": besides whom? (review round 78)
    return _leans_by_tags(words)  # (every test before it answers True only: the order of the tests is free)


# the words the loops of leans_on_context look for: a statement with none skips that loop
_DEICTIC = frozenset({"this", "these", "those", "such", "that"})
_QUANTITY_POINTERS = frozenset({"both", "either", "neither", "previous", "one"})
_LIKENESS = frozenset({"similar", "similarly", "likewise", "same", "other", "others"})
_RELATIONAL_HEADS = frozenset({"range", "rest", "remainder", "difference", "total", "average", "ratio", "result", "outcome", "answer", "percentage", "proportion", "rate", "figure"})  # "The range is ...": of what?


def _be_before_of(words: list[Token], lows: list[str]) -> bool:
    """The subject "The <relational noun> ..." reaches its verb "be" without an "of" that
    says of what: "The range is", "The percentage in Africa is" (review round 84)."""
    if words[2].pos in {"NN", "NNS"}:
        return False  # "The average age in India is 27": "average" only describes the noun after it
    for k in range(2, min(len(words), 8)):
        if lows[k] == "of":
            return False
        if words[k].pos.startswith(("VB", "MD")):
            return words[k].lemma == "be"
    return False
_COMPARISON_INTENSIFIERS = frozenset({"even", "considerably", "much", "far", "significantly", "substantially", "slightly", "somewhat"})
# a word that the loop of _compares_without_reference needs at k ("different", "another",
# "more", "less") or at k - 1 (an intensifier): a statement with none skips the loop
_COMPARING_WORDS = frozenset({"different", "another", "more", "less"}) | _COMPARISON_INTENSIFIERS


def _compares_without_reference(words: list[Token], lows: list[str]) -> bool:
    """A comparison whose other side is in an earlier sentence (review round 42): "Rarer
    still is a Mr. America ...", "quite a different Eire", "yet another problem", "The last
    three volumes are again more dependent on the past". Stored verdicts of such statements: 8 of 23 passed. Not "more and more
    complex", "ever more", which compare with an earlier time, nor "two more rescue trucks"."""
    if words[0].pos in {"JJR", "RBR"} and lows[:3] != [lows[0], "and", lows[0]] or len(lows) > 1 and lows[1] == "still" and lows[0].endswith("er"):
        return True  # "Rarer/NNP still is ...": the inversion tells what the tagger missed
    if _COMPARING_WORDS.isdisjoint(lows):
        return False  # every test of the loop below needs one of these words (most statements have none)
    for k in range(1, len(lows)):
        low, prev = lows[k], lows[k - 1]
        if low == "different" and (prev == "a" or words[k - 1].pos == "RB" and k > 1 and lows[k - 2] in {"a", "an"}) and not {"from", "to", "than"} & set(lows[k + 1 :]) or low == "another" and prev == "yet":
            return True
        if low in {"more", "less"} and k + 1 < len(words) and words[k + 1].pos == "JJ" and prev not in {"ever", "and"} and words[k - 1].pos != "CD" and lows[k + 1 : k + 3] != ["and", low]:
            return True
        if prev in _COMPARISON_INTENSIFIERS and (words[k].pos in {"JJR", "RBR"} or low in {"less", "more", "fewer", "greater", "better", "worse"}):
            return True  # "elections had even greater importance", "rates are considerably less": than what? (review round 50; 1 of 4 stored verdicts passed)
    return False


# Every word that a test of leans_on_context between its first (a comparative at the end)
# and its last two (tags only) looks for: a statement with none of them skips those tests.
_ELLIPTICAL = frozenset({"is", "are", "was", "were", "do", "does", "did"})
_CONTEXT_WORDS = frozenset(
    {"this", "these", "those", "such", "that", "another", "further", "latter", "both", "either", "neither", "previous", "one",
     "equally", "here", "few", "many", "most", "some", "others", "all", "several", "similar", "similarly", "likewise", "same", "other", "thus",
     "example", "exception", "enough", "comparable", "point", "each", "job"} | _DOCUMENT_PARTS
)


def _leans_by_tags(words: list[Token]) -> bool:
    """The last tests of :func:`leans_on_context`, which look at tags, not words."""
    if words and words[0].pos == "DT":  # the verb is looked for only after a determiner
        verb_at = next((k for k, t in enumerate(words) if t.pos.startswith(("VB", "MD"))), 0)
        if verb_at > 1 and words[verb_at - 1].pos in {"CD", "JJ", "JJS"} and not any(t.pos.startswith(("NN", "PRP")) for t in words[:verb_at]):
            return True  # "The last two will feel impossibly hard": the last two what?
    if "EX" not in [t.pos for t in words]:
        return False  # both tests below need an existential "there" (most statements have none)
    if any(t.pos == "EX" and k + 1 < len(words) and words[k + 1].lemma in {"follow", "come", "ensue", "arise", "remain"} for k, t in enumerate(words)):
        return True  # "There followed a customary Department of Justice hearing": followed what? (review round 44)
    if any(t.pos == "EX" and (k == 0 or words[k - 1].text == ",") for k, t in enumerate(words)):
        return not any(u.pos in {"NNP", "NNPS", "CD"} for u in words)  # "(In recent years,) there has been ..."
    return False


def statement_unfit(clause: Clause, memo: dict | None = None) -> bool:
    """The clause's statement (without its fronted time) tests nothing or leans on the
    article: no object (:func:`bare_predicate`), its content cut off, an unresolved
    pronoun, or a pointer back into the text (:func:`leans_on_context`).

    The gap-fill and the statement templates both ask this of every clause; with ``memo``
    (a template context's per-document memo) it is worked out once per clause."""
    if memo is not None:
        cache = memo.setdefault("statement_unfit", {})
        hit = cache.get(clause.key)
        if hit is None:
            hit = cache[clause.key] = statement_unfit(clause)
        return hit
    if bare_predicate(clause) or content_cut_off(clause):
        return True
    toks = clause.statement_tokens(with_time=False)
    if clause.origin == "self":  # "Oberg said he was confused": the name before it stands for "he"
        toks = without(toks, clause.subject[:1])
    return has_unresolved_pronoun(toks) or leans_on_context(toks)


def without(tokens: list[Token], remove: list[Token]) -> list[Token]:
    ids = {id(t) for t in remove}
    return [t for t in tokens if id(t) not in ids]


def inverted_question(clause: Clause, wh: list[str], rest: list[Token]) -> str | None:
    """WH + auxiliary + subject + verb + rest, with do-support; None when not possible.

    "Zelenskyy hosted a summit in Switzerland" + Where -> "Where did Zelenskyy host a summit?"
    Negated clauses are left to the true/false templates: questions about what did not
    happen are easy to misread.
    """
    if clause.neg is not None or clause.verb is None:
        return None
    if any(t.pos in {"VBD", "VBZ", "VBP", "MD"} for t in rest):
        return None  # "Where did the magistrates rule that every photograph ...": an embedded clause
    kept = {id(t) for t in rest}
    gap = next((k for k, t in enumerate(clause.rest) if id(t) not in kept), None)
    if gap is not None and any(clause.rest[m].text.lower() in {"and", "or"} and any(u.pos.startswith("VB") for u in clause.rest[m + 1 : gap]) for m in range(gap)):
        return None  # "calls for closing nine plants and eliminating about 3,600 jobs": nothing moves out of one of two coordinated verb phrases (a blocking rule of Heilman & Smith; review round 28)
    subj = subject_words(clause, sentence_initial=True)
    verb = clause.verb
    tail = list(rest) + time_suffix(clause)
    if clause.aux:
        first = clause.aux[0].text.lower()
        if first in {"'s", "'re", "'ve", "'d", "'ll", "'m"}:
            return None
        words = wh + [first] + subj + list(clause.aux[1:]) + [verb] + tail
    elif verb.lemma == "be":
        words = wh + [verb.text.lower()] + subj + tail
    else:
        do = do_support(clause.verb_tag or verb.pos)
        if do is None:
            return None
        words = wh + [do] + subj + [verb.lemma] + tail
    return finish_question(words)


def subject_question(clause: Clause, wh: list[str], *, plural: bool = False) -> str | None:
    """WH + verb group + rest, for questions about the subject ("Who hosted ...?").

    The verb agrees with a singular wh-subject ("Who has ...?") unless ``plural`` ("How
    many people are ...?")."""
    if clause.verb is None:
        return None
    vg = clause.verb_group()
    words: list = []
    for k, t in enumerate(vg):
        w = t
        if k == 0 and not plural and (t.pos in {"VBP", "VBZ", "VBD", "MD"} or t is clause.verb):
            agreed = singular_agreement(t.text.lower(), t.pos)
            w = t if agreed == t.text.lower() else agreed
        words.append(w)
    tail = list(clause.rest) + time_suffix(clause)
    return finish_question(wh + words + tail)


def _text(p) -> str:
    return p if isinstance(p, str) else p.text


def finish_question(words: list) -> str:
    words = drop_unpaired_quotes(words)
    while words and _text(words[-1]) in {",", ".", ";", ":"}:
        words = words[:-1]
    return capitalize_first(render(words)) + "?"


def statement(tokens: list[Token]) -> str:
    """Render clause tokens as a sentence with a capital and a full stop.

    Every perturbed and true statement comes through here: the quote, contraction and
    "According" steps run only when the tokens hold what they change (their texts are
    looked at once; each step returns its input unchanged otherwise)."""
    texts = set(map(_TOKEN_TEXT, tokens))  # (in C)
    words = drop_unpaired_quotes(list(tokens)) if '"' in texts else list(tokens)
    while words and words[-1].text in {",", ".", ";", ":", "--", "-"}:
        words = words[:-1]
    if words and words[0].text == ",":
        words = words[1:]
    if not _CONTRACTED_ANY.isdisjoint(texts):
        words = _full_auxiliaries(words)
    if "According" in texts:
        words = inner_according(words)
    return as_sentence(render(words))


_TOKEN_TEXT = attrgetter("text")
_CONTRACTED = {"'s": "is", "'re": "are", "'ve": "have", "'ll": "will", "'d": "would", "'m": "am"}
_CONTRACTED_ANY = ascii_cases(set(_CONTRACTED))  # w.lower() in _CONTRACTED


def _full_auxiliaries(words: list[Token]) -> list[Token]:
    """A contracted verb written out: "He's not predicting" with its "he" resolved read
    "Joseph E. Antonini's predicting", a possessive (review round 59); "'s been" is "has
    been". After a pronoun or "there" the contraction is clear and stays."""
    out = list(words)
    for k, w in enumerate(out):
        low = w.text.lower()
        if low in _CONTRACTED and w.pos not in {"POS", "PRP"} and k > 0 and out[k - 1].pos not in {"PRP", "EX"}:  # "There's", "he's" stay
            nxt = out[k + 1].text.lower() if k + 1 < len(out) else ""
            full = "has" if low == "'s" and nxt in {"been", "got", "had"} else "had" if low == "'d" and nxt in {"been", "got", "had"} else _CONTRACTED[low]
            out[k] = Token(full, -1, -1, w.pos, w.lemma, "SYN")
    return out


def inner_according(words: list) -> list:
    """"In November, according to the Minister, ...": the "According" an attribution opens
    with is lower-case after a fronted phrase (review round 58: "At the hearing, According to")."""
    out = list(words)
    for k in range(1, len(out)):
        w = out[k]
        if not isinstance(w, str) and w.text == "According" and w.chunk == "SYN":
            out[k] = Token("according", w.start, w.end, w.pos, w.lemma, w.chunk)
    return out


def drop_unpaired_quotes(pieces: list) -> list:
    """A cut can leave one quotation mark: drop them all rather than show a stray one."""
    quotes = [k for k, p in enumerate(pieces) if not isinstance(p, str) and p.text == '"']
    if len(quotes) == 1:
        end = len(pieces)
        while end > 0 and not isinstance(pieces[end - 1], str) and pieces[end - 1].text in {".", ",", ";", ":", "!", "?"}:
            end -= 1
        if 0 < quotes[0] < end - 1 and end - quotes[0] <= 6:
            # 'his outlook as "not troublesome."': the cut took the closing quote after the full stop (review round 59)
            return pieces[:end] + [Token('"', -1, -1, "''", '"', "SYN")] + pieces[end:]
    if len(quotes) % 2 == 1:
        return [p for p in pieces if isinstance(p, str) or p.text != '"']
    return pieces


def frame_of(tokens: list[Token], answer: list[Token]) -> tuple[set[str], bool]:
    """Content lemmas of a clause minus its answer, and whether it is negated."""
    rest = without(tokens, answer)
    return content_lemmas(rest), negated(tokens)


_FIGURES = frozenset({"sales", "revenue", "revenues", "earnings", "profit", "profits", "net", "volume", "income", "loss", "output",
                      "orders", "shipments", "expenses", "costs", "turnover", "production"})


def unowned_figure(subject: list[Token]) -> bool:
    """A company figure with no owner in the subject: "Sales rose 9% to $2.57 billion",
    "Revenue fell 5.8%". Fine in an article about one company; in a text about several it
    points to no one fact. The caller asks only in texts that name two or more companies by
    their legal names ("Inc.", "Corp.", ...): there such items with no "According to" passed
    15 of 34 stored reviews (rounds 28-62), against 79% for the rest."""
    return 0 < len(subject) <= 3 and subject[-1].text.lower() in _FIGURES and not any(t.pos in {"DT", "PRP$", "POS", "NNP", "NNPS"} for t in subject)
