"""which.true: one true statement and three false ones."""

from quizgen.support import SupportIndex
from template_helpers import run_template

TEXT = ("The summit drew about 100 delegations from various nations. Russia was not invited to the summit. "
        "Beijing confirmed the planned talks with the Ukrainian official. Ukraine dismissed the proposal from China. "
        "The minister will travel to China on Tuesday. Zelenskyy hosted a peace summit in Switzerland.")


def test_one_true_three_false_all_distinct():
    cands = run_template("which.true", TEXT)
    assert cands
    for c in cands:
        texts = [t for t, _ in c.options]
        assert len(texts) == 4 and len(set(texts)) == 4
        assert c.options[0][1] == "key" and c.answer_text == texts[0]
        for t in texts[1:]:
            assert t.lower().rstrip(".") not in TEXT.lower()
