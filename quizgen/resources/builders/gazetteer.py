"""Build ``gazetteer.json.gz``: proper names from WordNet 3.0 for the entity recogniser.

Why a precomputed file: the recogniser runs on every token of every article and must
cost a few microseconds per token, so it cannot walk WordNet's hypernym graph at run
time (nor may the app read ``nltk_data`` at all). Here, once, we walk it and keep only
what the rules need, as plain sorted lists:

``country`` / ``city`` / ``region`` / ``landform``
    Instance names whose instance-hypernym closure reaches ``country.n.02``; a
    municipality, capital or port; an administrative or geographical region, a
    continent or an island; or a body of water / geological formation. A name in
    several classes keeps the first of that order ("Georgia" is a country, "Washington"
    a city), because news text mentions countries and cities far more than the rest.
``person``
    Names of person instances (statesmen, writers, ...), without deities and mythical
    beings, and without one-word names that also name a planet, book, battle ...
``organization``
    Capitalised names under ``organization.n.01`` (instances *and* classes: "United
    Nations", "NATO"), plus universities; religions and place names are left out.
``nationality``
    Capitalised adjectives with a pertainym to a country, city, continent or state
    ("Ukrainian" -> "Ukraine"), plus the demonym nouns and their plurals ("Kenyans").
``given_names`` / ``surnames``
    First and last words of multi-word person names ("Vladimir", "Putin").
``ambiguous``
    Names whose lower-case form is an ordinary English word ("China", "Bush", "Will"):
    at the start of a sentence the recogniser needs more evidence for them. Places of
    that kind are kept only if the Brown corpus capitalises them mid-sentence often
    enough ("Berlin", "Geneva" stay; "Balance", "Split" go).
``common_short``
    Ordinary lower-case words of 2-6 letters (WordNet lemmas seen in SemCor, plus
    stopwords), so that shouted words ("a STOP button") are not taken for acronyms.

Names are stored as written, with spaces for WordNet's underscores.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from quizgen.resources.builders import meta, write_json_gz, zip_root

ARTIFACT = "gazetteer"
WORDNET_ZIP = "corpora/wordnet.zip"
STOPWORDS_ZIP = "corpora/stopwords.zip"
BROWN_ZIP = "corpora/brown.zip"

# Synsets whose hyponym closure defines each class (WordNet 3.0 names).
COUNTRY_ROOTS = frozenset({"country.n.02"})
CITY_ROOTS = frozenset(
    {"municipality.n.01", "city.n.01", "town.n.01", "port.n.01", "port_of_entry.n.01", "city_district.n.01"}
)
REGION_ROOTS = frozenset(
    {"region.n.03", "region.n.01", "continent.n.01", "island.n.01", "archipelago.n.01", "landmass.n.01"}
)
LANDFORM_ROOTS = frozenset(
    {"body_of_water.n.01", "geological_formation.n.01", "land.n.04", "mountain_peak.n.01", "peak.n.04"}
)
# Place names that are ordinary capitalised words in running text ("the North", "the Union").
DROP_PLACES = frozenset(
    "North South East West Northeast Northwest Southeast Southwest Union States Confederacy Reich Axis "
    "Commonwealth Zion City Village Continent Reef Twins Superior Angel Darling Red Republican Virgin Don".split()
)
# Adjectives pertaining to a place that do not name a people ("Arctic ice", "Atlantic storms").
NOT_NATIONALITY = frozenset(
    "Arctic Antarctic Atlantic Pacific Mediterranean Baltic Tropical Oriental Occidental Equatorial Polar "
    "Continental Alpine Andean Himalayan Amazonian Saharan Siberian Caribbean Adriatic Aegean Balkan "
    # ... or mostly mean something else today: a language, a trait, a style, a dog breed, a period.
    "Latin Spartan Philistine Attic Ionic Doric Caucasian Caucasic Cambrian Byzantine Bohemian Dalmatian "
    "Delphic Corinthian Arcadian Nicene Tartar Trojan Ottoman Norman Lapp Afro-Asian Eurafrican Asiatic "
    "Oxonian Gothic Romanesque Gallic Celtic Teutonic Nazarene Samaritan Levantine".split()
)
PERSON_ROOTS = frozenset({"person.n.01"})
NOT_PERSON_ROOTS = frozenset({"spiritual_being.n.01", "mythical_being.n.01", "imaginary_being.n.01"})
ORG_ROOTS = frozenset({"organization.n.01"})
UNIVERSITY_ROOTS = frozenset({"university.n.02", "college.n.02"})
NOT_ORG_ROOTS = frozenset({"religion.n.02", "religion.n.01"})
DEMONYM_ROOTS = frozenset({"inhabitant.n.01", "native.n.01"})

# Leading words of person names that are titles, not given names.
NOT_GIVEN = frozenset(
    "Saint St St. Sir Dame Lady Lord King Queen Prince Princess Pope Emperor Empress General Captain "
    "Admiral Mother Father Sister Brother Doctor Dr Mr Mrs Mother Baron Count Duke Earl Marquis Tsar "
    "Czar Sultan Shah Khan Caliph Rabbi Cardinal Bishop Abbe El Le La Al Du De Da Van Von Di Del".split()
)


_OFFENSIVE = re.compile(r"slur|disparaging|offensive|derogatory|contempt", re.I)


def _closure(synset) -> set[str]:
    return {s.name() for s in synset.closure(lambda z: z.hypernyms() + z.instance_hypernyms())} | {synset.name()}


def _names(synset) -> Iterable[str]:
    """Capitalised lemma names of ``synset`` with spaces ("the_Alps" -> "Alps")."""
    for lemma in synset.lemma_names():
        name = lemma.replace("_", " ")
        if name.startswith("the "):
            name = name[4:]
        if len(name) >= 2 and name[0].isupper() and not name.isdigit():
            yield name


def _location_class(anc: set[str]) -> str | None:
    if anc & COUNTRY_ROOTS:
        return "country"
    if anc & CITY_ROOTS:
        return "city"
    if anc & REGION_ROOTS:
        return "region"
    if anc & LANDFORM_ROOTS:
        return "landform"
    return None


def _plural(noun: str) -> str | None:
    if noun.endswith(("ese", "ss", "sh", "ch", "s", "x", "z")):
        return None
    if noun.endswith(("shman", "chman", "sman")):  # Frenchman, Dutchman, Scotsman; not Roman
        return noun[:-3] + "men"
    return noun + "s"


def _below(wn, roots: Iterable[str]) -> set[str]:
    """Names of all synsets under ``roots`` (hyponyms and instances, transitively)."""
    out: set[str] = set()
    for r in roots:
        root = wn.synset(r)
        out.add(r)
        out.update(x.name() for x in root.closure(lambda z: z.hyponyms() + z.instance_hyponyms()))
    return out


def _demonym_place(noun: str, places: dict[str, str]) -> str | None:
    """The place a demonym noun without an adjective names ("Londoner" -> "London"), if any.

    Accepts a place of at least 4 letters sharing the noun's first ``min(4, len-1)``
    letters and whose name the noun starts with, minus a demonym ending.
    """
    stem = re.sub(r"(?:ians?|ans?|ers?|ites?|ese|is?|e)$", "", noun)
    if len(stem) < 3:
        return None
    for place in (stem, stem + "a", stem + "ia", stem + "y", stem + "land", stem + "ain", stem + "en"):
        if places.get(place) in ("country", "city", "region"):
            return place
    return None


def case_counts_of(sents: Iterable[Sequence[str]]) -> dict[str, int]:
    """Token counts, with capitalised words counted only when not sentence-initial.

    Why: a capitalised word inside a sentence is a name; at the start it says nothing.
    """
    counts: dict[str, int] = {}
    for sent in sents:
        prev = "."
        for w in sent:
            if not (w[:1].isupper() and prev in _OPENERS):
                counts[w] = counts.get(w, 0) + 1
            prev = w
    return counts


_OPENERS = frozenset({".", "!", "?", ":", ";", "``", "''", "--", "(", "'", '"'})


def _mostly_a_name(name: str, counts: dict[str, int]) -> bool:
    """The lower-case word is unseen, or the name is capitalised mid-sentence at least half as often.

    "Shanghai", "Surrey" (the verb and the carriage never occur) and "Berlin" stay;
    "Bath", "Reading", "Nice" (1 capitalised against 25-138 lower-case) go.
    """
    cap = counts.get(name, 0)
    low = counts.get(name[0].lower() + name[1:], 0)
    return low == 0 or 2 * cap >= low


def collect(wn, stopwords: Iterable[str], case_counts: dict[str, int] | None = None) -> dict[str, Any]:
    """Walk WordNet once and return the gazetteer lists (without metadata).

    ``case_counts`` (from :func:`case_counts_of` over a cased corpus) decides which
    place names that are also ordinary words are kept; without it they are dropped.
    """
    case_counts = case_counts or {}
    loc_rank = {"country": 0, "city": 1, "region": 2, "landform": 3}
    loc: dict[str, str] = {}
    synset_class: dict[str, str] = {}
    person: set[str] = set()
    one_word_person: set[str] = set()
    other_instance_names: set[str] = set()
    given: set[str] = set()
    surnames: set[str] = set()
    org: set[str] = set()

    org_synsets = _below(wn, ORG_ROOTS) - _below(wn, NOT_ORG_ROOTS)
    person_synsets = _below(wn, PERSON_ROOTS)
    for s in wn.all_synsets("n"):
        names = list(_names(s))
        if not names:
            continue
        if s.name() in org_synsets:
            org.update(names)
            continue
        if not s.instance_hypernyms():
            continue
        anc = _closure(s)
        kind = _location_class(anc)
        if kind is not None:
            synset_class[s.name()] = kind
            for n in names:
                if n not in loc or loc_rank[kind] < loc_rank[loc[n]]:
                    loc[n] = kind
        elif anc & UNIVERSITY_ROOTS:
            org.update(n for n in names if " " in n)  # "Brown University", not "Brown"
        elif anc & PERSON_ROOTS and not anc & NOT_PERSON_ROOTS:
            for n in names:
                person.add(n)
                words = n.split()
                if len(words) == 1:
                    one_word_person.add(n)
                    continue
                first, last = words[0], words[-1]
                if first.isalpha() and len(first) > 2 and first[0].isupper() and first not in NOT_GIVEN:
                    given.add(first)
                if last.isalpha() and len(last) > 2 and last[0].isupper():
                    surnames.add(last)
        else:
            other_instance_names.update(names)

    common: set[str] = {w.lower() for w in stopwords if w.isalpha()}
    common_counted: set[str] = set(common)
    for s in wn.all_synsets():
        for lemma in s.lemmas():
            name = lemma.name()
            if name.isalpha() and name.islower():
                common.add(name)
                if lemma.count() > 0:
                    common_counted.add(name)

    def is_common(name: str) -> bool:
        return " " not in name and (name[0].lower() + name[1:]) in common

    # Place names that are also ordinary words ("Bath", "Reading", "Nice", "Berlin" the
    # carriage) are kept only when running text capitalises them mid-sentence often enough
    # (Brown corpus counts): "Berlin", "Geneva", "Arctic" stay, "Balance" and "Split" go.
    # Countries always stay ("China", "Turkey"); postal codes ("AL", "OR") always go.
    for n in list(loc):
        if n in DROP_PLACES or (n.isupper() and len(n) <= 2 and loc[n] != "country"):
            del loc[n]
        elif loc[n] != "country" and is_common(n) and not _mostly_a_name(n, case_counts):
            del loc[n]
    # One-word person names that also name a planet, a book, a battle ... are too risky.
    person -= one_word_person & other_instance_names
    # A name in several classes keeps the class of its most frequent WordNet sense
    # ("Churchill" the statesman, not the Manitoba town); countries always win.
    for n in sorted(set(loc) & person):
        if loc[n] != "country" and _first_sense_class(wn, n, person_synsets) == "person":
            del loc[n]
        else:
            person.discard(n)
    org -= set(loc)
    person -= org

    # Nationality adjectives: pertainym to a country, city, continent or state.
    nationality: dict[str, str] = {}
    for s in wn.all_synsets("a"):
        for lemma in s.lemmas():
            adj = lemma.name().replace("_", " ")
            if not adj[0].isupper():
                continue
            for p in lemma.pertainyms():
                ps = p.synset()
                kind = synset_class.get(ps.name())
                if kind in ("country", "city", "region") and adj not in NOT_NATIONALITY:
                    nationality.setdefault(adj, p.name().replace("_", " "))
    demonym_synsets = _below(wn, DEMONYM_ROOTS)
    # Demonym nouns ("Kenyan", "Londoner", "Swede") and plurals ("Kenyans"), mapped to the place.
    for name in sorted(person_synsets):
        s = wn.synset(name)
        if s.instance_hypernyms() or _OFFENSIVE.search(s.definition()):
            continue
        for n in _names(s):
            if " " in n or not n.isalpha():
                continue
            place = nationality.get(n)
            if place is None and name in demonym_synsets:
                place = _demonym_place(n, loc)
            if place is None:
                continue
            nationality.setdefault(n, place)
            plural = _plural(n)
            if plural:
                nationality.setdefault(plural, place)
    for name in list(nationality):
        singular = name[:-1] if name.endswith("s") else name
        if name in loc or name in org or name in NOT_NATIONALITY or singular in NOT_NATIONALITY:
            del nationality[name]
    person -= set(nationality)  # "French" the people, not Daniel Chester French

    all_names = set(loc) | person | org | set(nationality) | given | surnames
    return {
        "country": sorted(n for n, k in loc.items() if k == "country"),
        "city": sorted(n for n, k in loc.items() if k == "city"),
        "region": sorted(n for n, k in loc.items() if k == "region"),
        "landform": sorted(n for n, k in loc.items() if k == "landform"),
        "person": sorted(person),
        "organization": sorted(org),
        "nationality": dict(sorted(nationality.items())),
        "given_names": sorted(given - set(loc) - org),
        "surnames": sorted(surnames),
        "ambiguous": sorted(n for n in all_names if is_common(n)),
        "common_short": sorted(w for w in common_counted if 2 <= len(w) <= 6),
    }


def _first_sense_class(wn, name: str, person_synsets: set[str]) -> str:
    """"person" if the most frequent noun sense of ``name`` is a person, else "place"."""
    for s in wn.synsets(name.replace(" ", "_"), "n"):
        if s.instance_hypernyms():
            return "person" if s.name() in person_synsets else "place"
    return "place"


def build(nltk_data: Path, out_dir: Path) -> list[Path]:
    """Read WordNet 3.0 and the stopword list from ``nltk_data`` and write the gazetteer."""
    from nltk.corpus.reader import CategorizedTaggedCorpusReader, WordListCorpusReader
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    wn = WordNetCorpusReader(zip_root(nltk_data, WORDNET_ZIP, "wordnet/"), None)
    sw = WordListCorpusReader(zip_root(nltk_data, STOPWORDS_ZIP, "stopwords/"), ["english"])
    brown = CategorizedTaggedCorpusReader(
        zip_root(nltk_data, BROWN_ZIP, "brown/"), r"c[a-z]\d\d", cat_file="cats.txt", tagset="brown", encoding="ascii"
    )
    data = collect(wn, sw.words("english"), case_counts_of(brown.sents()))
    data["meta"] = meta(
        ARTIFACT,
        nltk_data,
        [WORDNET_ZIP, STOPWORDS_ZIP, BROWN_ZIP],
        wordnet_version=wn.get_version(),
        counts={k: len(v) for k, v in sorted(data.items())},
    )
    return [write_json_gz(Path(out_dir) / f"{ARTIFACT}.json.gz", data)]
