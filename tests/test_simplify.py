"""Clause simplification on real sentences: what a clause keeps and what it refuses."""

from __future__ import annotations

import pytest

import quizgen
from quizgen.simplify import document_clauses
from quizgen.templates.common import statement


def statements(text: str) -> list[str]:
    return [statement(c.statement_tokens()) for c in document_clauses(quizgen.analyze(text))]


def test_object_relative_clause_is_not_the_main_clause():
    out = statements("Apple, which former Chief Executive Steve Jobs founded in his Los Altos garage in 1976, "
                     "only appeared in the top ten of the annual study in 2011.")
    assert not any("founded" in s for s in out)
    assert any(s.startswith("Apple") and "appeared in the top ten" in s for s in out)


def test_a_cut_inside_a_coordination_gives_no_clause():
    out = statements("Riley B King was born in Mississippi. He learnt the guitar from a family friend and learnt to sing with a quartet of gospel singers.")
    assert "Riley B King was born in Mississippi." in out
    assert not any(s.rstrip(".").endswith(("and learnt", "and")) for s in out)


def test_simple_clause_survives():
    assert "Ukraine dismissed the proposal from China." in statements("However, Ukraine dismissed the proposal from China.")


def test_a_predicate_cut_before_its_point_is_kept_whole_when_short():
    out = statements("The mayor complained that the new rules were unfair to small shops.")
    assert "The mayor complained that the new rules were unfair to small shops." in out


def test_fronted_material_before_the_last_comma_is_not_the_subject():
    out = statements("And on a grey, cold, blustery Monday in February, Pope Benedict signed off in the same fashion.")
    assert not any(s.lower().startswith(("blustery", "grey", "cold")) for s in out)


def test_a_predicate_that_resumes_after_an_insert_is_not_cut():
    out = statements("The drug crisis has put the health authorities, already having to deal with large cuts, under further strain.")
    assert not any(s.endswith("health authorities.") for s in out)


def test_a_ranked_noun_cut_from_its_infinitive_gives_no_clause():
    out = statements("Wales will become the first country in the UK to introduce an opt-out system for organ donation.")
    assert "Wales will become the first country in the UK." not in out


def test_last_in_a_time_phrase_ranks_nothing():
    # "last summer" is no "the last town to ...": the cut at the appositive's comma loses nothing
    out = statements("The test run for the mapping exercise occurred last summer in Cambridge Bay, a much smaller town of about 1,500 people.")
    assert any(s.startswith("The test run for the mapping exercise occurred") and "Cambridge Bay" in s for s in out)
    assert "Wales became the last country in the UK." not in statements("Wales became the last country in the UK, to introduce an opt-out system.")


def test_a_limiting_fronted_phrase_stays_with_the_statement():
    out = statements("In the past, the family lived in the castle with forty servants.")
    assert "In the past, the family lived in the castle with forty servants." in out
    assert "However, Ukraine dismissed the proposal from China." not in statements("However, Ukraine dismissed the proposal from China.")


def test_a_list_number_is_not_part_of_the_statement():
    out = statements("1 Facebook has changed the definition of a friend for millions of people.")
    assert "Facebook has changed the definition of a friend for millions of people." in out
    # the tagger may call the number a noun: "5/NN Facebook makes news" (round 28 corpus run)
    out = statements("Many people read the news online.\n\n5 Facebook makes news, breaks news and decides what is news\n\nMost people agree.")
    assert not [s for s in out if s.startswith("5")], out
    assert [s for s in out if s.startswith("Facebook makes news")], out


def test_restrictive_relatives_are_not_cut_away():
    out = statements("In his article, the author Philip Pullman criticizes the internet users who download his books without paying for them.")
    assert not any(s.endswith("criticizes the internet users.") for s in out)
    out = statements("The children who learn in this room have extra help with their homework from the teachers of the school.")
    assert not any(s.startswith("The children have") for s in out)


def test_a_definite_noun_keeps_its_infinitive():
    assert "Facebook has been the tool." not in statements("Facebook has been the tool to organize revolutions in several countries.")


def test_a_non_restrictive_relative_is_not_the_main_clause():
    out = statements("Professor Sajiv Singh, who runs a cargo delivery company called NearEarth, said that, to pilot a drone, you simply give it instructions.")
    # the relative is a fact of its own, never glued to the main clause's verb
    assert all(s == "Professor Sajiv Singh runs a cargo delivery company called NearEarth." for s in out if "NearEarth" in s), out


def test_a_predicate_that_resumes_after_a_dash_insert_is_not_cut():
    out = statements("Pub group J D Wetherspoon has 24,000 of its staff - 80% of its workforce - on zero-hours contracts.")
    assert not any(s.endswith("24,000 of its staff.") for s in out)


def test_a_gerund_after_and_is_not_a_shared_subject_verb():
    out = statements("Seventy per cent of all water is used in agriculture, and growing more food to feed an extra two billion people will place pressure on water.")
    assert not any("water growing" in s for s in out)


def test_cut_complements_and_participles_give_no_clause():
    assert not any(s.endswith("the social, economic.") for s in statements("Countries do not try to solve the social, economic and political problems of the poor."))


def test_an_opinion_frame_gives_no_clause():
    assert statements("For Philippa Langley of the Richard III Society, Richard was the true king of England.") == []
    assert statements("In her view, the king was a brave soldier in the battle.") == []


def test_a_definite_noun_phrase_keeps_its_infinitive():
    out = statements("Yuu Wakebe blames the irresistible pressure to match the long hours of his colleagues.")
    assert "Yuu Wakebe blames the irresistible pressure." not in out


def test_a_hyphenated_number_is_not_a_cut():
    out = statements("The Hillsborough Independent Panel delivered its remarkable 395-page report to the families in Liverpool.")
    assert not any(s.endswith("395.") for s in out)


def test_a_what_clause_is_not_a_subject():
    out = statements("The families in Liverpool now know the depth of what they call a cover-up by the police.")
    assert not any(s.startswith("The depth of what") for s in out)


def test_object_control_and_need_for_keep_their_infinitive():
    assert "Bogus allergy tests are convincing thousands of people." not in statements(
        "Bogus allergy tests are convincing thousands of people to cut healthy foods out of their diets.")
    assert not any(s.endswith("the need for both parties.") for s in statements(
        "John Boehner talked about the need for both parties to work together in Washington."))


def test_a_cut_list_and_a_that_clause_without_its_verb_give_no_clause():
    assert not any(s.endswith("workers, employers.") or s.endswith("asked workers.") for s in statements(
        "A new government report in London asked workers, employers and unions about the contracts."))


def test_an_appositive_of_a_name_is_a_statement_of_its_own():
    got = statements("Dr Christopher Mason, a scientist at Weill Cornell Medical College, led a team that tested the subway system.")
    assert "Dr Christopher Mason is a scientist at Weill Cornell Medical College." in got
    got = statements("A close political and economic ally of Moscow, Beijing denies that it supports Russia's invasion of Ukraine.")
    assert "Beijing is a close political and economic ally of Moscow." in got
    # a list of names is no appositive, nor is a name before "and"
    assert not any(" is " in s for s in statements("Apple, the BBC, and Google were named in the survey."))
    assert not any(" is a " in s for s in statements("Singh, a 42-year-old salesman, and his friends are not alone in the park."))


def test_a_relative_clause_on_a_name_and_a_buried_time_clause_arestatements():
    got = statements("Others have criticized Modi, who led his Bharatiya Janata Party to a landslide election victory in 2014.")
    assert "Modi led his Bharatiya Janata Party to a landslide election victory in 2014." in got
    assert not statements("They met officials from Apple, which Kyiv says is big.")  # an object relative
    got = statements("Russia makes daily announcements about Ukrainian drones which Kyiv says are a response to attacks "
                     "since Moscow launched its special military operation in February 2022.")
    assert "Moscow launched its special military operation in February 2022." in got
    assert not any("if" in s.split() for s in statements("The team will win the cup if Moscow launches its new stadium in May."))


def test_sentences_that_lose_their_point_or_are_a_view_give_no_statement():
    # the content of the infinitive was cut before
    assert all(s.endswith("tips.") for s in statements("Angry waiters are asking people to support their battle to keep their tips."))
    assert all("cuisine" in s for s in statements("And UNESCO is considering a request to add Japanese cuisine to its cultural heritage list."))
    # somebody's view, attributed at the end
    assert statements("E-cigarettes behave like a sort of nicotine patch, West agreed.") == []
    assert statements("E-cigarettes behave like a sort of nicotine patch, West said.")  # reported, not a view
    # no subject for "was": "Carle ... to see if it was possible"
    assert statements("Carle, 26, decided, in 2013, to see if it was possible to live using only French-made products for ten months.") == []


def test_money_that_lost_its_currency_sign_gives_no_statement():
    assert statements("The company spent 35m on the new plant in Leeds last year.") == []
    assert statements("The company spent £35m on the new plant in Leeds last year.")
    assert statements("The company spent 35 million pounds on the new plant in Leeds last year.")


def test_a_fronted_place_is_no_appositive_and_nouns_joined_by_and_are_no_clause_boundary():
    assert not any("South Kensington are" in s for s in statements(
        "In the rich London district of South Kensington, the older pupils at one school all have Apple phones."))
    got = statements("Peter Soderlund served almost three years of a four-year sentence for drug and weapons offences before he was released in 1998.")
    assert not any(s.endswith("for drug.") or s.startswith("Weapons offences") for s in got), got
    assert statements("The police arrested two men and officers searched the house in May.") == ["The police arrested two men.", "Officers searched the house in May."]
    assert not any(s.startswith("Nowadays mostly") for s in statements("Nowadays, mystery shopping companies mostly give freebies to incentivize their workers."))


def test_the_lost_currency_answer_is_per_document():
    from quizgen.damage import damaged_sentences

    a = quizgen.analyze("The company spent 35m on the new plant in Leeds last year.")
    b = quizgen.analyze("The company spent £35m on the new plant in Leeds last year.")
    assert damaged_sentences(a) == {0}
    assert damaged_sentences(b) == set()
    assert damaged_sentences(a) == {0}
    assert damaged_sentences(quizgen.analyze("The company spent 35m on the new plant in Leeds last year.")) == {0}


def test_a_noun_tagged_as_the_verb_gives_no_clause():
    # "organisms" was tagged VBZ: the statement read "Enterobacteria organisms usually found
    # in the gut" and its negation "Enterobacteria does not organism ..."
    assert statements("Enterobacteria, organisms usually found in the gut, had also acquired vancomycin resistance.") == []


def test_a_clause_cut_inside_a_coordinated_modifier_is_dropped():
    text = "Within my working lifetime, the pattern of antibiotic resistance in healthcare has transformed from a rare but notable event to a problem of epidemic proportion."
    assert not any(s.endswith("from a rare.") for s in statements(text))


def test_a_that_clause_without_its_verb_is_dropped_but_that_of_is_kept():
    assert statements("But, now, scientists are worried that the threat to creatures such as ladybirds is a much greater danger to biodiversity.") == []
    assert statements("The only voice in his radio earpiece was that of Kittinger.") == ["The only voice in his radio earpiece was that of Kittinger."]
    assert "Some people enjoy the fun." in statements("Other people criticize it because some people enjoy the fun and then do not donate anything to charity.")


def test_he_resolves_through_a_chain_of_he_sentences_to_the_named_subject():
    out = statements(
        "The Manchester United manager, Sir Alex Ferguson, will retire at the end of the season. He will become a director of the club. "
        "He is the most successful manager in British football. He has won 13 league titles and five cups."
    )
    assert "Sir Alex Ferguson will retire at the end of the season." in out
    assert "Alex Ferguson is the most successful manager in British football." in out
    assert not any(s.startswith("The Manchester United manager") for s in out)


def test_he_resolves_through_sentences_that_mention_him_anywhere_even_across_a_paragraph():
    # "In 1786, he went ..." and "His love ..." go on about Turner without starting with "he"
    for text in (
        "Joseph Turner was born in 1775 in London. In 1786, he went to Margate with his uncle. His love of painting began there. He returned to the Kent coast many times in his life.",
        "Joseph Turner was born in 1775 in London. In 1786, he went to Margate with his uncle.\n\nHis love of painting began there. He returned to the Kent coast many times in his life.",
    ):
        assert "Joseph Turner returned to the Kent coast many times in his life." in statements(text), text
    # the chain breaks at a sentence about something else, and at the other sex's pronoun
    assert not any("returned" in s for s in statements("Joseph Turner was born in 1775 in London. The city was busy. The river was wide and full of ships. He returned to the Kent coast many times in his life."))
    assert not any("returned" in s for s in statements("Joseph Turner was born in 1775 in London. In 1786, he went to Margate with his aunt. Her love of painting began there. He returned to the Kent coast many times in his life."))


def test_he_is_not_resolved_to_a_name_that_is_no_subject():
    out = statements("In 2012, he performed at the White House, where the US President, Barack Obama, sang with him. He is survived by 11 children from two marriages.")
    assert not any("survived" in s for s in out)


def test_she_after_a_speaker_is_not_the_speaker():
    for text in (
        "Ed Miliband said: She will be remembered as a unique figure. She reshaped the politics of a whole generation.",
        'The Labour leader Ed Miliband spoke first. "She will be remembered as a unique figure. She reshaped the politics of a whole generation."',
    ):
        assert not any("Miliband reshaped" in s for s in statements(text)), text


def test_a_relative_clause_after_a_place_in_a_prepositional_phrase_is_not_about_the_place():
    out = statements("Julia Rochester, from London, who described herself as a lapsed Catholic, came to see the new pope in Rome.")
    assert not any(s.startswith("London") for s in out)


def test_an_interrupted_if_clause_is_no_statement():
    out = statements("If, for example, a woman is walking quickly towards the sock section, a store can automatically put ads on screens for her.")
    assert not any("walking" in s for s in out)


def test_agreement_is_checked_on_the_head_before_its_prepositional_phrase():
    assert statements("TV programmes about astronomy have attracted a new generation of stargazers.") == ["TV programmes about astronomy have attracted a new generation of stargazers."]
    assert statements("The number of extremely wealthy people in the US has been increasing fast.") != []
    assert statements("Vehicles and holidays is estimated to be worth a lot of money.") == []  # still a misparse


def test_a_reported_claim_keeps_its_speaker():
    out = statements("British American Tobacco said the larger health warnings demanded by MEPs were not necessary. Police said that the man was arrested in Paris in May.")
    assert "According to British American Tobacco, the larger health warnings demanded by MEPs were not necessary." in out
    assert "According to police, the man was arrested in Paris in May." in out
    assert not any(s.startswith("The larger health warnings") for s in out)


def test_a_stray_footnote_number_damages_its_sentence():
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze(
        "The right of Bolivia's tribes to 1 chew coca leaves has caused a major disagreement. "
        "The exemption is the first in the 8 history of UN drug-control treaties. "
        "Bolivia was given 12 months to make the change, and it plans to open 2 new offices."
    )
    assert damaged_sentences(doc) == {0, 1}


def test_a_person_description_after_a_place_is_not_about_the_place():
    out = statements("Riley B King was born in Mississippi, the son of African-American farm workers. He works at Google, a company in California.")
    assert not any(s.startswith("Mississippi is") for s in out)
    assert "Google is a company in California." in out


def test_a_heading_run_into_its_sentence_damages_it():
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze(
        "Opposition reported Some district leaders urged the mayor to run again. "
        "The study was published by The Lancet in May. "
        "The new law was passed by Smoking In England, a charity in London. "
        "Facebook has been the tool to organize revolutions Organizing demonstrations and direct action has been revolutionized by Facebook."
    )
    # a capitalised "Some" after a word and before a lower-case one is a fused heading; title
    # capitals ("The Lancet", "Smoking In England") are not
    assert damaged_sentences(doc) == {0, 3}


def test_subjects_that_are_lists_or_whose_clauses_give_no_clause():
    # round 12: "All but fifty of the Scots moved ..." (the list "Scots, Swiss and metis" was
    # cut), "William R. Stillwell is preserved in ..." (his correspondence is), "Explanation
    # has left ..." (of "The general, remarkably courteous, explanation")
    assert statements("When the damage was assessed, all but fifty of the Scots, Swiss and metis moved up the Red to the mouth of the Pembina river.") == []
    assert statements("William R. Stillwell, an admirable Georgian whose delightful correspondence is preserved in the Georgia Department of Archives, liked to tease his wife.") == []
    assert not any(s.startswith("Explanation") for s in statements("The general, remarkably courteous, explanation has left basic positions unchanged."))
    assert statements("Mao Ning, a spokeswoman for the ministry, said the visit was initiated by China.")  # an appositive still goes


def test_a_fronted_phrase_keeps_its_coordinated_adjectives():
    assert statements("On a grey, cold Monday in February, Pope Benedict signed the letter.") == ["On a grey, cold Monday in February, Pope Benedict signed the letter."]


def test_a_conditional_sentence_asserts_nothing():
    # round 14 (wrong key): "Farm labor costs will also be high." from "If the farm is in an
    # industrial area where wages are high, farm labor costs will also be high."
    assert statements("If the farm is in an industrial area where wages are high, farm labor costs will also be high.") == []
    assert statements("Farm labor costs will also be high unless the farm is in a rural area.") == []
    assert statements("Farm labor costs were high because the farm was in an industrial area.")  # a cause is asserted


def test_a_relative_clause_in_the_subject_keeps_its_verb():
    # round 14: "A publicity release from GA is president." (from "..., of which Harvey is president,")
    assert statements("A publicity release from Oregon Physicians Service, of which Harvey is president, quoted him as saying the move had helped.") == []
    # "Tall" is no subject; the name after the adjectives is (not "Tall had already racked up ...")
    assert statements("Tall, wiry, dark-haired Bob Fogg had already racked up one historical first in air mail history.") == ["Dark-haired Bob Fogg had already racked up one historical first in air mail history."]


def test_a_capitalised_plural_after_a_noun_is_a_fused_heading():
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("Scenic effects Guests will be treated to Gulf Coast scenic effects at the party. The Eagles are expected to win the game in Philadelphia.")
    assert damaged_sentences(doc) == {0}


def test_round_15_cuts_and_subjects():
    # "The most important aims ... were not as follows.": a lead-in to a list
    assert statements("The most important aims of the students were as follows: to make the world a better place and to be happy.") == []
    # "There is not a grievous disparity between the unity in Christ.": "between" lost its "and"
    assert statements("There is a grievous disparity between the unity in Christ which we profess in meetings and the separateness of most congregations.") == []
    # "Time stands still every time Darrell Royal.": "every time" opens a clause
    assert not any(s.endswith("every time Moritz.") for s in statements("Time stands still every time Moritz, a 26-year-old Army veteran, goes into the field."))
    # "Pohl being questioned about several fires ...": no finite verb
    assert not any("being questioned" in s for s in statements("Pohl confessed the arson while being questioned about several fires in the Westphalia area by State Police."))
    # "Moritz however kicks ...": the linking adverb goes with its commas
    assert statements("Moritz, however, kicks the ball farther than any other player in the conference.") == ["Moritz kicks the ball farther than any other player in the conference."]
    # "German bomber rolled down a runway": the commas split one noun phrase
    assert statements("The World War 2, German bomber rolled down a runway in Texas in 1961.") == []
    # "Enterprises ... are in a position.": the infinitive says what for
    assert "Enterprises of the size of General Electric are in a position." not in statements("Enterprises of the size of General Electric are in a position to structure their prices for profit.")


def test_round_16_subjects_and_cuts():
    # a wrong key: "Gary Player spent a more harrowing afternoon" dropped the "never" (the
    # verb search skipped "was" after a comma, taking "he never | spent" into the subject)
    out = statements("Gary Player, the small, trim South African, was the eventual winner, but in all his 25 years he never spent a more harrowing afternoon as he waited.")
    assert "Gary Player was the eventual winner." in out and not any("spent" in s for s in out)
    # "Last night disagreed on ...": a time phrase is no subject
    assert statements("Plainfield -- James P. Mitchell and Sen. Walter H. Jones R-Bergen, last night disagreed on the value of a remark by Richard J. Hughes.") == []
    # "Jones were limited to eight minutes": the verb is the "that" clause's
    assert not any(s.startswith("Jones were") for s in statements("Jones, unhappy that the candidates were limited to eight minutes for a speech, saved his barbs for Mitchell."))
    # "The basic mystery of dreams is in the fact.": which fact?
    assert not any(s.endswith("the fact.") for s in statements("The basic mystery of dreams, which embraces all the others, is in the fact that they are original, visual continuities."))
    # "from crest to crest" is no purpose infinitive
    assert not any(s.endswith("from crest.") for s in statements("The tsunami extends as much as 600 miles from crest to crest in the Pacific Ocean."))
    # "Cattle were referred to as the winter kill": a restrictive relative on a common noun
    assert statements("Cattle which died from them winter storms were referred to as the winter kill.") == []


def test_was_and_were_agree_with_the_head():
    # "Jones were limited ...", "Scientists in Stanford was 60C hotter ...": misparses
    assert not any(s.startswith("Angus Hanton were") for s in statements("Angus Hanton, of the Intergenerational Foundation thinktank, said older generations were the architects of the housing crisis and children should not be blamed for staying at home."))
    assert not any(s.startswith("Scientists in Stanford was") for s in statements("Scientists in Stanford, California, found that a roof painted black was 60C hotter than the air temperature in sunlight."))
    # the head is before the phrase, "to" included; a plural the tagger missed is no misparse
    assert statements("The Pacific Islanders' message to the delegates of the Congress was urgent.") == ["The Pacific Islanders' message to the delegates of the Congress was urgent."]
    assert statements("Before the opening match in Brasilia, crowds of demonstrators were dispersed by riot police.")


def test_round_17_subjects():
    # "Dark otherwise suffused with afternoon sunshine.": a lone common noun is no subject of a participle
    assert statements("Seeking an obscure, dark, relatively quiet corner in the airy room otherwise suffused with afternoon sunshine, he asked if the music could be turned off.") == []
    # "Drama resigns himself to a real estate business": a list of nouns cut to one
    assert statements("Thus, many a creativity-oriented aspirant for a career in architecture, drama, or journalism, resigns himself to a real estate business.") == []


def test_but_after_a_negative_is_except():
    # round 18 (wrong key): "The fictional detective is responsible to no one." (from "... to no one but himself and his client")
    assert statements("The fictional detective is responsible to no one but himself and his client in the novels.") == []
    assert "The detective solved the case." in statements("The detective solved the case, but the police did not thank him.")


def test_round_18_cuts():
    # "... jackboots to a poor.": the commas join the adjectives of one noun
    assert statements("Berto knew all about the appeal of a black shirt and jackboots to a poor, southern, peasant boy.") == ["Berto knew all about the appeal of a black shirt and jackboots to a poor, southern, peasant boy."]
    # "... and later brought Napoleon.": "to dictatorship" (tagged as a verb) is no purpose, and
    # "and later (tagged as an adjective) brought" coordinates verb phrases
    out = statements("The notion of the General Will gave rise to the Commune of Paris in the Revolution and later brought Napoleon to dictatorship.")
    assert "The notion of the General Will gave rise to the Commune of Paris in the Revolution." in out
    assert not any(s.endswith("brought Napoleon.") for s in out)


def test_round_19_clauses_that_are_no_statement():
    # "The more Adoniram looked at the Greek word for baptism.": half of a correlative
    assert statements("The more Adoniram looked at the Greek word for baptism, the more unhappy he became over its true meaning.") == []
    # "The day Alfred left his home.": a time noun with its clause, not a subject
    assert not any(s.startswith("The day") for s in statements("The day Alfred left his home and Fleischmanns he gave up the convictions of a lifetime."))
    # "A New Englander transplanted to Philadelphia.": the description of a name, and
    # ", wrote the most dazzling success story" is the main verb, not an inverted attribution
    assert not any(s.startswith("A New Englander") for s in statements("Eldest of the seven, Benjamin Franklin, a New Englander transplanted to Philadelphia, wrote the most dazzling success story in our history."))
    # "Benjamin Franklin determined the destinies": one of a dashed list of seven
    assert not any(s.startswith("Benjamin Franklin") for s in statements("Seven Founders -- George Washington, Benjamin Franklin, John Adams and John Jay -- determined the destinies of the new nation."))
    # "is carried second.": the cut split "second-, third-, and fourth-hand"
    assert statements("Information beyond nearest neighbor is carried second-, third-, and fourth-hand as a distortable rumor.") == []
    # "Evo Morales is a former coca producer": the verb of a "whose" relative
    assert not any("Evo Morales" in s for s in statements("In 2011, Bolivia - whose President, Evo Morales, is a former coca producer - formally notified the UN of its withdrawal from the convention."))
    # "Fred and Ralph paid off what debts.": the free relative lost its verb
    assert statements("Fred and Ralph qualified as executors and paid off what debts were currently due, and they were all current.") == ["Fred and Ralph qualified as executors."]


def test_round_19_dates_and_times_stay_whole():
    # "The corporation voted on September 27.": the year belongs to the date
    out = statements("The corporation voted on September 27, 1598, to send Quiney to London.")
    assert not any(s.endswith("September 27.") for s in out)
    assert any("September 27, 1598" in s for s in out)

    def shown(text: str) -> list[str]:
        return [statement(c.statement_tokens(with_time=False)) for c in document_clauses(quizgen.analyze(text))]

    # a fronted year limits the claim: it moves to the end of what a statement shows
    assert shown("In 2014, UK adults spent an average of 157 pounds on fresh fruit.") == ["UK adults spent an average of 157 pounds on fresh fruit in 2014."]
    assert shown("Last month, the council closed the old library in the town centre.") == ["The council closed the old library in the town centre."]


def test_round_19_reported_speech_after_a_role():
    # ", said" after a comma was skipped as a participle: "F. Morris Cochran has been bought",
    # "Jenna Gavin caused the housing crisis"
    out = statements("F. Morris Cochran, university vice president and business manager, said the house has been bought to provide rental housing for faculty families, particularly for those here for a limited time.")
    assert out == ["According to F. Morris Cochran, the house has been bought to provide rental housing for faculty families."]
    assert not any(s.startswith("Jenna Gavin") for s in statements("Jenna Gavin, 24, said older people caused the housing crisis in Britain."))
    # "According to California, a roof ...": "Stanford, California" is one place
    out = statements("Scientists in Stanford, California, found that a roof painted black was 60C hotter than the air.")
    assert out and all(s.startswith("According to scientists in Stanford, California,") for s in out), out
    assert "A close ally of Moscow, Beijing denies any role in the war." not in statements("A close ally of Moscow, Beijing denies any role in the war.")


def test_round_19_a_shared_auxiliary_and_a_past_form_read_as_present():
    assert "Human waste at base camp is removed in plastic barrels." in statements("Human waste at base camp is now managed well and removed in plastic barrels.")
    # "UK adults ate/VBP": its negation would be "do not ate"
    from template_helpers import run_template

    assert not any("do not ate" in c.stem for c in run_template("tf.negation", "In 2014, UK adults ate an average of 157g of fruit per day."))


def test_a_preposition_that_lost_its_object_damages_its_sentence():
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze(
        "Bill Mazeroski with and Hal Smith with were the only Pirates dragging their feet. "
        "Fans like to interact with and criticize brands on Twitter. "
        "There was a woman in the water with Dusty, a dolphin she regularly swims with."
    )
    assert damaged_sentences(doc) == {0}


def test_round_20_subjects_and_cuts():
    # "Last night got its seven-concert Beethoven cycle ...": a time is no subject
    assert not any(s.startswith("Last night") for s in statements("The Symphony Of The Air, greatly assisted by Van Cliburn, last night got its seven-concert Beethoven cycle at Carnegie Hall off to a good start."))
    # "Inc. is approximately half way ...": the company's name is whole
    assert statements("Bostitch, Inc. is approximately half way through a 10-year exemption of its real estate tax.") == ["Bostitch, Inc. is approximately half way through a 10-year exemption of its real estate tax."]
    # "Much business there as Ulbricht had in East Berlin.": the second half of a comparison
    assert not any(s.startswith("Much") for s in statements("The Chancellor had as much business there as Ulbricht had in East Berlin -- and was certainly less provocative."))
    assert any(s.startswith("In recent years, much of the community") for s in statements("In recent years, much of the community has opted to follow the Ramadan timetable of Edmonton."))
    # "... located where the index finger.": the clause lost its verb
    assert not any(s.endswith("where the index finger.") for s in statements("The speed is controlled by pressing on the two brake buttons located where the index finger and thumb are placed when holding the motor."))
    # "Remember how ... missed the Bolshoi Ballet??." and a ")" whose "(" is in the sentence before
    assert statements("Remember how by a series of booking absurdities Chicago missed seeing the Bolshoi Ballet??") == []
    assert statements("Mothers' milk is still the ticket for the young babies).") == []
    assert statements("Mothers' milk is still the ticket for the young babies (and their mothers).") == ["Mothers' milk is still the ticket for the young babies."]


def test_a_fused_dateline_damages_its_sentence():
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze(
        "Masaryk award Chicago, Aug. 9 -- The granting of the Jan Masaryk award to Senator Paul Douglas is a bitter example.\n\n"
        "Washington, July 24 -- President Kennedy submitted a plan to Congress today."
    )
    assert damaged_sentences(doc) == {0}


def test_round_20_a_relative_without_that_and_a_condition_are_no_subject():
    # "The amount of bread people do not eat has fallen ...": "eat" is the relative clause's verb
    assert not any("people eat" in s or "people do not eat" in s for s in statements("The amount of bread people eat has fallen from 25 to 15 slices a week over the past forty years."))
    # "Assuming the weather is halfway decent.": a condition
    assert not any(s.startswith("Assuming") for s in statements("Assuming the weather is halfway decent that day, hundreds of thousands of persons will mass along this thoroughfare."))
    assert "Building the prototype was easy for the engineers." in statements("Building the prototype was easy for the engineers.")


def test_round_21_lists_instructions_and_sufficiently():
    # "Some of the in-person performers were Jack Teagarden.": a list of names without "and", cut to one
    assert statements("Some of the in-person performers were Jack Teagarden, Gene Krupa, Bud Freeman, Pee Wee Russell, Joe Sullivan.") == []
    # "Be sure all members are oblique ...": an instruction
    assert statements("Be sure all members are parallel, vertical and level as required.") == []
    # "The issue was sufficiently potent in 1935.": potent enough for what?
    assert statements("The issue was sufficiently potent in 1935 to spark secession from the American Federation of Labor.") == []
    assert statements("The issue was potent in 1935 among the industrial union members.") == ["The issue was potent in 1935 among the industrial union members."]


def test_a_noun_phrase_heading_before_its_sentence_damages_it():
    # review round 22: Brown's government documents run their section headings into the
    # first sentence: "Production assistance Production specialists are ...", "Wildlife
    # habitat resources In 1960 one-quarter of ...", a heading repeated by the subject
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze(
        "Production assistance Production specialists are available in regional offices. "
        "Wildlife habitat resources In 1960 one-quarter of the visits were for hunting. "
        "Biological warfare Biological warfare is the use of living organisms as weapons. "
        "Former president Truman said it was over. "
        "Restaurant chains Ask and Zizzi also deduct 10% of the tips. "
        "Local farmer John Smith sold the farm in 1960. "
        "The state Senate passed the bill in 1960. "
        "Smoking In 1990 was common among the workers of the factory."
    )
    assert damaged_sentences(doc) == {0, 1, 2}


def test_a_report_inside_a_report_and_an_adverb_as_speaker_give_no_statement():
    # "According to Chris French, According to memory researchers, memory does not work ..."
    assert not any("According to" in s and s.count("According") > 1 for s in statements(
        "He added that memory researchers have always known that memory does not work like a video camera."))
    assert not any("memory does not work" in s for s in statements(
        "He added that memory researchers have always known that memory does not work like a video camera."))
    # "According to Already people, there was a secret ..."
    assert not any("Already" in s for s in statements("Already people are saying that there was a secret in the past of the Pope."))


def test_a_demonstrative_with_a_bare_noun_gives_no_statement():
    # review round 22: "The fact is not being commemorated ...", "The use is expected to ..."
    # (from "this fact", "This use"): the noun alone names nothing out of context
    assert statements("This fact is being commemorated with several exhibits throughout the State of Rhode Island.") == []
    assert statements("These expenditures are estimated to be twelve billion dollars in the coming year.") == []
    # review round 42: with a modifier too ("These twin tendencies" had become "The twin tendencies")
    assert statements("This drug crisis has put the health authorities under further strain in the city.") == []
    assert statements("These twin tendencies seem to have reached their height in the Han dynasty.") == []
    assert statements("The drug crisis has put the health authorities under further strain in the city.")  # a definite article is no pointer


def test_a_how_clause_cut_before_its_verb_gives_no_statement():
    # review round 22: "A Catholic priest recently recounted how in the chapel of a large city university."
    out = statements("A Catholic priest recently recounted how in the chapel of a large city university, following evensong, he celebrated Mass before more than a hundred.")
    assert not any(s.endswith("city university.") for s in out), out


def test_an_as_comparison_cut_before_its_standard_gives_no_statement():
    out = statements("A few centuries ago, demons were as much a part of the experiential world of western man as are the trees today.")
    assert not any(s.endswith("western man.") for s in out), out
    assert statements("The new bridge is as long as the old one across the river in the town.")  # a complete comparison stays
    assert statements("Irenaeus does not regard Adam and Eve merely as private individuals in the story of the Fall.")  # "regard as" is no comparison


def test_round_23_range_cuts_figure_references_and_a_second_according():
    from quizgen.templates.common import statement

    # "The sections were then washed with PBS for 15." (of "for 15 - 30 minutes")
    assert not any(s.endswith("for 15.") for s in statements("The sections were then washed with PBS for 15 - 30 minutes in the cold room."))
    # "A band viscometer is shown in Figure 2.": the page layout, not the content
    from quizgen.templates.common import leans_on_context

    doc = quizgen.analyze("A band viscometer is shown in Figure 2 of the report.")
    assert leans_on_context(doc.sentences[0].tokens)
    # an attribution after a fronted phrase is not capitalised
    from quizgen.text.document import Token

    toks = [Token("In", 0, 2, "IN", "in"), Token("November", 3, 11, "NNP", "november"), Token(",", -1, -1, ",", ",", "SYN"),
            Token("According", -1, -1, "VBG", "accord", "SYN"), Token("to", -1, -1, "TO", "to", "SYN"), Token("Smith", 12, 17, "NNP", "smith"),
            Token(",", -1, -1, ",", ",", "SYN"), Token("it", 18, 20, "PRP", "it"), Token("rained", 21, 27, "VBD", "rain")]
    assert statement(toks) == "In November, according to Smith, it rained."


def test_a_fronted_comparison_is_a_scope_and_of_course_is_not():
    # corpus report: "Of course, Telepathy is a minnow." from "Compared to the likes of Google,
    # of course, Telepathy is a minnow."
    assert statements("Compared to the likes of Google, of course, Telepathy is a minnow in the market.") == [
        "Compared to the likes of Google, Telepathy is a minnow in the market."]
    assert statements("Of course, many more things are charted besides prices in the papers.") == [
        "Many more things are charted besides prices in the papers."]


def test_a_list_of_plights_or_places_is_no_subject_or_appositive():
    # corpus: "Nottingham was BlackBerry Messenger ..." (from "... spread to Birmingham, Nottingham,
    # Liverpool and Manchester, so effective was BlackBerry Messenger ..."), "India is the perilous
    # existence of the orangutan in Indonesia" (a list of plights)
    assert not any(s.startswith("Nottingham") for s in statements(
        "Six years later, in the summer of 2011, as violence engulfed London and spread to Birmingham, Nottingham, Liverpool and Manchester, "
        "so effective was BlackBerry Messenger (BBM) at mobilizing the rioters that politicians called for the service to be suspended."))
    assert not any(s.startswith("India is") for s in statements(
        "The threatened extinction of the tiger in India, the perilous existence of the orangutan in Indonesia, the plight of the panda: these are wildlife emergencies."))
    assert "Paris is the capital of France." in statements("He flew to Paris, the capital of France, on Monday to meet the president of the country.")


def test_a_heading_word_the_tagger_calls_a_conjunction_is_still_a_heading():
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("Ultraviolet microscopy Many cells are transparent to visible light. The cells were washed in a warm bath.")
    assert damaged_sentences(doc) == {0}


def test_a_subordinate_clause_inside_a_report_is_the_speakers():
    # corpus: "Brown justly deserved the extreme penalty." (True) from "the Providence Daily
    # Journal stated that although Brown justly deserved the extreme penalty, no man ought to ..."
    out = statements("On Wednesday morning, the Providence Daily Journal stated that although Brown justly deserved the extreme penalty, "
                     "no man, however criminal, ought to suffer the penalty without a fair trial.")
    assert not any(s.startswith("Brown justly deserved") for s in out), out
    assert "Brown had killed four men in the raid on the town." in statements(
        "The trial was fair because Brown had killed four men in the raid on the town.")  # outside a report it is extracted


def test_round_25_citations_markers_and_references():
    # "Et al revised the Taylor Anxiety Scale for use with children."
    assert not any("al revised" in s for s in statements("Castaneda et al revised the Taylor Anxiety Scale for use with children in the schools."))
    # "At least, the strategy of the AWOC has been inclusive.": a comment, not a scope
    assert statements("At least, the strategy of the union has been inclusive of all the workers in the valley.") == [
        "The strategy of the union has been inclusive of all the workers in the valley."]
    # "The hard-surface cleaners are discussed in Chapter 28.": about the book's layout
    from quizgen.templates.common import leans_on_context

    assert leans_on_context(quizgen.analyze("The hard-surface cleaners are discussed in Chapter 28 of the book.").sentences[0].tokens)


def test_round_26_conditions_comparisons_and_bare_numbers_give_no_statement():
    # "Without X, S will ..." is a warning, not a prediction
    out = statements("Without a great acceleration in the metropolitan area's economy, there will not be sufficient jobs "
                     "for the growing numbers of youngsters, and St. Louis will slip into second-class status.")
    assert not any("second-class" in s for s in out), out
    # ... but "Without warning, S" states a fact
    assert any("closed the bridge" in s for s in statements("Without warning, the mayor closed the bridge over the river in 1931."))
    # "as are windows and doors" says windows are standard too, not that timbers are windows
    out = statements("Wall panels and structural timbers are standard as are windows and doors, making for a minimum of cutting.")
    assert not any("are windows" in s for s in out), out
    assert any(s.startswith("Wall panels and structural timbers are standard") for s in out), out
    # eighty thousand of whom?
    assert statements("Eighty thousand won top honors and a chance to try for the team itself.") == []
    assert any(s.startswith("1931 was the year") for s in statements("1931 was the year of the great flood in the valley."))
    # "unable to ... until he saw": the cut would turn "not yet" into "never"
    out = statements("Despite several years of stories, the average citizen was unable to get a complete picture of McCarthy "
                     "until he saw it on the television screen.")
    assert not any("unable to get" in s for s in out), out
    out = statements("The committee did not publish its report until the mayor had left the office in 1962.")
    assert not any("did not publish" in s for s in out), out


def test_round_26_cut_reasons_expectations_and_prepositions_in_the_subject():
    # the dash or colon goes on to give the reason: cut there, the statement says nothing
    assert statements("The Russian gymnasts beat the American gymnasts in the 1960 Olympics for one reason -- they were better.") == []
    assert statements("The team won the cup in 1960 -- the first time in forty years.") == ["The team won the cup in 1960."]
    # "ought to" is an expectation, not a fact
    assert statements("In Southern Illinois, the new federal program of help to depressed areas ought to provide some stimulus to growth.") == []
    # "after a thaw" is inside the subject: its clause has no verb of its own
    out = statements("Is there evidence of wash-outs on the property? A visit in the early spring after a thaw will be very informative.")
    assert not any(s.startswith("A thaw") for s in out), out
    out = statements("The old bridge has been closed since the river flooded the town in the spring of 1962.")
    assert "The river flooded the town in the spring of 1962." in out, out


def test_round_26_an_address_after_a_name_is_not_the_subject():
    out = statements("The Structural Clay Products Institute, Washington, D.C., is working to develop brick and clay products.")
    assert out == ["The Structural Clay Products Institute is working to develop brick and clay products."], out
    # a description before the name still gives way to the name
    assert statements("A close ally of Moscow, Beijing denies sending weapons to Russia for the war.") == ["Beijing denies sending weapons to Russia for the war."]


def test_partitive_subjects_with_a_number_word_or_half_give_a_statement():
    # "Eleven/NN of the 18 trees have": the noun after "of" decides the agreement
    assert statements("Eleven of the 18 trees also have solar panels on their branches.") == [
        "Eleven of the 18 trees also have solar panels on their branches."]
    assert "Almost half the new multimillionaires live in smaller cities." in statements(
        "Almost half the new multimillionaires live in smaller cities and a high proportion give large amounts to charity.")


def test_a_closing_quote_with_its_opening_one_stays():
    assert statements("Eleven of the 18 trees also boast solar panels along their 'branches'.") == [
        "Eleven of the 18 trees also boast solar panels along their 'branches'."]
    assert statements('Smart started working as a prison "listener".') == ['Smart started working as a prison "listener".']


def test_a_name_after_a_described_object_names_the_object_not_the_subject():
    # corpus report (2026-12-06): "A small cultural centre in the capital city, Havana, has ..."
    # had become "Havana has suddenly become a rare source of free wi-fi" (a wrong key)
    out = statements("A small cultural centre in the capital city, Havana, has suddenly become a rare source of free wi-fi.")
    assert out == ["A small cultural centre in the capital city has suddenly become a rare source of free wi-fi."], out
    assert statements("A close ally of Moscow, Beijing denies sending weapons to Russia for the war.") == ["Beijing denies sending weapons to Russia for the war."]


def test_a_worldwide_scope_and_an_object_to_be_stay_in_the_statement():
    # "Globally, the average was about 3.9mbps" in an article on Cuba: without "Globally" it reads as Cuba's
    assert statements("Globally, the average was about 3.9mbps.") == ["Globally, the average was about 3.9mbps."]
    # "found average speeds | to be around 1mbps": the point is after "to"
    assert statements("A 2009 report found average internet connectivity speeds to be around 1mbps in Cuba.") == [
        "A 2009 report found average internet connectivity speeds to be around 1mbps in Cuba."]


def test_this_kind_of_is_no_stand_alone_subject():
    # "this kind of phenomenon is still a long way from ..." had become "The kind of phenomenon is ..."
    assert statements("This kind of phenomenon is still a long way from most people's idea of memory.") == []


def test_a_head_of_state_appositive_gives_no_statement():
    # "David Cameron is the British prime minister": general knowledge (corpus report, 2026-12-06)
    text = "She is frustrated by politicians, most recently David Cameron, the British prime minister, who talked about swarms."
    assert not [s for s in statements(text) if "prime minister" in s]
    assert "John Smith is the president of the local council." in statements(
        "The club was founded by John Smith, the president of the local council, in 1901.")


def test_a_relative_after_the_last_name_of_a_list_is_not_about_that_name():
    # "... William Morris and Vanessa Bell, which was then narrowed down": the list was (corpus report)
    out = statements("The list included Alfred Hitchcock, Laura Ashley, William Morris and Vanessa Bell, "
                     "which was then narrowed down by a panel of artists to a final choice of five.")
    assert not [s for s in out if s.startswith("Vanessa Bell")], out


def test_round_28_participles_the_tagger_mixed_up_give_no_wrong_subject():
    # "introduced/VBN ... aimed/VBD": not "NCNB Corp. of Charlotte (did not) aim at young adults"
    out = statements("NCNB Corp. of Charlotte, N.C., recently introduced its Financial Connections Program aimed at young adults just starting careers.")
    assert not [s for s in out if "aim" in s], out
    # "called/VBN" is no main verb while ", contain" follows the participle phrase
    out = statements("Worksheets in a test-practice kit called Learning Materials, sold to schools across the country by "
                     "Macmillan/McGraw-Hill School Publishing Co., contain the same questions.")
    assert not [s for s in out if s.endswith("called Learning Materials.")], out
    assert [s for s in out if "contain the same questions" in s], out
    # the first of a list is no fronted phrase: not "Software and worksheets are ..."
    out = statements("Test-preparation booklets, software and worksheets are a booming publishing subindustry.")
    assert not [s for s in out if s.startswith("Software")], out


def test_round_28_until_and_a_survey_count_are_not_facts():
    # "until Congress approves": not yet; and "None ... until" cut would make "not yet" "never"
    out = statements("None of the securities will be eligible for when-issued trading until Congress approves an increase in the debt ceiling.")
    assert out == [], out
    assert "The river flooded the town in the spring of 1962." in statements(
        "The old bridge has been closed since the river flooded the town in the spring of 1962.")
    # "16.9% said", "more people said", "an equal number said": counts of a survey, no source to quote
    assert statements("An equal number in each month said that employment conditions were good.") == []
    assert statements("Also, more people said conditions will worsen in the period.") == []
    assert statements("And 8% said export orders were down last month.") == []
    assert statements("The company said that sales rose in May.") == ["According to the company, sales rose in May."]


def test_round_28_names_keep_their_the_and_adjectives_their_noun():
    out = statements("But it faces stiff competition in the San Fernando Valley from the Los Angeles Daily News, which sells more than 170,000 copies.")
    assert "The Los Angeles Daily News sells more than 170,000 copies." in out, out
    # "relatively active but unfocused trading": "but" joins two adjectives, no clause ends there
    assert statements("Tokyo stocks edged up Wednesday in relatively active but unfocused trading.") == [
        "Tokyo stocks edged up Wednesday in relatively active but unfocused trading."]


def test_round_28_an_address_inside_a_noun_phrase():
    out = statements("The agency proposed fines of $6.1 million for alleged violations at the company's Fairless Hills, Pa., steel mill; that was a record.")
    assert [s for s in out if s.endswith("Fairless Hills, Pa., steel mill.")], out
    assert statements("The Needham, Mass., concern tracks investments in new businesses.") == []
    assert statements("Tiny Tots Inc., Campbell, Calif., says business is up 35% in the past year.") == [
        "According to Tiny Tots Inc., business is up 35% in the past year."]


def test_round_28_a_restricting_front_stays_with_its_claim():
    from quizgen.simplify import scoped_front

    doc = quizgen.analyze("Before the USX case, the agency's largest proposed fine for one employer was $4.3 million. "
                          "In the end, the agency's largest proposed fine for one employer was $4.3 million.")
    assert [scoped_front(s) for s in doc.sentences] == [True, False]
    assert statements("Before the USX case, the agency's largest proposed fine for one employer was $4.3 million.") == [
        "Before the USX case, the agency's largest proposed fine for one employer was $4.3 million."]
    out = statements("Excluding one-time additions to profit in each year, earnings per share were $2.47.")
    assert out and all(s.startswith("Excluding one-time additions") for s in out), out


def test_round_28_a_cut_never_drops_which_things_or_the_question_of_an_infinitive():
    # "tax increases on households | earning more than $250,000": all households, then
    assert statements("Obama wants tax increases on households earning more than $250,000; Boehner has rejected any tax increases.") == []
    assert statements("The troops fired on protesters, killing three people.") == ["The troops fired on protesters."]
    # "will choose which of two objects | to visit next"
    out = statements("In August 2015, mission scientists will choose which of two objects to visit next.")
    assert not [s for s in out if s.rstrip(".").endswith("objects")], out


def test_round_29_a_survey_as_source_keeps_a_lower_case_a():
    assert statements("A survey by the Fed's 12 district banks shows economic growth has been sluggish in recent weeks.") == [
        "According to a survey by the Fed's 12 district banks, economic growth has been sluggish in recent weeks."]


def test_round_29_a_relative_after_an_address_is_about_the_name_before_it():
    out = statements("Shearson Lehman Hutton Inc., New York, which is 62%-owned by American Express Co., consented to a $12,500 fine.")
    assert not [s for s in out if s.startswith("New York")], out
    assert [s for s in statements("He moved to Paris, which is the capital of France, in 1990.") if s.startswith("Paris is the capital")]


def test_round_30_lists_with_a_pronoun_and_adjectives_after_of():
    # "Brassnose, Max and I leaped": a list, not "Brassnose" with an appositive
    out = statements("Brassnose, Max and I leaped into the sea and swam to the boat.")
    assert not [s for s in out if s.startswith("Brassnose leaped") or s.startswith("Brassnose did")], out
    # "a blanket of thick, foamy soapsuds": the comma joins two adjectives, the noun comes after
    assert statements("The water in the big swimming pool had been covered with a blanket of thick, foamy soapsuds.") == [
        "The water in the big swimming pool had been covered with a blanket of thick, foamy soapsuds."]


def test_round_30_a_because_clause_that_lost_its_verb_is_no_statement():
    out = statements('The group says standardized achievement test scores are greatly inflated because teachers often "teach the test" as Mrs. Yeargin did.')
    assert not [s for s in out if s.rstrip(".").endswith("often")], out
    assert "Wales has acted because of an acute shortage of organs." in statements("Wales has acted because of an acute shortage of organs.")


def test_a_names_abbreviation_in_brackets_leaves_the_subject():
    assert statements("The European Commission (EC) is looking at increasing taxes on e-cigarettes.") == ["The European Commission is looking at increasing taxes on e-cigarettes."]
    assert "The Bharatiya Janata Party won a landslide victory in May 2014." in statements("But the Bharatiya Janata Party (BJP) won a landslide victory in May 2014.")
    # a figure in brackets stays: without it, "The majority choose ..." says of whom nothing
    assert not any(s.startswith("The majority choose") for s in statements("The majority (68%) choose five-star hotels overseas."))


def test_a_named_speakers_he_or_she_keeps_the_speaker_in_the_statement():
    # "X said she ...": she need not be X, so the statement says "X said she", never "X was"
    assert statements("Heidi Fieldheim says she heard all about the plan on the radio.") == ["Heidi Fieldheim says she heard all about the plan on the radio."]
    assert statements("Philippe Carle said his aim was to save the French economy.") == ["Philippe Carle said his aim was to save the French economy."]
    # with another person named in the sentence the pronoun may be either: no statement
    assert statements("Heidi Fieldheim says she heard about Paul Edmondson on the radio.") == []
    # the negation flips what was said, not the saying
    from quizgen.perturb import false_statements
    from quizgen.support import SupportIndex

    doc = quizgen.analyze("Martin Oberg said he was confused by the drop in numbers.")
    flips = [fs.text for c in document_clauses(doc) for fs in false_statements(c, doc, SupportIndex.build(doc)) if fs.method == "negation"]
    assert flips == ["Martin Oberg said he was not confused by the drop in numbers."], flips


def test_a_sentence_cut_without_its_full_stop_is_damaged():
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("Joseph Roche is on the shortlist for Mars One. He also says the Dutch\n\n"
                          "3 Facebook has created millions of jobs\n\nIBM and NASA signed a deal with the U.S.")
    assert [s.index in damaged_sentences(doc) for s in doc.sentences] == [False, True, False, False]


def test_a_participle_after_and_shares_the_be_of_the_first_clause():
    # "is legal and licensed in Bolivia" had given "The growing of coca leaves licensed in Bolivia." (review round 34's corpus)
    assert "The growing of coca leaves is licensed in Bolivia." in statements("The growing of coca leaves is legal and licensed in Bolivia.")


def test_a_job_title_read_as_a_verb_and_its_object_gives_no_clause():
    # "exhibits/VBZ keeper": had given "Reiss Jenkinson exhibits keeper at the National Aquarium."
    assert not any("exhibits keeper" in s for s in statements("Reiss Jenkinson, exhibits keeper at the National Aquarium, said he was certain Inky was not stolen."))
    assert statements("Mrs. Oliver is mother of five children.") == ["Mrs. Oliver is mother of five children."]


def test_a_subordinate_clause_inside_a_belief_without_that_is_no_fact():
    # "McKinlay believes [huge investment will be needed before] navigation systems will be good enough ...":
    # the before-clause is part of his belief (it had become "Navigation systems will be good enough to allow technologies.")
    out = statements("McKinlay believes huge investment will be needed before navigation systems will be good enough to allow new technologies to take off.")
    assert not any(s.startswith("Navigation systems") for s in out), out
    assert "Navigation systems will be good enough for new technologies." in statements("Huge investment was made before navigation systems were good enough. Navigation systems will be good enough for new technologies.")


def test_how_often_stays_with_the_statement():
    # "More than _____ families collect their weekly food parcel" had lost "Each day at this time of year" (review round 35)
    from quizgen.templates.common import statement

    doc = quizgen.analyze("Each day at this time of year, more than 400 families collect their weekly food parcel from the pantry.")
    shown = [statement(c.statement_tokens(with_time=False)) for c in document_clauses(doc)]
    assert shown == ["Each day at this time of year, more than 400 families collect their weekly food parcel from the pantry."], shown


def test_for_one_thing_is_a_link_not_a_scope():
    # review round 39: "For one thing, there is not a natural belt of rock ..." kept the link
    out = statements("For one thing, there is a natural belt of rock across the river bed at Kafr Tibnin.")
    assert "There is a natural belt of rock across the river bed at Kafr Tibnin." in out


def test_besides_before_a_noun_phrase_is_no_discourse_marker():
    # review round 39: dropping "Besides" left "The editors there were many contributors ..."
    from quizgen.simplify import core_tokens

    doc = quizgen.analyze("Besides the editors there were many contributors in the United States and Great Britain to Volumes 1 and 2.")
    assert core_tokens(doc.sentences[0])[0].text == "Besides"
    assert not any(s.startswith("The editors there") for s in statements(doc.text))
    assert "The Fed raised its rates in March." in statements("Besides, the Fed raised its rates in March.")


def test_round_39_cuts_that_lose_the_point():
    # "prompted X in 1819 | to send ...": an object-control verb keeps its infinitive
    out = statements("Activity by British traders prompted the United States War Department in 1819 to send Colonel Henry Leavenworth from Detroit.")
    assert "Activity by British traders prompted the United States War Department in 1819." not in out
    # "shortly | before 5 p.m.": the cut leaves "shortly" with nothing to be short of
    out = statements("The power was off for about five minutes in houses along Smith Street as far away as Fruit Hill Avenue shortly before 5 p.m. when the accident occurred.")
    assert not any(s.endswith("shortly.") for s in out)
    # "because Mr. Rayburn normally did his counseling, | persuading and educating ...": a cut list
    out = statements("The public efforts were rare because Mr. Rayburn normally did his counseling, persuading and educating long before an issue reached its test on the House floor.")
    assert not any(s.startswith("Mr. Rayburn normally did his counseling") for s in out)
    assert "The public efforts were rare." in out


def test_a_dash_insert_between_subject_and_verb_is_removed():
    # Heilman & Smith remove appositives and asides; with the dashes left in, the subject held
    # punctuation and a verb of its own, and the sentence gave no clause
    out = statements("A number of countries -- including the UK, the US and Russia -- opposed Bolivia's demands.")
    assert "A number of countries opposed Bolivia's demands." in out
    out = statements("The new fund - a joint venture of three banks - has raised $40 million for small farms in Kenya.")
    assert "The new fund has raised $40 million for small farms in Kenya." in out
    # a hyphen inside a word is no insert, and a dash after the verb is left alone
    out = statements("The US-based charity WaterAid will set up water kiosks around the site - and they will double as DJ booths.")
    assert any(s.startswith("The US-based charity WaterAid will set up water kiosks") for s in out)


def test_an_and_inside_an_organisations_name_is_one_body():
    out = statements("The Internet Corporation for Assigned Names and Numbers (ICANN) has received 1,930 applications for new domain names.")
    assert any(s.startswith("The Internet Corporation for Assigned Names and Numbers") and "1,930 applications" in s for s in out)
    assert statements("Brazil and Peru has made objections to the bid.") == []  # two countries and "has": a misparse


def test_a_who_after_a_possessed_department_is_the_persons():
    # "Robert West, of UCL's Department of Epidemiology and Public Health, who collates ...": West collates
    out = statements("The drop is described as significant by Professor Robert West, of UCL's Department of Epidemiology and Public Health, who collates the figures for the Toolkit.")
    assert not any(s.startswith(("Department", "The Department")) for s in out)
    # "... says Robert M.A. Hirschfeld, of the National Institute of Mental Health, who spoke at ..." (review round 65)
    out = statements('The disorders now strike people at the height of productivity, says Robert M.A. Hirschfeld, of the National Institute of Mental Health, who spoke at the presentation of the findings.')
    assert not any(s.startswith(("National Institute", "The National Institute")) for s in out), out


def test_a_news_dateline_is_no_part_of_the_claim():
    # "Boston, _____ -- A wave of ..." had blanked the dateline's date (corpus report, 2026-12-07)
    from quizgen.simplify import core_tokens

    text = "Boston, June 16 -- A wave of public resentment against corruption in government is rising in Massachusetts."
    assert core_tokens(quizgen.analyze(text).sentences[0])[0].text == "A"
    assert "A wave of public resentment against corruption in government is rising in Massachusetts." in statements(text)
    assert statements("Dallas, Tex., May 1 -- (AP) -- Kenny Lane of Muskegon won the national title in the race.") == ["Kenny Lane of Muskegon won the national title in the race."]


def test_round_40_fronts_and_cuts():
    # a sentence-initial adverb the tagger read as a name is a front, not the subject
    out = statements("Overnight, for one thing, Porter's film multiplied the standard running time of movies by ten.")
    assert not any(s.startswith("Overnight") for s in out) and any(s.startswith("Porter's film multiplied") for s in out)
    # "not X | but Y" cut in two
    assert statements("The Charles Men consists not of a connected narrative but of a group of short stories, each depicting a special phase.") == []
    # a sentence ending in a colon introduces what follows
    assert statements("The Soviet news agency TASS datelined a long report from New York in English to Europe:") == []
    # "Two days later" without its comma is a time front the true/false statement drops
    from template_helpers import run_template

    text = "Mr. Rayburn was the Speaker of the House for seventeen years. Two days later Mr. Rayburn left Washington for the last time."
    assert "Mr. Rayburn left Washington for the last time." in [c.stem for c in run_template("tf.true", text)]


def test_round_40_subjects_that_were_misparsed():
    # a list of plain nouns in the subject is no appositive: "with stresses, pitches, and junctures"
    assert not any(s.startswith("Smith's first workout with stresses was") for s in statements("Smith's first workout with stresses, pitches, and junctures was based on a simple word of the kitchen."))
    # "scholars frequently attested/VBN to ...": the main verb, read as a participle, is no part of the subject
    out = statements("However, Biblical scholars frequently attested to its numerous inaccuracies, as old manuscripts were uncovered and scholarship advanced.")
    assert not any("were uncovered" in s and s.startswith("Biblical scholars") for s in out)
    # an adverb before a participle adjective stays: "The internationally renowned Cuban artist"
    assert any(s.startswith("The internationally renowned Cuban artist Kcho") for s in statements("The internationally renowned Cuban artist Kcho is providing the free service in Havana."))


def test_a_list_cut_before_its_last_item_gives_no_clause():
    # "changes in the tax code, immigration reform | and, as he put it, an America ...": the list lost its last item
    assert statements("Obama mentioned changes in the tax code, immigration reform and, as he put it, an America that is not threatened by a warming planet.") == []
    assert not any(s.endswith("chicks, eggs.") for s in statements("More than 25,000 kilos of dead fish were collected afterwards and nearly 2,000 adult birds, chicks, eggs and nests were killed or destroyed."))


def test_a_possessive_left_alone_by_a_cut_is_no_subject():
    # "The Air Force's, and the game's, final play, was a long pass": not "The Air Force's was ..."
    out = statements("The Air Force's, and the game's, final play, was a long pass by quarterback Bob McNaughton which Gannon intercepted.")
    assert not any(s.startswith("The Air Force's was") for s in out)
    assert any(s.startswith("McDonald's is the world's biggest burger chain") for s in statements("McDonald's is the world's biggest burger chain and a symbol of American capitalism."))


def test_he_is_not_resolved_past_a_bare_name_the_ner_did_not_take_for_a_person():
    # review round 42: "Franklin" and "Washington" (read as a place) were subjects between
    # Madison and the "he"; the true was keyed to Madison
    text = ('Madison once remarked: "My life has been so much a public one", a comment which fits the careers of the other six. '
            "Franklin retired from editing at the age of 42, and for the next forty-two years devoted himself to public interests. "
            "Washington never had a chance to work at the occupation he loved best. He served as Commander in Chief during the Revolution.")
    assert not any("Commander in Chief" in s for s in statements(text))


def test_a_hedge_before_the_clause_gives_no_statement():
    # review round 42: dropping "Perhaps" turned an opinion into a flat claim
    assert statements("Perhaps the most eloquent move toward removal of racial barriers has been in Dallas.") == []
    assert statements("Evidently the rocket reached an altitude of 200 miles.") == []
    assert statements("Undoubtedly the lake was formed by a glacier.") == ["The lake was formed by a glacier."]  # no hedge


def test_a_definite_noun_is_not_cut_from_its_relative_clause_without_that():
    # review round 42: "provides the entertainment | it set out to", "one of the most valuable factors | you can find"
    assert statements("Water interest is one of the most valuable factors you can find for a recreation site.") == []
    assert statements("The adaptation of the film provides the entertainment it set out to, and we have a lively show.") == []
    assert "Water interest is a valuable factor for a recreation site." in statements("Water interest is a valuable factor for a recreation site.")


def test_an_indefinite_noun_is_not_cut_from_its_participle():
    # review round 42: "was in the case of a company | making sewer pipe from clay which it mined"
    assert statements("The Supreme Court decision in mid-1960 was in the case of a company making sewer pipe from clay which it mined.") == []


def test_round_43_cuts_that_drop_a_condition_a_reason_or_a_complement():
    # "will die a lingering death | when it is allowed to warm": a condition, not a time
    assert statements("The fragrance and taste of any white wine will die a lingering death when it is allowed to warm or is exposed for long to the air.") == []
    assert "The troops left the city." in statements("The troops left the city when the treaty was signed in 1918.")  # a past event's time
    # ", | only because of her unobtrusive help": the point was cut
    assert statements("Many a student was able to remain at Spelman, only because of her unobtrusive help.") == []
    # "a natural choice | to receive the contract": the infinitive says for what
    assert statements("Bob Fogg was a natural choice to receive the first Emergency Air Mail Star Route contract.") == ["Bob Fogg was a natural choice to receive the first Emergency Air Mail Star Route contract."]


def test_a_pronoun_keeps_the_honorific_of_its_person_and_a_shared_surname_alone_is_no_antecedent():
    # review round 43: "She had taught classes in botany" became "Upton had taught ...", and the
    # article has Lucy Upton and her brother Winslow Upton
    text = ("Winslow Upton was professor of astronomy at Brown University. Lucy Upton held positions in the Census Office.\n\n"
            "Under Miss Upton, the work of the year went forward. Miss Upton had come to Spelman Seminary in 1888. She had taught classes in botany.")
    out = statements(text)
    assert "Miss Upton had taught classes in botany." in out, out
    bare = text.replace("Under Miss Upton", "Under Upton").replace("Miss Upton had come", "Upton had come")
    assert not any("taught classes in botany" in s for s in statements(bare))


def test_a_front_that_points_back_gives_no_statement_and_in_closing_is_a_link():
    # review round 43
    assert statements("From there on, each Junior was going to be judged individually.") == []
    assert statements("After that, the company moved its offices to Boston.") == []
    assert statements("Previously, FN actions were used for the larger cartridges in the factory.") == []  # round 44: no longer so
    assert statements("In closing, Mr. Barcus wished all the Juniors luck in their class.") == ["Mr. Barcus wished all the Juniors luck in their class."]


def test_a_dateline_without_its_date_is_no_subject():
    # review round 43: "Fort Lauderdale -- The first in a series of _____ productions ..."
    out = statements("Fort Lauderdale -- The first in a series of five productions will be held in War Memorial Auditorium on Thursday.")
    assert out and all(s.startswith("The first in a series") for s in out), out


def test_round_44_cuts_inside_a_title_after_one_and_a_participle_subject():
    # a title cut at its comma or before its verb
    assert statements('There are sixteen essays in "Blue Skies, Brown Studies".') == []
    assert statements('Yet there is the classic case of the Gershwins\' "The Man I Love".') == []
    # the American comma inside the closing mark ends the title: the cut is fine
    assert any(s.startswith("Mr. Lane has revived his Artist") for s in statements(
        'Now, 13 years later, Mr. Lane has revived his Artist in a full-length movie called "Sidewalk Stories," a poignant piece of work about a modern-day tramp.'))
    # "is one | who buys at the tops"
    assert statements("Thus, in the aggregate, the odd-lot trader is one who buys at the tops and sells at the bottoms.") == []
    # ", having married ..., Helion moved": no subject; a gerund subject at the start is one
    assert statements("After a year in a studio on Sheridan Square, having married an American girl who was a native of Virginia, Helion moved to a village in the Blue Ridge mountains.") == []
    assert statements("Being a wolf advocate in Scotland is not easy for a farmer.")


def test_round_45_a_pronoun_subject_of_a_relative_clause_and_cut_names():
    # "Izvestia, ..., interviewed Chaplin at his villa, where he | has been in self-exile": the
    # verb is the pronoun's; the statement had made Izvestia the exile (a wrong key)
    text = ("One of Nikita Khrushchev's most enthusiastic eulogizers, the U.S.S.R.'s daily Izvestia, enterprisingly interviewed "
            "Red-prone Comedian Charlie Chaplin at his Swiss villa, where he has been in self-exile since 1952.")
    assert not any("self-exile" in s and "Izvestia" in s for s in statements(text))
    # "the Nikita | he had glimpsed"
    assert statements('Then Charlie spooned out some quick impressions of the Nikita he had glimpsed: "I was captivated by his humor".') == []
    # "neither as a collection of objects, | nor as ...": the "nor" was cut
    assert not any(s.endswith("clearly known objects.") for s in statements(
        "Primary feelings of the world come neither as a collection of clearly known objects, nor as a chaos of sensations."))


def test_a_long_according_to_front_is_not_dropped_from_a_forecast():
    # review round 45: the Census Bureau's projection became a stated fact
    assert statements("According to the latest projections of the Bureau of the Census, the annual rate of household formations will increase for the next 20 years.") == []


def test_a_heading_with_a_preposition_before_its_sentence_damages_it():
    # review round 45: "Deadlock on tests The President was especially concerned ..."
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze(
        "Deadlock on tests The President was especially concerned about the deadlock at Geneva. "
        "Wide range in bids Hemphill said the concern contracted to do the repairs. "
        "Readers of The Times said the paper was too expensive. "
        "Members of the club met in Boston in 1960."
    )
    assert damaged_sentences(doc) == {0, 1}


def test_a_cut_before_the_verbs_place_after_an_insert_gives_no_clause():
    # review round 43: "One simple method ... is to tie a thin rubber tube, filled with mercury, | around the heart and record ..."
    out = statements("One simple method of measuring the expansion of the heart is to tie a thin rubber tube, filled with mercury, "
                     "around the heart and record the change in resistance as the tube is stretched.")
    assert not any(s.endswith("thin rubber tube.") for s in out)


def test_round_42_43_cuts_of_coordinated_names_and_phrases_and_a_titled_participle():
    # "competed at American Kennel Club | and Canadian Kennel Club": one of two names cut
    assert statements("Juniors competed last year at American Kennel Club and Canadian Kennel Club, recognized shows to be eligible to compete.") == []
    assert "In 1990 FW de Klerk lifted the ban on the ANC." in statements("Finally, in 1990, FW de Klerk lifted the ban on the ANC and Mandela was released from prison.")
    # "published Swallow-Barn in 1832 and in his genial portrait of Frank Meriwether | presiding ... initiated"
    assert not any("genial portrait" in s for s in statements(
        "The aristocracy has appeared in literature since John Pendleton Kennedy published Swallow-Barn in 1832 and in his genial portrait "
        "of Frank Meriwether presiding over his plantation dominion initiated the most persistent tradition of Southern literature."))
    # "the chapter titled/VBD The Theory Of ...": a participle
    assert statements('The opening paragraph of the chapter titled The Theory Of Representative Perception, in the book by Albert G. Ramsperger says, "passed on to the brain".') == []
    assert statements("The couple named their son John in 1960.") == ["The couple named their son John in 1960."]


def test_round_46_an_any_clause_and_named_for():
    # "Many years have passed since | a Metropolitan audience heard anything comparable": keyed True, the article says the opposite
    assert not any("heard anything" in s for s in statements("Many years have passed since a Metropolitan audience heard anything comparable."))
    assert statements("The police did not find anything in the house in 1960.")  # a negation licenses it
    # "The omelet named/VBD for Ernest Arbogast" is no clause; "called for" is a verb
    assert not any(s.startswith("The omelet named") for s in statements("The omelet named for Ernest Arbogast, the Palace's chef, was even more in demand."))
    assert statements("The contract called for overhauling of 127 joints in the pipeline.")


def test_round_47_subjects_that_were_not_the_subject():
    # "And Secretary Rusk, en route to Bangkok, doubtless/NN is trying ...": "Doubtless is trying"
    out = statements("And Secretary Rusk, en route to Bangkok, doubtless is trying to make emergency arrangements for the possible entry of SEATO forces.")
    assert not any(s.lower().startswith("doubtless") for s in out), out
    # "M & R Dietetic Laboratories, Inc., Columbus, gives ...": the company gives, not the city
    out = statements("M & R Dietetic Laboratories, Inc., Columbus, gives all its workers a facsimile checkbook.")
    assert out and not any(s.startswith("Columbus") for s in out), out
    assert any(s.startswith("M & R Dietetic Laboratories gives") for s in out), out
    # "the innovations of bop, and of Parker particularly, have been ...": a second subject
    out = statements("Similarly, the innovations of bop, and of Parker particularly, have been vastly overrated by people unfamiliar with music.")
    assert not any("bop particularly" in s or s.startswith("The innovations of bop have") for s in out), out
    # "found himself allied with ...": an object, not a reported clause
    out = statements("And, for the moment at least, the governor now found himself allied with the head of the Crittenden faction he had formerly opposed.")
    assert not any("according to the governor" in s for s in out), out


def test_round_47_cuts_that_lose_the_noun_or_the_verb():
    # "with a friendly/RB, but all-victorious Father-God": the noun was cut
    out = statements("The feeling of inferiority is compensated for by communion in worship or prayer with a friendly, but all-victorious Father-God.")
    assert not any(s.endswith("with a friendly.") for s in out), out
    # "3 smooth, dark-green calculi": adjectives of one noun after a number, no cut
    out = statements("The gallbladder contained about 40 cc. of green-brown bile and 3 smooth, dark-green calculi measuring up to 1 cm. in diameter.")
    assert not any(s.endswith("3 smooth.") for s in out), out
    assert any(s.endswith("3 smooth, dark-green calculi.") for s in out), out
    # "as Manager Paul Richards | and his coaches seek ...": the "and" joins the subordinate clause's subjects
    out = statements("Baltimore's bulky spring-training contingent now gradually will be reduced as Manager Paul Richards and his coaches seek to trim it down.")
    assert not any(s.endswith("Paul Richards.") for s in out), out
    # ... but "as a waiter" is a role, and "on the back/RB" a place
    out = statements("In Italy, people often make a career as a waiter and the experience these waiters have shows in the service.")
    assert not any(s.endswith("make a career.") for s in out), out
    assert "The warnings cover at least 30% on the front and 40% on the back." in statements("The warnings cover at least 30% on the front and 40% on the back.")
    # 'a poem, "Lines On A Tijuana John"' and 'An exhibit, "Macropathology", was presented': the title said which
    assert statements('One beat poet composes a poem, "Lines On A Tijuana John", which contains a few happy hints for survival.') == []
    assert statements('An exhibit, "Macropathology -- An Ancient Art", was presented at the annual meeting of the American Medical Association.') == []


def test_round_47_fronts_that_point_back():
    assert statements("From it, spokes of order and degree led to the outward rim of the common man.") == []
    assert statements("Otherwise, UN will march blindly on to certain defeat.") == []
    # a front without a pronoun stays a front
    assert statements("From the palace, spokes of order and degree led to the outward rim of the common man.")


def test_round_48_subjects_inserts_and_cuts():
    # "This, in turn, brought ...": "This" is the subject, not a front
    assert statements("This, in turn, brought a new fashion in senatorial criticism as the Democrats took control.") == []
    # "Man's life, originally shaped/VBD for ..., must now be conformed": the insert's participle is no main verb
    assert statements("Man's life, originally shaped for immortality and for communion with God, must now be conformed to the shape of death.") == []
    # "His zest for detail, his sensitivity ..., his industry and his prose all contribute": a list, not an appositive
    out = statements("Mr. White wrote the book in 1960. His zest for specific detail, his sensitivity to emotional atmosphere, "
                     "his tireless industry and his crisply turned prose all contribute to the effectiveness of his book.")
    assert not any("zest" in s for s in out), out
    # the clause began at the first "and"
    assert statements("Terms range from one to five years and the interest rates and down payments run about the same as for automobiles.") == [
        "Terms range from one to five years.", "The interest rates and down payments run about the same as for automobiles."]
    # "never ... | and ever feel ashamed", ", | except Rep. Bill Jones"
    assert statements("Sam Rayburn has never had to look back at any of his most devastating fights and ever feel ashamed of his conduct as a combatant.") == []
    assert statements("All Dallas members voted with Roberts, except Rep. Bill Jones, who was absent.") == []
    # an address is no subject, and no "who"
    assert statements("Funeral for William Joseph Brett, 1926 NE 50th Ave., who died Thursday in Portland, will be Monday 1 p.m. at the Riverview Abbey.") == []


def test_round_48_a_dateline_with_a_comma_and_in_brief():
    out = statements("Austin, Texas -- Paradise lost to the alleged water needs of Texas' big cities Thursday.")
    assert out and all(s.startswith("Paradise lost") for s in out), out
    assert statements("In brief, Berman played himself and not Bolger in the new show.") == ["Berman played himself and not Bolger in the new show."]


def test_a_count_of_things_on_an_avenue_is_no_address():
    assert statements("Sixteen mansions on the most expensive stretch of The Bishops Avenue are sitting empty.")


def test_round_49_cuts_subjects_and_appositives():
    # an appositive after "son of X" may describe either: "George Bardell is a place in London"
    out = statements('The letter asked Quiney to find her stepson Adrian, son of George Bardell, a place in London with some handicraftsman.')
    assert not any("Bardell is" in s for s in out), out
    # "and a full force of 1000 men, | armed with ..., attacked": the second subject lost its verb
    out = statements("The enemy had filtered across the river during the night and a full force of 1000 men, armed with Russian machine guns, attacked the position.")
    assert not any(s.endswith("1000 men.") for s in out), out
    # "A second explanation": besides which first?
    assert statements("A second explanation is suggested by the material described in Rowlands' paper.") == []
    # "headed by Dillon, | Read & Co.": one firm's name
    assert not any(s.endswith("headed by Dillon.") for s in statements(
        "Union Oil offered $120 million in debentures to the public through a group headed by Dillon, Read & Co., to raise money."))
    assert "Union Oil offered $120 million in debentures to the public through a group headed by Dillon, Read & Co. in New York." in statements(
        "Union Oil offered $120 million in debentures to the public through a group headed by Dillon, Read & Co. in New York.")
    # "with the Rev. J. H. Hearn | officiating", "to Bob | (Bevo) Nordmann"
    assert statements("Funeral services will be at 2 p.m. Tuesday at Blanchard's Chapel with the Rev. J. H. Hearn officiating.") == []
    assert statements("In addition, a special award was given to Bob (Bevo) Nordmann, the 6-foot-10 center who missed much of the season.") == []
    # "has been for the Congress | to forgive": "for X to do" is the complement
    out = statements("Reprisals are not unheard of in such situations, but the recent tendency has been for the Congress to forgive its prodigal sons.")
    assert "The recent tendency has been for the Congress to forgive its prodigal sons." in out, out


def test_round_50_cuts_reports_and_fronts():
    # a subordinate clause that lost its verb: "once the influence | making for tolerance ... is gone"
    assert statements("Fanatical Hindu parties are expected to seek further action against Christians once the influence making for tolerance due to Nehru is gone.") == []
    # "in a conversation | I had": which conversation?
    assert statements("The progressive closing of Afro-Asian ears to the Christian message is epitomized in a conversation I had three years ago while flying to Cairo.") == []
    # "except for driers | and cleaners": half the exception
    out = statements("Murray makes a complete line of ginning equipment except for driers and cleaners, and this machinery is purchased from a Dallas-based firm.")
    assert not any(s.endswith("except for driers.") for s in out), out
    # the rest of a report is the source's too: it would lose its "According to"
    assert statements("The Warren Telegraph stated that many of Rev. Trafton's remarks were inappropriate and savored strongly of radicalism and fanaticism.") == [
        "According to the Warren Telegraph, many of Rev. Trafton's remarks were inappropriate."]
    # two noun phrases before the verb, no comma closing the first: which is the subject?
    assert statements("On Thursday, the first day of the Masters, the contest between Palmer and Player developed instantly.") == []
    # "To the middle of September 1918," limits the claim; "To everyone's astonishment," does not
    assert statements("To everyone's astonishment, someone dropped a match in the powder keg of the old fort.") == ["Someone dropped a match in the powder keg of the old fort."]
    assert statements("To the middle of September 1918, there had been fewer than 10,000 deaths from disease in the new army.") == [
        "To the middle of September 1918, there had been fewer than 10,000 deaths from disease in the new army."]


@pytest.mark.parametrize("damaged, clean", [
    # review round 47: a heading of two phrases run into its sentence
    ("Little war, big test Both Mr. K's have so far continued to speak softly over Laos.", "Yesterday, police said the road was closed."),
    # round 48: a clock time that lost its hour
    ("Services will be at 30 p.m. Monday at Holman & Son Funeral Home.", "The show starts at 8 p.m. on Friday in the hall."),
    # round 49: an obituary's name heading; a year glued to "The"
    ("John W. Ball John William Ball, 68, of 133 Marietta St. NW, died Sunday at his home.", "Members of the club met in Boston in 1960."),
    ("The'52 Cards were 6-7 on May 1 but ended with 88 triumphs.", "The Cards of 1952 were 6-7 on May 1."),
    # round 50: a heading before "On Thursday"; a value lost before ", which"
    ("Instant rivalry On Thursday, the first day of the Masters, the contest developed.", "On Thursday, the contest developed at the club."),
    ("The constant is, which is one-quarter of 3.1416, another constant known as pi.", "The constant, which is one-quarter of pi, is small."),
    # round 51: the Brown corpus's coded degrees (275°F)
    ("The oven is kept at not less than 275-degrees-F for an hour.", "The oven is kept hot for an hour."),
])
def test_damage_of_rounds_47_to_51(damaged, clean):
    from quizgen.damage import damaged_sentences

    assert damaged_sentences(quizgen.analyze(damaged + " " + clean)) == {0}


@pytest.mark.parametrize("damaged, clean", [
    # review round 72: Brown news subheads run into their sentences, after "as" + participle,
    # before a title, and before a name after a preposition's object
    ("Reaction as expected Congressional reaction to the message was along expected lines.", "Prices rose as expected in New York on Tuesday."),
    ("Nourishing meals Mr. Clark believes in a good full breakfast of fruit and eggs.", "Two meals Mr. Clark eats are enough for him."),
    ("Led fight on teamsters Gladden has been an outspoken critic of the city administration.", "Fellow novelist Toni Morrison said the book was good."),
])
def test_damage_of_round_72(damaged, clean):
    from quizgen.damage import damaged_sentences

    # the first sentence makes Gladden a known person, as the rest of the article did
    intro = "Police guarded the home of union leader Paul Gladden on Tuesday."
    assert damaged_sentences(quizgen.analyze(f"{intro} {damaged} {clean}")) == {1}


def test_a_front_that_ends_in_a_list_of_names_keeps_the_list():
    # review round 72: "Within about an hour ... in Alaska, | Arizona and California, the quake's
    # epicenter was placed ..." had given a gap-fill that began "Arizona and California, the ..."
    text = ("Within about an hour with the help of reports from seismic stations in Alaska, Arizona and California, "
            "the quake's epicenter was placed at 51 degrees North latitude.")
    from quizgen.simplify import core_tokens

    doc = quizgen.analyze(text)
    assert " ".join(t.text for t in core_tokens(doc.sentences[0])).startswith("the quake 's epicenter")


def test_a_fronted_date_keeps_its_year():
    # review round 72: "On November 4, 1952, an earthquake occurred ..." had become "On November 4,
    # an earthquake did not occur ...", no longer clearly false
    doc = quizgen.analyze("On November 4, 1952, an earthquake occurred under the sea off the Kamchatka Peninsula.")
    got = [statement(c.statement_tokens(with_time=False)) for c in document_clauses(doc)]
    assert got == ["An earthquake occurred under the sea off the Kamchatka Peninsula on November 4, 1952."], got


def test_a_content_noun_keeps_its_that_clause():
    # review round 72: "... will be the charge by his foes | that he has not tried to economize"
    # had given "A constant problem ... will be the charge by his foes."
    got = statements("A constant problem confronting Davis on any proposals for new taxes will be the charge by his foes that he has not tried to economize.")
    assert not any(s.endswith("the charge by his foes.") for s in got), got
    got = statements("One source of optimism among his opponents is the strong evidence that voters are tired of him.")
    assert not any(s.endswith("the strong evidence.") for s in got), got


def test_a_wh_clause_inside_the_object_of_showed_is_no_report():
    # review round 52: "The bed still showed signs of where Kitti had lain" became "According to the bed, ..."
    assert statements("The bed still showed signs of where Kitti had lain in the night.") == []
    assert statements("Mr. Smith said the talks will resume in May in Geneva.") == ["According to Mr. Smith, the talks will resume in May in Geneva."]


def test_he_is_not_resolved_when_another_man_is_in_view():
    # review round 52: "Jacopo Galli introduced him into several Roman homes. ... He was able to
    # discern the body lines ..." became "Jacopo Galli was (not) able to discern ..."
    out = statements("Jacopo Galli introduced him into several Roman homes. Here he sketched young girls in their gowns. "
                     "He was able to discern the body lines of the Roman women under their robes.")
    assert not any("Galli was" in s or "Galli sketched" in s for s in out), out
    # review round 51: "..., Gorton claimed the union was irregular. Then he became involved in a ruckus" (he is Gorton)
    out = statements("William Coddington, who was running the colony, founded Newport. "
                     "When the two towns were united under Coddington, Gorton claimed the union was irregular. "
                     "Then he became involved in a ruckus remarkably similar to the one in Plymouth.")
    assert not any("ruckus" in s for s in out), out
    # an object "her" beside the name: "Archbishop Desmond Tutu suggested her for the Prize. ... She has had many operations"
    out = statements("By 14, Archbishop Desmond Tutu suggested her for the International Children's Peace Prize. "
                     "Then she got death threats from the Taliban. She has had many operations in Pakistan and the UK after the shooting.")
    assert not any("Tutu has" in s for s in out), out
    # one man in view: resolved
    out = statements("William Coddington founded Newport in 1639. Then he became involved in a ruckus remarkably similar to the one in Plymouth.")
    assert any(s.startswith("William Coddington became involved in a ruckus") for s in out), out


def test_a_clause_after_and_with_a_counted_subject_is_its_own():
    # review round 53: "opened | and three men and a woman ... swept past him"
    assert statements("The door opened and three men and a woman in a sari swept past him and down the stairs.")[0] == "The door opened."


def test_round_55_cuts_after_a_partitive_and_a_participle():
    # "a piece of meat | you could tell was bad": which piece? "a bit of folded | , blood-flecked substance": the noun was cut
    assert statements("Human nature was not a piece of meat you could tell was bad by its smell in the old days.") == []
    assert statements("Mr. Hal Jones began to cautiously nudge a bit of folded, blood-flecked substance from the wound.") == []
    # "was the discovery | that there are mountains": which discovery? (seen in the stem diff)
    assert statements("One of the biggest surprises was the discovery that there are mountains in the Kuiper belt, where Pluto sits.") == []


def test_round_56_an_absolute_phrase_and_a_subject_over_and_then():
    # "pressed against the side of his head, red cheeks": the absolute phrase was cut at its participle
    assert statements("Johnson's left hand was pressed against the side of his head, red cheeks whitening beneath his fingers.") == [
        "Johnson's left hand was pressed against the side of his head."]
    # "The secretary sighed/VBN with relief and then the telephone" is no subject of "clicked"
    assert not any("telephone" in s for s in statements("The secretary sighed with relief and then the telephone clicked in Rector's hand."))


def test_round_56_he_after_an_unnamed_man_and_a_name_with_the():
    # "Watson looked for the fourth man. He had reached the three passive guards": he is the fourth man
    man = "Watson ran up the ladder. Watson looked for the fourth man. He had reached the three passive guards."
    assert not any("passive guards" in s for s in statements(man))
    assert "Watson had reached the three passive guards." in statements(man.replace("fourth man", "fourth skiff"))
    # "He was determined to hold out" after "The Old Man ...": "The Old Man was ...", not "Old Man was ..."
    assert "The Old Man was determined to hold out." in statements("The Old Man silently fed upon these streets. He was determined to hold out.")


def test_round_57_news_subjects_and_times():
    # a verb phrase cut from an "if" clause is not the main subject's: "Interest paid is 10% or less"
    out = statements("Interest will be imposed on unpaid taxes, but late-payment penalties on the returns will be waived if the balance due and paid is 10% or less of the liability.")
    assert out == ["Interest will be imposed on unpaid taxes."]
    # the company's city is no subject; its initials start the sentence
    assert statements("The bank failed. J.P. Morgan & Co., New York, will help the statutory managers of the bank.")[-1] == "J.P. Morgan & Co. will help the statutory managers of the bank."
    # an adverb the tagger took for a name is no subject
    assert statements("Deeply ingrained in both the book review and the books reviewed is the assumption that warming is man-made.") == []
    # a fronted year stays in front when the clause holds another verb: at the end it dated the payments
    from template_helpers import run_template

    def true_stems(text: str) -> list[str]:
        return [c.stem for c in run_template("tf.true", text)]

    assert true_stems("In April 1987, evidence surfaced that commissions were paid.") == ["In April 1987, evidence surfaced that commissions were paid."]
    assert true_stems("In 1958, Mr. Smith moved to Paris with his family.") == ["Mr. Smith moved to Paris with his family in 1958."]
    assert true_stems("A year earlier, Great American Bank had earnings of $8.1 million.") == ["A year earlier, Great American Bank had earnings of $8.1 million."]
    # a period stays with the fact
    assert true_stems("For the year, the road earned 133 per cent of its interest costs.") == ["For the year, the road earned 133 per cent of its interest costs."]


def test_round_58_cuts_that_kept_a_stray_word_or_lost_a_complement():
    assert statements("TVA offered $2 billion of 30-year bonds priced to yield 9.06%; $1 billion in notes priced to yield 8.42%.") == [
        "TVA offered $2 billion of 30-year bonds priced to yield 9.06%."]
    assert statements("MCI Communications tumbled 2 5/8 to 42 3/8 on 4.7 million shares even though the giant reported a 63% increase in profit.")[0] == (
        "MCI Communications tumbled 2 5/8 to 42 3/8 on 4.7 million shares.")
    assert statements("The Senate, after deleting the repeal from its bill, still is expected to join the House in voting to kill the law.") == [
        "The Senate still is expected to join the House in voting to kill the law."]
    assert statements("The World Bank's recent $75 billion capital increase has left the IMF feeling less than first fiddle among lenders.") == [
        "The World Bank's recent $75 billion capital increase has left the IMF feeling less than first fiddle among lenders."]
    # "Dirks v. SEC": "v." is an abbreviation, no full stop that ends the clause
    assert statements("The Supreme Court ruled in the Dirks v. SEC decision on insider trading.") == ["The Supreme Court ruled in the Dirks v. SEC decision on insider trading."]
    # "only when ...": true only then; "before results are available": not yet a fact
    assert not any("strongly" in s for s in statements("The miracle of America comes home to one most strongly only when one has seen the Great Plains."))
    assert statements("And they won't consider such a dividend, the trust added, before results are available for the first quarter of 1990.") == []
    assert "Results were published for the first quarter of 1990." in statements("The trust paid a special dividend in March before results were published for the first quarter of 1990.")


def test_round_58_a_name_the_tagger_read_as_an_adverb_is_no_front():
    from quizgen.fronts import core_tokens

    doc = quizgen.analyze("Lilly shares closed yesterday in composite trading at $62.25, down 12.5 cents. Eventually the shares rose.")
    assert [t.text for t in core_tokens(doc.sentences[0])][:2] == ["Lilly", "shares"]
    assert [t.text for t in core_tokens(doc.sentences[1])][:2] == ["the", "shares"]


def test_round_63_a_price_after_added_and_a_state_after_an_address():
    # "According to Fujisawa, 80 to 2,010 and Mochida advanced ...": "added" a price, no report
    assert not any(s.startswith("According to Fujisawa") for s in statements("Fujisawa added 80 to 2,010 and Mochida advanced 230 to 4,400."))
    assert statements("Mr. Smith added that the company had cut 300 jobs.") == ["According to Mr. Smith, the company had cut 300 jobs."]
    # "Calif. is a financial services firm": the state of an address is no subject
    assert not any(s.startswith("Calif.") for s in statements("Great Western, based in Beverly Hills, Calif., is a financial services firm and parent to Great Western Bank."))
    assert statements("New England Electric, based in Westborough, Mass., had offered $2 billion to acquire the utility.") == [
        "New England Electric had offered $2 billion to acquire the utility."]


def test_round_64_an_address_before_based_is_part_of_the_noun_phrase():
    # "The Thousand Oaks reported a 53% increase": the subject was "The Thousand Oaks, Calif.-based biotechnology company"
    assert not any(s.startswith("The Thousand Oaks") for s in statements("The Thousand Oaks, Calif.-based biotechnology company reported a 53% increase in net income."))


def test_he_after_speech_that_names_someone_is_not_that_person():
    # review round 52: '"... Hirey treats himself a lot better than we do prisoners. ...". He walked past
    # the sheriff' had made Hirey the one who walked; he is the unnamed speaker
    text = ('"We used to keep prisoners in here overnight. John Hirey treats himself a lot better than we do prisoners. '
            'They were more comfortable than the ones in the jail." He walked past the sheriff into a windowless room.')
    assert not any("walked past the sheriff" in s for s in statements(text))
    # the same name outside speech: resolved
    text2 = "John Hirey kept prisoners in the old jail overnight. He walked past the sheriff into a windowless room."
    assert any(s.startswith("John Hirey walked past the sheriff") for s in statements(text2))


def test_round_65_a_verb_after_and_is_not_the_clause_of_the_words_before_it():
    # "... at its Hannibal, Ohio, and Jackson, Tenn., rolling mills and recycles aluminum at a
    # plant in Bens Run" had made "Jackson recycles aluminum at a plant in Bens Run"
    out = statements("Consolidated, which had 1988 revenue of $400 million, makes aluminum sheet and foil products at its Hannibal, Ohio, "
                     "and Jackson, Tenn., rolling mills and recycles aluminum at a plant in Bens Run, W.Va.")
    assert not any(s.startswith("Jackson") for s in out), out


def test_round_65_a_vice_president_keeps_his_vice():
    # "Vice President Dan Quayle, who toured the earthquake site Wednesday, ..." had made
    # "President Dan Quayle toured the earthquake site Thursday" (another man)
    from quizgen.subjects import name_relatives

    sent = quizgen.analyze("The mayor met Vice President Dan Quayle, who toured the earthquake site Wednesday, at the airport.").sentences[0]
    assert [" ".join(t.text for t in part) for part in name_relatives(sent)] == ["Vice President Dan Quayle toured the earthquake site Wednesday"]


def test_round_65_after_inside_a_reported_subject_is_a_preposition():
    # "Dumez said group profit after payments to minority interests rose to 252 million francs"
    # had made "Payments to minority interests rose to 252 million francs"
    out = statements("Dumez said group profit after payments to minority interests rose to 252 million francs from 148 million a year earlier.")
    assert not any(s.lower().startswith("payments") for s in out), out


def test_round_65_a_verb_after_an_unclosed_appositive_with_since_is_the_since_clauses():
    # "Ford Motor Co.'s Merkur, the company's first new car franchise in the U.S. since the Edsel
    # was unveiled in 1957, now will share Edsel's fate" had made "Ford Motor Co.'s Merkur was unveiled in 1957"
    out = statements("Ford Motor Co.'s Merkur, the company's first new car franchise in the U.S. since the Edsel was unveiled in 1957, now will share Edsel's fate.")
    assert not any("Merkur was unveiled" in s for s in out), out


def test_round_65_a_relative_after_two_joined_names_is_not_taken():
    # "... other creditors, including Minpeco and Manufacturers Hanover Trust Co., which is seeking
    # repayment of a $36 million loan" had made "Minpeco and Manufacturers Hanover Trust Co. is seeking ..."
    from quizgen.subjects import name_relatives

    sent = quizgen.analyze("The rest would be divided among other creditors, including Minpeco and Manufacturers Hanover Trust Co., which is seeking repayment of a $36 million loan.").sentences[0]
    assert not any("Minpeco" in " ".join(t.text for t in part) for part in name_relatives(sent))


def test_round_65_no_cut_after_a_control_verb_tagged_as_a_noun():
    # "will depress local real-estate values in the short term and force/NN companies | to reconsider ..."
    out = statements("Tuesday's earthquake will depress local real-estate values in the short term and force companies to reconsider expanding in or relocating to the Bay Area and California, specialists said.")
    assert not any(s.rstrip(".").endswith("force companies") for s in out), out


def test_round_65_an_and_before_a_relative_clause_joins_two_names():
    # "sent back stunning photos of Jovian moons Io and Europa that showed them to be ..." had
    # made "Two Voyager spacecraft sent back stunning photos of Jovian moons Io in 1979"
    out = statements("In 1979, two Voyager spacecraft sent back stunning photos of Jovian moons Io and Europa that showed them to be among the most intriguing bodies in the solar system.")
    assert not any("moons Io" in s and "Europa" not in s for s in out), out


def test_round_65_as_before_and_a_verb_is_no_as_clause():
    # "Victor C. Benda ... succeeds Mr. Lang as president and becomes chief operating officer" had
    # made "Victor C. Benda succeeds Mr. Lang." (Lang stays chief executive)
    out = statements("Victor C. Benda, 58, formerly executive vice president, succeeds Mr. Lang as president and becomes chief operating officer, a new post.")
    assert "Victor C. Benda succeeds Mr. Lang as president." in out, out
    assert "Victor C. Benda succeeds Mr. Lang." not in out, out


def test_round_65_what_a_thing_consists_of_is_not_cut_to_its_first_part():
    out = statements("U.S. reserve assets consist of foreign currencies, gold, special drawing rights at the International Monetary Fund and the U.S. reserve position at the IMF.")
    assert not any(s.startswith("U.S. reserve assets consist") for s in out), out


def test_round_66_no_statement_ends_in_due_largely():
    out = statements("But the Dow Jones Transportation Average went down for the seventh consecutive session, due largely to further selling in UAL.")
    assert not any(s.endswith("due largely.") for s in out), out


def test_round_66_a_second_participle_shares_the_auxiliary_before_it():
    out = statements("Confronted with the evidence, Mr. Tharp pleaded guilty to one charge of filing a false return and was fined $5,000 and sentenced to 18 months in prison.")
    assert "Mr. Tharp was sentenced to 18 months in prison." in out, out
    assert not any(s.startswith("Mr. Tharp sentenced") for s in out), out


def test_round_66_a_participle_reported_by_is_no_report():
    out = statements("However, the disclosure of the guidelines, first reported last night by NBC News, is already being interpreted on Capitol Hill as an unfair effort to pressure Congress.")
    assert not any(s.startswith("According to the disclosure") for s in out), out


def test_round_66_an_approximate_count_is_a_subject_not_a_front():
    out = statements("About 9,800 technical workers, notably chemists and lawyers, were switched to non-union status.")
    assert not any("workers, chemists and lawyers" in s for s in out), out


def test_round_66_a_dropped_speaker_insert_leaves_the_comma_before_a_participle():
    from quizgen.fronts import core_tokens

    doc = quizgen.analyze("Money-fund assets have been rising at an average rate of $1.6 billion a week in recent months, Ms. Negus said, reflecting the relatively high yields. "
                          "The plan, he said, will cost a lot of money for the city.")
    got = [" ".join(t.text for t in core_tokens(s)) for s in doc.sentences]
    assert "in recent months , reflecting the relatively high yields ." in got[0], got
    assert got[1] == "The plan will cost a lot of money for the city .", got


def test_round_66_said_before_a_clause_is_no_inverted_attribution():
    # "British Airways, a member of the group ..., said it had yet to receive ..." had become the
    # gap-fill "A member of the group that had offered _____ a share for UAL in a leveraged buy-out."
    from quizgen.fronts import core_tokens

    doc = quizgen.analyze("British Airways, a member of the group that had offered $300 a share for UAL in a leveraged buy-out, said it had yet to receive a revised proposal and it was \"in no way committed\" to the completion of a bid.")
    assert core_tokens(doc.sentences[0])[-2].text != "buy-out"


def test_round_66_what_someone_reckons_is_no_object():
    out = statements("Based on historical rates of return, Mr. Anderson reckons a 100% stock portfolio, indexed to the market, would have kept up with tuition and taxes in the 20th century.")
    assert not any(s.startswith("Mr. Anderson reckons") for s in out), out


def test_round_66_a_subject_is_never_cut_from_a_saying_participle():
    out = statements("In July, Moody's downgraded $400 million of the company's debt, saying the bank holding company hadn't taken adequate write-offs against potential losses on real estate loans.")
    assert not any("debt hadn't" in s or "debt had not" in s for s in out), out


def test_round_67_no_statement_ends_in_been():
    out = statements("A force of younger pro-Gorbachev members in the East German bureaucracy has for some time been pushing for relaxation within their country.")
    assert out and not any(s.endswith("been.") for s in out), out


def test_round_67_a_fronted_town_takes_its_state_and_a_list_is_no_front():
    from quizgen.fronts import core_tokens

    doc = quizgen.analyze("In Myrtle Beach, S.C., the damaged Yachtsman Resort offers daily rates as low as $35, or as much as 22% below regular prices. "
                          "Two Air Force facilities near Sacramento, and Travis Air Force Base, 50 miles northeast of San Francisco, were designated to serve as medical-airlift centers.")
    first, second = ([t.text for t in core_tokens(s)] for s in doc.sentences)
    assert first[:2] == ["the", "damaged"], first
    assert second[0] == "Two", second


def test_round_67_a_participle_before_its_noun_after_and_is_no_second_verb():
    # "bidding up stocks of construction and related/VBN companies" had made "... stocks of
    # construction." and "Wall Street related companies."
    out = statements("Wall Street reacted swiftly yesterday to the disaster by bidding up stocks of construction and related companies.")
    assert not any(s.endswith("stocks of construction.") or "Street related" in s for s in out), out
    # a second verb with its object still starts a clause
    assert "The police arrested the man." in statements("The police arrested the man and charged him with theft in the city court.")


def test_round_68_a_list_of_places_gives_no_appositive():
    from quizgen.subjects import appositives

    sent = quizgen.analyze("It could be taking place today at Federal Express in Memphis, the divisions of Honeywell in Minneapolis, a General Electric plant in Columbia, Md., or a number of other companies.").sentences[0]
    assert not any(e.text == "Minneapolis" for _, e, _ in appositives(sent))


def test_round_68_a_clause_cut_before_its_condition_is_no_statement():
    out = statements("The official line was to offer warmer ties to Mr. Krenz, provided he is willing to institute reforms.")
    assert not any(s.startswith("The official line") for s in out), out


def test_round_69_a_time_is_no_subject():
    # "Wednesday wasn't permitted into his office ...", "How many months ago asked Location Management ...?"
    out = statements("Wednesday, Mr. Belli's staff wasn't permitted into his office by city officials worried about their safety.")
    assert out and not any(s.startswith("Wednesday wasn't") or s.startswith("Wednesday was not") for s in out), out
    out = statements("One Southern California aerospace firm, for example, two months ago asked Location Management to compare the costs of reinforcing its current building.")
    assert not any(s.lower().startswith("two months") for s in out), out


def test_round_69_a_quoted_inverted_attribution_goes_whole_and_where_opens_no_subject():
    from quizgen.fronts import core_tokens

    doc = quizgen.analyze('However, many institutional investors are reacting to the plunge as "a great buying opportunity," said Charles I. Clough, chief investment strategist at Merrill Lynch.')
    assert "strategist" not in [t.text for t in core_tokens(doc.sentences[0])]
    out = statements("The foes of abortion hold the strong whip hand in Pennsylvania, where abortion-rights activists are so much on the defensive that their strategy is less to fight the legislation.")
    assert not any("Pennsylvania are" in s for s in out), out


def test_found_guilty_is_no_report():
    out = statements("People found guilty of violent harassment will be evicted from their homes and put in temporary homes.")
    assert not any(s.startswith("According to people") for s in out), out


def test_round_70_an_infinitives_second_verb_and_a_noun_that_takes_an_infinitive():
    # "Bank of New England lay off _____ of its work force" (it "plans to sell ... and lay off");
    # "sent another signal of their determination." (to shore up investor confidence)
    out = statements("Bank of New England plans to sell some operations and lay off 4% of its work force after a year of weak earnings.")
    assert not any(s.startswith("Bank of New England lay") for s in out), out
    out = statements("Federal Reserve officials sent another signal of their determination to shore up investor confidence in the markets.")
    assert not any(s.endswith("determination.") for s in out), out
    assert "The police arrested the man." in statements("The police arrested the man and charged him with theft in the city court.")


def test_round_69_a_subject_never_runs_over_but():
    # "Bristol-Myers Co. and Squibb Corp. did not report third-period earnings for both companies"
    out = statements("Bristol-Myers Co. and Squibb Corp., Princeton, N.J., merged Oct. 4, but the new company reported third-period earnings for both companies.")
    assert not any(s.startswith("Bristol-Myers Co. and Squibb Corp. reported") for s in out), out


def test_round_69_a_subject_list_with_an_appositive_is_not_cut_to_its_first_member():
    out = statements("Sales of Cherokee, the best-selling Jeep, and the lower-volume Wagoneer were actually up about 10% through the end of last month.")
    assert not any(s.startswith("Sales of Cherokee were") for s in out), out


def test_round_71_a_named_event_and_a_moment_cut_from_its_when_clause():
    # "The event was the culmination of ..." (named Malala Day); "The pivotal moment for
    # Northumberland came in _____." (the when-clause said what the moment was)
    out = statements("The event, named Malala Day, was the culmination of an extraordinary four years for the girl from Mingora in Pakistan.")
    assert not any(s.startswith("The event was") for s in out), out
    out = statements("The pivotal moment for Northumberland came in 2013 when the entire national park was awarded Dark Sky Park status.")
    assert not any(s.startswith("The pivotal moment") for s in out), out


def test_a_name_that_modifies_a_noun_is_no_antecedent():
    # review round 72: "The Hearst press followed ... Yet his editors did not abandon ..." had
    # given "The Hearst's editors did not abandon their sense of story value."
    got = statements("The campaign cost a fortune in 1904. The Hearst press followed the Chief's progress at the state conventions with admiring attention. "
                     "Yet his editors did not abandon their sense of story value.")
    assert not any("editors" in s for s in got), got
    # the name as the subject's head still is
    got = statements("The campaign cost a fortune in 1904. Hearst followed the progress at the state conventions with admiring attention. "
                     "Yet his editors did not abandon their sense of story value.")
    assert any(s.startswith("Hearst's editors") for s in got), got


def test_round_72_misparses_give_no_statement():
    # the main verb read as a noun after an inserted participle phrase: "The monk Savonarola
    # displayed in the art-shop of M. Bluthenzweig" (it was the works that were displayed)
    got = statements("The monk Savonarola, brought over from the Renaissance and placed against the background of Munich, "
                     "protests against the luxurious works displayed in the art-shop of M. Bluthenzweig.")
    assert not any("displayed" in s for s in got), got
    # and "Angus Hanton called the Intergenerational Foundation" (corpus, WNL Fifth of young adults)
    got = statements("Angus Hanton, co-founder of a thinktank called the Intergenerational Foundation, said older generations were to blame.")
    assert "Angus Hanton called the Intergenerational Foundation." not in got, got
    # a noun phrase that runs on inside a quotation: 'drawn by two | "charming" little horses'
    assert statements('The ambulance is drawn by two "charming" little horses.') == []
    assert statements('The critics called the film "a masterpiece" last year.') == ['The critics called the film "a masterpiece" last year.']


def test_the_town_of_an_address_is_no_subject():
    # review round 73: "William L. Stickney, 23, of 3211 Park pl., Evanston, who pleaded guilty ..., also was
    # ordered ..." gave "Evanston was ordered ..." (keyed True) and "Evanston pleaded guilty ..."
    got = statements("The defendant, William L. Stickney, 23, of 3211 Park pl., Evanston, who pleaded guilty to reckless driving, "
                     "also was ordered by Judge James Corcoran to attend the traffic school each Tuesday night.")
    assert not any(s.startswith("Evanston") for s in got), got
    # "St." of a saint's name is no address
    got = statements("The Abbot of St. Eloi, Claude De Mommor, had been a good friend of the family.")
    assert "Claude De Mommor had been a good friend of the family." in got, got


def test_round_73_cuts_that_lose_what_says_which():
    # a relative clause without "that": "similar to qualities | I had found in the plays"
    assert not any(s.endswith("similar to qualities.") for s in statements(
        "The personal quality of Samuel Beckett is similar to qualities I had found in the plays."))
    # "one of the twenty under-developed countries ... | that are receiving Soviet aid"
    assert not any(s.endswith("Latin America.") for s in statements(
        "Indonesia is one of the twenty under-developed countries of Asia, Africa and Latin America that are receiving Soviet aid."))
    # a long list cut after its first member
    assert not any(s.endswith("a warehouseman's local.") for s in statements(
        "Leavitt identified the unions as a warehouseman's local, the teamsters union, a salesman's union, the janitors' union, and a bottling workers' union."))
    # a town and its "where" clause are no list
    got = statements("The report was released at the start of the annual water conference in Stockholm, Sweden, where 2,500 politicians, "
                     "UN groups and researchers from 120 countries met to discuss water supply problems.")
    assert any(s.startswith("The report was released at the start of the annual water conference in Stockholm") for s in got), got


def test_round_74_fronts_and_subjects():
    # a fronted month keeps its year: "In March, 1931, 22 out of 28 members ..."
    doc = quizgen.analyze("In March, 1931, 22 out of 28 members of a committee of the Federal Council of Churches ratified the report.")
    got = [statement(c.statement_tokens(with_time=False)) for c in document_clauses(doc)]
    assert got and got[0].endswith("in March, 1931."), got
    # a front that ends in a list of plain nouns keeps the list
    got = statements("Despite threats to cut off supplies of powder, ball, and thread for fishing nets, about 350 persons stayed in the village.")
    assert got and got[0].startswith("About 350 persons stayed"), got
    # inverted and located clauses: "Out went letters ...", "Gone is ...", "There Huff wrote ..."
    for text in ("Out went letters to 60,000 old grads, asking for suggestions.", "Gone is the tabula rasa of the mind.",
                 "There Huff wrote a complete statement of his offense."):
        assert statements(text) == [], text
    # what someone calls a thing is the fact: 'calls the clashes at the Brandenburg Gate, "The Battle of the Sentry"'
    assert statements('And Bernie Kriss calls the bayonet clashes at the Brandenburg Gate, "The Battle of the Sentry"!') == []


def test_round_75_markers_and_subjects():
    # "In the second place," and "In the meantime," are links to the sentence before, not facts
    assert statements("In the second place, a large number of writers make no distinctions between genuine and bogus material.") == [
        "A large number of writers make no distinctions between genuine and bogus material."]
    got = statements("In the meantime, Southern writers have done little to reflect the progress of the region.")
    assert got and got[0].startswith("Southern writers"), got
    # "One of the roughest was the TV quiz shows": one of the roughest what?
    assert statements("One of the roughest was the TV quiz shows of the fifties.") == []


def test_round_76_sources_and_fronts():
    # "Few people realize that S" is no source: "According to few people, ..."
    assert statements("Few people realize that one kiloton of nuclear explosive power will create 1,000 psi overpressure at 100 feet.") == []
    # "According to former British Prime Minister Attlee", not "According to Former ..."
    assert statements("Former British Prime Minister Attlee said that Eisenhower was not a great soldier.") == [
        "According to former British Prime Minister Attlee, Eisenhower was not a great soldier."]
    # "Earlier this month Edward R. Murrow, director of ..., came": the name is no part of the time
    from quizgen.simplify import core_tokens

    doc = quizgen.analyze("Earlier this month Edward R. Murrow, director of the United States Information Agency, came to Hollywood and had dinner with 100 leaders of the industry.")
    assert core_tokens(doc.sentences[0])[0].text != "director"


def test_on_the_contrary_is_a_link():
    # review round 77: "On the contrary, Miss Mao and Mr. Fuller chose many of their arrangements ..."
    got = statements("On the contrary, Miss Mao and Mr. Fuller chose many of their arrangements from the works of modern composers.")
    assert got == ["Miss Mao and Mr. Fuller chose many of their arrangements from the works of modern composers."], got


def test_a_title_after_a_role_is_no_heading():
    # "marine scientist Professor Callum Roberts": a title after the role noun, not a subhead
    from quizgen.damage import damaged_sentences

    text = ("World-leading marine scientist Professor Callum Roberts from the University of York helped set the target in 2003. "
            "Marine biologist Dr. Jane Smith agreed with him.")
    assert damaged_sentences(quizgen.analyze(text)) == set()


def test_a_date_keeps_its_year_without_a_comma_after_it():
    # review round 78: "On June 14, 1900 the Manchester Journal reported ..." gave "According to 1900 the Manchester Journal,"
    doc = quizgen.analyze('On June 14, 1900 the Manchester Journal reported that an electrical engineer was installing an electric light plant for Edward S. Isham.')
    got = [statement(c.statement_tokens(with_time=False)) for c in document_clauses(doc)]
    assert got and not any("1900 the" in s for s in got), got
    assert any(s.startswith("According to the Manchester Journal, an electrical engineer was installing") for s in got), got


def test_a_prior_to_front_stays_with_the_statement():
    # review round 78: "Prior to 1960, ..., State funds had to equal 1954 State funds" is not true after 1960
    got = statements("Prior to 1960, in order to provide matching for the minimum allotment, State funds had to equal 1954 State funds.")
    assert got == ["Prior to 1960, State funds had to equal 1954 State funds."], got


def test_an_approximate_year_is_no_subject():
    # review round 78: "Ballet flowered in Italy ..., and about 1550 was carried to France" gave "About 1550 was carried to France."
    got = statements("Ballet flowered in Italy during the next hundred years, and about 1550 was carried to France by the Italian princes.")
    assert not any(s.lower().startswith("about 1550") for s in got), got


def test_a_too_between_commas_goes_with_its_commas():
    # review round 78: "But Wisman, too, does not know the go code" gave "Wisman too does not know the go code."
    got = statements("But Wisman, too, does not know the go code.")
    assert got == ["Wisman does not know the go code."], got


def test_no_cut_before_a_hedge_on_the_claim():
    # review round 78: "Analytical Cubism came to an end in the collage, but not conclusively" gave the end without its hedge
    got = statements("Analytical Cubism came to an end in the collage, but not conclusively; nor did Synthetic Cubism fully begin there.")
    assert not any(s == "Analytical Cubism came to an end in the collage." for s in got), got


def test_a_source_capitalised_by_its_sentence_is_lower_case_after_according_to():
    # "Research at the University of Chicago has found that ..." gave "According to Research at ..." (corpus stem diff, 2026-12-07)
    got = statements("Research at the University of Chicago has found that loneliness is twice as bad for older people's health as obesity.")
    assert "According to research at the University of Chicago, loneliness is twice as bad for older people's health as obesity." in got, got


def test_a_one_word_heading_the_sentence_repeats_is_damage():
    # review round 78: "Poultry Results of irradiation tests with poultry have been quite successful."
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("Poultry Results of irradiation tests with poultry have been quite successful. "
                          "Seafood Fresh seafood products are extremely perishable. "
                          "Apple Music is a service that Apple runs for music fans.")
    assert damaged_sentences(doc) == {0, 1}


def test_round_79_damage_two_sentences_one_stop_and_minutes_of_arc():
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("Money was advanced by the publishers, John Wiley & Sons, Inc.. Volume 1, was completed in 1941. "
                          "The bus will leave for the stadium at 8 p.m.. "
                          "The beam width was only about 2' at the shortest wave length. "
                          "The reflector was 22 meters across.")
    assert damaged_sentences(doc) == {0, 2}, [s.text for s in doc.sentences]


@pytest.mark.parametrize("sentence, bad", [
    # review round 79: each cut or misread gave a statement that says nothing or garbles
    ("Through use of the DLINE statement, a means is provided for specifying both the editing of fields to be inserted in a print line area and the layout of the area itself.", "editing of fields."),
    ('Here the problem is essentially one of defining the word "filling".', "defining the word."),
    ("The method of selection Fromm uses achieves exactly that.", "achieves"),
    ("Subject to certain constitutional restraints in favor of fair trials, each level of government is free to devise its own judicial procedures.", "Subject to certain constitutional restraints in favor of fair trials is"),
])
def test_round_79_no_statement_from_a_broken_cut(sentence, bad):
    got = statements(sentence)
    assert not any(bad in s for s in got), got


def test_hence_is_a_link():
    # review round 79: "Hence P is the increase in value of the stream ..." kept its "Hence"
    got = statements("Hence Wilson is the owner of the largest farm in the county.")
    assert got == ["Wilson is the owner of the largest farm in the county."], got


def test_round_80_a_so_clause_and_a_following_morning():
    # "He was so long thinking | that my mother had time to ..." gave "Mr. Gorboduc was so long thinking.";
    # "The following morning, as John entered the Place Molard, ..." gave "The following morning entered the Place Molard"
    got = statements("Mr. Gorboduc was so long thinking that my mother had time to inspect her sherry for dregs.")
    assert not any(s.endswith("so long thinking.") for s in got), got
    got = statements("The following morning, as John entered the Place Molard on his way to visit a sick refugee, he had a premonition of danger.")
    assert not any(s.startswith("The following morning entered") for s in got), got


def test_round_82_cuts_and_subjects():
    got = statements("Miss Kizzie had been right snippy ever since they were married, though you'd have thought a namesake would have brought her round.")
    assert not any(s.endswith("snippy ever.") for s in got), got
    got = statements("U.S. farmers' net income rose to a record $59.9 billion last year despite one of the worst droughts ever.")
    assert any(s.endswith("the worst droughts ever.") for s in got), got  # "ever" after a superlative ends a phrase
    got = statements("No, I forget Mrs. Mathias, who had been away visiting a married daughter when it happened.")
    assert any(s.startswith("Mrs. Mathias had been away") for s in got), got
    got = statements("One or two were writers of books; all were fellows of finite charm.")
    assert not any(s.startswith("One or two") for s in got), got
    got = statements("Jubal did not hear of Digby's disappearance when it was announced, and he dismissed it.")
    assert not any(s.startswith("Jubal did not hear of Digby's disappearance.") for s in got), got


def test_round_83_stray_numbers_and_a_lost_currency_sign_are_damage():
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("South American Indians have chewed coca 3 leaves for centuries. "
                          "The British parliament has recommended that 9 Bolivias request should be supported by the UK government. "
                          "Scarlett Johansson is suing a French novelist for 50,000. "
                          "Kittinger jumped from a balloon 19 miles above the Earth in 1960. "
                          "The school teaches grade 5 students in two classes. "
                          "The town grew to 50,000 by 1990.")
    assert damaged_sentences(doc) == {0, 1, 2}, [s.text for s in doc.sentences]


def test_round_83_no_cut_before_the_reason_that_says_which_share():
    got = statements("The survey found that 28% of adults were living at home because they were trying to save for a deposit.")
    assert not any("28% of adults were living at home." in s for s in got), got


def test_round_84_a_figure_does_not_say_which_group_a_relative_clause_picks():
    got = statements("42% of the women who experience violence have injuries, which doctors and nurses may notice.")
    assert not any(s.startswith("42% of the women have") for s in got), got
    got = statements("Apple Inc. engineers who work in Cupertino have new offices.")
    assert got, "a name still says which"


def test_round_85_pounds_and_pence_without_their_sign_are_damage():
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("The average spend of a music buyer in the UK in 2014 was just 39.52. "
                          "The winner ran 100 metres in 10.45 seconds. Prices rose 2.45 points.")
    assert damaged_sentences(doc) == {0}, [s.text for s in doc.sentences]


def test_a_description_after_a_like_front_belongs_to_the_front():
    # corpus report (2026-12-07): "Like quinoa, the Andean grain, teff's superb nutritional profile
    # offers ..." gave "The Andean grain offers the promise of new and lucrative markets in the west."
    got = statements("Like quinoa, the Andean grain, teff's superb nutritional profile offers the promise of new and lucrative markets in the west.")
    assert got == ["Teff's superb nutritional profile offers the promise of new and lucrative markets in the west."], got


def test_round_88_no_statement_without_what_is_decided_or_said():
    got = statements("Doug Cameron from the Manufacturing Workers Union says members will decide by secret ballot whether to step up industrial action. "
                     "A senior Israeli Defence official was quoted by army radio on Tuesday as saying Hamas had shifted the focus of its war. "
                     "The minister spoke to reporters in Canberra, saying Hamas had shifted the focus of its war. "
                     "The union members voted on Monday in Sydney.")
    assert not any("decide" in s or "quoted" in s or s.startswith("Saying") for s in got), got
    assert "The union members voted on Monday in Sydney." in got, got
    assert "The minister spoke to reporters in Canberra." in got, got


def test_round_88_a_second_verb_of_saying_with_its_clause_is_no_plain_predicate():
    # "... and says about 16,000 workers and their families are facing ..." gave
    # "About how many workers does the Transport Workers Union say?"
    got = statements("The Transport Workers Union will hold a 24-hour picket outside Kirribilli House and says about 16,000 workers "
                     "and their families are facing a bleak Christmas.")
    assert not any("say" in s.lower() for s in got), got
    assert "The Transport Workers Union will hold a 24-hour picket outside Kirribilli House." in got, got


def test_round_88_a_bare_title_gives_way_to_the_name_beside_it():
    got = statements("Shire president, Ron Grant, says investigations are underway into the whereabouts of the crew.")
    assert got == ["According to Ron Grant, investigations are underway into the whereabouts of the crew."], got


def test_round_88_a_floating_all_keeps_the_whole_subject_or_nothing():
    got = statements("The United States, the European Union and the Group of eight industrialised nations among others, have all called on "
                     "India and Pakistan to exercise restraint. Britain and France have both called on India to exercise restraint.")
    assert not any(s.startswith("The United States") for s in got), got
    assert "Britain and France have both called on India to exercise restraint." in got, got


def test_round_88_no_cut_between_a_description_and_the_name_that_says_who():
    got = statements("Australia is continuing to negotiate with the United States in an effort to interview the Australian, David Hicks, "
                     "who was captured in Afghanistan. Local commanders are convinced bin Laden, wanted for the attacks, is hiding in the Tora Bora area.")
    assert not any(s.endswith("the Australian.") or "convinced bin Laden" in s for s in got), got
    assert "David Hicks was captured in Afghanistan." in got, got


ROUND_89 = (
    'The National Aeronautics and Space Administration (NASA) had earlier pushed back the launch twice due to problems with the docking of a Russian cargo ship at the station.' " "
    'Israeli Prime Minister Ariel Sharon has opened an emergency security Cabinet meeting after placing blame for recent suicide attacks squarely on Palestinian leader Yasser Arafat.' " "
    "Razzak reportedly told police four al-Qaeda suicide squads in total had been tasked to carry out hits on the World Trade Centre in New York, the British parliament, a tower block in Australia and India's parliament in New Delhi." " "
    'CMAG ministers from Australia, Bangladesh, Barbados, Botswana, Britain, Canada, Malaysia and Nigeria will meet in London tomorrow for talks on Zimbabwe.' " "
    'Local residents confirmed a member of the family called Mr Hicks had travelled to Kosovo in recent years and has not been seen for around three years.' " "
    'Research at the University of Chicago has found that loneliness is twice as bad for older health as obesity.' " "
    'The tape is alleged to show bin Laden discussing the success of the mission.' " "
    'Centrelink is urging people affected by job cuts at regional pay TV operator Austar and travel company Traveland to seek information about their income support options.' " "
    "Legal abortion in Tasmania is one step closer with the lower house of Parliament voting to change the state's abortion laws." " "
    "Israel has rejected Palestinian leader Yasser Arafat's bid to make his annual visit to Bethlehem for Christmas Eve during an security cabinet meeting early today." " "
    'Meanwhile, the Federal Government is under pressure to release more details about plans to place armed security officers on domestic flights.' " "
    "Mr Strachan was on  a solo navigation training flight on August 29 when he crashed into Mt Archer on Queensland's Sunshine Coast." " "
    'Plans for a candlelight vigil had to be scrapped due to fierce northern winds, and Harrison was honoured instead by dozens of pictures of the guitar hero, who died of cancer at age 58.' " "
    'The Member for Fremantle says Labor did not suffer in the polls after it differentiated itself from the Coalition in 1996 and 1998.' " "
    'A United Nations panel of judges in East Timor has found 10 militia gang members guilty of crimes against humanity.' " "
)


def test_round_89_lists_complements_and_participles():
    # sentences of review round 89 (Lee corpus news) whose items reviewers rejected
    got = statements(ROUND_89)
    joined = " | ".join(got)
    for bad in ("New York is the British parliament", "Malaysia and Nigeria will meet", "According to Local",
                "Placing blame", "placing blame", "to show bin Laden.", "and travel company Traveland.", "Parliament voting.", "Arafat's bid.",
                "is under pressure.", "solo navigation.", "According to a United Nations panel"):
        assert bad not in joined, (bad, got)
    for good in ("According to local residents, a member of the family called Mr Hicks had travelled to Kosovo in recent years.",
                 "The tape is alleged to show bin Laden discussing the success of the mission.",
                 "Centrelink is urging people affected by job cuts at regional pay TV operator Austar and travel company Traveland to seek information about their income support options.",
                 "Mr Strachan was on a solo navigation training flight on August 29.",
                 "According to research at the University of Chicago, loneliness is twice as bad for older health as obesity."):
        assert good in got, (good, got)


ROUND_90 = (
    "Energex and Ergon energy have had every available person working through the night to restore power at 150 locations in and around Brisbane. "
    "Lawyers acting on behalf of several former HIH directors requested that cross-examination of David Lombe and an inspector appointed by insurance watchdog, "
    "the Australian Prudential Regulation Authority (APRA) be held at a later date. "
    "Local Afghan commanders say the militants have been flushed out of all their cave hideouts by weeks of heavy American bombing. "
    "England batsman Michael Vaughan has become just the seventh player in the history of Test cricket to be given out handling the ball. "
    "Chairman of the Joint Chiefs General Richard Myers, said the bomb was effective. "
    "The Construction, Forestry, Mining and Energy Union's (CFMEU) John Sutton says the focus of the investigation is too narrow. "
    "He says the Government's options are to boost defence spending or to delay some projects. "
    "The national secretary of the Australian Manufacturing and Workers Union (AMWU), Doug Cameron, says the unions have done everything possible to resolve the dispute. "
    "An Iraqi defector who has applied for residency in Australia claims he has information about weapons plants in Iraq. "
    "Opposition forces claimed to have captured half of Kandahar airport after fierce fighting with Taliban troops. "
    "The agreement will also mean that a further 200 hectares at Rosebury and Bellamack will be free for urban growth."
)


def test_round_90_cuts_that_lose_the_point_and_lists_cut_short():
    got = statements(ROUND_90)
    joined = " | ".join(got)
    for bad in ("every available person.", "watchdog.", "According to Local", "history of Test cricket.", "According to chairman",
                "According to the Construction", "to boost defence spending.", "everything possible.", "An Iraqi defector has",
                "after fierce.", "Bellamack will be free"):
        assert bad not in joined, (bad, got)
    for good in ("According to local Afghan commanders, the militants have been flushed out of all their cave hideouts by weeks of heavy American bombing.",
                 "According to General Richard Myers, the bomb was effective.",
                 "According to Doug Cameron, the unions have done everything possible to resolve the dispute."):
        assert good in got, (good, got)


ROUND_92 = (
    "The AG's complaint alleges Trump defrauded the bank by providing the fraudulent, inflated financial statements to obtain the loans. "
    "In 1997, a woman spent more than three weeks in a coma after the Cat in the Hat balloon -- tossed by heavy winds -- struck a pole that hit her. "
    "Emissions cuts alone will not be enough to ensure a safe climate in future years, according to Hansen and his collaborators. "
    "After the mock panel deliberated, Alito and the others returned to the bench to deliver their ruling. "
    "Ten hours later, Ahmed Azza was given a one-hour window to return home before the checkpoint closed. "
    "Carbon dioxide emissions will not be enough to explain the warming of the planet."
)


def test_round_92_claims_cut_from_their_source_and_subordinate_clauses_cut_from_their_verb():
    got = statements(ROUND_92)
    joined = " | ".join(got)
    for bad in ("by providing the fraudulent.", "Cat in the Hat balloon.", "Emissions cuts alone", "the others returned", "one-hour window.",
                "later the checkpoint closed"):
        assert bad not in joined, (bad, got)
    for good in ("The AG's complaint alleges Trump defrauded the bank by providing the fraudulent, inflated financial statements.",
                 "The checkpoint closed.",
                 "Carbon dioxide emissions will not be enough to explain the warming of the planet."):
        assert good in got, (good, got)


# review round 93 (unseen 2016-2017 news stories)


def test_an_according_to_phrase_is_no_subject():
    # "leaked/VBD" made "According to a secret report" the subject of a clause of its own
    out = statements("According to a secret report leaked to Berlin public broadcaster RBB, a Bundestag task force has concluded "
                     "that German intelligence agencies had not properly assessed the potential danger that Amri posed.")
    assert not any(s.startswith("According to a secret report leaked") for s in out)


def test_a_verb_whose_as_phrase_is_cut_gives_no_clause():
    out = statements("Authorities had earlier portrayed the attacker, 52-year-old British man Khalid Masood, as having acted alone. "
                     "Trump's ascension to the presidency was cited by the Bulletin of the Atomic Scientists as the reason they set the Doomsday Clock ahead by thirty seconds. "
                     "The army used the old school as a hospital in 1916.")
    assert not any("portrayed" in s or "cited" in s and "as the reason" not in s for s in out)
    assert "The army used the old school as a hospital in 1916." in out  # the "as" phrase kept: the clause stays


def test_words_that_point_ahead_to_a_cut_quotation_give_no_clause():
    out = statements('Republican Sen. Ben Sasse of Nebraska summed up the outrage thus: "There is no moral equivalency here." '
                     "Sasse also criticized the deal on Monday.")
    assert not any("thus" in s for s in out)
    assert "Sasse also criticized the deal on Monday." in out


def test_an_adverb_between_have_and_its_participle_keeps_one_verb_group():
    out = statements("Officials had earlier approved the plan for the new bridge. The bridge was first opened to traffic in 1890.")
    assert "Officials had earlier approved the plan for the new bridge." in out
    assert "The bridge was first opened to traffic in 1890." in out
    from quizgen.simplify import document_clauses as clauses

    verbs = [(c.verb.text, [a.text for a in c.aux]) for c in clauses(quizgen.analyze("Officials had earlier approved the plan for the new bridge."))]
    assert verbs == [("approved", ["had"])]  # not "had" with "earlier approved the plan" as its object


def test_a_plural_subject_whose_list_was_cut_to_one_name_gives_no_clause():
    out = statements("Masood's victims were PC Keith Palmer - who was stabbed outside Parliament - Aysha Frade, "
                     "US tourist Kurt Cochran, 54, and retired window cleaner Leslie Rhodes, 75.")
    assert not any(s.startswith("Masood's victims were") for s in out)


def test_clauses_with_no_fact_of_their_own_are_refused():
    out = statements('"Why kill children?" Nawar\'s grandfather asked after the girl\'s death. The minister said on Monday. '
                     "The article was first published in Beijing News on Dec 28. The story of his stay in Germany is complex. "
                     "The Lapland Nature Reserve is unique for many reasons. The minister asked for help from the army.")
    assert out == ["The minister asked for help from the army."]


def test_a_cut_before_a_relative_that_read_as_a_conjunction_gives_no_clause():
    # "a new event | that/IN recognizes artistic talent, the Global Illustration Award": which event? (review round 93)
    out = statements("IlluSalon has been the driving force behind a new event that recognizes artistic talent, the Global Illustration Award. "
                     "Officials said that the museum will open in May.")
    assert not any(s.startswith("IlluSalon") for s in out)


def test_what_follows_whether_or_if_is_never_a_clause():
    # review round 93: "asked the inspector general to investigate immediately whether classified
    # information was mishandled" gave "Classified information was mishandled ..." keyed True
    out = statements("The GOP chairmen have asked the Department of Justice inspector general to investigate immediately whether "
                     "classified information was mishandled at the department after the resignation of Michael Flynn. "
                     "Officials will decide if the old bridge is safe for heavy traffic.")
    assert not any("mishandled" in s and not s.startswith("The GOP") or "is safe" in s for s in out)


def test_among_other_things_is_a_discourse_marker():
    out = statements("Among other things, the new radar system was built by the American army in Texas.")
    assert out == ["The new radar system was built by the American army in Texas."]


def test_sentences_inside_a_quotation_that_runs_over_several_give_no_clause():
    # review round 95: '"This whole narrative is ... The Democrats are overplaying their hand. ..." Trump said'
    out = statements('Trump defended him on Thursday. "This whole narrative is a way of saving face. The Democrats are overplaying their hand. '
                     'They lost the election," Trump said in a statement. The senators met in Washington on Friday.')
    assert not any("overplaying" in s for s in out)
    assert "The senators met in Washington on Friday." in out and "Trump defended him on Thursday." in out


def test_a_which_clause_after_a_name_inside_a_prepositional_phrase_gives_no_clause():
    # review round 95: "the report by the International Federation for Human Rights, which was released on Tuesday"
    out = statements("Thailand has the highest incarceration rate in Southeast Asia, according to the report by the International "
                     "Federation for Human Rights, which was released on Tuesday. Romney paid less the year before he ran for the "
                     "White House, which was just 14 percent. She was confirmed along with the US ambassador to the United Nations, "
                     "which are cabinet-rank positions.")
    assert not any(s.startswith(("The International Federation", "The White House", "The United Nations")) for s in out)


def test_round_95_cuts_that_leave_no_fact():
    out = statements('Geneva, Switzerland - Syria\'s main opposition group has urged Russia to put pressure on the government. '
                     'Donald Trump called his embattled Attorney General, Jeff Sessions -- who has come under scrutiny -- an "honest man". '
                     "The ruling by the Seoul court came after Park, 65, faced nearly nine hours of questioning. "
                     "The team arrived in Paris after Christmas, as planned.")
    assert "Syria's main opposition group has urged Russia to put pressure on the government." in out  # the dateline is no subject
    assert not any(s.startswith(("Geneva", "Donald Trump called", "The ruling")) for s in out)
    assert "The team arrived in Paris after Christmas." in out


def test_a_stray_quotation_mark_does_not_make_the_rest_of_a_paragraph_speech():
    # a story whose paragraphs were run together: one unclosed quotation must not silence every sentence after it
    out = statements('He said the plan was "a disgrace. The minister left Paris on Monday. The new bridge opened in May. '
                     "The council approved the budget in June. The mayor visited the school in July. The team won the cup in 2010. "
                     "The river flooded the town in 1953. The museum opened its new wing in 2001. The city hosted the games in 1924.")
    assert "The city hosted the games in 1924." in out and "The minister left Paris on Monday." in out


def test_a_number_and_a_half_is_one_figure_not_a_coordination():
    # "The crew had not been held for three." came of a cut at "and a half years" (review round 98)
    out = statements("The crew had been held for three and a half years but they were the fortunate ones.")
    assert "The crew had been held for three and a half years." in out, out
    assert not any(s.endswith("for three.") or s.startswith("A half years") for s in out), out
