"""wh.speaker: who said a direct quotation, with the article's other speakers as distractors."""

import quizgen
from quizgen.pipeline import run
from template_helpers import run_template, stems

# four people, three of them quoted; written for this test
ARTICLE = (
    "Five people told us about their unusual jobs and what they earn. "
    'Richard Lewis cleans crime scenes for a living. "The job is about keeping people safe," says Richard Lewis, a hygiene technician. '
    'Philip Wells tastes dog food for a pet food company. "Taste is an important quality check for every batch," says Philip Wells. '
    'Stephen Mowat studies eels in London rivers. "Adult eels can be a metre long and weigh two kilograms," said Stephen Mowat. '
    'Baburam Paudel builds biogas plants in Nepal. Baburam Paudel said: "My work improves the health of whole communities." '
    "The careers adviser Jenny Edwards has collected their stories for a new book."
)


def test_a_quotation_with_its_named_speaker_gives_a_who_said_question():
    got = stems(run_template("wh.speaker", ARTICLE))
    assert got.get('Who says, "The job is about keeping people safe"?') == "Richard Lewis"
    assert got.get('Who said, "Adult eels can be a metre long and weigh two kilograms"?') == "Stephen Mowat"
    assert got.get('Who said, "My work improves the health of whole communities"?') == "Baburam Paudel"  # speaker before the quotation


def test_the_distractors_are_the_articles_other_people_speakers_first():
    gen = run(ARTICLE, n=10)
    item = next(c for c in gen.candidates if c.stem.startswith('Who says, "The job'))
    options = [t for t, _ in item.options]
    assert options[0] == "Richard Lewis" and len(set(options)) == 4
    # the three other speakers come before Jenny Edwards, who is quoted nowhere
    assert set(options[1:]) == {"Philip Wells", "Stephen Mowat", "Baburam Paudel"}
    assert all(o == "article" for _, o in item.options[1:])


def test_quotations_it_cannot_ask_about_are_left_alone():
    base = ("Five people told us about their unusual jobs and what they earn. Philip Wells tastes food for a living. "
            "Stephen Mowat studies eels in the rivers of London. Anna Paudel builds biogas plants in Nepal. ")
    assert run_template("wh.speaker", base + '"The job is about keeping people safe," says Richard Lewis.') != []  # the control
    for text in (
        '"The job is about keeping people safe," he says.',  # a pronoun: the key would not stand in the sentence
        '"Is the job about keeping people safe?" says Richard Lewis.',  # a question
        '"Safe," says Richard Lewis.',  # too short to point to one speaker
        '"It matters very much," says Richard Lewis.',  # no noun and under six words: any voice could say it (review round 37)
        '"Much better than an egg or a sandwich or a cup of tea," says Richard Lewis.',  # no verb: a fragment
        '"Lewis keeps all the people safe every day," says Richard Lewis.',  # the quotation names the speaker
        '"He keeps all the people safe every day," says Richard Lewis.',  # whose "he"? (review round 31: it was a distractor)
        'The job is about keeping people safe," says Richard Lewis.',  # the quotation began in an earlier sentence
    ):
        assert run_template("wh.speaker", base + text) == [], text


def test_an_article_with_fewer_than_four_people_gives_no_who_said_question():
    text = ("Two people told us about their unusual jobs and what they earn. Philip Wells tastes food for a living. "
            '"The job is about keeping people safe," says Richard Lewis, who cleans crime scenes.')
    assert run_template("wh.speaker", text) == []


def test_who_said_items_pass_the_invariants_in_a_question_set():
    from quizgen.invariants import set_violations

    qs = quizgen.generate(ARTICLE, n=10)
    speaker = [it for it in qs.items if it.template == "wh.speaker"]
    assert speaker, [it.stem for it in qs.items]
    assert set_violations(qs) == {}


PEOPLE = ("Five people told us about their unusual jobs and what they earn. Philip Wells tastes food for a living. "
          "Stephen Mowat studies eels in the rivers of London. Anna Paudel builds biogas plants in Nepal. ")


def test_speech_without_quotation_marks_gives_a_who_said_question():
    got = stems(run_template("wh.said", PEOPLE + "Richard Lewis said that the job was about keeping people safe."))
    assert got.get("Who said that the job was about keeping people safe?") == "Richard Lewis"
    # a graded text that lost the marks: the speaker's own words, quoted again
    got = stems(run_template("wh.said", PEOPLE + "We deal with some very dirty sites every week, Lewis said."))
    assert got.get('Who said, "We deal with some very dirty sites every week"?') == "Lewis"


def test_unmarked_speech_it_cannot_ask_about_is_left_alone():
    for text in (
        "Richard Lewis said that it was about keeping people safe.",  # what is "it"?
        "Richard Lewis said that we keep people safe every day.",  # own words without marks: "Who said that we ...?" is wrong
        "Richard Lewis said so.",  # nothing said
    ):
        assert run_template("wh.said", PEOPLE + text) == [], text


def test_a_surname_key_gets_the_other_speakers_surnames_only():
    speakers = ('"Taste is an important quality check for every batch," says Philip Wells. '
                '"Adult eels can be a metre long and weigh two kilograms," said Stephen Mowat. '
                'FW de Klerk said that the talks in Pretoria had gone well for both sides. ')
    text = PEOPLE + speakers + "We deal with some very dirty sites every week, Lewis said."
    item = next(c for c in run(text, n=10).candidates if c.template == "wh.said" and c.answer_text == "Lewis")
    options = [t for t, _ in item.options]
    # speakers only (Anna Paudel is quoted nowhere: round 32 saw brands and founders offered), by surname, particle kept
    assert options[0] == "Lewis" and set(options[1:]) == {"Wells", "Mowat", "de Klerk"}, options
    # without three other speakers there is no item
    assert not [c for c in run(PEOPLE + speakers[: speakers.index("FW")] + "We deal with some very dirty sites every week, Lewis said.", n=10).candidates if c.template == "wh.said"]


def test_the_last_sentence_of_a_longer_quotation_is_asked_about_too():
    # '"We deal with dirty sites. The job is about keeping people safe," says Richard Lewis.'
    text = PEOPLE + '"We deal with some very dirty sites every week. The job is about keeping people safe," says Richard Lewis.'
    got = stems(run_template("wh.speaker", text))
    assert got.get('Who says, "The job is about keeping people safe"?') == "Richard Lewis", got
    # without the opening mark in an earlier sentence the words are no quotation
    assert run_template("wh.speaker", PEOPLE + 'The job is about keeping people safe," says Richard Lewis.') == []


def test_a_quotation_gives_a_true_statement_and_one_with_another_speaker():
    text = ("Two people told us about their jobs. "
            '"Taste is an important quality check for every batch," says Philip Wells. '
            '"Adult eels can be a metre long and weigh two kilograms," said Stephen Mowat.')
    got = {(c.stem, c.truth) for c in run_template("tf.speaker", text)}
    assert ('Philip Wells says, "Taste is an important quality check for every batch."', True) in got
    assert ('Stephen Mowat says, "Taste is an important quality check for every batch."', False) in got
    # the false one only with another speaker: a person the article never quotes is no option
    alone = 'Anna Paudel builds biogas plants in Nepal. "Taste is an important quality check for every batch," says Philip Wells.'
    assert {c.truth for c in run_template("tf.speaker", alone)} == {True}


def test_who_said_statements_pass_the_invariants():
    from quizgen.invariants import set_violations

    qs = quizgen.generate(ARTICLE, n=10, types=("tf",))
    assert any(it.template == "tf.speaker" for it in qs.items), [it.template for it in qs.items]
    assert set_violations(qs) == {}



def test_a_he_or_she_speaker_is_named_only_when_the_sentence_before_is_about_that_person():
    text = ("Two people told us about their jobs. "
            '"Adult eels can be a metre long and weigh two kilograms," said Stephen Mowat. '
            "Rents in the north of England have risen fast this year. "
            "Jenna Gavin, 24, still lives with her parents in Leeds. "
            '"I do not want to spend all that money on rent every month," she said.')
    got = {(c.stem, c.truth) for c in run_template("tf.speaker", text)}
    assert ('Jenna Gavin said, "I do not want to spend all that money on rent every month."', True) in got
    assert ('Stephen Mowat said, "I do not want to spend all that money on rent every month."', False) in got
    # a question's key must stand in its own sentence: no "Who said ...?" about her words
    assert not any("rent" in c.stem for c in run_template("wh.speaker", text + " Ann Lee and Bo Chan agreed."))
    # "she" after a sentence about someone else: the resolver knows no one's sex (Malala and
    # Desmond Tutu: "she" had become "Desmond Tutu", the one name in view)
    tutu = ("Two people told us about their jobs. "
            '"Adult eels can be a metre long and weigh two kilograms," said Stephen Mowat. '
            "Malala was shot by the Taliban on a school bus in 2012. "
            "By 14, Archbishop Desmond Tutu had suggested her for the International Children's Peace Prize. "
            "She now lives with her family in Birmingham and goes to school every day. "
            '"I am not against anyone in the whole world," she said.')
    assert not any("against anyone" in c.stem for c in run_template("tf.speaker", tutu))


def test_a_surname_distractor_is_the_word_the_article_calls_the_speaker_by():
    # "Chen Yixin" is "Chen" when the article says "Chen says": Chinese names put the family name
    # first, and "Yixin" (a given name) had been offered beside the others' surnames (review round 97)
    speakers = ('"Taste is an important quality check for every batch," says Philip Wells. '
                '"Adult eels can be a metre long and weigh two kilograms," said Stephen Mowat. '
                '"I try to use my new card whenever I can in the shops," says Chen Yixin, a Shanghai student. '
                "Chen has used the cards for a year. ")
    text = PEOPLE + speakers + "We deal with some very dirty sites every week, Lewis said."
    item = next(c for c in run(text, n=10).candidates if c.template == "wh.said" and c.answer_text == "Lewis")
    options = [t for t, _ in item.options]
    assert options[0] == "Lewis" and set(options[1:]) == {"Wells", "Mowat", "Chen"}, options
