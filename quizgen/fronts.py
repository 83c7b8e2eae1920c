"""Fronts: what stands before a sentence's core clause, stripped or kept as scope.

Split out of :mod:`quizgen.simplify` so that the clause builder reads an already
cleaned core. Here a sentence loses its dateline, list number, leading discourse
markers ("However,") and fronted adverbials or subordinate clauses ("Last month,",
"Although ..."), with a fronted time phrase kept so questions can mention it; inserted
attributions (", the ministry said on Monday,") and subject inserts are dropped from
the core. :func:`_front_of` does this once per sentence and memoises it for the clause
builder and the gap-fill template alike (:func:`forget_fronts` clears the memo);
:func:`scoped_front`, :func:`conditional_front` and :func:`dated_front` say whether the
stripped front limits, conditions or dates what the core claims.

As the lowest layer of the clause maker it also holds the few token tests and word
lists the later layers share (:func:`_is_finite_verb`, :func:`_has_finite_verb`,
:func:`_until_comma`, :func:`_is_person_noun`, ``SAY_VERBS``, ``OPINION_VERBS``,
``TIME_UNITS``), so that none of them has to import :mod:`quizgen.simplify`.
"""

from __future__ import annotations

import operator
import re

from quizgen.answers import MONTH_FORMS
from quizgen.text.document import Sentence, Token
from quizgen.text.lexicon import is_english_word, lexname
from quizgen.text.tokenize import STATE_ABBREVIATIONS

DISCOURSE_MARKERS = {
    "however", "but", "and", "so", "meanwhile", "also", "still", "yet", "instead", "indeed", "moreover",
    "furthermore", "nevertheless", "nonetheless", "therefore", "thus", "besides", "now", "today", "then",
    "finally", "meanwhile", "similarly", "additionally", "consequently", "overall", "unfortunately",
    "fortunately", "surprisingly", "interestingly", "importantly", "nowadays", "of course", "in fact", "in addition",
    "for example", "for instance", "as a result", "in the end", "at first", "in contrast", "on the other hand",
    "for one thing", "for another", "in closing", "in conclusion", "in short", "in summary", "after all", "above all",
    "in brief", "in sum",  # review round 48: "In brief, Berman played himself"
    "by contrast", "by comparison", "in comparison",  # round 71: "By contrast, the new method ... has performed well" stated as a fact of its own
    "hence",  # round 79: "Hence P is the increase in value of the stream"
    "in the meantime", "in the first place", "in the second place", "in the third place", "on the contrary",  # rounds 74-75: "In the second place, a large number of writers ..."
    "among other things",  # round 94: "Among other things, Beijing does not worry that ..."
}
# markers that are prepositions too: "Besides the editors there were ...", a front, not "Besides,"
_MARKERS_BEFORE_A_COMMA = frozenset({"besides"})
SAY_VERBS = {"say", "tell", "announce", "report", "add", "state", "explain", "note", "write", "confirm", "find", "show", "reveal", "discover", "conclude", "acknowledge", "admit", "realise", "realize", "know", "learn", "notice", "recall", "remember"}
# Verbs of opinion or speculation: what follows them is not a fact of the article.
OPINION_VERBS = {"appear", "seem", "claim", "argue", "believe", "think", "warn", "suggest", "fear", "hope", "predict", "insist", "deny", "doubt", "allege", "speculate", "expect", "guess", "imagine", "suppose", "wonder",
                 "reckon", "contend"}  # "Mr. Anderson reckons a 100% stock portfolio, indexed to the market, would have ..." (review round 66)
_LEMMA = operator.attrgetter("lemma")


def _is_finite_verb(t: Token) -> bool:
    return t.pos in {"VBD", "VBZ", "VBP", "MD"}


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_POS = operator.attrgetter("pos")


def _has_finite_verb(tokens: list[Token]) -> bool:
    """``any(_is_finite_verb(t) for t in tokens)`` with the loop in C: asked of every part of
    every sentence the clause maker looks at."""
    return not _FINITE_TAGS.isdisjoint(map(_POS, tokens))


_LEADING_SUBORDINATORS = {"while", "although", "though", "when", "after", "before", "because", "as", "if", "since", "whereas", "once", "unless", "until"}


# what the first word of a match of DISCOURSE_MARKERS can be: a marker's first words ("on",
# "on the", ..., a token may hold a space)
_MARKER_STARTS = frozenset(" ".join(m.split(" ")[:k]) for m in DISCOURSE_MARKERS for k in range(1, len(m.split(" ")) + 1))


def _dateline_end(tokens: list[Token], texts: list[str]) -> int:
    """Where a news dateline ends: "Boston, June 16 -- A wave of ...", "Dallas, Tex., May 1 --
    (AP) -- Kenny Lane ..."; 0 when the sentence has none. The place and date say where the
    story was filed, not what the sentence claims; left in, a gap-fill blanked the date
    ("Boston, _____ -- A wave of public resentment ...") and no clause had a subject."""
    if not tokens or tokens[0].pos != "NNP" or _DASHES.isdisjoint(texts[1:9]):
        return 0  # (both kinds have a dash among the next eight words)
    k = next((j for j in range(1, 4) if j < len(tokens) and tokens[j].text in _DASHES), None)
    if k is not None and all(t.pos == "NNP" or t.text == "," and j > 0 for j, t in enumerate(tokens[:k])) and k + 1 < len(tokens) and tokens[k + 1].pos in {"DT", "NNP", "PRP"} and tokens[k + 1].text[:1].isupper():
        return k + 1  # "Fort Lauderdale -- The first in a series ...", "Austin, Texas -- State representatives ...", "Geneva, Switzerland - Syria's main opposition group ...": a dateline without its date (review rounds 43, 48, 95)
    k = next((j for j in range(3, min(len(tokens), 9)) if tokens[j].text == "--"), None)
    if k is None or not tokens[k - 1].text.isdigit() or tokens[k - 2].text.rstrip(".") not in MONTH_FORMS:
        return 0
    if not all(t.pos == "NNP" or t.text == "," for t in tokens[: k - 2]):
        return 0
    end = k + 1
    if [t.text for t in tokens[end : end + 4]][:1] == ["("] and len(tokens) > end + 3 and tokens[end + 2].text == ")" and tokens[end + 3].text == "--":
        end += 4  # "-- (AP) --"
    return end


def _relative_time_front(tokens: list[Token]) -> int:
    """Where a leading "Two days later" or "A week earlier" without its comma ends (0 if
    none): it says when only from the sentence before ("Two days later Mr. Rayburn left
    Washington for the last time"; review round 40), so it goes, as a time front does."""
    if len(tokens) < 5 or not (tokens[0].pos == "CD" or tokens[0].text.lower() in {"a", "an", "some", "several", "many"}):
        return 0
    if tokens[1].lemma not in TIME_UNITS or tokens[2].text.lower() not in {"later", "earlier", "ago", "afterwards", "afterward"}:
        return 0
    return 3 if tokens[3].text != "," else 4


def _strip_front(tokens: list[Token], texts: list[str]) -> tuple[int, list[Token], list[Token]]:
    """Index where the core clause starts, the stripped tokens, and a fronted time phrase
    (``texts``: the tokens' words)."""
    i = _dateline_end(tokens, texts)
    n = len(tokens)
    stripped: list[Token] = tokens[:i]  # (a slice: a new list)
    time: list[Token] = []
    if i == 0:
        i = _relative_time_front(tokens)
        stripped, time = tokens[:i], tokens[: min(i, 3)]  # the time without its comma (slices: new lists)
    while i < n:
        # one-word or multiword discourse marker, optionally followed by a comma; only the
        # next four words are ever compared, so only they are lower-cased (a step or two
        # per sentence, not the whole sentence)
        matched = False
        low = texts[i].lower()
        if low in _MARKER_STARTS:  # else no marker can match here (most sentences)
            lows = [w.lower() for w in texts[i : i + 4]]
            for span in (4, 3, 2, 1):
                words = " ".join(lows[:span])
                if words in DISCOURSE_MARKERS and i + span <= n:
                    j = i + span
                    if words in _MARKERS_BEFORE_A_COMMA and (j >= n or tokens[j].text != ","):
                        break
                    if j < n and tokens[j].text == ",":
                        j += 1
                    stripped.extend(tokens[i:j])
                    i = j
                    matched = True
                    break
        if matched:
            continue
        # a lone leading adverb: "Eventually he was arrested", "Now the town ..."
        if tokens[i].pos == "RB" and i + 1 < n and tokens[i + 1].pos in {"NNP", "NNPS", "DT", "PRP", "NN", "NNS", "PRP$"} and low not in {"not", "never", "only", "even", "just", "almost", "nearly"} and not _noun_not_adverb(tokens[i].text):
            stripped.append(tokens[i])
            i += 1
            continue
        # a leading subordinate clause: "While he will become a director, the club ..."
        if low in _LEADING_SUBORDINATORS:
            j = i + 1
            while j < n and tokens[j].text != "," and j - i <= 25:
                j += 1
            if j == i + 1:  # "If, for example, a woman is walking ..., a store ...": the clause was interrupted
                j = next((m for m in range(j + 1, min(n, i + 40)) if tokens[m].text == "," and _has_finite_verb(tokens[i + 1 : m])), n)
            if j < n and tokens[j].text == "," and j + 1 < n and tokens[j - 1].lemma != "be":  # "As the number was, according to X, 259,": interrupted
                stripped.extend(tokens[i : j + 1])
                i = j + 1
                continue
        # a leading adverbial up to the first comma (at most 15 words on), with no finite verb in it
        j = _comma_at(texts, i, min(n, i + 16))
        if j > i:
            seg = tokens[i:j]
            first_tag = seg[0].pos
            first_low = seg[0].text.lower()
            # "Seven Founders -- George Washington,": a subject; "According to Ofcom (the Office
            # of Communications)," is a front all the same
            seg_texts = texts[i:j]
            no_verb = _FINITE_TAGS.isdisjoint(map(_POS, seg)) and "--" not in seg_texts and ("(" not in seg_texts or first_tag in {"IN", "VBG"} and ")" in seg_texts)
            opens_adverbial = first_tag in {"IN", "RB", "JJ", "CD", "DT", "VBG", "VBN", "TO"} or first_low in {"last", "next", "this", "earlier", "later", "in", "on", "during", "after", "before"} or len(seg) == 1 and i == 0 and (_adverb_not_name(seg[0]) or first_low in _WEEKDAY_WORDS)  # "Wednesday, Mr. Belli's staff ..." (review round 69)
            often = first_low in {"each", "every"} and len(seg) > 1 and seg[1].lemma in TIME_UNITS  # "Each day at this time of year,"
            if not (no_verb and opens_adverbial and not (first_tag == "DT" and (first_low not in {"this", "last", "next"} or len(seg) == 1) and not often)):  # "This, in turn, brought": a subject (review round 48)
                break  # no front (the checks below only ever refuse one)
            if first_tag == "JJ" and all(t.chunk in {"B-NP", "I-NP"} for t in seg) and seg[-1].pos in {"NN", "NNS"} and not _is_time_phrase(seg) and any(t.text.lower() in {"and", "or"} for t in tokens[j + 1 : j + 6]):
                break  # "Test-preparation booklets, software and worksheets are": the first of a list, not "Last year," (review round 28)
            if j + 1 < n and tokens[j + 1].text.lower() in {"and", "or"} and first_tag in {"CD", "DT", "JJ"}:
                break  # "Two Air Force facilities near Sacramento, and Travis Air Force Base, ... were designated": a list's first member (review round 67)
            if first_low in {"about", "some", "nearly", "almost", "around", "roughly", "approximately", "over"} and len(seg) > 2 and seg[1].pos == "CD" and seg[-1].pos in {"NNS", "NNPS"} and not _is_time_phrase(seg):
                break  # "About 9,800 technical workers, notably chemists and lawyers, were switched": the subject, not a front (review round 66)
            if seg[-1].pos == "NNP" and any(t.text == "&" for t in tokens[j + 1 : j + 4]):
                break  # "Even Sears, Roebuck & Co. is getting into the act": one company's name (review round 59)
            if _ends_in_a_subject_name(seg):
                break  # "Earlier this month Edward R. Murrow, director of ..., came": the name is the subject, not part of the time (review round 76)
            if _is_time_phrase(seg):
                time = seg
            if j + 2 < n and tokens[j + 2].text == "," and (tokens[j + 1].text in STATE_ABBREVIATIONS or len(tokens[j + 1].text) == 4 and tokens[j + 1].text[1::2] == ".." and tokens[j + 1].text[::2].isupper()):
                j += 2  # "In Myrtle Beach, S.C., the damaged resort offers ...": the state goes with its town (review round 67)
            elif j + 2 < n and tokens[j + 2].text == "," and _YEAR_TOKEN.fullmatch(tokens[j + 1].text) and (seg[-1].pos == "CD" or seg[-1].text.rstrip(".") in MONTH_FORMS):
                j += 2  # "On November 4, 1952, an earthquake occurred", "In March, 1931, 22 out of 28 ...": the year goes with its date (review rounds 72, 74)
                if time:
                    time = list(tokens[i:j])
            elif j + 2 < n and _YEAR_TOKEN.fullmatch(tokens[j + 1].text) and seg[-1].pos == "CD" and any(t.text.rstrip(".") in MONTH_FORMS for t in seg):
                # "On June 14, 1900 the Manchester Journal reported": the year, with no comma after it, still goes with its date (review round 78)
                if time:
                    time = list(tokens[i : j + 2])
                stripped.extend(tokens[i : j + 2])
                i = j + 2
                continue
            elif first_low in {"like", "unlike"} and _appositive_after(tokens, j):
                j = _appositive_after(tokens, j)  # "Like quinoa, the Andean grain, teff's ... profile offers": the grain is quinoa (corpus report, 2026-12-07)
            elif first_tag in {"IN", "TO"} and seg[-1].pos in {"NNP", "NNPS", "NN", "NNS"}:
                # "with reports from stations in Alaska, Arizona and California," (review round 72), "to cut
                # off supplies of powder, ball, and thread for fishing nets," (round 74): one front, with its list
                j = _list_end(tokens, j)
            stripped.extend(tokens[i : j + 1])
            i = j + 1
            continue
        break
    return i, stripped, time


_YEAR_TOKEN = re.compile(r"1[0-9]{3}|20[0-9]{2}")


def _comma_at(texts: list[str], i: int, end: int) -> int:
    """The first comma in ``texts[i:end]``, or -1 (a search in C, not word by word; tested
    before it is looked for, since a raised ValueError costs more than both searches)."""
    seg = texts[i:end]
    return i + seg.index(",") if "," in seg else -1


def _appositive_after(tokens: list[Token], j: int) -> int:
    """Where a short description after the comma at ``j`` ends, at its own comma ("Like
    quinoa, | the Andean grain,"), or 0 when none follows: a determiner, then up to five
    adjectives and nouns, no verb."""
    k = j + 1
    if k >= len(tokens) or tokens[k].pos != "DT":
        return 0
    m = k + 1
    while m < len(tokens) and m - k <= 5 and tokens[m].pos in {"JJ", "NN", "NNS", "NNP", "NNPS", "VBN"}:
        m += 1
    return m if m > k + 1 and m < len(tokens) and tokens[m].text == "," else 0


def _ends_in_a_subject_name(seg: list[Token]) -> bool:
    """A time phrase run into a name with no preposition between ("Earlier this month
    Edward R. Murrow"): the name starts the clause. "In Paris", "of the Fed", "Mr. Smith's"
    keep theirs."""
    k = len(seg)
    while k > 0 and seg[k - 1].pos in {"NNP", "NNPS"}:
        k -= 1
    return 1 < k < len(seg) and seg[k - 1].lemma in TIME_UNITS | {"ago", "later", "earlier", "today", "yesterday", "recently"}


def _list_end(tokens: list[Token], j: int) -> int:
    """The comma that ends a list begun before the comma at ``j`` ("Alaska, | Arizona and
    California,", "powder, | ball, and thread for fishing nets,"), or ``j`` when no such list
    goes on after it: nouns and commas, an "and", a short noun phrase and a comma."""
    k, joined = j + 1, False
    while k < len(tokens) and k - j <= 10:
        t = tokens[k]
        if t.text == "," and joined:
            return k
        if t.text.lower() in {"and", "or"} and not joined:
            joined = True
        elif not (t.pos in _LIST_TAGS or t.text == "," or joined and t.pos in {"DT", "JJ", "IN", "VBG"}):
            return j
        k += 1
    return j


_LIST_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS"})


def _adverb_not_name(t: Token) -> bool:
    """"Overnight, for one thing, Porter's film multiplied ...": a sentence-initial adverb the
    tagger read as a name (its capital), which had become the subject (review round 40)."""
    low = t.text.lower()
    return t.pos == "NNP" and lexname(low, "r") is not None and lexname(low, "n") in {None, "noun.time"}


def _noun_not_adverb(word: str) -> bool:
    """A noun WordNet never uses as an adverb, which the tagger read as one at the start of a
    sentence: "Family/RB loyalties have been unbroken" is no "Eventually, loyalties ..."
    (review round 26). "Now", "Home" and "Today" are adverbs too, and stay fronted. A word
    that is no English word at all is a name: "Lilly/RB shares closed at $62.25" (review round 57)."""
    low = word.lower()
    return lexname(low, "r") is None and (lexname(low, "n") is not None or not is_english_word(low))


_WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"})
_TIME_WORDS = {"year", "month", "week", "day", "decade", "century", "morning", "evening", "night", "weekend", "summer", "winter", "spring", "autumn", "fall", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "ago"}


_TIME_PHRASE_WORDS = frozenset({"following", "previous", "last", "next", "this", "in", "on", "at", "early", "late", "earlier", "later", "the", "a", "few", "two", "three", "several", "of", "during", "fiscal", "school", "academic", "calendar", "since", "until", "through", "by",
                                "local", "time"})  # "Late Wednesday local time," (review round 90)


def _is_time_phrase(seg: list[Token]) -> bool:
    """A short phrase that only says when ("Last month", "In 2019", "On Tuesday")."""
    if not 1 <= len(seg) <= 5:
        return False
    has_time = False
    for t in seg:  # one pass: a time word (or year) somewhere, and every other word one a time phrase may hold
        w = t.text.lower()
        if w in _TIME_WORDS or (w.isdigit() and len(w) == 4):
            has_time = True
        elif not (w.isdigit() or w in _TIME_PHRASE_WORDS):
            # "During fiscal year 1959" is when six courses were given (and in 1960 seven): a
            # question that drops it has two answers (review round 22)
            return False
    return has_time


_CLOSING_QUOTES = frozenset({'"', "''", "\u201d"})


def _drop_attribution_inserts(tokens: list[Token], texts: list[str]) -> tuple[list[Token], list[str]]:
    """Remove ", NP said (on Monday)," inserted mid-sentence, and a trailing ", NP said." or
    ", said NP." (inverted). ``texts`` are the tokens' words, a list of its own: it is kept in
    step with what is removed (so that commas are found in C) and returned with the tokens."""
    if SAY_VERBS.isdisjoint(map(_LEMMA, tokens)) or not any(t.lemma in SAY_VERBS and t.pos.startswith("VB") for t in tokens):
        return tokens, texts  # both cuts below need a say-verb tagged a verb: most sentences have none (the caller's slice, uncopied)
    out = list(tokens)
    for k in reversed([k for k, w in enumerate(texts) if w == "," and 0 < k < len(out) - 1]):  # the commas, from the last
        v = k + 2 if out[k + 1].text in _CLOSING_QUOTES and k + 2 < len(out) else k + 1  # 'a great buying opportunity," said Charles I. Clough, ...' (review round 69)
        if out[v].lemma in SAY_VERBS and out[v].pos.startswith("VB") and v + 1 < len(out) and out[v + 1].pos in {"NNP", "DT", "PRP", "NN"} and _names_speaker(out[v + 1 :]):
            out = out[:k] + out[k + 1 : v] + [t for t in out[-1:] if t.text in {".", "!"}]
            texts = [t.text for t in out]
            break
    i = 0
    while True:
        try:
            i = texts.index(",", i)  # the next comma (what lies between is never looked at)
        except ValueError:
            break
        # find next comma or end
        j = i + 1
        while j < len(out) and texts[j] not in {",", ".", "?", "!", ";"}:
            j += 1
        seg = out[i + 1 : j]
        has_say = any(t.lemma in SAY_VERBS and t.pos.startswith("VB") for t in seg)
        if seg and has_say and len(seg) <= 12 and seg[0].pos not in {"IN", "WDT", "WP", "CC"}:
            # the say-verb must come after a noun phrase (not "said to be")
            vi = next(k for k, t in enumerate(seg) if t.lemma in SAY_VERBS and t.pos.startswith("VB"))
            if vi >= 1 and all(not _is_finite_verb(t) for t in seg[:vi]) and (vi + 1 == len(seg) or seg[vi + 1].pos in {"IN", "NNP", "RB", "NN"}):
                end = j + 1 if j < len(out) and out[j].text == "," else j
                if end == j + 1 and end < len(out) and (out[end].pos == "VBG" or out[end].text.lower() in {"which", "and", "but", "while", "although", "though"}):
                    end = j  # "in recent months, Ms. Negus said, reflecting the high yields": the comma before the participle stays (review round 66)
                del out[i:end]
                del texts[i:end]
                continue
        i += 1
    return out, texts


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _drop_subject_insert(tokens: list[Token], texts: list[str]) -> list[Token]:
    """Remove a dash pair between the subject and its verb: "The Internet
    Corporation for Assigned Names and Numbers - a US-based non-profit organization that
    plays a key role in cyberspace governance - has received ...", "A number of countries --
    including the UK, the US and Russia -- opposed ...". An appositive or an aside, which
    Heilman & Smith's simplification removes; left in, the subject held punctuation and a
    verb of its own, and the sentence gave no clause."""
    if _DASHES.isdisjoint(texts):
        return tokens  # no dash, no insert (most sentences)
    n = len(tokens)
    for i, t in enumerate(tokens):
        if _is_finite_verb(t) or t.text in {",", ";"}:
            return tokens  # the subject ended before any insert
        if i == 0 or not (t.text in _DASHES and t.start > tokens[i - 1].end):
            continue
        j = next((k for k in range(i + 1, min(n, i + 26)) if tokens[k].text == t.text), None)
        if j is None or j + 1 >= n:
            return tokens
        after = tokens[j + 1]
        # a past tense after the insert is often tagged a participle ("-- opposed/VBN Bolivia's demands")
        if (after.pos in {"VBD", "VBZ", "VBP", "MD", "VBN"} or after.pos == "RB" and j + 2 < n and tokens[j + 2].pos in {"VBD", "VBZ", "VBP", "MD", "VBN"}) and tokens[i - 1].pos in {"NN", "NNS", "NNP", "NNPS", ")", "CD"}:
            return tokens[:i] + tokens[j + 1 :]
        return tokens
    return tokens


def _names_speaker(after: list[Token]) -> bool:
    """", said the minister.", ", wrote Sturley": the words after an inverted say-verb name
    who spoke; ", wrote the most dazzling success story in our history" is the verb's object."""
    np = []
    for t in after:
        if t.pos in {"IN", ",", "."} or t.text in {",", ".", "!"}:
            break
        np.append(t)
    if any(_is_finite_verb(t) for t in np):
        return False  # ", said it had yet to receive a revised proposal": what was said, not who (review round 66)
    head = next((t for t in reversed(np) if t.pos.startswith("NN") or t.pos == "PRP"), None)
    return head is not None and (head.pos in {"NNP", "NNPS", "PRP"} or _is_person_noun(head))


def _until_comma(tokens: list[Token], i: int, *, stop_at_and: bool = False) -> list[Token]:
    out = []
    for t in tokens[i:]:
        if t.text in {",", ";", ":", "--"}:
            break
        if stop_at_and and t.text.lower() in {"and", "but"}:
            k = tokens.index(t)
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is None or after.pos == "RB" or after.pos.startswith("VB"):
                break  # "... and later made": a second verb phrase, not part of this one
        out.append(t)
    return out


_CONDITIONS = {"if", "unless"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "generation"}


_BACK_POINTING_FRONTS = (("previously", ","), ("formerly", ","), ("otherwise", ","), ("from", "there", "on"), ("from", "then", "on"), ("after", "that"), ("by", "then"), ("until", "then"), ("since", "then"), ("before", "that"), ("at", "that", "point"), ("at", "that", "time"))


_BACK_POINTING_STARTS = frozenset(p[0] for p in _BACK_POINTING_FRONTS)  # their first words: most fronts start with none


def _points_back(fronted: list[Token]) -> bool:
    """A fronted phrase that says when or where only from the sentence before ("Otherwise,":
    if what the sentence before says is not done)."""
    if len(fronted) < 2:
        return False
    if any(t.pos == "PRP" and t.text.lower() in {"it", "them", "him", "her"} for t in fronted):
        return True  # "From it, spokes of order and degree led to ...": from what? (review round 47)
    lows = tuple(t.text.lower() for t in fronted[:3])
    return lows[0] in _BACK_POINTING_STARTS and any(lows[: len(p)] == p for p in _BACK_POINTING_FRONTS)


def _is_person_noun(t: Token) -> bool:
    return lexname(t.lemma or t.text.lower()) == "noun.person"


def _without_list_number(toks: list[Token]) -> list[Token]:
    """"1 Facebook has changed ...", "4. The tool ...": a list or section number is layout."""
    k = 1 if toks and toks[0].text.rstrip(".").isdigit() and len(toks[0].text.rstrip(".")) <= 2 else 0  # any tag: "5/NN Facebook makes news" (corpus run, round 28)
    if k and len(toks) > 2 and toks[1].text == ".":
        k = 2
    if k and len(toks) > k and toks[k].text[:1].isupper() and toks[k].pos in {"NNP", "DT", "PRP", "PRP$", "IN", "RB", "NN", "JJ"}:
        return toks[k:]
    return toks


_FRONTS: dict[int, tuple] = {}  # id(sentence) -> (sentence, tokens, fronted, time, core); see forget_fronts


def _front_of(sent: Sentence, words: list[str] | None = None) -> tuple[list[Token], list[Token], list[Token], list[Token]]:
    """The sentence's tokens (list number dropped), its stripped front and fronted time,
    and the core after the front and inserted attributions: computed once per sentence
    for the clause builder and the gap-fill template alike. ``words``: the words of all the
    sentence's tokens, when the caller has them already (the clause builder does)."""
    hit = _FRONTS.get(id(sent))
    if hit is not None and hit[0] is sent:
        return hit[1], hit[2], hit[3], hit[4]
    toks = _without_list_number(sent.tokens)  # the sentence's own list, or a tail of it: read only (a copy per sentence was ~8 MB of a 5 MB text's peak)
    # the words, which the steps below search (in C) for commas and dashes (``toks`` is a tail of the tokens)
    texts = [t.text for t in toks] if words is None else words[len(words) - len(toks) :]
    start, fronted, time = _strip_front(toks, texts)
    core = _drop_subject_insert(*_drop_attribution_inserts(toks[start:], texts[start:]))
    _FRONTS[id(sent)] = (sent, toks, fronted, time, core)
    return toks, fronted, time, core


def front_words(sent: Sentence) -> list[str]:
    """The words of the sentence's tokens as :func:`_front_of` gives them (list number
    dropped): the clause builder counts quotes and brackets in them. Made anew at each call
    (kept in the memo for every sentence of a 5 MB text they had cost ~10 MB of peak memory)."""
    hit = _FRONTS.get(id(sent))
    if hit is None or hit[0] is not sent:
        _front_of(sent)
        hit = _FRONTS[id(sent)]
    return [t.text for t in hit[1]]


def forget_fronts() -> None:
    """Drop the per-sentence memo once a document is done (it holds the sentences)."""
    _FRONTS.clear()


def dated_front(sent: Sentence) -> bool:
    """The stripped fronted time names a year ("In 1958, the Birds were 3-10 on May 1"): the
    core alone no longer says when ("Since its launch in 1994, the lottery has created ..."
    still holds without its front)."""
    time = _front_of(sent)[2]
    return any(len(t.text) == 4 and t.text.isdigit() for t in time) or relative_time(time)


RELATIVE_TIME_ENDS = frozenset({"ago", "earlier", "before"})  # not "later": "Two days later, Mr. Rayburn left Washington" holds without it


def relative_time(time: list[Token]) -> bool:
    """A fronted time counted from another one: "A year earlier, the savings bank had
    earnings of $8.1 million" is last year's figure, not this year's (review round 57)."""
    return bool(time) and time[-1].text.lower() in RELATIVE_TIME_ENDS


def scoped_front(sent: Sentence) -> bool:
    """The stripped front limits the sentence's claim to a place or a time ("In the UK, for
    example, children aged ten to 17 ... have the highest reoffending rates", in an article
    about Sweden; "Traditionally, ..."): the core alone would say it of everywhere and
    always. Other fronts ("On average,", "In total,") change nothing (see ``_scope``)."""
    _, fronted, time, _ = _front_of(sent)
    if not fronted:
        return False
    scope = {id(t) for t in _scope(fronted, time)}
    if not scope:
        return False
    if next(t for t in sent.tokens if id(t) in scope).text.lower() in _RESTRICTING_FRONTS:
        return True  # "Before the USX case, OSHA's largest fine was $4.3 million": not the largest since (review round 28)
    places = {k for e in sent.entities if e.label == "LOCATION" for k in range(e.first, e.last)}
    return any(id(t) in scope and (k in places or t.text.lower() in _SCOPE_ADVERBS or t.text.lower() in _PERIODS) for k, t in enumerate(sent.tokens))


# "For the nine months, Polaroid reported earnings of $98.5 million": a report gives the
# quarter's figure and the period's, so the period is part of the fact (review round 57)
_PERIODS = frozenset({"quarter", "quarters", "month", "months", "period", "half", "year", "years", "week", "weeks", "season", "term"})


_RESTRICTING_FRONTS = frozenset({"before", "prior", "until", "till", "excluding", "barring", "except", "apart", "aside", "besides", "unlike", "among", "compared"})


def conditional_front(sent: Sentence) -> bool:
    """The stripped front is a condition the rest holds only under: "If they are used, the
    walls should be 10 inches thick"; "Without a great acceleration in the economy, St. Louis
    will slip into second-class status" (a warning, not a prediction; review round 26).
    "Without warning, the dam burst" states a fact: only "without" before a modal counts."""
    _, fronted, _, core = _front_of(sent)
    if not fronted:
        return False  # nothing stripped (most sentences): no condition, and no "without" either
    if any(t.text.lower() in _CONDITIONS for t in fronted):
        return True
    return bool(fronted) and fronted[0].text.lower() == "without" and any(t.pos == "MD" for t in core)


def core_tokens(sent: Sentence) -> list[Token]:
    """The sentence without leading discourse markers, fronted adverbials or inserted
    attributions: the "lightly simplified" sentence a gap-fill item may use whole."""
    return list(_front_of(sent)[3])


_SCOPE_ADVERBS = {"traditionally", "originally", "previously", "formerly", "once", "historically", "initially", "usually",
                  "often", "sometimes", "generally", "typically", "normally", "rarely", "occasionally", "mostly", "mainly", "partly",
                  "globally", "worldwide", "nationally", "locally", "internationally"}  # "Globally, the average was about 3.9mbps" (an article on Cuba)
# fronted phrases that comment on the claim rather than limit it ("At least, the strategy ...
# has been inclusive"), kept out of DISCOURSE_MARKERS because "at least 20 people" is a bound
_MARKER_PHRASES = frozenset({"at least", "at last", "at first", "above all", "after all", "in short", "in any case", "in particular", "in other words", "of course"})
_NO_SCOPE = DISCOURSE_MARKERS | _MARKER_PHRASES
_NOT_SCOPE_PREPS = {"after", "before", "when", "while", "as", "because", "if", "although", "though", "since", "despite", "like", "unlike", "with", "without", "according"}


def _scope(fronted: list[Token], time: list[Token]) -> list[Token]:
    """Fronted phrases that limit what the clause claims: "In the past,", "In Britain,",
    "Traditionally,", "Each day at this time of year," (review round 35). A statement without them can say the opposite of the article
    ("In the past, the family lived in the castle"), so true/false items keep them."""
    out: list[Token] = []
    seg: list[Token] = []
    time_ids = {id(t) for t in time}
    toks = fronted + [Token(",", -1, -1, ",", ",", "O")]
    for k, t in enumerate(toks):
        if t.text != "," or seg and k + 1 < len(toks) and toks[k + 1].pos == "JJ" and seg[-1].pos in {"JJ", "NN"}:
            seg.append(t)  # "On a grey, cold Monday in February,": the comma joins two adjectives
            continue
        if seg and not any(id(u) in time_ids for u in seg) and len(seg) <= 8 and " ".join(u.text.lower() for u in seg) not in _NO_SCOPE:
            first = seg[0].text.lower()
            # "Compared to the likes of Google, Telepathy is a minnow": the comparison is the claim's scope
            often = first in {"each", "every"} and len(seg) > 1 and seg[1].lemma in TIME_UNITS  # how often: without it, "400 families collect ..." counts something else
            if ((seg[0].pos == "IN" or first == "to" and len(seg) > 1 and seg[1].pos != "VB" and not any(u.pos == "POS" for u in seg)) and (first not in _NOT_SCOPE_PREPS or first in _RESTRICTING_FRONTS) or len(seg) == 1 and first in _SCOPE_ADVERBS or first in {"compared", "excluding", "barring"} and len(seg) > 2 or first == "prior" and len(seg) > 2 or often) and not any(
                _is_finite_verb(u) or u.pos in {"PRP", "PRP$"} or u.text.lower() in DISCOURSE_MARKERS for u in seg
            ):
                out.extend(seg + [t] if t.start >= 0 else seg + [Token(",", seg[-1].end, seg[-1].end, ",", ",", "SYN")])
        seg = []
    return out


def _opinion_frame(fronted: list[Token]) -> bool:
    """"For X," / "To X," / "In X's view," before the clause: what follows is someone's opinion."""
    for k, t in enumerate(fronted):
        if (k == 0 or fronted[k - 1].text == ",") and t.text.lower() in {"for", "to"} and k + 1 < len(fronted) and fronted[k + 1].pos in {"NNP", "PRP", "NNPS"}:
            return True
        if t.text.lower() in {"view", "opinion", "eyes", "mind"} and k > 0 and fronted[k - 1].pos in {"PRP$", "POS"}:
            return True
    return False
