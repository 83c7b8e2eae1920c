"""tf.true / tf.false: simplified clauses and one-change perturbations."""

import re

import pytest

import quizgen
from template_helpers import run_template

TEXT = ("The summit drew about 100 delegations from various nations. Russia was not invited to the summit. "
        "Beijing confirmed the planned talks with the Ukrainian official. Ukraine dismissed the proposal from China.")


def test_true_statements_are_simplified_source_clauses():
    cands = run_template("tf.true", TEXT)
    texts = {c.stem for c in cands}
    assert "Beijing confirmed the planned talks with the Ukrainian official." in texts
    assert all(c.truth is True for c in cands)


def test_negation_flip_makes_a_false_statement():
    texts = {c.stem for c in run_template("tf.negation", TEXT)}
    assert "Russia was invited to the summit." in texts


def test_false_statements_are_not_in_the_article_and_change_one_thing():
    cands = run_template("tf.false", TEXT)
    assert cands
    low = TEXT.lower()
    for c in cands:
        assert c.truth is False
        assert c.stem.lower().rstrip(".") not in low
    import re

    changed = [int(m.group(1)) for c in cands for m in [re.search(r"(\d+) delegations", c.stem)] if m]
    assert changed and all(v != 100 for v in changed)  # the number changed, nothing else


def test_a_swap_that_another_sentence_supports_is_rejected():
    text = "Ukraine dismissed the proposal for a ceasefire. Russia dismissed the proposal for a ceasefire. China welcomed the plan for peace talks."
    swapped = {c.stem for c in run_template("tf.false", text)}
    assert swapped, "the third sentence should still give a swap"
    assert "Russia dismissed the proposal for a ceasefire." not in swapped
    assert "Ukraine dismissed the proposal for a ceasefire." not in swapped


def test_statements_under_six_words_are_not_used():
    text = "Tabata created his training programme. Tabata created his training programme in Tokyo in 1996."
    assert {c.stem for c in run_template("tf.true", text)} == {"Tabata created his training programme in Tokyo in 1996."}


def test_a_place_name_used_for_an_animal_is_not_swapped():
    text = ("Sudan is the last male northern white rhino on the planet. Kenya protects the rhinos with armed guards. "
            "Poachers in South Africa killed many rhinos in 2014. Sudan lives in a park with two other rhinos.")
    stems = {c.stem for c in run_template("tf.false", text)}
    assert stems  # other perturbations still happen
    assert not any(s.startswith(("Kenya is the last", "South Africa is the last", "Kenya lives", "South Africa lives")) for s in stems)


def test_an_alias_swap_is_not_a_false_statement():
    text = ("Downton Abbey expresses a certain view of Britain. The UK government praised the series. "
            "Spain bought the rights in 2012. Germany also showed the drama.")
    stems = {c.stem for c in run_template("tf.false", text)}
    assert "Downton Abbey expresses a certain view of UK." not in stems
    assert "Downton Abbey expresses a certain view of the UK." not in stems


def test_a_quantified_statement_is_not_negated():
    text = ("One-third of quit attempts use e-cigarettes in the country. The museum opened a new wing in Paris. "
            "The city council paid for the new wing. Visitors from Spain came to see the new wing.")
    stems = {c.stem for c in run_template("tf.negation", text)}
    assert "The museum did not open a new wing in Paris." in stems
    assert not any(s.startswith("One-third") for s in stems)


def test_swaps_keep_pronouns_and_kinds_straight():
    text = ("Kate Bush asked her fans to put down their phones at the concerts in London. Roger Daltrey played at the same hall in 2013. "
            "The Indian rhinoceros is protected in India. The Asian elephant lives in the forests of Asia and Africa.")
    stems = {c.stem for c in run_template("tf.false", text)}
    assert not any(s.startswith("Roger Daltrey asked her fans") for s in stems)
    assert not any("Asian rhinoceros" in s for s in stems)


def test_statements_that_point_back_into_the_article_are_not_made():
    from template_helpers import run_template

    def true_texts(text):
        return [c.stem for c in run_template("tf.true", text)]

    assert not true_texts("Apple is worth $119bn. The Silicon Valley firm has seen its brand value increase by 21% in 14 months.")[1:]
    assert not any("country's" in s for s in true_texts("Iceland has strict rules. The country's naming laws have come under increasing fire in recent years."))
    assert not any("other people" in s for s in true_texts("Dusty injured a swimmer. Several other people were injured that summer."))
    assert not any(s.startswith("The last two") for s in true_texts("The first three repetitions will feel easy, but the last two will feel impossibly hard."))
    assert not any(s.startswith("All across") for s in true_texts("All across India, in the overcrowded cities, on whatever green space is left, you can see similar scenes."))
    assert not any("disagreed" in s for s in true_texts("Tabata's programme is popular in many gyms in the country. Richard Scrivener, a coach in London, has always disagreed."))
    # the control: a statement that names its subject is made
    assert true_texts("The Ice Bucket Challenge began in the US in July.")


def test_a_statement_whose_content_was_cut_and_a_swapped_role_are_not_made():
    from template_helpers import run_template

    text = ("One local newspaper had the headline, Japan's proud food culture in tears, on Monday. "
            "Alan Stern, a mission scientist at NASA, spoke to reporters. Jenna Gavin works in Leeds as a receptionist.")
    assert not any(s.stem.endswith("the headline.") for s in run_template("tf.true", text))
    falses = [c.stem for c in run_template("tf.false", text)]
    assert not any(s.endswith("is a mission scientist at NASA.") for s in falses), falses
    assert any(c.stem == "Alan Stern is a mission scientist at NASA." for c in run_template("tf.true", text))


def test_similar_and_the_same_without_a_standard_lean_on_context():
    from template_helpers import run_template

    assert not run_template("tf.true", "Similar incidents were reported at three hotels in Osaka and Tokyo last year.")
    assert run_template("tf.true", "Three incidents were reported at hotels in Osaka and Tokyo last year.")
    assert not run_template("tf.true", "The hotels in Osaka had the same problem in 2013.")


def test_no_not_before_a_verb_that_already_denies():
    text = "The FBI refused to confirm reports about the investigation in Miami. Ukraine dismissed the proposal from China in May."
    stems = {c.stem for c in run_template("tf.negation", text)}
    assert not any("not refuse" in s or "not dismiss" in s for s in stems), stems
    assert run_template("tf.true", text)  # the statements themselves are still made


def test_a_contracted_be_is_negated_as_be():
    # round 12: "There's a lot of talk ..." was negated as "There does not's a lot of talk"
    text = "There's a lot of talk about the problem of education in Texas today. The governor's plan for Texas schools was announced in March."
    stems = {c.stem for c in run_template("tf.negation", text)}
    assert "There's not a lot of talk about the problem of education in Texas today." in stems, stems
    assert not any("does not's" in s for s in stems)


def test_a_statement_ending_in_an_abbreviation_has_one_full_stop():
    # round 12: "... tennis matches at 8 p.m.." (the abbreviation's own period, then ours)
    text = "The final match of the Chicago tennis tournament will start at 8 p.m.\n\nJack Kramer will play against Pancho Gonzales in the Chicago Stadium."
    stems = {c.stem for c in run_template("tf.true", text)}
    assert "The final match of the Chicago tennis tournament will start at 8 p.m." in stems, stems


def test_universal_quantifiers_are_not_negated():
    # round 12: "Every retiring person does not have a different situation", "are not all evidence"
    text = ("Every retiring person in the state of Ohio has a pension plan from the company. "
            "The adult education courses in Ohio are all evidence of a continuing interest of the schools. "
            "The museum opened a new wing in Paris in May.")
    stems = {c.stem for c in run_template("tf.negation", text)}
    assert "The museum did not open a new wing in Paris in May." in stems, stems
    assert not any(s.startswith(("Every", "The adult")) for s in stems), stems


def test_a_statement_is_not_cut_inside_a_phrase():
    # round 12: "White people hold the line as long.", "... to take a positive stand towards.",
    # "Mr. Buckley does not seem to have assumed.", "... about a decade."
    for text in ("White people hold the line as long as they can, and in as many ways as they can, from verbal intimidation to physical violence.",
                 "The Portland school board was asked Monday to take a positive stand towards developing and coordinating more plans for the city's schools.",
                 "But Mr. Buckley seems to have assumed he would be given the right to pick Mr. Gerosa's successor.",
                 "These carts were of a type devised in Pembina in the days of Alexander Henry about a decade before the Selkirk colony was begun.",
                 "Carlsberg and other big brewers have spent millions in recent years trying to reach women in Britain."):
        stems = {c.stem for c in run_template("tf.true", text)}
        assert not any(s.endswith(("as long.", "towards.", "assumed.", "a decade.", "trying.")) for s in stems), stems


def test_a_family_name_after_the_is_not_swapped_for_a_person():
    # round 12: "The Beadles formerly lived in Lake Forest." -> "The Joan Monroe Armour formerly lived ..."
    text = ("Mr. and Mrs. John G. Beadles will give a party at the beach house in Chicago. The Beadles formerly lived in Lake Forest. "
            "Mrs. Joan Monroe Armour and Mr. Harold Parichy were married on Saturday in Chicago.")
    stems = {c.stem for c in run_template("tf.false", text)}
    assert stems  # the date is still changed
    assert not any(s.startswith(("The Joan", "The Harold", "The John")) for s in stems), stems


def test_equally_without_a_standard_leans_on_context():
    assert not run_template("tf.true", "Yanks were equally adept at figurative expression in their letters from the front.")
    assert run_template("tf.true", "Yanks were equally adept as the Confederates at figurative expression in their letters.")


def test_a_capitalised_first_word_is_no_owner_for_his():
    # round 17: "Unruly hair goes straight up from his forehead." ("Unruly" was tagged as a name)
    assert not run_template("tf.true", "Unruly hair goes straight up from his forehead in every photograph.")
    assert run_template("tf.true", "Gary Player won his first major title at Muirfield in 1959.")


def test_a_changed_number_keeps_its_plural_noun_grammatical():
    # round 17: "The wound healed in less than one weeks." (from "two weeks"; "three" is first, so the article says three)
    text = ("The wound healed in less than two weeks at the hospital in Boston. Three doctors treated the wound every day. "
            "The hospital in Boston opened three new wards in May.")
    stems = {c.stem for c in run_template("tf.false", text)}
    assert not any(" one weeks" in s for s in stems), stems


def test_the_latter_leans_on_context():
    # round 18: "Lincoln did not make the latter point clear." (which point?)
    assert not run_template("tf.negation", "Writing to Speed on August 24, 1855, Lincoln made the latter point clear in his letter.")
    assert run_template("tf.negation", "Writing to Speed on August 24, 1855, Lincoln made the point about slavery clear in his letter.")


def test_a_swapped_country_keeps_its_the_and_so_needs_its_that():
    # round 18: "People gathered in the streets of US." (swapped for South Africa); "Gao's illegal business was so little."
    text = ("People gathered in the streets of South Africa to celebrate Mandela's life. Barack Obama led tributes from world leaders in the US. "
            "Leaders in Britain and France also paid tribute to Mandela.")
    stems = [c.stem for c in run_template("tf.false", text)]
    assert any(s.startswith("People gathered in the streets of") for s in stems)  # still swapped, for a country without "the"
    assert not any("of US" in s for s in stems), stems
    assert not run_template("tf.true", "According to the prosecutor, Gao's illegal business was so little that nobody in Madrid noticed it.")


def test_round_19_perturbations_that_read_wrong():
    # "Captain Heard communicated with any strange vessels.": "any" needs the negation
    assert not any("with any" in c.stem for c in run_template("tf.negation", "Captain Heard did not communicate with any strange vessels because of the war."))
    assert run_template("tf.negation", "Captain Heard did not communicate with the strange vessels because of the war.")
    # "Morgan and his men did not do have a chance": an emphatic "did"
    assert not any("not do have" in c.stem for c in run_template("tf.negation", "Morgan and his men did have a chance to take another swing at the redcoats."))
    # "September 32", "July 27 , 1598": a date changes as a date
    stems = [c.stem for c in run_template("tf.false", "The corporation voted on September 27, 1598, that Quiney should ride to London about the suit to Sir John Fortescue.")]
    assert any("1598" in s for s in stems)
    assert not any(" ," in s for s in stems), stems
    assert all(int(d) <= 30 for s in stems for d in __import__("re").findall(r"September (\d+)", s)), stems


def test_round_19_person_swaps_that_do_not_fit():
    # "Harold Arlen was the mother of John H. Mercer", "Miss Oscar": the words fit one person only
    text = "His second wife, Lillian, was the mother of John H. Mercer. Harold Arlen wrote the music for the film in Hollywood."
    assert not any(c.stem.startswith("Harold Arlen was the mother") for c in run_template("tf.false", text))
    # "Alfred was a good deal older than Alfred Alpert": the new name is the statement's own
    import quizgen
    from quizgen.perturb import false_statements
    from quizgen.simplify import document_clauses
    from quizgen.support import SupportIndex

    # (given names throughout: since round 39 a named person is swapped only for a name that is surely a person)
    doc = quizgen.analyze("Alfred Smith was a good deal older than Walter Alpert in the family business.")
    (clause,) = document_clauses(doc)
    swaps = [f.text for f in false_statements(clause, doc, SupportIndex.build(doc), {"PERSON": ["Alfred Smith", "Walter Jones", "George Brown"]})]
    assert "George Brown was a good deal older than Walter Alpert in the family business." in swaps
    assert not any(s.startswith("Walter Jones") for s in swaps)


def test_a_named_person_is_swapped_only_for_a_name_that_is_surely_a_person():
    # "Maria is called forward" -> "East Hampton Food Pantry is called forward", "Henri" -> "America":
    # the NER's other "people" (3 of 11 such swaps passed review); a given name says person
    import quizgen
    from quizgen.perturb import false_statements
    from quizgen.simplify import document_clauses
    from quizgen.support import SupportIndex

    doc = quizgen.analyze("Maria Gonzalez picked up a brown paper bag filled with essentials at the town hall.")
    (clause,) = document_clauses(doc)
    swaps = [f.text for f in false_statements(clause, doc, SupportIndex.build(doc), {"PERSON": ["East Hampton Food Pantry", "Rosa Lopez"]})]
    assert not any(s.startswith("East Hampton") for s in swaps)
    assert "Rosa Lopez picked up a brown paper bag filled with essentials at the town hall." in swaps


def test_round_19_statements_that_lean_on_context():
    for text in ("Another controversy of the war between the two papers centered on Robert Molesworth's book.",
                 "A similar amateurish characteristic is revealed in Adams' failure to check the accuracy of his sources.",
                 "The plight of a small community library in New England is proportionately worse."):
        assert not run_template("tf.true", text), text
    assert run_template("tf.true", "A controversy of the war between the two papers centered on Robert Molesworth's book.")
    assert run_template("tf.true", "The Ohio plan is similar to the one adopted by the Texas state legislature in 1958.")


def test_its_needs_one_singular_owner_in_view():
    # round 19: "Relativism and equality are its characteristic diseases." (its = the community's)
    assert not run_template("tf.true", "Relativism and equality are its characteristic diseases in the modern world.")
    assert run_template("tf.true", "The museum opened its new wing to visitors in Paris.")


def test_round_19_a_cut_content_noun_and_a_group_inside_a_plural_demonym():
    # "... voiced some early doubts." (concerning what?)
    assert not run_template("tf.true", 'Charles Plummer in the introduction and notes to his splendid edition of Bede voiced some early doubts concerning the "elaborate superstructure" they raised up over the slim foundations of the narratives.')
    # "The riflemen and the Americans followed up their beginning." (keyed False; the Marylanders are Americans)
    from quizgen.answers import overlapping_kinds

    assert overlapping_kinds("the Americans", "the Marylanders") and overlapping_kinds("Americans", "Texans")
    assert not overlapping_kinds("the Germans", "the French")


def test_round_20_a_town_is_no_person_to_swap_in():
    # "Commission Chairman Decatur": the article's "in Decatur" is a town
    text = ("A three-man committee has recommended to Commission Chairman Charles O. Emmerich that the DeKalb County cannery be closed. "
            "The cannery in Decatur, Georgia, was opened by the county in 1950. Emmerich said the cannery lost money.")
    stems = [c.stem for c in run_template("tf.false", text)]
    assert not any("Chairman Decatur" in s for s in stems), stems


def test_round_21_a_day_beside_about_is_no_false_statement():
    # "... from about Sept. 23 to Oct. 12." keyed False: "about" does not rule two days out
    stems = [c.stem for c in run_template("tf.false", "Ontario's foliage is most vivid from about Sept. 23 to Oct. 10 in the north of the province.")]
    assert not any("Oct. 1" in s and "Oct. 10" not in s for s in stems) and not any("Sept. 2" in s and "Sept. 23" not in s for s in stems), stems


def test_a_negation_keeps_the_statements_scope_and_year():
    # review round 22 (a wrong key): "Traditionally, rates of pay ... have been proportionate"
    # gave "Rates of pay ... have not been proportionate", which the article says of today
    text = ("Traditionally, rates of pay for retired military personnel have been proportionate to the pay of active personnel. "
            "In 1958, the old mill closed its doors for the last time in the town of Dover. The workers moved to other towns in the region.")
    texts = {c.stem for c in run_template("tf.negation", text)}
    assert "Traditionally, rates of pay for retired military personnel have not been proportionate to the pay of active personnel." in texts
    assert "The old mill did not close its doors for the last time in the town of Dover in 1958." in texts
    assert not any(t.startswith(("Rates of pay", "The old mill did not close its doors for the last time in the town of Dover.")) for t in texts)


def test_no_negation_of_a_counted_subject_or_before_also():
    # review round 22: "Twenty-six states do not operate a motor pool" reads as a claim about
    # 26 other states; "Advice is not given also on ..." is no English
    text = ("Twenty-six states operate a central motor pool for the maintenance of state-owned vehicles. "
            "Advice is given also on problems of plant location and plant space for small firms.")
    assert run_template("tf.negation", text) == []


@pytest.mark.parametrize("text", [
    # "According to Alexandra Freund, there is not no evidence ..." (a corpus negation once its scope was kept)
    "There is no evidence for the midlife crisis among the workers of the factory.",
    # "Messrs. Guber and Peters did not have virtually nothing to do with day-to-day production" (review round 65)
    "With the film, Messrs. Guber and Peters had virtually nothing to do with day-to-day production of the movie.",
    # "Lipton does not spare the reader none of the sordid details" (review round 72): the "none" stands after the object
    "In his new book about the city, Lipton spares the reader none of the sordid details.",
])
def test_no_double_negative_from_a_no_phrase(text):
    import quizgen
    from quizgen.perturb import flip_negation
    from quizgen.simplify import document_clauses

    clauses = document_clauses(quizgen.analyze(text))
    assert clauses and all(flip_negation(c) is None for c in clauses)


def test_round_23_no_changed_year_of_a_lasting_state_nor_number_of_a_name():
    # "The Istiqlal was still firmly united in 1957" -> "... in 1952" is true as well; "World
    # War 2" -> "World War 4" is no plausible statement
    text = ("The Istiqlal party was still firmly united in 1957 under its leader. "
            "The training programs of World War 2 cost the government about $840 million in all.")
    stems = [c.stem for c in run_template("tf.false", text)]
    assert not any("united in 19" in s and "1957" not in s for s in stems), stems
    assert not any("World War" in s and "World War 2" not in s for s in stems), stems


def test_only_people_and_countries_are_swapped():
    # reviewers passed 5 of 14 organisation swaps and 4 of 10 place swaps ("A Italian magazine
    # was banned ...", "The Google is able to ...", "Arctic poses a real challenge ..."), 18 of 28
    # person swaps
    text = ("The World Bank lent money to the farmers of the region last year. The United Nations sent food to the refugees in the camps. "
            "Marie Curie won the Nobel Prize for the discovery of radium. Albert Einstein won the Nobel Prize for the photoelectric effect.")
    stems = [c.stem for c in run_template("tf.false", text) if "entity-swap" in c.tags]
    assert not any(s.startswith(("The World Bank sent", "The United Nations lent")) for s in stems), stems
    assert "Albert Einstein won the Nobel Prize for the discovery of radium." in stems


def test_cannot_gives_no_double_negative():
    text = "However, the building of freeways and garages cannot continue forever in the big cities of the country."
    assert not any("not can" in c.stem or "not cannot" in c.stem for c in run_template("tf.negation", text))


def test_no_negation_of_a_perfect_read_as_have():
    # "does not have cost the taxpayers", "does not have limited observations" (review round 24)
    text = ("Over the years, the farmer's capacity to over-produce has cost the taxpayers a large amount of money. "
            "The new telescope has limited observations of the southern sky for many years.")
    assert not any("not have cost" in c.stem or "not have limited" in c.stem for c in run_template("tf.negation", text))


def test_no_negation_before_only():
    # review round 25: "The lower portion does not necessitate only films of Hand."
    text = "The lower portion of the chart necessitates only films of the hand and the wrist of the child."
    assert not any("not necessitate only" in c.stem for c in run_template("tf.negation", text))


def test_round_26_no_double_negative_and_no_pair_out_of_order():
    # "have not been unbroken" is a double negative
    text = "The family ties of the Stevens clan have been unbroken for generations. The old town hall was built in 1901 by the council."
    assert not [c.stem for c in run_template("tf.negation", text) if "unbroken" in c.stem]
    assert [c.stem for c in run_template("tf.negation", text) if "1901" in c.stem]
    # "in 1883 and 1879": one end of a pair changed shows the change (and "3 to 5" may still hold)
    text = ("Frederick Frelinghuysen was Secretary of State in 1883 and 1884 in the government of the United States. "
            "The old town hall was built in 1901 by the council and the mayor.")
    changed = [c.stem for c in run_template("tf.false", text)]
    assert not [s for s in changed if "Frelinghuysen" in s], changed
    assert [s for s in changed if "town hall" in s], changed


def test_round_26_a_noun_tagged_as_a_leading_adverb_is_not_dropped():
    from quizgen.simplify import document_clauses
    from quizgen.templates.common import statement

    doc = quizgen.analyze("Family loyalties and cooperative work have been unbroken for generations.")
    out = [statement(c.statement_tokens()) for c in document_clauses(doc)]
    assert not [s for s in out if s.startswith("Loyalties")], out


def test_round_26_not_unique_is_no_double_negative():
    text = "Oakwood Heights is unique among the towns of the county in one particular. The old town hall was built in 1901 by the council."
    assert [c.stem for c in run_template("tf.negation", text) if "not unique" in c.stem]


def test_round_27_a_tagging_error_an_or_list_and_a_partial_name_give_no_false_statement():
    # "textured/VBD fabrics": no "did not textur fabrics", and the predicate is not cut at it
    text = "During the past year, great progress has been made by the weaving mills in creating new stretch and textured fabrics."
    assert not [c.stem for c in run_template("tf.negation", text) if "textur " in c.stem]
    assert [c.stem for c in run_template("tf.true", text) if c.stem.endswith("new stretch and textured fabrics.")]
    # "not required at A or at B": not at any of them, or not at each?
    text = ("Attendance is required at the College Service of Worship or at the Sunday Evening Program in the chapel. "
            "The old town hall was built in 1901 by the council.")
    negated = [c.stem for c in run_template("tf.negation", text)]
    assert not [s for s in negated if "Attendance" in s] and [s for s in negated if "town hall" in s], negated
    # "Regina [Resnik]": the entity left out the first name, so a swap gives "Regina Paul Paray"
    from quizgen.pipeline import candidates

    text = ("Paul Paray, rounding out his current stint with the orchestra, is a solid musician, and the Philharmonic plays for him. "
            "Regina Resnik as Laura and Cesare Siepi as Alvise also were new to the cast, but only with respect to this season. "
            "Laura is a good role for Miss Resnik, and she gave it force.")
    swapped = [c.stem for c in candidates(quizgen.analyze(text), ("tf",), 0) if c.template == "tf.false"]
    assert not [s for s in swapped if "Regina Paul" in s], swapped


def test_round_27_an_open_bound_or_a_pair_joined_by_or_keeps_its_number():
    # corpus report: "eight or nine animals" -> "eight or ten", "three or four times" -> "three or
    # five" (half true); Brown ce08's "two or more numbers" -> "three or more" (still true)
    from conftest import CORPUS, need
    from quizgen.pipeline import candidates

    for name, pair in (("WNL On the trail.txt", "eight or nine"), ("WNL The Greek island.txt", "three or four")):
        doc = quizgen.analyze(need(CORPUS / "int" / name).read_text(encoding="utf-8-sig"))
        first = pair.split()[0]
        changed = [c.stem for c in candidates(doc, ("tf",), 0) if c.template == "tf.false" and f" {first} or " in c.stem]
        assert not changed, changed
    text = ("The symbol is used to separate two or more numbers in a row of the table. "
            "The old town hall was built in 1901 by the council and the mayor.")
    assert not [c.stem for c in run_template("tf.false", text) if "or more" in c.stem]


def test_corpus_report_2026_12_06_no_dangling_twice_no_mismatched_name_swap_no_a_further():
    from quizgen.pipeline import candidates

    text = ("Sales of e-bikes grew fast in 2014. Basic models cost about 1,000 dollars. Top-of-the-line models cost more than twice that. "
            "Companies like Bosch, the German electronics giant, are entering the business. Larry Pizzi runs the company in Boston. "
            "There are a further 56,000 asylum seekers waiting for their claim to be processed. "
            "Metal grilles block the windows of another, which has been sold for 20 million pounds.")
    stems = [c.stem for c in candidates(quizgen.analyze(text), ("mcq", "tf"), 0)]
    assert not [s for s in stems if "twice" in s or "Larry Pizzi are" in s or "further" in s or "of another" in s], stems
    assert [s for s in stems if s.startswith("Larry Pizzi")] and [s for s in stems if "Basic models" in s], stems
    # the report's case: "Bosch" (tagged a person) swapped for the full name "Larry Pizzi"
    from conftest import CORPUS, need

    doc = quizgen.analyze(need(CORPUS / "adv" / "WNL Can the US.txt").read_text(encoding="utf-8-sig"))
    swapped = [c.stem for c in candidates(doc, ("tf",), 0) if c.template == "tf.false" and c.stem.startswith("Companies like")]
    assert not [s for s in swapped if "Pizzi" in s], swapped


def test_round_28_perturbations_that_read_wrong_or_stay_true():
    from quizgen.pipeline import candidates

    def made(text: str) -> list[str]:
        return [c.stem for c in candidates(quizgen.analyze(text), ("tf",), 0) if c.template in ("tf.false", "tf.negation")]

    # "won't endorse" -> "will endorse", never "wo endorse"
    out = made("The former San Francisco mayor won't endorse the new ballpark. The ballpark will cost the city $100 million.")
    assert not [s for s in out if " wo " in s], out
    assert "The former San Francisco mayor will endorse the new ballpark." in out, out
    # "There are not options": English says "no options"
    out = made("There are options on the S&P 500 futures contract. The options trade in Chicago every day.")
    assert not [s for s in out if s.startswith("There are not")], out
    # "during the past three years" -> "four years" is still true
    out = made("A family of ceramic superconductors discovered during the past three years promise new technologies.")
    assert not [s for s in out if "past four years" in s or "past two years" in s], out
    # "the late John T. Dorrance Jr.": no living executive swapped in
    out = made("R. Gordon McGovern was forced out as Campbell Soup Co.'s president and chief executive officer. "
               "Wall Street reacted favorably to Mr. McGovern's departure. The board is dominated by the heirs of the late "
               "John T. Dorrance Jr., who controlled about 58% of Campbell's stock when he died in April.")
    assert not [s for s in out if "the late" in s and "Dorrance" not in s], out


def test_round_28_both_either_previous_and_one_point_back():
    from quizgen.templates.common import leans_on_context

    def leans(text: str) -> bool:
        return leans_on_context(quizgen.analyze(text).sentences[0].tokens)

    assert leans("The figures in both reports were adjusted to remove the effects of seasonal patterns.")
    assert leans("A telephone-information operator had no listing for either party.")
    assert leans("The previous record was $57.7 billion in 1987.")
    assert leans("A medium-sized one in Brooklyn could be altered to house up to 1,000 inmates.")
    assert not leans("Both Dr. Mason and Dr. Sullivan oppose federal funding for the research.")
    assert not leans("S&P 500 futures may not fall further than 12 points from the previous day's close.")
    assert not leans("One of the largest banks in Brooklyn could house up to 1,000 workers.")


def test_round_29_a_move_an_offer_or_an_issue_points_back():
    from template_helpers import run_template

    for text in ("The move leaves United Illuminating Co. and Northeast Utilities as the remaining outside bidders.",
                 "The offer was rejected by the board of Georgia Gulf in New York last week.",
                 "The idea was hatched at the 2014 United Nations Climate Change Conference in Lima."):
        assert not [c.stem for c in run_template("tf.true", text)], text
    assert run_template("tf.true", "The Georgia Gulf board rejected the offer from NL Industries in New York last week.")


def test_no_antonym_swap_is_made():
    # reviewers passed 9 of 19 antonym swaps ("Carmer was outer", "the challenges are very
    # small"), against 65-83% for the other changes: none is made now (review round 85)
    from quizgen.pipeline import candidates

    text = "The reaction in the newsroom was emotional. The paper closed in 1989 in Los Angeles."
    out = [c.stem for c in candidates(quizgen.analyze(text), ("tf",), 0) if c.template == "tf.false"]
    assert "The reaction in the newsroom was unemotional." not in out, out
    assert any("closed in" in s and "1989" not in s for s in out), out  # a date still changes


def test_plenty_of_is_a_quantifier_not_negated():
    # "Plenty of investors are not aghast" does not contradict "plenty are" (review round 29)
    from template_helpers import run_template

    assert not run_template("tf.negation", "Plenty of investors in Tokyo were worried about the new rules for the stock market.")
    assert run_template("tf.negation", "Investors in Tokyo were worried about the new rules for the stock market.")


def test_round_30_no_not_before_one_of_two_coordinated_verbs():
    # "Brassnose did not leap into the sea and swam to the boat"
    from quizgen.perturb import flip_negation
    from quizgen.simplify import document_clauses

    doc = quizgen.analyze("The sailors leaped into the sea and swam to the boat.")  # "swam" is tagged a noun
    for c in document_clauses(doc):
        flipped = flip_negation(c)
        if flipped is not None:
            words = [t.text for t in flipped[0]]
            assert not ("not" in words and "and" in words), words
    assert flip_negation(document_clauses(quizgen.analyze("The sailors leaped into the cold sea at dawn."))[0]) is not None


def test_round_34_the_articles_own_country_is_not_swapped_away():
    # "Tarifa is at the most southern point of Germany" in an article about Spain: false without reading
    text = ("Spain has many beaches on its southern coast. Tarifa is at the most southern point of Spain and has a famous beach. "
            "Tourists from Germany and France visit the town every summer. Spain wants more tourists in winter as well.")
    stems = {c.stem for c in run_template("tf.false", text)}
    assert not any("Tarifa" in s and ("Germany" in s or "France" in s) for s in stems), stems
    # in an article about no one country the swap is made
    other = ("Tarifa is at the most southern point of Spain and has a famous beach. Tourists from Germany and France visit the "
             "town every summer. The beach is popular with windsurfers from many countries.")
    assert any("Tarifa" in s and ("Germany" in s or "France" in s) for s in {c.stem for c in run_template("tf.false", other)})


def test_a_statement_keeps_its_years_ago():
    # "Thirty years ago, the prevailing philosophy ... was to stand aside": without its time the
    # statement says it of today, and the article goes on to say it changed (review round 41)
    text = "The federal government now plays a large part in the economy. Thirty years ago, the prevailing philosophy of government was to stand aside and let business alone."
    stems = [c.stem for c in run_template("tf.true", text)]
    assert "The prevailing philosophy of government was to stand aside thirty years ago." in stems
    assert "The prevailing philosophy of government was to stand aside." not in stems


def test_no_negation_of_a_negative_quantity():
    # review rounds 43 and 45: "did not have very little to say", "are not uncertain of their status"
    assert not run_template("tf.negation", "The Brevard visitors had very little to say about the art show in the city hall.")
    assert not run_template("tf.negation", "James O. Eastland and John C. Stennis are uncertain of their status in the party.")
    assert run_template("tf.negation", "Martin was standing a few feet from the front door of the house.")  # "a few" is no negative


def test_one_before_a_singular_noun_is_not_changed():
    # review round 47: "is about 3 minute of arc" is no English
    stems = [c.stem for c in run_template("tf.false", "The maximum angular diameter of any planetary disk observed from the earth is about 1 minute of arc.")]
    assert not any("minute of arc" in s for s in stems), stems
    assert any("about 3 minutes" in s or "about 2 minutes" in s or "minutes of arc" in s for s in [c.stem for c in run_template(
        "tf.false", "The maximum angular diameter of any planetary disk observed from the earth is about 2 minutes of arc.")])


UNION = "The meat cutters' union, which has a long history in the city, represents the little corner markets as well as the large supermarkets."


@pytest.mark.parametrize("template, text, made", [
    # review round 47: "does not obtrude into even the most idyllic poetry" is no opposite
    ("tf.negation", "The insistent noise of the general environment obtrudes into even the most idyllic poetry.", False),
    ("tf.negation", "The insistent noise of the general environment obtrudes into the most idyllic poetry.", True),
    # round 49: "had been thus protected" (how?), "does not represent X as well as Y" ("not as well as"?)
    ("tf.true", "As far as we know, no American bridge had been thus protected in 1792.", False),
    ("tf.true", "As far as we know, no American bridge had been protected by a roof in 1792.", True),
    ("tf.negation", UNION, False),
    ("tf.negation", UNION.replace(" as well as the large supermarkets", " in the north of the city"), True),
    # round 50: comparisons without a standard, "is another"
    ("tf.true", "By December, 1958, when Abdallah Ibrahim became President of the Council, elections had even greater importance.", False),
    ("tf.true", "After the first month, rates are considerably less, averaging only about $60 a month for most models.", False),
    ("tf.true", "Rail fares in the north of England are considerably lower in the region.", False),
    ("tf.true", "Rail fares in the north of England are considerably lower than bus fares in the region.", True),
    ("tf.negation", "The Great Smoky Mountains is another area of the South well worth a visit.", False),
    # round 53: "The door did not open and three men and a woman swept past ..."
    ("tf.negation", "The door opened and three men and a woman in a sari swept past the guard and down the stairs.", False),
    ("tf.negation", "Mr. Smith opened a bakery in the village and three of his sons ran it for years.", False),
    ("tf.negation", "Mr. Smith opened a bakery and a bookshop in the village in 1990.", True),
    # round 54: "an altogether different cup of tea": different from what?
    ("tf.true", "The three Indian brass deities in the hall are an altogether different cup of tea.", False),
    ("tf.true", "The three Indian brass deities in the hall are an altogether different cup of tea from the Chinese vases.", True),
    # round 55: "Sometimes, B'dikkat did not take the new ones" is as true as the statement it negates
    ("tf.negation", "Sometimes, B'dikkat took the new ones to the rooms below the tower.", False),
    ("tf.negation", "B'dikkat took the new ones to the rooms below the tower.", True),
    # round 56: "Martin seldom did not feel the impulse" ("seldom" was tagged as a noun of the subject)
    ("tf.negation", "But Martin Cole seldom felt the impulse to talk about anything.", False),
    ("tf.negation", "But Martin Cole felt the impulse to talk about anything.", True),
    # round 57: of what? to do what? comparable to which?
    ("tf.true", "UAL Corp. is a good example.", False),
    ("tf.true", "UAL Corp. is a good example of takeover mania in the market.", True),
    ("tf.true", "The 40-year-old Mr. Pope has changed jobs enough.", False),
    ("tf.true", "The comparable year-earlier number was $56 million.", False),
    ("tf.true", "A recent case in point is Mitchell Canneries v. United States.", False),
    ("tf.true", "The year-earlier number was comparable to the $56 million of Chemical Bank.", True),
    # round 58: "The government stepped in until six months ago"
    ("tf.negation", "But the government didn't step in until six months ago, when thrift officials put Lincoln into conservatorship.", False),
    ("tf.negation", "But the government didn't step in six months ago, when thrift officials put Lincoln into conservatorship.", True),
    # round 62: double negatives
    ("tf.negation", "None of its people were injured in the crash at the airport on Tuesday.", False),
    ("tf.negation", "The company had sought unsuccessfully to buy the Texas refinery from Mobil Corp.", False),
    ("tf.negation", "Mobil Corp. sold the Texas refinery to Exxon Corp. in 1988.", True),
    ("tf.negation", "Inky was an unusually intelligent octopus at the National Aquarium.", True),  # a degree, no negation
    # round 59: a claim's clause after its front is no fact
    ("tf.true", "The Pentagon claims that in spite of Moscow's words, East bloc weapons continue to flow into Nicaragua through Cuba.", False),
])
def test_statements_refused_and_kept_in_rounds_47_to_62(template, text, made):
    assert bool(run_template(template, text)) == made, text


def test_round_58_a_changed_figure_keeps_the_direction_of_its_change():
    # "Sales rose 14% to $715 million from $725.4 million" is false by its own words
    import re

    text = "Sales at Avon Products rose 14% to $715 million from $625.4 million. Profit at Avon Products fell to $15 million from $40 million."
    stems = [c.stem for c in run_template("tf.false", text)]
    assert len(stems) >= 2
    assert not any(s.startswith("Sales") for s in stems), stems  # any one change breaks the sum of 14%, $715 million and $625.4 million
    for stem in stems:
        m = re.search(r"to \$([\d.]+) million from \$([\d.]+) million", stem)
        assert m, stem
        to, start = float(m.group(1)), float(m.group(2))
        assert (to > start) if " rose " in stem else (to < start), stem


@pytest.mark.parametrize("text", [
    # round 59: swaps false at sight
    "Tony Adams, a marketing executive at Allstate, spoke on Monday. Insurers are counting losses after Hurricane Hugo ripped through the Caribbean last month.",
    "Gordon M. Sprenger was named a director of the bank. In the merger, each share of Webster will be converted into one share of the new company.",
    "The novelist Camilo Jose Cela won the prize. The editor of Pravda was dismissed and succeeded by a confidant of Soviet leader Gorbachev.",
    "Hendrik Verwoerd Jr. runs the town. Down by the stream, a group of Orange Workers puts the finishing touches on a golf course.",
    "China arrested many people in Beijing. A leading U.S. human-rights monitor also was briefly held in China last week.",
    # a degree word is no antonym pair; "slightly" bounds the change
    "Analysts say Fed policy makers have been wary of relaxing credit too much because they were uncertain about inflation.",
    "Revenue at Pacific Telesis rose slightly to $3.16 billion from $3.13 billion.",
])
def test_round_59_no_false_statement_that_is_false_at_sight(text):
    assert [c.stem for c in run_template("tf.false", text)] == []


def test_round_59_a_swap_between_two_plain_names_is_still_made():
    assert run_template("tf.false", "Tony Adams works at Allstate in Chicago. John Smith opened a bakery in Boston last year.")


def test_round_59_statements_write_out_a_contraction_after_a_name_and_close_a_quotation():
    text = "K mart Corp. Chairman Joseph E. Antonini summed up his outlook for the season as \"not troublesome.\" He's not predicting a blockbuster, but he is optimistic."
    stems = [c.stem for k in ("tf.true", "tf.negation") for c in run_template(k, text)]
    assert "Joseph E. Antonini is predicting a blockbuster." in stems, stems
    assert any(s.endswith('as "not troublesome".') for s in stems), stems
    assert not any("'s predicting" in s for s in stems)
    assert [c.stem for c in run_template("tf.true", "Many in Washington say President Bush will have to raise taxes to pay for his war on drugs.")] == [
        "According to many in Washington, President Bush will have to raise taxes to pay for his war on drugs."]


def test_round_60_a_fraction_keeps_its_numerator():
    stems = [c.stem for c in run_template("tf.false", "Paramount Communications climbed 1 1/4 to 58 1/2 and MCA rose 1 1/2 to 64 on the Big Board.")]
    fractions = [(int(a), int(b)) for s in stems for a, b in re.findall(r"\b(\d+)/(\d+)", s)]
    assert stems and fractions and all(a < b for a, b in fractions), stems
    assert all(re.search(r"\b(\d+)/(\d+)", s) is None or all(int(a) < int(b) for a, b in re.findall(r"\b(\d+)/(\d+)", s)) for s in stems), stems


def test_round_62_a_changed_number_takes_its_own_article():
    stems = [c.stem for c in run_template("tf.false", "Chrysler Corp. posted an 11.8% drop in third-quarter profit on lower car sales.")]
    assert stems, stems
    for stem in stems:
        m = re.search(r"\b(an?) (\d[\d.,]*)%", stem)
        assert m and m.group(1) == ("an" if re.match(r"8|1[18](?!\d)", m.group(2)) else "a"), stem


def test_round_62_a_figure_without_its_company_on_a_page_of_several_companies():
    # "Sales rose 9% to $2.57 billion": whose, when the text names several firms?
    from quizgen.pipeline import candidates

    page = ("PNC Financial Corp. said net income rose 5% in the quarter. Sales rose 9% to $2.57 billion from $2.36 billion. "
            "Mellon Bank Corp. said its profit fell 10% in the same period because of higher loan losses.")
    one = "PNC Financial Corp. said net income rose 5% in the quarter. Sales rose 9% to $2.57 billion from $2.36 billion. Its profit fell 10%."
    stems = lambda text: [c.stem for c in candidates(quizgen.analyze(text), ("mcq", "tf"), 0)]
    assert not any(s.startswith("Sales") for s in stems(page)), stems(page)
    assert any(s.startswith("Sales") for s in stems(one)), stems(one)


def test_round_65_no_weekday_change_beside_yesterday():
    # "Many of Thursday's winners were losers yesterday" (yesterday was Thursday)
    text = ("Many of Wednesday's winners were losers yesterday as investors quickly took profits and rotated their buying to other issues. "
            "The index of the exchange closed at a record on Monday after a week of heavy trading in the shares of the banks.")
    stems = [c.stem for c in run_template("tf.false", text)]
    assert not any("winners were losers" in s and "Wednesday" not in s for s in stems), stems
    assert any("closed at a record on" in s and "Monday" not in s for s in stems), stems


def test_round_65_a_one_word_person_never_named_in_full_is_not_swapped():
    # "Atlantis lifted John E. Hayes Jr. from the launch pad" (Galileo, the spacecraft, read as a person)
    text = ("Atlantis lifted Galileo from the launch pad at 12:54 p.m. and released the craft from its cargo bay. "
            "Beginning in December 1995, Galileo will begin a two-year tour of the moons of the planet. "
            "John E. Hayes Jr., the chairman of the utility, said the company would keep its dividend. "
            "Mary Ellen Smith won the prize for the design of the probe. Mr. Smith won the race for the third time in a row.")
    stems = [c.stem for c in run_template("tf.false", text) if "entity-swap" in c.tags]
    assert not any("Hayes" in s and ("tour" in s or "launch pad" in s) for s in stems), stems


def test_round_66_a_time_after_by_is_an_upper_bound():
    # "All major roadways were open by 1 p.m." -> "by 3 p.m." is true as well
    text = ("All major roadways except the Nimitz Freeway were open by 1 p.m. yesterday, the state transportation office said. "
            "The old bridge over the river was rebuilt by 1925 with money from the city and the state.")
    stems = [c.stem for c in run_template("tf.false", text)]
    assert not any(" by 2 p.m." in s or " by 3 p.m." in s or " by 4 p.m." in s for s in stems), stems
    assert not any(" by 19" in s and int(s.split(" by ")[1][:4]) > 1925 for s in stems if " by 19" in s), stems


def test_round_66_no_negation_of_a_degree_or_of_a_change_with_both_levels():
    # "margins ... did not narrow somewhat"; "short interest did not drop to 523,920,214 shares
    # ... from 547,347,585 shares" contradicts itself
    text = ("The margins of the service business of the company narrowed somewhat because of heavy investments. "
            "The Big Board reported that short interest dropped to 523,920,214 shares as of Oct. 13 from 547,347,585 shares in mid-September. "
            "The river flooded the low fields of the old farms in the valley in the spring of 1988.")
    stems = [c.stem for c in run_template("tf.negation", text)]
    assert not any("somewhat" in s or "did not drop" in s for s in stems), stems
    assert any("did not flood" in s for s in stems), stems


def test_round_66_a_model_number_before_a_name_is_not_changed():
    text = "Both European airlines operate extensive fleets of Boeing 747 freighters and 747 Combis, aircraft that carry both freight and passengers on the main deck."
    stems = [c.stem for c in run_template("tf.false", text)]
    assert not any("847" in s or "647" in s or "757" in s for s in stems), stems


def test_a_perfect_with_a_participle_read_as_an_adjective_is_not_negated_with_do():
    # "Scotty had drunk/JJ about half the milk" -> "Scotty did not have drunk ..." (corpus stem diff, 2026-12-07)
    stems = [c.stem for c in run_template("tf.negation", "Scotty had eaten almost nothing on the crested, three-sectioned plate and had drunk about half the milk in its paper container.")]
    assert not any("have drunk" in s for s in stems), stems


def test_a_changed_level_that_breaks_the_percentage_is_not_offered():
    # "Sales rose 4% to $3.28 billion from $2.66 billion": the sum shows it is false
    from quizgen.perturb import _against_its_change

    for s, bad in (("Sales rose 4% to $3.28 billion from $2.66 billion.", True), ("Sales rose 4% to $3.28 billion from $3.16 billion.", False),
                   ("Net income surged 31% to 7.63 billion yen from 6.82 billion yen.", True), ("Net fell 11% to $15 million from $17 million.", False),
                   ("Pretax earnings soared 14% to $107.9 million from $96.4 million.", True), ("Pretax earnings soared 12% to $107.9 million from $96.4 million.", False)):
        assert _against_its_change(quizgen.analyze(s + " The company said so in a statement on its results.").sentences[0].tokens) is bad, s


def test_round_67_no_negation_removed_before_a_second_verb_or_anymore():
    # "The new category replaces or reduce ...", "he considers himself a financial planner anymore"
    text = ("But the new category does not replace or reduce the broad racial preferences of the university. "
            "Mr. Peterson also says he does not consider himself a financial planner anymore.")
    stems = [c.stem for c in run_template("tf.negation", text)]
    assert not any("replaces or reduce" in s or s.rstrip(".").endswith("anymore") for s in stems), stems


def test_round_68_no_swap_of_a_fronted_place():
    # "In West Germany, investors stayed on the sidelines" -> "In Japan, ..." (Japan's were quiet too)
    text = ("In West Germany, investors stayed on the sidelines as the bond market searched for direction. "
            "In Japan, bond prices ended little changed in quiet trading on the Tokyo exchange. "
            "In Britain, prices of government bonds fell sharply in the morning.")
    stems = [c.stem for c in run_template("tf.false", text) if "entity-swap" in c.tags]
    assert not any(s.startswith("In ") and "sidelines" in s for s in stems), stems


def test_round_71_no_swap_to_a_person_that_is_none():
    # "Dark Sky Parks and others spent years preparing their application", "Hadrian and others ..."
    from quizgen.perturb import _no_person

    assert _no_person("Dark Sky Parks", "Northumberland has two Dark Sky Parks.")
    assert _no_person("Hadrian", "The park runs along Hadrian's Wall, and Hadrian\u2019s Wall is old.")
    assert not _no_person("Hadrian", "Hadrian built a wall across Britain.")
    assert not _no_person("Dan Wise", "Dan Wise spent years on the application.")
    from conftest import CORPUS, need

    text = (need(CORPUS) / "adv" / "WNL Bright Future.txt").read_text(encoding="utf-8-sig")
    stems = [c.stem for c in run_template("tf.false", text) if "entity-swap" in c.tags]
    assert not any(s.startswith(("Hadrian and", "Dark Sky Parks and")) for s in stems), stems
    assert not any("eclipse northern" in s and "Chile" not in s for s in stems), stems  # "The UK will ... eclipse northern Britain": part of the UK


def test_round_73_false_statements_that_prove_nothing():
    # "The younger Thomas ripped a screen door" -> "The younger Mary Self ripped ...": the words fit only him
    text = ("Thomas early Sunday went to the home of his uncle and aunt, Mr. and Mrs. R. C. Thomas, 511 Blanche St., NW, looking for "
            "his wife, Margaret Lou Thomas, 18, and their 11-month-old baby.\n\nThe younger Thomas ripped a screen door, breaking the latch, "
            "and after an argument struck his uncle with a rock, scratching his face.\n\nMrs. Mary Self, who knows more than any other person "
            "about the 5,000 city employes, has closed her desk and retired.")
    assert not any("younger" in c.stem and "Thomas" not in c.stem for c in run_template("tf.false", text))
    # "1960 was a poor year" -> "1950 was a poor year": the article says nothing of 1950
    stems = [c.stem for c in run_template("tf.false", "The industry has said 1960 was a poor year for builders. In 1959, builders started 1.5 million homes.")]
    assert stems and not any("poor year" in s for s in stems), stems


@pytest.mark.parametrize("text", [
    # review round 73: the "not" reaches one participle of two, or a gapped second clause
    "The Indians were impressed and held to the Carolina traders.",
    "The bridge was built and opened in 1932.",
    "Bill Davis quartet of Hillsboro was second and baton twirler Sue Ann Nuttall of Reedville third.",
])
def test_no_negation_of_one_conjunct(text):
    assert run_template("tf.negation", text) == []


def test_no_negation_of_an_everyone_subject():
    # review round 74: "Everyone was not gone except the tolerant Lord Thomson": not everyone, or no one?
    assert run_template("tf.negation", "After the party, everyone was gone except the tolerant Lord Thomson.") == []


def test_no_negation_before_some():
    # review round 75: "Mr. Bragg has not accomplished some prodigies" (a negation wants "any")
    assert run_template("tf.negation", "Mr. Bragg has accomplished some prodigies in training for the production of words.") == []


def test_round_77_no_false_statement_from_no_two_and_no_negation_before_rather():
    # "No two Rhode Island communities are identical" -> "No three ...": still true
    stems = [c.stem for c in run_template("tf.false", "No two Rhode Island communities are identical in their financial condition. The state has 39 towns.")]
    assert not any(s.startswith("No ") for s in stems), stems
    # "Cathy has not been rather a problem child": no English
    assert run_template("tf.negation", "Cathy J. Hanover has been rather a problem child at the school.") == []


def test_a_bounded_number_is_not_changed_into_a_false_statement():
    # review round 78: "more than 6 thousand years ago" -> "more than 8 thousand" is not clearly false
    text = ("Beer, generally fermented from barley, is an old alcoholic beverage. "
            "Beer was brewed by the Babylonians and Egyptians more than 6 thousand years ago. "
            "The brewery sold 40 barrels of ale to the city in the first winter.")
    stems = {c.stem for c in run_template("tf.false", text)}
    assert not any("thousand years ago" in s for s in stems), stems
    assert any("barrels of ale" in s and "40" not in s for s in stems), stems  # an unbounded figure still changes


def test_a_frequency_adverb_in_the_subject_blocks_the_negation():
    # review round 78: "Quite frequently class members did not bring questions from their mates at home."
    text = "Quite frequently class members brought questions from their mates at home. The teacher answered them in the next class."
    stems = {c.stem for c in run_template("tf.negation", text)}
    assert not any("frequently" in s for s in stems), stems


@pytest.mark.parametrize("sentence", [
    "The range is from 14 to 25 inches at birth.",          # of what? (review round 78)
    "The next speaker was George T. Day of the Farm Bureau.",  # after whom?
    "Ten others made no reply to the letter from the council.",  # besides whom?
    "Still Andrena will do a reasonably good job.",          # at what?
])
def test_statements_that_need_the_sentence_before_are_not_made(sentence):
    assert not run_template("tf.true", sentence)


def test_a_some_scope_blocks_the_negation():
    # review round 79: "In some programs, treatment is not concentrated ..." is true: in others it is not
    text = "In some programs, treatment is concentrated over a short period of time. St. Mary's Hospital opened a new ward in the spring of 1958."
    stems = {c.stem for c in run_template("tf.negation", text)}
    assert not any("concentrated" in s for s in stems), stems
    assert any("did not open" in s for s in stems), stems


def test_no_negation_before_an_afterthought():
    # review round 80: "Tim is a good man, hard working." gave "Tim is not a good man, hard working."
    text = "Tim is a good man, hard working. Tim Brown owns a boat in the harbour of Boston."
    stems = {c.stem for c in run_template("tf.negation", text)}
    assert not any("hard working" in s for s in stems), stems
    assert any("does not own a boat" in s for s in stems), stems


def test_round_81_a_capitalised_word_before_a_name_is_its_first_name():
    # "Brian/JJ Thayer was ..." (the entity missed the first name) gave the swap "Brian Hohlbein was ..."
    from quizgen.perturb import _first_name_before
    from quizgen.text.document import Token

    assert _first_name_before(Token("Brian", 0, 5, "JJ", "brian", "B-NP"))
    assert _first_name_before(Token("Regina", 0, 6, "NNP", "Regina", "B-NP"))
    assert not _first_name_before(Token("Judge", 0, 5, "NNP", "Judge", "B-NP"))
    assert not _first_name_before(Token("The", 0, 3, "DT", "the", "B-NP"))
    assert not _first_name_before(Token("said", 0, 4, "VBD", "say", "B-VP"))


def test_theirs_is_an_unresolved_pronoun():
    # review round 81: "Shayne's pistol permit was just as good as theirs." (the Miami Beach cops')
    text = "Shayne's pistol permit was just as good as theirs. Shayne Harris owned a pistol in Miami."
    stems = [c.stem for c in run_template("tf.true", text)]
    assert not any("theirs" in s for s in stems), stems
    assert stems, "the other statement is still made"


def test_round_82_some_in_the_predicate_blocks_the_negation_but_some_years_does_not():
    text = ("Pamela Hale had to move in some direction away from the evil place. "
            "Margaret Thatcher had been in declining health for some years before 2013.")
    stems = {c.stem for c in run_template("tf.negation", text)}
    assert not any("some direction" in s for s in stems), stems
    assert any("had not been in declining health for some years" in s for s in stems), stems


def test_round_84_relational_subjects_and_stative_years():
    stems = [c.stem for c in run_template("tf.true", "The percentage in Africa is 11.9%. The average age in India is 27.")]
    assert stems == ["The average age in India is 27."], stems  # the percentage of what?
    text = ("In 1989, when the communists relinquished power, Poland had only one motorway. "
            "The first motorway in Warsaw opened in 2001 after years of work.")
    stems = [c.stem for c in run_template("tf.false", text)]
    assert not any("motorway in 19" in s and "Poland" in s for s in stems), stems  # a state may have held in 1984 too
    assert any("opened in" in s and "2001" not in s for s in stems), stems  # an event's year still changes


def test_round_88_a_base_form_tagged_a_participle_after_have_gets_no_negation():
    # "the findings have grave/VBN implications" gave "the findings have not grave implications"
    text = ("Professor Helena Britt says the findings of the study have grave implications for the health system. "
            "Sydney City Council has put a new tax on cars in the city centre.")
    stems = {c.stem for c in run_template("tf.negation", text)}
    assert not any("grave" in s for s in stems), stems
    assert any("has not put a new tax" in s for s in stems), stems


def test_round_88_no_person_swap_after_a_title():
    # "President General Pervez Musharraf says ..." gave "According to President General Atal Behari Vajpayee, ..."
    text = ("President General Pervez Musharraf says Pakistan wants to defuse the brewing crisis with India. "
            "Atal Behari Vajpayee visited the city of Agra in July 2001. Pervez Musharraf flew to Agra for talks in July 2001. "
            "John Howard opened a new hospital in Perth in March.")
    stems = [c.stem for c in run_template("tf.false", text)]
    assert not any("President General" in s for s in stems), stems
    assert "John Howard flew to Agra for talks in July 2001." in stems, stems


def test_round_88_no_negation_removed_from_a_perfect_since():
    # "Arthurs, who has not played a singles match since October, ..." gave "Arthurs has played a
    # singles match since October." keyed False, though he played (and lost) one the day before
    text = ("Wayne Arthurs has not played a singles match since October. "
            "Mark Philippoussis has not won a match on clay in Paris.")
    stems = {c.stem for c in run_template("tf.negation", text)}
    assert not any("since October" in s for s in stems), stems
    assert "Mark Philippoussis has won a match on clay in Paris." in stems, stems


def test_round_88_the_news_is_an_anaphoric_subject():
    text = ("The news brought hundreds of journalists, fans and curious onlookers to the ghats of Benares this morning. "
            "George Harrison's ashes were scattered in the Ganges River at Benares.")
    stems = [c.stem for c in run_template("tf.true", text)]
    assert not any(s.startswith("The news") for s in stems), stems
    assert any("Ganges" in s for s in stems), stems


def test_round_89_negations_of_a_perfect_with_an_adverb_and_of_a_cut_condition():
    text = ("The Member for Fremantle says Labor did not suffer in the polls after it differentiated itself from the Coalition in 1996. "
            "The National Aeronautics and Space Administration had earlier pushed back the launch twice due to problems at the station. "
            "Mark Philippoussis has not won a match on clay in Paris.")
    stems = [c.stem for c in run_template("tf.negation", text)]
    assert stems == ["Mark Philippoussis has won a match on clay in Paris."], stems


def test_round_89_instead_leans_on_what_was_cut():
    text = ("Plans for a candlelight vigil had to be scrapped due to fierce northern winds, and George Harrison was honoured instead "
            "by dozens of pictures of the guitar hero. George Harrison died of cancer in Los Angeles in November.")
    stems = [c.stem for c in run_template("tf.true", text)]
    assert not any("instead" in s for s in stems), stems
    assert any("Los Angeles" in s for s in stems), stems


def test_round_92_no_negation_of_what_held_at_one_time_among_others():
    # "At one point, Kise did not call his client's answers "brilliant"": true of every other point
    text = ("At one point, Kise called his client's answers brilliant. "
            "Ahmed Azza was given permission to leave his neighborhood for the first time in three days. "
            "Kise spoke to the judge on Monday.")
    stems = [c.stem for c in run_template("tf.negation", text)]
    assert stems == ["Kise did not speak to the judge on Monday."], stems


def test_no_negation_of_a_clause_whose_time_clause_was_dropped():
    # review round 93: "While the raid was unfolding, Trump's personal Twitter account was active"
    # gave "Trump's personal Twitter account was not active.", which common knowledge answers
    text = ("While the raid was unfolding, Trump's personal Twitter account was active and a tweet was sent to readers, the paper reported. "
            "During the war, the old factory produced cars for the army in Detroit. "
            "In 1950, the new plant in Ohio made trucks for the navy.")
    negated = [c.stem for c in run_template("tf.negation", text)]
    assert not any("Twitter" in s for s in negated)
    assert "During the war, the old factory did not produce cars for the army in Detroit." in negated  # the time is kept: the negation holds
    assert any("did not make trucks" in s for s in negated)  # a year is no dropped time clause


def test_no_negation_of_a_count_of_times():
    # review round 94: "Federer has not come to play in China 11 times": never 11 times, or 11 times not?
    text = "Federer has come to play in China 11 times, including in the 2008 Beijing Olympics. Federer won the final in Shanghai in 2002."
    negated = [c.stem for c in run_template("tf.negation", text)]
    assert not any("11 times" in s for s in negated)
    assert any(s.startswith("Federer did not win the final") for s in negated)


def test_no_person_swap_after_a_role_and_no_country_swap_inside_a_name():
    # review round 94: "IMF chief Christine Lagarde" -> "IMF chief Donald Trump"; stem diff: "Soviet Russia" -> "Soviet Germany"
    text = ("IMF chief Christine Lagarde met the new American trade team in Washington on Friday. "
            "Donald Trump met Angela Merkel in Washington on Friday. "
            "Soviet Russia has been invaded twice by German troops in a generation. "
            "Germany sent troops to France in 1914 and to Poland in 1939.")
    false = [c.stem for c in run_template("tf.false", text)]
    assert not any("chief Donald Trump" in s or "chief Angela Merkel" in s for s in false)
    assert not any(s.startswith("Soviet ") and "Russia" not in s for s in false)
    assert any("Christine Lagarde met Angela Merkel" in s or "Donald Trump met Christine Lagarde" in s for s in false)  # other swaps still made


def test_statements_ending_on_a_noun_that_points_back_are_not_made():
    # review rounds 93-94: "Mobike did not disclose the specific amount.", "The president appointed Kushner to lead the office."
    text = ("Mobike did not disclose the specific amount. Mobike did not disclose the amount of the new investment from Temasek. "
            "The president appointed Kushner to lead the office. The number of bike commuters grew to 786,000 in 2012.")
    true = [c.stem for c in run_template("tf.true", text)]
    assert "Mobike did not disclose the specific amount." not in true and not any("lead the office" in s for s in true)
    assert "Mobike did not disclose the amount of the new investment from Temasek." in true
    assert "The number of bike commuters grew to 786,000 in 2012." in true


def test_a_changed_age_stays_a_possible_age():
    # review round 96: "The influential performer died aged 110." is false without reading
    text = "The influential performer Jack Smith died aged 90 at his home in Paris on Monday. The band sold 3 million records in 1990."
    ages = [c.stem for c in run_template("tf.false", text) if "died aged" in c.stem and "aged 90" not in c.stem]
    assert ages and all(int(s.split("aged ")[1].split()[0]) <= 100 for s in ages)


def test_a_date_is_not_changed_to_one_the_article_mentions():
    # "The Charlotte City Council voted in February 2016" -> "in December 2016" where the article
    # tells of "last December" too: the council may have voted then as well (review round 97)
    from quizgen.pipeline import candidates

    def changed(text: str) -> list[str]:
        return [c.stem for c in candidates(quizgen.analyze(text), ("tf",), 0) if c.template == "tf.false" and "voted in" in c.stem]

    first = "The Charlotte City Council voted in February 2016 to allow the new rules."
    plain = changed(first + " The state government approved a new budget for the schools.")
    assert any("December 2016" in s for s in plain), plain  # the month it would change to
    named = changed(first + " A deal reached last December to repeal the law fell apart.")
    assert named and not any("December" in s for s in named), named  # another month, still a change


def _false_stems(text: str) -> list[str]:
    from quizgen.pipeline import candidates

    return [c.stem for c in candidates(quizgen.analyze(text), ("tf",), 0) if c.template == "tf.false"]


def test_no_person_swap_in_a_statement_of_membership():
    # "Christie was one of the biggest supporters" -> "Jared Kushner was one of ...": another
    # member of the group may be one too (a wrong key, review round 94)
    others = "Paul Ryan met the governors in Washington on Monday. "
    plain = _false_stems(others + "Chris Christie was the biggest supporter of the presidential campaign last year.")
    assert "Paul Ryan was the biggest supporter of the presidential campaign last year." in plain, plain  # the swap it would make
    member = _false_stems(others + "Chris Christie was one of the biggest supporters of the presidential campaign last year.")
    assert not any(s.startswith("Paul Ryan was") for s in member), member
    assert "Chris Christie met the governors in Washington on Monday." in member  # other swaps stay


def test_an_acronym_plural_is_not_swapped_for_a_person():
    # "MPs, who overwhelmingly backed the Bill" -> "Damocles overwhelmingly backed the Bill" (review round 97)
    text = ("Theresa May said the vote hung over the talks like the sword of Damocles. "
            "MPs, who overwhelmingly backed the European Union Bill last Wednesday, are now in a further debate.")
    assert not any(s.startswith(("Theresa May overwhelmingly", "Damocles")) for s in _false_stems(text))


def test_no_statement_ends_where_a_quotation_or_a_complement_was_cut():
    # review round 98: "waving national flags and signs reading." and "has expressed interest."
    from quizgen.simplify import document_clauses
    from quizgen.templates.common import content_cut_off

    doc = quizgen.analyze("The protesters waved signs reading. The district government has expressed interest. "
                          "The district government has expressed interest in the project. A global audience will be watching with interest.")
    cut = {c.sentence.index: content_cut_off(c) for c in document_clauses(doc)}
    assert cut == {0: True, 1: True, 2: False, 3: False}, cut


def test_no_person_swap_beside_also_and_no_swap_in_a_yet_to_statement():
    # review round 99: "Laura Trott also won ..." -> "Laura Kenny also won" (also as whom?), and
    # "North Korea has yet to confirm" -> "Malaysia has yet to confirm" (true as well: a wrong key)
    others = "Paul Ryan met the governors in Washington on Monday. "
    plain = _false_stems(others + "Chris Christie won the primary in New Jersey last year.")
    assert "Paul Ryan won the primary in New Jersey last year." in plain, plain  # the swap it would make
    also = _false_stems(others + "Chris Christie also won the primary in New Jersey last year.")
    assert not any(s.startswith("Paul Ryan also") for s in also), also
    places = "Malaysia and China asked for the samples of the family on Monday. "
    assert any(s.startswith("China has confirmed") or s.startswith("Malaysia has confirmed") for s in _false_stems(places + "North Korea has confirmed the identity of the dead man."))
    yet = _false_stems(places + "North Korea has yet to confirm the identity of the dead man.")
    assert not any(s.startswith(("China has yet", "Malaysia has yet")) for s in yet), yet


def test_a_number_within_a_bound_is_not_changed_to_one_the_bound_still_covers():
    # "a response within 48 hours" -> "within 60 hours" is still true (a wrong key, review round 99)
    from quizgen.numbers import number_bound

    assert number_bound("within") == -1 and number_bound("no more than") == -1 and number_bound("more than") == 1
    stems = _false_stems("Tusk expects to release a response within 48 hours of the letter. The summit opened in Brussels in May.")
    assert not any("within" in s and "48" not in s for s in stems), stems
