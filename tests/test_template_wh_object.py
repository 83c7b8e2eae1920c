"""wh.where / wh.when / wh.object: inversion and do-support."""

from template_helpers import run_template, stems

ZELENSKYY = ("Last month, Ukraine\u2019s President Volodymyr Zelenskyy hosted a peace summit in Switzerland "
             "to set out his vision for a lasting peace.")
PUTIN = ("During a visit to Beijing in May, Russia\u2019s President Vladimir Putin signalled his approval of "
         "China\u2019s plan, calling it a \u201cgenuine desire\u201d to end the war.")


def test_where_uses_do_support_and_drops_the_title():
    got = stems(run_template("wh.where", ZELENSKYY))
    assert got.get("Where did Volodymyr Zelenskyy host a peace summit last month?") == "Switzerland"


def test_where_inverts_a_modal():
    got = stems(run_template("wh.where", "The foreign minister will travel to China on Tuesday."))
    assert got.get("Where will the foreign minister travel on Tuesday?") == "China"


def test_when_from_a_fronted_adverbial():
    got = stems(run_template("wh.when", PUTIN))
    assert got.get("When did Vladimir Putin signal his approval of China's plan?") == "in May"


def test_when_from_a_prepositional_phrase():
    got = stems(run_template("wh.when", "The foreign minister will travel to China on Tuesday."))
    assert got.get("When will the foreign minister travel to China?") == "on Tuesday"


def test_object_question_about_a_named_person():
    got = stems(run_template("wh.object", "The president met Angela Merkel in Berlin last week."))
    assert got.get("Who did the president meet in Berlin?") == "Angela Merkel" or got.get("Who did the president meet in Berlin last week?") == "Angela Merkel"


def test_negated_clauses_are_blocked():
    assert run_template("wh.where", "Russia was not invited to the summit in Switzerland.") == []


def test_a_fronted_bound_is_not_a_when_answer():
    from template_helpers import run_template

    cands = run_template("wh.when", "By 2012, Downton Abbey was having a positive effect on tourism in the region.")
    assert not any(c.answer_text.lower() in ("by 2012", "2012") for c in cands)


def test_a_place_that_belongs_to_a_noun_is_not_asked_with_where():
    from template_helpers import run_template

    stems = [c.stem for c in run_template("wh.where", "Amin Hossain is from a small village in Bangladesh near the river.")]
    assert not any("from a" in s for s in stems), stems


def test_two_names_of_one_person_are_not_swapped():
    from template_helpers import run_template

    text = ("Felix Baumgartner jumped from a balloon above New Mexico. Fearless Felix landed safely in the desert. "
            "Baumgartner raised his arms in a victory salute. Joe Kittinger watched from the control room in Roswell.")
    stems = {c.stem for c in run_template("tf.false", text)}
    assert not any(s.startswith(("Fearless Felix raised", "Felix Baumgartner raised")) for s in stems), stems


def test_no_where_question_over_an_embedded_clause():
    from template_helpers import run_template

    stems = [c.stem for c in run_template("wh.where", "The magistrates in Paris ruled that every photograph published by the magazine in France was illegal.")]
    assert not any(" that " in s for s in stems), stems


def test_no_when_question_about_the_start_of_a_running_change():
    # review round 78: "Beginning in 1960, the requirements are being adjusted 25% a year" gave "When are ... being adjusted?" (in 1960)
    from template_helpers import run_template

    stems = [c.stem for c in run_template("wh.when", "Beginning in 1960, the matching requirements for the base allotment are being adjusted by the States.")]
    assert not stems, stems
    stems = [c.stem for c in run_template("wh.when", "During a visit to Beijing in May, Vladimir Putin signalled his approval of the plan.")]
    assert stems, "a plain fronted date still gives a when-question"
