"""Plausible wrong numbers, years, months and weekdays.

Used for numeric distractors and for "change a number or date" false statements. A
wrong number keeps the key's form (digits or words, thousands separators, decimals,
scale words) and its magnitude, so it cannot be ruled out by its look alone.
"""

from __future__ import annotations

import functools
import re

from quizgen.answers import MONTHS, WEEKDAYS

_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_TENS_OF_COMPOUNDS = {"twenty": 20, **_TENS}  # the first half of "twenty-five" ... "ninety-nine"
_NUM = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+|(?=\.))(\.\d+)?$")  # ".07" as in "$.07"


_WORD_VALUES = {w: float(i) for i, w in enumerate(_WORDS)} | {w: float(v) for w, v in _TENS.items()}  # "zero" ... "twenty", "thirty" ... "ninety"
_UNITS = {w: i for i, w in enumerate(_WORDS[1:10], 1)}  # the second half of "twenty-five"


@functools.lru_cache(maxsize=8192)
def parse_number(text: str) -> float | None:
    """The value of a figure ("1,500", "3.7", "twenty-five"), or None.

    Memoised (a pure function of the string): the distractor checks parse the same key and
    options again and again (tens of thousands of calls over a few hundred articles)."""
    low = text.lower().replace(",", "")
    value = _WORD_VALUES.get(low)
    if value is not None:
        return value
    tens, _, unit = low.partition("-")
    if unit and tens in _TENS_OF_COMPOUNDS and unit in _UNITS:
        return float(_TENS_OF_COMPOUNDS[tens] + _UNITS[unit])  # "twenty-five"
    try:
        return float(low)
    except ValueError:
        return None


def _format_like(value: float, like: str) -> str:
    low = like.lower()
    if low in _WORDS or low in _TENS:
        iv = int(value)
        if 0 <= iv < len(_WORDS):
            word = _WORDS[iv]
        else:
            word = next((k for k, v in _TENS.items() if v == iv), str(iv))
            if word == str(iv) and 20 < iv < 100:
                tens = next((k for k, v in _TENS_OF_COMPOUNDS.items() if v == iv - iv % 10), None)
                word = f"{tens}-{_WORDS[iv % 10]}" if tens else word  # "Twenty" -> "Twenty-five", never "25" (review round 53)
        return word.capitalize() if like[:1].isupper() else word
    m = _NUM.match(like)
    decimals = len(m.group(2)) - 1 if m and m.group(2) else 0
    if decimals:
        s = f"{value:.{decimals}f}"
    else:
        s = str(int(round(value)))
    if m and ("," in m.group(1) or not decimals and value >= 1000 and len(m.group(1).lstrip("0")) <= 3):
        s = f"{int(round(value)):,}"  # "$900 million" -> "$1,100 million", not "$1100 million" (review round 59)
    if like.startswith(".") and s.startswith("0."):
        s = s[1:]  # "$.07" -> "$.05", not "$0.05"
    return s


def _round_sig(v: float, like_value: float) -> float:
    """Round to as many significant digits as the key shows: 100 -> 150, not 147, and
    3,195 -> 4,793, not 4,800 (a lone exact figure among round ones is the key)."""
    if like_value == 0:
        return v
    sig = str(int(abs(like_value))).rstrip("0") if like_value.is_integer() else str(abs(like_value)).replace(".", "").lstrip("0")
    digits = min(4, max(2, len(sig)))
    from math import floor, log10

    if v == 0:
        return v
    p = digits - 1 - int(floor(log10(abs(v))))
    return round(v, p)


def _nice_step(x: float, *, integer: bool) -> float:
    """The largest of 1, 2, 2.5 and 5 times a power of ten not above ``x`` (whole for whole keys)."""
    from math import floor, log10

    base = 10.0 ** floor(log10(x))
    for m in (5, 2.5, 2, 1):
        step = m * base
        if step <= x and (not integer or step >= 1 and float(step).is_integer()):
            return step
    return 1.0 if integer else base


def _round_like(value: float, step: float) -> float:
    """A step that keeps the key's roundness: a speed limit of 110 among 135, 160 and 185 (a
    step of 25) stood out as the one round figure, and so did 24 or 48 hours among 19, 14 and
    9 or 58, 68 and 78, where 12, 36 and 72 are the natural neighbours (review round 88). A
    multiple of ten gets multiples of ten, of a hundred multiples of a hundred; a small
    multiple of twelve steps by twelve."""
    if not value.is_integer() or value < 20:
        return step
    if value % 10 == 0:
        unit = 10.0  # the largest power of ten the key is a multiple of: 100 among 120, 140 and 160 stood out too (review round 92)
        while value % (unit * 10) == 0:
            unit *= 10
        return step if step % unit == 0 else unit * max(1, round(step / unit))
    if value % 12 == 0 and value % 10 != 0 and value <= 144:
        return 12.0
    return step


def one_before_singular(value: float | None, next_text: str, next_pos: str) -> bool:
    """"about 1 minute of arc": only one fits a singular noun, so no other number can stand
    in the slot (review round 47). "1 percent" and "1 hr" take any number."""
    return value == 1 and next_pos == "NN" and next_text.isalpha() and next_text.islower() and next_text not in _TAKES_ANY_NUMBER


# "1 percent", "1 hr": no plural form after a number, so any number fits
_TAKES_ANY_NUMBER = frozenset({"percent", "per", "cent", "hr", "min", "sec", "cm", "mm", "km", "kg", "mg", "ml", "lb", "ft", "yd", "mi", "oz", "mph", "kph", "gm", "cc", "am", "pm"})


def coordinate_limit(words_after: list[str]) -> float | None:
    """The largest value a figure can have when degrees of latitude (90) or longitude (180)
    follow it: "51 degrees North latitude and 183 degrees East longitude" is no place on
    Earth (review round 72)."""
    low = [w.lower() for w in words_after[:4]]
    if not low or low[0] not in {"degrees", "degree", "deg", "deg."}:
        return None
    if "latitude" in low:
        return 90.0
    return 180.0 if "longitude" in low else None


def nearby_numbers(text: str, *, limit: int = 6, percent: bool = False, year: bool = True) -> list[str]:
    """Wrong numbers of the same form and magnitude as ``text``, nearest-looking first.

    ``year=False`` when the number is known to be no year (an amount: "$1500" had been
    given $1499, $1498 and $1495 beside it; review round 42).

    A fresh list each call; the work is memoised in :func:`_nearby_numbers` (a pure
    function of its arguments): a document's key figures are asked about by several
    templates, and its false statements perturb the same figures again."""
    return list(_nearby_numbers(text, limit, percent, year))


@functools.lru_cache(maxsize=4096)
def _nearby_numbers(text: str, limit: int, percent: bool, year: bool) -> tuple[str, ...]:
    value = parse_number(text)
    if value is None:
        return ()
    if year and _YEAR.fullmatch(text):
        return tuple(nearby_years(text, limit=limit))
    out: list[str] = []
    if value.is_integer() and value < 13 and text.lower() in _WORDS:
        cands = [value + d for d in (1, -1, 2, 3, -2, 4)]
    elif value.is_integer() and value < 20 and value % 5 == 0 and not text.startswith("0"):
        cands = [value + d for d in (5, -5, 10, 15, 20)]  # 15% among 17%, 18%, 19% stands out as the round one (review round 29)
    elif value.is_integer() and value < 20:
        cands = [value + d for d in (2, -2, 4, 3, -3, 6)]
    else:
        # an even grid around the key: 204 -> 154, 254, 104, 304, ... The multiples this
        # replaced (51, 102, 153 beside 204) made the key the number the others were built
        # from, a cue two reviewers pointed out
        step = _round_like(value, _nice_step(value / 4, integer=value.is_integer()))
        cands = [value + d * step for d in ((1, -1, 2, -2, 3, -3) if value.is_integer() else (1, -1, 2, -2, 3, -3, 4, -4, 5))]
        if step >= value:
            cands.append(value / 2)  # 100: 200, 300, 400 and 50 (nothing below it is as round)
    for c in cands:
        if c <= 0 or c == value or (percent and c >= 100):
            continue
        if c == 1 and value > 1:
            continue  # "_____ of the victims were found": "One" does not agree, so grammar rules it out (review round 88)
        s = _format_like(c, text)
        if not s.strip("0.,"):
            continue  # "rose 0.0%" beside "rose 0.2%": a value that rounds to nothing (review round 59)
        if text[:1].isalpha() and any(ch.isdigit() for ch in s):
            continue  # "Twenty" beside "110": a key in words keeps distractors in words
        if "." in s and s.split(".")[1].strip("0") == "" and "." in text and text.split(".")[-1].strip("0") != "":
            continue  # "10.0 cents", "5.0 cents" beside "12.5 cents": no writer adds ".0" (review round 66)
        if s != text and s not in out:
            out.append(s)
        if len(out) >= limit:
            break
    return tuple(out)


_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")  # fullmatch: a year's form


def nearby_years(text: str, *, limit: int = 6) -> list[str]:
    """Other years, nearest first; round ones for a round year, which would stand out among
    near ones: "poems written before 1900" beside 1899, 1903 and 1895 (review round 42)."""
    y = int(text)
    out = []
    steps = (-1, 1, -2, 2, -5, 5, -10, 10, 3, -3)
    if y % 10 == 0:
        steps = (-10, 10, -20, 20, -5, 5)
    for d in steps:
        c = y + d
        if c <= 2100:
            out.append(str(c))
    return out[:limit]


def nearby_months(name: str, *, limit: int = 6) -> list[str]:
    i = MONTHS.index(name)
    return [MONTHS[(i + d) % 12] for d in (-2, 2, -4, 4, 3, -3)][:limit]


def other_weekdays(name: str, *, limit: int = 6) -> list[str]:
    """Nearby days; for a working day only working days ("the drop of last Saturday" is no
    day a stock market falls; review round 68)."""
    i = WEEKDAYS.index(name)
    days = [WEEKDAYS[(i + d) % 7] for d in (1, -1, 2, -2, 3, -3)]
    if i < 5:
        days = [d for d in days if WEEKDAYS.index(d) < 5]
    return days[:limit]


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _day_beside(words: list[str], i: int) -> int:
    """The day of the month written next to the month at ``i`` ("March 31", "31st March"), or 0."""
    for j in (i + 1, i - 1):
        if 0 <= j < len(words):
            m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?,?", words[j])
            if m and 1 <= int(m.group(1)) <= 31:
                return int(m.group(1))
    return 0


def perturb_date_tokens(words: list[str]) -> list[list[str]]:
    """Wrong versions of a date phrase: change its month, weekday or year (one at a time)."""
    out: list[list[str]] = []
    for i, w in enumerate(words):
        alts: list[str] = []
        if w in MONTHS:
            day = _day_beside(words, i)
            alts = [m for m in nearby_months(w) if _MONTH_DAYS[MONTHS.index(m)] >= day]  # never "November 31"
        elif w in WEEKDAYS:
            alts = other_weekdays(w)
        elif _YEAR.fullmatch(w):
            alts = nearby_years(w)
        for a in alts:
            out.append(words[:i] + [a] + words[i + 1 :])
        if alts:
            break
    return out


LOWER_BOUNDS = ("more than", "over", "at least", "above", "in excess of", "upwards of")
UPPER_BOUNDS = ("less than", "fewer than", "under", "up to", "at most", "below", "within", "no more than", "not more than", "as many as", "as much as")


def number_bound(words_before: str) -> int:
    """+1 when the words before a number make it a lower bound ("more than 80%"), -1 an
    upper bound ("up to £22,000"), else 0. A changed number on the wrong side of a bound
    keeps the statement true: if more than 80% do, more than 40% do as well."""
    low = words_before.lower().strip()
    if low.endswith(UPPER_BOUNDS):  # first: "no more than" ends in "more than" (and "within 48 hours": within 60 too; review round 99)
        return -1
    if low.endswith(LOWER_BOUNDS):
        return 1
    return 0


_PREPOSITION_BOUNDS = ("over", "under", "above", "below", "in excess of", "upwards of")


CURRENCY_SIGNS = ("$", "£", "€", "¥")

# Words of a change of level, for the distractors and false statements that must keep a
# change's direction ("fell from $405m to _____": below 405; "rose 14% to $715 million
# from ...": from below 715). Verbs by lemma, and the nouns and adverbs that say the same.
FALL_WORDS = frozenset({"fall", "drop", "decline", "decrease", "shrink", "slump", "plunge", "sink", "slide", "slip", "dip", "tumble", "ease",
                        "cut", "reduce", "lower"})
RISE_WORDS = frozenset({"rise", "increase", "gain", "jump", "climb", "growth", "grow", "surge", "up", "advance", "soar", "expand"})


def bound_restricts(before: list[tuple[str, str]], after: str) -> bool:
    """The bound before a number picks out what a noun is about ("flat payments over $50",
    "payments of more than $50") instead of counting it ("more than 5,000 of the people").
    ``before`` holds the (word, tag) pairs before the number (a currency sign is skipped);
    ``after`` is the word after it. In a subject such a bound turns round which side stays
    false: if payments over $50 cost more, payments over $60 do too (review round 22)."""
    before = [(w, tag) for w, tag in before if w not in CURRENCY_SIGNS]
    words = [w.lower() for w, _ in before]
    for phrase in LOWER_BOUNDS + UPPER_BOUNDS:
        parts = phrase.split()
        n = len(parts)
        if words[-n:] != parts:
            continue
        if len(before) <= n or after.lower() == "of":
            return False
        head, tag = before[-n - 1]
        return head.lower() == "of" or tag in {"NN", "NNS"} and phrase in _PREPOSITION_BOUNDS
    return False

