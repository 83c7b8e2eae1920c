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
