"""cloze.phrase: one blank, key never visible elsewhere in the stem."""

from quizgen.templates.cloze import BLANK
from template_helpers import run_template


def test_blank_appears_once_and_key_is_hidden():
    cands = run_template("cloze.phrase", "Beijing confirmed the planned talks with the Ukrainian official on Monday.")
    assert cands, "expected gap-fill candidates"
    for c in cands:
        assert c.stem.count(BLANK) == 1
        assert c.answer_text.lower() not in c.stem.lower().replace(BLANK, " ")
        assert c.answer_text in c.sentence.text
    assert any(c.answer_text == "Beijing" and c.stem.startswith(BLANK) for c in cands)


def test_no_cloze_from_pronoun_clauses():
    assert run_template("cloze.phrase", "They confirmed the planned talks with the official on Monday.") == []


def test_round_19_a_sentence_gap_fill_keeps_its_year_and_its_object():
    # "The Birds were 3-10 on _____.": "In 1958," was dropped
    assert not run_template("cloze.sentence", "In 1958, the Baltimore Orioles were 3-10 on May 1 after a poor start.")
    assert run_template("cloze.sentence", "The Baltimore Orioles were 3-10 on May 1 after a poor start.")
    # "... written on October 25 which imported.": the object was a quotation the core left out
    text = 'Sturley on November 4 answered a letter from Quiney written on October 25 which imported, wrote Sturley, "that our countriman Mr. Wm. Shak. would procure us money."'
    assert not run_template("cloze.sentence", text)
