"""WordNet lexicon lookups: lexnames, synonyms, antonyms, cohyponyms, hypernyms, vocabulary."""

from __future__ import annotations

import pytest

from quizgen.text import lexicon as L


def test_lexname_of_most_frequent_sense() -> None:
    assert L.lexname("president") == "noun.person"
    assert L.lexname("President") == "noun.person"
    assert L.lexname("Beijing") == "noun.location"
    assert L.lexname("Monday") == "noun.time"
    assert L.lexname("delegation") == "noun.group"
    assert L.lexname("million") == "noun.quantity"
    assert L.lexname("car") == "noun.artifact"
    assert L.lexname("foreign minister") == "noun.person"  # multiword, spaces
    assert L.lexname("foreign_minister") == "noun.person"
    assert L.lexname("run", "v") == "verb.motion"
    assert L.lexname("xqzzv") is None


def test_lexname_accepts_inflections_and_penn_tags() -> None:
    assert L.lexname("presidents") == "noun.person"
    assert L.lexname("children", "NNS") == "noun.person"
    assert L.lexname("went", "VBD") == "verb.motion"


def test_synonyms() -> None:
    syn = L.synonyms("car")
    assert {"car", "auto", "automobile", "motorcar"} <= syn
    assert all(s == s.lower() and "_" not in s for s in syn)
    assert "united states" in L.synonyms("USA")
    assert L.synonyms("xqzzv") == frozenset()


def test_antonyms() -> None:
    assert "small" in L.antonyms("large", "a")
    assert L.antonyms("large", "a")[0] == "small"  # most frequent first
    assert "little" in L.antonyms("big", "a")  # through the satellite's cluster head
    assert L.antonyms("increase", "v") == ["decrease"]
    assert L.antonyms("quickly", "r") == ["slowly"]
    assert L.antonyms("dog", "n") == []
    assert L.antonyms("xqzzv", "a") == []


def test_cohyponyms_of_china() -> None:
    co = L.cohyponyms("China")
    assert "Japan" in co and "India" in co
    assert all(c.casefold() not in L.synonyms("China") for c in co)
    assert "China" not in co and "china" not in co
    assert len(co) == 30
    assert len(L.cohyponyms("China", limit=5)) == 5
    assert all("_" not in c for c in co)


def test_cohyponyms_order_and_exclusions() -> None:
    days = L.cohyponyms("Monday")
    assert {"Tuesday", "Friday", "Saturday"} <= set(days)
    assert "Monday" not in days
    fruit = L.cohyponyms("apple")
    assert "pear" in fruit and "apple" not in fruit
    assert L.cohyponyms("xqzzv") == []


def test_hypernym_chain_and_is_a() -> None:
    chain = L.hypernym_chain("China")
    assert chain[0] == "asian_country.n.01"
    assert chain[-1] == "entity.n.01"
    assert "group.n.01" in L.hypernym_chain("delegation")
    assert L.is_a("delegation", "group.n.01")
    assert L.is_a("China", "country.n.02")
    assert L.is_a("president", "person.n.01")
    assert L.is_a("group", "group.n.01")  # reflexive
    assert not L.is_a("car", "person.n.01")
    assert not L.is_a("car", "no_such.n.01")
    assert L.is_a("walk", "travel.v.01")


def test_is_english_word_and_stopwords() -> None:
    for w in ["cats", "running", "were", "the", "geese", "went", "children", "happier", "Beijing"]:
        assert L.is_english_word(w), w
    for w in ["qwzx", "", "3.5", "---", "xqzzv", "nicht", "gestern", "beaucoup", "ciudad"]:
        assert not L.is_english_word(w), w
    assert "the" in L.STOPWORDS and "and" in L.STOPWORDS
    assert "minister" not in L.STOPWORDS
    assert isinstance(L.STOPWORDS, frozenset)


def test_word_list_lookup_and_prefix_test_agree_with_the_plain_list() -> None:
    """The sampled index of the word list answers as a set of its lines would, and
    ``could_start_english_word`` is never False for the start of a word it accepts."""
    import bisect

    vocab = L._words().vocabulary
    lines = vocab.text.split("\n")
    plain = frozenset(lines)
    for w in [*lines[::501], lines[0], lines[-1], "", "zzzzzz", "~", "a\nb", "difficult", "dif", "kenyafisaid"]:
        assert (w in vocab) == (w in plain and "\n" not in w), w
        k = bisect.bisect_left(lines, w)
        assert vocab.has_prefix(w) == (k < len(lines) and lines[k].startswith(w)), w
    for w in ["difficult", "artificially", "geese", "children", "running", "happier", "offices", "flights", *lines[::2999]]:
        if L.is_english_word(w):
            for j in range(len(w) - 3):
                assert L.could_start_english_word(w[:j], len(w)), (w, j)
    assert not L.could_start_english_word("kenyaf", len("kenyafisaid"))
    assert L.could_start_english_word("kenyaf", 7)  # too short to tell: never False


def test_bad_pos_raises() -> None:
    with pytest.raises(ValueError):
        L.lexname("car", "x")
