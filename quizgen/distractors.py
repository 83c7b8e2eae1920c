"""Three wrong options per multiple-choice item, of the key's type and form.

Sources, best first (the primer's order): the article's own entities and noun phrases
of the key's type; WordNet co-hyponyms (China -> other Asian countries); numeric and
date perturbation. Every option is checked: never equal to the key, never inside it or
containing it, never a synonym, never a correct answer to the question according to
the article (the question's frame plus the distractor must not be supported by any
sentence), and all options distinct.
"""

from __future__ import annotations

import functools
import operator
import random
import re
from dataclasses import dataclass, field

from quizgen.answers import DETERMINERS, LOCATION_TYPES, MONTHS, OBSOLETE_PLACES, OFFENSIVE, WEEKDAYS, UNNAMED_LABELS, content_np, country_needs_the, demonym_in, entity_types, given_name_first, guessable_from_topic, name_group, needs_the, overlapping_kinds, place_class, position, same_person, same_referent, saying
from quizgen.numbers import FALL_WORDS, RISE_WORDS, bound_restricts, coordinate_limit, nearby_numbers, number_bound, one_before_singular, parse_number, perturb_date_tokens
from quizgen.realize import render
from quizgen.support import SupportIndex, _words_lemmas
from quizgen.templates.base import Candidate
from quizgen.templates.common import predicate_phrases
from quizgen.text.document import Document, Token
from quizgen.text.entities import gazetteer
from quizgen.text.lexicon import cohyponyms, hypernym_chain, lexname

N_DISTRACTORS = 3
_ORIGIN_QUALITY = {"article": 0.43, "wordnet": 0.26, "perturbation": 0.67}  # reviewed pass rates, see quizgen.ranking


@dataclass(slots=True)
class Pools:
    """Distractor material from one article, collected once."""

    entities: dict[str, list[str]] = field(default_factory=dict)  # answer type -> texts, article order
    nps: list[tuple[str, str, bool, int, str]] = field(default_factory=list)  # (text, head lemma, plural, n tokens, determiner class)
    # the same phrases bucketed by (plural, determiner class, head's WordNet lexname), so a
    # noun-phrase key looks at its own bucket instead of the whole article (linear, not quadratic)
    np_buckets: dict[tuple[bool, str, str | None], list[tuple[str, str, int]]] = field(default_factory=dict)
    salience: dict[str, int] = field(default_factory=dict)  # name group -> mentions (see answers.name_group)
    present_year: int | None = None  # the latest year the article reports in the past tense (see _present_year)
    titled: dict[str, set[str]] = field(default_factory=dict)  # role title -> the names (and surnames) the article puts after it
    text: str = ""  # the article's text
    speaker_surnames: list[str] | None = None  # see _surnames_used_alone; made when a surname key first needs it


def build_pools(doc: Document, clauses) -> Pools:
    pools = Pools()
    for s in doc.sentences:
        if not s.entities:
            continue
        for e, atype in zip(s.entities, entity_types(s)):
            if atype == "PERSON" and e.first > 0 and (role := s.tokens[e.first - 1].text.rstrip(".")) in _ROLE_TITLES:
                pools.titled.setdefault(role, set()).update((e.text, e.text.split()[-1]))
            if e.label not in UNNAMED_LABELS:
                g = name_group(e.text)
                pools.salience[g] = pools.salience.get(g, 0) + (3 if s.index == 0 else 1)
            lst = pools.entities.setdefault(atype, [])
            if e.text not in lst:
                lst.append(e.text)
    # a surname alone ("Kuleba") next to the full name is the same person, not a distractor
    persons = pools.entities.get("PERSON", [])
    pools.entities["PERSON"] = [p for p in persons if not any(p != q and f" {p} " in f" {q} " for q in persons)]
    pools.entities["SPEAKER"] = _speakers(doc, pools.entities["PERSON"])
    pools.text = doc.text
    pools.present_year = _present_year(doc)
    seen: set[str] = set()
    for c in clauses:
        for ph in predicate_phrases(c.rest):
            np = ph.np
            # the cheap tests first (all are pure)
            if not np or len(np) > 6 or not np[-1].pos.startswith("NN") or not content_np(np):
                continue
            if not _NOT_IN_POOL_NP.isdisjoint(map(_POS, np)):
                continue
            head = np[-1]  # the last noun, as the test above made the last token a noun
            if head.pos.startswith("NNP"):
                continue
            text = render(np)
            low = text.lower()
            if low in seen:
                continue
            seen.add(low)
            entry = (text, head.lemma, head.pos == "NNS", len(np), det_class(np))
            pools.nps.append(entry)
            pools.np_buckets.setdefault((entry[2], entry[4], lexname(head.lemma)), []).append((text, head.lemma, len(np)))
    return pools


_NOT_IN_POOL_NP = frozenset({"PRP", "PRP$", "VB", "VBD", "VBZ", "VBP", "CC", "POS"})  # tags of a phrase that is no plain noun phrase


def _speakers(doc: Document, persons: list[str]) -> list[str]:
    """The article's people who speak ("says Richard Lewis", "Lynch said"), by their
    fullest name, in article order: the distractors of a who-said question come from
    them first. A quoted person is surely a person; the NER's other "people" may be
    brands or places ("Bosch", "Tombaugh Regio")."""
    out: list[str] = []
    for s in doc.sentences:
        toks = s.tokens
        for e in s.entities:
            if e.label != "PERSON":
                continue
            before = toks[e.first - 1] if e.first > 0 else None
            after = toks[e.last] if e.last < len(toks) else None
            if any(t is not None and saying(t) for t in (before, after)):
                full = next((p for p in persons if p == e.text or p.lower().endswith(" " + e.text.lower())), e.text)
                if full not in out and (" " in full or given_name_first(full)):  # "Pedego says ...": a firm speaks too
                    out.append(full)
    return out


def _surnames_used_alone(text: str, speakers: list[str]) -> list[str]:
    """The speakers by the word the article calls them by alone: the surname ("Wells" of
    "Philip Wells"), or the first word when only it stands alone ("Chen says" of "Chen Yixin":
    a Chinese name puts the family name first, and a who-said question had offered the given
    name "Yixin" beside "Baumgartner" and "Flores"; review round 97)."""
    out: list[str] = []
    for name in speakers:
        short = _surname(name)
        if short is None:
            continue
        first = name.split()[0]
        if not _alone(short, text, speakers) and first != short and first.isalpha() and _alone(first, text, speakers):
            short = first
        if short not in out:
            out.append(short)
    return out


def _alone(word: str, text: str, speakers: list[str]) -> bool:
    """``word`` stands in ``text`` more often than inside the speakers' full names that hold it
    (each found by a literal search: an alternation of names had scanned the text slowly)."""
    n = 0
    for m in re.finditer(re.escape(word), text):
        a, b = m.start(), m.end()
        if (a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b].isalnum()):
            n += 1
    return n > sum(text.count(name) for name in speakers if name != word and f" {word} " in f" {name} ")  # ("de Klerk" in "FW de Klerk" too)


def _surname(name: str) -> str | None:
    """"Paul Edmondson" -> "Edmondson", "FW de Klerk" -> "de Klerk"; None for "Martin Luther King Jr."."""
    words = name.split()
    if words[-1].rstrip(".") in {"Jr", "Sr", "II", "III"}:
        return None
    if len(words) >= 2 and words[-2].lower() in _PARTICLES:
        return " ".join(words[-2:])  # "de Klerk", "van Gogh"
    return words[-1]


_PARTICLES = frozenset({"de", "van", "von", "der", "den", "al", "el", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn"})


def det_class(np) -> str:
    """'def', 'indef', 'poss', 'num' or 'bare': options should all start alike."""
    first = np[0].text.lower() if np else ""
    if first in {"the", "this", "that", "these", "those"}:
        return "def"
    if first in {"a", "an", "some", "any"}:
        return "indef"
    if np and np[0].pos in {"PRP$", "POS"} or any(t.pos == "POS" for t in np):
        return "poss"
    if np and np[0].pos == "CD":
        return "num"
    return "bare"


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=8192)  # a pure function of the string: an article's options recur across its questions
def _norm(s: str) -> str:
    return _NON_ALNUM.sub(" ", s.lower()).strip()


@functools.lru_cache(maxsize=8192)  # a pure function of the string: no document state
def _strip_det(s: str) -> str:
    words = _norm(s).split()
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=8192)  # a pure function of the string: no document state
def _synonym_forms(text: str) -> frozenset[str]:
    """The lower-cased WordNet synonyms of an option or key (its determiners stripped).

    Memoised: :func:`choose` asks for the key's and every chosen option's, and an article
    offers the same names and phrases for many of its questions."""
    try:
        from quizgen.text.lexicon import synonyms
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(s.lower() for s in synonyms(_strip_det(text), "n"))


def _singular(words: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words.split())


@functools.lru_cache(maxsize=8192)  # a pure function of the string: no document state
def _overlap_form(s: str) -> str:
    return f" {_singular(_strip_det(s))} "


def _overlaps(a: str, b: str) -> bool:
    """Equal, one contained in the other as whole words, or the same but for a plural ("Greek"/"Greeks")."""
    na, nb = _overlap_form(a), _overlap_form(b)
    return na.strip() == nb.strip() or na in nb or nb in na


def _match_case(option: str, key: str) -> str:
    """Capitalise like a sentence-initial key ("The summit"), never a proper adjective's case."""
    head = key[:1]
    if head.isupper():
        if option[:1].islower() and key.split(None, 1)[0].lower() in DETERMINERS:
            return option[:1].upper() + option[1:]
    elif head.islower() and option[:1].isupper() and option.split(None, 1)[0].lower() in _LOWER_LEADS:
        return option[:1].lower() + option[1:]  # "next October" beside "Next March" from a sentence's start (review round 68)
    return option


_TIME_LEADS = frozenset({"next", "last", "early", "late", "mid", "earlier", "later"})
_LOWER_LEADS = frozenset(DETERMINERS | _TIME_LEADS)  # first words that follow a lower-case key's case


_FRACTIONS = {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}


def _is_fraction(cand: Candidate, ans) -> bool:
    toks = cand.sentence.tokens
    for i, t in enumerate(toks):
        if t is ans.tokens[-1]:
            return i + 1 < len(toks) and toks[i + 1].text.lower() in _FRACTIONS
    return False


# titles a surname follows ("Captain Gibault", "Mr. Manuel"); not "King", "Pope" or "Sir" (a first name)
# titles that name an office: the people after one in a stem hold it, and so must the distractors
_ROLE_TITLES = frozenset({"President", "Minister", "Secretary", "Chancellor", "Premier", "Senator", "Sen", "Governor", "Gov", "Mayor", "Ambassador",
                          "Commissioner", "Chairman", "Chairwoman", "Judge", "Justice", "Coach", "Director", "Chief", "Spokesman", "Spokeswoman",
                          "Leader", "Rep", "Representative", "King", "Queen", "Pope", "Prince", "Princess"})
_SLOT_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Captain", "Capt", "Colonel", "Col", "General", "Gen", "Major", "Maj", "Lieutenant",
                          "Lt", "Sergeant", "Sgt", "Professor", "Prof", "Senator", "Sen", "Governor", "Gov", "Judge", "Father", "Reverend", "Rev"})


_ROUGHLY = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "more", "than", "under"})


def _a_count(cand: Candidate, ans) -> bool:
    """"about 1500 delegates": a rough count, no year, so its distractors are round counts
    (1,250, 1,750), not 1505 and 1510 (review round 74)."""
    k = position(cand.sentence, ans.tokens[0])
    return k is not None and k > 0 and cand.sentence.tokens[k - 1].text.lower() in _ROUGHLY  # not "center-fire 1961 rifles" (a model year)


def _raw_candidates(cand: Candidate, pools: Pools) -> list[tuple[str, str]]:
    """(text, origin) in preference order, before checks."""
    ans = cand.answer
    key = cand.answer_text
    atype = cand.atype
    out: list[tuple[str, str]] = []
    if atype in {"NUMBER", "MONEY", "PERCENT"}:
        num_toks = [t for t in ans.tokens if t.pos == "CD"] if ans else []
        if ans is not None and _is_fraction(cand, ans):
            return out  # "three quarters": "five quarters" is impossible, not a distractor
        if len(num_toks) >= 1:
            t = num_toks[0]
            scaled = len(num_toks) > 1 and num_toks[1].text.lower() in _SCALES
            for alt in nearby_numbers(t.text, percent=atype == "PERCENT" or "%" in key or "percent" in key.lower(), year=atype == "NUMBER" and not _a_count(cand, ans)):  # "$1500" is no year; "center-fire 1961 rifles" is (review rounds 42, 44)
                if scaled and alt.startswith("0."):
                    continue  # "$0.8 billion": nobody writes it (review round 68)
                out.append((key.replace(t.text, alt, 1), "perturbation"))
        return out
    if atype in {"YEAR", "MONTH", "WEEKDAY", "DATE", "TIME"}:
        words = [t.text for t in ans.tokens] if ans else key.split()
        for alt in perturb_date_tokens(words):
            out.append((render(alt), "perturbation"))
        for other in pools.entities.get(atype, []):
            prefix = [ans.prep.text] if ans is not None and ans.prep is not None and ans.tokens[0] is ans.prep else []
            out.insert(0, (render(prefix + other.split()), "article"))
        return out
    n_words = len(key.split())
    if atype == "SPEAKER":  # the article's other speakers first, then its other people
        speakers = pools.entities.get("SPEAKER", [])
        if n_words == 1:
            # "..., Murray said.": the other speakers by surname ("Edmondson", "de Klerk").
            # Only speakers: the surnames of the article's other "people" were brands
            # ("Vuitton", "Lauren"), a charity's name ("Maureen") and long-dead founders (review round 32)
            if pools.speaker_surnames is None:
                pools.speaker_surnames = _surnames_used_alone(pools.text, speakers)
            others = pools.speaker_surnames
        else:
            others = speakers + [p for p in pools.entities.get("PERSON", []) if p not in speakers and given_name_first(p)]
    else:
        others = pools.entities.get(atype, [])
    # after a title ("Mr. _____", "Captain _____") the slot holds a surname, whatever the key ("Mr. Manuel")
    title_before = ans is not None and (k := position(cand.sentence, ans.tokens[0])) and cand.sentence.tokens[k - 1].text.rstrip(".") in _SLOT_TITLES
    first_name_key = n_words == 1 and given_name_first(key) and not title_before
    title = cand.sentence.tokens[k - 1].text if atype in {"PERSON", "SPEAKER"} and ans is not None and (k := position(cand.sentence, ans.tokens[0])) else ""
    if title.rstrip(".") in _ROLE_TITLES and f"{title} _____" in cand.stem:
        # "President _____ told governors": only the article's other presidents; "Loretta
        # Lynch" and "Kate Brown" beside "Donald Trump" gave the key away (review round 97).
        # A stem without the title ("Who said ...?" of "said Mayor Maria Kakali") shows no office.
        others = [o for o in others if o in pools.titled.get(title.rstrip("."), ())]
    for other in others:
        if atype in {"PERSON", "SPEAKER"} and (len(other.split()) >= 2) != (n_words >= 2) and not (atype == "SPEAKER" and n_words == 1):
            continue  # full names with full names, surnames with surnames
        if atype == "PERSON" and n_words == 1 and given_name_first(other) != first_name_key:
            continue  # "Captain _____" (Gibault): not "Harriet" or "Samuel", a first name beside surnames (review round 72)
        out.append((other, "article"))
    if atype in LOCATION_TYPES or atype == "NATIONALITY":
        # WordNet's people are historical figures and its organisations are few: they would
        # be implausible next to a news article's names, so persons come from the article only
        kind = hypernym_chain(key, "n")[:1]
        key_class = place_class(key)
        if key_class is not None:
            # "Harlem" (a district) is no "Paris" or "New York City": places of another known kind go
            out = [o for o in out if place_class(o[0]) in (None, key_class)]
        if atype == "CITY" and not (kind and any(o[0] != key and hypernym_chain(o[0], "n")[:1] == kind for o in out)):
            # WordNet's siblings of a capital are world capitals: fine beside the article's
            # own capitals ("Beijing", "Moscow", "Kyiv" as governments), but "Washington,
            # Paris, London" beside "Brasilia" in an article about Brazil give the key away
            return out
        siblings = [
            (sib, "wordnet") for sib in cohyponyms(key, "n", limit=12)
            if all(w[:1].isupper() or w in {"of", "the", "and"} for w in sib.split())  # not "Central American country"
            and sib.lower() not in OBSOLETE_PLACES and (pc := place_class(sib)) in (None, key_class) and (atype != "COUNTRY" or pc == "country")
        ]  # a country is a country whatever WordNet's first sense: not "Antilles" or "West Indies" for Japan, an archipelago there (review round 95)
        if kind:
            # the article's names first (as the issue asks), those of the key's own kind
            # (African countries for Ethiopia) before the others, then WordNet's
            same = [o for o in out if hypernym_chain(o[0], "n")[:1] == kind]
            return same + [o for o in out if o not in same] + siblings
        return out + siblings
    if atype in {"NP", "PERSON_NP"} and ans is not None and ans.head is not None:
        key_ln = lexname(ans.head.lemma)
        n_key = len(ans.tokens)
        key_det = det_class(ans.tokens)
        if key_ln is None:
            return out  # an unknown head noun: no way to tell a same-kind phrase
        for text, head, n in pools.np_buckets.get((ans.plural, key_det, key_ln), []):
            if head != ans.head.lemma and abs(n - n_key) <= 2:
                out.append((text, "article"))
    return out


def choose(cand: Candidate, pools: Pools, support: SupportIndex, rng: random.Random | str) -> list[tuple[str, str]] | None:
    """Key plus three checked distractors as (text, origin), or None when fewer than three pass.

    ``rng`` may be the seed of the ``random.Random`` to use: it is then made only past the
    early return below (seeding from a string hashes it, and most calls never draw)."""
    key = cand.answer_text
    pool = _raw_candidates(cand, pools)
    if len(pool) < N_DISTRACTORS:
        # Three distractors cannot come from fewer than three raw candidates. Over the
        # corpus more than half of all calls end here (mostly gap-fill noun phrases of a
        # kind the article has no other of), so the checks below are not set up for them.
        # Nothing before this point has side effects (the lexicon memos are pure).
        return None
    if isinstance(rng, str):
        rng = random.Random(rng)
    numeric = cand.atype in {"NUMBER", "MONEY", "PERCENT", "YEAR", "MONTH", "WEEKDAY", "DATE", "TIME"}
    key_syn = frozenset() if numeric else _synonym_forms(key)  # "US" / "USA"
    chosen: list[tuple[str, str]] = []
    chosen_syn: list[frozenset[str]] = []  # each chosen option's synonyms, lower-cased (not numeric)
    stem_norm = f" {_norm(cand.stem)} "
    sentence_times = _time_words(cand.sentence.text) - _time_words(key) if cand.atype in {"YEAR", "MONTH", "DATE"} else frozenset()
    bound = bound_of(cand) if cand.atype in {"NUMBER", "MONEY", "PERCENT"} else 0
    low, high = value_limits(cand) if cand.atype in {"NUMBER", "MONEY", "PERCENT"} else (None, None)
    # keep source order, but vary choice within the article's own candidates by seed
    article_word = _article_before(cand)
    same_kind = _same_kind_count(cand, pool, pools)
    article = pool[:same_kind]  # the article's own candidates of the key's kind, varied by seed
    rest = pool[same_kind:]
    rng.shuffle(article)
    others = [p for p in rest if p[1] == "article"]
    rng.shuffle(others)
    siblings = [p for p in rest if p[1] == "wordnet"]
    rng.shuffle(siblings)  # WordNet's order would give every city Washington, Paris, London
    made = [p for p in rest if p[1] not in {"article", "wordnet"}]  # perturbed numbers and dates
    rest = others + siblings + ((_even_steps(key, made, bound) if bound else _spread(key, made, rng)) if numeric else made)
    # what the checks below ask of the key and the question, once: the loop runs for every
    # raw candidate (all checks are pure, so their order and answers are as before)
    atype = cand.atype
    persons = pools.entities.get("PERSON", [])
    is_person = atype in {"PERSON", "SPEAKER"}
    one_name = " and " not in f" {key} " and atype not in {"NP", "PERSON_NP"}
    kinds_overlap = atype in {"NATIONALITY", "REGION", "COUNTRY", "LOCATION"}
    key_needs_the = needs_the(key) if atype == "ORGANIZATION" else None
    key_country_the = country_needs_the(key) if atype in {"COUNTRY", "LOCATION"} else None
    key_plural = _plural_form(key) if atype == "NATIONALITY" else None
    # a year after the story's own cannot stand in a stem about the past (see below)
    year_cap = pools.present_year if atype == "YEAR" and pools.present_year is not None and _reports_the_past(cand) else None
    key_year = (parse_number(key) or 0) if year_cap is not None else 0
    key_shape = date_shape(key) if atype == "DATE" else None
    limited = low is not None or high is not None
    a_place = atype in LOCATION_TYPES
    # the stem's places (COUNTRY and LOCATION keys): (name, is a country)
    stem_places = [(e.text, place_class(e.text) == "country") for e in cand.sentence.entities if e.text in cand.stem and e.label == "LOCATION"] if atype in {"COUNTRY", "LOCATION"} else None
    a_time = atype in {"YEAR", "MONTH", "DATE"}
    for text, origin in article + rest:
        text = _match_case(text.strip(), key)
        if not text or any(_overlaps(text, c) for c, _ in chosen) or _overlaps(text, key):
            continue
        low_text = text.lower()
        if _strip_det(text) in key_syn or low_text in key_syn or same_referent(text, key) or any(same_referent(text, c) for c, _ in chosen):
            continue
        if is_person and (same_person(text, key, persons) or any(same_person(text, c, persons) for c, _ in chosen)):
            continue  # "Fearless Felix" beside "Felix Baumgartner": one man, two options
        if one_name and " and " in f" {text} ":
            continue  # "Global Fund for Children and Comic Relief": two names read as one
        if low_text in OFFENSIVE or low_text in OBSOLETE_PLACES or kinds_overlap and overlapping_kinds(text, key):
            continue  # WordNet's list of peoples has slurs; "Asian" beside "Indian" is right too
        if key_needs_the is not None and needs_the(text) != key_needs_the:
            continue  # "_____ unveiled ..." cannot take "UK National Taxi Association"
        if key_country_the is not None and country_needs_the(text) != key_country_the:
            continue  # "a biennial in _____": "US" would read "in US"
        if key_plural is not None and _plural_form(text) != key_plural:
            continue  # "Some _____ have ...": "Westerners", not "Occidental"; "of _____ visitors": "Indian", not "Russians"
        if year_cap is not None and (parse_number(text) or 0) > year_cap > key_year:
            # "rose 10% in 1990" in a story of 1989: the year had not come (review rounds 28-29). A
            # key in the story's own year keeps later distractors: else it would always be the latest
            continue
        if atype == "YEAR" and not _plausible_year(text, key, origin):
            continue  # 1986 beside "will make up ... by 2030"; 2050 beside "led to"
        if key_shape is not None and date_shape(text) != key_shape:
            continue  # "on _____": "21 April" beside "21 June", not "May 2015" or "4,000 years ago"
        if article_word and (text[:1].lower() in "aeiou") != (article_word == "an"):
            continue  # "an _____ middle name": only a vowel-initial option fits
        if bound and not _beyond_bound(text, key, bound):
            continue  # "more than _____" with a smaller number would be true too
        if limited and not _within(text, low, high):
            continue  # "between 30 and _____": not 20; "_____ hours a day": not 40
        if not numeric and any(low_text in syn for syn in chosen_syn):
            continue  # two options naming the same thing
        if a_place and demonym_in(cand.stem, text):
            continue  # "refused to join Ukrainian-led peace conferences": "Ukraine" cannot be the one that refused
        if f" {_norm(text)} " in stem_norm:
            continue  # the stem itself shows it: "Beijing is an ally of _____" cannot offer Beijing, "about 3.7 and another of about _____" not 3.7
        if stem_places and any(same_referent(text, place) or country and overlapping_kinds(text, place) for place, country in stem_places):
            continue  # "The UK will have to ... eclipse northern _____": not "Britain" or "Scotland", part of the UK (review round 71)
        if a_time and _time_words(text) & sentence_times:
            continue  # "adjusted ... beginning in 1960 through 1962": 1962 is right too (review round 78)
        if cand.frame and support.supported(cand.frame | _words_lemmas(text), cand.frame_negated):  # the memo's frozenset: no copy
            continue  # the article says this is right too
        chosen.append((text, origin))
        if not numeric:
            chosen_syn.append(_synonym_forms(text))
        if len(chosen) == N_DISTRACTORS:
            if guessable_from_topic(key, [c for c, _ in chosen], pools.salience):
                return None  # "In ancient _____" in an article about India: the topic answers it
            if atype in {"NUMBER", "MONEY", "PERCENT"} and _nearest_the_stems_figure(cand.stem, key, [c for c, _ in chosen]):
                return None  # "yield 7.88% compared with ... to yield _____": 7.90% is the one option near 7.88% (review round 29)
            return [(key, "key")] + chosen
    return None


@functools.lru_cache(maxsize=4096)  # a pure function of the string: asked of a date key's sentence and of each option
def _time_words(text: str) -> frozenset[str]:
    """The years and month names in ``text``: other times of the key's own sentence are
    often right too ("from 1960 through 1962", "in May and June")."""
    return frozenset(w for w in _WORD.findall(text) if len(w) == 4 and w.isdigit() or w in MONTHS)


_WORD = re.compile(r"\w+")


def bound_of(cand: Candidate) -> int:
    """+1 when the key is a lower bound ("more than 80%"), -1 an upper bound ("up to
    £22,000"), 0 otherwise. With a bound, a distractor on the wrong side is also true:
    if more than 80% do, more than 60% do as well."""
    ans = cand.answer
    if ans is None:
        return 0
    toks = cand.sentence.tokens
    i = position(cand.sentence, ans.tokens[0])
    if i is None:
        return 0
    before = " ".join(t.text.lower() for t in toks[max(0, i - 3) : i])
    inside = " ".join(t.text.lower() for t in ans.tokens[:3])
    bound = number_bound(before) or number_bound(inside.rsplit(" ", 1)[0] if " " in inside else "")
    j = i + len(ans.tokens)
    if bound and not any(t.pos in {"VBD", "VBZ", "VBP", "MD"} for t in toks[:i]) and bound_restricts(
        [(t.text, t.pos) for t in toks[max(0, i - 5) : i]], toks[j].text if j < len(toks) else ""
    ):
        # in the subject, after its noun, the bound picks out what the claim is about: if
        # "flat payments over $50 are more expensive", payments over $60 are as well, so the
        # side that stays false is the other one
        return -bound
    return bound


def _beyond_bound(text: str, key: str, bound: int) -> bool:
    """The distractor's number lies on the side of the bound that keeps it false."""
    d, k = parse_number(_number_part(text)), parse_number(_number_part(key))
    if d is None or k is None:
        return False
    return d > k if bound > 0 else d < k


def _article_before(cand: Candidate) -> str:
    """"a" or "an" right before the answer (what the options must fit), else ""."""
    ans = cand.answer
    if ans is None:
        return ""
    toks = cand.sentence.tokens
    i = position(cand.sentence, ans.tokens[0])
    word = toks[i - 1].text.lower() if i else ""
    return word if word in {"a", "an"} else ""


def _same_kind_count(cand: Candidate, pool: list[tuple[str, str]], pools: Pools) -> int:
    """How many of the leading article candidates share the key's WordNet kind (all of
    them when the key's kind is unknown or the type is not a place); for a speaker, how
    many are speakers too."""
    lead = next((k for k, p in enumerate(pool) if p[1] != "article"), len(pool))
    if cand.atype == "SPEAKER":
        speakers = set(pools.entities.get("SPEAKER", ()))
        return next((k for k in range(lead) if pool[k][0] not in speakers), lead)
    if cand.atype not in LOCATION_TYPES and cand.atype != "NATIONALITY":
        return lead
    kind = hypernym_chain(cand.answer_text, "n")[:1]
    if not kind:
        return lead
    k = 0
    while k < lead and hypernym_chain(pool[k][0], "n")[:1] == kind:
        k += 1
    return k


_PER = {("hours", "day"): 24, ("days", "week"): 7, ("months", "year"): 12, ("minutes", "hour"): 60, ("seconds", "minute"): 60, ("days", "month"): 31, ("weeks", "year"): 52,
        ("days", "year"): 366, ("hours", "week"): 168, ("nights", "week"): 7, ("nights", "year"): 366}  # "more than _____ days a year": not 400 (review round 98)




_UNIT_PIECES = {"m", "bn", "k", "tn", "million", "billion", "trillion", "thousand", "%", "percent", "$", "£", "€", "¥"}


def _figure_before(toks: list, i: int) -> int | None:
    """The index of the number that a range or change ends at the answer starts from:
    "between 30 and _____", "30-_____", "from $405m to _____"."""
    if i < 2 or toks[i - 1].text.lower() not in {"and", "to", "-"}:
        return None
    k = i - 2
    unit = toks[k].text.lower() if toks[k].pos in {"NNS", "NN"} else None
    while k >= 0 and i - 2 - k < 3 and (toks[k].pos != "CD" or toks[k].text.lower() in _SCALES) and (toks[k].text.lower() in _UNIT_PIECES or toks[k].text.lower() == unit and any(u.text.lower() == unit for u in toks[i : i + 4])):
        k -= 1  # past "million" too: "between $300 million and _____" (review round 65); and a unit the blank repeats: "1.70 marks to _____ marks" (review round 70)
    return k if k >= 0 and toks[k].pos == "CD" and parse_number(toks[k].text) is not None else None


def _scale_after(toks: list, k: int) -> str:
    return toks[k + 1].text.lower() if k + 1 < len(toks) and toks[k + 1].text.lower() in _SCALES else ""


def _figure_after(toks: list, j: int) -> int | None:
    """The index of the number a range or change that starts at the answer ends at:
    "between _____ and 40", "from _____ to $392m" (past the currency sign), "from _____
    in 1991 to 7% in 2000" (past the year of the first figure)."""
    if j + 3 < len(toks) and toks[j + 1].text.lower() == "in" and toks[j + 2].text.isdigit() and len(toks[j + 2].text) == 4:
        j += 2
    if j + 1 >= len(toks) or toks[j + 1].text.lower() not in {"and", "to", "-"}:
        return None
    k = j + 2
    while k < len(toks) and k - j - 2 < 2 and toks[k].pos != "CD" and toks[k].text.lower() in _UNIT_PIECES:
        k += 1
    return k if k < len(toks) and toks[k].pos == "CD" else None


def value_limits(cand: Candidate) -> tuple[float | None, float | None]:
    """What a number in its slot can be: above the start of a range it closes ("between
    30 and _____", "30-_____") and below the end of a range it opens, the other way round
    for a fall ("fell from $405m to _____": below 405), at most 24 "hours a day", 100 per
    cent, above one before a plural noun, and one alone when the key is one before a
    singular noun (so the item gets no distractors)."""
    ans = cand.answer
    if ans is None:
        return None, None
    toks = cand.sentence.tokens
    i = position(cand.sentence, ans.tokens[0])
    j = position(cand.sentence, ans.tokens[-1])
    if i is None or j is None:
        return None, None
    low = high = None
    key_scale = ans.tokens[-1].text.lower() if ans.tokens[-1].text.lower() in _SCALES else ""
    start = _figure_before(toks, i)
    if start is not None and _scale_after(toks, start) != key_scale:
        start = None  # "between 800,000 and _____" (1.2 million): the figures are compared without their scale
    if start is not None:
        low = parse_number(toks[start].text)
        if toks[i - 1].text.lower() == "to" and any(t.lemma in FALL_WORDS for t in toks[max(0, start - 6) : start]):
            low, high = None, (low - 1e-9 if low is not None else None)  # "fell from $405m to _____": below 405
    changed = _changed_from(toks, i, ans.tokens[-1].text == "%", ans.tokens[-1].text.lower())
    if changed is not None:
        level, falling = changed
        low, high = (level, high) if falling else (low, level)  # "produced 6.9 million tons, a drop from _____ tons": above 6.9
    after = [t.text.lower() for t in toks[j + 1 : j + 4]]
    if len(after) >= 3 and after[1] in {"a", "an", "per", "each", "every"}:
        high = _PER.get((after[0], after[2]))
    old_level = _level_after(toks, i, j, key_scale)
    if old_level is not None:
        level, falling = old_level
        low, high = (low, level - 1e-9) if falling else (level, high)  # "increasing the number of directors to _____ from 11": above 11 (review round 65)
    k = _figure_after(toks, j)
    same_unit = k is not None and k + 1 < len(toks) and toks[j + 1].text.lower() in {"to", "-"} and ans.tokens[-1].pos in {"NN", "NNS"} and toks[k + 1].text.lower() == ans.tokens[-1].text.lower()
    if k is not None and (i == 0 or toks[i - 1].text.lower() in {"between", "from"} or same_unit):  # "and _____ to 140 yen" (120 yen): a range by its repeated unit (review round 70)
        end = parse_number(toks[k].text)
        if end is not None and any(t.text.lower() == "to" for t in toks[j + 1 : k]) and any(t.lemma in FALL_WORDS for t in toks[max(0, i - 6) : i]):
            low = end + 1e-9  # "fell from _____ to $392m": above 392
        else:
            high = end - 1e-9 if end is not None else None  # "between _____ and 40": below 40
    most = coordinate_limit([t.text for t in toks[j + 1 : j + 5]])
    if most is not None:
        high = most if high is None else min(high, most)  # "at _____ degrees North latitude": at most 90
    if _an_age(toks, i, after) and (parse_number(_number_part(ans.text)) or 0) <= 110:
        high = 110.0 if high is None else min(high, 110.0)  # "Kittinger, now _____": not 124 or 144 (review round 86); "remains around 7,000 years old" are no person
    if i > 1 and toks[i - 1].text.lower() == "of" and toks[i - 2].pos == "CD" and toks[i - 2].text.lower() not in _SCALES:
        part = parse_number(toks[i - 2].text)
        if part is not None and (low is None or low < part):
            low = part  # "116 of _____ statements": the whole is at least its part, not 114 (review round 86)
    if ans.tokens[-1].text == "%" or after[:1] in (["%"], ["percent"], ["per"]) and after[1:2] == ["cent"]:
        high = 100.0 if high is None else min(high, 100.0)  # a range's end stays ("from _____ in 1991 to 7% in 2000")
    key = parse_number(_number_part(ans.text))
    noun = j + 1
    # past the modifiers to the head: "_____ more rescue trucks", "_____ northern provinces",
    # "_____ proposed junior high schools" (review round 44)
    while noun < len(toks) and noun - j <= 5 and toks[noun].pos != "NNS" and (toks[noun].pos.startswith(("JJ", "VBN", "VBG")) or toks[noun].pos == "NN" or toks[noun].text.lower() in {"more", "other", "new"}):
        noun += 1
    if key is not None and key > 1 and noun < len(toks) and toks[noun].pos == "NNS" and (low is None or low < 1):
        low = 1.0  # "for _____ years", "_____ more rescue trucks": "one years" is no English
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and one_before_singular(key, nxt.text, nxt.pos) and (noun >= len(toks) or toks[noun].pos != "NNS"):
        return 1.0, 1.0  # "about _____ minute of arc": only the key fits
    return low, high


_SCALES = {"thousand", "million", "billion", "trillion", "m", "bn"}


def _an_age(toks: list, i: int, after: list[str]) -> bool:
    """The number at ``toks[i]`` is a person's age: "aged 84", "84 years old", "Kittinger,
    now 84", "John Smith, 84, said"."""
    prev = toks[i - 1].text.lower() if i > 0 else ""
    if prev in {"aged", "age"} or after[:2] in (["years", "old"], ["year", "old"]):
        return True
    if prev == "now" and i > 2 and toks[i - 2].text == "," and toks[i - 3].pos == "NNP":
        return True
    return prev == "," and i > 1 and toks[i - 2].pos == "NNP" and after[:1] == [","]


def _level_after(toks: list, i: int, j: int, key_scale: str) -> tuple[float, bool] | None:
    """(the old level, whether it fell) when the answer at ``i..j`` is the new level of a
    change whose old level follows it: "increasing the number of directors to _____ from 11",
    "cut its stake to _____ from 15%"."""
    if i < 1 or toks[i - 1].text.lower() != "to":
        return None
    f = j + 1
    if f + 2 < len(toks) and toks[f].text.lower() in {"a", "an", "per"} and toks[f + 1].pos in {"NN", "NNS"}:
        f += 2  # "dropped his estimate to _____ a share from $8" (review round 66)
    elif f + 1 < len(toks) and toks[f].pos == "NNS":
        f += 1  # "volume shrank to _____ shares from 224.1 million" (review round 69)
    if f + 1 >= len(toks) or toks[f].text.lower() != "from":
        return None
    k = f + 1
    while k < len(toks) and k - f - 1 < 2 and toks[k].text in {"$", "£", "€", "¥"}:
        k += 1
    if k >= len(toks) or toks[k].pos != "CD" or _scale_after(toks, k) != key_scale:
        return None
    if k + 1 < len(toks) and (toks[k + 1].text in {"%", "percent"}) != (toks[j].text in {"%", "percent"}):
        return None
    level = parse_number(toks[k].text)
    verb = next((t for t in reversed(toks[max(0, i - 12) : i - 1]) if t.lemma in FALL_WORDS or t.lemma in RISE_WORDS or t.lemma in {"boost", "raise"}), None)
    if level is None or verb is None:
        return None
    return level, verb.lemma in FALL_WORDS


def _changed_from(toks: list, i: int, percent: bool, key_last: str) -> tuple[float, bool] | None:
    """(the new level, whether it fell) when the answer at ``i`` is the old level of a change
    whose new level stands before it: "produced 6.9 million tons of sugar, a drop from _____
    tons" (the answer is above 6.9: a distractor below it is ruled out by the stem; review
    round 28)."""
    if i < 2 or toks[i - 1].text.lower() != "from":
        return None
    word = toks[i - 2]
    falling = word.lemma in FALL_WORDS or word.text.lower() == "down"
    places = range(i - 3, max(-1, i - 12), -1)
    if not falling and word.lemma not in RISE_WORDS:
        # "Sales fell to $251.2 million from _____", "boost ... to $198 million from _____",
        # "rose to a seasonally adjusted 396,000 during the week ended Oct. 7 from _____" (the
        # level is the first figure after "to", not the day before "from"; review round 67)
        to = next((k for k in range(i - 2, max(-1, i - 14), -1) if toks[k].text.lower() == "to"), None)
        verb = next((t for t in toks[max(0, (to or 0) - 12) : to] if t.pos.startswith("VB") and (t.lemma in FALL_WORDS or t.lemma in RISE_WORDS or t.lemma in {"boost", "raise"})), None) if to is not None else None
        if verb is None:
            return None
        falling, places = verb.lemma in FALL_WORDS, range(to + 1, min(to + 5, i - 1))
    for k in places:
        t = toks[k]
        if t.pos != "CD" or t.text.lower() in _SCALES or len(t.text) == 4 and t.text.isdigit() and 1800 < int(t.text) < 2100:
            continue
        if (k + 1 < len(toks) and toks[k + 1].text in {"%", "percent"}) != percent:
            continue  # "up 7.4% from _____": the percentage is no level
        scale = toks[k + 1].text.lower() if k + 1 < len(toks) and toks[k + 1].text.lower() in _SCALES else ""
        value = parse_number(t.text)
        if value is None or scale != (key_last if key_last in _SCALES else ""):
            return None  # options are compared without their scale word: "6.9 million" and "800,000" are not
        return value, falling
    return None


def _within(text: str, low: float | None, high: float | None) -> bool:
    v = parse_number(_number_part(text))
    return v is None or (low is None or v > low) and (high is None or v <= high)


def date_shape(text: str) -> tuple[str, ...]:
    """"21 June" -> ("D", "M"), "February 2016" -> ("M", "Y"): the form of a date, so all
    options read alike ("January 10" beside the key "February 2016" gave itself away; review round 96)."""
    out = []
    for w in text.split():
        if w[:1].isdigit():
            out.append("Y" if len(w) == 4 and w.isdigit() and 1000 < int(w) < 2100 else "D")
        elif w.capitalize() in MONTHS:
            out.append("M")
        elif w.capitalize() in WEEKDAYS:
            out.append("W")
        else:
            out.append(w.lower())
    return tuple(out)


_FUTURE_WORDS = frozenset({"will", "'ll", "would", "expect", "expects", "expected", "forecast", "forecasts", "predict", "predicts", "predicted", "plan", "plans", "planned", "by", "until", "next", "due", "projected", "scheduled"})


def _is_year(t: Token) -> bool:
    return t.pos == "CD" and len(t.text) == 4 and t.text.isdigit() and 1000 < int(t.text) < 2100


def _present_year(doc: Document) -> int | None:
    """The latest year the article reports as past: named in a sentence with a past-tense
    verb and no word of the future ("will", "expected", "by"). A year distractor after it
    in a stem about the past names a year that had not come when the article was written."""
    best = None
    for s in doc.sentences:
        toks = s.tokens
        if "CD" not in map(_POS, toks) or "VBD" not in map(_POS, toks):  # no year, or no past tense (both tests in C)
            continue
        years = [int(t.text) for t in toks if t.pos == "CD" and _is_year(t)]  # the tag first: no call for most tokens
        if years and _FUTURE_WORDS.isdisjoint(map(str.lower, map(_TEXT, toks))):
            best = max(best or 0, max(years))
    return best


_POS = operator.attrgetter("pos")
_TEXT = operator.attrgetter("text")


def _reports_the_past(cand: Candidate) -> bool:
    """The stem tells of the past: its clause's verb is past tense, or (a sentence gap-fill)
    its sentence has a past-tense verb and no word of the future."""
    if cand.clause is not None:
        aux = cand.clause.aux
        if aux:  # "was hailed", "had won": the first auxiliary's tense (review round 92)
            return aux[0].text.lower() in {"was", "were", "had", "did"}
        return cand.clause.verb_tag == "VBD"
    toks = cand.sentence.tokens
    return "VBD" in map(_POS, toks) and _FUTURE_WORDS.isdisjoint(map(str.lower, map(_TEXT, toks)))


def _plausible_year(text: str, key: str, origin: str = "perturbation") -> bool:
    """A year distractor within 15 years of the key: the article's 1986 beside "will make
    up ... by 2030", or 2050 beside "led to" in 2012, is the wrong era, not a near miss.
    The article's own years must be within 5: 2013, 2014 and 2015 beside 2003 leave the
    key as the odd one out."""
    d, k = parse_number(_number_part(text)), parse_number(_number_part(key))
    if d is None or k is None:
        return True
    if origin != "article" and k % 10 == 0 and d % 10 == 0:
        return abs(d - k) <= 20  # a decade beside a decade: 1880 and 1920 for 1900 (numbers.nearby_years)
    return abs(d - k) <= (5 if origin == "article" else 15)


def _evenly(k: float, side: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One side's perturbed numbers with those an even number of steps from the key ``k``
    first, nearest first: 15, 17 and 19 beside 13, not 15, 16 and 17, a run that leaves the
    key alone (review round 35). The step is the side's smallest distance from the key."""
    gaps = [(abs(d - k), p) for p in side if (d := parse_number(_number_part(p[0]))) is not None]
    if len(gaps) < 2:
        return side
    step = min(g for g, _ in gaps)
    even = [p for g, p in sorted(gaps, key=lambda gp: gp[0]) if step and abs(g / step - round(g / step)) < 1e-9]
    return even + [p for p in side if p not in even]


def _even_steps(key: str, perturbed: list[tuple[str, str]], bound: int) -> list[tuple[str, str]]:
    """Perturbed numbers on the bound's side of the key, evenly spaced from it first: "more
    than _____ people" (18 million) with 20, 21 and 22 million left the key alone before a
    run of three (review round 35); 20, 22 and 24 million continue its step."""
    k = parse_number(_number_part(key))
    if k is None:
        return perturbed
    side = [p for p in perturbed if (d := parse_number(_number_part(p[0]))) is not None and (d - k) * (1 if bound > 0 else -1) > 0]
    ordered = _evenly(k, side)
    return ordered + [p for p in perturbed if p not in ordered]


def _spread(key: str, perturbed: list[tuple[str, str]], rng: random.Random) -> list[tuple[str, str]]:
    """Perturbed numbers reordered so the key's rank among the options varies by item.

    In nearest-looking order (x1.5, x0.5, x2) the key would always be the second smallest
    option, a cue test-wise students learn; here the seeded ``rng`` picks how many of the
    first three wrong numbers lie below the key. Each side keeps even steps from the key
    (see :func:`_evenly`)."""
    k = parse_number(_number_part(key))
    if k is None:
        return perturbed
    below = _evenly(k, [p for p in perturbed if (parse_number(_number_part(p[0])) or 0) < k])
    above = _evenly(k, [p for p in perturbed if (parse_number(_number_part(p[0])) or 0) >= k])
    n_below = rng.randint(0, 3)
    head = below[:n_below] + above[: 3 - min(n_below, len(below))]
    return head + [p for p in perturbed if p not in head]


def _plural_form(word: str) -> bool:
    w = word.split()[-1] if word.split() else word
    return w.endswith("s") and not w.endswith(("ss", "ese"))


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _nearest_the_stems_figure(stem: str, key: str, others: list[str]) -> bool:
    """The stem shows a figure within 5% of the key and every distractor lies far from it:
    the key is the option that looks like the stem's figure. Years are no such figures."""
    k = parse_number(_number_part(key))
    if not k:
        return False
    gaps = [abs(d - k) / k for d in (parse_number(_number_part(o)) for o in others) if d is not None]
    for m in _NUMBER.finditer(stem.replace("_____", " ")):
        v = parse_number(m.group())
        if v and not (1000 < v < 2100 and float(v).is_integer()) and abs(v - k) / k < 0.05:
            near = abs(v - k) / k
            if all(abs(g) > 3 * near + 0.01 for g in gaps):
                return True
    return False


@functools.lru_cache(maxsize=8192)
def _number_part(text: str) -> str:
    """"£22,000" -> "22,000", "80%" -> "80", "more than 550" -> "550"; words stay words.

    Memoised (a pure function of the string): the numeric checks of :func:`choose` ask for
    the key's and each option's figure many times over (ten thousand calls a few hundred
    articles)."""
    m = _NUMBER.search(text)
    return m.group() if m else text.split()[-1] if text.split() else text


def quality(options: list[tuple[str, str]]) -> float:
    """Mean quality of the distractors' sources, times how alike their lengths are to the key's."""
    if len(options) < 2:
        return 0.0
    key_len = len(options[0][0])
    src = sum(_ORIGIN_QUALITY.get(o, 0.5) for _, o in options[1:]) / (len(options) - 1)
    spread = sum(min(len(t), key_len) / max(len(t), key_len, 1) for t, _ in options[1:]) / (len(options) - 1)
    return src * (0.5 + 0.5 * spread)


__all__ = ["Pools", "build_pools", "choose", "quality"]
