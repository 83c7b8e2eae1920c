"""The generation side's speed memos never change an answer, and never carry one
document's result into another (issue #6: throughput and floor ratio)."""

from __future__ import annotations

import quizgen
from quizgen.distractors import _overlap_form, _overlaps, _strip_det
from quizgen.text.lexicon import _hypernym_chain, hypernym_chain

_A = (
    "The Chinese foreign minister Wang Yi met Dmytro Kuleba in Guangzhou on Wednesday. "
    "Kuleba arrived in China for a four-day visit, the first by a Ukrainian foreign minister since 2022. "
    "Beijing says it is neutral in the war, but Kyiv wants China to use its influence on Russia. "
    "The two ministers discussed trade, grain exports and a peace summit held in Switzerland in June. "
    "Ukraine sold more than 10 million tonnes of grain to China last year, the ministry said."
)
_B = (
    "The city council of Manchester approved a plan to build 3,000 new homes near the airport. "
    "The plan was proposed by the housing company Northern Estates in March. "
    "Local residents in Wythenshawe said the homes would bring more traffic to the area. "
    "The council leader Bev Craig said the city needed more affordable housing for young families. "
    "Work on the first 500 homes will begin in 2026 and cost about £120 million."
)


def _json(text: str) -> str:
    try:
        return quizgen.generate(text, n=6).to_json()
    except quizgen.QuizgenError as e:
        return f"error: {e}"


def test_a_document_gives_the_same_quiz_whatever_was_generated_before():
    first_a = _json(_A)
    first_b = _json(_B)
    assert _json(_A) == first_a  # after B: nothing of B's leaked into A's quiz
    assert _json(_B) == first_b
    # the same texts with changed names: no cached result of the first pair may answer
    a2, b2 = _A.replace("Kuleba", "Sybiha"), _B.replace("Manchester", "Leeds")
    assert _json(a2) != first_a and "Kuleba" not in _json(a2)
    assert _json(b2) != first_b and "Manchester" not in _json(b2)


def test_hypernym_chain_memo_equals_the_lookup_and_returns_a_fresh_list():
    for word in ("China", "Paris", "Harlem", "Kenya", "minister", "grain", "zzzunknown"):
        assert hypernym_chain(word, "n") == list(_hypernym_chain.__wrapped__(word, "n"))
    chain = hypernym_chain("China", "n")
    chain.append("mutated")
    assert "mutated" not in hypernym_chain("China", "n")


def test_option_comparison_memos_equal_the_plain_functions():
    pairs = [("the Greeks", "Greek"), ("China", "the People's Republic of China"), ("a fee", "fees"), ("Kyiv", "Moscow")]
    for a, b in pairs:
        for s in (a, b):
            assert _strip_det(s) == _strip_det.__wrapped__(s)
            assert _overlap_form(s) == _overlap_form.__wrapped__(s)
    assert _overlaps("the Greeks", "Greek") and not _overlaps("Kyiv", "Moscow")


def test_synonym_memo_equals_the_lexicon_and_is_read_only():
    from quizgen.distractors import _synonym_forms
    from quizgen.text.lexicon import synonyms

    for s in ("the US", "USA", "Beijing", "the summit", "Greeks", "peace summit", ""):
        for _ in range(2):  # the second call is answered by the memo
            assert _synonym_forms(s) == {x.lower() for x in synonyms(_strip_det(s), "n")}
    assert isinstance(_synonym_forms("the US"), frozenset) and "usa" in _synonym_forms("the US")


def test_garbled_memo_equals_the_plain_check():
    from quizgen.pipeline import garbled

    stems = [
        "Who hosted the the summit?",
        "Who hosted a peace summit in Switzerland last month?",
        "Russia's President _____ signalled his approval of China's plan.",
        "The capital Reykjavik not.",
        "Kuleba met Wang and, chicks, eggs.",
    ]
    for s in stems + stems:  # the second pass is answered by the memo
        assert garbled(s) == garbled.__wrapped__(s)


def test_garbled_branch_by_branch_equals_the_one_regex():
    import random

    from quizgen.pipeline import _GARBLED, _garbled

    rnd = random.Random(6)
    # the words and marks the branches look for, and letters whose case folds are special
    # (Kelvin sign, long s, dotless and dotted i), in random strings short and long
    pieces = list("aAnNdDoOtTrRbBeEhHfF  ,.?()_xyz'\n\u212a\u017f\u0131\u0130") + ["and", "the", "not", "of", "to", " a", "or", "but", "NOT.", " is", " was", "an", " worth", "worth."]
    for k in range(20000):
        alpha = pieces if k % 2 else list("abcXYZ") * 9 + pieces
        s = "".join(rnd.choice(alpha) for _ in range(rnd.randint(0, 40)))
        assert _garbled(s) == (_GARBLED.search(s) is not None), repr(s)
    for s in ("and, chicks", "the the", "Who is it , ?", "Reykjavik not.", "Reykjavik not.\n", "Solja__i__", "Writinginthejournal,Fansays", "x" * 25, "fine.", "the proposed C.", "the proposed C.\n", "in vitamin C.", "x\u212a.", "average of is 11", "the was", "a pageant worth.", "is it worth?"):
        assert _garbled(s) == (_GARBLED.search(s) is not None), s


def test_render_and_negated_case_spellings_equal_lower_casing():
    from quizgen.realize import _CLITICS_ANY, _NO_SPACE_BEFORE, _NO_SPACE_BEFORE_ANY
    from quizgen.support import _NEG, _NEG_ANY

    words = ["'s", "'S", "N'T", "n't", "nT", "'RE", "'Ll", "'", "s", "NOT", "Never", "WITHOUT", "nor", "No", "\u212a", "'\u017f", "\u0130s", ",", "..."]
    for w in words:
        assert (w in _NO_SPACE_BEFORE_ANY) == (w in _NO_SPACE_BEFORE or w.startswith("'") and w.lower() in _NO_SPACE_BEFORE)
        assert (w in _CLITICS_ANY) == (w.lower() in ("'s", "n't"))
        assert (w in _NEG_ANY) == (w.lower() in _NEG)


def test_pronoun_memo_equals_the_plain_scan():
    from quizgen.ranking import _has_pronoun

    for text in ("It was closed in 2019.", "Kuleba met Wang Yi in Guangzhou.", "They said so?", "Who hosted the summit?", ""):
        for _ in range(2):  # the second call is answered by the memo
            assert _has_pronoun(text) == _has_pronoun.__wrapped__(text)
    assert _has_pronoun("It was closed.") and not _has_pronoun("Kuleba met Wang Yi.")


def test_vague_memo_answers_as_the_plain_check():
    from quizgen.ranking import _vague

    for text in ("People had been angry for a long time.", "Kuleba met Wang Yi in Guangzhou in 2024.", "It is a thing.", "_____ hosted the summit.", ""):
        for statement in (True, False):
            for _ in range(2):  # the second call is answered by the memo
                assert _vague(text, statement) == _vague.__wrapped__(text, statement)
    assert _vague("People had been angry for a long time.", True) == 1.0
    assert _vague("Kuleba met Wang Yi in Guangzhou in 2024.", False) == 0.0


def test_words_lemmas_memo_equals_the_plain_function_and_returns_a_fresh_set():
    from quizgen.support import _words_lemmas, words_lemmas

    for text in ("the Greeks", "10 million tonnes", "Kyiv", "peace summits", "£120 million", ""):
        assert words_lemmas(text) == set(_words_lemmas.__wrapped__(text))
    got = words_lemmas("peace summits")
    got.add("mutated")
    assert "mutated" not in words_lemmas("peace summits")


def test_generation_tests_for_damage_only_sentences_that_could_give_an_item():
    # the damage test was a sixth of the stage after analyze; generation asks the lazy view only
    # about sentences with a clause, a gap-fill target or a quotation, and its answers are the
    # full test's (a damaged sentence still gives no item)
    from quizgen import damage
    from quizgen.pipeline import candidates

    questions = " ".join(f"Why did the {w} happen in the old town?" for w in ("storm", "fire", "flood", "crash", "strike", "protest"))
    damaged_one = "Opposition reported Some district leaders said the plan would cost 3 million pounds."
    doc = quizgen.analyze(_A + " " + questions + " " + damaged_one)
    tested: list[int] = []
    real = damage.sentence_damaged

    def counting(s, texts, bare):
        tested.append(s.index)
        return real(s, texts, bare)

    from quizgen import simplify

    holders = [m for m in (damage, simplify) if getattr(m, "sentence_damaged", None) is real]  # wherever the test is called from
    for m in holders:
        m.sentence_damaged = counting
    try:
        cands = candidates(doc, ("mcq", "tf"), 0)
    finally:
        for m in holders:
            m.sentence_damaged = real
    assert cands and tested and len(set(tested)) < len(doc.sentences) - 5, (len(set(tested)), len(doc.sentences))  # the six questions are never tested
    full = damage.damaged_sentences(doc)
    assert len(doc.sentences) - 1 in full  # the run-in heading is damaged ...
    assert not any(c.sentence.index in full for c in cands)  # ... and gives no item
