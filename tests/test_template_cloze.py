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


def test_round_64_no_blank_inside_a_fraction():
    stems = [c.stem for c in run_template("cloze.phrase", "Capital Cities-ABC surged 42 5/8 to 560 on the Big Board yesterday.")]
    assert stems and not any("_____ 5/8" in s or "5/ _____" in s or "/_____" in s for s in stems), stems


def test_round_61_no_gap_fill_that_a_division_answers():
    # "a net loss of $13.1 million, or 76 cents a share, based on _____ common shares": 13.1 / 0.76
    from quizgen.pipeline import candidates
    from quizgen.text.analyze import analyze

    full = "Golden Nugget Inc. reported a net loss of $13.1 million, or 76 cents a share, based on 17.2 million common shares outstanding. It earned $5 million a year earlier."
    assert not [c.stem for c in candidates(analyze(full), ("mcq",), 0) if "a share" in c.stem]
    short = "Golden Nugget Inc. reported a net loss of $13.1 million, or 76 cents a share. It earned $5 million a year earlier."
    assert [c.stem for c in candidates(analyze(short), ("mcq",), 0) if "_____ a share" in c.stem]


def test_round_58_an_attribution_after_a_front_is_lower_case():
    stems = [c.stem for c in run_template("cloze.phrase", "At the hearing, Mr. Seidman said the RTC has already pumped $729 million into Lincoln for liquidity.")]
    assert stems and all(s.startswith("At the hearing, according to Mr.") for s in stems), stems


def test_round_57_a_sentence_gap_fill_keeps_its_period():
    # "The savings bank had earnings of $8.1 million, or _____ a share": "A year earlier," was dropped
    assert not run_template("cloze.sentence", "A year earlier, Great American Bank had earnings of $8.1 million, or 33 cents a share.")
    assert not run_template("cloze.sentence", "For the nine months, Polaroid Corp. reported earnings of $98.5 million, or $1.27 a share.")
    assert run_template("cloze.sentence", "Polaroid Corp. reported earnings of $98.5 million, or $1.27 a share.")


def test_round_19_a_sentence_gap_fill_keeps_its_year_and_its_object():
    # "The Birds were 3-10 on _____.": "In 1958," was dropped
    assert not run_template("cloze.sentence", "In 1958, the Baltimore Orioles were 3-10 on May 1 after a poor start.")
    assert run_template("cloze.sentence", "The Baltimore Orioles were 3-10 on May 1 after a poor start.")
    assert run_template("cloze.sentence", "Since its launch in 1994, the lottery has created 3,000 millionaires who have won more than £8.5bn in total.")  # a front that is no point in time
    # "... written on October 25 which imported.": the object was a quotation the core left out
    text = 'Sturley on November 4 answered a letter from Quiney written on October 25 which imported, wrote Sturley, "that our countriman Mr. Wm. Shak. would procure us money."'
    assert not run_template("cloze.sentence", text)


def test_round_20_numbers_that_give_themselves_away():
    from quizgen.pipeline import run

    # "A demurrer or _____" (two), "Dec. 8 and _____" (9), "in Vienna _____ and 4" (June 3), "Division _____"
    for text in ("The Chicago critic Claudia Cassidy entered a demurrer or two against the new production of Carmen at the Lyric Opera in 1961.",
                 "Allied Arts had booked the Kirov Ballet into McCormick Place in Chicago on Dec. 8 and 9 this winter.",
                 "President Kennedy will meet with Soviet Premier Nikita Khrushchev in Vienna on June 3 and 4 for the summit talks.",
                 "Division six will be headed by the Coast Guard, followed by the reserve forces of all services."):
        cands = [c for c in run(text, n=10).candidates if c.template.startswith("cloze.")]  # stands_alone is asked by the pipeline
        assert not any(c.answer_text in ("two", "9", "June 3", "six") for c in cands), (text, [c.stem for c in cands])


def test_a_sentence_gap_fill_never_states_a_counterfactual():
    # review round 22: "Sawtimber growth would have been nearly twice as great as the _____
    # board feet in 1952." (its condition, "if it were not for destructive agencies", was cut)
    text = ("Sawtimber growth in the United States would have been nearly twice as great as the 47 billion board feet in 1952. "
            "The Forest Service counted 47 billion board feet of growth in 1952 across the National Forests.")
    assert not any("would" in c.stem for c in run_template("cloze.sentence", text))


def test_round_23_range_ends_ratios_and_figure_numbers_are_no_keys():
    # "over the period of 1931 - 40" gave "over the period of _____." (key 1931); "treated
    # with 1: 10" gave the key "1"; "shown in Fig. 2" asks for trivia
    text = ("Campbell studied the records of 172 school board members over the period of 1931 - 40 in twelve cities. "
            "The sections were treated with 1: 10 dilutions of the serum for thirty minutes in the laboratory. "
            "The instrument used by the team in the laboratory is shown in Fig. 2 of the report.")
    from quizgen.pipeline import candidates
    from quizgen.text.analyze import analyze

    keys = {c.answer_text for c in candidates(analyze(text), ("mcq",), 0) if c.template.startswith("cloze.")}
    assert not keys & {"1931", "1", "2", "40", "10", "Fig", "Fig."}, keys
    assert "172" in keys  # a plain count is still asked


def test_round_23_the_brown_formula_placeholder_damages_its_sentence():
    import quizgen
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("Quantum yields of the order of Af have been observed at 85 degrees. The gas was heated for ten minutes in a closed tube.")
    assert damaged_sentences(doc) == {0}
    doc = quizgen.analyze("Af is the force required to cut a coating of thickness T from the substrate. The gas was heated for ten minutes in a closed tube.")
    assert damaged_sentences(doc) == {0}  # at the start of a sentence too
    doc = quizgen.analyze("The value of **zg was found by the method of the last section. The gas was heated for ten minutes in a closed tube.")
    assert damaged_sentences(doc) == {0}  # the "**zg" placeholder too
    doc = quizgen.analyze("The sample was taken at a depth of 4 Aj below the surface. The gas was heated for ten minutes in a closed tube.")
    assert damaged_sentences(doc) == {0}  # and "Aj"


def test_round_24_a_number_beside_another_in_a_coordination_is_no_key():
    # "Parts 2 and _____" points to 3
    from quizgen.pipeline import candidates
    from quizgen.text.analyze import analyze

    text = "The references for Parts 2 and 3 are given at the end of the book by the editors of the series in 1960."
    keys = {c.answer_text for c in candidates(analyze(text), ("mcq",), 0) if c.template.startswith("cloze.")}
    assert not keys & {"2", "3"}, keys
    # a year joined by "and" to a count of something else stays a key
    text = "The Rana Plaza building in Dhaka collapsed in 2013 and 1,138 people died in the ruins of the factory."
    keys = {c.answer_text for c in candidates(analyze(text), ("mcq",), 0) if c.template.startswith("cloze.")}
    assert "2013" in keys, keys


def test_a_range_end_with_its_percent_sign_and_a_scoped_sentence_give_no_gap_fill():
    # corpus report: "between 30 and _____ over three years" (40%); "Children aged ten to _____
    # ..." from "In the UK, for example, children aged ten to 17 ..." in an article on Sweden
    from quizgen.pipeline import candidates
    from quizgen.text.analyze import analyze

    text = ("The overall reoffending rate in Sweden is between 30 and 40% over three years in most of the big towns. "
            "In the UK, for example, children aged ten to 17 and young people under the age of 21 have the highest reoffending rates.")
    keys = {c.answer_text for c in candidates(analyze(text), ("mcq",), 0) if c.template.startswith("cloze.")}
    assert not keys & {"40%", "30", "17", "ten", "21"}, keys


def test_round_26_a_blank_that_starts_the_stem_takes_capitalised_options():
    # "Meanwhile, three great forces ..." -> "_____ great forces ...": "three" began the sentence
    from quizgen.pipeline import candidates
    from quizgen.text.analyze import analyze

    text = ("The old mill stood by the river for many decades in the valley. "
            "Meanwhile, three great terrible forces were coagulating and crystallizing in the valley.")
    leading = [c for c in candidates(analyze(text), ("mcq",), 0) if c.stem.startswith("_____")]
    assert leading
    for c in leading:
        assert all(t[:1].isupper() for t, _ in c.options), c.options


def test_round_26_a_sentence_gap_fill_never_drops_a_condition():
    # "If they are used, the walls should be _____ inches thick": true only if they are used
    from quizgen.pipeline import candidates
    from quizgen.text.analyze import analyze

    rest = "the walls and roof should be 10 inches thick to give the same protection as the 8-inch solid concrete blocks."
    for front, kept in (("If they are used, ", False), ("In most shelters, ", True)):
        text = "The shelter was built in 1961 by the town. " + front + rest
        keys = {c.answer_text for c in candidates(analyze(text), ("mcq",), 0) if c.template == "cloze.sentence"}
        assert ("10" in keys) == kept, (front, keys)


def test_round_26_a_bare_number_subject_gives_no_sentence_gap_fill():
    # "(In this town of 18,000 inhabitants,) 2,600 are out of work": 2,600 of what?
    from quizgen.pipeline import candidates
    from quizgen.text.analyze import analyze

    text = ("In this town of 18,000 inhabitants, 2,600 are out of work as Spain faces its worst economic crisis in at least half a century, "
            "one that has cast doubt on the future of the euro.")
    assert not [c for c in candidates(analyze(text), ("mcq",), 0) if c.template == "cloze.sentence"]


def test_round_28_a_figure_of_a_change_the_other_two_give_is_not_blanked():
    # "Sales rose _____ to $3.28 billion from $3.16 billion": 4% can be worked out
    from quizgen.pipeline import candidates
    from quizgen.text.analyze import analyze

    text = "Sales rose 4% to $3.28 billion from $3.16 billion. Net income rose to $126.1 million in the quarter from a year earlier."
    keys = {c.answer_text for c in candidates(analyze(text), ("mcq",), 0) if c.template.startswith("cloze.")}
    assert not keys & {"4%", "$3.28 billion", "$3.16 billion"}, keys
    assert "$126.1 million" in keys, keys


def test_round_29_no_gap_fill_on_a_figure_the_stem_gives_as_unchanged():
    from quizgen.pipeline import candidates
    from quizgen.text.analyze import analyze

    text = "The index closed at 139, basically unchanged from 138 a week earlier. The index has 500 stocks in it."
    keys = {c.answer_text for c in candidates(analyze(text), ("mcq",), 0) if c.template.startswith("cloze.")}
    assert "138" not in keys, keys


def test_round_29_a_sentence_gap_fill_needs_a_subject_that_names_itself():
    # "The figure is currently about 3.3%, up from _____": which figure? (review round 29)
    from quizgen.pipeline import candidates
    from quizgen.text.analyze import analyze

    def sentence_keys(text: str) -> set[str]:
        return {c.answer_text for c in candidates(analyze(text), ("mcq",), 0) if c.template == "cloze.sentence"}

    assert not sentence_keys("The figure is currently about 3.3%, up from 2.4% before the recent market slide in New York.")
    assert not sentence_keys("The firm also has been hit with big settlements stemming from its guilty plea to six felonies in New York.")
    # an appositive names it: "The first author, Margaret Atwood, ..."
    assert "2015" in sentence_keys("The first author, Margaret Atwood, gave the manuscript of a text called Scribbler Moon to the project in 2015.")


def test_round_29_no_blank_cuts_a_figure_and_no_item_shows_a_caps_lead_in_or_a_lost_symbol():
    from quizgen.damage import damaged_sentences
    from quizgen.pipeline import candidates
    from quizgen.text.analyze import analyze

    stems = [c.stem for c in candidates(analyze("The stock of the company rose 3/8 to 4 1/8 in heavy trading on Monday in New York."), ("mcq",), 0)]
    assert stems and not [s for s in stems if "_____ 1/8" in s], stems
    doc = analyze("FALL BALLOT ISSUES set a record for off-year elections. IBM and NASA signed a deal in May. "
                  "Glaxo advanced 23 to #14.13. She described it as a \"passion {that} finds its satisfaction.\" "
                  "The U.S. economy grew by 3% in 1989.")
    assert [s.index in damaged_sentences(doc) for s in doc.sentences] == [True, False, True, True, False]
    # a short word in capitals goes on with the lead-in (review round 58); "NATO and EU" and "IBM PC" are no lead-in
    doc = analyze("HOPES OF SIMPLIFYING the corporate minimum tax are weakening. HUGO'S BLAST generates pleas for aid from small businesses. "
                  "NATO and EU officials met in Brussels on Monday. The IBM PC sold well in the U.S. market last year.")
    assert [s.index in damaged_sentences(doc) for s in doc.sentences] == [True, True, False, False]
    # a replacement character a bad decoding left (wsj_0142: "\ufffdyesterday's\ufffd economic indicators")
    doc = analyze("The \ufffdyesterday's\ufffd economic indicators changed no opinion in the market. The U.S. economy grew by 3% in 1989.")
    assert [s.index in damaged_sentences(doc) for s in doc.sentences] == [True, False]


def test_a_plain_noun_phrase_is_no_gap_fill_key():
    # "Mr. Holden replaced _____ slowly." (the phone; distractors "the room", "the street"): 0 of 10 passed review
    from template_helpers import run_template

    text = "Mr. Holden replaced the phone slowly in the kitchen of his house in Boston in 1961."
    keys = {c.answer_text for c in run_template("cloze.phrase", text)}
    assert "the phone" not in keys and keys, keys


def test_an_approximate_number_opens_a_subject():
    # "Around 66% of adults in the UK owned a smartphone" had been read as a fronted phrase ("around" IN): no item
    import quizgen
    from quizgen.pipeline import run
    from quizgen.templates.common import headless_subject

    text = "Around 66% of adults in the UK owned a smartphone in 2015, up from 39% in 2012. Many of them use it every day for work."
    assert any(c.answer_text == "66%" for c in run(text, n=10).candidates)
    assert headless_subject(quizgen.analyze("All across India people sing.").sentences[0].tokens[:3])  # still no noun phrase
    # "More than 500 apes were included ...": "than" is no preposition opening a front
    apes = "More than 500 apes were included in the study in three separate groups. The apes lived in zoos in five countries."
    assert any(c.answer_text == "500" for c in run(apes, n=10).candidates)


def test_round_65_a_short_caps_lead_in_is_damage():
    # "ARTY FAX from David Hockney begins ...", "PACS GIVE and receive ..." (two short words in
    # capitals, both English words); "NATO and EU" and "IBM PC" stay
    from quizgen.damage import damaged_sentences
    from quizgen.text.analyze import analyze

    doc = analyze("ARTY FAX from David Hockney begins an exhibit today at the gallery. PACS GIVE and receive in a debatable duet with charities. "
                  "NATO and EU officials met in Brussels on Monday. The IBM PC sold well in the U.S. market last year.")
    assert [s.index in damaged_sentences(doc) for s in doc.sentences] == [True, True, False, False]


def test_round_78_no_blank_on_a_label_number_or_a_restated_rate():
    text = ("Lobularity is extremely well developed in type 2 lungs of the animals. "
            "A well-designed house can be cooled and heated for as little as $128 a year, or $11 a month. "
            "Springfield spent $45,000 on new roads in the spring of 2019.")
    keys = {c.answer_text for name in ("cloze.phrase", "cloze.sentence") for c in run_template(name, text)}
    assert not keys & {"2", "$128", "$11"}, keys
    assert "$45,000" in keys  # a plain figure is still blanked


def test_round_80_no_blank_that_an_idiom_fills():
    text = ("Ludie had a cigar box full of marbles and a Roman candle from last Fourth of July in the town of Dover. "
            "The old stone steps of the Dover church divided in two at the landing in 1888.")
    keys = {c.answer_text for name in ("cloze.phrase", "cloze.sentence") for c in run_template(name, text)}
    assert not keys & {"July", "two"}, keys
    assert "1888" in keys or "Dover" in keys, keys


def test_round_81_no_blank_on_the_end_of_a_rough_range():
    text = "Thayer's expenses in Boston ran another four or five thousand dollars in 1958. Boston spent 45,000 dollars on roads in 1958."
    keys = {c.answer_text for name in ("cloze.phrase", "cloze.sentence") for c in run_template(name, text)}
    assert not any(k.startswith("five") for k in keys), keys


def test_round_82_flanked_by_two():
    text = "Senator Kennedy walked into the Boston courtroom flanked by two men in 1961."
    keys = {c.answer_text for name in ("cloze.phrase", "cloze.sentence") for c in run_template(name, text)}
    assert "two" not in keys and keys, keys


def test_round_88_a_date_that_names_an_event_is_no_key_and_no_change():
    text = ("A French Moroccan man was charged in Virginia over the terrorist attacks of September 11. "
            "Zacarias Moussaoui was charged in Virginia on December 11 with six counts of conspiracy. "
            "Osama bin Laden, wanted for the September 11 terrorist atrocities in the United States, fled to the Tora Bora area in December.")
    keys = [c.answer_text for name in ("cloze.phrase", "cloze.sentence") for c in run_template(name, text)]
    assert "September 11" not in keys and "December 11" in keys, keys
    false = [c.stem for c in run_template("tf.false", text)]
    assert not any("attacks of" in s for s in false), false
    assert any("on October 11" in s or "on December 1" in s for s in false), false


def test_round_92_a_chatty_interjection_opens_no_sentence_cloze():
    # the parent made "Oh, and _____ people watched a tiny hampster eating a tiny burrito."
    oh = run_template("cloze.sentence", "Oh, and nine million people watched a tiny hamster eating a tiny burrito in California.")
    assert not any(c.stem.startswith("Oh") for c in oh), [c.stem for c in oh]
