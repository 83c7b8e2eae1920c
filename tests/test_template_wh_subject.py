"""wh.subject: questions about a named subject, no inversion."""

from template_helpers import run_template, stems

ZELENSKYY = ("Last month, Ukraine\u2019s President Volodymyr Zelenskyy hosted a peace summit in Switzerland "
             "to set out his vision for a lasting peace.")


def test_who_question_about_a_person_keeps_the_fronted_time():
    got = stems(run_template("wh.subject", ZELENSKYY))
    assert got.get("Who hosted a peace summit in Switzerland last month?") == "Volodymyr Zelenskyy"


def test_country_subject_gets_which_country_and_singular_verb():
    got = stems(run_template("wh.subject", "However, Ukraine dismissed the proposal from Beijing."))
    assert got.get("Which country dismissed the proposal from Beijing?") == "Ukraine"


def test_pronoun_and_negated_subjects_give_no_question():
    assert run_template("wh.subject", "It hosted a summit in Switzerland last year.") == []
    assert run_template("wh.subject", "Russia was not invited to the summit in Switzerland.") == []


def test_a_bare_definite_object_leaves_the_question_vague():
    from template_helpers import run_template

    text = "Chuck Blazer left the job in May 2015 after an investigation by the FBI. Jeffrey Webb left the job of FIFA vice-president in May 2015."
    stems = [c.stem for c in run_template("wh.subject", text)]
    assert not any(s.startswith("Who left the job in") for s in stems), stems
    assert any(s.startswith("Who left the job of FIFA vice-president") for s in stems), stems
