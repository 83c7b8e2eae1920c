"""Clean raw article text while keeping a map back to the original offsets.

Real web text carries noise that must never reach a question: level headers
("Intermediate"), image captions with their credits glued into a paragraph
("... visit to Beijing [Spencer Platt/Getty Images via AFP]Ukraine's ..."), bylines,
URLs, leftover HTML and typographic characters the tagger was not trained on.

Cleaning never edits the original string. It produces a cleaned string plus a list
of segments that map every cleaned character back to the original, so every token,
sentence and item can point at the exact span the teacher pasted.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass, field

from quizgen.text.document import Removed

# Typographic characters mapped to what the tagger saw in training (PTB conventions).
_CHAR_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": " -- ", "\u2015": " -- ", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u2026": "...",
    "\u00a0": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u2007": " ", "\u3000": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u00ad": "",
    "\r": "", "\t": " ", "\f": "\n", "\v": "\n",
    # Windows-1252 punctuation whose high byte was lost on the way (seen in real corpora)
    "\x18": "'", "\x19": "'", "\x1c": '"', "\x1d": '"', "\x13": "-", "\x14": " -- ",
}
_JUNK_CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v\x18\x19\x1c\x1d\x13\x14")
_CHAR_MAP.update({ch: " " for ch in _JUNK_CONTROLS if ch != "\x00"})
# where a combining accent was lost ("Andaluci\x01an", "cafe\x01", "Da\x01vila" in the graded
# corpus texts): as a space it split the word ("Carlos Da vila", "Andaluci an government")
_CHAR_MAP["\x01"] = ""
_SPECIAL = re.compile("[" + re.escape("".join(_CHAR_MAP)) + r"\u007f-\uffff]| {2,}")

_LEVEL_HEADER = re.compile(r"\A[\s\ufeff]*(?:elementary|intermediate|advanced|level\s*\d)\s*(?:\n|\Z)", re.I)
_SCRIPT_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|header|footer|blockquote)\b[^>]*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>|<!--.*?-->", re.S)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"\]]+", re.I)


def _may_hold_url(text: str) -> bool:
    """Whether ``_URL`` can match: every match starts with "http" or "www." in some case
    (no other character matches these letters under ``re.I``). Most articles have no
    link, and the search alone tried the pattern at every word."""
    low = text.lower()
    return "http" in low or "www." in low


_CREDIT_WORDS = r"(?:getty|afp|reuters|ap photo|associated press|shutterstock|epa|images?|photo(?:graph)?s?|credit|file|pool|anadolu|xinhua|alamy|pa media|bloomberg)"
_CREDIT = re.compile(r"\[[^\[\]\n]{0,120}?\b" + _CREDIT_WORDS + r"\b[^\[\]\n]{0,120}\]", re.I)
_BYLINE = re.compile(
    r"^(?:[ \t]|<[^>\n]*>)*(?:by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s+and\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})?"
    r"|(?:published|updated|last updated|posted)(?:\s+on)?\s+[^\n]{0,60}"
    r"|(?:share|save|click here to share on social media|listen to this article[^\n]{0,30}|advertisement))(?:[ \t]|<[^>\n]*>)*$",
    re.I | re.M,
)
_SENT_END = re.compile(r"[.!?][\"')\]]*\s*$")


@dataclass(slots=True)
class Cleaned:
    """Cleaned text plus the map back to the original.

    ``segments`` are ``(clean_start, clean_end, orig_start, orig_end)``; a segment whose
    two lengths differ is a replacement (every clean position inside maps to its edges).
    """

    original: str
    text: str
    segments: list[tuple[int, int, int, int]] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    def to_orig_start(self, c: int) -> int:
        """Original offset of the clean character at ``c``."""
        i = bisect.bisect_right(self._starts, c) - 1
        if i < 0:
            return 0
        c0, c1, o0, o1 = self.segments[i]
        if c >= c1:
            return o1
        return o0 + (c - c0) if (c1 - c0) == (o1 - o0) else o0

    def to_orig_end(self, c: int) -> int:
        """Original offset just after the clean character at ``c - 1``."""
        if c <= 0:
            return 0
        i = bisect.bisect_right(self._starts, c - 1) - 1
        if i < 0:
            return 0
        c0, c1, o0, o1 = self.segments[i]
        if c > c1:
            return o1
        return o0 + (c - c0) if (c1 - c0) == (o1 - o0) else o1


    def linear_delta(self, c0: int, c1: int) -> int | None:
        """``orig - clean`` offset when clean ``[c0, c1)`` lies inside one unchanged segment, else None.

        Then every offset in that stretch maps by adding the delta, exactly as
        :meth:`map_tokens` would map it.
        """
        i = bisect.bisect_right(self._starts, c0) - 1
        if i < 0:
            return None
        segs = self.segments
        s0, s1, o0, o1 = segs[i]
        if (s1 - s0) != (o1 - o0):
            return None
        delta = o0 - s0
        # Later segments up to c1 keep the same delta when each is a same-length
        # replacement ("’" -> "'") or copy that starts where the previous one ended in
        # the original: then every offset maps by adding ``delta``, as in map_tokens.
        n = len(segs)
        while s1 < c1:
            i += 1
            if i >= n:
                return None
            s0, s1, p0, p1 = segs[i]
            if p0 != o1 or (s1 - s0) != (p1 - p0):
                return None
            o1 = p1
        return delta

    def map_offsets(self, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
        """:meth:`map_tokens` for parallel lists of clean start/end offsets (sorted by start)."""
        # The walk of map_tokens over the lists themselves (no Token per offset pair).
        if not starts:
            return [], []
        segs = self.segments
        n = len(segs)
        i = max(0, bisect.bisect_right(self._starts, starts[0]) - 1)
        out_starts: list[int] = []
        out_ends: list[int] = []
        for c, e in zip(starts, ends):
            while i + 1 < n and segs[i + 1][0] <= c:
                i += 1
            c0, c1, o0, o1 = segs[i]
            linear = (c1 - c0) == (o1 - o0)
            out_starts.append(o1 if c >= c1 else (o0 + (c - c0) if linear else o0))
            j = i
            while j + 1 < n and segs[j + 1][0] <= e - 1:
                j += 1
            d0, d1, p0, p1 = segs[j]
            out_ends.append(p1 if e > d1 else (p0 + (e - d0) if (d1 - d0) == (p1 - p0) else p1))
        return out_starts, out_ends

    def map_tokens(self, tokens: list) -> None:
        """Rewrite tokens' clean offsets to original offsets in one left-to-right walk.

        Same results as :meth:`to_orig_start`/:meth:`to_orig_end` per token, without a
        binary search for each (tokens arrive sorted).
        """
        if not tokens:
            return
        segs = self.segments
        n = len(segs)
        i = max(0, bisect.bisect_right(self._starts, tokens[0].start) - 1)
        for t in tokens:
            c = t.start
            while i + 1 < n and segs[i + 1][0] <= c:
                i += 1
            c0, c1, o0, o1 = segs[i]
            linear = (c1 - c0) == (o1 - o0)
            start = o1 if c >= c1 else (o0 + (c - c0) if linear else o0)
            e = t.end
            j = i
            while j + 1 < n and segs[j + 1][0] <= e - 1:
                j += 1
            d0, d1, p0, p1 = segs[j]
            end = p1 if e > d1 else (p0 + (e - d0) if (d1 - d0) == (p1 - p0) else p1)
            t.start, t.end = start, end


def _find_removals(text: str) -> list[tuple[int, int, str, str]]:
    """Regions of the original to drop, as (start, end, replacement, reason)."""
    out: list[tuple[int, int, str, str]] = []
    m = _LEVEL_HEADER.match(text)
    if m:
        out.append((m.start(), m.end(), "\n", "header"))
    for m in _SCRIPT_STYLE.finditer(text):
        out.append((m.start(), m.end(), " ", "html"))
    for m in _BLOCK_TAG.finditer(text):
        out.append((m.start(), m.end(), "\n", "html"))
    for m in _TAG.finditer(text):
        out.append((m.start(), m.end(), "", "html"))
    for m in _URL.finditer(text) if _may_hold_url(text) else ():
        out.append((m.start(), m.end(), "", "url"))
    for m in _BYLINE.finditer(text):
        if m.end() > m.start():
            out.append((m.start(), m.end(), "", "byline"))
    for m in _CREDIT.finditer(text):
        # A credit glued into a paragraph: the text before it on the same line, back to the
        # last sentence end, is the photo caption. Both go, and a break separates what follows.
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        cut = line_start
        for end in re.finditer(r"[.!?][\"'\u201d\u2019)]*\s+", before):
            cut = line_start + end.end()
        caption = text[cut : m.start()].strip()
        start = cut if caption and len(caption) < 300 else m.start()
        if start < m.start():
            out.append((start, m.start(), "", "caption"))
        out.append((m.start(), m.end(), "\n", "credit"))
    for m in _ENTITY.finditer(text):
        rep = html.unescape(m.group())
        if rep != m.group():
            out.append((m.start(), m.end(), rep, "entity"))
    out.extend((s, e, rep, "repair") for s, e, rep in _word_repairs(text))
    out.sort(key=lambda r: (r[0], -r[1]))
    merged: list[tuple[int, int, str, str]] = []
    for r in out:  # drop regions that overlap an earlier one
        if merged and r[0] < merged[-1][1]:
            continue
        merged.append(r)
    return merged


def _word_repairs(text: str) -> list[tuple[int, int, str]]:
    """Words damaged on the way out of a PDF: lost ligatures ("rst" -> "first") and lost
    apostrophes ("Moroccos ambitions" -> "Morocco's ambitions"). The word list is only
    consulted when a telltale fragment is present, so clean text costs one regex scan."""
    from quizgen.text.apostrophes import apostrophe_repairs
    from quizgen.text.ligatures import has_lost_ligatures, ligature_repairs

    out: list[tuple[int, int, str]] = []
    if has_lost_ligatures(text):
        from quizgen.text.lexicon import STOPWORDS, could_start_english_word, is_english_word

        out.extend(ligature_repairs(text, is_english_word, STOPWORDS.__contains__, could_start_english_word))
    # A capitalised word + "s" is repaired only when its bare form is a place ("Moroccos"):
    # as a word test, the tagger's dictionary took every form it knew with a tag other than
    # a plural for a possessive ("His" after "Hi there": "Hi's open face", review round 56;
    # "News" after "New York", round 48), and the forms it does not know are no evidence.
    if "'" in text or "\u2019" in text:
        out.extend(apostrophe_repairs(text, is_place=_is_place, is_past_verb=_is_past_verb))
    else:
        # A text with no apostrophe at all lost every one of them (a third of the classroom
        # corpus: "Highcleres current assets", "Radioheads new album"): there a name's "-s" form
        # that is no English word is a possessive too, not only a place's (review round 85)
        from quizgen.text.lexicon import is_english_word

        out.extend(apostrophe_repairs(text, is_word=is_english_word, is_place=_is_place, is_past_verb=_is_past_verb))
    if "-" in text:
        out.extend(_hyphen_repairs(text))
    if '"?' in text:
        out.extend((m.start(), m.end(), "--") for m in _QUOTE_QUESTION_DASH.finditer(text))
    return out


# '"?' glued to the next word: an em dash a store could not encode ('Trump "?a man loath to admit
# any errors "?should apologize'; 2,065 times in the News Articles stories, review round 95). No
# English text puts a question mark straight after a quotation mark and before a letter.
_QUOTE_QUESTION_DASH = re.compile(r'(?<=[\w,] )"\?(?=[A-Za-z])|(?<=\w)"\?(?=[A-Za-z])')


# A hyphen between two words, one of them a word that never forms a compound: "documents-from
# the commission", "said-the", "is-a": a space the source lost to a hyphen (a store that did this
# to 334 of the 1,519 News Articles stories of 400-1,200 words; review rounds 93-94). Compounds of
# three parts or more ("state-of-the-art", "face-to-face") are left alone.
_HYPHEN_JOIN = re.compile(r"(?<![\w-])([A-Za-z]+)-([A-Za-z]+)(?![\w-])")
_NEVER_COMPOUNDED = frozenset({"the", "an", "from", "about", "that", "is", "was", "were", "of", "said", "to", "his", "her", "their"})  # "to-report", "his-award" (review round 94)
_ROLE_HYPHEN = re.compile(r"(?<![\w-])([A-Za-z]{2,})-(?=[A-Z][a-z]+ [A-Z])")  # a word, a hyphen, a capitalised name of two words
_ROLE_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO", "MP", "MEP"})
_PREFIXES = frozenset({"anti", "pro", "ex", "non", "co", "neo", "pre", "post", "mid", "semi", "pan", "ultra", "super", "counter", "inter", "trans", "multi", "pseudo", "quasi", "un", "all"})
_NUMBER_HYPHEN = re.compile(r"(?<![\w-])(\d+)-(?:in|on|at|the|of|for|and|to|a|an|with|from|as|by|is|was|were)(?![\w-])")  # "from 1994 to 1999-in the first ANC government" (review round 98)
_COMMA_HYPHEN = re.compile(r"(?<=,)-(?=[A-Za-z])")  # "goes wrong,-Musk told reporters" (review round 96): no English puts a hyphen after a comma


def _hyphen_repairs(text: str) -> list[tuple[int, int, str]]:
    from quizgen.text.lexicon import is_english_word, lexname

    out: list[tuple[int, int, str]] = []
    for m in _HYPHEN_JOIN.finditer(text):
        a, b = m.group(1).lower(), m.group(2).lower()
        if (a in _NEVER_COMPOUNDED or b in _NEVER_COMPOUNDED) and not is_english_word(m.group().lower()):
            k = m.end(1)
            out.append((k, k + 1, " "))
    for m in _ROLE_HYPHEN.finditer(text):
        if m.group(1) in _ROLE_ACRONYMS or m.group(1).islower() and m.group(1) not in _PREFIXES and lexname(m.group(1)) == "noun.person":  # not "Franco-German Alliance", "anti-Trump Movement"
            out.append((m.end(1), m.end(1) + 1, " "))  # "Twitter CEO-Jack Dorsey", "director-Raed Andoni" (review rounds 94, 99)
    if ",-" in text:
        out.extend((m.start(), m.end(), " ") for m in _COMMA_HYPHEN.finditer(text))
    out.extend((m.end(1), m.end(1) + 1, " ") for m in _NUMBER_HYPHEN.finditer(text))
    return out


def _is_past_verb(word: str) -> bool:
    """"spoke", "lived": a verb form that is not its own base form, no "-s" form ("names",
    "lives" are nouns after a possessive as often as verbs) and no "-ing" form ("Iceland's
    naming law")."""
    from quizgen.text.lexicon import base_forms

    return not word.endswith(("s", "ing")) and any(b != word for b in base_forms(word, "v"))


def _is_place(word: str) -> bool:
    from quizgen.text.entities import location_kind

    return location_kind(word) is not None


def _normalise_char(ch: str) -> str:
    mapped = _CHAR_MAP.get(ch)
    if mapped is not None:
        return mapped
    norm = unicodedata.normalize("NFKC", ch)
    return norm


def clean(text: str) -> Cleaned:
    """Return the cleaned text of ``text`` with its offset map and the removed regions."""
    parts: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    removed: list[Removed] = []
    pos_c = 0

    def emit(s: str, o0: int, o1: int) -> None:
        nonlocal pos_c
        if not s and o0 == o1:
            return
        parts.append(s)
        segments.append((pos_c, pos_c + len(s), o0, o1))
        pos_c += len(s)

    def emit_plain(o0: int, o1: int) -> None:
        """Copy original[o0:o1], normalising special characters one match at a time."""
        i = o0
        for m in _SPECIAL.finditer(text, o0, o1):
            if m.start() > i:
                emit(text[i : m.start()], i, m.start())
            g = m.group()
            rep = " " if g.startswith("  ") else _normalise_char(g)
            emit(rep, m.start(), m.end())
            i = m.end()
        if i < o1:
            emit(text[i:o1], i, o1)

    last = 0
    for start, end, rep, reason in _find_removals(text):
        emit_plain(last, start)
        emit(rep, start, end)
        if reason not in ("entity", "repair"):
            removed.append(Removed(start, end, reason))
        last = end
    emit_plain(last, len(text))
    cleaned = Cleaned(text, "".join(parts), segments, removed)
    cleaned._starts = [s[0] for s in segments]
    return cleaned


def paragraphs(cleaned_text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines of the cleaned text; each line is a paragraph.

    News and classroom texts put one paragraph per line; a blank line is just a wider gap.
    """
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", cleaned_text):
        s, e = m.start(), m.end()
        seg = m.group()
        ls = len(seg) - len(seg.lstrip())
        rs = len(seg) - len(seg.rstrip())
        if e - rs > s + ls:
            spans.append((s + ls, e - rs))
    return spans
