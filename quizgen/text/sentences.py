"""Sentence splitting of cleaned text into character spans.

Built on NLTK's Punkt algorithm with parameters trained on the Brown corpus plus a
hand-written abbreviation list (``punkt.json.gz``, see
:mod:`quizgen.resources.builders.punkt`); Punkt decides from abbreviation, initial
and capitalisation statistics, which is what news prose needs ("Mr. Li", "J. K.
Rowling", "the U.S. The talks"). Newlines are paragraph breaks and always end a
sentence. The input is already cleaned (straight quotes, normalised spaces), so
offsets returned here index that same string.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from quizgen.errors import ResourceError
from quizgen.resources import load_json_gz

_LINE = re.compile(r"[^\n]+")
#: A sentence that ends in ``?``/``!`` (maybe inside quotes or brackets), or in a period
#: inside quotes ...
_CONTINUABLE_END = re.compile(r"(?:[?!](?: ?[\"')\]])*|\.(?: ?[\"')\]])+)$")
#: ... followed by one that starts in lowercase continues it: ``"Yes!" he said.``
_LOWER_START = re.compile(r"[\"'(\[]*[a-z]")
#: Every character a match of ``_CONTINUABLE_END`` can contain.
_END_CHARS_ONLY = re.compile(r"[?!.\"')\] ]*")
#: A list marker alone at the start of a line (``1. Dog-food taster``) is not a sentence.
_LIST_MARKER = re.compile(r"\(?(?:\d{1,3}|[A-Za-z])[.)]")
# "George A. | Mercer": a name, a middle initial and a surname; Punkt reads "A." (and
# "D.", "O.") as a sentence end. Not before a word that starts sentences ("Plan B. The ...").
# "Commander C. | K. | Green": a run of initials splits the same way.
_MIDDLE_INITIAL = re.compile(r"(?<![\w.])[A-Z][a-z]+(?: [A-Z]\.)+$")
_CAPITALISED = re.compile(r"\(*([A-Z][a-z]+)\b")
# "for Mr. | Watson": Punkt breaks after a title when the name also starts sentences in its
# training text; a title always belongs to the name after it (review round 50)
_TITLES = "Mr|Mrs|Ms|Messrs|Dr|Prof|Rev|Sen|Sens|Gov|Gen|Capt|Lt|Col|Sgt|Rep|Reps|Hon"
_TITLE_END = re.compile(r"(?<![\w.])(?:" + _TITLES + r")\.$")
_TITLE_ENDINGS = tuple(t + "." for t in _TITLES.split("|"))  # what every match of _TITLE_END ends with
_INITIAL = re.compile(r"[A-Z]\. ")


_INITIALS_END = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3})$")  # "L.J.", "U.S." ending the sentence before
_COUNTRY_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "D.C.", "E.U.", "U.S.A."})
_WORDS = re.compile(r"([A-Z][A-Za-z'-]*)(?: ([A-Z][A-Za-z'-]*))?")


def _stopwords() -> frozenset[str]:
    from quizgen.text.lexicon import STOPWORDS  # loaded on first use; a split without a name never asks

    return STOPWORDS


_INITIALS_ONLY = re.compile(r"(?:[A-Z]\. ?){2,3}")  # two or three: "C." alone labels a section ("C. Thyroglobulin synthesis")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # [A-Z]


def _name_goes_on(prev: str, text: str, a: int) -> bool:
    """Punkt ended a sentence inside a name: the sentence before is only initials ("J.P."),
    ends in a case's "v.", in initials before a name ("L.J. | Hooker"), or in "George A."
    (or "C. K.") before a capitalised word that is no function word or another initial
    (review round 39: "devised by Commander C. K. Green of the Coast and Geodetic Survey")."""
    if prev[-2:-1] not in _UPPER and not prev.endswith((" v.", " vs.")):
        return False  # every test below needs initials or "v." at the end (most sentences end "word.")
    if _INITIALS_ONLY.fullmatch(prev) and text[a : a + 1].isupper():
        return True  # "J.P. | Morgan & Co., New York, will help ...": a name's initials alone are no sentence (review round 57)
    if prev.endswith((" v.", " vs.")) and text[a : a + 1].isupper():
        return True  # "in the Dirks v. | SEC decision": a case name (review round 58)
    m = _INITIALS_END.search(prev)
    if m is not None and text[a : a + 1].isupper():
        words = _WORDS.match(text, a)
        if words is not None and words.group(1).lower() not in _stopwords():
            # "made by L.J. | Hooker": initials before a name; "of U.S. | Bankruptcy Court": a
            # country's before a capitalised name of two words ("in the U.S. | The move" ends)
            if m.group(1) not in _COUNTRY_INITIALS or words.group(2) is not None and words.group(2).lower() not in _stopwords():
                return True
    if not _MIDDLE_INITIAL.search(prev):
        return False
    if _INITIAL.match(text, a):
        return True
    m = _CAPITALISED.match(text, a)
    return m is not None and m.group(1).lower() not in _stopwords()



_DECISIONS_LIMIT = 200_000


@functools.lru_cache(maxsize=1)
def _tokenizer():
    """A PunktSentenceTokenizer built from our stored parameters (once per process).

    Two changes that leave every decision as NLTK makes it:

    * Punkt decides each candidate break from its context alone (the word before, the
      punctuation, the next token): :meth:`text_contains_sentbreak` is a pure function
      of that short string and the fixed parameters, so its answers are remembered
      (news prose repeats ``said. The`` and ``it."``).
    * The word split of that context, the token-type tests and the realignment of a
      closing quote or bracket (anchored at a sentence's start, linear) run on the same
      compiled ``regex`` patterns NLTK builds, called directly instead of through NLTK's
      per-call time-limit wrapper (~4 us a call; inputs of one context, one token or
      one sentence; the scan of a whole text window, ``period_context_re``, keeps its
      limit). The last space before a candidate break is found with ``rfind`` in C
      instead of NLTK's loop over characters (same index).
    """
    import string
    from collections import defaultdict

    from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

    def raw(pattern):
        return getattr(pattern, "_rx", pattern)  # nltk.redos.TimedPattern -> its compiled pattern

    class _Token(PunktToken):
        __slots__ = ()
        _RE_ELLIPSIS = raw(PunktToken._RE_ELLIPSIS)
        _RE_NUMERIC = raw(PunktToken._RE_NUMERIC)
        _RE_INITIAL = raw(PunktToken._RE_INITIAL)
        _RE_ALPHA = raw(PunktToken._RE_ALPHA)

    class _Lang(PunktLanguageVars):
        __slots__ = ()
        re_boundary_realignment = raw(PunktLanguageVars.re_boundary_realignment)

    class _Punkt(PunktSentenceTokenizer):
        def _get_last_whitespace_index(self, text: str) -> int:
            # NLTK: the last index holding a whitespace character, 0 if there is none
            return max(0, *map(text.rfind, string.whitespace))

        def text_contains_sentbreak(self, text: str) -> bool:
            memo = self._decisions
            hit = memo.get(text)
            if hit is None:
                if len(memo) >= _DECISIONS_LIMIT:
                    memo.clear()
                    self._breaks_for_sure.clear()
                hit = memo[text] = self._decide(text)
            return hit

        def _decide(self, text: str) -> bool:
            """NLTK's answer for a context not seen before. Most contexts start with a word
            whose break no neighbour can undo ("said." + anything): with a second token
            after it the answer is yes, as NLTK's loop gives (it answers yes at the token
            after a break), without its token objects and two annotation passes (~14 us,
            ~5,500 of the ~6,200 new contexts of the OneStop texts)."""
            if "\n" not in text:  # one line: NLTK's tokens of it are exactly these
                toks = self._lang_vars.word_tokenize(text)
                if len(toks) >= 2 and self._breaks_anyway(toks[0]):
                    return True
            return super().text_contains_sentbreak(text)

        def _breaks_anyway(self, tok: str) -> bool:
            """Whether the first token of a context ends a sentence whatever follows it.

            NLTK's first pass (run here, on the token alone) marks it a break; its second
            pass could only clear that mark for a period-final token that is an initial, a
            number, or the first word of a known collocation, so none of those qualifies.
            A pure function of the token and the fixed parameters, remembered per token."""
            memo = self._breaks_for_sure
            hit = memo.get(tok)
            if hit is None:
                aug = self._Token(tok)
                self._first_pass_annotation(aug)
                hit = memo[tok] = bool(aug.sentbreak) and not (
                    aug.period_final
                    and (aug.is_initial or aug.type_no_period == "##number##" or aug.type_no_period in self._collocation_firsts)
                )
            return hit

    data: Any = load_json_gz("punkt")
    params = PunktParameters()
    try:
        params.abbrev_types = set(data["abbrev_types"])
        params.collocations = {(a, b) for a, b in data["collocations"]}
        params.sent_starters = set(data["sent_starters"])
        params.ortho_context = defaultdict(int, data["ortho_context"])
    except (KeyError, TypeError, ValueError):
        raise ResourceError("Language resource punkt.json.gz has an unexpected layout; run `make resources`.") from None
    tok = _Punkt(params, lang_vars=_Lang(), token_cls=_Token)
    tok._decisions = {}
    tok._breaks_for_sure = {}  # token -> _Punkt._breaks_anyway(token), cleared with _decisions
    tok._collocation_firsts = frozenset(a for a, _ in params.collocations)
    lang = tok._lang_vars
    lang._re_word_tokenizer = raw(lang._word_tokenizer_re())
    return tok


def _continuable(text: str, a: int, b: int) -> bool:
    """Whether some stretch of ``text`` ending at ``b`` matches ``_CONTINUABLE_END``.

    Searched from the sentence start ``a``: a match that began before it would consist of
    end punctuation, quotes and spaces only, so it can only exist when the whole sentence
    ``text[a:b]`` does; only then is the text searched from the beginning. (Searching
    every time from 0 made long lines quadratic.)
    """
    if _CONTINUABLE_END.search(text, a, b):
        return True
    return bool(_END_CHARS_ONLY.fullmatch(text, a, b) and _CONTINUABLE_END.search(text, 0, b))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``, in order.

    Spans exclude surrounding whitespace and never cross a newline. A closing quote
    or bracket after the final punctuation belongs to the sentence it closes.
    """
    tok = _tokenizer()
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        base = line.start()
        chunk = line.group()
        if not chunk.strip():
            continue
        line_first = len(spans)
        for start, end in tok.span_tokenize(chunk):
            piece = chunk[start:end]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            if end - trail <= start + lead:
                continue
            a, b = base + start + lead, base + end - trail
            if len(spans) > line_first and (
                # Punkt always breaks after ?/! and after a period inside quotes; undo before lowercase.
                # the cheap anchored tests first: the searches for an ending scan the whole sentence
                (_LOWER_START.match(text, a) and _continuable(text, *spans[-1]))
                or (len(spans) == line_first + 1 and _LIST_MARKER.fullmatch(text, *spans[-1]))
                or _name_goes_on(text[spans[-1][0] : spans[-1][1]], text, a)
                or text.endswith(_TITLE_ENDINGS, *spans[-1]) and _TITLE_END.search(text, *spans[-1]) and text[a : a + 1].isupper()
            ):
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
    return spans


def sentences(text: str) -> list[str]:
    """The sentence strings of :func:`split_sentences` (convenience for tests and tools)."""
    return [text[a:b] for a, b in split_sentences(text)]


__all__ = ["sentences", "split_sentences"]
