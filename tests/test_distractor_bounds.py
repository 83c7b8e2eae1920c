"""A key that is a bound ("more than 80%") needs distractors that stay false."""

from __future__ import annotations

import random

import pytest

import quizgen
from quizgen.distractors import choose
from quizgen.numbers import parse_number
from quizgen.pipeline import make_context
from quizgen.templates.registry import get

TEXT = ("Facebook was founded in 2004 by Mark Zuckerberg. More than 30% of Facebook users list their interests on the site. "
        "A top salary can be up to £22,000 in the industry. About 40% of users visit the site every day.")


def _options(answer: str):
    doc = quizgen.analyze(TEXT)
    ctx, pools = make_context(doc)
    out = []
    for name in ("cloze.phrase", "cloze.sentence"):
        for c in get(name)(ctx):
            if c.answer_text == answer:
                opts = choose(c, pools, ctx.support, random.Random(0))
                if opts:
                    out.append([t for t, _ in opts[1:]])
    assert out, f"no item on {answer}"
    return out


def value(s: str) -> float:
    return parse_number(s.strip("%£"))


def test_lower_bound_distractors_are_larger():
    for opts in _options("30%"):
        assert all(value(o) > 30 for o in opts), opts


def test_upper_bound_distractors_are_smaller():
    for opts in _options("£22,000"):
        assert all(value(o) < 22000 for o in opts), opts


def test_a_bound_is_not_changed_into_a_false_statement():
    # "More than 40% of Facebook users ..." is not clearly false when more than 30% do: it may
    # be true, and "more than 20%" is (review round 78; before, the larger side was kept)
    from template_helpers import run_template

    stems = [c.stem for c in run_template("tf.false", TEXT)]
    assert not any("of Facebook users" in s for s in stems), stems
    assert any("2004" not in s and "founded in" in s for s in stems), stems  # the plain year still changes


def test_nationality_distractors_keep_the_keys_form():
    text = ("About 35% of Indian visitors to the castle come in the summer. Japanese tourists visit the castle every year. "
            "The Russians and the Americans also come to see the castle. British guides show them the rooms and the gardens.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    seen = 0
    for name in ("cloze.phrase", "cloze.sentence"):
        for c in get(name)(ctx):
            if c.atype == "NATIONALITY" and not c.answer_text.endswith("s"):
                opts = choose(c, pools, ctx.support, random.Random(0)) or []
                seen += bool(opts)
                assert not any(o.endswith("s") and not o.endswith(("ss", "ese")) for o, _ in opts[1:]), opts
    assert seen


def test_place_distractors_of_the_keys_own_kind_come_first():
    text = ("Ethiopia is one of the poorest countries in Africa. Teff is grown by about 6.3 million farmers in Kenya. "
            "Exports go to Israel and Australia every year. Farmers in Kenya sell teff to traders.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    c = next(c for c in get("cloze.phrase")(ctx) if c.answer_text == "Ethiopia" and c.stem.startswith("_____ is one"))
    opts = choose(c, pools, ctx.support, random.Random(0))[1:]
    assert opts[0] == ("Kenya", "article")  # the article's African country before its others
    origins = [o for _, o in opts]
    assert origins == sorted(origins, key=lambda o: o != "article")  # the article's names before WordNet's


def test_exact_figures_get_exact_looking_distractors():
    from quizgen.numbers import nearby_numbers

    assert all(not o.replace(",", "").endswith("00") for o in nearby_numbers("3,195")[:3])


def test_year_distractors_stay_near_the_key():
    text = ("The Chernobyl disaster happened in 1986 in Ukraine. The new plant will make up 14% of the energy by 2030. "
            "The drought in 2012 led to a rise in food prices in the country. Another drought came in 2010 in the south.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    checked = 0
    for c in get("cloze.phrase")(ctx):
        if c.atype == "YEAR":
            opts = choose(c, pools, ctx.support, random.Random(0)) or []
            for o, _ in opts[1:]:
                assert abs(int(o) - int(c.answer_text)) <= 15, (c.stem, o)
            checked += bool(opts)
    assert checked


def test_a_name_after_a_royal_title_is_not_an_answer():
    from quizgen.answers import stands_alone

    sent = quizgen.analyze("King Mohammed VI opened the new plant in the desert city of Ouarzazate in 2016.").sentences[0]
    e = next(e for e in sent.entities if e.label == "PERSON")
    assert not stands_alone(sent, sent.tokens[e.first : e.last])


def test_city_keys_draw_only_on_the_articles_cities():
    text = ("Protesters marched in Brasilia on Monday. The police in Rio de Janeiro arrested ten people. "
            "The government met in Brasilia again on Tuesday with the protest leaders.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    cities = [c for name in ("cloze.phrase", "wh.where") for c in get(name)(ctx) if c.atype == "CITY"]
    assert cities
    for c in cities:
        assert choose(c, pools, ctx.support, random.Random(0)) is None  # two cities are too few; no world capitals


def test_options_fit_the_article_before_the_blank():
    text = ("Mary gave her daughter an Icelandic middle name in Iceland. Many Swedish families live in the town. "
            "A Norwegian company built the bridge in 2010. The German engineers came to the town in 2011.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    c = next(c for c in get("cloze.phrase")(ctx) if c.answer_text == "Icelandic")
    opts = choose(c, pools, ctx.support, random.Random(0)) or []
    assert all(o[:1].lower() in "aeiou" for o, _ in opts[1:]), opts


def test_one_end_of_a_range_is_not_changed():
    from template_helpers import run_template

    stems = [c.stem for c in run_template("tf.false", "Yoga is between 3,000 and 6,000 years old according to experts in India. It came from India.")]
    assert not any("between" in s and ("6,000" not in s or "3,000" not in s) for s in stems), stems


def test_date_distractors_have_the_keys_form():
    from quizgen.distractors import date_shape

    assert date_shape("21 June") == date_shape("21 April") == ("D", "M")
    assert date_shape("May 2015") != date_shape("21 June")
    assert date_shape("4,000 years ago") != date_shape("21 June")
    text = ("The first International Day of Yoga was held on 21 June. The ministry planned it in May 2015. "
            "One person called the event on 21 June a mix of cultural nationalism and commercialization. "
            "Yoga is about 4,000 years old, and a festival on 21 April also celebrates it.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    cands = [c for c in [*get("cloze.sentence")(ctx), *get("cloze.phrase")(ctx)] if c.atype == "DATE" and c.answer_text == "21 June"]
    assert cands
    for c in cands:
        opts = choose(c, pools, ctx.support, random.Random(0))
        if opts:
            assert all(date_shape(o) == ("D", "M") for o, _ in opts), opts


def test_a_rankings_number_is_not_changed_in_a_false_statement():
    from template_helpers import run_template

    falses = [c.stem for c in run_template("tf.false", "Interbrand published its annual list in 2014. Most of the brands in the top 100 are US-owned.")]
    assert falses  # the year is still changed
    assert not any("top" in s and "100" not in s for s in falses), falses


def test_a_name_in_the_stem_is_never_an_option():
    text = ("A close political and economic ally of Moscow, Beijing denies that it supports the invasion. "
            "Kyiv asked Beijing for help. Officials in Kyiv and Moscow met in Bern last year.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    cands = [c for c in get("cloze.phrase")(ctx) if c.answer_text == "Moscow" and c.stem.startswith("Beijing is")]
    assert cands
    for c in cands:
        opts = choose(c, pools, ctx.support, random.Random(0))
        assert opts is None or "Beijing" not in [o for o, _ in opts], opts


def test_places_of_another_kind_and_historical_states_are_not_offered():
    from quizgen.distractors import place_class

    assert place_class("Harlem") == place_class("Soho") == place_class("Bronx") == "city_district"
    assert place_class("Paris") == place_class("Beijing") == "city"
    assert place_class("Wales") == place_class("Kenya") == "country"
    text = ("Mason found tetanus bacteria in Soho in 2014. Mason found dysentery bacteria at a station in Harlem in 2015. "
            "Paris has an old subway system. New York City has a bigger subway system. Times Square gets busy at night. "
            "Wales has a new law on organ donation.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    seen = False
    for c in [*get("cloze.phrase")(ctx), *get("cloze.sentence")(ctx)]:
        opts = choose(c, pools, ctx.support, random.Random(0))
        if not opts:
            continue
        if c.answer_text == "Harlem":
            seen = True
            assert not {"Paris", "New York City"} & {o for o, _ in opts}, opts
        if c.answer_text == "Paris":
            assert not {"Soho", "Harlem"} & {o for o, _ in opts}, opts
        assert not {"Muscovy", "Prussia", "Tibet"} & {o for o, _ in opts}, opts
    assert seen


def test_wordnet_siblings_leave_out_historical_states():
    text = "Many countries have new laws on organ donation. China passed a new law on organ donation in May. Wales passed a new law on organ donation in June."
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    cands = [c for c in get("cloze.phrase")(ctx) if c.answer_text in ("China", "Wales")]
    assert cands
    offered = set()
    for c in cands:
        for seed in range(30):
            opts = choose(c, pools, ctx.support, random.Random(seed))
            offered |= {o for o, _ in opts or []}
    assert offered  # WordNet gives siblings
    assert not {"Tibet", "Muscovy"} & offered, offered


def test_the_keys_rank_among_numeric_options_varies():
    from quizgen.distractors import _spread
    from quizgen.numbers import nearby_numbers, parse_number

    pert = [(x, "perturbation") for x in nearby_numbers("47")]
    ranks = set()
    for seed in range(40):
        three = [parse_number(x) for x, _ in _spread("47", pert, random.Random(seed))[:3]]
        ranks.add(sum(v < 47 for v in three))
    assert ranks >= {0, 1, 2}, ranks  # not always "second smallest"


def test_the_articles_years_far_from_the_key_are_not_offered():
    from quizgen.distractors import _plausible_year

    assert not _plausible_year("2013", "2003", "article")
    assert _plausible_year("2005", "2003", "article")
    assert _plausible_year("2013", "2003", "perturbation")


def test_numbers_stay_inside_their_range_and_their_unit():
    from quizgen.distractors import _within, value_limits

    text = ("The overall reoffending rate in Sweden is between 30 and 40% over three years, officials in Stockholm said. "
            "Workers in the factory in Dhaka spend 14 hours a day at the sewing machines, the union said.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    by_key = {c.answer_text: c for c in get("cloze.phrase")(ctx) if c.atype in ("NUMBER", "PERCENT")}
    low, high = value_limits(by_key["40%"])
    assert low == 30 and not _within("20%", low, high) and not _within("30%", low, high) and _within("60%", low, high)
    assert not _within("120%", low, high)
    low, high = value_limits(by_key["30"])
    assert _within("15", low, high) and not _within("45", low, high)
    for key, c in by_key.items():
        opts = choose(c, pools, ctx.support, random.Random(0))
        lo, hi = value_limits(c)
        assert opts is None or all(_within(o, lo, hi) for o, _ in opts[1:]), opts
    sent = quizgen.analyze("Workers spend 14 hours a day at the machines in the big factory.").sentences[0]
    from quizgen.answers import Answer
    from quizgen.templates.base import Candidate

    c = Candidate("cloze.phrase", "mcq", "Workers spend _____ hours a day.", sent, "0.0:1", "14", Answer([sent.tokens[2]], "NUMBER"), "NUMBER")
    assert value_limits(c) == (1.0, 24)  # above one before a plural ("one hours"), at most 24 a day
    assert not _within("one", 1.0, 24) and not _within("1", 1.0, 24) and _within("two", 1.0, 24)


def test_numeric_options_do_not_show_which_number_they_were_built_from():
    """204 beside 51, 102 and 153 (quarters of the key) shows the key; a grid around it does not."""
    from quizgen.distractors import _spread
    from quizgen.numbers import nearby_numbers, parse_number

    for key in ("204", "47", "3,195", "250,000"):  # a round 1,000 beside 750, 500, 250 is a fair grid too
        k = parse_number(key)
        pert = [(x, "perturbation") for x in nearby_numbers(key)]
        for seed in range(10):
            three = [parse_number(x) for x, _ in _spread(key, pert, random.Random(seed))[:3]]
            ratios = {round(v / k, 3) for v in three}
            assert not ratios <= {0.25, 0.5, 0.75, 1.5, 2.0, 3.0, 4.0}, (key, three)
            values = sorted(three + [k])
            gaps = {round(b - a, 6) for a, b in zip(values, values[1:])}
            assert len(gaps) <= 2, (key, values)  # an even grid (one gap, or two where the key's side skips a step)


def test_a_fall_from_one_figure_to_another_bounds_both_blanks():
    from quizgen.distractors import _within, value_limits

    doc = quizgen.analyze("Revenue at the company fell from $405m to $392m last year, the report said.")
    ctx, pools = make_context(doc)
    by_key = {c.answer_text: c for c in get("cloze.phrase")(ctx) if c.atype in ("MONEY", "NUMBER")}
    low, high = value_limits(by_key["$392m"])  # "fell from $405m to _____": below 405 ($442m was offered)
    assert not _within("$442m", low, high) and _within("$342m", low, high)
    low, high = value_limits(by_key["$405m"])  # "fell from _____ to $392m": above 392
    assert not _within("$305m", low, high) and _within("$505m", low, high)
    for c in by_key.values():
        lo, hi = value_limits(c)
        assert all(_within(o, lo, hi) for o, _ in (choose(c, pools, ctx.support, random.Random(0)) or [])[1:])


def test_a_changed_month_keeps_the_day_possible():
    from quizgen.numbers import perturb_date_tokens

    # round 12: "November 31" offered beside "March 31"
    for words in (["March", "31"], ["31st", "March", "2010"], ["January", "30,"]):
        alts = perturb_date_tokens(words)
        assert alts
        for alt in alts:
            month = next(w for w in alt if w in ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"))
            assert not (month in ("April", "June", "September", "November") and "31" in " ".join(alt)), alt
            assert not (month == "February" and any(w.startswith(("30", "31")) for w in alt)), alt


@pytest.mark.parametrize("text", [
    # round 16: "East Providence could use _____ more rescue trucks" offered "one"
    "Mr. Hawksley believes that East Providence could use two more rescue trucks for the Central Fire Station.",
    # review round 44: "for _____ proposed junior high schools" offered "one"
    "Board members examined blueprints and specifications for two proposed junior high schools at a Monday night workshop session.",
])
def test_one_is_not_offered_before_a_plural_past_its_modifiers(text):
    from quizgen.distractors import value_limits

    ctx, _ = make_context(quizgen.analyze(text))
    cands = [c for name in ("cloze.phrase", "cloze.sentence") for c in get(name)(ctx) if c.answer_text == "two"]
    assert cands
    for c in cands:
        low, _ = value_limits(c)
        assert low is not None and low >= 1.0


def test_a_decimal_without_its_zero_keeps_that_form():
    """"$.07" gets "$.05"-like neighbours, never "0.05" or "5" (review round 22: the key was
    the only option with a leading zero)."""
    from quizgen.numbers import nearby_numbers

    near = nearby_numbers(".07")
    assert near and all(n.startswith(".") and len(n) == 3 for n in near)
    assert all(n.startswith(".") and len(n) == 4 for n in nearby_numbers(".027"))


def test_a_bound_after_a_subjects_noun_keeps_the_other_side():
    # review round 22: "Flat payments over $50 per month are more expensive ...": payments over
    # $60 are as well, so $60, $70, $80 were distractors that are also true, and "over $60" a
    # false statement the article supports
    from template_helpers import run_template

    text = ("Flat payments over $50 per month are more expensive to the state than the assignment of state-owned vehicles. "
            "The state owns many cars for its employees. Most employees drive their own cars to work.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    opts = [[t for t, _ in choose(c, pools, ctx.support, random.Random(0)) or []][1:] for c in get("cloze.phrase")(ctx) if c.answer_text == "$50"]
    assert opts and all(opts)
    for o in opts:
        assert all(value(x.lstrip("$")) < 50 for x in o), o
    # "over $40" is open too (payments of $45 are not covered): a bound is never changed (review round 78)
    changed = [c.stem for c in run_template("tf.false", text) if c.stem.startswith("Flat payments over $")]
    assert not changed, changed


def test_which_bounds_restrict_a_noun():
    from quizgen.numbers import bound_restricts

    assert bound_restricts([("Flat", "JJ"), ("payments", "NNS"), ("over", "IN")], "per")
    assert bound_restricts([("payments", "NNS"), ("of", "IN"), ("more", "JJR"), ("than", "IN")], "a")
    # counts keep their side: "estimate more than 5,000 of the people ...", "More than 30% of users"
    assert not bound_restricts([("Kenya", "NNP"), ("estimate", "NN"), ("more", "JJR"), ("than", "IN")], "of")
    assert not bound_restricts([("More", "JJR"), ("than", "IN")], "%")
    assert not bound_restricts([("payments", "NNS"), ("more", "JJR"), ("than", "IN")], "a")


def test_no_numeric_distractor_repeats_a_number_the_stem_shows():
    # "One of the proteases has pH optimum of about 3.7 and another of about _____" offered 3.7;
    # "valued at $325, _____ and $65" offered $65 (corpus, 2026-12-06)
    from quizgen.pipeline import candidates

    text = ("One of the proteases has a pH optimum of about 3.7 and another of about 5.7 in the same tests. "
            "The others were valued at $325, $75 and $65 by the dealers in the city.")
    cands = [c for c in candidates(quizgen.analyze(text), ("mcq",), 0) if c.options and c.atype in ("NUMBER", "MONEY")]
    assert cands
    for c in cands:
        shown = set(c.stem.replace(",", " ").split())
        assert not [t for t, o in c.options if o != "key" and t in shown], (c.stem, c.options)


def test_the_old_level_of_a_change_stays_on_its_side_of_the_new_one():
    # "produce 6.9 million tons of sugar, a drop from _____ tons": 6.1 and 4.1 million are ruled out by the stem (review round 28)
    from quizgen.pipeline import candidates

    # (the review's sentence opened "During the current crop year,": since round 57 a fronted period keeps the gap-fill away)
    text = ("Brazil was expected to produce 6.9 million tons of sugar this year, a drop from 8.1 million tons in 1988-89. "
            "Brazil is the third-largest producer of sugar in the world.")
    items = [c for c in candidates(quizgen.analyze(text), ("mcq",), 0) if c.answer_text == "8.1 million" and c.options]
    assert items
    for c in items:
        values = [parse_number(t.split()[0]) for t, o in c.options if o != "key"]
        assert values and all(v > 6.9 for v in values), c.options


def test_round_29_a_change_or_a_range_keeps_its_distractors_on_the_right_side():
    from quizgen.numbers import nearby_numbers
    from quizgen.pipeline import candidates

    def options(text: str, key: str) -> list[float]:
        items = [c for c in candidates(quizgen.analyze(text), ("mcq",), 0) if c.answer_text == key and c.options]
        assert items, key
        return [parse_number(t.split()[0].lstrip("$").rstrip("%")) for c in items for t, o in c.options if o != "key"]

    # "boost ... to $198 million from _____": the old level is below 198
    text = ("Crude oil prices helped boost operating profit for the Marathon Oil Co. unit to $198 million from $180 million. "
            "The unit has 3,000 workers in Ohio.")
    assert all(v < 198 for v in options(text, "$180 million"))
    # "dropped to about $33 a ton from _____ a ton": above 33
    text = ("Profit per ton of steel shipped dropped to about $33 a ton from $42 a ton last year and $53 a ton in the second quarter. "
            "The company has 3,000 workers in Ohio.")
    assert all(v > 33 for v in options(text, "$42"))
    # "from _____ in 1991 to 7% in 2000": below 7 (the cap of a percentage had overridden the range's end)
    text = "Yields on the bonds range from 6.20% in 1991 to 7% in 2000, the underwriters said. The bonds are rated single-A by Moody's."
    assert all(v < 7 for v in options(text, "6.20%"))
    # a round key gets round distractors: 15% among 17%, 18%, 19% stood out
    assert all(int(n) % 5 == 0 for n in nearby_numbers("15")[:3]) and all(int(n) % 5 == 0 for n in nearby_numbers("10")[:3])


def _assert_no_year_after_1989_for_1988(text: str) -> None:
    """A story of 1989 (its latest past year): every gap-fill on 1988 offers no later year."""
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    assert pools.present_year == 1989
    checked = 0
    for seed in range(12):
        for c in get("cloze.phrase")(ctx):
            if c.atype == "YEAR" and c.answer_text == "1988":
                opts = choose(c, pools, ctx.support, random.Random(seed)) or []
                assert all(int(o) <= 1989 for o, _ in opts[1:]), (c.stem, opts)
                checked += bool(opts)
    assert checked


def test_no_year_distractor_after_the_storys_own_year_in_a_stem_about_the_past():
    # "Payouts rose 10% in _____" (1988) in a story of 1989 had offered 1990 (review rounds 28-29)
    text = ("Payouts on the stocks rose 10% in 1988 after a weak year. The index fell sharply in 1989 as rates climbed. "
            "Analysts expect dividends to grow again by 1991. The company said its profit doubled in 1987.")
    _assert_no_year_after_1989_for_1988(text)


def test_a_key_that_looks_like_a_figure_of_the_stem_gets_no_item():
    # "... to yield 7.88% compared with ... to yield _____" (7.90%): the one option near 7.88% (review round 29)
    from quizgen.distractors import _nearest_the_stems_figure

    stem = "The benchmark was priced to yield 7.88% compared with a yield of _____ on Tuesday."
    assert _nearest_the_stems_figure(stem, "7.90%", ["5.90%", "4.90%", "6.90%"])
    assert not _nearest_the_stems_figure(stem, "7.90%", ["7.95%", "7.85%", "7.80%"])  # distractors as near as the key
    assert not _nearest_the_stems_figure("Revenue grew in 2014 and reached _____ in the year.", "2,015", ["2,515", "1,515", "3,015"])  # a year is no figure


def test_numeric_distractors_keep_even_steps_from_the_key():
    # 15, 16 and 17 beside 13 (or 20, 21, 22 million beside "more than 18 million") left the key
    # alone before a run of three: a cue reviewers saw (round 35)
    from quizgen.distractors import _even_steps, _spread

    made = [(v, "perturbation") for v in ("15", "11", "17", "16", "10", "19")]
    for seed in range(20):
        opts = sorted(int(t) for t, _ in _spread("13", made, random.Random(seed))[:3])
        assert not (opts[1] - opts[0] == opts[2] - opts[1] == 1 and (opts[0] - 13 == 2 or 13 - opts[2] == 2)), opts
    lower_bound = [t for t, _ in _even_steps("18 million", [(f"{v} million", "perturbation") for v in (20, 16, 22, 21, 15, 24)], 1)[:3]]
    assert lower_bound == ["20 million", "22 million", "24 million"]


def test_a_round_year_gets_round_years_and_an_amount_is_no_year():
    # review round 42: "before 1900" beside 1899 and 1895; "$1500" beside $1499, $1498, $1495
    from quizgen.numbers import nearby_numbers, nearby_years

    assert all(int(y) % 10 == 0 for y in nearby_years("1900")[:4])
    assert nearby_years("1903")[:2] == ["1902", "1904"]  # a year that is no round one keeps its near neighbours
    assert all(abs(int(n) - 1500) >= 100 for n in nearby_numbers("1500", year=False))


def test_an_amount_that_looks_like_a_year_gets_amount_distractors():
    from quizgen.pipeline import run

    text = ("The heat pump warms the house in winter and cools it in summer. The minimum cost for an average seven-room house "
            "with a basement is likely to run $1500 above the cost of the heating alone. The pump needs a well of 200 feet.")
    opts = [o for c in run(text, n=10).candidates if c.answer_text == "$1500" for o, _ in c.options]
    assert opts and not {"$1499", "$1498", "$1495", "$1501"} & set(opts), opts


def test_a_year_typed_as_a_number_still_gets_years():
    # review round 44: "Colt's center-fire _____ rifles" (1961) had 2711, 2461 and 2211 beside it
    from quizgen.pipeline import run

    text = ("Colt's center-fire 1961 rifles are all made with Sako actions, regardless of caliber. The Browning rifles use FN actions. "
            "Stock designs are excellent for use with scopes in the field.")
    opts = [o for c in run(text, n=10).candidates if c.answer_text == "1961" for o, _ in c.options]
    assert opts and all(1900 <= int(o) <= 2000 for o in opts), opts


def test_a_key_of_one_before_a_singular_noun_gets_no_distractors():
    # review round 47: "about _____ minute of arc" gives 1 away; "1 percent" and "1 cm." take any number
    from quizgen.distractors import value_limits

    for text, lone in (("The maximum angular diameter of any planetary disk seen from the earth is about 1 minute of arc.", True),
                       ("The plaque in the right coronary artery lay about 1 cm. from its origin in the heart.", False)):
        ctx, _ = make_context(quizgen.analyze(text))
        cands = [c for name in ("cloze.phrase", "cloze.sentence") for c in get(name)(ctx) if c.answer_text == "1"]
        assert cands, text
        assert all((value_limits(c) == (1.0, 1.0)) == lone for c in cands), text


def test_a_key_in_words_gets_distractors_in_words():
    # review round 53: "_____ years before" (Twenty) offered "25" and "35" beside "Thirty"
    from quizgen.numbers import nearby_numbers, parse_number

    near = nearby_numbers("Twenty")
    assert near and all(not any(ch.isdigit() for ch in n) for n in near), near
    assert "Thirty" in near and parse_number("Thirty") == 30  # a round key gets round neighbours (review round 88; "Twenty-five" before)
    assert all(not any(ch.isdigit() for ch in n) for n in nearby_numbers("seventy"))


def _gap_fills(text: str):
    """The article's pools and its gap-fill candidates by key (phrase and sentence templates)."""
    ctx, pools = make_context(quizgen.analyze(text))
    return ctx, pools, {c.answer_text: c for c in [*get("cloze.phrase")(ctx), *get("cloze.sentence")(ctx)]}


def _gap_fill_options(text: str, key: str) -> list[list[tuple[str, str]]]:
    """The options chosen for every gap-fill of ``key`` (at least one must exist)."""
    ctx, pools = make_context(quizgen.analyze(text))
    cands = [c for c in [*get("cloze.phrase")(ctx), *get("cloze.sentence")(ctx)] if c.answer_text == key]
    assert cands, key
    return [choose(c, pools, ctx.support, random.Random(0)) or [] for c in cands]


def test_round_65_a_range_in_millions_and_a_change_to_from_bound_their_blanks():
    # "between $300 million and _____" was offered $200 million; "increasing the number of
    # directors to _____ from 11" was offered 9 and 10
    from quizgen.distractors import _within, value_limits

    ctx, pools, by_key = _gap_fills("Analysts estimated that the parent company may have to inject between $300 million and $400 million into the unit. "
                                    "Gillette Co. elected a new member to its board, increasing the number of directors to 12 from 11.")
    low, high = value_limits(by_key["$400 million"])
    assert not _within("$200 million", low, high) and _within("$500 million", low, high)
    low, high = value_limits(by_key["12"])
    assert not _within("10", low, high) and _within("14", low, high)
    for c in by_key.values():
        lo, hi = value_limits(c)
        assert all(_within(o, lo, hi) for o, _ in (choose(c, pools, ctx.support, random.Random(0)) or [])[1:])
    # "dropped his estimate of DEC's full-year net to _____ a share from $8" was offered $8.80 (review round 66)
    low, high = value_limits(_gap_fills("Marc Schulman, with UBS Securities in New York, dropped his estimate of DEC's full-year net to $6.80 a share from $8.")[2]["$6.80"])
    assert not _within("$8.80", low, high) and _within("$5.80", low, high)
    # a different scale is not compared: "between 800,000 and 1.2 million"
    by_key = _gap_fills("The census counted between 800,000 and 1.2 million people in the province of the north last year.")[2]
    assert all(value_limits(c)[0] is None or value_limits(c)[0] < 10 for k, c in by_key.items() if "million" in k), by_key.keys()


def test_round_67_a_rise_with_a_date_before_from_bounds_the_old_level():
    # "rose to a seasonally adjusted 396,000 during the week ended Oct. 7 from _____" was offered 434,000
    from quizgen.distractors import _within, value_limits

    text = "Initial claims for regular state unemployment benefits rose to a seasonally adjusted 396,000 during the week ended Oct. 7 from 334,000 the previous week, the Labor Department said."
    low, high = value_limits(_gap_fills(text)[2]["334,000"])
    assert not _within("434,000", low, high) and _within("284,000", low, high)


def test_round_68_a_time_phrase_from_a_sentence_start_is_lower_case_beside_a_lower_case_key():
    text = ("An unmanned spacecraft, Magellan, already is heading to Venus and is due to begin mapping the planet next August. "
            "Next March, the shuttle Discovery will launch the Hubble space telescope, an instrument to see the faintest galaxies. "
            "Last week, the shuttle Atlantis launched the Galileo probe to the planet Jupiter from Florida.")
    for opts in _gap_fill_options(text, "next August"):
        assert not any(o.startswith(("Next", "Last")) for o, _ in opts), opts


def test_round_68_no_distractor_below_one_of_a_scale():
    # "$0.8 billion" beside "$1.5 billion"
    text = "Next March, the shuttle Discovery will launch the Hubble space telescope, a $1.5 billion instrument designed to see the faintest galaxies in the universe."
    for opts in _gap_fill_options(text, "$1.5 billion"):
        assert not any(o.startswith("$0.") for o, _ in opts), opts


def test_round_69_a_unit_noun_between_the_blank_and_from_keeps_the_bound():
    from quizgen.distractors import _within, value_limits

    text = "New York Stock Exchange volume shrank to 166.9 million shares from 224.1 million Tuesday, the exchange said in a report."
    low, high = value_limits(_gap_fills(text)[2]["166.9 million"])
    assert not _within("241.9 million", low, high) and _within("141.9 million", low, high)


def test_round_70_a_range_by_its_repeated_unit_bounds_both_blanks():
    # "ranges of 1.70 marks to _____ marks" was offered 1.15, 1.40 and 1.65; "and _____ to 140 yen" 145 yen
    from quizgen.distractors import _within, value_limits

    by_key = _gap_fills("The so-called Louvre accord was seen to have set ranges of 1.70 marks to 1.90 marks and 120 yen to 140 yen.")[2]
    low, high = value_limits(by_key["1.90"])
    assert not _within("1.65", low, high) and _within("2.15", low, high)
    low, high = value_limits(by_key["120 yen"])
    assert not _within("145 yen", low, high) and _within("95 yen", low, high)


def test_round_71_no_place_distractor_that_is_part_of_a_place_the_stem_names():
    # "The UK will have to go some way to eclipse northern _____" (Chile) was offered Britain and Scotland
    from conftest import CORPUS, need

    text = (need(CORPUS) / "adv" / "WNL Bright Future.txt").read_text(encoding="utf-8-sig")
    options = _gap_fill_options(text, "Chile")
    assert all(len(opts) == 4 for opts in options), options
    for opts in options:
        assert not {"Britain", "Scotland", "England"} & {o for o, _ in opts}, opts


def test_coordinates_stay_on_earth():
    # review round 72: "158 degrees East longitude" -> "183 degrees East longitude" (no place on Earth)
    from quizgen.numbers import coordinate_limit
    from quizgen.templates.registry import get

    assert coordinate_limit(["degrees", "North", "latitude"]) == 90.0 and coordinate_limit(["degrees", "East", "longitude"]) == 180.0
    assert coordinate_limit(["degrees", "Celsius"]) is None and coordinate_limit(["miles"]) is None
    text = "The quake's epicenter was placed at 85 degrees North latitude and 175 degrees East longitude by the scientists. The quake was felt in Japan."
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    seen = 0
    for c in get("cloze.phrase")(ctx):
        opts = choose(c, pools, ctx.support, random.Random(0)) or []
        limit = 90 if c.answer_text == "85" else 180
        for t, _ in opts[1:]:
            seen += 1
            assert (parse_number(t) or 0) <= limit, (c.stem, t)
    import re

    falses = [c.stem for c in get("tf.false")(ctx) if "degrees" in c.stem]
    for stem in falses:
        lat, lon = (float(x) for x in re.findall(r"(\d+) degrees", stem))
        assert lat <= 90 and lon <= 180, stem
    assert seen >= 6 and falses


def test_a_surname_after_a_title_gets_no_first_names():
    # review round 72: "All Captain _____ took back to Salem ..." (Gibault) offered "Harriet" and
    # "Samuel", first names the article used alone, beside the surnames
    text = ("Harriet kept a diary of the voyage. Samuel preached to the crew every Sunday. Captain Heard and Captain Endicott "
            "sailed the same route with Captain Derby. Captain Crowninshield owned the largest ship in the harbour.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    got = [choose(c, pools, ctx.support, random.Random(0)) for c in get("cloze.phrase")(ctx) if c.answer_text == "Crowninshield"]
    assert got and got[0], "the item should be made from the article's three other captains"
    assert {t for t, _ in got[0][1:]} == {"Heard", "Endicott", "Derby"}, got


def test_a_rough_count_gets_round_distractors():
    # review round 74: "About 1500 delegates" had 1505, 1510 and 1520 beside it (year-like steps)
    doc = quizgen.analyze("About 1500 delegates are expected to register today for the biennial session of the Scottish Rite. The session opens on Monday.")
    ctx, pools = make_context(doc)
    got = [choose(c, pools, ctx.support, random.Random(0)) for c in get("cloze.phrase")(ctx) if c.answer_text == "1500"]
    assert got and got[0]
    assert all(int(t) % 50 == 0 for t, _ in got[0][1:]), got


def test_a_place_whose_adjective_the_stem_shows_is_no_distractor(seed_text):
    # the seed article: "Which country has refused to join Ukrainian-led international peace
    # conferences?" offered Ukraine, which a student rules out without reading
    from quizgen.answers import demonym_in

    assert demonym_in("Which country has refused to join Ukrainian-led peace conferences?", "Ukraine")
    assert not demonym_in("Which country has refused to join the peace conferences in Kyiv?", "Ukraine")
    qs = quizgen.generate(seed_text)
    item = next(it for it in qs.items if "Ukrainian-led" in it.stem)
    assert "Ukraine" not in {o.text for o in item.options}


def test_a_year_the_keys_sentence_also_names_is_no_distractor():
    # "recycled in 2013 and ... there will be 15,000 bins ... in 2014": 2014 belongs to the same
    # sentence's other fact; "from 1960 through 1962" makes them all right (review round 78)
    text = ("Organizers say that almost half of all the rubbish left on site was recycled in 2013 and add that there will be "
            "15,000 bins for recycling across the festival grounds in 2014. The festival began in 1970. It moved to a new farm in 1981. "
            "A new stage was built in 2008. The fences went up in 2002.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    seen = 0
    for name in ("cloze.phrase", "cloze.sentence", "wh.when"):
        for c in get(name)(ctx):
            if c.answer_text.endswith("2013"):
                for seed in range(5):
                    opts = choose(c, pools, ctx.support, random.Random(seed))
                    if opts:
                        seen += 1
                        assert not any("2014" in t for t, _ in opts[1:]), opts
    assert seen, "no item on 2013"


def test_round_86_an_age_stays_an_age_and_a_whole_is_at_least_its_part():
    text = ("The only voice in the radio earpiece of Felix Baumgartner was that of Kittinger, now 84. "
            "Kittinger jumped from a balloon in 1960 over New Mexico. "
            "The panel found that 116 of 164 statements were changed by South Yorkshire police in 1989. "
            "The panel met in Liverpool in 2012 and read 450,000 pages of documents.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    seen = set()
    for name in ("cloze.phrase", "cloze.sentence"):
        for c in get(name)(ctx):
            if c.answer_text in {"84", "164"}:
                opts = choose(c, pools, ctx.support, random.Random(0))
                if opts:
                    seen.add(c.answer_text)
                    values = [value(t) for t, _ in opts[1:]]
                    if c.answer_text == "84":
                        assert all(v <= 110 for v in values), opts  # not 104, 124, 144
                    else:
                        assert all(v > 116 for v in values), opts  # not 114
    assert seen == {"84", "164"}, seen


def test_round_86_kittingers_age_gets_ages():
    # "Kittinger, now _____" was offered 104, 124 and 144 in the OneStop article
    from conftest import CORPUS, need
    from quizgen.pipeline import candidates

    doc = quizgen.analyze(need(CORPUS / "adv" / "Skydiver.txt").read_text(encoding="utf-8-sig"))
    opts = [c.options for c in candidates(doc, ("mcq",), 0) if c.answer_text == "84"]
    assert opts and all(value(t) <= 110 for o in opts for t, _ in o), opts


def test_round_92_a_passive_stem_about_the_past_gets_no_later_year_either():
    # "Zeus was hailed as the Worlds _____ finals MVP": "was hailed" tells of the past as "rose" does
    text = ("Zeus was hailed as the finals MVP of the 1988 championship in Seoul. The index fell sharply in 1989 as rates climbed. "
            "The company said its profit doubled in 1987.")
    _assert_no_year_after_1989_for_1988(text)


def test_a_month_and_year_key_gets_no_month_and_day_distractors():
    # review round 96: "joining the campaign in _____" offered "January 10" and "September 8" beside "February 2016"
    from quizgen.distractors import date_shape

    assert date_shape("February 2016") == date_shape("April 2016") == ("M", "Y")
    assert date_shape("February 2016") != date_shape("January 10")
    import quizgen
    from quizgen import pipeline

    doc = quizgen.analyze("Sessions joined the campaign in February 2016 after a long debate. He met the ambassador on September 8 in Cleveland. "
                          "The senators met again on January 10 in Washington. The party chose its leader in May 2015 at a meeting.")
    for c in pipeline.candidates(doc, ("mcq",), 0):
        if c.answer_text == "February 2016":
            assert all(date_shape(t) == ("M", "Y") for t, _ in c.options), c.options


def test_a_country_key_gets_no_archipelago_from_wordnet():
    # "Japan" is an archipelago in WordNet's first sense: its siblings were "Antilles", "West
    # Indies" and "Australasia" beside a country key (review round 95)
    from quizgen.distractors import _raw_candidates

    text = ("Germany is ageing very rapidly, only just behind Japan in forecasts for its population. "
            "The government in Berlin has raised the pension age to 67 years.")
    doc = quizgen.analyze(text)
    ctx, pools = make_context(doc)
    keys = [c for c in [*get("cloze.phrase")(ctx), *get("cloze.sentence")(ctx)] if c.answer_text == "Japan"]
    assert keys and keys[0].atype == "COUNTRY"
    raw = {t for t, _ in _raw_candidates(keys[0], pools)}
    assert not {"Antilles", "West Indies", "Australasia", "Hawaiian Islands"} & raw, raw


def test_a_person_after_an_office_title_gets_only_holders_of_that_title():
    # "President _____ told governors ...": "Loretta Lynch" and "Kate Brown" beside "Donald
    # Trump" gave the key away (review round 97)
    from quizgen.distractors import _raw_candidates

    people = ("Loretta Lynch spoke to the press in Washington on Monday. Kate Brown met the farmers in Oregon. "
              "Jeff Sessions left the meeting early. ")
    presidents = ("President Emmanuel Macron visited Berlin in May. President Vladimir Putin met the envoys in Moscow. "
                  "President Xi Jinping flew to Davos in January. ")
    key = "President Donald Trump repeatedly told governors in a private meeting that his top priority is lower taxes."

    def raw(text: str) -> set[str]:
        doc = quizgen.analyze(text)
        ctx, pools = make_context(doc)
        found = [c for c in [*get("cloze.phrase")(ctx), *get("cloze.sentence")(ctx)] if c.answer_text == "Donald Trump"]
        assert found
        return {t for t, _ in _raw_candidates(found[0], pools)}

    assert not {"Loretta Lynch", "Kate Brown", "Jeff Sessions"} & raw(people + key)
    assert {"Emmanuel Macron", "Vladimir Putin", "Xi Jinping"} <= raw(people + presidents + key)


def test_days_a_year_are_at_most_a_year():
    # "more than _____ days a year" had 400, 500 and 600 as distractors (review round 98)
    from quizgen.answers import Answer
    from quizgen.distractors import value_limits
    from quizgen.templates.base import Candidate

    sent = quizgen.analyze("She spends 300 days a year travelling around the world as an advocate.").sentences[0]
    c = Candidate("cloze.phrase", "mcq", "She spends _____ days a year travelling.", sent, "0.0:1", "300", Answer([sent.tokens[2]], "NUMBER"), "NUMBER")
    assert value_limits(c)[1] == 366
