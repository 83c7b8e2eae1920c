"""Who-said questions: 'Who says, "The job is about keeping people safe"?' (Richard Lewis).

A direct quotation is the speaker's, not the article's: no statement template may turn
'"We deal with some very dirty sites," says Richard Lewis' into a fact (whose "we"?), so
news and feature articles, which are largely quotation, left most of their sentences
unused. Who said what is a fact the article does state, and keeping track of the voices
in a text is a reading skill teachers test. The key is the name the sentence gives the
speaker; the distractors are the article's other people (see :mod:`quizgen.distractors`).

Only a quotation that ends in its sentence, with a named speaker right beside the verb of
saying, is asked about:

* '"Quote," says/said NAME ...' and '"Quote," NAME says/said.'
* 'NAME said: "Quote."'

The last sentence of a longer quotation counts too (its opening mark stood in an earlier
sentence of the paragraph). A quotation that ends in "?" or "!", holds another quotation,
the speaker's own name or a he/she (whose "he"? in '"He was a great unifier," De Klerk
said' he was Mandela, one of the options), or is shorter than four words is left alone,
and so is a speaker named only by a pronoun ("he said": the key must stand in the
sentence). The who-said statement does take '"...," she said.' when the sentence just
before names her as its subject or speaker (:func:`quizgen.simplify.speaker_of`).

Three templates: ``wh.speaker`` (quotations), ``wh.said`` (speech without quotation marks)
and ``tf.speaker`` (a quotation with its own speaker, True, or with another speaker, False).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from quizgen.answers import THIRD_PERSON, Answer, given_name_first, same_person, saying
from quizgen.damage import damage_view
from quizgen.realize import lower_first_word, render
from quizgen.simplify import inside_quotation, speaker_of
from quizgen.support import content_lemmas, words_lemmas
from quizgen.templates.base import Candidate, Context
from quizgen.templates.registry import template
from quizgen.text.document import Sentence, Span, Token

_MIN_WORDS, _MAX_WORDS = 4, 24
_INNER_QUOTES = frozenset({"'", "`", "``", "''", '"'})
_DESCRIPTION_TAGS = frozenset({"DT", "JJ", "NN", "NNP", "NNPS", "CD", "POS"})


def _speaker_after(sent: Sentence, close: int) -> tuple[Span, Token] | None:
    """The named speaker after a closing quotation mark: ', says NAME' or ', NAME said'."""
    toks = sent.tokens
    k = close + 1
    if k < len(toks) and toks[k].text == ",":
        k += 1  # '"... safe", says Richard Lewis' (the comma stood outside the quotation)
    if k >= len(toks):
        return None
    people = {e.first: e for e in sent.entities if e.label == "PERSON"}
    if saying(toks[k]):
        # the name may follow a short description: "said the US Attorney General, Loretta
        # Lynch", "said 29-year-old Abdul Karim"
        at = next((j for j in range(k + 1, min(k + 8, len(toks))) if j in people), None)
        between = toks[k + 1 : at] if at is not None else []
        if at is not None and all(t.pos in _DESCRIPTION_TAGS or t.text == "," for t in between) and not (between and between[-1].pos == "DT"):
            name = people[at]
            after = toks[name.last] if name.last < len(toks) else None
            if after is None or after.text in {",", "."} or after.pos in {"IN", "WP"}:
                return name, toks[k]
    if k in people:
        name = people[k]
        if name.last < len(toks) and saying(toks[name.last]):
            if name.last + 1 == len(toks) or toks[name.last + 1].text in {".", ","}:
                return name, toks[name.last]
    return None


def _speaker_before(sent: Sentence, open_: int) -> tuple[Span, Token] | None:
    """'NAME said: "Quote."': the sentence opens with the name, the verb and a colon or comma."""
    toks = sent.tokens
    for e in sent.entities:
        if e.label == "PERSON" and e.first == 0 and e.last + 2 == open_:
            verb, mark = toks[e.last], toks[e.last + 1]
            if saying(verb) and mark.text in {":", ","}:
                return e, verb
    return None


def _quotation(sent: Sentence, continued: bool = False) -> tuple[int, int, Span, Token] | None:
    """(first, last) token of the quoted words, the speaker's name and the verb, or None.
    ``continued``: an earlier sentence of the paragraph opened the quotation, so a sentence
    that only closes it is a whole quoted sentence too: '... dirty sites. The job is hard,"
    says Lewis.'"""
    got = _speech(sent, continued, _speaker_after, _speaker_before)
    if got is None:
        return None
    open_, close, (name, verb) = got
    toks = sent.tokens
    span = _quoted_words(toks, open_, close, {t.text for t in toks[name.first : name.last] if len(t.text) > 2})
    return None if span is None else (span[0], span[1], name, verb)


def _speech(sent: Sentence, continued: bool, after: Callable, before: Callable) -> tuple[int, int, tuple] | None:
    """The quotation marks of a quotation that is a whole sentence and what ``after`` finds
    after the closing mark ('"...," says NAME') or ``before`` before the opening one ('NAME
    said: "..."'); None when the quotation stands anywhere else or nothing is found."""
    marks = _marks(sent, continued)
    if marks is None:
        return None
    open_, close = marks
    if open_ <= 0:
        found = after(sent, close)
    elif _ends_the_sentence(sent.tokens, close):
        found = before(sent, open_)
    else:
        return None
    return None if found is None else (open_, close, found)


def _marks(sent: Sentence, continued: bool) -> tuple[int, int] | None:
    """The opening and closing quotation marks (-1: the opening one stood in an earlier sentence)."""
    texts = [t.text for t in sent.tokens]
    n = texts.count('"')
    if n == 0 or n > 2:
        return None  # neither one nor two marks: no pair, continued or not
    first = texts.index('"')
    marks = [first] if n == 1 else [first, texts.index('"', first + 1)]
    if continued and len(marks) == 1 and marks[0] > 0:
        marks = [-1] + marks
    return (marks[0], marks[1]) if len(marks) == 2 else None


def _ends_the_sentence(toks: list[Token], close: int) -> bool:
    return close >= len(toks) - 2 and all(t.text == "." for t in toks[close + 1 :])


def _quoted_words(toks: list[Token], open_: int, close: int, names: set[str]) -> tuple[int, int] | None:
    """(first, last) token of quoted words fit to be asked about, or None."""
    first, last = open_ + 1, close - 1
    while last > first and toks[last].text in {",", "."}:
        last -= 1
    words = toks[first : last + 1]
    if toks[last].text in {"?", "!"} or any(t.text in _INNER_QUOTES for t in words) or not words[0].text[:1].isupper():
        return None
    n_words = sum(1 for t in words if t.text[:1].isalnum())
    if not _MIN_WORDS <= n_words <= _MAX_WORDS:
        return None
    if not any(t.pos in {"VBD", "VBZ", "VBP", "MD"} for t in words) or n_words < 6 and not any(t.pos.startswith("NN") or t.pos == "CD" for t in words):
        return None  # "Much better than an egg ...", "Anyone can do it", "It matters very much": too little to tell one voice (review round 37)
    if any(t.text.lower() in THIRD_PERSON for t in words):
        return None  # '"He was a great unifier," De Klerk said': the "he" (Mandela) was a distractor (review round 31)
    if any(t.text in names for t in words):
        return None  # '"Mowat is the best," said Mowat': the stem would give the key away
    return first, last


def _pronoun_speaker(sent: Sentence, continued: bool) -> tuple[int, int, Token, Token] | None:
    """'"Quote," he said.' or 'She said: "Quote."': (first, last) quoted token, the he/she and
    the verb; who the he/she is, :func:`quizgen.simplify.speaker_of` says."""
    got = _speech(sent, continued, _pronoun_after, _pronoun_before)
    if got is None:
        return None
    open_, close, (pronoun, verb) = got
    span = _quoted_words(sent.tokens, open_, close, set())
    return None if span is None else (span[0], span[1], pronoun, verb)


def _pronoun_after(sent: Sentence, close: int) -> tuple[Token, Token] | None:
    """'"...," he said.': the he/she and the verb after the closing mark, ending the sentence."""
    toks = sent.tokens
    k = close + 1 + (close + 1 < len(toks) and toks[close + 1].text == ",")
    if k + 2 < len(toks) and toks[k].text.lower() in {"he", "she"} and saying(toks[k + 1]) and _ends_the_sentence(toks, k + 1):
        return toks[k], toks[k + 1]
    return None


def _pronoun_before(sent: Sentence, open_: int) -> tuple[Token, Token] | None:
    """'She said: "..."': the he/she and the verb opening the sentence."""
    toks = sent.tokens
    if open_ == 3 and toks[0].text.lower() in {"he", "she"} and saying(toks[1]) and toks[2].text in {":", ","}:
        return toks[0], toks[1]
    return None


@dataclass(frozen=True, slots=True)
class _Said:
    """Something a named person said, and how a question or statement shows it."""

    sent: Sentence
    name: Span
    verb: Token
    words: list[Token]
    shown: str  # the words as shown ("Mandela would receive ..." with its first word lower-cased when reported)
    quoted: bool  # shown in quotation marks: the speaker's own words
    that: bool = False  # a reported "that" to keep
    named: str = ""  # who a "he"/"she" speaker is, named in an earlier sentence ('"...," she said.')

    @property
    def speaker(self) -> str:
        """The speaker's name as the statement shows it."""
        return self.named or render(self.sent.tokens[self.name.first : self.name.last])

    def after(self, subject: str, end: str) -> str:
        """'Richard Lewis says, "The job is ..."' + end, or 'Zuma said that Mandela ...' + end."""
        said = "says" if self.verb.pos == "VBZ" else "said"
        if self.quoted:
            return f'{subject} {said}, "{self.shown}{"." if end == "." else ""}"{"" if end == "." else end}'
        return f"{subject} {said}{' that' if self.that else ''} {self.shown}{end}"


def _quotations(ctx: Context) -> list[_Said]:
    """Every undamaged sentence's quotation (:func:`_quotation`), found once per document for
    the who-said question and the who-said statement."""
    if "quotations" not in ctx.memo:
        damaged = damage_view(ctx.doc)
        found = ((s, _quotation(s, inside_quotation(ctx.doc, s.index))) for s in ctx.doc.sentences if '"' in s.text)
        ctx.memo["quotations"] = [_Said(s, name, verb, s.tokens[first : last + 1], render(s.tokens[first : last + 1]), True) for s, q in found if q is not None and s.index not in damaged for first, last, name, verb in (q,)]
    return ctx.memo["quotations"]


def _pronoun_quotations(ctx: Context) -> list[_Said]:
    """Quotations whose speaker is a he/she the article named just before ('Maria Lopez lost
    her job in March. "I don't want to rent," she said.'): for the who-said statement only,
    since a question's key must stand in its own sentence."""
    if "pronoun_quotations" not in ctx.memo:
        damaged = damage_view(ctx.doc)
        out = []
        for s in ctx.doc.sentences:
            if '"' not in s.text:
                continue
            found = _pronoun_speaker(s, inside_quotation(ctx.doc, s.index))
            if found is None or s.index in damaged:
                continue
            first, last, pronoun, verb = found
            person = speaker_of(ctx.doc, s.index, pronoun.text)
            if not person or not (len(person) > 1 or given_name_first(person[0].text)):
                continue  # nobody named, or one word that may not be a person ("Mars", "Guinness")
            after = ctx.doc.text[person[-1].end : person[-1].end + 1]
            if after and not (after.isspace() or after in ",.;:)'\""):
                continue  # "Carlos Da\x01vila": the name stops at a damaged character
            k = s.tokens.index(pronoun)
            out.append(_Said(s, Span("PERSON", k, k + 1, pronoun.start, pronoun.end, pronoun.text), verb, s.tokens[first : last + 1], render(s.tokens[first : last + 1]), True, named=render(person)))
        ctx.memo["pronoun_quotations"] = out
    return ctx.memo["pronoun_quotations"]


@template("wh.speaker", kind="mcq", reliability=0.9, description="Who-said question about a direct quotation with a named speaker")
def speaker_questions(ctx: Context) -> Iterator[Candidate]:
    return _who_said(ctx, _quotations(ctx), "wh.speaker", "quotation")


def _who_said(ctx: Context, said: list[_Said], template: str, tag: str) -> Iterator[Candidate]:
    """The who-said question of each of ``said``, when the article names four people: the
    key and three others to choose distractors from."""
    if len(ctx.entity_pools.get("PERSON", ())) < 4:
        return
    for sp in said:
        yield _candidate(template, sp.sent, sp.name, sp.after("Who", "?"), sp.words, tag)


def _candidate(template: str, sent: Sentence, name: Span, stem: str, words: list[Token], tag: str) -> Candidate:
    """The who-said item: the speaker's name as it stands in the sentence is the key."""
    answer = Answer(sent.tokens[name.first : name.last], "SPEAKER", sent.tokens[name.last - 1])
    return Candidate(
        template=template,
        kind="mcq",
        stem=stem,
        sentence=sent,
        fact=f"{sent.index}:speaker",
        answer_text=answer.text,
        answer=answer,
        atype="SPEAKER",
        frame=set(content_lemmas(words)),
        tags=["person", tag],
    )


# Speech without quotation marks: "Zuma said that Mandela would receive a state funeral.",
# and the graded versions of a text, which often lost the marks: "We realize we have much
# work ahead of us, Manby said."
_LEADING_LINKS = frozenset({"but", "and", "so", "yet"})
_POINTING_BACK = frozenset({"it", "they", "them", "this", "that", "these", "those"})
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your"})


def _reported(sent: Sentence) -> tuple[list[Token], Span, Token, bool] | None:
    """(the words said, the speaker, the verb, whether they are the speaker's own words)."""
    toks = sent.tokens
    if '"' in sent.text or "?" in sent.text or "!" in sent.text or ":" in sent.text or toks[-1].text != ".":
        return None
    people = [e for e in sent.entities if e.label == "PERSON"]
    for e in people:
        # "Zuma said (that) S.", "But Sam Watt says that S."
        start = 1 if e.first == 1 and toks[0].text.lower() in _LEADING_LINKS else 0
        if e.first == start and e.last < len(toks) - 4 and saying(toks[e.last]):
            words = toks[e.last + 1 : -1]
            if words and words[0].text.lower() == "that" and words[0].pos in {"IN", "DT", "WDT"}:
                words = words[1:]
            if words and words[0].text.lower() not in _POINTING_BACK and not any(t.text.lower() in _FIRST_PERSON for t in words):
                return words, e, toks[e.last], False
    return _speech_before(toks, people)


def _speech_before(toks: list[Token], people: list[Span]) -> tuple[list[Token], Span, Token, bool] | None:
    """"S, NAME said." or "S, said NAME.": the words before the comma are the speaker's own."""
    for e in people:
        if e.last == len(toks) - 2 and saying(toks[e.last]) and e.first >= 5 and toks[e.first - 1].text == ",":
            return toks[: e.first - 1], e, toks[e.last], True  # "..., Manby said."
        if e.last == len(toks) - 1 and e.first >= 6 and saying(toks[e.first - 1]) and toks[e.first - 2].text == ",":
            return toks[: e.first - 2], e, toks[e.first - 1], True  # "..., said Manby."
    return None


def _points_back(words: list[Token]) -> bool:
    """"it", "they", or a "this"/"those" standing alone: what they stand for is outside the stem."""
    for k, t in enumerate(words):
        low = t.text.lower()
        if low in {"it", "they", "them"}:
            return True
        if low in {"this", "that", "these", "those"} and t.pos in {"DT", "WDT"} and not (k + 1 < len(words) and words[k + 1].pos in {"NN", "NNS", "JJ", "CD", "NNP"}):
            return True
    return False


def _speeches(ctx: Context) -> list[_Said]:
    """Every undamaged sentence's speech without quotation marks (:func:`_reported`), found
    once per document for the who-said question and the who-said statement."""
    if "speeches" in ctx.memo:
        return ctx.memo["speeches"]
    out: list[_Said] = []
    damaged = damage_view(ctx.doc)
    for sent in ctx.doc.sentences:
        found = _reported(sent)
        if found is None or sent.index in damaged:
            continue
        words, name, verb, own = found
        while words and words[-1].text in {",", "."}:
            words = words[:-1]
        n_words = sum(1 for t in words if t.text[:1].isalnum())
        if not _MIN_WORDS <= n_words <= _MAX_WORDS or not any(t.pos in {"VBD", "VBZ", "VBP", "MD"} for t in words):
            continue
        names = {t.text for t in sent.tokens[name.first : name.last] if len(t.text) > 2}
        if any(t.text in names for t in words) or _points_back(words) or any(t.text.lower() in THIRD_PERSON for t in words):
            # "Who says that he's used to noise complaints?": the "he" rules out the women among the options (review round 32)
            continue
        if own:
            if words[0].text[:1].isupper():
                out.append(_Said(sent, name, verb, words, render(words), True))
        else:
            shown = lower_first_word([t.text for t in words], [t.pos for t in words])
            out.append(_Said(sent, name, verb, words, render([shown[0]] + words[1:]), False, sent.tokens[name.last + 1].text.lower() == "that"))
    ctx.memo["speeches"] = out
    return out


@template("wh.said", kind="mcq", reliability=0.84, description="Who-said question about speech without quotation marks (\"Zuma said that ...\", \"..., Manby said.\")")
def said_questions(ctx: Context) -> Iterator[Candidate]:
    return _who_said(ctx, _speeches(ctx), "wh.said", "speech")


@template("tf.speaker", kind="tf", reliability=0.94, description="True/false: a quotation with its own speaker, or with another person of the article")
def speaker_statements(ctx: Context) -> Iterator[Candidate]:
    """'Richard Lewis says, "The job is about keeping people safe."' (True) and the same words
    given to another of the article's speakers (False). It needs two people, not four, so it
    reaches the quotations of articles too small for a who-said question. The false one is
    made only with another person the article quotes or reports."""
    people = ctx.entity_pools.get("PERSON", [])
    speakers = ctx.entity_pools.get("SPEAKER", [])
    if len(people) < 2:
        return
    for sp in _quotations(ctx) + _pronoun_quotations(ctx):  # not unmarked speech: reviewers passed 46 of 57 of those (round 38)
        speaker = sp.speaker
        fact = f"{sp.sent.index}:speaker"
        yield Candidate("tf.speaker", "tf", sp.after(speaker, "."), sp.sent, fact, "True", truth=True, tags=["speech", "true"])
        # only another speaker: the NER's other "people" were a planet, a brewery and an alias
        # of the speaker himself ("Mars said", "Guinness says", Kcho's real name)
        other = next((p for p in speakers if (" " in p) == (" " in speaker) and not same_person(p, speaker, people)), None)
        if other is not None and not ctx.support.supported(content_lemmas(sp.words) | words_lemmas(other), False):
            yield Candidate("tf.speaker", "tf", sp.after(other, "."), sp.sent, fact, "False", truth=False, tags=["speech", "false", "speaker-swap"])
