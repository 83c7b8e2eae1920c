"""Cleaning: noise never reaches a sentence, and offsets still point into the original."""

from __future__ import annotations

from quizgen.text.clean import clean, paragraphs


def test_curly_quotes_are_normalised_but_offsets_map_back():
    text = "Russia\u2019s \u201cpeace\u201d plan"
    c = clean(text)
    assert c.text == "Russia's \"peace\" plan"
    i = c.text.index("peace")
    assert text[c.to_orig_start(i) : c.to_orig_end(i + 5)] == "peace"
    j = c.text.index("plan")
    assert text[c.to_orig_start(j) : c.to_orig_end(j + 4)] == "plan"


def test_byte_order_mark_and_level_header_are_removed():
    text = "\ufeffIntermediate\nThe cat sat on the mat."
    c = clean(text)
    assert "Intermediate" not in c.text
    assert "\ufeff" not in c.text
    (p0, p1), = paragraphs(c.text)
    assert text[c.to_orig_start(p0) : c.to_orig_end(p1)] == "The cat sat on the mat."


def test_glued_photo_credit_and_its_caption_are_removed():
    text = ("Minister X hopes to win support during his visit [John Doe/Getty Images via AFP]The minister "
            "will travel on Tuesday.")
    c = clean(text)
    assert "Getty" not in c.text and "hopes to win" not in c.text
    assert c.text.strip() == "The minister will travel on Tuesday."
    assert {r.reason for r in c.removed} == {"caption", "credit"}


def test_credit_after_a_full_sentence_keeps_the_sentence():
    text = "The talks ended. Crowds gathered outside [Reuters] Then it rained."
    c = clean(text)
    assert "The talks ended." in c.text
    assert "Crowds gathered" not in c.text
    assert "Then it rained." in c.text


def test_html_tags_urls_and_bylines_are_removed():
    text = "<p>By Jane Smith</p>\n<p>The <b>river</b> flooded &amp; rose. See https://example.com/x now.</p><script>alert(1)</script>"
    c = clean(text)
    assert "<" not in c.text and "alert" not in c.text and "example.com" not in c.text
    assert "Jane Smith" not in c.text
    assert "The river flooded & rose." in " ".join(c.text.split())


def test_paragraphs_are_lines():
    c = clean("First line here.\n\n  Second line here.  \n")
    assert [c.text[a:b] for a, b in paragraphs(c.text)] == ["First line here.", "Second line here."]


def test_batch_token_mapping_equals_per_offset_mapping():
    from quizgen.text.tokenize import tokenize

    text = "\ufeffIntermediate\n\u201cIt\u2019s here\u201d \u2014 said <b>Dr.</b> O\u2019Neil&amp;co [Photo: Getty] on 3\u00a0May\u2026 ok."
    c = clean(text)
    toks = tokenize(c.text)
    expected = [(c.to_orig_start(t.start), c.to_orig_end(t.end)) for t in toks]
    c.map_tokens(toks)
    assert [(t.start, t.end) for t in toks] == expected


def test_words_damaged_by_pdf_extraction_are_repaired_and_map_back():
    import quizgen

    raw = "The rst 30 seconds are easy. Morocco is in Africa. Moroccos ambitions are big."
    doc = quizgen.analyze(raw)
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "The first 30 seconds are easy."
    assert texts[2] == "Morocco's ambitions are big."
    first = doc.sentences[0].tokens[1]
    assert first.text == "first" and raw[first.start : first.end] == "rst"


def test_a_lost_combining_accent_does_not_split_the_word():
    # the graded corpus texts hold "\x01" where a combining accent was: "Da\x01vila", "cafe\x01"
    import quizgen

    doc = quizgen.analyze("Carlos Da\x01vila, who works for the Spanish Ornithological Society, was alarmed at the plan of the Andaluci\x01an government.")
    words = [t.text for t in doc.sentences[0].tokens]
    assert "Davila" in words and "Andalucian" in words
    assert doc.text.startswith("Carlos Da\x01vila")  # the original text is kept as pasted


def test_a_space_lost_to_a_hyphen_beside_a_function_word_is_restored():
    # the News Articles dataset (review rounds 93-94): "documents-from the commission", "said-the"
    import quizgen

    doc = quizgen.analyze("Reuters reported on Thursday that documents-from the government-funded commission detailed 83 deaths in 2015. "
                          "The state-of-the-art plant opened in 1990, officials said-the next day. The by-election is in May.\n")
    words = [t.text for s in doc.sentences for t in s.tokens]
    assert "documents" in words and "from" in words and "said" in words
    assert "government-funded" in words and "state-of-the-art" in words and "by-election" in words  # real compounds stay
    assert doc.text[doc.sentences[0].start : doc.sentences[0].end].count("documents-from") == 1  # the source shown is the original


def test_a_headline_ending_in_a_quotation_without_a_full_stop_is_damaged():
    # review round 94: "Chris Christie denies rift with Jared Kushner, says they 'get along just great'"
    import quizgen
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("Chris Christie denies rift with Jared Kushner, says they 'get along just great'\n\n"
                          'The governor said on Monday that the two men "get along just great." He called the report "totally false".\n')
    assert damaged_sentences(doc) == {0}


def test_a_headline_or_photo_credit_run_into_a_sentence_is_damaged():
    # review round 95: a store with no line breaks ran headlines and credits into the first sentence
    import quizgen
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("Sessions recuses himself on Russia inquiry Sessions on Thursday recused himself from the investigation. "
                          "Photos Provided to China Daily   The Chinese brand recently made a trip to the village for a campaign. "
                          "Trade with China supports some 2.6 million jobs in the United States, including jobs that China creates. "
                          "Google said the search engine Google built in 1998 was still its biggest business. "
                          "Alibaba pays more taxes in 2016 Alibaba and its financial branch paid a total of 23.8 billion yuan.\n")
    assert damaged_sentences(doc) == {0, 1, 4}  # round 97: a year ends the headline


def test_a_quote_and_question_mark_glued_to_a_word_is_a_lost_dash():
    # review round 95: the News Articles store wrote em dashes as '"?'
    import quizgen

    doc = quizgen.analyze('Hurd is the second Republican to say Trump "?a man loath to admit any errors "?should apologize to Obama. '
                          'He asked "Why?" and left the room.\n')
    words = [[t.text for t in s.tokens] for s in doc.sentences]
    assert words[0].count("--") == 2 and '"' not in words[0]
    assert words[1].count('"') == 2 and "?" in words[1]  # a real question inside quotation marks stays


def test_a_lost_letter_or_a_doubled_article_makes_a_sentence_damaged():
    # review rounds 95-96: "In Rappenw?rt, skaters traverse ..." (a letter the store could not
    # encode) and "calling for an a bipartisan commission" (a typo) were shown to students
    import quizgen
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("In Rappenw?rt, skaters traverse a frozen tributary of the Rhine. "
                          "Democrats are calling for an a bipartisan commission to be convened. "
                          "What did the skaters see? They saw an A grade result in the tests. "
                          "The skaters crossed the river at the narrowest point.\n")
    assert damaged_sentences(doc) == {0, 1}


def test_a_hyphen_after_a_comma_or_beside_to_or_a_possessive_is_a_lost_space():
    # review rounds 94 and 96: "goes wrong,-Musk told reporters", "was made to-report", "in his-award ..."
    import quizgen

    doc = quizgen.analyze('The journey is autonomous unless something goes wrong,-Musk told reporters on Monday. '
                          "The first call was made to-report the incident. He showed his-award at the door-to-door sale. "
                          "The lean-to stood in the yard.\n")
    words = [t.text for s in doc.sentences for t in s.tokens]
    assert "Musk" in words and "report" in words and "award" in words
    assert "door-to-door" in words and "lean-to" in words  # real compounds stay


def test_dash_codes_hanging_hyphens_and_glued_quotes_make_a_sentence_damaged():
    # review round 98: the store wrote a dash as its code point ("Immunotherapeutics 2013 a tiny
    # company"), lost the space after one ("civilians- also") or a letter after a quote ('"o prevent')
    import quizgen
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("Price bought discounted stock in Innate Immunotherapeutics 2013 a tiny Australian company. "
                          "The presence of up to 750,000 civilians- also poses a challenge for the army. "
                          'The new president plans to use "extreme vetting"o prevent attacks in the country. '
                          "In May 2013 the company moved its main office to Sydney. Since 2013 the firm has grown. "
                          "Pre- and post-war rates of pay differ a lot in the region.\n")
    assert damaged_sentences(doc) == {0, 1, 2}


def test_a_hyphen_between_a_number_and_a_function_word_is_a_lost_space():
    # review round 98: "from 1994 to 1999-in the first ANC government"
    import quizgen

    doc = quizgen.analyze("He served as a counselor from 1994 to 1999-in the first ANC government. It was a 3-in-1 deal.\n")
    words = [t.text for s in doc.sentences for t in s.tokens]
    assert "1999" in words and "in" in words and "3-in-1" in words


def test_a_role_hyphenated_to_a_name_is_a_lost_space_and_a_run_in_meanwhile_is_damage():
    # review rounds 94 and 99: "Twitter CEO-Jack Dorsey", "director-Raed Andoni"; "New laws needed
    # due to Brexit Meanwhile, Britain's ..." (a subheading run into the sentence)
    import quizgen
    from quizgen.damage import damaged_sentences

    doc = quizgen.analyze("In the film, director-Raed Andoni brings prisoners to a warehouse. The company's CEO-Jack Dorsey said the firm grew last year. "
                          "The Franco-German Alliance and the anti-Trump Movement met. "
                          "New laws needed due to Brexit Meanwhile, Britain's government said it would act.\n")
    words = [t.text for s in doc.sentences for t in s.tokens]
    assert {"CEO", "Jack", "director", "Raed"} <= set(words)
    assert "Franco-German" in words and "anti-Trump" in words  # real compounds stay
    assert damaged_sentences(doc) == {3}
