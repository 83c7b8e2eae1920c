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
