"""One test per ranking feature, plus difficulty and selection."""

from __future__ import annotations

import pytest

from quizgen.ranking import FEATURES, WEIGHTS, difficulty, score, select
from quizgen.templates.base import Candidate
from quizgen.text.document import Sentence, Token


def sent(n_tokens: int = 12, index: int = 0, paragraph: int = 0) -> Sentence:
    toks = [Token(f"w{i}", i * 3, i * 3 + 2, "NN", f"w{i}") for i in range(n_tokens)]
    return Sentence(index, paragraph, 0, n_tokens * 3, " ".join(t.text for t in toks), toks)


def cand(stem="Who hosted a peace summit in Switzerland last month?", **kw) -> Candidate:
    base = dict(template="wh.subject", kind="mcq", stem=stem, sentence=sent(), fact="0.0:subject", answer_text="Volodymyr Zelenskyy",
                atype="PERSON", options=[("Volodymyr Zelenskyy", "key"), ("Vladimir Putin", "article"), ("Mao Ning", "article"), ("Dmytro Kuleba", "article")])
    base.update(kw)
    return Candidate(**base)


def test_weights_cover_every_feature():
    assert set(WEIGHTS) == set(FEATURES)


def test_reliability_raises_score():
    assert score(cand(), 0.9, 10) > score(cand(), 0.5, 10)


def test_long_source_sentence_lowers_score():
    assert FEATURES["source_length"](cand(sentence=sent(60)), 0.8, 10) < FEATURES["source_length"](cand(), 0.8, 10)
    assert score(cand(sentence=sent(60)), 0.8, 10) < score(cand(), 0.8, 10)


def test_pronoun_in_stem_is_penalised():
    assert FEATURES["pronoun"](cand(stem="Who said it was wrong about the deal?"), 0.8, 10) == 1.0
    assert score(cand(stem="Who said it was wrong about the deal?"), 0.8, 10) < score(cand(stem="Who said the deal was wrong about the tax?"), 0.8, 10)


def test_a_speakers_own_he_is_no_unresolved_pronoun():
    import quizgen
    from quizgen.simplify import document_clauses

    clause = document_clauses(quizgen.analyze("Martin Oberg said he was confused by the drop in numbers."))[0]
    assert clause.origin == "self"
    stem = "Martin Oberg said he was confused by the drop in numbers."
    tf = dict(template="tf.true", kind="tf", stem=stem, truth=True, options=[], atype="STATEMENT")
    assert FEATURES["pronoun"](cand(clause=clause, **tf), 0.8, 10) == 0.0
    assert FEATURES["pronoun"](cand(**tf), 0.8, 10) == 1.0  # the same words without the clause that binds "he"
    assert FEATURES["reported"](cand(clause=clause, **tf), 0.8, 10) == 1.0


def test_vague_stem_is_penalised():
    assert FEATURES["vague"](cand(stem="Who did that?"), 0.8, 10) == 1.0
    assert FEATURES["vague"](cand(), 0.8, 10) == 0.0


def test_answer_type_follows_the_reviews():
    """Reviewers passed numeric and country keys far more often than people or organisations."""
    f = FEATURES["answer_type"]
    assert f(cand(atype="NUMBER"), 0.8, 10) > f(cand(atype="PERSON"), 0.8, 10)
    assert f(cand(atype="COUNTRY"), 0.8, 10) > f(cand(atype="ORGANIZATION"), 0.8, 10)
    assert score(cand(atype="YEAR"), 0.8, 10) > score(cand(atype="PERSON"), 0.8, 10)


def test_distractor_sources_matter():
    """WordNet siblings passed review least often, perturbed numbers most often."""
    art = cand()
    pert = cand(options=[("100", "key"), ("150", "perturbation"), ("50", "perturbation"), ("200", "perturbation")])
    wn = cand(options=[("Volodymyr Zelenskyy", "key"), ("Vladimir Lenin", "wordnet"), ("Mao Zedong", "wordnet"), ("Dmitri Mendeleev", "wordnet")])
    assert FEATURES["distractors"](pert, 0.8, 10) > FEATURES["distractors"](art, 0.8, 10) > FEATURES["distractors"](wn, 0.8, 10)
    assert score(art, 0.8, 10) > score(wn, 0.8, 10)


def test_stem_cut_down_from_a_long_sentence_scores_lower():
    stem = "British households now spend more on coffee than tea."
    short = cand(stem=stem, kind="tf", template="tf.true", truth=True, options=[], sentence=sent(27))  # cut from 27 words
    whole = cand(stem=stem, kind="tf", template="tf.true", truth=True, options=[], sentence=sent(9))  # the whole sentence
    assert FEATURES["coverage"](short, 0.8, 10) < FEATURES["coverage"](whole, 0.8, 10) == 1.0
    assert score(short, 0.8, 10) < score(whole, 0.8, 10)


def test_score_is_a_predicted_share_between_0_and_1():
    for c in (cand(), cand(atype="NUMBER"), cand(stem="Who did that?")):
        assert 0.0 < score(c, 0.8, 10) < 1.0


def test_earlier_sentences_score_slightly_higher():
    assert FEATURES["position"](cand(sentence=sent(index=0)), 0.8, 10) > FEATURES["position"](cand(sentence=sent(index=9)), 0.8, 10)


def test_long_stem_is_penalised():
    long = "Who " + " ".join(["word"] * 30) + "?"
    assert FEATURES["stem_length"](cand(stem=long), 0.8, 10) == 1.0
    assert FEATURES["stem_length"](cand(), 0.8, 10) == 0.0


def test_reported_speech_is_penalised():
    from quizgen.simplify import Clause

    s = sent()
    c = Clause(s, 0, s.tokens[:1], [], None, [], s.tokens[1], s.tokens[2:], origin="reported")
    assert FEATURES["reported"](cand(clause=c), 0.8, 10) == 1.0
    assert FEATURES["reported"](cand(), 0.8, 10) == 0.0


def test_difficulty_heuristic():
    tf = cand(template="tf.true", kind="tf", truth=True, options=[])
    assert difficulty(tf) == "easy"
    which = cand(template="which.true", sentence=sent(40))
    assert difficulty(which) == "hard"


def test_select_keeps_one_item_per_clause_and_the_type_mix(monkeypatch):
    monkeypatch.setattr("quizgen.ranking.MIN_SCORE", 0.0)  # the mix is under test, not the floor
    monkeypatch.setattr("quizgen.ranking.SHORT_FLOOR", 0.0)
    cands = []
    for i in range(12):
        s = sent(index=i, paragraph=i)
        cands.append(cand(sentence=s, fact=f"{i}.0:subject", stem=f"Who did thing number {i} in the long story?", answer_text=f"Person {i}"))
        cands.append(cand(sentence=s, fact=f"{i}.0:x", stem=f"Where did thing number {i} happen in the story?", template="wh.where", answer_text=f"Place {i}",
                          options=[(f"Place {i}", "key"), (f"Person {i}", "article"), ("Mao Ning", "article"), ("Kyiv", "article")]))  # the article's names are options
        cands.append(cand(sentence=s, fact=f"{i}.0:tf", kind="tf", template="tf.true" if i % 2 else "tf.false", truth=bool(i % 2), options=[], stem=f"Statement {i} is here."))
    for c in cands:
        score(c, 0.8, 12)
    picked = select(cands, 10, ("mcq", "tf"), 12)
    assert len(picked) == 10
    clauses = [c.fact.split(":")[0] for c in picked]
    assert len(set(clauses)) == len(clauses)
    n_tf = sum(c.kind == "tf" for c in picked)
    assert n_tf == 3
    truths = [c.truth for c in picked if c.kind == "tf"]
    assert True in truths and False in truths


def _which(i: int, falses: list[str], touches: tuple[str, ...]) -> Candidate:
    return cand(template="which.true", sentence=sent(index=i, paragraph=i), fact=f"{i}.0:tf", stem="Which statement is true according to the article?",
                answer_text=f"True statement {i}.", atype="STATEMENT", options=[(f"True statement {i}.", "key")] + [(f, "perturbation") for f in falses], touches=touches)


def test_select_never_shows_one_statement_in_two_items():
    a = _which(0, ["Shared false one.", "False a2.", "False a3."], ("5.0", "6.0", "7.0"))
    b = _which(1, ["Shared false one.", "False b2.", "False b3."], ("8.0", "9.0", "10.0"))
    for c in (a, b):
        c.score = 0.8  # the rule under test is selection, not scoring
    picked = select([a, b], 10, ("mcq",), 12)
    assert len(picked) == 1


def test_select_keeps_a_which_true_option_and_its_own_clause_apart():
    which = _which(0, ["False x.", "False y.", "False z."], ("3.0", "4.0", "5.0"))
    tf = cand(template="tf.true", kind="tf", truth=True, options=[], sentence=sent(index=3, paragraph=3), fact="3.0:tf", stem="The true form of x is here.")
    other = cand(template="tf.false", kind="tf", truth=False, options=[], sentence=sent(index=9, paragraph=9), fact="9.0:tf", stem="An unrelated statement is here.")
    for c in (which, tf, other):
        c.score = 0.8  # the rule under test is selection, not scoring
    picked = select([which, tf, other], 10, ("mcq", "tf"), 12)
    facts = {c.fact for c in picked}
    assert "9.0:tf" in facts
    assert not ({"0.0:tf", "3.0:tf"} <= facts)


def test_a_name_alone_does_not_make_a_stem_specific():
    assert FEATURES["vague"](cand(stem="Where was Oscar Sanchez Barba?", template="wh.where"), 0.8, 10) == 1.0
    assert FEATURES["vague"](cand(stem="Where did Oscar Sanchez Barba learn the date of the canonization?", template="wh.where"), 0.8, 10) == 0.0


def _tf(i: int, truth: bool) -> Candidate:
    c = cand(template="tf.true" if truth else "tf.false", kind="tf", truth=truth, options=[], sentence=sent(index=i, paragraph=i),
             fact=f"{i}.0:tf", stem=f"Statement {'ABCDEFGHIJKLMNOPQRST'[i]} about the long story is here.")  # letters: statements that differ only in a number show each other's key
    score(c, 0.8, 20)
    return c


def test_true_false_items_stay_balanced_between_true_and_false():
    # True never goes ahead of False (reviewers counted 64-71% True across quizzes, so a
    # student who always answers True did well); False may go one ahead when short of items
    picked = select([_tf(i, True) for i in range(10)], 10, ("mcq", "tf"), 10)
    assert len(picked) == 1
    picked = select([_tf(i, False) for i in range(10)], 10, ("mcq", "tf"), 10)
    assert len(picked) == 2


def test_true_false_may_fill_sixty_percent_when_nothing_else_is_left():
    cands = [_tf(i, i % 2 == 0) for i in range(12)]
    picked = select(cands, 10, ("mcq", "tf"), 12)
    assert len(picked) == 6


def test_a_sentence_cloze_and_a_statement_from_that_sentence_are_not_both_picked(monkeypatch):
    monkeypatch.setattr("quizgen.ranking.MIN_SCORE", 0.0)  # the rule is under test, not the floor
    monkeypatch.setattr("quizgen.ranking.SHORT_FLOOR", 0.0)
    # "Spokeswoman _____ said that Kuleba's visit was initiated by China's foreign minister."
    # beside the true statement "Kuleba's visit was initiated by China's foreign minister."
    s = sent(index=6, paragraph=4)
    cloze = cand(template="cloze.sentence", sentence=s, fact="6.s:999", stem="Spokeswoman _____ said that the visit was initiated by the minister.", answer_text="Mao Ning")
    tf = cand(template="tf.true", kind="tf", truth=True, options=[], sentence=s, fact="6.0:tf", stem="The visit was initiated by the minister.")
    others = [_tf(i, i % 2 == 0) for i in range(10, 14)]
    for c in (cloze, tf):
        score(c, 0.8, 20)
    picked = select([cloze, tf, *others], 10, ("mcq", "tf"), 20)
    assert cloze in picked
    assert tf not in picked


def test_one_key_is_not_the_answer_of_two_items():
    a = cand(sentence=sent(index=1, paragraph=1), fact="1.0:subject", stem="Who opened the first shop in 1974 in the north?", answer_text="1974")
    b = cand(sentence=sent(index=5, paragraph=5), fact="5.0:subject", stem="Who closed the last shop in 1974 in the south?", answer_text="1974")
    c = cand(sentence=sent(index=9, paragraph=9), fact="9.0:subject", stem="Who sold the old shop in 1980 in the east?", answer_text="1980")
    for x in (a, b, c):
        score(x, 0.8, 12)
    picked = select([a, b, c], 10, ("mcq",), 12)
    assert [p.answer_text for p in picked].count("1974") == 1
    assert c in picked


def test_select_leaves_out_items_predicted_to_fail():
    from quizgen.ranking import MIN_SCORE, SHORT_FLOOR

    weak = cand(sentence=sent(index=0, paragraph=0), fact="0.0:subject")
    fair = cand(sentence=sent(index=1, paragraph=1), fact="1.0:subject", stem="Who opened the new bridge in Kyiv last month?", answer_text="Vitali Klitschko")
    weak.score, fair.score = SHORT_FLOOR - 0.01, MIN_SCORE
    assert select([weak, fair], 10, ("mcq",), 2) == [fair]


def test_items_just_under_the_floor_only_make_up_a_short_quiz():
    from quizgen.ranking import MIN_SCORE, SHORT_QUIZ

    def numbered(i: int, score: float) -> Candidate:
        c = cand(sentence=sent(index=i, paragraph=i), fact=f"{i}.0:subject", stem=f"Who opened bridge number {i} in Kyiv last month?", answer_text=f"Mayor {chr(65 + i)}")
        c.score = score
        return c

    under = numbered(9, MIN_SCORE - 0.01)
    enough = [numbered(i, MIN_SCORE) for i in range(SHORT_QUIZ)]
    assert under not in select(enough + [under], 10, ("mcq",), 10)
    few = enough[: SHORT_QUIZ - 2]
    assert select(few + [under], 10, ("mcq",), 10) == few + [under]


def test_not_does_not_give_the_true_false_key_away():
    """A test-wise student answers "False" to every statement with "not" (round-9 review):
    a second negated False statement needs a negated True one beside it."""
    def tf(i: int, stem: str, truth: bool) -> Candidate:
        c = cand(template="tf.negation" if not truth else "tf.true", kind="tf", truth=truth, options=[], stem=stem,
                 sentence=sent(index=i, paragraph=i), fact=f"{i}.0:tf", answer_text=str(truth))
        c.score = 0.8
        return c

    items = [tf(0, "Russia was not invited to the summit in June.", False), tf(1, "Kyiv did not sign the deal with Moscow.", False),
             tf(2, "Beijing confirmed the planned talks in May.", True), tf(3, "Ukraine asked China for help in the war.", True)]
    picked = select(items, 4, ("tf",), 4)
    assert sum(1 for c in picked if c.truth is False and " not " in c.stem) == 1
    items.append(tf(4, "China has not condemned the war in Ukraine.", True))
    items.append(tf(5, "Spain sent the delegation to the summit in June.", False))  # True never goes ahead of False
    picked = select(items, 6, ("tf",), 6)
    assert sum(1 for c in picked if c.truth is False and " not " in c.stem) == 2


def test_select_never_asks_one_question_twice():
    # review round 22: "How many courses were conducted?" twice in one quiz (from two sentences)
    a = cand(template="wh.how_many", stem="How many courses were conducted?", answer_text="six", sentence=sent(index=0, paragraph=0), fact="0.0:3",
             options=[("six", "key"), ("seven", "perturbation"), ("eight", "perturbation"), ("nine", "perturbation")])
    b = cand(template="wh.how_many", stem="How many courses were conducted?", answer_text="seven", sentence=sent(index=5, paragraph=3), fact="5.0:3",
             options=[("seven", "key"), ("five", "perturbation"), ("eight", "perturbation"), ("nine", "perturbation")])
    for c in (a, b):
        c.score = 0.8
    assert len(select([a, b], 10, ("mcq",), 12)) == 1


def test_select_takes_two_statements_of_one_sentence_when_short_of_items():
    # two clauses of one sentence ("Smith founded the firm in 1990 and sold it in 2000") give
    # statements that do not give each other away: when nothing else is left, both go
    s = sent(index=0, paragraph=0)
    a = cand(template="tf.true", kind="tf", truth=True, options=[], sentence=s, fact="0.0:tf", stem="Smith founded the firm in 1990.")
    b = cand(template="tf.false", kind="tf", truth=False, options=[], sentence=s, fact="0.1:tf", stem="Smith sold the firm in 2005.")
    c = cand(sentence=sent(index=1, paragraph=1), fact="1.0:subject")
    for x in (a, b, c):
        x.score = 0.8
    assert len(select([a, b, c], 10, ("mcq", "tf"), 2)) == 3
    # one fact's two statements never go together
    d = cand(template="tf.negation", kind="tf", truth=False, options=[], sentence=s, fact="0.0:tf", stem="Smith did not found the firm in 1990.")
    d.score = 0.8
    assert len([p for p in select([a, d, c], 10, ("mcq", "tf"), 2) if p.kind == "tf"]) == 1


def test_select_keeps_apart_items_that_show_each_others_answer():
    # review round 25: "The top rolls are loaded with 40 lbs." beside "... but _____ lbs. is
    # adequate" (40); "The cells were washed three times with saline." (True) beside "The cells
    # were then washed four times with saline." (False)
    rolls = cand(template="tf.true", kind="tf", truth=True, options=[], sentence=sent(index=0, paragraph=0), fact="0.0:tf", stem="The top rolls are loaded with 40 lbs.")
    gap = cand(template="cloze.sentence", atype="NUMBER", answer_text="40", sentence=sent(index=4, paragraph=2), fact="4.s:9",
               stem="Sixty lbs. loading is possible but _____ lbs. is adequate.", options=[("40", "key"), ("30", "perturbation"), ("50", "perturbation"), ("20", "perturbation")])
    three = cand(template="tf.true", kind="tf", truth=True, options=[], sentence=sent(index=6, paragraph=3), fact="6.0:tf", stem="The cells were washed three times with saline.")
    four = cand(template="tf.false", kind="tf", truth=False, options=[], sentence=sent(index=9, paragraph=4), fact="9.0:tf", stem="The cells were then washed four times with saline.")
    for c in (rolls, gap, three, four):
        c.score = 0.8
    picked = select([rolls, gap, three, four], 10, ("mcq", "tf"), 5)
    assert not (rolls in picked and gap in picked) and not (three in picked and four in picked), [p.stem for p in picked]


def test_a_key_the_stem_adds_up_to_is_refused():
    # review round 25: "furnished 156 cases, 87 boys and _____ girls" (69)
    from quizgen.pipeline import computable

    assert computable(cand(template="cloze.phrase", atype="NUMBER", answer_text="69", stem="Twenty-four classrooms furnished 156 cases, 87 boys and _____ girls."))
    assert computable(cand(template="cloze.sentence", atype="NUMBER", answer_text="72", stem="Eight classrooms furnished _____ cases, 36 boys and 36 girls."))
    assert not computable(cand(template="cloze.phrase", atype="NUMBER", answer_text="70", stem="Twenty-four classrooms furnished 156 cases, 87 boys and _____ girls."))


def test_a_key_that_follows_from_a_stepped_list_or_a_change_and_its_share_is_refused():
    # "put round-trip fares at $98, $148 and _____" (review round 69); "The Nasdaq composite
    # leaped 7.52 points, or 1.6%, to _____" (470.80; review round 68)
    from quizgen.pipeline import computable

    stem = "The promotions put round-trip fares at $98, $148 and _____."
    assert computable(cand(template="cloze.sentence", atype="MONEY", answer_text="$198", stem=stem))
    assert not computable(cand(template="cloze.sentence", atype="MONEY", answer_text="$250", stem=stem))
    stem = "The Nasdaq composite leaped 7.52 points, or 1.6%, to _____."
    assert computable(cand(template="cloze.sentence", atype="NUMBER", answer_text="470.80", stem=stem))
    assert not computable(cand(template="cloze.sentence", atype="NUMBER", answer_text="370.80", stem=stem))
    assert computable(cand(template="cloze.sentence", atype="NUMBER", answer_text="490", stem="The index fell 10, or 2%, to _____."))


@pytest.mark.parametrize("stem, key, refused", [
    # review round 72: the stem names what its blank counts, right beside it
    ("Hudson named the capes Digges and Wolstenholme, for _____ of his backers.", "two", True),
    ("Gladden's wife and _____ of his sons, John, 17, and Jim, 13, were inside the house.", "two", True),
    ("The colonel made a remark which might be construed in either of _____ ways.", "two", True),
    ("The award was split _____ ways, among Glen Mankowski, Gordon Hartweger and Tom Kieffer.", "three", True),
    ("The award was split _____ ways, among Glen Mankowski, Gordon Hartweger and Tom Kieffer.", "four", False),
    ("_____ private groups are seeking Securities and Exchange Commission approval.", "two", False),
    # round 75: a counted subject whose predicate lists them
    ("_____ beneficial hurdles to progress are the lack of water, electricity, and telephones.", "Three", True),
    ("_____ people were injured, two were killed and one is missing.", "three", False),
    # round 77: "by faculty, by outside consultants, or by a combination of the _____" (two)
    ("The study is made by faculty, by outside consultants, or by a combination of the _____.", "two", True),
])
def test_a_count_the_stem_lists_beside_its_blank_is_refused(stem, key, refused):
    from quizgen.pipeline import computable

    assert computable(cand(template="cloze.sentence", atype="NUMBER", answer_text=key, stem=stem)) is refused


def test_a_year_key_one_year_from_a_year_of_the_stem_is_refused():
    # review round 35: "the year ended December 31, 1960 showed an improvement over _____" (1959)
    from quizgen.pipeline import computable

    stem = "Sales for the year ended December 31, 1960 showed an improvement over _____."
    assert computable(cand(template="cloze.sentence", atype="YEAR", answer_text="1959", stem=stem))
    assert not computable(cand(template="cloze.sentence", atype="YEAR", answer_text="1955", stem=stem))
    assert not computable(cand(template="cloze.phrase", atype="YEAR", answer_text="1959", stem="The company improved its sales in _____."))


def test_a_short_statement_that_names_nothing_is_penalised():
    import quizgen
    from quizgen.simplify import document_clauses

    def tf(text: str) -> Candidate:
        clause = document_clauses(quizgen.analyze(text))[0]
        return cand(template="tf.true", kind="tf", stem=text, truth=True, options=[], atype="STATEMENT", clause=clause)

    plain, named = tf("Place kicking is largely a matter of timing."), tf("Place kicking at Eton is largely a matter of timing.")
    assert FEATURES["unanchored"](plain, 0.8, 10) == 1.0
    assert FEATURES["unanchored"](named, 0.8, 10) == 0.0
    assert score(plain, 0.8, 10) < score(named, 0.8, 10)
    long = tf("Place kicking is largely a matter of timing and of the patience that a kicker learns over many seasons.")
    assert FEATURES["unanchored"](long, 0.8, 10) == 0.0  # over 12 words: reviewers passed those as often as the rest
    assert FEATURES["unanchored"](cand(), 0.8, 10) == 0.0  # multiple choice


def test_a_which_true_items_options_count_as_statements_not_as_perturbed_numbers():
    # reviewers passed 19 of 39 which-true items; rated by the "perturbation" source (0.73)
    # their score had put them at a predicted 0.65
    opts = [("Beijing is an ally of Moscow.", "key"), ("Russia refused to join.", "perturbation"), ("China condemned the war.", "perturbation"), ("Kuleba will stay four days.", "perturbation")]
    which = cand(template="which.true", stem="Which statement is true according to the article?", atype="STATEMENT", answer_text=opts[0][0], options=opts)
    assert FEATURES["distractors"](which, 0.8, 10) <= 0.5
    assert score(which, 0.42, 10) < 0.6  # at the template's prior, no longer above the selection floor


def test_round_88_a_key_a_count_in_words_gives_is_computable():
    from quizgen.pipeline import computable

    stem = "Elka Graham won the 300 metres freestyle which was contested by having three races over _____ metres."
    assert computable(cand(template="cloze.sentence", atype="NUMBER", answer_text="100", stem=stem))
    assert not computable(cand(template="cloze.sentence", atype="NUMBER", answer_text="200", stem=stem))
    assert not computable(cand(template="cloze.phrase", atype="NUMBER", answer_text="50", stem="Ed Moses won the men's _____ metres breaststroke in three races."))
