"""Sentence splitting: hand-written cases for the traps of news prose."""

from __future__ import annotations

import pytest

from quizgen.text.sentences import sentences, split_sentences

CASES: list[tuple[str, list[str]]] = [
    ("Mr. Smith met Mrs. Jones and Dr. Brown. They talked.",
     ["Mr. Smith met Mrs. Jones and Dr. Brown.", "They talked."]),
    ("Prof. Li lives on St. James Street. He walks.",
     ["Prof. Li lives on St. James Street.", "He walks."]),
    ("J. K. Rowling wrote it. George W. Bush read it.",
     ["J. K. Rowling wrote it.", "George W. Bush read it."]),
    # Punkt reads "A." as the article's end: a middle initial before a surname is no break
    ("His father, George A. Mercer, was descended from an old family. Mrs. Grace O. Peck agreed.",
     ["His father, George A. Mercer, was descended from an old family.", "Mrs. Grace O. Peck agreed."]),
    # a run of initials (review round 39); "Plan B." still ends its sentence
    ("It relies on an instrument devised by Commander C. K. Green of the Survey staff. It consists of pipes.",
     ["It relies on an instrument devised by Commander C. K. Green of the Survey staff.", "It consists of pipes."]),
    ("We chose Plan B. A new plan came later.", ["We chose Plan B.", "A new plan came later."]),
    # a name's initials alone are no sentence (review round 57); a section's letter stays apart
    ("The bank failed. J.P. Morgan & Co. will help the managers.", ["The bank failed.", "J.P. Morgan & Co. will help the managers."]),
    ("C. Thyroglobulin synthesis. Little is known of it.", ["C. Thyroglobulin synthesis.", "Little is known of it."]),
    # initials before a name, a case name, a country's initials before a two-word name (review round 58)
    ("GE Capital works with L.J. Hooker Corp. of Sydney. It grew.", ["GE Capital works with L.J. Hooker Corp. of Sydney.", "It grew."]),
    ("The court ruled in the Dirks v. SEC decision. It held.", ["The court ruled in the Dirks v. SEC decision.", "It held."]),
    # "Sens." before names (review round 60)
    ("The industry made headway with Sens. Lloyd Bentsen and Bob Packwood. It passed.",
     ["The industry made headway with Sens. Lloyd Bentsen and Bob Packwood.", "It passed."]),
    ("It needs approval by Judge Tina Brozman of U.S. Bankruptcy Court in Manhattan. It closed.",
     ["It needs approval by Judge Tina Brozman of U.S. Bankruptcy Court in Manhattan.", "It closed."]),
    ("The team had a plan B. The plan worked.", ["The team had a plan B.", "The plan worked."]),
    ("Sales rose to 3.5 million. That was good.", ["Sales rose to 3.5 million.", "That was good."]),
    ('He said "Stop." Then he left.', ['He said "Stop."', "Then he left."]),
    ('He said, "I will go." She stayed.', ['He said, "I will go."', "She stayed."]),
    ('"Are you sure?" she asked. "Yes!" he said.', ['"Are you sure?" she asked.', '"Yes!" he said.']),
    ("Wait... what? No! Yes.", ["Wait... what?", "No!", "Yes."]),
    ("Is it true? It is! Good.", ["Is it true?", "It is!", "Good."]),
    ("He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
    ("The U.S. and the U.K. signed. The U.N. agreed.", ["The U.S. and the U.K. signed.", "The U.N. agreed."]),
    ("Prices fell in Jan. and Feb. last year. Then they rose.",
     ["Prices fell in Jan. and Feb. last year.", "Then they rose."]),
    ("It opened on Sept. 5 and closed on Dec. 1. It was short.",
     ["It opened on Sept. 5 and closed on Dec. 1.", "It was short."]),
    ("Apples, pears, etc. are fruit. The end.", ["Apples, pears, etc. are fruit.", "The end."]),
    ("Use a tool, e.g. a hammer, i.e. something heavy. OK.",
     ["Use a tool, e.g. a hammer, i.e. something heavy.", "OK."]),
    ("Acme Inc. and Foo Ltd. merged with Bar Corp. on Monday. Shares rose.",
     ["Acme Inc. and Foo Ltd. merged with Bar Corp. on Monday.", "Shares rose."]),
    ("Gov. Brown, Sen. Smith, Rep. Lee and Gen. Patton came. Lt. Col. Dan stayed.",
     ["Gov. Brown, Sen. Smith, Rep. Lee and Gen. Patton came.", "Lt. Col. Dan stayed."]),
    ("Martin Luther King Jr. and John Smith Sr. spoke. We listened.",
     ["Martin Luther King Jr. and John Smith Sr. spoke.", "We listened."]),
    ("It is No. 1 in the list. Lakers vs. Celtics is tonight.",
     ["It is No. 1 in the list.", "Lakers vs. Celtics is tonight."]),
    ("The talks ended\nNew talks began.", ["The talks ended", "New talks began."]),
    ("The cost was $4.5 billion (about 30 percent more.) Analysts were surprised.",
     ["The cost was $4.5 billion (about 30 percent more.)", "Analysts were surprised."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_cases(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_are_stripped_offsets_into_the_text() -> None:
    text = "  First one.   Second one!  \n\n  Third?  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one!", "Third?"]
    assert spans == sorted(spans)
    for a, b in spans:
        assert not text[a].isspace() and not text[b - 1].isspace()


def test_newline_always_ends_a_sentence() -> None:
    text = "Talks with Mr.\nSmith went well"
    assert sentences(text) == ["Talks with Mr.", "Smith went well"]


def test_empty_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n \t ") == []


def test_no_final_punctuation() -> None:
    assert sentences("A headline without a period") == ["A headline without a period"]


def test_period_inside_quotes_before_lowercase_continues() -> None:
    text = "\"It's a real victory for the people.\" said Alan Strickland. He smiled."
    assert sentences(text) == ["\"It's a real victory for the people.\" said Alan Strickland.", "He smiled."]


def test_list_marker_at_line_start_is_not_a_sentence() -> None:
    assert sentences("1. Dog-food taster\n2. Hygiene technician") == ["1. Dog-food taster", "2. Hygiene technician"]
    assert sentences("It rose by 3. Then it fell.") == ["It rose by 3.", "Then it fell."]


def test_a_unit_abbreviation_before_a_lower_case_word_ends_no_sentence():
    # review round 47: "occluded by a plaque 1.5 cm. | distal to its origin"
    text = "The artery was occluded by a plaque 1.5 cm. distal to its origin. The heart weighed 510 gm. The valves were normal."
    assert sentences(text) == ["The artery was occluded by a plaque 1.5 cm. distal to its origin.", "The heart weighed 510 gm.", "The valves were normal."]


def test_a_title_before_a_name_ends_no_sentence():
    # review round 50: "had a contemptuous regard for Mr. | Watson."
    assert sentences('Runyon, for his part, had a contemptuous regard for Mr. Watson. "He is a wrong-o", said Runyon.') == [
        "Runyon, for his part, had a contemptuous regard for Mr. Watson.", '"He is a wrong-o", said Runyon.']
