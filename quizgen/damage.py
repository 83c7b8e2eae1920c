"""Sentences the text extraction damaged, which no item may show.

Pasted and converted articles carry noise that a student must not see in a stem: money
that lost its currency sign, footnote numbers left in the running text, headings run into
the next sentence. Asked by the clause maker and the gap-fill templates, once per document.
"""

from __future__ import annotations

import re
from itertools import compress, count

from quizgen.answers import LABEL_NOUNS, MONTH_FORMS, SOCIAL_TITLES
from quizgen.numbers import CURRENCY_SIGNS
from quizgen.text.document import Document, Sentence, Token
from quizgen.text.lexicon import base_forms, is_english_word

_GLUED_AMOUNT = re.compile(r"\d[\d.,]*(?:m|bn|tn)")
_CURRENCY = CURRENCY_SIGNS


_CODED_DEGREES = re.compile(r"\d-degrees\b")  # the Brown corpus's "275-degrees-F" for 275°F, which no teacher would print (review round 51)
_LOST_VALUE = re.compile(r"\b(?:is|are|was|were), which\b")  # "The constant is, which is one-quarter of 3.1416": the value was a symbol (review round 50)
_GLUED_ELISION = re.compile(r"'\d\d\b")  # "The'52 Cards": the space before an elided year was lost (review round 49); see _glued_elision


def damaged_sentences(doc: Document) -> set[int]:
    """Sentences the text extraction damaged, which no item may show: money that lost its
    currency sign ("spent 35m", "fell to 249m": shown as they are, they read as metres or as
    counts; only in articles with no currency sign at all, where "35m" is money the
    extraction damaged, not "3m people"), stray footnote or paragraph numbers ("the
    right ... to 1 chew coca leaves", "in the 8 history of UN treaties"), headings run
    into the sentence after them ("Explosion avoided In the case of ..."), prepositions
    that lost their object ("Mazeroski with and Hal Smith with were"), datelines
    ("Questions shelters Evansville, Ind., Aug. 5 -- ..."), and the placeholders "Af", "Aj"
    and "**zg" the Brown corpus put where a formula, unit or symbol was ("quantum yields of the order
    of Af"), lines of a broken source that start in lower case, and clock times that lost
    their hour ("at 30 p.m.") and the Brown corpus's coded degrees ("275-degrees-F").
    Every sentence is tested; generation asks :func:`damage_view` about the sentences it
    could use instead."""
    view = damage_view(doc)
    return {s.index for s in doc.sentences if s.index in view}


class DamageView:
    """Which sentences of one document are damaged (see :func:`damaged_sentences`), each
    tested the first time it is asked about: generation asks only about the sentences that
    could give an item (a clause, a gap-fill target, a quotation), and three in four give none,
    so most sentences are never tested (the test was a sixth of the stage after ``analyze``)."""

    __slots__ = ("doc", "bare", "known")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.bare: bool | None = None  # no_currency(doc), once asked
        self.known: dict[int, bool] = {}

    def __contains__(self, index: int) -> bool:
        hit = self.known.get(index)
        if hit is None:
            s = self.doc.sentences[index]
            hit = self.test(s, [t.text for t in s.tokens])
        return hit

    def test(self, s: Sentence, texts: list[str]) -> bool:
        """``s.index in self`` when the caller has the sentence's words already."""
        hit = self.known.get(s.index)
        if hit is None:
            if self.bare is None:
                self.bare = no_currency(self.doc)
            hit = self.known[s.index] = sentence_damaged(s, texts, self.bare)
        return hit


def damage_view(doc: Document) -> DamageView:
    """The :class:`DamageView` of ``doc``, kept for the document last asked about (the clause
    maker and the templates of one generation share it)."""
    if _DAMAGED[0] is not doc:
        _DAMAGED[0], _DAMAGED[1] = doc, DamageView(doc)
    return _DAMAGED[1]


def no_currency(doc: Document) -> bool:
    """No currency sign anywhere in the text: then a figure glued to "m" or "bn" is money
    the extraction damaged (see :func:`damaged_sentences`)."""
    return not any(c in doc.text for c in _CURRENCY)


def sentence_damaged(s: Sentence, texts: list[str], bare: bool) -> bool:
    """One sentence's test for :func:`damaged_sentences` (``texts``: its tokens' words, which
    the caller makes once; ``bare``: :func:`no_currency` of its document)."""
    toks = s.tokens
    text = s.text
    # each regex only where a substring search finds what its matches hold (the three
    # searches cost a third of this function)
    if _starts_lower_case(text) or "'" in text and _glued_elision(text) or ", which" in text and _LOST_VALUE.search(text) or "-degrees" in text and _CODED_DEGREES.search(text) or _fused_heading(toks, texts) or _heading_start(s, texts) or _lost_object(toks, texts) or _fused_dateline(text) or _placeholder(text, texts) or _caps_lead(texts) or _lost_symbol(text, texts) or _unfinished(texts) or _credit_lead(texts) or _fused_title(toks, texts):
        return True
    if not _has_digit(text):
        return False  # the other kinds of damage are numbers
    # only a number can be glued money: a CD token, or a text starting with a digit
    # (what _GLUED_AMOUNT needs); the rest is skipped without the regex
    for k in [k for k, t in enumerate(toks) if t.pos == "CD" or texts[k][:1].isdigit()]:
        if bare and (_glued_amount(toks, k) or _bare_sum(toks, k)) or _stray_number(toks, k) or _impossible_hour(toks, k) or texts[k] in _DASH_CODES and _dash_code(toks, k):
            return True
    return False


def _has_digit(text: str) -> bool:
    """``_DIGIT.search(text) is not None``: in ASCII text (almost every sentence) \\d is 0-9, and ten
    substring searches (memchr in C) cost a fifth of the regex's test of each character."""
    if not text.isascii():
        return _DIGIT.search(text) is not None
    return "0" in text or "1" in text or "2" in text or "3" in text or "4" in text or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text


def _glued_elision(text: str) -> bool:
    """A letter, an apostrophe and two digits ("The'52"): the pattern starts at the apostrophe, which
    the regex engine finds as a literal (twice as fast as a search for the letter before it)."""
    return any(m.start() > 0 and text[m.start() - 1] in _ASCII_LETTERS for m in _GLUED_ELISION.finditer(text))


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _impossible_hour(toks: list[Token], k: int) -> bool:
    """"Services will be at 30 p.m.": no hour of a 12-hour clock, so the text lost the
    hour of "1:30" (review round 48)."""
    if k + 1 >= len(toks) or toks[k + 1].text.lower() not in {"a.m.", "p.m.", "a.m", "p.m"}:
        return False
    return toks[k].text.isdigit() and not 1 <= int(toks[k].text) <= 12


def _caps_lead(texts: list[str]) -> bool:
    """A news column's capitalised lead-in: "FALL BALLOT ISSUES set a record ...", "NEW
    ACCOUNT: CoreStates ...". Two capitalised words in a row, one of five letters or more,
    are no acronym ("IBM", "U.S."); shown to students they read as shouting (review rounds 28-29)."""
    if len(texts) > 2:
        a, b = texts[0], texts[1]
        if a.isupper() and b.isupper() and a.isalpha() and b.isalpha() and len(a) >= 2 and len(b) >= 2 and (len(a) >= 3 and is_english_word(a.lower()) or len(b) >= 3 and is_english_word(b.lower())):
            return True  # "ARTY FAX from David Hockney ...", "PACS GIVE and receive ...", "LAWYERS IN Dallas ..." (review rounds 64-65)
    if sum(map(str.isupper, texts[:6])) < 2:
        return False  # the run below needs two words in capitals (almost every sentence has none)
    run = 0
    long_word = False
    for w in texts[:6]:
        w = w.replace("'", "")
        if w.isalpha() and w.isupper() and len(w) >= 3:
            run += 1
            long_word = long_word or len(w) >= 5
            if run >= 2 and long_word:
                return True
        elif not (run and w.isalpha() and w.isupper()):
            run, long_word = 0, False  # a short word in capitals goes on: "HOPES OF SIMPLIFYING", "HUGO'S BLAST" (review round 58)
    return False


_FINAL = frozenset({"!", "?", '"', "'", ")", ";", ":", "''", "]", ","})  # and any token ending in "." ("U.S.", "Inc.")


def _unfinished(texts: list[str]) -> bool:
    """A sentence that stops without its full stop where a line ends: "He also says the
    Dutch" (a text cut mid-sentence; review round 34). A numbered heading ("3 Facebook
    has created millions of jobs") has none either and stays, and so does a sentence a line
    break cut after a comma ('"...," says Rick Hughes,' and his title on the next line)."""
    last = texts[-1]
    if len(texts) >= 4 and last in _CLOSING_QUOTES and texts[-2] not in _STOPS and not texts[-2].endswith(".") and texts[-2].isalpha():
        return True  # "Chris Christie denies rift with Jared Kushner, says they 'get along just great'": a headline (review round 94)
    return len(texts) >= 4 and last not in _FINAL and not last.endswith(".") and not texts[0].rstrip(".").isdigit()


_CLOSING_QUOTES = frozenset({'"', "'", "''"})
_SAY_LEMMAS = frozenset({"say", "tell", "announce", "report", "add", "state", "write", "claim"})  # "Google said the search engine Google built ..."
_PHOTO_WORDS = frozenset({"photo", "photos", "picture", "pictures", "image", "images"})
_CREDIT_NEXT = frozenset({"provided", "by", "courtesy", "credit", ":"})


def _credit_lead(texts: list[str]) -> bool:
    """A photo credit run into the sentence: "Photos Provided to China Daily The Chinese brand
    recently made a trip ..." (review round 95)."""
    return len(texts) > 2 and texts[0].lower() in _PHOTO_WORDS and texts[1].lower() in _CREDIT_NEXT


# words after which a sentence may name its first word again: "Trade with China supports jobs
# that China ...", "Google said: ... Google", "the Mobile district"
_NO_TITLE_END = frozenset({"the", "a", "an", "and", "or", "that", "said", "says", "told", "than", "as", "but", "of", "to", "by", "for",
                           "from", "with", "in", "on", "at", "about", "like", "just"})


def _fused_title(toks: list[Token], texts: list[str]) -> bool:
    """A headline run into the story's first sentence, which names its subject again: "Sessions
    recuses himself on Russia inquiry Sessions on Thursday recused himself ...", "Masood's mother
    'saddened and numbed' Masood's mother Janet Ajao issued ..." (a store that kept no line breaks;
    review round 95). The sentence's first word comes back within a dozen words, after a
    lower-case word or a closing quotation mark, with no comma or "and" between and a verb-like
    word before it. None of the 1,000 development texts has such a sentence."""
    w = texts[0]
    if len(texts) < 6 or not (w[:1].isupper() and w.isalpha() and toks[0].pos in {"NNP", "NNPS", "NNS", "NN"}) or w not in texts[3:13]:
        return False
    for k in range(3, min(13, len(texts) - 1)):
        if texts[k] != w or not texts[k + 1][:1].isalnum() and texts[k + 1] != "'s":
            continue
        prev = texts[k - 1]
        between = texts[1:k]
        closing = prev in _CLOSING_QUOTES and between.count(prev) % 2 == 0
        plain = prev.isalpha() and prev.islower() and prev not in _NO_TITLE_END or len(prev) == 4 and prev.isdigit()  # "Alibaba pays more taxes in 2016 Alibaba and ..." (review round 97)
        if (closing or plain) and "," not in between and (closing or "and" not in between and "but" not in between) and not any(t.lemma in _SAY_LEMMAS for t in toks[1:k]) and any(
                t.pos.startswith("VB") or t.text.islower() and t.text.endswith("s") for t in toks[1:k]):
            return True
    return False
_STOPS = frozenset({".", "!", "?"})


_QUOTE_THEN_LETTER = re.compile(r'"[a-z]')  # a literal first: searched fast


def _glued_quote(text: str) -> bool:
    """A quotation mark between two lower-case letters ('"extreme vetting"o prevent')."""
    return any(m.start() > 0 and "a" <= text[m.start() - 1] <= "z" for m in _QUOTE_THEN_LETTER.finditer(text))

# before a function word only: "high- powered", "long- term" are compounds a PDF's line break split (OneStop)
_HANGING_HYPHEN = re.compile(r"[A-Za-z0-9]- (?:also|the|a|an|is|are|was|were|has|have|had|who|which|that|in|on|at|of|for|with|but|as|it|he|she|they|we|will|would)\b")
_DOUBLED_ARTICLE = re.compile(r" (?:an?|the) (?:an?|the) ")  # lower case only: "an A grade" is English (a literal first: searched fast)
_LOST_LETTER = re.compile(r"[A-Za-z]\?[a-z]")  # a question mark inside a word
_PRIME = re.compile(r"\d'(?:\.\d|[\s,;)]|$)")
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.\s+\S")  # inside the sentence: "p.m.." at its end is an abbreviation and the stop


def _lost_symbol(text: str, texts: list[str]) -> bool:
    """Editorial braces ("a passion {that} finds ..."), a "#" standing for a lost pound
    sign ("advanced 23 to #14.13") and the replacement character a bad decoding left
    ("\ufffdyesterday's\ufffd"): a stem shows them as noise (review round 28)."""
    if "?" in text and _LOST_LETTER.search(text) or '"' in text and _glued_quote(text):
        return True  # "In Rappenw?rt, skaters ...", '"extreme vetting"o prevent': letters the store could not encode (review rounds 95, 98)
    if "- " in text and _HANGING_HYPHEN.search(text):
        return True  # "up to 750,000 civilians- also poses": a dash that lost its space (review round 98); not "pre- and post-war"
    if _DOUBLED_ARTICLE.search(text):
        return True  # "calling for an a bipartisan commission": a typo a stem would repeat (review round 96)
    if "{" in text or "}" in text or "\ufffd" in text or ".." in text and _DOUBLE_STOP.search(text):
        return True  # "John Wiley & Sons, Inc.. Volume 1, was completed": two sentences the source's stop joined (review round 79)
    if "'" in text and _PRIME.search(text):
        return True  # "a beam width of only about 2'", "about 18'.5": minutes of arc, which a stem loses as an unpaired quote (review round 79)
    return "#" in text and any(w == "#" and k + 1 < len(texts) and texts[k + 1][:1].isdigit() for k, w in enumerate(texts))


def _starts_lower_case(text: str) -> bool:
    """A sentence that starts with a lower-case letter (after any quotation mark or bracket) is
    a line of a broken source: "rim-fire auto with a tubular magazine that holds 18 Long
    Rifles." (review round 44)."""
    return text.lstrip("\"'\u201c\u2018([ ")[:1].islower()


class _Capitalised(dict):
    """Word form -> it starts with a capital; filled as forms are seen."""

    def __missing__(self, w: str) -> bool:
        hit = self[w] = w[:1].isupper()
        return hit


_CAPITALISED = _Capitalised()
_SENTENCE_ADVERBS = frozenset({"Meanwhile", "However", "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Instead", "Thus", "Hence"})  # (no title starts with them, as "Still Alice" does)
_FUNCTION_TAGS = frozenset({"DT", "IN", "PRP", "PRP$", "CC", "EX", "WDT", "WP", "WRB", "MD", "TO"})


def _fused_heading(toks: list[Token], texts: list[str]) -> bool:
    """A capitalised function word inside the sentence, after a word and before a
    lower-case one (or a capitalised -ing form): "Opposition reported Some district leaders
    ...", "the tool to organize revolutions Organizing demonstrations ...", "Users are changing
    Facebook It used to be ...": a heading (or a quotation that lost its marks) runs into
    the sentence. Titles keep their capitals ("published by The Lancet", "Smoking In
    England"), so the word after them tells them apart."""
    if "".join(texts[1:-1]).islower():
        return False  # no capital inside the sentence at all (four sentences in ten)
    memo = _CAPITALISED
    if len(memo) > 300_000:
        memo.clear()  # bounded: a long text's word forms are a few tens of thousands
    for k in compress(count(1), map(memo.__getitem__, texts[1:-1])):  # the capitalised words only, found in C (a memo answers each form)
        w = texts[k]
        nxt = texts[k + 1][:1]
        prev = texts[k - 1]
        if w in _SENTENCE_ADVERBS and prev.isalpha():
            return True  # "New laws needed due to Brexit Meanwhile, Britain's ...": a subheading runs in (review round 99)
        if not (w[1:].islower() and prev[-1:].isalpha() and (nxt.islower() or nxt.isdigit())):
            continue
        t = toks[k]
        if t.pos in _FUNCTION_TAGS and (nxt.islower() or prev.islower()):
            return True  # "resources In 1960 one-quarter ...", not "Smoking In 1990"
        if not nxt.islower():
            continue
        if t.pos == "NNS" and toks[k - 1].pos in {"NN", "NNS"} and prev.islower() and toks[k + 1].pos.startswith(("VB", "MD")):
            return True  # "Scenic effects Guests will be treated to ...": a plural noun is no name
        if w.endswith("ing") and prev.islower() and toks[k + 1].pos in {"NN", "NNS"}:
            return True  # "revolutions Organizing demonstrations"; not "Stephen Hawking", "Action on Smoking and Health"
    return False


_HEADING_WORD_TAGS = frozenset({"NN", "NNS", "NNP", "JJ", "VBG", "CC"})
_HEADING_PREPOSITIONS = frozenset({"on", "of", "for", "in", "at", "with", "as"})
_HEADING_VERB_TAGS = frozenset({"VBN", "VBD"})  # "Reaction as expected", "Led fight on teamsters" (review round 72)
_HEADING_FIRST_TAGS = _HEADING_WORD_TAGS | _HEADING_VERB_TAGS




def _person_then_verb(s, k: int) -> bool:
    """A person's name starts at token ``k``, a finite verb follows it, and no other
    finite verb comes soon after."""
    e = next((e for e in s.entities if e.first == k and e.label == "PERSON"), None)
    if e is None or e.last >= len(s.tokens) or s.tokens[e.last].pos not in {"VBZ", "VBD", "VBP", "MD"}:
        return False
    # "Workers on farms Smith owns were paid": a second verb soon after makes it a relative clause
    return not any(t.pos in {"VBZ", "VBD", "VBP", "MD"} for t in s.tokens[e.last + 1 : e.last + 6])


_SENTENCE_DETERMINERS = frozenset({"The", "A", "An", "Both", "Each", "Every", "All", "This", "These", "Those",
                                    "On", "In", "At", "During", "After"})  # "Instant rivalry On Thursday, the first day ..." (review round 50)


def _repeated_start(texts: list[str], m: int) -> bool:
    """The sentence's first one to three words come again at once, capitalised: "Biological
    warfare Biological warfare is ...", "E. Antithyroid drugs Antithyroid drugs are ..."
    (``m``: how many words a repeat may span)."""
    low: list[str] | None = None  # the first words lower-cased, only once a repeat can start (few sentences)
    for i in (0, 1):
        for n in (1, 2, 3):
            if i + 2 * n <= m and texts[i + n][:1].isupper():
                if low is None:
                    low = [w.lower() for w in texts[:8]]
                if low[i : i + n] == low[i + n : i + 2 * n]:
                    return True
    return False


def _heading_start(s, texts: list[str]) -> bool:
    """A short noun-phrase heading before the sentence's own capitalised first word:
    "Small business management Practical management problems ... are dealt with",
    "Production assistance Production specialists are ...", "Facilities inventory Section
    8-b-2 of the Act ...". The heading is two to five words, capitalised only on its first,
    with no determiner or verb; the word after it is capitalised but names nothing (no
    entity), and a lower-case word or a number follows it. "Former president Truman
    said" stays: Truman is a name. A heading repeated by the sentence's subject
    ("Biological warfare Biological warfare is ...") is one too."""
    toks = s.tokens
    if len(toks) < 5:
        return False
    capital = not "".join(texts[1:5]).islower()  # a capital among words 1-4 (most sentences have none)
    if capital and _repeated_start(texts, min(len(toks), 8)):  # (a repeat starts at such a capital)
        return True
    if capital and texts[1][:1].isupper() and (_name_repeated(toks) or _word_heading(s)):  # (both need a capital second word)
        return True
    if not texts[0][:1].isupper() or toks[0].pos not in _HEADING_FIRST_TAGS:
        return False
    for k in range(2, min(6, len(toks) - 1)):
        t, prev = toks[k], toks[k - 1]
        if prev.text == "," and t.text.isalpha() and t.text.islower():
            continue  # "Little war, big test Both Mr. K's have ...": a heading of two phrases (review round 47)
        verb_ok = prev.pos in _HEADING_VERB_TAGS and toks[k - 2].text == "as"  # "Reaction as expected"; a heading has no other verb
        if not (prev.text.isalpha() and prev.text.islower() and (prev.pos in _HEADING_WORD_TAGS or verb_ok or prev.text in _HEADING_PREPOSITIONS and k >= 2)):
            return False  # the heading's words are lower-case nouns and adjectives ("Deadlock on tests": and a preposition)
        if prev.text in {"and", "or"} or prev.text in _HEADING_PREPOSITIONS:
            continue
        if t.text in _SENTENCE_DETERMINERS and prev.pos in {"NN", "NNS"}:
            return True  # "Deadlock on tests The President was ...": a sentence's first word after a heading (review round 45)
        if t.text in SOCIAL_TITLES and prev.pos == "NNS" and toks[k + 1].pos == "NNP":
            return True  # "Nourishing meals Mr. Clark believes in ...": no "Mr." follows a plural noun (review round 72); "marine scientist Professor Callum Roberts" is a title after a role
        if prev.pos in {"NN", "NNS"} and toks[k - 2].text in _HEADING_PREPOSITIONS and _person_then_verb(s, k):
            return True  # "Led fight on teamsters Gladden has been ...": after "on teamsters" a name is no apposition (review round 72)
        if t.text[:1].isupper() and t.text[1:].islower() and t.text.isalpha():
            nxt = toks[k + 1].text[:1]
            # "Restaurant chains Ask and Zizzi ...": a name coordinated with another
            if (nxt.islower() or nxt.isdigit()) and toks[k + 1].text not in {"and", "or"} and not any(e.first <= k < e.last for e in s.entities):
                return True
    return False


def _word_heading(s) -> bool:
    """A one-word heading that the sentence after it names again in lower case: "Poultry
    Results of irradiation tests with poultry have been ...", "Seafood Fresh seafood products
    are ..." (review round 78). Two capitalised words that name nothing start the sentence."""
    toks = s.tokens
    first, second = toks[0], toks[1]
    if not (first.pos in {"NN", "NNS", "NNP"} and first.text.isalpha() and first.text[1:].islower() and second.text[:1].isupper() and second.text[1:].islower()):
        return False
    low = first.text.lower()
    if not any(t.text == low for t in toks[2:]):
        return False
    return not any(e.first <= 1 < e.last for e in s.entities)


def _name_repeated(toks: list[Token]) -> bool:
    """An obituary's heading name before the sentence that names the person again: "John
    W. Ball John William Ball, 68, ... died Sunday" (review round 49). The surname comes
    twice in a run of capitalised words and initials that starts the sentence."""
    if len(toks) < 4 or toks[3].pos not in {"NNP", "NNPS"}:
        return False  # a repeat needs a run of four names or more (see below)
    run = 0
    while run < min(len(toks), 8) and toks[run].pos in {"NNP", "NNPS"} and toks[run].text[:1].isupper():
        run += 1
    if run < 4:
        return False  # a repeat needs a word after the first and another two on
    words = [t.text for t in toks[:run]]
    return any(len(w) > 2 and w.isalpha() and w in words[k + 2 :] and k > 0 for k, w in enumerate(words))


def _lost_object(toks: list[Token], texts: list[str]) -> bool:
    """"Bill Mazeroski with and Hal Smith with were the only Pirates ...": a preposition
    between a name and "and" + another name lost its object (here, batting averages).
    Shared objects ("interact with and criticize brands", "understanding of and belief in")
    and stranded prepositions ("friends she swims with.") are English."""
    if "and" not in texts and "or" not in texts:
        return False  # most sentences: no word-by-word scan
    for k in range(1, len(toks) - 2):
        if toks[k].pos == "IN" and toks[k + 1].text in {"and", "or"} and toks[k - 1].pos in {"NNP", "NNPS"} and toks[k + 2].pos in {"NNP", "NNPS", "CD", "DT"}:
            return True
    return False


_DASH_CODES = frozenset({"2013", "2014"})


def _dash_code(toks: list[Token], k: int) -> bool:
    """"stock in Innate Immunotherapeutics 2013 a tiny Australian company": a store that wrote
    a dash as its code point (U+2013, U+2014) left a "year" between a name and "a"/"the",
    where no year stands (review round 98). Not "in May 2013 the", "Since 2013 the"."""
    if k == 0 or k + 1 >= len(toks):
        return False
    before, after = toks[k - 1], toks[k + 1]
    return after.text in {"a", "an", "the"} and before.pos in {"NNP", "NNPS", "NN", "NNS"} and before.text.rstrip(".") not in MONTH_FORMS and before.text.isalpha()


def _stray_number(toks: list[Token], k: int) -> bool:
    """A footnote number left in the running text: between "to" and its verb, or between
    "the" and a singular noun ("the 8 history")."""
    t = toks[k]
    if not (t.text.isdigit() and len(t.text) <= 2) or k == 0 or k + 1 >= len(toks):
        return False
    before, after = toks[k - 1], toks[k + 1]
    if before.pos == "TO" and not (k >= 2 and toks[k - 2].pos == "CD"):  # not "aged five to 17"
        # "to 1 chew" (the tagger reads the verb as a noun after the number); not "to 5 percent"
        return after.pos == "VB" or after.pos == "NN" and after.text.islower() and after.text not in {"percent", "cent", "per"} and bool(base_forms(after.text, "v"))
    if before.text.lower() == "that" and after.pos == "NNP" and after.text[:1].isupper():
        return True  # "has recommended that 9 Bolivias request should be supported" (review round 83)
    if before.pos == "NN" and after.pos == "NNS" and k >= 2 and toks[k - 2].pos.startswith("VB") and before.text.isalpha() and before.text.islower() and after.text.islower() and before.text not in LABEL_NOUNS:
        return True  # "have chewed coca 3 leaves for centuries" (review round 83); not "a balloon 19 miles above", nor "has grade 5 students"
    later = toks[k + 2] if k + 2 < len(toks) else None
    return before.text.lower() == "the" and after.pos == "NN" and t.text != "1" and after.text.islower() and len(after.text) > 3 and not (later is not None and later.pos.startswith("NN"))


# "Questions shelters Evansville, Ind., Aug. 5 -- I ...": a letter's heading and dateline run into its first sentence
_DATELINE = re.compile(r"\b[A-Z][a-z]+,(?: [A-Z][a-z]{1,5}\.?,)? (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2} --")


def _fused_dateline(text: str) -> bool:
    """A dateline after other words: a heading ran into the sentence ("Masaryk award Chicago,
    Aug. 9 -- The granting ..."). A news article's own dateline starts its sentence."""
    if "--" not in text:
        return False  # most sentences: no regex search
    m = _DATELINE.search(text)
    return m is not None and m.start() > 0


def _placeholder(text: str, texts: list[str]) -> bool:
    """"Af", "Aj" or "**zg": what the Brown corpus put where a formula, a unit or a symbol was."""
    return "**" in text or ("Af" in text or "Aj" in text) and ("Af" in texts or "Aj" in texts)


_DAMAGED: list = [None, None]  # [the document last asked about, its DamageView]
_DIGIT = re.compile(r"\d")


_MONEY_VERBS = frozenset({"sue", "pay", "sell", "buy", "cost", "fine", "charge", "earn", "spend", "award", "auction", "bid", "price"})
_CENTS = re.compile(r"\d+\.\d\d")


def _bare_sum(toks: list[Token], k: int) -> bool:
    """A sum that lost its currency sign: "is suing a French novelist for 50,000." (review
    round 83): a large figure after "for" that counts nothing, in a sentence about money;
    "The average spend of a music buyer ... was just 39.52." (round 85): pounds and pence."""
    t = toks[k]
    if _CENTS.fullmatch(t.text) and (k + 1 == len(toks) or not toks[k + 1].text[:1].isalpha()):
        return any(u.lemma in _MONEY_VERBS for u in toks[:k])
    if k == 0 or toks[k - 1].text.lower() != "for" or not (len(t.text) >= 5 and t.text.replace(",", "").isdigit()):
        return False
    nxt = toks[k + 1].text if k + 1 < len(toks) else "."
    return nxt in {".", ",", ";", "!"} and any(u.lemma in _MONEY_VERBS for u in toks[:k])


def _glued_amount(toks: list[Token], k: int) -> bool:
    t = toks[k]
    if _GLUED_AMOUNT.fullmatch(t.text):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return t.pos == "CD" and nxt is not None and nxt.start == t.end and nxt.text in {"m", "bn", "tn"}
