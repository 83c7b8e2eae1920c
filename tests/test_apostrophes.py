"""Lost apostrophes are restored where the evidence is plain; plurals stay."""

from __future__ import annotations

from quizgen.text.apostrophes import apostrophe_repairs

WORDS = {"kenyans", "muslims", "moroccos", "apples"}
PLACES = {"Morocco", "India"}


def fix(text: str) -> str:
    out = text
    for s, e, r in reversed(apostrophe_repairs(text, WORDS.__contains__, PLACES.__contains__)):
        out = out[:s] + r + out[e:]
    return out


def test_possessives_of_names_and_places():
    assert fix("Morocco is big. Moroccos ambitions are bigger.") == "Morocco is big. Morocco's ambitions are bigger."
    assert fix("Tabata ran a test. Tabatas method works.") == "Tabata ran a test. Tabata's method works."
    assert fix("the worlds oceans and the countrys roads") == "the world's oceans and the country's roads"
    assert fix("so its time to buy an Audi") == "so it's time to buy an Audi"


def test_plurals_and_real_possessives_stay():
    assert fix("Kenya is dry. Kenyans say the rain is late.") == "Kenya is dry. Kenyans say the rain is late."
    assert fix("The company changed its own rules.") == "The company changed its own rules."
    assert fix("Apple sells phones. Apples grow on trees.") == "Apple sells phones. Apples grow on trees."


def test_its_as_a_possessive_stays():
    assert fix("It sells phones. Its brand value rose by 21%.") == "It sells phones. Its brand value rose by 21%."


def test_a_possessive_before_a_name_is_restored_too():
    assert fix("Oslo is cold. Trees grow in Oslos Nordmarka forest.") == "Oslo is cold. Trees grow in Oslo's Nordmarka forest."
    assert fix("Kenya is dry. Kenyans Say Yes is a campaign.") == "Kenya is dry. Kenyans Say Yes is a campaign."  # a plural stays


def test_brands_named_as_possessives_get_their_apostrophe():
    from quizgen.text.apostrophes import apostrophe_repairs

    text = "Young Americans still eat at McDonalds, and Harrods is in London."
    assert [(text[s:e], r) for s, e, r in apostrophe_repairs(text)] == [("McDonalds", "McDonald's")]


def test_a_real_plural_of_people_before_a_function_word_stays():
    # "the American people with peoples and governments abroad" (review round 22)
    assert fix("people with peoples and governments abroad") == "people with peoples and governments abroad"
    assert fix("the peoples of Africa") == "the peoples of Africa"
    assert fix("the peoples choice") == "the people's choice"


def test_a_noun_that_ends_in_s_is_no_lost_possessive():
    # review round 48: "News of the project" became "New's of the project" (New York was in the text)
    import quizgen

    doc = quizgen.analyze("News of the project reached the press in New York. Mr. Jones met Jone Smith there.")
    assert [s.text for s in doc.sentences] == ["News of the project reached the press in New York.", "Mr. Jones met Jone Smith there."]


def test_peoples_before_a_verb_is_a_plural():
    # review round 55: "Here the peoples spoke the tongue of Iceland" became "the people's spoke"
    import quizgen

    doc = quizgen.analyze("Here the peoples spoke the tongue of Iceland. It was the peoples choice in the end. They worked out peoples names.")
    assert [s.text for s in doc.sentences] == ["Here the peoples spoke the tongue of Iceland.", "It was the people's choice in the end.",
                                               "They worked out people's names."]


def test_a_pronoun_after_a_greeting_is_no_lost_possessive():
    # review round 56: "Hi there, Schaffner." then "His open face ..." became "Hi's open face"
    import quizgen

    doc = quizgen.analyze('"Hi there, Schaffner," he said. His open face seemed to promise a sort of innocence. '
                          "Take the road home. Takes time, he said.")
    assert [s.text for s in doc.sentences][1:] == ["His open face seemed to promise a sort of innocence.", "Take the road home.", "Takes time, he said."]


def test_a_plural_name_before_its_verb_is_no_lost_possessive():
    # review round 61: "Scorpios had a high satisfaction rating" became "Scorpio's had" (Scorpio is a place too)
    import quizgen

    doc = quizgen.analyze("Ford said it would keep the Scorpio. By 1988, Scorpios had a high satisfaction rating. Morocco is big. Moroccos ambitions are bigger.")
    assert [s.text for s in doc.sentences][1:] == ["By 1988, Scorpios had a high satisfaction rating.", "Morocco is big.", "Morocco's ambitions are bigger."]


def test_a_text_without_any_apostrophe_gets_its_names_possessives_back():
    # review round 85: a third of the classroom corpus lost every apostrophe ("Highcleres current
    # assets", "Accells Yuba brand"); there a name's "-s" form that is no English word is a possessive
    import quizgen

    doc = quizgen.analyze("Highclere Castle is old. Highcleres current assets have trebled since 2012. "
                          "Kenya is dry. Kenyans say the rain is late this year. His open face smiled at the crowd.")
    words = [t.text for s in doc.sentences for t in s.tokens]
    assert "Highclere's" in words or ("Highclere" in words and "'s" in words), words
    assert "Kenyans" in words and "His" in words  # a plural and a pronoun stay


def test_a_text_with_apostrophes_keeps_the_careful_rule():
    import quizgen

    doc = quizgen.analyze("Highclere's owner is rich. Highclere Castle is old. Highcleres current assets have trebled since 2012.")
    words = [t.text for s in doc.sentences for t in s.tokens]
    assert "Highcleres" in words, words  # only places are repaired where apostrophes survive


def test_a_double_quote_standing_for_a_contractions_apostrophe_is_repaired():
    # the News Articles dataset stores "isn't" as 'isn"t' (review round 93): the stray quote
    # left every quotation of the story unpaired, and the clause builder refused them all
    text = '"Experts tell us a bridge will never pay off since there isn"t any traffic," he said. I"ve seen it; they"d know.'
    quotes = [k for k, ch in enumerate(text) if ch == '"']  # the 2nd, 4th and 5th are apostrophes
    assert apostrophe_repairs(text) == [(quotes[1], quotes[1] + 1, "'"), (quotes[3], quotes[3] + 1, "'"), (quotes[4], quotes[4] + 1, "'")]
    assert text[quotes[1] - 3 : quotes[1] + 2] == 'isn"t' and text[quotes[4] - 4 : quotes[4] + 2] == 'they"d'


def test_real_quotation_marks_next_to_words_stay():
    text = 'He called it "the end" and "mostly done", then said "Don\'t" and "t" and "ve".'
    assert apostrophe_repairs(text) == []


def test_an_analysed_story_with_quoted_contractions_reads_them_as_words():
    import quizgen

    doc = quizgen.analyze('The tunnel would be 51 kilometers long. He said: "Experts say the bridge won"t pay off." It was planned by Stalin.\n')
    words = [t.text for t in doc.sentences[1].tokens]
    assert words[-5:] == ["wo", "n't", "pay", "off", "."] or words[-6:-1] == ["wo", "n't", "pay", "off", "."]
    assert words.count('"') == 2
