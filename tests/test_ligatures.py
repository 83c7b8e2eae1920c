"""Words that lost a PDF ligature are repaired; real words are left alone."""

from __future__ import annotations

from quizgen.text.ligatures import ligature_repairs

WORDS = {"first", "five", "filming", "difficult", "artificially", "flight", "the", "seconds", "are", "easy", "so", "it", "use", "a",
         "fish", "is", "in", "pond", "minutes", "for", "soffit", "affuse", "i", "been", "there", "cult", "was"}
STOP = {"the", "are", "so", "it", "a", "is", "in", "for", "i", "there", "was"}


def fix(text: str) -> str:
    out = text
    for s, e, r in reversed(ligature_repairs(text, WORDS.__contains__, STOP.__contains__)):
        out = out[:s] + r + out[e:]
    return out


def test_lost_ligatures_are_repaired():
    assert fix("The rst 30 seconds are easy.") == "The first 30 seconds are easy."
    assert fix("She held it for ve minutes.") == "She held it for five minutes."
    assert fix("It was dif cult and arti cially hard.") == "It was difficult and artificially hard."


def test_real_words_and_contractions_stay():
    assert fix("The fish is in the pond.") == "The fish is in the pond."
    assert fix("So it was, a use for it.") == "So it was, a use for it."
    assert fix("I ve been there.") == "I ve been there."


def test_a_ligature_glyph_that_survived_is_left_to_nfkc():
    # "\ufb01ve" is "five" with its glyph intact; repairing "ve" as well gave "fifive"
    assert fix("We asked \ufb01ve people.") == "We asked \ufb01ve people."
    assert fix("It was di\ufb03cult.") == "It was di\ufb03cult."
